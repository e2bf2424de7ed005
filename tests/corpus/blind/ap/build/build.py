"""Regenerate every document of batch AP from scratch into ../docs.

    /work/main/.venv/bin/python build.py        (python-docx, lxml; LibreOffice `soffice` on PATH)
"""
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import helpers as H  # noqa: E402
import doc_uog, doc_hrnz, doc_trainstation, doc_brown, doc_ecu, doc_acu, doc_alnasser, doc_lgnsw  # noqa: E402


def main():
    H.DOCS.mkdir(exist_ok=True)
    for old in H.DOCS.iterdir():
        old.unlink()
    tmp = Path(tempfile.mkdtemp(prefix="ap-build-"))
    try:
        made = [
            doc_uog.build(H.DOCS),
            doc_hrnz.build(H.DOCS),
            doc_trainstation.build(H.DOCS),
            doc_brown.build(H.DOCS),
            doc_ecu.build(H.DOCS, tmp),
            doc_acu.build(H.DOCS, tmp),
            doc_alnasser.build(H.DOCS),
            doc_lgnsw.build(H.DOCS, tmp),
        ]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for p in made:
        assert p.exists(), p
        print(f"{p.name}  {p.stat().st_size} bytes")


if __name__ == "__main__":
    main()

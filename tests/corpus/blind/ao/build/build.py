"""Regenerate every document of batch AO and its gold file.

    /work/main/.venv/bin/python build/build.py [stem-prefix ...]

Needs python-docx and LibreOffice (soffice) on PATH. Scratch files go to a unique /tmp folder.
"""
import importlib
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import aolib  # noqa: E402

MODULES = ["doc_nca", "doc_ga", "doc_ajman", "doc_skdc", "doc_mbro", "doc_nuig", "doc_dplg", "doc_ashfield"]


def main(argv):
    aolib.DOCS.mkdir(parents=True, exist_ok=True)
    aolib.GOLD.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ao-build-"))
    try:
        for name in MODULES:
            if argv and not any(name.endswith(a) or name == a for a in argv):
                continue
            mod = importlib.import_module(name)
            out = mod.build(work)
            print("built", out.relative_to(aolib.BATCH))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])

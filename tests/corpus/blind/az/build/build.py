"""Regenerate every batch-az document from scratch:  /work/main/.venv/bin/python build.py
(python-docx, pdfplumber; LibreOffice `soffice` on PATH). Then run gold.py and check.py."""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import azlib as L  # noqa: E402
import bmf, cccs, ct, ifate, isu, mnz, p1st, sfj  # noqa: E402,E401

if __name__ == "__main__":
    L.DOCS.mkdir(parents=True, exist_ok=True)
    for mod in (isu, cccs, mnz, bmf, ct, sfj, ifate, p1st):
        print(mod.build())
    shutil.rmtree(Path(__file__).resolve().parent / "_tmp", ignore_errors=True)

"""Rebuild every batch-AX document and gold file from scratch, then run the checks.
Run with the project's python (python-docx, pdfplumber, lxml) and LibreOffice `soffice` on PATH:
    /work/main/.venv/bin/python build/build.py
"""
import importlib
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from axlib import DOCS, GOLD  # noqa: E402

MODULES = ["ottawa", "acpos", "shri", "uol", "icsa", "csg", "bassett", "csu"]


def main():
    for d in (DOCS, GOLD):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    for m in MODULES:
        print(importlib.import_module(m).build())
    import check
    return check.main()


if __name__ == "__main__":
    sys.exit(1 if main() else 0)

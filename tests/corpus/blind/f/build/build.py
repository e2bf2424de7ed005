"""Regenerate every batch-f document and its gold, then check the gold.

Run from anywhere:  /work/main/.venv/bin/python /work/blind/batch-f/build/build.py
Needs python-docx, pdfplumber, lxml and LibreOffice (soffice, run with a throwaway profile).
Each document has its own module (phcsc, adb, qld, fiji, tas, grnsw, unops, unhcr, unrwa, mind,
uganda, kenya) with a build() that writes docs/<stem>.<ext> and gold/<stem>.json; hand-written
HTML sources live in build/src/. PDFs are rendered from an intermediate DOCX in build/tmp/.
"""
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MODULES = ["phcsc", "adb", "qld", "fiji", "tas", "grnsw", "unops", "unhcr", "unrwa", "mind", "uganda", "kenya"]


def main():
    for name in MODULES:
        importlib.import_module(name).build()
        print("built", name)
    shutil.rmtree(HERE / "tmp", ignore_errors=True)
    return subprocess.call([sys.executable, str(HERE / "check_gold.py")])


if __name__ == "__main__":
    sys.exit(main())

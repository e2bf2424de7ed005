"""Regenerate every batch-h document and its gold, then check the gold.

Run from anywhere:  /work/main/.venv/bin/python /work/blind/batch-h/build/build.py
Needs python-docx, pdfplumber, lxml and LibreOffice 7.4 (`soffice`, always run with a throwaway profile
/tmp/lo-batchh-*). One module per document (d01_ukcs ... d12_medium), each with a build() that writes
docs/<stem>.<ext> and gold/<stem>.json. PDFs go through build/tmp/ (deleted at the end); their sha256 changes on
every rebuild (LibreOffice timestamps) and the gold is rewritten with it.
"""
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MODULES = ["d01_ukcs", "d02_ecf", "d03_nottingham", "d04_nca", "d05_georgia", "d06_miami", "d07_ccpfc",
           "d08_apsc", "d09_esco", "d10_cambridge", "d11_uscg", "d12_medium"]


def main():
    for name in MODULES:
        importlib.import_module(name).build()
        print("built", name)
    shutil.rmtree(HERE / "tmp", ignore_errors=True)
    return subprocess.call([sys.executable, str(HERE / "check_gold.py")])


if __name__ == "__main__":
    sys.exit(main())

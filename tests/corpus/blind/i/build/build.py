"""Regenerate every batch-i document and its gold, then check the gold.

Run from anywhere:  /work/main/.venv/bin/python /work/blind/batch-i/build/build.py
Needs python-docx, pdfplumber, lxml and LibreOffice 7.4 Writer (`soffice`, always run with a throwaway profile
/tmp/lo-batchi-*). One module per document (d01_nzpolice ... d12_monzo), each with a build() that writes
docs/<stem>.<ext> and gold/<stem>.json. PDFs are made from a Word file written to build/tmp/ (deleted at the
end); their sha256 changes on every rebuild (LibreOffice timestamps) and the gold is rewritten with it.
"""
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MODULES = ["d01_nzpolice", "d02_sask", "d03_utah", "d04_stelizabeth", "d05_cbe", "d06_uic", "d07_napier",
           "d08_redr", "d09_zoominfo", "d10_novascotia", "d11_slida", "d12_monzo"]


def main():
    for name in MODULES:
        importlib.import_module(name).build()
        print("built", name)
    shutil.rmtree(HERE / "tmp", ignore_errors=True)
    return subprocess.call([sys.executable, str(HERE / "check_gold.py")])


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate every batch-j document and its gold, then check the gold.

Run from anywhere:  /work/main/.venv/bin/python /work/blind/batch-j/build/build.py [module ...]
Needs python-docx, pdfplumber, lxml and LibreOffice 7.4 (`soffice`, always run with a throwaway profile
/tmp/lo-batchj-*). One module per document (d01_iata ... d12_roomle), each with a build() that writes
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

MODULES = ["d01_iata", "d02_henrico", "d03_army", "d04_hr360", "d05_dnrme", "d06_cscc", "d07_apm",
           "d08_nice", "d09_wapsc", "d10_thirdsector", "d11_maine", "d12_roomle"]


def main(argv):
    mods = argv or MODULES
    for name in mods:
        importlib.import_module(name).build()
        print("built", name)
    shutil.rmtree(HERE / "tmp", ignore_errors=True)
    return subprocess.call([sys.executable, str(HERE / "check_gold.py")])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Regenerate every batch-k document and its gold, then check the gold.

Run from anywhere:  /work/main/.venv/bin/python /work/blind/batch-k/build/build.py [module ...]
Needs python-docx, pdfplumber, lxml and LibreOffice (`soffice`, always run with a throwaway profile
/tmp/lo-batchk-*). One module per document (d01 ... d06), each with a build() that writes docs/<stem>.<ext> and
gold/<stem>.json. PDFs go through build/tmp/ (deleted at the end); their sha256 changes on every rebuild
(LibreOffice timestamps) and the gold is rewritten with it.
"""
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MODULES = ["d01_gcklc", "d02_fao", "d03_iom", "d04_nes", "d05_mbhydro", "d06_dfid"]


def main(argv):
    for name in argv or MODULES:
        importlib.import_module(name).build()
        print("built", name)
    shutil.rmtree(HERE / "tmp", ignore_errors=True)
    return subprocess.call([sys.executable, str(HERE / "check_gold.py")])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

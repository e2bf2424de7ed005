"""Rebuild every document of batch ag and its gold file, then run the checks.

    /work/main/.venv/bin/python build/build.py

Builders (one per document): austin.py, cso.py, iom.py, psc.py (PDF: python-docx -> LibreOffice 7.4 with a
throwaway -env:UserInstallation profile), hmrc.py, nia.py, tcnz.py (DOCX: python-docx), jac.py (hand-written
HTML). Intermediate DOCX/PDF files go to build/_work, which is removed afterwards."""
import importlib
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import helpers as H
import check

MODULES = ["austin", "cso", "iom", "psc", "hmrc", "nia", "tcnz", "jac"]


def main():
    H.DOCS.mkdir(exist_ok=True)
    H.GOLD.mkdir(exist_ok=True)
    for name in MODULES:
        mod = importlib.import_module(name)
        doc = mod.build()
        print("built", Path(doc).name, "->", Path(mod.gold(doc)).name)
    shutil.rmtree(H.WORK, ignore_errors=True)
    return check.main()


if __name__ == "__main__":
    sys.exit(1 if main() else 0)

"""Regenerate every document of batch BD and its gold, then check the gold against the documents.

    /work/main/.venv/bin/python build.py
Needs python-docx, pdfplumber, lxml (the project venv) and LibreOffice `soffice` on PATH.
"""
import importlib
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MODULES = ["build_hrsg", "build_ncnz", "build_atd", "build_nasw", "build_msf", "build_apega", "build_beam",
           "build_aall"]

if __name__ == "__main__":
    for name in MODULES:
        m = importlib.import_module(name)
        print(name, "->", m.gold(m.build()))
    sys.exit(subprocess.run([sys.executable, str(HERE / "check_gold.py")]).returncode)

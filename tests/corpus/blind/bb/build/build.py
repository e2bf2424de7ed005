"""Regenerate every document of batch BB and its gold, then check the gold against the documents.

    /work/main/.venv/bin/python build.py
Needs python-docx, pdfplumber, lxml (the project venv) and LibreOffice `soffice` on PATH.
"""
import importlib
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MODULES = ["build_la", "build_icmci", "build_dal", "build_cchmc", "build_nhsl", "build_bnfl", "build_dpmc",
           "build_umsys"]

if __name__ == "__main__":
    for name in MODULES:
        m = importlib.import_module(name)
        print(name, "->", m.gold(m.build()))
    sys.exit(subprocess.run([sys.executable, str(HERE / "check_gold.py")]).returncode)

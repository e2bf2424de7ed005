"""Rebuild every document and gold file of batch BR, then run the gold checks.

Run with the project's interpreter (python-docx, pdfplumber, lxml) and LibreOffice on PATH:
    cd /work/blind/br/build && /work/main/.venv/bin/python build.py
"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["build_policescot.py", "build_ha.py", "build_denr.py", "build_nsi.py", "build_ucd.py",
           "build_leeds.py", "build_scdhb.py", "build_vicpol.py"]

for s in SCRIPTS:
    subprocess.run([sys.executable, str(HERE / s)], check=True, cwd=HERE)
sys.exit(subprocess.run([sys.executable, str(HERE / "check_gold.py")], cwd=HERE).returncode)

"""Rebuild every document and gold file of batch BQ, then run the gold checks.

Run with the project's interpreter (python-docx, pdfplumber, lxml) and LibreOffice on PATH:
    cd /work/blind/bq/build && /work/main/.venv/bin/python build.py
"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["build_irm.py", "build_ces.py", "build_comphp.py", "build_unwomen.py", "build_newcharter.py",
           "build_muradcode.py", "build_sabpp.py", "build_hpf.py"]

for s in SCRIPTS:
    subprocess.run([sys.executable, str(HERE / s)], check=True, cwd=HERE)
sys.exit(subprocess.run([sys.executable, str(HERE / "check_gold.py")], cwd=HERE).returncode)

"""Regenerate every document and gold file of batch BF, then check the gold.

    /work/main/.venv/bin/python build/build.py

Needs python-docx, pdfplumber, lxml and LibreOffice (soffice) on PATH.
"""
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["build_etsy.py", "build_fafcove.py", "build_humanmade.py", "build_udel.py", "build_eco.py",
           "build_nea.py", "build_viridor.py", "build_rcn.py"]

for s in SCRIPTS:
    print(f"== {s}")
    subprocess.run([sys.executable, str(HERE / s)], check=True, cwd=HERE)
shutil.rmtree(HERE / "tmp", ignore_errors=True)
sys.exit(subprocess.run([sys.executable, str(HERE / "check_gold.py")], cwd=HERE).returncode)

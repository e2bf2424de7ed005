"""Regenerate every document and gold file of batch BE, then run check_gold.py.
Run with /work/main/.venv/bin/python (python-docx, pdfplumber, lxml; LibreOffice `soffice` on PATH)."""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
SCRIPTS = ["build_winnipeg.py", "build_anao.py", "build_ips.py", "build_maybank.py", "build_asd.py",
           "build_ncss.py", "build_jlp.py", "build_bankseta.py"]

for s in SCRIPTS:
    subprocess.run([sys.executable, str(HERE / s)], check=True, cwd=HERE)
sys.exit(subprocess.run([sys.executable, str(HERE / "check_gold.py")], cwd=HERE).returncode)

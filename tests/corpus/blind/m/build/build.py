"""Regenerate every batch-M document and gold file, then run the gold check.
Run: /work/main/.venv/bin/python build/build.py   (python-docx, pdfplumber, lxml; LibreOffice `soffice` on PATH)."""
import subprocess, sys
from pathlib import Path
HERE = Path(__file__).parent
for script in ("build_html_md.py", "build_office.py", "check_gold.py"):
    subprocess.run([sys.executable, str(HERE / script)], check=True)

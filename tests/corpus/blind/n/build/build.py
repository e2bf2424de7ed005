"""Regenerate every Batch N document and gold file, then check the gold against the rendered documents.

Run:  /work/main/.venv/bin/python build/build.py
(LibreOffice `soffice` on PATH; throwaway profiles /tmp/lo-batchn-*.)"""
import subprocess, sys
from pathlib import Path
HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import build_web, build_office

build_web.nasa_html(); build_web.mcg_html(); build_web.cpa_txt()
build_office.build_guelph(); build_office.build_reliance(); build_office.build_uct()
build_office.build_jpa(); build_office.build_humber()
sys.exit(subprocess.call([sys.executable, str(HERE / "check_gold.py")]))

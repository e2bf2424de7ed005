"""Rebuild every document and gold file of batch BZ, then check the gold.   python build.py"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["build_ifrc.py", "build_epzqf.py", "build_ciat.py", "build_kyambogo.py", "build_doat.py",
           "build_s2a.py", "build_chrc.py", "build_sawc.py"]

for s in SCRIPTS:
    subprocess.run([sys.executable, str(HERE / s)], check=True, cwd=HERE)
sys.exit(subprocess.run([sys.executable, str(HERE / "check_gold.py")], cwd=HERE).returncode)

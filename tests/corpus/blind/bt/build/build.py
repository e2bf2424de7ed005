"""Rebuild every document of batch BT and its gold, then run the gold checks.

    cd /work/blind/bt/build && /work/main/.venv/bin/python build.py
"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["build_aacn.py", "build_rcot.py", "build_mlcf.py", "build_napra.py", "build_mcnz.py",
           "build_vicdoh.py", "build_rcgp.py", "build_nadsp.py"]

for s in SCRIPTS:
    print("==", s)
    subprocess.run([sys.executable, str(HERE / s)], check=True, cwd=HERE)
sys.exit(subprocess.run([sys.executable, str(HERE / "check_gold.py")], cwd=HERE).returncode)

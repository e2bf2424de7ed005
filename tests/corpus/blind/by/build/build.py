"""Rebuild every document and gold file of batch BY, then check the gold.   python build.py"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["build_phac.py", "build_tfl.py", "build_ntu.py", "build_emu.py", "build_bbc.py", "build_coal.py",
           "build_pht.py", "build_wg.py"]

for s in SCRIPTS:
    subprocess.run([sys.executable, str(HERE / s)], check=True, cwd=HERE)
sys.exit(subprocess.run([sys.executable, str(HERE / "check_gold.py")], cwd=HERE).returncode)

"""Rebuild every BI document and its gold, then check the gold against the documents."""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["build_psi.py", "build_npag.py", "build_aavmc.py", "build_hkis.py", "build_ies.py",
           "build_ejta.py", "build_saqa.py", "build_ifoa.py"]

for s in SCRIPTS:
    print("==", s, flush=True)
    subprocess.run([sys.executable, s], cwd=HERE, check=True)
sys.exit(subprocess.run([sys.executable, "check_gold.py"], cwd=HERE).returncode)

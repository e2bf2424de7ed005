"""Rebuild every document of batch BJ and its gold, then run the gold checks.

    cd /work/blind/bj/build && /work/main/.venv/bin/python build.py
"""
import runpy
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["build_ibbm.py", "build_aubmc.py", "build_wwb.py", "build_nwcsd.py", "build_umn.py",
           "build_nreca.py", "build_nemours.py", "build_abcul.py"]

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for s in SCRIPTS:
        print("building", s)
        runpy.run_path(str(HERE / s), run_name="__main__")
    sys.exit(subprocess.call([sys.executable, str(HERE / "check_gold.py")], cwd=HERE))

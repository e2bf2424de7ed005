"""Rebuild every document of batch BH and its gold, then run the gold checks.

    cd /work/blind/bh/build && /work/main/.venv/bin/python build.py
"""
import runpy
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["build_wdnr.py", "build_dibp.py", "build_bangor.py", "build_piedmont.py", "build_ed_idp.py",
           "build_jlshoals.py", "build_ecq.py", "build_morganspencer.py"]

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for s in SCRIPTS:
        print("building", s)
        runpy.run_path(str(HERE / s), run_name="__main__")
    sys.exit(subprocess.call([sys.executable, str(HERE / "check_gold.py")], cwd=HERE))

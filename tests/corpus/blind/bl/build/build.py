"""Rebuild every document of batch BL and its gold, then run the gold checks.

    cd /work/blind/bl/build && /work/main/.venv/bin/python build.py
"""
import runpy
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["build_azdoa.py", "build_mines.py", "build_nspsc.py", "build_gloshospitals.py", "build_ucol.py",
           "build_hkihrm.py", "build_minconsult.py", "build_imgkerala.py"]

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for s in SCRIPTS:
        print("building", s)
        runpy.run_path(str(HERE / s), run_name="__main__")
    sys.exit(subprocess.call([sys.executable, str(HERE / "check_gold.py")], cwd=HERE))

"""Rebuild every document of batch BK and its gold, then run the gold checks.

    cd /work/blind/bk/build && /work/main/.venv/bin/python build.py
"""
import runpy
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["build_pahrodf.py", "build_emirates.py", "build_bungoma.py", "build_ghh.py", "build_cof.py",
           "build_peak.py", "build_dgregio.py", "build_vtex.py"]

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for s in SCRIPTS:
        print("building", s)
        runpy.run_path(str(HERE / s), run_name="__main__")
    sys.exit(subprocess.call([sys.executable, str(HERE / "check_gold.py")], cwd=HERE))

"""Regenerate every document and gold file of batch BG, then run the gold checks.

    /work/main/.venv/bin/python build.py
"""
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

MODULES = ["build_tnmc", "build_fenz", "build_sssc", "build_nrc", "build_gtcs", "build_lianza",
           "build_igot", "build_uwi"]

if __name__ == "__main__":
    for m in MODULES:
        print("building", m)
        importlib.import_module(m).build()
    import check_gold
    sys.exit(check_gold.main())

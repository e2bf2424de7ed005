"""Rebuild every document and gold file of batch ah, then run the checks.

    /work/main/.venv/bin/python build/build.py
"""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gravitational, nace, zengerfolkman, maniilaq, cpl, icma, rics, cgma  # noqa: E402,E401
import check  # noqa: E402
import helpers as H  # noqa: E402

if __name__ == "__main__":
    H.DOCS.mkdir(exist_ok=True)
    H.GOLD.mkdir(exist_ok=True)
    for m in (gravitational, nace, zengerfolkman, maniilaq, cpl, icma, rics, cgma):
        print("built", m.build())
    shutil.rmtree(H.WORK, ignore_errors=True)
    sys.exit(0 if check.main() else 1)

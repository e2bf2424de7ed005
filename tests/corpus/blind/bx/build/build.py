"""Rebuild every document of batch BX and its gold, then check the gold.

    cd /work/blind/bx/build && /work/main/.venv/bin/python build.py

Needs LibreOffice `soffice` (each conversion uses its own throwaway profile). PDFs embed a creation time and
python-docx writes zip timestamps, so sha256 values (and the gold's) change on every build.
"""
import importlib
import sys

MODULES = ["build_utcofa", "build_cheshireeast", "build_idhr", "build_sonoma", "build_scottsdale",
           "build_carleton", "build_muswellbrook", "build_lgmasa"]

if __name__ == "__main__":
    for m in MODULES:
        print("building", m, flush=True)
        importlib.import_module(m).main()
    import check_gold
    sys.exit(check_gold.main())

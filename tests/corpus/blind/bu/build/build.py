"""Rebuild every document of batch BU and its gold, then check the gold.

    cd /work/blind/bu/build && /work/main/.venv/bin/python build.py

Needs LibreOffice `soffice` (each conversion uses its own throwaway profile). PDFs embed a creation time and
python-docx writes zip timestamps, so sha256 values (and the gold's) change on every build.
"""
import importlib
import sys

MODULES = ["build_cewd", "build_techno", "build_elsevier", "build_cbpsb", "build_shl", "build_cii",
           "build_salary", "build_igd"]

if __name__ == "__main__":
    for m in MODULES:
        importlib.import_module(m).main()
    import check_gold
    sys.exit(check_gold.main())

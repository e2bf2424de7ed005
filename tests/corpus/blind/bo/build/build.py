"""Rebuild every document of batch BO and its gold, then check the gold.

    cd /work/blind/bo/build && /work/main/.venv/bin/python build.py

Needs LibreOffice `soffice` (each conversion uses its own throwaway profile) and, for the pass Culture
workbook, openpyxl (pip install --target /tmp/bo-pylib openpyxl; build_passculture.py adds that folder to
sys.path). PDFs embed a creation time, so their sha256 (and the gold's) changes on every build.
"""
import importlib
import sys

MODULES = ["build_acca", "build_redseal", "build_tga", "build_qsen", "build_sscnasscom", "build_passculture",
           "build_worldskills", "build_company1"]

if __name__ == "__main__":
    for m in MODULES:
        importlib.import_module(m).main()
    import check_gold
    sys.exit(check_gold.main())

"""Rebuild every document of batch BP and its gold, then check the gold.

    cd /work/blind/bp/build && /work/main/.venv/bin/python build.py

Needs python-docx, pdfplumber, lxml (the main venv) and LibreOffice `soffice` (each conversion uses its own
throwaway profile). PDFs embed a creation time, so their sha256 (and the gold's) changes on every build.
"""
import importlib
import sys

MODULES = ["build_mspb", "build_alaska", "build_niccs", "build_noaacorps", "build_ree", "build_ubc",
           "build_uncp", "build_cnc"]

if __name__ == "__main__":
    for m in MODULES:
        importlib.import_module(m).main()
    import check_gold
    sys.exit(check_gold.main())

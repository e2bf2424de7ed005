"""Rebuild every document of batch BS and its gold, then check the gold.

    cd /work/blind/bs/build && /work/main/.venv/bin/python build.py

Needs LibreOffice `soffice` (each conversion uses its own throwaway profile). PDFs embed a creation time,
so their sha256 (and the gold's) changes on every build.
"""
import importlib
import sys

MODULES = ["build_kf", "build_vuw", "build_csps", "build_humber", "build_usyd", "build_aacrao", "build_denver",
           "build_nsh"]

if __name__ == "__main__":
    for m in MODULES:
        importlib.import_module(m).main()
    import check_gold
    sys.exit(check_gold.main())

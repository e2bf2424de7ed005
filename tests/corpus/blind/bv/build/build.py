"""Rebuild every document of batch BV and its gold, then check the gold.

    cd /work/blind/bv/build && /work/main/.venv/bin/python build.py

Needs LibreOffice `soffice` (each conversion uses its own throwaway profile). PDFs embed a creation time,
so their sha256 (and the gold's) changes on every build.
"""
import importlib
import sys

MODULES = ["build_heti", "build_nlcld", "build_coventry", "build_aonl", "build_utlib", "build_fmlm",
           "build_cnam", "build_uazlib"]

if __name__ == "__main__":
    for m in MODULES:
        importlib.import_module(m).main()
    import check_gold
    sys.exit(check_gold.main())

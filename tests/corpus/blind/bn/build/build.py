"""Rebuild every document of batch BN and its gold, then check the gold.

    cd /work/blind/bn/build && /work/main/.venv/bin/python build.py

Needs LibreOffice `soffice` (each conversion uses its own throwaway profile). PDFs embed a creation time,
so their sha256 (and the gold's) changes on every build.
"""
import importlib
import sys

MODULES = ["build_nmdhb", "build_dobcel", "build_enfield", "build_homeless", "build_rct", "build_nhs24",
           "build_hkcss", "build_wayfare"]

if __name__ == "__main__":
    for m in MODULES:
        importlib.import_module(m).main()
    import check_gold
    sys.exit(check_gold.main())

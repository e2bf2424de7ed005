"""Rebuild every document of batch CC and its gold, then check the gold.

    cd /work/blind/cc/build && /work/main/.venv/bin/python build.py

Needs LibreOffice `soffice` (each conversion uses its own throwaway profile). PDFs embed a creation time,
so their sha256 (and the gold's) changes on every build.
"""
import importlib
import sys

MODULES = ["build_csc", "build_icf", "build_bchldc", "build_au", "build_wiut", "build_heiw", "build_ethz",
           "build_iipa"]

if __name__ == "__main__":
    for m in MODULES:
        importlib.import_module(m).main()
    import check_gold
    sys.exit(check_gold.main())

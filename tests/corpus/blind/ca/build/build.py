"""Rebuild every document of batch CA and its gold, then check the gold.

    cd /work/blind/ca/build && /work/main/.venv/bin/python build.py

Needs LibreOffice `soffice` (each conversion uses its own throwaway profile). PDFs embed a creation time,
so their sha256 (and the gold's) changes on every build.
"""
import importlib
import sys

MODULES = ["build_utsp", "build_bnu", "build_qh", "build_lancs", "build_tearle", "build_totalresource",
           "build_parkerbridge", "build_edmonds"]

if __name__ == "__main__":
    for m in MODULES:
        importlib.import_module(m).main()
    import check_gold
    sys.exit(check_gold.main())

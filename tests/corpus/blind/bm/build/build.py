"""Rebuild every document of batch BM and its gold, then check the gold.

    cd /work/blind/bm/build && /work/main/.venv/bin/python build.py

Needs LibreOffice `soffice` (each conversion uses its own throwaway profile). PDFs embed a creation time,
so their sha256 (and the gold's) changes on every build.
"""
import importlib
import sys

MODULES = ["build_nacada", "build_ouh", "build_osu", "build_nsg", "build_unisa", "build_lboro", "build_achsm",
           "build_eon"]

if __name__ == "__main__":
    for m in MODULES:
        importlib.import_module(m).main()
    import check_gold
    sys.exit(check_gold.main())

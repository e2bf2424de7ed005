"""Rebuild every document of batch CB and its gold, then check the gold.

    cd /work/blind/cb/build && /work/main/.venv/bin/python build.py

Needs LibreOffice `soffice` (each conversion uses its own throwaway profile). PDFs embed a creation time,
so their sha256 (and the gold's) changes on every build.
"""
import importlib
import sys

MODULES = ["build_toyota", "build_wilts", "build_bendigo", "build_santaclara", "build_wmc",
           "build_dorset", "build_markham", "build_mgm"]

if __name__ == "__main__":
    for m in MODULES:
        importlib.import_module(m).main()
    import check_gold
    sys.exit(check_gold.main())

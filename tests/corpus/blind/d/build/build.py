"""Regenerate every document of batch-d and its gold file, then run the gold checks.

    /work/main/.venv/bin/python build.py        (python-docx, pdfplumber, lxml; LibreOffice soffice on PATH)
"""
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

BUILDERS = ["build_minnstate", "build_sourcegraph", "build_uiowa", "build_berkeley", "build_usajobs",
            "build_unm", "build_va", "build_dopt", "build_cmu", "build_epso", "build_ncoshr", "build_wbg"]

if __name__ == "__main__":
    for name in BUILDERS:
        mod = importlib.import_module(name)
        mod.build()
        print("built", mod.DOC.name)
    import check
    sys.exit(1 if check.main([]) else 0)

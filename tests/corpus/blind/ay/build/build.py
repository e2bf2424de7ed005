"""Regenerate every batch-AY document from scratch:  python build.py  (python-docx; LibreOffice soffice)."""
import importlib
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ["build_jobsac", "build_fylde", "build_nfrs", "build_uom", "build_infoworks", "build_care",
           "build_nsw", "build_bccl"]

if __name__ == "__main__":
    for m in MODULES:
        importlib.import_module(m).build()
    shutil.rmtree(HERE / "tmp", ignore_errors=True)

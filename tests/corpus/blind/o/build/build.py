"""Regenerate every batch-O document and its gold file from scratch, then run the gold check.

    /work/main/.venv/bin/python build/build.py

Needs python-docx, pdfplumber and lxml, and LibreOffice (soffice) on PATH for the PDFs (each conversion
uses a throwaway profile of its own)."""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import doc_ahs      # noqa: E402
import doc_cilip    # noqa: E402
import doc_ddat     # noqa: E402
import doc_lascs    # noqa: E402
import doc_nmc      # noqa: E402
import doc_packback  # noqa: E402
import doc_unesco   # noqa: E402
import doc_uw       # noqa: E402

MODULES = [doc_lascs, doc_ahs, doc_unesco, doc_nmc, doc_packback, doc_uw, doc_ddat, doc_cilip]

if __name__ == "__main__":
    for m in MODULES:
        print("built", m.build().name)
        print("gold ", m.gold().name)
    sys.exit(subprocess.call([sys.executable, str(HERE / "check.py")]))

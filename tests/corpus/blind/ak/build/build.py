#!/usr/bin/env python3
"""Regenerate every document of batch ak and its gold file, then run the checks.

Run with the python of /work/main/.venv (python-docx, pdfplumber, lxml) and python-pptx on the path:
    PYTHONPATH=/tmp/ak-pylib /work/main/.venv/bin/python build.py
Needs LibreOffice (soffice) and poppler-utils (pdftoppm, pdftotext) on PATH.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import akcommon as C  # noqa: E402
import d_am, d_austrac, d_cds, d_ema, d_euaa, d_illinois, d_tempe, d_vumc  # noqa: E402

MODULES = [d_tempe, d_am, d_cds, d_illinois, d_euaa, d_ema, d_vumc, d_austrac]

if __name__ == "__main__":
    C.DOCS.mkdir(exist_ok=True)
    C.GOLD.mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    for m in MODULES:
        if only and m.STEM not in only:
            continue
        out = m.build()
        print("built", m.STEM, "->", out.name)
    import check
    sys.exit(0 if check.main() else 1)

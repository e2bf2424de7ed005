"""Regenerate every batch-a document from scratch, then the gold files and the checks.

    /work/main/.venv/bin/python build.py          (python-docx, pdfplumber, lxml; LibreOffice `soffice` on PATH)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import d01_bc, d02_harvard, d03_uhd, d04_gitlab, d05_nsw, d06_nb, d07_ua, d08_shrm, d09_msu, d10_nyu, d11_state  # noqa: E402,E401
import helpers as H  # noqa: E402

MODULES = [d01_bc, d02_harvard, d03_uhd, d04_gitlab, d05_nsw, d06_nb, d07_ua, d08_shrm, d09_msu, d10_nyu, d11_state]


def main():
    H.DOCS.mkdir(exist_ok=True)
    H.GOLD.mkdir(exist_ok=True)
    for m in MODULES:
        print("built", m.build())
    import gold
    gold.main()
    import check
    ok = check.main()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

"""Regenerate every batch-z document and its gold, then check the gold against the documents.

    /work/main/.venv/bin/python build/build.py

Needs python-docx, pdfplumber, lxml and LibreOffice (soffice, run with a throwaway profile).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ache, bristol, boi, nasa, pei, rocketium, secamb, tc3  # noqa: E402
import check  # noqa: E402

MODULES = [ache, pei, tc3, nasa, bristol, boi, secamb, rocketium]

if __name__ == "__main__":
    for m in MODULES:
        doc = m.build()
        g = m.gold()
        print(f"built {Path(doc).name} -> gold/{Path(g).name}")
    sys.exit(0 if check.main() else 1)

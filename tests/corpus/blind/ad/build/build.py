"""Rebuild every document and gold file of batch ad from scratch, then run the checks.

    /work/main/.venv/bin/python build/build.py

One module per document; intermediate DOCX files for the PDFs go to build/_work (deleted afterwards).
LibreOffice runs headless with a throwaway profile per conversion (helpers.to_pdf)."""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H
import ara
import check
import deped
import derse
import ecsa
import fahr
import hkqf
import nta
import pmi

MODULES = [pmi, ecsa, deped, nta, ara, fahr, hkqf, derse]


def main():
    for d in (H.DOCS, H.GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for m in MODULES:
        print("built", m.build())
    shutil.rmtree(H.WORK, ignore_errors=True)
    return check.main()


if __name__ == "__main__":
    sys.exit(0 if main() else 1)

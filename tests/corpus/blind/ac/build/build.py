"""Rebuild every document of batch ac from scratch, write its gold, then run the checks.

    /work/main/.venv/bin/python build/build.py

Each builder (cmod, oric, cchl, hse, ohio, cpshr, cupahr, eighteenf) can also be run on its own.
PDFs are rendered by LibreOffice (soffice, headless, throwaway profile per conversion) from a DOCX written
with python-docx; intermediate files go to build/_work, which is removed at the end."""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H
import cmod, oric, cchl, hse, ohio, cpshr, cupahr, eighteenf, check

BUILDERS = [cmod, oric, cchl, hse, ohio, cpshr, cupahr, eighteenf]


def main():
    H.DOCS.mkdir(exist_ok=True)
    H.GOLD.mkdir(exist_ok=True)
    for b in BUILDERS:
        print("built", b.STEM, "->", b.main())
    shutil.rmtree(H.WORK, ignore_errors=True)
    return check.main()


if __name__ == "__main__":
    sys.exit(0 if main() else 1)

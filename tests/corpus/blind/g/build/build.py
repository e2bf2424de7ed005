#!/usr/bin/env python
"""Regenerate every batch-g document and its gold file from scratch, then run the gold check.

    /work/main/.venv/bin/python build/build.py [stem ...]

Needs python-docx, pdfplumber, lxml and LibreOffice (`soffice`, run with a throwaway profile).
PDFs (and so their sha256) change on every rebuild because LibreOffice stamps the creation time; the
gold files are rewritten with the new sha256 each time."""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import helpers as H  # noqa: E402
import d01_opm, d02_workitect, d03_iiba, d04_sfia, d05_darden, d06_doh  # noqa: E402,E401
import d07_microsoft, d08_nhs, d09_ucalgary, d10_colorado, d11_who, d12_dropbox  # noqa: E402,E401

MODULES = [(d01_opm, "pdf"), (d02_workitect, "pdf"), (d03_iiba, "pdf"), (d04_sfia, "docx"),
           (d05_darden, "docx"), (d06_doh, "docx"), (d07_microsoft, "docx"), (d08_nhs, "html"),
           (d09_ucalgary, "html"), (d10_colorado, "html"), (d11_who, "txt"), (d12_dropbox, "md")]


def main():
    H.DOCS.mkdir(parents=True, exist_ok=True)
    H.GOLD.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    for mod, ext in MODULES:
        if only and mod.STEM not in only:
            continue
        path = H.DOCS / f"{mod.STEM}.{ext}"
        mod.render(path)
        mod.gold(path)
        print("built", path.name)
    sys.exit(subprocess.call([sys.executable, str(Path(__file__).with_name("check.py"))]))


if __name__ == "__main__":
    main()

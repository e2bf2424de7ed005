#!/usr/bin/env python
"""Regenerate every document of batch-e from scratch:  /work/main/.venv/bin/python build/build.py

Each builder writes one file into docs/.  Then run build/gold.py (gold files) and build/check.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docs_pdf      # noqa: E402
import docs_docx     # noqa: E402
import docs_web      # noqa: E402
from helpers import DOCS  # noqa: E402


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    builders = [
        ("oecd-core-competencies.pdf", docs_pdf.oecd),
        ("nchc-behaviour-framework.pdf", docs_pdf.nchc),
        ("iia-internal-audit-competency-framework.pdf", docs_pdf.iia),
        ("wa-hr-work-standards.docx", docs_docx.wa),
        ("gnwt-general-competency-dictionary.docx", docs_docx.gnwt),
        ("uc-competency-library.docx", docs_docx.uc),
        ("nfdc-behaviours-framework-report.docx", docs_docx.nfdc),
        ("tamu-collaboration-teamwork.html", docs_web.tamu),
        ("cipd-passion-for-learning.html", docs_web.cipd),
        ("multco-core-competencies.html", docs_web.multco),
        ("nrc-conceptual-analytical-ability.txt", docs_web.nrc),
        ("37signals-engineering-progression.md", docs_web.signals),
    ]
    for name, fn in builders:
        if only and name not in only and Path(name).stem not in only:
            continue
        fn(DOCS / name)
        print("built", name)


if __name__ == "__main__":
    main()

"""Regenerate every document and gold file of batch al from scratch, then run the gold check.

    cd /work/blind/al/build && /work/main/.venv/bin/python build.py

python-docx, pdfplumber, lxml; LibreOffice `soffice` on PATH (each conversion uses a throwaway profile
/tmp/lo-al-<uuid>).  Writes only into /work/blind/al/{docs,gold,build/tmp}.
"""
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import allib as L  # noqa: E402
import check  # noqa: E402
import doc_colgate  # noqa: E402
import doc_cornell  # noqa: E402
import doc_mcg  # noqa: E402
import doc_npsner  # noqa: E402
import doc_nps  # noqa: E402
import doc_oakgov  # noqa: E402
import doc_queens  # noqa: E402
import doc_tn  # noqa: E402

MODULES = [doc_queens, doc_oakgov, doc_npsner, doc_tn, doc_mcg, doc_cornell, doc_nps, doc_colgate]


def main():
    for d in (L.DOCS, L.GOLD):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    shutil.rmtree(HERE / "tmp", ignore_errors=True)
    for m in MODULES:
        print("built", m.build().name)
    shutil.rmtree(HERE / "tmp", ignore_errors=True)
    return check.main()


if __name__ == "__main__":
    sys.exit(main())

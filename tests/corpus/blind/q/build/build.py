"""Regenerate every document of batch q and its gold, then run the gold checks.

    cd /work/blind/q/build && /work/main/.venv/bin/python build.py

Needs python-docx, pdfplumber, lxml and LibreOffice (soffice) on PATH.  Writes only into
/work/blind/q/docs and /work/blind/q/gold (plus a throwaway build/_tmp folder and LibreOffice profiles
under /tmp, both removed)."""
import shutil
import sys

import qcommon as C
import doc_montana, doc_birkbeck, doc_stjames, doc_redivis, doc_post, doc_pdep, doc_rrc
import check

MODULES = [doc_montana, doc_birkbeck, doc_stjames, doc_redivis, doc_post, doc_pdep, doc_rrc]


def main():
    C.DOCS.mkdir(exist_ok=True)
    C.GOLD.mkdir(exist_ok=True)
    for m in MODULES:
        path = m.build()
        g = m.gold(path)
        print(f"built {path.name} -> gold/{g.name}")
    shutil.rmtree(C.BATCH / "build" / "_tmp", ignore_errors=True)
    ok = all([check.check(p) for p in sorted(C.GOLD.glob("*.json"))])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate every document of batch am and its gold file:  python build.py [stem ...]
(python-docx; soffice on PATH; run with /work/main/.venv/bin/python)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from amlib import DOCS, GOLD, write_gold  # noqa: E402
import doc_artsy, doc_bucks, doc_cornell, doc_drp, doc_indrive, doc_nps, doc_tcds, doc_uottawa  # noqa: E402

MODULES = [doc_cornell, doc_bucks, doc_drp, doc_uottawa, doc_nps, doc_tcds, doc_artsy, doc_indrive]

if __name__ == "__main__":
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    for m in MODULES:
        if only and m.STEM not in only:
            continue
        path = m.build()
        fmt, title, comps = m.gold()
        out = write_gold(path, fmt, title, comps)
        print(f"{path.name}: {len(comps)} competencies -> {out.name}")

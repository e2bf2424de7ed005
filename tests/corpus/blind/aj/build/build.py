"""Regenerate every document of batch aj and its gold file:  python build.py  (python-docx; soffice on PATH)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ajlib import DOCS, GOLD, write_gold  # noqa: E402
import doc_aca, doc_basw, doc_emt, doc_gdc, doc_ifac, doc_npbea, doc_rcvs, doc_sra  # noqa: E402

MODULES = [doc_sra, doc_basw, doc_rcvs, doc_ifac, doc_emt, doc_gdc, doc_npbea, doc_aca]

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

"""Regenerate every document of batch AR into ../docs and its gold into ../gold, then nothing else.

    cd build && /work/main/.venv/bin/python build.py && /work/main/.venv/bin/python check_gold.py

PDFs embed a creation time, so the gold (which records each document's sha256) is rewritten with the documents.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import doc_auc  # noqa: E402
import doc_barbados  # noqa: E402
import doc_cphr  # noqa: E402
import doc_hkbu  # noqa: E402
import doc_incose  # noqa: E402
import doc_nchk  # noqa: E402
import doc_nestle  # noqa: E402
import doc_paho  # noqa: E402

MODULES = [doc_hkbu, doc_nchk, doc_auc, doc_paho, doc_incose, doc_cphr, doc_nestle, doc_barbados]

if __name__ == "__main__":
    for m in MODULES:
        path = m.build()
        g = m.gold(path)
        print(f"{path.name:60s} -> gold/{g.name}")

"""Regenerate every document of batch AV into ../docs and its gold into ../gold.

    cd build && /work/main/.venv/bin/python build.py && /work/main/.venv/bin/python check_gold.py

Generated documents (python-docx, LibreOffice 7.4 headless for the PDFs): doc_*.py; hand-written documents
(two HTML pages, one text export) are copied from src/. PDFs embed a creation time, so the gold (with the
sha256) is rewritten on every run."""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402
import doc_auc  # noqa: E402
import doc_coe  # noqa: E402
import doc_dghr  # noqa: E402
import doc_iarcsc  # noqa: E402
import doc_png  # noqa: E402
import gold_hand  # noqa: E402


def main():
    H.DOCS.mkdir(exist_ok=True)
    H.GOLD.mkdir(exist_ok=True)
    for mod in (doc_iarcsc, doc_coe, doc_png, doc_dghr, doc_auc):
        print(mod.build())
        print(mod.gold())
    for src in sorted(H.SRC.iterdir()):
        shutil.copyfile(src, H.DOCS / src.name)
        print(H.DOCS / src.name)
    for p in gold_hand.all_gold():
        print(p)
    shutil.rmtree(H.BATCH / "build" / "tmp", ignore_errors=True)


if __name__ == "__main__":
    main()

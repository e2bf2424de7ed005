"""Regenerate every document of batch AQ into ../docs (python-docx, lxml; LibreOffice for PDFs)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

MODULES = ["doc_va", "doc_nys", "doc_ucsd", "doc_osu", "doc_esdc", "doc_yukon", "doc_jhm", "doc_npia"]

if __name__ == "__main__":
    H.DOCS.mkdir(parents=True, exist_ok=True)
    only = sys.argv[1:]
    for m in MODULES:
        if only and m not in only:
            continue
        mod = __import__(m)
        out = mod.build(H.DOCS)
        print("built", out.name)

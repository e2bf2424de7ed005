"""Regenerate every document of batch AW and its gold:  /work/main/.venv/bin/python build.py [stem-prefix ...]"""
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

MODULES = ["doc_odot", "doc_albemarle", "doc_tusla", "doc_derbyshire", "doc_chesterfield", "doc_otago",
           "doc_cqu", "doc_salvationarmy"]


def main(only):
    H.DOCS.mkdir(exist_ok=True)
    H.GOLD.mkdir(exist_ok=True)
    for name in MODULES:
        if only and not any(name.endswith(o) for o in only):
            continue
        mod = __import__(name)
        with tempfile.TemporaryDirectory(prefix="aw-build-") as tmp:
            doc = mod.build(tmp)
        print("built", doc.name, "->", mod.gold(doc).name)


if __name__ == "__main__":
    main(sys.argv[1:])

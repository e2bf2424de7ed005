"""Helpers for batch AX: gold writing and checking in /work/blind/ax (not the repo)."""
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/main/tests/corpus/build")
import common as C  # noqa: E402  (rendering helpers only: soffice, numbering, fields, text extraction)

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"
KEYS = C.KEYS


def norm(s):
    return C.norm(s)


def slug(name):
    return C.slug(name)


def item(doc, text, group=None):
    it = {"text": norm(text), "source": {"document": doc, "page": None}}
    if group:
        it["group"] = norm(group)
    return it


def comp(doc, name, definition=None, indicators=(), levels=(), notes=(), **other):
    """levels: [(rank, label, [text | (text, group), ...]), ...]; indicators/notes: [text | (text, group)]."""
    def items(seq):
        out = []
        for x in seq:
            if isinstance(x, tuple):
                out.append(item(doc, x[0], x[1]))
            else:
                out.append(item(doc, x))
        return out
    c = {k: [] for k in KEYS}
    c["id"] = slug(name)
    c["name"] = norm(name)
    c["definition"] = norm(definition) if definition else None
    c["indicators"] = items(indicators)
    c["levels"] = sorted(({"rank": r, "label": norm(lab), "behaviors": items(bs)} for r, lab, bs in levels),
                         key=lambda lv: lv["rank"])
    c["notes"] = items(notes)
    for k, v in other.items():
        assert k in KEYS, k
        c[k] = v
    c["sources"] = [doc]
    return {k: c[k] for k in KEYS}


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_gold(path, fmt, title, comps):
    path = Path(path)
    data = {"schema_version": C.SCHEMA_VERSION,
            "documents": [{"id": path.stem, "path": path.name, "format": fmt,
                           "sha256": sha256(path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{path.stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out

"""Small gold-writing helpers for batch AY (output contract v1)."""
import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS, GOLD = ROOT / "docs", ROOT / "gold"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("&", "")).strip("-")


class Doc:
    def __init__(self, stem, ext, fmt, title):
        self.stem, self.path, self.fmt, self.title = stem, f"{stem}.{ext}", fmt, title
        self.comps = []

    def it(self, text, group=None):
        d = {"text": norm(text), "source": {"document": self.stem, "page": None}}
        if group:
            d["group"] = norm(group)
        return d

    def items(self, texts, group=None):
        return [self.it(t, group) for t in texts]

    def level(self, rank, label, behaviors=()):
        return {"rank": rank, "label": label, "behaviors": list(behaviors)}

    def reading(self, text, title, authors, publisher, year):
        return {"text": norm(text), "title": title, "authors": list(authors), "publisher": publisher,
                "year": year, "description": None, "source": {"document": self.stem, "page": None}}

    def comp(self, name, definition=None, **fields):
        c = {k: [] for k in KEYS}
        c.update(id=slug(name), name=norm(name), definition=norm(definition) if definition else None,
                 sources=[self.stem])
        for k, v in fields.items():
            assert k in KEYS, k
            c[k] = v
        c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
        self.comps.append(c)
        return c

    def write(self):
        GOLD.mkdir(exist_ok=True)
        sha = hashlib.sha256((DOCS / self.path).read_bytes()).hexdigest()
        data = {"schema_version": "1.0.0",
                "documents": [{"id": self.stem, "path": self.path, "format": self.fmt, "sha256": sha,
                               "title": self.title}],
                "competencies": sorted(self.comps, key=lambda c: c["id"])}
        out = GOLD / f"{self.stem}.json"
        out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return out

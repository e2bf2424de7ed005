"""Helpers for blind batch BZ (real published competency documents of least-covered sectors and countries).

Everything is written to /work/blind/bz/{docs,gold}. Word numbering / table helpers are imported from
/work/main/tests/corpus/build/common.py (allowed by the brief); its DOCS/GOLD constants are never used.
LibreOffice always runs headless with a throwaway profile.
"""
import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, "/work/main/tests/corpus/build")
import common as C  # noqa: E402,F401  (rendering helpers only)

BZ = Path(__file__).resolve().parents[1]
DOCS = BZ / "docs"
GOLD = BZ / "gold"
SCHEMA_VERSION = "1.0.0"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    s = name.lower().replace("&", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def esc(s):
    return html.escape(s, quote=True)


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# ------------------------------------------------------------------ LibreOffice
def convert(src, out_path, target="pdf", infilter=None):
    """Convert src with LibreOffice (throwaway profile) and move the single result to out_path."""
    prof = Path(tempfile.gettempdir()) / f"lo-bz-{uuid.uuid4().hex}"
    tmp = Path(tempfile.mkdtemp(prefix="bz-conv-"))
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(tmp), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    produced = list(tmp.iterdir())
    assert len(produced) == 1, produced
    shutil.move(str(produced[0]), str(out_path))
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(prof, ignore_errors=True)


# ------------------------------------------------------------------ gold
class Gold:
    """Collects the competencies of one document."""

    def __init__(self, stem):
        self.stem = stem
        self.comps = []

    def item(self, text, group=None):
        it = {"text": norm(text), "source": {"document": self.stem, "page": None}}
        if group:
            it["group"] = norm(group)
        return it

    def level(self, rank, label, behaviors, group=None):
        return {"rank": rank, "label": norm(label),
                "behaviors": [b if isinstance(b, dict) else self.item(b, group) for b in behaviors]}

    def comp(self, name, definition=None, **fields):
        c = {k: [] for k in KEYS}
        c.update(id=slug(name), name=norm(name), definition=norm(definition) if definition else None,
                 sources=[self.stem])
        for k, v in fields.items():
            assert k in KEYS and k not in ("id", "name", "definition", "sources"), k
            c[k] = v
        c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
        assert list(c) == KEYS
        self.comps.append(c)
        return c

    def write(self, doc_path, fmt, title):
        doc_path = Path(doc_path)
        assert doc_path.stem == self.stem
        data = {"schema_version": SCHEMA_VERSION,
                "documents": [{"id": self.stem, "path": doc_path.name, "format": fmt,
                               "sha256": sha256(doc_path), "title": title}],
                "competencies": sorted(self.comps, key=lambda c: c["id"])}
        out = GOLD / f"{self.stem}.json"
        out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return out

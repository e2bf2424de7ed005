"""Helpers for blind batch BT (health and care profession frameworks).

Rendering helpers (Word numbering, PAGE fields, shading, widths, text extraction for the checks) come from
/work/main/tests/corpus/build/common.py, which the brief allows us to import. Everything that writes
(documents, gold) is implemented here, so output goes only to /work/blind/bt/{docs,gold}.
"""
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, "/work/main/tests/corpus/build")
import common as C  # noqa: E402  (helpers only; its DOCS / GOLD constants are never used)

BT = Path(__file__).resolve().parents[1]
DOCS = BT / "docs"
GOLD = BT / "gold"
SCHEMA_VERSION = "1.0.0"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]

add_numbering = C.add_numbering
add_abstract = C.add_abstract
add_num = C.add_num
bullet_lvl = C.bullet_lvl
decimal_lvl = C.decimal_lvl
set_num = C.set_num
add_field = C.add_field
shade = C.shade
fix_widths = C.fix_widths
row_flags = C.row_flags
clear_core_props = C.clear_core_props


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    s = name.lower().replace("&", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ------------------------------------------------------------------ LibreOffice
def soffice(src, target, outdir):
    prof = Path(tempfile.gettempdir()) / f"lo-bt-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
           "--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)


def docx_to_pdf(document, out_pdf):
    tmp = Path(tempfile.mkdtemp(prefix="bt-src-"))
    src = tmp / (Path(out_pdf).stem + ".docx")
    document.save(str(src))
    outdir = Path(tempfile.mkdtemp(prefix="bt-out-"))
    soffice(src, "pdf", outdir)
    produced = list(outdir.iterdir())
    assert len(produced) == 1, produced
    shutil.move(str(produced[0]), str(out_pdf))
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(outdir, ignore_errors=True)


def set_page_start(section, start):
    """First page number of a section (w:pgNumType w:start)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    sectPr = section._sectPr
    pg = sectPr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sectPr.append(pg)
    pg.set(qn("w:start"), str(start))


# ------------------------------------------------------------------ gold
def item(doc, text, group=None):
    it = {"text": norm(text), "source": {"document": doc, "page": None}}
    if group:
        it["group"] = norm(group)
    return it


def level(doc, rank, label, texts, group=None):
    """texts: list of str or (text, group) pairs."""
    beh = []
    for t in texts:
        if isinstance(t, tuple):
            beh.append(item(doc, t[0], t[1]))
        else:
            beh.append(item(doc, t, group))
    return {"rank": rank, "label": norm(label), "behaviors": beh}


def reading(doc, text, title, authors, publisher, year, description=None):
    return {"text": norm(text), "title": title, "authors": list(authors), "publisher": publisher,
            "year": year, "description": description, "source": {"document": doc, "page": None}}


def competency(doc, name, definition=None, **fields):
    c = {k: [] for k in KEYS}
    c.update(id=slug(name), name=norm(name), definition=norm(definition) if definition else None,
             sources=[doc])
    for k, v in fields.items():
        assert k in KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
    return c


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_gold(doc_path, fmt, title, comps):
    doc_path = Path(doc_path)
    data = {"schema_version": SCHEMA_VERSION,
            "documents": [{"id": doc_path.stem, "path": doc_path.name, "format": fmt,
                           "sha256": sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{doc_path.stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out

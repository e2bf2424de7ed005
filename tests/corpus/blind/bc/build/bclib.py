"""Helpers for batch BC: gold construction, rendering, checks.

Rendering helpers (LibreOffice conversion, Word numbering, text extraction) come from the shared
/work/main/tests/corpus/build/common.py (imported, never modified); gold paths point into this batch.
"""
import json
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, "/work/main/tests/corpus/build")
import common as C  # noqa: E402

BATCH = Path(__file__).resolve().parents[1]
DOCS = BATCH / "docs"
GOLD = BATCH / "gold"
KEYS = C.KEYS
norm, slug = C.norm, C.slug


# ------------------------------------------------------------------ gold
def it(doc, text, group=None):
    d = {"text": norm(text), "source": {"document": doc, "page": None}}
    if group:
        d["group"] = norm(group)
    return d


def lv(doc, rank, label, texts, group=None):
    return {"rank": rank, "label": norm(label), "behaviors": [it(doc, t, group) for t in texts]}


def comp(doc, name, definition=None, **fields):
    c = {k: [] for k in KEYS}
    c.update(id=slug(name), name=norm(name), definition=norm(definition) if definition else None,
             sources=[doc])
    for k, v in fields.items():
        assert k in KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda x: x["rank"])
    assert list(c) == KEYS
    return c


def write_gold(doc_path, fmt, title, comps):
    doc_path = Path(doc_path)
    data = {"schema_version": C.SCHEMA_VERSION,
            "documents": [{"id": doc_path.stem, "path": doc_path.name, "format": fmt,
                           "sha256": C.sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{doc_path.stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


# ------------------------------------------------------------------ rendering
def soffice(src, target, outdir):
    """LibreOffice headless conversion with a throwaway profile (unique per call)."""
    prof = Path(tempfile.gettempdir()) / f"lo-bc-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
           "--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="bc-pdf-"))
    src = tmp / (Path(pdf_path).stem + ".docx")
    shutil.copy(docx_path, src)
    soffice(src, "pdf:writer_pdf_Export", tmp)
    shutil.move(str(tmp / (Path(pdf_path).stem + ".pdf")), str(pdf_path))
    shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ checks
def doc_text(path, fmt):
    if fmt == "pdf":
        return " ".join(C.pdf_pages_text(path))
    if fmt == "docx":
        return C.docx_text(path, cells=True)
    if fmt == "html":
        return C.html_text(path, blocks=True)
    return C.md_text(path)


def check_gold(gold_path):
    """Every gold string occurs in the document's extracted text; sha256 matches; score.py self-score 1.000."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    d = gold["documents"][0]
    path = DOCS / d["path"]
    assert C.sha256(path) == d["sha256"], "sha256 mismatch"
    whole = doc_text(path, d["format"])
    texts, missing = [], []
    for c in gold["competencies"]:
        assert list(c) == KEYS and c["id"] == slug(c["name"])
        assert [x["rank"] for x in c["levels"]] == sorted(x["rank"] for x in c["levels"])
        texts.append(c["name"])
        if c["definition"]:
            texts.append(c["definition"])
        texts += c["key_words"] + c["related"]
        for f in ("indicators", "activities", "courses", "interview_questions", "tips", "notes"):
            for x in c[f]:
                texts.append(x["text"])
                if x.get("group"):
                    texts.append(x["group"])
        for L in c["levels"]:
            texts.append(L["label"])
            for x in L["behaviors"]:
                texts.append(x["text"])
                if x.get("group"):
                    texts.append(x["group"])
        for r in c["readings"]:
            texts.append(r["text"])
    for t in texts:
        if not C._found(norm(t), whole):
            missing.append(t)
    raw = path.read_text(encoding="utf-8", errors="ignore") if d["format"] == "html" else ""
    if d["title"] and norm(d["title"]) not in whole.replace(" || ", " ") and d["title"] not in raw:
        missing.append("<title> " + d["title"])
    return len(texts), missing, C._self_score(gold_path)


def count_items(gold_path):
    """Scored items: name, definition, key words, related, every list item, every level behaviour."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    n = 0
    for c in gold["competencies"]:
        n += 1 + (1 if c["definition"] else 0) + len(c["key_words"]) + len(c["related"])
        for f in ("indicators", "activities", "courses", "readings", "interview_questions", "tips", "notes"):
            n += len(c[f])
        for L in c["levels"]:
            n += len(L["behaviors"])
    return len(gold["competencies"]), n

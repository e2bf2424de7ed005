"""Small helpers shared by the batch-ac builders: gold constructors, LibreOffice, text extraction."""
import json
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import common as C

BATCH = Path(__file__).resolve().parents[1]
DOCS = BATCH / "docs"
GOLD = BATCH / "gold"
WORK = BATCH / "build" / "_work"


# ------------------------------------------------------------------ gold constructors
def it(doc, text, group=None):
    """One gold Item."""
    d = {"text": C.norm(text), "source": {"document": doc, "page": None}}
    if group:
        d["group"] = C.norm(group)
    return d


def rd(doc, text, title, authors, publisher, year):
    """One gold Reading (description always null in this batch)."""
    return {"text": C.norm(text), "title": C.norm(title), "authors": [C.norm(a) for a in authors],
            "publisher": publisher, "year": year, "description": None,
            "source": {"document": doc, "page": None}}


def lv(doc, rank, label, behaviors, group=None):
    return {"rank": rank, "label": C.norm(label), "behaviors": [it(doc, b, group) for b in behaviors]}


def comp(doc, name, definition=None, **fields):
    c = {k: [] for k in C.KEYS}
    c.update(id=C.slug(name), name=C.norm(name), definition=C.norm(definition) if definition else None,
             sources=[doc])
    for k, v in fields.items():
        assert k in C.KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda x: x["rank"])
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
def lo_convert(src, target, outdir):
    """LibreOffice headless conversion with a throwaway profile of its own."""
    prof = Path(tempfile.gettempdir()) / f"lo-blind-ac-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
           "--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)


def docx_to_pdf(docx_path, pdf_name):
    """Render a DOCX to DOCS/pdf_name through LibreOffice."""
    WORK.mkdir(parents=True, exist_ok=True)
    lo_convert(docx_path, "pdf:writer_pdf_Export", WORK)
    produced = WORK / (Path(docx_path).stem + ".pdf")
    target = DOCS / pdf_name
    shutil.move(str(produced), target)
    return target


def pdftotext(pdf, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout

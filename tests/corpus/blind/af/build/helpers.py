"""Gold constructors and rendering helpers for batch af (wraps common.py)."""
import re
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


def it(text, doc, group=None):
    d = {"text": C.norm(text), "source": {"document": doc, "page": None}}
    if group:
        d["group"] = C.norm(group)
    return d


def items(texts, doc, group=None):
    return [it(t, doc, group) for t in texts]


def lvl(rank, label, texts, doc, group=None):
    return {"rank": rank, "label": C.norm(label), "behaviors": items(texts, doc, group)}


def rd(text, title, authors, publisher, year, doc, description=None):
    return {"text": C.norm(text), "title": title, "authors": list(authors), "publisher": publisher,
            "year": year, "description": description, "source": {"document": doc, "page": None}}


def comp(name, doc, definition=None, **fields):
    c = {k: [] for k in C.KEYS}
    c.update(id=C.slug(name), name=C.norm(name),
             definition=C.norm(definition) if definition else None, sources=[doc])
    for k, v in fields.items():
        assert k in C.KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
    return c


def to_pdf(src, outdir):
    """LibreOffice conversion to PDF with a throwaway profile; returns the PDF path."""
    prof = Path(tempfile.gettempdir()) / f"lo-af-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
           "--convert-to", "pdf", "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)
    return Path(outdir) / (Path(src).stem + ".pdf")


def write_gold(doc_path, fmt, title, comps):
    return C.write_gold(doc_path, fmt, title, comps)

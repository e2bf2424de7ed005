"""Helpers for batch ah: gold constructors (explicit document id), LibreOffice conversion, python-docx bits.

common.py is the repo's tests/corpus/build/common.py copied here unchanged; its
DOCS/GOLD constants point into this batch folder (parents[1] of build/)."""
import json
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

import common as C

BATCH = Path(__file__).resolve().parents[1]
DOCS = BATCH / "docs"
GOLD = BATCH / "gold"
WORK = Path(__file__).resolve().parent / "_work"


# ------------------------------------------------------------------ gold
def item(doc, text, group=None):
    it = {"text": C.norm(text), "source": {"document": doc, "page": None}}
    if group:
        it["group"] = C.norm(group)
    return it


def items(doc, texts, group=None):
    return [item(doc, t, group) for t in texts]


def level(doc, rank, label, behaviors, group=None):
    return {"rank": rank, "label": C.norm(label), "behaviors": [item(doc, b, group) for b in behaviors]}


def competency(doc, name, definition=None, **fields):
    c = {k: [] for k in C.KEYS}
    c.update(id=C.slug(C.norm(name)), name=C.norm(name),
             definition=C.norm(definition) if definition else None, sources=[doc])
    for k, v in fields.items():
        assert k in C.KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
    assert list(c) == C.KEYS
    return c


def write_gold(doc_path, fmt, title, comps):
    doc_path = Path(doc_path)
    for c in comps:
        c["levels"].sort(key=lambda lv: lv["rank"])
    data = {"schema_version": C.SCHEMA_VERSION,
            "documents": [{"id": doc_path.stem, "path": doc_path.name, "format": fmt,
                           "sha256": C.sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    GOLD.mkdir(parents=True, exist_ok=True)
    out = GOLD / f"{doc_path.stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


# ------------------------------------------------------------------ LibreOffice
def to_pdf(src, outdir):
    """Convert with LibreOffice headless and a throwaway profile; return the PDF path."""
    prof = Path(tempfile.gettempdir()) / f"lo-ah-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
           "--convert-to", "pdf", "--outdir", str(outdir), str(src)]
    try:
        subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return Path(outdir) / (Path(src).stem + ".pdf")


# ------------------------------------------------------------------ python-docx utilities
def set_cell_margins(table, top=60, bottom=60, left=100, right=100):
    tblPr = table._tbl.tblPr
    mar = parse_xml(f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/>'
                    f'<w:left w:w="{left}" w:type="dxa"/><w:bottom w:w="{bottom}" w:type="dxa"/>'
                    f'<w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>')
    tblPr.append(mar)


def borders(table, sz=4, color="000000"):
    tblPr = table._tbl.tblPr
    b = "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{b}</w:tblBorders>'))


def keep_with_next(paragraph):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(OxmlElement("w:keepNext"))


def page_field_paragraph(paragraph, before="Page ", middle=" of ", total=True):
    """'Page X of Y' with real PAGE / NUMPAGES fields."""
    if before:
        paragraph.add_run(before)
    C.add_field(paragraph, "PAGE")
    if total:
        paragraph.add_run(middle)
        C.add_field(paragraph, "NUMPAGES")


def landscape(section, width_in=11, height_in=8.5):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Inches(width_in)
    section.page_height = Inches(height_in)


def qn_(tag):
    return qn(tag)

"""Helpers for batch ad: gold constructors, LibreOffice conversion, small python-docx utilities.

The gold constructors mirror common.py's (competency(), item(), write_gold()) but take the document id
explicitly, so they do not need the document to exist first."""
import json
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from docx.enum.text import WD_BREAK
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


def level(doc, rank, label, behaviors):
    return {"rank": rank, "label": C.norm(label), "behaviors": [item(doc, b) for b in behaviors]}


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
    out = GOLD / f"{doc_path.stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


# ------------------------------------------------------------------ LibreOffice
def to_pdf(src, outdir):
    """DOCX -> PDF with LibreOffice headless and a throwaway profile; return the PDF path."""
    prof = Path(tempfile.gettempdir()) / f"lo-ad-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
           "--convert-to", "pdf", "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)
    return Path(outdir) / (Path(src).stem + ".pdf")


# ------------------------------------------------------------------ python-docx utilities
def cell_text(cell, text, bold=False, italic=False, size=None, align=None, style=None):
    """Replace a cell's first paragraph text; return the paragraph."""
    from docx.shared import Pt
    p = cell.paragraphs[0]
    if style:
        p.style = style
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def cell_para(cell, text, bold=False, italic=False, size=None, style=None):
    from docx.shared import Pt
    p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def set_cell_borders(table, sz=4, color="000000"):
    """Single borders on every edge and inside line of a table."""
    tblPr = table._tbl.tblPr
    borders = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                  for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>")
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    tblPr.append(borders)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_page_start(section, start):
    sectPr = section._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(start))
    sectPr.append(pg)


def keep_with_next(paragraph):
    paragraph.paragraph_format.keep_with_next = True

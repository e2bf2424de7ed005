"""Helpers for the batch-ab builders, on top of common.py (the repo helper module, copied here with
DOCS/GOLD pointing into this batch folder)."""
import json
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

import common as C

ROOT = C.CORPUS
DOCS, GOLD = C.DOCS, C.GOLD
WORK = ROOT / "build" / "_work"
for _d in (DOCS, GOLD, WORK):
    _d.mkdir(parents=True, exist_ok=True)
norm = C.norm


# ------------------------------------------------------------------ LibreOffice
def soffice(src, target, outdir, infilter=None):
    """LibreOffice headless conversion with a throwaway profile; returns the output path."""
    prof = Path(tempfile.mkdtemp(prefix=f"lo-ab-{uuid.uuid4().hex[:8]}-"))
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)
    ext = target.split(":")[0]
    return Path(outdir) / (Path(src).stem + "." + ext)


def docx_to_pdf(docx_path, pdf_path):
    """Render a DOCX to PDF with LibreOffice and move it to pdf_path."""
    out = soffice(docx_path, "pdf", WORK)
    shutil.move(str(out), str(pdf_path))
    return Path(pdf_path)


# ------------------------------------------------------------------ DOCX bits
def set_cell_margins(table, top=60, bottom=60, left=100, right=100):
    tblPr = table._tbl.tblPr
    mar = parse_xml(f'<w:tblCellMar {nsdecls("w")}>'
                    f'<w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
                    f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/>'
                    f'</w:tblCellMar>')
    tblPr.append(mar)


def keep_with_next(paragraph, on=True):
    paragraph.paragraph_format.keep_with_next = on


def page_break_before(paragraph):
    paragraph.paragraph_format.page_break_before = True


def bottom_border(paragraph, color="808080", sz=6):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" '
                         f'w:space="1" w:color="{color}"/></w:pBdr>'))


def top_border(paragraph, color="808080", sz=6):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="{sz}" '
                         f'w:space="1" w:color="{color}"/></w:pBdr>'))


def tab_stop_right(paragraph, pos_twips):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:tabs {nsdecls("w")}><w:tab w:val="right" w:pos="{pos_twips}"/></w:tabs>'))


# ------------------------------------------------------------------ gold
def it(text, doc, group=None):
    d = {"text": norm(text), "source": {"document": doc, "page": None}}
    if group:
        d["group"] = norm(group)
    return d


def items(texts, doc, group=None):
    return [it(t, doc, group) for t in texts]


def lv(rank, label, behaviors):
    return {"rank": rank, "label": norm(label), "behaviors": behaviors}


def reading(text, title, authors, publisher, year, doc, description=None):
    return {"text": norm(text), "title": title, "authors": list(authors), "publisher": publisher,
            "year": year, "description": description, "source": {"document": doc, "page": None}}


def comp(name, doc, definition=None, **fields):
    c = {k: [] for k in C.KEYS}
    c.update(id=C.slug(name), name=norm(name), definition=norm(definition) if definition else None,
             sources=[doc])
    for k, v in fields.items():
        assert k in C.KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda x: x["rank"])
    assert list(c) == C.KEYS
    return c


def write_gold(stem, path_name, fmt, title, comps):
    doc_path = DOCS / path_name
    for c in comps:
        c["levels"].sort(key=lambda x: x["rank"])
    data = {"schema_version": C.SCHEMA_VERSION,
            "documents": [{"id": stem, "path": path_name, "format": fmt,
                           "sha256": C.sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out

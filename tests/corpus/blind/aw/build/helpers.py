"""Helpers for blind batch AW.

Rendering helpers follow the ideas of /work/main/tests/corpus/build/common.py (LibreOffice with a throwaway
profile, real Word numbering, PAGE fields, cell shading); every path here points into this batch folder.
Gold helpers: item(), level(), competency(), write_gold() (into ../gold).
"""
import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

BATCH = Path(__file__).resolve().parents[1]
DOCS = BATCH / "docs"
GOLD = BATCH / "gold"
SCHEMA_VERSION = "1.0.0"
KEYS = ["id", "name", "definition", "key_words", "indicators", "levels", "activities", "courses",
        "readings", "related", "interview_questions", "tips", "notes", "sources"]


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    s = name.lower().replace("&", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# ------------------------------------------------------------------ LibreOffice
def soffice(src, target, outdir, infilter=None):
    prof = tempfile.mkdtemp(prefix="lo-aw-")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="aw-pdf-"))
    soffice(docx_path, "pdf", tmp)
    shutil.move(str(tmp / (Path(docx_path).stem + ".pdf")), str(pdf_path))
    shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ DOCX helpers
def _next_ids(numbering):
    a = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    n = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    return max(a + [-1]) + 1, max(n + [0]) + 1


def add_numbering(document, lvl_xml, nsid):
    """A real <w:abstractNum> and its <w:num>; return the numId."""
    numbering = document.part.numbering_part.element
    aid, nid = _next_ids(numbering)
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="hybridMultilevel"/>'
        f"{lvl_xml}</w:abstractNum>")
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def bullet_lvl(glyph="\u2022", left=360, hanging=360, font="Arial"):
    return ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:hint="default"/></w:rPr></w:lvl>')


def decimal_lvl(fmt="%1.", left=360, hanging=360):
    return ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{fmt}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>')


def set_num(paragraph, num_id, ilvl=0):
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def add_field(paragraph, instr, placeholder="1", size=None, bold=False):
    def run():
        r = paragraph.add_run()
        if size:
            r.font.size = size
        r.bold = bold
        return r

    def fld(kind):
        r = run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    fld("begin")
    r = run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    r = run()
    r.text = placeholder
    fld("end")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def row_flags(row, cant_split=True, header=False):
    trPr = row._tr.get_or_add_trPr()
    if cant_split:
        trPr.append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    if header:
        trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def fix_widths(table, widths_in):
    from docx.shared import Inches
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_in):
            cell.width = Inches(w)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_in):
        gc.set(qn("w:w"), str(int(w * 1440)))


def cell_margins(table, top=60, bottom=60, left=100, right=100):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>'))


def table_borders(table, sz=4, color="808080", inside=True):
    tblPr = table._tbl.tblPr
    ins = (f'<w:insideH w:val="single" w:sz="{sz}" w:color="{color}"/>'
           f'<w:insideV w:val="single" w:sz="{sz}" w:color="{color}"/>') if inside else ""
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="single" w:sz="{sz}" w:color="{color}"/>'
        f'<w:left w:val="single" w:sz="{sz}" w:color="{color}"/><w:bottom w:val="single" w:sz="{sz}" w:color="{color}"/>'
        f'<w:right w:val="single" w:sz="{sz}" w:color="{color}"/>{ins}</w:tblBorders>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        f'<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'))


def clear_core_props(document, title="", author=""):
    cp = document.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""


# ------------------------------------------------------------------ gold
def item(doc, text, group=None):
    it = {"text": norm(text), "source": {"document": doc, "page": None}}
    if group:
        it["group"] = norm(group)
    return it


def items(doc, texts, group=None):
    return [item(doc, t, group) for t in texts]


def level(doc, rank, label, texts, group=None):
    return {"rank": rank, "label": norm(label), "behaviors": items(doc, texts, group)}


def competency(doc, name, definition=None, **fields):
    c = {k: [] for k in KEYS}
    c.update(id=slug(name), name=norm(name), definition=norm(definition) if definition else None,
             sources=[doc])
    for k, v in fields.items():
        assert k in KEYS, k
        c[k] = v
    c["levels"] = sorted(c["levels"], key=lambda lv: lv["rank"])
    assert list(c) == KEYS
    return c


def write_gold(doc_path, fmt, title, comps):
    doc_path = Path(doc_path)
    data = {"schema_version": SCHEMA_VERSION,
            "documents": [{"id": doc_path.stem, "path": doc_path.name, "format": fmt,
                           "sha256": sha256(doc_path), "title": title}],
            "competencies": sorted(comps, key=lambda c: c["id"])}
    out = GOLD / f"{doc_path.stem}.json"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out

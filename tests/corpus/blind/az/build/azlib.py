"""Helpers for batch az (rendering, Word numbering, text extraction). Adapted from
/work/main/tests/corpus/build/common.py (the helper module the brief allows)."""
import re
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

AZ = Path(__file__).resolve().parents[1]
DOCS = AZ / "docs"
GOLD = AZ / "gold"
PY = "/work/main/.venv/bin/python"


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def slug(name):
    s = name.lower().replace("&", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def soffice(src, target, outdir, infilter=None):
    """LibreOffice headless conversion with a throwaway profile."""
    prof = Path(tempfile.gettempdir()) / f"lo-az-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------- Word numbering
def _next_ids(numbering):
    a = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    n = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    return max(a + [-1]) + 1, max(n + [0]) + 1


def add_numbering(document, lvl_xml, nsid):
    numbering = document.part.numbering_part.element
    aid, _ = _next_ids(numbering)
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="hybridMultilevel"/>'
        f"{lvl_xml}</w:abstractNum>")
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    _, nid = _next_ids(numbering)
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


def add_field(paragraph, instr, placeholder="1", size=None):
    def run():
        r = paragraph.add_run()
        if size:
            r.font.size = size
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


def header_row(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def fix_widths(table, widths_in):
    from docx.shared import Inches
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_in):
            cell.width = Inches(w)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_in):
        gc.set(qn("w:w"), str(int(w * 1440)))


def set_cell_margins(table, top=60, bottom=60, left=100, right=100):
    tblPr = table._tbl.tblPr
    mar = parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>')
    tblPr.append(mar)


def clear_props(document, title=""):
    cp = document.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""

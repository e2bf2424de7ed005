"""Small helpers shared by the batch-b document builders (on top of common.py)."""
import re
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

import common as C

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"


def soffice(src, target, outdir, infilter=None):
    """LibreOffice headless conversion with a throwaway profile (unique per call)."""
    prof = Path(tempfile.gettempdir()) / f"lo-batchb-{uuid.uuid4().hex}"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    shutil.rmtree(prof, ignore_errors=True)


def docx_to_pdf(docx_path, pdf_name):
    """Convert a DOCX to PDF into DOCS/pdf_name (via a temp dir)."""
    tmp = Path(tempfile.mkdtemp(prefix="batchb-"))
    src = tmp / (Path(pdf_name).stem + ".docx")
    shutil.copy(docx_path, src)
    soffice(src, "pdf", tmp)
    shutil.move(str(tmp / (src.stem + ".pdf")), str(DOCS / pdf_name))
    shutil.rmtree(tmp, ignore_errors=True)


def set_font(run, name=None, size=None, bold=None, italic=None, color=None):
    if name:
        run.font.name = name
        rpr = run._r.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para_spacing(p, before=0, after=0, line=None):
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = line


def shade_paragraph(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_margins(cell, top=60, bottom=60, left=80, right=80):
    tcPr = cell._tc.get_or_add_tcPr()
    mar = OxmlElement("w:tcMar")
    for k, v in (("top", top), ("bottom", bottom), ("left", left), ("right", right)):
        e = OxmlElement(f"w:{k}")
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tcPr.append(mar)


def table_borders(table, color="999999", size=4):
    tblPr = table._tbl.tblPr
    borders = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{b} w:val="single" w:sz="{size}" w:space="0" w:color="{color}"/>'
            for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    tblPr.append(borders)


def page_start(section, start):
    sectPr = section._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(start))
    sectPr.append(pg)


def write(path, text, newline="\n"):
    Path(path).write_bytes(text.replace("\n", newline).encode("utf-8"))


def fixed_table(table, widths_cm):
    """Fixed layout, explicit total width, grid and cell widths (LibreOffice honours these)."""
    from docx.shared import Cm
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblW")) + tblPr.findall(qn("w:tblLayout")):
        tblPr.remove(old)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    tblPr.append(tw)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = table._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)

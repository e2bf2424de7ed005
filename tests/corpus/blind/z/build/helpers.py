"""Small helpers shared by the batch-z builders (on top of common.py)."""
import shutil
import tempfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

import common as C

DOCS, GOLD = C.DOCS, C.GOLD
DOCS.mkdir(parents=True, exist_ok=True)
GOLD.mkdir(parents=True, exist_ok=True)


def docx_to_pdf(docx_path, pdf_name):
    """Convert a DOCX with LibreOffice (throwaway profile) and move the PDF into DOCS as pdf_name."""
    tmp = Path(tempfile.mkdtemp(prefix="z-pdf-"))
    C.soffice(docx_path, "pdf:writer_pdf_Export", tmp)
    out = tmp / (Path(docx_path).stem + ".pdf")
    target = DOCS / pdf_name
    shutil.move(str(out), target)
    shutil.rmtree(tmp, ignore_errors=True)
    return target


def lv(rank, label, texts, doc, group=None):
    return {"rank": rank, "label": label, "behaviors": [C.item(t, doc, None, group) for t in texts]}


def items(texts, doc, group=None):
    return [C.item(t, doc, None, group) for t in texts]


def run(par, text, bold=False, italic=False, size=None, color=None, font=None):
    r = par.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return r


def para(container, text="", bold=False, size=None, align=None, space_after=None, space_before=None,
         style=None, color=None, italic=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color, italic=italic)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    return p


def cell_par(cell, text="", bold=False, size=9, first=False, color=None, align=None, italic=False):
    """Write into a table cell: reuse the empty first paragraph when first=True."""
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color, italic=italic)
    p.paragraph_format.space_after = Pt(2)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cols(section, num, space_twips=432):
    """Newspaper columns for a section."""
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{space_twips}"/>'))


def page_number_start(section, start):
    sectPr = section._sectPr
    pg = sectPr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sectPr.append(pg)
    pg.set(qn("w:start"), str(start))


def even_and_odd_headers(document):
    settings = document.settings.element
    if settings.find(qn("w:evenAndOddHeaders")) is None:
        settings.insert(0, parse_xml(f'<w:evenAndOddHeaders {nsdecls("w")}/>'))


def merge_row(row):
    a = row.cells[0]
    b = row.cells[-1]
    return a.merge(b)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def grid_borders(table, color="808080", size=4):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{s} w:val="single" w:sz="{size}" w:space="0" w:color="{color}"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def base_font(document, name="Arial", size=10):
    st = document.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def add_hyperlink(paragraph, text, url, size=None, color="0563C1", underline=True):
    """A real w:hyperlink (external relationship) with a blue underlined run."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    hl = OxmlElement("w:hyperlink")
    hl.set(qn("r:id"), r_id)
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), color)
    rPr.append(c)
    if underline:
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rPr.append(u)
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rPr.append(sz)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    hl.append(r)
    paragraph._p.append(hl)
    return hl

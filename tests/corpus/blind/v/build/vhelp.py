"""Small python-docx helpers shared by the batch-v document builders (on top of vcommon)."""
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import vcommon as C


def new_document(font="Arial", size=10, landscape=False, margins_cm=(2.0, 2.0, 2.0, 2.0)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        s = d.styles[name]
        s.font.name = font
        s.font.color.rgb = RGBColor(0, 0, 0)
        r = s.element.get_or_add_rPr()
        rf = r.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            r.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
        for th in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(th)) is not None:
                del rf.attrib[qn(th)]
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    t, r, b, l = margins_cm
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = Cm(t), Cm(r), Cm(b), Cm(l)
    C.clear_core_props(d)
    return d


def para(container, text="", bold=False, italic=False, size=None, color=None, align=None,
         space_after=None, space_before=None, style=None, keep_next=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if keep_next:
        pf.keep_with_next = True
    return p


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def header_footer(document, header_text=None, footer_left=None, page_field=True, page_prefix="",
                  size=8, footer_align="right"):
    for sec in document.sections:
        if header_text is not None:
            hp = sec.header.paragraphs[0]
            hp.text = ""
            run(hp, header_text, size=size)
        fp = sec.footer.paragraphs[0]
        fp.text = ""
        if footer_left:
            run(fp, footer_left, size=size)
            if page_field:
                run(fp, "\t\t" if footer_align == "right" else "   ", size=size)
        if page_field:
            if page_prefix:
                run(fp, page_prefix, size=size)
            C.add_field(fp, "PAGE")
            for r in fp.runs:
                r.font.size = Pt(size)
        if footer_align == "center" and not footer_left:
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def page_break(document):
    from docx.enum.text import WD_BREAK
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def merge_row(table, row_idx):
    row = table.rows[row_idx]
    return row.cells[0].merge(row.cells[-1])


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    p = cell.paragraphs[0]
    p.text = ""
    run(p, text, bold=bold, size=size, color=color, italic=italic)
    return p


def cell_margins(table, top=60, bottom=60, left=100, right=100):
    tblPr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for side, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblPr.append(m)


def to_pdf(docx_path, pdf_dir):
    """DOCX -> PDF with LibreOffice and a throwaway profile; return the PDF path."""
    C.soffice(docx_path, "pdf", pdf_dir)
    return Path(pdf_dir) / (Path(docx_path).stem + ".pdf")


def tmpdir():
    return Path(tempfile.mkdtemp(prefix=f"v-build-{uuid.uuid4().hex[:6]}-"))


def rm(path):
    shutil.rmtree(path, ignore_errors=True)


def pdftotext(path, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout

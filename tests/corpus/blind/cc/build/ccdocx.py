"""Small python-docx helpers shared by the DOCX / PDF builders of batch CC."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor, Cm, Inches

import cclib as L


def new_doc(font="Calibri", size=10.5, margins_cm=2.2, letter=False):
    d = Document()
    sec = d.sections[0]
    if letter:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    else:
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    for sname in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle", "List Paragraph"):
        try:
            L.style_font(d.styles[sname], font)
        except KeyError:
            pass
    d.styles["Normal"].font.size = Pt(size)
    L.clear_core_props(d)
    return d


def color_heading(d, level, rgb):
    st = d.styles[f"Heading {level}"]
    st.font.color.rgb = RGBColor.from_string(rgb)


def para(d, text="", bold=False, italic=False, size=None, color=None, style=None, align=None, space_after=None):
    p = d.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def lead_in(d, lead, text, num_id=None):
    p = d.add_paragraph(style="List Paragraph" if num_id else None)
    r = p.add_run(lead)
    r.bold = True
    p.add_run(text)
    if num_id:
        L.set_num(p, num_id)
    p.paragraph_format.space_after = Pt(2)
    return p


def bullets(d, items, num_id, space_after=2):
    for t in items:
        p = d.add_paragraph(t, style="List Paragraph")
        L.set_num(p, num_id)
        p.paragraph_format.space_after = Pt(space_after)


import itertools
_NSID = itertools.count(16)


def bullet_num(d, glyph="\u2022", font="Arial", left=360, hanging=280):
    return L.add_numbering(d, L.bullet_lvl(glyph, left, hanging, font), "1A2B3C%02X" % next(_NSID))


def decimal_num(d, left=360, hanging=300):
    return L.add_numbering(d, L.decimal_lvl("%1.", left, hanging), "4D5E6F%02X" % next(_NSID))


def table(d, header, rows, widths_cm, header_fill="1F4E79", header_color="FFFFFF", size=9.5, style="Table Grid"):
    t = d.add_table(rows=1, cols=len(header))
    t.style = d.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, header):
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor.from_string(header_color)
        L.shade(c, header_fill)
    L.row_flags(t.rows[0], cant_split=True, header=True)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = ""
            r = c.paragraphs[0].add_run(v)
            r.font.size = Pt(size)
    for row in t.rows[1:]:
        L.row_flags(row, cant_split=True)
    L.fix_widths_cm(t, widths_cm)
    return t


def header_footer(d, left, right, footer_text, page=True, color="595959"):
    from docx.enum.text import WD_TAB_ALIGNMENT
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor.from_string(color)
    if right:
        hp.add_run("\t")
        r2 = hp.add_run(right)
        r2.font.size = Pt(9)
        r2.font.color.rgb = RGBColor.from_string(color)
        L.right_tab(hp, (sec.page_width - sec.left_margin - sec.right_margin) / 360000)
    L.para_border(hp, ("bottom",), color="999999", size=4)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(footer_text)
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor.from_string(color)
    if page:
        fp.add_run("\t")
        L.right_tab(fp, (sec.page_width - sec.left_margin - sec.right_margin) / 360000)
        pr = fp.add_run("Page ")
        pr.font.size = Pt(8)
        L.add_field(fp, "PAGE")


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

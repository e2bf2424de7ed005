"""GTC Scotland - self-evaluation template against the Professional Standards: Professional Values.

DOCX via python-docx: a self-assessment FORM. Header/footer, title, intro, a details table with blank
answer cells, a rating key, then one six-column table per value: a merged shaded value-name row, a merged
italic definition row, a header row "Professional actions | 1 | 2 | 3 | 4 | Evidence / examples", and one
row per statement with four "☐" rating boxes and an empty evidence cell; after each table a
"Next steps for my professional learning:" prompt with dotted answer lines.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import bglib as L

STEM = "gtcs-professional-values-self-evaluation"
TITLE = "Self-evaluation against the Professional Standards: Professional Values"
TEAL = "00677F"
BOX = "\u2610"

INTRO = ("Use this template to reflect on how the professional values of social justice, trust and "
         "respect, and integrity show in your practice. You can use it on its own or as part of your "
         "Professional Update discussion with your line manager. It is not a requirement of "
         "registration and you do not need to send it to GTC Scotland.")
KEY = ("Rating key: tick one box for each statement. 1 = I need to develop this; 2 = I show this some "
       "of the time; 3 = I show this consistently; 4 = I could support colleagues with this.")

VALUES = [
    ("Social justice",
     "Embracing the educational and social values of sustainability, equality, equity and justice, "
     "locally and globally, and recognising the rights and responsibilities of present and future "
     "generations.",
     ["I treat all learners fairly and challenge discrimination and prejudice when I meet it.",
      "I value the social, cultural and ecological diversity of my learners and their communities.",
      "I take account of the effect of poverty and disadvantage on learners' experience of school.",
      "I help learners to understand their own rights and the rights of others."]),
    ("Trust and respect",
     "Acting and behaving in ways that show respect for learners, colleagues, parents and carers, and "
     "building relationships in which people can trust one another.",
     ["I build positive, caring relationships with learners based on mutual respect.",
      "I listen to the views of learners and take them into account in my teaching.",
      "I work in partnership with parents, carers and colleagues in the interests of learners."]),
    ("Integrity",
     "Being open, honest and critically reflective about my own values, attitudes and practice, and "
     "having the courage to do what is right for learners.",
     ["I reflect critically on my own beliefs and on how they shape my practice.",
      "I am honest and transparent in my professional relationships.",
      "I am prepared to question practice that does not serve learners well.",
      "I make time to evaluate the impact of my teaching on learners."]),
]


def cell_text(cell, text, bold=False, italic=False, size=10, color=None, align=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    return p


def build():
    doc = Document()
    L.clear_core_props(doc, "")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("GTC Scotland  |  Professional Update")
    hr.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Self-evaluation template – Professional Values  |  page ").font.size = Pt(8)
    L.add_field(fp, "PAGE", "1")
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x00, 0x67, 0x7F)
    doc.add_paragraph(INTRO)

    det = doc.add_table(rows=4, cols=2)
    L.set_borders(det)
    for row, lab in zip(det.rows, ["Name:", "GTC Scotland registration number:", "Establishment:", "Date:"]):
        cell_text(row.cells[0], lab, bold=True)
    L.fix_widths(det, [2.6, 4.6])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run(KEY).italic = True

    for name, definition, statements in VALUES:
        t = doc.add_table(rows=3 + len(statements), cols=6)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        L.set_borders(t)
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        L.shade(top, TEAL)
        cell_text(top, name, bold=True, size=12, color=RGBColor(0xFF, 0xFF, 0xFF))
        d = t.rows[1].cells[0].merge(t.rows[1].cells[5])
        cell_text(d, definition, italic=True)
        heads = ["Professional actions", "1", "2", "3", "4", "Evidence / examples"]
        for c, h in zip(t.rows[2].cells, heads):
            L.shade(c, "D9EEF2")
            cell_text(c, h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER if h.isdigit() else None)
        L.row_flags(t.rows[0], cant_split=True)
        for row, s in zip(t.rows[3:], statements):
            cell_text(row.cells[0], s)
            for c in row.cells[1:5]:
                cell_text(c, BOX, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
            L.row_flags(row, cant_split=True)
        L.fix_widths(t, [3.3, 0.35, 0.35, 0.35, 0.35, 2.3])
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.add_run("Next steps for my professional learning:").bold = True
        for _ in range(2):
            doc.add_paragraph("." * 110)
        doc.add_paragraph()

    out = L.DOCS / f"{STEM}.docx"
    doc.save(out)

    g = L.Gold(STEM)
    for name, definition, statements in VALUES:
        g.comp(name, definition, indicators=g.items(statements))
    g.write(out, "docx", TITLE)


if __name__ == "__main__":
    build()

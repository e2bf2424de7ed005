"""otago-pdr-competency-tables.pdf: University of Otago (New Zealand), Human Resources, "PDR competency tables"
for professional staff: one table per generic competency (numbered name row, description row, then
"Fully competent" / "Outstanding" columns with bullets; the Outstanding cell opens with a lead-in line).
Excerpt: competencies 2, 5 and 8 of the eight. python-docx -> LibreOffice -> PDF. Wording is ours.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "otago-pdr-competency-tables"
TITLE = "PDR competency tables \u2013 professional staff"
BLUE = RGBColor(0x00, 0x2A, 0x5C)
GOLDC = RGBColor(0xA8, 0x7D, 0x17)
COLS = ["Fully competent", "Outstanding"]
LEAD = "In addition to the fully competent descriptors:"

COMPETENCIES = [
    ("2. Teamwork and co-operation",
     "Works with others in a way that supports the goals of the team, the department and the University.",
     [
         ["Contributes willingly to the work of the team and shares information and knowledge",
          "Treats colleagues with courtesy and respect and values the different views they bring",
          "Offers help to colleagues when workloads are uneven",
          "Accepts team decisions and supports them once they are made",
          "Raises concerns constructively and through the right channels"],
         ["Builds links with other teams and departments that improve the way work gets done",
          "Helps resolve disagreements within the team and encourages a positive team climate",
          "Is sought out by colleagues for advice and support",
          "Takes the lead on shared projects without being asked"],
     ]),
    ("5. Service to customers",
     "Understands who the customers of the role are, both inside and outside the University, and provides "
     "them with a service that is responsive, accurate and courteous.",
     [
         ["Responds to enquiries promptly and follows up on commitments",
          "Gives accurate information or directs customers to the right person",
          "Stays polite and professional when dealing with difficult situations",
          "Keeps customers informed about progress and any delays"],
         ["Anticipates customer needs and acts before problems arise",
          "Seeks feedback from customers and uses it to improve services",
          "Resolves complex or sensitive issues to the satisfaction of all parties",
          "Is recognised by customers for the quality of service provided"],
     ]),
    ("8. Ng\u0101 taonga tuku iho / language and culture",
     "Shows understanding of, and respect for, the Treaty of Waitangi / Te Tiriti o Waitangi, tikanga M\u0101ori "
     "and the cultural diversity of the University community, and applies this in the role.",
     [
         ["Pronounces M\u0101ori names and words correctly and uses common greetings",
          "Shows awareness of the University\u2019s Treaty of Waitangi obligations as they apply to the role",
          "Respects the cultural values and practices of students and colleagues",
          "Takes part in learning opportunities about te reo and tikanga M\u0101ori"],
         ["Uses te reo M\u0101ori confidently in everyday work, for example in email and at meetings",
          "Helps colleagues develop their cultural understanding",
          "Builds relationships with M\u0101ori and Pacific communities that benefit the work of the "
          "department",
          "Finds ways to reflect tikanga in team processes and events"],
     ]),
]


def para(container, text="", size=10, bold=False, color=None, after=4, italic=False, align=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        if color:
            r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def build(out_dir):
    doc = Document()
    H.clear_core_props(doc, title="PDR competency tables", author="University of Otago Human Resources")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.75)
    sec.top_margin, sec.bottom_margin = Inches(0.75), Inches(0.7)
    bullets = H.add_numbering(doc, H.bullet_lvl("\u2013", left=230, hanging=200), "4A11C0DE")

    hp = sec.header.paragraphs[0]
    r = hp.add_run("UNIVERSITY OF OTAGO  ")
    r.bold = True
    r.font.color.rgb = BLUE
    r = hp.add_run("Te Whare W\u0101nanga o Ot\u0101kou")
    r.font.color.rgb = BLUE
    r.italic = True
    hp.add_run("\t\tHuman Resources").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = fp.add_run("Professional Staff PDR \u2013 competency tables (updated August 2021)\t\tPage ")
    r.font.size = Pt(7.5)
    H.add_field(fp, "PAGE", "1", size=Pt(7.5))

    para(doc, TITLE, 18, True, BLUE, 4)
    para(doc, "These tables set out the eight generic competencies used in the Professional Staff Performance "
              "and Development Review (PDR). For each competency they describe what performance typically "
              "looks like at the fully competent level and at the outstanding level. The descriptors are "
              "examples to guide the conversation between reviewer and staff member; they are not a checklist, "
              "and not every descriptor will apply to every role.", after=6)
    para(doc, "Performance between these levels is assessed as \u2018exceeds expectations\u2019; performance "
              "below the fully competent level is assessed as \u2018working satisfactorily towards full "
              "competence\u2019 or \u2018requires improvement\u2019.", after=6)

    for i, (name, desc, cols) in enumerate(COMPETENCIES):
        if i:
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        t = doc.add_table(rows=4, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        H.table_borders(t, sz=6, color="002A5C")
        H.cell_margins(t, 70, 70, 100, 100)
        H.fix_widths(t, [3.37, 3.37])
        top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        H.shade(top, "002A5C")
        r = top.paragraphs[0].add_run(name)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        dsc = t.rows[1].cells[0].merge(t.rows[1].cells[1])
        H.shade(dsc, "EDF1F7")
        r = dsc.paragraphs[0].add_run(desc)
        r.italic = True
        for cell, head in zip(t.rows[2].cells, COLS):
            H.shade(cell, "F3E7C5")
            r = cell.paragraphs[0].add_run(head)
            r.bold = True
            r.font.color.rgb = BLUE
        fc, oc = t.rows[3].cells
        for j, b in enumerate(cols[0]):
            p = fc.paragraphs[0] if j == 0 else fc.add_paragraph()
            p.add_run(b)
            p.paragraph_format.space_after = Pt(3)
            H.set_num(p, bullets)
        r = oc.paragraphs[0].add_run(LEAD)
        r.italic = True
        oc.paragraphs[0].paragraph_format.space_after = Pt(3)
        for b in cols[1]:
            p = oc.add_paragraph()
            p.add_run(b)
            p.paragraph_format.space_after = Pt(3)
            H.set_num(p, bullets)
        for row in t.rows:
            H.row_flags(row, cant_split=True)
        para(doc, "", after=4)

    src = Path(out_dir) / f"{STEM}.docx"
    doc.save(src)
    pdf = H.DOCS / f"{STEM}.pdf"
    H.docx_to_pdf(src, pdf)
    return pdf


def gold(pdf):
    d = STEM
    comps = []
    for name, desc, cols in COMPETENCIES:
        plain = name.split(". ", 1)[1]
        levels = [H.level(d, 1, COLS[0], cols[0]), H.level(d, 2, COLS[1], cols[1])]
        comps.append(H.competency(d, plain, desc, levels=levels))
    return H.write_gold(pdf, "pdf", TITLE, comps)

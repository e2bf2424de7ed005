"""CIAT "Competencies Dictionary" (Word document): Corporate Competencies table.

Layout of the real document (businessdocbox transcript "COMPETENCIES DICTIONARY CIAT"): title, "Corporate
Competencies", the line "Corporate: Common competencies (behaviors and attitudes) for all CIAT workers,
irrespective of their roles", then a three-column table COMPETENCIES | DEFINITION OF THE COMPETENCE: WHAT DOES
IT MEAN? | BEHAVIORS: THIS COMPETENCE CAN BE SEEN THROUGH BEHAVIORS LIKE THESE..., one behavior per row, the
competency name and definition in cells spanning the competency's rows (the PDF transcript prints them in the
middle of the behaviour list, i.e. vertically centred merged cells). "Center"/"Centre" mixed as in the source.
Wording reworded; the last two competencies' behaviours partly ours (the transcript breaks off).
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import bzlib as L
C = L.C

STEM = "ciat-competencies-dictionary"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "COMPETENCIES DICTIONARY CIAT"

HEAD = ["COMPETENCIES", "DEFINITION OF THE COMPETENCE: WHAT DOES IT MEAN?",
        "BEHAVIORS: THIS COMPETENCE CAN BE SEEN THROUGH BEHAVIORS LIKE THESE..."]
COMPS = [
    ("Result focused",
     "Works to achieve results and to meet organizational commitments with efficacy and quality",
     ["Delivers the expected results on time, in line with the goals that were set",
      "Shows quality in their work and results.",
      "Takes responsibility for the results of their own actions",
      "Gives priority to meeting the commitments made in their daily activities",
      "Perseveres and persists in the effort to reach the goals set",
      "Sets goals and results in line with the strategic objectives of the Center",
      "Looks for ways to meet the objectives of the Centre and not only those of the area or project"]),
    ("Commitment to CIAT",
     "Identifies with the organization, working in line with the Center's values, needs, priorities, and "
     "objectives",
     ["Shows commitment to the values of the Center",
      "Shows respect for all the Centre's resources: human, financial, physical, technological",
      "Has a sense of belonging to the Center in what they do",
      "Speaks positively about the Center's mission to partners and visitors"]),
    ("User/Client focus",
     "Directs activities and results towards meeting the needs of users/clients, whether outside or inside the "
     "Center, thus generating impact, relevance, and sustainability",
     ["Takes the needs of internal and external users into account when designing and / or delivering services "
      "or projects",
      "Continually analyzes the user's environment in order to give efficient responses",
      "Makes sure that concerns or requests from customers receive a timely answer",
      "Works for results that meet the needs of internal and external users",
      "Regularly evaluates how satisfied users are with the services received"]),
    ("Teamwork and collaboration",
     "Establishes work and collaborative relationships with others, joining efforts to obtain results and "
     "achieve common goals",
     ["Shares information and knowledge openly with colleagues",
      "Contributes actively to the goals of the team, placing them before personal interests",
      "Respects and values the opinions and contributions of others",
      "Works across areas, programs and disciplines to reach common results",
      "Offers help to colleagues when the workload requires it"]),
]


def set_cell(cell, text, bold=False, size=9, align=None, color=None, italic=False):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)


def build():
    d = Document()
    C.clear_core_props(d, "Competencies Dictionary")
    d.core_properties.author = "Talento Humano CIAT"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(27.94), Cm(21.59)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    C.add_field(fp, "PAGE")

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor.from_string("1F6E43")

    nrows = 3 + sum(len(b) for _, _, b in COMPS)
    t = d.add_table(rows=nrows, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    band = t.cell(0, 0).merge(t.cell(0, 2))
    set_cell(band, "Corporate Competencies", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, color="FFFFFF")
    C.shade(band, "1F6E43")
    note = t.cell(1, 0).merge(t.cell(1, 2))
    set_cell(note, "Corporate: Common competencies (behaviors and attitudes) for all CIAT workers, irrespective of "
             "their roles", italic=True, size=9)
    C.shade(note, "E2EFDA")
    for i, h in enumerate(HEAD):
        set_cell(t.cell(2, i), h, bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        C.shade(t.cell(2, i), "C6E0B4")
    C.mark_header_row(t.rows[2])
    row = 3
    for name, definition, behs in COMPS:
        top, bottom = row, row + len(behs) - 1
        nc = t.cell(top, 0).merge(t.cell(bottom, 0))
        dc = t.cell(top, 1).merge(t.cell(bottom, 1))
        set_cell(nc, name, bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(dc, definition, size=9)
        nc.vertical_alignment = dc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for j, b in enumerate(behs):
            set_cell(t.cell(top + j, 2), b, size=9)
        row = bottom + 1
    C.fix_widths(t, [1.9, 3.6, 5.2])
    d.save(OUT)


def main():
    build()
    g = L.Gold(STEM)
    for name, definition, behs in COMPS:
        g.comp(name, definition, indicators=[g.item(b) for b in behs])
    g.write(OUT, "docx", TITLE)
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()

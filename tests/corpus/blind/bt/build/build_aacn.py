"""AACN, The Essentials: Core Competencies for Professional Nursing Education (2021), Domain 2 excerpt.

PDF, python-docx -> LibreOffice, US Letter. Running header (title), footer with copyright line and page
number starting at 30; domain heading, "Descriptor:" and "Contextual Statement:" paragraphs, then a
three-column table Competencies | Entry-Level | Advanced-Level with typed sub-competency codes (2.1a ...),
header row repeated on the next page, rows allowed to split over the page break.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Pt, RGBColor, Inches

import btlib as B

STEM = "aacn-essentials-person-centered-care"
OUT = B.DOCS / f"{STEM}.pdf"
TITLE = "The Essentials: Core Competencies for Professional Nursing Education"
NAVY = RGBColor(0x1B, 0x36, 0x5D)

DESCRIPTOR = ("Person-centered care puts the individual at the center of every nursing action and is the "
              "benchmark for nursing practice. Such care is holistic, individualized, just, respectful, "
              "compassionate, coordinated, evidence-based, and suited to the person's stage of development. "
              "It draws on a scientific body of knowledge that directs nursing practice whatever the specialty "
              "or functional area.")
CONTEXT = [
    "Person-centered care takes in the whole range of nursing activity, from health promotion and disease "
    "prevention to the coordination of care, the management of acute and chronic conditions, and care at the "
    "end of life. The individual, whose knowledge of their own life and wishes is respected, is a full "
    "partner in each of these activities. Person-centered care is organized around the individual's "
    "preferences, values, and needs, and it reaches beyond the individual to family members, caregivers, and "
    "the communities in which people live.",
    "Nurses at every level use clinical judgment, grounded in knowledge from nursing and other disciplines, "
    "to plan, deliver, and evaluate this care. Entry-level graduates bring these skills to individuals across "
    "care settings; graduates of advanced-level programs extend them to complex situations, to populations, "
    "and to the systems that shape the care people receive.",
]

ROWS = [
    ("2.1 Engage with the individual in establishing a caring relationship.",
     ["2.1a Show empathy toward the individual and those who matter to them.",
      "2.1b Build and sustain a caring relationship founded on mutual trust.",
      "2.1c Communicate in a person-centered way that respects the individual's own point of view."],
     ["2.1d Cultivate caring relationships that lead to better outcomes for the individual.",
      "2.1e Act as a role model and guide others in forming caring relationships."]),
    ("2.2 Communicate effectively with individuals.",
     ["2.2a Respect the individual's preferences, values, and beliefs when communicating.",
      "2.2b Share information that is timely, accurate, and matched to the individual's level of health "
      "literacy.",
      "2.2c Use verbal and nonverbal techniques that support a therapeutic relationship.",
      "2.2d Apply communication techniques that help the individual cope with and manage their health "
      "conditions.",
      "2.2e Respond with sensitivity when the individual expresses emotional distress."],
     ["2.2f Adapt communication to overcome barriers arising from culture, language, or cognitive "
      "ability.",
      "2.2g Lead difficult conversations, including those about serious illness and wishes for care at "
      "the end of life.",
      "2.2h Evaluate the communication practices of the care team and introduce improvements where they "
      "are needed."]),
    ("2.3 Integrate assessment skills in practice.",
     ["2.3a Take a complete and accurate health history that includes the social determinants of health.",
      "2.3b Carry out physical, mental health, and functional assessments suited to the individual's age "
      "and condition.",
      "2.3c Find out about the individual's strengths, goals, and priorities for care.",
      "2.3d Recognize changes in the individual's condition and act on them without delay."],
     ["2.3e Perform an advanced assessment that reflects the complexity of the individual's needs.",
      "2.3f Evaluate assessment findings gathered by other members of the care team.",
      "2.3g Use advanced knowledge to decide which diagnostic tests are warranted."]),
    ("2.4 Diagnose actual or potential health problems and needs.",
     ["2.4a Bring assessment data together to identify the individual's health problems and needs.",
      "2.4b Use clinical judgment to set priorities among the problems identified.",
      "2.4c Explain the reasoning behind nursing diagnoses to the individual and the care team."],
     ["2.4d Formulate differential diagnoses for individuals across the lifespan.",
      "2.4e Interpret complex diagnostic information in the light of the individual's wider "
      "circumstances."]),
]


def para(doc_or_cell, text="", bold=False, size=10.5, color=None, space_after=6, italic=False):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(space_after)
    return p


def build():
    d = Document()
    B.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    B.set_page_start(sec, 30)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(TITLE)
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.7), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("\u00a9 2021 American Association of Colleges of Nursing. All rights reserved.\t")
    r.font.size = Pt(8)
    B.add_field(fp, "PAGE", "30")

    h = d.add_paragraph()
    r = h.add_run("Domain 2: Person-Centered Care")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = NAVY
    h.paragraph_format.space_after = Pt(10)

    p = d.add_paragraph()
    r = p.add_run("Descriptor: ")
    r.bold = True
    p.add_run(DESCRIPTOR)
    p.paragraph_format.space_after = Pt(8)

    p = d.add_paragraph()
    r = p.add_run("Contextual Statement: ")
    r.bold = True
    p.add_run(CONTEXT[0])
    p.paragraph_format.space_after = Pt(8)
    para(d, CONTEXT[1], space_after=12)

    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["Competencies", "Entry-Level Professional Nursing Education",
             "Advanced-Level Nursing Education"]
    for cell, text in zip(t.rows[0].cells, heads):
        cell.paragraphs[0].text = ""
        r = cell.paragraphs[0].add_run(text)
        r.bold = True
        r.font.size = Pt(10)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        B.shade(cell, "1B365D")
    B.row_flags(t.rows[0], cant_split=True, header=True)
    for comp, entry, adv in ROWS:
        row = t.add_row()
        c0, c1, c2 = row.cells
        B.shade(c0, "DCE6F2")
        r = c0.paragraphs[0].add_run(comp)
        r.bold = True
        r.font.size = Pt(10)
        for cell, subs in ((c1, entry), (c2, adv)):
            first = True
            for s in subs:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                rr = p.add_run(s)
                rr.font.size = Pt(10)
                p.paragraph_format.space_after = Pt(4)
    B.fix_widths(t, [1.9, 2.4, 2.4])
    d.add_paragraph()
    B.docx_to_pdf(d, OUT)


def gold():
    comps = []
    for comp, entry, adv in ROWS:
        name = comp.split(" ", 1)[1]
        strip = lambda s: s.split(" ", 1)[1]
        comps.append(B.competency(
            STEM, name,
            levels=[B.level(STEM, 1, "Entry-Level Professional Nursing Education", [strip(s) for s in entry]),
                    B.level(STEM, 2, "Advanced-Level Nursing Education", [strip(s) for s in adv])]))
    B.write_gold(OUT, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()

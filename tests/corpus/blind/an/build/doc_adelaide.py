"""University of Adelaide - Position Description for professional staff (Performance Excellence template):
a Word form with a position-details table (content controls, checkbox controls), key responsibilities table,
and the "Position Criteria" capabilities table copied from the Capability Dictionary at Level 2 (HEO 5 - 7)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

from anlib import (DOCS, add_field, add_numbering, bullet_lvl, cell_borders, checkbox_sdt, clear_core_props,
                   competency, fix_widths, inline_sdt, item, para_border_bottom, row_flags, set_num, shade)

STEM = "adelaide-pd-research-services-officer"
FILE = DOCS / f"{STEM}.docx"
NAVY = RGBColor(0x00, 0x2D, 0x5F)
LEVEL = "Level 2: HEO 5 – 7"

DETAILS = [
    ("Position Title", "Research Services Officer"),
    ("Classification", "HEO6"),
    ("Position Number", "00318842"),
    ("Faculty / Division", "Division of Research and Innovation"),
    ("School / Branch", "Research Services – Grants and Contracts"),
    ("Reports to (title)", "Manager, Research Grants"),
]

PURPOSE = ("The Research Services Officer supports academic staff across the University to apply for, win and "
           "administer external research funding. The position gives accurate advice on funding rules and "
           "eligibility, checks applications before they are lodged with funding bodies, and keeps the grants "
           "management system current so that the University meets its reporting obligations.")

RESPONSIBILITIES = [
    ("Pre-award support",
     ["Advise researchers on the rules, deadlines and eligibility requirements of Category 1 funding schemes.",
      "Check draft applications for compliance and budget accuracy before internal sign-off.",
      "Coordinate the lodgement of applications through funder portals such as RMS."]),
    ("Post-award administration",
     ["Set up new grants in the research management system and notify faculties of award conditions.",
      "Process variations, extensions and relinquishments in line with funding agreements."]),
    ("Reporting and data quality",
     ["Prepare scheduled reports on applications and success rates for the Division.",
      "Maintain the accuracy of grant records and resolve data discrepancies with Finance."]),
    ("Client service and training",
     ["Respond to enquiries from researchers and faculty administrators within agreed timeframes.",
      "Contribute to information sessions and written guides for staff new to grant applications."]),
]

CAPS = [
    ("Achieving results",
     "Takes ownership of tasks and follows them through to completion, meeting agreed standards and deadlines.",
     ["Plans and prioritises own workload to meet competing deadlines.",
      "Monitors progress against goals and adjusts plans when circumstances change.",
      "Checks own work for accuracy and completeness before it is released.",
      "Raises risks to delivery with the supervisor early and proposes ways around them."]),
    ("Client focus",
     "Understands the needs of internal and external clients and delivers a responsive, high quality service.",
     ["Builds an understanding of what clients need and explains what can and cannot be done.",
      "Responds to requests promptly and keeps clients informed of progress.",
      "Looks for ways to improve processes so that the service is easier to use.",
      "Resolves routine complaints and refers complex matters to the appropriate person."]),
    ("Communication and influence",
     "Conveys information clearly in writing and in person, and listens to and persuades others.",
     ["Writes clear, well-structured correspondence, guides and reports suited to the audience.",
      "Explains complex rules and procedures in plain language.",
      "Listens actively and checks understanding before responding.",
      "Presents a case with supporting evidence to gain agreement from others."]),
    ("Continuous learning",
     "Keeps up to date with professional knowledge and is committed to personal and professional development.",
     ["Builds and keeps up own personal and professional competence.",
      "Recognises gaps in own skills and addresses them through courses and study.",
      "Treats setbacks as a chance to learn and applies the lessons to later work.",
      "Looks at how the team works from time to time and suggests improvements."]),
    ("Working with others",
     "Works co-operatively with colleagues and stakeholders, sharing information and supporting team goals.",
     ["Contributes actively to team planning and shares knowledge with colleagues.",
      "Builds effective working relationships across faculties and divisions.",
      "Offers assistance to colleagues during peak periods.",
      "Respects different views and works to resolve disagreements constructively."]),
]

EXPECTATIONS = [
    "Comply with University policies and procedures, including the Code of Conduct.",
    "Take reasonable care for their own health and safety and that of others in the workplace.",
    "Treat all members of the University community fairly and with respect.",
]

ESSENTIAL = [
    "Experience in research administration, grants management or a comparable regulated environment.",
    "Demonstrated ability to interpret funding rules and apply them accurately.",
    "High level of proficiency with spreadsheets and enterprise databases.",
]
DESIRABLE = [
    "Knowledge of the Australian Research Council and NHMRC funding schemes.",
    "Experience in a university environment.",
]
QUALS = ["A degree in a relevant discipline, or an equivalent combination of relevant experience and/or "
         "education and training."]


def _heading(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(4)
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = NAVY
    para_border_bottom(p, color="002D5F", sz=6)
    return p


def _label(cell, text):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True
    r.font.size = Pt(9.5)
    shade(cell, "DCE6F1")


def _bullets(cell_or_doc, items, num, first_in_cell=False):
    for i, t in enumerate(items):
        if first_in_cell and i == 0:
            p = cell_or_doc.paragraphs[0]
            p.add_run(t)
        else:
            p = cell_or_doc.add_paragraph(t)
        set_num(p, num)
        p.paragraph_format.space_after = Pt(2)


def build():
    doc = Document()
    clear_core_props(doc, "Position Description")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    bnum = add_numbering(doc, bullet_lvl(left=284, hanging=284), "1A2B3C4D")

    hp = sec.header.paragraphs[0]
    r = hp.add_run("THE UNIVERSITY OF ADELAIDE")
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = NAVY
    hp.add_run("\tHuman Resources").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Position Description – Professional Staff | Template v2.0 | Page ").font.size = Pt(7.5)
    add_field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(7.5)
    add_field(fp, "NUMPAGES", "3")

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = t.add_run("Position Description")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = NAVY
    note = doc.add_paragraph()
    rn = note.add_run("Complete the shaded fields. Refer to the Position Description Guide and the Capability "
                      "Dictionary before selecting capabilities for the position.")
    rn.italic = True
    rn.font.size = Pt(8)

    _heading(doc, "Position Details")
    tab = doc.add_table(rows=0, cols=2)
    cell_borders(tab, sz=4, color="7F7F7F")
    for label, value in DETAILS:
        row = tab.add_row()
        _label(row.cells[0], label)
        row.cells[1].text = ""
        inline_sdt(row.cells[1].paragraphs[0], value, tag=label)
    row = tab.add_row()
    _label(row.cells[0], "Employment Type")
    p = row.cells[1].paragraphs[0]
    for lab, on in (("Continuing", False), ("Fixed-term", True), ("Casual", False)):
        checkbox_sdt(p, on)
        p.add_run(f" {lab}    ")
    row = tab.add_row()
    _label(row.cells[0], "Date Created / Reviewed")
    row.cells[1].text = ""
    inline_sdt(row.cells[1].paragraphs[0], "14 June 2016", tag="Date")
    fix_widths(tab, [1.9, 4.9])

    _heading(doc, "Position Purpose")
    doc.add_paragraph(PURPOSE)

    _heading(doc, "Key Responsibilities / Outcomes")
    tab = doc.add_table(rows=1, cols=2)
    cell_borders(tab, sz=4, color="7F7F7F")
    _label(tab.rows[0].cells[0], "Key Responsibility Area")
    _label(tab.rows[0].cells[1], "Outcomes")
    row_flags(tab.rows[0], cant_split=True, header=True)
    for area, outs in RESPONSIBILITIES:
        row = tab.add_row()
        row_flags(row)
        row.cells[0].text = area
        row.cells[1].text = ""
        _bullets(row.cells[1], outs, bnum, first_in_cell=True)
    fix_widths(tab, [1.9, 4.9])

    _heading(doc, "People Management Responsibilities")
    doc.add_paragraph("This position has no direct reports.")

    _heading(doc, "Position Criteria")
    sub = doc.add_paragraph()
    sr = sub.add_run("Capabilities and Behaviours")
    sr.bold = True
    doc.add_paragraph("The capabilities below are taken from the University's Capability Dictionary. The behaviours "
                      "are those mapped to the classification of this position.")
    tab = doc.add_table(rows=1, cols=2)
    cell_borders(tab, sz=4, color="7F7F7F")
    _label(tab.rows[0].cells[0], "Capability")
    _label(tab.rows[0].cells[1], f"Behaviours ({LEVEL})")
    row_flags(tab.rows[0], cant_split=True, header=True)
    for name, definition, behs in CAPS:
        row = tab.add_row()
        row_flags(row)
        c0 = row.cells[0]
        c0.text = ""
        rr = c0.paragraphs[0].add_run(name)
        rr.bold = True
        dp = c0.add_paragraph()
        dr = dp.add_run(definition)
        dr.italic = True
        dr.font.size = Pt(8.5)
        row.cells[1].text = ""
        _bullets(row.cells[1], behs, bnum, first_in_cell=True)
    fix_widths(tab, [2.4, 4.4])

    _heading(doc, "University Expectations")
    doc.add_paragraph("All staff are expected to:")
    _bullets(doc, EXPECTATIONS, bnum)

    _heading(doc, "Selection Criteria")
    sub = doc.add_paragraph()
    sub.add_run("Knowledge and Experience").bold = True
    doc.add_paragraph("Essential:")
    _bullets(doc, ESSENTIAL, bnum)
    doc.add_paragraph("Desirable:")
    _bullets(doc, DESIRABLE, bnum)
    sub = doc.add_paragraph()
    sub.add_run("Qualifications").bold = True
    _bullets(doc, QUALS, bnum)

    _heading(doc, "Approval")
    tab = doc.add_table(rows=2, cols=3)
    cell_borders(tab, sz=4, color="7F7F7F")
    for c, lab in zip(tab.rows[0].cells, ("Approved by (name and title)", "Signature", "Date")):
        _label(c, lab)
    fix_widths(tab, [3.0, 2.3, 1.5])
    doc.save(FILE)
    return FILE


def gold():
    comps = []
    for name, definition, behs in CAPS:
        comps.append(competency(STEM, name, definition, levels=[
            {"rank": 2, "label": LEVEL, "behaviors": [item(STEM, b) for b in behs]}]))
    return "docx", "Position Description", comps

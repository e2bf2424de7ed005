"""U.S. Marine Corps, Logistics Community of Interest (COI) - "2001 General Supply Series Competency-Based
Learning Map and Training Strategy": cover, overview with "Table 1. Components of a Competency-Based Learning
Map", proficiency-target table by grade, then one page per competency: title/definition table, Behavioral
Indicators table (Entry | Journeyman | Expert columns, bullets in cells), Training table (Mandatory / Core /
Core-Plus / Sustainment section rows over Course Number | Course Title | Source | Length rows) and an
"On-the-Job Activities" list. python-docx -> LibreOffice PDF, running header (document title) and "Page N"."""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm, RGBColor

from anlib import (DOCS, add_field, add_numbering, bullet_lvl, cell_borders, clear_core_props, competency,
                   fix_widths, item, row_flags, set_num, shade, soffice)

STEM = "usmc-logistics-coi-general-supply-learning-map"
FILE = DOCS / f"{STEM}.pdf"
DOC_TITLE = "Logistics Community of Interest 2001 General Supply Series Competency-Based Learning Map and Training Strategy"
LEVELS = ["Entry", "Journeyman", "Expert"]

COMPS = [
    {
        "name": "Supply Chain Management",
        "definition": "Knowledge of the end-to-end flow of materiel, from requirements determination and acquisition "
                      "through storage, distribution and disposal, and the ability to apply that knowledge in support "
                      "of Marine Corps operations.",
        "bis": [
            ["Describes the main stages of the supply chain and the role of the supply section in each.",
             "Processes routine requisitions and status inquiries in the supply system under supervision."],
            ["Monitors requisition status and resolves delays with sources of supply.",
             "Analyzes demand data to recommend changes to stockage and distribution.",
             "Coordinates with maintenance and transportation sections to meet unit requirements."],
            ["Develops supply support plans for exercises and deployments.",
             "Evaluates supply chain performance metrics and leads process improvement efforts.",
             "Advises commanders and senior staff on supply chain risks and courses of action."],
        ],
        "training": {
            "Mandatory": [("CIV-SUP-0101", "Introduction to Marine Corps Supply", "MarineNet", "6 hrs")],
            "Core": [("LOG 0100", "Fundamentals of Supply Chain Management", "DAU", "25 hrs"),
                     ("DLA-SCM-110", "DoD Supply Chain Overview", "DLA Training", "2 days")],
            "Core-Plus": [("LOG 0250", "Intermediate Supply Chain Planning", "DAU", "4.5 days")],
            "Sustainment": [("CLL 0410", "Demand Planning Continuous Learning Module", "DAU", "3 hrs")],
        },
        "ojt": [
            "Follow a senior supply technician through a complete requisition cycle, from request to receipt.",
            "Attend the unit’s weekly supply and maintenance coordination meeting and brief one open issue.",
            "Prepare a supply support annex for a unit training exercise with supervisor review.",
        ],
    },
    {
        "name": "Inventory Management",
        "definition": "Knowledge of the policies and methods used to set stock levels, account for materiel and keep "
                      "inventory records accurate.",
        "bis": [
            ["Conducts scheduled physical counts and records the results accurately.",
             "Identifies and reports discrepancies between on-hand quantities and records."],
            ["Computes reorder points and safety levels using established formulas.",
             "Researches inventory discrepancies and prepares adjustment documents."],
            ["Designs inventory control procedures for a warehouse or supply activity.",
             "Reviews inventory accuracy trends and directs corrective action."],
        ],
        "training": {
            "Mandatory": [("CIV-SUP-0120", "Inventory Accuracy and Physical Counts", "MarineNet", "4 hrs")],
            "Core": [("DLA-INV-201", "Inventory Management Principles", "DLA Training", "3 days")],
            "Core-Plus": [("ALU-7C-F12", "Stock Control and Retail Inventory Management", "Army Logistics University",
                           "2 weeks")],
            "Sustainment": [],
        },
        "ojt": [
            "Lead a wall-to-wall inventory of one storage area under the supervision of the inventory control officer.",
            "Reconcile a month of inventory adjustments and present the findings to the supervisor.",
        ],
    },
    {
        "name": "Property Accountability",
        "definition": "Knowledge of the regulations and procedures for receiving, recording, safeguarding and "
                      "reporting government property, including the investigation of loss, damage or destruction.",
        "bis": [
            ["Records receipts and issues of accountable property in the property system.",
             "Prepares hand receipts and custody records for review."],
            ["Reconciles property records with physical inventories and resolves variances.",
             "Prepares Financial Liability Investigation of Property Loss documents."],
            ["Manages the property accountability program for a command.",
             "Interprets property regulations and trains accountable officers and custodians."],
        ],
        "training": {
            "Mandatory": [("CIV-PA-0100", "Accountable Property Basics", "MarineNet", "3 hrs")],
            "Core": [("DAU-IND 0105", "Introduction to Government Property Management", "DAU", "12 hrs")],
            "Core-Plus": [("HQMC-PA-300", "Responsible Officer Course", "HQMC Installations and Logistics",
                           "3 days")],
            "Sustainment": [("CLL 0220", "Property Management Updates", "DAU", "2 hrs")],
        },
        "ojt": [
            "Assist with the annual wall-to-wall inventory of a responsible officer’s account.",
            "Draft a loss investigation package for a real case and review it with a property specialist.",
        ],
    },
]

COMPONENTS = [
    ("Competency Titles and Definitions", "Describe the capabilities required for success within the 2001 series."),
    ("Proficiency Target Levels", "Define the levels of performance (Entry, Journeyman, Expert) expected within a "
                                  "competency area at each grade."),
    ("Behavioral Indicators (BIs)", "Examples of activities that show how a competency is demonstrated at each "
                                    "level of proficiency. The BIs listed are not the only behaviors that "
                                    "demonstrate a competency."),
    ("Training", "Mandatory: training required by Federal, Department of the Navy or Marine Corps regulations. "
                 "Recommended: Core, Core-Plus and Sustainment training that builds performance in the "
                 "competency area."),
    ("On-the-Job Activities", "Developmental work assignments that supervisors can use to build the competency "
                              "between formal courses."),
]

TARGETS = [("GS-2001-05 / 07", "Entry"), ("GS-2001-09 / 11", "Journeyman"), ("GS-2001-12 and above", "Expert")]


def _txt(cell, text, bold=False, size=9, italic=False, color=None):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    return cell.paragraphs[0]


def _caption(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(9)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _h(doc, text, size=12):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(4)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return p


def build():
    doc = Document()
    clear_core_props(doc, DOC_TITLE)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run(DOC_TITLE)
    hr.font.size = Pt(8)
    hr.italic = True
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Page ").font.size = Pt(8)
    add_field(fp, "PAGE")
    bnum = add_numbering(doc, bullet_lvl(left=250, hanging=200), "5E6F7A8B")

    # cover
    for _ in range(6):
        doc.add_paragraph()
    for txt, size in (("Logistics Community of Interest", 22), ("2001 General Supply Series", 18),
                      ("Competency-Based Learning Map and Training Strategy", 16)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt)
        r.bold = True
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("United States Marine Corps").font.size = Pt(12)
    p.runs[-1].add_break(WD_BREAK.PAGE)

    _h(doc, "General Supply Competency-Based Learning Map Overview", 13)
    doc.add_paragraph("The United States Marine Corps (USMC) Logistics Community of Interest (COI) developed this "
                      "competency-based learning map to support the professional development of employees in the "
                      "2001 General Supply series. The map is organized by a group of technical competencies which, "
                      "taken together, describe successful performance in the series. Employees and supervisors can "
                      "use it to identify the knowledge and skills needed to perform and advance, and to plan "
                      "training in an Individual Development Plan (IDP).")
    doc.add_paragraph("Learning maps are comprised of several components, described in Table 1 below:")
    tab = doc.add_table(rows=0, cols=2)
    cell_borders(tab, sz=4, color="7F7F7F")
    for a, b in COMPONENTS:
        row = tab.add_row()
        row_flags(row)
        _txt(row.cells[0], a, bold=True)
        shade(row.cells[0], "DCE3EC")
        _txt(row.cells[1], b)
    fix_widths(tab, [2.0, 4.9])
    _caption(doc, "Table 1. Components of a Competency-Based Learning Map")
    doc.add_paragraph("Proficiency targets for each grade band are shown in Table 2. Employees are expected to "
                      "demonstrate the behavioral indicators at the target level for their grade and below.")
    tab = doc.add_table(rows=1, cols=2)
    cell_borders(tab, sz=4, color="7F7F7F")
    _txt(tab.rows[0].cells[0], "Grade", bold=True)
    _txt(tab.rows[0].cells[1], "Proficiency Target Level", bold=True)
    for c in tab.rows[0].cells:
        shade(c, "DCE3EC")
    for g, lvl in TARGETS:
        row = tab.add_row()
        _txt(row.cells[0], g)
        _txt(row.cells[1], lvl)
    fix_widths(tab, [2.5, 2.5])
    _caption(doc, "Table 2. Proficiency Target Levels by Grade")
    doc.add_paragraph("The 2001 series learning map contains the following technical competencies:")
    for c in COMPS:
        p = doc.add_paragraph(c["name"])
        set_num(p, bnum)

    for n, c in enumerate(COMPS, start=3):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        tab = doc.add_table(rows=2, cols=2)
        cell_borders(tab, sz=6, color="1F3A5F")
        _txt(tab.rows[0].cells[0], "Competency", bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
        shade(tab.rows[0].cells[0], "1F3A5F")
        _txt(tab.rows[0].cells[1], c["name"], bold=True, size=11)
        _txt(tab.rows[1].cells[0], "Definition", bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
        shade(tab.rows[1].cells[0], "1F3A5F")
        _txt(tab.rows[1].cells[1], c["definition"])
        fix_widths(tab, [1.3, 5.6])

        _h(doc, "Behavioral Indicators", 10.5)
        tab = doc.add_table(rows=2, cols=3)
        cell_borders(tab, sz=4, color="7F7F7F")
        for cell, lab in zip(tab.rows[0].cells, LEVELS):
            _txt(cell, lab, bold=True)
            shade(cell, "DCE3EC")
        row_flags(tab.rows[0], header=True)
        for cell, bis in zip(tab.rows[1].cells, c["bis"]):
            cell.text = ""
            for i, b in enumerate(bis):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.add_run(b).font.size = Pt(8.5)
                set_num(p, bnum)
        fix_widths(tab, [2.3, 2.3, 2.3])

        _h(doc, "Training", 10.5)
        tab = doc.add_table(rows=1, cols=4)
        cell_borders(tab, sz=4, color="7F7F7F")
        for cell, lab in zip(tab.rows[0].cells, ("Course Number", "Course Title", "Source", "Length")):
            _txt(cell, lab, bold=True)
            shade(cell, "DCE3EC")
        row_flags(tab.rows[0], header=True)
        for typ in ("Mandatory", "Core", "Core-Plus", "Sustainment"):
            row = tab.add_row()
            row_flags(row)
            m = row.cells[0].merge(row.cells[3])
            _txt(m, typ, bold=True, italic=True)
            shade(m, "F2F2F2")
            courses = c["training"][typ]
            if not courses:
                row = tab.add_row()
                m = row.cells[0].merge(row.cells[3])
                _txt(m, "No courses identified at this time.", italic=True, size=8.5)
            for course in courses:
                row = tab.add_row()
                row_flags(row)
                for cell, val in zip(row.cells, course):
                    _txt(cell, val, size=8.5)
        fix_widths(tab, [1.35, 3.1, 1.6, 0.85])

        _h(doc, "On-the-Job Activities", 10.5)
        for a in c["ojt"]:
            p = doc.add_paragraph(a)
            set_num(p, bnum)

    src = DOCS / f"{STEM}.docx"
    doc.save(src)
    soffice(src, "pdf", DOCS)
    src.unlink()
    return FILE


def gold():
    comps = []
    for c in COMPS:
        levels = [{"rank": i + 1, "label": lab, "behaviors": [item(STEM, b) for b in bis]}
                  for i, (lab, bis) in enumerate(zip(LEVELS, c["bis"]))]
        courses = [item(STEM, " | ".join(course), group=typ)
                   for typ in ("Mandatory", "Core", "Core-Plus", "Sustainment") for course in c["training"][typ]]
        activities = [item(STEM, a) for a in c["ojt"]]
        comps.append(competency(STEM, c["name"], c["definition"], levels=levels, courses=courses,
                                activities=activities))
    return "pdf", DOC_TITLE, comps

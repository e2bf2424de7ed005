"""UCD (University College Dublin) - Job Families Framework, job description template for a Career Level
(Anchor Role Profile with core and functional competencies) -> DOCX.

python-docx (A4, Calibri).  Header with the university name in English and Irish and "Job Description";
RED italic bracketed guidance for hiring managers (template instructions); role-details table; "Purpose
of the Role"; duties as real Word bullets; "Core Competencies" and "Functional Competencies", each a
two-column table Competency | Behavioural Indicators (left cell = bold name + italic one-line
description, right cell = Word bullets); "Selection Criteria" table Essential | Desirable; footer with
template version and PAGE field.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

import brlib as L

STEM = "ucd-job-description-career-level-4"
DOC = L.DOCS / f"{STEM}.docx"
TITLE = "Job Description"
BLUE = "002B5C"
RED = "C00000"

DETAILS = [("Job Title", "Administrative Officer"),
           ("Career Level", "Career Level 4"),
           ("Job Family", "Academic & Programme Operations / Management"),
           ("School / Unit", "[Insert School or Unit]"),
           ("Reports to", "[Insert title of line manager]")]

PURPOSE = ("The Administrative Officer provides a high-quality, student-focused administrative service for "
           "the programmes of the School, supporting students and academic staff throughout the student "
           "lifecycle and making sure that University regulations and procedures are applied consistently.")

DUTIES = ["Manage the day-to-day administration of a portfolio of undergraduate and postgraduate programmes.",
          "Act as the first point of contact for student and staff queries on programme matters.",
          "Prepare papers for programme boards and examination boards and record their decisions.",
          "Maintain accurate records in the student information system and related databases.",
          "Contribute to projects that improve administrative processes across the School."]

CORE = [
    ("Customer Service",
     "Delivers a responsive and professional service to students, staff and external contacts.",
     ["Identifies the needs of service users and responds promptly and courteously.",
      "Resolves routine queries independently and refers complex cases to the right person.",
      "Keeps service users informed of progress and of expected timelines.",
      "Looks for ways to improve the service using the feedback received."]),
    ("Teamwork & Collaboration",
     "Works constructively with colleagues across the University to achieve shared goals.",
     ["Shares information and workload willingly within the team.",
      "Builds effective working relationships with colleagues in Schools and Units.",
      "Respects different views and supports decisions once the team has agreed them.",
      "Helps new colleagues to settle into the team."]),
    ("Planning & Organising",
     "Plans and prioritises work so that deadlines are met and quality is maintained.",
     ["Plans own workload around the academic calendar and key deadlines.",
      "Balances competing priorities and agrees any changes with the line manager.",
      "Keeps accurate records and follows agreed procedures.",
      "Coordinates small projects or events from start to finish."]),
    ("Problem Solving & Decision Making",
     "Analyses information and makes sound decisions within the scope of the role.",
     ["Gathers the relevant facts before reaching a decision.",
      "Applies University regulations and policies consistently.",
      "Spots recurring problems and suggests practical solutions.",
      "Recognises when a decision should be referred to a more senior colleague."]),
]
FUNCTIONAL = [
    ("Programme Administration",
     "Administers academic programmes in line with University regulations and the student lifecycle.",
     ["Manages programme records, timetables and module information in the student information system.",
      "Coordinates the processing of examination results and progression decisions.",
      "Advises students on programme requirements and procedures."]),
    ("Data Management & Reporting",
     "Manages data accurately and produces clear reports that support decision making.",
     ["Extracts and checks data from University systems.",
      "Prepares regular reports and summaries for programme boards.",
      "Handles personal data in line with data protection requirements."]),
]
ESSENTIAL = ["A Level 7 degree (NFQ) or equivalent.",
             "At least two years\u2019 experience in an administrative role.",
             "Excellent IT skills, including Microsoft Office and database applications."]
DESIRABLE = ["Experience of working in a higher education setting.",
             "Experience of using a student information system."]


def guidance(doc, text):
    p = doc.add_paragraph()
    L.spacing(p, 0, 8)
    L.run(p, text, italic=True, size=10, color=RED)


def heading(doc, text):
    p = doc.add_paragraph(style="Heading 2")
    L.spacing(p, 12, 6)
    r = p.add_run(text)
    r.font.color.rgb = RGBColor.from_string(BLUE)
    return p


def comp_table(doc, comps, bullet):
    t = doc.add_table(rows=1, cols=2)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    L.row_flags(t.rows[0], cant_split=True, header=True)
    for cell, h in zip(t.rows[0].cells, ["Competency", "Behavioural Indicators"]):
        cell.text = ""
        L.run(cell.paragraphs[0], h, bold=True, color="FFFFFF")
        L.shade(cell, BLUE)
    for name, desc, items in comps:
        row = t.add_row()
        L.row_flags(row, cant_split=True)
        c0, c1 = row.cells
        c0.text = ""
        L.spacing(c0.paragraphs[0], 2, 2)
        L.run(c0.paragraphs[0], name, bold=True)
        p = c0.add_paragraph()
        L.spacing(p, 0, 2)
        L.run(p, desc, italic=True, size=10)
        c1.text = ""
        for i, it in enumerate(items):
            bp = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
            L.set_num(bp, bullet)
            L.spacing(bp, 1, 1)
            L.run(bp, it, size=10.5)
    L.fix_widths(t, [2.3, 4.2])


def build():
    doc = Document()
    L.style_font(doc.styles["Normal"], "Calibri", 11)
    L.style_font(doc.styles["Heading 2"], "Calibri", 13)
    L.clear_core_props(doc, "UCD Job Description Template - Career Level 4")
    bullet = L.add_numbering(doc, L.bullet_lvl("\u2022", left=360, hanging=284), "2C9D4E11")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)

    h = sec.header.paragraphs[0]
    h.text = ""
    L.right_tab(h, 16.6)
    L.run(h, "University College Dublin", bold=True, size=12, color=BLUE)
    L.run(h, "\tJob Description", bold=True, size=12, color=BLUE)
    h2 = sec.header.add_paragraph()
    L.run(h2, "An Col\u00e1iste Ollscoile, Baile \u00c1tha Cliath", italic=True, size=10, color=BLUE)
    L.para_border(h2, ("bottom",), BLUE, 8, 2)
    f = sec.footer.paragraphs[0]
    f.text = ""
    L.right_tab(f, 16.6)
    L.run(f, "UCD HR \u2013 Job Description Template \u2013 Career Level 4 \u2013 v2 December 2024\tPage ",
          size=8.5)
    L.add_field(f, "PAGE", "1")

    guidance(doc, "[Guidance for hiring managers: this template is pre-populated with the core "
                  "competencies for Career Level 4. Text in red is guidance only and must be deleted before "
                  "the job description is published.]")

    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for k, v in DETAILS:
        c0, c1 = t.add_row().cells
        c0.text = ""
        L.run(c0.paragraphs[0], k, bold=True)
        L.shade(c0, "DCE6F1")
        c1.text = v
    L.fix_widths(t, [1.8, 4.7])

    heading(doc, "Purpose of the Role")
    p = doc.add_paragraph(PURPOSE)
    heading(doc, "Principal Duties and Responsibilities")
    for d in DUTIES:
        bp = doc.add_paragraph()
        L.set_num(bp, bullet)
        L.spacing(bp, 0, 2)
        bp.add_run(d)

    heading(doc, "Core Competencies")
    guidance(doc, "[Hiring managers may tailor the wording of the competencies below so that it reflects the "
                  "role. At least four core competencies must be retained.]")
    p = doc.add_paragraph("The successful candidate will demonstrate the following core competencies:")
    L.spacing(p, 0, 6)
    comp_table(doc, CORE, bullet)

    heading(doc, "Functional Competencies")
    guidance(doc, "[Select up to three functional competencies from the Job Family competency library.]")
    comp_table(doc, FUNCTIONAL, bullet)

    heading(doc, "Selection Criteria")
    t = doc.add_table(rows=2, cols=2)
    t.style = doc.styles["Table Grid"]
    for cell, h in zip(t.rows[0].cells, ["Essential", "Desirable"]):
        cell.text = ""
        L.run(cell.paragraphs[0], h, bold=True, color="FFFFFF")
        L.shade(cell, BLUE)
    for cell, items in zip(t.rows[1].cells, [ESSENTIAL, DESIRABLE]):
        cell.text = ""
        for i, it in enumerate(items):
            bp = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            L.set_num(bp, bullet)
            bp.add_run(it)
    L.fix_widths(t, [3.25, 3.25])
    doc.save(str(DOC))


def gold():
    comps = [L.competency(STEM, name, desc, indicators=L.items(STEM, items))
             for name, desc, items in CORE + FUNCTIONAL]
    return L.write_gold(DOC, "docx", TITLE, comps)


if __name__ == "__main__":
    build()
    print(gold())

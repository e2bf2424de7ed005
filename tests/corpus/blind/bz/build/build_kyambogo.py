"""Kyambogo University (Uganda) Staff Performance Appraisal Form (Word form), pages 1-3.

Layout of the real form (scribd "Performance Appraisal Form", Kyambogo University, Directorate of Human
Resources): centred letterhead (university name, P.O. box, telephone/fax, e-mail and web address, directorate),
"Appraisal Form", a "Preamble" paragraph, "Period of Assessment: From DD MM YYYY To DD MM YYYY", "SECTION A:
PERSONAL INFORMATION (To be filled by the Appraisee)" with underscore fields, then the performance-planning
section (outputs, performance indicators, targets). The core-competences section (rating key and a competence
table: No. | Competence | Description | scores) follows the Uganda public-service appraisal pattern the form is
built on; its competence descriptions and indicators are ours (the stored copy stops in section B).
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import bzlib as L
C = L.C

STEM = "kyambogo-performance-appraisal-form"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "PERFORMANCE APPRAISAL FORM"

PREAMBLE = ("Staff performance appraisal is part of the Performance Management System of Kyambogo University. It "
            "is a management tool for establishing how far the targets set within the overall goals of the "
            "University have been achieved. Through appraisal, performance gaps and the development needs of "
            "each employee are identified, and the Appraisee and Appraiser get an opportunity to discuss "
            "performance and exchange feedback. The process is therefore participatory.")
PREAMBLE2 = "The Appraiser and Appraisee are advised to read the detailed guidelines before filling in this form."
KEY = [("5", "Outstanding", "Performance far exceeds the expected standard"),
       ("4", "Very good", "Performance is above the expected standard"),
       ("3", "Good", "Performance meets the expected standard"),
       ("2", "Fair", "Performance is below the expected standard in some respects"),
       ("1", "Poor", "Performance is well below the expected standard")]
COMPS = [
    ("Planning, organising and coordinating",
     "Ability to plan work, organise resources and coordinate activities so that outputs are delivered on time.",
     ["Prepares work plans that are in line with the departmental plan",
      "Sets priorities and schedules tasks realistically",
      "Coordinates with other units to avoid delays and duplication"]),
    ("Professional knowledge and skills",
     "Demonstrates the knowledge, skills and expertise required by the job and keeps them up to date.",
     ["Applies the relevant rules, regulations and procedures correctly",
      "Produces work of acceptable technical quality",
      "Seeks opportunities to update knowledge in own field"]),
    ("Communication",
     "Expresses ideas clearly in speech and in writing and shares information with those who need it.",
     ["Writes clear and accurate reports, letters and minutes",
      "Listens to others and responds appropriately",
      "Keeps the supervisor and colleagues informed of progress"]),
    ("Teamwork",
     "Works cooperatively with others to achieve the goals of the department and the University.",
     ["Shares knowledge and resources with colleagues",
      "Supports team decisions once they have been made",
      "Builds good working relationships across units"]),
    ("Integrity",
     "Carries out duties honestly and in line with the University Code of Conduct.",
     ["Handles University resources and information responsibly",
      "Declares any conflict of interest",
      "Treats staff, students and the public fairly"]),
    ("Time management",
     "Uses official working time productively and meets deadlines.",
     ["Reports for duty on time and is available during working hours",
      "Completes assignments within the agreed deadlines",
      "Avoids unnecessary absence from the workstation"]),
    ("Customer care",
     "Serves students, staff and the public promptly, courteously and fairly.",
     ["Responds promptly to enquiries and complaints",
      "Treats clients with courtesy and respect",
      "Follows up to make sure that issues are resolved"]),
]


def para(d, text="", bold=False, size=10, align=None, after=4, italic=False, underline=False):
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        r.font.size = Pt(size)
    return p


def cell_text(cell, text, bold=False, size=9, align=None):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


def build():
    d = Document()
    C.clear_core_props(d, "PERFORMANCE APPRAISAL FORM")
    d.core_properties.author = "DHR"
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Kyambogo University \u2013 Staff Performance Appraisal Form          Page ")
    C.add_field(fp, "PAGE")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES", "3")
    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=284, hanging=227), "5A1B2C3D")

    para(d, "PERFORMANCE APPRAISAL FORM", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.RIGHT, after=2)
    para(d, "KYAMBOGO UNIVERSITY", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(d, "P.O. BOX 1, KYAMBOGO", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(d, "Tel: 0414-286452, Fax: 041-220464", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(d, "Email: dhr@kyambgo.ac.ug, www.kyambogo.ac.ug", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(d, "Directorate of Human Resources", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(d, "Appraisal Form", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(d, "Preamble", bold=True, size=10, after=2)
    para(d, PREAMBLE, size=10, after=2)
    para(d, PREAMBLE2, size=10, after=8)
    para(d, "\t\t\t\t\tDD\tMM\tYYYY\t\tDD\tMM\tYYYY", size=8, after=0)
    para(d, "Period of Assessment: From  ______ / ______ / __________   To  ______ / ______ / __________", size=10,
         after=8)

    para(d, "SECTION A: PERSONAL INFORMATION (To be filled by the Appraisee)", bold=True, size=10, after=4)
    for f in ["Name of the Appraisee ______________________________________________________________",
              "Date of Birth  ______ / ______ / __________",
              "Job Title ___________________________________  Salary scale _______________________",
              "Date of Current Appointment  ______ / ______ / __________",
              "Terms of employment (Probation, Permanent, Contract): _________________________________",
              "If contract or probation indicate start date: ____________________ end date: ____________",
              "Name of the Appraiser: __________________________________________________________",
              "Appraiser\u2019s Job Title: __________________________  Salary scale: ___________________",
              "Division/section: _____________________________________________",
              "Department: _______________________________________________________________"]:
        para(d, f, size=10, after=5)

    para(d, "SECTION B: PERFORMANCE PLANNING AND REVIEW", bold=True, size=10, after=2)
    para(d, "This section is filled by both the Appraiser and the Appraisee. At the start of the assessment period "
         "they agree on the key outputs, the performance indicators by which each output will be measured and "
         "the performance targets. Outputs added during the period are recorded before the end of the period. "
         "Not more than 10 outputs should be agreed for one assessment period.", size=10, after=4)
    tb = d.add_table(rows=7, cols=5)
    tb.style = "Table Grid"
    for i, h in enumerate(["Key outputs", "Performance indicators", "Performance targets",
                           "Actual performance", "Score"]):
        cell_text(tb.cell(0, i), h, bold=True, size=9)
        C.shade(tb.cell(0, i), "D9D9D9")
    for r in range(1, 7):
        cell_text(tb.cell(r, 0), f"{r}.", size=9)
    C.fix_widths(tb, [1.7, 1.6, 1.4, 1.4, 0.6])

    h = para(d, "SECTION C: ASSESSMENT OF CORE COMPETENCES", bold=True, size=10, after=2)
    h.paragraph_format.page_break_before = True
    para(d, "The Appraiser and the Appraisee each score the Appraisee on every competence below, using the "
         "following key. The description and the indicators under each competence explain what is looked for.",
         size=10, after=4)
    tk = d.add_table(rows=len(KEY) + 1, cols=3)
    tk.style = "Table Grid"
    for i, hd in enumerate(["Score", "Rating", "Meaning"]):
        cell_text(tk.cell(0, i), hd, bold=True, size=9)
        C.shade(tk.cell(0, i), "D9D9D9")
    for r, (s, rt, m) in enumerate(KEY, 1):
        cell_text(tk.cell(r, 0), s, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(tk.cell(r, 1), rt, size=9)
        cell_text(tk.cell(r, 2), m, size=9)
    C.fix_widths(tk, [0.6, 1.2, 4.9])
    para(d, "", after=4)

    tc = d.add_table(rows=len(COMPS) + 1, cols=5)
    tc.style = "Table Grid"
    for i, hd in enumerate(["No.", "Competence", "Description", "Appraisee\u2019s score", "Appraiser\u2019s score"]):
        cell_text(tc.cell(0, i), hd, bold=True, size=9)
        C.shade(tc.cell(0, i), "D9D9D9")
    C.mark_header_row(tc.rows[0])
    for r, (name, desc, inds) in enumerate(COMPS, 1):
        cell_text(tc.cell(r, 0), f"{r}.", size=9)
        cell_text(tc.cell(r, 1), name, bold=True, size=9)
        cell = tc.cell(r, 2)
        cell_text(cell, desc, size=9)
        for ind in inds:
            p = cell.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            C.set_num(p, bullet)
            run = p.add_run(ind)
            run.font.size = Pt(9)
        C.row_flags(tc.rows[r])
    C.fix_widths(tc, [0.45, 1.55, 3.5, 0.75, 0.75])

    para(d, "", after=4)
    para(d, "SECTION D: OVERALL ASSESSMENT", bold=True, size=10, after=2)
    for f in ["Appraiser\u2019s comments on the overall performance of the Appraisee:",
              "_____________________________________________________________________________",
              "_____________________________________________________________________________",
              "Appraisee\u2019s comments: ______________________________________________________",
              "Signature of Appraisee: __________________   Date: ______ / ______ / __________",
              "Signature of Appraiser: __________________   Date: ______ / ______ / __________"]:
        para(d, f, size=10, after=5)
    d.save(OUT)


def main():
    build()
    g = L.Gold(STEM)
    for name, desc, inds in COMPS:
        g.comp(name, desc, indicators=[g.item(i) for i in inds])
    g.write(OUT, "docx", TITLE)
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()

"""U.S. Department of Education - Individual Development Plan (filled-in sample) + IDP Legend: python-docx."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Inches

import bhlib as L

STEM = "ed-individual-development-plan"
DOC = STEM

HEAD = [("1. Name (Last, First, MI)", "Sample, Jordan R."),
        ("2. Current Position & Grade", "Education Program Specialist, GS-1720-11"),
        ("3. Organization/Unit", "OESE / Office of Formula Grants, Monitoring Team B"),
        ("4. Supervisor\u2019s Name", "Maria Alvarez"),
        ("5. Period (1 year)", "10/01/2024 \u2013 09/30/2025")]
GOALS = [("6. Year 1 Developmental Goals",
          "Increase skills in written communication and data analysis so that monitoring reports need less "
          "revision."),
         ("7. Year 2 Developmental Goals",
          "Take on greater responsibility as lead specialist for a group of state grantees."),
         ("8. Year 3 Developmental Goals",
          "Qualify for a GS-12 program officer position with monitoring lead duties.")]

ROWS = [
    {"name": "Written Communication",
     "objective": "Write clear, well-organized program memoranda and briefing papers that need little or no "
                  "revision by the team leader.",
     "purpose": "E", "priority": "1",
     "activities": [
         "Formal training: \u201cWriting Effective Briefing Papers,\u201d ED Training & Development Center, "
         "2 days \u2013 $0 \u2013 complete by 12/15/2024",
         "On-the-job: draft the quarterly monitoring summary memo for the division director, with written "
         "feedback from the team leader \u2013 01/31/2025 and 04/30/2025",
         "Self-development: work through the Federal Plain Language Guidelines (plainlanguage.gov) \u2013 by "
         "11/30/2024"],
     "evidence": "Two quarterly memos cleared with only minor edits; course completion certificate on file."},
    {"name": "Data Analysis",
     "objective": "Use grantee performance data to spot trends and flag at-risk grantees before monitoring "
                  "visits.",
     "purpose": "A", "priority": "2",
     "activities": [
         "Formal training: \u201cIntroduction to Data Analysis with Excel,\u201d Graduate School USA, 3 days "
         "\u2013 $695 \u2013 by 03/15/2025",
         "Detail: two-week shadow assignment with the performance information data team \u2013 April 2025",
         "On-the-job: prepare the annual trend analysis of state performance reports \u2013 06/30/2025"],
     "evidence": "Trend analysis accepted by the division; at-risk list used to plan the FY 2025 monitoring "
                 "schedule."},
    {"name": "Project Management",
     "objective": "Plan and coordinate a multi-state monitoring cycle, including schedules, staff assignments and "
                  "follow-up on findings.",
     "purpose": "F", "priority": "2",
     "activities": [
         "Mentoring: monthly meetings with a senior program officer who has led monitoring cycles \u2013 "
         "10/2024 to 09/2025",
         "Self-development: study the division\u2019s monitoring procedures manual and the last two cycle "
         "reports \u2013 by 11/30/2024",
         "On-the-job: lead the scheduling and logistics for the spring monitoring visits to three states \u2013 "
         "05/31/2025"],
     "evidence": "Spring visits completed on schedule; findings letters issued within 45 days."},
]

LEGEND = [
    ("COLUMN 5: PERIOD", "The one-year period in which you will begin or complete the developmental objectives "
                         "listed on this IDP form."),
    ("COLUMNS 6, 7, & 8: YEARLY DEVELOPMENTAL GOALS",
     "Name your career and self-management goals for each of the next 3 years, as benchmarks for your "
     "professional development. Examples: Increase skills in. . . . Take on greater responsibilities as/in. . . . "
     "Qualify to become/become eligible for . . ."),
    ("COLUMN 9: DEVELOPMENTAL OBJECTIVES",
     "List the competency and the specific knowledge, skills and abilities to be acquired or developed in this "
     "IDP year. Make sure the objectives can reasonably be met in the period you have given. Keep it manageable!"),
    ("COLUMN 10: PURPOSE",
     "A. Mission Need   B. Organization Policy   C. Change in State-of-the-art   D. New Assignment   "
     "E. Improved Performance   F. Meet Future Staffing Needs   G. Develop Unavailable Skills   "
     "H. Career Interests"),
    ("COLUMN 11: PRIORITY", "1. Essential   2. Needed   3. Helpful . . . to achieving what?"),
    ("COLUMN 12: DEVELOPMENTAL ACTIVITIES",
     "Use one of the following to describe each activity: Formal training (course title, vendor, length, cost "
     "and date); On-the-job (assignment and date); Detail (office and dates); Mentoring; Self-development "
     "(reading, professional associations, online resources)."),
    ("COLUMN 13: EVIDENCE OF ACCOMPLISHMENT",
     "Describe how you and your supervisor will know that the objective has been met."),
]


def txt(cell, text, bold=False, size=8.5, first=True, align=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def build():
    d = Document()
    L.clear_core_props(d, "Individual Development Plan")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(2)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.5)
    sec.top_margin = sec.bottom_margin = Inches(0.5)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Individual Development Plan    Page ")
    L.add_field(fp, "PAGE")
    fp.add_run(" of ")
    L.add_field(fp, "NUMPAGES", "2")
    for r in fp.runs:
        r.font.size = Pt(8)

    for t in ("INDIVIDUAL DEVELOPMENT PLAN", "United States Department of Education"):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(13 if t.startswith("IND") else 10)

    t1 = d.add_table(rows=1, cols=5)
    t1.style = "Table Grid"
    for c, (lab, val) in zip(t1.rows[0].cells, HEAD):
        txt(c, lab, True, 8)
        txt(c, val, False, 9.5, first=False)
    L.fix_widths(t1, [2.2, 2.2, 2.2, 1.7, 1.7])

    t2 = d.add_table(rows=2, cols=3)
    t2.style = "Table Grid"
    m = t2.rows[0].cells[0].merge(t2.rows[0].cells[2])
    txt(m, "THREE-YEAR PLAN & GOALS", True, 9, align=WD_ALIGN_PARAGRAPH.CENTER)
    L.shade(m, "D9D9D9")
    for c, (lab, val) in zip(t2.rows[1].cells, GOALS):
        txt(c, lab, True, 8)
        txt(c, val, False, 9.5, first=False)
    L.fix_widths(t2, [3.33, 3.33, 3.34])

    t3 = d.add_table(rows=1, cols=5)
    t3.style = "Table Grid"
    heads = ["9.\nDEVELOPMENTAL OBJECTIVES", "10.\nPURPOSE", "11.\nPRIORITY",
             "12.\nDESCRIPTION OF PLANNED DEVELOPMENTAL ACTIVITY\n(Include COST & DATE for Accomplishment)",
             "13.\nEVIDENCE OF ACCOMPLISHMENT"]
    for c, h in zip(t3.rows[0].cells, heads):
        lines = h.split("\n")
        txt(c, lines[0], True, 8, align=WD_ALIGN_PARAGRAPH.CENTER)
        for ln in lines[1:]:
            txt(c, ln, True, 8, first=False, align=WD_ALIGN_PARAGRAPH.CENTER)
        L.shade(c, "D9D9D9")
    L.row_flags(t3.rows[0], cant_split=True, header=True)
    for rw in ROWS:
        row = t3.add_row()
        L.row_flags(row)
        c = row.cells
        txt(c[0], rw["name"], True, 9.5)
        txt(c[0], rw["objective"], False, 9.5, first=False)
        txt(c[1], rw["purpose"], False, 10, align=WD_ALIGN_PARAGRAPH.CENTER)
        txt(c[2], rw["priority"], False, 10, align=WD_ALIGN_PARAGRAPH.CENTER)
        for k, a in enumerate(rw["activities"]):
            p = txt(c[3], a, False, 9.5, first=(k == 0))
            p.paragraph_format.space_after = Pt(4)
        txt(c[4], rw["evidence"], False, 9.5)
    L.fix_widths(t3, [2.6, 0.8, 0.8, 3.9, 1.9])

    d.add_paragraph()
    for s in ("\u2610  I have discussed with my supervisor the options available under the IDP process and we "
              "agree that no development is required at this time.",
              "\u2610  I have discussed with my supervisor the options available under the IDP process and "
              "decline to participate in the IDP process at this time."):
        p = d.add_paragraph(s)
        p.runs[0].font.size = Pt(9)
    t4 = d.add_table(rows=1, cols=2)
    t4.style = "Table Grid"
    for c, s in zip(t4.rows[0].cells, ["Employee Signature and Date", "Supervisor Signature and Date"]):
        txt(c, "")
        txt(c, "")
        txt(c, s, True, 8, first=False)

    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    for t in ("IDP LEGEND", "United States Department of Education"):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(12 if t.startswith("IDP") else 10)
    for lab, body in LEGEND:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.add_run(lab).bold = True
        d.add_paragraph(body)

    out = L.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


def gold(path):
    comps = []
    for rw in ROWS:
        comps.append(L.competency(
            DOC, rw["name"], None,
            activities=[L.item(DOC, a) for a in rw["activities"]],
            notes=[L.item(DOC, rw["objective"]), L.item(DOC, rw["evidence"])]))
    L.write_gold(path, "docx", "INDIVIDUAL DEVELOPMENT PLAN", comps)


if __name__ == "__main__":
    gold(build())

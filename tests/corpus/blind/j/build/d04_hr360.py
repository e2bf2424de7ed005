"""HR-360, Inc.: sample 360 Feedback questionnaire for employee development (seven competencies, 5-point scale
from "Never" to "Always").

DOCX (python-docx): rater form fields, instructions, a rating-scale legend table (1 Never ... 5 Always, N/A),
then one numbered heading per competency with a rating table "Statement | 1 | 2 | 3 | 4 | 5 | N/A" whose rating
cells hold empty check boxes; closing open-comment boxes. Header/footer with "Confidential" and page number.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

import helpers as H

STEM = "hr360-feedback-questionnaire"
DOC = STEM
TITLE = "360-Degree Feedback Questionnaire"
SCALE = [("1", "Never"), ("2", "Rarely"), ("3", "Sometimes"), ("4", "Often"), ("5", "Always"),
         ("N/A", "Not observed")]

COMPS = [
    ("Communication Skills", [
        "Expresses ideas clearly and concisely when speaking.",
        "Listens attentively and without interrupting.",
        "Writes in a clear, organized and professional manner.",
        "Keeps others informed about matters that affect them."]),
    ("Attitude", [
        "Approaches work with enthusiasm and a positive outlook.",
        "Accepts constructive feedback without becoming defensive.",
        "Remains professional when under pressure.",
        "Shows willingness to take on new tasks."]),
    ("Teamwork", [
        "Cooperates willingly with coworkers to reach shared goals.",
        "Shares information and resources with other team members.",
        "Acknowledges the contributions of others.",
        "Puts the success of the team ahead of personal recognition."]),
    ("Conflict Management", [
        "Addresses disagreements directly and in a timely way.",
        "Looks for solutions that all parties can accept.",
        "Stays calm and objective during disagreements."]),
    ("Interpersonal Skills", [
        "Treats others with courtesy and respect.",
        "Is approachable and easy to talk to.",
        "Shows tact and sensitivity when dealing with others."]),
    ("Leadership", [
        "Sets clear expectations for others.",
        "Motivates others to do their best work.",
        "Leads by example.",
        "Makes timely decisions, even when information is incomplete."]),
    ("Trustworthy", [
        "Keeps commitments.",
        "Handles confidential information appropriately.",
        "Is honest in dealings with others.",
        "Admits mistakes and takes responsibility for them."]),
]
BOX = "\u2610"


def make_docx(path):
    doc = Document()
    H.clear_core_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.8)
    hp = sec.header.paragraphs[0]
    hp.add_run("HR-360, Inc.\t\t360 Feedback \u2013 Employee Development")
    fp = sec.footer.paragraphs[0]
    fp.add_run("Confidential \u2013 for development purposes only\t\tPage ")
    H.add_field(fp, "PAGE", "1")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE)
    r.bold, r.font.size = True, Pt(18)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Employee Development").italic = True

    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    H.set_cell(t.cell(0, 0), "Employee being reviewed:")
    H.set_cell(t.cell(0, 1), "")
    H.set_cell(t.cell(1, 0), "Your relationship to the employee:")
    H.set_cell(t.cell(1, 1), f"{BOX} Self   {BOX} Manager   {BOX} Peer   {BOX} Direct report   {BOX} Other")
    H.fix_widths(t, [2.3, 4.6])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Instructions")
    r.bold, r.font.size = True, Pt(12)
    for txt in (
        "Your feedback is an important part of our performance management program. This questionnaire gathers "
        "broad feedback on the core competencies and role responsibilities that matter for the continued success "
        "of our organization.",
        "Read each statement carefully, look at the rating scale below and decide how often the person shows the "
        "behavior described. Use the 5-point scale from \u2018Never\u2019 to \u2018Always\u2019; mark N/A if you "
        "have not had the chance to observe the behavior.",
        "Base each answer on what the person actually does, not on what you think the right answer is or what "
        "the person intends to do. A few comment boxes at the end of the questionnaire let you add remarks."):
        doc.add_paragraph(txt)

    p = doc.add_paragraph()
    p.add_run("Rating scale").bold = True
    t = doc.add_table(rows=2, cols=len(SCALE))
    t.style = "Table Grid"
    for i, (n, lab) in enumerate(SCALE):
        H.set_cell(t.cell(0, i), n, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        H.shade(t.cell(0, i), "DCE6F1")
        H.set_cell(t.cell(1, i), lab, align=WD_ALIGN_PARAGRAPH.CENTER)

    for n, (name, stmts) in enumerate(COMPS, 1):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        H.keep_with_next(p)
        r = p.add_run(f"{n}. {name}")
        r.bold, r.font.size = True, Pt(12)
        t = doc.add_table(rows=1 + len(stmts), cols=7)
        t.style = "Table Grid"
        for i, lab in enumerate(["Statement", "1", "2", "3", "4", "5", "N/A"]):
            H.set_cell(t.cell(0, i), lab, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER if i else None)
            H.shade(t.cell(0, i), "DCE6F1")
        H.repeat_header(t.rows[0])
        for j, s in enumerate(stmts, 1):
            H.set_cell(t.cell(j, 0), s)
            for i in range(1, 7):
                H.set_cell(t.cell(j, i), BOX, align=WD_ALIGN_PARAGRAPH.CENTER)
            H.cant_split(t.rows[j])
        H.fix_widths(t, [4.1] + [0.46] * 6)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run("Comments")
    r.bold, r.font.size = True, Pt(12)
    for q in ("What are this person\u2019s greatest strengths?", "In what areas could this person improve?",
              "Additional comments:"):
        doc.add_paragraph(q)
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        t.rows[0].height = Inches(0.9)
        H.fix_widths(t, [6.9])
    doc.save(path)


def build():
    out = H.DOCS / f"{STEM}.docx"
    make_docx(out)
    comps = [H.competency(DOC, name, None, indicators=H.items(DOC, stmts)) for name, stmts in COMPS]
    H.write_gold(out, "docx", TITLE, comps)

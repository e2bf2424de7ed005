"""phcsc-competency-tables.pdf: Philippines Civil Service Commission, Competency Tables (2011 style).

One landscape Word table per competency: rows Competency / Definition / Levels (BASIC .. SUPERIOR
as four columns) / Core Description / Sample Behaviors ("•" typed in the cells). python-docx ->
LibreOffice -> PDF."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

import helpers as H

STEM = "phcsc-competency-tables"
LEVELS = ["BASIC", "INTERMEDIATE", "ADVANCED", "SUPERIOR"]

COMPS = [
    {
        "name": "Developing People",
        "definition": "The capacity to plan for and support the growth of an individual's or a team's skills and "
                      "abilities so that they can carry out current or future job/role responsibilities well.",
        "core": [
            "Makes use of suitable known or available interventions that can help close or narrow staff "
            "competence gaps, such as training programs or knowledge and reference aids.",
            "Takes part in the development of individuals or groups by applying or running simple solutions "
            "that help close or narrow competency gaps, such as coaching sessions or learning aids.",
            "Takes part in the development of individuals or groups by designing specialized or targeted "
            "solutions to competency gaps, such as assessment methods or succession planning.",
            "Champions and steers the organization toward a learning culture committed to continuous "
            "improvement and the development of talent.",
        ],
        "samples": [
            ["Identifies the skill, knowledge or attitude gaps of individuals or groups through simple "
             "observation and analysis.",
             "Identifies or recommends known or available interventions such as training programs or "
             "knowledge or reference materials.",
             "Shares own knowledge and work experience with colleagues when asked."],
            ["Holds dialogues with individuals or groups to understand, identify and/or present the actual or "
             "perceived knowledge, skill or attitude challenges, and builds personal or team motivation to "
             "address them.",
             "Knows when and how to adjust or change the interventions chosen or applied.",
             "Gives timely and specific feedback on performance and suggests ways to improve."],
            ["Leads the development of policies, processes and/or mechanisms for identifying talent, managing "
             "and developing it, and preparing people for new or future assignments.",
             "Uses creative ways of developing and inspiring talent such as job enrichment, mentoring or job "
             "rotation.",
             "Evaluates the effect of development interventions on individual and unit performance."],
            ["Makes the most of investments in training and development, or personally invests in "
             "technologies that further talent development and thereby the goals of the organization.",
             "Ensures that leaders across the organization are held accountable for developing talent.",
             "Acts as a role model and coach for leaders who develop others."],
        ],
    },
    {
        "name": "Managing Performance and Coaching for Results",
        "definition": "The ability to build an environment that helps people reach their performance goals, and to "
                      "give the feedback and coaching that bring individual and team results up to or beyond the "
                      "Commission's standards.",
        "core": [
            "Sets clear expectations for own work and checks own results against agreed targets.",
            "Agrees targets with team members, tracks their progress and gives feedback that helps them meet "
            "performance standards.",
            "Builds mechanisms for managing and coaching performance across units and acts on performance "
            "problems promptly and fairly.",
            "Shapes an organization-wide culture of high performance in which coaching and feedback are part "
            "of everyday work.",
        ],
        "samples": [
            ["Breaks own work down into targets and timelines and reports progress regularly.",
             "Asks for feedback on own performance and acts on it.",
             "Keeps accurate records of own accomplishments for the rating period."],
            ["Discusses performance goals with each team member at the start of the rating period.",
             "Recognizes good performance and points out areas for improvement in a timely manner.",
             "Uses coaching conversations to help staff work through problems on the job."],
            ["Designs unit performance indicators that are linked to the office's strategic objectives.",
             "Holds regular performance review sessions and follows through on agreed actions.",
             "Deals firmly and fairly with persistent underperformance."],
            ["Aligns the performance management system with the Commission's vision and strategic directions.",
             "Champions the use of performance data in decisions on rewards, development and placement.",
             "Coaches senior leaders to become effective coaches of their own teams."],
        ],
    },
]


def cell_text(cell, text, bold=False, size=9, align=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def build():
    doc = Document()
    H.clear_core_props(doc, "CSC Competency Tables")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Inches(0.6))
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    H.add_field(fp, "PAGE")

    widths = [1.5, 2.2, 2.2, 2.2, 2.2]
    for i, c in enumerate(COMPS):
        if i:
            doc.add_page_break()
        t = doc.add_table(rows=5, cols=5)
        t.style = "Table Grid"
        labels = ["Competency", "Definition", "Levels", "Core Description", "Sample Behaviors"]
        for r, lab in enumerate(labels):
            cell_text(t.cell(r, 0), lab, bold=True)
            H.shade(t.cell(r, 0), "D9E2F3")
        m = t.cell(0, 1).merge(t.cell(0, 4))
        cell_text(m, c["name"], bold=True, size=12)
        m = t.cell(1, 1).merge(t.cell(1, 4))
        cell_text(m, c["definition"])
        for j, lv in enumerate(LEVELS):
            cell_text(t.cell(2, j + 1), lv, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            H.shade(t.cell(2, j + 1), "F2F2F2")
            cell_text(t.cell(3, j + 1), c["core"][j])
            cell = t.cell(4, j + 1)
            for k, s in enumerate(c["samples"][j]):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                r = p.add_run("\u2022 " + s)
                r.font.size = Pt(9)
                p.paragraph_format.space_after = Pt(3)
        H.fix_widths(t, widths)
    tmp = H.BATCH / "build" / "tmp"
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    H.soffice(src, "pdf", H.DOCS)

    comps = []
    for c in COMPS:
        levels = []
        for j, lv in enumerate(LEVELS):
            beh = [H.item(STEM, c["core"][j], "Core Description")]
            beh += H.items(STEM, c["samples"][j], "Sample Behaviors")
            levels.append(H.level(j + 1, lv, beh))
        comps.append(H.competency(STEM, c["name"], c["definition"], levels=levels))
    H.write_gold(H.DOCS / f"{STEM}.pdf", "pdf", None, comps)


if __name__ == "__main__":
    build()

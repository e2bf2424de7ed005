"""Edinburgh Napier University, Behavioural Competency Framework (staff intranet document): DOCX via python-docx.

Header/footer, title, one-line intro, then per competency a typed-number bold heading ("1. Leading by Example"),
a description paragraph ("The Edinburgh Napier employee ..."), the label "Effective Behaviour according to
grades:" over a three-column table (Grades 1-3 | Grades 4-6 | Grades 7 & above) whose cells hold one behaviour
per paragraph (POSITIVE indicators by grade band), and the label "Ineffective Behaviours:" over a borderless
2 x 2 table with typed numbers running DOWN the columns (1, 2 | 3, 4), so that row order reads 1, 3, 2, 4
(NEGATIVE indicators).
"""
import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Pt, Inches

import helpers as H

STEM = "napier-behavioural-competency-framework"
TITLE = "Behavioural Competency Framework"
RED = "C4122F"
GRADES = ["Grades 1-3", "Grades 4-6", "Grades 7 & above"]

COMPS = [
    ("Leading by Example",
     "The Edinburgh Napier employee leads by example and shows a high level of personal integrity. By involving "
     "team members in decisions and facing up to unpopular choices, they earn the respect of others, provide "
     "leadership locally and more widely, and promote a \u2018one team\u2019 approach across the university. They also "
     "make sure that the team works effectively and can meet the internal and external challenges it faces.",
     [["Show a high level of integrity and ethical behaviour",
       "Treat individuals with dignity and respect",
       "Give praise and credit to others",
       "Raise conflict with your line manager where appropriate"],
      ["Lead the team in areas of expertise and personal responsibility",
       "Champion the team within the department",
       "Give feedback to the team and to individuals",
       "Identify the causes of conflict at work and take steps to resolve them"],
      ["Lead and represent the University inside and outside",
       "Tackle unpopular and uncomfortable issues and decisions",
       "Direct activities and teams to support the achievement of the University\u2019s strategic objectives",
       "Remove barriers to effective team working",
       "Recruit, manage and develop individuals to create high performing teams",
       "Champion institutional messages, even when these are unpopular"]],
     ["Put personal agenda ahead of the team",
      "Avoid unpopular issues and decisions",
      "Take credit for others\u2019 actions",
      "React aggressively to constructive criticism"]),
    ("Analysis & Problem Solving",
     "The Edinburgh Napier employee shows strength in analytical thinking and problem solving. They understand "
     "the strengths and limits of different types of data, use them to reach sound conclusions, identify the "
     "root causes of problems and find practical solutions.",
     [["Gather the information needed to resolve routine problems",
       "Check information for accuracy",
       "Refer complex problems to the right person"],
      ["Analyse data from several sources to identify trends and issues",
       "Identify the root cause of a problem before acting",
       "Propose practical solutions and explain their advantages and drawbacks"],
      ["Use evidence to inform strategic decisions",
       "Anticipate problems and put measures in place to prevent them",
       "Encourage others to take an evidence-based approach"]],
     ["Jump to conclusions without checking the facts",
      "Rely on a single source of information",
      "Pass problems on to others without trying to solve them",
      "Ignore the wider consequences of a solution"]),
    ("Communicating Effectively",
     "The Edinburgh Napier employee communicates clearly and confidently, in person and in writing, and adapts "
     "style and content to the audience. They listen to others and make sure that information reaches the "
     "people who need it.",
     [["Speak and write clearly and politely",
       "Listen carefully and check understanding",
       "Pass on information promptly to those who need it"],
      ["Tailor the message and the medium to the audience",
       "Present information confidently to groups",
       "Keep the team informed about changes and decisions"],
      ["Communicate the University\u2019s vision and strategy persuasively",
       "Handle sensitive and complex communications with tact",
       "Represent the University effectively to external audiences"]],
     ["Use jargon that others cannot follow",
      "Fail to listen to other points of view",
      "Withhold information from colleagues",
      "Communicate in a way that is abrupt or dismissive"]),
]


def build_docx(path):
    d = docx.Document()
    H.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    hp = sec.header.paragraphs[0]
    hp.style = d.styles["Normal"]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.45), WD_TAB_ALIGNMENT.RIGHT)
    H.run(hp, "Edinburgh Napier University\tHuman Resources", size=8, color="666666")
    fp = sec.footer.paragraphs[0]
    fp.style = d.styles["Normal"]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.45), WD_TAB_ALIGNMENT.RIGHT)
    H.run(fp, "Behavioural Competency Framework\t", size=8, color="666666")
    H.add_field(fp, "PAGE")
    fp.runs[-1].font.size = Pt(8)

    p = d.add_paragraph()
    H.run(p, TITLE, bold=True, size=18, color=RED)
    d.add_paragraph("There are eight Behavioural Competencies, and effective behaviours for each competency:")

    for i, (name, desc, grades, ineffective) in enumerate(COMPS, 1):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(14)
        p.paragraph_format.keep_with_next = True
        H.run(p, f"{i}. {name}", bold=True, size=13, color=RED)
        d.add_paragraph(desc)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        p.paragraph_format.keep_with_next = True
        H.run(p, "Effective Behaviour according to grades:", bold=True)
        t = d.add_table(rows=2, cols=3)
        H.grid_borders(t, color="A6A6A6", sz=4)
        for c, g in zip(t.rows[0].cells, GRADES):
            H.shade(c, "F4D7DC")
            H.run(c.paragraphs[0], g, bold=True)
        for c, items in zip(t.rows[1].cells, grades):
            for j, b in enumerate(items):
                bp = c.paragraphs[0] if j == 0 else c.add_paragraph()
                bp.paragraph_format.space_after = Pt(5)
                H.run(bp, b, size=9.5)
        H.fix_widths(t, [2.15, 2.15, 2.15])
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        H.run(p, "Ineffective Behaviours:", bold=True)
        t = d.add_table(rows=2, cols=2)
        H.no_borders(t)
        order = [(0, 0, 1), (1, 0, 2), (0, 1, 3), (1, 1, 4)]
        for r, c, n in order:
            H.run(t.rows[r].cells[c].paragraphs[0], f"{n}. {ineffective[n - 1]}", size=9.5)
        H.fix_widths(t, [3.22, 3.23])
    d.save(path)


def build():
    path = H.DOCS / f"{STEM}.docx"
    build_docx(path)
    comps = []
    for name, desc, grades, ineffective in COMPS:
        lv = [H.level(i, g, H.items(STEM, items)) for i, (g, items) in enumerate(zip(GRADES, grades), 1)]
        comps.append(H.competency(STEM, name, desc, levels=lv,
                                  indicators=H.items(STEM, ineffective, "Ineffective Behaviours")))
    H.write_gold(path, "docx", TITLE, comps)


if __name__ == "__main__":
    build()

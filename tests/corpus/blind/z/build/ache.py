"""ACHE Healthcare Executive Competencies Assessment Tool (excerpt): python-docx -> LibreOffice -> PDF.

Layout of the ACHE tool: a title block, a two-column introduction ("How to Use This Tool", the
Novice (1) / Competent (3) / Expert (5) rating key), then one section per competency domain: a
domain heading in capitals with its definition, and a rating table whose header row reads
"Novice | Competent | Expert" over the scale 1-5; lettered sub-headings (A. Relationship Management
...) run across the table, each followed by statement rows with five empty rating boxes.
Running footer with the tool's name and the page number.
"""
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt

import common as C
import helpers as H

STEM = "ache-healthcare-executive-competencies-assessment-tool"
TITLE = "ACHE Healthcare Executive 2020 Competencies Assessment Tool"

INTRO = (
    "The American College of Healthcare Executives’ Healthcare Executive Competencies Assessment "
    "Tool is provided as an instrument that healthcare leaders can use to gauge their expertise in "
    "the critical areas of healthcare management."
)
HOW_TO = (
    "The tool can be put to work in several ways: to pinpoint strengths, to find areas where "
    "professional skills could be developed further and to shape a development plan. A few of the "
    "ways it can be used are listed below."
)
HOW_BULLETS = [
    ("Self or organizational assessment.", " The tool helps you see your strengths and the areas you "
     "may want to develop against ACHE’s competencies. The results can feed your performance "
     "planning and review."),
    ("Team or group development.", " The tool can tie individual performance to the goals of the "
     "organization, so that team members combine the knowledge and skills needed to reach shared "
     "objectives."),
    ("Employee selection or job descriptions.", " The tool lets you look past the individual to the "
     "make-up of the whole workforce, its strengths and its gaps, and target training and resources "
     "accordingly."),
    ("Academic or professional development programs.", " The tool can show which knowledge and "
     "skills you may want to refresh or build when you choose development opportunities."),
]
SCALE = [
    ("Novice (1)", "–Your main focus is on understanding the skill and gathering the information "
     "needed to perform it. Your experience comes from the classroom or on-the-job training, and you "
     "expect to need help when you perform this skill."),
    ("Competent (3)", "–With considerable experience you solve problems within the guidelines and "
     "rules you have learned. You complete the competency as requested; you may need an expert’s "
     "help now and then but usually perform the skill on your own."),
    ("Expert (5)", "–You work intuitively, analyzing, recognizing patterns and solving problems with "
     "ideas and expertise. Others know you as the expert in this area; you give guidance, "
     "troubleshoot and answer questions about this competency."),
]
RESOURCES = (
    "For your convenience, the ACHE resources that support each domain, including readings, "
    "programs, assessments and self-study courses, are listed at the back of this tool."
)

DOMAINS = [
    {
        "num": "I.",
        "name": "COMMUNICATION AND RELATIONSHIP MANAGEMENT",
        "definition": (
            "The capacity to communicate clearly and concisely with internal and external customers, "
            "to build and sustain relationships, and to foster constructive interactions with "
            "individuals and groups."
        ),
        "subs": [
            ("A.", "Relationship Management", [
                "Build collaborative relationships with medical staff, nursing and other clinical leaders",
                "Maintain trusting working relationships with members of the governing board",
                "Develop and sustain partnerships with community organizations and other stakeholders",
                "Show respect for the views of others, including those who disagree",
                "Apply a systems perspective to encourage cooperation across departments",
                "Recognize and manage conflicts of interest in professional relationships",
                "Give and receive constructive feedback in a timely way",
            ]),
            ("B.", "Communication Skills", [
                "Prepare and deliver business presentations suited to the audience",
                "Write clear, concise reports, proposals and correspondence",
                "Listen actively and confirm understanding before responding",
                "Communicate the organization’s mission, goals and priorities to staff at all levels",
                "Use social media and other channels to inform the public, in line with organizational policy",
                "Present the results of data analysis in a form that decision makers can act on",
            ]),
            ("C.", "Facilitation and Negotiation", [
                "Lead meetings that reach decisions and assign responsibility for follow-up",
                "Negotiate contracts and agreements that balance the interests of all parties",
                "Build consensus among groups with competing priorities",
                "Mediate disputes between individuals or departments",
                "Facilitate group discussion so that every participant can contribute",
            ]),
        ],
    },
    {
        "num": "II.",
        "name": "LEADERSHIP",
        "definition": (
            "The capacity to inspire excellence in individuals and the organization, to create a "
            "shared vision, and to manage change successfully so that the organization reaches its "
            "strategic goals and performs well."
        ),
        "subs": [
            ("A.", "Leadership Skills and Behavior", [
                "Hold self and others accountable for meeting organizational goals",
                "Encourage strong commitment to the purpose and values of the organization",
                "Adapt leadership style to the situation and to the people involved",
                "Make sound decisions when information is incomplete or ambiguous",
                "Seek out and act on feedback about own leadership",
                "Support and mentor staff with high potential",
            ]),
            ("B.", "Organizational Climate and Culture", [
                "Foster a culture of safety, quality and continuous improvement",
                "Promote an inclusive workplace in which diverse views are heard",
                "Recognize and reward the contributions of staff",
                "Assess the organization’s culture and close gaps between stated and actual values",
            ]),
            ("C.", "Communicating Vision", [
                "Articulate a compelling vision that guides strategic decisions",
                "Connect the vision to the daily work of departments and individuals",
                "Explain the organization’s direction to external audiences",
            ]),
            ("D.", "Managing Change", [
                "Anticipate the need for change and prepare the organization for it",
                "Involve stakeholders early in planning and carrying out change",
                "Monitor the effects of change and adjust plans as needed",
                "Help staff cope with uncertainty during periods of transition",
            ]),
        ],
    },
]

NAVY = "1F3864"
SHADE = "D9E2F3"


def footer(section):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.paragraph_format.tab_stops.add_tab_stop(Inches(7.0), WD_TAB_ALIGNMENT.RIGHT)
    H.run(p, TITLE, size=8, color="595959")
    H.run(p, "\t", size=8)
    r = p.add_run()
    r.font.size = Pt(8)
    C.add_field(p, "PAGE", "1")


def domain_table(doc, dom):
    t = doc.add_table(rows=2, cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    H.grid_borders(t, color="8EA9DB")
    C.fix_widths(t, [4.25, 0.55, 0.55, 0.55, 0.55, 0.55])
    # header row 1: COMPETENCY LEVEL / Novice .. Expert
    r0 = t.rows[0]
    H.cell_par(r0.cells[0], "COMPETENCY", bold=True, size=8, first=True, color="FFFFFF")
    nov = r0.cells[1].merge(r0.cells[2])
    H.cell_par(nov, "Novice", bold=True, size=7, first=True, color="FFFFFF", align="center")
    H.cell_par(r0.cells[3], "Competent", bold=True, size=5.5, first=True, color="FFFFFF", align="center")
    exp = r0.cells[4].merge(r0.cells[5])
    H.cell_par(exp, "Expert", bold=True, size=7, first=True, color="FFFFFF", align="center")
    r1 = t.rows[1]
    H.cell_par(r1.cells[0], "LEVEL", bold=True, size=8, first=True, color="FFFFFF")
    for i in range(1, 6):
        H.cell_par(r1.cells[i], str(i), bold=True, size=8, first=True, color="FFFFFF", align="center")
    for row in (r0, r1):
        C.mark_header_row(row)
        for c in row.cells:
            C.shade(c, NAVY)
    for letter, sub, stmts in dom["subs"]:
        row = t.add_row()
        C.row_flags(row)
        m = H.merge_row(row)
        H.cell_par(m, f"{letter} {sub}", bold=True, size=9, first=True)
        C.shade(m, SHADE)
        for s in stmts:
            row = t.add_row()
            C.row_flags(row)
            H.cell_par(row.cells[0], s, size=9, first=True)
            for i in range(1, 6):
                H.cell_par(row.cells[i], "\u25cb", size=8, first=True, color="8EA9DB", align="center")
    return t


def build():
    doc = Document()
    H.base_font(doc, "Arial", 9.5)
    C.clear_core_props(doc, TITLE)
    s = doc.sections[0]
    s.page_width, s.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin"):
        setattr(s, side, Inches(0.75))
    s.top_margin, s.bottom_margin = Inches(0.7), Inches(0.7)
    footer(s)

    H.para(doc, "ACHE HEALTHCARE EXECUTIVE", bold=True, size=20, color=NAVY, space_after=0)
    H.para(doc, "2020 COMPETENCIES ASSESSMENT TOOL", bold=True, size=20, color=NAVY, space_after=10)

    # two-column introduction
    s2 = doc.add_section(WD_SECTION.CONTINUOUS)
    H.set_cols(s2, 2)
    H.para(doc, INTRO, space_after=6)
    H.para(doc, "How to Use This Tool", bold=True, size=11, color=NAVY, space_after=3)
    H.para(doc, HOW_TO, space_after=4)
    bnum = C.add_numbering(doc, C.bullet_lvl("\u2022", left=240, hanging=180), "5A1C0001")
    for lead, rest in HOW_BULLETS:
        p = doc.add_paragraph()
        C.set_num(p, bnum)
        H.run(p, lead, bold=True)
        H.run(p, rest)
        p.paragraph_format.space_after = Pt(3)
    H.para(doc, "When you have completed the ratings, your results point to the competencies to "
                "focus on when you choose professional development opportunities.", space_after=6)
    for lead, rest in SCALE:
        p = doc.add_paragraph()
        C.set_num(p, bnum)
        H.run(p, lead, bold=True)
        H.run(p, rest)
        p.paragraph_format.space_after = Pt(3)
    H.para(doc, RESOURCES, space_after=6)
    H.para(doc, "Copyright © 2019 by the American College of Healthcare Executives. "
                "All rights reserved.", size=7, color="595959")

    # domains, single column, each on a new page
    for i, dom in enumerate(DOMAINS):
        sec = doc.add_section(WD_SECTION.NEW_PAGE if i == 0 else WD_SECTION.CONTINUOUS)
        H.set_cols(sec, 1)
        if i:
            H.para(doc, "", space_after=6)
        p = H.para(doc, f"{dom['num']} {dom['name']}", bold=True, size=13, color=NAVY, space_after=3)
        p.paragraph_format.keep_with_next = True
        p = H.para(doc, dom["definition"], italic=True, space_after=6)
        p.paragraph_format.keep_with_next = True
        domain_table(doc, dom)

    tmp = Path(tempfile.mkdtemp(prefix="z-ache-")) / f"{STEM}.docx"
    doc.save(tmp)
    return H.docx_to_pdf(tmp, f"{STEM}.pdf")


def gold():
    comps = []
    for dom in DOMAINS:
        ind = []
        for _, sub, stmts in dom["subs"]:
            ind += H.items(stmts, STEM, group=sub)
        comps.append(C.competency(dom["name"], STEM, definition=dom["definition"], indicators=ind))
    return C.write_gold(STEM, f"{STEM}.pdf", "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()

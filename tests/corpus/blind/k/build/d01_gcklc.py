"""Government of Canada, Key Leadership Competencies (Canada Public Service Agency / Public Service Commission,
2006, reprinted 2007). Excerpt.

PDF (python-docx -> LibreOffice): a title + "Table of Contents" page with dot leaders, a short Introduction, then
"Definitions" (the four competencies, one paragraph each), then one section per level, printed from the highest
level down ("Effective Behaviours - Director", "... - Manager", "... - Supervisor"), each repeating the four
competency headings; Strategic Thinking and Management Excellence have bold sub-headings (Analysis / Ideas;
Action / People / Financial Management). Running header (title + "Effective Behaviours") and a centred footer with
the page number. The level sections are the reverse of a per-competency layout: a competency's levels are spread
over three pages.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "gc-key-leadership-competencies"
TITLE = "Key Leadership Competencies"

DEFS = [
    ("Values and Ethics",
     "Public Service leaders serve Canadians with integrity, in their personal conduct and in the practices of "
     "their organizations, and show respect for people and for the principles of the Public Service: democratic, "
     "professional, ethical and people values. They create workplaces that are respectful, bilingual, diverse and "
     "inclusive, where decisions and transactions are fair and transparent, and they hold themselves, their staff "
     "and their organizations to account."),
    ("Strategic Thinking",
     "Public Service leaders give advice and plan on the basis of a sound analysis of issues and trends and of how "
     "these bear on the mandate, capacity and potential of their organization. They watch a complex and shifting "
     "environment for early signs of crises and opportunities, and they develop strategies that take account of "
     "the needs of many stakeholders and partners and that position the organization to succeed."),
    ("Engagement",
     "Public Service leaders involve people, organizations and partners in setting goals, carrying out plans and "
     "achieving results. They prepare the ground by building coalitions with key players, and they mobilize teams "
     "by communicating clearly and often and by investing the time needed to engage the whole organization."),
    ("Management Excellence",
     "Public Service leaders deliver results by aligning people, work and systems with the business and "
     "priorities of the organization. They manage action, people and money with rigour: they set clear "
     "expectations, put in place the structures and controls that the work requires, and use public resources "
     "responsibly."),
]

# level label -> competency -> [(group or None, [bullets])]
LEVELS = [
    ("Director", 3, {
        "Values and Ethics": [(None, [
            "Shows the values and ethics of the Public Service, including the Values and Ethics Code, in personal "
            "conduct and in the way the directorate is run",
            "Builds a climate in which staff can raise ethical concerns and deals with them openly",
            "Treats every employee with respect and fairness and promotes official languages, diversity and "
            "employment equity in the directorate",
            "Ensures that decisions on staffing, contracting and spending are transparent and fair",
        ])],
        "Strategic Thinking": [
            ("Analysis", [
                "Turns departmental strategy into operational plans and priorities for the directorate",
                "Draws on a wide range of sources to build an integrated view of complex issues",
                "Foresees the effect of emerging issues on programs and adjusts plans accordingly",
            ]),
            ("Ideas", [
                "Develops new approaches to programs and services and tests them with partners",
                "Encourages staff to challenge established practice and to propose improvements",
            ]),
        ],
        "Engagement": [(None, [
            "Builds working relationships with stakeholders, other directorates and central agencies",
            "Communicates the direction of the organization to staff and explains how their work contributes",
            "Consults partners early and uses their views to shape plans",
            "Negotiates solutions that balance the interests of the directorate and its partners",
        ])],
        "Management Excellence": [
            ("Action Management", [
                "Sets directorate objectives that are aligned with departmental priorities and tracks progress",
                "Makes timely decisions on risk and adjusts operations when circumstances change",
            ]),
            ("People Management", [
                "Plans the human resources the directorate needs and builds succession for key positions",
                "Supports the learning and career development of managers and employees",
            ]),
            ("Financial Management", [
                "Allocates resources to priorities and monitors spending against plans",
                "Puts in place sound financial controls and reports results accurately",
            ]),
        ],
    }),
    ("Manager", 2, {
        "Values and Ethics": [(None, [
            "Demonstrates the values and ethics of the Public Service in personal and professional behaviour",
            "Discusses ethical questions with the team and seeks advice when the right course is unclear",
            "Builds a respectful, bilingual and inclusive work unit",
            "Applies rules and policies fairly and explains the reasons for decisions",
        ])],
        "Strategic Thinking": [
            ("Analysis", [
                "Breaks down complex issues and identifies the information needed to address them",
                "Relates unit work plans to the priorities of the directorate",
                "Assesses the risks and benefits of options before recommending a course of action",
            ]),
            ("Ideas", [
                "Proposes practical improvements to processes and services",
                "Welcomes new ideas from employees and helps put good ones into practice",
            ]),
        ],
        "Engagement": [(None, [
            "Shares information with the team and with colleagues in other units",
            "Builds cooperation within the team and with clients and partners",
            "Involves employees in planning the work of the unit",
            "Represents the unit in a constructive way in discussions with other groups",
        ])],
        "Management Excellence": [
            ("Action Management", [
                "Sets clear goals and deadlines for the unit and monitors progress",
                "Organizes work so that priorities are met and adjusts when demands change",
            ]),
            ("People Management", [
                "Gives regular feedback and deals with performance problems promptly",
                "Identifies learning needs and gives employees opportunities to develop",
            ]),
            ("Financial Management", [
                "Prepares the unit budget and manages expenditures within it",
                "Uses resources efficiently and follows financial policies",
            ]),
        ],
    }),
    ("Supervisor", 1, {
        "Values and Ethics": [(None, [
            "Acts in keeping with the values and ethics of the Public Service",
            "Raises ethical concerns with the manager and follows the appropriate procedures",
            "Treats team members with respect and fairness",
            "Supports the use of both official languages in the workplace",
        ])],
        "Strategic Thinking": [
            ("Analysis", [
                "Gathers the facts before deciding and checks their accuracy",
                "Identifies problems in daily operations and their likely causes",
                "Plans the work of the team in light of the unit's priorities",
            ]),
            ("Ideas", [
                "Suggests ways to improve how the team works",
                "Encourages team members to share their ideas",
            ]),
        ],
        "Engagement": [(None, [
            "Keeps team members informed of decisions and changes that affect them",
            "Works cooperatively with other teams and with clients",
            "Asks team members for their views before making decisions that affect them",
            "Recognizes the contributions of team members",
        ])],
        "Management Excellence": [
            ("Action Management", [
                "Assigns tasks clearly and follows up to make sure they are completed",
                "Sets priorities for the team and adjusts them when necessary",
            ]),
            ("People Management", [
                "Coaches team members and gives them timely feedback",
                "Helps new employees settle into their jobs",
            ]),
            ("Financial Management", [
                "Uses supplies, equipment and overtime responsibly",
                "Keeps accurate records of the team's use of resources",
            ]),
        ],
    }),
]

INTRO = [
    "The Key Leadership Competencies profile describes the behaviours expected of leaders in the Public Service "
    "of Canada. It contains a model of four competencies with their definitions, which are common to all "
    "management levels, and examples of effective behaviours for each competency at each level.",
    "This excerpt presents the definitions and the effective behaviours for the Director, Manager and Supervisor "
    "levels.",
]

CONTENTS = [("Introduction", "2"), ("Definitions", "2"), ("Behaviours \u2013 Effective", ""),
            ("Director", "3"), ("Manager", "4"), ("Supervisor", "5")]

NAVY = RGBColor(0x1F, 0x3A, 0x60)


def _heading(doc, text, size, color=NAVY, before=12, after=6, page_break=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = color
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.keep_with_next = True
    if page_break:
        p.paragraph_format.page_break_before = True
    return p


def render(path):
    doc = Document()
    H.clear_core_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "Key Leadership Competencies"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(9)
    # title page with contents
    p = doc.add_paragraph()
    r = p.add_run("Key Leadership Competencies")
    r.bold = True
    r.font.size = Pt(24)
    r.font.color.rgb = NAVY
    p.paragraph_format.space_after = Pt(4)
    p = doc.add_paragraph("Published by the Canada Public Service Agency and the Public Service Commission")
    p.runs[0].font.size = Pt(9)
    p = doc.add_paragraph("\u00a9 Her Majesty the Queen in Right of Canada, 2006. Reprint of the 2006 version "
                          "with minor revisions \u2013 2007")
    p.runs[0].font.size = Pt(8)
    _heading(doc, "Table of Contents", 14, before=36)
    for label, page in CONTENTS:
        p = doc.add_paragraph()
        indent = label in ("Director", "Manager", "Supervisor")
        p.paragraph_format.left_indent = Inches(0.3 if indent else 0)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(label + ("\t" + page if page else ""))
        p.paragraph_format.space_after = Pt(3)
    # introduction
    _heading(doc, "Introduction", 14, page_break=True, before=0)
    for t in INTRO:
        doc.add_paragraph(t).paragraph_format.space_after = Pt(6)
    # definitions
    _heading(doc, "Definitions", 14, before=18)
    for name, text in DEFS:
        _heading(doc, name, 11, before=8, after=2)
        doc.add_paragraph(text).paragraph_format.space_after = Pt(4)
    # level sections
    bullet = H.add_numbering(doc, H.bullet_lvl("\u2022", left=360, hanging=240), "5A1B2C3D")
    for label, _rank, comps in LEVELS:
        _heading(doc, f"Effective Behaviours \u2013 {label}", 14, page_break=True, before=0)
        for cname, groups in comps.items():
            _heading(doc, cname, 11, before=6, after=2)
            for group, bullets in groups:
                if group:
                    gp = doc.add_paragraph()
                    gr = gp.add_run(group)
                    gr.bold = True
                    gr.italic = True
                    gp.paragraph_format.space_before = Pt(2)
                    gp.paragraph_format.space_after = Pt(1)
                    gp.paragraph_format.keep_with_next = True
                for b in bullets:
                    bp = doc.add_paragraph(b)
                    H.set_num(bp, bullet)
                    bp.paragraph_format.space_after = Pt(1)
    H.TMP.mkdir(parents=True, exist_ok=True)
    src = H.TMP / f"{STEM}.docx"
    doc.save(src)
    H.docx_to_pdf(src, path)


def gold(path):
    comps = []
    for name, definition in DEFS:
        levels = []
        for label, rank, cmap in LEVELS:
            beh = []
            for group, bullets in cmap[name]:
                beh += H.items(STEM, bullets, group)
            levels.append(H.level(rank, label, beh))
        comps.append(H.competency(STEM, name, definition, levels=levels))
    H.write_gold(path, "pdf", TITLE, comps)


def build():
    path = H.DOCS / f"{STEM}.pdf"
    render(path)
    gold(path)

"""odot-leader-competencies.pdf: Oregon Department of Transportation, "ODOT Leader Competencies" (August 2020).

Excerpt of the booklet: cover, the leadership-principles / definitions page (page II) and three competency pages
(8-10). python-docx -> LibreOffice -> PDF. Wording is ours.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "odot-leader-competencies"
TITLE = "ODOT LEADER COMPETENCIES"
NAVY = RGBColor(0x1B, 0x36, 0x5D)
ORANGE = RGBColor(0xE0, 0x7A, 0x1F)

DEFINITIONS = [
    ("LEADERSHIP", "The capacity to move people toward good outcomes. We believe leadership can come from any "
     "position in the agency, and we want to name and reinforce the behaviors and skills we look for in our "
     "leaders."),
    ("LEADER", "A person who uses influence to help others work toward shared goals. We use the word for people "
     "who hold leadership roles in the agency (for example supervisors, lead workers, senior staff, and program "
     "and project leads)."),
    ("MANAGER", "Managers are responsible for organizational units and programs. They guide the agency\u2019s "
     "progress by designing and sustaining the systems through which work gets done. Managing is not the same "
     "as supervising."),
    ("SUPERVISOR", "The formal term for agency staff who manage employees and are accountable for their "
     "performance. Supervision is the day-to-day direction of the work of reporting positions. We use the term "
     "for everyone, at any level, who manages others."),
]

COMPETENCIES = [
    {
        "name": "INNOVATION", "page": 8,
        "definition": "Looks for new and better ways to serve Oregonians; welcomes fresh ideas, tests them "
                      "thoughtfully and learns from what does not work.",
        "behaviors": [
            "Invites ideas from every level of the team and gives each one a fair hearing.",
            "Questions \u201cthe way we\u2019ve always done it\u201d when a better approach is within reach.",
            "Runs small pilots before committing people and money to a large change.",
            "Treats setbacks as chances to learn rather than reasons to stop.",
            "Makes room in the team\u2019s workload to explore improvements.*",
            "Recognizes employees who propose or carry out improvements.*",
        ],
        "quote": "\u201cI believe innovation at ODOT isn\u2019t about big inventions. It\u2019s the crew that "
                 "finds a safer way to close a lane, and the leader who lets them try it.\u201d",
        "who": "\u2013 Maintenance Manager, Region 4",
        "training": ["Leading Change at ODOT", "Growth Mindset for Leaders", "Lean Problem Solving"],
    },
    {
        "name": "DEVELOPING PEOPLE", "page": 9,
        "definition": "Supports the growth of employees so they can reach their potential and help the agency "
                      "deliver its mission.",
        "behaviors": [
            "Holds regular conversations with staff about their goals and career interests.",
            "Offers timely, specific feedback, both positive and corrective.",
            "Shares knowledge and lessons learned freely with coworkers.",
            "Identifies stretch assignments that build new skills.*",
            "Completes performance evaluations on time, with comments that mean something to the "
            "employee.*",
            "Backs staff in attending training, even when workloads are heavy.*",
        ],
        "quote": "\u201cMy supervisor asked me where I wanted to be in five years, and then helped me get there. "
                 "That one conversation changed my career.\u201d",
        "who": "\u2013 Transportation Engineer, Region 1",
        "training": ["Coaching for Performance", "Career Conversations", "Giving and Receiving Feedback"],
    },
    {
        "name": "BUILDING TRUST", "page": 10,
        "definition": "Creates a workplace where people feel safe to speak up; keeps commitments and acts with "
                      "integrity.",
        "behaviors": [
            "Follows through on commitments, or explains promptly when plans change.",
            "Speaks honestly, even when the message is hard to hear.",
            "Admits mistakes and takes responsibility for them.",
            "Handles information shared in confidence with care.",
            "Applies policies and decisions consistently across the team.*",
            "Addresses conflict early and fairly.*",
        ],
        "quote": "\u201cTrust gets built in the small moments, like when a leader says \u2018I don\u2019t know, "
                 "but I\u2019ll find out\u2019 and then actually comes back with the answer.\u201d",
        "who": "\u2013 Administrative Specialist, Salem Headquarters",
        "training": ["Crucial Conversations", "Leading with Integrity", "Respectful Workplace for Supervisors"],
    },
]


def page_numbering(section, fmt, start):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:pgNumType")):
        sectPr.remove(old)
    sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:fmt="{fmt}" w:start="{start}"/>'))


def footer(section):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("ODOT LEADER COMPETENCIES   AUGUST 2020  |  ")
    r.font.size = Pt(8)
    r.font.color.rgb = NAVY
    H.add_field(p, "PAGE", "1", size=Pt(8), bold=True)


def para(doc_or_cell, text="", size=10, bold=False, color=None, align=None, space_after=6, italic=False):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        if color:
            r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(space_after)
    if align is not None:
        p.alignment = align
    return p


def build(out_dir):
    doc = Document()
    H.clear_core_props(doc, title="ODOT Leader Competencies", author="ODOT")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    bullet = H.add_numbering(doc, H.bullet_lvl("\u25aa", left=300, hanging=240), "2B1A0C01")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Inches(0.9))
    sec.top_margin, sec.bottom_margin = Inches(0.8), Inches(0.7)

    # ---- cover (no footer)
    for _ in range(8):
        para(doc, "", space_after=12)
    para(doc, "ODOT LEADER", 40, True, NAVY, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "COMPETENCIES", 40, True, ORANGE, WD_ALIGN_PARAGRAPH.LEFT, 18)
    para(doc, "AUGUST 2020", 16, True, NAVY, space_after=120)
    para(doc, "Oregon Department of Transportation", 11, False, NAVY)

    # ---- front matter: page II
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_numbering(sec2, "upperRoman", 2)
    footer(sec2)
    p = para(doc, "", space_after=10)
    r = p.add_run("STATEMENT OF LEADERSHIP PRINCIPLES: ")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = ORANGE
    r = p.add_run("Our leaders live our values every day as they serve, inspire, develop and empower the "
                  "agency\u2019s greatest asset \u2014 our people.")
    r.font.size = Pt(12)
    r.font.color.rgb = NAVY
    para(doc, "We are one ODOT!", 14, True, NAVY, space_after=16)
    for term, text in DEFINITIONS:
        para(doc, term, 11, True, ORANGE, space_after=2)
        para(doc, text, 10, space_after=10)
    para(doc, "Disclaimer: ODOT supports the idea of \u201cleadership from any chair,\u201d yet some "
              "expectations apply only to people in supervisory positions. Those expectations are marked with "
              "an asterisk (*).", 9, italic=True, space_after=6)

    # ---- competency pages 8-10
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_numbering(sec3, "decimal", 8)
    footer(sec3)
    for i, c in enumerate(COMPETENCIES):
        if i:
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        para(doc, c["name"], 26, True, NAVY, space_after=4)
        para(doc, c["definition"], 11, True, ORANGE, space_after=14)
        t = doc.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        H.no_borders(t)
        H.cell_margins(t, 80, 80, 120, 120)
        H.fix_widths(t, [4.3, 2.4])
        left, right = t.rows[0].cells
        left.paragraphs[0].add_run("BEHAVIORS").bold = True
        left.paragraphs[0].runs[0].font.color.rgb = NAVY
        left.paragraphs[0].runs[0].font.size = Pt(12)
        for b in c["behaviors"]:
            bp = para(left, b, 10, space_after=4)
            H.set_num(bp, bullet)
        H.shade(right, "E8EDF4")
        rp = right.paragraphs[0]
        rr = rp.add_run("WHAT PEOPLE ARE SAYING")
        rr.bold = True
        rr.font.size = Pt(10)
        rr.font.color.rgb = ORANGE
        qp = para(right, c["quote"], 10, italic=True, color=NAVY, space_after=4)
        qp.add_run().add_break()
        wr = qp.add_run(c["who"])
        wr.font.size = Pt(9)
        para(doc, "", space_after=10)
        p = para(doc, "", space_after=4)
        r = p.add_run("RECOMMENDED TRAINING: ")
        r.bold = True
        r.font.color.rgb = NAVY
        r = p.add_run(", ".join(c["training"]))
        r.font.size = Pt(10)

    src = Path(out_dir) / f"{STEM}.docx"
    doc.save(src)
    pdf = H.DOCS / f"{STEM}.pdf"
    H.docx_to_pdf(src, pdf)
    return pdf


def gold(pdf):
    d = STEM
    comps = []
    for c in COMPETENCIES:
        comps.append(H.competency(
            d, c["name"], c["definition"],
            indicators=H.items(d, c["behaviors"]),
            courses=H.items(d, c["training"]),
            notes=H.items(d, [c["quote"] + " " + c["who"]])))
    return H.write_gold(pdf, "pdf", TITLE, comps)

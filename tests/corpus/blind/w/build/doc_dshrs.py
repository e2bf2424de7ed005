"""Developmental Services Human Resource Strategy (Ontario), "Behaviour-Based Interview Guide, Role: Director"
(November 2010): DOCX made with python-docx, WITHOUT any heading style.

Every paragraph is "Normal": the title lines and competency names are bold runs, sub-sections ("Definition",
"Behavioural indicators to listen for", "Questions and probes", "Notes") are underlined runs, the rating line
is italic.  Lists use real Word numbering (w:numPr): bullets for the indicators, a two-level list for the
questions (level 0 decimal "1.", restarted for each competency; level 1 "o" bullets for the probes).
Header and footer with a PAGE field.
"""
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

import wcommon as C

STEM = "dshrs-behaviour-based-interview-guide-director"
FILE = STEM + ".docx"
TITLE = "Behaviour-Based Interview Guide"

COMPETENCIES = [
    ("Achievement Orientation",
     "The drive to do the job well and to go beyond a standard of excellence, whether that standard is one's "
     "own earlier results, an objective measure, a demanding goal one has set, or the best that others have "
     "achieved.",
     ["Sets measurable goals for self and for the service, and tracks progress against them",
      "Looks for ways to improve outcomes for the people supported, not only to complete tasks",
      "Weighs costs and benefits before committing resources",
      "Takes calculated risks to improve performance"],
     [("Tell me about a goal you set for your organization or program that was difficult to reach.",
       ["What made the goal challenging?", "What did you do to reach it?", "How did you measure success?"]),
      ("Describe a time when you improved the way a service was delivered.",
       ["How did you know that an improvement was needed?", "What was the result for the people supported?"]),
      ("Give me an example of a decision where you had to balance the quality of a service against budget "
       "limits.",
       ["Which options did you consider?", "What did you decide, and why?"])]),
    ("Developing Others",
     "A sincere commitment to helping others learn and grow over the long term, going beyond simply arranging "
     "training.",
     ["Gives specific and timely feedback, both positive and corrective",
      "Delegates assignments that stretch staff and supports them while they learn",
      "Encourages staff to attend training and helps them apply it on the job"],
     [("Tell me about a time you helped a staff member improve their performance.",
       ["How did you find out what the person needed?", "What did you do?", "What changed as a result?"]),
      ("Describe how you prepared someone on your team to take on more responsibility.",
       ["How did you choose the person?", "How did you follow up?"]),
      ("Tell me about a time when your feedback was not well received.",
       ["What did you say?", "How did you respond to the person's reaction?"])]),
    ("Organizational Awareness",
     "The ability to understand how power and influence work in one's own organization and in others, "
     "including funders, partner agencies and the Ministry, and to use that understanding to get things done.",
     ["Understands the formal structure and the informal networks of the agency and of the sector",
      "Anticipates how decisions will be received by staff, families, the board and funders",
      "Keeps informed about policy changes in the developmental services sector"],
     [("Tell me about a time when a change in government policy or funding affected your organization.",
       ["How did you learn about the change?", "What did you do to prepare the organization?"]),
      ("Describe a situation in which you needed the support of someone outside your reporting line to move "
       "an initiative forward.",
       ["Whom did you approach, and why?", "What was the outcome?"])]),
]

BEFORE = [
    "Review the job description and the competency profile for the Director role.",
    "Select the competencies to be assessed and, for each, two or three questions from this guide. Note: If "
    "you have selected a threshold competency, identify an appropriate target level for the position.",
    "Agree on who will ask which questions and who will take notes.",
    "Review the prepared \"script\" for opening and closing the interview.",
]
CLOSING = [
    "Ask the candidate whether there is anything else they would like the panel to know.",
    "Explain the next steps in the selection process and when the candidate can expect to hear from you.",
    "Thank the candidate for their time.",
]


def _num_xml():
    lvl0 = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>')
    lvl1 = ('<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/>'
            '</w:rPr></w:lvl>')
    return lvl0 + lvl1


def para(d, text="", bold=False, underline=False, italic=False, size=None, num=None, ilvl=0, after=4):
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold, r.underline, r.italic = bold, underline, italic
        if size:
            r.font.size = Pt(size)
    if num is not None:
        C.set_num(p, num, ilvl)
    return p


def render():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    C.clear_core_props(d, TITLE)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Behaviour-Based Interview Guide\tDirector\tNovember 2010"
    fp = sec.footer.paragraphs[0]
    fp.add_run("Developmental Services Human Resource Strategy\tPage ")
    C.add_field(fp, "PAGE", "1")

    bullet_abs = C.add_abstract(d, C.BULLET_LVL.format(left=720, hang=360), "3A5B7C01")
    q_abs = C.add_abstract(d, _num_xml(), "3A5B7C02")
    step_abs = C.add_abstract(d, C.DECIMAL_LVL.format(left=720, hang=360), "3A5B7C03")

    para(d, "DEVELOPMENTAL SERVICES HUMAN RESOURCE STRATEGY", bold=True, size=16, after=12)
    para(d, "BEHAVIOUR-BASED INTERVIEW GUIDE", bold=True, size=14, after=12)
    para(d, "ROLE: DIRECTOR", bold=True, size=12, after=24)
    for lab in ("CANDIDATE NAME:", "INTERVIEWER NAME:", "DATE:"):
        p = para(d, lab, bold=True, after=12)
        p.add_run("\t______________________________________")
    p = para(d)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(d, "These materials were prepared for the internal use of the Developmental Services Human Resource "
            "Strategy only. They may not be reproduced or shared outside the Strategy, in whole or in part, in "
            "print or electronically (including by e-mail or on a website), without written permission.",
         italic=True, size=9, after=6)
    para(d, "\u00a9 2010 Developmental Services Human Resource Strategy. All Rights Reserved.", size=9, after=18)
    para(d, "ABOUT THIS GUIDE", bold=True, after=6)
    para(d, "This guide sets out how to prepare for and conduct a behaviour-based interview for the Director "
            "role, and gives the panel a script for each part of the interview. The interview is structured, "
            "but every interview still needs a personal touch: let your own style come through while you "
            "follow the guide, so that the candidate is at ease and every candidate is treated the same way.",
         after=10)
    para(d, "Before the interview", underline=True, after=4)
    n = C.add_num(d, step_abs)
    for s in BEFORE:
        para(d, s, num=n, after=2)
    para(d, after=6)
    para(d, "Rating the answers", underline=True, after=4)
    para(d, "Rate each competency from 1 (no evidence) to 5 (strong evidence at or above the target level) "
            "once the candidate has finished answering all the questions for it. Base the rating on what the "
            "candidate actually did, not on what they say they would do.", after=10)

    for name, definition, indicators, questions in COMPETENCIES:
        p = para(d, after=6)
        p.add_run().add_break(WD_BREAK.PAGE)
        para(d, name, bold=True, size=12, after=6)
        para(d, "Definition", underline=True, after=2)
        para(d, definition, after=8)
        para(d, "Behavioural indicators to listen for", underline=True, after=2)
        nb = C.add_num(d, bullet_abs)
        for b in indicators:
            para(d, b, num=nb, after=2)
        para(d, after=4)
        para(d, "Questions and probes", underline=True, after=2)
        nq = C.add_num(d, q_abs, restart=True)
        for q, probes in questions:
            para(d, q, num=nq, ilvl=0, after=2)
            for pr in probes:
                para(d, pr, num=nq, ilvl=1, after=1)
        para(d, after=4)
        para(d, "Notes", underline=True, after=2)
        for _ in range(4):
            para(d, "_" * 70, after=2)
        para(d, "Rating:   1      2      3      4      5", italic=True, after=6)

    p = para(d, after=6)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(d, "CLOSING THE INTERVIEW", bold=True, after=6)
    n = C.add_num(d, step_abs, restart=True)
    for s in CLOSING:
        para(d, s, num=n, after=2)
    d.save(C.DOCS / FILE)


def gold():
    comps = []
    for name, definition, indicators, questions in COMPETENCIES:
        comps.append(C.competency(
            name, STEM, definition=definition,
            indicators=[C.item(STEM, b) for b in indicators],
            interview_questions=[C.item(STEM, q + " " + " ".join(pr)) for q, pr in questions]))
    C.write_gold(STEM, FILE, "docx", TITLE, comps)


def build():
    render()
    gold()


if __name__ == "__main__":
    build()

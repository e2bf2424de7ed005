"""1. bc-competency-dictionary.pdf -- BC Public Service Agency, Competency Dictionary (Leading People).

python-docx (everything Normal style: bold lines for names, "Level N:" inline labels) -> LibreOffice -> PDF."""
import shutil
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Pt, Inches, RGBColor

import helpers as H

STEM = "bc-competency-dictionary"

FRONT_INTRO = (
    "Behavioural competencies describe the behaviours, attributes, traits and motives you show when you do a "
    "job. They help you do that job well, and they are what set superior performance apart from average "
    "performance. Use this dictionary to prepare for interviews and career moves, to set work and learning "
    "goals, and to build the strengths that lead to higher performance.")
SCALE_INTRO = (
    "Each competency is described at four levels. The levels are cumulative: someone working at one level also "
    "shows the behaviours of the levels below it.")
SCALE = [
    ("Level 1:", "The behaviour is shown in everyday tasks, usually with clear direction."),
    ("Level 2:", "The behaviour is shown independently, across a range of situations."),
    ("Level 3:", "The behaviour is shown in complex situations and shapes how others work."),
    ("Level 4:", "The behaviour sets direction for the work unit or the wider organization."),
]
SCALE_OUTRO = ("Not every level applies to every position. Hiring managers choose the level that a job requires "
               "and build interview questions around it.")

COMPETENCIES = [
    {
        "name": "Change Leadership",
        "definition": [
            "Change leadership is about setting out a new vision for the organization and taking the steps needed "
            "so that its members accept and support that vision.",
            "It usually goes with a fairly senior position, although people in other roles can show it as well.",
        ],
        "sep": ":",
        "levels": [
            "Identifies the area for change. Points out, in general terms, that change is needed and names what "
            "should be different.",
            "Puts the vision for change into words. Describes a general vision or goal for the change and explains "
            "it to the people it will affect.",
            "Questions the status quo. Compares the current state with the vision, shows where it falls short and "
            "argues for moving beyond it.",
            "Reinforces the change vision visibly. Takes strong action, such as restructuring work or moving "
            "resources, that shows people the vision is real and here to stay.",
        ],
    },
    {
        "name": "Change Management",
        "definition": [
            "Change management is the ability to carry forward a change initiative that has been mandated in the "
            "organization. It means helping members of the organization see what the change means for them, and "
            "giving the ongoing guidance and support that keep their enthusiasm and commitment alive while the "
            "change takes hold.",
        ],
        "sep": ":",
        "levels": [
            "Speaks up for change. Explains the reasons for a mandated change and talks about it positively with "
            "co-workers.",
            "Connects change to work processes. Shows how the change affects daily procedures and adjusts own "
            "processes so that they fit the new direction.",
            "Makes change real for individuals and the group. Works with each person to sort out what the change "
            "means for their role, and deals openly with concerns and resistance.",
            "Sees the change initiative through. Tracks progress, reinforces new practices over time and comes "
            "back to the change when momentum fades.",
        ],
    },
    {
        "name": "Developing Others",
        "definition": [
            "Developing others is a genuine intent to encourage the long-term learning and growth of others through "
            "coaching, performance management and mentoring. The focus is on the intent and the effect of "
            "development rather than on a formal training role.",
        ],
        "sep": " \u2013",
        "levels": [
            "Expresses positive expectations of others. Speaks well of other people\u2019s abilities and "
            "potential, including people who are struggling, and believes they can learn.",
            "Gives reasons and other support. Explains how and why a task is done and offers practical help, such "
            "as tools or worked examples, that makes the work easier to learn.",
            "Gives feedback that encourages. Offers specific, timely feedback on performance, reassures after "
            "setbacks and points to what the person can do differently next time.",
            "Provides longer-term coaching, mentoring or training. Arranges assignments, training or other "
            "experiences that build a person\u2019s skills over time, and follows up on their progress.",
        ],
    },
    {
        "name": "Empowerment",
        "definition": [
            "Empowerment is the ability to share responsibility with individuals and groups so that they feel a "
            "strong sense of commitment and ownership. People who empower others bring them into decisions and "
            "trust them to act.",
        ],
        "sep": ":",
        "levels": [
            "Shares information. Keeps others informed about matters that affect their work so that they can act "
            "on their own.",
            "Asks for input. Invites ideas and opinions from the people affected before making a decision.",
            "Delegates responsibility. Hands over tasks together with the authority and resources needed to "
            "finish them, and lets people decide how to do the work.",
            "Builds ownership. Creates the conditions in which teams set their own goals, make their own decisions "
            "and take credit for the results.",
        ],
    },
]


def para(doc, text="", bold=False, size=11, before=0, after=6, italic=False):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    return p


def build():
    doc = docx.Document()
    H.clear_core_props(doc, "Competency Dictionary")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(1)

    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("BC Public Service Agency")
    r.font.size = Pt(9)
    hp.add_run("\t\tBehavioural Competencies \u2013 Leading People").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Competency Dictionary  |  Page ").font.size = Pt(9)
    H.add_field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(9)
    H.add_field(fp, "NUMPAGES")

    para(doc, "Competency Dictionary", bold=True, size=20, after=2)
    para(doc, "Behavioural competencies for managers, supervisors and staff", size=12, after=14, italic=True)
    para(doc, "About this dictionary", bold=True, size=12, before=6)
    para(doc, FRONT_INTRO)
    para(doc, "How the levels work", bold=True, size=12, before=6)
    para(doc, SCALE_INTRO)
    for lab, txt in SCALE:
        p = para(doc, after=3)
        p.paragraph_format.left_indent = Inches(0.3)
        p.add_run(lab).bold = True
        p.add_run(" " + txt)
    para(doc, SCALE_OUTRO, before=3)
    para(doc, "LEADING PEOPLE", bold=True, size=12, before=10)

    for c in COMPETENCIES:
        para(doc, c["name"], bold=True, size=12, before=12, after=4)
        for d in c["definition"]:
            para(doc, d)
        for i, lv in enumerate(c["levels"], 1):
            p = para(doc, after=5)
            p.paragraph_format.left_indent = Inches(0.3)
            p.add_run(f"Level {i}{c['sep']}").bold = True
            p.add_run(" " + lv)

    tmp = Path(tempfile.mkdtemp())
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    H.soffice(src, "pdf", tmp)
    shutil.copy(tmp / f"{STEM}.pdf", H.DOCS / f"{STEM}.pdf")
    shutil.rmtree(tmp)
    return H.DOCS / f"{STEM}.pdf"


if __name__ == "__main__":
    print(build())

"""Viridor (UK recycling, energy recovery and waste management company): "Core competencies 2014 edition"
booklet excerpt (PDF via python-docx -> LibreOffice, A4).

Cover, purpose-and-values page (front matter: four values with paragraphs), contents of the six behavioural
competencies with booklet page numbers, then three competencies (Teamwork, Customer focus, Managing change),
each: name, "What it means" definition, "Effective behaviours" and "Ineffective behaviours" bullet lists
(indicators grouped). Footer "Core competencies" + two-digit page number.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.shared import Pt, Cm, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bflib as L  # noqa: E402

STEM = "viridor-core-competencies"
DOCX = L.BF / "build" / "tmp" / f"{STEM}.docx"
DOC = L.DOCS / f"{STEM}.pdf"
GREEN = RGBColor(0x00, 0x84, 0x3D)

VALUES = [
    ("Challenge for change", "The world is changing. What used to be thrown away is now a resource that society "
     "has to reuse, recycle and recover. Viridor\u2019s services are part of that change, and we are up for the challenge."),
    ("Make things happen", "We build and run some of the most advanced recycling and energy recovery facilities in "
     "the country, operated safely by skilled people. At Viridor it is action, not talk."),
    ("Relentless pursuit of quality", "Turning waste into high-quality raw materials and energy takes investment in "
     "infrastructure, equipment and people. Quality in means quality out."),
    ("Stronger in partnership", "Sales, service, safety, sustainability and social responsibility are all stronger "
     "when we work together with customers, colleagues and communities."),
]

CONTENTS = [("Communication", "03"), ("Teamwork", "05"), ("Customer focus", "07"), ("Managing change", "09"),
            ("Commercial awareness", "11"), ("Culture, values and ethics", "13")]

NOTES = {"Managing change": "Managers and team leaders should also refer to the Viridor Leadership Framework for "
                           "the additional behaviours expected of them when they lead change in their teams."}

COMPS = [
    ("Teamwork",
     "Working cooperatively with colleagues in your own team and across Viridor to achieve shared goals, and "
     "putting the success of the team ahead of personal interests.",
     ["Shares information, knowledge and resources with colleagues without being asked.",
      "Offers help to colleagues when they are under pressure.",
      "Respects the views and contributions of others, whatever their role or background.",
      "Deals with disagreements openly and constructively.",
      "Builds good working relationships with other sites, departments and contractors.",
      "Recognises and celebrates the achievements of the team."],
     ["Keeps information to themselves or works in isolation.",
      "Puts their own objectives ahead of the team\u2019s.",
      "Criticises colleagues or other sites behind their backs.",
      "Leaves problems for others to sort out."]),
    ("Customer focus",
     "Understanding the needs of internal and external customers and delivering a service that meets or "
     "exceeds their expectations, safely and to a high standard.",
     ["Takes the time to understand what the customer needs and why.",
      "Keeps promises to customers and tells them promptly when something cannot be delivered.",
      "Deals with complaints quickly and courteously, and follows them through to resolution.",
      "Looks for ways to improve the service the customer receives.",
      "Treats colleagues in other departments as customers too."],
     ["Makes commitments that cannot be kept.",
      "Sees customer requests as an interruption to the \u2018real\u2019 work.",
      "Passes complaints on without taking ownership of them.",
      "Assumes they know what the customer wants without asking."]),
    ("Managing change",
     "Responding positively to change, helping others through it and looking for better ways of working in a "
     "business and an industry that are changing fast.",
     ["Stays positive and open-minded when plans or priorities change.",
      "Suggests improvements to the way things are done.",
      "Explains the reasons for change to colleagues and listens to their concerns.",
      "Learns new skills and systems quickly when roles change.",
      "Reviews the effect of changes and adjusts the approach where needed."],
     ["Resists new ideas or ways of working without good reason.",
      "Holds on to old processes after a change has been agreed.",
      "Spreads negative views about change among colleagues.",
      "Waits to be told what to do when circumstances change."]),
]


def para(d, text, size=10, bold=False, color=None, italic=False, after=4):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    if color:
        r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(after)
    return p


def set_footer(sec, number):
    """Static booklet page number (the excerpt keeps the booklet's own numbering)."""
    sec.footer.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]
    fp.text = f"Core competencies\t\t{number}"
    for r in fp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = GREEN


def new_section(d, number):
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.different_first_page_header_footer = False
    set_footer(sec, number)
    return sec


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def render():
    DOCX.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    L.clear_core_props(d, "Viridor Core competencies 2014 edition")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.different_first_page_header_footer = True
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    set_footer(sec, "01")

    for _ in range(10):
        d.add_paragraph()
    para(d, "Viridor", 36, True, GREEN)
    para(d, "Core competencies", 24, True)
    para(d, "2014 edition", 14)
    page_break(d)

    para(d, "OUR PURPOSE AND VALUES", 16, True, GREEN, after=8)
    para(d, "Giving the world\u2019s resources new life", 14, True, after=10)
    for name, text in VALUES:
        para(d, name, 12, True, GREEN, after=2)
        para(d, text, after=10)
    new_section(d, "02")

    para(d, "Behavioural indicators", 16, True, GREEN, after=8)
    for name, page in CONTENTS:
        p = para(d, f"{name}\t{page}", 11, after=2)
        L.tab_leader_stop(p, 4000, leader="none", align="left")
    para(d, "", after=8)
    para(d, "Our core behavioural competencies were developed to support and underpin Viridor\u2019s purpose and "
            "values. They describe how we carry out our roles, whatever our position in the company.")
    para(d, "This booklet sets out each competency with examples of effective and ineffective behaviour. Use it "
            "when recruiting, in your annual performance review and when you plan your own development with your "
            "manager.")
    for (name, definition, good, bad), num in zip(COMPS, ["05", "07", "09"]):
        new_section(d, num)
        para(d, name, 22, True, GREEN, after=10)
        para(d, "What it means", 11, True, after=2)
        para(d, definition, 11, after=12)
        for head, lst in (("Effective behaviours", good), ("Ineffective behaviours", bad)):
            para(d, head, 12, True, GREEN, after=4)
            nid = L.add_num(d, L.add_abstract(d, L.bullet_lvl("\u25cf", font="Arial")))
            for b in lst:
                q = d.add_paragraph(b)
                L.set_num(q, nid)
                q.paragraph_format.space_after = Pt(3)
            para(d, "", after=6)
        if name in NOTES:
            para(d, NOTES[name], 9, italic=True, after=4)
    d.save(DOCX)
    L.to_pdf(DOCX, DOC)


def gold():
    comps = []
    for name, definition, good, bad in COMPS:
        ind = L.items(good, STEM, "Effective behaviours") + L.items(bad, STEM, "Ineffective behaviours")
        notes = L.items([NOTES[name]], STEM) if name in NOTES else []
        comps.append(L.competency(name, STEM, definition, indicators=ind, notes=notes))
    return L.write_gold(DOC, "pdf", "Viridor Core competencies 2014 edition", comps)


if __name__ == "__main__":
    render()
    print(gold())

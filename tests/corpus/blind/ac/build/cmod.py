"""cmod-competency-development-guide.pdf: Irish civil service PMDS competency development guide
(Department of Finance, CMOD). python-docx -> LibreOffice -> PDF, running header, page-number footer."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm, RGBColor

import common as C
import helpers as H

STEM = "cmod-competency-development-guide"
TITLE = "A Guide to Competency Development in the Civil Service"

FOREWORD = [
    "The Performance Management and Development System (PMDS) in use throughout the civil service is "
    "built on competencies. Through it, each jobholder and his or her manager agree the particular "
    "competencies that the job calls for.",
    "PMDS gives every member of staff the chance to build the skills, knowledge, behaviours and "
    "attributes that their role needs. That takes suitable learning supports, both in the workplace "
    "and through formal training, and this guide has been written to help jobholders and managers put "
    "those supports in place.",
    "The guide is a development aid, not an official reading of PMDS. For each competency it sets out "
    "what the competency means, why it matters, and how it can be built up on the job, through formal "
    "training and through self-managed learning.",
]
HOW_TO = ("Choose one or two of the competencies agreed at your role profile meeting. Read the description, "
          "then pick a small number of the suggestions that follow it and record them in your personal "
          "development plan. Review your progress with your manager at the mid-year review.")

COMPS = [
    {
        "name": "Team Working",
        "what": "Works willingly with colleagues towards shared goals, contributes a fair share of the effort, "
                "shares information and knowledge, and supports the decisions that the team reaches.",
        "why": "Much of the work of a Department is delivered by groups of people rather than by individuals "
               "acting alone. Teams that cooperate well make better use of their combined experience, cope "
               "more easily with peaks in workload and give a more consistent service to the public.",
        "job": [
            "Volunteer for a cross-sectional project group and agree your own role in it at the first meeting.",
            "Offer to cover for a colleague during annual leave and ask them to brief you beforehand.",
            "When a team task is finished, hold a short review of what went well and what the team would "
            "change next time.",
            "Ask a colleague in another unit to explain how their work links to yours, and share what you "
            "learn with your own team.",
            "Take on the role of note-taker or chair at team meetings for a period.",
        ],
        "training": [
            "Working Effectively in Teams \u2013 2 days, classroom (CMOD)",
            "Resolving Conflict at Work \u2013 1 day, classroom (CMOD)",
        ],
        "reading": [
            ("The Wisdom of Teams by Jon R. Katzenbach and Douglas K. Smith (Harvard Business School Press, 1993)",
             "The Wisdom of Teams", ["Jon R. Katzenbach", "Douglas K. Smith"], "Harvard Business School Press", 1993),
            ("Team Roles at Work by R. Meredith Belbin (Butterworth-Heinemann, 1993)",
             "Team Roles at Work", ["R. Meredith Belbin"], "Butterworth-Heinemann", 1993),
        ],
        "related": None,
    },
    {
        "name": "Analysis and Decision Making",
        "what": "Gathers and weighs the information relevant to an issue, identifies the key points, and reaches "
                "sound and timely decisions that can be explained and defended.",
        "why": "Civil servants routinely prepare briefing material, assess applications and advise on policy "
               "options. Decisions that rest on careful analysis stand up to scrutiny, reduce the need for "
               "later correction and protect public money.",
        "job": [
            "Before your next submission, list the options you considered and why you set each one aside.",
            "Ask your manager to talk you through how a recent difficult decision was reached.",
            "Take one recurring problem in your area, collect the facts on it for a month, and present your "
            "findings to the team.",
            "Check a draft briefing note against the question that was actually asked before you send it on.",
        ],
        "training": [
            "Problem Solving and Decision Making \u2013 2 days, classroom (CMOD)",
            "Introduction to Evidence-Based Policy Analysis \u2013 1 day, classroom (IPA)",
            "Using Spreadsheets for Analysis \u2013 half day, computer room (CMOD)",
        ],
        "reading": [
            ("Thinking, Fast and Slow by Daniel Kahneman (Allen Lane, 2011)",
             "Thinking, Fast and Slow", ["Daniel Kahneman"], "Allen Lane", 2011),
            ("Smart Choices: A Practical Guide to Making Better Decisions by John S. Hammond, Ralph L. Keeney "
             "and Howard Raiffa (Harvard Business School Press, 1999)",
             "Smart Choices: A Practical Guide to Making Better Decisions",
             ["John S. Hammond", "Ralph L. Keeney", "Howard Raiffa"], "Harvard Business School Press", 1999),
        ],
        "related": None,
    },
    {
        "name": "Customer Service",
        "what": "Understands who the customers of the work are, both inside and outside the organisation, and "
                "gives them a courteous, accurate and timely service.",
        "why": "The standard of service that the public receives shapes how it sees the civil service as a "
               "whole. Many customers have no choice of provider, which places a particular duty on staff to "
               "treat every contact with care.",
        "job": [
            "Spend a morning with colleagues on the public counter or helpline and note the questions that "
            "customers ask most often.",
            "Review a standard letter that your unit sends out and rewrite it in plain English.",
            "Follow one customer query from start to finish and identify where delays occurred.",
            "Ask an internal customer for feedback on the service your unit gives them.",
        ],
        "training": [
            "Quality Customer Service \u2013 1 day, classroom (CMOD)",
            "Dealing with Difficult Callers \u2013 half day, classroom (CMOD)",
        ],
        "reading": [
            ("The Plain English Guide by Martin Cutts (Oxford University Press, 1995)",
             "The Plain English Guide", ["Martin Cutts"], "Oxford University Press", 1995),
            ("Moments of Truth by Jan Carlzon (Ballinger, 1987)",
             "Moments of Truth", ["Jan Carlzon"], "Ballinger", 1987),
        ],
        "related": ("Related competencies: Interpersonal and Communication Skills; Delivery of Results",
                    ["Interpersonal and Communication Skills", "Delivery of Results"]),
    },
]

GREEN = RGBColor(0x00, 0x5A, 0x3C)


def _run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    return r


def build_docx(path):
    d = Document()
    C.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    for sec in d.sections:
        sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
        sec.left_margin = sec.right_margin = Cm(2.4)
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(hp, "Competency Development for Job Holders & Managers", italic=True, size=8.5, color=GREEN)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        C.add_field(fp, "PAGE")

    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=540, hanging=270), "5C1A0001")

    # cover / front matter
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(30)
    _run(p, TITLE, bold=True, size=22, color=GREEN)
    p = d.add_paragraph()
    _run(p, "Performance Management & Development System", size=13)
    p.paragraph_format.space_after = Pt(24)
    p = d.add_paragraph()
    _run(p, "Foreword", bold=True, size=13, color=GREEN)
    for para in FOREWORD:
        d.add_paragraph(para).paragraph_format.space_after = Pt(6)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    _run(p, "Using this guide", bold=True, size=13, color=GREEN)
    d.add_paragraph(HOW_TO)

    for c in COMPS:
        p = d.add_paragraph()
        p.paragraph_format.page_break_before = True
        p.paragraph_format.space_after = Pt(10)
        _run(p, c["name"], bold=True, size=16, color=GREEN)
        for head, body in (("What is this competency?", c["what"]), ("Why is it relevant?", c["why"])):
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            _run(p, head, bold=True, size=11, color=GREEN)
            d.add_paragraph(body)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        _run(p, "How can it be developed?", bold=True, size=11, color=GREEN)
        p = d.add_paragraph()
        _run(p, "On the job", bold=True, italic=True)
        for a in c["job"]:
            q = d.add_paragraph(a)
            C.set_num(q, bullet)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        _run(p, "Formal training", bold=True, italic=True)
        for t in c["training"]:
            q = d.add_paragraph(t)
            q.paragraph_format.left_indent = Cm(0.6)
            q.paragraph_format.space_after = Pt(2)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        _run(p, "Self-managed learning", bold=True, italic=True)
        for r in c["reading"]:
            q = d.add_paragraph()
            q.paragraph_format.left_indent = Cm(0.6)
            q.paragraph_format.space_after = Pt(2)
            title = r[1]
            rest = r[0][len(title):]
            _run(q, title, italic=True)
            q.add_run(rest)
        if c["related"]:
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            label, rest = c["related"][0].split(": ", 1)
            _run(p, label + ": ", bold=True)
            p.add_run(rest)
    d.save(path)


def gold(pdf):
    doc = STEM
    comps = []
    for c in COMPS:
        comps.append(H.comp(
            doc, c["name"], c["what"],
            activities=[H.it(doc, a) for a in c["job"]],
            courses=[H.it(doc, t) for t in c["training"]],
            readings=[H.rd(doc, *r) for r in c["reading"]],
            related=c["related"][1] if c["related"] else [],
            notes=[H.it(doc, c["why"], "Why is it relevant?")],
        ))
    return H.write_gold(pdf, "pdf", TITLE, comps)


def main():
    H.WORK.mkdir(parents=True, exist_ok=True)
    src = H.WORK / f"{STEM}.docx"
    build_docx(src)
    pdf = H.docx_to_pdf(src, f"{STEM}.pdf")
    return gold(pdf)


if __name__ == "__main__":
    print(main())

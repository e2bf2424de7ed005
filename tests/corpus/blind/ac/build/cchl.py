"""cchl-leads-lead-self-development-guide.docx: Canadian College of Health Leaders, LEADS in a Caring
Environment, capability development guide for the Lead Self domain (three capabilities).
python-docx with real Word styles (Heading 1/2/3, List Bullet via numPr, List Number), a Word table per
capability for courses (Code | Course | Hours | Format), APA references with italic titles, coaching
questions; header and "Page X of Y" footer."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

import common as C
import helpers as H

STEM = "cchl-leads-lead-self-development-guide"
TITLE = "Lead Self: A Capability Development Guide"
TEAL = RGBColor(0x00, 0x6A, 0x74)

ABOUT = ("LEADS in a Caring Environment describes the capabilities that leaders need at every level of the "
         "health system. This guide supports leaders who want to strengthen the Lead Self domain. It covers "
         "three of the domain\u2019s four capabilities; Demonstrate character is addressed in a separate guide.")
STEPS = [
    "Complete a LEADS self-assessment or 360 and choose one capability to work on.",
    "Read the descriptor and the behaviours, and note where you see yourself today.",
    "Choose two or three learning activities and at least one course or reading.",
    "Use the coaching questions in conversations with your coach, mentor or leader.",
]
DOMAIN = ("Lead Self", "Self-motivated leaders take charge of their own growth and model the behaviour "
          "they expect of others.")

CAPS = [
    {
        "name": "Are self-aware",
        "desc": "Leaders know their own assumptions, values, principles, strengths and limitations, and "
                "understand how these shape the way they lead.",
        "looks": [
            "Asks staff, peers and patients for feedback and acts on what they hear.",
            "Recognizes how their own mood and stress level affect the team.",
            "Can name their own biases and checks them before making decisions.",
            "Speaks openly about the limits of their expertise.",
        ],
        "over": [
            "Becomes so absorbed in self-reflection that decisions are delayed.",
            "Shares personal feelings in settings where they distract from the work.",
        ],
        "acts": {
            "At work": [
                "Keep a short leadership journal after difficult meetings for four weeks and look for patterns.",
                "Ask two direct reports what you should start, stop and continue doing.",
            ],
            "With others": [
                "Debrief a recent incident with a trusted peer, focusing on your own reactions.",
                "Join a peer coaching circle through your organization\u2019s leadership program.",
            ],
            "On your own": [
                "Complete a validated personality or emotional intelligence assessment and review the results "
                "with a qualified coach.",
            ],
        },
        "courses": [("LS-101", "Introduction to LEADS", "3", "Online, self-paced"),
                    ("LS-210", "Emotional Intelligence for Health Leaders", "7", "Virtual classroom")],
        "reading": [
            ("Eurich, T. (2017). ", "Insight: Why we\u2019re not as self-aware as we think, and how seeing ourselves "
             "clearly helps us succeed at work and in life", ". Crown Business.",
             ["T. Eurich"], "Crown Business", 2017),
            ("Goleman, D., Boyatzis, R., & McKee, A. (2013). ", "Primal leadership: Unleashing the power of "
             "emotional intelligence", " (Anniversary ed.). Harvard Business Review Press.",
             ["D. Goleman", "R. Boyatzis", "A. McKee"], "Harvard Business Review Press", 2013),
        ],
        "coach": [
            "When did you last change your mind because of feedback you received?",
            "Which of your values is most tested in your current role?",
        ],
    },
    {
        "name": "Manage themselves",
        "desc": "Leaders take responsibility for their own performance and health, and manage their time, "
                "energy and emotions so that they can lead well.",
        "looks": [
            "Sets clear priorities and protects time for the work that matters most.",
            "Stays calm and respectful under pressure.",
            "Keeps commitments, or renegotiates them early.",
            "Models healthy work habits, including taking breaks and vacation.",
        ],
        "over": [
            "Holds back emotion to the point of appearing distant.",
            "Takes on every task personally instead of delegating.",
        ],
        "acts": {
            "At work": [
                "Review your calendar for the past two weeks and mark which meetings moved your priorities "
                "forward.",
                "Agree with your team on one meeting-free block each week.",
            ],
            "With others": [
                "Ask a colleague to signal to you when your stress is showing in meetings.",
            ],
            "On your own": [
                "Set one personal health goal and track it for a month.",
                "Practise a short breathing or mindfulness exercise before difficult conversations.",
            ],
        },
        "courses": [("LS-220", "Managing Priorities and Energy", "3.5", "Virtual classroom"),
                    ("LS-225", "Resilience in Health Care Leadership", "7", "In person")],
        "reading": [
            ("Covey, S. R. (2004). ", "The 7 habits of highly effective people: Powerful lessons in personal "
             "change", ". Free Press.", ["S. R. Covey"], "Free Press", 2004),
            ("Loehr, J., & Schwartz, T. (2003). ", "The power of full engagement: Managing energy, not time, is "
             "the key to high performance and personal renewal", ". Free Press.",
             ["J. Loehr", "T. Schwartz"], "Free Press", 2003),
        ],
        "coach": [
            "What drains your energy at work, and what restores it?",
            "Which commitment would you renegotiate if you could?",
        ],
    },
    {
        "name": "Develop themselves",
        "desc": "Leaders actively look for opportunities and challenges that support their learning, build "
                "their character and help them grow.",
        "looks": [
            "Keeps a current learning plan and reviews it with their own leader.",
            "Takes on stretch assignments outside their comfort zone.",
            "Learns from mistakes and shares the lessons with others.",
        ],
        "over": [
            "Moves from program to program without applying what was learned.",
        ],
        "acts": {
            "At work": [
                "Volunteer to lead a quality improvement project in an unfamiliar area.",
                "Shadow a leader in another sector of the health system for a day.",
            ],
            "With others": [
                "Find a mentor outside your own profession.",
            ],
            "On your own": [
                "Read one leadership article a month and write down one idea to try.",
            ],
        },
        "courses": [("LS-230", "Building Your Learning Plan", "2", "Online, self-paced"),
                    ("LS-300", "LEADS Coaching Certificate", "21", "Blended")],
        "reading": [
            ("Dickson, G., & Tholl, B. (Eds.). (2020). ", "Bringing leadership to life in health: LEADS in a "
             "caring environment", " (2nd ed.). Springer.", ["G. Dickson", "B. Tholl"], "Springer", 2020),
            ("Dweck, C. S. (2006). ", "Mindset: The new psychology of success", ". Random House.",
             ["C. S. Dweck"], "Random House", 2006),
        ],
        "coach": [
            "What would you attempt this year if you knew you would have support?",
        ],
    },
]


def _run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    return r


def build(path):
    d = Document()
    C.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(3)
    for name, size in (("Heading 1", 18), ("Heading 2", 14), ("Heading 3", 11.5)):
        s = d.styles[name]
        s.font.color.rgb = TEAL
        s.font.size = Pt(size)
        s.font.name = "Calibri"
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(hp, "LEADS Capability Development Guide | Lead Self", size=8.5, color=TEAL)
    fp = sec.footer.paragraphs[0]
    _run(fp, "Canadian College of Health Leaders \u2022 ", size=8)
    r = _run(fp, "Page ", size=8)
    C.add_field(fp, "PAGE")
    _run(fp, " of ", size=8)
    C.add_field(fp, "NUMPAGES", "3")

    bullet = C.add_numbering(d, C.bullet_lvl("\u25aa", left=360, hanging=270), "4C4A0001")
    steps = C.add_numbering(d, C.decimal_lvl("%1.", left=360, hanging=360), "4C4A0002")

    d.add_heading(TITLE, level=1)
    p = d.add_paragraph()
    _run(p, "LEADS in a Caring Environment", italic=True, color=TEAL)
    d.add_heading("About this guide", level=3)
    d.add_paragraph(ABOUT)
    d.add_heading("How to use this guide", level=3)
    for s_ in STEPS:
        C.set_num(d.add_paragraph(s_), steps)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    _run(p, DOMAIN[0] + ": ", bold=True, color=TEAL)
    _run(p, DOMAIN[1], italic=True)

    for cap in CAPS:
        h = d.add_heading(cap["name"], level=2)
        h.paragraph_format.page_break_before = cap is CAPS[0]
        p = d.add_paragraph()
        _run(p, cap["desc"], italic=True)
        d.add_heading("What it looks like", level=3)
        for b in cap["looks"]:
            C.set_num(d.add_paragraph(b), bullet)
        d.add_heading("Signs of overuse", level=3)
        for b in cap["over"]:
            C.set_num(d.add_paragraph(b), bullet)
        d.add_heading("Learning activities", level=3)
        for setting, acts in cap["acts"].items():
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            _run(p, setting, bold=True)
            for a in acts:
                C.set_num(d.add_paragraph(a), bullet)
        d.add_heading("Courses", level=3)
        t = d.add_table(rows=1, cols=4)
        t.style = d.styles["Table Grid"]
        for cell, head in zip(t.rows[0].cells, ("Code", "Course", "Hours", "Format")):
            cell.paragraphs[0].add_run(head).bold = True
            C.shade(cell, "D9EEF0")
        C.mark_header_row(t.rows[0])
        for row in cap["courses"]:
            cells = t.add_row().cells
            for cell, val in zip(cells, row):
                cell.paragraphs[0].add_run(val)
        C.fix_widths(t, [0.8, 3.3, 0.7, 1.6])
        d.add_heading("Reading", level=3)
        for pre, title, post, *_ in cap["reading"]:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            p.add_run(pre)
            p.add_run(title).italic = True
            p.add_run(post)
        d.add_heading("Coaching questions", level=3)
        for q in cap["coach"]:
            C.set_num(d.add_paragraph(q), bullet)
    d.save(path)


def gold(path):
    doc = STEM
    comps = []
    for cap in CAPS:
        acts = [H.it(doc, a, setting) for setting, lst in cap["acts"].items() for a in lst]
        comps.append(H.comp(
            doc, cap["name"], cap["desc"],
            indicators=[H.it(doc, b, "What it looks like") for b in cap["looks"]]
                       + [H.it(doc, b, "Signs of overuse") for b in cap["over"]],
            activities=acts,
            courses=[H.it(doc, " | ".join(r)) for r in cap["courses"]],
            readings=[H.rd(doc, pre + t + post, t, authors, pub, year)
                      for pre, t, post, authors, pub, year in cap["reading"]],
            notes=[H.it(doc, q, "Coaching questions") for q in cap["coach"]],
        ))
    return H.write_gold(path, "docx", TITLE, comps)


def main():
    path = H.DOCS / f"{STEM}.docx"
    build(path)
    return gold(path)


if __name__ == "__main__":
    print(main())

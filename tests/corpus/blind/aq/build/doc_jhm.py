"""Johns Hopkins Medicine - Leadership Competencies guide (Word document, python-docx): per competency a
definition, expected behaviors by leadership level (a four-column table: Supervisor, Manager,
Director/Administrator, Executive), numbered behavioral event interview questions, and development
activities and learning opportunities (on the job / courses / reading)."""
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

import helpers as H

NAME = "jhm-leadership-competencies-development-guide.docx"
LEVELS = ["Supervisor", "Manager", "Director/Administrator", "Executive"]
BLUE = RGBColor(0x00, 0x2D, 0x72)

INTRO = [
    "The Johns Hopkins leadership competencies describe how we expect leaders to select, develop and evaluate "
    "their people and to manage the succession of future leaders. They apply to everyone who formally has "
    "direct reports, at four levels of leadership: supervisor, manager, director/administrator and executive.",
    "For each competency this guide gives the behaviors expected at each level, behavioral event interview "
    "questions to ask candidates when the competency is especially important for the position, and "
    "development activities and learning opportunities for leaders who want to build the competency.",
]

COMPS = [
    {
        "name": "Acting Strategically",
        "definition": "Looks beyond day-to-day operations to understand how trends in health care and the "
                      "direction of the organization affect the work, and sets priorities and plans that move "
                      "the unit toward long-term goals.",
        "levels": [
            ["Explains how the team\u2019s daily work supports department and organizational goals.",
             "Plans the team\u2019s work a few months ahead and adjusts when priorities change."],
            ["Translates organizational strategy into unit goals and annual plans.",
             "Anticipates problems and opportunities and prepares the unit to respond."],
            ["Develops multi-year plans for the department that are aligned with the Johns Hopkins Medicine "
             "strategic plan.",
             "Weighs the risks and benefits of options using data and input from stakeholders."],
            ["Sets long-term direction for the entity and communicates it across the organization.",
             "Positions the organization to respond to changes in health care, research and education."],
        ],
        "questions": [
            "Tell me about a time you had to change your team\u2019s plans because the organization\u2019s "
            "priorities changed. What did you do?",
            "Describe a long-term goal you set for your area. How did you decide on it, and how did you track "
            "progress?",
            "Give an example of a trend outside your department that you believed would affect your work. "
            "What action did you take? What was the result?",
        ],
        "job": [
            "Ask your leader to walk you through the department\u2019s strategic plan and discuss how your unit "
            "contributes to it.",
            "Volunteer for a planning committee or a project outside your own area.",
            "Each quarter, review one industry report on health care trends and share the main points with your "
            "team.",
        ],
        "courses": [
            "Strategic Planning Essentials (instructor-led, half day)",
            "The Business of Health Care (online series)",
        ],
        "reading": [
            "Rumelt, R. P. (2011). Good Strategy Bad Strategy: The Difference and Why It Matters. New York: "
            "Crown Business.",
        ],
    },
    {
        "name": "Developing Talent",
        "definition": "Builds the capability of staff through coaching, feedback, challenging assignments and "
                      "career conversations, so that the organization has the people it needs now and in the "
                      "future.",
        "levels": [
            ["Gives staff regular, specific feedback on their work.",
             "Helps each employee set at least one development goal a year."],
            ["Coaches supervisors and staff to improve performance and to prepare for new roles.",
             "Identifies high-potential employees and offers them stretch assignments."],
            ["Builds development and succession plans for key positions in the department.",
             "Holds managers accountable for developing their staff."],
            ["Creates a culture in which developing people is a core responsibility of every leader.",
             "Sponsors organization-wide talent and succession programs."],
        ],
        "questions": [
            "Tell me about an employee whose performance improved because of your coaching. What did you do?",
            "Describe a time you gave a team member an assignment that stretched his or her abilities. How did "
            "you support the person?",
            "How have you prepared someone on your team to take on a larger role?",
        ],
        "job": [
            "Hold a career conversation with each of your direct reports within the next six months.",
            "Pair a new employee with an experienced mentor and check in on their progress.",
            "Delegate a task you usually do yourself, and coach the employee along the way.",
        ],
        "courses": [
            "Coaching for Performance (instructor-led, one day)",
            "Effective Performance Conversations (online module)",
        ],
        "reading": [
            "Bungay Stanier, M. (2016). The Coaching Habit: Say Less, Ask More & Change the Way You Lead Forever. "
            "Toronto: Box of Crayons Press.",
        ],
    },
    {
        "name": "Holding Self and Others Accountable",
        "definition": "Takes ownership for results, sets clear expectations, follows through on commitments and "
                      "deals with performance problems promptly and fairly.",
        "levels": [
            ["Sets clear expectations for staff and follows up on them.",
             "Addresses missed deadlines or errors promptly and in private."],
            ["Uses performance measures to track unit results and acts on gaps.",
             "Holds supervisors accountable for managing the performance of their teams."],
            ["Establishes measurable goals for the department and reports progress openly.",
             "Takes responsibility for departmental results, including failures."],
            ["Builds a culture of accountability across the organization.",
             "Holds senior leaders to the same standards of performance and conduct expected of all staff."],
        ],
        "questions": [
            "Describe a time when a member of your team did not meet an expectation. How did you handle it?",
            "Tell me about a commitment you made that you were not able to keep. What did you do? What did you "
            "learn?",
            "How do you make sure your team knows what is expected of them? Give a specific example.",
        ],
        "job": [
            "Review your team\u2019s goals with each employee and agree on how progress will be measured.",
            "Keep a log of the commitments you make in meetings and follow up on each one.",
            "Ask a peer to observe how you handle a difficult performance conversation and to give you "
            "feedback.",
        ],
        "courses": [
            "Managing Performance at Johns Hopkins (instructor-led, one day)",
            "Crucial Accountability (two-day workshop)",
        ],
        "reading": [
            "Patterson, K., Grenny, J., McMillan, R., Switzler, A., & Maxfield, D. (2013). Crucial "
            "Accountability: Tools for Resolving Violated Expectations, Broken Commitments, and Bad Behavior "
            "(2nd ed.). New York: McGraw-Hill Education.",
        ],
    },
]


def _font(run, size=10, bold=False, italic=False, color=None):
    run.font.name = "Calibri"
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    if color is not None:
        run.font.color.rgb = color


def build(out_dir):
    doc = docx.Document()
    H.clear_core_props(doc, "Johns Hopkins Leadership Competencies")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for name, size in (("Heading 1", 16), ("Heading 2", 12), ("Heading 3", 11)):
        hs = doc.styles[name]
        hs.font.name = "Calibri"
        hs.font.size = Pt(size)
        hs.font.color.rgb = BLUE
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    hp = sec.header.paragraphs[0]
    _font(hp.add_run("JOHNS HOPKINS MEDICINE"), 9, True, color=BLUE)
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
    _font(fp.add_run("Johns Hopkins Leadership Competencies \u2013 Development Guide\t\t"), 8)
    H.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)

    bul = H.add_abstract(doc, H.bullet_lvl("\u2022", left=216, hanging=216, font="Symbol"), "2B7F10AA")
    dec = H.add_abstract(doc, H.decimal_lvl(left=360, hanging=360), "48C1E2F0")

    doc.add_heading("Johns Hopkins Leadership Competencies", level=0)
    p = doc.add_paragraph()
    _font(p.add_run("Expected Behaviors, Interview Questions and Development Activities"), 12, italic=True)
    for para in INTRO:
        p = doc.add_paragraph()
        _font(p.add_run(para), 10)

    for k, c in enumerate(COMPS):
        if k:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading(c["name"], level=1)
        p = doc.add_paragraph()
        _font(p.add_run("Definition: "), 10, True)
        _font(p.add_run(c["definition"]), 10)

        doc.add_heading("Expected Behaviors by Leadership Level", level=2)
        t = doc.add_table(rows=2, cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        H.row_flags(t.rows[0], cant_split=True, header=True)
        for cell, head in zip(t.rows[0].cells, LEVELS):
            q = cell.paragraphs[0]
            _font(q.add_run(head), 9, True, color=RGBColor(0xFF, 0xFF, 0xFF))
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            H.shade(cell, "002D72")
        for cell, items in zip(t.rows[1].cells, c["levels"]):
            num = H.add_num(doc, bul)
            for i, text in enumerate(items):
                q = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                _font(q.add_run(text), 9)
                H.set_num(q, num)
                q.paragraph_format.space_after = Pt(3)
        H.fix_widths(t, [1.72] * 4)

        doc.add_heading("Behavioral Event Interview Questions", level=2)
        num = H.add_num(doc, dec, restart=True)
        for qtext in c["questions"]:
            p = doc.add_paragraph()
            _font(p.add_run(qtext), 10)
            H.set_num(p, num)

        doc.add_heading("Development Activities and Learning Opportunities", level=2)
        for sub, key in (("On the job", "job"), ("Courses", "courses"), ("Reading", "reading")):
            doc.add_heading(sub, level=3)
            num = H.add_num(doc, bul)
            for text in c[key]:
                p = doc.add_paragraph()
                _font(p.add_run(text), 10)
                H.set_num(p, num)
                if key == "reading":
                    p.paragraph_format.left_indent = Inches(0.5)
                    p.paragraph_format.first_line_indent = Inches(-0.3)

    out = Path(out_dir) / NAME
    doc.save(out)
    return out

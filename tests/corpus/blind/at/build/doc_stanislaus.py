"""Stanislaus County (California) - "Stanislaus County Workforce Planning: Fostering knowledge transfer"
(excerpt: cover, contents, and the Business and Leadership Core Competencies pages), DOCX -> PDF with
LibreOffice (US Letter, 6 pages).

Layout: cover (title, subtitle, county motto); "Table of Contents" with dot leaders; the PDF is an excerpt, so the
body pages keep their printed page numbers 7-10 after the contents page numbered 2; footer "Stanislaus County
Workforce Planning" with the page number on the right. Each competency page: name heading, "Definition:" as a bold
run label, "Behaviors:" bullets, a "P4P Rating Category:" line, then "Individual Learning Plan Suggestions" with
"On-the-Job Activities", "Training" (county classes) and "Recommended Reading" (author-first citations).
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "stanislaus-workforce-planning-core-competencies"
BLUE = RGBColor(0x1B, 0x4F, 0x8A)

TOC = [
    ("INTRODUCTION", "3", 0), ("Why Workforce Planning?", "3", 1), ("Core Competencies", "3", 1),
    ("Technical Competencies", "4", 1), ("Voluntary Participation", "4", 1), ("Components of WFP", "4", 1),
    ("Steps in Workforce Planning", "5", 1), ("Workforce Planning and P4P Development Plans", "5", 1),
    ("Core Competencies and P4P Rating Categories", "5", 1), ("Individual Learning Plans", "6", 1),
    ("Implementing the Core Competencies", "6", 1), ("Developing Future Leaders", "6", 1),
    ("BUSINESS AND LEADERSHIP CORE COMPETENCIES", "7", 0), ("Building Effective Teams", "8", 1),
    ("Communication", "9", 1), ("Decision Making", "10", 1),
]

INTRO = ("The Business and Leadership Core Competencies describe the skills and behaviors that every County "
         "employee can build, whatever their department or job classification. Each competency page gives a "
         "definition, the behaviors that show the competency at work, the P4P rating category it supports, and "
         "suggestions that employees and supervisors can draw on when they prepare an Individual Learning Plan.")

COMPS = [
    ("Building Effective Teams",
     "Builds and supports teams that work together toward shared goals and draws on the strengths of every member.",
     ["Shares information and credit with other team members.",
      "Helps set clear team goals and roles.",
      "Deals with disagreements openly and respectfully.",
      "Supports team decisions once they are made.",
      "Recognizes and celebrates team accomplishments."],
     "Teamwork and Cooperation",
     ["Volunteer for a cross-departmental project team.",
      "Facilitate a team meeting to set goals for the coming quarter.",
      "Ask an experienced supervisor to mentor you on leading teams."],
     ["Team Building for Supervisors (CEO-HR Training Academy, half day)",
      "Working Styles: Getting Along with Others (CEO-HR Training Academy, 1 day)"],
     [("Lencioni, Patrick. The Five Dysfunctions of a Team: A Leadership Fable. San Francisco: Jossey-Bass, 2002.",
       "The Five Dysfunctions of a Team: A Leadership Fable", ["Patrick Lencioni"], "Jossey-Bass", 2002),
      ("Katzenbach, Jon R. and Douglas K. Smith. The Wisdom of Teams: Creating the High-Performance Organization. "
       "Boston: Harvard Business School Press, 1993.",
       "The Wisdom of Teams: Creating the High-Performance Organization", ["Jon R. Katzenbach", "Douglas K. Smith"],
       "Harvard Business School Press", 1993)]),
    ("Communication",
     "Listens to others and expresses information and ideas clearly, both orally and in writing.",
     ["Listens attentively and asks questions to understand.",
      "Adapts the message to the audience.",
      "Writes clear, accurate and well-organized documents.",
      "Shares information with those who need it in a timely way."],
     "Communication",
     ["Prepare and deliver a short briefing at a staff meeting.",
      "Ask your supervisor to review a memo or report before it goes out and discuss the changes.",
      "Take minutes for a committee and circulate them for comment."],
     ["Effective Business Writing (CEO-HR Training Academy, 1 day)",
      "Presentation Skills Workshop (CEO-HR Training Academy, 2 sessions)"],
     [("Patterson, Kerry, Joseph Grenny, Ron McMillan and Al Switzler. Crucial Conversations: Tools for Talking "
       "When Stakes Are High. New York: McGraw-Hill, 2002.",
       "Crucial Conversations: Tools for Talking When Stakes Are High",
       ["Kerry Patterson", "Joseph Grenny", "Ron McMillan", "Al Switzler"], "McGraw-Hill", 2002),
      ("Stone, Douglas, Bruce Patton and Sheila Heen. Difficult Conversations: How to Discuss What Matters Most. "
       "New York: Viking, 1999.",
       "Difficult Conversations: How to Discuss What Matters Most",
       ["Douglas Stone", "Bruce Patton", "Sheila Heen"], "Viking", 1999)]),
    ("Decision Making",
     "Makes sound and timely decisions based on the facts available, the County\u2019s policies and the likely "
     "consequences.",
     ["Gathers relevant facts before deciding.",
      "Considers alternatives and their risks.",
      "Involves others when their input or support is needed.",
      "Makes decisions within own authority without unnecessary delay.",
      "Explains the reasons for decisions."],
     "Job Knowledge and Judgment",
     ["Lead the analysis of a recurring problem in your unit and recommend a solution.",
      "Sit in on budget or policy discussions with your department head.",
      "Review a past decision with your supervisor: what worked, and what you would change."],
     ["Problem Solving and Decision Making (CEO-HR Training Academy, 1 day)",
      "Budget Basics for Managers (CEO-HR Training Academy, half day)"],
     [("Hammond, John S., Ralph L. Keeney and Howard Raiffa. Smart Choices: A Practical Guide to Making Better "
       "Decisions. Boston: Harvard Business School Press, 1999.",
       "Smart Choices: A Practical Guide to Making Better Decisions",
       ["John S. Hammond", "Ralph L. Keeney", "Howard Raiffa"], "Harvard Business School Press", 1999),
      ("Klein, Gary. Sources of Power: How People Make Decisions. Cambridge, MA: MIT Press, 1998.",
       "Sources of Power: How People Make Decisions", ["Gary Klein"], "MIT Press", 1998)]),
]


def _font(run, size=11, bold=False, color=None, italic=False):
    run.font.name = "Liberation Serif"
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    if color is not None:
        run.font.color.rgb = color


def _para(d, text, size=11, bold=False, color=None, italic=False, after=6, before=0, align=None):
    p = d.add_paragraph()
    if text:
        _font(p.add_run(text), size, bold, color, italic)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if align is not None:
        p.alignment = align
    return p


def _footer(sec):
    sec.footer.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
    _font(fp.add_run("Stanislaus County Workforce Planning\t"), 9, italic=True)
    H.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(9)


def build(outdir):
    d = Document()
    H.clear_core_props(d, title="Stanislaus County Workforce Planning", author="Stanislaus County CEO-HR")
    d.styles["Normal"].font.name = "Liberation Serif"
    d.styles["Normal"].font.size = Pt(11)
    bnum = H.add_numbering(d, H.bullet_lvl("\u2022", 360, 360), "8D4E0A01")
    s0 = d.sections[0]
    s0.page_width, s0.page_height = Inches(8.5), Inches(11)
    s0.left_margin = s0.right_margin = Inches(1)
    s0.different_first_page_header_footer = True
    _footer(s0)

    for _ in range(7):
        _para(d, "", after=14)
    _para(d, "Stanislaus County", 30, True, BLUE, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "Workforce Planning", 30, True, BLUE, after=18, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "Fostering knowledge transfer", 16, italic=True, after=120, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "Striving to be the Best", 12, True, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    _para(d, "Table of Contents", 16, True, BLUE, after=12)
    for text, page, ind in TOC:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.left_indent = Inches(0.3 * ind)
        p.paragraph_format.space_after = Pt(3)
        _font(p.add_run(f"{text}\t{page}"), 11, bold=(ind == 0))

    s1 = d.add_section(WD_SECTION.NEW_PAGE)
    s1._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="7"/>'))
    s1.different_first_page_header_footer = False
    _footer(s1)
    _para(d, "BUSINESS AND LEADERSHIP CORE COMPETENCIES", 15, True, BLUE, after=10)
    _para(d, INTRO, after=10)
    _para(d, "The core competencies are:", after=4)
    for name, *_ in COMPS:
        H.set_num(_para(d, name, after=2), bnum)

    for name, definition, behaviors, p4p, acts, courses, readings in COMPS:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _para(d, name, 16, True, BLUE, after=8)
        p = _para(d, "", after=8)
        _font(p.add_run("Definition: "), 11, True)
        _font(p.add_run(definition))
        _para(d, "Behaviors:", 11, True, after=3)
        for b in behaviors:
            H.set_num(_para(d, b, after=2), bnum)
        p = _para(d, "", after=10, before=6)
        _font(p.add_run("P4P Rating Category: "), 11, True)
        _font(p.add_run(p4p), italic=True)
        _para(d, "Individual Learning Plan Suggestions", 13, True, BLUE, after=4)
        _para(d, "On-the-Job Activities", 11, True, after=2)
        for a in acts:
            H.set_num(_para(d, a, after=2), bnum)
        _para(d, "Training", 11, True, after=2, before=4)
        for c in courses:
            H.set_num(_para(d, c, after=2), bnum)
        _para(d, "Recommended Reading", 11, True, after=2, before=4)
        for text, title, *_ in readings:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Inches(0.4)
            p.paragraph_format.first_line_indent = Inches(-0.4)
            p.paragraph_format.space_after = Pt(4)
            before, after_ = text.split(title)
            _font(p.add_run(before))
            _font(p.add_run(title), italic=True)
            _font(p.add_run(after_))

    src = Path(outdir) / f"{STEM}.docx"
    d.save(src)
    H.soffice(src, "pdf", H.DOCS)
    return H.DOCS / f"{STEM}.pdf"


def gold():
    comps = []
    for name, definition, behaviors, p4p, acts, courses, readings in COMPS:
        comps.append(H.competency(
            STEM, name, definition,
            indicators=H.items(STEM, behaviors),
            activities=H.items(STEM, acts),
            courses=H.items(STEM, courses),
            readings=[H.reading(STEM, t, ti, au, pu, y) for t, ti, au, pu, y in readings],
            notes=[H.item(STEM, f"P4P Rating Category: {p4p}")]))
    return "Stanislaus County Workforce Planning", comps

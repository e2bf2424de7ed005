"""Georgia Regents University / Georgia Regents Health System (Augusta, GA) - "Work that Matters, Careers that
Inspire. An Interviewing Toolkit for Hiring Managers", Enterprise Guide, May 2013 (excerpt), DOCX by python-docx.

Layout: cover lines; "TABLE OF CONTENTS" with right-aligned page numbers on dotted tab leaders (the whole
toolkit's contents, as printed); header "Interviewing Toolkit for Hiring Managers" and a centred PAGE field in the
footer; "DEVELOPING INTERVIEW QUESTIONS" guidance; "COMPETENCY QUESTION BANK" with one Heading 2 per competency,
an italic definition line, and Word-numbered questions (numbering restarts for each competency); "MATRIX/
"LISTEN FOR" SAMPLES": a three-column Word table (Competency | Question | Listen For) with bullets in the last
column, its questions repeating questions of the bank.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "grhs-interviewing-toolkit-question-bank"
NAVY = RGBColor(0x1F, 0x3A, 0x68)

TOC = [("INTRODUCTION", 3), ("EQUAL EMPLOYMENT POLICIES", 5), ("RECRUITMENT AND ADVERTISING POSITIONS", 6),
       ("ADVERTISING SUGGESTIONS", 7), ("PRE-EMPLOYMENT ASSESSMENTS", 8), ("REVIEWING RESUMES", 9),
       ("INTERVIEW CHECKLIST", 10), ("SCHEDULING THE INTERVIEW", 11),
       ("DISCUSSION POINTS TO AVOID IN AN INTERVIEW", 12), ("SELECTING A CANDIDATE", 13),
       ("INTERVIEW DOCUMENTATION", 14), ("DEVELOPING INTERVIEW QUESTIONS", 15), ("COMPETENCY QUESTION BANK", 15),
       ("MATRIX/ \u201cLISTEN FOR\u201d SAMPLES", 31), ("UNIVERSITY ONLY", 32), ("HIRING SUPERVISORS", 32),
       ("USE OF PATIENT AND FAMILY CENTERED CARE ADVISORS", 34), ("BEST PRACTICES FOR INTERVIEWING", 35),
       ("BEST PRACTICES FOR FACULTY INTERVIEWING", 36), ("APPENDIX", 37)]

DEVELOPING = [
    "Behavioral questions ask candidates to describe what they actually did in a past situation. How a person "
    "has behaved before is the best guide to how they will behave in the future, so these questions give you "
    "far more reliable information than questions about what a candidate would do.",
    "Start from the job description and choose the three to five competencies that matter most for the position. "
    "Pick one or two questions for each competency from the bank below and ask every candidate the same "
    "questions. If an answer is vague, ask the candidate for a specific example and for the result.",
]

BANK = [
    ("Accountability",
     "Takes ownership of own actions, decisions and results, and follows through on commitments.",
     ["Tell me about a time you made a mistake at work. How did you handle it, and what did you learn?",
      "Describe a situation in which you had to take responsibility for a result that was not entirely in your "
      "control.",
      "Give me an example of a commitment you found hard to keep. What did you do?",
      "Tell me about a time you noticed a problem that was not your job to fix. What did you do about it?",
      "How do you keep track of the things you have promised to do for others?"]),
    ("Patient and Family Centered Care",
     "Treats patients and families as partners in care and respects their choices, needs and cultural background.",
     ["Tell me about a time you involved a patient or a family member in a decision about their care or service. "
      "What was the outcome?",
      "Describe a situation in which a patient or family was unhappy with the care they received. How did you "
      "respond?",
      "Give an example of how you changed the way you worked after hearing a patient\u2019s or family\u2019s point "
      "of view.",
      "How have you made sure that information was shared with patients and families in a way they could "
      "understand?"]),
    ("Teamwork and Collaboration",
     "Works cooperatively with others across units and disciplines to reach shared goals.",
     ["Tell me about a time you worked with people from another department or discipline to solve a problem. What "
      "was your role?",
      "Describe a conflict within a team you belonged to. How was it resolved, and what part did you play?",
      "Give me an example of a time you helped a coworker who was struggling with their workload.",
      "Tell me about a team success you are proud of. What did you personally contribute?",
      "Describe a time you had to work with someone whose style was very different from yours."]),
]

# (competency, index of the bank question, listen-for bullets)
MATRIX = [
    ("Accountability", 0, ["Admits the mistake without blaming others",
                           "Describes concrete steps taken to put it right",
                           "Explains what they now do differently"]),
    ("Accountability", 3, ["Acts on the problem or escalates it rather than ignoring it",
                           "Tells the right person",
                           "Follows up to make sure it was fixed"]),
    ("Teamwork and Collaboration", 1, ["Describes the conflict objectively",
                                       "Focuses on the shared goal rather than on winning",
                                       "Is clear about their own part in resolving it"]),
]


def _font(run, size=11, bold=False, color=None, italic=False):
    run.font.name = "Calibri"
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    if color is not None:
        run.font.color.rgb = color


def _para(d, text, size=11, bold=False, color=None, italic=False, after=6, align=None, style=None):
    p = d.add_paragraph(style=style)
    if text:
        _font(p.add_run(text), size, bold, color, italic)
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def build(outdir):
    d = Document()
    H.clear_core_props(d, title="An Interviewing Toolkit for Hiring Managers", author="GRHS Human Resources")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for sname, size in (("Heading 1", 14), ("Heading 2", 12)):
        st = d.styles[sname]
        st.font.name, st.font.size, st.font.color.rgb = "Calibri", Pt(size), NAVY
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.54)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(hp.add_run("Interviewing Toolkit for Hiring Managers"), 9, italic=True, color=NAVY)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE", "2")

    # cover
    for _ in range(6):
        _para(d, "", after=12)
    _para(d, "Work that Matters,", 26, True, NAVY, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "Careers that Inspire.", 26, True, NAVY, after=36, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "AN INTERVIEWING TOOLKIT FOR", 18, True, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "HIRING MANAGERS", 18, True, after=24, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "Enterprise Guide", 13, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "May 2013", 13, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    _para(d, "TABLE OF CONTENTS", 14, True, NAVY, after=12)
    for text, page in TOC:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(4)
        _font(p.add_run(f"{text}\t{page}"), 10.5)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    d.add_heading("DEVELOPING INTERVIEW QUESTIONS", level=1)
    for t in DEVELOPING:
        _para(d, t, after=8)
    d.add_heading("COMPETENCY QUESTION BANK", level=1)
    _para(d, "Sample behavioral questions for the competencies used across the enterprise:", after=8)
    for name, definition, questions in BANK:
        d.add_heading(name, level=2)
        _para(d, definition, italic=True, after=4)
        num = H.add_numbering(d, H.decimal_lvl("%1.", 360, 360), f"6B2C0{len(d.paragraphs) % 10}A{len(name)%10}")
        for q in questions:
            p = _para(d, q, after=3)
            H.set_num(p, num)
        _para(d, "", after=2)

    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("MATRIX/ \u201cLISTEN FOR\u201d SAMPLES", level=1)
    _para(d, "The samples below show what a strong answer is likely to include. Use them when you score each "
             "candidate\u2019s answers.", after=8)
    bnum = H.add_numbering(d, H.bullet_lvl("\u2022", 284, 284), "6B2C0F01")
    t = d.add_table(rows=1 + len(MATRIX), cols=3)
    t.style = "Table Grid"
    for c, head in zip(t.rows[0].cells, ("Competency", "Question", "Listen For")):
        _font(c.paragraphs[0].add_run(head), 10.5, True, RGBColor(0xFF, 0xFF, 0xFF))
        H.shade(c, "1F3A68")
    H.header_row(t.rows[0])
    bank = {n: qs for n, _, qs in BANK}
    for i, (comp, qi, bullets) in enumerate(MATRIX, 1):
        _font(t.cell(i, 0).paragraphs[0].add_run(comp), 10, True)
        _font(t.cell(i, 1).paragraphs[0].add_run(bank[comp][qi]), 10)
        cell = t.cell(i, 2)
        for j, b in enumerate(bullets):
            p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
            _font(p.add_run(b), 10)
            H.set_num(p, bnum)
    H.fix_widths(t, [1.5, 2.6, 2.4])

    path = H.DOCS / f"{STEM}.docx"
    d.save(path)
    return path


def gold():
    comps = []
    for name, definition, questions in BANK:
        tips = [b for comp, _, bs in MATRIX if comp == name for b in bs]
        comps.append(H.competency(STEM, name, definition,
                                  interview_questions=H.items(STEM, questions),
                                  tips=H.items(STEM, tips, "Listen For")))
    return "AN INTERVIEWING TOOLKIT FOR HIRING MANAGERS", comps

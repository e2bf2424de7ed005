"""halifax-employee-competency-dictionary.docx: Halifax Regional Municipality (Nova Scotia), Human
Resources, "Employee Competency Dictionary" (python-docx).

Layout modelled on the Halifax dictionary (Word document, later posted as PDF): cover "Employee
Competency Dictionary / Prepared by: Human Resources", running header "Human Resources | Employee
Competency Dictionary" with the page number, a table of contents, front matter ("What are
Competencies?", "How we do what we do", "How Are the Competencies Structured?" with the level key,
"How to use this dictionary?" for employees and supervisors), then one competency a page. Each entry:
name as Heading 1, "Definition:" paragraph, and a table with the three proficiency levels as columns
(Basic | Intermediate | Advanced), the behavioural indicators as Word bullets inside each cell."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Pt, Inches, RGBColor

import common as C
import helpers as H

STEM = "halifax-employee-competency-dictionary"
NAME = STEM + ".docx"
LEVELS = ["Basic", "Intermediate", "Advanced"]

COMPS = [
    ("Analytical Thinking",
     "The ability to break a problem or situation into its parts, gather and weigh the relevant "
     "information, and reach sound, logical conclusions.",
     {"Basic": ["Breaks a task or problem into smaller parts.",
                "Gathers the facts needed to understand a routine issue.",
                "Notices when information is missing or inconsistent and asks about it."],
      "Intermediate": ["Identifies the likely causes of a problem and tests them against the evidence.",
                       "Compares options, weighing costs, benefits and risks.",
                       "Draws on data from several sources to support a recommendation."],
      "Advanced": ["Analyzes complex, multi-dimensional issues that cut across business units.",
                   "Anticipates the downstream effects of decisions on the organization and on residents.",
                   "Builds analytical tools and approaches that others in the organization can use."]}),
    ("Communications",
     "Sharing information and ideas clearly and respectfully, orally and in writing, and listening to "
     "understand the needs and views of others.",
     {"Basic": ["Speaks and writes clearly in everyday work situations.",
                "Listens attentively and checks for understanding.",
                "Passes information on to co-workers promptly."],
      "Intermediate": ["Adapts the message, tone and format to the audience.",
                       "Prepares clear reports, briefing notes and correspondence.",
                       "Handles questions and concerns from residents and colleagues with tact."],
      "Advanced": ["Communicates complex or sensitive matters to Regional Council, senior leaders, the "
                   "media or the public.",
                   "Plans the communication for major initiatives and changes.",
                   "Coaches others to communicate more effectively."]}),
    ("Conflict Management",
     "Recognizing disagreements and dealing with them constructively, so that issues are resolved and "
     "working relationships are preserved.",
     {"Basic": ["Stays calm and courteous when faced with disagreement.",
                "Raises concerns directly and respectfully with the people involved.",
                "Asks a supervisor for help when a conflict cannot be resolved."],
      "Intermediate": ["Helps co-workers find common ground when views differ.",
                       "Addresses conflict early, before it escalates.",
                       "Separates the people from the problem and focuses on interests rather than "
                       "positions."],
      "Advanced": ["Mediates complex or long-standing disputes within or between teams.",
                   "Creates a work environment where differences can be raised safely.",
                   "Puts processes in place that reduce recurring sources of conflict."]}),
]

BLUE = RGBColor(0x00, 0x3A, 0x70)


def heading(d, text, level=1):
    p = d.add_heading(text, level=level)
    for r in p.runs:
        r.font.color.rgb = BLUE
        r.font.name = "Calibri"
    return p


def build():
    d = docx.Document()
    C.clear_core_props(d, "Employee Competency Dictionary")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    H.tab_stop_right(hp, 9792)
    r = hp.add_run("Human Resources | Employee Competency Dictionary\t")
    r.font.size = Pt(9)
    r.font.color.rgb = BLUE
    C.add_field(hp, "PAGE", "2")
    hp.runs[-1].font.size = Pt(9)
    H.bottom_border(hp, "003A70")

    # ---- cover
    for _ in range(8):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run("Employee\nCompetency\nDictionary")
    r.bold = True
    r.font.size = Pt(36)
    r.font.color.rgb = BLUE
    p = d.add_paragraph()
    r = p.add_run("Prepared by: Human Resources")
    r.font.size = Pt(14)

    # ---- contents (typed, as in a document whose TOC was pasted as text)
    p = d.add_paragraph()
    H.page_break_before(p)
    r = p.add_run("Table of Contents")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = BLUE
    toc = [("What are Competencies?", "3", False), ("“How we do what we do”", "3", True),
           ("How Are the Competencies Structured?", "3", True), ("How to use this dictionary?", "4", False),
           ("As an employee", "4", True), ("As a supervisor:", "4", True),
           ("Analytical Thinking", "5", False), ("Communications", "6", False),
           ("Conflict Management", "7", False)]
    for text, page, indent in toc:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        if indent:
            p.paragraph_format.left_indent = Inches(0.25)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.7), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        r = p.add_run(f"{text}\t{page}")
        r.bold = not indent
        r.font.size = Pt(10)

    # ---- front matter
    p = heading(d, "What are Competencies?")
    H.page_break_before(p)
    d.add_paragraph("Competencies describe the knowledge, skills, abilities and behaviours that employees "
                    "bring to their work. A job description sets out what we do; competencies describe "
                    "how we go about doing it.")
    heading(d, "“How we do what we do”", 2)
    d.add_paragraph("Our competencies give every employee and supervisor a shared language for talking about "
                    "performance and growth. They are used when we recruit, when we plan and review "
                    "performance, and when employees and supervisors build learning plans together.")
    heading(d, "How Are the Competencies Structured?", 2)
    d.add_paragraph("Each competency has a definition and a set of behavioural indicators arranged in three "
                    "levels of proficiency. The levels build on one another: an employee working at the "
                    "Intermediate level is also expected to show the behaviours described at the Basic level.")
    key = C.add_numbering(d, C.bullet_lvl("\u2022", left=720, hanging=360, font="Symbol"), "3C4D5E6F")
    for lab, text in [("Basic", "level describes an employee who understands the competency and applies it "
                                "in routine situations, sometimes with guidance."),
                      ("Intermediate", "level describes an employee with greater command of the competency, "
                                       "who applies it independently across a range of situations, "
                                       "including some complex ones."),
                      ("Advanced", "level describes an employee who applies the competency in complex, "
                                   "unfamiliar or high-stakes situations and guides others in it; this "
                                   "level is usually expected in leadership or technical roles.")]:
        p = d.add_paragraph()
        p.add_run(lab).bold = True
        p.add_run(" " + text)
        C.set_num(p, key)
    heading(d, "How to use this dictionary?")
    heading(d, "As an employee", 2)
    b1 = C.add_numbering(d, C.bullet_lvl("\u2022", left=720, hanging=360, font="Symbol"), "4D5E6F70")
    for t in ["Read the competencies identified for your position and reflect on where your strengths lie.",
              "Use the behavioural indicators to describe examples from your own work.",
              "Choose one or two competencies to focus on in your learning plan for the year."]:
        C.set_num(d.add_paragraph(t), b1)
    heading(d, "As a supervisor:", 2)
    b2 = C.add_numbering(d, C.bullet_lvl("\u2022", left=720, hanging=360, font="Symbol"), "5E6F7081")
    for t in ["Refer to the competencies when writing job postings and interview questions.",
              "Give feedback in terms of the behaviours described, rather than general impressions.",
              "Agree with each employee on the level of proficiency the position requires."]:
        C.set_num(d.add_paragraph(t), b2)

    # ---- competencies
    for name, definition, levels in COMPS:
        p = heading(d, name)
        H.page_break_before(p)
        p = d.add_paragraph()
        p.add_run("Definition:").bold = True
        p.add_run(" " + definition)
        p.paragraph_format.space_after = Pt(10)
        t = d.add_table(rows=2, cols=3)
        t.style = d.styles["Table Grid"]
        C.fix_widths(t, [2.23, 2.23, 2.24])
        H.set_cell_margins(t)
        bnum = C.add_numbering(d, C.bullet_lvl("\u2022", left=288, hanging=216, font="Symbol"),
                               f"6F70{len(name):04X}")
        for j, lab in enumerate(LEVELS):
            hc = t.rows[0].cells[j]
            C.shade(hc, "003A70")
            hpar = hc.paragraphs[0]
            hpar.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = hpar.add_run(lab)
            r.bold = True
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            cell = t.rows[1].cells[j]
            first = True
            for b in levels[lab]:
                bp = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                bp.add_run(b).font.size = Pt(10)
                bp.paragraph_format.space_after = Pt(4)
                C.set_num(bp, bnum)
        C.mark_header_row(t.rows[0])
    d.save(H.DOCS / NAME)


def gold():
    comps = []
    for name, definition, levels in COMPS:
        comps.append(H.comp(name, STEM, definition, levels=[
            H.lv(i + 1, lab, H.items(levels[lab], STEM)) for i, lab in enumerate(LEVELS)]))
    return H.write_gold(STEM, NAME, "docx", "Employee Competency Dictionary", comps)


if __name__ == "__main__":
    build()
    print(gold())

"""Commercial Bank of Ethiopia, Competency Directory (Leadership Competencies): DOCX via python-docx.

Section 1 (front matter): bank name, "Competency Directory", "Leadership Competencies", introduction, and the
general proficiency scale (Basic ... Expert) as a two-column table. Then ONE WORD SECTION PER COMPETENCY, each
on a new page with its OWN, unlinked page header: "COMMERCIAL BANK OF ETHIOPIA | Competency Directory" and a
second header line "Leadership Competency N: <Name>". The body never repeats the name: a "Definition:" paragraph,
a caption, and a Behaviorally Anchored Rating Scale table whose FIRST COLUMN HOLDS THE LEVEL NAMES, printed from
Expert (top) down to Basic, and whose second column holds Word-numbered bullets.
"""
import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Pt, Inches

import helpers as H

STEM = "cbe-leadership-competency-directory"
TITLE = "Competency Directory"
MAROON = "5C1F6E"
RANK = {"Basic": 1, "Intermediate": 2, "Advanced": 3, "Expert": 4}

SCALE = [
    ("Basic", "Has a fundamental understanding of the competency and applies it in simple, routine situations "
              "with guidance."),
    ("Intermediate", "Applies the competency independently in the common situations of the job."),
    ("Advanced", "Applies the competency in complex or unfamiliar situations and guides others in its use."),
    ("Expert", "Is recognized as a role model for the competency and shapes practice across the bank."),
]

COMPS = [
    ("Strategic Orientation",
     "The ability to link the bank's long-term vision and strategy with day-to-day work, and to anticipate "
     "changes in the financial sector that affect the direction of the bank.",
     {"Expert": ["Shapes the corporate strategy of the bank and sets its long-term direction in the national and "
                 "international financial sector",
                 "Anticipates structural changes in the economy and the banking industry and prepares the bank to "
                 "respond to them",
                 "Builds commitment to the strategy among the Board, senior management and key stakeholders"],
      "Advanced": ["Develops medium-term plans that position the district or process for growth in deposits, loans "
                   "and digital channels",
                   "Analyzes competitors, customer trends and National Bank of Ethiopia directives to identify risks "
                   "and opportunities",
                   "Balances short-term results against the long-term interests of the bank"],
      "Intermediate": ["Translates the strategic objectives of the bank into unit plans, targets and priorities",
                       "Monitors market and regulatory developments that may affect the performance of the unit",
                       "Explains to staff how their work supports the strategy of the bank"],
      "Basic": ["Understands the vision, mission and strategic objectives of the bank and how own unit contributes "
                "to them",
                "Aligns own work plan with the annual targets of the unit"]}),
    ("Developing Others",
     "The commitment to building the knowledge and skills of employees through coaching, feedback, delegation "
     "and learning opportunities, so that the bank has the talent it needs now and in the future.",
     {"Expert": ["Builds a learning culture across the bank and champions talent and succession management",
                 "Sponsors leadership development programs and mentors senior managers",
                 "Holds leaders accountable for developing their people"],
      "Advanced": ["Prepares individual development plans with staff and follows up their implementation",
                   "Creates opportunities for staff to take part in projects, job rotation and training",
                   "Identifies high-potential employees and prepares them for larger roles"],
      "Intermediate": ["Identifies the development needs of direct reports through the performance review",
                       "Coaches staff on the job and gives timely, specific feedback",
                       "Delegates tasks that stretch the abilities of staff"],
      "Basic": ["Shares job knowledge and work procedures with new colleagues",
                "Gives colleagues constructive feedback when asked"]}),
    ("Decision Making",
     "The ability to make timely and sound decisions on the basis of relevant information, analysis of "
     "alternatives and assessment of risk, within the policies of the bank and the authority delegated.",
     {"Expert": ["Makes strategic decisions that affect the whole bank, weighing financial, regulatory and "
                 "reputational risks",
                 "Establishes decision-making frameworks and the delegation of authority across the bank"],
      "Advanced": ["Makes sound decisions on complex credit, operational and people matters, even when information "
                   "is incomplete",
                   "Involves the right people in decisions and explains the reasons for them",
                   "Takes responsibility for the outcomes of own decisions"],
      "Intermediate": ["Gathers and analyzes information from several sources before deciding",
                       "Considers the risks and consequences of alternative courses of action"],
      "Basic": ["Makes routine decisions within established procedures and delegated limits",
                "Refers decisions beyond own authority to the supervisor, together with the relevant facts"]}),
]

INTRO = [
    "Competencies are the critical skills, knowledge and abilities (traits and attributes) that an employee needs "
    "to perform tasks consistently and to deliver business results.",
    "The Competency Directory groups the competencies of the bank into Leadership, Core and Technical "
    "competencies. For each competency it gives a definition and a Behaviorally Anchored Rating Scale (BARS) "
    "that describes the behaviors expected at each proficiency level. The directory supports the human resource "
    "management and development strategies of the bank: recruitment, performance management, training needs "
    "assessment and succession planning.",
    "This part of the directory covers the leadership competencies required of managers at branch, district and "
    "head office level.",
]


def _header(sec, d, second=None):
    sec.header.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.style = d.styles["Normal"]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
    H.run(hp, "COMMERCIAL BANK OF ETHIOPIA\tCompetency Directory", bold=True, size=8.5, color=MAROON)
    if second:
        p2 = sec.header.add_paragraph()
        p2.style = d.styles["Normal"]
        H.run(p2, second, bold=True, size=13, color="333333")
        H.para_border(p2, "bottom", MAROON, 12, 3)
    else:
        H.para_border(hp, "bottom", MAROON, 12, 3)


def build_docx(path):
    d = docx.Document()
    H.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin, sec.bottom_margin = Inches(1.1), Inches(0.8)
    _header(sec, d)
    fp = sec.footer.paragraphs[0]
    fp.style = d.styles["Normal"]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE")
    bullet = H.add_numbering(d, H.bullet_lvl("\u2022", left=300, hanging=240, font="Calibri"), "43424501")

    for text, size, before in (("COMMERCIAL BANK OF ETHIOPIA", 20, 60), ("Competency Directory", 26, 6),
                               ("Leadership Competencies", 16, 6)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before)
        H.run(p, text, bold=True, size=size, color=MAROON)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(30)
    H.run(p, "INTRODUCTION", bold=True, size=12, color=MAROON)
    for t in INTRO:
        d.add_paragraph(t)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    H.run(p, "PROFICIENCY LEVELS", bold=True, size=12, color=MAROON)
    t = d.add_table(rows=1, cols=2)
    H.grid_borders(t, color="7F7F7F", sz=4)
    for c, txt in zip(t.rows[0].cells, ("Proficiency Level", "General Description")):
        H.shade(c, MAROON)
        H.run(c.paragraphs[0], txt, bold=True, color="FFFFFF")
    for lv, desc in SCALE:
        r = t.add_row()
        H.run(r.cells[0].paragraphs[0], lv, bold=True)
        H.run(r.cells[1].paragraphs[0], desc)
    H.fix_widths(t, [1.6, 4.9])

    for i, (name, definition, levels) in enumerate(COMPS, 1):
        sec = d.add_section(WD_SECTION.NEW_PAGE)
        _header(sec, d, f"Leadership Competency {i}: {name}")
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        H.run(p, "Definition: ", bold=True)
        H.run(p, definition)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        H.run(p, "Behaviorally Anchored Rating Scale", bold=True, italic=True, color=MAROON)
        t = d.add_table(rows=1, cols=2)
        H.grid_borders(t, color="7F7F7F", sz=4)
        for c, txt in zip(t.rows[0].cells, ("Proficiency Level", "Behavioral Indicators")):
            H.shade(c, MAROON)
            H.run(c.paragraphs[0], txt, bold=True, color="FFFFFF")
        for lv in ("Expert", "Advanced", "Intermediate", "Basic"):
            r = t.add_row()
            H.cant_split(r)
            H.shade(r.cells[0], "EFE7F2")
            H.run(r.cells[0].paragraphs[0], lv, bold=True)
            for j, b in enumerate(levels[lv]):
                bp = r.cells[1].paragraphs[0] if j == 0 else r.cells[1].add_paragraph()
                H.set_num(bp, bullet)
                bp.paragraph_format.space_after = Pt(2)
                H.run(bp, b)
        H.fix_widths(t, [1.6, 4.9])
    d.save(path)


def build():
    path = H.DOCS / f"{STEM}.docx"
    build_docx(path)
    comps = []
    for name, definition, levels in COMPS:
        lv = [H.level(RANK[k], k, H.items(STEM, v)) for k, v in levels.items()]
        comps.append(H.competency(STEM, name, definition, levels=lv))
    H.write_gold(path, "docx", TITLE, comps)


if __name__ == "__main__":
    build()

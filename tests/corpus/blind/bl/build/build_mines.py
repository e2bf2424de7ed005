"""Colorado School of Mines, Human Resources - "Classified Performance Management System / Core Competencies"
(supervisor resource for the State of Colorado statewide core competencies) -> DOCX.

Layout: US Letter, Times New Roman, no heading styles (bold Normal paragraphs). Centred bold title, bold
"Core Competencies:", two intro paragraphs (the second names the five statewide core competencies), a bold
"What is a competency?" question with a one-paragraph answer, bold "Core Competency Descriptions and Sample
Performance Standards:", then a bordered two-column table (bold competency name | description paragraph plus a
paragraph led by the bold label "Alternative or additional concepts for consideration:"). A second part,
bold "Performance Standards", carries the caveat paragraph and, per competency, a bold "<Name> Standards" line,
an italic "Sample Language Must be adjusted to fit each job!" line and a three-column table Needs Improvement |
Meets Expectations | Exceptional with Word bullets in the cells. Excerpt: three of the five competencies.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bllib as L  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Inches, Pt  # noqa: E402

STEM = "mines-classified-core-competencies"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "Classified Performance Management System"
FONT = "Times New Roman"
ALT = "Alternative or additional concepts for consideration:"
LEVELS = ["Needs Improvement", "Meets Expectations", "Exceptional"]

INTRO = [
    "This document is meant as a resource to help supervisors and employees understand Core Competencies and "
    "build the performance measures or standards that go with them. The performance standards shown below should "
    "not be copied word for word, since no single job is likely to contain all of these elements. They are "
    "offered as examples that can, and usually should, be adapted to each individual situation.",
    "The State Personnel Director has set the following uniform, statewide core competencies: Accountability, "
    "Communication, Job Knowledge, Interpersonal skills, and Customer Service. Each of these core competencies "
    "must appear in every employee performance plan and must be considered in every employee evaluation.",
]
WHAT = ("A competency is a cluster of related knowledge, skills and behaviors that shapes how an employee carries "
        "out the work. Competencies describe how results are achieved rather than what is achieved.")
CAVEAT = ("Important caveat to include with each standard: Please note that the content of the performance "
          "standards is not meant to cover every situation that may come up; it is meant to convey the intent of "
          "the levels of performance agreed between the supervisor and the employee.")

COMPS = [
    ("Accountability",
     "The degree to which the employee\u2019s conduct at work shows responsible personal and professional "
     "behavior that supports the overall goals and objectives of CSM. The employee knows and follows attendance, "
     "leave and other applicable policies, procedures, rules and regulations; keeps a positive attitude, presents "
     "CSM in a positive light and encourages others to do well; takes the initiative to grow professionally; is "
     "motivated, flexible, and committed to high quality work; shows high standards of ethical conduct; adjusts "
     "to changing conditions and situations in work responsibilities.",
     "Accepts constructive criticism and suggestions and adjusts accordingly; deals with conflict "
     "constructively; looks for solutions acceptable to everyone; accepts supervision willingly; can always be "
     "counted on to act in a professional manner; represents the department and CSM in an exemplary way; is "
     "ready to work at the start of the work schedule and continues until the workday ends.",
     [["Does not follow annual/sick leave policies consistently",
       "Reacts negatively or defensively to constructive feedback from others",
       "Projects an unprofessional or inappropriate business image"],
      ["Follows annual/sick leave policies consistently",
       "Takes work commitments and work cycles into account when requesting leave",
       "Listens to critical feedback and considers it",
       "Usually presents a professional business image that represents the department appropriately"],
      ["Applies constructive feedback actively to later interactions & situations",
       "Consistently presents a professional business image that helps get the job done",
       "Follows department, University, and State of Colorado policies and practices and helps others "
       "understand them"]]),
    ("Job Knowledge",
     "The degree to which the employee understands and applies the knowledge, skills and techniques the "
     "position requires. The employee keeps technical and professional knowledge current; knows the procedures, "
     "equipment and systems used in the job; makes good use of available resources; produces accurate, thorough "
     "work that meets expectations for quantity and timeliness; understands how own work fits with that of the "
     "work unit and of CSM.",
     "Seeks out training and self-study to close gaps in knowledge; shares expertise with coworkers; learns new "
     "technology and processes readily; carries lessons from past assignments into new ones; recognizes when a "
     "question should go to a subject-matter expert.",
     [["Makes frequent errors that others must correct",
       "Needs repeated instruction on routine procedures",
       "Is unaware of changes to the policies or systems used in the job"],
      ["Completes assignments accurately and on time",
       "Applies procedures and policies correctly to routine work",
       "Keeps job knowledge current through training offered by the department"],
      ["Is recognized as a resource by coworkers and other units",
       "Identifies and carries out improvements to work methods",
       "Masters new systems quickly and helps others learn them"]]),
    ("Interpersonal Skills",
     "The degree to which the employee builds and keeps effective working relationships with supervisors, "
     "coworkers, students, faculty and the public. The employee is courteous and tactful; respects differences "
     "among people; contributes to a cooperative team environment; handles disagreements constructively; gives "
     "and receives feedback appropriately.",
     "Shows sensitivity to the needs and feelings of others; stays composed under pressure; builds trust by "
     "keeping commitments; involves others in decisions that affect them; helps new employees feel welcome.",
     [["Is discourteous or dismissive toward others",
       "Lets disagreements disrupt the work of the unit"],
      ["Treats others with courtesy and respect",
       "Works cooperatively with coworkers and other departments",
       "Resolves minor disagreements directly and constructively"],
      ["Builds strong working relationships across campus",
       "Helps others settle conflicts and restores cooperation",
       "Is sought out by others for advice and support"]]),
]


def run(p, text, bold=False, italic=False, size=11):
    r = p.add_run(text)
    L.font(r, FONT, size, bold=bold, italic=italic)
    return r


def para(d, text="", bold=False, italic=False, size=11, align=None, after=6):
    p = d.add_paragraph()
    if text:
        run(p, text, bold, italic, size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    L.style_font(d, "Normal", FONT, 11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    bullet = L.add_numbering(d, L.bullet_lvl("\u2022", left=216, hanging=180), "5A1B2C3D")

    para(d, TITLE, bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(d, "Core Competencies:", bold=True, after=8)
    for t in INTRO:
        para(d, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(d, "What is a competency?", bold=True, after=3)
    para(d, WHAT, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(d, "Core Competency Descriptions and Sample Performance Standards:", bold=True, after=4)

    t = d.add_table(rows=len(COMPS), cols=2)
    L.table_borders(t, "000000", 4)
    L.set_cell_margins(t, 60, 60, 100, 100)
    for row, (name, desc, alt, _) in zip(t.rows, COMPS):
        run(row.cells[0].paragraphs[0], name, bold=True)
        c = row.cells[1]
        p = c.paragraphs[0]
        run(p, desc)
        p.paragraph_format.space_after = Pt(6)
        p = c.add_paragraph()
        run(p, ALT + " ", bold=True)
        run(p, alt)
    L.fix_widths(t, [1.4, 5.1])

    para(d, after=4)
    para(d, "Performance Standards", bold=True, size=12, after=3)
    para(d, CAVEAT, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=10)

    for name, _, _, levels in COMPS:
        p = para(d, f"{name} Standards", bold=True, after=0)
        p.paragraph_format.keep_with_next = True
        p = para(d, "Sample Language Must be adjusted to fit each job!", italic=True, size=10, after=4)
        p.paragraph_format.keep_with_next = True
        t = d.add_table(rows=2, cols=3)
        L.table_borders(t, "000000", 4)
        L.set_cell_margins(t, 40, 40, 80, 80)
        L.row_flags(t.rows[0], cant_split=True, header=True)
        for c, label in zip(t.rows[0].cells, LEVELS):
            L.shade(c, "E7E6E6")
            cp = c.paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(cp, label, bold=True, size=10)
        for c, items in zip(t.rows[1].cells, levels):
            for k, text in enumerate(items):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                run(p, text, size=10)
                L.set_num(p, bullet)
                p.paragraph_format.space_after = Pt(2)
        L.fix_widths(t, [2.15, 2.2, 2.15])
        para(d, after=6)
    return d


def gold():
    comps = []
    for name, desc, alt, levels in COMPS:
        lv = [{"rank": k + 1, "label": LEVELS[k], "behaviors": L.items(STEM, items)}
              for k, items in enumerate(levels)]
        comps.append(L.competency(STEM, name, desc,
                                  indicators=[L.item(STEM, alt, ALT.rstrip(":"))], levels=lv))
    return comps


def main():
    build().save(str(OUT))
    L.write_gold(OUT, "docx", TITLE, gold())
    print("wrote", OUT)


if __name__ == "__main__":
    main()

"""Minconsult Sdn. Bhd. (Malaysia; engineering consultancy) - "Competencies Dictionary" (N-2 and N-3) -> DOCX.

Layout: A4 landscape, Calibri/Carlito, no heading styles. Page 1: bold "COMPETENCIES DICTIONARY", a boxed
"Minconsult Competencies" grid naming the seven competencies, bold "Competencies by Job Level" and a
"Required Competencies by Job Level" table (competency x job level, required proficiency 2-5). Then one
competency per page: a two-row bordered box with shaded labels "Comp Title" (name in capitals) and "Comp
Definition"; a callout line explaining the parts of the scale; and a six-column table whose first column holds
the row labels "Proficiency Level" / "Level Definition" / "Behavioral Descriptors" and whose other columns are
"Level 1" ... "Level 5", the level definition being a short bold phrase and the descriptors Word bullets.
Excerpt: three of the seven competencies.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bllib as L  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

STEM = "minconsult-competencies-dictionary"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "COMPETENCIES DICTIONARY"
FONT = "Calibri"
ROWLAB = ["Proficiency Level", "Level Definition", "Behavioral Descriptors"]

ALL = ["Influencing / Leadership Skills", "Analytical Skills", "Planning & Organising", "Developing Others",
       "Interpersonal Understanding", "Communication Skills", "Teamwork & Cooperation"]
BY_LEVEL_HEAD = ["Competencies", "MTM (N)", "Directors/HODs (N-1)", "Senior Managers to Assistant Managers (N-2)",
                 "Senior Engineers to Graduate Engineers (N-3)"]
BY_LEVEL = [("Influencing/Leadership Skills", "5 4 3 2"), ("Analytical Skills", "5 4 3 2"),
            ("Planning and Organising", "5 4 3 2"), ("Developing Others", "5 4 3 2"),
            ("Interpersonal Understanding (EQ)", "5 4 3 2"), ("Communication", "5 4 3 2"),
            ("Teamwork and Cooperation", "5 4 3 3")]

COMPS = [
    ("PLANNING AND ORGANISING",
     "The ability to plan and organise work, understand and make good use of resources, put the steps to be "
     "taken in order of priority, foresee possible issues or barriers and prepare contingency plans for them, "
     "and carry out individual and team activities so that a set of objectives is achieved.",
     [("Plans own work activities",
       ["Uses time well and finishes tasks and projects on schedule by planning own work routinely",
        "Keeps own files and work materials in order so that information can be found quickly"]),
      ("Handles several priorities at once",
       ["Shows the ability to juggle several tasks", "Ranks tasks by urgency and importance",
        "Shifts focus quickly when assignments or priorities change"]),
      ("Coordinates the activities of others in own team",
       ["Sets priorities for the team\u2019s part in several initiatives running at the same time",
        "Builds schedules that show who does what and by when"]),
      ("Plans and drives broad implementation efforts",
       ["Draws up and carries out efficient work plans for complex projects involving several groups",
        "Foresees and prepares for obstacles that could delay delivery"]),
      ("Sets priorities across competing projects",
       ["Uses expertise to design and steer plans for very complex or difficult projects involving many internal "
        "and external stakeholder groups",
        "Allocates the firm\u2019s resources among competing projects to best advantage"])]),
    ("TEAMWORK AND COOPERATION",
     "The willingness to work cooperatively with others, to be part of a team rather than working separately or "
     "competitively, and to contribute to the shared goals of the team.",
     [("Cooperates with others",
       ["Does own share of the team\u2019s work and supports team decisions",
        "Keeps team members informed of relevant progress"]),
      ("Shares expertise",
       ["Offers own knowledge and skills to help colleagues",
        "Values the input of others with different backgrounds"]),
      ("Encourages others",
       ["Recognises the contributions of team members openly", "Helps the team work through disagreements"]),
      ("Builds team commitment",
       ["Promotes a friendly climate, good morale and cooperation within the team",
        "Brings in people from other disciplines to strengthen project teams"]),
      ("Fosters collaboration across the organisation",
       ["Sets up arrangements that make it easy for teams in different offices to work together",
        "Resolves conflicts between departments in the interest of the firm"])]),
    ("ANALYTICAL SKILLS",
     "The ability to understand a situation by breaking it into smaller parts, identifying relationships and "
     "likely causes, and using data and logical reasoning to reach sound conclusions.",
     [("Breaks down problems",
       ["Lists the parts of a task or problem without weighting them",
        "Gathers the basic data needed for routine calculations"]),
      ("Sees basic relationships",
       ["Identifies simple cause-and-effect links between pieces of information",
        "Checks design data and results for consistency"]),
      ("Sees multiple relationships",
       ["Analyses the links among several parts of a problem",
        "Weighs the pros and cons of alternative engineering solutions"]),
      ("Develops complex analyses",
       ["Uses several analytical techniques to break down complex problems",
        "Identifies several possible solutions and evaluates each against the project criteria"]),
      ("Applies advanced analytical approaches",
       ["Develops new methods for analysing highly complex technical or business issues",
        "Anticipates the consequences of decisions several steps ahead"])]),
]

TEAL = "1F6F78"


def run(p, text, bold=False, size=10, italic=False, color=None):
    r = p.add_run(text)
    L.font(r, FONT, size, bold=bold, italic=italic, color=color)
    return r


def build():
    d = Document()
    L.clear_core_props(d, "Competencies Dictionary")
    L.style_font(d, "Normal", FONT, 10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    L.add_field(fp, "PAGE")
    for r in fp.runs:
        L.font(r, FONT, 9)
    bullet = L.add_numbering(d, L.bullet_lvl("\u2022", left=216, hanging=216), "7C8D9EAF")

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, TITLE, bold=True, size=22, color=TEAL)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "Minconsult Competencies", bold=True, size=13)
    g = d.add_table(rows=2, cols=4)
    L.table_borders(g, TEAL, 8)
    L.set_cell_margins(g, 120, 120, 100, 100)
    for k, name in enumerate(ALL):
        c = g.rows[k // 4].cells[k % 4]
        L.shade(c, "DCEFF1")
        cp = c.paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(cp, name, bold=True, size=10)
    L.fix_widths(g, [6.3 / 2.54] * 4)
    d.add_paragraph()
    p = d.add_paragraph()
    run(p, "Competencies by Job Level", bold=True, size=13, color=TEAL)
    p = d.add_paragraph()
    run(p, "Required Competencies by Job Level", italic=True)
    t = d.add_table(rows=1 + len(BY_LEVEL), cols=5)
    L.table_borders(t, "000000", 4)
    L.set_cell_margins(t, 40, 40, 80, 80)
    for c, h in zip(t.rows[0].cells, BY_LEVEL_HEAD):
        L.shade(c, TEAL)
        cp = c.paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(cp, h, bold=True, size=9, color="FFFFFF")
    for row, (name, vals) in zip(t.rows[1:], BY_LEVEL):
        run(row.cells[0].paragraphs[0], name, size=9)
        for c, v in zip(row.cells[1:], vals.split()):
            cp = c.paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(cp, v, size=9)
    L.fix_widths(t, [2.6, 1.4, 1.7, 2.2, 2.2])

    for ci, (name, definition, levels) in enumerate(COMPS):
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        box = d.add_table(rows=2, cols=2)
        L.table_borders(box, "000000", 6)
        L.set_cell_margins(box, 60, 60, 100, 100)
        for row, (lab, val, bold) in zip(box.rows, (("Comp Title", name, True),
                                                    ("Comp Definition", definition, False))):
            L.shade(row.cells[0], TEAL)
            run(row.cells[0].paragraphs[0], lab, bold=True, color="FFFFFF")
            run(row.cells[1].paragraphs[0], val, bold=bold, size=12 if bold else 10)
        L.fix_widths(box, [1.5, 8.6])
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        if ci == 0:
            run(p, "Proficiency Level \u2192 Level Definition \u2192 Behavioral Descriptors: an illustration "
                   "of what is expected at the level of proficiency", italic=True, size=8, color="7F7F7F")
        t = d.add_table(rows=3, cols=6)
        L.table_borders(t, "000000", 4)
        L.set_cell_margins(t, 50, 50, 70, 70)
        for row, lab in zip(t.rows, ROWLAB):
            L.shade(row.cells[0], "DCEFF1")
            run(row.cells[0].paragraphs[0], lab, bold=True, size=9)
            L.row_flags(row, cant_split=True)
        for k, (ldef, items) in enumerate(levels):
            c = t.rows[0].cells[k + 1]
            L.shade(c, TEAL)
            cp = c.paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(cp, f"Level {k + 1}", bold=True, color="FFFFFF")
            cp = t.rows[1].cells[k + 1].paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(cp, ldef, bold=True, size=9)
            c = t.rows[2].cells[k + 1]
            for j, text in enumerate(items):
                bp = c.paragraphs[0] if j == 0 else c.add_paragraph()
                run(bp, text, size=9)
                L.set_num(bp, bullet)
                bp.paragraph_format.space_after = Pt(3)
        L.fix_widths(t, [1.3] + [1.76] * 5)
    return d


def gold():
    comps = []
    for name, definition, levels in COMPS:
        lv = []
        for k, (ldef, items) in enumerate(levels):
            beh = [L.item(STEM, ldef, "Level Definition")] + L.items(STEM, items, "Behavioral Descriptors")
            lv.append({"rank": k + 1, "label": f"Level {k + 1}", "behaviors": beh})
        comps.append(L.competency(STEM, name, definition, levels=lv))
    return comps


def main():
    build().save(str(OUT))
    L.write_gold(OUT, "docx", TITLE, gold())
    print("wrote", OUT)


if __name__ == "__main__":
    main()

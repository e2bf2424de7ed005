"""ASCE, Civil Engineering Body of Knowledge for the 21st Century (2nd edition, BOK2): outcome rubric
excerpt as a Word document (python-docx), landscape US Letter.

Layout: title lines, a short explanation of the levels of achievement (Bloom's taxonomy) and of the
portion markers B / M/30 / E (front matter), then one wide Word table: first column "Outcome number and
title" ("1. Mathematics"), then six numbered level columns "Level 1: Knowledge" ... "Level 6: Evaluation"
(repeating header row); category rows ("Foundational Outcomes", "Technical Outcomes", "Professional
Outcomes") merged across the table; a cell holds one statement, with the portion marker "(B)", "(M/30)"
or "(E)" appended where the BOK places that level; cells above an outcome's top level are left empty.
Running header, footer page number.
"""
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import vcommon as C
import vhelp as H

STEM = "asce-bok2-outcome-rubric"
TITLE = "Civil Engineering Body of Knowledge for the 21st Century"
LEVELS = ["Level 1: Knowledge", "Level 2: Comprehension", "Level 3: Application", "Level 4: Analysis",
          "Level 5: Synthesis", "Level 6: Evaluation"]

ROWS = [
    ("Foundational Outcomes", [
        ("1", "Mathematics", [
            "Recall basic facts and methods of mathematics up to differential equations.",
            "Explain key concepts and problem-solving processes in mathematics up to differential equations.",
            "Solve problems in mathematics up to differential equations and apply the methods to engineering problems. (B)",
            None, None, None]),
    ]),
    ("Technical Outcomes", [
        ("7", "Experiments", [
            "Name the procedures and equipment needed to carry out civil engineering experiments.",
            "Explain the purpose, procedures, equipment and practical uses of experiments in civil engineering.",
            "Carry out experiments in at least one area of civil engineering and report the results.",
            "Analyse and interpret data from experiments in more than one area of civil engineering. (B)",
            "Plan an experiment, including the choice of equipment and method, to meet a stated need in a specialized area. (M/30)",
            None]),
        ("9", "Design", [
            "Define engineering design and list the main steps of the design process.",
            "Describe the design process, including the part played by constraints, codes and standards.",
            "Apply the design process to meet a well-defined set of requirements.",
            "Break a complex system, component or process down into parts that can be designed.",
            "Design a complex system, component or process to meet stated needs within realistic constraints. (B)",
            "Evaluate the design of a complex system, component or process and judge how well it meets its requirements. (E)"]),
    ]),
    ("Professional Outcomes", [
        ("16", "Communication", [
            "List the characteristics of effective spoken, written, virtual and graphical communication.",
            "Describe the characteristics of effective communication and explain why they matter to technical and non-technical audiences.",
            "Apply the rules of grammar and composition in written work, and speak clearly to technical and non-technical audiences.",
            "Organize and deliver effective spoken, written, virtual and graphical communication. (B)",
            "Plan, compose and bring together the spoken, written, virtual and graphical communication of a project for technical and non-technical audiences. (E)",
            "Evaluate how effective the spoken, written, virtual and graphical communication of a project is. (E)"]),
        ("21", "Teamwork", [
            "Define the principles on which effective teams operate.",
            "Explain how teams, including multidisciplinary teams, work effectively.",
            "Take part as a member of a multidisciplinary team. (B)",
            "Judge the strengths and weaknesses of a multidisciplinary team's working and suggest improvements. (E)",
            "Form and lead a multidisciplinary team that works effectively. (E)",
            None]),
        ("24", "Professional and Ethical Responsibility", [
            "List the professional and ethical responsibilities of a civil engineer.",
            "Explain the professional and ethical responsibilities of a civil engineer. (B)",
            "Apply standards of professional and ethical responsibility to decide on an appropriate course of action.",
            "Analyse a situation with competing professional and ethical interests to decide how to act. (B)",
            "Justify a solution to an engineering problem on professional and ethical grounds, and assess own professional and ethical development. (E)",
            "Judge the professional and ethical conduct of others and of oneself in complex situations. (E)"]),
    ]),
]


def render(path):
    d = H.new_document(font="Times New Roman", size=9, landscape=True, margins_cm=(1.8, 1.5, 1.8, 1.5))
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(27.94), Cm(21.59)
    H.header_footer(d, header_text="Civil Engineering Body of Knowledge for the 21st Century, Second Edition",
                    footer_left=None, page_field=True, footer_align="center")
    H.para(d, "Civil Engineering Body of Knowledge for the 21st Century", bold=True, size=16, space_after=0)
    H.para(d, "Preparing the Civil Engineer for the Future — Second Edition", italic=True, size=11, space_after=10)
    H.para(d, "Outcome Rubric", bold=True, size=13, space_after=4)
    H.para(d, "The rubric below describes each outcome at six levels of achievement, based on Bloom’s "
              "taxonomy of the cognitive domain. Each level includes the levels before it. The letters in "
              "parentheses show where the Body of Knowledge expects the level to be reached:", size=10, space_after=3)
    for m, t in [("B", "through the bachelor’s degree"),
                 ("M/30", "through the master’s degree or about 30 semester credits of acceptable graduate-level or upper-level undergraduate courses"),
                 ("E", "through pre-licensure experience")]:
        p = H.para(d, "", size=10, space_after=1)
        p.paragraph_format.left_indent = Cm(0.8)
        H.run(p, f"{m} = ", bold=True, size=10)
        H.run(p, t, size=10)
    H.para(d, "", space_after=4)
    n_rows = 1 + sum(1 + len(outs) for _, outs in ROWS)
    t = d.add_table(rows=n_rows, cols=7)
    t.style = d.styles["Table Grid"]
    H.cell_margins(t, top=40, bottom=40, left=70, right=70)
    hdr = t.rows[0]
    C.mark_header_row(hdr)
    H.cell_text(hdr.cells[0], "Outcome number and title", bold=True, size=9)
    for i, lv in enumerate(LEVELS):
        H.cell_text(hdr.cells[i + 1], lv, bold=True, size=9)
    for c in hdr.cells:
        C.shade(c, "D9D9D9")
    r = 1
    for cat, outs in ROWS:
        m = H.merge_row(t, r)
        H.cell_text(m, cat, bold=True, italic=True, size=9).paragraph_format.keep_with_next = True
        C.shade(m, "F2F2F2")
        C.row_flags(t.rows[r], cant_split=True)
        r += 1
        for num, name, cells in outs:
            row = t.rows[r]
            C.row_flags(row, cant_split=True)
            H.cell_text(row.cells[0], f"{num}. {name}", bold=True, size=9)
            for i, txt in enumerate(cells):
                if txt:
                    H.cell_text(row.cells[i + 1], txt, size=9)
            r += 1
    C.fix_widths(t, [1.45] + [1.35] * 6)
    d.save(path)


def gold(doc_id):
    comps = []
    for cat, outs in ROWS:
        for num, name, cells in outs:
            lv = [{"rank": i + 1, "label": LEVELS[i], "behaviors": [C.item(doc_id, txt)]}
                  for i, txt in enumerate(cells) if txt]
            comps.append(C.competency(name, doc_id, definition=None, levels=lv))
    return comps


def build():
    out = C.DOCS / f"{STEM}.docx"
    render(out)
    return C.write_gold(STEM, out.name, "docx", TITLE, gold(STEM))


if __name__ == "__main__":
    print(build())

"""ICSA: The Chartered Governance Institute, The Competency Framework for Governance Professionals (Oct 2018):
portrait A4, running header/footer with page number; page 1 introduces the three areas (Understanding /
Practice / Values) and the four proficiency levels (a one-row table of level descriptions); then area
headings and, per competency, a heading, a description paragraph and a four-column table Entry | Emerging |
Established | Excelling with bulleted behaviours in each cell."""
import shutil
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm, RGBColor

from axlib import C, DOCS, comp, write_gold

STEM = "ax-icsa-governance-competency-framework"
LEVELS = ["Entry", "Emerging", "Established", "Excelling"]
TEAL = RGBColor(0x00, 0x6A, 0x71)

LEVEL_KEY = [
    "Those at entry level carry out process and research tasks, often including administrative and "
    "organisational work that supports the team. Their work is largely supervised by others.",
    "Those at emerging level are trusted to work on their own on a portfolio of activities and may "
    "lead on specific pieces of work.",
    "Those at established level have a broad understanding of their role and are a source of guidance "
    "to colleagues and the board. They may lead a team.",
    "Those at excelling level are strategic advisers to the board and shape governance practice in "
    "their organisation and beyond.",
]

AREAS = [
    ("Practice", "What I do", [
        ("Advising the board",
         "Gives the board and its committees clear, timely and well-founded guidance on governance matters so "
         "that directors can carry out their duties effectively.",
         [["Researches governance questions and presents the findings to colleagues.",
           "Prepares accurate background papers for board and committee meetings."],
          ["Gives routine advice on procedure to committee chairs and members.",
           "Spots governance issues in papers before they reach the board."],
          ["Advises the chair and directors on their duties and on the governance implications of decisions.",
           "Challenges proposals that conflict with legal or regulatory obligations."],
          ["Acts as a trusted adviser to the board on complex and sensitive matters.",
           "Shapes the board\u2019s agenda so that strategic and governance risks receive proper attention.",
           "Influences governance practice beyond the organisation."]]),
        ("Relationship building",
         "Develops and maintains constructive relationships with directors, executives, shareholders, "
         "regulators and other stakeholders, based on trust and mutual respect.",
         [["Builds good working relationships with colleagues in the team.",
           "Responds courteously and promptly to enquiries from shareholders and others."],
          ["Builds a network of contacts across the organisation.",
           "Handles routine contact with registrars, regulators and advisers."],
          ["Maintains effective relationships with the chair, directors and senior executives.",
           "Manages the expectations of key stakeholders, balancing competing interests."],
          ["Acts as a bridge between the board and management, building trust on both sides.",
           "Represents the organisation with investors, regulators and the profession."]]),
    ]),
    ("Values", "What I believe", [
        ("Integrity",
         "Acts honestly, fairly and consistently, upholding ethical standards and the interests of the "
         "organisation, even under pressure.",
         [["Handles confidential information with discretion.",
           "Follows the organisation\u2019s code of conduct and policies."],
          ["Raises concerns when something appears to be wrong.",
           "Is open about own mistakes and takes steps to put them right."],
          ["Keeps independence of judgement when advising the board.",
           "Promotes ethical conduct within the team and the wider organisation."],
          ["Stands firm on matters of principle, even when senior colleagues disagree.",
           "Sets the ethical tone for governance across the organisation."]]),
    ]),
]


def run(p, text, size=10, bold=False, color=None):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = color
    return r


def heading(doc, text, size, color=TEAL, before=0, after=6):
    p = doc.add_paragraph()
    run(p, text, size, True, color)
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.keep_with_next = True
    return p


def level_table(doc, cols, num, widths):
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    C.fix_widths(t, widths)
    for cell, lv in zip(t.rows[0].cells, LEVELS):
        run(cell.paragraphs[0], lv, 10, True, RGBColor(0xFF, 0xFF, 0xFF))
        C.shade(cell, "006A71")
    C.row_flags(t.rows[0], cant_split=True, header=True)
    C.row_flags(t.rows[1], cant_split=True)
    for cell, items in zip(t.rows[1].cells, cols):
        if isinstance(items, str):
            run(cell.paragraphs[0], items, 9)
            continue
        for i, b in enumerate(items):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            run(p, b, 9)
            if num:
                C.set_num(p, num)
            p.paragraph_format.space_after = Pt(3)
    return t


def build_docx(path):
    doc = docx.Document()
    C.clear_core_props(doc, "The Competency Framework for Governance Professionals")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    hp = sec.header.paragraphs[0]
    run(hp, "The Competency Framework for Governance Professionals", 8, False, RGBColor(0x55, 0x55, 0x55))
    fp = sec.footer.paragraphs[0]
    run(fp, "\u00a9 ICSA (2018)\t\t", 8)
    C.add_field(fp, "PAGE", "1")
    num = C.add_numbering(doc, C.bullet_lvl(left=220, hanging=180), "1C5A0B77")

    heading(doc, "The Competency Framework for Governance Professionals", 20, after=10)
    heading(doc, "About the framework", 13)
    p = doc.add_paragraph()
    run(p, "The framework sets out the behaviours that company secretaries and governance professionals need "
           "to perform well in their roles. The competencies are grouped into three areas which, together, "
           "describe what an effective governance professional knows, does and believes:", 10)
    for area, tag, desc in [("Understanding", "What I know", "the practical and theoretical knowledge needed "
                             "for good governance and how to apply it."),
                            ("Practice", "What I do", "the skills and expertise used to support the board "
                             "and the organisation."),
                            ("Values", "What I believe", "the personal and professional standards that "
                             "underpin the role.")]:
        q = doc.add_paragraph()
        run(q, f"{area}: {tag}. ", 10, True)
        run(q, desc[0].upper() + desc[1:], 10)
        C.set_num(q, num)
    heading(doc, "Levels of proficiency", 13, before=8)
    p = doc.add_paragraph()
    run(p, "Each competency is illustrated by behaviours at four levels of proficiency. The levels broadly, "
           "but not exclusively, follow career stages.", 10)
    level_table(doc, LEVEL_KEY, None, [1.7] * 4)

    for area, tag, comps in AREAS:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        heading(doc, f"{area}: {tag}", 18, after=8)
        for name, definition, cols in comps:
            heading(doc, name, 14, RGBColor(0x22, 0x22, 0x22), before=10, after=4)
            p = doc.add_paragraph()
            run(p, definition, 10)
            p.paragraph_format.space_after = Pt(6)
            p.paragraph_format.keep_with_next = True
            level_table(doc, cols, num, [1.7] * 4)
    doc.save(path)


def build():
    tmp = Path(tempfile.mkdtemp(prefix="ax-icsa-"))
    src = tmp / f"{STEM}.docx"
    build_docx(src)
    C.soffice(src, "pdf", tmp)
    out = DOCS / f"{STEM}.pdf"
    shutil.copy(tmp / f"{STEM}.pdf", out)
    shutil.rmtree(tmp, ignore_errors=True)
    comps = [comp(STEM, name, definition, levels=[(i + 1, LEVELS[i], cols[i]) for i in range(4)])
             for _, _, cs in AREAS for name, definition, cols in cs]
    return write_gold(out, "pdf", "The Competency Framework for Governance Professionals", comps)


if __name__ == "__main__":
    print(build())

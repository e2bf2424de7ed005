"""Institute of Management in Government (IMG), Government of Kerala, with DARPG - "Competency Framework for
Social Justice Department" (cadre competency frameworks for civil servants at the cutting-edge level) -> PDF.

Layout: A4 portrait, Liberation Serif (book printed in Thiruvananthapuram), running header with the book title,
centred page numbers (book pagination, 47-49). A cadre section "2. Probation Officer" (Heading 1) with
"Job Responsibilities" (Heading 2) as a Word-numbered list, then "Critical Competencies and Behavioural
Indicators" (Heading 2) with a one-line note on the source dictionary, and per competency a numbered Heading 3
"2.1 Empathy", a bold-label line "Pillar: Equity", a paragraph led by the bold label "Definition:", a
two-column bordered table (Level | Behavioural Indicators, rows Level 1 ... Level 4, bullets in the cells)
and a closing line "Proficiency level required for the cadre: Level n". Excerpt: the first three of the
cadre's eight competencies.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bllib as L  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

STEM = "imgkerala-probation-officer-competencies"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Competency Framework for Social Justice Department"
FONT = "Liberation Serif"

JOBS = ["Conduct social investigation of offenders referred by courts and submit pre-sentence reports within "
        "the time allowed.",
        "Supervise probationers and guide them towards reformation and rehabilitation.",
        "Maintain the case records and registers prescribed under the Probation of Offenders Act and Rules.",
        "Coordinate with police, prisons, courts and voluntary agencies in after-care programmes.",
        "Organise awareness programmes on probation and correctional services in the district."]
SOURCE = ("The competencies below, with their proficiency levels and behavioural indicators, are drawn from the "
          "Competency Dictionary for the Civil Services developed under the GoI-UNDP project.")

COMPS = [
    ("2.1", "Empathy", "Equity",
     "Understanding the feelings, needs and concerns of citizens, especially the poor and the marginalised, and "
     "responding to them with sensitivity while keeping the objectives of the department in view.",
     [["Listens to citizens patiently and gives them a fair hearing",
       "Treats every person with courtesy irrespective of background"],
      ["Recognises the unstated concerns and emotions behind what a person says",
       "Puts self in the other person\u2019s position before responding"],
      ["Adapts own approach to the circumstances of vulnerable individuals and families",
       "Acts on the underlying needs of beneficiaries, not only on the stated request"],
      ["Builds a culture of sensitivity to citizens\u2019 needs within the office",
       "Shapes programmes and procedures around the needs of disadvantaged groups"]],
     3),
    ("2.2", "Communication Skills", "Efficiency",
     "Expressing information, ideas and views clearly in speech and in writing, listening carefully to others "
     "and adapting the message to the audience.",
     [["Conveys information clearly and accurately in simple language",
       "Listens carefully and asks questions to confirm understanding"],
      ["Prepares clear, well-organised reports and notes",
       "Adjusts the message to suit the audience"],
      ["Presents complex information persuasively to officials and to the public",
       "Handles sensitive conversations with tact"],
      ["Communicates the department\u2019s vision and policies to a wide range of stakeholders",
       "Builds open channels of communication across the organisation"]],
     2),
    ("2.3", "Problem Solving", "Efficiency",
     "Identifying problems, analysing their causes and arriving at workable solutions within the framework of "
     "rules and the resources available.",
     [["Identifies routine problems and refers them to the appropriate authority",
       "Applies established procedures to solve simple problems"],
      ["Gathers the relevant facts to understand the cause of a problem",
       "Suggests practical options for resolving recurring issues"],
      ["Analyses complex cases from several angles before deciding",
       "Finds solutions that balance legal requirements with the needs of the individual"],
      ["Anticipates systemic problems and develops preventive measures",
       "Resolves problems that cut across departments and institutions"]],
     3),
]


def run(p, text, bold=False, size=11, italic=False):
    r = p.add_run(text)
    L.font(r, FONT, size, bold=bold, italic=italic)
    return r


def styled(d, style, text, size):
    p = d.add_paragraph(style=style)
    run(p, text, bold=True, size=size)
    p.paragraph_format.keep_with_next = True
    return p


def build():
    d = Document()
    L.clear_core_props(d, "Competency Framework for Social Justice Department")
    L.style_font(d, "Normal", FONT, 11)
    for st, sz in (("Heading 1", 15), ("Heading 2", 13), ("Heading 3", 12)):
        L.style_font(d, st, FONT, sz, bold=True, color="000000")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    pg = sec._sectPr.find(qn("w:pgNumType"))
    if pg is None:
        sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="47"/>'))
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(hp, "Competency Framework for Social Justice Department", size=9, italic=True)
    L.para_border(hp, ("bottom",), "000000", 4, 2)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE", "47")
    for r in fp.runs:
        L.font(r, FONT, 10)
    num = L.add_numbering(d, L.decimal_lvl("%1.", left=540, hanging=360), "8D9EAFB0")
    bullet = L.add_numbering(d, L.bullet_lvl("\u2022", left=288, hanging=216), "9EAFB0C1")

    styled(d, "Heading 1", "2. Probation Officer", 15)
    styled(d, "Heading 2", "Job Responsibilities", 13)
    for j in JOBS:
        p = d.add_paragraph()
        run(p, j)
        L.set_num(p, num)
        p.paragraph_format.space_after = Pt(2)
    styled(d, "Heading 2", "Critical Competencies and Behavioural Indicators", 13)
    p = d.add_paragraph()
    run(p, SOURCE, italic=True, size=10)

    for no, name, pillar, definition, levels, req in COMPS:
        h = styled(d, "Heading 3", f"{no} {name}", 12)
        h.paragraph_format.space_before = Pt(12)
        p = d.add_paragraph()
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_after = Pt(2)
        run(p, "Pillar: ", bold=True)
        run(p, pillar)
        p = d.add_paragraph()
        p.paragraph_format.keep_with_next = True
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        run(p, "Definition: ", bold=True)
        run(p, definition)
        t = d.add_table(rows=1 + len(levels), cols=2)
        L.table_borders(t, "000000", 4)
        L.set_cell_margins(t, 50, 50, 90, 90)
        L.row_flags(t.rows[0], cant_split=True, header=True)
        for c, h_ in zip(t.rows[0].cells, ("Level", "Behavioural Indicators")):
            L.shade(c, "D9D9D9")
            run(c.paragraphs[0], h_, bold=True, size=10)
        for k, (row, items) in enumerate(zip(t.rows[1:], levels)):
            L.row_flags(row, cant_split=True)
            run(row.cells[0].paragraphs[0], f"Level {k + 1}", bold=True, size=10)
            for j, text in enumerate(items):
                bp = row.cells[1].paragraphs[0] if j == 0 else row.cells[1].add_paragraph()
                run(bp, text, size=10)
                L.set_num(bp, bullet)
        L.fix_widths(t, [1.1, 5.1])
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        run(p, f"Proficiency level required for the cadre: Level {req}", italic=True, size=10)
    return d


def gold():
    comps = []
    for _, name, pillar, definition, levels, req in COMPS:
        lv = [{"rank": k + 1, "label": f"Level {k + 1}", "behaviors": L.items(STEM, items)}
              for k, items in enumerate(levels)]
        notes = [L.item(STEM, f"Pillar: {pillar}"),
                 L.item(STEM, f"Proficiency level required for the cadre: Level {req}")]
        comps.append(L.competency(STEM, name, definition, levels=lv, notes=notes))
    return comps


def main():
    L.docx_to_pdf(build(), OUT)
    L.write_gold(OUT, "pdf", TITLE, gold())
    print("wrote", OUT)


if __name__ == "__main__":
    main()

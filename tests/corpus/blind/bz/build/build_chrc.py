"""CHRC "Competencies for Cultural Managers" HR tool (2013), excerpt: cluster I, general competencies A and B.

Word document converted to PDF with LibreOffice. From the real tool's contents (scribd / vdocuments copies):
INTRODUCTION, CHART OF COMPETENCIES, COMPETENCIES with the clusters "I. Create the big plan" (A. Establish
direction, p. 7; B. Develop a strategic plan and establish budget, p. 11), "II. Develop a human and
organizational network for achieving the big plan" (C, D), "III. Carry out the big plan" (E, F), "IV. Generate
expected outcomes" (G, H) and "Personal Competencies" (I, J, K); CHRC's charts break each general competency into
competencies and sub-competencies (its newsletter: "The skills identified in the chart are further developed
into tasks and actions"). Running header with the tool's title, footer with the copyright line and page
number. The competencies and sub-competencies of A and B are ours (the stored copies stop at the contents).
"""
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

import bzlib as L
C = L.C

STEM = "chrc-cultural-managers-competencies"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "COMPETENCIES FOR CULTURAL MANAGERS"

GENERAL = [
    ("A", "ESTABLISH DIRECTION", [
        ("A.1", "Analyze the environment of the organization",
         ["Monitor trends in the arts and heritage sector and in the community",
          "Identify opportunities and threats for the organization",
          "Consult artists, audiences and partners about their needs",
          "Assess the strengths and weaknesses of the organization"]),
        ("A.2", "Define the mission and the vision",
         ["Review the mission with the board and the staff",
          "Articulate a vision that reflects the artistic or heritage mandate",
          "Communicate the mission and the vision inside and outside the organization"]),
        ("A.3", "Set artistic and organizational priorities",
         ["Balance artistic goals with financial realities",
          "Establish priorities with the artistic director and the board",
          "Review priorities regularly in light of results"]),
    ]),
    ("B", "DEVELOP A STRATEGIC PLAN AND ESTABLISH BUDGET", [
        ("B.1", "Develop the strategic plan",
         ["Set long-term goals and measurable objectives",
          "Involve the board, staff and volunteers in planning",
          "Integrate the artistic, marketing, fundraising and operational plans",
          "Write the plan and present it for approval"]),
        ("B.2", "Prepare the budget",
         ["Estimate revenues from ticket sales, grants, donations and sponsorships",
          "Estimate expenses for programming, staff and facilities",
          "Present the budget to the board for approval",
          "Monitor the budget and adjust it during the year"]),
        ("B.3", "Seek funding",
         ["Research public and private sources of funding",
          "Prepare grant applications and sponsorship proposals",
          "Maintain relationships with funders and report on the use of funds"]),
    ]),
]


def run(p, text, bold=False, size=10, color=None, italic=False):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def ctext(cell, text, bold=False, size=10, first=True, color=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    run(p, text, bold=bold, size=size, color=color)
    return p


def build(path):
    d = Document()
    C.clear_core_props(d, "HR Tool: Competencies for Cultural Managers")
    d.core_properties.author = "CHRC"
    st = d.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(9)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(27.94), Cm(21.59)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="7"/>'))
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(hp, TITLE, bold=True, size=8, color="7F3F98")
    fp = sec.footer.paragraphs[0]
    run(fp, "Copyright 2013. Cultural Human Resources Council. All rights reserved.\t\t", size=7, color="666666")
    C.add_field(fp, "PAGE", "7")
    bul = C.add_numbering(d, C.bullet_lvl("\u25aa", left=284, hanging=227, font="Verdana"), "3E5F7A1C")

    p = d.add_paragraph()
    run(p, "COMPETENCIES", bold=True, size=16, color="7F3F98")
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(8)
    run(p, "Each general competency (A, B, C ...) is broken down into competencies (A.1, A.2 ...); each "
           "competency is described by the sub-competencies a cultural manager must be able to perform.",
        italic=True, size=9)
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(6)
    run(p, "I. CREATE THE BIG PLAN", bold=True, size=13, color="FFFFFF")
    p.paragraph_format.left_indent = Cm(0)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="7F3F98"/>'))

    from docx.enum.section import WD_SECTION
    W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
    for k, (letter, gname, comps) in enumerate(GENERAL):
        if k > 0:   # the excerpt jumps from p. 7 to p. 11, where B starts
            s2 = d.add_section(WD_SECTION.NEW_PAGE)
            for el in s2._sectPr.iter(W + 'pgNumType'):
                el.set(W + 'start', '11')
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(4)
        run(p, f"{letter}. {gname}", bold=True, size=12, color="7F3F98")
        t = d.add_table(rows=len(comps) + 1, cols=2)
        t.style = "Table Grid"
        ctext(t.cell(0, 0), "COMPETENCIES", bold=True, color="FFFFFF")
        ctext(t.cell(0, 1), "SUB-COMPETENCIES", bold=True, color="FFFFFF")
        C.shade(t.cell(0, 0), "7F3F98")
        C.shade(t.cell(0, 1), "7F3F98")
        C.mark_header_row(t.rows[0])
        for i, (code, name, subs) in enumerate(comps, 1):
            pc = ctext(t.cell(i, 0), f"{code} ", bold=True)
            run(pc, name, bold=True, size=10)
            C.shade(t.cell(i, 0), "EFE6F4")
            for j, s in enumerate(subs):
                C.set_num(ctext(t.cell(i, 1), s, first=(j == 0)), bul)
            C.row_flags(t.rows[i])
        C.fix_widths(t, [3.0, 6.9])
    d.save(path)


def main():
    tmp = L.Path(tempfile.mkdtemp(prefix="bz-chrc-")) / f"{STEM}.docx"
    build(tmp)
    L.convert(tmp, OUT, "pdf")
    g = L.Gold(STEM)
    for _, _, comps in GENERAL:
        for _, name, subs in comps:
            g.comp(name, None, indicators=[g.item(s) for s in subs])
    g.write(OUT, "pdf", TITLE)
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()

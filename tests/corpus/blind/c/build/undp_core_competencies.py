"""UNDP, Detailed Competency Framework | Levels of Competency Proficiency (excerpt: two core
competencies).

python-docx. Title line, date, a contents list with dotted tab leaders, then per competency a heading
"Core – <Name>", a one-line tagline (the definition), and a Word table with header row
"Level | Description": one ROW per level (Level 1 ... Level 6, low to high); each description cell
holds a bold headline paragraph and bulleted paragraphs (real Word numbering).
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Pt, Cm, RGBColor, Inches

import lib
from lib import C

STEM = "undp-core-competencies"
g = lib.G(STEM)
TITLE = "Detailed Competency Framework | Levels of Competency Proficiency"

COMPS = [
    ("Leadership", "Ability to persuade others to follow", [
        ("Owns the quality of own work",
         ["Makes good use of the resources, methods, partners and information at hand"]),
        ("Spots new opportunities and challenges before being asked",
         ["Suggests options for dealing with work challenges",
          "Takes responsibility for own decisions and their results"]),
        ("Actively seeks out and acknowledges the contributions of others",
         ["Involves teams and encourages dialogue within and between them",
          "Chooses the right resources, methods, partners and information for the task"]),
        ("Builds commitment, enthusiasm and excellence in others",
         ["Opens up opportunities for the team, not only for self, to learn and take on new "
          "responsibilities",
          "Holds self and others accountable for results"]),
        ("Is looked to by peers as a leader and role model",
         ["Sets direction for a work unit and aligns it with organizational goals",
          "Mentors and develops leaders within the team"]),
        ("Is recognized as a leader across the organization and beyond",
         ["Shapes the vision and strategy of the organization and builds support for it",
          "Represents UNDP’s leadership in high-level external forums"]),
    ]),
    ("Innovation", "Ability to make new and useful ideas work", [
        ("Is open to creative ideas and known risks",
         ["Tries out new ways of doing own tasks",
          "Learns from mistakes and shares the lessons"]),
        ("Adapts ideas from elsewhere to own work",
         ["Looks for good practice inside and outside UNDP",
          "Questions established methods when they no longer serve their purpose"]),
        ("Generates new ideas and tests them",
         ["Encourages colleagues to experiment within acceptable risk",
          "Pilots new approaches and measures their results"]),
        ("Creates an environment that fosters innovation",
         ["Removes obstacles to new ideas within the team",
          "Rewards calculated risk-taking"]),
        ("Leads the adoption of innovations across units",
         ["Brings partners together to develop new solutions",
          "Scales up approaches that have proven their worth"]),
        ("Champions innovation as a core part of the organization’s work",
         ["Sets organizational priorities for innovation",
          "Builds partnerships that bring new thinking into development practice"]),
    ]),
]
CONTENTS = ["Core – Leadership", "Core – Communication and Relationship Management",
            "Core – Innovation", "Core – People Management", "Core – Delivery",
            "Technical Competency Aggregate"]


def build():
    d = Document()
    C.clear_core_props(d, TITLE)
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    h1 = d.styles["Heading 1"]
    h1.font.name = "Calibri"
    h1.font.size = Pt(15)
    h1.font.color.rgb = RGBColor(0x00, 0x61, 0xA8)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    C.add_field(fp, "PAGE")

    p = d.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("6 February 2017")
    p = d.add_paragraph()
    p.add_run("Contents").bold = True
    pages = [2, 3, 4, 5, 6, 7]
    for entry, pg in zip(CONTENTS, pages):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(f"{entry}\t{pg}")

    bnum = lib.bullet_num(d, left=284, hanging=284, nsid="0D9F2017")
    comps = []
    for name, tagline, levels in COMPS:
        d.add_page_break()
        d.add_heading(f"Core – {name}", level=1)
        tp = d.add_paragraph()
        tr = tp.add_run(tagline)
        tr.italic = True
        tr.font.size = Pt(12)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        C.fix_widths(t, [1.1, 5.6])
        for c, txt in zip(t.rows[0].cells, ("Level", "Description")):
            C.shade(c, "0061A8")
            rr = c.paragraphs[0].add_run(txt)
            rr.bold = True
            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        C.mark_header_row(t.rows[0])
        gl = []
        for i, (headline, bullets) in enumerate(levels, 1):
            row = t.add_row()
            C.row_flags(row, cant_split=True)
            row.cells[0].paragraphs[0].add_run(f"Level {i}").bold = True
            cell = row.cells[1]
            cell.paragraphs[0].add_run(headline).bold = True
            for b in bullets:
                bp = cell.add_paragraph(b)
                bp.paragraph_format.space_after = Pt(1)
                C.set_num(bp, bnum)
            gl.append(g.lvl(i, f"Level {i}", [headline] + bullets))
        comps.append(g.comp(name, tagline, levels=gl))

    d.save(lib.DOCS / f"{STEM}.docx")
    g.write("docx", TITLE, comps)


if __name__ == "__main__":
    build()

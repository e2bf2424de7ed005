"""New Charter Housing Trust Group - Our Vision, Values and Behaviours (excerpt: cover, contents,
Employee Behaviours divider and the first three employee behaviours) -> DOCX.

python-docx (A4, Arial): cover page, "Contents" as a two-column table (Contents | Page Number),
section divider "Employee Behaviours", then one page per behaviour: Heading 1 name, an inline bold
"What this means:" label + paragraph, bold "How it's shown:" and a two-column table
"Above and beyond" | "Expected Practice" (HIGHER level printed first) with one statement per cell.
Footer: centred PAGE field.
"""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

import bqlib as L

STEM = "newcharter-vision-values-behaviours"
DOC = L.DOCS / f"{STEM}.docx"
TITLE = "Our Vision, Values and Behaviours"
PLUM = "6D2077"
GREEN = "78BE20"

CONTENTS = [("About Us", "3"), ("Employee Behaviours", "4"), ("Manager Behaviours", "13"),
            ("Senior Manager Behaviours", "22")]

BEHAVIOURS = [
    ("Manages expectations",
     "A great New Charter Employee knows that being open and honest matters, especially with customers. "
     "They manage what people expect by agreeing to what they can deliver and saying no when that is the "
     "right answer. They then follow through, treating colleagues and customers with the same "
     "professionalism and sincerity.",
     [("Comes across as confident and professional with everyone, every time",
       "Shows confidence and professionalism when dealing with people"),
      ("Role models honesty for the rest of the team", "Does what they say they will do"),
      ("Encourages colleagues to be upfront with customers and with each other",
       "Keeps people informed about what is happening"),
      ("Owns their work fully and holds others to account for theirs",
       "Deals with people in an honest and open way"),
      ("Anticipates where expectations may not be met and acts early",
       "Explains clearly when something cannot be done and why")]),
    ("Enjoys work",
     "A great New Charter Employee brings energy and a positive attitude to work. They take pride in what "
     "they do, help to make New Charter a place people want to work, and can see the funny side without "
     "losing sight of the job.",
     [("Lifts the mood of the team when things get tough", "Approaches work with a positive attitude"),
      ("Celebrates the successes of others as well as their own", "Takes pride in the quality of their work"),
      ("Suggests ways to make the workplace more enjoyable for everyone",
       "Gets involved in team activities and events"),
      ("Is seen by others as an ambassador for New Charter",
       "Speaks positively about New Charter to customers and partners")]),
    ("Genuinely cares",
     "A great New Charter Employee cares about customers, colleagues and the neighbourhoods we serve. They "
     "take time to understand people\u2019s circumstances and go out of their way to help, making sure "
     "vulnerable customers get the support they need.",
     [("Goes the extra mile to resolve a customer\u2019s problem from start to finish",
       "Listens to customers and takes their concerns seriously"),
      ("Spots signs that a customer or colleague may be struggling and offers support",
       "Treats people with kindness and patience"),
      ("Builds links with local groups to improve support for customers",
       "Knows where to refer customers who need extra help"),
      ("Checks back with customers to make sure the help made a difference",
       "Follows up on promises made to customers")]),
]


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    L.style_font(d.styles["Normal"], "Arial", 11)
    for sname, size in (("Title", 30), ("Heading 1", 20), ("Heading 2", 14)):
        st = d.styles[sname]
        L.style_font(st, "Arial", size)
        st.font.color.rgb = RGBColor.from_string(PLUM)
        st.font.bold = True
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE", "1")

    # cover
    for _ in range(6):
        d.add_paragraph()
    p = d.add_paragraph(style="Title")
    p.text = ""
    L.run(p, TITLE)
    p = d.add_paragraph()
    L.run(p, "Great Homes  \u2022  Great Neighbourhoods  \u2022  Great People", size=14, color=GREEN, bold=True)
    page_break(d)

    # contents
    p = d.add_paragraph(style="Heading 1")
    p.text = "Contents"
    t = d.add_table(rows=1, cols=2)
    L.table_borders(t, color=PLUM, size=4, inside=False)
    hdr = t.rows[0].cells
    for c, lab in zip(hdr, ["Contents", "Page Number"]):
        c.paragraphs[0].text = ""
        L.run(c.paragraphs[0], lab, bold=True, color="FFFFFF")
        L.shade(c, PLUM)
    for lab, pg in CONTENTS:
        cells = t.add_row().cells
        cells[0].paragraphs[0].text = lab
        cells[1].paragraphs[0].text = pg
        cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    L.fix_widths(t, [4.8, 1.6])

    # divider: a new section whose numbering starts at 4 (the excerpt leaves out "About Us", p. 3)
    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    sec2._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="4"/>'))
    for _ in range(8):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.run(p, "Employee Behaviours", size=32, bold=True, color=PLUM)

    for name, meaning, rows in BEHAVIOURS:
        page_break(d)
        p = d.add_paragraph(style="Heading 1")
        p.text = name
        p = d.add_paragraph()
        L.run(p, "What this means: ", bold=True, color=PLUM)
        L.run(p, meaning)
        L.spacing(p, 6, 10)
        p = d.add_paragraph()
        L.run(p, "How it\u2019s shown:", bold=True, color=PLUM)
        L.spacing(p, 0, 6)
        t = d.add_table(rows=1, cols=2)
        L.table_borders(t, color="BFBFBF", size=4)
        L.cell_margins(t, 80, 80, 100, 100)
        for c, lab, fill in zip(t.rows[0].cells, ["Above and beyond", "Expected Practice"], [GREEN, PLUM]):
            c.paragraphs[0].text = ""
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            L.run(c.paragraphs[0], lab, bold=True, color="FFFFFF", size=12)
            L.shade(c, fill)
        for above, expected in rows:
            cells = t.add_row().cells
            cells[0].paragraphs[0].text = above
            cells[1].paragraphs[0].text = expected
        L.fix_widths(t, [3.3, 3.3])
    d.save(str(DOC))


def gold():
    doc = STEM
    comps = []
    for name, meaning, rows in BEHAVIOURS:
        comps.append(L.competency(doc, name, meaning, levels=[
            L.level(doc, 1, "Expected Practice", [e for a, e in rows]),
            L.level(doc, 2, "Above and beyond", [a for a, e in rows])]))
    L.write_gold(DOC, "docx", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()
    print("built", DOC.name)

"""Wales Millennium Centre - Behavioral Competencies Framework (DOCX).

Modelled on the document title "Wales Millennium Centre Behavioral Competencies Framework" (listed on
businessdocbox.com; the body was not visible) and on the Centre's bilingual identity (Canolfan Mileniwm Cymru).
Layout: LEVELS AS TABLE ROWS - per competency a Heading 1 name, a "Definition:" paragraph, then a two-column
Word table with the header row "Level | Behaviours we expect to see" and one row per level (Level 1 -
Developing ... Level 3 - Role model), each level described in one paragraph in its cell. Bilingual running
header "Canolfan Mileniwm Cymru | Wales Millennium Centre", footer with the page number. Excerpt of three
competencies. All wording is ours. python-docx.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import cblib as L

STEM = "wmc-behavioral-competencies-framework"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "Behavioral Competencies Framework"
LEVELS = ["Level 1 \u2013 Developing", "Level 2 \u2013 Effective", "Level 3 \u2013 Role model"]

COMPS = [
    {"name": "Audience Focus",
     "definition": "Puts audiences, visitors and participants at the heart of everything we do, so that every "
                   "visit to the Centre is welcoming, safe and memorable.",
     "levels": [
         "Greets visitors warmly in Welsh and English and helps them find what they need. Passes on comments "
         "from visitors to the right team.",
         "Anticipates what different audiences will need and adapts the service to suit them. Resolves "
         "complaints on the spot wherever possible and follows up where not.",
         "Uses audience insight to shape programmes and services. Champions access and inclusion so that "
         "people who have never visited an arts venue feel they belong here."]},
    {"name": "Collaboration",
     "definition": "Works across departments and with artists, producers and partners to achieve shared "
                   "goals.",
     "levels": [
         "Shares information with colleagues in other departments and offers help during busy periods such as "
         "get-ins and show nights.",
         "Builds good working relationships with visiting companies and partners. Brings the right people "
         "together early when planning events.",
         "Creates partnerships that extend the Centre's reach across Wales and beyond. Removes barriers "
         "between teams and models openness in difficult conversations."]},
    {"name": "Creativity and Innovation",
     "definition": "Generates new ideas and tries new ways of working, and learns from what works and what "
                   "does not.",
     "levels": [
         "Suggests small improvements to the way own work is done and is willing to try new approaches.",
         "Tests new ideas in a planned way, measures the result and shares what has been learned.",
         "Encourages a culture in which calculated risks are supported. Makes time and budget available for "
         "new ideas to be developed."]},
]


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    L.style_font(d.styles["Normal"], "Arial")
    d.styles["Normal"].font.size = Pt(10.5)
    copper = RGBColor(0x9C, 0x52, 0x21)
    for s in ("Heading 1", "Title", "Subtitle"):
        L.style_font(d.styles[s], "Arial")
        d.styles[s].font.color.rgb = copper

    hp = sec.header.paragraphs[0]
    hp.text = "Canolfan Mileniwm Cymru | Wales Millennium Centre"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE")
    for r in fp.runs + hp.runs:
        r.font.size = Pt(8)

    d.add_paragraph("Wales Millennium Centre", style="Subtitle")
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph("Our behavioral competencies describe how we work together to deliver our purpose. Each "
                    "competency is described at three levels. Most roles are expected to work at Level 2; "
                    "Level 3 describes the behaviours of those who lead and inspire others.")
    for c in COMPS:
        h = d.add_paragraph(c["name"], style="Heading 1")
        L.keep_with_next(h)
        p = d.add_paragraph()
        p.add_run("Definition: ").bold = True
        p.add_run(c["definition"])
        L.keep_with_next(p)
        tbl = d.add_table(rows=1 + len(LEVELS), cols=2)
        tbl.style = d.styles["Table Grid"]
        L.fix_widths(tbl, [1.6, 4.9])
        L.row_flags(tbl.rows[0], header=True)
        for j, lab in enumerate(("Level", "Behaviours we expect to see")):
            cell = tbl.rows[0].cells[j]
            L.shade(cell, "9C5221")
            r = cell.paragraphs[0].add_run(lab)
            r.bold = True
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for i, (lab, txt) in enumerate(zip(LEVELS, c["levels"]), 1):
            L.row_flags(tbl.rows[i])
            tbl.rows[i].cells[0].paragraphs[0].add_run(lab).bold = True
            tbl.rows[i].cells[1].paragraphs[0].add_run(txt)
        d.add_paragraph()
    d.save(str(OUT))


def gold():
    out = []
    for c in COMPS:
        levels = [L.level(STEM, i + 1, LEVELS[i], [c["levels"][i]]) for i in range(3)]
        out.append(L.competency(STEM, c["name"], c["definition"], levels=levels))
    return out


def main():
    build()
    L.write_gold(OUT, "docx", "Wales Millennium Centre Behavioral Competencies Framework", gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

"""The Homeless Agency (Dublin), The Homeless Sector Competency Framework, Part 3 - The Competency Menu
(excerpt: cluster 1 CORE, competencies 1.1-1.3).

DOCX (python-docx), A4, real Word styles (Title, Heading 1 for the part / cluster, Heading 2 for the typed-number
competency headings "1.1 ..."), header "The Homeless Sector Competency Framework" with a bottom rule, centred PAGE
footer, page numbering starting at 14 (the menu's pages 14-17); each competency on its own page: "Definition"
label + paragraph, then a two-column Word table "Level | Behavioural Indicators" with three rows
(Level 1 - Project Worker / Level 2 - Project Leader / Level 3 - Manager), Word bullets inside the right-hand cells.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

import bnlib as L

STEM = "homeless-agency-competency-menu"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "The Homeless Sector Competency Framework"
LEVELS = ["Level 1 \u2013 Project Worker", "Level 2 \u2013 Project Leader", "Level 3 \u2013 Manager"]

COMPS = [
    ("1.1", "Commitment to providing the highest levels of service",
     "Puts the needs of people who are homeless at the centre of the service and works consistently to provide "
     "a safe, high-quality and accessible service that meets agreed standards.",
     [["Treats each service user as an individual and responds to their needs promptly",
       "Follows the service\u2019s policies, procedures and quality standards",
       "Keeps accurate and up-to-date records of contact with service users",
       "Asks service users for their views on the service and passes them on"],
      ["Monitors the quality of the service delivered by the team against agreed standards",
       "Acts on feedback and complaints from service users to improve practice",
       "Makes sure that the team has the information and resources it needs to deliver the service"],
      ["Sets service standards in line with the Homeless Agency action plan and national policy",
       "Reviews the effectiveness of the service and leads improvements",
       "Promotes service user involvement in planning and evaluating services"]]),
    ("1.2", "Respect for others",
     "Treats service users, colleagues and partner organisations with dignity and respect, values diversity and "
     "challenges discrimination.",
     [["Is courteous and non-judgemental in all dealings with service users",
       "Respects the privacy and confidentiality of service users",
       "Recognises and values differences in culture, background and lifestyle",
       "Challenges discriminatory language or behaviour"],
      ["Creates a team culture where respect for service users and colleagues is the norm",
       "Deals promptly and fairly with disrespectful or discriminatory behaviour",
       "Makes sure that the service is accessible to people from diverse backgrounds"],
      ["Develops and reviews equality and diversity policies for the service",
       "Represents the rights of people who are homeless in dealings with other agencies",
       "Models respectful behaviour in partnerships across the sector"]]),
    ("1.3", "Openness to change",
     "Responds positively to change in the homeless sector and in the organisation, and is willing to try new "
     "ways of working that will lead to better outcomes for service users.",
     [["Accepts changes in work practices and adapts quickly",
       "Suggests ideas for improving the way things are done",
       "Takes part willingly in training on new approaches"],
      ["Explains the reasons for change to the team and deals with concerns",
       "Involves team members in planning and introducing change",
       "Reviews how changes are working and makes adjustments"],
      ["Anticipates developments in policy and practice and prepares the service for them",
       "Leads the organisation through change in partnership with other agencies",
       "Creates an environment in which innovation is encouraged"]]),
]


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    for st in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        L.style_font(d.styles[st], "Verdana")
    d.styles["Normal"].font.size = Pt(10)
    d.styles["Heading 1"].font.size = Pt(14)
    d.styles["Heading 2"].font.size = Pt(12)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.3)
    pg = parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="14"/>')
    s._sectPr.append(pg)
    hp = s.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(TITLE)
    r.italic, r.font.size = True, Pt(8)
    L.para_border(hp, ("bottom",), size=4)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE", "14")

    bullet = L.add_numbering(d, L.bullet_lvl("\u2022", left=284, hanging=284), "2A3B4C5D")

    d.add_paragraph("PART 3 \u2013 THE COMPETENCY MENU", style="Title")
    d.add_paragraph("How to read the Competency Menu", style="Heading 2")
    d.add_paragraph("The Competency Menu sets out each competency in the framework, cluster by cluster. Every "
                    "competency has a short definition followed by behavioural indicators at three levels. The levels "
                    "are cumulative: a person working at Level 2 is expected to show the Level 1 indicators as well.")
    d.add_paragraph("Organisations can choose from the menu the competencies, and the levels, that fit each job in "
                    "their service (see Part 2, The Competency Framework Table).")
    d.add_paragraph("1. CORE", style="Heading 1")
    d.add_paragraph("The core competencies apply to everyone working in the homeless sector, whatever their role.")

    for i, (num, name, definition, cells) in enumerate(COMPS):
        d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        d.add_paragraph(f"{num} {name}", style="Heading 2")
        p = d.add_paragraph()
        p.add_run("Definition").bold = True
        d.add_paragraph(definition).paragraph_format.space_after = Pt(8)
        t = d.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        L.fix_widths(t, [1.7, 4.7])
        for c, h in zip(t.rows[0].cells, ["Level", "Behavioural Indicators"]):
            c.paragraphs[0].add_run(h).bold = True
            L.shade(c, "D9D9D9")
        L.row_flags(t.rows[0], header=True)
        for row, label, items in zip(t.rows[1:], LEVELS, cells):
            row.cells[0].paragraphs[0].add_run(label).bold = True
            for j, it in enumerate(items):
                cp = row.cells[1].paragraphs[0] if j == 0 else row.cells[1].add_paragraph()
                L.set_num(cp, bullet)
                cp.add_run(it)
            L.row_flags(row)
        d.add_paragraph()
    d.save(str(OUT))


def gold():
    comps = []
    for num, name, definition, cells in COMPS:
        levels = [L.level(STEM, rank, lab, items) for rank, (lab, items) in enumerate(zip(LEVELS, cells), start=1)]
        comps.append(L.competency(STEM, name, definition, levels=levels))
    return L.write_gold(OUT, "docx", TITLE, comps)


def main():
    build()
    print(gold())


if __name__ == "__main__":
    main()

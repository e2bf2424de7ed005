"""City of Austin (Texas), Executive Competencies "Definition and Skill Levels Guide" -> PDF.

Word layout (python-docx) printed to PDF by LibreOffice: title lines, "How to Use This Guide" with the
three skill levels explained as bullets (front matter), then per competency a bold name, a
"Definition:" paragraph and a three-column table Beginner | Intermediate | Master whose rows are
parallel behaviours (levels as table COLUMNS). Footer with the guide name and a page number."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

import common as C
import helpers as H

STEM = "austin-executive-competencies-skill-levels"
TITLE = "Definition and Skill Levels Guide"

LEVELS = ["Beginner", "Intermediate", "Master"]

COMPS = [
    ("Boundaryless Perspective",
     "The capacity to view an issue or challenge broadly, across the usual organizational lines and beyond the "
     "present moment.",
     [("Takes part willingly when given a chance to work across divisional or departmental lines on a "
       "business need",
       "Looks for and takes up chances to work across divisional or departmental lines on a business need",
       "Leads work that crosses divisional or departmental lines to meet a business need"),
      ("Is aware that own decisions can have unintended effects outside own business unit",
       "Thinks ahead about unintended effects of decisions at the organizational level and brings the "
       "affected stakeholders into the decision",
       "Takes a big-picture view and draws on a wide range of viewpoints before deciding"),
      ("Keeps up with what other departments do and how their work connects to own work",
       "Offers information and resources to other departments without being asked",
       "Builds citywide partnerships that take down barriers between departments"),
      ("Considers how present choices may affect future operations",
       "Weighs long-term trends when setting the priorities of own area",
       "Anticipates conditions the City will face years ahead and prepares the organization to meet them")]),
    ("Fostering Innovation",
     "The ability to encourage new ideas and fresh approaches and to turn the best of them into better "
     "services for the community.",
     [("Listens to new ideas from staff and peers with an open mind",
       "Asks staff for improvement ideas and gives them time to try the promising ones",
       "Creates a climate in which staff at every level expect to suggest and test new approaches"),
      ("Questions whether the way things have always been done is still the best way",
       "Uses data and customer feedback to find processes that need rethinking",
       "Champions department-wide redesign of services that no longer meet community needs"),
      ("Accepts that some new approaches will not succeed",
       "Treats setbacks in pilot projects as lessons and shares what was learned",
       "Protects reasonable risk-taking and speaks openly about own failed experiments")]),
    ("Building Trust",
     "The ability to earn the confidence of employees, elected officials and residents through consistent, "
     "honest and transparent conduct.",
     [("Does what he or she says will be done",
       "Keeps commitments even when circumstances make it difficult and explains promptly when a commitment "
       "cannot be met",
       "Is seen across the organization as someone whose word can be relied upon"),
      ("Shares information that others need to do their jobs",
       "Explains the reasons behind decisions, including unpopular ones",
       "Sets an expectation of openness for the department and models it with Council and the public"),
      ("Admits own mistakes",
       "Takes responsibility for the mistakes of own team without shifting blame",
       "Uses own mistakes as teaching moments for staff and peers"),
      ("Treats confidential information with care",
       "Handles sensitive personnel and community matters with discretion",
       "Is trusted by colleagues in other departments to handle sensitive matters that cross "
       "organizational lines")]),
]


def _footer(section):
    p = section.footer.paragraphs[0]
    p.text = ""
    r = p.add_run("City of Austin Executive Competencies \u2013 Definition and Skill Levels Guide\t\t")
    r.font.size = Pt(8)
    C.add_field(p, "PAGE")
    for r in p.runs:
        r.font.size = Pt(8)


def build():
    H.WORK.mkdir(parents=True, exist_ok=True)
    d = Document()
    H.set_font(d, "Times New Roman", 11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    _footer(sec)

    for txt, size in (("City of Austin Competencies", 20), ("Definition and Skill Levels", 16), ("Guide", 16)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt)
        r.bold = True
        r.font.size = Pt(size)
        H.space(p, 0, 2)
    d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("How to Use This Guide")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(
        "The Executive Competencies Definition and Skill Levels Guide gives the definition, characteristics and "
        "skill levels of the fifteen competencies chosen for City of Austin executives in a series of focus "
        "groups. Each entry offers a working definition and the actions that go with putting the competency "
        "into practice. Use the Guide to judge where you, or someone you work with, stands today, and as a "
        "stepping stone toward the next level.")
    d.add_paragraph("Every competency is described at three skill levels: beginner, intermediate and master.")
    bl = C.add_numbering(d, C.bullet_lvl("\u2022", left=720, hanging=360), "4A1B2C3D")
    for t in ("Beginner: Knows the basic ideas and shows basic skill in the competency",
              "Intermediate: Shows fuller knowledge and skill in the competency, consistently and across a "
              "range of leadership situations",
              "Master: Shows full command of the competency, consistently, and models and teaches it to staff "
              "and peers"):
        p = d.add_paragraph(t)
        C.set_num(p, bl)
        H.space(p, 0, 3)

    for name, definition, rows in COMPS:
        p = d.add_paragraph()
        H.space(p, 14, 4)
        r = p.add_run(name)
        r.bold = True
        r.font.size = Pt(13)
        p.paragraph_format.keep_with_next = True
        p = d.add_paragraph()
        p.paragraph_format.keep_with_next = True
        r = p.add_run("Definition: ")
        r.bold = True
        p.add_run(definition)
        t = d.add_table(rows=1 + len(rows), cols=3)
        H.borders(t)
        H.cell_margins(t)
        for i, lab in enumerate(LEVELS):
            c = t.rows[0].cells[i]
            c.text = ""
            rr = c.paragraphs[0].add_run(lab)
            rr.bold = True
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            C.shade(c, "D9D9D9")
        C.mark_header_row(t.rows[0])
        for ri, row in enumerate(rows, start=1):
            C.row_flags(t.rows[ri], cant_split=True)
            for ci, txt in enumerate(row):
                t.rows[ri].cells[ci].text = txt
        C.fix_widths(t, [2.23, 2.23, 2.24])

    C.clear_core_props(d, "City of Austin Competencies")
    src = H.WORK / f"{STEM}.docx"
    d.save(src)
    pdf = H.to_pdf(src, H.WORK)
    out = H.DOCS / f"{STEM}.pdf"
    out.write_bytes(pdf.read_bytes())
    return out


def gold(doc_path):
    comps = []
    for name, definition, rows in COMPS:
        levels = [H.lvl(i + 1, lab, [r[i] for r in rows], STEM) for i, lab in enumerate(LEVELS)]
        comps.append(H.comp(name, STEM, definition, levels=levels))
    return H.write_gold(doc_path, "pdf", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))

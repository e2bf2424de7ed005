"""AASHTO TC3 "Employee Development" matrix, as an analyst keeps it: the web page printed to PDF.

The page is re-created as a Word document and converted with LibreOffice, with the furniture a
browser print adds (date/time and page title at the top, URL and "n/N" at the bottom) and the site
chrome that prints with the page (logo line, nav, breadcrumb, footer). Content: one table per
skill section ("Basic Skills", "Thinking and Learning Skills") with the columns Subject Area |
Disciplines | Competencies by Skill Levels (Level I .. Level IV). The Subject Area cell holds the
subject-area label (plain text) and/or links to TC3 training titles (blue, underlined); the
Disciplines cell names the competency; one cell per level.
"""
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt

import common as C
import helpers as H

STEM = "tc3-employee-development-matrix"
TITLE = "Employee Development"
URL = "https://tc3.transportation.org/training-resources/matrices/employee-development/"
LEVELS = ["Level I", "Level II", "Level III", "Level IV"]
CAT = "https://tc3.transportation.org/course-catalog/"

# (subject area label or None, [course link titles], discipline, [level I..IV])
SECTIONS = [
    ("Basic Skills", [
        ("Understanding Written Material", [], "Reading", [
            "Reads and grasps written information at an 8th grade level",
            "Reads at a 12th grade level; follows plans and specifications",
            "Reads and grasps written material at a college sophomore level",
            "Reads and grasps written material at a college senior level"]),
        ("Written Communication", ["Sharpening Your Business Writing"], "Writing", [
            "Writes correctly at an 8th grade level",
            "Writes correctly at a 12th grade level",
            "Applies sound business writing techniques",
            "Applies sound techniques to business writing and formal documents"]),
        ("Basic Operations", ["Applied Math for the Field"], "Math", [
            "Carries out basic math at an 8th grade level",
            "Carries out advanced calculations and solves algebra equations",
            "Performs trigonometric calculations; understands basic statistics",
            "Applies statistical quality control"]),
        (None, ["Listening Skills at Work"], "Verbal Communication", [
            "Listens to and makes sense of spoken messages",
            "Knows how to present material to adult audiences",
            "Gives skilled presentations",
            "Gives skilled presentations"]),
        (None, ["Instructor Development", "Presentation Skills", "Working with the Media"],
         "Basic Communication Skills", [
            "Expresses ideas clearly",
            "Instructs others",
            "Knows how to present material to adults and can instruct others",
            "Knows how to work with the media"]),
    ]),
    ("Thinking and Learning Skills", [
        (None, ["I/II/III/IV – Problem Solving Tools"], "Problem Solving", [
            "Notices signs of problems and applies basic problem-solving techniques",
            "Identifies problems and resolves them with quality problem-solving tools",
            "Puts solutions in place using process improvement techniques",
            "Coordinates team problem solving, including setting priorities among problems"]),
        ("Creative Thinking", [], "Creativity and Innovation", [
            "Uses basic skills to suggest new ideas",
            "Develops new approaches to routine work",
            "Leads others in generating and testing new ideas",
            "Builds a climate that encourages innovation across the unit"]),
        ("Judgment", ["Making Sound Decisions"], "Decision Making", [
            "Makes routine decisions within established guidelines",
            "Weighs options and consequences before deciding",
            "Makes decisions on complex issues and explains the reasoning",
            "Makes decisions with agency-wide impact"]),
    ]),
]

INTRO = ("This matrix outlines the basic, thinking and learning skills expected of transportation "
         "agency employees, whatever their discipline, at four skill levels. Select a training "
         "title to open the course in the TC3 catalog.")

BLUE = "1B4F8A"


def furniture(section):
    hp = section.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(3.9), WD_TAB_ALIGNMENT.CENTER)
    H.run(hp, "12/2/26, 10:41 AM", size=8)
    H.run(hp, "\tEmployee Development | TC3", size=8)
    fp = section.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(7.7), WD_TAB_ALIGNMENT.RIGHT)
    H.run(fp, URL, size=8)
    H.run(fp, "\t", size=8)
    C.add_field(fp, "PAGE", "1")
    H.run(fp, "/", size=8)
    C.add_field(fp, "NUMPAGES", "3")
    for r in fp.runs:
        r.font.size = Pt(8)


def matrix(doc, rows):
    t = doc.add_table(rows=2, cols=6)
    H.grid_borders(t, color="A6A6A6")
    C.fix_widths(t, [1.35, 1.05, 1.32, 1.32, 1.32, 1.32])
    h0, h1 = t.rows
    for cell, txt in ((h0.cells[0], "Subject Area"), (h0.cells[1], "Disciplines")):
        H.cell_par(cell, txt, bold=True, size=8.5, first=True, color="FFFFFF")
    span = h0.cells[2].merge(h0.cells[5])
    H.cell_par(span, "Competencies by Skill Levels", bold=True, size=8.5, first=True, color="FFFFFF",
               align="center")
    for i, lab in enumerate(LEVELS):
        H.cell_par(h1.cells[2 + i], lab, bold=True, size=8.5, first=True, color="FFFFFF", align="center")
    for row in (h0, h1):
        C.mark_header_row(row)
        for c in row.cells:
            C.shade(c, BLUE)
    for area, courses, disc, levels in rows:
        row = t.add_row()
        C.row_flags(row)
        first = True
        if area:
            H.cell_par(row.cells[0], area, size=8, first=True)
            first = False
        for title in courses:
            p = row.cells[0].paragraphs[0] if first else row.cells[0].add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            H.add_hyperlink(p, title, CAT + "#" + C.slug(title), size=8)
            first = False
        H.cell_par(row.cells[1], disc, bold=True, size=8, first=True)
        for i, txt in enumerate(levels):
            H.cell_par(row.cells[2 + i], txt, size=8, first=True)


def build():
    doc = Document()
    H.base_font(doc, "Arial", 9)
    C.clear_core_props(doc, "Employee Development | TC3")
    s = doc.sections[0]
    s.page_width, s.page_height = Inches(8.5), Inches(11)
    s.left_margin = s.right_margin = Inches(0.4)
    s.top_margin, s.bottom_margin = Inches(0.55), Inches(0.55)
    s.header_distance = s.footer_distance = Inches(0.2)
    furniture(s)

    # site chrome as it prints
    p = H.para(doc, "", space_after=0)
    H.run(p, "TC3", bold=True, size=16, color=BLUE)
    H.run(p, "  Transportation Curriculum Coordination Council", size=9, color="595959")
    H.run(p, "      AASHTO", bold=True, size=9, color="595959")
    H.para(doc, "About      Training      Training Resources      News      Contact Us      Log In",
           size=8.5, color=BLUE, space_after=4)
    H.para(doc, "Home  /  Training Resources  /  Matrices  /  Employee Development", size=7.5,
           color="595959", space_after=6)
    H.para(doc, TITLE, bold=True, size=18, color=BLUE, space_after=4)
    H.para(doc, INTRO, size=9, space_after=8)
    for sec, rows in SECTIONS:
        p = H.para(doc, sec, bold=True, size=13, color=BLUE, space_after=3, space_before=6)
        p.paragraph_format.keep_with_next = True
        matrix(doc, rows)
    H.para(doc, "", space_after=10)
    H.para(doc, "Share:  Facebook   X   LinkedIn   Email", size=8, color="595959", space_after=8)
    H.para(doc, "TC3 is a service of the American Association of State Highway and Transportation "
                "Officials (AASHTO).", size=7.5, color="595959", space_after=0)
    H.para(doc, "© 2026 AASHTO. All rights reserved.    Privacy Policy    Terms of Use    Accessibility",
           size=7.5, color="595959")

    tmp = Path(tempfile.mkdtemp(prefix="z-tc3-")) / f"{STEM}.docx"
    doc.save(tmp)
    return H.docx_to_pdf(tmp, f"{STEM}.pdf")


def gold():
    comps = []
    for _, rows in SECTIONS:
        for area, courses, disc, levels in rows:
            lvls = [H.lv(i + 1, LEVELS[i], [txt], STEM) for i, txt in enumerate(levels)]
            comps.append(C.competency(disc, STEM, levels=lvls, courses=H.items(courses, STEM)))
    return C.write_gold(STEM, f"{STEM}.pdf", "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()

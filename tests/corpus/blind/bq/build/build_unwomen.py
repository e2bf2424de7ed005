"""UN Women - Value & Competency Definitions (one-sheet table) -> DOCX.

python-docx (US Letter landscape, Calibri): title line, then ONE Word table with a narrow first column
holding the group labels "Values" / "Competencies" as vertical (rotated) text in cells merged down the
band, and three content columns; each band = a header row of names on a blue fill + a row of text cells.
Each text cell: a bold first sentence (the definition) and one plain paragraph per behaviour (no bullets).
The last band holds a single competency merged across the three columns.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

import bqlib as L

STEM = "unwomen-value-competency-definitions"
DOC = L.DOCS / f"{STEM}.docx"
TITLE = "UN WOMEN VALUE & COMPETENCY DEFINITIONS"
BLUE = "009EDB"

VALUES = [
    ("Respect for Diversity",
     "Values being a diverse, multicultural organization that consults and involves people wherever it can.",
     ["Encourages open discussion and welcomes a range of viewpoints.",
      "Draws on the combined knowledge and ideas of colleagues to deliver the mandate.",
      "Treats every person with dignity and respect and sees differences as a strength.",
      "Interacts with others in a respectful, ethical, safe and productive manner."]),
    ("Integrity",
     "Earns trust by standing by the mandate and keeping commitments, including under pressure.",
     ["Asks questions, voices concerns and tests assumptions.",
      "Does not misuse power or authority and resists improper political pressure when making decisions.",
      "Uses resources responsibly and sustainably to deliver high-quality results."]),
    ("Professionalism",
     "Champions the mandate and works for positive change in the lives of women and girls worldwide.",
     ["Works towards women and men taking part as equal partners.",
      "Sees women and girls, together with men and boys, as agents of change.",
      "Stays informed about the issues women and girls face and lets their human rights guide action.",
      "Looks continually for ways to learn and to improve individual and team delivery."]),
]

COMPETENCIES = [
    ("Awareness and Sensitivity Regarding Gender Issues",
     "Shows commitment to gender equality and expects every team member to bring a gender perspective to "
     "their work.",
     ["Recognizes how gender shapes people\u2019s experiences and opportunities.",
      "Uses gender-sensitive language and challenges stereotypes.",
      "Checks plans and products for their effect on women and girls."]),
    ("Accountability",
     "Takes ownership of results and of the way they are achieved.",
     ["Delivers agreed outputs on time, within budget and to the expected standard.",
      "Operates within the organization\u2019s rules, regulations and policies.",
      "Admits mistakes and uses them as opportunities to learn.",
      "Gives and accepts feedback constructively."]),
    ("Creative Problem Solving",
     "Examines problems from several angles and finds practical, innovative solutions.",
     ["Analyses options and their likely consequences before acting.",
      "Encourages new ideas and the testing of different approaches.",
      "Reflects on what worked and adjusts the next time."]),
    ("Effective Communication",
     "Communicates clearly and adapts the message to the audience and the channel.",
     ["Listens actively and checks for shared understanding.",
      "Writes and speaks in plain, persuasive language.",
      "Shares information openly and at the right time."]),
    ("Inclusive Collaboration",
     "Builds teams and working relationships in which everyone can contribute.",
     ["Seeks out the views of colleagues with different backgrounds and expertise.",
      "Works across units, offices and agencies to reach shared goals.",
      "Deals with disagreement openly and respectfully."]),
    ("Stakeholder Engagement",
     "Develops and maintains partnerships with governments, civil society, the private sector and others "
     "to advance the mandate.",
     ["Understands what partners want to achieve and finds common ground.",
      "Keeps partners informed and involved.",
      "Represents the organization credibly in external settings."]),
    ("Leading by Example",
     "Models the organization\u2019s values and competencies and inspires others to do the same.",
     ["Acts consistently with what is expected of others.",
      "Supports colleagues\u2019 growth and recognizes their contributions.",
      "Takes responsibility for decisions and their consequences."]),
]


def fill_text(cell, definition, behaviours):
    p = cell.paragraphs[0]
    p.text = ""
    L.run(p, definition, bold=True, size=9)
    L.spacing(p, 0, 3)
    for b in behaviours:
        q = cell.add_paragraph()
        L.run(q, b, size=9)
        L.spacing(q, 0, 3)


def fill_name(cell, name):
    p = cell.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.run(p, name, bold=True, size=10, color="FFFFFF")
    L.shade(cell, BLUE)
    L.cell_valign(cell, "center")


def build():
    d = Document()
    L.clear_core_props(d, "UN Women Value & Competency Definitions")
    L.style_font(d.styles["Normal"], "Calibri", 10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Inches(0.6))
    sec.top_margin, sec.bottom_margin = Inches(0.5), Inches(0.5)

    p = d.add_paragraph()
    L.run(p, TITLE, bold=True, size=16, color=BLUE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.spacing(p, 0, 8)

    bands = [("Values", VALUES), ("Competencies", COMPETENCIES[0:3]), ("Competencies", COMPETENCIES[3:6]),
             ("Competencies", COMPETENCIES[6:7])]
    t = d.add_table(rows=2 * len(bands), cols=4)
    L.table_borders(t, color="BFBFBF", size=4)
    L.cell_margins(t, 50, 50, 80, 80)
    L.fix_widths(t, [0.45, 3.15, 3.15, 3.15])
    # group label cells: "Values" over rows 0-1, "Competencies" over rows 2-7
    lab_v = t.cell(0, 0).merge(t.cell(1, 0))
    lab_c = t.cell(2, 0).merge(t.cell(2 * len(bands) - 1, 0))
    for cell, text in ((lab_v, "Values"), (lab_c, "Competencies")):
        cell.paragraphs[0].text = ""
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        L.run(cell.paragraphs[0], text, bold=True, size=12, color="FFFFFF")
        L.shade(cell, "1B365D")
        L.cell_vertical(cell, "btLr")
        L.cell_valign(cell, "center")
    for b, (group, entries) in enumerate(bands):
        hr, tr = 2 * b, 2 * b + 1
        if len(entries) == 1:
            hcell = t.cell(hr, 1).merge(t.cell(hr, 3))
            tcell = t.cell(tr, 1).merge(t.cell(tr, 3))
            fill_name(hcell, entries[0][0])
            fill_text(tcell, entries[0][1], entries[0][2])
            continue
        for j, (name, definition, behaviours) in enumerate(entries):
            fill_name(t.cell(hr, j + 1), name)
            fill_text(t.cell(tr, j + 1), definition, behaviours)
    d.save(str(DOC))


def gold():
    doc = STEM
    comps = [L.competency(doc, name, definition, indicators=L.items(doc, behaviours))
             for name, definition, behaviours in VALUES + COMPETENCIES]
    L.write_gold(DOC, "docx", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()
    print("built", DOC.name)

"""Team Toyota - Competencies and Behaviors by Job Level (PDF).

Modelled on the document title "Team Toyota Competencies and Behaviors by Job Level" (businessdocbox.com stored
copy; only the title and its neighbourhood were visible, so the inner layout follows the batch assignment:
LEVELS AS TABLE COLUMNS). Letter landscape, a running header "Team Toyota | Competencies and Behaviors by Job
Level", footer "Page X of Y". Each competency: a heading, a one-sentence definition, then a four-column Word table
whose header row is the job levels Team Member / Team Leader / Group Leader / Manager and whose single body row
holds bulleted behaviours (real Word bullets). All wording is ours. python-docx -> LibreOffice -> PDF.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import cblib as L

STEM = "toyota-competencies-by-job-level"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Team Toyota Competencies and Behaviors by Job Level"
LEVELS = ["Team Member", "Team Leader", "Group Leader", "Manager"]

COMPS = [
    {"name": "Problem Solving",
     "definition": "Uses facts and data at the place where the work is done to find the root cause of a problem, "
                   "puts countermeasures in place and confirms that they hold.",
     "cells": [
         ["Stops and calls for help when something is not normal",
          "Describes the problem using what was seen at the process",
          "Follows the countermeasure agreed with the team"],
         ["Leads the first response to an abnormality on the line",
          "Asks \u201cwhy\u201d repeatedly to get past the symptom to the cause",
          "Checks that countermeasures are working and standardizes them"],
         ["Coaches team leaders through structured problem solving",
          "Chooses which problems to tackle using safety, quality and cost data",
          "Shares countermeasures with other groups that run similar processes"],
         ["Builds a culture in which problems are brought to the surface, not hidden",
          "Removes obstacles that keep groups from solving problems at the root",
          "Reviews problem-solving reports and gives feedback on thinking, not just results"]]},
    {"name": "Teamwork",
     "definition": "Works with others toward shared goals, puts the needs of the team ahead of personal "
                   "credit and treats every team member with respect.",
     "cells": [
         ["Helps team members when the workload is uneven",
          "Shares ideas for improvement during team meetings",
          "Treats others with courtesy and respect"],
         ["Keeps the team informed of changes to the work plan",
          "Rotates team members so that skills are spread across the team",
          "Recognizes good work in front of the team"],
         ["Builds cooperation between shifts and between groups",
          "Resolves disagreements between team members fairly and quickly",
          "Involves team leaders in planning the work of the group"],
         ["Sets goals that require departments to work together",
          "Models respect for people in every decision",
          "Holds leaders accountable for the engagement of their teams"]]},
    {"name": "Developing Others",
     "definition": "Helps people grow their skills through on-the-job teaching, regular feedback and "
                   "planned development.",
     "cells": [
         ["Learns the standardized work for own process and the processes next to it",
          "Passes on knowledge to new team members"],
         ["Trains team members using job instruction methods",
          "Keeps the skills matrix for the team up to date",
          "Gives specific feedback on safety and quality"],
         ["Develops team leaders through coaching and stretch assignments",
          "Plans cross-training so that the group can cover absences",
          "Holds regular development conversations with each team leader"],
         ["Identifies and develops future leaders for the department",
          "Makes sure development plans are in place and followed",
          "Sets aside time and resources for training"]]},
]


def build_doc():
    d = Document()
    L.clear_core_props(d, TITLE)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Inches(0.7))
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    normal = d.styles["Normal"]
    L.style_font(normal, "Arial")
    normal.font.size = Pt(10)
    for s in ("Heading 1", "Heading 2", "Title"):
        L.style_font(d.styles[s], "Arial")
        d.styles[s].font.color.rgb = RGBColor(0xCC, 0x00, 0x00) if s != "Heading 2" else RGBColor(0x33, 0x33, 0x33)

    hp = sec.header.paragraphs[0]
    hp.text = "Team Toyota\tCompetencies and Behaviors by Job Level"
    L.right_tab(hp, 24.5)
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    L.add_field(fp, "PAGE")
    fp.add_run(" of ")
    L.add_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)

    bullet = L.add_numbering(d, L.bullet_lvl("\u2022", left=216, hanging=216), "1A2B3C01")

    t = d.add_paragraph(TITLE, style="Title")
    t.runs[0].font.size = Pt(22)
    d.add_paragraph("The behaviors below describe what each competency looks like at each job level. Behaviors "
                    "at one level build on those at the levels before it. Use them in development planning and "
                    "in the annual review discussion.")

    for c in COMPS:
        h = d.add_paragraph(c["name"], style="Heading 1")
        L.keep_with_next(h)
        p = d.add_paragraph(c["definition"])
        L.keep_with_next(p)
        tbl = d.add_table(rows=2, cols=4)
        tbl.style = d.styles["Table Grid"]
        L.fix_widths(tbl, [2.4] * 4)
        L.row_flags(tbl.rows[0], header=True)
        L.row_flags(tbl.rows[1])
        for i, lab in enumerate(LEVELS):
            cell = tbl.rows[0].cells[i]
            L.shade(cell, "CC0000")
            r = cell.paragraphs[0].add_run(lab)
            r.bold = True
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            body = tbl.rows[1].cells[i]
            for j, b in enumerate(c["cells"][i]):
                para = body.paragraphs[0] if j == 0 else body.add_paragraph()
                para.add_run(b)
                L.set_num(para, bullet)
                para.paragraph_format.space_after = Pt(2)
        d.add_paragraph()
    return d


def gold():
    out = []
    for c in COMPS:
        levels = [L.level(STEM, i + 1, LEVELS[i], c["cells"][i]) for i in range(4)]
        out.append(L.competency(STEM, c["name"], c["definition"], levels=levels))
    return out


def main():
    L.docx_to_pdf(build_doc(), OUT)
    L.write_gold(OUT, "pdf", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

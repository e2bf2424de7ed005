"""Bassett Unified School District Personnel Commission, Behavioral Competency Dictionary (First Edition,
2007): Word document (python-docx, real Heading styles and Word bullet numbering). Title page with authors
and copyright notice, the list of the dictionary's 28 competencies, a key page explaining "Competency
Definition" and "Competency Mastery Levels", then one page per competency (excerpt: three): name in capitals
(Heading 1), "Competency Definition:" paragraph, "Competency Mastery Levels:" and a two-column table
(Mastery Level | Behavioral Indicators), one row per level, Level 1 (lowest) to Level 4, bullets in cells."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Inches, RGBColor

from axlib import C, DOCS, comp, write_gold

STEM = "ax-bassett-behavioral-competency-dictionary"

ALL = ["READING COMPREHENSION", "WRITTEN COMMUNICATION", "ORAL COMMUNICATION",
       "DECISION MAKING & PROBLEM SOLVING", "RESEARCH & ANALYSIS", "ORGANIZATION AND ATTENTION TO DETAIL",
       "PROCESS IMPROVEMENT & INNOVATION", "TECHNICAL KNOWLEDGE & APPLICATION", "CONTINUOUS LEARNING",
       "LEVERAGING TECHNOLOGY", "SERVICE ORIENTATION", "VALUING AND LEVERAGING DIVERSITY",
       "ACCOUNTABILITY (DEPENDABILITY)", "ADAPTABILITY/FLEXIBILITY", "STRESS MANAGEMENT",
       "HEALTH AND SAFETY AWARENESS", "ORGANIZATIONAL AWARENESS", "CONFLICT MANAGEMENT",
       "RELATIONSHIP MANAGEMENT & NETWORKING", "TEAMWORK & TEAM BUILDING", "NEGOTIATION & INFLUENCE",
       "INITIATIVE & RISK TAKING/MANAGEMENT", "DELEGATING TO/DIRECTING OTHERS",
       "DEVELOPING & EMPOWERING OTHERS", "PLANNING & PROJECT MANAGEMENT", "FISCAL RESOURCE MANAGEMENT",
       "MANAGING CHANGE", "STRATEGIC ORIENTATION & VISIONING"]

COMPS = [
    ("READING COMPREHENSION",
     "Understands and interprets written material, including technical documents, policies, regulations and "
     "correspondence, and applies the information correctly to work tasks.",
     [["Reads and follows written instructions, forms and routine correspondence.",
       "Asks for clarification when written material is unclear."],
      ["Reads and interprets procedures, manuals and policies related to the job.",
       "Picks out the main points and relevant details in documents of moderate length."],
      ["Interprets complex technical material, contracts and regulations.",
       "Summarizes lengthy documents accurately for others.",
       "Notices inconsistencies or gaps in written information."],
      ["Analyzes and reconciles laws, regulations and policies that conflict or overlap.",
       "Explains the practical effect of complex written material to managers and the Board."]]),
    ("SERVICE ORIENTATION",
     "Commits to meeting the needs of students, parents, staff and the community by providing courteous, "
     "accurate and timely service.",
     [["Greets customers courteously and responds to routine requests promptly.",
       "Refers requests outside own area to the right person."],
      ["Takes ownership of customer requests and follows up until they are resolved.",
       "Explains rules and procedures in a way customers can understand."],
      ["Anticipates customer needs and adjusts services to meet them.",
       "Handles dissatisfied or upset customers calmly and resolves complaints."],
      ["Designs service standards and procedures for the department.",
       "Uses customer feedback to make lasting improvements across the District."]]),
    ("TEAMWORK & TEAM BUILDING",
     "Works cooperatively with others toward shared goals and, at the higher levels, builds and sustains "
     "effective teams.",
     [["Completes own share of team assignments on time.",
       "Shares information and offers help to coworkers."],
      ["Contributes ideas in team discussions and respects differing views.",
       "Works through disagreements with coworkers constructively."],
      ["Coordinates the work of team members and clarifies roles.",
       "Recognizes the contributions of team members."],
      ["Builds teams across departments to address District-wide issues.",
       "Creates a climate of trust in which teams can perform at their best."]]),
]


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def centered(doc, text, size, bold=False, after=6):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    p.paragraph_format.space_after = Pt(after)
    return p


def label_para(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    if text:
        p.add_run(" " + text)
    p.paragraph_format.space_after = Pt(8)
    return p


def build():
    doc = docx.Document()
    C.clear_core_props(doc, "Behavioral Competency Dictionary")
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(12)
    for lvl in ("Heading 1", "Heading 2"):
        doc.styles[lvl].font.name = "Arial"
        doc.styles[lvl].font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Behavioral Competency Dictionary")
    r.italic = True
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Bassett Unified School District Personnel Commission \u2013 Page ")
    r.font.size = Pt(9)
    C.add_field(fp, "PAGE", "2")
    num = C.add_numbering(doc, C.bullet_lvl(glyph="\u2022", left=288, hanging=216), "5B0A7E11")

    # title page
    for _ in range(3):
        doc.add_paragraph()
    centered(doc, "Bassett Unified School District", 20, True)
    centered(doc, "Behavioral Competency Dictionary", 26, True, 24)
    for a in ("Marina Mihalevsky", "Kristin S. Olson", "Patrick T. Maher"):
        centered(doc, a, 13, after=0)
    doc.add_paragraph()
    centered(doc, "Published by", 11, after=0)
    centered(doc, "Bassett Unified School District Personnel Commission", 12, True)
    centered(doc, "Copyright \u00a9 2007", 11)
    p = doc.add_paragraph(
        "All rights reserved. No part of this publication may be reproduced, distributed or transmitted in "
        "any form or by any means, including photocopying, recording or other electronic or mechanical "
        "methods, without the prior written permission of the publisher, except for brief quotations in "
        "critical reviews and other noncommercial uses permitted by copyright law. Government agencies and "
        "educational institutions may reproduce, distribute or transmit this material for noncommercial "
        "governmental or educational purposes, provided the copyright is kept and the source is credited.")
    p.runs[0].font.size = Pt(9)
    centered(doc, "First Edition", 11, True)
    page_break(doc)

    # the list of competencies
    doc.add_heading("Competencies", level=1)
    for name in ALL:
        q = doc.add_paragraph(name)
        q.paragraph_format.space_after = Pt(0)
        q.runs[0].font.size = Pt(11)
    page_break(doc)

    # key page
    doc.add_heading("BEHAVIORAL COMPETENCY DICTIONARY", level=1)
    label_para(doc, "Competency Definition:", "sets out the idea of a competency on a scale of progression.")
    label_para(doc, "Competency Mastery Levels:", "the levels show increasing sophistication and complexity "
               "of behavior. Each level builds on the one below it, so an employee performing at Level 3 "
               "is expected to show the behaviors described at Levels 1 and 2 as well.")
    label_para(doc, "Behavioral Indicators:", "examples of observable behavior at each mastery level. They "
               "are illustrations, not a complete list.")

    for name, definition, levels in COMPS:
        page_break(doc)
        doc.add_heading(name, level=1)
        label_para(doc, "Competency Definition:", definition)
        label_para(doc, "Competency Mastery Levels:", "")
        t = doc.add_table(rows=1 + len(levels), cols=2)
        t.style = "Table Grid"
        C.fix_widths(t, [1.4, 5.1])
        for cell, head in zip(t.rows[0].cells, ["Mastery Level", "Behavioral Indicators"]):
            cell.paragraphs[0].add_run(head).bold = True
            C.shade(cell, "D9E2F3")
        C.mark_header_row(t.rows[0])
        for i, (row, items) in enumerate(zip(t.rows[1:], levels), start=1):
            row.cells[0].paragraphs[0].add_run(f"Level {i}").bold = True
            for j, b in enumerate(items):
                p = row.cells[1].paragraphs[0] if j == 0 else row.cells[1].add_paragraph()
                p.add_run(b)
                C.set_num(p, num)
            C.row_flags(row)
    out = DOCS / f"{STEM}.docx"
    doc.save(out)
    comps = [comp(STEM, name, definition, levels=[(i + 1, f"Level {i + 1}", lv) for i, lv in enumerate(levels)])
             for name, definition, levels in COMPS]
    return write_gold(out, "docx", "Behavioral Competency Dictionary", comps)


if __name__ == "__main__":
    print(build())

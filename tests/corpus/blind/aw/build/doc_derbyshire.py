"""derbyshire-lead-manage-others-competencies.docx: Derbyshire County Council, PDR competency framework for line
managers at Grade 13 and below ("lead and manage others"): three behaviours as Heading 1, under each a competency
table (name row, "What this looks like" row, then Below / Meeting / Exceeding expectations columns with Word
bullets). python-docx. Wording is ours.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "derbyshire-lead-manage-others-competencies"
TITLE = "Competency framework: lead and manage others"
GREEN = RGBColor(0x00, 0x5A, 0x3C)
COLS = ["Below expectations", "Meeting expectations", "Exceeding expectations"]

BEHAVIOURS = [
    ("Delivering results", [
        ("Managing performance",
         "Sets clear expectations, checks progress regularly and deals with performance that falls short, so "
         "that the team delivers what our residents need.",
         [
             ["Objectives for the team are unclear or are not agreed",
              "Avoids or delays conversations about poor performance",
              "PDRs and one-to-ones are missed or cancelled without being rearranged"],
             ["Agrees SMART objectives with each team member and links them to service plans",
              "Holds regular one-to-ones and gives honest, balanced feedback",
              "Tackles under-performance promptly, using council policy and seeking HR advice where needed",
              "Recognises good work and says thank you"],
             ["Uses performance information to spot trends and act before problems grow",
              "Coaches other managers in handling difficult performance conversations",
              "Creates a team culture where people hold themselves and each other to account"],
         ]),
    ]),
    ("Leading and working through others", [
        ("Building a high performing team",
         "Brings people together around a shared purpose, makes the most of their different strengths and "
         "supports their wellbeing.",
         [
             ["Works with individuals in isolation and does not build a sense of team",
              "Allows conflict within the team to go unresolved",
              "Shows little interest in the wellbeing of team members"],
             ["Explains how the team\u2019s work contributes to council priorities",
              "Delegates work fairly, matching tasks to people\u2019s skills and development needs",
              "Deals with conflict early and in a constructive way",
              "Encourages staff to look after their health and wellbeing and knows where to signpost support"],
             ["Builds a team that others want to join and that works well with other teams",
              "Shares team members\u2019 skills across the council to benefit other services",
              "Is seen as a role model for inclusive and supportive leadership"],
         ]),
    ]),
    ("Shaping the future", [
        ("Leading change",
         "Helps the team understand why change is needed, involves them in shaping it and keeps services "
         "running well while it happens.",
         [
             ["Passes on change without explaining the reasons for it",
              "Resists or ignores new ways of working",
              "Does not consider the effect of change on staff or service users"],
             ["Explains the reasons for change clearly and listens to concerns",
              "Involves the team in planning how change will be put into practice",
              "Supports staff through uncertainty and keeps them informed"],
             ["Spots opportunities for change and builds a case for it",
              "Leads change that cuts across services or involves partner organisations",
              "Reviews the impact of change and shares the learning widely"],
         ]),
    ]),
]


def para(container, text="", size=10, bold=False, color=None, after=4, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        if color:
            r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(after)
    return p


def build(out_dir):
    doc = Document()
    H.clear_core_props(doc, title="Competency framework - lead and manage others", author="DCC")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for lvl in (1, 2):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = "Arial"
        hs.font.color.rgb = GREEN
    doc.styles["Heading 1"].font.size = Pt(15)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)     # landscape A4
    sec.orientation = 1
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin, sec.bottom_margin = Inches(0.7), Inches(0.6)
    bullets = H.add_numbering(doc, H.bullet_lvl("\u2022", left=250, hanging=200), "3D2E0F01")

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Derbyshire County Council")
    r.bold = True
    r.font.color.rgb = GREEN
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Competency framework \u2013 lead and manage others (Grade 13 and below)\t\tPage ")
    r.font.size = Pt(8)
    H.add_field(fp, "PAGE", "1", size=Pt(8))
    r = fp.add_run(" of ")
    r.font.size = Pt(8)
    H.add_field(fp, "NUMPAGES", "3", size=Pt(8))

    para(doc, TITLE, 20, True, GREEN, 2)
    para(doc, "For line managers at Grade 13 and below", 12, False, GREEN, 10)
    para(doc, "Our competency framework describes 3 behaviours: delivering results, leading and working through "
              "others, and shaping the future. Nine competencies sit under these behaviours and form part of "
              "the PDR process. As a line manager you will focus on the \u2018lead and manage others\u2019 "
              "competencies set out below.", after=6)
    para(doc, "For each competency the descriptions give an idea of the typical behaviours that might be below "
              "expectations, meeting expectations or exceeding expectations. They are a tool to support "
              "development conversations. They are not designed to rate levels of competence, but describe "
              "behaviours to think about when rating performance.", after=10)

    for beh, comps in BEHAVIOURS:
        doc.add_heading(beh, level=1)
        for name, desc, cols in comps:
            t = doc.add_table(rows=4, cols=3)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            H.table_borders(t, sz=6, color="005A3C")
            H.cell_margins(t, 60, 60, 90, 90)
            H.fix_widths(t, [3.4, 3.4, 3.4])
            top = t.rows[0].cells[0].merge(t.rows[0].cells[2])
            H.shade(top, "005A3C")
            r = top.paragraphs[0].add_run(name)
            r.bold = True
            r.font.size = Pt(12)
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            d = t.rows[1].cells[0].merge(t.rows[1].cells[2])
            r = d.paragraphs[0].add_run("What this looks like: ")
            r.bold = True
            d.paragraphs[0].add_run(desc)
            for cell, head in zip(t.rows[2].cells, COLS):
                H.shade(cell, "D9EAD3")
                cell.paragraphs[0].add_run(head).bold = True
            for cell, bl in zip(t.rows[3].cells, cols):
                for j, b in enumerate(bl):
                    p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                    p.add_run(b)
                    p.paragraph_format.space_after = Pt(3)
                    H.set_num(p, bullets)
            H.row_flags(t.rows[2], cant_split=True)
            H.row_flags(t.rows[3], cant_split=True)
            para(doc, "", after=6)
    path = H.DOCS / f"{STEM}.docx"
    doc.save(path)
    return path


def gold(path):
    d = STEM
    comps = []
    for beh, cs in BEHAVIOURS:
        for name, desc, cols in cs:
            levels = [H.level(d, i + 1, COLS[i], cols[i]) for i in range(3)]
            comps.append(H.competency(d, name, desc, levels=levels))
    return H.write_gold(path, "docx", TITLE, comps)

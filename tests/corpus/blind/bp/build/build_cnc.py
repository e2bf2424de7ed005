"""College of New Caledonia - "Administrative Employee PDP Guide & CNC Competencies Dictionary" (DOCX).

python-docx with real Word styles: title lines, typed table of contents with underscore leaders, Mission /
Vision / Values, Introduction, PDP principles (List Bullet) and cycle, then "CNC Competencies Dictionary":
an introduction, a generic proficiency-level table (one scale for every competency), "Standard
Competencies" and "Additional Competencies" (Heading 2), one Heading 3 per competency with a
"Definition:" paragraph (bold label inline) and "Behavioural Indicators" followed by List Bullet items.
Running header and PAGE footer.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Inches, RGBColor

import bplib as L

STEM = "cnc-administrative-pdp-competencies-dictionary"
TITLE = "Administrative Employee PDP Guide & CNC Competencies Dictionary"

TOC = [("CNC Mission", 3), ("CNC Vision", 3), ("CNC Values", 3), ("Introduction", 4),
       ("Performance and Development Plan Principles", 4), ("Performance and Development Plan Cycle", 5),
       ("CNC Competencies Dictionary", 7)]

VALUES = [
    ("Respect", "We value every person and welcome the diversity of our learners and of the communities "
                "the College serves."),
    ("Accountability", "We answer to one another and to the College community for what we do and for "
                       "keeping our commitments."),
    ("Integrity", "We keep our promises and deal with others openly, honestly and respectfully."),
    ("Excellence", "We aim for quality in our programs and services and keep improving them."),
]

SCALE = [
    ("Developing", "Shows the competency some of the time; needs guidance to apply it in new situations."),
    ("Proficient", "Shows the competency consistently in the normal demands of the position."),
    ("Advanced", "Shows the competency in complex situations and helps others develop it."),
    ("Exemplary", "Is a role model for the competency across the College and shapes how others apply it."),
]

STANDARD = [
    ("Results Orientation",
     "Focuses on achieving the goals of the area, takes ownership of outcomes and uses College resources "
     "responsibly.",
     ["Sets clear goals for self and the team and reports progress openly",
      "Acknowledges mistakes and takes action to correct them",
      "Follows through on commitments made to students, colleagues and partners",
      "Manages budgets and other resources in line with College policy"]),
    ("Communication",
     "Shares information and ideas clearly, listens actively and adapts the message and the channel to the "
     "audience.",
     ["Keeps employees and colleagues informed about decisions that affect them",
      "Listens to understand before responding",
      "Writes clear and concise reports, briefing notes and correspondence",
      "Presents information confidently to groups inside and outside the College"]),
    ("Collaboration and Teamwork",
     "Works cooperatively across departments and campuses to reach shared goals and builds a positive, "
     "inclusive work environment.",
     ["Seeks input from others who will be affected by a decision",
      "Shares information, resources and credit with colleagues",
      "Deals with conflict early and respectfully",
      "Builds working relationships with regional partners and First Nations communities"]),
    ("Decision Making",
     "Makes timely, well-informed decisions that consider the available facts, the risks and the effect on "
     "students, employees and the College.",
     ["Gathers relevant information and consults appropriately before deciding",
      "Weighs options against College priorities and policies",
      "Makes difficult decisions when needed and explains the reasons for them"]),
    ("Leadership",
     "Provides direction, motivates others and develops the people in the area to achieve the goals of the "
     "College.",
     ["Communicates a clear direction for the area that is linked to the College plan",
      "Recognizes the contributions of employees",
      "Supports employees' learning and professional development",
      "Models the College values in daily work"]),
    ("Service Excellence",
     "Puts students and other clients at the centre of the work and continuously improves the quality of "
     "services.",
     ["Identifies the needs of students and other clients and responds promptly",
      "Follows up to make sure that service commitments are met",
      "Uses feedback to improve processes and services"]),
]

ADDITIONAL = [
    ("Strategic Thinking",
     "Understands the wider environment in which the College works and uses that understanding to plan for "
     "the long term.",
     ["Keeps informed about trends in post-secondary education and in the region",
      "Links the plans of the area to the strategic direction of the College",
      "Anticipates future needs and prepares the area to meet them"]),
]


def build():
    doc = Document()
    L.clear_core_props(doc, TITLE)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    normal = doc.styles["Normal"]
    L.style_font(normal, "Calibri")
    normal.font.size = Pt(11)
    for sname in ("Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet"):
        L.style_font(doc.styles[sname], "Calibri")
    for sname, color in (("Heading 1", "00529B"), ("Heading 2", "00529B"), ("Heading 3", "3B7F2D")):
        doc.styles[sname].font.color.rgb = RGBColor.from_string(color)

    hp = sec.header.paragraphs[0]
    hp.text = "CNC Administrative Employee PDP Guide"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    L.add_field(fp, "PAGE")

    # title page
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(140)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Administrative Employee PDP Guide")
    r.bold = True
    r.font.size = Pt(24)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("& CNC Competencies Dictionary")
    r.bold = True
    r.font.size = Pt(24)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(24)
    p.add_run("Last edited August 27, 2018").italic = True
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # table of contents, typed with underscore leaders
    doc.add_paragraph().add_run("Table of Contents").bold = True
    for entry, pg in TOC:
        doc.add_paragraph(f"{entry} {'_' * max(4, 60 - len(entry))} {pg}")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("CNC Mission", level=1)
    doc.add_paragraph(
        "The College of New Caledonia is a comprehensive college that opens the door to lifelong learning "
        "and helps people reach their personal and educational goals. We respond to the varied needs of our "
        "students, our employees and the communities of our region, and we work to support the success of "
        "every student.")
    doc.add_heading("CNC Vision", level=1)
    doc.add_paragraph(
        "CNC will offer programs and services of the highest possible standard and will be known in the "
        "region and beyond for learning opportunities that widen access to education.")
    doc.add_heading("CNC Values", level=1)
    for name, text in VALUES:
        p = doc.add_paragraph()
        p.add_run(name + " ").bold = True
        p.add_run(text)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "The Performance and Development Plan (PDP) is the process through which administrative employees "
        "and their supervisors plan, review and recognize performance each year. Its value lies in the "
        "conversations that take place throughout the year in support of the College's strategic "
        "objectives.")
    doc.add_heading("Performance and Development Plan Principles", level=1)
    for t in ["The PDP is a shared responsibility of the employee and the supervisor.",
              "Expectations are clear, agreed in advance and linked to the College plan.",
              "Feedback is timely, specific and given throughout the year.",
              "Professional development is planned as part of every PDP."]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Performance and Development Plan Cycle", level=1)
    for t in ["Phase I \u2013 Planning: June \u2013 July",
              "Phase II \u2013 Monitoring and Updating: August \u2013 May",
              "Phase III \u2013 Summary and Assessment: May \u2013 June"]:
        doc.add_paragraph(t)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("CNC Competencies Dictionary", level=1)
    doc.add_paragraph(
        "Competencies describe the behaviours and actions that help administrators achieve their goals. "
        "Every CNC administrator is assessed on the six standard competencies below. Supervisors and "
        "employees may also select additional competencies when they fit the position. Each competency is "
        "assessed using the following proficiency levels.")
    t = doc.add_table(rows=1 + len(SCALE), cols=2)
    t.style = doc.styles["Table Grid"]
    L.cell_text(t.rows[0].cells[0], "Proficiency Level", bold=True)
    L.cell_text(t.rows[0].cells[1], "Description", bold=True)
    for i, (lab, d) in enumerate(SCALE, 1):
        L.cell_text(t.rows[i].cells[0], lab)
        L.cell_text(t.rows[i].cells[1], d)
    L.fix_widths(t, [1.6, 4.9])

    def entry(name, definition, inds):
        doc.add_heading(name, level=3)
        p = doc.add_paragraph()
        p.add_run("Definition: ").bold = True
        p.add_run(definition)
        q = doc.add_paragraph()
        q.add_run("Behavioural Indicators").bold = True
        q.paragraph_format.keep_with_next = True
        for x in inds:
            doc.add_paragraph(x, style="List Bullet")

    doc.add_heading("Standard Competencies", level=2)
    for c in STANDARD:
        entry(*c)
    doc.add_heading("Additional Competencies", level=2)
    for c in ADDITIONAL:
        entry(*c)
    out = L.DOCS / f"{STEM}.docx"
    doc.save(str(out))
    return out


def gold(out):
    comps = [L.competency(STEM, n, d, indicators=L.items(STEM, inds)) for n, d, inds in STANDARD + ADDITIONAL]
    L.write_gold(out, "docx", TITLE, comps)


def main():
    out = build()
    gold(out)
    print("built", out.name)


if __name__ == "__main__":
    main()

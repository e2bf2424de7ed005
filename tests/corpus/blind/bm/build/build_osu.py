"""Oregon State University, University Human Resources - Leadership Development Project Competency Model (PDF).

Modelled on "Leadership Development Project Competency Model" (University Human Resources, June 2020):
cover with the one-sentence strapline, a typed table of contents with dot leaders in capitals,
INTRODUCTION, a competency map, competency pages, footer naming the consultant role and the date with a
page number. The course catalogue table (codes, formats, durations, delivery modes) and the
"Developed through" course lists were asked for by the batch assignment; competency wording is ours.
python-docx -> LibreOffice PDF.
"""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

import bmlib as L

STEM = "osu-ldp-competency-model"
OUT = L.DOCS / f"{STEM}.pdf"
ORANGE = RGBColor(0xD7, 0x3F, 0x09)
GREY = RGBColor(0x42, 0x3E, 0x3C)

COURSES = [
    ("LDP 105", "Leading Self Workshop", "Single workshop", "3 hours", "Online (Zoom)"),
    ("LDP 110", "LC I: Emergence & Managers as Leaders", "Cohort course", "4 half-day sessions", "In person"),
    ("LDP 210", "LC II: Transformation & Collaboration", "Cohort course", "4 half-day sessions", "In person"),
    ("LDP 215", "Facilitation Skills for Leaders", "Workshop series", "2 sessions of 3 hours", "Online (Zoom)"),
    ("LDP 310", "LC III: Inclusive Excellence by Organizational Design", "Cohort course", "5 half-day sessions",
     "Hybrid"),
]

COMPS = [
    ("Vision-Directed Leadership",
     "Connects the daily decisions and actions of the work unit to the university\u2019s vision, mission and "
     "values, and helps others see how their own work contributes to them.",
     ["articulating purpose", "aligning goals to strategy", "values-based decision-making", "setting direction"],
     ["LC I: Emergence & Managers as Leaders (LDP 110) \u2013 4 half-day sessions, in person",
      "LC III: Inclusive Excellence by Organizational Design (LDP 310) \u2013 5 half-day sessions, hybrid"]),
    ("Reflective Self-Leadership",
     "Uses reflection, feedback and personal insight to manage own reactions, learn from experience and lead "
     "with authenticity.",
     ["self-reflection", "seeking feedback", "emotional self-regulation", "learning from experience"],
     ["Leading Self Workshop (LDP 105) \u2013 3 hours, online",
      "LC I: Emergence & Managers as Leaders (LDP 110) \u2013 4 half-day sessions, in person"]),
    ("Collaborative Problem Solving",
     "Brings together people with different perspectives to define shared problems and to create solutions "
     "that no one could have reached alone.",
     ["facilitating dialogue", "active listening", "managing conflict constructively", "building consensus"],
     ["LC II: Transformation & Collaboration (LDP 210) \u2013 4 half-day sessions, in person",
      "Facilitation Skills for Leaders (LDP 215) \u2013 2 sessions of 3 hours, online"]),
    ("Systems Thinking and Change",
     "Understands how the parts of the university depend on one another and uses that understanding to plan, "
     "lead and sustain change.",
     ["mapping interdependencies", "anticipating unintended consequences", "change planning",
      "stakeholder engagement"],
     ["LC II: Transformation & Collaboration (LDP 210) \u2013 4 half-day sessions, in person",
      "LC III: Inclusive Excellence by Organizational Design (LDP 310) \u2013 5 half-day sessions, hybrid"]),
]
MAP = {  # competency -> columns ticked (LC I, LC II, LC III, Workshops)
    "Vision-Directed Leadership": (1, 0, 1, 0),
    "Reflective Self-Leadership": (1, 0, 0, 1),
    "Collaborative Problem Solving": (0, 1, 0, 1),
    "Systems Thinking and Change": (0, 1, 1, 0),
}


def fonts(doc):
    st = doc.styles
    st["Normal"].font.name = "Liberation Sans"
    st["Normal"].font.size = Pt(10.5)
    st["Normal"].paragraph_format.space_after = Pt(5)
    for name, size in (("Heading 1", 15), ("Heading 2", 12.5)):
        s = st[name]
        L.style_font(s, "Liberation Sans")
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.color.rgb = ORANGE if name == "Heading 1" else GREY
        s.paragraph_format.space_before = Pt(12)
        s.paragraph_format.space_after = Pt(4)


def header_footer(sec):
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("LEADERSHIP DEVELOPMENT PROJECT COMPETENCY MODEL")
    r.font.size = Pt(8)
    r.font.color.rgb = GREY
    L.para_border(hp, ("bottom",), "D73F09", 6, 2)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 16.99)
    r = fp.add_run("Senior Leadership & Professional Development Consultant, June 2020")
    r.font.size = Pt(8)
    fp2 = sec.footer.add_paragraph()
    L.right_tab(fp2, 16.99)
    r = fp2.add_run("University Human Resources\t")
    r.font.size = Pt(8)
    L.add_field(fp2, "PAGE")
    for r in fp2.runs:
        r.font.size = Pt(8)


def toc_line(doc, text, page, indent=0):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    p.add_run(f"{text}\t{page}").font.size = Pt(10)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(27.94), Cm(21.59)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    fonts(doc)
    header_footer(sec)
    L.clear_core_props(doc, "Leadership Development Project Competency Model")

    # cover
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("LEADERSHIP DEVELOPMENT PROJECT\nCOMPETENCY MODEL")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = ORANGE
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(24)
    r = p.add_run("The Leadership Development Project is a contribution of University Human Resources\n"
                  "to Oregon State University\u2019s strategic direction, vision, mission and values.")
    r.italic = True
    r.font.size = Pt(12)
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Oregon State University\nUniversity Human Resources\nJune 2020")
    r.font.size = Pt(11)
    r.font.color.rgb = GREY
    p.add_run().add_break(WD_BREAK.PAGE)

    # contents + introduction
    p = doc.add_paragraph()
    r = p.add_run("TABLE OF CONTENTS")
    r.bold = True
    r.font.size = Pt(13)
    toc_line(doc, "INTRODUCTION", 2)
    toc_line(doc, "Leadership Development Project Courses", 2, 0.6)
    toc_line(doc, "Leadership Development Project Competency Map", 3, 0.6)
    toc_line(doc, "COMPETENCIES", 3)
    for name, *_ in COMPS:
        toc_line(doc, name, 3 if name in ("Vision-Directed Leadership", "Reflective Self-Leadership") else 4, 0.6)

    doc.add_paragraph("INTRODUCTION", style="Heading 1")
    doc.add_paragraph(
        "This document shows how the courses of the Leadership Development Project (LDP) build the competencies "
        "of the OSU Leadership and Management Competency Model. The model itself was created by the university\u2019s "
        "senior leadership team; University Human Resources maps its courses onto it so that employees and "
        "supervisors can choose learning that fits a development goal.")
    doc.add_paragraph(
        "The LDP is the umbrella for leadership training and professional development opportunities at OSU. Its "
        "core is the Leadership Collaborative, a cohort-based approach that combines generative learning, skill "
        "practice and application to real work issues. Foundational courses are open to all employees; advanced "
        "courses ask participants to bring a current organizational challenge.")

    doc.add_paragraph("Leadership Development Project Courses", style="Heading 2")
    t = doc.add_table(rows=1, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    L.table_borders(t, "A6A6A6")
    for c, h in zip(t.rows[0].cells, ("Code", "Course", "Format", "Duration", "Delivery")):
        c.paragraphs[0].add_run(h).bold = True
        L.shade(c, "F2DCD2")
    for row in COURSES:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.paragraphs[0].add_run(v).font.size = Pt(9.5)
    L.fix_widths(t, [0.75, 2.6, 1.15, 1.3, 1.0])

    doc.add_paragraph("Leadership Development Project Competency Map", style="Heading 2").paragraph_format.page_break_before = True
    doc.add_paragraph("A dot shows the courses in which each competency is a primary learning outcome.")
    t = doc.add_table(rows=1, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    L.table_borders(t, "A6A6A6")
    for c, h in zip(t.rows[0].cells, ("Competency", "LC I", "LC II", "LC III", "Workshops")):
        c.paragraphs[0].add_run(h).bold = True
        L.shade(c, "F2DCD2")
    for name, *_ in COMPS:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(name)
        for c, on in zip(cells[1:], MAP[name]):
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            c.paragraphs[0].add_run("\u25cf" if on else "")
    L.fix_widths(t, [2.9, 0.85, 0.85, 0.85, 1.3])

    doc.add_paragraph("COMPETENCIES", style="Heading 1")
    for i, (name, definition, skills, courses) in enumerate(COMPS):
        h = doc.add_paragraph(name, style="Heading 2")
        if i == 2:
            h.paragraph_format.page_break_before = True
        doc.add_paragraph(definition)
        p = doc.add_paragraph()
        p.add_run("Associated skills: ").bold = True
        p.add_run(", ".join(skills))
        p = doc.add_paragraph()
        p.add_run("Developed through:").bold = True
        p.paragraph_format.space_after = Pt(1)
        for c in courses:
            doc.add_paragraph(c, style="List Bullet")
    L.docx_to_pdf(doc, OUT)


def gold():
    return [L.competency(STEM, name, definition, key_words=skills, courses=L.items(STEM, courses))
            for name, definition, skills, courses in COMPS]


def main():
    build()
    L.write_gold(OUT, "pdf", "LEADERSHIP DEVELOPMENT PROJECT COMPETENCY MODEL", gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

"""UMN: University of Minnesota UM LEADS leadership competency model for one job level (Senior Leader II), DOCX
(python-docx, US Letter portrait, real Word styles): cover block (Title / Subtitle paragraphs), page break, model
title, "Overview ..." subtitle, a short "About this model" section, Heading 1 category in capitals, Heading 2
competency names, a definition paragraph and "List Bullet" behavioral descriptors; header and footer with PAGE."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Inches, RGBColor

import bjlib as L

STEM = "umn-leads-senior-leader-ii"
DOCX = L.DOCS / f"{STEM}.docx"
TITLE = "SENIOR LEADER II Leadership Competency Model"
MAROON = RGBColor(0x7a, 0x00, 0x19)

ABOUT = [
    "UM LEADS describes what effective leadership looks like at each level of the University. This document "
    "covers the Senior Leader II level: leaders who direct large or complex units and whose decisions shape "
    "the work of the wider University.",
    "Each competency is listed with a short definition, followed by behavioral descriptors. Use the descriptors "
    "with your supervisor to set expectations, to give and ask for feedback, and to plan your development.",
]

CATEGORIES = [
    ("STRATEGIC LEADERSHIP", [
        ("Operates Strategically",
         "Links initiatives to the strategic priorities of the University; sets objectives and priorities; weighs "
         "options using information from many sources; follows agreed principles when making decisions.",
         ["Sets out a clear vision and priorities for the unit.",
          "Connects the priorities of the unit to the direction and strategic priorities of the wider University.",
          "Anticipates trends that may affect the University and the unit.",
          "Brings clarity to issues that are complex or ambiguous.",
          "Bases decisions on appropriate data."]),
        ("Exhibits Financial Acumen",
         "Uses University resources responsibly; understands what key financial indicators mean; evaluates "
         "opportunities with financial analysis; manages budgets.",
         ["Understands the University budget model, financial systems and processes.",
          "Foresees the impact of major financial decisions and plans for it.",
          "Keeps financial decisions consistent with University policies and priorities.",
          "Secures and allocates resources according to strategic priorities.",
          "Develops other sources of funding, such as grants and joint partnerships.",
          "Explains the reasons for budget and financial decisions openly to stakeholders."]),
        ("Demonstrates Organizational Savvy",
         "Understands the context of issues and dilemmas; reads organizational politics; moves skillfully among "
         "University cultures; knows when to question \u201cthe way it has always been done.\u201d",
         ["Recognizes the particular dynamics and cultures of units when working across the enterprise.",
          "Adjusts to the realities and constraints of the University environment.",
          "Builds support for initiatives before formal decisions are made.",
          "Challenges long-standing practices that no longer serve the mission."]),
    ]),
    ("PEOPLE LEADERSHIP", [
        ("Develops Talent",
         "Attracts, develops and retains talented people; gives feedback and coaching; builds the capability the "
         "unit will need in the future.",
         ["Makes talent decisions that strengthen the long-term capability of the unit.",
          "Coaches direct reports who themselves lead others.",
          "Gives candid and timely feedback and expects the same from others.",
          "Plans for the succession of key roles."]),
        ("Fosters Collaboration",
         "Builds partnerships inside and outside the University; brings together people with different "
         "perspectives to reach shared goals.",
         ["Creates partnerships across colleges, campuses and administrative units.",
          "Involves stakeholders early in decisions that affect them.",
          "Resolves conflicts between units by focusing on shared interests."]),
    ]),
]


def build():
    d = docx.Document()
    L.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    for name, size in (("Title", 30), ("Subtitle", 14), ("Heading 1", 14), ("Heading 2", 12)):
        s = d.styles[name]
        s.font.name = "Arial"
        s.font.size = Pt(size)
        s.font.color.rgb = MAROON
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("UM LEADS  |  Senior Leader II")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x7f, 0x7f, 0x7f)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE")

    # cover
    for _ in range(4):
        d.add_paragraph()
    d.add_paragraph("UM LEADS", style="Title")
    p = d.add_paragraph("University of Minnesota", style="Subtitle")
    p = d.add_paragraph("Leadership Effectiveness And Development Strategies", style="Subtitle")
    for _ in range(3):
        d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Leadership Competency Model")
    r.bold = True
    r.font.size = Pt(20)
    p = d.add_paragraph()
    r = p.add_run("Level: Senior Leader II")
    r.font.size = Pt(16)
    r.add_break(WD_BREAK.PAGE)

    d.add_paragraph(TITLE, style="Title").runs[0].font.size = Pt(20)
    d.add_paragraph("Overview of Competencies with Definitions and Behavioral Descriptors", style="Subtitle")
    p = d.add_paragraph()
    r = p.add_run("About this model")
    r.bold = True
    for a in ABOUT:
        d.add_paragraph(a)
    for cat, comps in CATEGORIES:
        d.add_heading(cat, level=1)
        for name, definition, bullets in comps:
            d.add_heading(name, level=2)
            d.add_paragraph(definition)
            for b in bullets:
                d.add_paragraph(b, style="List Bullet")
    d.save(DOCX)


def gold():
    comps = []
    for _cat, cs in CATEGORIES:
        for name, definition, bullets in cs:
            comps.append(L.competency(STEM, name, definition, indicators=[L.item(STEM, b) for b in bullets]))
    return comps


def main():
    build()
    L.write_gold(DOCX, "docx", TITLE, gold())
    print("wrote", DOCX)


if __name__ == "__main__":
    main()

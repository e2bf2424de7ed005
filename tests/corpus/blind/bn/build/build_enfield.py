"""Enfield Council Staff Competencies Framework (booklet excerpt: cover, pages 2-3 and 7-9).

PDF (python-docx -> LibreOffice), A4, 6 pages in two sections: section 1 = cover (different first page, no
header) + pages 2-3; section 2 restarts numbering at 7. Running header "Competencies" + PAGE field (right), footer
"www.enfield.gov.uk". Cover with the framework title, the Staff / Customer wheel words and the contact line;
"Contents Page" with page references for all five competencies (only two are in the excerpt); Introduction,
"What is the Competency Framework and what is its purpose?", "Explaining the Framework"; then per competency a
title, "What is <name>?" definition, "Positive indicators" and "Negative indicators" bullet lists, and
"Development activity" split into "On the job" and "In the corporate programme" (named courses).
"""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

import bnlib as L

STEM = "enfield-staff-competencies-framework"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Staff Competencies Framework"
TEAL = RGBColor(0x00, 0x6D, 0x77)

COMPS = [
    dict(name="Influence",
         definition="Influence is about getting our message across clearly and persuasively, so that colleagues, "
                    "partners and residents understand what we are doing and why, and feel able to support it. "
                    "It means choosing the right approach for the audience and building agreement rather than "
                    "relying on position or instruction.",
         positive=["Explains ideas clearly and checks that others have understood",
                   "Adapts the style and content of a message to suit the person or group",
                   "Uses facts, evidence and examples to make a persuasive case",
                   "Listens to other points of view and looks for common ground",
                   "Builds good working relationships with colleagues in other services and with partner organisations",
                   "Represents the Council positively when dealing with residents and businesses",
                   "Knows when to escalate an issue and who is best placed to help"],
         negative=["Relies on instruction or status to get things done",
                   "Uses jargon that leaves others confused",
                   "Gives up after the first objection or, at the other extreme, will not accept a different view",
                   "Criticises the Council or colleagues in front of customers",
                   "Withholds information to gain advantage"],
         on_job=["Ask to present an update at your next team meeting and seek feedback afterwards",
                 "Shadow a colleague who negotiates with contractors or partners and note the approaches they use",
                 "Before an important conversation, write down the three points you need the other person to remember",
                 "Volunteer for a cross-service project group"],
         courses=["Influencing and Negotiating Skills (one day)",
                  "Effective Presentations (one day)",
                  "Assertiveness at Work (half day)"]),
    dict(name="Adaptability",
         definition="Adaptability is about responding positively to changing circumstances, priorities and ways of "
                    "working, and helping others to do the same, so that the Council can continue to deliver "
                    "good services as needs and resources change.",
         positive=["Accepts new priorities and adjusts own plans quickly",
                   "Is open to new ideas, systems and ways of working",
                   "Stays calm and effective when under pressure or when things are uncertain",
                   "Supports colleagues through change and encourages them to try new approaches",
                   "Learns from setbacks and moves on"],
         negative=["Resists change or insists that the old way was better",
                   "Becomes stressed or unproductive when plans change",
                   "Waits to be told what to do when circumstances change",
                   "Spreads negativity about new initiatives"],
         on_job=["Offer to test a new system or process and feed back on what works",
                 "Take on a temporary task in another team to broaden your experience",
                 "Reflect after a period of change: what helped you adjust and what would you do differently?"],
         courses=["Managing Yourself Through Change (half day)",
                  "Building Personal Resilience (e-learning)"]),
]

CONTENTS = [("Introduction", "2"), ("What is the Competency Framework, and its purpose", "3"),
            ("Explaining the Framework", "3"), ("A brief overview of the competencies", "5"),
            ("Clarity of purpose", "6"), ("How to use the Framework", "6"), ("The Competency Framework", ""),
            ("- Influence", "7-8"), ("- Adaptability", "9"), ("- Innovation", "10"), ("- Deliver Results", "11"),
            ("- Technical and Professional Expertise", "12")]


def heading(d, text, size=16, color=TEAL, before=0, after=6):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(size), color
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    L.keep_with_next(p)
    return p


def page_start(section, n):
    sectPr = section._sectPr
    pg = sectPr.find(qn("w:pgNumType"))
    if pg is None:
        pg = parse_xml(f'<w:pgNumType {nsdecls("w")}/>')
        sectPr.append(pg)
    pg.set(qn("w:start"), str(n))


def furniture(section):
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Competencies  ")
    r.font.size, r.font.color.rgb = Pt(10), TEAL
    L.add_field(hp, "PAGE")
    hp.runs[-2].font.size = Pt(10)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fp.add_run("www.enfield.gov.uk").font.size = Pt(8)


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    L.style_font(d.styles["Normal"], "Arial")
    d.styles["Normal"].font.size = Pt(10.5)
    for st in ("List Bullet",):
        L.style_font(d.styles[st], "Arial")
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.2)
    s.different_first_page_header_footer = True
    furniture(s)

    # cover
    for _ in range(6):
        d.add_paragraph()
    for word, size in [("Staff", 30), ("Competencies", 30), ("Framework", 30)]:
        p = d.add_paragraph()
        r = p.add_run(word)
        r.bold, r.font.size, r.font.color.rgb = True, Pt(size), TEAL
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Staff   \u2022   Customer   \u2022   Staff")
    r.font.size, r.font.color.rgb = Pt(14), RGBColor(0x88, 0x88, 0x88)
    for _ in range(8):
        d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("www.enfield.gov.uk").bold = True
    d.add_paragraph("For more information please contact Corporate Learning and Development")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # page 2
    heading(d, "Contents Page", 16)
    for text, pg in CONTENTS:
        p = d.add_paragraph()
        L.right_tab(p, 16.5)
        p.add_run(f"{text}\t{pg}")
        p.paragraph_format.space_after = Pt(1)
    heading(d, "Introduction", 14, before=14)
    d.add_paragraph("This document sets out the Council\u2019s Staff Competencies Framework (the Framework) and describes "
                    "each competency in detail. The Framework is the result of research carried out for Enfield "
                    "Council and is designed around the particular needs of our organisation and the people we serve.")
    d.add_paragraph("It sits alongside the Leadership Competencies Framework, which applies to managers and leaders.")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # page 3
    heading(d, "What is the Competency Framework and what is its purpose?", 14)
    d.add_paragraph("The Framework reflects the culture we want the Council to have in future and gives everyone a "
                    "shared language for talking about how we work. It describes the behaviours that make the "
                    "difference between doing a job adequately and doing it well.")
    d.add_paragraph("The model is flexible: it can be applied creatively in recruitment, induction, one-to-ones, "
                    "appraisal and personal development planning.")
    heading(d, "Explaining the Framework", 14, before=10)
    d.add_paragraph("The Competency Framework applies to all staff Sc1-SO2 within the council. The competencies are "
                    "grouped in a wheel around our staff and our customers, to show that they work together and "
                    "that each one supports the others.")
    d.add_paragraph("Each competency is described in the same way: what it is, the positive indicators we want to see, "
                    "the negative indicators we want to avoid, and development activity that can help you build the "
                    "competency, both on the job and through the corporate learning and development programme.")

    # section 2: pages 7-9
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.different_first_page_header_footer = False
    page_start(s2, 7)
    for i, c in enumerate(COMPS):
        if i:
            d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        heading(d, c["name"], 22, after=10)
        heading(d, f"What is {c['name']}?", 12, color=RGBColor(0x33, 0x33, 0x33), after=3)
        d.add_paragraph(c["definition"])
        heading(d, "Positive indicators", 12, before=8, after=3)
        for t in c["positive"]:
            d.add_paragraph(t, style="List Bullet")
        heading(d, "Negative indicators", 12, before=8, after=3)
        for t in c["negative"]:
            d.add_paragraph(t, style="List Bullet")
        if i == 0:
            d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        heading(d, "Development activity", 14, before=10, after=3)
        heading(d, "On the job", 11, color=RGBColor(0x33, 0x33, 0x33), after=2)
        for t in c["on_job"]:
            d.add_paragraph(t, style="List Bullet")
        heading(d, "In the corporate programme", 11, color=RGBColor(0x33, 0x33, 0x33), before=4, after=2)
        for t in c["courses"]:
            d.add_paragraph(t, style="List Bullet")
    L.docx_to_pdf(d, OUT)


def gold():
    comps = []
    for c in COMPS:
        comps.append(L.competency(
            STEM, c["name"], c["definition"],
            indicators=L.items(STEM, c["positive"], "Positive indicators") + L.items(STEM, c["negative"], "Negative indicators"),
            activities=L.items(STEM, c["on_job"], "On the job"),
            courses=L.items(STEM, c["courses"], "In the corporate programme")))
    return L.write_gold(OUT, "pdf", TITLE, comps)


def main():
    build()
    print(gold())


if __name__ == "__main__":
    main()

"""County of Sonoma, Human Resources Department, Workforce Development: "Values and Competencies" as a Word
handout (python-docx; real Word heading styles, real bullet numbering, header, footer with PAGE/NUMPAGES).

Layout follows the County's page: a definition of "competency", the five values, then "Value Competencies"
(one block of competency statements per value, in the page's order Equity, Collaboration, Accountability,
Excellence, Innovation) and "Key Competencies" (intro, then run-in "Name: description" paragraphs).
"""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

import bxlib as L

C = L.C
STEM = "sonoma-values-and-competencies"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "Values and Competencies"

DEF = ("A \u201cCOMPETENCY\u201d is a characteristic made up of measurable skills, knowledge or tasks that lead to "
       "effective performance. An employee should be able to carry out a designated role at a target degree of "
       "proficiency.")
FIVE = ("All program and course competencies are grouped under Sonoma County\u2019s Five Values: Equity, "
        "Accountability, Collaboration, Excellence, and Innovation.")
VALUES = [
    ("Equity", [
        "Supports and enables efforts to advance a more diverse, equitable and inclusive workplace that reflects "
        "and serves the residents of Sonoma County.",
        "Understands how racism, discrimination and bias affect the lives of constituents and colleagues at "
        "personal, interpersonal, institutional, socio-economic and cultural levels.",
        "Works to reduce disparities in health and well-being among the underserved, unserved and mis-served, "
        "including people of color."]),
    ("Collaboration", [
        "Builds relationships and forms partnerships with colleagues and peers, community organizations, "
        "government agencies and other entities to support common values and a shared vision of common goals."]),
    ("Accountability", [
        "Sets clear responsibilities and processes for monitoring work and measuring productivity.",
        "Recognizes areas for self-improvement and pursues professional development for continuous learning. "
        "Aligns actions with the mission and goals of the County of Sonoma."]),
    ("Excellence", [
        "Shows excellence as a commitment to superior public service by making sure all processes and "
        "operations are necessary, clearly defined and efficiently designed."]),
    ("Innovation", [
        "Develops useful ideas that are new and unique. Introduces new ways of looking at issues and takes a "
        "creative approach to putting ideas into practice. Embraces different perspectives to promote and "
        "nurture innovation."]),
]
KEY_INTRO = ("\u201cKEY COMPETENCIES\u201d are broad, inclusive skills that give a framework for how employees "
             "can succeed at work. They bring the County\u2019s values to life and link what we believe to what "
             "we do every day.")
KEYC = [
    ("Communication", "Listens, writes and speaks clearly and respectfully, shares information in a timely way and "
                      "adapts the message to the audience, including residents with limited English proficiency."),
    ("Customer Service", "Understands the needs of internal and external customers, responds promptly and "
                         "courteously, and follows through until issues are resolved."),
    ("Problem Solving", "Identifies the root causes of problems, gathers and analyzes relevant information, weighs "
                        "the options and puts workable solutions into practice."),
]


def build():
    d = docx.Document()
    C.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "County of Sonoma | Human Resources Department"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x4D, 0x6D, 0x3D)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Workforce Development \u2013 Values and Competencies\tPage ")
    C.add_field(fp, "PAGE")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES", "2")
    for r in fp.runs:
        r.font.size = Pt(9)

    d.add_paragraph(TITLE, style="Title")
    sub = d.add_paragraph("Human Resources Department \u2013 Workforce Development", style="Subtitle")
    d.add_paragraph(DEF)
    d.add_paragraph(FIVE)
    d.add_heading("Value Competencies", level=1)
    bul = C.add_numbering(d, C.bullet_lvl("\u2022", left=720, hanging=360, font="Calibri"), "5A0C0E11")
    for name, stmts in VALUES:
        d.add_heading(name, level=2)
        for s in stmts:
            p = d.add_paragraph(s)
            C.set_num(p, bul)
    d.add_heading("Key Competencies", level=1)
    d.add_paragraph(KEY_INTRO)
    for name, desc in KEYC:
        p = d.add_paragraph()
        r = p.add_run(name + ":")
        r.bold = True
        p.add_run(" " + desc)
    d.save(OUT)
    return sub


def gold():
    dd = STEM
    comps = [L.competency(dd, n, indicators=L.items(dd, s)) for n, s in VALUES]
    comps += [L.competency(dd, n, df) for n, df in KEYC]
    return comps


def main():
    build()
    L.write_gold(OUT, "docx", TITLE, gold())


if __name__ == "__main__":
    main()

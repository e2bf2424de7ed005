"""Carleton University, Mail Services: "Service Excellence" standards as a Word document (python-docx, built-in
"List Bullet" style, Heading 2 per standard, header and footer with page number).

Layout follows the Mail Services page: intro, then each service standard ("We Care", "We are Professionals",
...) as a heading with bulleted commitments written in the first person plural. No definitions, no levels.
"""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

import bxlib as L

C = L.C
STEM = "carleton-mail-services-service-excellence"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "Service Excellence"

INTRO = ("Mail Services takes part in Carleton\u2019s Service Excellence initiative. The standards below describe "
         "what students, faculty, staff and visitors can expect from us, and how we work with one another.")
STANDARDS = [
    ("We Care", [
        "We take pride in our work and in our surroundings. We keep our physical spaces accessible, well "
        "maintained and free of hazards.",
        "We make our services accessible.",
        "We take an interest in the work, studies and research of the people we serve.",
        "We actively ask our community for feedback and adapt our services to its needs.",
        "We are committed to supporting academic, professional and personal success in an inclusive, "
        "equitable and meaningful way.",
        "We take part in Service Excellence initiatives."]),
    ("We are Professionals", [
        "We are ambassadors of Carleton University and share our pride in belonging to the Carleton community. "
        "The values of the University guide our attitudes and behaviour.",
        "We show a high level of competence in our work and are willing to share what we know. We value one "
        "another\u2019s contributions.",
        "We keep informing and educating ourselves about our work.",
        "We conduct ourselves professionally and protect the privacy of others, in conversation and in "
        "correspondence."]),
    ("We are Responsive", [
        "We listen carefully before we respond, and confirm that we have understood correctly.",
        "We let our community know what options are open to them.",
        "We respect other people\u2019s time.",
        "We give timely, accurate, high-quality information.",
        "We anticipate and innovate to meet the needs of the campus community.",
        "We take responsibility for our interactions and solve problems at the first opportunity. When a "
        "referral to another area is needed, we make it personally."]),
    ("We are Reliable and Courteous", [
        "We are approachable and welcome the chance to help.",
        "We follow through to make sure needs have been met to the person\u2019s satisfaction.",
        "We make sure the day-to-day operations of our department are consistent, effective and efficient."]),
    ("We Treat Everyone as an Individual", [
        "We recognize that each person\u2019s needs are different and adjust our service to suit them.",
        "We treat everyone with dignity and respect, without judgement.",
        "We ask about and accommodate accessibility needs."]),
]


def build():
    d = docx.Document()
    C.clear_core_props(d, TITLE)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Carleton University\tMail Services"
    for r in hp.runs:
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0xBF, 0x11, 0x2B)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Mail Services | Robertson Hall, 1125 Colonel By Drive, Ottawa ON K1S 5B6 | carleton.ca/mailservices\t")
    C.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)
    t = d.add_paragraph(TITLE, style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    d.add_paragraph(INTRO)
    for name, lines in STANDARDS:
        d.add_heading(name, level=2)
        for s in lines:
            d.add_paragraph(s, style="List Bullet")
    d.save(OUT)


def gold():
    dd = STEM
    return [L.competency(dd, n, indicators=L.items(dd, s)) for n, s in STANDARDS]


def main():
    build()
    L.write_gold(OUT, "docx", TITLE, gold())


if __name__ == "__main__":
    main()

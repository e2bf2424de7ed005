"""Midwifery Council of New Zealand (Te Tatau o te Whare Kahu), Competencies for Entry to the Register of
Midwives (2007 revision including Turanga Kaupapa).

DOCX, python-docx, A4, built-in Title / Heading 1 / Heading 2 styles. Title block and a short introduction,
then "Competency One" ... "Competency Four" headings each followed by the bold competency statement, an
"Explanation" paragraph and "Performance criteria" with the lead-in "The midwife:" and REAL Word numbering
(lvlText "1.%1", one list per competency, so the codes are not in the text). Footer with title and PAGE field.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Mm

import btlib as B

STEM = "mcnz-competencies-entry-register-midwives"
OUT = B.DOCS / f"{STEM}.docx"
TITLE = "Competencies for Entry to the Register of Midwives"

INTRO = ("The Competencies for Entry to the Register of Midwives set out the knowledge, skills and attitudes "
         "that the Midwifery Council expects of a midwife practising within the Midwifery Scope of Practice. "
         "Applicants for registration must show that they meet every competency, and registered midwives "
         "must continue to meet them throughout their practising life. Turanga Kaupapa, the cultural "
         "guidelines developed by Ngā Maia, were integrated into the competencies in 2007.")

COMPS = [
    ("One", "The midwife works in partnership with the woman/wahine throughout the maternity experience.",
     "The midwife understands that partnership with the woman/wahine is the foundation of midwifery care. "
     "Within the partnership the woman is recognised as the person who makes decisions about her own care, "
     "and the relationship rests on trust, shared responsibility and negotiation between the woman and the "
     "midwife.",
     ["treats each woman/wahine as an individual and respects her cultural values and beliefs",
      "gives the woman/wahine the information she needs to make informed decisions, and respects the "
      "decisions she makes",
      "involves family/whanau in care in the way the woman/wahine wishes",
      "shares responsibility for decisions with the woman/wahine and makes clear where the final decision "
      "rests",
      "respects the right of the woman/wahine to have a support person of her choice present",
      "discusses and agrees with the woman/wahine how care will be provided and by whom",
      "protects the privacy, dignity and confidentiality of the woman/wahine",
      "applies the principles of Turanga Kaupapa when working with Māori women and their whanau"]),
    ("Two", "The midwife brings together comprehensive theoretical and scientific knowledge and the "
     "affective and technical skills needed to give safe and effective midwifery care.",
     "The midwife draws on a sound knowledge of midwifery and of the biological and social sciences, and uses "
     "clinical skill and judgement to give safe care to the woman/wahine and her baby from pregnancy through "
     "to six weeks after the birth.",
     ["provides care within the Midwifery Scope of Practice, the law and the standards of the profession",
      "confirms pregnancy and assesses the health and wellbeing of the woman/wahine and her baby throughout "
      "pregnancy",
      "orders and interprets screening and diagnostic tests with the informed consent of the woman/wahine",
      "recognises departures from the normal and consults with or refers to other health practitioners when "
      "needed",
      "supports the physiological processes of labour and birth",
      "carries out emergency procedures when complications arise and calls for appropriate help",
      "examines the baby at birth and provides care for the newborn",
      "supports the woman/wahine to establish and maintain breastfeeding",
      "prescribes, supplies and administers medicines within the law and the midwifery scope of practice",
      "keeps accurate and timely records of assessments, care and decisions"]),
    ("Three", "The midwife promotes practices that improve the health of the woman/wahine and her "
     "family/whanau and encourage them to take part in her health care.",
     "The midwife recognises that health is shaped by many influences and works with the woman/wahine and "
     "her family/whanau to promote health and wellbeing, making use of the resources of the community.",
     ["assesses the social, emotional and physical circumstances of the woman/wahine and the factors that "
      "affect her health",
      "provides education on pregnancy, birth, breastfeeding and parenting that meets the needs of the "
      "woman/wahine and her family/whanau",
      "gives information about community resources and other services that are available",
      "promotes healthy lifestyles, including smokefree environments and good nutrition",
      "recognises the signs of family violence and responds in line with legal and professional "
      "requirements",
      "provides information on contraception and well woman care"]),
    ("Four", "The midwife upholds the standards of the midwifery profession and uses professional judgement "
     "as a reflective and critical practitioner in giving midwifery care.",
     "The midwife is accountable for her practice to the woman/wahine, the midwifery profession, the public "
     "and the Midwifery Council. She keeps her practice current, reflects on it critically and works with "
     "colleagues to improve the quality of maternity care.",
     ["takes responsibility for her own practice and for the decisions she makes",
      "keeps her knowledge and skills current through continuing education and the recertification "
      "programme",
      "takes part in regular review of her practice with colleagues and with the women she cares for",
      "reflects critically on her practice and uses evidence to improve it",
      "works in collaboration with other health professionals while keeping midwifery care at the centre",
      "identifies situations that put women or babies at risk and acts to keep them safe",
      "supports the learning of midwifery students and colleagues"]),
]


def build():
    d = Document()
    B.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(10.5)
    for name, size in (("Heading 1", 15), ("Heading 2", 12)):
        d.styles[name].font.name = "Georgia"
        d.styles[name].font.size = Pt(size)
        d.styles[name].font.color.rgb = RGBColor(0x7A, 0x1F, 0x4B)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Midwifery Council of New Zealand \u2013 " + TITLE + " \u2013 ")
    B.add_field(fp, "PAGE", "1")
    for r in fp.runs:
        r.font.size = Pt(8)

    d.add_paragraph(TITLE, style="Title")
    p = d.add_paragraph()
    r = p.add_run("Te Tatau o te Whare Kahu | Midwifery Council of New Zealand")
    r.italic = True
    p.paragraph_format.space_after = Pt(12)
    d.add_paragraph(INTRO).paragraph_format.space_after = Pt(12)

    for k, (word, statement, explanation, criteria) in enumerate(COMPS, start=1):
        h = d.add_paragraph(f"Competency {word}", style="Heading 1")
        if k > 1:
            h.paragraph_format.page_break_before = True
        p = d.add_paragraph()
        p.add_run(statement).bold = True
        p.paragraph_format.space_after = Pt(10)
        d.add_paragraph("Explanation", style="Heading 2")
        d.add_paragraph(explanation).paragraph_format.space_after = Pt(8)
        d.add_paragraph("Performance criteria", style="Heading 2")
        d.add_paragraph("The midwife:").paragraph_format.space_after = Pt(4)
        aid = B.add_abstract(d, ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                                 f'<w:lvlText w:val="{k}.%1"/><w:lvlJc w:val="left"/>'
                                 '<w:pPr><w:ind w:left="680" w:hanging="680"/></w:pPr></w:lvl>'),
                             f"3D1D{k:02d}B7")
        nid = B.add_num(d, aid)
        for c in criteria:
            q = d.add_paragraph(c)
            B.set_num(q, nid)
            q.paragraph_format.space_after = Pt(3)
    d.save(str(OUT))


def gold():
    comps = [B.competency(STEM, statement, explanation, indicators=[B.item(STEM, c) for c in criteria])
             for word, statement, explanation, criteria in COMPS]
    B.write_gold(OUT, "docx", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()

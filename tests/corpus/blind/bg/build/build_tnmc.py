"""TNMC (Tanzania Nursing and Midwifery Council) - Standards of Proficiency, section 4.0 excerpt.

PDF via python-docx -> LibreOffice. Every paragraph is in the Normal style: the standard and competency
names are bold runs, not headings. Indicators are a Word list lettered "a)".
"""
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

import bglib as L

STEM = "tnmc-standards-of-proficiency"
TITLE = "Standards of Proficiency for Nursing and Midwifery Education and Practice in Tanzania"

INTRO = ("This section sets out the standards of proficiency that every nurse and midwife registered "
         "or enrolled by the Tanzania Nursing and Midwifery Council is expected to meet. Each standard "
         "is broken down into core competencies, and every core competency is followed by the "
         "performance indicators against which it is assessed in education and in practice.")

STANDARDS = [
    ("STANDARD 1: PROFESSIONAL, ETHICAL AND LEGAL PRACTICE", [
        ("1.1", "Accountability",
         "The nurse/midwife takes responsibility for his or her own decisions, actions and omissions in "
         "the care of clients.",
         ["Practises within the scope of practice set by the Council for his or her cadre",
          "Recognises the limits of own competence and refers clients appropriately",
          "Keeps accurate, complete and timely records of all care given",
          "Reports incidents, errors and near misses through the established channels"]),
        ("1.2", "Ethical practice",
         "The nurse/midwife upholds the ethical principles of the profession and respects the rights, "
         "dignity and beliefs of every client.",
         ["Obtains informed consent before carrying out any procedure",
          "Maintains privacy and confidentiality of client information",
          "Provides care without discrimination on the basis of age, sex, religion, tribe, disability "
          "or HIV status",
          "Acts as an advocate for clients whose rights are at risk"]),
    ]),
    ("STANDARD 2: MIDWIFERY CARE", [
        ("2.1", "Antenatal care",
         "The midwife provides focused antenatal care that promotes the health of the woman and the "
         "unborn baby and detects complications early.",
         ["Takes a complete history and carries out a physical and obstetric examination",
          "Performs and interprets screening tests, including HIV testing and counselling, in line with "
          "national guidelines",
          "Provides preventive interventions such as tetanus toxoid immunisation, iron and folic acid "
          "supplementation and intermittent preventive treatment of malaria",
          "Prepares a birth preparedness and complication readiness plan with the woman and her family",
          "Identifies danger signs in pregnancy and refers promptly"]),
        ("2.2", "Care during labour and childbirth",
         "The midwife manages normal labour and childbirth safely and recognises and responds to "
         "deviations from normal.",
         ["Monitors the progress of labour using the partograph",
          "Conducts a clean and safe delivery and provides immediate care of the newborn",
          "Carries out active management of the third stage of labour",
          "Provides first-line emergency management of obstetric complications and refers the woman to "
          "the appropriate level of care"]),
    ]),
    ("STANDARD 3: COMMUNICATION, HEALTH EDUCATION AND COLLABORATION", [
        ("3.1", "Health education and counselling",
         "The nurse/midwife gives individuals, families and communities the information and support "
         "they need to make informed choices about their health.",
         ["Assesses the learning needs of clients and their families",
          "Uses language and teaching materials suited to the client's level of understanding and "
          "culture",
          "Counsels clients on family planning, nutrition and the prevention of infection",
          "Checks that the health education given has been understood"]),
        ("3.2", "Teamwork and collaboration",
         "The nurse/midwife works with members of the health team, the community and other sectors to "
         "deliver coordinated care.",
         ["Shares relevant information with colleagues during handover and referral",
          "Takes part in multidisciplinary meetings and clinical audits",
          "Involves community leaders and community health workers in health promotion activities"]),
    ]),
]


def para(doc, text="", bold=False, italic=False, size=12, before=0, after=6, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def build():
    doc = Document()
    L.clear_core_props(doc, "")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia",
                              "Times New Roman")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.3)
    # page numbering starts at 8, as in the booklet's contents
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="8"/>'))
    hp = sec.header.paragraphs[0]
    hr = hp.add_run(TITLE)
    hr.italic = True
    hr.font.size = Pt(9)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE", "8")

    para(doc, "4.0 STANDARDS OF PROFICIENCY AND CORE-COMPETENCIES", bold=True, after=8)
    para(doc, INTRO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=10)
    lvl = L.numbered_lvl("lowerLetter", "%1)", left=720, hanging=360)
    for std, comps in STANDARDS:
        para(doc, std, bold=True, before=10, after=6)
        for num, name, definition, inds in comps:
            para(doc, f"Competency {num}: {name}", bold=True, before=6, after=4)
            para(doc, definition, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4)
            para(doc, "Performance indicators:", italic=True, after=2)
            nid = L.add_numbering(doc, lvl, nsid=f"0B6{num.replace('.', '')}0A1")
            for t in inds:
                p = doc.add_paragraph()
                p.add_run(t)
                p.paragraph_format.space_after = Pt(2)
                L.set_num(p, nid)
    tmp = Path(tempfile.mkdtemp(prefix="bg-tnmc-"))
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    out = L.DOCS / f"{STEM}.pdf"
    L.to_pdf(src, out)

    g = L.Gold(STEM)
    for std, comps in STANDARDS:
        for num, name, definition, inds in comps:
            g.comp(name, definition, indicators=g.items(inds))
    g.write(out, "pdf", TITLE)


if __name__ == "__main__":
    build()

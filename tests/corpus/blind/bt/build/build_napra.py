"""NAPRA, Professional Competencies for Canadian Pharmacists at Entry to Practice (March 2014),
Competency Categories 1 and 2 (excerpt: key competencies 1.1-1.4, 2.1-2.2).

DOCX, python-docx, Letter. Title block, running header, footer "Page X of Y" (PAGE / NUMPAGES fields);
"Competency Category 1: ..." heading with its description, then a two-column Word table Key Competencies |
Enabling Competencies: typed key competency codes (1.1) and enabling competencies as REAL Word numbering
(one abstract list per key competency with lvlText "1.1.%1", so the codes are not in the text), header row
repeated.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Inches

import btlib as B

STEM = "napra-pharmacist-entry-to-practice-competencies"
OUT = B.DOCS / f"{STEM}.docx"
TITLE = "Professional Competencies for Canadian Pharmacists at Entry to Practice"
GREEN = RGBColor(0x00, 0x6A, 0x4E)

CAT1 = ("Competency Category 1: Ethical, Legal and Professional Responsibilities",
        "Pharmacists practise within legal requirements, show professionalism, and uphold the standards of "
        "practice, codes of ethics and policies of the profession.")
CAT2 = ("Competency Category 2: Patient Care",
        "Pharmacists work in partnership with the patient and in collaboration with other health "
        "professionals to meet the patient's health and drug-related needs and to reach the patient's "
        "health goals.")

KEYS1 = [
    ("1.1", "Practise within legal requirements",
     ["Follow the federal and provincial/territorial legislation, regulations, bylaws and policies that apply "
      "to pharmacy practice.",
      "Follow the standards of practice and guidance documents of the pharmacy regulatory authority.",
      "Apply the legal requirements that govern the privacy and confidentiality of personal health "
      "information.",
      "Recognise the limits of their own scope of practice and refer patients when needed."]),
    ("1.2", "Uphold ethical principles",
     ["Identify ethical issues that arise in practice and resolve them through a structured ethical "
      "decision-making process.",
      "Obtain informed consent and record it appropriately.",
      "Respect the patient's right to make decisions about their own health, including the right to refuse "
      "treatment.",
      "Put the interests of the patient first when they conflict with personal or business interests."]),
    ("1.3", "Manage actual and potential illegal, unethical or unprofessional actions or situations in practice",
     ["Recognise and respond to illegal, unethical or unprofessional conduct by colleagues or others.",
      "Report such conduct to the appropriate authority when required.",
      "Identify and manage real or perceived conflicts of interest."]),
    ("1.4", "Apply principles of professionalism",
     ["Take responsibility and accountability for their own actions and decisions.",
      "Keep their knowledge and skills up to date through continuing professional development.",
      "Show respect, honesty and integrity in dealings with patients, colleagues and the public.",
      "Present a professional image in appearance, conduct and communication.",
      "Keep appropriate professional boundaries with patients."]),
]
KEYS2 = [
    ("2.1", "Develop a professional relationship with the patient",
     ["Build rapport and trust with the patient and, where appropriate, the patient's caregivers.",
      "Agree with the patient on the pharmacist's role and responsibilities in their care.",
      "Respect the patient's values, beliefs and cultural background when providing care."]),
    ("2.2", "Obtain information about the patient",
     ["Gather information from the patient, the patient's health record and other health professionals.",
      "Assess the reliability and completeness of the information collected.",
      "Record the information gathered in a clear and organised way."]),
]
CATEGORIES = [(CAT1, KEYS1), (CAT2, KEYS2)]


def build():
    d = Document()
    B.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(TITLE)
    r.font.size = Pt(8)
    r.italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("\u00a9 National Association of Pharmacy Regulatory Authorities, 2014    |    Page ")
    B.add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    B.add_field(fp, "NUMPAGES", "2")
    for run in fp.runs:
        run.font.size = Pt(8)

    p = d.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = GREEN
    p = d.add_paragraph()
    r = p.add_run("National Association of Pharmacy Regulatory Authorities \u2013 March 2014")
    r.font.size = Pt(11)
    p.paragraph_format.space_after = Pt(18)

    n = 0
    for (heading, text), keys in CATEGORIES:
        d.add_paragraph(heading, style="Heading 1")
        p = d.add_paragraph(text)
        p.paragraph_format.space_after = Pt(10)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        for cell, htext in zip(t.rows[0].cells, ["Key Competencies", "Enabling Competencies"]):
            r = cell.paragraphs[0].add_run(htext)
            r.bold = True
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            B.shade(cell, "006A4E")
        B.row_flags(t.rows[0], cant_split=True, header=True)
        p = t.add_row().cells
        merged = p[0].merge(p[1])
        merged.paragraphs[0].add_run("Pharmacists must be able to:").italic = True
        for code, key, enabling in keys:
            n += 1
            row = t.add_row()
            c0, c1 = row.cells
            B.shade(c0, "E3F1EC")
            c0.paragraphs[0].add_run(f"{code} ").bold = True
            c0.paragraphs[0].add_run(key).bold = True
            aid = B.add_abstract(d, ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                                     f'<w:lvlText w:val="{code}.%1"/><w:lvlJc w:val="left"/>'
                                     '<w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>'),
                                 f"4E41{n:02d}A0")
            nid = B.add_num(d, aid)
            for j, e in enumerate(enabling):
                q = c1.paragraphs[0] if j == 0 else c1.add_paragraph()
                q.add_run(e)
                B.set_num(q, nid)
                q.paragraph_format.space_after = Pt(4)
        B.fix_widths(t, [2.2, 4.3])
        d.add_paragraph()
    d.save(str(OUT))


def gold():
    comps = [B.competency(STEM, key, indicators=[B.item(STEM, e) for e in enabling])
             for code, key, enabling in KEYS1 + KEYS2]
    B.write_gold(OUT, "docx", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()

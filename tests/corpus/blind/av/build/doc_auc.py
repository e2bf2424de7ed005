"""African Union Commission - job profile (Senior Policy Officer, Youth Development): letterhead, job details
table, AU Values in two columns, purpose, functions, responsibilities, requirements, skills, then Core and
Functional competencies named as Word bullet lists, languages, tenure, remuneration. python-docx, DOCX."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Pt, Inches, RGBColor  # noqa: E402

STEM = "auc-job-profile-senior-policy-officer"
GREEN = RGBColor(0x0B, 0x6E, 0x3B)

DETAILS = [
    ("Job Title", "Senior Policy Officer, Youth Development"),
    ("Requisition ID", "1187"),
    ("Location", "Addis Ababa, Ethiopia"),
    ("Reports to", "Head of Division, Youth Development"),
    ("Directorate/Department", "Women, Gender and Youth Directorate (WGYD)"),
    ("Division", "Youth Development Division"),
    ("Number of Direct Reports", "1"),
    ("Number of Indirect Reports", "0"),
    ("Job Grade", "P3"),
    ("Contract Type", "Regular"),
]
VALUES = ["Respect for Diversity and Teamwork", "Think Africa Above all", "Transparency and Accountability",
          "Integrity and Impartiality", "Efficiency and Professionalism", "Information and Knowledge Sharing"]
PURPOSE = ("To contribute to the design, coordination and monitoring of continental youth development policies "
           "and programmes, and to support Member States and Regional Economic Communities in putting the "
           "African Youth Charter into practice.")
FUNCTIONS = [
    "Contributes to the development of policies, strategies and programmes on youth development and engagement;",
    "Coordinates the implementation of youth programmes with Member States, Regional Economic Communities and "
    "partners;",
    "Prepares technical reports, briefs and concept notes for the Division and the Directorate;",
    "Supports resource mobilisation and the management of partner-funded projects;",
    "Monitors and reports on progress against the annual work plan and budget;",
    "Represents the Division at meetings and conferences as assigned.",
]
RESPONSIBILITIES = [
    "Drafts and reviews continental frameworks and guidelines on youth employment, skills and participation;",
    "Organises consultations with youth networks and national youth councils;",
    "Supports the reporting of Member States on the African Youth Charter;",
    "Maintains a database of youth programmes and good practices across the continent;",
    "Contributes to the preparation of statutory meetings and Specialised Technical Committees;",
    "Supervises and mentors the Policy Officer in the Division;",
    "Performs any other related duties as assigned by the Head of Division.",
]
ACADEMIC = ("A Master\u2019s degree in Social Sciences, Development Studies, Public Policy, Economics or a related "
            "field, with at least seven (7) years of relevant experience, of which three (3) years at expert level "
            "in youth development or related areas.")
SKILLS = [
    "Good knowledge of the African Union policy frameworks on youth;",
    "Strong analytical and report-writing skills;",
    "Ability to work in a multicultural environment and to build partnerships;",
    "Good planning, organisational and time-management skills;",
    "Ability to handle several tasks under pressure and meet deadlines;",
    "Proficiency in office software and online collaboration tools.",
]
CORE = ["Building Relationships", "Fostering Accountability", "Learning Orientation", "Communicating with Impact"]
FUNCTIONAL = ["Conceptual Thinking", "Sharing Job Knowledge", "Drive for Results", "Fostering Innovation"]
LANG = ("Proficiency in one of the official African Union working languages (Arabic, English, French, Portuguese, "
        "Spanish, Kiswahili) and fluency in another AU language is an added advantage.")
TENURE = ("The appointment will be made on a regular term contract for a period of three (3) years, of which the "
          "first twelve months shall be considered a probationary period. Renewal is subject to satisfactory "
          "performance and deliverables.")
GENDER = "The AU is an equal opportunity employer and qualified women are strongly encouraged to apply."
PAY = ("Indicative basic salary of US$ 45,869.00 per annum plus other related entitlements, e.g. post adjustment "
       "and housing allowance, for internationally recruited staff of the Commission.")


def _h(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = GREEN
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(3)
    return p


def build():
    doc = Document()
    H.clear_core_props(doc, "Job Profile", "AUC")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Inches(0.9))
    bul = H.add_numbering(doc, H.bullet_lvl("\u2022", 360, 360), "4A0C2E01")

    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("AFRICAN UNION\t\t\u0627\u0644\u0627\u062a\u062d\u0627\u062f \u0627\u0644\u0623\u0641\u0631\u064a\u0642\u064a")
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = GREEN
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("UNION AFRICAINE\t\tUNI\u00c3O AFRICANA")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = GREEN
    hp3 = sec.header.add_paragraph()
    r = hp3.add_run("Addis Ababa, Ethiopia   P. O. Box 3243   Telephone: 251115517700   Website: www.au.int")
    r.font.size = Pt(7.5)
    hp3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.bottom_border(hp3, "0B6E3B", 8)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.add_run("Page ")
    H.add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    H.add_field(fp, "NUMPAGES", "3")
    for r in fp.runs:
        r.font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph()
    r = p.add_run("Job Profile: Senior Policy Officer, Youth Development")
    r.bold = True
    r.font.size = Pt(15)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=len(DETAILS), cols=2)
    H.grid_borders(t, "A6A6A6", 4)
    for i, (a, b) in enumerate(DETAILS):
        H.set_cell_text(t.cell(i, 0), a, bold=True)
        H.shade(t.cell(i, 0), "E2EFD9")
        H.set_cell_text(t.cell(i, 1), b)
    H.fix_widths(t, [2.3, 4.17])

    _h(doc, "AU Values")
    t = doc.add_table(rows=3, cols=2)
    H.no_borders(t)
    for i, v in enumerate(VALUES):
        cell = t.cell(i % 3, i // 3)
        cp = cell.paragraphs[0]
        cp.add_run(v)
        H.set_num(cp, bul)
    H.fix_widths(t, [3.2, 3.27])

    _h(doc, "Purpose of Job")
    doc.add_paragraph(PURPOSE)
    _h(doc, "Main Functions")
    for x in FUNCTIONS:
        H.set_num(doc.add_paragraph(x), bul)
    _h(doc, "Specific Responsibilities")
    for x in RESPONSIBILITIES:
        H.set_num(doc.add_paragraph(x), bul)
    _h(doc, "Academic Requirements and Relevant Experience")
    doc.add_paragraph(ACADEMIC)
    _h(doc, "Required Skills")
    for x in SKILLS:
        H.set_num(doc.add_paragraph(x), bul)
    _h(doc, "Core Competencies")
    for x in CORE:
        H.set_num(doc.add_paragraph(x), bul)
    _h(doc, "Functional Competencies")
    for x in FUNCTIONAL:
        H.set_num(doc.add_paragraph(x), bul)
    _h(doc, "Languages")
    doc.add_paragraph(LANG)
    _h(doc, "Tenure of Appointment")
    doc.add_paragraph(TENURE)
    _h(doc, "Gender Mainstreaming")
    doc.add_paragraph(GENDER)
    _h(doc, "Remuneration")
    doc.add_paragraph(PAY)
    out = H.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


def gold():
    D = STEM
    comps = [H.competency(D, n) for n in CORE + FUNCTIONAL]
    return H.write_gold(H.DOCS / f"{STEM}.docx", "docx", "Job Profile: Senior Policy Officer, Youth Development",
                        comps)


if __name__ == "__main__":
    print(build())
    print(gold())

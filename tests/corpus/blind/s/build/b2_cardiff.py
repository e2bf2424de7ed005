"""2. Cardiff Council job description and person specification (DOCX, python-docx)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import sutil as S
import docx
from docx.shared import Pt, Inches, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT

STEM = "cardiff-team-leader-job-profile"

DETAILS = [
    ("Post Title:", "Team Leader \u2013 Housing Help Centre"),
    ("Post No:", "HO.0417"),
    ("Grade:", "Grade 6"),
    ("Directorate:", "Adults, Housing & Communities"),
    ("Section:", "Housing Options"),
    ("Responsible to:", "Operational Manager, Housing Options"),
    ("Responsible for:", "8 \u2013 10 Housing Help Advisors"),
]
PURPOSE = ("To lead a team of advisors giving face to face and telephone advice to people who are homeless "
           "or at risk of losing their home, making sure that customers receive an accurate, consistent and "
           "timely service that meets the Council\u2019s statutory duties.")
DUTIES = [
    "To supervise the day to day work of the Housing Help Advisors, allocating work and making sure that "
    "enquiries are dealt with within agreed timescales.",
    "To carry out regular supervision and annual personal reviews for members of the team, and to identify "
    "their training and development needs.",
    "To deal with complex or escalated enquiries and complaints, giving advice on housing options, "
    "homelessness prevention and the housing waiting list.",
    "To monitor the quality of casework and take action where standards are not being met.",
    "To produce performance information and reports for the Operational Manager as required.",
    "To work with colleagues in Supporting People, Social Services and external partner agencies to "
    "find the right outcome for each customer.",
    "To deputise for the Operational Manager when required.",
]
CORPORATE = [
    "To carry out all duties in line with the Council\u2019s policies on Equal Opportunities and Health and Safety.",
    "To undertake any other duties that are commensurate with the grade of the post.",
]
PERSON_SPEC = [
    ("Qualifications", [
        ("Educated to NVQ Level 3 or equivalent, or able to demonstrate equivalent work experience", "E", "A"),
        ("Relevant housing qualification (e.g. CIH Level 3 Certificate in Housing)", "D", "A"),
    ]),
    ("Knowledge", [
        ("Knowledge of Part 2 of the Housing (Wales) Act 2014 and homelessness prevention duties", "E", "A/I"),
        ("Knowledge of the welfare benefits system", "D", "A/I"),
    ]),
    ("Experience", [
        ("Experience of working in a busy customer contact environment", "E", "A/I"),
        ("Experience of supervising staff or leading a team", "E", "A/I"),
    ]),
    ("Skills & Abilities", [
        ("Ability to use Microsoft Office and case management systems", "E", "A/T"),
        ("Ability to communicate in Welsh (Level 1 \u2013 courtesy)", "D", "A/I"),
        ("Behavioural competencies set out below", "E", "I"),
    ]),
]
BEHAVIOURAL = [
    ("Putting our Customers First", [
        "Seeks to understand the needs of customers and asks them for feedback on the service they received",
        "Uses customer feedback to shape the team\u2019s actions, priorities and recommendations",
        "Encourages and supports others in the team to deliver excellent customer service",
    ]),
    ("Getting Things Done", [
        "Makes sure that own work and the team\u2019s work is completed to a high standard and on time",
        "Sets clear expectations for the team and monitors progress against them",
        "Looks for more efficient ways of working and puts them into practice",
        "Keeps going when faced with setbacks, finding alternative ways to reach the goal",
    ]),
    ("Taking Personal Responsibility", [
        "Takes ownership of problems and decisions rather than passing them on",
        "Owns up to mistakes and learns from them",
    ]),
    ("Seeking to Understand Others", [
        "Listens carefully to others and checks that they have understood what has been said",
        "Adapts own style and approach to suit the person and the situation",
        "Treats people fairly and with respect, valuing differences in background and opinion",
    ]),
]


def p(d, text="", bold=False, size=None, after=6, style=None, align=None):
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    para.paragraph_format.space_after = Pt(after)
    if align:
        para.alignment = align
    if text:
        r = para.add_run(text); r.bold = bold
        if size:
            r.font.size = Pt(size)
    return para


def build():
    d = docx.Document()
    S.clear_props(d, title="Job Description", author="")
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = Inches(0.8); sec.bottom_margin = Inches(0.8)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("CARDIFF COUNCIL\n"); r.bold = True; r.font.size = Pt(11)
    r = hp.add_run("CYNGOR CAERDYDD"); r.bold = True; r.font.size = Pt(11)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.47), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("HO.0417 Team Leader \u2013 Housing Help Centre  |  JD/PS template v4 (2019)\t"); r.font.size = Pt(8)
    S.add_field(fp, "PAGE")
    fp.runs[-2].font.size = Pt(8)

    bullet = S.add_numbering(d, S.bullet_lvl("\uf0b7", left=360, hanging=360, font="Symbol"), "1B2C3D4E")
    decimal = S.add_numbering(d, S.decimal_lvl("%1.", left=426, hanging=426), "2C3D4E5F")

    p(d, "JOB DESCRIPTION", bold=True, size=14, after=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in DETAILS:
        cells = t.add_row().cells
        cells[0].text = ""; cells[0].paragraphs[0].add_run(k).bold = True
        cells[1].text = v
    S.fix_widths(t, [1.8, 4.67])
    p(d, "", after=4)
    p(d, "Job Purpose", bold=True, size=11, after=4)
    p(d, PURPOSE, after=8)
    p(d, "Duties and Responsibilities", bold=True, size=11, after=4)
    for x in DUTIES:
        para = p(d, x, after=3); S.set_num(para, decimal)
    p(d, "", after=2)
    p(d, "Corporate Responsibilities", bold=True, size=11, after=4)
    for x in CORPORATE:
        para = p(d, x, after=3); S.set_num(para, bullet)
    p(d, "", after=2)
    p(d, "This job description is current at the date shown and may be changed following consultation "
         "with the post holder.", size=9, after=2)
    p(d, "Date: September 2019", size=9, after=2)

    # PERSON SPECIFICATION (new page)
    para = p(d, "PERSON SPECIFICATION", bold=True, size=14, after=6, align=WD_ALIGN_PARAGRAPH.CENTER)
    para.paragraph_format.page_break_before = True
    para = p(d, after=8)
    para.add_run("Post Title: ").bold = True
    para.add_run("Team Leader \u2013 Housing Help Centre          ")
    para.add_run("Post No: ").bold = True
    para.add_run("HO.0417")
    para = p(d, after=8, size=9)
    r = para.add_run("How assessed: A = Application form   I = Interview   T = Test.   "
                     "E = Essential   D = Desirable"); r.italic = True; r.font.size = Pt(9)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ["Competency", "Essential/Desirable", "How assessed (A/I/T)"]):
        c.text = ""; c.paragraphs[0].add_run(txt).bold = True
        S.shade(c, "D9D9D9")
    S.row_header(t.rows[0])
    for cat, rows in PERSON_SPEC:
        cells = t.add_row().cells
        m = cells[0].merge(cells[1]).merge(cells[2])
        m.text = ""; m.paragraphs[0].add_run(cat).bold = True
        S.shade(m, "F2F2F2")
        for txt, ed, how in rows:
            cells = t.add_row().cells
            cells[0].text = txt; cells[1].text = ed; cells[2].text = how
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    S.fix_widths(t, [4.27, 1.1, 1.1])
    p(d, "", after=4)
    p(d, "Behavioural competencies", bold=True, size=11, after=4)
    p(d, "The competencies below are taken from the Council\u2019s Behavioural Competency Framework and are "
         "the ones that matter most for this role. You will be asked about them at interview.", after=8)
    for name, bullets in BEHAVIOURAL:
        p(d, name, bold=True, after=3)
        for b in bullets:
            para = p(d, b, after=2); S.set_num(para, bullet)
        p(d, "", after=2)
    p(d, "Special Requirements", bold=True, size=11, after=4)
    p(d, "This post is subject to a basic Disclosure and Barring Service (DBS) check.", after=4)
    p(d, "Please ensure that your application form clearly shows how you meet the essential criteria, "
         "as these will be used to shortlist candidates.", size=9, after=2)

    out = S.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


if __name__ == "__main__":
    print(build())

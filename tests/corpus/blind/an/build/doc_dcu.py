"""Dublin City University (DCU), Human Resources - "Learning & Development Policy - Staff": a policy document
with a document-control table (Policy Owner, Document Type, Approval Date ...), Word "Title" and "Heading 1"
/ "Heading 2" styles with real multilevel Word numbering (1., 1.1), bullet lists, a Definitions section that
defines the word "competency" and a list of development areas. NOT a competency document (near miss)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm, RGBColor

from anlib import (DOCS, add_field, add_numbering, bullet_lvl, cell_borders, clear_core_props, fix_widths,
                   set_num, shade)

STEM = "dcu-learning-development-policy-staff"
FILE = DOCS / f"{STEM}.docx"

CONTROL = [("Policy Owner", "Human Resources"), ("Document Type", "Policy"), ("Version", "2.0"),
           ("Approved by", "Executive Management Team"), ("Document Approval Date", "12 October 2021"),
           ("Next Review Date", "October 2024")]

SECTIONS = [
    ("Introduction", [
        ("p", "Dublin City University is committed to supporting and promoting the learning and development of all "
              "its staff. The University recognises that its effectiveness depends on staff at every level having "
              "access to development that is planned, relevant and aligned with the University’s strategic plan."),
    ]),
    ("Purpose", [
        ("p", "This policy sets out the principles that govern staff learning and development at DCU, the "
              "responsibilities of those involved, and the supports that the University provides."),
    ]),
    ("Scope", [
        ("p", "This policy applies to all academic, research, professional, administrative and support staff of "
              "the University, whether employed on a permanent, fixed-term or specified-purpose contract."),
    ]),
    ("Definitions", [
        ("p", "For the purposes of this policy:"),
        ("b", "Learning and development: any activity designed to add to a staff member’s knowledge, skills or "
              "attitudes, including courses, workshops, coaching, mentoring and on-the-job learning."),
        ("b", "Competency: the combination of knowledge, skills and behaviours that a staff member needs to perform "
              "effectively in their role."),
        ("b", "Performance and Development Review (PDR): the University’s annual process for agreeing objectives "
              "and identifying development needs."),
    ]),
    ("Policy Statement", [
        ("p", "The University will:"),
        ("b", "provide a programme of development activities for staff at all levels, prioritised according to "
              "identified needs;"),
        ("b", "ensure that development needs are identified through the PDR process and through induction;"),
        ("b", "give staff reasonable time and resources to take part in approved development activities;"),
        ("b", "evaluate the effectiveness of development activities and use the results to improve provision."),
    ]),
    ("Roles and Responsibilities", [
        ("h2", "Human Resources – Learning and Development"),
        ("p", "The Learning and Development team in Human Resources plans and coordinates a University-wide "
              "programme of short courses, seminars and workshops, advises Schools and Units on development needs "
              "and administers financial support for further study."),
        ("h2", "Head of School / Unit"),
        ("p", "Each Head of School or Unit is responsible for helping staff to develop their performance and "
              "effectiveness. Development at local level should be actively encouraged and may include attendance "
              "at courses and conferences, secondments, mentoring and the rotation of duties."),
        ("h2", "Staff Member"),
        ("p", "Development is most effective when staff members take responsibility for their own learning. Staff "
              "are expected to discuss their development needs at their PDR and to apply what they learn in their "
              "work."),
    ]),
    ("Areas of Development", [
        ("p", "The University’s development programme is organised in the following areas:"),
        ("b", "Induction and orientation"),
        ("b", "Leadership and management development"),
        ("b", "Teaching and learning"),
        ("b", "Research and innovation support"),
        ("b", "Digital skills and information systems"),
        ("b", "Health, safety and wellbeing"),
        ("b", "Equality, diversity and inclusion"),
    ]),
    ("Financial Support for Further Study", [
        ("p", "Staff may apply for a refund of fees for accredited programmes of study that are relevant to their "
              "current or future role in the University. Applications are considered in line with the Fee Support "
              "Scheme, subject to the availability of funds. Staff who leave the University within two years of "
              "completing a supported programme may be required to repay part of the fees."),
    ]),
    ("Time Off for Learning and Development", [
        ("p", "Approved development activities that take place during normal working hours are treated as working "
              "time. Study and examination leave for accredited programmes is granted in accordance with the "
              "University’s Study and Exam Leave Guidelines."),
    ]),
    ("Evaluation", [
        ("p", "Participants are asked to evaluate each programme they attend. Human Resources reports annually on "
              "participation and evaluation results to the Executive Management Team."),
    ]),
    ("Related Documents", [
        ("b", "Performance and Development Review (PDR) Guidelines"),
        ("b", "Fee Support Scheme for Staff"),
        ("b", "Study and Exam Leave Guidelines"),
        ("b", "Probation Policy"),
    ]),
    ("Review", [
        ("p", "This policy will be reviewed by Human Resources every three years, or earlier if required by "
              "legislation or University decisions."),
    ]),
]


def _heading_numbering(doc):
    """A multilevel list (1. / 1.1) attached to Heading 1 and Heading 2 via the styles' numPr."""
    lvl = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
           '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
           '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
           '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>')
    nid = add_numbering(doc, lvl, "0C1D2E3F")
    for name, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
        style = doc.styles[name]
        pPr = style.element.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{nid}"/></w:numPr>'))
        style.font.name = "Arial"
        style.font.color.rgb = RGBColor(0x14, 0x3D, 0x7A)
        style.font.size = Pt(13 if ilvl == 0 else 11)


def build():
    doc = Document()
    clear_core_props(doc, "Learning & Development Policy - Staff")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Dublin City University\tOllscoil Chathair Bhaile Átha Cliath")
    hr.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Learning & Development Policy – Staff | Version 2.0 | Page ").font.size = Pt(8)
    add_field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(8)
    add_field(fp, "NUMPAGES", "3")
    _heading_numbering(doc)
    bnum = add_numbering(doc, bullet_lvl(left=720, hanging=360), "4A5B6C7D")

    doc.add_paragraph("Learning & Development Policy – Staff", style="Title")
    tab = doc.add_table(rows=0, cols=2)
    cell_borders(tab, sz=4, color="8EA9C1")
    for a, b in CONTROL:
        row = tab.add_row()
        row.cells[0].text = a
        row.cells[0].paragraphs[0].runs[0].bold = True
        shade(row.cells[0], "E4ECF5")
        row.cells[1].text = b
    fix_widths(tab, [2.2, 4.0])
    doc.add_paragraph()

    for title, blocks in SECTIONS:
        doc.add_heading(title, level=1)
        for kind, text in blocks:
            if kind == "h2":
                doc.add_heading(text, level=2)
            elif kind == "b":
                p = doc.add_paragraph(text, style="List Paragraph")
                set_num(p, bnum)
            else:
                doc.add_paragraph(text)
    doc.save(FILE)
    return FILE


def gold():
    return "docx", "Learning & Development Policy – Staff", []

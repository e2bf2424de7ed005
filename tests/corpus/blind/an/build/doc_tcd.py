"""Trinity College Dublin, Human Resources - Probation Review Form for an administrative grade (Executive
Officer): details table, 1-5 "Rating Descriptions", SECTION A with one bordered block per core competency
(name | definition, a "Rating / Please tick appropriate box / 1 2 3 4 5" row of tick boxes, a tall Comments
cell), SECTION B overall assessment and recommendation, SECTION C signatures. python-docx -> LibreOffice PDF,
running header and footer with page number."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

from anlib import (DOCS, add_field, cell_borders, clear_core_props, competency, fix_widths, row_flags, shade,
                   soffice)

STEM = "tcd-probation-review-form-executive-officer"
FILE = DOCS / f"{STEM}.pdf"
BOX = "\u2610"

RATINGS = ["1 - consistently below the performance expected",
           "2 - meets expectations in some areas only; improvement needed",
           "3 - satisfactory performance, meets the required standard",
           "4 - performs above the standard expected at this level",
           "5 - consistently exceeds the performance expected"]

COMPS = [
    ("Communication",
     "Uses written and spoken communication well to share information, build understanding and keep good "
     "working relationships, e.g. can explain an involved procedure clearly."),
    ("Organisational Skills", "Handles a range of tasks efficiently and completes them on time."),
    ("Conscientious", "Concentrates on finishing work and keeps going until the task is done."),
    ("Interpersonal Skills",
     "Deals well with staff and students in the School and throughout the wider College community; builds good "
     "working relationships and is helpful to others."),
    ("Teamwork",
     "Co-operates with colleagues across College to achieve objectives on time and to the expected quality."),
    ("Professional / Technical Skills",
     "Has the computer, professional or technical skills the post requires and shows a willingness to learn new "
     "ones."),
    ("Innovative",
     "Shows creativity, comes up with original ideas and solutions and takes the initiative in putting them into "
     "practice."),
    ("Flexibility",
     "Adapts to the demands of the post and shows commitment to the job and to colleagues at all times."),
    ("Timekeeping and Attendance",
     "Keeps to agreed working hours, is punctual and maintains a good attendance record."),
]


def _txt(cell, text, bold=False, italic=False, size=9, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _competency_block(doc, name, definition):
    tab = doc.add_table(rows=3, cols=7)
    cell_borders(tab, sz=6, color="000000")
    r0 = tab.rows[0]
    _txt(r0.cells[0], f"{name}:", bold=True)
    shade(r0.cells[0], "E7E6E6")
    d = r0.cells[1].merge(r0.cells[6])
    _txt(d, definition)
    r1 = tab.rows[1]
    _txt(r1.cells[0], "Rating", bold=True)
    _txt(r1.cells[1], "Please tick appropriate box", italic=True, size=8)
    for i in range(5):
        _txt(r1.cells[2 + i], f"{i + 1} {BOX}", align=WD_ALIGN_PARAGRAPH.CENTER)
    r2 = tab.rows[2]
    _txt(r2.cells[0], "Comments", bold=True)
    c = r2.cells[1].merge(r2.cells[6])
    _txt(c, "")
    c.add_paragraph("")
    c.add_paragraph("")
    for row in tab.rows:
        row_flags(row)
    fix_widths(tab, [1.55, 1.55, 0.75, 0.75, 0.75, 0.75, 0.75])
    sp = doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(2)


def build():
    doc = Document()
    clear_core_props(doc, "Probation Review Form")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Trinity College Dublin, The University of Dublin")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x0E, 0x73, 0xB9)
    hp.add_run("\t\tHuman Resources").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("HR Probation Review Form – Executive Officer (rev. 05/2014)\t\tPage ").font.size = Pt(7.5)
    add_field(fp, "PAGE")

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Probation Review Form")
    r.bold = True
    r.font.size = Pt(15)
    c = doc.add_paragraph()
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rc = c.add_run("Confidential")
    rc.bold = True
    rc.italic = True
    p = doc.add_paragraph(f"Review Date ______________________        {BOX} 1st Review   or   {BOX} 2nd Review")
    p.paragraph_format.space_before = Pt(6)

    tab = doc.add_table(rows=0, cols=2)
    cell_borders(tab, sz=6, color="000000")
    for lab, val in (("Employee Name:", ""), ("Job Title:", "Executive Officer"), ("Appraising Manager(s):", ""),
                     ("Commencement Date:", "")):
        row = tab.add_row()
        _txt(row.cells[0], lab, bold=True)
        shade(row.cells[0], "E7E6E6")
        _txt(row.cells[1], val)
    fix_widths(tab, [2.0, 4.8])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("Rating Descriptions:").bold = True
    for ln in RATINGS:
        q = doc.add_paragraph(ln)
        q.paragraph_format.left_indent = Cm(0.6)
        q.paragraph_format.space_after = Pt(0)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    rr = p.add_run("SECTION A")
    rr.bold = True
    rr.font.size = Pt(11)
    doc.add_paragraph("Please rate the employee’s performance against the following core competencies:")
    for name, definition in COMPS:
        _competency_block(doc, name, definition)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    rr = p.add_run("SECTION B")
    rr.bold = True
    rr.font.size = Pt(11)
    tab = doc.add_table(rows=0, cols=1)
    cell_borders(tab, sz=6, color="000000")
    for lab in ("Summary of performance to date (Appraising Manager):",
                "Areas for development and training needs identified:",
                "Employee’s comments:"):
        row = tab.add_row()
        row_flags(row)
        cc = row.cells[0]
        _txt(cc, lab, bold=True)
        cc.add_paragraph("")
        cc.add_paragraph("")
    fix_widths(tab, [6.8])
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run("Recommendation (2nd review only): ").bold = True
    p.add_run(f"{BOX} Confirm appointment   {BOX} Extend probation period   {BOX} Do not confirm appointment")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    rr = p.add_run("SECTION C")
    rr.bold = True
    rr.font.size = Pt(11)
    tab = doc.add_table(rows=0, cols=4)
    cell_borders(tab, sz=6, color="000000")
    for a in ("Appraising Manager’s Signature:", "Employee’s Signature:", "Head of School / Area Signature:"):
        row = tab.add_row()
        row_flags(row)
        _txt(row.cells[0], a, bold=True)
        _txt(row.cells[1], "")
        _txt(row.cells[2], "Date:", bold=True)
        _txt(row.cells[3], "")
    fix_widths(tab, [2.2, 2.4, 0.7, 1.5])
    doc.add_paragraph("Please return the completed form to the Probations Team, Human Resources, House 11, "
                      "Trinity College Dublin, within two weeks of the review meeting.").runs[0].font.size = Pt(8)

    src = DOCS / f"{STEM}.docx"
    doc.save(src)
    soffice(src, "pdf", DOCS)
    src.unlink()
    return FILE


def gold():
    comps = [competency(STEM, name, definition) for name, definition in COMPS]
    return "pdf", "Probation Review Form", comps

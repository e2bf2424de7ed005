"""National School of Government (South Africa) - Course Directory excerpt: courses by SMS competency (PDF).

Modelled on the NSG "Course Directory" (LEARN | GROW | SERVE running head, "NATIONAL SCHOOL OF GOVERNMENT
* COURSE DIRECTORY" footer, page numbers; course information with duration, delivery mode, target
group). Grouping the courses under competencies of the public-service SMS competency framework, with a
course table per competency (Course | Course code | Duration | Delivery mode | Target group), was asked
for by the batch assignment. python-docx -> LibreOffice PDF, A4.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

import bmlib as L

STEM = "nsg-course-directory-sms-competencies"
OUT = L.DOCS / f"{STEM}.pdf"
GREEN = RGBColor(0x00, 0x6B, 0x3F)
GOLD_ = RGBColor(0xC8, 0x8A, 0x12)

COMPS = [
    ("Strategic Capability and Leadership",
     "Gives the organisation a clear vision and direction, and inspires others to deliver on the mandate of "
     "the department.",
     [("Executive Development Programme: Strategic Planning and Management", "EDP-SPM01", "5 days", "Contact",
       "SMS members (levels 13\u201316)"),
      ("Emerging Leaders Programme", "ELP-L01", "3 blocks of 5 days", "Blended",
       "Middle managers (levels 11\u201312)"),
      ("Strategic Thinking for Public Service Managers", "STM-O02", "20 notional hours", "ODeL",
       "Managers at levels 11\u201314")]),
    ("Programme and Project Management",
     "Plans, manages, monitors and evaluates activities so that the intended outputs and outcomes are "
     "delivered.",
     [("Basic Project Management", "PM-B01", "5 days", "Contact or virtual classroom",
       "Officials at levels 6\u201310"),
      ("Advanced Project Management", "PM-A02", "5 days", "Contact", "Managers at levels 11\u201314"),
      ("Monitoring and Evaluation for Programme Managers", "ME-P03", "4 days", "Blended",
       "Programme managers at levels 11\u201314")]),
    ("Financial Management",
     "Plans and manages budgets, controls cash flow, applies risk management and oversees procurement in line "
     "with accepted public finance practice, so that strategic objectives are achieved.",
     [("Financial Management and Budgeting for Non-Financial Managers", "FM-NF01", "5 days", "Contact",
       "Managers at levels 9\u201314"),
      ("Supply Chain Management for Managers", "SCM-M02", "3 days", "Contact", "Managers at levels 9\u201314"),
      ("Introduction to the Public Finance Management Act", "PFMA-O01", "12 notional hours", "ODeL",
       "All public servants")]),
    ("People Management and Empowerment",
     "Manages, motivates and develops people, makes the most of what they deliver and handles working "
     "relationships well so that the goals of the organisation are reached.",
     [("Supervisory Leadership Programme", "SLP-C01", "5 days", "Contact", "Supervisors at levels 7\u201310"),
      ("Managing Performance in the Public Service", "PMDS-B02", "3 days", "Blended",
       "Supervisors and managers"),
      ("Coaching and Mentoring for Managers", "CM-M03", "2 days", "Contact or virtual classroom",
       "Managers at levels 9\u201314"),
      ("Labour Relations for Line Managers", "LR-O04", "16 notional hours", "ODeL",
       "Supervisors and managers")]),
]


def fonts(doc):
    st = doc.styles
    st["Normal"].font.name = "Liberation Sans"
    st["Normal"].font.size = Pt(10)
    st["Normal"].paragraph_format.space_after = Pt(5)


def band(doc, text, fill="006B3F", size=13, before=14):
    p = doc.add_paragraph()
    L.para_shading(p, fill)
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return p


def header_footer(sec):
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, 17.0)
    r = hp.add_run("LEARN | GROW | SERVE\t")
    r.bold = True
    r.font.size = Pt(8)
    r.font.color.rgb = GREEN
    L.add_field(hp, "PAGE", "7")
    hp.runs[-2].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("NATIONAL SCHOOL OF GOVERNMENT \u2022 COURSE DIRECTORY")
    r.font.size = Pt(8)
    r.font.color.rgb = GREEN
    L.para_border(fp, ("top",), "C88A12", 6, 4)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    # the excerpt starts on page 7 of the directory
    pg = sec._sectPr.makeelement("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgNumType", {})
    pg.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}start", "7")
    sec._sectPr.append(pg)
    fonts(doc)
    header_footer(sec)
    L.clear_core_props(doc, "Course Directory")

    band(doc, "LEADERSHIP AND MANAGEMENT DEVELOPMENT", "C88A12", 15, 0)
    p = doc.add_paragraph()
    r = p.add_run("Courses aligned to the Senior Management Service (SMS) competency framework")
    r.bold = True
    r.font.size = Pt(11.5)
    r.font.color.rgb = GREEN
    doc.add_paragraph(
        "The courses in this section are grouped under the generic management competencies that apply across "
        "the public service. Departments can use the grouping to link the development needs identified in a "
        "Personal Development Plan (PDP) to an NSG offering. Each table shows the course code to quote on the "
        "nomination form, the duration and the delivery mode.")
    p = doc.add_paragraph()
    p.add_run("Delivery modes: ").bold = True
    p.add_run("Contact \u2013 face-to-face sessions at an NSG or departmental venue; Blended \u2013 contact sessions "
              "combined with online learning; ODeL \u2013 open distance e-learning on the NSG learning platform, "
              "completed at the learner\u2019s own pace.")

    for i, (name, definition, courses) in enumerate(COMPS):
        band(doc, name)
        p = doc.add_paragraph()
        p.add_run("Competency description: ").bold = True
        p.add_run(definition)
        t = doc.add_table(rows=1, cols=5)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        L.table_borders(t, "8C8C8C")
        for c, h in zip(t.rows[0].cells, ("Course", "Course code", "Duration", "Delivery mode", "Target group")):
            run = c.paragraphs[0].add_run(h)
            run.bold = True
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            L.shade(c, "006B3F")
        L.row_flags(t.rows[0], cant_split=True, header=True)
        for row in courses:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.paragraphs[0].add_run(v).font.size = Pt(9)
            L.row_flags(t.rows[-1], cant_split=True)
        L.fix_widths(t, [2.35, 0.95, 1.05, 1.15, 1.35])

    band(doc, "HOW TO APPLY", "C88A12", 12)
    doc.add_paragraph(
        "Nominations are submitted by the Human Resource Development unit of the department on the NSG "
        "nomination form, quoting the course code. Places on ODeL courses are confirmed by e-mail with "
        "log-in details for the learning platform.")
    L.docx_to_pdf(doc, OUT)


def gold():
    return [L.competency(STEM, name, definition,
                         courses=L.items(STEM, [" | ".join(row) for row in courses]))
            for name, definition, courses in COMPS]


def main():
    build()
    L.write_gold(OUT, "pdf", "NATIONAL SCHOOL OF GOVERNMENT \u2022 COURSE DIRECTORY", gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

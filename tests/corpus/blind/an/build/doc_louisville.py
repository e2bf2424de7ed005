"""University of Louisville - Job Description Form (revised Feb 2009), filled in: numbered form sections
(General Information with check boxes, Approvals, Position Duties and Responsibilities table with % of time and
critical level, Position Requirements with the 0-5 competency rating definitions and the "Minimum Required
Competencies | Competency Level/Rating" table incl. the form's own example row), education / experience
check boxes. python-docx -> LibreOffice PDF, running header and "Revised: Feb 2009" footer with page number."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

from anlib import (DOCS, add_field, cell_borders, clear_core_props, competency, fix_widths, item, row_flags,
                   shade, soffice)

STEM = "louisville-job-description-form-grants-coordinator"
FILE = DOCS / f"{STEM}.pdf"
BOX, TICK = "\u2610", "\u2612"

DUTIES = [
    ("35%", "Prepares and reviews proposal budgets and budget justifications for faculty grant applications; "
            "checks sponsor guidelines and routes proposals through the Office of Sponsored Programs.", "5"),
    ("25%", "Monitors expenditures on active sponsored accounts, reconciles monthly ledgers and resolves "
            "discrepancies with Grants Accounting.", "5"),
    ("15%", "Processes cost transfers, effort certifications and subaward invoices within required deadlines.", "4"),
    ("10%", "Prepares financial reports and close-out documents for federal and non-federal sponsors.", "4"),
    ("10%", "Advises faculty and lab managers on allowable costs and purchasing procedures.", "3"),
    ("5%", "Performs other related duties as assigned.", "1"),
]

RATINGS = ["0 – None = No experience",
           "1 – Little = Knowledge of; no applicable experience",
           "2 – Fair = Knowledge of; use occasionally",
           "3 – Good = Knowledge of; use frequently",
           "4 – Very Good = Knowledge of; use daily",
           "5 – Expert = Knowledge of; can train others"]

COMPS = [
    ("Grant and contract administration",
     "prepares budgets, monitors spending and closes out sponsored awards", "4 = Very Good"),
    ("Microsoft Excel", "builds budget workbooks with formulas, pivot tables and charts", "4 = Very Good"),
    ("PeopleSoft Financials", "enters and reconciles transactions and runs ledger reports", "3 = Good"),
    ("Federal cost principles (Uniform Guidance)",
     "applies allowability rules to charges on federal awards", "3 = Good"),
    ("Customer service", "answers faculty and sponsor enquiries promptly and courteously", "4 = Very Good"),
]

EDU = [("High school diploma or GED", False), ("Associate's degree", False), ("Bachelor's degree", True),
       ("Master's degree", False), ("Doctorate", False)]


def _label(cell, text, size=8.5):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    shade(cell, "D9D9D9")


def _val(cell, text, size=9, bold=False, italic=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic


def _section(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)
    return p


def build():
    doc = Document()
    clear_core_props(doc, "University of Louisville Job Description Form")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("University of Louisville – Job Description Form")
    hr.font.size = Pt(8)
    hr.italic = True
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Revised: Feb 2009\t\t")
    fr.font.size = Pt(8)
    add_field(fp, "PAGE")

    addr = doc.add_paragraph()
    addr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, ln in enumerate(["Human Resources", "1980 Arthur Street", "Louisville, KY 40208", "502-852-6542",
                            "502-852-5665 Fax", "Email: employ@louisville.edu", "www.louisville.edu/hr/"]):
        r = addr.add_run(ln)
        r.font.size = Pt(7.5)
        if i < 6:
            r.add_break()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("University of Louisville")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0xAD, 0x00, 0x00)
    r.add_break()
    r2 = t.add_run("Job Description Form")
    r2.bold = True
    r2.font.size = Pt(13)

    _section(doc, "1. General Information")
    p = doc.add_paragraph("This is a:  ")
    for lab, on in (("New Position", False), ("Revised Position", True), ("Position description update only", False),
                    ("For in-range adjustment", False),
                    ("For reclassification (Greater than 25% significant change in job duties)", False)):
        p.add_run(f"{TICK if on else BOX} {lab}   ")
    p = doc.add_paragraph("Will this position be posted?  ")
    p.add_run(f"{TICK} Yes   {BOX} No, already filled")
    tab = doc.add_table(rows=0, cols=4)
    cell_borders(tab, sz=4, color="808080")
    for a, b, c, d in [("Employee Name:", "", "Employee ID #:", ""),
                       ("Proposed Title:", "Grants Coordinator", "PCN:", "00041872"),
                       ("Department Name:", "Biochemistry and Molecular Genetics", "Department #:", "0212"),
                       ("Supervisor’s Name:", "Denise R. Whitfield", "Supervisor’s PCN:", "00038115"),
                       ("Submitted By:", "Denise R. Whitfield", "Date:", "03/14/2019")]:
        row = tab.add_row()
        _label(row.cells[0], a)
        _val(row.cells[1], b)
        _label(row.cells[2], c)
        _val(row.cells[3], d)
    fix_widths(tab, [1.35, 2.6, 1.35, 1.5])

    _section(doc, "2. Approvals")
    tab = doc.add_table(rows=0, cols=4)
    cell_borders(tab, sz=4, color="808080")
    for a, c in [("Supervisor’s Name (print):", "Supervisor’s Signature:"),
                 ("Appropriate Administrator’s Name (print):", "Administrator’s Signature:"),
                 ("Employee’s Signature:", "Date:"), ("Phone:", "Date Approved:")]:
        row = tab.add_row()
        _label(row.cells[0], a)
        _val(row.cells[1], "")
        _label(row.cells[2], c)
        _val(row.cells[3], "")
    fix_widths(tab, [1.7, 1.9, 1.5, 1.7])

    _section(doc, "3. Position Duties and Responsibilities")
    tab = doc.add_table(rows=1, cols=4)
    cell_borders(tab, sz=4, color="808080")
    for c, lab in zip(tab.rows[0].cells, ("", "Estimated % of Time", "Principal Position Responsibilities/Duties",
                                         "Critical Level 1 (not critical) - 5 (critical)")):
        _label(c, lab, 8)
    row_flags(tab.rows[0], header=True)
    ex = tab.add_row()
    _val(ex.cells[0], "")
    _val(ex.cells[1], "20%", italic=True)
    _val(ex.cells[2], "Example: Total accounts, check math and update reports, as required", italic=True)
    _val(ex.cells[3], "3", italic=True)
    for i in range(10):
        row = tab.add_row()
        row_flags(row)
        _val(row.cells[0], f"{i + 1}.")
        if i < len(DUTIES):
            pct, duty, crit = DUTIES[i]
            _val(row.cells[1], pct)
            _val(row.cells[2], duty)
            _val(row.cells[3], crit)
        else:
            _val(row.cells[1], "%")
    tot = tab.add_row()
    _val(tot.cells[1], "100%", bold=True)
    fix_widths(tab, [0.35, 0.9, 4.4, 1.15])
    doc.add_paragraph("Which of the above-listed duties were added in the last year? (Not applicable to new "
                      "positions). List the numbers (1 through 10) that correspond to the new duties:  3, 4")
    doc.add_paragraph("Comments:  Effort certification and subaward invoicing moved to the department in 2018.")

    _section(doc, "4. Position Requirements")
    p = doc.add_paragraph()
    p.add_run("Required Competencies").bold = True
    p.add_run(" – In the table below list and rate the minimum competencies required to satisfactorily perform "
              "this position.")
    p = doc.add_paragraph()
    p.add_run("DEFINITIONS OF COMPETENCY RATINGS").bold = True
    for ln in RATINGS:
        q = doc.add_paragraph(ln)
        q.paragraph_format.left_indent = Cm(0.8)
        q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    tab = doc.add_table(rows=1, cols=3)
    cell_borders(tab, sz=4, color="808080")
    _label(tab.rows[0].cells[0], "")
    _label(tab.rows[0].cells[1], "Minimum Required Competencies")
    _label(tab.rows[0].cells[2], "Competency Level/Rating:")
    row_flags(tab.rows[0], header=True)
    ex = tab.add_row()
    _val(ex.cells[1], "Example: Excel, Word", italic=True)
    _val(ex.cells[2], "4 – VERY GOOD", italic=True)
    for i, (name, desc, rating) in enumerate(COMPS):
        row = tab.add_row()
        row_flags(row)
        _val(row.cells[0], f"{i + 1}.")
        _val(row.cells[1], f"{name} – {desc}")
        _val(row.cells[2], rating)
    fix_widths(tab, [0.35, 4.65, 1.8])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("Formal Education Requirements").bold = True
    p.add_run(" (Check only one response)")
    doc.add_paragraph("Identify the minimum required formal education (diploma/degree/training or combination) "
                      "needed to perform the duties of the position.")
    for lab, on in EDU:
        q = doc.add_paragraph(f"{TICK if on else BOX}  {lab}")
        q.paragraph_format.left_indent = Cm(0.8)
        q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph("Major/field of study:  Accounting, Business Administration or a related field")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run("Experience Requirements").bold = True
    doc.add_paragraph("Minimum years of related work experience required:  3")
    doc.add_paragraph("Type of experience:  Sponsored research accounting or grant administration in a "
                      "university or hospital setting")
    p = doc.add_paragraph()
    p.add_run("Licenses/Certifications required:").bold = True
    p.add_run("  None; Certified Research Administrator (CRA) preferred")

    src = DOCS / f"{STEM}.docx"
    doc.save(src)
    soffice(src, "pdf", DOCS)
    src.unlink()
    return FILE


def gold():
    comps = [competency(STEM, name, desc, notes=[item(STEM, rating)]) for name, desc, rating in COMPS]
    return "pdf", "Job Description Form", comps

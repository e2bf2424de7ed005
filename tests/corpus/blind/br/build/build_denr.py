"""DENR (Philippines) - Competency-Based System (CBS) Manual for Support Positions (excerpt) -> PDF.

python-docx (US Letter portrait, Arial) -> LibreOffice PDF.  Running header "DENR CBS Manual for Support
Positions |Page<n>" (numbering starts at 9), section headings "SECTION 2 ...", "2.1 Technical
Competencies ...", "A. Financial Management Service"; per competency ONE table: a merged title row
"FM1 - General Accounting", a merged "Description:" row, a level row BASIC | INTERMEDIATE | ADVANCED |
SUPERIOR and one row of cells holding TYPED-number indicators ("1.", "2.", ...).
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

import brlib as L

STEM = "denr-cbs-manual-support-positions"
DOC = L.DOCS / f"{STEM}.pdf"
TITLE = "DENR Competency Profiles for Support Positions"
GREEN = "C5E0B3"
LEVELS = ["BASIC", "INTERMEDIATE", "ADVANCED", "SUPERIOR"]

COMPETENCIES = [
    ("FM1", "General Accounting",
     "Ability to record, classify and summarize financial transactions in accordance with government "
     "accounting rules and regulations, and to prepare accurate and timely financial reports for "
     "management and oversight agencies.",
     [["Receives, sorts and files disbursement vouchers and their supporting documents.",
       "Records transactions in the books of accounts under close supervision.",
       "Checks the completeness of supporting documents against the prescribed checklist.",
       "Encodes accounting data in the accounting information system accurately."],
      ["Prepares journal entry vouchers and posts them to the appropriate ledgers.",
       "Prepares bank reconciliation statements and follows up unreconciled items.",
       "Verifies the accuracy of computations in vouchers and payrolls.",
       "Prepares schedules of accounts and reconciles subsidiary ledger balances with the general "
       "ledger."],
      ["Reviews journal entries and ledgers for compliance with the Government Accounting Manual.",
       "Prepares the monthly, quarterly and year-end financial statements and reports.",
       "Analyzes variances in account balances and recommends adjusting entries.",
       "Prepares replies to audit observations of the Commission on Audit."],
      ["Develops internal accounting guidelines and control procedures for the office.",
       "Interprets new accounting and auditing issuances and advises management on their application.",
       "Certifies the fair presentation of financial statements submitted to oversight agencies."]]),
    ("FM2", "Budget Preparation",
     "Ability to prepare the budget proposal of the office in line with the budget call, government "
     "priorities and the approved work and financial plan, using sound cost estimates.",
     [["Gathers the budget forms and data required from the operating units.",
       "Encodes budget data in the prescribed forms and templates.",
       "Maintains files of budget proposals, ceilings and related issuances."],
      ["Consolidates the budget proposals of the operating units.",
       "Computes personnel services, maintenance and capital outlay requirements using approved cost "
       "parameters.",
       "Checks budget proposals for consistency with the work and financial plan."],
      ["Analyzes budget proposals against targets, ceilings and previous utilization.",
       "Prepares the narrative justification of the budget proposal.",
       "Presents the consolidated proposal to the management committee for review."],
      ["Formulates budget strategies that link resource allocation to the priority programs of the "
       "Department.",
       "Defends the budget proposal before the Department of Budget and Management and Congress.",
       "Advises top management on options when the approved budget falls short of the proposal."]]),
]


def merge_row(table, idx):
    row = table.rows[idx]
    return row.cells[0].merge(row.cells[-1])


def build():
    doc = Document()
    L.style_font(doc.styles["Normal"], "Arial", 10)
    L.clear_core_props(doc, "DENR CBS Manual")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="9"/>'))
    h = sec.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    L.para_border(h, ("bottom",), "538135", 8, 1)
    L.run(h, "DENR CBS Manual for Support Positions |Page", italic=True, size=9)
    L.add_field(h, "PAGE", "9")

    p = doc.add_paragraph()
    L.spacing(p, 0, 8)
    L.run(p, "SECTION 2\tDENR Competency Profiles for Support Positions", bold=True, size=12)
    p = doc.add_paragraph()
    L.spacing(p, 0, 6)
    L.run(p, "2.1 Technical Competencies (Functional Competencies per CO Service)", bold=True, size=11)
    p = doc.add_paragraph()
    L.spacing(p, 0, 8)
    L.run(p, "A. Financial Management Service", bold=True, size=11)

    for k, (code, name, desc, levels) in enumerate(COMPETENCIES):
        if k:
            bp = doc.add_paragraph()
            bp.add_run().add_break(WD_BREAK.PAGE)
            L.spacing(bp, 0, 0)
        t = doc.add_table(rows=4, cols=4)
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        L.fix_widths(t, [1.73, 1.73, 1.73, 1.73])  # inches
        c = merge_row(t, 0)
        c.text = ""
        L.spacing(c.paragraphs[0], 3, 3)
        L.run(c.paragraphs[0], f"{code} - {name}", bold=True, size=11)
        L.shade(c, GREEN)
        c = merge_row(t, 1)
        c.text = ""
        cp = c.paragraphs[0]
        L.spacing(cp, 3, 3)
        L.run(cp, "Description: ", bold=True, size=10)
        L.run(cp, desc, size=10)
        for cell, lab in zip(t.rows[2].cells, LEVELS):
            cell.text = ""
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            L.spacing(cell.paragraphs[0], 2, 2)
            L.run(cell.paragraphs[0], lab, bold=True, size=10)
            L.shade(cell, "E2EFD9")
        for cell, items in zip(t.rows[3].cells, levels):
            cell.text = ""
            for n, it in enumerate(items, 1):
                ip = cell.paragraphs[0] if n == 1 else cell.add_paragraph()
                ip.paragraph_format.left_indent = Cm(0.5)
                ip.paragraph_format.first_line_indent = Cm(-0.5)
                L.spacing(ip, 2, 2)
                L.run(ip, f"{n}.\t{it}", size=9.5)
                ip.paragraph_format.tab_stops.add_tab_stop(Cm(0.5))
    L.docx_to_pdf(doc, DOC)


def gold():
    comps = []
    for code, name, desc, levels in COMPETENCIES:
        comps.append(L.competency(STEM, name, desc, levels=[
            L.level(STEM, n, LEVELS[n - 1], items) for n, items in enumerate(levels, 1)]))
    return L.write_gold(DOC, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    print(gold())

"""TECHNOCompetences (Quebec ICT sector workforce committee) - "Sectoral Dictionary of Competencies: Network
Carriers - Telecommunications", Tool no. 1 "List of competencies and competency indicators by business
process", excerpt of Process 1 (PDF, landscape).

Modelled on the English edition of the tool (2000): cover "Tool no. 1:", running header "NETWORK CARRIERS -
TELECOMMUNICATIONS / Sectoral dictionary of competencies", "page N" footer, one table per business process with
columns Category | Competency | Competency Indicator, a full-width "SPECIFIC COMPETENCIES (S)" row, category
cells merged down the rows, coded competencies (1.1.S) and indicators (1.1.1.S), some indicators followed by
"- " sub-steps in the same cell. The GENERIC COMPETENCIES (G) part and all wording are ours.
python-docx -> LibreOffice PDF, US Letter landscape.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt, RGBColor

import bulib as L

STEM = "technocompetences-network-carriers-competency-indicators"
OUT = L.DOCS / f"{STEM}.pdf"

# (part heading, [(category, [(code, competency, [(code, indicator, [sub-steps])])])])
PARTS = [
    ("SPECIFIC COMPETENCIES (S)", [
        ("ANALYSIS, STUDY AND EVALUATION", [
            ("1.1.S", "Designing a new service", [
                ("1.1.1.S", "Tracking market and technology trends", []),
                ("1.1.2.S", "Pinpointing the service to be offered", []),
                ("1.1.3.S", "Drawing up the technical specifications of the service", []),
                ("1.1.4.S", "Studying competing offers", [
                    "Searching the available documentation",
                    "Compiling and analysing the data gathered",
                    "Drafting recommendations",
                ]),
            ]),
            ("1.2.S", "Carrying out a market study", [
                ("1.2.1.S", "Comparing similar products and services on the market", [
                    "Reviewing published sources",
                    "Identifying business opportunities and market trends",
                ]),
                ("1.2.2.S", "Writing the final report and its recommendations", []),
                ("1.2.3.S", "Performing a value analysis", []),
            ]),
            ("1.3.S", "Analysing the financial viability of a project", [
                ("1.3.1.S", "Carrying out a cost-benefit analysis", []),
                ("1.3.2.S", "Comparing the profitability of development scenarios", []),
                ("1.3.3.S", "Recommending a development option", []),
            ]),
            ("1.4.S", "Keeping a technology watch", [
                ("1.4.1.S", "Following changes in technology markets and in competing products", []),
                ("1.4.2.S", "Doing research in one's own field of expertise", []),
                ("1.4.3.S", "Keeping one's technical knowledge up to date", []),
            ]),
        ]),
        ("PLANNING", [
            ("1.5.S", "Planning the launch of a new service", [
                ("1.5.1.S", "Drawing up the project schedule", []),
                ("1.5.2.S", "Estimating the human and material resources required", []),
                ("1.5.3.S", "Coordinating the contributions of the departments involved", []),
            ]),
        ]),
    ]),
    ("GENERIC COMPETENCIES (G)", [
        ("COMMUNICATION", [
            ("1.1.G", "Presenting a project to decision-makers", [
                ("1.1.1.G", "Adapting the message to the audience", []),
                ("1.1.2.G", "Making effective use of visual aids", []),
                ("1.1.3.G", "Answering questions and objections", []),
            ]),
        ]),
        ("TEAMWORK", [
            ("1.2.G", "Working within a multidisciplinary team", [
                ("1.2.1.G", "Sharing information with the other team members", []),
                ("1.2.2.G", "Respecting the expertise of others", []),
                ("1.2.3.G", "Contributing to decisions taken as a group", []),
            ]),
        ]),
        ("MANAGEMENT OF ONE'S OWN WORK", [
            ("1.3.G", "Organising one's own work", [
                ("1.3.1.G", "Setting priorities among the tasks to be done", []),
                ("1.3.2.G", "Meeting the deadlines agreed with the project leader", []),
                ("1.3.3.G", "Reporting on the progress of one's work", [
                    "Keeping a log of the tasks completed",
                    "Pointing out delays and problems as soon as they arise",
                ]),
            ]),
        ]),
    ]),
]

GREY = "D9D9D9"
WIDTHS = [1.6, 0.65, 2.55, 0.75, 4.2]


def header_block(sec):
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("NETWORK CARRIERS - TELECOMMUNICATIONS")
    r.bold, r.font.size = True, Pt(12)
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp2.add_run("Sectoral dictionary of competencies")
    r.italic, r.font.size = True, Pt(10)
    L.para_border(hp2, ("bottom",), size=8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("page ")
    r.font.size = Pt(9)
    L.add_field(fp, "PAGE", "1")
    for run in fp.runs[1:]:
        run.font.size = Pt(9)


def cell_text(cell, text, bold=False, size=9, italic=False):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold, r.italic, r.font.size = bold, italic, Pt(size)
    p.paragraph_format.space_after = Pt(0)
    return p


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.6)
    sec.top_margin, sec.bottom_margin = Inches(0.9), Inches(0.7)
    normal = doc.styles["Normal"]
    L.style_font(normal, "Arial")
    normal.font.size = Pt(9)
    normal.paragraph_format.space_after = Pt(0)
    L.clear_core_props(doc, "Sectoral dictionary of competencies")
    header_block(sec)

    # cover
    for _ in range(7):
        doc.add_paragraph()
    for txt, size in (("Tool no. 1:", 26), ("LIST OF COMPETENCIES", 26), ("AND COMPETENCY INDICATORS", 26),
                      ("BY BUSINESS PROCESS", 26)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt)
        r.bold, r.font.size = True, Pt(size)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x93)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("LIST OF COMPETENCIES AND COMPETENCY INDICATORS, BY PROCESS")
    r.bold, r.font.size = True, Pt(11)
    p.paragraph_format.space_after = Pt(6)
    pt = doc.add_table(rows=1, cols=2)
    L.table_borders(pt, size=8)
    cell_text(pt.rows[0].cells[0], "Process", bold=True, size=10)
    L.shade(pt.rows[0].cells[0], GREY)
    cell_text(pt.rows[0].cells[1], "1 : PLANNING AND DESIGNING NEW SERVICES", bold=True, size=10)
    L.fix_widths(pt, [1.2, 9.55])
    doc.add_paragraph().paragraph_format.space_after = Pt(2)

    t = doc.add_table(rows=1, cols=5)
    L.table_borders(t, size=6)
    L.set_cell_margins(t, top=30, bottom=30, left=70, right=70)
    hdr = t.rows[0]
    L.row_flags(hdr, cant_split=True, header=True)
    h_cat, h_comp, h_ind = hdr.cells[0], hdr.cells[1].merge(hdr.cells[2]), hdr.cells[3].merge(hdr.cells[4])
    for c, txt in ((h_cat, "Category"), (h_comp, "Competency"), (h_ind, "Competency Indicator")):
        L.shade(c, GREY)
        cell_text(c, txt, bold=True, size=10).alignment = WD_ALIGN_PARAGRAPH.CENTER

    for part, cats in PARTS:
        row = t.add_row()
        L.row_flags(row)
        m = row.cells[0].merge(row.cells[4])
        cell_text(m, part, bold=True, size=10)
        L.shade(m, "F2F2F2")
        for cat, comps in cats:
            cat_rows = []
            for ccode, cname, inds in comps:
                comp_rows = []
                for icode, itext, subs in inds:
                    row = t.add_row()
                    L.row_flags(row)
                    cells = row.cells
                    cell_text(cells[3], icode)
                    cell_text(cells[4], itext)
                    for s in subs:
                        sp = cells[4].add_paragraph()
                        sp.paragraph_format.left_indent = Inches(0.15)
                        rr = sp.add_run("- " + s)
                        rr.font.size = Pt(9)
                    comp_rows.append(row)
                    cat_rows.append(row)
                # competency code + name, merged down its indicator rows
                top_code, top_name = comp_rows[0].cells[1], comp_rows[0].cells[2]
                cell_text(top_code, ccode, bold=True)
                cell_text(top_name, cname, bold=True)
                if len(comp_rows) > 1:
                    top_code.merge(comp_rows[-1].cells[1])
                    top_name.merge(comp_rows[-1].cells[2])
            top = cat_rows[0].cells[0]
            cell_text(top, cat, bold=True)
            top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            top.merge(cat_rows[-1].cells[0])
    L.fix_widths(t, WIDTHS)
    L.docx_to_pdf(doc, OUT)


def gold():
    comps = []
    for _part, cats in PARTS:
        for _cat, cl in cats:
            for _code, name, inds in cl:
                texts = []
                for _icode, itext, subs in inds:
                    texts.append(itext)
                    texts += subs
                comps.append(L.competency(STEM, name, None, indicators=L.items(STEM, texts)))
    L.write_gold(OUT, "pdf", "LIST OF COMPETENCIES AND COMPETENCY INDICATORS BY BUSINESS PROCESS", comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

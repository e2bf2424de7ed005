"""ICMCI - CMC Range Statements for the Competence Framework, Table 1 excerpt (PDF, A4 landscape).

python-docx: running header (document title + "Page X of 32"), footer (version / document authority),
an intro paragraph, then one Word table: cluster row, "Sub-comp." rows (letter, name, descriptor),
a "Ref # | Development | Independence | Profession Leader" header row under each, and element rows
(ref, element name, sub-ref, three range statements without final full stops) -> LibreOffice -> PDF.
"""
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, Inches, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import bblib as B

STEM = "icmci-cmc-range-statements"
TITLE = ("Appendix 2a Certified Management Consultant (CMC) Range Statements for the Competence "
         "Framework (CMC002a)")
LEVELS = ["Development", "Independence", "Profession Leader"]

SUBS = [
    ("A", "Client Business Insight", "Grasps the internal and external factors that bear on the assignment", [
        ("A1", "Client understanding", [
            "Understands the core structures, processes, management and disciplines of a business",
            "Researches and understands the client\u2019s business, the sector it operates in, and its stakeholders",
            "Has credible depth of knowledge across a range of disciplines and business settings"]),
        ("A2", "Client business knowledge", [
            "Researches comparable businesses and good practice",
            "Analyses the business\u2019s culture, structure, processes, management and performance criteria "
            "against the scope of work",
            "Leads by example, applying management and business skills within own business"]),
        ("A3", "External awareness", [
            "Follows a process to identify how political, economic, social, technological, legal and "
            "environmental factors affect the client",
            "Prepares analysis for the client covering current political, economic, social, technological, "
            "legal and environmental factors",
            "Is sought out by external parties for advice on issues affecting own sector"]),
    ]),
    ("B", "Consulting business insight", "Understands the management consultancy environment and its "
                                         "commercial side", [
        ("B1", "Consultancy market", [
            "Knows the main types of consulting service on offer and how own organisation positions them",
            "Tracks trends in the consulting market and relates them to own service offering",
            "Shapes the direction of a consulting practice, or of the profession, in response to market change"]),
        ("B2", "Business development", [
            "Contributes material to proposals under guidance",
            "Identifies opportunities, writes proposals and agrees terms of engagement with clients",
            "Builds a sustainable pipeline of work and leads major bids"]),
        ("B3", "Practice management", [
            "Records time, expenses and progress accurately against agreed budgets",
            "Manages the finances, resourcing and risks of an assignment so that it delivers its margin",
            "Sets commercial policy and performance targets for a practice or firm"]),
    ]),
]

WIDTHS = [0.55, 1.35, 0.5, 2.6, 2.6, 2.6]


def build():
    d = docx.Document()
    sec = d.sections[0]
    B.page_setup(sec, landscape=True, letter=False, margins_in=(0.8, 0.7, 0.7, 0.7))
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(9)
    st.paragraph_format.space_after = Pt(0)
    # running header: title left, page right (tab)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(10.2), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(TITLE + "\t")
    r.font.size = Pt(8)
    r = hp.add_run("Page ")
    r.font.size = Pt(8)
    B.add_field(hp, "PAGE", "1", size=Pt(8))
    r = hp.add_run(" of 32")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Version # 1.0\t\tDocument Authority PSC")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(8)
    p.add_run("Table 1 of these CMC Range Statements for the Competence Framework sets out the range of "
              "abilities, commitments, knowledge and skills that a management consultant may be expected to "
              "show at successive stages of experience and maturity in the profession (Development, "
              "Independence, Profession Leader). A consultant should have reached the Independence Level "
              "before CMC can be awarded. Table 2 (page 16) gives examples of the evidence that shows the "
              "competence required for the CMC Award.")
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(4)
    p.add_run("Table 1").bold = True
    p.add_run("\tCompetence Framework Reference Range Statements").bold = True

    t = d.add_table(rows=0, cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    B.borders(t, sz=4, color="7F7F7F")

    def cell_text(cell, text, bold=False, color=None, size=None):
        cell.text = ""
        par = cell.paragraphs[0]
        run = par.add_run(text)
        run.bold = bold
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if size:
            run.font.size = size
        return par

    # cluster row
    row = t.add_row()
    c = row.cells[0].merge(row.cells[5])
    cell_text(c, "Business Competence", bold=True, color="FFFFFF", size=Pt(10))
    B.shade(c, "1F3864")
    for letter, name, descr, elements in SUBS:
        row = t.add_row()
        B.row_flags(row, cant_split=True)
        cell_text(row.cells[0], "Sub-comp.", bold=True, size=Pt(8))
        cell_text(row.cells[1], letter, bold=True)
        nm = row.cells[2].merge(row.cells[3])
        cell_text(nm, name, bold=True)
        ds = row.cells[4].merge(row.cells[5])
        cell_text(ds, descr)
        for cc in row.cells:
            B.shade(cc, "F2F2F2")
        # column header row under each sub-competence
        hdr = t.add_row()
        B.row_flags(hdr, cant_split=True)
        h0 = hdr.cells[0].merge(hdr.cells[2])
        cell_text(h0, "Ref #", bold=True)
        for i, lv in enumerate(LEVELS):
            cell_text(hdr.cells[3 + i], lv, bold=True).alignment = WD_ALIGN_PARAGRAPH.CENTER
        for cc in hdr.cells:
            B.shade(cc, "D9E2F3")
        for ref, ename, stmts in elements:
            row = t.add_row()
            B.row_flags(row, cant_split=True)
            cell_text(row.cells[0], ref, bold=True)
            cell_text(row.cells[1], ename, bold=True)
            cell_text(row.cells[2], f"{ref}.1")
            for i, s in enumerate(stmts):
                cell_text(row.cells[3 + i], s)
    B.fix_widths(t, WIDTHS)
    B.core_props(d, "CMC Range Statements for the Competence Framework", "ICMCI")
    src = Path("/tmp") / f"{STEM}.docx"
    d.save(src)
    out = B.DOCS / f"{STEM}.pdf"
    B.to_pdf(src, out)
    return out


def gold(path):
    g = B.Gold(path, "pdf", TITLE)
    for letter, name, descr, elements in SUBS:
        levels = []
        for i, lv in enumerate(LEVELS):
            levels.append(g.level(i + 1, lv, [g.item(stmts[i], ename) for _, ename, stmts in elements]))
        g.competency(name, descr, levels=levels)
    return g.write()


if __name__ == "__main__":
    print(gold(build()))

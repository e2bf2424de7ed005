"""WWB: report appendix (python-docx -> LibreOffice -> PDF, US Letter): running header "wwb report | Building Human
Resources Capacity", page numbers continuing the report's numbering (from 97), appendix title, intro, a generic
proficiency-scale table (front matter), cluster headings, and per competency a heading, a "Definition:" paragraph and
a two-column table "Proficiency Level | Behavioral Indicators" with one row per level (numbered label "1 - Basic" ...)
and Word bullets inside the cells; the header row repeats when a table breaks across pages."""
from pathlib import Path
import tempfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Inches, RGBColor

import bjlib as L

STEM = "wwb-directory-of-competencies"
PDF = L.DOCS / f"{STEM}.pdf"
TITLE = "Directory of Competencies for Microfinance Institutions"
TEAL = RGBColor(0x00, 0x6f, 0x83)
LEVELS = ["1 \u2013 Basic", "2 \u2013 Intermediate", "3 \u2013 Advanced", "4 \u2013 Expert"]

INTRO = [
    "This directory brings together the competencies identified with WWB network members during the "
    "competency modeling work described in Chapter Two. Each entry gives the definition of the competency and "
    "describes what it looks like at four proficiency levels, from Level 1 (Basic) to Level 4 (Expert).",
    "The entries are examples, not a standard. Institutions are encouraged to adapt the wording to their own "
    "products, culture and job structure before using the directory to build job profiles, appraisal forms or "
    "training needs analyses.",
    "Competencies are grouped in two clusters. Core competencies apply to every position in the institution, "
    "from loan officers to senior managers; technical competencies apply to particular job families such as "
    "credit, finance or information systems. For each position, the job profile states which competencies are "
    "required and the proficiency level expected (see Chapter Two, Competency or Job Profiling).",
]
SCALE = [
    ("1 \u2013 Basic", "Has basic knowledge of the competency and applies it in simple situations with guidance."),
    ("2 \u2013 Intermediate", "Applies the competency in routine situations without supervision."),
    ("3 \u2013 Advanced", "Applies the competency in complex or unfamiliar situations and helps others develop it."),
    ("4 \u2013 Expert", "Is a reference for the competency inside and outside the institution and shapes its "
                        "policies and practice."),
]

CLUSTERS = [
    ("Core Competencies", [
        ("Client Orientation",
         "Understanding the needs of low-income clients, especially women, and providing products and services "
         "that respond to those needs in a respectful and timely way.",
         [["Treats clients with courtesy and respect regardless of their economic situation",
           "Explains products and loan terms in simple language"],
          ["Visits clients at their business or home to understand their situation",
           "Handles client complaints promptly and records them"],
          ["Analyzes client feedback and dropout data to recommend changes to products",
           "Trains loan officers in client service standards"],
          ["Designs client retention strategies for the institution",
           "Represents the client perspective in management and board discussions"]]),
        ("Gender Sensitivity",
         "Recognizing how gender shapes the opportunities and constraints of clients and colleagues, and acting "
         "so that women benefit equally from the institution\u2019s services and workplace.",
         [["Uses respectful, non-discriminatory language with all clients and colleagues",
           "Knows the institution\u2019s commitment to women clients"],
          ["Takes women clients\u2019 time and mobility constraints into account when scheduling meetings",
           "Collects and reports client data by sex"],
          ["Reviews products and procedures for features that exclude women",
           "Mentors women staff who are preparing for supervisory roles"],
          ["Sets targets and policies for women\u2019s outreach and leadership in the institution",
           "Advocates for women\u2019s financial inclusion with regulators and networks"]]),
    ]),
    ("Technical Competencies", [
        ("Credit Analysis",
         "Assessing a client\u2019s business, cash flow and repayment capacity in order to make sound lending "
         "decisions.",
         [["Completes loan application forms accurately and completely",
           "Verifies client information against supporting documents"],
          ["Prepares cash-flow analyses for microenterprise loans",
           "Recommends loan amounts and terms that match repayment capacity"],
          ["Reviews loan files prepared by others and identifies weaknesses",
           "Analyzes portfolio-at-risk trends for the branch"],
          ["Develops credit policies and methodologies for new loan products",
           "Sets portfolio quality standards for the institution"]]),
    ]),
]


def set_page_start(section, start):
    sectPr = section._sectPr
    sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="{start}"/>'))


def cell_text(cell, text, bold=False, color=None, size=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if color:
        r.font.color.rgb = color
    if size:
        r.font.size = Pt(size)
    return p


def header_row(table, labels):
    row = table.rows[0]
    L.row_flags(row, cant_split=True, header=True)
    for c, lab in zip(row.cells, labels):
        L.shade(c, "006F83")
        cell_text(c, lab, bold=True, color=RGBColor(0xff, 0xff, 0xff))


def build_docx(path):
    d = docx.Document()
    L.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(6)
    for hs, size in (("Heading 1", 18), ("Heading 2", 13), ("Heading 3", 11.5)):
        h = d.styles[hs]
        h.font.name = "Arial"
        h.font.size = Pt(size)
        h.font.color.rgb = TEAL
        h.font.bold = True
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1.1)
    sec.top_margin, sec.bottom_margin = Inches(1.0), Inches(0.9)
    set_page_start(sec, 97)
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, Inches(6.3))
    r = hp.add_run("wwb report")
    r.bold = True
    r.font.size = Pt(8)
    r.font.color.rgb = TEAL
    r2 = hp.add_run("\tBuilding Human Resources Capacity")
    r2.font.size = Pt(8)
    r2.font.color.rgb = RGBColor(0x7f, 0x7f, 0x7f)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE", "97")
    for run in fp.runs:
        run.font.size = Pt(9)

    k = d.add_paragraph()
    kr = k.add_run("APPENDIX 2")
    kr.bold = True
    kr.font.size = Pt(9)
    kr.font.color.rgb = RGBColor(0x7f, 0x7f, 0x7f)
    d.add_heading(TITLE, level=1)
    for para in INTRO:
        d.add_paragraph(para)
    sp = d.add_paragraph()
    sr = sp.add_run("Proficiency levels used in this directory")
    sr.bold = True
    t = d.add_table(rows=1, cols=2)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(t, ["Level", "Description"])
    for lab, desc in SCALE:
        row = t.add_row()
        cell_text(row.cells[0], lab, bold=True)
        cell_text(row.cells[1], desc)
    L.fix_widths(t, [1.6, 4.7])

    bul = L.add_numbering(d, L.bullet_lvl("\u2022", left=216, hanging=216), "2B3C4D5E")
    for cluster, comps in CLUSTERS:
        d.add_heading(cluster, level=2)
        for name, definition, levels in comps:
            hp = d.add_heading(name, level=3)
            hp.paragraph_format.keep_with_next = True
            dp = d.add_paragraph()
            dp.paragraph_format.keep_with_next = True
            dr = dp.add_run("Definition: ")
            dr.bold = True
            dp.add_run(definition)
            t = d.add_table(rows=1, cols=2)
            t.style = d.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            header_row(t, ["Proficiency Level", "Behavioral Indicators"])
            for lab, bullets in zip(LEVELS, levels):
                row = t.add_row()
                L.row_flags(row, cant_split=True)
                cell_text(row.cells[0], lab, bold=True)
                c = row.cells[1]
                first = True
                for b in bullets:
                    p = c.paragraphs[0] if first else c.add_paragraph()
                    first = False
                    p.add_run(b)
                    L.set_num(p, bul)
                    p.paragraph_format.space_after = Pt(2)
            L.fix_widths(t, [1.6, 4.7])
            d.add_paragraph()
    d.save(path)


def gold():
    comps = []
    for _cluster, cs in CLUSTERS:
        for name, definition, levels in cs:
            lv = [L.level(i + 1, LEVELS[i], [L.item(STEM, b) for b in bl]) for i, bl in enumerate(levels)]
            comps.append(L.competency(STEM, name, definition, levels=lv))
    return comps


def main():
    tmp = Path(tempfile.mkdtemp(prefix="bj-wwb-"))
    src = tmp / f"{STEM}.docx"
    build_docx(src)
    L.convert(src, PDF, "pdf:writer_pdf_Export")
    L.write_gold(PDF, "pdf", TITLE, gold())
    print("wrote", PDF)


if __name__ == "__main__":
    main()

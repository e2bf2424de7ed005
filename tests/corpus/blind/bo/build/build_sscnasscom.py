"""IT-ITeS Sector Skill Council NASSCOM (India) - Qualification Pack "AI - Business Intelligence Analyst"
(QP SSC/Q8102, version 2.0, NSQF level 6), excerpt of two National Occupational Standards (PDF).

Modelled on the v2.0 QP template as stored (scribd "QP-SSC-Q8102-v2-0-AI-Business-Intelligence-Analyst",
contents list: SSC/N8101 Import Data ..., SSC/N8102 Preprocess data as per specifications, SSC/N8103 Perform
exploratory data analysis as per specifications ...; footer "QRC Approved || IT-ITeS Sector Skill Council
<page>") and the sscnasscom.com occupational-standard pages (Performance Criteria "PC1." ..., Knowledge and
Understanding, generic skills). Per NOS: "SSC/N8102: <title>" heading, Description, Scope with bullets,
"Elements and Performance Criteria" with bold element headings, the lead-in "To be competent, the
user/individual on the job must be able to:" and typed "PC1." items, "Knowledge and Understanding (KU)" and
"Generic Skills (GS)" with lead-ins and real Word decimal numbering, an "Assessment Criteria" marks table that
repeats every PC, and a "National Occupational Standards (NOS) Parameters" table. Pages are numbered from 9
as in the QP. python-docx -> LibreOffice -> PDF. All wording of the standards is ours.
"""
import bolib as L
from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

STEM = "sscnasscom-bi-analyst-nos"
OUT = L.DOCS / f"{STEM}.pdf"
BLUE = "1F4E79"
FONT = "Carlito"

PC_LEAD = "To be competent, the user/individual on the job must be able to:"
KU_LEAD = "The individual on the job needs to know and understand:"
GS_LEAD = "User/individual on the job needs to know how to:"

NOS = [
    {"code": "SSC/N8102", "title": "Preprocess data as per specifications",
     "desc": "This NOS unit is about cleaning, transforming and preparing imported data so that it is ready for "
             "analysis in line with the specifications given.",
     "scope": ["Data cleaning", "Data transformation", "Data preparation"],
     "elements": [
         ("Data cleaning", [
             "examine the imported data to find missing, duplicate and inconsistent values",
             "apply the agreed rules to treat missing values and remove duplicate records",
             "record each cleaning step applied and the number of records it affected"]),
         ("Data transformation", [
             "convert data types, units and formats to those stated in the specifications",
             "derive new fields and aggregate records as required by the analysis plan",
             "reconcile transformed data with source totals to confirm that no records were lost"]),
         ("Data preparation", [
             "split the prepared data into the samples required, such as training and test sets",
             "store the prepared data in the agreed location together with its version details"]),
     ],
     "ku": ["organizational policies on data privacy, storage and retention",
            "common data quality problems and their likely causes",
            "techniques to treat missing values, outliers and inconsistent entries",
            "data types, formats and encodings used in the organization",
            "basic statistical measures used to profile a dataset",
            "tools and scripting languages used to clean and transform data"],
     "gs": ["document the work done in the agreed formats",
            "read specifications and technical documentation",
            "plan and organize work to meet agreed timelines",
            "identify errors in own work and correct them"],
     "marks": [[(3, 4, 1), (3, 5, 1), (2, 3, 0)], [(2, 4, 1), (3, 4, 1), (2, 3, 1)], [(3, 4, 1), (2, 3, 0)]]},
    {"code": "SSC/N8103", "title": "Perform exploratory data analysis as per specifications",
     "desc": "This NOS unit is about exploring prepared data with summary statistics and charts to understand its "
             "structure, patterns and relationships, and about reporting what was found.",
     "scope": ["Descriptive analysis", "Visual exploration", "Reporting findings"],
     "elements": [
         ("Descriptive analysis", [
             "compute summary statistics for each variable in the dataset",
             "identify outliers and unusual distributions and note possible explanations for them",
             "examine relationships between pairs of variables using correlation and cross-tabulation"]),
         ("Visual exploration", [
             "create charts that show distributions, trends and relationships in the data",
             "select chart types that suit the type of data and the intended audience"]),
         ("Reporting findings", [
             "summarize the main patterns found and the limitations of the data",
             "share the findings and the suggested next steps with appropriate people"]),
     ],
     "ku": ["the business context and objectives of the analysis",
            "measures of central tendency, spread and shape of a distribution",
            "correlation, its uses and its limits",
            "types of charts and the situations in which each is useful",
            "common sources of bias in exploratory analysis"],
     "gs": ["write clear summaries for readers without a technical background",
            "communicate findings to team members and managers",
            "apply analytical thinking to spot patterns and anomalies",
            "manage time to complete work as agreed"],
     "marks": [[(3, 4, 1), (3, 4, 1), (3, 4, 1)], [(2, 5, 1), (3, 5, 1)], [(3, 4, 1), (3, 4, 1)]]},
]
PARAMS = [("Sector", "IT-ITeS"), ("Sub-Sector", "Future Skills"),
          ("Occupation", "Artificial Intelligence & Big Data Analytics"), ("NSQF Level", "6"),
          ("Credits", "TBD"), ("Version", "2.0"), ("Last Reviewed Date", "31/07/2022"),
          ("Next Review Date", "31/07/2025"), ("NSQC Clearance Date", "31/07/2022")]


def run(p, text, bold=False, italic=False, size=11, color=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    r.font.name = FONT
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(doc, text="", bold=False, italic=False, size=11, color=None, before=0, after=4, indent=None):
    p = doc.add_paragraph()
    if text:
        run(p, text, bold, italic, size, color)
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    return p


def grid(table):
    L.table_borders(table, color="808080", size=4)


def build():
    doc = Document()
    L.clear_core_props(doc, "Qualification Pack - AI - Business Intelligence Analyst")
    st = doc.styles["Normal"]
    L.style_font(st, FONT)
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="9"/>'))
    h = sec.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(h, "Qualification Pack", bold=True, size=10, color=BLUE)
    f = sec.footer.paragraphs[0]
    L.right_tab(f, 17)
    run(f, "QRC Approved || IT-ITeS Sector Skill Council", size=9, color="595959")
    run(f, "\t", size=9)
    r = f.add_run()
    r.font.size = Pt(9)
    L.add_field(f, "PAGE", "9")

    bullet = L.add_numbering(doc, L.bullet_lvl("\u2022", left=720, hanging=360), "3A5B7C11")

    for n_i, nos in enumerate(NOS):
        if n_i:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        p = para(doc, f"{nos['code']}: {nos['title']}", bold=True, size=14, color=BLUE, after=10)
        para(doc, "Description", bold=True, size=12, before=4)
        para(doc, nos["desc"])
        para(doc, "Scope", bold=True, size=12, before=6)
        para(doc, "The scope covers the following :")
        for s in nos["scope"]:
            bp = para(doc, s, after=2)
            L.set_num(bp, bullet)
        para(doc, "Elements and Performance Criteria", bold=True, size=12, before=8, after=6)
        pc = 0
        for el, pcs in nos["elements"]:
            para(doc, el, bold=True, before=4, after=2)
            para(doc, PC_LEAD, after=2)
            for t in pcs:
                pc += 1
                pp = para(doc, f"PC{pc}. {t}", after=2)
                pp.paragraph_format.left_indent = Cm(1.6)
                pp.paragraph_format.first_line_indent = Cm(-1.0)
        para(doc, "Knowledge and Understanding (KU)", bold=True, size=12, before=8)
        para(doc, KU_LEAD, after=2)
        num = L.add_numbering(doc, L.decimal_lvl("%1.", left=800, hanging=400), f"4B6C7D{n_i:02d}")
        for t in nos["ku"]:
            L.set_num(para(doc, t, after=2), num)
        para(doc, "Generic Skills (GS)", bold=True, size=12, before=8)
        para(doc, GS_LEAD, after=2)
        num = L.add_numbering(doc, L.decimal_lvl("%1.", left=800, hanging=400), f"5C7D8E{n_i:02d}")
        for t in nos["gs"]:
            L.set_num(para(doc, t, after=2), num)

        # assessment criteria (repeats the PCs)
        para(doc, "Assessment Criteria", bold=True, size=12, before=10, after=4)
        rows = 1
        for el, pcs in nos["elements"]:
            rows += 1 + len(pcs)
        t = doc.add_table(rows=rows + 1, cols=5)
        grid(t)
        L.set_cell_margins(t, 40, 40, 80, 80)
        hdr = ["Assessment Criteria for Outcomes", "Theory Marks", "Practical Marks", "Project Marks", "Viva Marks"]
        for i, hname in enumerate(hdr):
            L.cell_text(t.rows[0].cells[i], hname, bold=True, size=10,
                        align=WD_ALIGN_PARAGRAPH.CENTER if i else None)
            L.shade(t.rows[0].cells[i], "D9E2F3")
        L.row_flags(t.rows[0], cant_split=True, header=True)
        r_i, pc = 1, 0
        tot = [0, 0, 0]
        for (el, pcs), marks in zip(nos["elements"], nos["marks"]):
            th, pr, vv = (sum(m[k] for m in marks) for k in range(3))
            cells = t.rows[r_i].cells
            L.cell_text(cells[0], el, bold=True, size=10)
            for c, v in zip(cells[1:], [th, pr, "-", vv]):
                L.cell_text(c, str(v), bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
            tot = [tot[0] + th, tot[1] + pr, tot[2] + vv]
            r_i += 1
            for txt, (a, b, v) in zip(pcs, marks):
                pc += 1
                cells = t.rows[r_i].cells
                L.cell_text(cells[0], f"PC{pc}. {txt}", size=10)
                for c, val in zip(cells[1:], [a, b, "-", v]):
                    L.cell_text(c, str(val), size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
                L.row_flags(t.rows[r_i], cant_split=True)
                r_i += 1
        cells = t.rows[r_i].cells
        L.cell_text(cells[0], "NOS Total", bold=True, size=10)
        for c, v in zip(cells[1:], [tot[0], tot[1], "-", tot[2]]):
            L.cell_text(c, str(v), bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
        L.fix_widths(t, [8.2 / 2.54, 2.2 / 2.54, 2.2 / 2.54, 2.2 / 2.54, 2.2 / 2.54])

        para(doc, "", after=4)
        para(doc, "National Occupational Standards (NOS) Parameters", bold=True, size=12, before=8, after=4)
        prm = [("NOS Code", nos["code"]), ("NOS Name", nos["title"])] + PARAMS
        t = doc.add_table(rows=len(prm), cols=2)
        grid(t)
        L.set_cell_margins(t, 40, 40, 80, 80)
        for i, (k, v) in enumerate(prm):
            L.cell_text(t.rows[i].cells[0], k, bold=True, size=10)
            L.shade(t.rows[i].cells[0], "F2F2F2")
            L.cell_text(t.rows[i].cells[1], v, size=10)
            L.row_flags(t.rows[i], cant_split=True)
        L.fix_widths(t, [6.0 / 2.54, 11.0 / 2.54])
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
    return doc


def gold():
    comps = []
    for nos in NOS:
        ind = []
        for el, pcs in nos["elements"]:
            ind += L.items(STEM, pcs, el)
        ind += L.items(STEM, nos["ku"], "Knowledge and Understanding (KU)")
        ind += L.items(STEM, nos["gs"], "Generic Skills (GS)")
        comps.append(L.competency(STEM, nos["title"], nos["desc"], indicators=ind,
                                  notes=L.items(STEM, nos["scope"], "Scope")))
    L.write_gold(OUT, "pdf", "Qualification Pack", comps)


def main():
    L.docx_to_pdf(build(), OUT)
    gold()


if __name__ == "__main__":
    main()

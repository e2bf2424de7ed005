"""training.gov.au (Australian Government, National Register of VET; unit developed by PwC's Skills for
Australia for the ICT Information and Communications Technology Training Package) - unit of competency
ICTCYS407 "Gather, analyse and interpret threat data", Word download of the unit (DOCX).

Modelled on the training.gov.au unit details as stored (ICTICT424 "Address cyber security requirements":
Modification History, Application (three paragraphs, the last "No licensing, legislative or certification
requirements apply ..."), Unit Sector, Elements and Performance Criteria table with the ELEMENT / PERFORMANCE
CRITERIA header and the "Elements describe the essential outcomes." / "Performance criteria describe the
performance needed to demonstrate achievement of the element." row, numbered elements "1." with criteria
"1.1" ...), and on the layout of the Word files training.gov.au generates for a unit (running header with
the unit code and title and "Date this document was generated", footer "Approved / Page x of y /
(c) Commonwealth of Australia / <SSO>"), Foundation Skills table (Skill / Description), Unit Mapping
Information and Links. python-docx; all wording of the unit is ours.
"""
import bolib as L
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

STEM = "tga-ictcys407-threat-data"
OUT = L.DOCS / f"{STEM}.docx"
CODE = "ICTCYS407"
TITLE = "Gather, analyse and interpret threat data"
FONT = "Arial"

APPLICATION = [
    "This unit describes the skills and knowledge required to collect threat data from internal and external "
    "sources, analyse it to identify threats to an organisation\u2019s information systems, and interpret and "
    "report the results.",
    "It applies to individuals working in cyber security roles who contribute to threat intelligence and "
    "security monitoring activities under the direction of senior security staff.",
    "No licensing, legislative or certification requirements apply to this unit at the time of publication.",
]
ELEMENTS = [
    ("Prepare to gather threat data", [
        "Identify organisational requirements and scope for gathering threat data",
        "Identify internal and external sources of threat data according to organisational policies",
        "Confirm legal, ethical and privacy obligations that apply to collecting threat data"]),
    ("Gather threat data", [
        "Collect threat data from identified sources using approved tools",
        "Record collected data and its source in a format that supports analysis",
        "Verify the reliability and currency of collected data"]),
    ("Analyse threat data", [
        "Correlate data from different sources to identify indicators of compromise",
        "Assess identified threats against the organisation\u2019s assets and vulnerabilities",
        "Prioritise threats according to their likelihood and potential impact"]),
    ("Interpret and report findings", [
        "Interpret analysis results in the context of organisational risk",
        "Prepare threat report with recommended actions for required stakeholders",
        "Submit report and seek feedback according to organisational procedures"]),
]
FOUNDATION = [
    ("Reading", "Interprets complex technical information from a range of threat intelligence sources"),
    ("Writing", "Prepares clear and accurate reports using technical language suited to the audience"),
    ("Oral communication", "Asks questions and listens actively to clarify the scope of threat data requirements"),
    ("Navigate the world of work", "Follows legal and organisational requirements relating to data collection "
                                   "and privacy"),
    ("Get the work done", "Uses analytical thinking to recognise patterns and relationships in large volumes "
                          "of data"),
]


def run(p, text, bold=False, size=10, italic=False, color=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def heading(doc, text):
    p = doc.add_paragraph(style="Heading 2")
    p.text = ""
    run(p, text, bold=True, size=12, color="000000")
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(4)
    return p


def body(doc, text, after=6):
    p = doc.add_paragraph()
    run(p, text)
    p.paragraph_format.space_after = Pt(after)
    return p


def two_col(doc, widths):
    t = doc.add_table(rows=0, cols=2)
    L.table_borders(t, color="000000", size=4)
    L.set_cell_margins(t, 60, 60, 100, 100)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    return t


def build():
    doc = Document()
    L.clear_core_props(doc, f"{CODE} {TITLE}")
    for sname in ("Normal", "Heading 1", "Heading 2"):
        L.style_font(doc.styles[sname], FONT)
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)

    # running header: code + title | date generated
    ht = sec.header.add_table(rows=1, cols=2, width=Cm(17))
    L.cell_text(ht.rows[0].cells[0], f"{CODE} {TITLE}", size=8)
    L.cell_text(ht.rows[0].cells[1], "Date this document was generated: 14 March 2023", size=8,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    L.fix_widths(ht, [9.0 / 2.54, 8.0 / 2.54])
    sec.header.paragraphs[0].text = ""
    # footer: Approved | Page x of y / (c) | SSO
    ft = sec.footer.add_table(rows=2, cols=2, width=Cm(17))
    L.cell_text(ft.rows[0].cells[0], "Approved", size=8)
    p = L.cell_text(ft.rows[0].cells[1], "Page ", size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    L.add_field(p, "PAGE", "1")
    run(p, " of ", size=8)
    L.add_field(p, "NUMPAGES", "3")
    for r_ in p.runs:
        r_.font.size = Pt(8)
    L.cell_text(ft.rows[1].cells[0], "\u00a9 Commonwealth of Australia, 2023", size=8)
    L.cell_text(ft.rows[1].cells[1], "PwC\u2019s Skills for Australia", size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    L.fix_widths(ft, [8.5 / 2.54, 8.5 / 2.54])

    p = doc.add_paragraph(style="Heading 1")
    p.text = ""
    run(p, f"{CODE} {TITLE}", bold=True, size=16, color="000000")
    p.paragraph_format.space_after = Pt(10)

    heading(doc, "Modification History")
    t = two_col(doc, None)
    for a, b, bold in (("Release", "Comments", True),
                       ("Release 1", "This version first released with ICT Information and Communications "
                                     "Technology Training Package Version 6.0.", False)):
        cells = t.add_row().cells
        L.cell_text(cells[0], a, bold=bold, size=10)
        L.cell_text(cells[1], b, bold=bold, size=10)
    L.fix_widths(t, [4.0 / 2.54, 13.0 / 2.54])

    heading(doc, "Application")
    for para_ in APPLICATION:
        body(doc, para_)
    heading(doc, "Unit Sector")
    body(doc, "Cyber Security")

    heading(doc, "Elements and Performance Criteria")
    t = two_col(doc, None)
    cells = t.add_row().cells
    L.cell_text(cells[0], "ELEMENT", bold=True, size=10)
    L.cell_text(cells[1], "PERFORMANCE CRITERIA", bold=True, size=10)
    L.row_flags(t.rows[0], cant_split=True, header=True)
    cells = t.add_row().cells
    L.cell_text(cells[0], "Elements describe the essential outcomes.", italic=True, size=10)
    L.cell_text(cells[1], "Performance criteria describe the performance needed to demonstrate achievement of "
                          "the element.", italic=True, size=10)
    for i, (el, pcs) in enumerate(ELEMENTS, 1):
        cells = t.add_row().cells
        L.cell_text(cells[0], f"{i}. {el}", size=10)
        first = True
        for j, pc in enumerate(pcs, 1):
            if first:
                p = L.cell_text(cells[1], f"{i}.{j} {pc}", size=10)
                first = False
            else:
                p = cells[1].add_paragraph()
                run(p, f"{i}.{j} {pc}")
            p.paragraph_format.space_after = Pt(4)
        L.row_flags(t.rows[-1], cant_split=True)
    L.fix_widths(t, [5.5 / 2.54, 11.5 / 2.54])

    heading(doc, "Foundation Skills")
    body(doc, "This section describes those language, literacy, numeracy and employment skills that are essential "
              "to performance but not explicit in the performance criteria.")
    t = two_col(doc, None)
    cells = t.add_row().cells
    L.cell_text(cells[0], "SKILL", bold=True, size=10)
    L.cell_text(cells[1], "DESCRIPTION", bold=True, size=10)
    L.row_flags(t.rows[0], cant_split=True, header=True)
    for sk, desc in FOUNDATION:
        cells = t.add_row().cells
        L.cell_text(cells[0], sk, size=10)
        L.cell_text(cells[1], desc, size=10)
    L.fix_widths(t, [5.5 / 2.54, 11.5 / 2.54])

    heading(doc, "Unit Mapping Information")
    body(doc, "No equivalent unit. New unit.")
    heading(doc, "Links")
    body(doc, "Companion Volume Implementation Guide is found in VETNet - "
              "https://vetnet.gov.au/Pages/TrainingDocs.aspx?q=9a4be02b-3a20-4f69-ae63-f6e2ed8a2eb8")
    return doc


def gold():
    ind = []
    for el, pcs in ELEMENTS:
        ind += L.items(STEM, pcs, el)
    ind += [L.item(STEM, desc, sk) for sk, desc in FOUNDATION]
    c = L.competency(STEM, TITLE, " ".join(APPLICATION), indicators=ind)
    L.write_gold(OUT, "docx", f"{CODE} {TITLE}", [c])


def main():
    build().save(str(OUT))
    gold()


if __name__ == "__main__":
    main()

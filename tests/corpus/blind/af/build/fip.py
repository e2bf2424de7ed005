"""FIP (International Pharmaceutical Federation), Pharmacy Education Taskforce - A Global Competency Framework
for Services Provided by Pharmacy Workforce (GbCF v1, 2012): domains 1-2 excerpt. PDF via python-docx ->
LibreOffice, landscape; numbered behavioural statements in a two-column table."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor
import common as C
import helpers as H

STEM = "fip-global-competency-framework"
TEAL = "00747A"
DOM1 = "1. PHARMACEUTICAL PUBLIC HEALTH"
DOM2 = "2. PHARMACEUTICAL CARE"

INTRO = [
    "The Global Competency Framework (GbCF) is a mapping tool. It sets out the behaviours that a practitioner "
    "in the early years of practice is expected to show, whatever the setting or sector in which they work, "
    "and it can be adapted to national needs.",
    "The behavioural competencies are grouped into four domains: Pharmaceutical Public Health, Pharmaceutical "
    "Care, Organisation and Management, and Professional/Personal. Within each domain a competency is described "
    "by a set of behavioural statements, numbered by domain and competency. The statements describe what a "
    "practitioner does, not the knowledge that underpins it.",
]

COMPS = [
    ("1.1", "Emergency response", [
        "Takes part in drawing up local and national plans for pharmaceutical supply in emergencies and disasters.",
        "Knows which medicines and devices are essential in an emergency and where they can be obtained.",
        "Makes sure that donated medicines meet quality standards and are distributed fairly.",
        "Gives advice on the safe storage and rational use of medicines during an emergency."]),
    ("1.2", "Health promotion", [
        "Identifies the main health needs of the local population and the groups most at risk.",
        "Delivers advice on healthy lifestyles, including smoking cessation, diet and physical activity.",
        "Takes part in screening and vaccination programmes where these fall within the scope of practice.",
        "Provides information that helps patients and the public to prevent disease.",
        "Refers people to other health and social care services when their needs call for it."]),
    ("1.3", "Medicine information & advice", [
        "Finds, appraises and uses reliable sources of information on medicines.",
        "Answers enquiries about medicines from patients, carers and other health professionals accurately "
        "and promptly.",
        "Gives information in a form that the person can understand and act on.",
        "Keeps records of the information and advice given."]),
]

COMPS2 = [
    ("2.1", "Assessment of medicines", [
        "Checks each prescription for legality, completeness and clinical appropriateness before it is dispensed.",
        "Identifies interactions, contraindications and duplicate therapy and acts on them.",
        "Confirms that the dose, formulation and route suit the individual patient.",
        "Contacts the prescriber to resolve any problem found and records the outcome."]),
    ("2.2", "Compounding medicines", [
        "Prepares extemporaneous products using an appropriate and validated formula.",
        "Works to good practice standards for hygiene, accuracy and documentation.",
        "Labels each compounded product clearly, with storage instructions and an expiry date.",
        "Recognises when a product should not be compounded and recommends an alternative."]),
]


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def build():
    d = docx.Document()
    C.clear_core_props(d, "A Global Competency Framework")
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10.5)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="8"/>'))
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(hp, "A GLOBAL COMPETENCY FRAMEWORK", bold=True, size=8, color=TEAL)
    run(hp, " for Services Provided by Pharmacy Workforce", size=8, color=TEAL)
    d.styles["Footer"].font.size = Pt(8)
    d.styles["Footer"].font.color.rgb = RGBColor.from_string("808080")
    fp = sec.footer.paragraphs[0]
    run(fp, "GbCF v1 | 0", size=8, color="808080")
    C.add_field(fp, "PAGE", "8")

    h = d.add_paragraph()
    run(h, "THE FRAMEWORK", bold=True, size=20, color=TEAL)
    for t in INTRO:
        d.add_paragraph(t).paragraph_format.space_after = Pt(6)

    t = d.add_table(rows=2, cols=2)  # second row removed below
    t.style = "Table Grid"
    for cell, label in zip(t.rows[0].cells, ["COMPETENCIES", "BEHAVIOURS"]):
        run(cell.paragraphs[0], label, bold=True, color="FFFFFF")
        C.shade(cell, TEAL)
    C.mark_header_row(t.rows[0])
    t.rows[1]._tr.getparent().remove(t.rows[1]._tr)
    for entry in [DOM1] + COMPS + [DOM2] + COMPS2:
        if isinstance(entry, str):
            row = t.add_row()
            dom = row.cells[0].merge(row.cells[1])
            run(dom.paragraphs[0], entry, bold=True, size=11)
            C.shade(dom, "CDE8E9")
            C.row_flags(row)
            continue
        num, name, behaviours = entry
        cells = t.add_row().cells
        p = cells[0].paragraphs[0]
        run(p, num + " ", bold=True, color=TEAL)
        run(p, name, bold=True)
        for i, b in enumerate(behaviours, 1):
            p = cells[1].paragraphs[0] if i == 1 else cells[1].add_paragraph()
            p.paragraph_format.left_indent = Cm(1.2)
            p.paragraph_format.first_line_indent = Cm(-1.2)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
            p.paragraph_format.space_after = Pt(3)
            run(p, f"{num}.{i}", bold=True, color=TEAL)
            run(p, "\t" + b)
        C.row_flags(t.rows[-1])
    C.fix_widths(t, [2.8, 7.9])

    H.WORK.mkdir(parents=True, exist_ok=True)
    src = H.WORK / f"{STEM}.docx"
    d.save(src)
    return H.to_pdf(src, H.DOCS)


def gold(pdf):
    D = STEM
    comps = [H.comp(name, D, None, indicators=H.items(bs, D)) for _, name, bs in COMPS + COMPS2]
    return H.write_gold(pdf, "pdf", "A GLOBAL COMPETENCY FRAMEWORK for Services Provided by Pharmacy Workforce", comps)


if __name__ == "__main__":
    print(gold(build()))

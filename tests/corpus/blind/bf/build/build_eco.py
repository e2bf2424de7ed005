"""ECO Canada, National Occupational Standards for Environmental Employment: Technician/Technologist
Profile - Air Quality (A1) (DOCX, python-docx).

One two-column Word table (code | text): shaded area rows ("B" Policy, Legislation and Regulations), bold
competency rows ("B.6" ...), numbered statement rows ("B.6.43" ...). Header row repeats across pages.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bflib as L  # noqa: E402

STEM = "eco-canada-technician-profile-air-quality"
DOC = L.DOCS / f"{STEM}.docx"

AREAS = [
    ("B", "Policy, Legislation and Regulations", [
        ("B.6", "Interpreting/enforcing/complying with environmental regulations and standards", [
            ("B.6.43", "Assess compliance with environmental regulations, including documenting violations and "
                       "episodes of non-compliance."),
            ("B.6.44", "Prepare compliance and regulatory reports for internal use and for filing with regulatory "
                       "agencies."),
        ]),
    ]),
    ("E", "Sampling and Analytical Work Related to Environmental Activities", [
        ("E.14", "Developing environmental sampling, testing and monitoring programs", [
            ("E.14.98", "Develop site-specific work plans, including Quality Assurance/Quality Control (QA/QC) methods, "
                        "measuring/monitoring procedures and the analytical equipment to be used for the specific "
                        "application (e.g. air, water, soil, sediments, flora, fauna, workplace)."),
            ("E.14.99", "Adjust existing sampling programs as environmental conditions change (for example, a change in "
                        "the parameters tested, the sampling locations or the sampling frequency)."),
            ("E.14.100", "Maintain analytical test instruments and monitoring or sampling equipment according to the "
                         "manufacturer\u2019s specifications and standard operating procedures, including calibration."),
        ]),
        ("E.15", "Collecting samples and data for environmental purposes", [
            ("E.15.101", "Select the appropriate sampling containers, protocols, preservation methods and collection "
                         "apparatus."),
            ("E.15.102", "Deploy analytical test instruments or sampling equipment (such as data capture systems or "
                         "continuous monitoring devices), including assembly and documentation of any departure from "
                         "standard procedures."),
            ("E.15.103", "Collect samples from air, water, soil and other media using routine sampling procedures and "
                         "apparatus."),
            ("E.15.104", "Collect samples from air, water, soil and other media using more complex sampling procedures "
                         "and apparatus."),
        ]),
        ("E.16", "Analysing samples and interpreting data", [
            ("E.16.107", "Carry out field and laboratory analyses following standard methods."),
            ("E.16.108", "Validate analytical results against QA/QC criteria and flag suspect data."),
            ("E.16.110", "Compile and summarize monitoring data in tables, charts and maps for use by others."),
        ]),
    ]),
    ("H", "Health and Safety", [
        ("H.23", "Implementing health and safety practices in environmental work", [
            ("H.23.151", "Identify hazards at sampling and monitoring sites and apply the controls set out in the site "
                         "safety plan."),
            ("H.23.152", "Use, inspect and maintain personal protective equipment suited to the task."),
        ]),
    ]),
]


def render():
    d = Document()
    L.clear_core_props(d, "Technician/Technologist Profile - Air Quality (A1)")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.9)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    hp = sec.header.paragraphs[0]
    hp.text = "National Occupational Standards for Environmental Employment\tECO Canada"
    hp.runs[0].font.size = Pt(8)
    L.tab_leader_stop(hp, 9640, leader="none", align="right")
    fp = sec.footer.paragraphs[0]
    fp.text = "\u00a9 ECO Canada 2016. All rights reserved.\tPage "
    L.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)

    t = d.add_paragraph()
    r = t.add_run("Technician/Technologist Profile - Air Quality (A1)")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x6B, 0x3F)
    d.add_paragraph(
        "Air quality technicians and technologists sample and monitor emissions and ambient air, analyse the "
        "results and help their organizations meet air quality regulations. This profile lists the technical "
        "competency statements of the National Occupational Standards (NOS) that apply to the role at the "
        "technician/technologist level. The transferable competencies that apply to all environmental "
        "occupations are published in a separate profile.")
    d.add_paragraph(
        "Codes follow the NOS dictionary: the letter is the area of competence, the second number the competency "
        "and the third the competency statement. Only the statements that apply to this profile are shown, so "
        "the numbering is not continuous.")

    tbl = d.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0]
    L.row_flags(hdr, cant_split=True, header=True)
    for cell, txt in zip(hdr.cells, ["Code", "Area of competence / Competency / Competency statement"]):
        cell.text = ""
        run = cell.paragraphs[0].add_run(txt)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        L.shade(cell, "006B3F")
    for letter, area, comps in AREAS:
        row = tbl.add_row()
        L.row_flags(row)
        for cell, txt in zip(row.cells, [letter, area]):
            cell.text = ""
            run = cell.paragraphs[0].add_run(txt)
            run.bold = True
            run.font.size = Pt(11)
            L.shade(cell, "C5E0B4")
        for code, name, stmts in comps:
            row = tbl.add_row()
            L.row_flags(row)
            for cell, txt in zip(row.cells, [code, name]):
                cell.text = ""
                cell.paragraphs[0].add_run(txt).bold = True
                L.shade(cell, "EEF5E9")
            for scode, text in stmts:
                row = tbl.add_row()
                L.row_flags(row)
                row.cells[0].text = scode
                row.cells[1].text = text
    L.fix_widths(tbl, [0.9, 5.8])
    d.add_paragraph()
    d.add_paragraph("For the full dictionary of competency statements and the other profiles in this series, see "
                    "the 2016 National Occupational Standards for Environmental Employment.")
    d.save(DOC)


def gold():
    comps = []
    for _, _, cs in AREAS:
        for _, name, stmts in cs:
            comps.append(L.competency(name, STEM, None, indicators=L.items([t for _, t in stmts], STEM)))
    return L.write_gold(DOC, "docx", "Technician/Technologist Profile - Air Quality (A1)", comps)


if __name__ == "__main__":
    render()
    print(gold())

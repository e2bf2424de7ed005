"""Council on Linkages Core Competencies for Public Health Professionals (2014 layout): one domain per section,
Tier 1 | Tier 2 | Tier 3 as table columns, rows numbered 1A1 / 1B1 / 1C1. python-docx -> LibreOffice -> PDF."""
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

import common as C
import util as U

STEM = "col-core-competencies-public-health"
FILE = STEM + ".pdf"
TITLE = "Core Competencies for Public Health Professionals"
TIERS = ["Tier 1", "Tier 2", "Tier 3"]

DOMAINS = [
    {
        "num": 1,
        "name": "Analytical/Assessment Skills",
        "rows": [
            ["Identifies conditions that influence the health of a community (e.g., income, education, housing, environment)",
             "Describes conditions that influence the health of a community (e.g., income, education, housing, environment)",
             "Assesses conditions that influence the health of a community (e.g., income, education, housing, environment)"],
            ["Recognizes quantitative and qualitative data and information (e.g., vital statistics, surveys, focus groups) that can be used to assess community health",
             "Identifies the quantitative and qualitative data and information (e.g., vital statistics, surveys, focus groups) needed to assess community health",
             "Determines which quantitative and qualitative data and information (e.g., vital statistics, surveys, focus groups) are needed to assess community health"],
            ["Applies ethical principles when collecting, storing, using and sharing data and information",
             "Applies ethical principles when collecting, storing, using and sharing data and information",
             "Ensures that ethical principles are applied when data and information are collected, stored, used and shared"],
            ["Uses information technology to collect, store and retrieve data",
             "Uses information technology to collect, analyze, store and retrieve data",
             "Ensures that information technology is used to collect, analyze, store and retrieve data"],
            ["Explains how data are used to address scientific, political, ethical and social public health issues",
             "Analyzes how data are used to address scientific, political, ethical and social public health issues",
             "Evaluates how data are used to address scientific, political, ethical and social public health issues"],
            ["Describes the assets and resources of a community that can be used to improve health",
             "Uses community assets and resources to plan improvements in community health",
             "Advocates for the use of community assets and resources to improve community health"],
            ["Contributes to assessments of community health status and of the factors that influence health",
             "Assesses community health status and the factors that influence health",
             "Directs assessments of community health status and of the factors that influence health"],
            ["Explains the limitations of data sources and of the information drawn from them",
             "Describes the limitations of data sources and of the information drawn from them",
             "Evaluates the limitations of data sources and of the information drawn from them"],
            ["Selects valid and reliable data",
             "Analyzes the validity and reliability of data",
             "Evaluates the validity and reliability of data"],
            ["Draws conclusions from quantitative and qualitative data and information",
             "Makes evidence-based decisions based on the analysis of quantitative and qualitative data",
             "Makes evidence-based decisions based on the analysis of quantitative and qualitative data and information"],
            ["Collects valid and reliable data using standard methods",
             "Selects valid and reliable methods for collecting data",
             "Ensures that valid and reliable methods are used to collect data"],
            ["Identifies gaps in data",
             "Identifies and addresses gaps in data",
             "Ensures that gaps in data are identified and addressed"],
            ["Uses data to describe how public health programs are performing",
             "Uses data to evaluate public health programs",
             "Uses the results of program evaluations to guide organizational decisions"],
        ],
    },
    {
        "num": 4,
        "name": "Cultural Competency Skills",
        "rows": [
            ["Describes the ideas, values and beliefs of different populations and how they affect health",
             "Describes the ideas, values and beliefs of different populations and how they affect health",
             "Ensures that the ideas, values and beliefs of different populations are considered in public health programs"],
            ["Recognizes the role of cultural, social and behavioral factors in the accessibility and acceptability of public health services",
             "Addresses the role of cultural, social and behavioral factors in the accessibility and acceptability of public health services",
             "Assesses how cultural, social and behavioral factors affect the accessibility and acceptability of public health services"],
            ["Responds to diverse needs that arise from cultural differences",
             "Responds to diverse needs that arise from cultural differences",
             "Ensures that the organization responds to diverse needs arising from cultural differences"],
            ["Describes how diversity in populations shapes policies, programs and services",
             "Explains how diversity in populations shapes policies, programs and services",
             "Evaluates the effect of diversity in populations on policies, programs and services"],
            ["Recognizes the contribution of a diverse workforce to public health",
             "Describes the value of a diverse public health workforce",
             "Advocates for a diverse public health workforce"],
        ],
    },
]

HEAD_FILL = "4F6228"
BAND_FILL = "76923C"


def code(domain, tier_index, row_index):
    return f"{domain}{'ABC'[tier_index]}{row_index}."


def _furniture(sec):
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(23.0), alignment=2)
    U.set_font(hp.add_run("The Council on Linkages Between Academia and Public Health Practice\t"), "Arial", 8, italic=True, color="595959")
    U.set_font(hp.add_run("Core Competencies for Public Health Professionals"), "Arial", 8, bold=True, color="595959")
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(23.0), alignment=2)
    U.set_font(fp.add_run("Core Competencies for Public Health Professionals – Revisions Adopted: June 2014\t"), "Arial", 8, color="595959")
    C.add_field(fp, "PAGE", "1")
    for r in fp.runs[1:]:
        U.set_font(r, "Arial", 8, color="595959")


def build():
    d = docx.Document()
    C.clear_core_props(d, "Core Competencies for Public Health Professionals")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(27.94), Cm(21.59)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    _furniture(sec)

    # cover block
    for txt, size, bold in (("June 2014", 12, False), ("Core Competencies for Public Health Professionals", 24, True),
                            ("Revised and Adopted by the Council on Linkages Between Academia and Public Health Practice: June 26, 2014", 11, False),
                            ("Available from: phf.org/corecompetencies", 11, False)):
        p = d.add_paragraph()
        U.set_font(p.add_run(txt), "Arial", size, bold=bold, color=HEAD_FILL if bold else "262626")
        U.para_spacing(p, 6, 6)
    p = d.add_paragraph()
    U.para_spacing(p, 14, 4)
    U.set_font(p.add_run("Introduction"), "Arial", 13, bold=True, color=HEAD_FILL)
    d.add_paragraph("The Core Competencies for Public Health Professionals (Core Competencies) describe, by consensus, "
                    "the skills needed for the broad practice of public health as framed by the 10 Essential Public "
                    "Health Services. They set out the foundational skills that help professionals who practise, teach "
                    "or research public health, and they support the development of the public health workforce.")
    p = d.add_paragraph()
    U.para_spacing(p, 10, 4)
    U.set_font(p.add_run("Organization of the Core Competencies"), "Arial", 13, bold=True, color=HEAD_FILL)
    d.add_paragraph("The competencies fall into eight domains, each a skill area of public health, and are written "
                    "for three tiers that match the stages of a public health career:")
    for t, desc in (("Tier 1", "Front Line Staff/Entry Level. For staff who do the daily work of public health organizations and hold no management role."),
                    ("Tier 2", "Program Management/Supervisory Level. For staff who manage programs or supervise others."),
                    ("Tier 3", "Senior Management/Executive Level. For senior managers and the leaders of public health organizations.")):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        U.set_font(p.add_run(t + " – "), None, None, bold=True)
        p.add_run(desc)
    d.add_paragraph("Competencies are numbered by domain, tier and position: 1A1 is the first competency of domain 1 "
                    "in Tier 1, 1B1 its counterpart in Tier 2 and 1C1 in Tier 3.")

    for dom in DOMAINS:
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        band = d.add_paragraph()
        U.shade_paragraph(band, BAND_FILL)
        U.set_font(band.add_run(dom["name"]), "Arial", 14, bold=True, color="FFFFFF")
        U.para_spacing(band, 0, 8)
        t = d.add_table(rows=1, cols=3)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        U.table_borders(t, "A6A6A6", 4)
        C.mark_header_row(t.rows[0])
        for j, tier in enumerate(TIERS):
            c = t.rows[0].cells[j]
            C.shade(c, HEAD_FILL)
            cp = c.paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            U.set_font(cp.add_run(tier), "Arial", 11, bold=True, color="FFFFFF")
            U.para_spacing(cp, 3, 3)
        for i, row_txt in enumerate(dom["rows"], start=1):
            row = t.add_row()
            C.row_flags(row)
            for j, txt in enumerate(row_txt):
                cp = row.cells[j].paragraphs[0]
                U.set_font(cp.add_run(code(dom["num"], j, i) + " "), "Arial", 10.5, bold=True)
                U.set_font(cp.add_run(txt), "Arial", 10.5)
                U.para_spacing(cp, 3, 3)
        U.fixed_table(t, [7.9, 7.9, 7.9])
    tmp = Path(tempfile.mkdtemp(prefix="batchb-col-")) / (STEM + ".docx")
    d.save(tmp)
    U.docx_to_pdf(tmp, FILE)


def gold():
    comps = []
    for dom in DOMAINS:
        levels = [{"rank": j + 1, "label": tier,
                   "behaviors": [C.item(STEM, row[j]) for row in dom["rows"]]}
                  for j, tier in enumerate(TIERS)]
        comps.append(C.competency(dom["name"], STEM, levels=levels))
    return C.write_gold(U.DOCS / FILE, "pdf", TITLE, comps)

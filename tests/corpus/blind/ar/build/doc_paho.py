"""Pan American Health Organization (PAHO) - "Core Competencies for Public Health: A Regional Framework for the
Americas" (Washington, D.C., 2013), excerpt as a PDF: python-docx -> LibreOffice.

Title page (title in capitals, unit, department, place/year); an introduction listing the six substantive
domains and seven cross-cutting dimensions; then per domain a heading "Domain N: Name", a shaded definition
paragraph, and a two-column table "No. | Core competency" whose rows are numbered "1.1", "1.2" ... (header
row repeated when the table breaks across pages). Running header with the short title, page numbers in the
footer (none on the title page).
"""
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "paho-core-competencies-public-health"
TITLE = "Core Competencies for Public Health: A Regional Framework for the Americas"
BLUE = RGBColor(0x00, 0x5B, 0x96)

INTRO = [
    "The Regional Framework groups the core competencies for public health into five substantive domains, "
    "derived from the Essential Public Health Functions, with a sixth domain added for the international "
    "and global dimensions of public health:",
]
DOMAIN_LIST = [
    "Analysis of Health Situation",
    "Surveillance and Control of Risks and Damages",
    "Health Promotion and Social Participation",
    "Health Policy, Planning, Regulation and Control",
    "Equity in Access and Quality in Individual and Collective Health Services",
    "Global Health and International Health",
]
INTRO2 = ("Seven cross-cutting dimensions (planning, management, evaluation, communication, leadership, research, "
          "and information and communication technology) run through all domains. The competencies state what "
          "the public health workforce, taken as a whole, should know, know how to do and be like in relation "
          "to each domain; they refer to the capacities of institutions and areas of practice rather than to "
          "any single profession.")

DOMAINS = [
    ("1", "Analysis of Health Situation",
     "This domain covers the assessment of the health situation of the population and of its trends, based on "
     "the study of its determinants, in order to support decision making and the definition of public health "
     "policies.",
     ["Analyze the health situation and its trends by population group and territory, using the social "
      "determinants of health as the frame of reference.",
      "Use the available information systems and statistical tools to produce, process and interpret health "
      "data.",
      "Identify health inequities among population groups and the factors that explain them.",
      "Assess the quality, completeness and timeliness of the sources of health information.",
      "Communicate the results of health situation analyses in clear language to decision makers, the media "
      "and the community.",
      "Take part in preparing health situation reports that support the formulation of policies and "
      "programs."]),
    ("2", "Surveillance and Control of Risks and Damages",
     "This domain covers the ongoing and systematic collection, analysis and interpretation of data on health "
     "events, risks and threats, and the response needed to prevent and control them, including preparedness "
     "for emergencies and disasters.",
     ["Design and operate public health surveillance systems adapted to local conditions.",
      "Detect outbreaks, epidemics and unusual health events in good time and start the corresponding "
      "investigation.",
      "Apply the International Health Regulations (2005) in notifying and responding to events of "
      "international concern.",
      "Take part in risk assessment and in planning the response to emergencies and disasters.",
      "Coordinate the laboratory network and the other sources of information that surveillance needs."]),
    ("3", "Health Promotion and Social Participation",
     "This domain covers the actions that strengthen people’s capacity to improve and take control of their "
     "health, and that foster the participation of citizens and communities in decisions about health.",
     ["Design, implement and evaluate health promotion interventions based on the social determinants of "
      "health.",
      "Promote the participation of communities and civil society organizations in identifying health needs "
      "and planning health actions.",
      "Build intersectoral alliances that place health in all policies.",
      "Develop health communication strategies that are culturally appropriate and take account of gender and "
      "diversity.",
      "Strengthen the capacity of individuals and communities to make healthy choices."]),
]

FONT = "Liberation Sans"


def _p(doc, text="", bold=False, size=10.5, align=None, after=6, before=0, color=None, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        r.font.name = FONT
        if color is not None:
            r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after, p.paragraph_format.space_before = Pt(after), Pt(before)
    return p


def _cell(cell, text, bold=False, size=10, color=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    r.font.name = FONT
    if color is not None:
        r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.space_before = Pt(2)


def build():
    doc = Document()
    H.clear_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(1.0)
    sec.top_margin = sec.bottom_margin = Inches(0.9)

    _p(doc, "CORE COMPETENCIES", bold=True, size=22, color=BLUE, before=140, after=0)
    _p(doc, "FOR PUBLIC HEALTH:", bold=True, size=22, color=BLUE, after=0)
    _p(doc, "A REGIONAL FRAMEWORK", bold=True, size=22, color=BLUE, after=0)
    _p(doc, "FOR THE AMERICAS", bold=True, size=22, color=BLUE, after=60)
    _p(doc, "Unit of Human Resources for Health, Bioethics and Research", size=11, after=0)
    _p(doc, "Department of Health Systems and Services (HSS)", size=11, after=24)
    _p(doc, "Washington, D.C., 2013", size=11, after=0)

    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.header.is_linked_to_previous = False
    sec2.footer.is_linked_to_previous = False
    sec2._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="11"/>'))
    hp = sec2.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Core Competencies for Public Health: A Regional Framework for the Americas")
    r.italic, r.font.size, r.font.name = True, Pt(8.5), FONT
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec2.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE", "11")
    for rr in fp.runs:
        rr.font.size, rr.font.name = Pt(9), FONT

    _p(doc, "Core competencies by domain", bold=True, size=14, color=BLUE, after=8)
    for t in INTRO:
        _p(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    num = H.add_numbering(doc, H.decimal_lvl("%1.", left=500, hanging=300), "1D7A3B55")
    for d in DOMAIN_LIST:
        p = _p(doc, d, after=2)
        H.set_num(p, num)
    _p(doc, INTRO2, align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=6, after=14)

    for n, name, definition, comps in DOMAINS:
        _p(doc, f"Domain {n}: {name}", bold=True, size=13, color=BLUE, before=10, after=6)
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        _cell(t.rows[0].cells[0], definition, size=10)
        H.shade(t.rows[0].cells[0], "DCE9F5")
        H.fix_widths(t, [6.5])
        _p(doc, "", after=4)
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        _cell(t.rows[0].cells[0], "No.", bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
        _cell(t.rows[0].cells[1], "Core competency", bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
        for c in t.rows[0].cells:
            H.shade(c, "005B96")
        H.header_row(t.rows[0])
        for j, c in enumerate(comps, 1):
            row = t.add_row()
            H.cant_split(row)
            _cell(row.cells[0], f"{n}.{j}", bold=True)
            _cell(row.cells[1], c)
        H.fix_widths(t, [0.6, 5.9])
        _p(doc, "", after=6)

    tmp = Path(tempfile.mkdtemp(prefix="ar-paho-"))
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    H.soffice(src, "pdf", tmp)
    out = H.DOCS / f"{STEM}.pdf"
    shutil.copy(tmp / f"{STEM}.pdf", out)
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def gold(path):
    comps = [H.competency(STEM, name, definition, indicators=[H.item(STEM, c) for c in items])
             for _, name, definition, items in DOMAINS]
    return H.write_gold(path, "pdf", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))

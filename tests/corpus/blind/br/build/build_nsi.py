"""NS&I - NS&I Consolidated Competency Framework (first page) -> DOCX.

python-docx (A4 portrait, Arial).  Title as a real Word "Title" paragraph; under it a one-row banner table
with the three clusters "Setting Direction" | "Engaging People" | "Delivering Results" on coloured fills
(the framework's graphic header, not competencies); then a two-column borderless-header table, one row
per competency: bold name in the left cell, the description in the right cell (two paragraphs where the
description has two parts).
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import brlib as L

STEM = "nsi-consolidated-competency-framework"
DOC = L.DOCS / f"{STEM}.docx"
TITLE = "NS&I Consolidated Competency Framework"
CLUSTERS = [("Setting Direction", "6A2C91"), ("Engaging People", "00857C"), ("Delivering Results", "D4145A")]

COMPETENCIES = [
    ("Leading Others", [
        "Being a visible role model for NS&I\u2019s values and acting with integrity, by recognising "
        "positive behaviour and challenging negative behaviour.",
        "Giving others the focus, structure and discipline they need to work towards NS&I\u2019s vision and "
        "mission, by being honest and responsible in everything we say and do."]),
    ("Communication", [
        "Sharing knowledge, information, ideas and feelings so that people can add value in their work "
        "without wasting time or money. We are always open and cooperative with our partners, with "
        "Parliament and with HMT (as our regulators), and we use plain, everyday language that is easy "
        "to understand."]),
    ("Customer focus", [
        "We give proper weight to the interests of external customers (Retail and B2B) and internal "
        "customers (stakeholders), showing empathy and sensitivity to what they need so that they are "
        "treated fairly and in line with NS&I policies, procedures and management standards.",
        "Keeping to proper standards of market conduct and focusing on our customers means that we treat "
        "each customer as an individual, understand their needs and act on their behalf decisively and "
        "professionally."]),
    ("Achievement Orientation", [
        "Taking on challenges with enthusiasm, concentrating on what needs to be done, planning ahead, "
        "managing risks and delivering results on time and within budget. Acting with due skill, care and "
        "diligence."]),
    ("Team Working", [
        "Working with others openly and honestly towards team goals and high performance (in terms of "
        "time, cost and quality), and working effectively with different people on different tasks and "
        "in different settings."]),
]


def build():
    doc = Document()
    L.style_font(doc.styles["Normal"], "Arial", 10.5)
    L.style_font(doc.styles["Title"], "Arial", 22)
    doc.styles["Title"].font.color.rgb = RGBColor.from_string("6A2C91")
    L.clear_core_props(doc, TITLE)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)

    doc.add_paragraph(TITLE, style="Title")

    banner = doc.add_table(rows=1, cols=3)
    banner.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, (name, fill) in zip(banner.rows[0].cells, CLUSTERS):
        cell.text = ""
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        L.spacing(p, 6, 6)
        L.run(p, name, bold=True, size=13, color="FFFFFF")
        L.shade(cell, fill)
        L.cell_valign(cell, "center")
    L.fix_widths(banner, [2.26, 2.26, 2.26])
    gap = doc.add_paragraph()
    L.spacing(gap, 0, 6)

    t = doc.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    L.table_borders(t, "BFBFBF", 4, inside=True)
    L.cell_margins(t, 90, 90, 110, 110)
    for name, paras in COMPETENCIES:
        cells = t.add_row().cells
        L.row_flags(t.rows[-1], cant_split=True)
        cells[0].text = ""
        L.run(cells[0].paragraphs[0], name, bold=True, size=11, color="6A2C91")
        L.shade(cells[0], "F2EEF7")
        cells[1].text = ""
        for i, txt in enumerate(paras):
            p = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
            L.spacing(p, 0, 4 if i < len(paras) - 1 else 0, 1.1)
            L.run(p, txt, size=10.5)
    L.fix_widths(t, [1.75, 5.05])
    doc.save(str(DOC))


def gold():
    comps = [L.competency(STEM, name, " ".join(paras)) for name, paras in COMPETENCIES]
    return L.write_gold(DOC, "docx", TITLE, comps)


if __name__ == "__main__":
    build()
    print(gold())

"""IUHPE / CompHP - The CompHP Core Competencies Framework for Health Promotion Handbook (2011)
(excerpt: pp. 9-10, domains 1-3) -> PDF.

python-docx (A4, Calibri; running header with the framework title, footer "EAHC Project number 20081209"
+ page number from 9; shaded domain banners; typed "1.1" statement numbers with a hanging indent) ->
LibreOffice PDF.
"""
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

import bqlib as L

STEM = "comphp-core-competencies-health-promotion"
DOC = L.DOCS / f"{STEM}.pdf"
TITLE = "The CompHP Core Competencies Framework for Health Promotion"
LEAD = "A health promotion practitioner is able to:"

DOMAINS = [
    ("1", "Enable Change", "7F3F98",
     "Enable individuals, groups, communities and organisations to strengthen their capacity for health "
     "promotion action that improves health and narrows health inequities.",
     ["Work with partners in different sectors to shape public policies that benefit health and reduce "
      "health inequities",
      "Apply health promotion approaches that foster empowerment, participation, partnership and equity "
      "to create environments and settings that support health",
      "Use community development methods to strengthen participation and ownership and to build capacity "
      "for health promotion action",
      "Help communities and groups to develop the personal skills they need to maintain and improve "
      "their health",
      "Work with key stakeholders to reorient health and other services towards promoting health and "
      "reducing inequities"]),
    ("2", "Advocate for Health", "C0504D",
     "Speak up with, and on behalf of, individuals, communities and organisations to improve health and "
     "well-being and to strengthen capacity for health promotion action.",
     ["Use advocacy strategies and techniques that are consistent with health promotion principles",
      "Engage and influence key stakeholders so that health promotion action is developed and sustained",
      "Raise awareness of health issues and help to shape public opinion on them",
      "Argue for policies, guidelines and procedures in every sector that benefit health and reduce "
      "health inequities",
      "Support communities and groups to voice their needs and to press for the resources and "
      "capacities that health promotion action requires"]),
    ("3", "Mediate through Partnership", "4F81BD",
     "Work jointly across disciplines, sectors and partners to increase the impact and sustainability of "
     "health promotion action.",
     ["Bring in partners from different sectors to contribute actively to health promotion action",
      "Facilitate partnership working that reflects health promotion values and principles",
      "Build effective partnerships through collaboration, mediation and negotiation",
      "Mediate between sectors in the interests of health"]),
]


def set_page_start(section, start):
    section._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="{start}"/>'))


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    L.style_font(d.styles["Normal"], "Calibri", 11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    set_page_start(sec, 9)
    hp = sec.header.paragraphs[0]
    hp.text = ""
    L.run(hp, TITLE, size=9, italic=True, color="7F7F7F")
    L.para_border(hp, ("bottom",), color="7F3F98", size=6, space=4)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    L.right_tab(fp, 16)
    L.run(fp, "EAHC Project number 20081209\t", size=9, color="7F7F7F")
    L.add_field(fp, "PAGE", "9")

    for k, (num, name, color, definition, stmts) in enumerate(DOMAINS):
        p = d.add_paragraph()
        L.para_shading(p, color)
        L.run(p, f"{num}. {name}", size=14, bold=True, color="FFFFFF")
        L.spacing(p, 12 if k else 0, 6)
        p.paragraph_format.keep_with_next = True
        p = d.add_paragraph()
        L.run(p, definition, size=11, bold=True)
        L.spacing(p, 0, 6)
        p.paragraph_format.keep_with_next = True
        p = d.add_paragraph()
        L.run(p, LEAD, size=11, italic=True)
        L.spacing(p, 0, 4)
        p.paragraph_format.keep_with_next = True
        for j, s in enumerate(stmts, 1):
            p = d.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(1.2)
            pf.first_line_indent = Cm(-1.2)
            pf.tab_stops.add_tab_stop(Cm(1.2), WD_TAB_ALIGNMENT.LEFT)
            L.spacing(p, 0, 4)
            L.run(p, f"{num}.{j}\t", size=11, bold=True, color=color)
            L.run(p, s, size=11)
    L.docx_to_pdf(d, DOC)


def gold():
    doc = STEM
    comps = [L.competency(doc, name, definition, indicators=L.items(doc, stmts))
             for num, name, color, definition, stmts in DOMAINS]
    L.write_gold(DOC, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()
    print("built", DOC.name)

"""Royal College of Nursing (RCN, UK nursing trade union and professional body): "RCN Competences:
Integrated core career and competence framework for registered nurses" excerpt (PDF, A4 landscape).

Front matter (title page, acknowledgements, legal disclaimer, publisher line, introduction with the four
levels), then two core dimensions; each "Core dimension N: <Name>" with a definition paragraph and a Word
table: first column the aspect (row heading), then four level COLUMNS (Competent nurse ... Consultant nurse);
each cell one paragraph. Running header, page-number footer.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bflib as L  # noqa: E402

STEM = "rcn-integrated-career-competence-framework"
DOCX = L.BF / "build" / "tmp" / f"{STEM}.docx"
DOC = L.DOCS / f"{STEM}.pdf"
PURPLE = RGBColor(0x4B, 0x1E, 0x6E)
LEVELS = ["Competent nurse", "Experienced/proficient nurse", "Senior practitioner/expert nurse", "Consultant nurse"]

DIMS = [
    ("Personal and people development",
     "Personal and people development covers the nurse\u2019s responsibility for their own learning and for "
     "contributing to the learning and development of others.",
     [("Own development",
       ["Reflects on own practice, identifies learning needs with their manager and keeps a personal development "
        "plan up to date.",
        "Seeks out learning opportunities to extend their practice and evaluates the effect on patient care.",
        "Maintains expertise in their specialty and contributes to its knowledge base through audit and research.",
        "Maintains a national profile in their field and seeks feedback on their practice from peers across "
        "organisations."]),
      ("Developing others",
       ["Supports students and new staff in the clinical area and shares knowledge with colleagues.",
        "Acts as a mentor to students and supervises healthcare assistants and less experienced nurses.",
        "Plans and delivers education programmes and coaches staff to develop their practice.",
        "Leads the development of education and career pathways for nurses across the organisation and in "
        "partnership with universities."]),
      ("Learning environment",
       ["Contributes to a positive learning environment in the team.",
        "Creates opportunities for learning in everyday practice.",
        "Evaluates the learning environment and leads improvements to it.",
        "Develops a culture across services in which learning and inquiry are valued."])]),
    ("Health, safety and security",
     "Health, safety and security is about promoting, monitoring and maintaining the health, safety and security "
     "of patients, the public, colleagues and oneself.",
     [("Risk assessment and management",
       ["Identifies and reports risks to patients, colleagues and self, and follows policies and procedures to "
        "reduce them.",
        "Carries out risk assessments in the clinical area and puts agreed controls in place.",
        "Reviews incidents and risk assessments across the service and leads action to prevent harm.",
        "Leads the development of risk management strategy for nursing and evaluates its effect on patient safety."]),
      ("Infection prevention and control",
       ["Follows infection prevention and control procedures in all aspects of care.",
        "Monitors practice in the team and corrects unsafe infection control practice.",
        "Audits infection control across the service and leads improvements in practice.",
        "Sets infection prevention standards for nursing and works with partners to improve outcomes across the "
        "health economy."]),
      ("Safeguarding",
       ["Recognises signs of abuse or neglect and reports concerns in line with local safeguarding procedures.",
        "Acts on safeguarding concerns raised by the team and supports colleagues through the process.",
        "Provides expert advice on complex safeguarding cases and contributes to case reviews.",
        "Leads safeguarding policy and practice for nursing across the organisation."])]),
]


def para(d, text, size=10, bold=False, color=None, italic=False, after=4):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    if color:
        r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(after)
    return p


def render():
    DOCX.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    L.clear_core_props(d, "RCN Competences: Integrated core career and competence framework for registered nurses")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    sec.different_first_page_header_footer = True
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    hp = sec.header.paragraphs[0]
    hp.text = "ROYAL COLLEGE OF NURSING"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = PURPLE
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    L.add_field(fp, "PAGE")
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    for _ in range(5):
        d.add_paragraph()
    para(d, "RCN Competences", 28, True, PURPLE)
    para(d, "Integrated core career and competence framework for registered nurses", 18, True)
    for _ in range(10):
        d.add_paragraph()
    para(d, "Published by the Royal College of Nursing, 20 Cavendish Square, London, W1G 0RN", 8)
    para(d, "\u00a9 2009 Royal College of Nursing. All rights reserved. No part of this publication may be "
            "reproduced, stored in a retrieval system or transmitted in any form or by any means without the prior "
            "permission of the Publishers.", 8)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    para(d, "Acknowledgements", 12, True, PURPLE)
    para(d, "We thank everyone who supported the development of this competence document, and in particular the "
            "members of staff of the RCN Learning and Development Institute, the RCN Employment Relations department "
            "and Skills for Health who shaped the first version of the framework.")
    para(d, "RCN Legal Disclaimer", 12, True, PURPLE)
    para(d, "This publication contains information, advice and guidance to help members of the RCN. It is intended "
            "for use within the UK, but readers should note that practice may differ in each country and outside the "
            "UK. The information has been compiled from professional sources, but its accuracy is not guaranteed, and "
            "the RCN accepts no liability for loss or damage arising from its use.", 8.5)
    para(d, "Introduction", 12, True, PURPLE)
    para(d, "This framework describes the core competences expected of registered nurses as their careers develop. "
            "It is built on the core dimensions of the NHS Knowledge and Skills Framework (KSF), so that nurses and "
            "their managers can use it alongside the development review process.")
    para(d, "How to use the framework", 12, True, PURPLE)
    para(d, "For each core dimension the framework describes practice at four levels:")
    bl = L.add_num(d, L.add_abstract(d, L.bullet_lvl(), "0BF0BF41"))
    for lv in LEVELS:
        q = d.add_paragraph(lv)
        L.set_num(q, bl)
        q.paragraph_format.space_after = Pt(1)
    para(d, "The levels are cumulative: a nurse working at one level is expected to demonstrate the competences of "
            "the levels before it. Read across a row to see how practice develops.", after=6)

    for i, (name, definition, rows) in enumerate(DIMS, 2):
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(d, f"Core dimension {i}: {name}", 16, True, PURPLE, after=6)
        para(d, definition, 10, after=8)
        tbl = d.add_table(rows=1, cols=5)
        tbl.style = "Table Grid"
        hdr = tbl.rows[0]
        L.row_flags(hdr, cant_split=True, header=True)
        for cell, txt in zip(hdr.cells, ["Competence"] + LEVELS):
            cell.text = ""
            r = cell.paragraphs[0].add_run(txt)
            r.bold = True
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            L.shade(cell, "4B1E6E")
        for aspect, cells in rows:
            row = tbl.add_row()
            L.row_flags(row)
            row.cells[0].text = ""
            row.cells[0].paragraphs[0].add_run(aspect).bold = True
            L.shade(row.cells[0], "E8DFF0")
            for cell, txt in zip(row.cells[1:], cells):
                cell.text = txt
        L.fix_widths(tbl, [4.1, 5.5, 5.5, 5.5, 5.5])
    d.save(DOCX)
    L.to_pdf(DOCX, DOC)


def gold():
    comps = []
    for name, definition, rows in DIMS:
        levels = []
        for li, lab in enumerate(LEVELS):
            levels.append(L.level(li + 1, lab, [(cells[li], aspect) for aspect, cells in rows], STEM))
        comps.append(L.competency(name, STEM, definition, levels=levels))
    return L.write_gold(DOC, "pdf", "Integrated core career and competence framework for registered nurses", comps)


if __name__ == "__main__":
    render()
    print(gold())

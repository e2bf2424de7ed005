"""Maybank - New Hires Competency Handbook (2011, AL Solutions Consultancy): cover, preface, contents,
then one page per competency with Definition / Elements / Indicators / Measurement table
(python-docx -> LibreOffice -> PDF)."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import belib as B

STEM = "maybank-new-hires-competency-handbook"
DOC = B.DOCS / f"{STEM}.pdf"
TITLE = "COMPETENCY HANDBOOK"
COPY = "2011 \u00a9 AL SOLUTIONS CONSULTANCY (M) SDN. BHD. ( CO. 264726-T )"
YELLOW = "FFC20E"

PREFACE = [
    "A New Hire joining Maybank needs certain basic competencies to carry out the job well within the bank\u2019s "
    "culture and working environment. The New Hire also needs to understand Maybank\u2019s vision, mission, values, "
    "culture and expectations in order to feel fully at home in the Maybank family.",
    "This handbook is a guide for Maybank Group Organizational Learning in directing and developing the "
    "competencies expected of New Hires, so that they have a fair chance of building a successful career with "
    "Maybank.",
    "Meeting the expectations of New Hires when they first join reassures them that they made the right choice "
    "of employer and supports greater job satisfaction over the long term.",
]

CONTENTS = [
    ("CORE VALUES", [("Introduction", 4), ("Teamwork", 5), ("Integrity", 6), ("Growth", 7),
                     ("Excellence & Efficiency", 8), ("Relationship Building", 9)]),
    ("THE COMPETENCIES", [("Active Listening", 10), ("Attentiveness", 11), ("Conveying Role Value", 12),
                          ("Customer Orientation", 13), ("Effective Questioning", 14),
                          ("Product Knowledge", 15), ("Service Recovery", 16)]),
]

LEVEL_LABELS = ["1 \u2013 Below Expectation", "2 \u2013 Meets Expectation", "3 \u2013 Exceeds Expectation"]

COMPS = [
    ("Active Listening",
     "The ability to give full attention to what a customer or colleague is saying, to understand both the "
     "message and its intent, and to respond in a way that shows it has been understood.",
     ["Attending", "Clarifying", "Paraphrasing", "Summarising"],
     ["Maintains eye contact and open body language while the customer is speaking",
      "Allows the speaker to finish without interrupting",
      "Asks questions to clarify points that are unclear",
      "Restates the customer\u2019s request in own words to confirm understanding",
      "Summarises the agreed next steps before ending the conversation"],
     ["Is easily distracted and often interrupts; customers need to repeat their requests.",
      "Listens attentively and checks understanding of most customer requests.",
      "Consistently understands both what is said and what is meant, and responds in a way that makes "
      "customers feel heard."]),
    ("Attentiveness",
     "The ability to notice and respond promptly to the needs, feelings and signals of customers, often before "
     "they are expressed.",
     ["Observation", "Anticipation", "Responsiveness"],
     ["Greets customers promptly when they arrive at the counter or enter the branch",
      "Notices signs of confusion, impatience or distress and responds to them",
      "Anticipates customer needs and offers assistance before being asked",
      "Keeps customers informed of waiting times and progress"],
     ["Often fails to notice customers who are waiting or in need of assistance.",
      "Notices and responds to customer needs in most situations.",
      "Anticipates needs and acts on them before the customer has to ask."]),
    ("Conveying Role Value",
     "The ability to explain one\u2019s role and the value it brings to the customer and to the bank, and to carry "
     "out that role with pride.",
     ["Role knowledge", "Customer benefit", "Professional image"],
     ["Introduces self and own role clearly to customers",
      "Explains how own role helps the customer achieve their financial goals",
      "Refers customers to the right colleague when a request falls outside own role",
      "Presents a professional image that reflects the Maybank brand"],
     ["Cannot clearly describe own role or how it serves the customer.",
      "Explains own role and its benefit to customers when asked.",
      "Confidently shows customers the value of own role and of the wider Maybank service."]),
]


def footer(section, start=None):
    section.footer.is_linked_to_previous = False
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    B.add_field(p, "PAGE", str(start or 1))
    p2 = f.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p2.add_run(COPY)
    r.font.size = Pt(8)
    if start:
        section._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="{start}"/>'))


def label(d, text):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x7A, 0x5C, 0x00)
    return p


def build_docx(path):
    d = Document()
    B.clear_core_props(d, "Maybank New Hires Competency Handbook")
    st = d.styles["Normal"]
    st.font.name = "Century Gothic"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    footer(sec, 1)

    # cover
    for _ in range(8):
        d.add_paragraph()
    for txt, size in [("MAYBANK", 36), ("NEW HIRES", 28), ("COMPETENCY HANDBOOK", 28)]:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt)
        r.bold = True
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # preface
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("COMPETENCY HANDBOOK")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph()
    r = p.add_run("PREFACE")
    r.bold = True
    r.font.size = Pt(14)
    for t in PREFACE:
        p = d.add_paragraph(t)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(10)
        p.paragraph_format.line_spacing = 1.5
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # contents
    for head, rows in CONTENTS:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(14)
        r = p.add_run(head)
        r.bold = True
        r.font.size = Pt(13)
        for name, page in rows:
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.paragraph_format.left_indent = Cm(0.8)
            p.add_run(f"{name}\t{page}")

    # competency pages: new section, page numbers 10, 11, 12
    num_elements = B.add_abstract(d, B.decimal_lvl("%1.", left=720, hanging=360), "0BE2B001")
    bullet = B.add_numbering(d, B.bullet_lvl("\u2022", left=720, hanging=360), "0BE2B002")
    for i, (name, definition, elements, indicators, levels) in enumerate(COMPS):
        if i == 0:
            s = d.add_section(WD_SECTION.NEW_PAGE)
            footer(s, 10)
        else:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        t = d.add_table(rows=1, cols=1)
        c = t.rows[0].cells[0]
        B.shade(c, YELLOW)
        r = c.paragraphs[0].add_run(name.upper())
        r.bold = True
        r.font.size = Pt(18)
        label(d, "Definition")
        p = d.add_paragraph(definition)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        label(d, "Elements")
        nid = B.add_num(d, num_elements, restart=True)
        for el in elements:
            p = d.add_paragraph(el)
            B.set_num(p, nid)
        label(d, "Indicators")
        for ind in indicators:
            p = d.add_paragraph(ind)
            B.set_num(p, bullet)
            p.paragraph_format.space_after = Pt(2)
        label(d, "Measurement")
        mt = d.add_table(rows=1, cols=2)
        mt.style = "Table Grid"
        mt.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, txt in zip(mt.rows[0].cells, ["Rating", "Description"]):
            B.shade(cell, YELLOW)
            cell.paragraphs[0].add_run(txt).bold = True
        for lab, desc in zip(LEVEL_LABELS, levels):
            row = mt.add_row()
            row.cells[0].paragraphs[0].add_run(lab).bold = True
            row.cells[1].paragraphs[0].add_run(desc)
        B.fix_widths(mt, [2.0, 4.2])
    d.save(path)


def gold():
    comps = []
    for name, definition, elements, indicators, levels in COMPS:
        lv = [B.level(i + 1, lab, [desc], STEM) for i, (lab, desc) in enumerate(zip(LEVEL_LABELS, levels))]
        comps.append(B.competency(name, STEM, definition=definition, key_words=list(elements),
                                  indicators=B.items(indicators, STEM), levels=lv))
    return comps


def main():
    tmp = Path("/tmp") / f"{STEM}.docx"
    build_docx(tmp)
    B.to_pdf(tmp, DOC)
    print(B.write_gold(DOC, "pdf", TITLE, gold()))


if __name__ == "__main__":
    main()

"""IES (The Institution of Engineers, Singapore), Chartered Engineer Board - "Chartered Engineer Competency
Standard & Assessment Statement", excerpt: section 4 "Elements of Competency Standard" with its table.
python-docx, A4 portrait, Word table (No. | Element of Competency | Description | Assessed through)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

import bilib as L

STEM = "ies-chartered-engineer-competency-standard"
RED = RGBColor(0xB0, 0x1E, 0x23)

ELEMENTS = [
    ("Comprehend and apply universal knowledge",
     "Understand and apply advanced knowledge of the widely applied principles that underpin good engineering "
     "practice.", "R, I"),
    ("Comprehend and apply local knowledge",
     "Understand and apply advanced knowledge of the principles that underpin good practice in Singapore, "
     "including local codes, standards and conditions.", "R, I"),
    ("Problem analysis", "Define, investigate and analyse complex engineering problems.", "R, I"),
    ("Design and development of solutions",
     "Design or develop solutions to complex engineering problems.", "R, I"),
    ("Evaluation", "Evaluate the outcomes and impacts of complex engineering activities.", "R"),
    ("Protection of society",
     "Recognise the reasonably foreseeable social, cultural and environmental effects of complex engineering "
     "activities, and have regard to the need for sustainability.", "I"),
    ("Legal and regulatory",
     "Meet all legal and regulatory requirements and protect public health and safety in the course of "
     "engineering activities.", "R, I"),
    ("Ethics",
     "Conduct engineering activities ethically and in accordance with the Institution\u2019s Code of "
     "Professional Conduct.", "I"),
    ("Manage engineering activities",
     "Manage part or all of one or more complex engineering activities.", "R, I"),
    ("Communication",
     "Communicate clearly with others, orally and in writing, in the course of engineering activities.",
     "R, I"),
    ("Lifelong learning",
     "Undertake continuing professional development at a level sufficient to maintain and extend "
     "competence.", "R"),
    ("Judgement",
     "Recognise complexity and weigh alternatives in the light of competing requirements and incomplete "
     "knowledge, and exercise sound judgement in the course of complex engineering activities.", "I"),
    ("Responsibility for decisions",
     "Be responsible for making decisions on part or all of complex engineering activities.", "R, I"),
]


def para(doc, text="", bold=False, size=10.5, after=6, color=None, align=None, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def clause(doc, num, text):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(1.0)
    pf.first_line_indent = Cm(-1.0)
    pf.tab_stops.add_tab_stop(Cm(1.0))
    pf.space_after = Pt(6)
    p.add_run(f"{num}\t{text}")
    return p


def build():
    doc = Document()
    L.clear_core_props(doc, "Chartered Engineer Competency Standard & Assessment Statement")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    L.page_start(sec, 3)
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, 6.4)
    r = hp.add_run("Institution of Engineers Singapore\tVersion 3 July 2017")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE", "3")
    for run in fp.runs:
        run.font.size = Pt(9)

    para(doc, "CHARTERED ENGINEER COMPETENCY STANDARD & ASSESSMENT STATEMENT", bold=True, size=9,
         color=RGBColor(0x66, 0x66, 0x66), after=10)
    para(doc, "COMPETENCY STANDARD", bold=True, size=14, color=RED, after=8)
    para(doc, "4\tELEMENTS OF COMPETENCY STANDARD", bold=True, size=11.5, after=6)
    clause(doc, "4.1", "An applicant for registration as a Chartered Engineer (Singapore) shall demonstrate "
                       "competence in each of the thirteen elements set out in Table 1. The elements are adapted "
                       "from the professional competency profiles of the International Engineering Alliance.")
    clause(doc, "4.2", "Competence is judged against the description of each element, having regard to the "
                       "complexity of the engineering work the applicant has carried out. For this purpose, "
                       "complex engineering problems are those that:")
    for b in ["cannot be resolved without in-depth engineering knowledge;",
              "involve wide-ranging or conflicting technical, engineering and other issues;",
              "have no obvious solution and require originality in analysis; and",
              "have significant consequences in a range of contexts."]:
        p = doc.add_paragraph(style="List Bullet")
        p.paragraph_format.left_indent = Cm(1.6)
        p.add_run(b)
        p.paragraph_format.space_after = Pt(2)
    para(doc, "", after=4)
    cap = para(doc, "Table 1: Elements of Competency", bold=True, size=10, after=4)
    cap.paragraph_format.keep_with_next = True

    t = doc.add_table(rows=1, cols=4)
    L.table_borders(t, color="7F7F7F", sz=4)
    L.cell_margins(t, 60, 60, 90, 90)
    L.row_flags(t.rows[0], cant_split=True, header=True)
    for cell, text in zip(t.rows[0].cells, ["No.", "Element of Competency", "Description", "Assessed through"]):
        L.shade(cell, "B01E23")
        cell.text = ""
        r = cell.paragraphs[0].add_run(text)
        r.bold = True
        r.font.size = Pt(10)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, (name, desc, how) in enumerate(ELEMENTS, 1):
        row = t.add_row()
        L.row_flags(row, cant_split=True)
        c = row.cells
        c[0].text = str(i)
        c[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        c[1].text = ""
        r = c[1].paragraphs[0].add_run(name)
        r.bold = True
        c[2].text = desc
        c[3].text = how
        c[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i % 2 == 0:
            for cc in c:
                L.shade(cc, "F5F5F5")
    L.fix_widths(t, [0.45, 1.8, 3.1, 1.05])
    para(doc, "", after=2)
    para(doc, "R = assessment of the Engineering Report;  I = Professional Review Interview", size=9,
         italic=True, after=10)
    clause(doc, "4.3", "The Assessment Panel shall record its judgement on each element separately. An "
                       "applicant who does not demonstrate competence in any one element will not be "
                       "recommended for registration.")

    out = L.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


def gold(path):
    comps = [L.competency(STEM, name, desc) for name, desc, _how in ELEMENTS]
    L.write_gold(path, "docx", "Chartered Engineer Competency Standard & Assessment Statement", comps)


if __name__ == "__main__":
    gold(build())

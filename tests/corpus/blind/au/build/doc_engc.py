"""Engineering Council (UK) - UK-SPEC, the Chartered Engineer (CEng) standard, excerpt (introduction, areas A and B),
rendered DOCX -> PDF with LibreOffice, A4.

Layout: section title and introduction, then a two-column table with the header row "Competence and
commitment standard" | "Examples of evidence" repeated on each page; a shaded band per area ("A  Knowledge and
understanding"), a merged statement row for the area, then one row per
sub-competence: the coded statement ("B1 Identify, ...") on the left, bullets of evidence examples on the
right. Footer "UK-SPEC Fourth edition" with the book page number (excerpt numbered from 28).
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Mm, Pt

import helpers as H
import render as R

STEM = "engc-uk-spec-ceng-standard"
TITLE = "The Chartered Engineer (CEng) Standard"
PURPLE = "5B2C6F"

INTRO = [
    "Chartered Engineers develop solutions to engineering problems using new or existing technologies, "
    "through innovation, creativity and change, and they may have technical accountability for complex "
    "systems with significant levels of risk.",
    "The competence and commitment standard below sets out what an applicant must demonstrate for "
    "registration as a Chartered Engineer. The examples in the right-hand column show the kind of evidence "
    "an applicant might offer; they are not a checklist, and evidence may be drawn from any part of the "
    "applicant\u2019s education, training and experience.",
]

AREAS = [
    ("A", "Knowledge and understanding",
     "Use a combination of general and specialist engineering knowledge and understanding to make the best use "
     "of existing and emerging technology.",
     [("A1", "Keep up and extend a sound theoretical approach to introducing and exploiting new and advancing "
             "technology and other relevant developments.",
       ["Applying engineering principles beyond the level of a first degree to a real problem.",
        "Keeping up to date with developments in the field and judging how they could be applied.",
        "Learning a new technology and introducing it into the work of the team."]),
      ("A2", "Take part in the creative and innovative development of engineering technology and of "
             "continuous improvement systems.",
       ["Proposing and developing an innovative solution to an engineering problem.",
        "Considering whether a new or different technology would benefit a current project.",
        "Taking part in improvement activity and measuring its effect."])]),
    ("B", "Design, development and solving engineering problems",
     "Use appropriate theoretical and practical methods to analyse and solve engineering problems.",
     [("B1", "Identify, review and select techniques, procedures and methods to undertake engineering tasks.",
       ["Finding out what the client needs and setting the parameters of the task.",
        "Comparing alternative technical approaches and choosing one, with reasons.",
        "Preparing a specification or brief that others can work to."]),
      ("B2", "Contribute to the design and development of engineering solutions.",
       ["Developing design options and assessing them against cost, safety and environmental criteria.",
        "Producing calculations, models or prototypes to test the chosen solution.",
        "Taking part in design reviews and acting on what they find."]),
      ("B3", "Implement design solutions and evaluate how effective they are.",
       ["Managing the build, installation or commissioning of a solution.",
        "Carrying out or supervising tests and trials and interpreting the results.",
        "Recommending improvements drawn from operating experience and lessons learnt."])]),
]


def _start_page(section, n):
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(n))
    section._sectPr.append(pg)


def build(outdir):
    doc = Document()
    R.set_default_font(doc, "Arial", 9.5)
    H.clear_core_props(doc, TITLE)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    _start_page(sec, 28)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Mm(169), WD_TAB_ALIGNMENT.RIGHT)
    R.run(fp, "UK-SPEC Fourth edition\t\t", size=8, color=PURPLE)
    H.add_field(fp, "PAGE")
    fp.runs[-2].font.size = Pt(8)
    bullet = H.add_numbering(doc, H.bullet_lvl("\u2022", left=227, hanging=170), "7E57C0DE")

    p = doc.add_paragraph()
    R.space(p, after=10)
    R.run(p, "The Chartered Engineer (CEng) Standard", bold=True, size=18, color=PURPLE)
    for t in INTRO:
        p = doc.add_paragraph(t)
        R.space(p, after=8, line=1.15)

    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    R.borders(t, color="BFBFBF")
    R.cell_margins(t, top=80, bottom=80, left=120, right=120)
    H.mark_header_row(t.rows[0])
    for c, txt in zip(t.rows[0].cells, ("Competence and commitment standard", "Examples of evidence")):
        H.shade(c, PURPLE)
        R.run(c.paragraphs[0], txt, bold=True, color="FFFFFF")
    for code, name, statement, subs in AREAS:
        row = t.add_row()
        H.row_flags(row)
        c = row.cells[0].merge(row.cells[1])
        H.shade(c, "E4DFEC")
        R.run(c.paragraphs[0], f"{code}\u2003{name}", bold=True, size=11, color=PURPLE)
        row = t.add_row()
        H.row_flags(row)
        c = row.cells[0].merge(row.cells[1])
        R.run(c.paragraphs[0], f"Chartered Engineers shall: {statement}", italic=True)
        for scode, stext, examples in subs:
            row = t.add_row()
            H.row_flags(row)
            lp = row.cells[0].paragraphs[0]
            R.run(lp, scode + " ", bold=True)
            lp.add_run(stext)
            for j, ex in enumerate(examples):
                bp = row.cells[1].paragraphs[0] if j == 0 else row.cells[1].add_paragraph()
                H.set_num(bp, bullet)
                R.space(bp, after=2)
                bp.add_run(ex)
    R.fixed_table(t, [2.95, 3.7])
    p = doc.add_paragraph()
    R.space(p, before=8)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    R.run(p, "Continued on next page", italic=True, size=8.5)
    path = outdir / f"{STEM}.docx"
    doc.save(path)
    pdf = R.to_pdf(path, outdir)
    dest = H.DOCS / f"{STEM}.pdf"
    dest.write_bytes(pdf.read_bytes())
    return dest


def gold():
    comps = []
    for _code, name, statement, subs in AREAS:
        ind = []
        for _scode, stext, examples in subs:
            ind.append(H.item(STEM, stext))
            ind += [H.item(STEM, ex, group="Examples of evidence") for ex in examples]
        comps.append(H.competency(STEM, name, statement, indicators=ind))
    return "pdf", TITLE, comps

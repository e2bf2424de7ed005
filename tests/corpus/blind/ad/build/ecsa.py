"""ecsa-competency-standard-professional-engineer.pdf: ECSA R-02-PE style competency standard (excerpt).

Controlled-document page furniture: a bordered header table on every page (Document No., Revision No.,
Effective Date, Subject, Compiler, Approving Officer, Next Review Date, "Page X of Y") and a
"CONTROLLED DISCLOSURE" footer with the template code; a title page, purpose, a level-descriptor table
(front matter), then outcomes grouped A-D: "Outcome n: statement" headings, "Assessment criteria" with
numbered criteria typed as text ("1.1 ..."), and a run-in "Range Statement:" paragraph."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import common as C
import helpers as H

STEM = "ecsa-competency-standard-professional-engineer"
TITLE = "Competency Standard for Registration as a Professional Engineer"

BLUE = RGBColor(0x00, 0x3A, 0x70)

PURPOSE = (
    "This document sets out the standard of professional competency that an applicant must show in "
    "order to be registered with the Engineering Council of South Africa (ECSA) as a Professional "
    "Engineer. It is read together with the Registration Policy (R-01-P), the application and "
    "assessment procedure (R-03-PE) and the guide to the competency standards (R-08-PE).")
STANDARD = [
    "Competency is demonstrated by performing the eleven outcomes below at the level of responsibility "
    "expected of a Professional Engineer, over a sustained period and in work of the required "
    "complexity. The outcomes fall into four groups. Each outcome is followed by its assessment "
    "criteria and a range statement that sets the scope within which the outcome is demonstrated.",
    "The level of engineering activity expected is summarised in Table 1.",
]
TABLE1 = [
    ("Characteristic", "Complex engineering activities"),
    ("Range of resources", "Involve the use of diverse resources, including people, money, equipment, "
                           "materials and technologies"),
    ("Level of interaction", "Require the resolution of significant problems arising from interactions "
                             "between wide-ranging or conflicting technical, engineering and other issues"),
    ("Consequences", "Have significant consequences that are important locally and may extend more widely"),
]

# (group heading, outcome number, statement, [criteria], range statement)
OUTCOMES = [
    ("Group A: Engineering Problem Solving", "1",
     "Define, investigate and analyse complex engineering problems",
     ["Frames the problem in engineering terms and works out what is really required.",
      "Gathers the information, data and references needed and judges how reliable they are.",
      "Breaks the problem down into manageable parts and analyses each with suitable methods.",
      "Sets out the results of the analysis and the conclusions that follow from them."],
     "Complex engineering problems cannot be resolved without in-depth engineering knowledge; they "
     "involve wide-ranging or conflicting technical and non-technical issues and may have no obvious "
     "solution. The problem may be a design task, an investigation or the analysis of a failure."),
    ("Group B: Managing Engineering Activities", "5",
     "Communicate clearly with others in the course of his or her engineering activities",
     ["Writes reports, specifications and other documents that are clear, well structured and suited to "
      "the intended readers.",
      "Gives oral presentations and takes part in discussions in a way the audience can follow.",
      "Uses drawings, graphics and other visual material to support the message.",
      "Listens to others and checks that instructions and information have been understood."],
     "Audiences include clients, engineering colleagues, other professionals, regulators, contractors and "
     "members of the public; communication may be written, spoken or graphical."),
    ("Group D: Exercise Judgement, Take Responsibility and Act Ethically", "11",
     "Undertake independent learning activities sufficient to maintain and extend his or her competence",
     ["Identifies gaps in own knowledge and skills and plans how to close them.",
      "Keeps up to date with developments in the discipline through reading, courses and professional "
      "activities.",
      "Reflects on own work and draws lessons from it."],
     "Learning may be formal or informal and includes the continuing professional development required "
     "to maintain registration."),
]

DISCLOSURE = ("When downloaded from the ECSA Document Management System, this document is uncontrolled and "
              "the user is responsible for making sure that it matches the authorised version on the database. "
              "A document without the red \u2018original\u2019 stamp on every page is uncontrolled.")


def _run(p, text, bold=False, size=8, italic=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return r


def _header(sec):
    hdr = sec.header
    hp = hdr.paragraphs[0]
    t = hdr.add_table(rows=3, cols=4, width=Inches(6.5))
    H.set_cell_borders(t, sz=4)
    cells = t.rows[0].cells
    _run(cells[0].paragraphs[0], "Document No.: ", True)
    _run(cells[0].paragraphs[0], "R-02-PE")
    _run(cells[1].paragraphs[0], "Revision No.: ", True)
    _run(cells[1].paragraphs[0], "2")
    m = cells[2].merge(cells[3])
    _run(m.paragraphs[0], "Effective Date: ", True)
    _run(m.paragraphs[0], "23/10/2018")
    m = t.rows[1].cells[0].merge(t.rows[1].cells[3])
    _run(m.paragraphs[0], "Subject: ", True)
    _run(m.paragraphs[0], TITLE)
    cells = t.rows[2].cells
    _run(cells[0].paragraphs[0], "Compiler: ", True)
    _run(cells[0].paragraphs[0], "MB Mtshali")
    _run(cells[1].paragraphs[0], "Approving Officer: ", True)
    _run(cells[1].paragraphs[0], "EL Nxumalo")
    _run(cells[2].paragraphs[0], "Next Review Date: ", True)
    _run(cells[2].paragraphs[0], "23/10/2022")
    p = cells[3].paragraphs[0]
    _run(p, "Page ", True)
    C.add_field(p, "PAGE", "1")
    _run(p, " of ", True)
    C.add_field(p, "NUMPAGES", "4")
    C.fix_widths(t, [1.8, 1.6, 1.6, 1.5])
    hp._p.getparent().remove(hp._p)          # the table is the header's only content
    hdr.add_paragraph()

    ftr = sec.footer
    p = ftr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, "CONTROLLED DISCLOSURE ", True, 7)
    _run(p, DISCLOSURE, False, 7)
    p = ftr.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(p, "QM-TEM-001 Rev 0 \u2013 ECSA Policy/Procedure", False, 7, italic=True)


def _heading(doc, text, size=12, before=12):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = BLUE
    H.keep_with_next(p)
    return p


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin, sec.bottom_margin = Inches(0.6), Inches(0.7)
    sec.header_distance = Inches(0.3)
    _header(sec)
    C.clear_core_props(doc, "R-02-PE")

    # title page
    for text, size, bold in (("ENSURING THE EXPERTISE TO GROW SOUTH AFRICA", 11, True), ("", 10, False),
                             (TITLE, 18, True), ("R-02-PE", 14, True), ("Revision 2: 23 October 2018", 11, False),
                             ("", 10, False), ("ENGINEERING COUNCIL OF SOUTH AFRICA", 12, True),
                             ("Tel: 011 6079500 | Fax: 011 6229295", 10, False),
                             ("Email: engineer@ecsa.co.za | Website: www.ecsa.co.za", 10, False)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(24 if size >= 14 else 6)
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        r.font.color.rgb = BLUE
    H.page_break(doc)

    _heading(doc, "1. PURPOSE", before=4)
    doc.add_paragraph(PURPOSE)
    _heading(doc, "2. THE COMPETENCY STANDARD")
    for t in STANDARD:
        doc.add_paragraph(t)
    cap = doc.add_paragraph()
    cap.add_run("Table 1: Level descriptor for complex engineering activities").bold = True
    H.keep_with_next(cap)
    t = doc.add_table(rows=len(TABLE1), cols=2)
    H.set_cell_borders(t)
    for row, (a, b) in zip(t.rows, TABLE1):
        first = row is t.rows[0]
        H.cell_text(row.cells[0], a, bold=True, size=9)
        H.cell_text(row.cells[1], b, bold=first, size=9)
        if first:
            C.shade(row.cells[0], "DCE6F1")
            C.shade(row.cells[1], "DCE6F1")
    C.fix_widths(t, [1.8, 4.6])

    _heading(doc, "3. OUTCOMES FOR REGISTRATION")
    doc.add_paragraph("Only the outcomes relevant to this excerpt are reproduced below.").runs[0].italic = True
    for group, num, statement, criteria, rng in OUTCOMES:
        _heading(doc, group, size=11, before=10)
        _heading(doc, f"Outcome {num}: {statement}", size=10.5, before=6)
        p = doc.add_paragraph()
        p.add_run("Assessment criteria").italic = True
        H.keep_with_next(p)
        lead = doc.add_paragraph("The applicant is expected to show that he or she:")
        H.keep_with_next(lead)
        for k, c in enumerate(criteria, start=1):
            q = doc.add_paragraph(f"{num}.{k}\t{c}")
            q.paragraph_format.left_indent = Inches(0.5)
            q.paragraph_format.first_line_indent = Inches(-0.5)
            q.paragraph_format.space_after = Pt(3)
        p = doc.add_paragraph()
        p.add_run("Range Statement: ").bold = True
        p.add_run(rng)
    doc.save(path)


def gold(doc_path):
    comps = []
    for group, num, statement, criteria, rng in OUTCOMES:
        comps.append(H.competency(
            STEM, statement, None,
            indicators=H.items(STEM, criteria),
            notes=[H.item(STEM, rng, group="Range Statement")]))
    return H.write_gold(doc_path, "pdf", TITLE, comps)


def build():
    H.WORK.mkdir(exist_ok=True)
    src = H.WORK / f"{STEM}.docx"
    build_docx(src)
    pdf = H.to_pdf(src, H.DOCS)
    return gold(pdf)


if __name__ == "__main__":
    print(build())

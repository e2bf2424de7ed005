"""pmi-pmcd-personal-competencies.pdf: PMI PMCD Framework (2nd ed.) style chapter excerpt.

Units of competence -> elements -> performance criteria, with an "Examples of Evidence" column, as a
three-column Word table (element cell merged down its rows, header row repeated), rendered to PDF with
LibreOffice. Book-style running heads (odd/even), copyright footer with folio, pages numbered from 25."""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import common as C
import helpers as H

STEM = "pmi-pmcd-personal-competencies"
TITLE = "Personal Competencies"

INTRO = [
    "The personal competency dimension of the PMCD Framework looks at the behaviours, attitudes and "
    "core personality characteristics that shape the way a project manager goes about project work. "
    "Knowledge and performance tell us what a project manager knows and delivers; personal "
    "competencies tell us how the work is done.",
    "Six units of competence make up this dimension: Communicating, Leading, Managing, Cognitive "
    "Ability, Effectiveness and Professionalism. Each unit is divided into elements, and each element "
    "into performance criteria. The right-hand column suggests the kinds of evidence an assessor might "
    "look for. These examples are illustrative only; they are not a complete list, and other evidence "
    "may be just as valid.",
    "This excerpt presents the first two units.",
]

# (unit number, name, definition, [(element code, element title, [(pc, evidence), ...]), ...])
UNITS = [
    ("6", "Communicating",
     "Exchanges information with stakeholders in a way that is accurate, timely and suited to them, "
     "choosing the channels that fit each audience.",
     [("6.1", "Listens actively, understands and responds to stakeholders",
       [("Listens attentively and checks that the message has been understood",
         "Meeting notes showing questions asked to confirm meaning"),
        ("Takes up the concerns raised by stakeholders and responds to them",
         "Issue log entries answered within the agreed response times")]),
      ("6.2", "Keeps the main communication channels open and uses them well",
       [("Chooses the channel that suits the message and the audience",
         "Communication plan naming a channel for each stakeholder group"),
        ("Makes sure information reaches everyone who needs it",
         "Distribution lists kept up to date; stakeholder feedback on being informed")]),
      ("6.3", "Tailors information to the audience",
       [("Adjusts the level of detail and the terminology to the audience",
         "Executive summaries prepared alongside the detailed technical reports"),
        ("Checks that information is accurate and relevant before it is shared",
         "Review and sign-off records for project reports")])]),
    ("7", "Leading",
     "Guides, inspires and motivates team members and other stakeholders so that the project's "
     "objectives are achieved.",
     [("7.1", "Creates a team environment that supports high performance",
       [("Sets clear expectations and agrees ways of working with team members",
         "Team charter; documented roles and responsibilities"),
        ("Recognises the contributions of individual team members",
         "Records of recognition given; results of team surveys")]),
      ("7.2", "Builds and maintains effective relationships",
       [("Treats stakeholders with courtesy and respect",
         "Stakeholder feedback; behaviour observed in project meetings"),
        ("Builds trust by keeping the commitments made",
         "Actions in the action log closed as promised")]),
      ("7.3", "Takes ownership of the project and its outcomes",
       [("Accepts accountability for the results of the project",
         "Status reports that state problems openly and name an owner for each"),
        ("Makes timely decisions when faced with uncertainty",
         "Decision log recording dates, options considered and rationale")])]),
]

FOOT = "\u00a92007 Project Management Institute, Four Campus Boulevard, Newtown Square, PA 19073-3299 USA"


def _head_foot(doc):
    sec = doc.sections[0]
    doc.settings.odd_and_even_pages_header_footer = True
    H.set_page_start(sec, 25)
    for hdr, text, align in ((sec.header, "Chapter 3\u2014Personal Competencies", WD_ALIGN_PARAGRAPH.RIGHT),
                             (sec.even_page_header,
                              "Project Manager Competency Development Framework\u2014Second Edition",
                              WD_ALIGN_PARAGRAPH.LEFT)):
        p = hdr.paragraphs[0]
        p.alignment = align
        r = p.add_run(text)
        r.italic = True
        r.font.size = Pt(9)
    for ftr, align in ((sec.footer, WD_ALIGN_PARAGRAPH.RIGHT), (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = ftr.paragraphs[0]
        p.alignment = align
        r = p.add_run(FOOT + "     ")
        r.font.size = Pt(7.5)
        C.add_field(p, "PAGE", "25")


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin, sec.bottom_margin = Inches(0.9), Inches(0.9)
    _head_foot(doc)
    C.clear_core_props(doc, "PMCD Framework - Chapter 3")

    p = doc.add_paragraph()
    r = p.add_run("CHAPTER 3")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    p = doc.add_paragraph()
    r = p.add_run(TITLE.upper())
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    for t in INTRO:
        doc.add_paragraph(t)

    for num, name, definition, elements in UNITS:
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(14)
        r = h.add_run(f"{num}. {name}")
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        H.keep_with_next(h)
        d = doc.add_paragraph()
        d.add_run(definition).italic = True
        H.keep_with_next(d)
        nrows = 1 + sum(len(pcs) for _, _, pcs in elements)
        t = doc.add_table(rows=nrows, cols=3)
        H.set_cell_borders(t, sz=4, color="7F7F7F")
        hdr = t.rows[0]
        for cell, label in zip(hdr.cells, ("Element", "Performance Criteria", "Examples of Evidence")):
            H.cell_text(cell, label, bold=True, size=10)
            C.shade(cell, "D9E2F3")
        C.mark_header_row(hdr)
        ri = 1
        for code, title, pcs in elements:
            first = ri
            for k, (pc, ev) in enumerate(pcs, start=1):
                row = t.rows[ri]
                C.row_flags(row, cant_split=True)
                H.cell_text(row.cells[1], f".{k} {pc}", size=10)
                H.cell_text(row.cells[2], ev, size=10)
                ri += 1
            top = t.cell(first, 0)
            if ri - 1 > first:
                top = top.merge(t.cell(ri - 1, 0))
            H.cell_text(top, f"{code} {title}", size=10)
        C.fix_widths(t, [1.9, 2.5, 2.1])
    doc.add_paragraph()
    doc.save(path)


def gold(doc_path):
    comps = []
    for num, name, definition, elements in UNITS:
        ind, notes = [], []
        for code, title, pcs in elements:
            for pc, ev in pcs:
                ind.append(H.item(STEM, pc, group=title))
                notes.append(H.item(STEM, ev, group="Examples of Evidence"))
        comps.append(H.competency(STEM, name, definition, indicators=ind, notes=notes))
    return H.write_gold(doc_path, "pdf", TITLE, comps)


def build():
    H.WORK.mkdir(exist_ok=True)
    src = H.WORK / f"{STEM}.docx"
    build_docx(src)
    pdf = H.to_pdf(src, H.DOCS)
    return gold(pdf)


if __name__ == "__main__":
    print(build())

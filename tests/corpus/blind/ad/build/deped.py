"""deped-ppst-learning-environment.docx: Philippine Professional Standards for Teachers style excerpt.

python-docx, landscape. Front matter (introduction, the four career stages described in turn), then a
domain heading and description, then ONE Word table for the domain: a header row with the four career
stages as columns (repeated on every page), and per strand a merged full-width row
"Strand 2.1 <name>" followed by a row of four indicator cells "2.1.1 ..." ... "2.1.4 ...".
Running header and centred page-number footer."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import common as C
import helpers as H

STEM = "deped-ppst-learning-environment"
TITLE = "Philippine Professional Standards for Teachers"
NAVY = RGBColor(0x1B, 0x2A, 0x6B)

INTRO = (
    "The Philippine Professional Standards for Teachers describe what teachers are expected to know, "
    "value and be able to do as they grow in the profession. The standards are organised in seven "
    "domains, which are made up of strands; each strand is described by one indicator for each of the "
    "four career stages. Read across a row, the indicators show how practice deepens from one stage to "
    "the next.")

STAGES = [
    ("Career Stage 1", "Beginning Teachers",
     "have the qualifications recognised for entry into the profession. They have a firm grasp of the "
     "subjects they teach and of the strategies for teaching them, and they are supported to reach "
     "Career Stage 2 within their first years in the classroom."),
    ("Career Stage 2", "Proficient Teachers",
     "work independently and apply the skills of teaching consistently. They plan, teach and assess "
     "effectively and reflect on their own practice."),
    ("Career Stage 3", "Highly Proficient Teachers",
     "show a high and steady level of performance. They work with colleagues, mentor others and help to "
     "improve the practice of their school."),
    ("Career Stage 4", "Distinguished Teachers",
     "embody the highest standard of teaching. They lead innovation, shape policy and are recognised as "
     "leaders of the profession."),
]

DOMAIN = ("Domain 2", "Learning Environment",
          "Domain 2 is about the responsibility of teachers to provide learning environments that are safe, "
          "fair and supportive, so that learners can take responsibility for their own learning and reach "
          "high standards. It is made up of six strands, of which the first three are shown here.")

COLS = ["Beginning Teachers", "Proficient Teachers", "Highly Proficient Teachers", "Distinguished Teachers"]

STRANDS = [
    ("2.1", "Safety and security of learners",
     ["Show knowledge of the policies, guidelines and procedures that keep learning environments safe "
      "and secure.",
      "Set up learning environments that protect the safety and well-being of learners by applying "
      "policies, guidelines and procedures consistently.",
      "Use a range of strategies to keep learning environments safe and secure, and help colleagues to "
      "do the same.",
      "Lead the development of school-wide approaches that keep learning environments safe and secure "
      "for every learner."]),
    ("2.2", "Fairness of the learning environment",
     ["Show an understanding of learning environments that promote fairness, respect and care so that "
      "learning can take place.",
      "Keep up learning environments that promote fairness, respect and care and that encourage "
      "learning.",
      "Work with colleagues and learners to build learning environments where fairness, respect and care "
      "are practised every day.",
      "Model fair, respectful and caring practice and guide other teachers in creating such "
      "environments."]),
    ("2.3", "Managing classroom structure and activities",
     ["Show knowledge of ways to organise the classroom and its activities so that learners work "
      "productively.",
      "Manage classroom structure so that learners, alone or in groups, take part in meaningful "
      "exploration, discovery and hands-on work in a range of physical learning environments.",
      "Work with other teachers to plan and apply varied strategies for managing classroom structure "
      "and activities.",
      "Share effective practice in managing classroom structure and activities with colleagues and the "
      "wider education community."]),
]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin, sec.bottom_margin = Inches(0.7), Inches(0.6)
    C.clear_core_props(doc, TITLE)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(TITLE)
    r.font.size = Pt(9)
    r.font.color.rgb = NAVY
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    C.add_field(fp, "PAGE", "1")

    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(INTRO)
    doc.add_heading("Career Stages", level=1)
    doc.add_paragraph("The standards describe four career stages of teachers:")
    for stage, label, text in STAGES:
        p = doc.add_paragraph()
        p.add_run(f"{stage}: {label} ").bold = True
        p.add_run(text)
    H.page_break(doc)

    doc.add_heading("PROFESSIONAL STANDARDS FOR TEACHERS", level=1)
    h = doc.add_heading(f"{DOMAIN[0]}, {DOMAIN[1]}", level=2)
    doc.add_paragraph(DOMAIN[2])

    t = doc.add_table(rows=1 + 2 * len(STRANDS), cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    H.set_cell_borders(t, sz=6, color="1B2A6B")
    hdr = t.rows[0]
    for cell, label in zip(hdr.cells, COLS):
        p = H.cell_text(cell, label.upper(), bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
        p.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        C.shade(cell, "1B2A6B")
    C.mark_header_row(hdr)
    for k, (code, name, cells) in enumerate(STRANDS):
        srow = t.rows[1 + 2 * k]
        C.row_flags(srow, cant_split=True)
        m = srow.cells[0].merge(srow.cells[3])
        p = m.paragraphs[0]
        r = p.add_run(f"Strand {code} ")
        r.bold = True
        r.font.size = Pt(10)
        r = p.add_run(name)
        r.bold = True
        r.font.size = Pt(10)
        C.shade(m, "DCE3F5")
        H.keep_with_next(p)
        irow = t.rows[2 + 2 * k]
        C.row_flags(irow, cant_split=True)
        for j, (cell, text) in enumerate(zip(irow.cells, cells), start=1):
            p = cell.paragraphs[0]
            r = p.add_run(f"{code}.{j} ")
            r.bold = True
            r.font.size = Pt(10)
            p.add_run(text).font.size = Pt(10)
    C.fix_widths(t, [2.5, 2.5, 2.5, 2.5])
    end = doc.add_paragraph()                 # the paragraph Word needs after a final table, kept tiny
    end.paragraph_format.space_before = end.paragraph_format.space_after = Pt(0)
    end._p.get_or_add_pPr().append(C.parse_xml(f'<w:rPr {C.nsdecls("w")}><w:sz w:val="2"/></w:rPr>'))
    doc.save(path)


def gold(doc_path):
    comps = []
    for code, name, cells in STRANDS:
        levels = [H.level(STEM, j, label.upper(), [text]) for j, (label, text) in
                  enumerate(zip(COLS, cells), start=1)]
        comps.append(H.competency(STEM, name, None, levels=levels))
    return H.write_gold(doc_path, "docx", TITLE, comps)


def build():
    path = H.DOCS / f"{STEM}.docx"
    build_docx(path)
    return gold(path)


if __name__ == "__main__":
    print(build())

"""University of London Competency Model (Consolidated August 2018): landscape, slide-like pages built with
python-docx and converted by LibreOffice. Front pages (what/why, the process, the model list, a Band D..A
stack) then one page per competency: name, definition paragraph, a four-column table Band D | Band C |
Band B | Band A with bullets in every cell (printed most senior band first; Band A is the entry band)."""
import shutil
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm, RGBColor

import axlib as A
from axlib import C, DOCS, comp, write_gold

STEM = "ax-uol-competency-model"
BANDS = ["Band D", "Band C", "Band B", "Band A"]      # print order
RANK = {"Band A": 1, "Band B": 2, "Band C": 3, "Band D": 4}

COMPS = [
    ("Proactivity and planning",
     "University of London staff take the initiative to spot opportunities and/or resolve problems. This "
     "means taking personal responsibility for acting ahead of events and planning work so that objectives "
     "are met on time.",
     {"Band A": ["Deals with problems as they come up rather than waiting to be asked.",
                 "Plans own daily tasks to meet agreed deadlines.",
                 "Asks for guidance when priorities conflict."],
      "Band B": ["Anticipates short-term problems and acts to prevent them.",
                 "Organises own workload, and that of others, over weeks rather than days.",
                 "Suggests improvements to working practices."],
      "Band C": ["Plans projects over several months, setting milestones and allocating resources.",
                 "Acts to create new opportunities for the department.",
                 "Builds contingency into plans and adjusts them as circumstances change."],
      "Band D": ["Looks several years ahead and positions the University to take advantage of future opportunities.",
                 "Sets long-term plans that align departments with the University\u2019s strategy.",
                 "Champions initiatives that shape the wider higher education sector."]}),
    ("Resilience",
     "University of London staff stay effective under pressure and recover quickly from setbacks. This "
     "involves keeping emotions under control, staying positive and continuing to perform when faced with "
     "difficulty or change.",
     {"Band A": ["Stays calm and polite when dealing with demanding people.",
                 "Keeps working steadily when the workload increases."],
      "Band B": ["Remains constructive when plans change at short notice.",
                 "Learns from setbacks and moves on quickly."],
      "Band C": ["Supports colleagues through periods of pressure and uncertainty.",
                 "Keeps the team focused on priorities during difficult periods."],
      "Band D": ["Keeps composure and sound judgement in high-profile or contentious situations.",
                 "Provides a steady presence for the organisation through sustained change."]}),
    ("Striving for excellence",
     "University of London staff set high standards for themselves and others and look for ways to improve "
     "the quality of what they deliver. This involves measuring performance against the best and acting to "
     "close any gaps.",
     {"Band A": ["Checks own work for accuracy and completeness.",
                 "Meets the standards set for the role."],
      "Band B": ["Sets own challenging targets for quality and timeliness.",
                 "Seeks feedback on performance and acts on it."],
      "Band C": ["Introduces ways of monitoring and raising the quality of the team\u2019s work.",
                 "Compares services with good practice elsewhere."],
      "Band D": ["Sets ambitious standards for the University as a whole.",
                 "Benchmarks the University against leading institutions and drives improvement."]}),
]

NAVY = RGBColor(0x00, 0x2B, 0x5C)


def para(doc, text, size=12, bold=False, color=None, align=None, space_after=6, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = color
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def bullets(container, items, num_id, size=11):
    for t in items:
        p = container.add_paragraph()
        r = p.add_run(t)
        r.font.size = Pt(size)
        C.set_num(p, num_id)
        p.paragraph_format.space_after = Pt(3)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build_docx(path):
    doc = docx.Document()
    C.clear_core_props(doc, "University of London Competency Model")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("University of London Competency Model")
    hr.font.size, hr.font.color.rgb = Pt(9), RGBColor(0x66, 0x66, 0x66)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    C.add_field(fp, "PAGE", "2")
    num = C.add_numbering(doc, C.bullet_lvl(left=360, hanging=240), "4A1B2C3D")

    # page 1: title
    for _ in range(6):
        doc.add_paragraph()
    para(doc, "University of London Competency Model", 32, True, NAVY, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Consolidated", 20, False, NAVY, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, "August 2018", 20, False, NAVY, WD_ALIGN_PARAGRAPH.CENTER)
    page_break(doc)

    # page 2: what / why + band stack
    para(doc, "Competency Model", 24, True, NAVY)
    outer = doc.add_table(rows=1, cols=2)
    C.fix_widths(outer, [6.9, 3.2])
    left, right = outer.rows[0].cells
    left.paragraphs[0].add_run("What is a competency:").bold = True
    bullets(left, ["A competency is a behaviour chosen because it distinguishes levels of performance and "
                   "describes what success looks like",
                   "The model sets out the underlying characteristics that staff in every role across the "
                   "University are expected to show, and is used for selection, development and performance "
                   "management",
                   "Competency bands are inclusive: broader band competencies include the narrower band "
                   "competencies"], num)
    p = left.add_paragraph()
    p.add_run("Why have we developed a competency model:").bold = True
    p.paragraph_format.space_before = Pt(8)
    bullets(left, ["To help people focus on \u201chow\u201d they work (attitudes and behaviours) and not only "
                   "on \u201cwhat\u201d the job involves (job content as in the job description)",
                   "To give a shared framework for effective performance",
                   "To give a common language for improving performance and development",
                   "To give criteria that can be observed and measured, making appraisal more objective"], num)
    stack = right.add_table(rows=4, cols=1)
    stack.style = "Table Grid"
    for row, band, fill in zip(stack.rows, BANDS, ["1F4E79", "2E75B6", "9DC3E6", "DEEBF7"]):
        cp = row.cells[0].paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = cp.add_run(band)
        r.bold = True
        C.shade(row.cells[0], fill)
    page_break(doc)

    # page 3: the process and the model
    para(doc, "Competency Model", 24, True, NAVY)
    para(doc, "The process", 14, True)
    bullets(doc, ["An initial set of competencies was chosen by University of London employees working with "
                  "the Hay Group, drawing on 60 years of research into the behaviours that predict effective "
                  "performance",
                  "The set was refined after consultation with representatives from every division and reflects "
                  "the behaviours needed to support the University\u2019s mission"], num)
    para(doc, "The model", 14, True)
    t = doc.add_table(rows=1, cols=3)
    C.fix_widths(t, [3.4, 3.4, 3.4])
    groups = [("All staff:", ["Proactivity and planning", "Organisational commitment", "Resilience",
                              "Problem solving and decision making", "Creativity and innovation",
                              "Striving for excellence", "Self-development and commitment to learning"]),
              ("The School of Advanced Study specific:", ["Academic community focus"]),
              ("Worldwide specific:", ["International engagement"])]
    for cell, (head, names) in zip(t.rows[0].cells, groups):
        cell.paragraphs[0].add_run(head).bold = True
        bullets(cell, names, num, 10)

    # competency pages
    for name, definition, bands in COMPS:
        page_break(doc)
        para(doc, name, 22, True, NAVY)
        para(doc, definition, 12, space_after=10)
        tbl = doc.add_table(rows=2, cols=4)
        tbl.style = "Table Grid"
        C.fix_widths(tbl, [2.55] * 4)
        for cell, band in zip(tbl.rows[0].cells, BANDS):
            r = cell.paragraphs[0].add_run(band)
            r.bold = True
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            C.shade(cell, "1F4E79")
        C.mark_header_row(tbl.rows[0])
        for cell, band in zip(tbl.rows[1].cells, BANDS):
            first = True
            for b in bands[band]:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                r = p.add_run(b)
                r.font.size = Pt(10.5)
                C.set_num(p, num)
                p.paragraph_format.space_after = Pt(4)
    doc.save(path)


def build():
    tmp = Path(tempfile.mkdtemp(prefix="ax-uol-"))
    src = tmp / f"{STEM}.docx"
    build_docx(src)
    C.soffice(src, "pdf", tmp)
    out = DOCS / f"{STEM}.pdf"
    shutil.copy(tmp / f"{STEM}.pdf", out)
    shutil.rmtree(tmp, ignore_errors=True)
    comps = [comp(STEM, name, definition,
                  levels=[(RANK[b], b, bands[b]) for b in BANDS])
             for name, definition, bands in COMPS]
    return write_gold(out, "pdf", "University of London Competency Model", comps)


if __name__ == "__main__":
    print(build())

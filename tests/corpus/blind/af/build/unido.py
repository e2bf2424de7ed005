"""UNIDO (United Nations Industrial Development Organization) - Competency Framework ("Inclusive and sustainable
industrial development"), section B. Key Competencies, excerpt of 1-3. DOCX via python-docx: cover lines, typed
table of contents, competency headings numbered by Word numbering (w:numPr on Heading 2), italic definition,
two-column Effective / Ineffective behaviors table with Word bullets in the cells."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import docx
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_LEADER, WD_TAB_ALIGNMENT
from docx.shared import Pt, Cm, RGBColor
import common as C
import helpers as H

STEM = "unido-competency-framework-key-competencies"
TITLE = "COMPETENCY FRAMEWORK"
BLUE = "0A5EA8"

COVER = ["Our UNIDO identity grows stronger when", "We hold common values", "And live by them",
         "We show the behaviors we want to see", "And set an example for others"]
TOC = [(0, "Why a Competency Framework?", 4), (0, "What Do We Stand For at UNIDO?", 5),
       (0, "A. Core Values", 7), (1, "1. We Live and Act with Integrity", 7), (1, "2. We Show Professionalism", 7),
       (1, "3. We Respect Diversity", 8), (0, "B. Key Competencies", 10), (1, "1. We Focus on People", 10),
       (1, "2. We Focus on Results and Responsibilities", 11), (1, "3. We Communicate and Are Transparent", 12),
       (1, "4. We Think Creatively and Are Innovative", 13), (0, "C. Managerial Competencies", 14)]
SECTION_INTRO = ("Key competencies are the skills and attributes that every member of staff needs, whatever the "
                 "function or grade. Each one is described by the behaviors that make it visible in daily work, "
                 "and by the behaviors that work against it.")
COMPS = [
    ("We Focus on People",
     "We treat colleagues, Member States and partners as the centre of our work. We listen to their needs, build "
     "trust and help each other to grow.",
     ["Listens to colleagues and stakeholders and takes their needs into account.",
      "Builds relationships based on trust and mutual respect.",
      "Gives and asks for feedback in a constructive way.",
      "Supports the learning and development of colleagues."],
     ["Ignores the views and concerns of others.",
      "Treats colleagues differently depending on their grade or background.",
      "Keeps useful knowledge and contacts to self.",
      "Shows little interest in the development of others."]),
    ("We Focus on Results and Responsibilities",
     "We take ownership of our work and deliver results of high quality on time and within budget, in line with "
     "the Organization\u2019s priorities.",
     ["Sets clear, measurable objectives and tracks progress against them.",
      "Takes responsibility for own decisions and their consequences.",
      "Uses resources efficiently and transparently.",
      "Looks for ways to improve quality and efficiency."],
     ["Loses sight of objectives and priorities.",
      "Blames others or circumstances when things go wrong.",
      "Commits to deadlines without checking that they can be met."]),
    ("We Communicate and Are Transparent",
     "We share information openly and in good time, express ourselves clearly and honestly, and explain the basis "
     "of our decisions.",
     ["Shares relevant information promptly with those who need it.",
      "Adapts message and language to the audience.",
      "Explains decisions and the reasons behind them.",
      "Encourages open dialogue and listens to different points of view."],
     ["Withholds information or shares it selectively.",
      "Uses jargon that the audience does not understand.",
      "Avoids difficult conversations."]),
]
COLS = ["Effective behaviors", "Ineffective behaviors"]


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def build():
    d = docx.Document()
    C.clear_core_props(d, "Competency Framework")
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)
    for name in ("Heading 1", "Heading 2"):
        d.styles[name].font.name = "Calibri"
        d.styles[name].font.color.rgb = RGBColor.from_string(BLUE)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(hp, "UNIDO Competency Framework", size=8, color="808080")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    C.add_field(fp, "PAGE", "2")

    for _ in range(6):
        d.add_paragraph()
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, TITLE, bold=True, size=28, color=BLUE)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "INCLUSIVE AND SUSTAINABLE INDUSTRIAL DEVELOPMENT", size=12, color="404040")
    d.add_paragraph()
    for line in COVER:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
        run(p, line, italic=True, size=13, color=BLUE)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    p = d.add_paragraph()
    run(p, "Table of Contents", bold=True, size=14, color=BLUE)
    for indent, text, page in TOC:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6 * indent)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        run(p, f"{text}\t{page}", bold=(indent == 0), size=10)
    body = d.add_section(WD_SECTION.NEW_PAGE)
    body.different_first_page_header_footer = False
    body._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="10"/>'))

    d.add_paragraph("B. Key Competencies", style="Heading 1")
    d.add_paragraph(SECTION_INTRO)
    headnum = C.add_numbering(d, C.decimal_lvl("%1.", left=425, hanging=425), "2B3C4D01")
    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=284, hanging=227), "2B3C4D02")
    for name, definition, good, bad in COMPS:
        h = d.add_paragraph(name, style="Heading 2")
        C.set_num(h, headnum)
        p = d.add_paragraph()
        run(p, definition, italic=True)
        t = d.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        for cell, label, fill in zip(t.rows[0].cells, COLS, ("DFF0D8", "F2DEDE")):
            run(cell.paragraphs[0], label, bold=True)
            C.shade(cell, fill)
        for cell, bullets in zip(t.rows[1].cells, (good, bad)):
            for i, b in enumerate(bullets):
                bp = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                bp.text = b
                C.set_num(bp, bullet)
        C.row_flags(t.rows[1])
        C.fix_widths(t, [3.2, 3.2])
        d.add_paragraph()

    out = H.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


def gold(path):
    D = STEM
    comps = [H.comp(name, D, definition,
                    indicators=H.items(good, D, COLS[0]) + H.items(bad, D, COLS[1]))
             for name, definition, good, bad in COMPS]
    return H.write_gold(path, "docx", TITLE, comps)


if __name__ == "__main__":
    print(gold(build()))

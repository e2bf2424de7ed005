"""CSG (Commercial Services Group, Kent) Capability and Behaviour Framework: landscape designed booklet.
Page 1: title, three intro paragraphs, the list of capabilities (the core five plus three marked "(L&M)",
one spelled "Direction & Execution"). Page 2: a five-column table for the core capabilities (names as
column headings, a one-line definition row, a row of bulleted behaviours). Page 3: the same for the three
leader and manager capabilities. Footer with the CSG strapline and page number."""
import shutil
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm, RGBColor

from axlib import C, DOCS, comp, write_gold

STEM = "ax-csg-capability-behaviour-framework"
PURPLE = RGBColor(0x4B, 0x1E, 0x6E)

CORE = [
    ("Direction and Execution",
     "Giving a clear picture of where we are going and how we will get there, driving excellent results.",
     ["Work at pace.", "Keep the focus on outcomes.", "Make decisions based on good information.",
      "Expect change and welcome it."]),
    ("Ethical and Inclusive",
     "Creating an environment where everyone is treated fairly, feels they belong and can do their best work.",
     ["Treat people fairly and with respect.", "Act with integrity and professionalism.",
      "Call out poor behaviour when you see it.", "Live and role model CSG\u2019s values."]),
    ("Influence",
     "Communicating with purpose and persuading others so that we get the right result for our customers "
     "and the business.",
     ["Communicate with purpose.", "Put the customer\u2019s interests first.", "Be open to challenge.",
      "Look for commercial opportunities."]),
    ("Collaboration",
     "Working together across teams, and with customers and partners, to achieve shared goals.",
     ["Invite feedback and ideas from others.", "Recognise the value others bring.",
      "Share knowledge and resources across teams.", "Take personal responsibility for your part."]),
    ("Building Talent",
     "Developing ourselves and others so that CSG has the skills it needs now and in the future.",
     ["Be open to continual learning.", "Stay motivated.", "Show self-sufficiency.",
      "Help others to grow and develop."]),
]

LM = [
    ("Inspirational",
     "Inspiring people to perform at their best through a clear vision, leading with empathy.",
     ["Paint a clear picture of the future for your team.", "Lead with empathy and understanding.",
      "Recognise and celebrate success.", "Set high expectations and support people to meet them."]),
    ("Business Judgement",
     "Using sound commercial and financial judgement to make decisions that are right for CSG.",
     ["Understand the numbers behind your area.", "Weigh up risk and return before committing resources.",
      "Balance short-term pressures with long-term goals."]),
    ("Competitive Edge",
     "Keeping CSG ahead of the market by anticipating customer needs and driving innovation.",
     ["Keep up to date with the market and competitors.", "Encourage new ideas and test them quickly.",
      "Turn customer insight into better products and services."]),
]

INTRO = [
    "At CSG, we want our people to lead themselves and their work, to know what is expected of them and "
    "where they need to develop, and to get the best out of themselves and their teams. We want them to "
    "inspire high performance, lead with empathy, deliver excellent results and help create workplaces "
    "where everyone is truly included.",
    "Our Capability Framework has five core capabilities for all employees and three more for our leaders "
    "and managers (L&M). Managers and their direct reports should use the framework in their conversations "
    "to identify strengths and areas for improvement, and to agree a plan for developing them.",
    "Each capability in the framework links to our CSG pillars. Everyone is expected to meet the capabilities "
    "and behaviours below as a minimum, and these should be recorded via TRACK.",
]

LIST = ["Direction & Execution", "Ethical and Inclusive", "Influence", "Collaboration", "Building Talent",
        "Inspirational (L&M)", "Business Judgement (L&M)", "Competitive Edge (L&M)"]


def run(p, text, size=10, bold=False, color=None, italic=False):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    if color:
        r.font.color.rgb = color
    return r


def grid(doc, caps, num, width):
    t = doc.add_table(rows=3, cols=len(caps))
    t.style = "Table Grid"
    C.fix_widths(t, [width] * len(caps))
    for cell, (name, _, _) in zip(t.rows[0].cells, caps):
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(cell.paragraphs[0], name, 11, True, RGBColor(0xFF, 0xFF, 0xFF))
        C.shade(cell, "4B1E6E")
    for cell, (_, definition, _) in zip(t.rows[1].cells, caps):
        run(cell.paragraphs[0], definition, 9.5, italic=True)
        C.shade(cell, "EFE8F5")
    for cell, (_, _, behaviours) in zip(t.rows[2].cells, caps):
        for i, b in enumerate(behaviours):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            run(p, b, 9.5)
            C.set_num(p, num)
            p.paragraph_format.space_after = Pt(4)
    for row in t.rows:
        C.row_flags(row)


def build_docx(path):
    doc = docx.Document()
    C.clear_core_props(doc, "CSG Capability and Behaviour Framework")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.6)
    fp = sec.footer.paragraphs[0]
    run(fp, "CSG \u2013 Commercial Services Group | Capability and Behaviour Framework\t\t", 8,
        color=RGBColor(0x66, 0x66, 0x66))
    C.add_field(fp, "PAGE", "1")
    num = C.add_numbering(doc, C.bullet_lvl(left=200, hanging=180), "3D9F1E20")

    p = doc.add_paragraph()
    run(p, "CSG Capability and Behaviour Framework", 26, True, PURPLE)
    p.paragraph_format.space_after = Pt(12)
    layout = doc.add_table(rows=1, cols=2)
    C.fix_widths(layout, [6.9, 3.4])
    left, right = layout.rows[0].cells
    for i, t in enumerate(INTRO):
        q = left.paragraphs[0] if i == 0 else left.add_paragraph()
        run(q, t, 11)
        q.paragraph_format.space_after = Pt(8)
    run(right.paragraphs[0], "Capabilities", 14, True, PURPLE)
    C.shade(right, "EFE8F5")
    for name in LIST:
        q = right.add_paragraph()
        run(q, name, 11, True)
        q.paragraph_format.space_after = Pt(2)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    run(p, "Core capabilities for all employees", 16, True, PURPLE)
    grid(doc, CORE, num, 2.05)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    run(p, "Additional capabilities for leaders and managers (L&M)", 16, True, PURPLE)
    grid(doc, LM, num, 2.9)
    doc.save(path)


def build():
    tmp = Path(tempfile.mkdtemp(prefix="ax-csg-"))
    src = tmp / f"{STEM}.docx"
    build_docx(src)
    C.soffice(src, "pdf", tmp)
    out = DOCS / f"{STEM}.pdf"
    shutil.copy(tmp / f"{STEM}.pdf", out)
    shutil.rmtree(tmp, ignore_errors=True)
    comps = [comp(STEM, name, definition, indicators=behaviours) for name, definition, behaviours in CORE + LM]
    return write_gold(out, "pdf", "CSG Capability and Behaviour Framework", comps)


if __name__ == "__main__":
    print(build())

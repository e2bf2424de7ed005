"""Nestlé - "Nestlé Leadership Framework" (October 2012, Global), excerpt as a PDF: python-docx -> LibreOffice.

Cover page: "October 2012 | Global", the title, the three populations (Senior Leaders / Leaders / All
Employees) each with its paragraph, and the introduction naming the six Success Drivers. Then one Success
Driver ("Lead to Win") with its short description and, for each population, a tag line (ALL EMPLOYEES /
LEADERS / SENIOR LEADERS), the competency name, a one-sentence definition and a two-column table
"Developed" | "Needs Development" with bullets in the cells. Footer "Nestlé Leadership Framework" + page number.
"""
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "nestle-leadership-framework"
TITLE = "Nestlé Leadership Framework"
BROWN = RGBColor(0x63, 0x51, 0x3D)
GREY = RGBColor(0x59, 0x59, 0x59)

POPULATIONS = [
    ("Senior Leaders",
     "These are the competencies that apply to all senior leaders to drive the success of the organisation. "
     "They matter most for employees who lead businesses or functions and who provide the vision, strategy and "
     "inspiration to deliver the Nestlé model."),
    ("Leaders",
     "These are the competencies that apply to all leaders to make success possible through others. They are "
     "important in roles with direct people management responsibility, for individual contributors with "
     "indirect people management responsibility (e.g. project leaders) and for those with functional "
     "leadership responsibility."),
    ("All Employees",
     "These are the competencies that apply to everyone at Nestlé to ensure success through individual "
     "contribution. They are the behaviours we should all show in living the values, principles and culture "
     "of Nestlé."),
]
INTRO = [
    "The fundamentals of the Nestlé Leadership Framework come from our Nestlé Corporate Business Principles, "
    "the basis of our company’s culture, and from the Nestlé Management and Leadership Principles, which set "
    "out the core values and principles that have guided our journey as a company.",
    "The evolved Nestlé Leadership Framework has 6 Success Drivers that describe the way we work within Nestlé "
    "today and in the future: Compete & Connect Externally, Lead to Win, Manage for Results, Grow Talent & "
    "Team, Collaborate Internally and Make a Difference. They identify the key competencies and the behaviours "
    "that go with them.",
    "While each Success Driver applies to all employees, the competencies required differ with the position "
    "level of the employee. For each competency, the framework describes the behaviours of a person who has "
    "developed it and of a person who still needs to develop it.",
]
DRIVER = "Lead to Win"
DRIVER_TEXT = ("Leading to win means creating a shared sense of direction, embracing change and taking the "
               "decisions that move the business forward.")

COMPS = [
    ("ALL EMPLOYEES", "Embraces Change",
     "Is open to new ideas and ways of working and adapts quickly when priorities shift.",
     ["Looks for better ways of doing things and tries them out.",
      "Adapts own plans and behaviour quickly when circumstances change.",
      "Speaks positively about change with colleagues.",
      "Learns from setbacks and moves on."],
     ["Holds on to familiar routines even when they no longer work.",
      "Waits for others to say what should change.",
      "Complains about change rather than helping to make it work.",
      "Treats setbacks as someone else’s problem."]),
    ("LEADERS", "Leads Change",
     "Explains the reasons for change, engages the team in it and keeps it on course until the benefits are "
     "delivered.",
     ["Explains clearly why change is needed and what it means for the team.",
      "Involves team members in planning how the change will be carried out.",
      "Removes obstacles that slow change down.",
      "Recognises people who champion new ways of working."],
     ["Announces changes without explaining the reasons for them.",
      "Leaves the team to work out on its own how to implement change.",
      "Lets change initiatives lose momentum.",
      "Overlooks resistance until it becomes a problem."]),
    ("SENIOR LEADERS", "Sets Direction",
     "Creates a compelling vision and clear strategic priorities that align the organisation and inspire "
     "people to deliver them.",
     ["Turns the Nestlé ambition into clear priorities for the business or function.",
      "Communicates the vision in a way that inspires people at all levels.",
      "Makes bold decisions that position the business for long-term success.",
      "Aligns resources and structures with the strategy."],
     ["Sets too many priorities, or priorities that conflict.",
      "Communicates the strategy in terms that people cannot relate to.",
      "Avoids or delays difficult decisions.",
      "Leaves resources tied to activities that no longer fit the strategy."]),
]

FONT = "Liberation Sans"


def _run(p, text, bold=False, size=10, italic=False, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    r.font.name = FONT
    if color is not None:
        r.font.color.rgb = color
    return r


def _p(doc, text="", bold=False, size=10, after=6, before=0, color=None, italic=False, align=None):
    p = doc.add_paragraph()
    if text:
        _run(p, text, bold, size, italic, color)
    p.paragraph_format.space_after, p.paragraph_format.space_before = Pt(after), Pt(before)
    if align is not None:
        p.alignment = align
    return p


def build():
    doc = Document()
    H.clear_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.8)

    _p(doc, "October 2012 | Global", size=9, color=GREY, after=30)
    _p(doc, "Nestlé Leadership", bold=True, size=28, color=BROWN, after=0)
    _p(doc, "Framework", bold=True, size=28, color=BROWN, after=24)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for row, (pop, txt) in zip(t.rows, POPULATIONS):
        c0 = row.cells[0]
        _run(c0.paragraphs[0], pop, bold=True, size=11, color=BROWN)
        H.shade(c0, "EFE8DF")
        _run(row.cells[1].paragraphs[0], txt, size=9.5)
    H.fix_widths(t, [1.6, 4.87])
    _p(doc, "", after=10)
    for para in INTRO:
        _p(doc, para, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=8)

    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.footer.is_linked_to_previous = False
    fp = sec2.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.CLEAR)
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.45), WD_TAB_ALIGNMENT.RIGHT)
    _run(fp, "Nestlé Leadership Framework\t", size=8, color=GREY)
    H.add_field(fp, "PAGE", "2")
    for r in fp.runs:
        r.font.size = Pt(8)

    hd = doc.add_table(rows=1, cols=1)
    c = hd.rows[0].cells[0]
    H.shade(c, "63513D")
    _run(c.paragraphs[0], "Success Driver", size=9, color=RGBColor(0xFF, 0xFF, 0xFF))
    _run(c.add_paragraph(), DRIVER, bold=True, size=18, color=RGBColor(0xFF, 0xFF, 0xFF))
    H.fix_widths(hd, [6.47])
    _p(doc, DRIVER_TEXT, italic=True, size=10, before=6, after=10)

    bl = H.add_numbering(doc, H.bullet_lvl("\u2022", left=200, hanging=200), "4E11C2A7")
    for tag, name, definition, dev, need in COMPS:
        _p(doc, tag, bold=True, size=8, color=GREY, before=8, after=0)
        _p(doc, name, bold=True, size=13, color=BROWN, after=2)
        _p(doc, definition, size=10, after=4)
        t = doc.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        for cell, head, fill in zip(t.rows[0].cells, ["Developed", "Needs Development"], ["D8E4BC", "E7E6E6"]):
            _run(cell.paragraphs[0], head, bold=True, size=9.5)
            H.shade(cell, fill)
        for cell, items in zip(t.rows[1].cells, [dev, need]):
            for i, b in enumerate(items):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                _run(p, b, size=9)
                p.paragraph_format.space_after = Pt(2)
                H.set_num(p, bl)
        H.cant_split(t.rows[1])
        H.fix_widths(t, [3.23, 3.24])

    tmp = Path(tempfile.mkdtemp(prefix="ar-nestle-"))
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    H.soffice(src, "pdf", tmp)
    out = H.DOCS / f"{STEM}.pdf"
    shutil.copy(tmp / f"{STEM}.pdf", out)
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def gold(path):
    comps = []
    for _tag, name, definition, dev, need in COMPS:
        ind = [H.item(STEM, d, "Developed") for d in dev] + [H.item(STEM, n, "Needs Development") for n in need]
        comps.append(H.competency(STEM, name, definition, indicators=ind))
    return H.write_gold(path, "pdf", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))

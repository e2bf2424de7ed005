"""INCOSE UK Advisory Board - "Systems Engineering Competencies Framework" (November 2006, Issue 2), excerpt
as a Word document (python-docx).

Header with the document title; two-line footer "November 2006 / N of M / Copyright © INCOSE UK 2006 / Issue 2".
Numbered headings ("2.2 Competency Table Format"), a short description of the table format and of the four
levels, then a theme heading ("Systems Thinking") and one table per competency: a shaded title row, label
rows "Description" and "Why it matters" (label cell + merged text cell), a merged row "Effective Indicators
of Knowledge and Experience", a row of the four level names as column headings (Awareness, Supervised
Practitioner, Practitioner, Expert) and one row of cells holding Word bullet lists.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "incose-uk-systems-engineering-competencies"
TITLE = "Systems Engineering Competencies Framework"
LEVELS = ["Awareness", "Supervised Practitioner", "Practitioner", "Expert"]

LEVEL_TEXT = [
    ("Awareness", "the person can describe the competency and its importance, and can ask relevant questions "
                  "about it."),
    ("Supervised Practitioner", "the person has an understanding of the competency and applies it with "
                                "regular guidance and supervision."),
    ("Practitioner", "the person applies the competency independently and is able to guide others in it."),
    ("Expert", "the person is recognised beyond the immediate project or organisation as an authority on the "
               "competency."),
]

THEME = "Systems Thinking"
COMPS = [
    ("Systems Concepts",
     "The application of the fundamental concepts of systems thinking to systems engineering. These include "
     "understanding what a system is, its context within its environment, its boundaries and interfaces, and "
     "that it has a life cycle.",
     "Systems thinking is a way of dealing with increasing complexity. Its fundamental concepts involve "
     "understanding how actions and decisions in one area affect another, and that the best solution for the "
     "whole may not be the sum of the best solutions for each part.",
     [["Is aware of the concepts of system life cycle, hierarchy, boundary, emergence and interfaces.",
       "Understands that a system sits within a wider context that affects its behaviour.",
       "Can explain why systems thinking matters to the work of own team."],
      ["Identifies the boundary, context and interfaces of a simple system with guidance.",
       "Uses the concepts of emergence and hierarchy when describing the system being worked on.",
       "Recognises when a local change may have effects elsewhere in the system."],
      ["Defines the system boundary and context and agrees them with stakeholders.",
       "Identifies emergent properties and explains how they arise from the interaction of system elements.",
       "Applies systems thinking to resolve problems that span several parts of the system.",
       "Guides supervised practitioners in the use of systems concepts."],
      ["Is recognised inside and outside the organisation as an authority on systems thinking.",
       "Develops new ways of applying systems concepts to complex or novel problems.",
       "Champions systems thinking across the enterprise and advises senior management on its use."]]),
    ("Super-System Capability Issues",
     "An appreciation of the role that the system being developed plays within the larger system (the "
     "super-system) of which it is a part, and of how its capability contributes to the capability of that "
     "super-system.",
     "Unless the system is designed with the super-system in mind, it may meet its own requirements and still "
     "fail to deliver the capability the customer needs.",
     [["Understands that the system is part of a wider super-system and contributes to its capability.",
       "Can identify the main systems that the system of interest will work with."],
      ["Identifies, with guidance, how the behaviour of the system affects the super-system.",
       "Takes part in the analysis of capability shortfalls at super-system level."],
      ["Analyses the interactions between the system and the super-system and their effect on overall "
       "capability.",
       "Ensures that super-system issues are reflected in requirements and design decisions.",
       "Works with the owners of other systems in the super-system to resolve capability issues."],
      ["Advises customers and senior management on capability issues across several super-systems.",
       "Leads the definition of capability across organisational boundaries."]]),
    ("Enterprise and Technology Environment",
     "The recognition of the effect that the enterprise (its strategy, organisation, processes and culture) "
     "and the technology environment have on the system, and of the constraints and opportunities they bring.",
     "A system developed without regard to the enterprise and technology environment is likely to meet "
     "unforeseen constraints, early obsolescence or missed opportunities during its life.",
     [["Is aware that the enterprise and technology environment can constrain or enable a system.",
       "Knows the main business and technology drivers of own organisation."],
      ["Identifies, with guidance, the technology trends and enterprise constraints relevant to the project.",
       "Reports on the maturity of the technologies being considered."],
      ["Assesses the effect of enterprise policies and technology maturity on system solutions.",
       "Plans for technology insertion and obsolescence across the system life cycle.",
       "Balances business and technology factors when recommending a solution."],
      ["Shapes the technology strategy of the enterprise and its systems engineering approach.",
       "Is sought out by other organisations for advice on enterprise and technology issues."]]),
]

FONT = "Arial"


def _run(p, text, bold=False, size=10, italic=False, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    r.font.name = FONT
    if color is not None:
        r.font.color.rgb = color
    return r


def _p(doc, text, bold=False, size=10, after=6, style=None, italic=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    _run(p, text, bold, size, italic)
    p.paragraph_format.space_after = Pt(after)
    return p


def _cell_text(cell, text, bold=False, size=9, align=None):
    p = cell.paragraphs[0]
    _run(p, text, bold, size)
    p.paragraph_format.space_after = Pt(2)
    if align is not None:
        p.alignment = align


def build():
    doc = Document()
    H.clear_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10)
    for name, size in (("Heading 1", 14), ("Heading 2", 12)):
        hs = doc.styles[name]
        hs.font.name = FONT
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor(0, 0, 0)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.9)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(hp, TITLE, size=9, italic=True)

    f1 = sec.footer.paragraphs[0]
    pf = f1.paragraph_format
    pf.tab_stops.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
    pf.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.CLEAR)
    pf.tab_stops.add_tab_stop(Inches(3.23), WD_TAB_ALIGNMENT.CENTER)
    pf.tab_stops.add_tab_stop(Inches(6.47), WD_TAB_ALIGNMENT.RIGHT)
    _run(f1, "November 2006\t", size=8)
    H.add_field(f1, "PAGE", "9")
    _run(f1, " of ", size=8)
    H.add_field(f1, "NUMPAGES", "3")
    _run(f1, "\tCopyright © INCOSE UK 2006", size=8)
    f2 = sec.footer.add_paragraph()
    f2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(f2, "Issue 2", size=8)
    for r in f1.runs:
        r.font.size = Pt(8)

    doc.add_heading("2.2  Competency Table Format", level=2)
    _p(doc, "Each competency is described in a table of the same format. The table gives a Description of the "
            "competency, a statement of Why it matters to systems engineering, and Effective Indicators of "
            "Knowledge and Experience at four levels of ability:")
    bl = H.add_numbering(doc, H.bullet_lvl("\u2022", left=540, hanging=270), "5B2E7A10")
    for lvl, txt in LEVEL_TEXT:
        p = doc.add_paragraph()
        _run(p, lvl, bold=True)
        _run(p, " – " + txt)
        p.paragraph_format.space_after = Pt(3)
        H.set_num(p, bl)
    _p(doc, "The indicators are cumulative: a person working at one level is expected to show the indicators "
            "of the levels below it. The indicators are examples and are not intended to be exhaustive.",
       after=10)

    doc.add_heading("2.3  Competency Titles", level=2)
    h = doc.add_heading(THEME, level=2)
    h.paragraph_format.space_before = Pt(6)

    for name, desc, why, levels in COMPS:
        t = doc.add_table(rows=6, cols=4)
        t.style = "Table Grid"
        H.fix_widths(t, [1.6, 1.6, 1.6, 1.65])
        # title row
        title = t.rows[0].cells[0].merge(t.rows[0].cells[3])
        _cell_text(title, name, bold=True, size=10.5)
        H.shade(title, "B8CCE4")
        for ri, (label, text) in ((1, ("Description", desc)), (2, ("Why it matters", why))):
            _cell_text(t.rows[ri].cells[0], label, bold=True)
            H.shade(t.rows[ri].cells[0], "DBE5F1")
            m = t.rows[ri].cells[1].merge(t.rows[ri].cells[3])
            _cell_text(m, text)
        eff = t.rows[3].cells[0].merge(t.rows[3].cells[3])
        _cell_text(eff, "Effective Indicators of Knowledge and Experience", bold=True,
                   align=WD_ALIGN_PARAGRAPH.CENTER)
        H.shade(eff, "DBE5F1")
        for c, lvl in zip(t.rows[4].cells, LEVELS):
            _cell_text(c, lvl, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            H.shade(c, "F2F2F2")
        for c, bullets in zip(t.rows[5].cells, levels):
            num = H.add_numbering(doc, H.bullet_lvl("\u2022", left=200, hanging=200), "6C1A%04X" % (id(c) % 0xFFFF))
            first = True
            for b in bullets:
                p = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                _run(p, b, size=8.5)
                p.paragraph_format.space_after = Pt(2)
                H.set_num(p, num)
        H.cant_split(t.rows[5])
        doc.add_paragraph().paragraph_format.space_after = Pt(6)

    out = H.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


def gold(path):
    comps = []
    for name, desc, why, levels in COMPS:
        lv = [H.level(i + 1, LEVELS[i], STEM, levels[i]) for i in range(4)]
        comps.append(H.competency(STEM, name, desc, levels=lv,
                                  notes=[H.item(STEM, why, "Why it matters")]))
    return H.write_gold(path, "docx", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))

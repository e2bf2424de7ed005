"""Auckland City Council (New Zealand) - "Auckland City behavioural competency framework" (GREAT culture model),
rendered DOCX -> PDF with LibreOffice (A4, 6 pages).

Layout modelled on the council's 22-page booklet: a cover with the title and the "Find out more: phone ... or visit
www.aucklandcity.govt.nz" line; a contents page (page numbering starts there at 1); a running header on every
page after the cover, "Auckland City behavioural competency framework" with the page number on the outer side
(odd pages: title then number, right; even pages: number then title, left); introduction sections ("Introduction",
"What are competencies?", "Using the framework", "The GREAT culture model"); then one GREAT theme heading in a
coloured band ("Realising our potential", "Acting collaboratively") above its competencies, each competency on its
own page with a short description and "Level 1" / "Level 2" / "Level 3" sub-headings followed by bullets.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "acc-behavioural-competency-framework"
TITLE = "Auckland City behavioural competency framework"
TEAL = RGBColor(0x00, 0x6E, 0x7F)
GREY = RGBColor(0x55, 0x55, 0x55)

CONTENTS = [
    ("Introduction", "2", 0), ("What are competencies?", "2", 1), ("Using the framework", "3", 1),
    ("The GREAT culture model", "3", 1), ("Realising our potential", "4", 0), ("Growth through learning", "4", 1),
    ("Managing change", "5", 1), ("Acting collaboratively", "6", 0), ("Building relationships", "6", 1),
]

INTRO = [
    ("Introduction", [
        "Our vision is for Auckland to become \u2018a sophisticated, growing and vibrant international city with a "
        "soul\u2019. Getting there means moving from being a good organisation to being a great one, and a great "
        "organisation needs great people who bring the right skills, knowledge and behaviours to their work.",
        "This framework sets out the general skills, knowledge and behaviours that every Auckland City employee needs "
        "to do their job well, in line with our GREAT culture model and our A to G leadership model."]),
    ("What are competencies?", [
        "Competencies are groups of behaviours, skills, abilities and knowledge that people need to succeed in a "
        "job. The competencies in this framework apply across the whole organisation. They grow out of the "
        "behaviours described in our culture and leadership models, so they are not tied to any one job.",
        "Each competency is described at three levels. Level 1 describes what we expect of every employee, Level 2 "
        "what we expect of team leaders and experienced specialists, and Level 3 what we expect of managers who "
        "lead through others. Each level includes the levels below it."]),
]
USING = [
    "You and your manager can use the framework to:",
    ["agree which competencies matter most in your role",
     "talk about how you work, not only what you deliver, in performance reviews",
     "identify your strengths and the areas you want to develop",
     "prepare for interviews for roles inside the council"],
]
GREAT = [
    ("G", "Giving a voice to everyone"), ("R", "Realising our potential"), ("E", "Enhancing our reputation"),
    ("A", "Acting collaboratively"), ("T", "Taking accountability"),
]

# (theme, [(competency, description, [level1 bullets, level2 bullets, level3 bullets])])
THEMES = [
    ("Realising our potential", [
        ("Growth through learning",
         "Takes responsibility for their own learning and development, helps others to grow and treats every "
         "experience as a chance to learn.",
         [["Looks for chances to build their own skills and knowledge, and acts on them.",
           "Asks for feedback on their own performance and uses it to improve.",
           "Reflects on what went well, and what could be done differently, once a piece of work is finished.",
           "Shares what they have learnt with colleagues."],
          ["Helps team members to work out their learning needs and plan how to meet them.",
           "Coaches colleagues on the job and passes on specialist know-how.",
           "Makes time for the team to learn from both successes and mistakes."],
          ["Gives others honest, constructive and motivating feedback that builds their confidence.",
           "Makes sure every staff member has a development plan and that the plan is followed through.",
           "Builds a culture in which learning and development are valued and properly resourced.",
           "Sets an example by working openly on their own development."]]),
        ("Managing change",
         "Responds positively to change, helps others through it and keeps looking for better ways of working.",
         [["Keeps an open mind about new ideas and ways of working.",
           "Adjusts quickly when priorities or processes change.",
           "Suggests practical improvements to the way work is done."],
          ["Explains the reasons for a change to the team and listens to their concerns.",
           "Backs organisational decisions in public even when holding a different view, while still debating "
           "them through the proper channels.",
           "Plans how changes will be put in place in their own area and checks on progress."],
          ["Leads change with a clear picture of what it will achieve for the organisation and its customers.",
           "Anticipates how a change will affect people and services and plans to keep disruption low.",
           "Involves staff and stakeholders early in shaping the change.",
           "Reviews changes once they are in place and acts on the lessons."]]),
    ]),
    ("Acting collaboratively", [
        ("Building relationships",
         "Builds and keeps open, honest and constructive working relationships with colleagues, customers and "
         "partners.",
         [["Treats everyone with courtesy and respect.",
           "Raises issues directly and constructively with the people concerned rather than discussing them behind "
           "their backs.",
           "Keeps promises and follows through on commitments to others.",
           "Takes time to understand other people\u2019s points of view."],
          ["Builds networks across teams and departments to get work done.",
           "Deals with conflict early and helps others find common ground.",
           "Keeps key contacts informed and involved."],
          ["Develops lasting partnerships with outside organisations and community groups.",
           "Represents Auckland City credibly to elected members, partners and the public.",
           "Encourages managers to build strong working relationships across the organisation."]]),
    ]),
]


def _font(run, size=10, bold=False, color=None, italic=False):
    run.font.name = "Liberation Sans"
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    if color is not None:
        run.font.color.rgb = color


def _para(d, text, size=10, bold=False, color=None, italic=False, after=6, align=None, style=None):
    p = d.add_paragraph(style=style)
    if text:
        _font(p.add_run(text), size, bold, color, italic)
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def _header(hdr, odd):
    p = hdr.paragraphs[0]
    p.text = ""
    if odd:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(p.add_run(TITLE + "   "), 8, color=GREY)
        H.add_field(p, "PAGE")
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        H.add_field(p, "PAGE")
        _font(p.add_run("   " + TITLE), 8, color=GREY)
    for r in p.runs:
        r.font.size = Pt(8)
        r.font.name = "Liberation Sans"


def _band(d, text):
    t = d.add_table(rows=1, cols=1)
    c = t.cell(0, 0)
    H.shade(c, "006E7F")
    p = c.paragraphs[0]
    _font(p.add_run(text), 16, True, RGBColor(0xFF, 0xFF, 0xFF))
    H.fix_widths(t, [6.3])
    _para(d, "", after=2)


def build(outdir):
    d = Document()
    H.clear_core_props(d, title=TITLE, author="Auckland City Council")
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Liberation Sans", Pt(10)
    bnum = H.add_numbering(d, H.bullet_lvl("\u2022", 360, 360), "5A1C0A01")

    s0 = d.sections[0]
    s0.page_width, s0.page_height = Cm(21.0), Cm(29.7)
    s0.left_margin = s0.right_margin = Cm(2.3)
    s0.top_margin, s0.bottom_margin = Cm(2.2), Cm(2.0)
    # cover
    for _ in range(8):
        _para(d, "", after=12)
    _para(d, "Auckland City behavioural", 30, True, TEAL, after=0)
    _para(d, "competency framework", 30, True, TEAL, after=200)
    _para(d, "Find out more: phone 09 379 2020 or visit www.aucklandcity.govt.nz", 9, color=GREY, after=0)

    # body section: numbering starts at 1 on the contents page; odd/even headers
    s1 = d.add_section(WD_SECTION.NEW_PAGE)
    s1.header.is_linked_to_previous = False
    s1.even_page_header.is_linked_to_previous = False
    d.settings.odd_and_even_pages_header_footer = True
    s1._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>'))
    # page 1 = odd (contents), 2 = even ...
    _header(s1.header, odd=True)
    _header(s1.even_page_header, odd=False)
    s0.header.is_linked_to_previous = False
    s0.even_page_header.is_linked_to_previous = False

    _para(d, "Contents", 18, True, TEAL, after=14)
    for text, page, indent in CONTENTS:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.SPACES)
        p.paragraph_format.left_indent = Cm(0.8 * indent)
        p.paragraph_format.space_after = Pt(5)
        _font(p.add_run(f"{text}\t{page}"), 10.5, bold=(indent == 0))
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for head, paras in INTRO:
        _para(d, head, 14, True, TEAL, after=6)
        for t in paras:
            _para(d, t, after=8)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _para(d, "Using the framework", 14, True, TEAL, after=6)
    _para(d, USING[0], after=4)
    for b in USING[1]:
        p = _para(d, b, after=3)
        H.set_num(p, bnum)
    _para(d, "", after=4)
    _para(d, "The GREAT culture model", 14, True, TEAL, after=6)
    _para(d, "Our competencies are grouped under the five parts of the GREAT culture model:", after=4)
    for letter, words in GREAT:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(3)
        _font(p.add_run(letter + "  "), 14, True, TEAL)
        _font(p.add_run(words), 10.5, True)
    first = True
    for theme, comps in THEMES:
        for i, (name, desc, levels) in enumerate(comps):
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            if i == 0:
                _band(d, theme)
            _para(d, name, 15, True, TEAL, after=4)
            _para(d, desc, 10.5, italic=True, after=10)
            for n, bullets in enumerate(levels, 1):
                _para(d, f"Level {n}", 11.5, True, after=3)
                for b in bullets:
                    p = _para(d, b, after=3)
                    H.set_num(p, bnum)
                _para(d, "", after=2)
            first = False
    # the last paragraph left empty by the loop is harmless
    src = Path(outdir) / f"{STEM}.docx"
    d.save(src)
    H.soffice(src, "pdf", H.DOCS)
    return H.DOCS / f"{STEM}.pdf"


def gold():
    comps = []
    for theme, cs in THEMES:
        for name, desc, levels in cs:
            comps.append(H.competency(
                STEM, name, desc,
                levels=[H.level(STEM, n, f"Level {n}", bs) for n, bs in enumerate(levels, 1)]))
    return TITLE, comps

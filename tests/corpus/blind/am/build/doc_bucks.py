"""Buckinghamshire County Council - Children's Workforce Safer Recruitment Toolkit (Version 1, March 2009), Section Six,
"Example competency interview questions to address suitable personal behaviours (including safeguarding children and
young people)": a three-column Word table (Positive indicators | Personal competencies | Negative indicators).
DOCX, python-docx: real Word table, Word decimal numbering for the competency titles (continuing across rows), Word
bullet numbering for the example questions, header and footer with PAGE field."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from amlib import (DOCS, add_field, add_numbering, bullet_lvl, clear_core_props, competency, decimal_lvl,  # noqa: E402
                   fix_widths, item, row_flags, set_num, shade)

STEM = "bucks-safer-recruitment-interview-questions"
FILE = DOCS / f"{STEM}.docx"

TITLE = ("Example competency interview questions to address suitable personal behaviours "
         "(including safeguarding children and young people)")
NOTE = ("These are examples of questions and indicators prepared for training purposes by one local authority "
        "(Buckinghamshire). They are meant as an illustration, not as a standard set of interview questions for "
        "ongoing use.")

# (name, descriptor, questions, positive, negative)
ROWS = [
    ("Motivations for working with children",
     "Self-awareness/knowledge and understanding of self, link between self and professional role.",
     ["What would you say are the main reasons that led you to want to work with children?",
      "How do you go about motivating young people?",
      "What has working with young people taught you about yourself so far?"],
     ["Convincing answers resting on a balanced understanding of self and circumstances.",
      "Knows own strengths and weaknesses realistically.",
      "Gives examples of having considered or tried other options.",
      "Has a realistic sense of the challenges of working with children.",
      "Can show that others noticed a personal talent and encouraged it."],
     ["Unconvincing answers resting on whimsical examples.",
      "Not self-aware; does not see themselves as others see them.",
      "Driven by own needs rather than the needs of others.",
      "Unrealistic about own strengths and weaknesses.",
      "Idealised picture of what working with children is really like.",
      "Has not considered any alternatives.",
      "Pushed by others, or by circumstance, into something they do not seem to have thought through."]),
    ("Emotional maturity and resilience",
     "Consistency under pressure, ability to use authority and respond appropriately, ability to seek "
     "help/support when necessary.",
     ["Tell us about a person you found particularly difficult to deal with. What made it difficult? How did you "
      "manage the situation?",
      "Describe a time when your authority with a group of children was seriously challenged. How did you react, "
      "and with hindsight what would you change?",
      "How do you look after yourself when work becomes stressful?"],
     ["Behaves consistently and appropriately under pressure or when in a position of authority.",
      "Keeps control of own emotions with adults and children.",
      "Understands their position of power and knows how to get help in difficult circumstances.",
      "Can describe the ways in which they cope with stress."],
     ["Loses temper or becomes defensive when challenged.",
      "Misuses authority, or avoids using it altogether.",
      "Regards asking for help as a sign of weakness.",
      "Shows signs of stress that is not being managed"]),
    ("Values and ethics",
     "Attitudes towards children and young people, understanding of professional boundaries, willingness to "
     "challenge poor practice.",
     ["How do you feel when a colleague holds an opinion very different from your own? What do you do in that "
      "situation?",
      "How have your views on child protection developed over time?",
      "Have you ever been concerned about the way a colleague behaved towards the children in their care? What did "
      "you do?"],
     ["Treats children as individuals with their own rights and needs.",
      "Recognises why appropriate boundaries between adults and children matter.",
      "Would raise concerns about a colleague\u2019s behaviour even when this is uncomfortable.",
      "Can reflect on how own attitudes have changed over time."],
     ["Talks about children as a group, with no sense of individual needs.",
      "Blurs or dismisses the boundaries between adults and children.",
      "Reluctant to report concerns, or would raise them only informally.",
      "Expresses rigid or judgemental views."]),
]


def _cell_para(cell, text, first=False, bold=False, italic=False, size=9.5, space_after=3):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def build():
    d = Document()
    clear_core_props(d, "Safer Recruitment Toolkit - Section Six")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)

    hp = sec.header.paragraphs[0]
    hp.text = "Buckinghamshire County Council\tChildren\u2019s workforce safer recruitment toolkit"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Section Six \u2013 Interviews and Templates     Version 1 March 2009     Page ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE", "31")

    t = d.add_paragraph()
    tr = t.add_run(TITLE)
    tr.bold = True
    tr.font.size = Pt(13)
    tr.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    n = d.add_paragraph()
    nr = n.add_run(NOTE)
    nr.italic = True
    nr.font.size = Pt(9)

    num_titles = add_numbering(d, decimal_lvl("%1.", left=284, hanging=284), "4B1C2A01")
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0]
    row_flags(hdr, cant_split=True, header=True)
    for c, txt in zip(hdr.cells, ["Positive indicators", "Personal competencies", "Negative indicators"]):
        _cell_para(c, txt, first=True, bold=True, size=10)
        shade(c, "D9E2F3")
    for name, desc, qs, pos, neg in ROWS:
        row = table.add_row()
        row_flags(row, cant_split=True)
        left, mid, right = row.cells
        for i, x in enumerate(pos):
            _cell_para(left, x, first=(i == 0))
        p = _cell_para(mid, name, first=True, bold=True, size=10)
        set_num(p, num_titles)
        _cell_para(mid, desc, italic=True)
        _cell_para(mid, "Example questions:", bold=True)
        num_b = add_numbering(d, bullet_lvl("\u2022", left=284, hanging=284), f"4B1C2B{len(qs):02d}")
        for q in qs:
            bp = _cell_para(mid, q)
            set_num(bp, num_b)
        for i, x in enumerate(neg):
            _cell_para(right, x, first=(i == 0))
    fix_widths(table, [8.3 / 2.54, 9.5 / 2.54, 8.3 / 2.54])

    d.save(FILE)
    return FILE


def gold():
    comps = []
    for name, desc, qs, pos, neg in ROWS:
        inds = [item(STEM, x, "Positive indicators") for x in pos] + \
               [item(STEM, x, "Negative indicators") for x in neg]
        comps.append(competency(STEM, name, desc, indicators=inds,
                                interview_questions=[item(STEM, q) for q in qs]))
    return "docx", TITLE, comps

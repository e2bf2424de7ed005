"""Louth County Council (Ireland) - Candidate Information Booklet, Administrative Officer (2020), excerpt with the
"Competency Model of Administrative Officer"; DOCX by python-docx.

Layout: header "Louth County Council" / "Candidate Information Booklet - Administrative Officer", page number
(PAGE field) centred in the footer; title block in English and Irish, "(Please read carefully)", closing-date
paragraph; "Table of Contents" as a two-column table (Item / Page); "The Role of Administrative Officer"; the
competency model as one Word table: a header row (Competency / Key Behavioural Indicators), a shaded merged row
for each of the four areas (Management & Change, Delivering Results, Performance Through People, Personal
Effectiveness), and under it one row per competency: name in bold with its description (italic) below in the left
cell, bullets in the right cell; then "Particulars of Post".
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "louth-administrative-officer-competency-model"
GREEN = RGBColor(0x00, 0x5E, 0x3A)

TOC = [("Louth County Council \u2013 General Information", "3"), ("The Role of Administrative Officer", "4"),
       ("Essential Criteria", "5"), ("Competency Model of Administrative Officer", "6"),
       ("Particulars of Post", "7"), ("Panel Information & Eligibility", "10"), ("Recruitment Process", "11"),
       ("The Interview", "12"), ("Important Notes", "13")]

MODEL = [
    ("Management & Change", "Strategic Focus and Managing Change",
     "Understands the policy and operating environment of local government and leads change in own area to meet "
     "the Council\u2019s objectives.",
     ["Understands the role and functions of the local authority and of the wider local government sector",
      "Links the work of own section to the Council\u2019s corporate plan and to national policy",
      "Anticipates how change will affect services and plans for it",
      "Introduces new ways of working and brings staff along with the change",
      "Is open to new ideas and encourages innovation in the team"]),
    ("Delivering Results", "Problem Solving & Decision Making",
     "Analyses information quickly and accurately, makes sound decisions and takes responsibility for them.",
     ["Gathers and weighs up the relevant information before acting",
      "Picks out the key issues in complex situations",
      "Makes timely, well-reasoned decisions, even under pressure",
      "Considers the wider consequences of decisions, including legal and financial ones",
      "Keeps records that show how decisions were reached"]),
    ("Performance Through People", "Leading, Motivating & Managing Performance",
     "Leads and develops the team so that it performs to a high standard.",
     ["Sets clear objectives and explains what is expected",
      "Delegates work fairly and in line with people\u2019s abilities",
      "Gives regular, honest feedback and deals promptly with under-performance",
      "Supports the training and development of staff",
      "Builds a positive and respectful working environment"]),
    ("Personal Effectiveness", "Resilience and Personal Commitment",
     "Stays effective under pressure and shows commitment to public service and to the Council\u2019s values.",
     ["Stays calm and positive when faced with setbacks or competing demands",
      "Manages own workload and priorities effectively",
      "Takes ownership of tasks and sees them through to completion",
      "Upholds the highest standards of integrity and impartiality",
      "Keeps own knowledge and skills up to date"]),
]


def _font(run, size=10.5, bold=False, color=None, italic=False):
    run.font.name = "Arial"
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    if color is not None:
        run.font.color.rgb = color


def _para(c, text, size=10.5, bold=False, color=None, italic=False, after=6, align=None):
    p = c.add_paragraph()
    if text:
        _font(p.add_run(text), size, bold, color, italic)
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def build(outdir):
    d = Document()
    H.clear_core_props(d, title="Candidate Information Booklet - Administrative Officer",
                       author="Louth County Council HR")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2)
    _font(hp.add_run("Louth County Council\tCandidate Information Booklet \u2013 Administrative Officer"), 8,
          color=GREEN)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE")
    bnum = H.add_numbering(d, H.bullet_lvl("\u25aa", 284, 284, "Arial"), "7C3D0A01")

    _para(d, "Louth County Council", 20, True, GREEN, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "Comhairle Contae L\u00fa", 14, False, GREEN, after=18, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "Candidate Information Booklet", 16, True, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "(Please read carefully)", 10.5, italic=True, after=18, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(d, "Administrative Officer", 18, True, GREEN, after=18, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = _para(d, "", after=18)
    _font(p.add_run("Closing Date: "), 10.5, True)
    _font(p.add_run("Completed application forms must be typed and emailed to the Human Resources Department no "
                    "later than 4.30 p.m. on Friday, 11th September 2020. Late applications will not be accepted."))

    _para(d, "Table of Contents", 13, True, GREEN, after=6)
    t = d.add_table(rows=1 + len(TOC), cols=2)
    t.style = "Table Grid"
    _font(t.cell(0, 0).paragraphs[0].add_run("Item"), 10.5, True)
    _font(t.cell(0, 1).paragraphs[0].add_run("Page"), 10.5, True)
    for i, (item, page) in enumerate(TOC, 1):
        _font(t.cell(i, 0).paragraphs[0].add_run(item), 10.5)
        _font(t.cell(i, 1).paragraphs[0].add_run(page), 10.5)
    H.fix_widths(t, [5.6, 0.8])

    d.add_page_break()
    _para(d, "The Role of Administrative Officer", 13, True, GREEN, after=6)
    _para(d, "The Administrative Officer is a middle management post. The post holder manages one or more sections "
             "or departments of the Council, including the staff assigned to them, works closely with senior "
             "management and elected members, and helps to develop and carry out the Council\u2019s policies and "
             "strategies.", after=12)

    _para(d, "Competency Model of Administrative Officer", 13, True, GREEN, after=6)
    _para(d, "Candidates will be expected to show, in their application form and at interview, that they have the "
             "knowledge, skills and behaviours needed for the role, as set out in the key competencies below.",
          after=8)
    rows = 1 + sum(2 for _ in MODEL)
    t = d.add_table(rows=rows, cols=2)
    t.style = "Table Grid"
    for c, head in zip(t.rows[0].cells, ("Competency", "Key Behavioural Indicators")):
        _font(c.paragraphs[0].add_run(head), 10.5, True, RGBColor(0xFF, 0xFF, 0xFF))
        H.shade(c, "005E3A")
    H.header_row(t.rows[0])
    r = 1
    for area, name, desc, inds in MODEL:
        a = t.cell(r, 0).merge(t.cell(r, 1))
        _font(a.paragraphs[0].add_run(area), 11, True, GREEN)
        H.shade(a, "DCEBE2")
        r += 1
        left, right = t.cell(r, 0), t.cell(r, 1)
        _font(left.paragraphs[0].add_run(name), 10.5, True)
        lp = left.add_paragraph()
        _font(lp.add_run(desc), 9.5, italic=True)
        for j, ind in enumerate(inds):
            p = right.paragraphs[0] if j == 0 else right.add_paragraph()
            _font(p.add_run(ind), 10)
            p.paragraph_format.space_after = Pt(2)
            H.set_num(p, bnum)
        H.cant_split(t.rows[r])
        r += 1
    H.fix_widths(t, [2.3, 4.3])

    _para(d, "", after=6)
    _para(d, "Particulars of Post", 13, True, GREEN, after=6)
    _para(d, "The post is whole-time, permanent and pensionable. A panel may be formed from which future "
             "vacancies for Administrative Officer may be filled during the life of the panel.", after=6)
    _para(d, "The salary scale for the post is in line with Departmental Circular Letters and is paid fortnightly "
             "by Paypath.", after=6)

    path = H.DOCS / f"{STEM}.docx"
    d.save(path)
    return path


def gold():
    comps = [H.competency(STEM, name, desc, indicators=H.items(STEM, inds)) for _, name, desc, inds in MODEL]
    return "Candidate Information Booklet", comps

"""HKBU Personnel Office - Performance Planning and Review Form for Non-Teaching Staff (Executive/Professional
grade, salary bands D, E), form PERS/PMS/F1B, as a Word form (python-docx).

Bilingual headings (English / Chinese) as the HKBU forms print them; a rating-score table A-E; guidance notes;
Part A objectives table; Part B performance indicators (name + definition in one cell, rating boxes);
Parts C-E. Header with university/office/"Strictly Confidential"/form number, footer form number + Page X of Y.
"""
from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "hkbu-performance-planning-review-form"
TITLE = "Performance Planning and Review Form For Non-Teaching Staff"

RATINGS = [
    ("A (>8 – 10)",
     "Achieved the expected results on all objectives and went beyond the expectations/requirements of the "
     "position, offering proactive ideas and new methods that helped the office solve problems and raise the "
     "quality of its work; exceptionally dedicated to the job; highly efficient, effective and independent in "
     "carrying out duties; can be fully relied on to see work through to completion."),
    ("B (>6 – 8)",
     "Achieved the expected results on nearly all objectives. Meets nearly all expectations/requirements of the "
     "position efficiently and effectively. Can be fully relied on to complete work independently."),
    ("C (>4 – 6)",
     "Achieved the expected results on most objectives. Meets most expectations/requirements of the position. "
     "Dedicated and committed; can usually be relied on to carry out the job independently."),
    ("D (>2 – 4)",
     "Achieved the expected results on some objectives, but the work needs checking and guidance/coaching "
     "before most of it is done. Only just meets the minimum requirements of the job/position."),
    ("E (1 – 2)",
     "Did not achieve the expected results on most objectives. Performance is below expectations. Needs "
     "frequent checking, coaching and guidance to get some of the work done."),
]

NOTES = [
    "Please refer to the guidelines and definitions on Performance Indicators inside the Manual on New Pay and "
    "Reward Structure – Performance-based Reward System for Non-teaching Staff (the Manual) when completing "
    "this form.",
    "Please put a \u2713 in the appropriate box.",
    "Rating scores may be given to one decimal place (e.g. 7.5). A score of 2 or below, or above 8, must be "
    "supported by remarks.",
    "The completed form should be returned to the Personnel Office in a sealed envelope marked “Strictly "
    "Confidential” through the Head of Department/Office.",
]

# (name, definition, scope note or None)
INDICATORS = [
    ("Professional Knowledge and Skills",
     "Has the knowledge, skills and expertise that the position requires and keeps them up to date; applies "
     "them effectively to work of increasing scope and complexity.", None),
    ("Planning and Organising",
     "Sets priorities, plans ahead and organises resources and own time so that work is completed to the "
     "agreed standards and deadlines.", None),
    ("Judgement and Decision Making",
     "Analyses problems, weighs the relevant facts and options, and reaches sound and timely decisions within "
     "the limits of own authority.", None),
    ("Communication and Interpersonal Relationship",
     "Expresses ideas clearly in speech and in writing, listens to others, and builds cooperative working "
     "relationships with colleagues, students and other stakeholders.", None),
    ("Leadership and Staff Management",
     "Gives direction to subordinates, delegates appropriately, motivates and develops staff, and builds an "
     "effective team.",
     "(Applicable to appraisees with supervisory responsibility only)"),
]

FONT = "Arial"


def _run(p, text, bold=False, size=9, italic=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    r.font.name = FONT
    return r


def _para(container, text="", bold=False, size=9, align=None, italic=False, after=2):
    p = container.add_paragraph()
    if text:
        _run(p, text, bold, size, italic)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    return p


def _cell(cell, text, bold=False, size=9, italic=False, align=None):
    p = cell.paragraphs[0]
    _run(p, text, bold, size, italic)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(1)
    return p


def build():
    doc = Document()
    H.clear_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(9)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Inches(11.69), Inches(8.27)      # A4
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin, sec.bottom_margin = Inches(0.6), Inches(0.6)
    sec.header_distance = sec.footer_distance = Inches(0.3)

    # header: university + office on the left, confidentiality + form number on the right
    hp = sec.header.paragraphs[0]
    for pp in (hp,):
        pp.paragraph_format.tab_stops.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
        pp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.85), WD_TAB_ALIGNMENT.RIGHT)
    _run(hp, "HONG KONG BAPTIST UNIVERSITY  香港浸會大學", bold=True, size=10)
    _run(hp, "\tStrictly Confidential  絕對機密", bold=True, size=9)
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
    hp2.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.CLEAR)
    hp2.paragraph_format.tab_stops.add_tab_stop(Inches(6.85), WD_TAB_ALIGNMENT.RIGHT)
    _run(hp2, "Personnel Office  人事處", size=9)
    _run(hp2, "\tPERS/PMS/F1B", size=9)

    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.CLEAR)
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.85), WD_TAB_ALIGNMENT.RIGHT)
    _run(fp, "PERS/PMS/F1B (04/2012)", size=7)
    r = _run(fp, "\tPage ", size=7)
    H.add_field(fp, "PAGE")
    _run(fp, " of ", size=7)
    H.add_field(fp, "NUMPAGES", "4")
    for rr in fp.runs:
        rr.font.size = Pt(7)

    _para(doc, TITLE, bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(doc, "非教學人員工作表現計劃及評核表格", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(doc, "FOR EXECUTIVE/PROFESSIONAL GRADE STAFF (SALARY BANDS D, E)", bold=True, size=10,
          align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(doc, "適用於行政/專業職系員工 (薪級組別 D, E)", size=9, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    _para(doc, "Assessment Period 評核期: From __________________ to __________________", size=9, after=6)

    _para(doc, "Personal Particulars of Staff  員工資料", bold=True, size=10, after=2)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Name 姓名", "Staff No. 職員編號"), ("Position 職位", "Dept/Office 部門/單位")]):
        _cell(t.rows[i].cells[0], a, bold=True)
        _cell(t.rows[i].cells[2], b, bold=True)
    H.fix_widths(t, [1.3, 2.15, 1.3, 2.15])
    _para(doc, "", after=4)

    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _cell(t.rows[0].cells[0], "Rating Score 評分", bold=True)
    _cell(t.rows[0].cells[1], "Definition of Expectations/Standards  期望/標準的定義", bold=True)
    for c in t.rows[0].cells:
        H.shade(c, "D9D9D9")
    for grade, text in RATINGS:
        row = t.add_row()
        _cell(row.cells[0], grade, bold=True)
        _cell(row.cells[1], text, size=8)
    H.fix_widths(t, [1.1, 5.8])
    _para(doc, "", after=4)

    _para(doc, "Guidance Notes for Filling Out the Form  填寫表格須知", bold=True, size=10, after=2)
    num = H.add_numbering(doc, H.decimal_lvl("%1.", left=360, hanging=360), "3A1F22C1")
    for n in NOTES:
        p = _para(doc, n, size=8, after=1)
        H.set_num(p, num)

    # Part A
    _para(doc, "", after=2)
    _para(doc, "Part A – Performance Objectives  甲部 – 工作目標", bold=True, size=10, after=2)
    _para(doc, "To be agreed between the appraisee and the appraiser at the beginning of the assessment period "
               "and reviewed at the end of it.", size=8, italic=True, after=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["No.", "Key Result Areas / Objectives", "Performance Standards / "
                                        "Measures", "Results Achieved", "Rating Score"]):
        _cell(c, txt, bold=True, size=8)
        H.shade(c, "D9D9D9")
    H.header_row(t.rows[0])
    for i in range(1, 5):
        row = t.add_row()
        _cell(row.cells[0], f"{i}.", size=8)
        for c in row.cells[1:]:
            _cell(c, "\n\n", size=8)
    H.fix_widths(t, [0.4, 2.2, 1.8, 1.7, 0.8])

    # Part B
    doc.add_page_break()
    _para(doc, "Part B – Performance Indicators  乙部 – 工作表現指標", bold=True, size=10, after=2)
    _para(doc, "Please assess the appraisee against each of the performance indicators below, taking into "
               "account the definitions given. Remarks or examples should be given in support of the rating.",
          size=8, italic=True, after=3)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Performance Indicators  工作表現指標", "Rating Score  評分",
                                        "Remarks / Examples  備註 / 例子"]):
        _cell(c, txt, bold=True, size=8)
        H.shade(c, "D9D9D9")
    H.header_row(t.rows[0])
    for i, (name, definition, scope) in enumerate(INDICATORS, 1):
        row = t.add_row()
        H.cant_split(row)
        c0 = row.cells[0]
        p = c0.paragraphs[0]
        _run(p, f"{i}. ", bold=True, size=9)
        _run(p, name, bold=True, size=9)
        p.paragraph_format.space_after = Pt(1)
        p2 = c0.add_paragraph()
        _run(p2, definition, size=8)
        p2.paragraph_format.space_after = Pt(1)
        if scope:
            p3 = c0.add_paragraph()
            _run(p3, scope, size=7.5, italic=True)
        _cell(row.cells[1], "A \u2610  B \u2610  C \u2610  D \u2610  E \u2610", size=8)
        p4 = row.cells[1].add_paragraph()
        _run(p4, "Score: ______", size=8)
        _cell(row.cells[2], "", size=8)
    row = t.add_row()
    _cell(row.cells[0], "Overall Rating Score  整體評分", bold=True, size=9)
    _cell(row.cells[1], "Score: ______", size=8)
    H.fix_widths(t, [3.6, 1.4, 1.9])

    _para(doc, "", after=4)
    _para(doc, "Part C – Training and Development Needs  丙部 – 培訓及發展需要", bold=True, size=10, after=2)
    _para(doc, "Training or development activities agreed for the coming assessment period:", size=8, after=2)
    for _ in range(3):
        _para(doc, "_" * 98, size=8, after=4)

    _para(doc, "Part D – Comments of Appraisee  丁部 – 被評核人意見", bold=True, size=10, after=2)
    for _ in range(3):
        _para(doc, "_" * 98, size=8, after=4)

    _para(doc, "Part E – Signatures  戊部 – 簽署", bold=True, size=10, after=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["", "Appraisee 被評核人", "Appraiser 評核人",
                                        "Countersigning Officer 加簽人"]):
        _cell(c, txt, bold=True, size=8)
    for r_, txt in zip(t.rows[1:], ["Signature 簽署", "Name 姓名", "Date 日期"]):
        _cell(r_.cells[0], txt, bold=True, size=8)
    H.fix_widths(t, [1.3, 1.85, 1.85, 1.9])

    out = H.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


def gold(path):
    comps = []
    for name, definition, scope in INDICATORS:
        notes = [H.item(STEM, scope)] if scope else []
        comps.append(H.competency(STEM, name, definition, notes=notes))
    return H.write_gold(path, "docx", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))

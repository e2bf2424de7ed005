"""Henrico County (Virginia), Department of Human Resources: Competency Anchors (2008 County-wide competencies).

PDF laid out as a spreadsheet printout (python-docx -> LibreOffice Writer; LibreOffice Calc is not installed
here, so the printout is reproduced page by page). The anchor table is wider than the page, so it is printed over
two pages side by side, as Calc does with "top to bottom, then right" page order and column A as a print-title
column: page 1 holds Competency | Definition | 5 | 4, page 2 the repeated Competency column and 3 | 2 | 1. Rating columns run from the highest (5) to the lowest (1); the ranking is
stated only in the legend line. Calc-style header (sheet name "Anchors") and footer ("Page 1").
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "henrico-competency-anchors"
DOC = STEM
TITLE = "Henrico County Competency Anchors"
SUB = "Department of Human Resources \u2013 Organizational Learning and Talent Development"
LEGEND = ("How to read the anchors: each competency is rated on the County\u2019s five-point scale. The rating "
          "columns run from the highest rating (5) on the left to the lowest rating (1) on the right; 3 describes "
          "fully successful performance.")

ROWS = [
    ("Results Driven",
     "Sets and meets high standards for the quality and quantity of work; plans, organizes and follows through so "
     "that agency and County goals are reached on time and within budget.",
     ["Consistently exceeds goals for quality and quantity; anticipates obstacles and removes them before they "
      "affect results; finds ways to deliver more with the same resources and is relied on by others to complete "
      "critical assignments.",
      "Frequently exceeds goals; plans work carefully, adjusts priorities when needed and completes assignments "
      "ahead of deadlines with little supervision.",
      "Meets goals for quality and quantity; plans and organizes work, meets deadlines and follows through on "
      "commitments.",
      "Meets some goals but needs reminders to meet deadlines; work sometimes must be corrected or redone.",
      "Does not meet goals; misses deadlines and leaves assignments incomplete; work regularly requires "
      "correction by others."]),
    ("Serving Customers",
     "Anticipates, understands and responds to the needs of internal and external customers, delivering service "
     "that is courteous, timely and accurate.",
     ["Builds lasting relationships with customers and anticipates their needs; resolves difficult or escalated "
      "concerns and improves processes so that problems do not recur; is a model of service for the work unit.",
      "Goes beyond what is asked to meet customer needs; follows up to make sure concerns were resolved and "
      "shares customer feedback with the team.",
      "Treats customers with courtesy and respect; responds to requests promptly and accurately and refers "
      "customers to the right resource when needed.",
      "Responds to customer requests but is not always timely or courteous; follow-up is inconsistent.",
      "Is discourteous or unresponsive to customers; requests go unanswered or are passed on without "
      "resolution."]),
    ("Technological Literacy",
     "Learns, uses and keeps current with the technology, equipment and software needed for the job, and applies "
     "it to work more efficiently.",
     ["Masters new systems quickly and helps others learn them; identifies technology that improves the work of "
      "the unit and champions its use.",
      "Uses the full range of features of job-related systems and software; learns new tools on own initiative.",
      "Uses the technology and software required for the job correctly and keeps skills current as systems "
      "change.",
      "Uses basic functions of required systems but relies on others for routine tasks; is slow to adopt "
      "updates.",
      "Is unable or unwilling to use the technology required for the job."]),
]
RATINGS = ["5", "4", "3", "2", "1"]


def make_docx(path):
    """Spreadsheet-style printout: page 1 = columns A-D, page 2 = column A repeated + E-G (Calc's
    'top to bottom, then right' page order with column A as a print-title column)."""
    doc = Document()
    H.clear_core_props(doc, "Competency Anchors")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.5)
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.add_run("Anchors")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    H.add_field(fp, "PAGE", "1")

    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(14), RGBColor.from_string("1B4F72")
    p = doc.add_paragraph()
    p.add_run(SUB).italic = True
    p = doc.add_paragraph(LEGEND)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(12)

    def grid(cols, widths, first_page):
        t = doc.add_table(rows=1 + len(ROWS), cols=len(cols))
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, cols):
            H.set_cell(c, txt, bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
            H.shade(c, "D6E4F0")
        for i, (name, definition, anchors) in enumerate(ROWS, 1):
            vals = [name] + ([definition] + anchors[:2] if first_page else anchors[2:])
            for j, v in enumerate(vals):
                H.set_cell(t.cell(i, j), v, bold=(j == 0), size=9)
            H.cant_split(t.rows[i])
        H.fix_widths(t, widths)
        return t

    grid(["Competency", "Definition"] + RATINGS[:2], [1.3, 2.0, 1.9, 1.9], True)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    grid(["Competency"] + RATINGS[2:], [1.3, 1.9, 1.9, 1.9], False)
    doc.save(path)


def build():
    H.TMP.mkdir(parents=True, exist_ok=True)
    src = H.TMP / f"{STEM}.docx"
    make_docx(src)
    out = H.DOCS / f"{STEM}.pdf"
    H.docx_to_pdf(src, out)
    comps = []
    for name, definition, anchors in ROWS:
        levels = [H.level(int(r), r, [H.item(DOC, a)]) for r, a in zip(RATINGS, anchors)]
        comps.append(H.competency(DOC, name, definition, levels=levels))
    H.write_gold(out, "pdf", TITLE, comps)

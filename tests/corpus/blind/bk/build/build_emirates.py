"""The Emirates Group, "The Competency Framework" (annual review guide) excerpt -> PDF.

Layout: A4, Word styles (Title, Heading 1 / Heading 2 with typed section numbers), a bordered "Document
Summary" box, a typed Table of Contents with dot leaders whose entries are in CAPITALS (page numbers filled in
by a second rendering pass), sections 1-3 (introduction, what competencies look like, how to select them), then
clusters "4 Delivering Results" / "5 People Focus" with a one-line description, and per competency a Heading 2
"4.1 Customer Service Orientation", a definition paragraph and bold "Level 1" ... "Level 4" lines each followed
by Word bullets. Running header and "Page x of y" footer.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bklib as L  # noqa: E402

import pdfplumber  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER  # noqa: E402
from docx.shared import Inches, Pt  # noqa: E402

STEM = "emirates-competency-framework"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "The Competency Framework"
FONT = "Liberation Sans"

SUMMARY = ("Besides being measured against a set of annual objectives, each employee is also assessed against a "
           "set of competencies, which describe the behaviour and skills a person needs to achieve those "
           "objectives. The competencies for a job are chosen when the job is created, and they automatically "
           "become the competency set used for the job holder in the annual review. This document lists the "
           "competencies that can be selected and gives guidance on choosing them.")

INTRO = ("The competency framework describes the behaviours that the Group values in its people, whatever their "
         "department, station or nationality. It gives managers and employees a common language for talking "
         "about performance, and it is used in the annual performance review, in recruitment and in planning "
         "each employee's development.")

WHAT = ["Each competency has a title, a short definition and four levels. Each level lists behaviours that a "
        "person working at that level typically shows.",
        "The levels build on each other: an employee assessed at Level 3 is expected to show the behaviours of "
        "Levels 1 and 2 as well. Level 1 describes what is expected of every employee; Level 4 describes the "
        "behaviours of those who shape how a whole area of the business works."]

SELECT = ["Select between four and six competencies for each job.",
          "Include Customer Service Orientation for every job that deals with customers, whether internal or "
          "external.",
          "Choose the level that the job requires, not the level of the current job holder.",
          "Review the selection whenever the responsibilities of the job change."]

CLUSTERS = [
    ("4", "Delivering Results", "The competencies in this cluster are about what we achieve and how well we "
     "achieve it.", [
         ("4.1", "Customer Service Orientation",
          "Puts the customer at the centre of everything they do; understands the needs of internal and "
          "external customers and works to meet and exceed them.",
          [["Greets customers courteously and gives them full attention.",
            "Responds to customer requests promptly and keeps the promises made to them.",
            "Passes customer feedback on to the right person."],
           ["Asks questions to find out what the customer really needs.",
            "Takes ownership of a customer problem until it is resolved or properly handed over.",
            "Keeps customers informed of progress, especially when there are delays."],
           ["Anticipates customer needs and offers solutions before being asked.",
            "Uses customer feedback and complaint trends to improve the service of the team.",
            "Balances the needs of the customer with the commercial interests of the company."],
           ["Builds long-term relationships with key customers and partners.",
            "Sets service standards for the area and makes sure that systems and processes support them.",
            "Promotes a customer-first culture across departments."]]),
         ("4.2", "Initiative and Commitment to Achieve",
          "Shows drive and energy in achieving results; takes action without being asked and keeps going in "
          "the face of obstacles.",
          [["Completes assigned work to the expected standard and on time.",
            "Acts on problems within own area without waiting to be told.",
            "Shows enthusiasm for the job and a willingness to take on extra tasks."],
           ["Sets challenging goals for own work and tracks progress towards them.",
            "Looks for better ways of doing the job and tries them out.",
            "Persists with tasks when faced with setbacks."],
           ["Takes calculated risks to achieve significant improvements in results.",
            "Starts new projects that add value to the department.",
            "Motivates the team to reach stretching targets."],
           ["Drives initiatives that change the way the business operates.",
            "Creates an environment in which others are encouraged to take the initiative."]]),
         ("4.3", "Attention to Detail and Quality",
          "Makes sure that work is accurate, complete and of a high standard; checks details and follows "
          "procedures.",
          [["Checks own work for errors before passing it on.",
            "Follows procedures, regulations and safety standards consistently."],
           ["Keeps accurate records and documentation that others can rely on.",
            "Spots inconsistencies in information and follows them up.",
            "Sets up simple checks to prevent errors in routine work."],
           ["Designs quality checks for the processes of the team and monitors the results.",
            "Reviews the work of others constructively and helps them improve its accuracy."],
           ["Establishes quality standards and audit processes for a whole area of the business.",
            "Holds managers accountable for quality results and corrective action."]]),
     ]),
    ("5", "People Focus", "These competencies are about how we work with and through other people.", [
        ("5.1", "Teamwork",
         "Works co-operatively with others towards shared goals; values the contributions of colleagues from "
         "different backgrounds and cultures.",
         [["Shares information and helps colleagues when they are busy.",
           "Treats colleagues of all nationalities with respect.",
           "Accepts the decisions of the team and supports them."],
          ["Contributes ideas in team discussions and listens to the views of others.",
           "Deals with disagreements within the team openly and constructively.",
           "Builds good working relationships with other departments."],
          ["Brings people from different teams together to solve shared problems.",
           "Recognises and celebrates the contributions of team members."],
          ["Builds a culture of co-operation across divisions and stations.",
           "Removes the barriers that stop teams from working together."]]),
    ]),
]


def toc_entries():
    out = [("1", "INTRODUCTION TO THE COMPETENCY FRAMEWORK", 0),
           ("2", "WHAT DO COMPETENCIES LOOK LIKE?", 0),
           ("3", "HOW TO SELECT COMPETENCIES", 0)]
    for num, cname, _, comps in CLUSTERS:
        out.append((num, cname.upper(), 0))
        for cnum, name, _, _ in comps:
            out.append((cnum, name.upper(), 1))
    return out


def heading_texts():
    out = ["1 Introduction to the Competency Framework", "2 What do Competencies Look Like?",
           "3 How to Select Competencies"]
    for num, cname, _, comps in CLUSTERS:
        out.append(f"{num} {cname}")
        out += [f"{cnum} {name}" for cnum, name, _, _ in comps]
    return out


def render(pages):
    d = Document()
    L.clear_core_props(d, TITLE)
    L.style_font(d, "Normal", FONT, 10)
    L.style_font(d, "Title", FONT, 22, bold=True, color="C8102E")
    L.style_font(d, "Heading 1", FONT, 13, bold=True, color="000000")
    L.style_font(d, "Heading 2", FONT, 11, bold=True, color="C8102E")
    d.styles["Normal"].paragraph_format.space_after = Pt(5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(1.0)
    sec.top_margin, sec.bottom_margin = Inches(0.9), Inches(0.9)

    hp = sec.header.paragraphs[0]
    L.right_tab(hp, Inches(6.27))
    L.font(hp.add_run("The Competency Framework"), FONT, 8, color="666666")
    hp.add_run("\t")
    L.font(hp.add_run("Emirates Group \u2013 Human Resources"), FONT, 8, color="666666")
    L.para_border(hp, ("bottom",), color="C8102E", size=6)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, Inches(6.27))
    L.font(fp.add_run("Internal \u2013 for use by Group employees"), FONT, 8, color="666666")
    fp.add_run("\t")
    for txt, fld in (("Page ", None), (None, "PAGE"), (" of ", None), (None, "NUMPAGES")):
        if fld:
            L.add_field(fp, fld, "1")
        else:
            fp.add_run(txt)
    for r in fp.runs[2:]:
        L.font(r, FONT, 8)

    bullets = L.add_numbering(d, L.bullet_lvl("\u2022", left=500, hanging=250, font="Liberation Sans"), "3E4F5A6B")

    d.add_paragraph(TITLE, style="Title")
    # Document summary box
    t = d.add_table(rows=1, cols=1)
    L.table_borders(t, "808080", 8)
    L.set_cell_margins(t, 90, 90, 140, 140)
    L.fix_widths(t, [6.27])
    c = t.rows[0].cells[0]
    L.shade(c, "F2F2F2")
    p = c.paragraphs[0]
    L.font(p.add_run("Document Summary"), FONT, 10, bold=True)
    p = c.add_paragraph()
    L.font(p.add_run(SUMMARY), FONT, 9.5)
    d.add_paragraph()

    p = d.add_paragraph()
    L.font(p.add_run("Table of Contents"), FONT, 12, bold=True)
    for num, text, lvl in toc_entries():
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.left_indent = Inches(0.25 * lvl)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.27), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        L.font(p.add_run(f"{num} {text}\t{pages.get(num, 1)}"), FONT, 9, bold=(lvl == 0))

    def h1(text):
        h = d.add_paragraph(text, style="Heading 1")
        h.paragraph_format.space_before = Pt(12)
        return h

    h1("1 Introduction to the Competency Framework")
    d.add_paragraph(INTRO)
    h1("2 What do Competencies Look Like?")
    for w in WHAT:
        d.add_paragraph(w)
    h1("3 How to Select Competencies")
    d.add_paragraph("When a job is created or reviewed, the line manager and the HR business partner agree the "
                    "competency set together. Keep the following in mind:")
    for s in SELECT:
        p = d.add_paragraph(s)
        L.set_num(p, bullets)
        p.paragraph_format.space_after = Pt(2)

    for num, cname, cdesc, comps in CLUSTERS:
        h1(f"{num} {cname}")
        p = d.add_paragraph()
        L.font(p.add_run(cdesc), FONT, 10, italic=True)
        for cnum, name, definition, levels in comps:
            h = d.add_paragraph(f"{cnum} {name}", style="Heading 2")
            h.paragraph_format.space_before = Pt(10)
            d.add_paragraph(definition)
            for k, bl in enumerate(levels):
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(4)
                p.paragraph_format.space_after = Pt(1)
                p.paragraph_format.keep_with_next = True
                L.font(p.add_run(f"Level {k + 1}"), FONT, 10, bold=True)
                for b in bl:
                    bp = d.add_paragraph(b)
                    L.set_num(bp, bullets)
                    bp.paragraph_format.space_after = Pt(1)
    L.docx_to_pdf(d, OUT)


def heading_pages():
    """Page of each numbered heading in the rendered PDF (skipping the TOC entries on page 1)."""
    pages = {}
    with pdfplumber.open(OUT) as pdf:
        texts = [pg.extract_text() or "" for pg in pdf.pages]
    for h in heading_texts():
        num = h.split()[0]
        for i, t in enumerate(texts):
            lines = [ln.strip() for ln in t.splitlines()]
            if any(ln == h for ln in lines):
                pages[num] = i + 1
                break
    return pages


def build():
    render({})
    pages = heading_pages()
    render(pages)
    assert heading_pages() == pages, "TOC page numbers moved"


def gold():
    doc = STEM
    comps = []
    for _, _, _, cl in CLUSTERS:
        for _, name, definition, levels in cl:
            comps.append(L.competency(doc, name, definition,
                                      levels=[L.level(doc, k + 1, f"Level {k + 1}", bl)
                                              for k, bl in enumerate(levels)]))
    return L.write_gold(OUT, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    print(gold())

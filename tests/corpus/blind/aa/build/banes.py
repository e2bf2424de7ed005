"""Bath & North East Somerset Council - competency framework page "Principles of Behaviour"
(core level 1 behaviours, October 2009).

Rendered python-docx (banner table with the principle quoted under the title, a scope sentence, bold
sub-headings with "You ..." bullets, running header and footer with date and page number) ->
LibreOffice PDF: docs/banes-principles-of-behaviour.pdf."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

import common as C
import helpers as H

STEM = "banes-principles-of-behaviour"
NAME = "Principles of Behaviour"
QUOTE = ("\u2018You are an Ambassador for the Council and aim to keep raising customer satisfaction by always "
         "delivering what you promise in an efficient, effective and courteous way\u2019")
SCOPE = ("The behaviours in this competency are the core level 1 behaviours expected of everyone and must "
         "be shown by all staff as a minimum, i.e., the \u2018Bath & North East Somerset Employee\u2019.")

GROUPS = [
    ("Team work", [
        "You seek out, listen to and take account of the views and opinions of others",
        "You play an active part in team meetings and readily share useful information with others",
        "You work with cross-functional teams to remove barriers and ease time pressures"]),
    ("Organisation and time management", [
        "You are reliable and organised in the way you work",
        "You show commitment to the job by always arriving on time for work and for meetings",
        "You make promises to people with realistic timescales and keep to what you have promised",
        "You keep others informed of progress and reply in good time",
        "You act in an energy efficient way at all times and avoid wasting resources such as electricity, "
        "vehicle fuel, water and paper"]),
    ("Customer service", [
        "You are friendly and readily offer support and help to colleagues and customers",
        "You adapt to what customers need, try to see things from the customer\u2019s point of view and "
        "respond accordingly",
        "You take pride in working for the Council and always try to show the Council in a positive light"]),
    ("Using initiative and implementing change", [
        "You are open to new ideas and to new ways of working",
        "You are personally committed to your own development and keep looking for ways to improve your "
        "performance",
        "You take ownership of a problem and see it through until it is resolved"]),
    ("Communication skills", [
        "You explain information clearly and accurately, using suitable language",
        "You are polite, show respect for others and treat everyone equally",
        "You keep your written communication clear, brief and accurate"]),
]


def build_docx(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    hp = sec.header.paragraphs[0]
    H.run(hp, "Bath & North East Somerset Council", bold=True, size=9, color="00437A", font="Arial")
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    H.run(hp2, "Competency Framework \u2013 Core Competencies", size=8, font="Arial")
    fp = sec.footer.paragraphs[0]
    H.run(fp, "October 2009\t\tPage ", size=8, font="Arial")
    C.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)

    t = d.add_table(rows=2, cols=1)
    H.borders(t, sz=8, color="00437A")
    C.fix_widths(t, [6.7])
    c0, c1 = t.cell(0, 0), t.cell(1, 0)
    C.shade(c0, "00437A")
    p = c0.paragraphs[0]
    H.run(p, NAME, bold=True, size=14, color="FFFFFF", font="Arial")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c1.paragraphs[0]
    H.run(p, QUOTE, bold=True, italic=True, size=11, font="Arial")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.para(d, "", after=2)
    H.para(d, SCOPE, italic=True, after=10)
    bl = C.add_numbering(d, C.bullet_lvl("\u2022", left=567, hanging=284, font="Arial"), "3E1F0B21")
    for head, bullets in GROUPS:
        H.para(d, head, bold=True, size=11, color="00437A", before=8, after=3)
        for b in bullets:
            p = d.add_paragraph()
            H.run(p, b)
            C.set_num(p, bl)
            p.paragraph_format.space_after = Pt(2)
    d.save(path)


def gold():
    ind = []
    for head, bullets in GROUPS:
        ind += H.items(bullets, STEM, head)
    return [H.comp(NAME, STEM, QUOTE, indicators=ind, notes=[H.it(SCOPE, STEM)])]


def main():
    src = H.WORK / f"{STEM}.docx"
    build_docx(src)
    H.soffice(src, "pdf:writer_pdf_Export", H.DOCS)
    H.write_gold(STEM, f"{STEM}.pdf", "pdf", NAME, gold())


if __name__ == "__main__":
    main()

"""GH Hospitality (Ghana), "The Image of Hotel Supervisors: A Self-Appraisal" rating form -> DOCX.

Layout: a Word FORM (python-docx, A4 landscape, Calibri-like font): header "GH HOSPITALITY" / form name,
title, intro, "How to use this form" numbered steps, a 2x4 fill-in table (Name / Hotel / Department / Date),
then numbered capitalised sections ("1. TECHNICAL COMPETENCIES", "2. HUMAN RELATION SKILLS", "3. PERSONAL
ATTRIBUTES") with lettered competencies ("a. Communication") and, for each, a SEVEN-COLUMN RATING TABLE:
row "Performance definition" with six cells, row "Score" 0-5, row "Tick (\u2713)" with six real Word CHECKBOX
CONTENT CONTROLS (w14:checkbox, unticked); closing total-score line, comment lines and signature lines;
footer with copyright/website and PAGE field.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bklib as L  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.shared import Inches, Pt  # noqa: E402

STEM = "ghh-hotel-supervisor-self-appraisal"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "THE IMAGE OF HOTEL SUPERVISORS: A SELF-APPRAISAL"
FONT = "Carlito"

INTRO = ("This form goes with our series on the image of hotel supervisors. Supervisors in small and "
         "medium-sized hotels seldom receive structured feedback on how they work, so we invite you to "
         "appraise yourself honestly against the descriptions below. There are no right or wrong answers: the "
         "aim is to see where you stand today and where you want to grow.")

STEPS = ["Read all six performance definitions for each competency before you decide.",
         "Tick the box under the score that best describes how you work today.",
         "Add up your scores and note the areas you want to improve.",
         "Discuss the completed form with your manager or the owner of the hotel."]

SECTIONS = [
    ("1. TECHNICAL COMPETENCIES", [
        ("a.", "Job Knowledge", [
            "Not able to carry out the basic tasks of the staff I supervise.",
            "Able to carry out only the basic tasks of my staff, without following clear standards.",
            "Able to carry out the basic tasks of my staff, guided by the standards set by the hotel.",
            "Able to carry out most tasks given to my staff; spots shortfalls and helps to correct them.",
            "Knows every skill in my area thoroughly; trains staff and directs them whenever needed.",
            "Has full mastery of every part of the job and keeps up with current practice in my field."]),
    ]),
    ("2. HUMAN RELATION SKILLS", [
        ("a.", "Communication", [
            "Talks too much or too little and is often misunderstood by staff, colleagues and guests, but "
            "gets on well with the owner or manager.",
            "Gets on well with subordinates but not with colleagues, management, guests or the owner.",
            "Shares ideas and opinions, but backs down when top management disagrees.",
            "Listens well and speaks and writes good English, but is shy and lacks confidence.",
            "Open-minded, confident and empathetic; negotiates well and relates to everyone.",
            "Listens closely, expresses self briefly and clearly, reads non-verbal signals and relates well to "
            "all."]),
        ("b.", "Leadership", [
            "Wants to succeed but feels held back by a lack of education and professional qualifications.",
            "Understands the team and can do every part of the job, but lacks judgement and drive.",
            "Self-confident, but lacks the background or experience needed to lead the team.",
            "Keeps effective control of team members, shows commitment and contributes to team efforts.",
            "Helps staff find meaning and passion in their work so that they give their best.",
            "Sets a clear direction, develops future supervisors and is followed willingly by the whole team."]),
        ("c.", "Team Spirit", [
            "Prefers to work alone and keeps information from others.",
            "Helps colleagues only when management asks.",
            "Cooperates within own department but not with other departments.",
            "Works well with other departments to solve the problems of guests.",
            "Builds team spirit in own department and encourages cooperation between shifts.",
            "Brings all departments together around the guest; seen as a role model of teamwork."]),
    ]),
    ("3. PERSONAL ATTRIBUTES", [
        ("a.", "Grooming and Presentation", [
            "Often comes to work untidy or out of uniform.",
            "Meets the grooming standards only when reminded.",
            "Meets the grooming standards of the hotel most of the time.",
            "Always well groomed and makes sure that staff meet the standards.",
            "Presents a professional image that guests and staff remark on.",
            "Sets the standard of presentation for the whole hotel and coaches others in it."]),
    ]),
]

CHECKBOX = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
            '<w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
            '<w:sz w:val="28"/></w:rPr><w:id w:val="{id}"/>'
            '<w14:checkbox><w14:checked w14:val="0"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
            'w:hAnsi="MS Gothic" w:hint="eastAsia"/><w:sz w:val="28"/></w:rPr><w:t>\u2610</w:t></w:r>'
            '</w:sdtContent></w:sdt>')


def cell_text(cell, text, size=9.5, bold=False, align=None):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    if align:
        p.alignment = align
    L.font(p.add_run(text), FONT, size, bold=bold)
    return p


def build():
    d = Document()
    L.clear_core_props(d, "Hotel Supervisor Self-Appraisal")
    L.style_font(d, "Normal", FONT, 11)
    d.styles["Normal"].paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin, sec.bottom_margin = Inches(0.7), Inches(0.6)
    width = 11.69 - 1.4

    hp = sec.header.paragraphs[0]
    L.right_tab(hp, Inches(width), clear=(3.25, 6.5))
    L.font(hp.add_run("GH HOSPITALITY"), FONT, 10, bold=True, color="8B4513")
    hp.add_run("\t")
    L.font(hp.add_run("Hotel Supervisor Self-Appraisal \u2013 Part 2b"), FONT, 9, italic=True)
    L.para_border(hp, ("bottom",), color="8B4513", size=6)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, Inches(width), clear=(3.25, 6.5))
    L.font(fp.add_run("\u00a9 GH Hospitality \u2022 www.ghhospitality.net \u2022 Accra, Ghana"), FONT, 8)
    fp.add_run("\t")
    L.add_field(fp, "PAGE", "1")
    for r in fp.runs[1:]:
        L.font(r, FONT, 8)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.font(p.add_run(TITLE), FONT, 16, bold=True, color="8B4513")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.font(p.add_run("Part 2b \u2013 Rating form for supervisors"), FONT, 11, italic=True)
    d.add_paragraph(INTRO)
    p = d.add_paragraph()
    L.font(p.add_run("How to use this form"), FONT, 11, bold=True)
    steps = L.add_numbering(d, L.decimal_lvl("%1.", left=360, hanging=270), "6C7D8E9F")
    for s in STEPS:
        sp = d.add_paragraph(s)
        L.set_num(sp, steps)
        sp.paragraph_format.space_after = Pt(1)

    f = d.add_table(rows=2, cols=4)
    L.table_borders(f, "A0A0A0", 4)
    L.fix_widths(f, [width / 4] * 4)
    for (r, c), lab in zip([(0, 0), (0, 1), (1, 0), (1, 1)], ["Name:", "Hotel:", "Department:", "Date:"]):
        cell = f.rows[r].cells[c * 2]
        cell_text(cell, lab, 10, bold=True)
        cell_text(f.rows[r].cells[c * 2 + 1], "")
    d.add_paragraph()

    box_id = 1000
    first_w = 1.35
    other_w = (width - first_w) / 6
    for sec_title, comps in SECTIONS:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.keep_with_next = True
        L.font(p.add_run(sec_title), FONT, 12, bold=True, color="8B4513")
        for letter, name, defs in comps:
            p = d.add_paragraph()
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_after = Pt(2)
            L.font(p.add_run(f"{letter} {name}"), FONT, 11, bold=True)
            t = d.add_table(rows=3, cols=7)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            L.table_borders(t, "000000", 4)
            L.set_cell_margins(t, 40, 40, 70, 70)
            L.fix_widths(t, [first_w] + [other_w] * 6)
            for row in t.rows:
                L.row_flags(row, cant_split=True)
            labels = ["Performance definition", "Score", "Tick (\u2713)"]
            for r in range(3):
                L.shade(t.rows[r].cells[0], "F3E5D8")
                cell_text(t.rows[r].cells[0], labels[r], 9.5, bold=True)
            for k, txt in enumerate(defs):
                cell_text(t.rows[0].cells[k + 1], txt, 9)
                cell_text(t.rows[1].cells[k + 1], str(k), 10, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
                L.shade(t.rows[1].cells[k + 1], "FAF3EC")
                cp = t.rows[2].cells[k + 1].paragraphs[0]
                cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                cp.paragraph_format.space_after = Pt(0)
                cp._p.append(parse_xml(CHECKBOX.replace("{id}", str(box_id))))
                box_id += 1
            sp = d.add_paragraph()
            sp.paragraph_format.space_after = Pt(4)

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    L.font(p.add_run("Total score: ________ / 25"), FONT, 11, bold=True)
    p = d.add_paragraph()
    L.font(p.add_run("Areas I want to improve:"), FONT, 11, bold=True)
    for _ in range(3):
        d.add_paragraph("_" * 110)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    L.font(p.add_run("Signature of supervisor: ____________________        "
                     "Signature of manager/owner: ____________________"), FONT, 11)
    d.save(str(OUT))


def gold():
    doc = STEM
    comps = []
    for _, cl in SECTIONS:
        for _, name, defs in cl:
            comps.append(L.competency(doc, name, None,
                                      levels=[L.level(doc, k + 1, str(k), [txt]) for k, txt in enumerate(defs)]))
    return L.write_gold(OUT, "docx", TITLE, comps)


if __name__ == "__main__":
    build()
    print(gold())

"""NHS Institute for Innovation and Improvement / Academy of Medical Royal Colleges, Medical Leadership
Competency Framework (3rd ed., July 2010), domain 1 "Demonstrating Personal Qualities", elements 1.1-1.3.

PDF, python-docx -> LibreOffice, A4. Running header (framework title), footer with the programme strapline and
page number starting at 13; domain opener with a domain paragraph and a shaded box listing the domain's four
elements; per element a numbered heading, an italic element statement, "Competent doctors:" with a real Word
lower-letter list, and a three-column "Examples of the competence in practice" table (Undergraduate /
Postgraduate / Consultant/GP).
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Pt, RGBColor, Mm

import btlib as B

STEM = "mlcf-demonstrating-personal-qualities"
OUT = B.DOCS / f"{STEM}.pdf"
TITLE = "Medical Leadership Competency Framework"
TEAL = RGBColor(0x00, 0x5E, 0x6E)

DOMAIN_TEXT = ("Effective leadership asks doctors to draw on their own values, strengths and abilities to deliver "
               "high standards of care. This means doctors showing effective leadership in developing self "
               "awareness, managing themselves, continuing their personal development and acting with "
               "integrity.")
ELEMENT_LIST = ["1.1 Developing Self Awareness", "1.2 Managing Yourself", "1.3 Continuing Personal Development",
                "1.4 Acting with Integrity"]
STAGES = ["Undergraduate", "Postgraduate", "Consultant/GP"]

ELEMENTS = [
    ("1.1", "Developing Self Awareness",
     "Knowing their own values, principles and assumptions, and being able to learn from experience",
     ["recognise and put into words their own values and principles, and understand where these may differ "
      "from those of other people and groups",
      "know their own strengths and weaknesses, the effect their behaviour has on others, and the way "
      "pressure changes how they behave",
      "notice their own emotions and prejudices and understand how these can colour their judgement and "
      "actions",
      "look for, reflect on and act on feedback from a range of sources"],
     [["A student keeps a reflective log on a clinical placement and talks through with a tutor how a "
       "difficult conversation with a patient affected her."],
      ["A foundation doctor asks nurses and colleagues for multi-source feedback and agrees changes to the "
       "way he hands over patients at the end of a shift."],
      ["A consultant learns from a 360-degree appraisal that her manner in meetings discourages junior "
       "staff from speaking, and adjusts her approach.",
       "A GP partner asks the practice team how he reacts under pressure during busy surgeries."]]),
    ("1.2", "Managing Yourself",
     "Organising and managing themselves while taking account of the needs and priorities of others",
     ["keep the effect of their emotions on their behaviour under control, mindful of the impact on others",
      "can be relied on to meet their responsibilities and commitments to a consistently high standard",
      "keep their plans and actions flexible, taking account of what others need and require",
      "plan their workload and activities so that commitments and service timescales are met"],
     [["A student plans revision around clinical attachments and tells the firm in good time when an "
       "assessment clashes with a ward round."],
      ["A registrar on a busy take sets priorities for the team's tasks, stays calm with anxious relatives "
       "and asks for senior help when the workload becomes unsafe."],
      ["A clinical director balances clinical sessions with management duties and makes sure colleagues "
       "know when and how to reach her."]]),
    ("1.3", "Continuing Personal Development",
     "Learning through continuing professional development and from experience and feedback",
     ["seek out opportunities and challenges for their own learning and development",
      "own up to mistakes and use them as chances to learn",
      "take an active part in continuing professional development",
      "change their behaviour in response to feedback and reflection"],
     [["A student takes on an optional project in a service outside medicine to learn how other "
       "organisations are run."],
      ["A trainee discusses a prescribing error openly at a departmental meeting and sets out what she has "
       "changed in her practice.",
       "A core trainee agrees a personal development plan with his educational supervisor and reviews it "
       "every quarter."],
      ["A consultant finds a mentor outside his specialty to help him prepare for a new leadership role."]]),
]


def build():
    d = Document()
    B.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(20)
    B.set_page_start(sec, 13)

    hp = sec.header.paragraphs[0]
    r = hp.add_run(TITLE)
    r.font.size = Pt(8)
    r.font.color.rgb = TEAL

    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Enhancing Engagement in Medical Leadership\t\t")
    r.font.size = Pt(8)
    B.add_field(fp, "PAGE", "13")

    letters = B.add_abstract(d, ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
                                 '<w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/>'
                                 '<w:pPr><w:ind w:left="567" w:hanging="340"/></w:pPr></w:lvl>'), "7E3A11C0")

    p = d.add_paragraph()
    r = p.add_run("1. Demonstrating Personal Qualities")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = TEAL
    p.paragraph_format.space_after = Pt(12)
    p = d.add_paragraph(DOMAIN_TEXT)
    p.paragraph_format.space_after = Pt(12)
    box = d.add_table(rows=1, cols=1)
    cell = box.rows[0].cells[0]
    B.shade(cell, "DDEFF1")
    cell.paragraphs[0].add_run("Elements of this domain").bold = True
    for e in ELEMENT_LIST:
        cell.add_paragraph(e)
    B.fix_widths(box, [6.6])

    for i, (num, name, statement, comps, examples) in enumerate(ELEMENTS):
        p = d.add_paragraph()
        p.paragraph_format.page_break_before = True
        r = p.add_run(f"{num} {name}")
        r.bold = True
        r.font.size = Pt(16)
        r.font.color.rgb = TEAL
        p.paragraph_format.space_after = Pt(8)
        p = d.add_paragraph()
        r = p.add_run(statement)
        r.italic = True
        r.font.size = Pt(11)
        p.paragraph_format.space_after = Pt(10)
        p = d.add_paragraph()
        p.add_run("Competent doctors:").bold = True
        p.paragraph_format.space_after = Pt(4)
        nid = B.add_num(d, letters, restart=True)
        for c in comps:
            q = d.add_paragraph(c)
            B.set_num(q, nid)
            q.paragraph_format.space_after = Pt(3)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run("Examples of the competence in practice")
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = TEAL
        t = d.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        for cell, stage in zip(t.rows[0].cells, STAGES):
            cell.paragraphs[0].add_run(stage).bold = True
            B.shade(cell, "005E6E")
            cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for cell, exs in zip(t.rows[1].cells, examples):
            for j, ex in enumerate(exs):
                q = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                q.add_run(ex)
                q.paragraph_format.space_after = Pt(6)
        B.fix_widths(t, [2.2, 2.2, 2.2])
    B.docx_to_pdf(d, OUT)


def gold():
    comps = []
    for num, name, statement, indicators, examples in ELEMENTS:
        levels = [B.level(STEM, k + 1, STAGES[k], examples[k]) for k in range(3)]
        comps.append(B.competency(STEM, name, statement,
                                  indicators=[B.item(STEM, c) for c in indicators], levels=levels))
    B.write_gold(OUT, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()

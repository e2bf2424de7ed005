"""NMDHB Values Framework 'The Primary Colours of Respect' (Draft March 2016), pages 7.1-1 to 7.1-4.

PDF (python-docx -> LibreOffice), A4 landscape: board-paper appendix pages numbered "7.1-n" in the footer
(a PAGE field after the typed prefix "7.1-"); cover; "What exactly does that mean?" page; one page per value
with the value statement ("Respect: ...") over a three-column rating table (Does not meet expectations |
Consistently meets expectations | Exceeds expectations) whose rows are grouped under merged "Theme: ..." rows.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

import bnlib as L

STEM = "nmdhb-values-framework-respect"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "NMDHB Values Framework"

COLS = ["Does not meet expectations", "Consistently meets expectations", "Exceeds expectations"]

VALUES = [
    ("Respect",
     "We care about, and respond to, the needs of the diverse people, communities and staff we serve and work with.",
     [("Compassionate and effective communication with patients, families, carers and colleagues", [
         ("At times leaves patients, families, consumers, staff and colleagues without the information they need to stay up to date",
          "Gives patients, families, consumers, staff and colleagues complete and accurate information every time",
          "Actively shares information with individuals and across departments so that work runs smoothly and actions move forward."),
         ("Often comes across as too busy or unavailable, and talks with patients, families, staff and colleagues only when asked.",
          "Keeps patients, families, staff and colleagues in the team and across departments fully informed of progress and of changes to plans. Responds to requests and puts the urgent ones first.",
          "Takes the lead in seeking out and anticipating what patients, families, staff and colleagues need to know and are likely to ask."),
     ]),
      ("Cultural sensitivity", [
          ("Does not notice, or brushes aside, particular cultural needs.",
           "Is aware of particular cultural needs and preferences. Takes the time to find out what people prefer, for example how their names are pronounced.",
           "Respects the cultural preferences of patients, families, consumers and colleagues routinely and without exception."),
          ("Has not completed any cultural training. Does not know about He Taura Tieke.",
           "Has completed cultural training and keeps it current. Shows cultural sensitivity consistently.",
           "Safeguards cultural sensitivity and actively invites cultural input into team activities and plans."),
      ]),
      ("Interpersonal skills, courtesy, patience, ability to apologise when slips occur", [
          ("Pays little attention to the thoughts, feelings or points of view of others. Brushes off concerns or becomes defensive when mistakes are raised.",
           "Is courteous and patient, even when busy. Says sorry promptly and sincerely when something has gone wrong.",
           "Is recognised by others for warmth and patience under pressure. Helps colleagues to put things right and to apologise well when slips occur."),
      ]),
      ]),
    ("Teamwork",
     "We work together as one team, across services and professions, for the people we care for.",
     [("Working together across services and professions", [
         ("Works in isolation and keeps to own area. Is reluctant to help when a request comes from outside the team.",
          "Cooperates willingly with colleagues from other teams and professions. Shares workload when the service is under pressure.",
          "Builds links between services and brings people together to solve shared problems for patients."),
         ("Talks negatively about other teams or departments in front of patients and colleagues",
          "Speaks about other teams and departments with respect, and raises concerns through the right channels",
          "Promotes a one-team culture and challenges 'us and them' talk when it happens."),
     ]),
      ("Supporting and valuing colleagues", [
          ("Rarely acknowledges the contribution of others. Leaves new staff to find their own way.",
           "Thanks colleagues for their help and welcomes new staff into the team. Offers help when a colleague is struggling.",
           "Recognises and celebrates team success. Mentors new and less experienced staff and checks on their wellbeing."),
      ]),
      ]),
]

FONT = "Calibri"
NAVY = RGBColor(0x1F, 0x3A, 0x68)


def cell_text(cell, text, bold=False, size=10, color=None, align=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(2)
    return p


def build():
    d = Document()
    L.clear_core_props(d, "NMDHB Values Framework - Draft March 2016")
    L.style_font(d.styles["Normal"], FONT)
    d.styles["Normal"].font.size = Pt(11)
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Cm(2.0))
    s.top_margin, s.bottom_margin = Cm(1.8), Cm(1.6)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("7.1-").font.size = Pt(9)
    L.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(9)

    # page 7.1-1: cover
    for _ in range(5):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("NMDHB Values Framework")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(32), NAVY
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("\u2018The Primary Colours of Respect\u2019")
    r.italic, r.font.size = True, Pt(22)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Draft March 2016")
    r.font.size = Pt(14)
    p.add_run().add_break(WD_BREAK.PAGE)

    # page 7.1-2: explanation
    h = d.add_paragraph()
    r = h.add_run("What exactly does that mean?")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(20), NAVY
    for t in [
        "Our values describe how we behave with patients, families, whānau, consumers and one another. This framework "
        "turns each value into everyday behaviours that can be seen, talked about and recognised.",
        "Each value is broken down into themes. For every theme, the table shows what it looks like when a staff member "
        "does not meet expectations, consistently meets expectations, or exceeds expectations. The framework supports "
        "recruitment, annual appraisal and development conversations; it is not a checklist.",
    ]:
        d.add_paragraph(t).paragraph_format.space_after = Pt(8)
    for t in ["Does not meet expectations \u2013 the behaviour we do not want to see in our organisation.",
              "Consistently meets expectations \u2013 the standard we expect from every member of staff, every day.",
              "Exceeds expectations \u2013 behaviour that role-models the value and lifts the people around us."]:
        d.add_paragraph(t, style="List Bullet")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # one page per value
    for vi, (value, statement, themes) in enumerate(VALUES):
        p = d.add_paragraph()
        r = p.add_run(f"{value}: ")
        r.bold, r.font.size, r.font.color.rgb = True, Pt(16), NAVY
        r = p.add_run(statement)
        r.font.size = Pt(13)
        p.paragraph_format.space_after = Pt(6)
        nrows = 1 + sum(1 + len(rows) for _, rows in themes)
        t = d.add_table(rows=nrows, cols=3)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        L.fix_widths(t, [3.3, 3.3, 3.3])
        for c, txt in zip(t.rows[0].cells, COLS):
            cell_text(c, txt, bold=True, size=10.5, color=RGBColor(0xFF, 0xFF, 0xFF),
                      align=WD_ALIGN_PARAGRAPH.CENTER)
            L.shade(c, "1F3A68")
        L.row_flags(t.rows[0], header=True)
        ri = 1
        for theme, rows in themes:
            m = t.rows[ri].cells[0].merge(t.rows[ri].cells[2])
            cell_text(m, f"Theme: {theme}", bold=True, size=10.5)
            L.shade(m, "DCE6F2")
            L.row_flags(t.rows[ri])
            ri += 1
            for row in rows:
                for c, txt in zip(t.rows[ri].cells, row):
                    cell_text(c, txt, size=10)
                L.row_flags(t.rows[ri])
                ri += 1
        if vi < len(VALUES) - 1:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    L.docx_to_pdf(d, OUT)


def gold():
    comps = []
    for value, statement, themes in VALUES:
        levels = []
        for rank, label in enumerate(COLS, start=1):
            beh = [L.item(STEM, row[rank - 1], theme) for theme, rows in themes for row in rows]
            levels.append({"rank": rank, "label": label, "behaviors": beh})
        comps.append(L.competency(STEM, value, statement, levels=levels))
    return L.write_gold(OUT, "pdf", TITLE, comps)


def main():
    build()
    print(gold())


if __name__ == "__main__":
    main()

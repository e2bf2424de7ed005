"""U.S. Army Center for Army Leadership, Performance Evaluation Guide (ADRP 6-22 leadership requirements model and
example behavioral indicators, 15 January 2014). Excerpt.

PDF (python-docx -> LibreOffice): title block and "How to use this Guide" (front matter), the Leadership
Requirements Model overview table (attributes / competencies, names only), one page per competency or attribute
with a category banner, the definition and a three-column table "Developmental need | Standard | Strength"
(novice -> expert, one paragraph per cell), then the reproduced ADRP tables of example behaviors (a full-width row
with the competency and its definition, then component | bullet list rows). The same competency therefore
appears twice: its performance levels and, pages later, its example behaviors. Running header and page numbers.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "army-performance-evaluation-guide"
DOC = STEM
TITLE = "U.S. Army Performance Evaluation Guide"
LEVELS = ["Developmental need", "Standard", "Strength"]

ENTRIES = [
    ("LEADS", "Leads Others",
     "Leaders motivate and inspire others and influence them to take the initiative, to work toward a shared "
     "purpose, to carry out critical tasks and to reach the organization\u2019s objectives.",
     ["Relies on position and rank rather than persuasion to get things done. Gives unclear or shifting "
      "direction, so subordinates are unsure of the purpose of a task. Tolerates lapses in standards and seldom "
      "checks on the welfare of the team.",
      "Gives clear intent and purpose and uses a range of influence techniques suited to the situation. Sets and "
      "enforces high standards while balancing the demands of the mission with the welfare of Soldiers and "
      "Army Civilians.",
      "Inspires others to commit fully to the mission and to go beyond what is required. Conveys a compelling "
      "picture of the future, adapts influence to each person and situation, and builds teams that keep "
      "performing when the leader is absent."]),
    ("LEADS", "Builds Trust",
     "Leaders set the conditions in which influence works by creating a positive climate built on mutual "
     "confidence and respect.",
     ["Shows favoritism or inconsistency that leads others to doubt the leader\u2019s word. Keeps information to "
      "self and does not follow through on commitments.",
      "Keeps promises and is consistent in word and action. Treats others fairly, shares information openly and "
      "encourages subordinates to raise concerns.",
      "Is trusted across and beyond the organization as someone whose word can be relied on. Repairs broken "
      "trust quickly and creates a climate in which members trust one another."]),
    ("CHARACTER", "Empathy",
     "Understanding a situation from another person\u2019s point of view, sharing in that person\u2019s feelings "
     "and emotions, and acting on that understanding for the good of others and the unit.",
     ["Seldom considers how decisions affect others. Is unaware of, or dismisses, the personal difficulties of "
      "subordinates and their families.",
      "Listens to others and takes their circumstances into account. Anticipates how plans and decisions will "
      "affect Soldiers, Army Civilians and families and acts to reduce hardship.",
      "Is sought out by others because of genuine concern for their well-being. Builds a climate in which care "
      "for others is part of how the unit works."]),
]

TABLES = {
    "Leads Others": [
        ("Establishes and imparts clear intent and purpose",
         ["Determines the course of action needed to reach the goal",
          "Sets a clear end state and expresses it in terms others understand",
          "Checks that others have understood the intent"]),
        ("Uses appropriate influence techniques",
         ["Chooses influence techniques that suit the situation and the people involved",
          "Uses persuasion and personal example before relying on authority"]),
        ("Conveys the significance of the work",
         ["Explains how tasks support the mission and the larger purpose",
          "Recognizes the contributions of individuals and teams"]),
        ("Maintains and enforces high professional standards",
         ["Makes sure that tasks are carried out to standard",
          "Corrects substandard performance promptly and fairly"]),
        ("Balances requirements of mission with welfare of followers",
         ["Weighs the risk to people against the needs of the mission",
          "Monitors stress and fatigue in the unit and acts to limit them"]),
    ],
    "Builds Trust": [
        ("Sets personal example for trust",
         ["Is firm, fair and respectful in order to gain the trust of others",
          "Keeps promises and follows through on commitments"]),
        ("Takes direct actions to build trust",
         ["Fosters positive relationships with others",
          "Identifies the causes of lost trust and works to restore it"]),
        ("Sustains a climate of trust",
         ["Monitors the climate of the organization and corrects practices that erode trust",
          "Encourages open communication across the unit"]),
    ],
}

MODEL = [("ATTRIBUTES", [("CHARACTER", "Army Values, Empathy, Warrior Ethos/Service Ethos, Discipline"),
                         ("PRESENCE", "Military and professional bearing, Fitness, Confidence, Resilience"),
                         ("INTELLECT", "Mental agility, Sound judgment, Innovation, Interpersonal tact, Expertise")]),
         ("COMPETENCIES", [("LEADS", "Leads others, Builds trust, Extends influence beyond the chain of command, "
                                     "Leads by example, Communicates"),
                           ("DEVELOPS", "Creates a positive environment, Prepares self, Develops others, "
                                        "Stewards the profession"),
                           ("ACHIEVES", "Gets results")])]


def make_docx(path):
    doc = Document()
    H.clear_core_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("ADRP 6-22 Leadership Requirements Model and Example Behavioral Indicators")
    r.font.size, r.italic = Pt(8), True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE", "1")

    # title block
    for txt, size, bold in ((TITLE, 18, True),
                            ("ADRP 6-22 Leadership Requirements Model and Example Behavioral Indicators", 12, True),
                            ("Prepared by U.S. Army Center for Army Leadership", 10, False),
                            ("Fort Leavenworth, KS 66027", 10, False),
                            ("in support of Human Resources Command", 10, False),
                            ("15 January 2014", 10, False)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt)
        r.bold, r.font.size = bold, Pt(size)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("How to use this Guide.").bold = True
    for txt in (
        "This Guide gives a short description of what different levels of Army leadership competencies and "
        "attributes look like. It opens with the Army Leadership Requirements Model from leadership doctrine and "
        "a brief note on the categories of competencies and attributes.",
        "For each competency and attribute, an example is given of performance that shows a developmental need, "
        "performance that meets the standard, and performance that is a strength. The three categories run from "
        "what can be expected of a novice, to a seasoned performer, to an expert. The examples are not to be "
        "copied into formal evaluations; they only help raters tell the levels of performance apart.",
        "The last pages reproduce the tables of example behaviors from ADRP 6-22. These describe what a leader is "
        "expected to do; the descriptions of developmental need, standard and strength describe how well a "
        "leader does it."):
        doc.add_paragraph(txt)

    # model overview (front matter, names only)
    h = doc.add_paragraph()
    h.paragraph_format.space_before = Pt(12)
    r = h.add_run("Army Leadership Requirements Model")
    r.bold, r.font.size = True, Pt(12)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for group, rows in MODEL:
        c = t.add_row().cells
        m = c[0].merge(c[1])
        H.set_cell(m, group, bold=True, color="FFFFFF", align=WD_ALIGN_PARAGRAPH.CENTER)
        H.shade(m, "2F3E1F")
        for cat, names in rows:
            c = t.add_row().cells
            H.set_cell(c[0], cat, bold=True, size=9)
            H.set_cell(c[1], names, size=9)
    H.fix_widths(t, [1.4, 5.1])

    # one page per competency / attribute
    for cat, name, definition, levels in ENTRIES:
        p = doc.add_paragraph()
        H.page_break_before(p)
        kind = "ATTRIBUTE" if cat == "CHARACTER" else "COMPETENCY"
        r = p.add_run(f"{kind} CATEGORY: {cat}")
        r.bold, r.font.size, r.font.color.rgb = True, Pt(9), RGBColor.from_string("6B6B47")
        p = doc.add_paragraph()
        r = p.add_run(name.upper())
        r.bold, r.font.size = True, Pt(16)
        doc.add_paragraph(definition)
        t = doc.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        for i, (lab, txt) in enumerate(zip(LEVELS, levels)):
            H.set_cell(t.cell(0, i), lab, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            H.shade(t.cell(0, i), "D9D9C3")
            H.set_cell(t.cell(1, i), txt, size=9)
        H.fix_widths(t, [2.17, 2.17, 2.16])

    # reproduced ADRP tables
    p = doc.add_paragraph()
    H.page_break_before(p)
    r = p.add_run("Example behaviors from ADRP 6-22")
    r.bold, r.font.size = True, Pt(13)
    doc.add_paragraph("The tables below reproduce example behaviors for the competencies shown earlier in this "
                      "Guide. They describe what leaders are expected to do.")
    for n, (cat, name, definition, _) in enumerate(ENTRIES[:2], 1):
        cap = doc.add_paragraph()
        cap.paragraph_format.space_before = Pt(10)
        r = cap.add_run(f"Table {n}. {name.lower().capitalize()}")
        r.bold, r.font.size = True, Pt(9)
        rows = TABLES[name]
        t = doc.add_table(rows=1 + len(rows), cols=2)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 1))
        p0 = top.paragraphs[0]
        r = p0.add_run(name + ": ")
        r.bold, r.font.size = True, Pt(9)
        r = p0.add_run(definition)
        r.font.size = Pt(9)
        H.shade(top, "E7E6DC")
        for i, (comp, bullets) in enumerate(rows, 1):
            H.set_cell(t.cell(i, 0), comp, bold=True, size=9)
            cell = t.cell(i, 1)
            first = True
            for b in bullets:
                q = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                rr = q.add_run("\u2022 " + b)
                rr.font.size = Pt(9)
                q.paragraph_format.left_indent = Inches(0.15)
                q.paragraph_format.first_line_indent = Inches(-0.15)
                q.paragraph_format.space_after = Pt(1)
            H.cant_split(t.rows[i])
        H.fix_widths(t, [2.0, 4.5])
    doc.save(path)


def build():
    H.TMP.mkdir(parents=True, exist_ok=True)
    src = H.TMP / f"{STEM}.docx"
    make_docx(src)
    out = H.DOCS / f"{STEM}.pdf"
    H.docx_to_pdf(src, out)
    comps = []
    for cat, name, definition, levels in ENTRIES:
        lv = [H.level(i + 1, lab, [H.item(DOC, txt)]) for i, (lab, txt) in enumerate(zip(LEVELS, levels))]
        ind = []
        for comp, bullets in TABLES.get(name, []):
            ind += H.items(DOC, bullets, group=comp)
        comps.append(H.competency(DOC, name, definition, levels=lv, indicators=ind))
    H.write_gold(out, "pdf", TITLE, comps)

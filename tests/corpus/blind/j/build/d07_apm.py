"""Association for Project Management (APM, UK): APM Competence Framework (1st edition), self-assessment pages.

DOCX (python-docx): title block, numbered "Steps for completing your initial assessment" and the competence
indicator scoring matrix (0-4 for knowledge and experience; front matter), then one page per competence: numbered
section heading in capitals ("2.1 CONCEPT"), domain label, a code box ("TC01 | CONCEPT"), a "Definition" label
and paragraph, and the indicator table "No. | Indicators | K | E" with empty score columns and total / rating /
competence-level rows. One competence is called DEFINITION (its own "Definition" label follows it).
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "apm-competence-framework-self-assessment"
DOC = STEM
TITLE = "APM Competence Framework"
PURPLE = "5B2C6F"

SCORING = [("0", "No knowledge of the indicator", "No experience of the indicator"),
           ("1", "Limited knowledge: aware of the indicator and its terms",
            "Limited experience: has applied the indicator under supervision"),
           ("2", "Sound knowledge: understands the indicator and when to apply it",
            "Sound experience: has applied the indicator on a small or simple project"),
           ("3", "Good knowledge: can explain the indicator to others",
            "Good experience: has applied the indicator on several projects"),
           ("4", "Expert knowledge: recognised as an authority on the indicator",
            "Extensive experience: has applied and adapted the indicator on complex projects")]

COMPETENCES = [
    ("2.1", "Technical competence domain", "TC01", "CONCEPT",
     "Concept is the opening phase of the project life cycle. During this phase the need, opportunity or problem "
     "is confirmed, the general feasibility of the project is examined and a preferred solution is chosen. The "
     "project\u2019s business case is prepared in this phase.",
     ["Collects, records and agrees the project requirements with key stakeholders.",
      "Confirms or develops a business case and project strategies and brings them under change control.",
      "Sets the project objectives, appraises the project (including a financial appraisal), carries out a "
      "feasibility study and draws up an outline project plan.",
      "Identifies, assesses, records and communicates the possible impact of high-level risks.",
      "Checks the requirements at key points during the concept phase.",
      "Checks compliance with the project objectives and requirements and seeks authorisation for the project.",
      "Obtains approval to move on to the definition phase, to refine the concept phase or to cancel the "
      "project.",
      "Establishes the project review process and its schedule."]),
    ("2.2", "Technical competence domain", "TC02", "DEFINITION",
     "Definition is the second phase of the project life cycle. During this phase the preferred solution is "
     "examined further and refined, and the plans needed to deliver it are prepared, assessed and approved.",
     ["Refines the preferred solution and confirms that it meets the requirements.",
      "Prepares the project management plan, covering scope, schedule, cost, quality, risk and resources.",
      "Defines the project organisation, roles and responsibilities.",
      "Establishes the baselines against which performance will be measured and controlled.",
      "Updates the business case in the light of the detailed plans.",
      "Agrees the procurement strategy and starts procurement where appropriate.",
      "Gains approval to proceed to the implementation phase."]),
    ("4.5", "Behavioural competence domain", "BC05", "NEGOTIATION",
     "Negotiation is the discussion between parties that aims to reach an agreement acceptable to all of them. "
     "It may be formal or informal and can take place at any point in the project.",
     ["Identifies the interests and positions of all parties before negotiating.",
      "Plans the approach, including the acceptable range of outcomes and fall-back positions.",
      "Builds rapport and keeps relationships constructive during the negotiation.",
      "Looks for options that satisfy the interests of both sides.",
      "Records the agreement reached and confirms it with all parties.",
      "Reviews the outcome and applies the lessons to later negotiations."]),
]


def make_docx(path):
    doc = Document()
    H.clear_core_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.9)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("APM Competence Framework")
    r.font.size, r.font.color.rgb = Pt(8), RGBColor.from_string(PURPLE)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.45), alignment=2)
    r = fp.add_run("\u00a9 Association for Project Management 2008\t")
    r.font.size = Pt(8)
    H.add_field(fp, "PAGE", "1")
    num = H.add_numbering(doc, '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                          '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
                          '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>', "3B7D21AA")

    p = doc.add_paragraph()
    r = p.add_run(TITLE.upper())
    r.bold, r.font.size, r.font.color.rgb = True, Pt(22), RGBColor.from_string(PURPLE)
    p = doc.add_paragraph()
    r = p.add_run("Initial self-assessment")
    r.font.size = Pt(13)
    doc.add_paragraph(
        "To start your APM Professional Portfolio you assess yourself against the APM Competence Framework. The "
        "following pages give the definition of each competence and its indicators. Score yourself for both "
        "knowledge (K) and experience (E) against every indicator.")
    p = doc.add_paragraph()
    p.add_run("Steps for completing your initial assessment").bold = True
    for s in ("Study the competence indicator scoring matrix and become familiar with the scoring criteria.",
              "Work through each competence and score yourself for knowledge and experience against each "
              "indicator, using the matrix as a guide.",
              "Add up your scores; the totals give your overall rating and the equivalent competence level.",
              "Choose the competences you want to maintain or develop over the next 12 months and record your "
              "objectives in your APM plan."):
        q = doc.add_paragraph(s)
        H.set_num(q, num)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("Competence indicator scoring matrix").bold = True
    t = doc.add_table(rows=1 + len(SCORING), cols=3)
    t.style = "Table Grid"
    for i, lab in enumerate(("Score", "Knowledge (K)", "Experience (E)")):
        H.set_cell(t.cell(0, i), lab, bold=True, color="FFFFFF")
        H.shade(t.cell(0, i), PURPLE)
    for j, row in enumerate(SCORING, 1):
        for i, v in enumerate(row):
            H.set_cell(t.cell(j, i), v, size=9, align=WD_ALIGN_PARAGRAPH.CENTER if i == 0 else None)
    H.fix_widths(t, [0.7, 2.9, 2.9])

    for secno, domain, code, name, definition, inds in COMPETENCES:
        p = doc.add_paragraph()
        H.page_break_before(p)
        r = p.add_run(f"{secno} {name}")
        r.bold, r.font.size, r.font.color.rgb = True, Pt(16), RGBColor.from_string(PURPLE)
        p = doc.add_paragraph()
        r = p.add_run(domain)
        r.italic, r.font.size = True, Pt(9)
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        H.set_cell(t.cell(0, 0), code, bold=True, color="FFFFFF", align=WD_ALIGN_PARAGRAPH.CENTER)
        H.shade(t.cell(0, 0), PURPLE)
        H.set_cell(t.cell(0, 1), name, bold=True, size=12)
        H.fix_widths(t, [0.9, 5.6])
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run("Definition").bold = True
        doc.add_paragraph(definition)
        t = doc.add_table(rows=1 + len(inds) + 3, cols=4)
        t.style = "Table Grid"
        for i, lab in enumerate(("", "Indicators", "K", "E")):
            H.set_cell(t.cell(0, i), lab, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER if i != 1 else None)
            H.shade(t.cell(0, i), "E8DAEF")
        for j, ind in enumerate(inds, 1):
            H.set_cell(t.cell(j, 0), str(j), align=WD_ALIGN_PARAGRAPH.CENTER)
            H.set_cell(t.cell(j, 1), ind)
        base = len(inds) + 1
        for k, lab in enumerate(("Total score for knowledge and experience",
                                 "Overall knowledge and experience ratings", "Competence level")):
            m = t.cell(base + k, 0).merge(t.cell(base + k, 1))
            H.set_cell(m, lab, bold=True, size=9)
        H.fix_widths(t, [0.45, 4.85, 0.6, 0.6])
    doc.save(path)


def build():
    out = H.DOCS / f"{STEM}.docx"
    make_docx(out)
    comps = [H.competency(DOC, name, definition, indicators=H.items(DOC, inds))
             for _, _, _, name, definition, inds in COMPETENCES]
    H.write_gold(out, "docx", TITLE, comps)

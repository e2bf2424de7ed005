"""IRM - Professional Standards in Risk Management (excerpt: pp. 16-17 and 21-22) -> PDF.

python-docx (A4, two sections with page numbering restarting at 16 and 21) -> LibreOffice PDF.
"""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

import bqlib as L

STEM = "irm-professional-standards-risk"
DOC = L.DOCS / f"{STEM}.pdf"
TITLE = "Professional Standards in Risk Management"
TEAL = "00607A"
PURPLE = "5B2C6F"

LEVELS = ["Support", "Practitioner", "Manager", "Leader"]

AREA = ("Risk management process",
        "This area covers the core activities of identifying, assessing and responding to risk, so that "
        "the organisation can pursue its objectives with a clear view of what might help or hinder it.")

STANDARDS = [
    ("Risk assessment",
     "Identifies, analyses and evaluates risks to the organisation\u2019s objectives using methods suited "
     "to the context.",
     [["Records risks, causes and owners accurately in the risk register.",
       "Gathers the information colleagues need to rate likelihood and impact.",
       "Follows the organisation\u2019s agreed scoring criteria when logging new risks."],
      ["Runs risk identification workshops and interviews with process owners.",
       "Selects qualitative or quantitative techniques that fit the decision being supported.",
       "Analyses how risks interact and flags where they compound one another.",
       "Tests ratings against the approved risk appetite and tolerance levels."],
      ["Designs the assessment approach for a business unit, programme or function.",
       "Challenges assessments that look optimistic or are poorly evidenced.",
       "Aggregates risk information to give a portfolio view for management decisions."],
      ["Sets the organisation-wide assessment methodology and the criteria it relies on.",
       "Ensures emerging and strategic risks are identified early enough to shape strategy.",
       "Gives the board an independent view of the organisation\u2019s overall risk profile."]]),
    ("Risk treatment",
     "Selects and implements proportionate responses to risk and monitors whether they work.",
     [["Keeps action plans and control records up to date.",
       "Chases action owners for progress updates ahead of reporting deadlines."],
      ["Helps risk owners weigh up options to avoid, reduce, transfer or accept a risk.",
       "Assesses whether existing controls are well designed and operate as intended.",
       "Tracks treatment actions and reports where they slip."],
      ["Makes sure treatment plans are costed and resourced in line with the benefit expected.",
       "Escalates risks that stay outside appetite after treatment.",
       "Coordinates insurance and other risk transfer arrangements with the teams concerned."],
      ["Agrees with the executive which risks the organisation will knowingly retain.",
       "Holds senior owners to account for delivering treatment plans on time.",
       "Reviews whether the overall control environment remains fit for purpose."]]),
]

BEHAV_INTRO = ("Each behavioural competency below is described by positive descriptors, which show the "
               "behaviour the profession expects, and negative descriptors, which show behaviour that "
               "gets in the way of effective risk management.")

BEHAVIOURS = [
    ("Courage and confidence",
     "Has the self-assurance to raise difficult issues, stand by well-founded judgements and speak up "
     "when risks are being ignored.",
     ["Raises concerns promptly, even when the message is unwelcome.",
      "Holds a reasoned position under pressure from senior colleagues.",
      "Admits mistakes openly and acts to put them right.",
      "Asks searching questions of those who own risks.",
      "Is prepared to make a decision when information is incomplete.",
      "Stays composed when plans are challenged."],
     ["Keeps quiet about issues to avoid conflict.",
      "Changes view to match the most senior person in the room.",
      "Avoids taking responsibility for difficult calls.",
      "Passes bad news on without a view on what to do about it.",
      "Becomes defensive when own work is questioned."]),
    ("Influence and impact",
     "Persuades others to take risk seriously and shapes decisions through credible, well-judged "
     "engagement.",
     ["Tailors the message to the audience and the decision at hand.",
      "Builds a case with evidence that matters to the business.",
      "Gains support from key stakeholders before proposals are formally tabled.",
      "Frames risk in terms of opportunity as well as threat.",
      "Listens to objections and adapts the approach where they are valid."],
     ["Relies on technical jargon that leaves others confused.",
      "Presents risk only as a compliance burden.",
      "Pushes a view without reading how it is received.",
      "Gives up on important points after the first rejection."]),
]


def set_page_start(section, start):
    sectPr = section._sectPr
    for old in sectPr.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgNumType"):
        sectPr.remove(old)
    sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="{start}"/>'))


def header(section):
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    ts = hp.paragraph_format.tab_stops
    ts.add_tab_stop(Cm(1.2), WD_TAB_ALIGNMENT.LEFT)
    r = hp.add_run()
    r.font.size = Pt(9)
    r.bold = True
    L.add_field(hp, "PAGE", "16")
    for rr in hp.runs:
        rr.font.size = Pt(9)
        rr.bold = True
    L.run(hp, "\t" + TITLE, size=9, color="666666")
    L.para_border(hp, ("bottom",), color="BBBBBB", size=4, space=4)


def bullets(cell_or_doc, texts, num_id, size=9):
    first = True
    for t in texts:
        if first and hasattr(cell_or_doc, "paragraphs") and not hasattr(cell_or_doc, "sections") \
                and cell_or_doc.paragraphs[0].text == "":
            p = cell_or_doc.paragraphs[0]
        else:
            p = cell_or_doc.add_paragraph()
        first = False
        L.set_num(p, num_id)
        p.paragraph_format.left_indent = Cm(0.45)
        p.paragraph_format.first_line_indent = Cm(-0.45)
        L.spacing(p, 0, 2)
        L.run(p, t, size=size)


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    L.style_font(d.styles["Normal"], "Arial", 10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    set_page_start(sec, 16)
    header(sec)
    bul = L.add_numbering(d, L.bullet_lvl("\u2022", left=255, hanging=255), "5A1B2C3D")

    # ---- pp. 16-17: Risk management process
    p = d.add_paragraph()
    L.run(p, "The standards", size=10, color=PURPLE, bold=True)
    L.spacing(p, 0, 2)
    p = d.add_paragraph()
    L.run(p, AREA[0], size=20, color=TEAL, bold=True)
    L.spacing(p, 0, 6)
    p = d.add_paragraph()
    L.run(p, AREA[1], size=10)
    L.spacing(p, 0, 10)
    for i, (name, statement, cols) in enumerate(STANDARDS):
        if i:
            d.add_page_break()
        p = d.add_paragraph()
        L.run(p, name, size=14, color=PURPLE, bold=True)
        L.spacing(p, 4, 4)
        p.paragraph_format.keep_with_next = True
        p = d.add_paragraph()
        L.run(p, statement, size=10, bold=True)
        L.spacing(p, 0, 8)
        p.paragraph_format.keep_with_next = True
        t = d.add_table(rows=2, cols=4)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        L.table_borders(t, color="FFFFFF", size=8)
        L.cell_margins(t, 80, 80, 90, 90)
        L.fix_widths(t, [1.72] * 4)
        for j, lab in enumerate(LEVELS):
            c = t.rows[0].cells[j]
            c.paragraphs[0].text = ""
            L.run(c.paragraphs[0], lab, size=10, bold=True, color="FFFFFF")
            L.shade(c, TEAL)
            body = t.rows[1].cells[j]
            L.shade(body, "E6F0F3")
            bullets(body, cols[j], bul)
        L.row_flags(t.rows[0], cant_split=True, header=True)

    # ---- pp. 21-22: behavioural competencies
    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    set_page_start(sec2, 21)
    header(sec2)
    p = d.add_paragraph()
    L.run(p, "Behavioural Competency Framework", size=10, color=PURPLE, bold=True)
    L.spacing(p, 0, 2)
    p = d.add_paragraph()
    L.run(p, "Behavioural competencies", size=20, color=TEAL, bold=True)
    L.spacing(p, 0, 6)
    p = d.add_paragraph()
    L.run(p, BEHAV_INTRO, size=10)
    L.spacing(p, 0, 10)
    for i, (name, desc, pos, neg) in enumerate(BEHAVIOURS):
        if i:
            d.add_page_break()
        p = d.add_paragraph()
        L.run(p, f"{i + 1}. {name}", size=14, color=PURPLE, bold=True)
        L.spacing(p, 4, 4)
        p.paragraph_format.keep_with_next = True
        p = d.add_paragraph()
        L.run(p, desc, size=10, italic=True)
        L.spacing(p, 0, 8)
        t = d.add_table(rows=2, cols=2)
        L.table_borders(t, color="FFFFFF", size=8)
        L.cell_margins(t, 80, 80, 100, 100)
        L.fix_widths(t, [3.44, 3.44])
        for j, (lab, texts, fill, hdr) in enumerate([("Positive descriptors", pos, "EAF3E6", "4E8A3A"),
                                                      ("Negative descriptors", neg, "F6E7E7", "A33A3A")]):
            c = t.rows[0].cells[j]
            c.paragraphs[0].text = ""
            L.run(c.paragraphs[0], lab, size=10, bold=True, color="FFFFFF")
            L.shade(c, hdr)
            body = t.rows[1].cells[j]
            L.shade(body, fill)
            bullets(body, texts, bul)
    L.docx_to_pdf(d, DOC)


def gold():
    doc = STEM
    comps = []
    for name, statement, cols in STANDARDS:
        comps.append(L.competency(doc, name, statement, levels=[
            L.level(doc, k + 1, LEVELS[k], cols[k]) for k in range(4)]))
    for name, desc, pos, neg in BEHAVIOURS:
        comps.append(L.competency(doc, name, desc, indicators=(
            L.items(doc, pos, "Positive descriptors") + L.items(doc, neg, "Negative descriptors"))))
    L.write_gold(DOC, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()
    print("built", DOC.name)

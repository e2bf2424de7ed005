"""PSI (Pharmaceutical Society of Ireland) - Core Competency Framework for Pharmacists (2013), excerpt:
'The Structure of the Framework' and 'Domain 2 - Personal Skills'. python-docx -> LibreOffice PDF, A4."""
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm, RGBColor

import bilib as L

STEM = "psi-core-competency-framework-personal-skills"
TEAL = RGBColor(0x00, 0x6E, 0x7F)
GREY = RGBColor(0x55, 0x55, 0x55)

COMPETENCIES = [
    ("2.1", "Leadership Skills", [
        "Shows leadership in day-to-day practice, whether or not the role carries formal management responsibility",
        "Sets a clear direction for the pharmacy team and explains the reasons behind it",
        "Acts as a positive role model for colleagues, pharmacy students and support staff",
        "Encourages others to put forward ideas and to take ownership of their own work",
        "Recognises when to take the lead and when to follow the lead of others",
        "Supports colleagues through periods of change and uncertainty in the workplace",
    ]),
    ("2.2", "Decision-Making Skills", [
        "Gathers and weighs up the relevant information before reaching a decision",
        "Makes timely decisions within own area of responsibility, including when under pressure",
        "Considers the risks and the likely consequences of each of the available options",
        "Is able to explain, justify and record the decisions that have been made",
        "Knows when a decision should be referred to a more experienced pharmacist or to another healthcare professional",
    ]),
    ("2.3", "Team-Working Skills", [
        "Understands own role and the roles of others within the team",
        "Works co-operatively with the pharmacy team and with the wider multidisciplinary healthcare team",
        "Shares knowledge and expertise with colleagues in a constructive manner",
        "Deals with disagreement and conflict within the team in a professional way",
        "Acknowledges and values the contribution of other team members",
    ]),
    ("2.4", "Communication Skills", [
        "Communicates clearly, accurately and concisely, both orally and in writing",
        "Adapts language and style to the needs of the patient or listener, taking account of their level of health literacy",
        "Listens actively and checks that information and advice have been understood",
        "Uses non-verbal communication appropriately and is alert to the non-verbal cues of others",
        "Handles difficult or sensitive conversations with tact, discretion and empathy",
        "Arranges for an interpreter or uses communication aids where these are needed",
        "Keeps accurate and complete records of consultations and advice where this is required",
    ]),
]


def para(doc, text="", size=10, bold=False, color=None, space_after=6, italic=False, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        if color is not None:
            r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(space_after)
    if align is not None:
        p.alignment = align
    return p


def band(doc, text):
    """Competency title: a shaded paragraph band (teal background, white bold text)."""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="006E7F"/>'))
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    p.paragraph_format.space_before = Pt(16)
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True
    return p


def behaviour(doc, num, text):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(1.4)
    pf.first_line_indent = Cm(-1.4)
    pf.space_after = Pt(9)
    pf.tab_stops.add_tab_stop(Cm(1.4))
    r = p.add_run(f"{num}\t")
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = TEAL
    r2 = p.add_run(text)
    r2.font.size = Pt(11)
    return p


def build():
    doc = Document()
    L.clear_core_props(doc, "Core Competency Framework for Pharmacists")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    L.page_start(sec, 10)
    # footer: page number then the running title, as the printed framework does
    fp = sec.footer.paragraphs[0]
    r = fp.add_run()
    r.font.size = Pt(8)
    L.add_field(fp, "PAGE", "10")
    for run in fp.runs:
        run.font.size = Pt(8)
        run.bold = True
    r = fp.add_run("   PSI CORE COMPETENCY FRAMEWORK FOR PHARMACISTS")
    r.font.size = Pt(8)
    r.font.color.rgb = GREY

    # ---------------------------------------------------------------- p.10 structure of the framework
    para(doc, "Core Competency Framework for Pharmacists", size=9, color=GREY, space_after=2)
    para(doc, "The Structure of the Framework", size=18, bold=True, color=TEAL, space_after=10)
    para(doc, "The framework groups the competencies expected of a pharmacist into six domains of practice. "
              "A domain is a broad area of professional activity; within each domain sit a number of "
              "competencies, and each competency is illustrated by a set of behavioural statements.")
    para(doc, "The behaviours are not a checklist. They show how a pharmacist who holds the competency would "
              "be expected to act in practice, and pharmacists may demonstrate a competency in other ways "
              "that are appropriate to their own role and setting.")
    t = doc.add_table(rows=3, cols=2)
    L.table_borders(t, color="9FC5CB")
    L.cell_margins(t)
    rows = [("Domain", "A broad area of professional practice, for example Personal Skills."),
            ("Competency", "A distinct area of knowledge, skill or attitude within a domain, for example "
                           "Leadership Skills."),
            ("Behaviours", "Statements describing the observable actions of a pharmacist who is competent in "
                           "that area.")]
    for row, (a, b) in zip(t.rows, rows):
        row.cells[0].text = ""
        ra = row.cells[0].paragraphs[0].add_run(a)
        ra.bold = True
        ra.font.color.rgb = TEAL
        L.shade(row.cells[0], "E3F1F3")
        row.cells[1].text = b
    L.fix_widths(t, [1.4, 5.1])
    para(doc, "", space_after=4)
    para(doc, "The six domains are:", space_after=4)
    for d in ["Domain 1 \u2013 Professional Practice", "Domain 2 \u2013 Personal Skills",
              "Domain 3 \u2013 Supply of Medicines", "Domain 4 \u2013 Safe and Rational Use of Medicines",
              "Domain 5 \u2013 Public Health", "Domain 6 \u2013 Organisation and Management Skills"]:
        p = para(doc, d, space_after=2)
        p.paragraph_format.left_indent = Cm(0.8)
    para(doc, "", space_after=4)
    para(doc, "Each behaviour carries a three-part number made up of the domain, the competency and the "
              "behaviour. Behaviour 2.3.1, for example, is the first behaviour listed under competency 2.3 in "
              "Domain 2.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------------------------------------------------------- Domain 2
    para(doc, "Domain 2 \u2013 Personal Skills", size=20, bold=True, color=TEAL, space_after=8)
    para(doc, "Personal skills are those that a pharmacist brings to every area of practice: giving a lead, "
              "reaching sound decisions, working as part of a team and communicating well with patients, "
              "carers and colleagues.", italic=True, color=GREY, space_after=8)
    for num, name, behaviours in COMPETENCIES:
        band(doc, f"{num}  {name}")
        for i, b in enumerate(behaviours, 1):
            behaviour(doc, f"{num}.{i}", b)

    out_docx = L.BI / "build" / f"{STEM}.docx"
    doc.save(out_docx)
    pdf = L.DOCS / f"{STEM}.pdf"
    L.docx_to_pdf(out_docx, pdf)
    out_docx.unlink()
    return pdf


def gold(pdf):
    comps = []
    for num, name, behaviours in COMPETENCIES:
        comps.append(L.competency(STEM, name, None,
                                  indicators=[L.item(STEM, b) for b in behaviours]))
    L.write_gold(pdf, "pdf", "Core Competency Framework for Pharmacists", comps)


if __name__ == "__main__":
    gold(build())

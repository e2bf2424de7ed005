"""Skills for Justice - National Occupational Standards for Civil Contingencies, unit CC AG3 (DOCX, python-docx)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt

import azlib as L

STEM = "sfj-cc-ag3-respond-to-emergencies"
CODE = "CC AG3"
TITLE = "Respond to emergencies at the operational (bronze) level"

SUMMARY = ("This unit covers the response to emergencies at the operational (bronze) level. It involves making a "
           "first assessment of the situation and confirming what the immediate response requires. It also covers "
           "working effectively with other responders, working out which resources may be needed and deploying "
           "them to meet the need.")
TARGET = ("The unit is for people who lead their organisation\u2019s or service area\u2019s response at the "
          "operational (bronze) level. Here, \u2018bronze\u2019 means the level (below Gold level and Silver level) "
          "at which \u2018hands-on\u2019 work is managed at the incident site(s) or in associated areas (Ref: "
          "Lexicon of Multi-Agency Emergency Management Terms).")
LINKED = [("CC AA1", "Work in co-operation with other organisations"),
          ("CC AF2", "Warn, inform and advise the community in the event of emergencies"),
          ("CC AG4", "Address the needs of individuals during the initial response to emergencies"),
          ("SfJ CC3", "Plan and deploy resources for policing operations (Police)"),
          ("WM7", "Lead and support people to resolve operational incidents (Fire Service)")]
SA_INTRO = ("The main generic skills and attitudes that need to be applied are listed below. They are explicit or "
            "implicit in the detailed content of the unit and are given here as additional information.")
SKILLS = ["communication", "decision making", "liaison", "negotiation", "organising", "prioritising",
          "problem solving"]
ATTITUDES = ["collaborative", "community minded", "constructive", "determined", "empathetic", "flexible",
             "realistic"]
PCS = ["make an initial assessment of the situation and report it to other responders in line with established "
       "procedures",
       "prepare and put into effect an initial action plan in line with organisational requirements",
       "check that actions are carried out, taking account of their impact on individuals, communities and the "
       "environment",
       "carry out continuing risk assessment and management as the emergency develops",
       "work co-operatively and communicate effectively with other responders",
       "confirm which relevant services and facilities are available and where they are",
       "identify the resources the response requires and deploy them to meet demand",
       "keep records of decisions, actions and the reasons for them in line with organisational requirements",
       "hand over responsibility to the appropriate person when relieved or when the response is stood down"]
KNOW = ["the legislation, guidance and organisational policies that apply to responding to emergencies",
        "the roles and responsibilities of the different responders at the operational level",
        "the command and control arrangements at gold, silver and bronze levels and how they relate to each other",
        "how to carry out dynamic risk assessments",
        "the resources available to your organisation and how to request and deploy them",
        "the means of communication available at an incident site and their limitations",
        "the possible impact of emergencies on individuals, communities and the environment",
        "why accurate records matter and how to keep them"]


def run(p, text, bold=False, size=11, italic=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return r


def heading(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    run(p, text, bold=True, size=12)
    return p


def no_borders(table):
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'))


def title_box(doc):
    t = doc.add_table(rows=1, cols=2)
    t.style = doc.styles["Table Grid"]
    a, b = t.rows[0].cells
    run(a.paragraphs[0], CODE, bold=True, size=14)
    run(b.paragraphs[0], TITLE, bold=True, size=14)
    for c in (a, b):
        L.shade(c, "D9D9D9")
    L.fix_widths(t, [1.1, 5.6])
    return t


def build():
    doc = Document()
    L.clear_props(doc, f"{CODE} {TITLE}")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.8)
    # header: unit code and title
    hp = sec.header.paragraphs[0]
    run(hp, f"{CODE}\t{TITLE}", bold=True, size=9)
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(1.0))
    # footer: two-line furniture table
    ft = sec.footer.add_table(rows=2, cols=2, width=Inches(6.67))
    no_borders(ft)
    run(ft.cell(0, 0).paragraphs[0], "Skills for Justice", size=8)
    p = ft.cell(0, 1).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(p, "Page ", size=8)
    L.add_field(p, "PAGE", "1", size=Pt(8))
    run(ft.cell(1, 0).paragraphs[0], "National Occupational Standards for Civil Contingencies", size=8)
    p = ft.cell(1, 1).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(p, "Final Version Approved November 2008", size=8)
    sec.footer.paragraphs[0].text = ""

    bullets = L.add_numbering(doc, L.bullet_lvl("\u2022", left=360, hanging=360), "6C1D2E3F")
    pc_num = L.add_numbering(doc, L.decimal_lvl("%1.", left=567, hanging=567), "6C1D2E40")
    k_num = L.add_numbering(doc, L.decimal_lvl("%1.", left=567, hanging=567), "6C1D2E41")

    title_box(doc)
    heading(doc, "Summary")
    doc.add_paragraph(SUMMARY)
    heading(doc, "Target Group")
    doc.add_paragraph(TARGET)
    heading(doc, "Linked Units")
    lt = doc.add_table(rows=0, cols=2)
    no_borders(lt)
    for code, title in LINKED:
        a, b = lt.add_row().cells
        run(a.paragraphs[0], code, size=10)
        run(b.paragraphs[0], title, size=10)
    L.fix_widths(lt, [1.1, 5.5])
    heading(doc, "Skills and Attitudes")
    doc.add_paragraph(SA_INTRO)
    st = doc.add_table(rows=1, cols=2)
    no_borders(st)
    for cell, head, items in zip(st.rows[0].cells, ("Skills", "Attitudes"), (SKILLS, ATTITUDES)):
        run(cell.paragraphs[0], head, bold=True)
        for it in items:
            p = cell.add_paragraph()
            run(p, it, size=10)
            L.set_num(p, bullets)
    L.fix_widths(st, [3.3, 3.3])

    doc.add_page_break()
    title_box(doc)
    heading(doc, "Performance Criteria")
    doc.add_paragraph("You must be able to:")
    for t in PCS:
        p = doc.add_paragraph(t)
        p.paragraph_format.space_after = Pt(3)
        L.set_num(p, pc_num)
    heading(doc, "Knowledge and Understanding")
    doc.add_paragraph("You need to know and understand:")
    for t in KNOW:
        p = doc.add_paragraph(t)
        p.paragraph_format.space_after = Pt(3)
        L.set_num(p, k_num)
    out = L.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build())

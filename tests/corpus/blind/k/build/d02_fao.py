"""Food and Agriculture Organization of the United Nations (FAO), FAO Competency Framework (booklet, 2014). Excerpt.

PDF (python-docx -> LibreOffice): booklet pages 5-8. Competencies grouped under two clusters, each opening with a
shaded cluster banner ("CORE COMPETENCIES", "LEADERSHIP COMPETENCIES") and a cluster introduction paragraph;
each competency: name in capitals, a bold-italic one-paragraph definition, "Behavioural indicators" sub-heading and
a bullet list. Mirrored booklet footers ("FAO competency framework | 5" on odd pages, "6 | FAO competency
framework" on even pages); numbering starts at 5.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "fao-competency-framework"
TITLE = "FAO competency framework"
BLUE = RGBColor(0x00, 0x6B, 0xA6)

CLUSTERS = [
    ("CORE COMPETENCIES",
     "Core competencies are the skills, attributes and behaviours that every FAO employee is expected to show, "
     "whatever the function, grade or duty station. Together they describe how we work with one another and with "
     "the Members we serve, and they form part of every job description and every performance review.",
     [
         ("TEAMWORK",
          "Works with others towards shared goals, contributes knowledge and effort to the team, and values the "
          "contributions of colleagues from every background.",
          ["Shares information and expertise openly with team members",
           "Takes on a fair share of the team\u2019s work and helps colleagues when priorities require it",
           "Respects different views and uses them to improve the quality of team decisions",
           "Works across units, disciplines and locations to achieve the Organization\u2019s objectives",
           "Gives credit to others for their contributions",
           "Deals with disagreements in the team constructively and helps to resolve them"]),
         ("BUILDING EFFECTIVE RELATIONSHIPS",
          "Builds and maintains relationships of trust with colleagues, Members and partners, and uses them to "
          "advance the work of the Organization.",
          ["Identifies the people inside and outside FAO whose cooperation is needed to get work done",
           "Keeps in regular contact with partners and responds to their requests promptly",
           "Shows an understanding of the needs, cultures and priorities of others",
           "Keeps commitments and earns the confidence of others",
           "Builds networks that allow knowledge and resources to be shared"]),
     ]),
    ("LEADERSHIP COMPETENCIES",
     "Leadership competencies apply to employees who lead and manage others, and in particular to senior "
     "managers. They build on the core competencies and describe what is expected of those who set direction, "
     "manage resources and are accountable for the performance of their teams.",
     [
         ("LEADING, ENGAGING AND EMPOWERING OTHERS",
          "Creates an environment in which staff are engaged and motivated, gives them the authority they need to "
          "do their work and develops their abilities.",
          ["Communicates a clear direction and explains how each person contributes to it",
           "Delegates responsibility together with the authority and resources needed to carry it out",
           "Recognizes good performance and addresses poor performance fairly and promptly",
           "Supports staff in their learning and career development",
           "Encourages staff to take initiative and to learn from mistakes",
           "Leads by example in upholding the values of the Organization"]),
         ("STRATEGIC THINKING",
          "Understands the Organization\u2019s mandate and the wider context in which it works, anticipates "
          "change and sets priorities that position the team to achieve long-term goals.",
          ["Links the work of the unit to the Strategic Framework and to the needs of Members",
           "Analyses trends and emerging issues and considers their implications for programmes",
           "Sets clear, realistic priorities and revises them when the context changes",
           "Considers the wider consequences of decisions for other units and partners",
           "Identifies opportunities for the Organization and acts on them"]),
     ]),
]


def _banner(doc, text):
    t = doc.add_table(rows=1, cols=1)
    c = t.rows[0].cells[0]
    H.shade(c, "006BA6")
    H.set_cell(c, text, bold=True, size=14, color="FFFFFF")
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def _footer_para(part, page_first):
    p = part.paragraphs[0]
    r = p.add_run
    if page_first:
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        H.add_field(p, "PAGE")
        r(" | FAO competency framework")
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r("FAO competency framework | ")
        H.add_field(p, "PAGE")
    for run in p.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = BLUE


def render(path):
    doc = Document()
    H.clear_core_props(doc, TITLE)
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(6.7), Inches(9.45)        # booklet trim
    sec.left_margin = sec.right_margin = Inches(0.75)
    sec.top_margin = Inches(0.7)
    sec.bottom_margin = Inches(0.8)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="5"/>'))
    _footer_para(sec.footer, page_first=False)          # odd pages
    _footer_para(sec.even_page_footer, page_first=True)
    bullet = H.add_numbering(doc, H.bullet_lvl("\u25aa", left=300, hanging=220), "0FA0C0DE")
    first = True
    for cluster, intro, comps in CLUSTERS:
        if not first:
            doc.add_paragraph().paragraph_format.page_break_before = True
        first = False
        _banner(doc, cluster)
        p = doc.add_paragraph(intro)
        p.paragraph_format.space_after = Pt(10)
        for i, (name, definition, bullets) in enumerate(comps):
            hp = doc.add_paragraph()
            if i == 1:
                hp.paragraph_format.page_break_before = True
            hr = hp.add_run(name)
            hr.bold = True
            hr.font.size = Pt(13)
            hr.font.color.rgb = BLUE
            hp.paragraph_format.space_before = Pt(8)
            hp.paragraph_format.keep_with_next = True
            dp = doc.add_paragraph()
            dr = dp.add_run(definition)
            dr.bold = True
            dr.italic = True
            dp.paragraph_format.space_after = Pt(8)
            sp = doc.add_paragraph()
            sr = sp.add_run("Behavioural indicators")
            sr.bold = True
            sr.font.color.rgb = BLUE
            sp.paragraph_format.keep_with_next = True
            for b in bullets:
                bp = doc.add_paragraph(b)
                H.set_num(bp, bullet)
                bp.paragraph_format.space_after = Pt(3)
    H.TMP.mkdir(parents=True, exist_ok=True)
    src = H.TMP / f"{STEM}.docx"
    doc.save(src)
    H.docx_to_pdf(src, path)


def gold(path):
    comps = []
    for _cluster, _intro, cl in CLUSTERS:
        for name, definition, bullets in cl:
            comps.append(H.competency(STEM, name, definition, indicators=H.items(STEM, bullets)))
    H.write_gold(path, "pdf", TITLE, comps)


def build():
    path = H.DOCS / f"{STEM}.pdf"
    render(path)
    gold(path)

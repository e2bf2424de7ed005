"""Queensland Department of Natural Resources, Mines and Energy (DNRME): interim Capability Framework, 6 June 2018.

DOCX (python-docx), A4 landscape: title block and intro, an overview table of the four capability areas (Core
Leadership / Core Capabilities / Core Management / Core Technical, with their taglines and names only = front
matter), then for three "How we behave & work together" capabilities a heading and a two-column table
"Description | Observable behaviours"; the right cell groups the behaviours (real Word bullets) under the
capability's elements printed as bold run-in sub-headings. Header with framework and department name, footer
with date and page number.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "dnrme-capability-framework"
DOC = STEM
TITLE = "Capability Framework"
DEPT = "Department of Natural Resources, Mines and Energy"
TEAL = "00677F"

OVERVIEW = [
    ("Core Leadership", "\u201cHow we lead\u201d",
     ["Leading Change", "Shapes Strategic Thinking", "Agility", "Develop & Empower People"]),
    ("Core Capabilities", "\u201cHow we behave & work together\u201d",
     ["Customer Focused", "Solutions Focused", "Teamwork & Collaboration", "Personal Ownership",
      "Ideas into Action", "Integrity & Transparency", "Communication", "Safety and Wellbeing",
      "Diversity and Inclusion"]),
    ("Core Management", "\u201cWhat & how we manage\u201d",
     ["Stakeholder Management", "Managing Performance", "Building Effective Teams", "Managing Resources"]),
    ("Core Technical", "\u201cOur ability to deliver\u201d",
     ["Project Management", "Financial Management", "Policy & Governance", "Technology & Systems",
      "Commercial Awareness", "Client Engagement", "Technical Expertise"]),
]

CAPS = [
    ("Customer Focused",
     "Puts customers at the centre of what we do. Understands who our customers are and what they need and "
     "expect, and delivers services that are responsive, reliable and easy to use.",
     [("Delivers quality customer service",
       ["Applies customer service and service excellence methods in everyday work",
        "Responds to enquiries promptly, accurately and courteously",
        "Follows through on commitments made to customers"]),
      ("Understands and responds to customer needs",
       ["Considers the customer\u2019s perspective and adjusts communication to address their concerns",
        "Seeks feedback from customers and uses it to improve services"])]),
    ("Solutions Focused",
     "Uses evidence and sound judgement to work through problems and find practical, innovative solutions that "
     "deliver results for the department and the community.",
     [("Analyses data to develop solutions",
       ["Gathers relevant information and data before drawing conclusions",
        "Identifies trends, risks and root causes"]),
      ("Innovates and considers alternatives",
       ["Generates options and tests new ideas",
        "Is open to alternative ways of working"]),
      ("Resolves problems",
       ["Breaks complex problems into manageable parts",
        "Acts to fix problems rather than passing them on"]),
      ("Achieves results",
       ["Sets clear goals and tracks progress against them",
        "Delivers agreed outcomes on time and to standard"])]),
    ("Teamwork & Collaboration",
     "Works cooperatively with colleagues, teams and partners across the department and government, sharing "
     "knowledge and effort to achieve common goals.",
     [("Demonstrates commitment and support of team",
       ["Contributes willingly to team goals and priorities",
        "Offers help to colleagues when workloads are high"]),
      ("Treats others equitably",
       ["Treats colleagues fairly and with respect",
        "Values the different views and backgrounds of team members"]),
      ("Resolves difficult situations",
       ["Raises and addresses conflict early and constructively",
        "Stays calm and professional in tense situations"]),
      ("Develops and maintains professional working relationships",
       ["Builds networks within and beyond the work area",
        "Shares information and knowledge openly"])]),
]


def make_docx(path):
    doc = Document()
    H.clear_core_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    H.landscape(sec, 11.69, 8.27)
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(f"{TITLE}  |  {DEPT}")
    r.font.size, r.font.color.rgb = Pt(8), RGBColor.from_string(TEAL)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("6 June 2018    |    Page ")
    r.font.size = Pt(8)
    H.add_field(fp, "PAGE", "1")

    bullet = H.add_numbering(doc, H.bullet_lvl("\u2022", left=284, hanging=227), "5A1C0F3E")

    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(24), RGBColor.from_string(TEAL)
    p = doc.add_paragraph()
    r = p.add_run(DEPT)
    r.font.size = Pt(13)
    p = doc.add_paragraph()
    r = p.add_run("Interim framework \u2013 6 June 2018")
    r.italic = True
    doc.add_paragraph(
        "The capability framework describes what every DNRME employee needs to do their job well and to deliver "
        "for Queensland. Capabilities are grouped into four areas. Core capabilities apply to everyone; "
        "leadership, management and technical capabilities apply according to the role.")

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, (area, tag, names) in enumerate(OVERVIEW):
        H.set_cell(t.cell(0, i), area, bold=True, color="FFFFFF", align=WD_ALIGN_PARAGRAPH.CENTER)
        H.shade(t.cell(0, i), TEAL)
        H.set_cell(t.cell(1, i), tag, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell = t.cell(2, i)
        for j, n in enumerate(names):
            q = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
            q.add_run(n).font.size = Pt(9)
            H.set_num(q, bullet)
    H.fix_widths(t, [2.55] * 4)

    h = doc.add_paragraph()
    H.page_break_before(h)
    r = h.add_run("Core Capabilities \u2013 \u201cHow we behave & work together\u201d")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(15), RGBColor.from_string(TEAL)

    for name, desc, elements in CAPS:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        H.keep_with_next(p)
        r = p.add_run(name)
        r.bold, r.font.size, r.font.color.rgb = True, Pt(13), RGBColor.from_string(TEAL)
        t = doc.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        for i, lab in enumerate(("Description", "Observable behaviours")):
            H.keep_with_next(H.set_cell(t.cell(0, i), lab, bold=True, color="FFFFFF"))
            H.shade(t.cell(0, i), TEAL)
        H.repeat_header(t.rows[0])
        H.set_cell(t.cell(1, 0), desc)
        cell = t.cell(1, 1)
        first = True
        for el, behs in elements:
            q = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            q.add_run(el).bold = True
            q.paragraph_format.space_before = Pt(3)
            for b in behs:
                q = cell.add_paragraph(b)
                H.set_num(q, bullet)
                q.paragraph_format.space_after = Pt(1)
        H.cant_split(t.rows[1])
        H.fix_widths(t, [3.6, 6.6])
    doc.save(path)


def build():
    out = H.DOCS / f"{STEM}.docx"
    make_docx(out)
    comps = []
    for name, desc, elements in CAPS:
        ind = []
        for el, behs in elements:
            ind += H.items(DOC, behs, group=el)
        comps.append(H.competency(DOC, name, desc, indicators=ind))
    H.write_gold(out, "docx", TITLE, comps)

"""illinois-fundamental-competencies.docx: University of Illinois (Urbana-Champaign) HR, Illinois
Supervisor Competency Model, 'Fundamental Competencies' page, as a Google Docs document downloaded as
DOCX (Title / Subtitle / Heading 1 / Heading 2 styles as Google writes them, Arial 11, '●' bullet lists,
resource type in parentheses after each resource, one 2-column table for the last competency)."""
from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Inches

import akcommon as C

STEM = "illinois-fundamental-competencies"
TITLE = "Illinois Supervisor Competency Model"
SUBTITLE = "Fundamental Competencies"
NOTE = "Working copy for the Supervisory Foundations cohort \u2013 please make a copy before you edit."
INTRO = ("Fundamental competencies are the base on which success in each of the core competencies of the "
         "model is built.")
H1 = "Skills for Fundamental Competencies"
HOWTO = ("Use the articles, videos and e-learning courses below to build your supervisory skills in each "
         "competency. How to use: choose a competency, then open one of the resources listed under it to "
         "explore the idea in more depth.")

# (name, definition, resources [(title, type)], as_table)
COMPS = [
    ("Interpersonal Skills",
     "Builds and keeps effective working relationships, above all in difficult situations. Engages and "
     "motivates others, and treats them with courtesy, sensitivity and respect. Reads the needs and "
     "feelings of different audiences, situations and cultures and responds appropriately. Asks others "
     "for feedback. Shows professionalism, tact and empathy, and earns trust and commitment.",
     [("Staying Calm in a Difficult Conversation", "Article"),
      ("Running Meetings That Move Work Forward", "E-Course"),
      ("A Campus Leader on Learning from Mistakes", "Video")], False),
    ("Integrity and Honesty",
     "Builds an ethical work unit through personal discipline, values, self-control and policies that "
     "reward ethical behavior. Does the right thing even when it carries a personal or professional "
     "cost. Acts honestly, fairly and ethically whatever the pressure from others in authority. Keeps "
     "words and actions consistent. Inspires trust and confidence and sets a high ethical standard.",
     [("Building Trust on Your Team", "E-Course"),
      ("How a Supervisor\u2019s Conduct Shapes Team Ethics", "Video"),
      ("Delivering Difficult News with Care", "Video")], False),
    ("Written Communication",
     "Writes clearly, concisely, in an organized way and persuasively for the intended audience, using "
     "correct grammar, punctuation and spelling. Chooses formats that help the reader remember the "
     "message.",
     [("Email Etiquette in Five Minutes", "Video"),
      ("Writing in Plain Language", "Article")], False),
    ("Oral Communication",
     "Presents and argues for ideas and issues clearly and effectively, including sensitive or "
     "contentious ones. Listens actively and checks that others have understood.",
     [("Presenting with Confidence", "E-Course"),
      ("Listening to Understand", "Article"),
      ("Speaking Up in Meetings", "Video")], True),
]


def style_doc(doc):
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal._element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.line_spacing = 1.15
    normal.paragraph_format.space_after = Pt(0)
    for name, size, color, before, after in [("Title", 26, None, 0, 3), ("Subtitle", 15, "666666", 0, 16),
                                             ("Heading 1", 20, None, 20, 6), ("Heading 2", 16, None, 18, 6)]:
        s = st[name]
        s.font.name = "Arial"
        s.font.size = Pt(size)
        s.font.bold = False
        s.font.italic = False
        s.font.color.rgb = RGBColor.from_string(color or "000000")
        rpr = s._element.get_or_add_rPr()
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rpr.rFonts is not None and rpr.rFonts.get(qn(attr)) is not None:
                del rpr.rFonts.attrib[qn(attr)]
        s.paragraph_format.space_before = Pt(before)
        s.paragraph_format.space_after = Pt(after)
        s.paragraph_format.keep_with_next = True
        pbdr = s._element.pPr.find(qn("w:pBdr")) if s._element.pPr is not None else None
        if pbdr is not None:
            s._element.pPr.remove(pbdr)


def render(path):
    doc = Document()
    style_doc(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Inches(1)
    C.clear_core_props(doc)
    bullet = C.add_numbering(doc, C.bullet_lvl("\u25cf", 720, 360, "Arial")
                             + C.bullet_lvl("\u25cb", 1440, 360, "Arial", ilvl=1), "5A3C2B10")

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE, style="Subtitle")
    p = doc.add_paragraph()
    r = p.add_run(NOTE)
    r.italic = True
    r.font.color.rgb = RGBColor.from_string("999999")
    doc.add_paragraph("")
    doc.add_paragraph(INTRO)
    doc.add_paragraph(H1, style="Heading 1")
    doc.add_paragraph(HOWTO)
    for name, definition, resources, as_table in COMPS:
        doc.add_paragraph(name, style="Heading 2")
        doc.add_paragraph(definition)
        doc.add_paragraph("")
        if not as_table:
            for title, typ in resources:
                bp = doc.add_paragraph(f"{title} ({typ})")
                C.set_num(bp, bullet)
        else:
            t = doc.add_table(rows=1 + len(resources), cols=2)
            t.style = doc.styles["Table Grid"]
            for cell, text in zip(t.rows[0].cells, ("Resource", "Format")):
                cell.text = ""
                run = cell.paragraphs[0].add_run(text)
                run.bold = True
            for row, (title, typ) in zip(t.rows[1:], resources):
                row.cells[0].text = title
                row.cells[1].text = typ
            C.fix_widths(t, [4.5, 2.0])
            doc.add_paragraph("")
    doc.save(path)


def gold():
    d = STEM
    comps = []
    for name, definition, resources, as_table in COMPS:
        readings, courses, acts = [], [], []
        for title, typ in resources:
            text = f"{title} | {typ}" if as_table else f"{title} ({typ})"
            if typ == "Article":
                readings.append(C.reading(d, text, title))
            elif typ == "E-Course":
                courses.append(C.item(d, text))
            else:
                acts.append(C.item(d, text))
        comps.append(C.competency(d, name, definition, activities=acts, courses=courses, readings=readings))
    return comps


def build():
    path = C.DOCS / f"{STEM}.docx"
    render(path)
    return C.write_gold(path, "docx", TITLE, gold())

"""ema-competency-framework.pdf: European Medicines Agency (EMA) Competency Framework, as a Word document
printed to PDF (python-docx -> LibreOffice): cover page with 'Last Update' line and the agency's address
block / copyright as first-page footer, a TABLE OF CONTENTS page with dot leaders and page numbers,
DEFINITIONS, BEHAVIOURAL COMPETENCIES > Core Competencies > one Heading 3 per competency with a
definition paragraph and a 'Behavioural indicators' bullet list; running header and 'EMA/... Page x/y'
footer on every page after the cover."""
import re

import pdfplumber
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import akcommon as C

STEM = "ema-competency-framework"
TITLE = "EMA Competency Framework"
UPDATED = "Last Update: January 11, 2022"
DOCREF = "EMA/45216/2022"
BLUE = RGBColor(0x00, 0x3D, 0x79)

ADDRESS = [
    "Official address  Domenico Scarlattilaan 6 \u25cf 1083 HS Amsterdam \u25cf The Netherlands",
    "Address for visits and deliveries  Refer to www.ema.europa.eu/how-to-find-us",
    "Send us a question  Go to www.ema.europa.eu/contact     Telephone +31 (0)88 781 6000",
    "An agency of the European Union",
    "\u00a9 European Medicines Agency, 2022. Reproduction is authorised provided the source is acknowledged.",
]

DEFINITIONS = [
    ("Competency", "a combination of behaviours, knowledge and skills that enables a person to perform "
                   "successfully in a role."),
    ("Behavioural indicators", "examples of observable behaviour that show a competency in action. They "
                               "illustrate the competency and are not an exhaustive list."),
    ("Core competencies", "competencies expected of every staff member, whatever their role, function or "
                          "grade."),
]
CORE_INTRO = ("The core competencies describe how all staff members are expected to work at the Agency. "
              "They are used in selection, in the annual appraisal and in planning learning and "
              "development.")

COMPS = [
    ("Ethics and Integrity",
     "Acts in line with the Agency\u2019s values and the Staff Regulations, showing honesty, impartiality "
     "and transparency in all dealings and protecting the independence of the Agency\u2019s scientific "
     "work.",
     ["Declares any potential conflict of interest promptly and accurately.",
      "Handles confidential and commercially sensitive information with care.",
      "Speaks up when something does not seem right, using the appropriate channels.",
      "Treats stakeholders, experts and colleagues impartially.",
      "Admits own mistakes and learns from them."]),
    ("Team Collaboration",
     "Works cooperatively with colleagues across teams, divisions and the European medicines regulatory "
     "network to achieve shared goals.",
     ["Shares information and knowledge openly with colleagues.",
      "Offers support to colleagues when workloads peak.",
      "Respects and builds on the contributions of others.",
      "Works constructively with national competent authorities and other network partners.",
      "Raises disagreements openly and helps to resolve them."]),
    ("Results Orientation",
     "Takes responsibility for delivering high-quality work on time, setting clear priorities and using "
     "resources efficiently.",
     ["Sets clear and realistic objectives for own work.",
      "Monitors progress and adjusts plans when circumstances change.",
      "Delivers work of consistent quality within agreed timelines.",
      "Looks for ways to simplify processes and avoid duplication.",
      "Follows commitments through to the end."]),
    ("Communication",
     "Expresses ideas and information clearly and concisely, orally and in writing, adapts the message to "
     "the audience and listens actively to others.",
     ["Writes clearly and concisely, in plain English where possible.",
      "Adapts the content and tone of messages to the audience.",
      "Listens actively and checks understanding.",
      "Keeps colleagues and stakeholders informed in good time.",
      "Presents complex scientific or technical information in an accessible way."]),
    ("Customer Centricity",
     "Understands the needs of the Agency\u2019s stakeholders \u2013 patients, healthcare professionals, "
     "industry and partners \u2013 and strives to meet them.",
     ["Identifies who the customers of own work are and what they need.",
      "Responds to requests promptly and courteously.",
      "Seeks feedback from stakeholders and acts on it.",
      "Balances stakeholder expectations against the Agency\u2019s mandate and priorities."]),
]

TOC = [("TABLE OF CONTENTS", 0), ("DEFINITIONS", 0), ("BEHAVIOURAL COMPETENCIES", 0),
       ("Core Competencies", 1)] + [(c[0], 2) for c in COMPS]


def _font(run, size, bold=False, color=None, name="Verdana"):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def _setup_styles(doc):
    n = doc.styles["Normal"]
    n.font.name = "Verdana"
    n.font.size = Pt(9)
    n._element.rPr.rFonts.set(qn("w:eastAsia"), "Verdana")
    n.paragraph_format.space_after = Pt(4)
    n.paragraph_format.line_spacing = 1.25
    for name, size in (("Heading 1", 13), ("Heading 2", 11), ("Heading 3", 10)):
        s = doc.styles[name]
        s.font.name = "Verdana"
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.italic = False
        s.font.color.rgb = BLUE
        rf = s._element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(attr)) is not None:
                del rf.attrib[qn(attr)]
        rf.set(qn("w:ascii"), "Verdana")
        rf.set(qn("w:hAnsi"), "Verdana")
        s.paragraph_format.space_before = Pt(14 if name != "Heading 3" else 10)
        s.paragraph_format.space_after = Pt(6)


def render(docx_path, pages):
    doc = Document()
    _setup_styles(doc)
    C.clear_core_props(doc, title=TITLE)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.different_first_page_header_footer = True
    # first-page footer: address block
    ff = sec.first_page_footer
    for i, line in enumerate(ADDRESS):
        p = ff.paragraphs[0] if i == 0 else ff.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        _font(p.add_run(line), 7, color=RGBColor(0x55, 0x55, 0x55))
    # running header / footer
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(hp.add_run(TITLE), 7, color=RGBColor(0x55, 0x55, 0x55))
    fp = sec.footer.paragraphs[0]
    _font(fp.add_run(f"{DOCREF}\t\tPage "), 7)
    C.add_field(fp, "PAGE")
    _font(fp.add_run("/"), 7)
    C.add_field(fp, "NUMPAGES", "6")
    for r in fp.runs:
        _font(r, 7)
    # cover
    for _ in range(8):
        doc.add_paragraph("")
    p = doc.add_paragraph()
    _font(p.add_run(TITLE), 24, bold=True, color=BLUE)
    p = doc.add_paragraph()
    _font(p.add_run(UPDATED), 10)
    p.add_run().add_break(WD_BREAK.PAGE)
    # TOC page
    p = doc.add_paragraph()
    _font(p.add_run("TABLE OF CONTENTS"), 13, bold=True, color=BLUE)
    for text, depth in TOC:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.4 * depth)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        _font(p.add_run(f"{text}\t{pages.get(text, 0)}"), 9, bold=(depth == 0))
    p.add_run().add_break(WD_BREAK.PAGE)
    # body
    doc.add_paragraph("DEFINITIONS", style="Heading 1")
    for term, text in DEFINITIONS:
        p = doc.add_paragraph()
        _font(p.add_run(term + ": "), 9, bold=True)
        _font(p.add_run(text), 9)
    doc.add_paragraph("BEHAVIOURAL COMPETENCIES", style="Heading 1")
    doc.add_paragraph("Core Competencies", style="Heading 2")
    doc.add_paragraph(CORE_INTRO)
    bullet = C.add_numbering(doc, C.bullet_lvl("\u2022", 567, 283, "Verdana"), "2B4D6F81")
    for name, definition, indicators in COMPS:
        doc.add_paragraph(name, style="Heading 3")
        doc.add_paragraph(definition)
        p = doc.add_paragraph()
        p.paragraph_format.keep_with_next = True
        _font(p.add_run("Behavioural indicators"), 9, bold=True)
        for ind in indicators:
            bp = doc.add_paragraph(ind)
            bp.paragraph_format.space_after = Pt(2)
            C.set_num(bp, bullet)
    doc.save(docx_path)


def find_pages(pdf):
    pages = {}
    with pdfplumber.open(pdf) as doc:
        texts = [(pg.extract_text() or "").splitlines() for pg in doc.pages]
    for text, _ in TOC:
        for i, lines in enumerate(texts):
            if i < 1:
                continue
            if text == "TABLE OF CONTENTS" and any(l.strip() == text for l in lines):
                pages[text] = i + 1
                break
            if i >= 2 and any(l.strip() == text for l in lines):
                pages[text] = i + 1
                break
    return pages


def build():
    tmp = C.BATCH / "build" / "tmp"
    tmp.mkdir(exist_ok=True)
    docx = tmp / f"{STEM}.docx"
    pages = {}
    for _ in range(3):
        render(docx, pages)
        pdf = C.soffice(docx, "pdf", C.DOCS)
        new = find_pages(pdf)
        if new == pages:
            break
        pages = new
    assert all(pages.get(t) for t, _ in TOC), pages
    return C.write_gold(pdf, "pdf", TITLE, gold())


def gold():
    d = STEM
    return [C.competency(d, n, df, indicators=C.items(d, ind)) for n, df, ind in COMPS]

"""Maritime New Zealand - Competency framework for Skipper Restricted Limits (PDF via python-docx -> LibreOffice)."""
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt, RGBColor

import azlib as L

STEM = "maritimenz-skipper-restricted-limits"
TITLE = "Competency framework for Skipper Restricted Limits"
COLS = ["Competence", "Knowledge, understanding and proficiency",
        "Methods for demonstrating competence", "Criteria for evaluating competence"]

FUNCTIONS = [
    ("Function: Navigate the vessel at the management level", [
        ("Plan and conduct a passage and determine position",
         [("Charts and publications", [
             "Demonstrates knowledge of chart symbols, abbreviations, datums and the information shown on New Zealand charts",
             "Selects the charts and nautical publications needed for a passage within restricted limits and keeps them up to date"]),
          ("Position fixing", [
              "Fixes the vessel\u2019s position using compass bearings, transits, radar ranges and GNSS, and assesses how reliable each fix is",
              "Allows for tidal stream, current and leeway when laying off a course to steer"]),
          ("Tides", [
              "Uses tide tables to work out the height of tide at a given time and the time at which a given depth will be available"])],
         ("Examination and assessment of evidence obtained from one or more of the following:",
          ["approved in-service experience", "approved training vessel experience", "practical chartwork exercises"]),
         ["The information taken from charts and publications is relevant, correctly interpreted and properly applied.",
          "The method chosen to fix the vessel\u2019s position suits the prevailing circumstances and conditions.",
          "Calculated tidal heights and times are within accepted limits of accuracy."]),
        ("Maintain a safe navigational watch",
         [("Watchkeeping", [
             "Explains the principles to be observed in keeping a navigational watch, including keeping a proper lookout",
             "Applies the International Regulations for Preventing Collisions at Sea to the conduct of the vessel in any condition of visibility"]),
          ("Bridge resource management", [
              "Allocates lookout and watch duties to crew, briefs them and confirms the briefing is understood",
              "Recognises fatigue in self and others and takes action to manage it"])],
         ("Assessment of evidence obtained from approved in-service experience and an oral examination", []),
         ["The conduct, handover and relief of the watch follow accepted principles and procedures.",
          "A proper lookout is kept at all times in a way that meets accepted principles.",
          "Actions taken to avoid a close-quarters situation comply with the Collision Regulations."]),
        ("Use radar to maintain the safety of navigation",
         [("Radar operation", [
             "Sets up and adjusts the radar for best performance and recognises false echoes, sea clutter and rain clutter",
             "Explains how range, bearing, target size and aspect affect what appears on the display"]),
          ("Collision avoidance", [
              "Uses plotting or automatic target tracking to find the closest point of approach of other vessels",
              "Decides on and takes action to avoid collision based on radar information, in line with the Collision Regulations"])],
         ("Examination and assessment of evidence obtained from one or more of the following:",
          ["approved simulator training", "approved in-service experience"]),
         ["Information obtained from radar is correctly interpreted and analysed, taking into account the limitations of the equipment.",
          "Action taken to avoid a close encounter or collision with other vessels is in line with the Collision Regulations."]),
    ]),
    ("Function: Manage vessel safety and compliance", [
        ("Respond to emergencies",
         [("Emergency procedures", [
             "Describes the actions to take after a grounding, collision, fire or flooding, and when a person goes overboard",
             "Prepares and maintains muster lists and emergency instructions suited to the vessel and its crew"]),
          ("Distress communications", [
              "Sends distress, urgency and safety messages by VHF radio using the correct procedures"])],
         ("Examination and assessment of evidence obtained from one or more of the following:",
          ["approved in-service experience", "practical drills"]),
         ["The type and scale of the emergency are identified promptly.",
          "Initial actions and any manoeuvring of the vessel follow contingency plans and suit the urgency of the situation.",
          "Distress and urgency messages are sent promptly and follow the prescribed procedures."]),
    ]),
]

NAVY = RGBColor(0x00, 0x2B, 0x5C)


def _para(container, text="", bold=False, size=10, space_after=2, italic=False, color=None, align=None):
    p = container.add_paragraph() if hasattr(container, "add_paragraph") else container
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    return p


def _first(cell, text, **kw):
    p = cell.paragraphs[0]
    _para(p, text, **kw)
    return p


def render(pages):
    doc = Document()
    L.clear_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Inches(0.7))
    sec.top_margin, sec.bottom_margin = Inches(0.8), Inches(0.7)
    bullet = L.add_numbering(doc, L.bullet_lvl("\u2022", left=220, hanging=160), "5A3C11F0")

    # ---- cover + contents (no page number)
    for _ in range(3):
        _para(doc, "")
    _para(doc, "Competency Framework for Skipper Restricted Limits", bold=True, size=26, color=NAVY, space_after=10)
    _para(doc, "Maritime New Zealand", size=14, color=NAVY, space_after=30)
    _para(doc, "Table of Contents", bold=True, size=12, space_after=6)
    toc = []
    for fname, comps in FUNCTIONS:
        toc.append((fname, pages.get(fname, "1"), False))
        toc += [(c[0], pages.get(c[0], "1"), True) for c in comps]
    for text, page, sub in toc:
        p = _para(doc, "", size=10, space_after=3)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(10.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if sub:
            p.paragraph_format.left_indent = Inches(0.3)
        r = p.add_run(f"{text}\t{page}")
        r.font.size = Pt(10)

    # ---- body section, page numbers from 1
    body = doc.add_section(WD_SECTION.NEW_PAGE)
    body.header.is_linked_to_previous = False
    body.footer.is_linked_to_previous = False
    body.different_first_page_header_footer = False
    body._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>'))
    hp = body.header.paragraphs[0]
    _para(hp, TITLE, size=8, italic=True, color=NAVY, align=WD_ALIGN_PARAGRAPH.RIGHT)
    fp = body.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE", "1", size=Pt(9))

    widths = [1.7, 4.3, 2.15, 2.15]
    first = True
    for fname, comps in FUNCTIONS:
        if not first:
            doc.add_page_break()
        first = False
        _para(doc, fname, bold=True, size=13, color=NAVY, space_after=6)
        t = doc.add_table(rows=1, cols=4)
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        L.set_cell_margins(t)
        hdr = t.rows[0]
        L.header_row(hdr)
        for c, txt in zip(hdr.cells, COLS):
            _first(c, txt, bold=True, size=10)
            L.shade(c, "D9E2F3")
        for name, kup, methods, criteria in comps:
            row = t.add_row()
            c0, c1, c2, c3 = row.cells
            _first(c0, name, bold=True, size=10)
            n = 0
            firstpara = True
            for sub, stmts in kup:
                p = _first(c1, sub, bold=True, size=10) if firstpara else _para(c1, sub, bold=True, size=10)
                p.paragraph_format.space_before = Pt(0 if firstpara else 4)
                firstpara = False
                for s in stmts:
                    n += 1
                    p = _para(c1, f"{n}.\t{s}", size=10)
                    p.paragraph_format.left_indent = Inches(0.25)
                    p.paragraph_format.first_line_indent = Inches(-0.25)
                    p.paragraph_format.tab_stops.add_tab_stop(Inches(0.25))
            lead, items = methods
            _first(c2, lead, size=10)
            for it in items:
                p = _para(c2, it, size=10)
                L.set_num(p, bullet)
            for i, crit in enumerate(criteria):
                (_first(c3, crit, size=10) if i == 0 else _para(c3, crit, size=10, space_after=2))
        L.fix_widths(t, widths)
    src = L.AZ / "build" / "_tmp" / f"{STEM}.docx"
    src.parent.mkdir(exist_ok=True)
    doc.save(src)
    L.soffice(src, "pdf", L.DOCS)
    return L.DOCS / f"{STEM}.pdf"


def find_pages(pdf):
    """Body page number (1 = first page after the contents page) where each heading / competence starts."""
    import pdfplumber
    names = [f for f, _ in FUNCTIONS] + [c[0] for _, cs in FUNCTIONS for c in cs]
    out = {}
    with pdfplumber.open(pdf) as d:
        texts = [L.norm(pg.extract_text() or "") for pg in d.pages]
    for n in names:
        for i, t in enumerate(texts[1:], start=1):
            words = n.split()
            # a competence name wraps inside its cell: look for its first two words
            if " ".join(words[:2]) in t and (n.startswith("Function") is False or n in t):
                out[n] = str(i)
                break
    return out


def build():
    pdf = render({})
    pages = find_pages(pdf)
    return render(pages)


if __name__ == "__main__":
    print(build())

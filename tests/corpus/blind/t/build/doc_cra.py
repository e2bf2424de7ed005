"""cra-competency-catalogue.pdf: CRA Competency Catalogue excerpt (python-docx -> LibreOffice PDF).

Cover page, table of contents with dot leaders and page numbers, an introduction with the level scale as a
table, then three behavioural competencies, each a heading, a definition and a two-column "Level | Indicators"
table (level cell = "Level n" + a short title on a second line; indicators = bullet lists inside the cell).
Two competencies are followed by "Tips for understanding ..." bullets.
"""
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Inches, Pt, RGBColor

import tcommon as C

STEM = "cra-competency-catalogue"
FILE = STEM + ".pdf"
TITLE = "Competency Catalogue"
VERSION = "Version 2012-11-01"

SCALE = [
    ("1", "Shows the behaviour in simple, routine situations, usually with guidance."),
    ("2", "Shows the behaviour independently in the typical situations of the job."),
    ("3", "Shows the behaviour in complex or sensitive situations and helps others to do so."),
    ("4", "Shows the behaviour across a broad area of responsibility and shapes how a work unit operates."),
    ("5", "Shows the behaviour at the organizational level and sets direction for the Agency."),
]

COMPS = [
    {
        "name": "Adaptability (ADAP)",
        "definition": "Adjusts own behaviour and approach to work in response to changing situations, "
                      "priorities and people, and supports others through change.",
        "levels": [
            ("Accepts the need for change",
             ["Recognizes that changes to work methods or priorities are sometimes necessary.",
              "Follows new procedures once they have been explained."]),
            ("Adjusts own approach",
             ["Modifies own work methods in response to new information or changing circumstances.",
              "Remains productive when priorities shift at short notice.",
              "Asks questions to understand the reasons for a change."]),
            ("Helps others adapt",
             ["Helps co-workers understand and adjust to new ways of working.",
              "Suggests practical ways of putting a change into effect in the work unit."]),
            ("Adapts plans and strategies",
             ["Revises plans, resources or strategies to fit a changing environment.",
              "Anticipates the effects of a change on the work unit and prepares staff in advance."]),
            ("Champions organizational change",
             ["Repositions programs in response to shifts in government direction or in the tax environment.",
              "Creates a climate in which employees see change as an opportunity rather than a threat."]),
        ],
        "tips": ["Adaptability is about the way a person responds to change, not about whether they agree "
                 "with it.",
                 "At the lower levels the focus is on one's own work; at the higher levels it extends to "
                 "helping others and to the organization as a whole.",
                 "A person who adapts well may still raise concerns about a change through the appropriate "
                 "channels.",
                 "Demonstrating the higher levels usually requires a broader scope of responsibility."],
    },
    {
        "name": "Client Service Orientation (CSO)",
        "definition": "Identifies and responds to the needs of internal and external clients, providing "
                      "service that is accurate, timely and courteous.",
        "levels": [
            ("Responds to client requests",
             ["Answers client enquiries politely and within established timelines.",
              "Provides accurate information or refers the client to the right source."]),
            ("Takes ownership of client issues",
             ["Follows up with clients to confirm that their issue has been resolved.",
              "Explains decisions and procedures in plain language."]),
            ("Looks beyond the immediate request",
             ["Clarifies the underlying needs of the client before proposing a solution.",
              "Identifies recurring problems and proposes improvements to service delivery.",
              "Balances the interests of the client with the Agency's legislative obligations."]),
            ("Builds a client-focused unit",
             ["Sets service standards for the work unit and monitors the results.",
              "Uses client feedback to redesign processes."]),
            ("Shapes the Agency's service strategy",
             ["Develops long-term service strategies that anticipate the changing needs of Canadians.",
              "Builds partnerships with other departments to improve service to shared clients."]),
        ],
        "tips": [],
    },
    {
        "name": "Teamwork (TW)",
        "definition": "Works cooperatively with others toward shared goals, contributing knowledge, effort "
                      "and support to the team.",
        "levels": [
            ("Participates in the team",
             ["Does a fair share of the team's work.",
              "Shares relevant information with team members."]),
            ("Cooperates actively",
             ["Offers help to team members when workloads are uneven.",
              "Respects the opinions of others and builds on their ideas."]),
            ("Builds team cohesion",
             ["Encourages every team member to contribute.",
              "Addresses conflict within the team openly and constructively."]),
            ("Leading others",
             ["Sets clear objectives for the team and clarifies the role of each member.",
              "Recognizes and celebrates what the team achieves."]),
            ("Promotes collaboration across the Agency",
             ["Puts in place structures that encourage teams from different branches to work together.",
              "Removes organizational barriers to collaboration."]),
        ],
        "tips": ["Teamwork applies to any group a person works with, including temporary project teams and "
                 "committees.",
                 "A person does not need to supervise others to demonstrate Level 4; leading a project team "
                 "or a working group also counts."],
    },
]

# table of contents: (text, indent level, page) -- pages checked against the rendered PDF in build()
TOC = [
    ("About the Competency Catalogue", 0, 3),
    ("Catalogue contents", 1, 3),
    ("Definition of competency", 1, 3),
    ("Levels of proficiency", 1, 3),
    ("Using the Catalogue", 1, 3),
    ("Behavioural competencies", 0, 4),
    ("Adaptability (ADAP)", 1, 4),
    ("Tips for understanding Adaptability (ADAP)", 1, 5),
    ("Client Service Orientation (CSO)", 1, 6),
    ("Teamwork (TW)", 1, 7),
    ("Tips for understanding Teamwork (TW)", 1, 7),
]

NAVY = RGBColor(0x1F, 0x3A, 0x5F)


def _font(doc):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for name, size in (("Heading 1", 16), ("Heading 2", 12.5), ("Heading 3", 11)):
        h = doc.styles[name]
        h.font.name = "Arial"
        h.font.size = Pt(size)
        h.font.bold = True
        h.font.color.rgb = NAVY
    lb = doc.styles["List Bullet"]
    lb.font.name = "Arial"
    lb.font.size = Pt(10)


def _footer(section):
    section.different_first_page_header_footer = True
    p = section.footer.paragraphs[0]
    p.text = ""
    p.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(VERSION + "\t\t")
    r.font.size = Pt(8)
    C.add_field(p, "PAGE", "1")
    for run in p.runs:
        run.font.size = Pt(8)


def _cover(doc):
    p = doc.add_paragraph()
    r = p.add_run("Canada Revenue\tAgence du revenu\nAgency\tdu Canada")
    r.font.size = Pt(9)
    p.paragraph_format.tab_stops.add_tab_stop(Inches(1.6))
    for _ in range(9):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Competency Catalogue")
    r.font.size = Pt(30)
    r.font.bold = True
    r.font.color.rgb = NAVY
    p = doc.add_paragraph()
    r = p.add_run("Revised November 2012")
    r.font.size = Pt(14)
    for _ in range(12):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("RC4630(12)\tCanada")
    r.font.size = Pt(10)
    r.font.bold = True
    p.add_run().add_break(WD_BREAK.PAGE)


def _toc(doc):
    h = doc.add_paragraph("Table of contents", style="Heading 1")
    for text, indent, page in TOC:
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Inches(0.25 * indent)
        pf.space_after = Pt(3)
        pf.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{text}\t{page}")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _intro(doc):
    doc.add_paragraph("About the Competency Catalogue", style="Heading 1")
    doc.add_paragraph("Catalogue contents", style="Heading 2")
    doc.add_paragraph(
        "This catalogue sets out the behavioural competencies used in the Canada Revenue Agency (CRA) for "
        "job competency profiles, staffing, learning and performance discussions. This excerpt reproduces "
        "three of them. Each competency has a definition, a scale of five levels with indicators, and, for "
        "some competencies, tips that help readers interpret it.")
    doc.add_paragraph("Definition of competency", style="Heading 2")
    doc.add_paragraph(
        "The CRA defines a competency as an observable or measurable knowledge, skill, ability or behavioural "
        "characteristic that contributes to successful job performance.")
    doc.add_paragraph("Levels of proficiency", style="Heading 2")
    doc.add_paragraph(
        "Every behavioural competency uses the same five-level scale. The levels are cumulative: a person "
        "who demonstrates a level also demonstrates the levels below it.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0].cells
    for cell, txt in zip(hdr, ("Level", "What the level means")):
        cell.text = ""
        r = cell.paragraphs[0].add_run(txt)
        r.bold = True
        C.shade(cell, "D9E2F3")
    for lvl, txt in SCALE:
        row = t.add_row().cells
        row[0].text = lvl
        row[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        row[1].text = txt
    C.fix_widths(t, [0.9, 5.6])
    C.mark_header_row(t.rows[0])
    doc.add_paragraph()
    doc.add_paragraph("Using the Catalogue", style="Heading 2")
    doc.add_paragraph(
        "Read the definition first, then the level that the job competency profile requires. The indicators "
        "are examples, not a checklist: a person does not need to show every indicator to be assessed at a "
        "level. Managers should discuss the level expected with employees before it is used in an "
        "assessment.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _competency(doc, comp, first, page_break_before_tips):
    if first:
        doc.add_paragraph("Behavioural competencies", style="Heading 1")
    doc.add_paragraph(comp["name"], style="Heading 2")
    p = doc.add_paragraph()
    r = p.add_run("Definition: ")
    r.bold = True
    p.add_run(comp["definition"])
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for cell, txt in zip(t.rows[0].cells, ("Level", "Indicators")):
        cell.text = ""
        r = cell.paragraphs[0].add_run(txt)
        r.bold = True
        C.shade(cell, "D9E2F3")
    C.mark_header_row(t.rows[0])
    for i, (short, bullets) in enumerate(comp["levels"], 1):
        row = t.add_row()
        C.row_flags(row)
        c0, c1 = row.cells
        c0.text = ""
        r = c0.paragraphs[0].add_run(f"Level {i}")
        r.bold = True
        p2 = c0.add_paragraph()
        r2 = p2.add_run(short)
        r2.italic = True
        c1.text = ""
        first_p = True
        for b in bullets:
            para = c1.paragraphs[0] if first_p else c1.add_paragraph()
            para.style = doc.styles["List Bullet"]
            para.add_run(b)
            first_p = False
    C.fix_widths(t, [1.6, 4.9])
    if comp["tips"]:
        if page_break_before_tips:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            doc.add_paragraph()
        doc.add_paragraph(f"Tips for understanding {comp['name']}", style="Heading 2")
        for tip in comp["tips"]:
            doc.add_paragraph(tip, style="List Bullet")


def render():
    doc = Document()
    _font(doc)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    _footer(sec)
    C.clear_core_props(doc, "Competency Catalogue")
    _cover(doc)
    _toc(doc)
    _intro(doc)
    for i, comp in enumerate(COMPS):
        _competency(doc, comp, first=(i == 0), page_break_before_tips=(i == 0))
        if i < len(COMPS) - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    tmp = Path(tempfile.mkdtemp(prefix="cra-"))
    src = tmp / (STEM + ".docx")
    doc.save(src)
    C.soffice(src, "pdf", C.DOCS)
    return C.DOCS / FILE


def gold():
    comps = []
    for comp in COMPS:
        lv = [{"rank": i, "label": f"Level {i} {short}",
               "behaviors": [C.item(STEM, b) for b in bullets]}
              for i, (short, bullets) in enumerate(comp["levels"], 1)]
        tips = [C.item(STEM, t) for t in comp["tips"]]
        comps.append(C.competency(comp["name"], STEM, definition=comp["definition"], levels=lv, tips=tips))
    return comps


def check_toc(pdf):
    """The TOC's page numbers against the page each heading is printed on (excluding page 2, the TOC)."""
    import pdfplumber
    bad = []
    with pdfplumber.open(pdf) as d:
        pages = [p.extract_text() or "" for p in d.pages]
    for text, _, page in TOC:
        hits = [i + 1 for i, t in enumerate(pages) if i != 1 and any(ln.strip() == text for ln in t.splitlines())]
        if page not in hits:
            bad.append((text, page, hits))
    return bad, len(pages)


def build():
    path = render()
    bad, n = check_toc(path)
    if bad:
        raise SystemExit(f"TOC page numbers wrong ({n} pages): {bad}")
    return C.write_gold(path, "pdf", TITLE, gold())

"""gem-competency-framework.docx: GEM (Group for Education in Museums) competency framework excerpt.

Landscape Word document; per competency (a GEM "category") a heading, a one-sentence summary and a table
with the levels as COLUMNS (header row "Dimension | Emerging | Developing | Proficient | Advanced |
Expert"); the rows are the category's themes ("dimensions"), one sentence per cell.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.shared import Inches, Pt, RGBColor

import tcommon as C

STEM = "gem-competency-framework"
FILE = STEM + ".docx"
TITLE = "GEM Competency Framework"

LEVELS = ["Emerging", "Developing", "Proficient", "Advanced", "Expert"]

COMPS = [
    {
        "name": "Building Relationships",
        "summary": "Looking for and nurturing the connections between people that help our organisations, "
                   "our teams and ourselves to develop.",
        "rows": [
            ("Communication", [
                "Communicates clearly and courteously with visitors, teachers and colleagues.",
                "Adapts the tone and format of messages for different audiences, including schools and "
                "community groups.",
                "Explains the value of the learning programme confidently to colleagues in other departments.",
                "Influences decisions within the organisation by making a strong case for learning.",
                "Acts as an advocate for heritage learning across the sector and beyond it."]),
            ("Collaboration", [
                "Works cooperatively with colleagues and freelancers to deliver sessions.",
                "Contributes ideas to shared projects and supports the work of others.",
                "Plans joint activities with other teams and with external partners.",
                "Encourages and enables collaboration across the organisation.",
                "Builds a culture of partnership working within and beyond the organisation."]),
            ("Co-creation", [
                "Understands why consulting audiences matters when activities are developed.",
                "Gathers the views of community members and uses them to shape resources.",
                "Develops programmes together with community partners as equals.",
                "Persuades the wider department to co-curate activities and resources.",
                "Sets standards for co-creation and champions them across the sector."]),
        ],
    },
    {
        "name": "Reflective Practice",
        "summary": "Building continuous learning and development into our work, informed by what past "
                   "experience has taught us.",
        "rows": [
            ("Learning Context", [
                "Knows the legal requirements, curricula and initiatives that relate to their own work.",
                "Understands where learning sits among the organisation's priorities.",
                "Contributes to learning policy and explains the value of heritage learning to others.",
                "Develops long-term learning strategies in response to regional and national policy.",
                "Re-evaluates organisational policy in the light of developments across the sector."]),
            ("Audiences & Participants", [
                "Identifies the main existing and potential audiences for the learning programme.",
                "Applies inclusive practice when planning activities for diverse groups.",
                "Extends the reach of the service to people who do not currently visit.",
                "Creates a culture of consultation with diverse audiences across the team.",
                "Shapes thinking across the sector on inclusive audience development."]),
            ("Professional Development", [
                "Reflects on their own sessions and notes what could be done differently.",
                "Identifies their own training needs and takes part in relevant courses.",
                "Keeps a record of continuing professional development and shares what they learn with "
                "the team.",
                "Supports colleagues to plan their own professional development.",
                "Contributes to training and professional standards for the heritage learning workforce."]),
        ],
    },
]

TEAL = "1D6F78"


def render():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for name in ("Heading 1", "Heading 2", "Title"):
        doc.styles[name].font.name = "Calibri"
        doc.styles[name].font.color.rgb = RGBColor(0x1D, 0x6F, 0x78)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Inches(0.7))
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    C.clear_core_props(doc, "GEM Competency Framework")
    hp = sec.header.paragraphs[0]
    hp.text = "GEM \u2013 Group for Education in Museums\tCompetency Framework"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "\u00a9 GEM. Registered charity no. 1120900.\t"
    C.add_field(fp, "PAGE", "1")
    for r in fp.runs:
        r.font.size = Pt(8)
    # header/footer: clear the portrait tab stops of the Header/Footer styles, one right tab at the edge
    from docx.enum.text import WD_TAB_ALIGNMENT
    for p in (hp, fp):
        ts = p.paragraph_format.tab_stops
        ts.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
        ts.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.CLEAR)
        ts.add_tab_stop(Inches(9.6), WD_TAB_ALIGNMENT.RIGHT)

    doc.add_paragraph("GEM Competency Framework", style="Title")
    doc.add_paragraph(
        "The framework sets out the knowledge, skills and behaviours needed by people who deliver learning in "
        "museums, heritage sites and other cultural settings. Competencies are grouped into categories, and "
        "each category is divided into dimensions. Progression is shown by reading each row from left to "
        "right. You do not need to meet every statement at a level, and the higher levels are relevant to "
        "everyone, not only to those in leadership roles.")
    for i, comp in enumerate(COMPS):
        if i:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_paragraph(comp["name"], style="Heading 1")
        doc.add_paragraph(comp["summary"])
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, txt in zip(t.rows[0].cells, ["Dimension"] + LEVELS):
            cell.text = ""
            r = cell.paragraphs[0].add_run(txt)
            r.bold = True
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            C.shade(cell, TEAL)
        C.mark_header_row(t.rows[0])
        for dim, cells in comp["rows"]:
            row = t.add_row()
            C.row_flags(row)
            row.cells[0].text = ""
            r = row.cells[0].paragraphs[0].add_run(dim)
            r.bold = True
            C.shade(row.cells[0], "E3F1F2")
            for cell, txt in zip(row.cells[1:], cells):
                cell.text = txt
        C.fix_widths(t, [1.5, 1.66, 1.66, 1.66, 1.66, 1.66])
    path = C.DOCS / FILE
    doc.save(path)
    return path


def gold():
    comps = []
    for comp in COMPS:
        lv = []
        for k, label in enumerate(LEVELS):
            lv.append({"rank": k + 1, "label": label,
                       "behaviors": [C.item(STEM, cells[k], group=dim) for dim, cells in comp["rows"]]})
        comps.append(C.competency(comp["name"], STEM, definition=comp["summary"], levels=lv))
    return comps


def build():
    path = render()
    return C.write_gold(path, "docx", TITLE, gold())

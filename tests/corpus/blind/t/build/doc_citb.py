"""citb-behavioural-competency-framework.docx: CITB-ConstructionSkills competency cards (python-docx).

One Word table per competency ("competency card"), one card per page: row 1 merged across both columns with
the competency name (capitals, as CITB prints them), then "Definition" | text, "Indicators of effective
performance" | bullets, "Indicators of ineffective performance" | bullets, "Development activities" |
bullets. Real Word bullet numbering inside the cells; running header and a "Page X of Y" footer with the
file-path prefix CITB's framework carries.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt, RGBColor

import tcommon as C

STEM = "citb-behavioural-competency-framework"
FILE = STEM + ".docx"
TITLE = "BEHAVIOURAL COMPETENCY FRAMEWORK"

EFF = "Indicators of effective performance"
INEFF = "Indicators of ineffective performance"
DEV = "Development activities"

COMPS = [
    {
        "name": "STRATEGIC AWARENESS",
        "definition": "The ability to step back, see the wider picture and work out the way forward.",
        EFF: ["Looks ahead and plans for future needs.",
              "Keeps searching for better ways to deliver products and services.",
              "Responds positively and flexibly when needs change.",
              "Takes the trouble to understand the reasons behind decisions.",
              "Spots opportunities and threats that could have a significant impact on "
              "CITB-ConstructionSkills.",
              "Uses partnerships to help achieve longer-term objectives."],
        INEFF: ["Fails to alert the right person to issues that may need action.",
                "Uses short-term pressures as an excuse for ignoring longer-term needs.",
                "Is uninformed about, or dismissive of, the organisation's strategy."],
        DEV: ["Read the corporate plan and discuss with your manager how your team's objectives contribute "
              "to it.",
              "Spend a day with a colleague in another directorate to learn how their priorities are set.",
              "Attend a briefing on the industry's skills forecast and summarise the key points for your "
              "team."],
    },
    {
        "name": "UNDERSTANDING ORGANISATIONS",
        "definition": "The ability to understand relationships within CITB-ConstructionSkills and with other "
                      "organisations, and to see how one's own actions affect others.",
        EFF: ["Adapts the way they work to fit the culture of other teams and partner bodies.",
              "Knows who makes decisions and who influences them.",
              "Considers the effect of their actions on other departments before acting.",
              "Uses formal and informal networks to get things done."],
        INEFF: ["Works in isolation without regard to the effect on others.",
                "Ignores the way partner organisations operate.",
                "Bypasses agreed channels and causes confusion as a result."],
        DEV: ["Draw a map of the key internal and external stakeholders for your role and review it with "
              "your line manager.",
              "Join a cross-departmental project group.",
              "Shadow a manager at a meeting with an employers' federation or other partner body."],
    },
    {
        "name": "CUSTOMER FOCUS",
        "definition": "The ability to put the needs of internal and external customers at the centre of what "
                      "we do.",
        EFF: ["Finds out what customers need rather than assuming it.",
              "Keeps customers informed about progress and delays.",
              "Deals with complaints promptly and learns from them.",
              "Treats every customer enquiry as important, whatever its size."],
        INEFF: ["Makes promises to customers that cannot be kept.",
                "Passes customers from one person to another without resolving their query.",
                "Treats customer feedback as criticism rather than as useful information."],
        DEV: ["Review recent customer feedback and identify one improvement you could make.",
              "Sit in with the customer contact team for a day.",
              "Ask an internal customer how well your service meets their needs."],
    },
]

GREEN = "DCE6D2"


def _bullet_cell(doc, cell, items, num_id):
    cell.text = ""
    for i, t in enumerate(items):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        C.set_num(p, num_id)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(t)


def _label(cell, text):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True
    C.shade(cell, GREEN)


def render():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    C.clear_core_props(doc, "Behavioural Competency Framework")
    # header / footer
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("CITB-ConstructionSkills\t\tBEHAVIOURAL COMPETENCY FRAMEWORK")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.add_run("Fuller/Competencies/Behavioural Competency Framework Revised Sept 06\t\tPage ")
    C.add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES", "3")
    for run in fp.runs:
        run.font.size = Pt(8)
    abstract = C.add_abstract(doc, C.BULLET_LVL.format(left=360, hang=360), "5B2C9A10")
    for i, comp in enumerate(COMPS):
        t = doc.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        top.text = ""
        p = top.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(comp["name"])
        r.bold = True
        r.font.size = Pt(13)
        C.shade(top, "4F6228")
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _label(t.rows[1].cells[0], "Definition")
        t.rows[1].cells[1].text = comp["definition"]
        for row, key in zip(t.rows[2:], (EFF, INEFF, DEV)):
            _label(row.cells[0], key)
            _bullet_cell(doc, row.cells[1], comp[key], C.add_num(doc, abstract))
        for row in t.rows:
            C.row_flags(row)
        C.fix_widths(t, [1.9, 4.8])
        if i < len(COMPS) - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    path = C.DOCS / FILE
    doc.save(path)
    return path


def gold():
    comps = []
    for comp in COMPS:
        ind = [C.item(STEM, t, group=EFF) for t in comp[EFF]] + \
              [C.item(STEM, t, group=INEFF) for t in comp[INEFF]]
        act = [C.item(STEM, t) for t in comp[DEV]]
        comps.append(C.competency(comp["name"], STEM, definition=comp["definition"],
                                  indicators=ind, activities=act))
    return comps


def build():
    path = render()
    return C.write_gold(path, "docx", TITLE, gold())

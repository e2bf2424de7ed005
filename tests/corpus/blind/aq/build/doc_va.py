"""Commonwealth of Virginia, DHRM - Competencies Assessment Tool (Word document, python-docx)."""
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt

import helpers as H

NAME = "va-dhrm-competencies-assessment-tool.docx"
RATING = "1     2     3     4     5     N/A"

INTRO = [
    "The pages that follow list the Commonwealth Competencies together with the Competency Indicators for "
    "each one. In the column to the right of every competency indicator, circle the number (1, 2, 3, 4, or 5) "
    "that comes closest to how often you show the indicator (for a self-assessment) or how often the person "
    "you are assessing shows it (for a multi-rater assessment).",
    "Circle N/A (Not Applicable) if there was no chance to show the competency indicator (for a "
    "self-assessment), if you never had a chance to observe it (for a multi-rater assessment), or if you "
    "simply do not know.",
]
SCALE_HEAD = ["1", "2", "3", "4", "5"]
SCALE_LABELS = ["Never/\nAlmost Never", "Rarely", "Occasionally", "Frequently", "Always/\nAlmost Always"]
KEY = [
    "N/A - Not Applicable: no chance to show this competency indicator, or I don\u2019t know",
    "1 - Never or almost never shows this competency indicator",
    "2 - Rarely shows this competency indicator",
    "3 - Occasionally shows this competency indicator",
    "4 - Frequently shows this competency indicator",
    "5 - Always or nearly always shows this competency indicator",
]

COMPETENCIES = [
    {
        "name": "Technical and Functional Expertise",
        "note": "Subject matter experts (SMEs) usually help to pin down the technical and functional expertise "
                "that successful performance calls for in each occupation. The Commonwealth Career Guides posted "
                "on the DHRM web site describe the technical and functional expertise needed in the occupations "
                "Virginia government employs. You and your supervisor can use the guide for your occupation to "
                "identify the expertise your role requires; that expertise should then become part of your "
                "Employee Work Profile (EWP).",
        "member": [""] * 5,
        "leader": [""] * 3,
    },
    {
        "name": "Understanding of the Business",
        "definition": "Knowing the purpose and mission of the organization.",
        "member": [
            "Knows the organization\u2019s services and priorities.",
            "Recognizes the political forces at work inside and outside the organization.",
            "Looks for ways to join efforts with others on shared issues.",
            "Knows how his or her own job affects business results.",
            "Responds to internal and external forces that affect the work environment.",
        ],
        "leader": [
            "Makes sure everyone understands one another\u2019s roles and responsibilities and how these connect "
            "to business results.",
            "Keeps team goals in line with those of the organization.",
        ],
    },
    {
        "name": "Results Focus",
        "definition": "Reaching goals and objectives.",
        "member": [
            "Approaches work with energy, drive, and a need to finish",
            "Puts innovative ideas to use",
            "Adjusts to changing work situations and stays flexible in resolving challenges",
            "Takes initiative with a clear business purpose in mind",
            "Sets high standards for own work and meets them",
        ],
        "leader": [
            "Holds self and team accountable for results",
            "Removes barriers so the team can get its work done",
            "Recognizes and celebrates what the team achieves",
        ],
    },
    {
        "name": "Interpersonal Communication",
        "definition": "Listening to others and communicating clearly and effectively.",
        "member": [
            "Listens to others and tries to understand their point of view.",
            "Conveys information clearly, both orally and in writing.",
            "Shares information with co-workers openly and on time.",
            "Deals with others in a courteous and respectful way.",
            "Gives and accepts feedback in a constructive manner.",
        ],
        "leader": [
            "Keeps the team informed about changes and decisions that affect its work.",
            "Encourages open discussion and the exchange of ideas within the team.",
        ],
    },
]


def _font(run, size=10, bold=False, italic=False):
    run.font.name = "Arial"
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic


def _p(doc, text="", size=10, bold=False, italic=False, after=4, align=None):
    p = doc.add_paragraph()
    if text:
        _font(p.add_run(text), size, bold, italic)
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def _indicator_table(doc, texts, abstract_id):
    num = H.add_num(doc, abstract_id, restart=True)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for text in texts:
        row = t.add_row()
        H.row_flags(row)
        c0, c1 = row.cells
        p = c0.paragraphs[0]
        if text:
            _font(p.add_run(text), 10)
        H.set_num(p, num)
        p.paragraph_format.space_after = Pt(2)
        q = c1.paragraphs[0]
        _font(q.add_run(RATING), 10)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.fix_widths(t, [4.6, 2.1])
    return t


def build(out_dir):
    doc = docx.Document()
    H.clear_core_props(doc, "Commonwealth of Virginia Competencies Assessment Tool")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    hp = sec.header.paragraphs[0]
    _font(hp.add_run("Commonwealth of Virginia Competencies Assessment Tool"), 8, italic=True)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.7), WD_TAB_ALIGNMENT.RIGHT)
    _font(fp.add_run("Department of Human Resource Management\t\tPage "), 8)
    H.add_field(fp, "PAGE")
    _font(fp.add_run(" of "), 8)
    H.add_field(fp, "NUMPAGES", "3")

    abstract_id = H.add_abstract(doc, H.decimal_lvl(left=360, hanging=360), "5A1C0B21")

    _p(doc, "Commonwealth of Virginia Competencies Assessment Tool", 14, bold=True, after=10,
       align=WD_ALIGN_PARAGRAPH.CENTER)
    _p(doc, "Name: ______________________________   Position: ______________________   Date: __________",
       9, after=10)
    for para in INTRO:
        _p(doc, para, after=6)

    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (h, lab) in enumerate(zip(SCALE_HEAD, SCALE_LABELS)):
        for r, text, bold in ((0, h, True), (1, lab, False)):
            p = t.rows[r].cells[i].paragraphs[0]
            lines = text.split("\n")
            for k, ln in enumerate(lines):
                run = p.add_run(ln)
                _font(run, 9, bold)
                if k < len(lines) - 1:
                    run.add_break()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.fix_widths(t, [1.2] * 5)
    _p(doc, "", after=2)
    for k in KEY:
        _p(doc, k, 9, after=1)
    _p(doc, "", after=6)

    for c in COMPETENCIES:
        p = _p(doc, f"Competency: {c['name']}", 12, bold=True, after=4)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        if c.get("definition"):
            p = doc.add_paragraph()
            _font(p.add_run("Definition: "), 10, bold=True)
            _font(p.add_run(c["definition"]), 10)
            p.paragraph_format.space_after = Pt(6)
        else:
            _p(doc, c["note"], after=6)
        for label, key in (("Team Member Indicators:", "member"), ("Team Leader Indicators:", "leader")):
            p = _p(doc, label, 10, bold=True, after=3)
            p.paragraph_format.keep_with_next = True
            _indicator_table(doc, c[key], abstract_id)
            _p(doc, "", after=2)

    out = Path(out_dir) / NAME
    doc.save(out)
    return out

"""UC San Diego - Core Competency Model Behavioral Indicators (Rev. 08/21/2014): Word document with a
letter-spaced competency title, a definition and a two-column table (Operational | Mastery level),
converted to PDF with LibreOffice."""
from pathlib import Path
import shutil
import tempfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

import helpers as H

NAME = "ucsd-core-competency-behavioral-indicators.pdf"
HEAD_OP = "Behavioral Indicator-Operational Level"
HEAD_MA = "Behavioral Indicator-Mastery Level"

COMPETENCIES = [
    {
        "name": "RESOURCE MANAGEMENT",
        "definition": "Uses university resources with integrity, accountability and efficiency, in keeping with "
                      "the UC Standards of Ethical Conduct and other policies.",
        "op": [
            "Uses supplies, equipment and funds carefully and only for university business.",
            "Follows policies and procedures on purchasing, travel and records.",
            "Reports waste, loss or misuse of resources to the appropriate person.",
            "Keeps accurate records of expenses and of time worked.",
            "Looks for simple ways to reduce costs in own work area.",
            "Takes responsibility for own decisions and their effect on resources.",
            "Protects confidential and sensitive information.",
        ],
        "ma": [
            "Plans and monitors budgets and staffing so that resources match unit priorities.",
            "Identifies opportunities to share resources or services with other units.",
            "Builds accountability for stewardship into the unit\u2019s processes and reviews.",
            "Makes difficult trade-off decisions and explains the reasons to those affected.",
            "Models the UC Standards of Ethical Conduct and holds others to them.",
            "Evaluates the return on major expenditures and recommends changes.",
        ],
    },
    {
        "name": "SERVICE FOCUS",
        "definition": "Values and provides service that is of high quality, professional, responsive and "
                      "innovative.",
        "op": [
            "Greets customers promptly and treats them with courtesy and respect.",
            "Listens to find out what the customer actually needs.",
            "Responds to requests and inquiries within agreed time frames.",
            "Follows through on commitments and keeps customers informed of progress.",
            "Knows the services of own unit well enough to answer questions or refer customers correctly.",
            "Handles complaints calmly and looks for a fair resolution.",
            "Asks for feedback on the service provided.",
            "Is polite.",
        ],
        "ma": [
            "Anticipates customer needs and designs services around them.",
            "Builds long-term partnerships with customers across campus.",
            "Uses customer feedback and service data to improve processes.",
            "Sets service standards for the unit and monitors how well they are met.",
            "Resolves complex or escalated service issues that involve several units.",
            "Coaches others to deliver consistent, high-quality service.",
        ],
    },
    {
        "name": "TEAMWORK AND COLLABORATION",
        "definition": "Works with colleagues to achieve results that support the operations and mission of the "
                      "University of California.",
        "op": [
            "Contributes a fair share of work to team projects.",
            "Shares information and resources with team members.",
            "Respects the ideas and contributions of others.",
            "Offers help to co-workers when workloads are heavy.",
            "Works through disagreements with team members constructively.",
            "Supports team decisions once they are made, even when own view was different.",
            "Keeps team members informed about progress on shared work.",
        ],
        "ma": [
            "Builds teams that bring together people with different skills and backgrounds.",
            "Creates opportunities for collaboration across departments and campuses.",
            "Facilitates group discussions so that all members are heard.",
            "Recognizes and rewards team accomplishments.",
            "Addresses team conflict early and helps the team reach agreement.",
            "Aligns the team\u2019s goals with the goals of the organization.",
        ],
    },
]

NAVY = RGBColor(0x18, 0x2B, 0x49)


def _font(run, size=10, bold=False, italic=False, color=None):
    run.font.name = "Calibri"
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    if color is not None:
        run.font.color.rgb = color


def build(out_dir):
    doc = docx.Document()
    H.clear_core_props(doc, "UC San Diego Core Competency Model Behavioral Indicators")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = Inches(0.7)
    sec.bottom_margin = Inches(0.7)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
    _font(fp.add_run("UC San Diego Core Competency Model Behavioral Indicators \u2013 Rev. 08/21/2014\t\t"), 8)
    H.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)

    bul = H.add_abstract(doc, H.bullet_lvl("\u2022", left=216, hanging=216, font="Symbol"), "6E21A0B3")

    p = doc.add_paragraph()
    _font(p.add_run("UC San Diego Core Competency Model Behavioral Indicators"), 18, True, color=NAVY)
    p = doc.add_paragraph()
    _font(p.add_run("Rev. 08/21/2014"), 10, italic=True)
    p.paragraph_format.space_after = Pt(18)

    for k, c in enumerate(COMPETENCIES):
        if k:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        p = doc.add_paragraph()
        r = p.add_run(c["name"])
        _font(r, 16, True, color=NAVY)
        H.char_spacing(r, 80)
        p.paragraph_format.space_after = Pt(4)
        H.para_border_bottom(p, sz=12, color="C69214")
        p = doc.add_paragraph()
        _font(p.add_run(c["definition"]), 11, italic=True)
        p.paragraph_format.space_after = Pt(10)

        t = doc.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        H.row_flags(t.rows[0], cant_split=True, header=True)
        for cell, head in zip(t.rows[0].cells, (HEAD_OP, HEAD_MA)):
            q = cell.paragraphs[0]
            _font(q.add_run(head), 10, True, color=RGBColor(0xFF, 0xFF, 0xFF))
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            H.shade(cell, "182B49")
        for cell, items in zip(t.rows[1].cells, (c["op"], c["ma"])):
            num = H.add_num(doc, bul)
            first = True
            for text in items:
                q = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                _font(q.add_run(text), 10)
                H.set_num(q, num)
                q.paragraph_format.space_after = Pt(4)
        H.fix_widths(t, [3.45, 3.45])

    tmp = Path(tempfile.mkdtemp(prefix="aq-ucsd-")) / "ucsd.docx"
    doc.save(tmp)
    out = Path(out_dir) / NAME
    H.docx_to_pdf(tmp, out)
    shutil.rmtree(tmp.parent, ignore_errors=True)
    return out

"""DIBP Capability Development Framework - "Capability map: APS6": landscape Word table -> PDF."""
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Mm, RGBColor

import bhlib as L

STEM = "dibp-capability-map-aps6"
DOC = STEM

CLUSTERS = [
    ("1. Contributes to strategic thinking", [
        ("1.1", "Supports shared purpose & direction",
         "Actively promotes the department\u2019s work and goals and links advice and decisions to "
         "organisational outcomes. Sets work expectations that reflect the corporate plan and the branch and "
         "section business plans, and explains the results expected."),
        ("1.2", "Thinks strategically",
         "Understands the broader portfolio and whole-of-government context of the work area. Identifies "
         "emerging issues and trends and considers their implications for current and future work."),
        ("1.3", "Harnesses information & opportunities",
         "Gathers and analyses information from a wide range of sources and draws sound conclusions. Shares "
         "information with colleagues and stakeholders and identifies opportunities to improve the way the "
         "work area operates."),
        ("1.4", "Shows judgement, intelligence & common sense",
         "Works through complex problems logically and considers the consequences of each option. Identifies "
         "the key issues, tests assumptions and recommends practical solutions, escalating matters when "
         "appropriate."),
    ]),
    ("2. Achieves results", [
        ("2.1", "Takes responsibility for managing performance to achieve results",
         "Works with limited direction to meet agreed performance expectations and complies with departmental "
         "policies and procedures. Sets clear objectives for the team, monitors progress and addresses "
         "underperformance promptly."),
        ("2.2", "Identifies & uses resources wisely",
         "Plans and prioritises the work of the team to make best use of available staff, funds and "
         "technology. Reviews work practices and recommends changes that improve efficiency."),
        ("2.3", "Responds positively to change",
         "Adapts readily to changed priorities and helps team members understand and manage change. Remains "
         "focused on outcomes when circumstances are uncertain."),
    ]),
    ("3. Supports productive working relationships", [
        ("3.1", "Develops & maintains effective internal & external relationships, partnerships & networks",
         "Builds effective working relationships and consults with professional networks. Knows who the "
         "stakeholders and clients are, anticipates and responds to their changing needs, and builds trust "
         "and credibility."),
        ("3.2", "Values individual differences & diversity",
         "Treats people with respect and recognises the value of different backgrounds, experiences and "
         "perspectives. Uses the diverse skills of team members to strengthen results."),
        ("3.3", "Guides, mentors & develops people",
         "Gives timely, constructive feedback and coaches team members to build their capability. Identifies "
         "development opportunities and shares own knowledge and experience."),
    ]),
    ("4. Shows personal drive & integrity", [
        ("4.1", "Behaves professionally & ethically & accepts responsibility for own actions",
         "Champions the APS Values and Code of Conduct and ensures that work complies with legislation. Models "
         "high standards of professional and ethical behaviour and is accountable for own decisions and "
         "actions."),
        ("4.2", "Engages with risk & shows personal courage",
         "Identifies and manages risks in the work area. Is prepared to give frank and fearless advice and to "
         "stand by a considered position when it is challenged."),
        ("4.3", "Demonstrates self-awareness & a commitment to personal development",
         "Seeks and reflects on feedback and works to improve own performance. Pursues learning that builds "
         "the skills the role needs now and in the future."),
    ]),
    ("5. Communicates with influence", [
        ("5.1", "Communicates clearly & concisely",
         "Explains complex issues and concepts clearly and concisely in writing and in person. Makes sure that "
         "communication is accurate, timely and unambiguous and chooses the medium that suits the message."),
        ("5.2", "Listens, understands & adapts to audience",
         "Listens to others and checks their understanding of the message. Tailors content and style to the "
         "needs and knowledge of the audience."),
        ("5.3", "Negotiates persuasively",
         "Prepares well for negotiations and presents a convincing case. Looks for outcomes that meet the "
         "department\u2019s objectives while keeping good working relationships."),
    ]),
    ("6. Applies & builds appropriate knowledge, skills & experience", [
        ("6.1", "Applies & builds appropriate knowledge, skills & experience",
         "Builds, applies and maintains the experience, skills and knowledge the position requires. Where "
         "relevant to the position, holds and keeps current the qualifications, licences or accreditation it "
         "calls for, and shares expertise with others."),
    ]),
]

DASHES = "-" * 38


def set_cell_margins(cell, **kw):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    tcPr = cell._tc.get_or_add_tcPr()
    xml = "".join(f'<w:{k} w:w="{v}" w:type="dxa"/>' for k, v in kw.items())
    tcPr.append(parse_xml(f'<w:tcMar {nsdecls("w")}>{xml}</w:tcMar>'))


def build():
    d = Document()
    L.clear_core_props(d, "Capability map: APS6")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(8)
    st.paragraph_format.space_after = Pt(0)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(12)
    sec.top_margin = Mm(12)
    sec.bottom_margin = Mm(14)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Department of Immigration and Border Protection  |  Capability Development Framework  |  "
                   "Capability map: APS6  |  Page ")
    r.font.size = Pt(7)
    L.add_field(fp, "PAGE")
    r = fp.add_run(" of ")
    L.add_field(fp, "NUMPAGES", "2")
    for run in fp.runs:
        run.font.size = Pt(7)

    p = d.add_paragraph()
    r = p.add_run("Capability Development Framework")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
    p = d.add_paragraph()
    r = p.add_run("Capability map: APS6")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
    p.paragraph_format.space_after = Pt(6)

    t = d.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    L.fix_widths(t, [1.79] * 6)
    L.row_flags(t.rows[0], cant_split=True, header=True)
    for i, (cname, subs) in enumerate(CLUSTERS):
        hc = t.rows[0].cells[i]
        L.shade(hc, "1F3A60")
        hp = hc.paragraphs[0]
        hr = hp.add_run(cname)
        hr.bold = True
        hr.font.size = Pt(9)
        hr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        hc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        bc = t.rows[1].cells[i]
        first = True
        for num, name, desc in subs:
            np_ = bc.paragraphs[0] if first else bc.add_paragraph()
            if not first:
                np_.paragraph_format.space_before = Pt(8)
            first = False
            nr = np_.add_run(f"{num} {name}")
            nr.bold = True
            nr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
            dp = bc.add_paragraph(DASHES)
            dp.runs[0].font.size = Pt(6)
            bc.add_paragraph(desc)
    tmpdir = Path(tempfile.mkdtemp(prefix="bh-docx-"))
    tmp = tmpdir / f"{STEM}.docx"
    d.save(tmp)
    pdf = L.DOCS / f"{STEM}.pdf"
    L.docx_to_pdf(tmp, pdf)
    shutil.rmtree(tmpdir, ignore_errors=True)
    return pdf


def gold(pdf):
    comps = []
    for cname, subs in CLUSTERS:
        for num, name, desc in subs:
            comps.append(L.competency(DOC, name, None,
                                      levels=[L.level(6, "APS6", [L.item(DOC, desc)])]))
    L.write_gold(pdf, "pdf", "Capability map: APS6", comps)


if __name__ == "__main__":
    gold(build())

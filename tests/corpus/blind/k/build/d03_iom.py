"""International Organization for Migration (IOM), IOM Competency Framework (September 2018). Excerpt.

DOCX (python-docx, landscape): title, an introduction (three elements of the framework; levelled vs non-levelled),
then two bordered tables. "Values" table: header row "Values | Non-levelled", one row per value with the value
name (bold) and its one-sentence description in the first cell and real Word bullets in the second. "Core
competencies" table: a competency-by-level matrix, header row "Core competencies | Level 1 | Level 2 | Level 3",
one row per competency (name + description in the first cell, Word bullets in each level cell). Footer
"IOM Competency Framework \u2013 September 2018" with a page number.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

import helpers as H

STEM = "iom-competency-framework"
TITLE = "IOM Competency Framework"
NAVY = "0033A0"

INTRO = [
    "The IOM Competency Framework consists of three main elements: values, core competencies and managerial "
    "competencies.",
    "Values are the shared principles and beliefs that guide the actions and behaviours of all staff members. "
    "Core competencies are the skills, attributes and behaviours that every staff member needs, regardless of "
    "function or level. Managerial competencies apply to staff members who manage others.",
    "Core and managerial competencies are levelled: different levels apply to different jobs and grades, while "
    "the indicators for values are not levelled. Staff members are expected to demonstrate the indicators of "
    "their own level as well as those of the level below.",
]

VALUES = [
    ("Inclusion & respect for diversity",
     "Respects and promotes individual and cultural differences; encourages diversity and inclusion wherever "
     "possible.",
     ["Shows respect and sensitivity towards differences of gender, culture, ethnicity, religion, sexual "
      "orientation, political conviction and other characteristics.",
      "Includes all team members and stakeholders and works constructively with people of different backgrounds "
      "and orientations.",
      "Values diverse points of view and shows this in daily work and decision-making.",
      "Challenges prejudice, bias and intolerance in the workplace."]),
    ("Integrity & transparency",
     "Maintains high ethical standards and acts in line with the Organization\u2019s principles, rules and "
     "standards of conduct.",
     ["Upholds and promotes the Standards of Conduct and the Staff Regulations and Rules.",
      "Delivers on commitments and manages the Organization\u2019s resources responsibly.",
      "Practises transparency while respecting confidentiality where it is required.",
      "Stands by decisions that are in the Organization\u2019s interest, even when they are unpopular."]),
]

CORE = [
    ("Teamwork",
     "Develops and promotes effective collaboration within and across units to achieve shared goals and "
     "optimize results.",
     [["Actively contributes to an effective, collegial and agile team environment.",
       "Contributes to, and follows, team objectives.",
       "Gives credit where credit is due."],
      ["Seeks input and feedback from others.",
       "Delegates tasks and responsibilities as appropriate.",
       "Plans and coordinates the work of the team across organizational boundaries."],
      ["Encourages collaboration across units, and with partners outside the Organization.",
       "Builds team spirit and settles conflicts within and between teams.",
       "Champions a culture of shared responsibility for results."]]),
    ("Delivering results",
     "Produces and delivers quality results in a service-oriented and timely manner; is action oriented and "
     "committed to achieving agreed outcomes.",
     [["Delivers on set objectives in hardship and complex situations.",
       "Works effectively with limited resources and under time pressure.",
       "Checks own work for accuracy and completeness."],
      ["Sets realistic targets for the team and monitors their achievement.",
       "Identifies risks to delivery and takes early action to manage them.",
       "Adjusts plans and resources when priorities change."],
      ["Translates organizational priorities into clear objectives for the office or division.",
       "Allocates resources to the results that matter most.",
       "Holds managers accountable for the delivery of agreed outcomes."]]),
    ("Accountability",
     "Takes ownership for achieving the Organization\u2019s priorities and assumes responsibility for own actions "
     "and delegated work.",
     [["Accepts and gives constructive criticism.",
       "Follows all relevant procedures, processes and policies.",
       "Meets deadlines, cost and quality requirements for outputs."],
      ["Monitors own and team performance and reports on it accurately.",
       "Takes responsibility for the decisions of the team.",
       "Acts to correct errors and to prevent them from recurring."],
      ["Creates an environment in which staff take ownership of results.",
       "Reports openly on the performance of the office, including shortcomings.",
       "Ensures that oversight findings are acted on."]]),
]


def _header_row(table, labels):
    for cell, label in zip(table.rows[0].cells, labels):
        H.shade(cell, NAVY)
        H.set_cell(cell, label, bold=True, size=10, color="FFFFFF")
    H.repeat_header(table.rows[0])


def _name_cell(cell, name, desc):
    H.set_cell(cell, name, bold=True, size=9.5)
    p = cell.add_paragraph(desc)
    p.runs[0].font.size = Pt(8.5)
    p.paragraph_format.space_before = Pt(3)


def _bullets(cell, bullets, num):
    first = True
    for b in bullets:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        if first:
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
        p.add_run(b).font.size = Pt(8.5)
        H.set_num(p, num)
        p.paragraph_format.space_after = Pt(2)
        first = False


def render(path):
    doc = Document()
    H.clear_core_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    H.landscape(sec)
    from docx.shared import Inches
    sec.left_margin = sec.right_margin = Inches(0.6)
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    fp = sec.footer.paragraphs[0]
    fp.text = "IOM Competency Framework \u2013 September 2018\t\t"
    H.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)
    num = H.add_numbering(doc, H.bullet_lvl("\u2022", left=220, hanging=180), "10A0B0C0")
    h = doc.add_paragraph()
    hr = h.add_run(TITLE)
    hr.bold = True
    hr.font.size = Pt(20)
    hr.font.color.rgb = RGBColor.from_string(NAVY)
    for t in INTRO:
        doc.add_paragraph(t).paragraph_format.space_after = Pt(4)
    # values
    vt = doc.add_table(rows=1, cols=2)
    H.grid_borders(vt)
    _header_row(vt, ["Values", "Non-levelled"])
    for name, desc, bullets in VALUES:
        row = vt.add_row()
        H.cant_split(row)
        _name_cell(row.cells[0], name, desc)
        _bullets(row.cells[1], bullets, num)
    H.fix_widths(vt, [2.4, 7.4])
    sp = doc.add_paragraph()
    sp.paragraph_format.page_break_before = True
    # core competencies
    ct = doc.add_table(rows=1, cols=4)
    H.grid_borders(ct)
    _header_row(ct, ["Core competencies", "Level 1", "Level 2", "Level 3"])
    for name, desc, levels in CORE:
        row = ct.add_row()
        H.cant_split(row)
        _name_cell(row.cells[0], name, desc)
        for cell, bullets in zip(row.cells[1:], levels):
            _bullets(cell, bullets, num)
    H.fix_widths(ct, [2.2, 2.53, 2.53, 2.54])
    doc.save(path)


def gold(path):
    comps = []
    for name, desc, bullets in VALUES:
        comps.append(H.competency(STEM, name, desc, indicators=H.items(STEM, bullets)))
    for name, desc, levels in CORE:
        lv = [H.level(i + 1, f"Level {i + 1}", H.items(STEM, b)) for i, b in enumerate(levels)]
        comps.append(H.competency(STEM, name, desc, levels=lv))
    H.write_gold(path, "docx", TITLE, comps)


def build():
    path = H.DOCS / f"{STEM}.docx"
    render(path)
    gold(path)

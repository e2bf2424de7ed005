"""Government of Papua New Guinea, Department of Personnel Management - Ethics & Values Based Executive
Leadership & Management Capability Framework (May 2013): cover, "How to read the capability profiles" (page 14)
and two capability profiles as landscape tables, level columns Manager / Senior Manager / Executive Manager
(pages 16-17). python-docx -> LibreOffice -> PDF."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Pt, Inches, RGBColor  # noqa: E402

STEM = "png-dpm-leadership-capability-framework"
TITLE = "Ethics & Values Based Executive Leadership & Management Capability Framework"
RED = RGBColor(0xA6, 0x1B, 0x1B)
LEVELS = ["Manager", "Senior Manager", "Executive Manager"]

COVER_TEXT = ("The lime pot on the cover, with its carved pattern, comes from the Trobriand Islands of Milne Bay "
              "Province. In Milne Bay the lime pot stands for people coming together to share stories on matters "
              "that concern them all; in Central Province its sound calls people to silence so that leaders may "
              "speak. The framework itself was drafted in Alotau, Milne Bay, where the Government agreed the "
              "Alotau Accord setting out its agenda for the Nation.")

READ_PARAS = [
    "The framework rests on the six core values of the National Public Service: Honesty, Integrity, "
    "Accountability, Respect, Wisdom and Responsibility. The ten leadership capabilities describe how these "
    "values are put into practice by those who manage and lead in the public service.",
    "Each capability is described at three leadership levels. The levels are cumulative: a Senior Manager is "
    "expected to show the behaviours described for a Manager as well as those for his or her own level, and an "
    "Executive Manager those of all three levels. Every capability is divided into components; the behaviours "
    "listed under each level are examples, not a complete list.",
]
LEVEL_KEY = [
    ("Manager", "Section heads and branch managers who lead a team and are responsible for its work plan"),
    ("Senior Manager", "Assistant and first assistant secretaries and other officers heading a division"),
    ("Executive Manager", "Deputy secretaries, departmental heads and provincial administrators"),
]

CAPS = [
    {
        "page": 16, "num": "2.", "name": "Sets strategic direction",
        "desc": ("Gives the agency a clear sense of where it is going, links its work to the national development "
                 "goals and Vision 2050, and prepares it for the challenges ahead."),
        "values": "Values in action: Wisdom, Responsibility",
        "rows": [
            ("Supports shared purpose and direction", [
                ["Explains the agency\u2019s goals to the team and shows how their work contributes",
                 "Translates corporate plans into clear work plans for the unit"],
                ["Builds commitment to the corporate plan across divisions",
                 "Aligns divisional priorities with the national development goals"],
                ["Sets the agency\u2019s long-term direction in line with Vision 2050 and government policy",
                 "Communicates that direction to staff, provinces and partners in a way that builds ownership"]]),
            ("Thinks strategically", [
                ["Considers the wider effects of decisions on other units and on clients",
                 "Identifies risks to the unit\u2019s work plan and raises them early"],
                ["Analyses trends in the province, the sector and the region to inform plans",
                 "Weighs long-term benefits against short-term pressures"],
                ["Anticipates national and international developments that will affect the public service",
                 "Makes choices between competing priorities and explains the reasons"]]),
            ("Makes use of information and opportunities", [
                ["Gathers the relevant facts before proposing a course of action"],
                ["Draws on research, data and local knowledge to test options"],
                ["Creates partnerships that open new opportunities for service delivery"]]),
        ],
    },
    {
        "page": 17, "num": "5.", "name": "Delivers results",
        "desc": ("Turns plans into services that reach the people of Papua New Guinea, makes careful use of public "
                 "funds and holds people to account for what they deliver."),
        "values": "Values in action: Accountability, Honesty",
        "rows": [
            ("Builds organisational capability", [
                ["Allocates work to match the skills of staff",
                 "Identifies the training needs of the team"],
                ["Designs structures and systems that support delivery",
                 "Plans the workforce the division will need"],
                ["Invests in the systems, people and culture the agency needs to perform",
                 "Removes obstacles to delivery across the agency"]]),
            ("Steers and implements change", [
                ["Explains the reasons for change and helps staff through it"],
                ["Plans and manages change projects to agreed timeframes"],
                ["Leads major reform and keeps it on course despite resistance"]]),
            ("Follows through and delivers intended results", [
                ["Monitors progress against the work plan and takes corrective action",
                 "Reports honestly on what has and has not been achieved"],
                ["Holds managers accountable for agreed outputs and budgets"],
                ["Accounts to the Minister and the public for the agency\u2019s performance",
                 "Uses performance information to move resources to where they achieve most"]]),
        ],
    },
]


def _hf(section, start):
    section._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="{start}"/>'))
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("National Public Service \u2013 " + TITLE)
    r.font.size = Pt(8)
    r.italic = True
    H.bottom_border(hp, "A61B1B", 6)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run("Department of Personnel Management \u2013 May 2013   |   Page ")
    r.font.size = Pt(8)
    H.add_field(fp, "PAGE", str(start))
    for run in fp.runs:
        run.font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build():
    doc = Document()
    H.clear_core_props(doc, TITLE, "Department of Personnel Management")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    bul = H.add_numbering(doc, H.bullet_lvl("\u2022", 200, 180), "7B2D0C01")

    # cover
    p = doc.add_paragraph()
    r = p.add_run("Government of Papua New Guinea")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RED
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    r = p.add_run(COVER_TEXT)
    r.italic = True
    r.font.size = Pt(8.5)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(7):
        doc.add_paragraph()
    for text, size in (("National Public Service", 18), ("Ethics & Values Based", 24),
                       ("Executive Leadership & Management Capability", 24), ("Framework", 24),
                       ("May 2013", 14)):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Developed by the Department of Personnel Management and Public Sector Workforce Development "
                  "Program, in conjunction with the Australian Public Service Commission")
    r.font.size = Pt(9)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # how to read (page 14)
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    _hf(s, 14)
    p = doc.add_paragraph()
    r = p.add_run("How to read the capability profiles")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RED
    for t in READ_PARAS:
        doc.add_paragraph(t).paragraph_format.space_after = Pt(8)
    t = doc.add_table(rows=1 + len(LEVEL_KEY), cols=2)
    H.grid_borders(t, "A61B1B", 4)
    H.set_cell_text(t.cell(0, 0), "Leadership level", bold=True, color="FFFFFF")
    H.set_cell_text(t.cell(0, 1), "Positions covered", bold=True, color="FFFFFF")
    H.shade(t.cell(0, 0), "A61B1B")
    H.shade(t.cell(0, 1), "A61B1B")
    for i, (a, b) in enumerate(LEVEL_KEY, 1):
        H.set_cell_text(t.cell(i, 0), a, bold=True)
        H.set_cell_text(t.cell(i, 1), b)
    H.fix_widths(t, [1.8, 4.4])

    # capability pages (landscape)
    for cap in CAPS:
        s = doc.add_section(WD_SECTION.NEW_PAGE)
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11.69), Inches(8.27)
        for m in ("left_margin", "right_margin"):
            setattr(s, m, Inches(0.7))
        s.top_margin = s.bottom_margin = Inches(0.7)
        _hf(s, cap["page"])
        p = doc.add_paragraph()
        r = p.add_run(f'{cap["num"]} {cap["name"]}')
        r.bold = True
        r.font.size = Pt(15)
        r.font.color.rgb = RED
        p = doc.add_paragraph()
        r = p.add_run(cap["desc"])
        r.italic = True
        p = doc.add_paragraph()
        r = p.add_run(cap["values"])
        r.font.size = Pt(8.5)
        r.bold = True
        t = doc.add_table(rows=1 + len(cap["rows"]), cols=4)
        H.grid_borders(t, "7F7F7F", 4)
        H.header_row(t.rows[0])
        for j, head in enumerate(["Component"] + LEVELS):
            H.set_cell_text(t.cell(0, j), head, bold=True, color="FFFFFF")
            H.shade(t.cell(0, j), "A61B1B")
        for i, (comp, cells) in enumerate(cap["rows"], 1):
            H.cant_split(t.rows[i])
            H.set_cell_text(t.cell(i, 0), comp, bold=True)
            H.shade(t.cell(i, 0), "F2DCDB")
            for j, behs in enumerate(cells, 1):
                cell = t.cell(i, j)
                for k, b in enumerate(behs):
                    cp = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    cp.add_run(b)
                    H.set_num(cp, bul)
        H.fix_widths(t, [2.0, 2.75, 2.75, 2.75])

    out_docx = H.BATCH / "build" / "tmp" / f"{STEM}.docx"
    out_docx.parent.mkdir(exist_ok=True)
    doc.save(out_docx)
    H.docx_to_pdf(out_docx, H.DOCS / f"{STEM}.pdf")
    return H.DOCS / f"{STEM}.pdf"


def gold():
    D = STEM
    comps = []
    for cap in CAPS:
        levels = []
        for j, label in enumerate(LEVELS):
            behs = [(b, comp) for comp, cells in cap["rows"] for b in cells[j]]
            levels.append(H.level(D, j + 1, label, behs))
        comps.append(H.competency(D, cap["name"], cap["desc"], levels=levels,
                                  notes=[H.item(D, cap["values"])]))
    return H.write_gold(H.DOCS / f"{STEM}.pdf", "pdf", TITLE, comps)


if __name__ == "__main__":
    print(build())
    print(gold())

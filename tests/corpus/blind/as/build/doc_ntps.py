"""Office of the Commissioner for Public Employment (OCPE), Northern Territory Government - NTPS Capability and
Leadership Framework, Section 4 "Comparative profiles": CLF 1 to 4 (Word document, python-docx).

Layout: running header with the office name, footer with the framework name and page number; a short lead-in;
one big table whose header row (repeated on each page) reads "Capability / Component | CLF 1 | CLF 2 | CLF 3 |
CLF 4", shaded merged capability rows, then one row per component: the component name in the first column and
Word bullet lists of behavioural indicators in the four level columns. The table runs over two pages.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "ntps-clf-comparative-profile-clf1-4"

CAPS = [
    ("Supports strategic direction", [
        ("Supports shared purpose and direction", [
            ["Knows the purpose of the work area and how own tasks contribute to it."],
            ["Understands the work area\u2019s goals and how own work helps achieve them.",
             "Relates own tasks to the priorities of the agency."],
            ["Understands the agency\u2019s objectives and how the team contributes to them.",
             "Shows commitment to the agency\u2019s direction in day-to-day work."],
            ["Explains the links between team objectives and agency direction to colleagues.",
             "Helps others see how their work supports the agency\u2019s goals."],
        ]),
        ("Thinks strategically", [
            ["Notices changes in the workplace that may affect own work."],
            ["Considers how changes to procedures will affect own work and that of close colleagues."],
            ["Looks ahead to identify issues that may affect the team\u2019s work.",
             "Takes into account the views of others when planning work."],
            ["Identifies trends and factors that may influence the team\u2019s work plan.",
             "Draws on a range of sources to suggest improvements to work practices."],
        ]),
    ]),
    ("Achieves results", [
        ("Marshals professional expertise", [
            ["Develops the practical skills needed for own role.",
             "Asks for help when unsure how to complete a task."],
            ["Applies knowledge of procedures accurately to complete tasks.",
             "Shares know-how with new team members."],
            ["Applies technical and procedural knowledge to resolve routine problems.",
             "Keeps own skills and knowledge up to date."],
            ["Acts as a source of advice on procedures and systems for the team.",
             "Values and draws on the expertise of others."],
        ]),
        ("Ensures closure and delivers on intended results", [
            ["Completes tasks to the required standard and within agreed timeframes."],
            ["Plans and prioritises own work to meet deadlines.",
             "Checks own work for accuracy."],
            ["Takes responsibility for the quality of own work and that of small projects.",
             "Monitors progress and adjusts plans to keep work on track."],
            ["Coordinates team tasks so that deadlines and quality standards are met.",
             "Follows up on issues until they are resolved."],
        ]),
    ]),
    ("Displays personal drive and integrity", [
        ("Demonstrates public service professionalism and probity", [
            ["Follows the NTPS Code of Conduct and workplace policies.",
             "Treats colleagues and clients with respect and courtesy."],
            ["Acts in line with the Code of Conduct and speaks up about behaviour that does not.",
             "Maintains confidentiality of information."],
            ["Behaves honestly, fairly and ethically in all dealings.",
             "Declares and manages conflicts of interest."],
            ["Models professional conduct for others in the team.",
             "Raises ethical concerns through the right channels."],
        ]),
        ("Commits to action", [
            ["Shows enthusiasm for the work and willingness to help."],
            ["Takes the initiative to complete tasks without being asked.",
             "Stays positive when work is demanding."],
            ["Takes responsibility for own work and follows it through.",
             "Looks for ways to do things better."],
            ["Takes ownership of team tasks and problems.",
             "Persists in the face of obstacles to get results."],
        ]),
        ("Demonstrates self-awareness and a commitment to personal development", [
            ["Takes part in training and on-the-job learning.",
             "Accepts feedback and acts on it."],
            ["Identifies own strengths and areas for development.",
             "Seeks feedback from the supervisor on performance."],
            ["Reflects on own performance and sets development goals.",
             "Takes up learning opportunities that build capability for the next level."],
            ["Seeks feedback from a range of people and uses it to improve.",
             "Takes responsibility for own career development and plans for it."],
        ]),
    ]),
]


def cell_bullets(cell, texts, num_id):
    first = True
    for t in texts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.add_run(t)
        p.paragraph_format.space_after = Pt(2)
        H.set_num(p, num_id)


def build(outdir):
    d = Document()
    H.clear_core_props(d, title="NTPS Capability and Leadership Framework - Comparative Profile CLF 1 to 4",
                       author="OCPE")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(0)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("OFFICE OF THE COMMISSIONER FOR PUBLIC EMPLOYMENT")
    r.bold = True
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0xC7, 0x5B, 0x12)
    fp = sec.footer.paragraphs[0]
    fp.add_run("NTPS Capability and Leadership Framework \u2013 Comparative profile CLF 1 to 4\t\t").font.size = Pt(8)
    H.add_field(fp, "PAGE")
    for run in fp.runs:
        run.font.size = Pt(8)

    bul = H.add_numbering(d, H.bullet_lvl("\u2022", left=216, hanging=216), "4E54A001")

    p = d.add_paragraph()
    r = p.add_run("NTPS Capability and Leadership Framework")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    p = d.add_paragraph()
    r = p.add_run("Comparative profile: CLF 1 to CLF 4")
    r.bold = True
    r.font.size = Pt(12)
    p.paragraph_format.space_after = Pt(6)
    p = d.add_paragraph("This profile sets the capabilities and components of CLF levels 1 to 4 side by side so "
                        "that the development of skills from one level to the next can be seen at a glance. "
                        "CLF 1 to CLF 4 align with the AO1 to AO4 classifications and their equivalents. "
                        "Behavioural indicators are examples only and are not an exhaustive list.")
    p.paragraph_format.space_after = Pt(8)

    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    H.fix_widths(t, [2.0, 2.1, 2.1, 2.1, 2.1])
    hdr = t.rows[0]
    H.header_row(hdr)
    for c, txt in zip(hdr.cells, ["Capability / Component", "CLF 1", "CLF 2", "CLF 3", "CLF 4"]):
        c.paragraphs[0].add_run(txt).bold = True
        H.shade(c, "1F3A5F")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for cap, comps in CAPS:
        row = t.add_row()
        H.cant_split(row)
        merged = row.cells[0].merge(row.cells[4])
        merged.paragraphs[0].add_run(cap).bold = True
        H.shade(merged, "F4B183")
        for comp, levels in comps:
            row = t.add_row()
            H.cant_split(row)
            row.cells[0].paragraphs[0].add_run(comp).bold = True
            H.shade(row.cells[0], "FBE5D6")
            for cell, texts in zip(row.cells[1:], levels):
                cell_bullets(cell, texts, bul)

    out = H.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


if __name__ == "__main__":
    print(build(None))

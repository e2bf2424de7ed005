"""infoworks-leadership-self-assessment.docx: InfoWorks International 'Core Leadership Competencies
Self-Assessment (Part 1)' pre-work form; per competency a Word table: numbered statements, Poor/Fair/
Good/Excel. columns with 1 2 3 4 to circle; copyright footer."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from _util import C, DOCS, borders, run

STEM = "infoworks-leadership-self-assessment"

DIRECTIONS = [
    "Using the researched grid of competencies, score yourself honestly and candidly to help you think "
    "about where your strengths lie and where you know you most need to work. You will no doubt recognise "
    "some of the traits that you and others have already identified, and you will probably also discover "
    "some that you had not fully considered. You can base your scores on feedback you have received from "
    "your peers, associates and boss, as well as on your own observations of yourself.",
    "Be prepared to share some of your thoughts with your peers. Show how well you perform, on average, "
    "in each of the following skill areas by circling the appropriate number for each item.",
]

COMPS = [
    ("1.1", "Leading with Vision",
     "Shaping, Sharing and Guiding People Toward an Ambitious Vision That Connects to the Corporate Vision",
     ["Form a personal vision of excellence and act consistently with that vision.",
      "Build a specific, compelling and ambitious vision for the team.",
      "Examine assumptions and goals when shaping the vision.",
      "Connect the vision to the corporation's long-term vision, goals and strategies.",
      "Take account of stakeholders' perspectives when developing the vision.",
      "State the vision clearly and communicate it to others.",
      "Use the vision to set priorities and to explain why individual activities matter.",
      "Show personal commitment to the vision and encourage others to share it.",
      "Identify the gap between the current situation and the vision.",
      "Handle the realities of today while leading toward the vision of tomorrow."]),
    ("1.2", "Planning Strategically",
     "Turning the Vision into Clear Goals, Realistic Plans and Agreed Priorities",
     ["Translate the vision into specific, measurable goals.",
      "Develop realistic plans with milestones and clear accountabilities.",
      "Anticipate obstacles and build contingencies into plans.",
      "Allocate people, time and budget according to priorities.",
      "Review progress regularly and adjust plans when conditions change.",
      "Involve team members in planning the work that affects them.",
      "Balance short-term demands against long-term objectives.",
      "Communicate plans so that everyone knows their part."]),
    ("1.3", "Leading Change",
     "Championing and Managing Change So That It Takes Hold Across the Organization",
     ["Explain the business case for change in terms people understand.",
      "Recognize and address people's concerns about change.",
      "Enlist influential people to help lead the change.",
      "Model the new behaviors that the change requires.",
      "Remove barriers that slow down or block the change.",
      "Celebrate early wins to build momentum.",
      "Embed changes in systems, processes and routines."]),
]


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    C.clear_core_props(d, "Core Leadership Competencies Self-Assessment")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, "Copyright Steven Lesser, Infoworks 2008", size=8)
    run(fp, "          Page ", size=8)
    C.add_field(fp, "PAGE")

    p = d.add_paragraph()
    run(p, "[Copyright \u00a9 Steven Lesser, InfoWorks International, 2008]", size=9, italic=True)
    p = d.add_paragraph(style="Title")
    p.text = "Core Leadership Competencies Self-Assessment (Part 1)"
    for r in p.runs:
        r.font.size = Pt(20)
    p = d.add_paragraph()
    run(p, "Dynamics of Leadership Pre-Work", bold=True, size=13)
    p = d.add_paragraph()
    run(p, "Directions:", bold=True)
    for t in DIRECTIONS:
        d.add_paragraph(t)
    d.add_paragraph()
    h = d.add_heading("Leading the Organization", level=1)

    for num, name, subtitle, items in COMPS:
        h = d.add_heading(f"{num} {name}", level=2)
        h.paragraph_format.keep_with_next = True
        p = d.add_paragraph()
        run(p, subtitle, italic=True)
        p.paragraph_format.keep_with_next = True
        t = d.add_table(rows=2 + len(items), cols=6)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        borders(t)
        C.fix_widths(t, [0.45, 4.05, 0.55, 0.55, 0.55, 0.55])
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        top.text = ""
        run(top.paragraphs[0], name, bold=True)
        C.shade(top, "D9E2F3")
        hdr = t.rows[1].cells
        for i, lab in enumerate(["", "Competencies:", "Poor", "Fair", "Good", "Excel."]):
            hdr[i].text = ""
            run(hdr[i].paragraphs[0], lab, bold=True, size=10)
            if i >= 2:
                hdr[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        C.mark_header_row(t.rows[1])
        for k, stmt in enumerate(items, start=1):
            cells = t.rows[1 + k].cells
            cells[0].text = f"{k}."
            cells[1].text = stmt
            for i, n in enumerate("1234", start=2):
                cells[i].text = n
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            C.row_flags(t.rows[1 + k])
        d.add_paragraph()

    out = DOCS / f"{STEM}.docx"
    d.save(out)
    print("wrote", out)


if __name__ == "__main__":
    build()

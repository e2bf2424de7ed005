"""Utah Educational Leadership Standards and Supporting Rubrics (Utah State Board of Education): PDF.

Printable version, landscape Letter, python-docx -> LibreOffice. Intro (front matter: the R277-530 adoption,
the continuum of professional leadership learning). Then per standard: "Standard N: Name" heading, the standard
statement (definition), and a rubric table: a repeated, shaded header row whose four level columns print the
scale as NUMBER AND NAME ("1 \u2013 Rudimentary" ... "4 \u2013 Highly Effective"), a full-width merged row
"Performance Expectation 1A: ..." and one row of four prose cells under it (one paragraph per cell).
Running header, footer with the rule number and page number.
"""
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Pt, Inches

import helpers as H

STEM = "utah-educational-leadership-standards-rubric"
TITLE = "Utah Educational Leadership Standards and Supporting Rubrics"
LEVELS = ["Rudimentary", "Emerging Effective", "Effective", "Highly Effective"]
TEAL = "1D4F73"

STANDARDS = [
    ("1", "Visionary Leadership",
     "An educational leader advances the success of every student by leading the development, communication, "
     "implementation and stewardship of a vision of learning that all stakeholders share and support.",
     [("1A", "Educational leaders set high, measurable expectations for every student and educator.",
       ["Sets expectations for students and staff that are unclear or applied inconsistently, and seldom checks "
        "whether they are met.",
        "Communicates expectations for student learning and staff performance, but measures progress toward them "
        "only occasionally.",
        "Sets clear, measurable expectations for all students and educators and monitors progress toward them "
        "using data.",
        "Engages the school community in setting ambitious, measurable expectations for every student and "
        "educator. Uses data systematically to hold everyone accountable for meeting them."]),
      ("1B", "Educational leaders use research and data to build and carry out a shared vision and strategic "
             "plan for the school.",
       ["Relies on personal preference rather than evidence when describing the direction of the school.",
        "Refers to data when planning, but develops the vision and plan with little input from stakeholders.",
        "Uses research and school data to develop, with stakeholders, a vision and strategic plan that guide the "
        "decisions of the school.",
        "Leads stakeholders in using research and several sources of data to refine the vision and plan "
        "continuously. Aligns every school initiative with the plan."])]),
    ("2", "Teaching and Learning",
     "An educational leader advances the success of every student by championing, nurturing and sustaining a "
     "school culture and instructional program that support student learning and the professional growth of "
     "staff.",
     [("2A", "Educational leaders lead the implementation of the Utah Core Standards.",
       ["Has limited knowledge of the Utah Core Standards and leaves their implementation to individual "
        "teachers.",
        "Provides teachers with information about the Utah Core Standards but rarely observes how they are "
        "taught.",
        "Ensures that curriculum, instruction and assessment are aligned with the Utah Core Standards and "
        "observes classrooms regularly to confirm it.",
        "Builds the capacity of teacher teams to align curriculum, instruction and assessment with the Utah "
        "Core Standards. Uses evidence from classrooms to guide professional learning."]),
      ("2B", "Educational leaders promote a culture of collaboration, trust, learning and high expectations.",
       ["Works mostly alone; opportunities for staff to collaborate are rare or unstructured.",
        "Schedules time for collaboration, but the time is not consistently focused on student learning.",
        "Establishes collaborative teams that meet regularly, focus on student learning and are built on "
        "trust.",
        "Cultivates a school-wide culture in which collaboration, trust and high expectations are the norm. "
        "Staff lead their own professional learning."])]),
    ("3", "Management for Learning",
     "An educational leader advances the success of every student by ensuring that the organization, its "
     "operations and its resources are managed for a safe, efficient and effective learning environment.",
     [("3A", "Educational leaders manage the resources of the school to support its vision and goals.",
       ["Allocates budget, staff and time according to past practice, with little reference to school goals.",
        "Links some resource decisions to school goals, but does not review whether resources are used "
        "effectively.",
        "Aligns budget, staffing and schedules with the vision and goals of the school and reviews their "
        "effectiveness every year.",
        "Involves stakeholders in directing resources to the highest priorities of the school. Seeks additional "
        "resources and partnerships to extend what the school can offer."]),
      ("3B", "Educational leaders ensure a safe and orderly learning environment.",
       ["Responds to safety and behavior issues only after they arise.",
        "Has safety procedures in place, but they are applied inconsistently across the school.",
        "Establishes and enforces clear safety procedures and school-wide expectations for behavior.",
        "Creates, with staff, students and families, a school climate in which students feel safe and "
        "supported. Reviews data on safety and behavior regularly to prevent problems."])]),
]

INTRO = [
    "The Utah Educational Leadership Standards describe highly effective leadership as adopted by the Utah State "
    "Board of Education (R277-530). They also set out the knowledge and skills needed to lead effective schools "
    "and to teach the Utah Core Standards, and they are aligned with national leadership standards and with "
    "current research on effective leadership practice.",
    "The ratings in the rubric follow a continuum of professional leadership learning, from the most basic to "
    "the highest level of attainment. The continuum is meant to be used formatively, for self-reflection and "
    "self-assessment, and to inform mentoring, coaching, professional development and early intervention. The "
    "behaviours and actions in each rubric are written to be observable and measurable.",
]


def label(i):
    return f"{i} \u2013 {LEVELS[i - 1]}"


def build_docx(path):
    d = docx.Document()
    H.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    hp = sec.header.paragraphs[0]
    hp.style = d.styles["Normal"]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(9.6), WD_TAB_ALIGNMENT.RIGHT)
    H.run(hp, "Utah State Board of Education\tUtah Educational Leadership Standards", size=8, color="666666")
    fp = sec.footer.paragraphs[0]
    fp.style = d.styles["Normal"]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(9.6), WD_TAB_ALIGNMENT.RIGHT)
    H.run(fp, "Adopted under Utah Administrative Code R277-530\tPage ", size=8, color="666666")
    H.add_field(fp, "PAGE")
    fp.runs[-1].font.size = Pt(8)

    p = d.add_paragraph()
    H.run(p, TITLE, bold=True, size=18, color=TEAL)
    for t in INTRO:
        d.add_paragraph(t)

    for num, name, definition, pes in STANDARDS:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        H.run(p, f"Standard {num}: {name}", bold=True, size=14, color=TEAL)
        p = d.add_paragraph()
        p.paragraph_format.keep_with_next = True
        H.run(p, definition, italic=True, size=10.5)
        t = d.add_table(rows=1, cols=4)
        H.grid_borders(t, color="9AA9B5", sz=4)
        H.fix_widths(t, [2.4] * 4)
        hdr = t.rows[0]
        H.repeat_header(hdr)
        for i, c in enumerate(hdr.cells, 1):
            H.shade(c, TEAL)
            H.run(c.paragraphs[0], label(i), bold=True, size=10, color="FFFFFF")
        for code, text, cells in pes:
            r = t.add_row()
            H.cant_split(r)
            m = r.cells[0].merge(r.cells[3])
            H.shade(m, "E3ECF2")
            mp = m.paragraphs[0]
            H.run(mp, f"Performance Expectation {code}: ", bold=True, size=10)
            H.run(mp, text, size=10)
            r = t.add_row()
            H.cant_split(r)
            for c, txt in zip(r.cells, cells):
                H.run(c.paragraphs[0], txt, size=9.5)
        H.fix_widths(t, [2.4] * 4)
    d.save(path)


def build():
    H.TMP.mkdir(parents=True, exist_ok=True)
    src = H.TMP / f"{STEM}.docx"
    build_docx(src)
    H.docx_to_pdf(src, H.DOCS / f"{STEM}.pdf")
    comps = []
    for num, name, definition, pes in STANDARDS:
        lv = []
        for i in range(1, 5):
            beh = [H.item(STEM, cells[i - 1], f"Performance Expectation {code}: {text}") for code, text, cells in pes]
            lv.append(H.level(i, label(i), beh))
        comps.append(H.competency(STEM, name, definition, levels=lv))
    H.write_gold(H.DOCS / f"{STEM}.pdf", "pdf", TITLE, comps)


if __name__ == "__main__":
    build()

"""NWCSD 21: school-district administrator rubric as a DOCX with NO heading styles (python-docx, US Letter
landscape): every paragraph is Normal (bold / italic runs only); per standard a bold "Standard #n: Name" paragraph,
an italic description, and a five-column Word table "Element | Level 4 - Exemplary | Level 3 - Proficient |
Level 2 - Basic | Level 1 - Unsatisfactory" (levels printed HIGH to LOW), one row per element (bold element name in
the first cell). Header / footer with PAGE field; a "Possible sources of evidence" line under one table."""
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches, RGBColor

import bjlib as L

STEM = "nwcsd-administrator-rubric"
DOCX = L.DOCS / f"{STEM}.docx"
TITLE = "NWCSD 21 Educational Leadership/Administrator Rubric"
HEAD = ["Level 4 \u2013 Exemplary", "Level 3 \u2013 Proficient", "Level 2 \u2013 Basic",
        "Level 1 \u2013 Unsatisfactory"]   # printed order, high -> low
RANKS = [4, 3, 2, 1]

INTRO = (
    "The North Wasco County School District 21 Educational Leadership/Administrator Rubric adapts work done by "
    "the Oregon Department of Education (ODE) with the Northwest Regional Comprehensive Center (NWRCC) and "
    "borrows from rubrics developed by the Council of Chief State School Officers (CCSSO), the Kansas Department "
    "of Education and others. It follows the requirements of the Oregon Framework for Teacher and Administrator "
    "Evaluation and Support Systems and is built on the Oregon Educational Leadership/Administrator Standards.")
HOWTO = [
    "How to use this rubric",
    "For each element, the administrator and the evaluator choose the level whose description best matches the "
    "evidence collected during the year. Levels are listed from the highest (Level 4) to the lowest (Level 1). "
    "A rating of Level 3 represents effective, expected practice.",
]

STANDARDS = [
    ("Standard #1: Visionary Leadership", "Visionary Leadership",
     "An educational leader applies principles of cultural competency and equitable practice and advances the "
     "success of every student by leading the development, communication, implementation and stewardship of a "
     "vision of learning that stakeholders share and support.",
     [("Shared Vision", [
         "Leads staff, students and families in building a vision of learning that the whole school community "
         "owns; refers to it routinely when making decisions.",
         "Works with stakeholders to develop a vision of learning and uses it to set school priorities.",
         "Has a written vision developed with limited stakeholder input; refers to it occasionally.",
         "Has no clear vision of learning, or the vision is not shared with stakeholders."]),
      ("Planning for Improvement", [
          "Uses several sources of data to set measurable improvement goals, monitors progress regularly and "
          "adjusts strategies together with staff.",
          "Sets measurable improvement goals based on data and monitors progress toward them.",
          "Writes an improvement plan, but the goals are vague or progress is not monitored.",
          "Does not develop or follow an improvement plan."]),
      ("Communicating the Vision", [
          "Communicates the vision in ways that build commitment in every stakeholder group, including those "
          "that are hard to reach.",
          "Communicates the vision clearly to staff, students and families.",
          "Communicates the vision inconsistently or to some groups only.",
          "Rarely communicates the vision."])],
     "Possible sources of evidence: school improvement plan, staff meeting agendas, newsletters and "
     "stakeholder survey results."),
    ("Standard #2: Instructional Improvement", "Instructional Improvement",
     "An educational leader applies principles of cultural competency and equitable practice and advances the "
     "success of every student by sustaining a positive school culture and an instructional program that "
     "support student learning and the professional growth of staff.",
     [("Curriculum and Instruction", [
         "Builds the capacity of teachers to align curriculum, instruction and assessment with standards; models "
         "effective practice.",
         "Ensures that curriculum, instruction and assessment are aligned with state standards.",
         "Monitors the alignment of curriculum and standards irregularly.",
         "Gives little or no attention to the alignment of curriculum and standards."]),
      ("Use of Student Data", [
          "Creates a culture in which teams routinely analyze student data to plan instruction and "
          "interventions.",
          "Uses student achievement data with staff to plan instruction and interventions.",
          "Reviews student data but makes limited use of it in planning.",
          "Does not use student data to guide instruction."]),
      ("Professional Learning", [
          "Designs job-embedded professional learning with teachers, linked to school goals and evaluation "
          "results, and measures its effect.",
          "Provides professional learning linked to school goals and teacher needs.",
          "Provides professional learning that is loosely connected to school goals.",
          "Provides little or no professional learning."])],
     None),
    ("Standard #3: Effective Management", "Effective Management",
     "An educational leader applies principles of cultural competency and equitable practice and advances the "
     "success of every student by managing the organization, its operations and its resources so that the "
     "learning environment is safe, efficient and effective.",
     [("Operations and Safety", [
         "Anticipates operational and safety needs and sets up systems that run well without the principal\u2019s "
         "direct involvement.",
         "Maintains safe, orderly and efficient operations and keeps emergency procedures up to date.",
         "Responds to operational and safety issues as they arise, with few systems in place.",
         "Allows unsafe conditions or disorganized operations to continue."]),
      ("Resource Management", [
          "Allocates budget, staff and time strategically to school priorities and seeks additional resources.",
          "Manages the budget and staffing responsibly and in line with school goals.",
          "Manages resources without clear links to school goals.",
          "Mismanages resources or does not follow district fiscal procedures."])],
     None),
    ("Standard #4: Inclusive Practice", "Inclusive Practice",
     "An educational leader applies principles of cultural competency and equitable practice and advances the "
     "success of every student by working with staff and community members, responding to diverse community "
     "interests and needs, and mobilizing community resources.",
     [("Family and Community Engagement", [
         "Builds lasting partnerships with families, community organizations and businesses that widen learning "
         "opportunities for students.",
         "Involves families and community members regularly in the life of the school.",
         "Communicates with families mainly through one-way newsletters and events.",
         "Makes little effort to involve families or the community."]),
      ("Equitable Practice", [
          "Leads the school community in finding and removing barriers that affect student groups differently; "
          "results show gaps narrowing.",
          "Examines data by student group and acts to address inequities.",
          "Is aware of achievement gaps but takes limited action.",
          "Does not recognize or address inequities among student groups."])],
     None),
]


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    return r


def build():
    d = docx.Document()
    L.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.5)
    sec.top_margin, sec.bottom_margin = Inches(0.7), Inches(0.6)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(hp, "North Wasco County School District 21", size=8, color=RGBColor(0x59, 0x59, 0x59))
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, Inches(10.0))
    run(fp, TITLE, size=8)
    run(fp, "\tPage ", size=8)
    L.add_field(fp, "PAGE")
    fp.runs[-2].font.size = Pt(8)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, TITLE, bold=True, size=15)
    d.add_paragraph(INTRO)
    p = d.add_paragraph()
    run(p, HOWTO[0], bold=True)
    d.add_paragraph(HOWTO[1])

    for heading, _name, desc, elements, evidence in STANDARDS:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        run(p, heading, bold=True, size=12)
        p = d.add_paragraph()
        p.paragraph_format.keep_with_next = True
        run(p, desc, italic=True)
        t = d.add_table(rows=1, cols=5)
        t.style = d.styles["Table Grid"]
        hdr = t.rows[0]
        L.row_flags(hdr, cant_split=True, header=True)
        for c, lab in zip(hdr.cells, ["Element"] + HEAD):
            L.shade(c, "D9E2F3")
            run(c.paragraphs[0], lab, bold=True)
        for ename, cells in elements:
            row = t.add_row()
            L.row_flags(row, cant_split=True)
            run(row.cells[0].paragraphs[0], ename, bold=True)
            for c, txt in zip(row.cells[1:], cells):
                c.paragraphs[0].add_run(txt)
        L.fix_widths(t, [1.6, 2.1, 2.1, 2.1, 2.1])
        if evidence:
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(4)
            run(p, evidence, size=9)
    d.save(DOCX)


def gold():
    comps = []
    for _heading, name, desc, elements, evidence in STANDARDS:
        levels = []
        for col, (rank, label) in enumerate(zip(RANKS, HEAD)):
            levels.append(L.level(rank, label, [L.item(STEM, cells[col], group=ename)
                                                for ename, cells in elements]))
        notes = [L.item(STEM, evidence)] if evidence else []
        comps.append(L.competency(STEM, name, desc, levels=levels, notes=notes))
    return comps


def main():
    build()
    L.write_gold(DOCX, "docx", TITLE, gold())
    print("wrote", DOCX)


if __name__ == "__main__":
    main()

"""Dubai Government Human Resources Department - Procedural Guide for the Performance Management System
(excerpt, version 1.0): definitions, cycle, objectives, behavioural competencies (mandatory core and leadership
competencies as Word tables with three proficiency levels; additional competencies referred to an annex), the 1-5
performance rating scale, responsibilities. python-docx, DOCX."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Pt, Inches, RGBColor  # noqa: E402

STEM = "dghr-performance-management-procedural-guide"
TITLE = "Procedural Guide for the Performance Management System for Dubai Government Employees"
LEVELS = ["Level 1 \u2013 Basic", "Level 2 \u2013 Skilled", "Level 3 \u2013 Advanced"]

DEFINITIONS = [
    ("Department", "The Dubai Government Human Resources Department."),
    ("Entity", "Any government department, authority, council or institution of the Government of Dubai to "
               "which this Guide applies."),
    ("Direct Supervisor", "The employee to whom the employee reports directly and who sets, follows up and "
                          "evaluates the employee\u2019s performance plan."),
    ("Performance Plan", "The document agreed between the employee and the Direct Supervisor at the start of the "
                         "year, containing the individual objectives and the behavioural competencies."),
    ("Behavioural Competencies", "The observable behaviours, knowledge and attitudes that an employee must show "
                                 "to perform the duties of the position successfully."),
    ("Proficiency Level", "The degree to which the employee is expected to demonstrate a competency, according to "
                          "the nature and grade of the position."),
]

CYCLE = [
    "Performance planning: objectives and competencies are agreed and entered in the Performance Plan during "
    "the first quarter of the year.",
    "Mid-year review: the Direct Supervisor and the employee review progress and amend the plan where "
    "necessary.",
    "Annual evaluation: achievement of the objectives and demonstration of the competencies are rated at the end "
    "of the year.",
]

CORE = [
    ("Spreading Positive Energy",
     "Creates and maintains an optimistic, supportive atmosphere at work and passes enthusiasm and a "
     "constructive spirit on to colleagues and customers.",
     [["Approaches daily tasks with a positive and constructive attitude",
       "Greets colleagues and customers courteously and offers help without being asked"],
      ["Encourages colleagues when work pressure is high and keeps discussion focused on solutions",
       "Recognises the efforts of others and celebrates team achievements"],
      ["Acts as a role model of optimism and resilience during change",
       "Builds a work environment in which people feel valued and motivated"]]),
    ("Serving the Community and Responding to Customer Needs",
     "Understands the needs of the community and of individual customers and responds to them promptly, fairly "
     "and with care, in line with the service standards of the Government of Dubai.",
     [["Deals with customers politely and provides accurate information",
       "Follows up customer requests until they are completed"],
      ["Anticipates customer needs and proposes simpler ways of serving them",
       "Uses customer feedback and complaints to improve services"],
      ["Designs services around the needs of the community rather than around internal procedures",
       "Builds partnerships with other entities to offer integrated services"]]),
    ("Excellence in Delivery",
     "Carries out work to high standards of quality, accuracy and timeliness and continuously looks for ways to "
     "improve results.",
     [["Completes assigned tasks accurately and on time",
       "Follows the procedures and quality standards of the entity"],
      ["Plans own work so that objectives are met ahead of deadlines",
       "Reviews work processes and suggests practical improvements"],
      ["Sets demanding performance standards for the unit and monitors them",
       "Introduces new methods that raise the quality of the entity\u2019s outputs"]]),
]

LEAD = [
    ("Leading and Inspiring Others",
     "Gives the team a clear direction, motivates its members to achieve the entity\u2019s objectives and sets a "
     "personal example.",
     [["Explains objectives and expectations clearly to team members",
       "Gives regular feedback and recognises good performance"],
      ["Involves the team in setting targets and delegates responsibility appropriately",
       "Deals promptly and fairly with under-performance"],
      ["Communicates a compelling vision that links the team\u2019s work to the strategy of Dubai",
       "Develops future leaders within the entity"]]),
    ("Supporting and Enabling Change",
     "Leads and supports change initiatives, helps employees adapt to them and removes obstacles to their "
     "implementation.",
     [["Explains the reasons for change and its expected benefits to the team",
       "Listens to concerns and responds to them constructively"],
      ["Plans the steps needed to implement change in the unit",
       "Encourages employees to suggest new ideas and tries them out"],
      ["Initiates change that responds to future challenges and opportunities",
       "Secures the resources and support needed for change across the entity"]]),
]

RATINGS = [
    ("5", "Significantly exceeds expectations",
     "All agreed objectives achieved together with additional objectives; work delivered ahead of schedule; "
     "initiatives proposed that have a clear impact at entity level."),
    ("4", "Exceeds expectations",
     "All agreed objectives achieved and some additional objectives; work delivered efficiently and on time; "
     "constructive proposals made at the level of the organisational unit."),
    ("3", "Meets expectations",
     "Duties performed regularly and all agreed objectives achieved on time, exceeding them in some areas."),
    ("2", "Meets most expectations",
     "Most performance expectations met, but some agreed objectives only partly achieved."),
    ("1", "Does not meet expectations",
     "Most agreed objectives not achieved; an improvement plan is required."),
]

RESP = [
    "The Direct Supervisor agrees the Performance Plan with the employee, follows up performance during the year "
    "and completes the evaluation on time.",
    "The employee takes part in setting the Performance Plan, seeks feedback and works to achieve the agreed "
    "objectives and competencies.",
    "The human resources unit of the entity coordinates the cycle, trains supervisors and reports the results to "
    "the Department.",
]


def _competency_table(doc, bul, name, definition, levels):
    t = doc.add_table(rows=3 + len(levels), cols=2)
    H.grid_borders(t, "8C7B4F", 4)
    top = t.cell(0, 0).merge(t.cell(0, 1))
    H.set_cell_text(top, name, bold=True, size=11, color="FFFFFF")
    H.shade(top, "8C7B4F")
    H.set_cell_text(t.cell(1, 0), "Definition", bold=True)
    H.set_cell_text(t.cell(1, 1), definition)
    H.set_cell_text(t.cell(2, 0), "Proficiency level", bold=True)
    H.set_cell_text(t.cell(2, 1), "Behavioural indicators", bold=True)
    H.shade(t.cell(2, 0), "EDE7D9")
    H.shade(t.cell(2, 1), "EDE7D9")
    for i, (label, behs) in enumerate(zip(LEVELS, levels), 3):
        H.set_cell_text(t.cell(i, 0), label, bold=True)
        cell = t.cell(i, 1)
        for k, b in enumerate(behs):
            cp = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            cp.add_run(b)
            H.set_num(cp, bul)
        H.cant_split(t.rows[i])
    H.fix_widths(t, [1.6, 4.7])
    doc.add_paragraph()


def build():
    doc = Document()
    H.clear_core_props(doc, TITLE, "DGHR")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for hs, size in (("Heading 1", 13), ("Heading 2", 11)):
        s = doc.styles[hs]
        s.font.name = "Arial"
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor(0x8C, 0x7B, 0x4F)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Inches(1))

    hp = sec.header.paragraphs[0]
    hp.text = "Government of Dubai \u2013 Dubai Government Human Resources Department\t\t\u062d\u0643\u0648\u0645\u0629 \u062f\u0628\u064a"
    for r in hp.runs:
        r.font.size = Pt(8)
    H.bottom_border(hp, "8C7B4F", 6)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run("Procedural Guide \u2013 Performance Management System \u2013 Version 1.0\tPage ")
    H.add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    H.add_field(fp, "NUMPAGES", "5")
    for r in fp.runs:
        r.font.size = Pt(8)

    bul = H.add_numbering(doc, H.bullet_lvl("\u2022", 220, 200), "6D0A1B21")
    bul2 = H.add_numbering(doc, H.bullet_lvl("\u2022", 360, 360), "6D0A1B22")
    dec = H.add_numbering(doc, H.decimal_lvl("%1.", 360, 360), "6D0A1B23")

    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = RGBColor(0x8C, 0x7B, 0x4F)
    p = doc.add_paragraph()
    r = p.add_run("Issued by the Dubai Government Human Resources Department \u2013 Version 1.0")
    r.italic = True

    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "This Guide sets out the procedures for applying the Performance Management System to employees of the "
        "Government of Dubai. It explains how individual objectives and behavioural competencies are planned, "
        "followed up and evaluated, so that the performance of every employee contributes to the strategic "
        "objectives of the entity and of the Government.")
    doc.add_heading("2. Scope of Application", level=1)
    doc.add_paragraph(
        "The provisions of this Guide apply to the civil employees of the entities subject to the Human Resources "
        "Management Law of the Government of Dubai. They do not apply to:")
    for t in ("employees on probation, whose performance is assessed under the probation procedures;",
              "holders of executive positions covered by a separate performance system."):
        H.set_num(doc.add_paragraph(t), bul2)
    doc.add_heading("3. Definitions", level=1)
    doc.add_paragraph("The following words and expressions have the meanings shown next to them:")
    t = doc.add_table(rows=len(DEFINITIONS), cols=2)
    H.grid_borders(t, "BFBFBF", 4)
    for i, (a, b) in enumerate(DEFINITIONS):
        H.set_cell_text(t.cell(i, 0), a, bold=True)
        H.set_cell_text(t.cell(i, 1), b)
    H.fix_widths(t, [1.9, 4.4])
    doc.add_heading("4. Performance Management Cycle", level=1)
    doc.add_paragraph("The performance management cycle runs over the calendar year in three stages:")
    for t in CYCLE:
        H.set_num(doc.add_paragraph(t), dec)
    doc.add_heading("5. Individual Objectives", level=1)
    doc.add_paragraph(
        "Individual objectives are derived from the operational plan of the organisational unit. Each objective "
        "shall be specific, measurable and time-bound, and shall carry a relative weight. Individual objectives "
        "account for 70% of the overall evaluation and behavioural competencies for 30%.")

    doc.add_heading("6. Behavioural Competencies", level=1)
    doc.add_paragraph(
        "Behavioural competencies are of two types: core competencies, required of all employees, and leadership "
        "competencies, required of employees in supervisory and leadership positions. Each type comprises "
        "mandatory competencies, which apply in all entities, and additional competencies, from which each entity "
        "may choose according to the nature of its work. When setting the Performance Plan, the Direct Supervisor "
        "and the employee determine the competencies, the required proficiency level and the indicators, provided "
        "that the plan contains no more than five core competencies and three leadership competencies.")
    doc.add_heading("6.1 Mandatory Core Competencies", level=2)
    for name, d, lv in CORE:
        _competency_table(doc, bul, name, d, lv)
    doc.add_heading("6.2 Additional Core Competencies", level=2)
    doc.add_paragraph("An entity may add one or more additional core competencies to the Performance Plan, chosen "
                      "from the list published by the Department in Annex (2) to this Guide, provided that the "
                      "limit set in Section 6 is respected.")
    doc.add_heading("6.3 Mandatory Leadership Competencies", level=2)
    for name, d, lv in LEAD:
        _competency_table(doc, bul, name, d, lv)
    doc.add_heading("6.4 Additional Leadership Competencies", level=2)
    doc.add_paragraph("An entity may add additional leadership competencies from the same Annex for positions "
                      "that carry supervisory responsibility.")

    doc.add_heading("7. Rating Scale", level=1)
    doc.add_paragraph("Achievement of individual objectives and demonstration of behavioural competencies are "
                      "rated on the following five-point scale:")
    t = doc.add_table(rows=1 + len(RATINGS), cols=3)
    H.grid_borders(t, "BFBFBF", 4)
    for j, h in enumerate(("Rating", "Performance level", "Description")):
        H.set_cell_text(t.cell(0, j), h, bold=True)
        H.shade(t.cell(0, j), "EDE7D9")
    for i, row in enumerate(RATINGS, 1):
        for j, v in enumerate(row):
            H.set_cell_text(t.cell(i, j), v, bold=(j == 1))
    H.fix_widths(t, [0.7, 1.8, 3.8])
    doc.add_heading("8. Responsibilities", level=1)
    for t in RESP:
        H.set_num(doc.add_paragraph(t), bul2)

    out = H.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


def gold():
    D = STEM
    comps = []
    for name, d, lv in CORE + LEAD:
        comps.append(H.competency(D, name, d, levels=[H.level(D, i + 1, LEVELS[i], lv[i]) for i in range(3)]))
    return H.write_gold(H.DOCS / f"{STEM}.docx", "docx", TITLE, comps)


if __name__ == "__main__":
    print(build())
    print(gold())

"""The University of North Carolina Wilmington (UNCW), Human Resources - career-banding competency profile
for the University Program Associate banded class (10300). DOCX, python-docx.

Header "UNCW University Program Associate 10300", footer "Page N" (PAGE field). Title block, "DESCRIPTION
OF WORK:" with two paragraphs, "ROLE DESCRIPTIONS BY COMPETENCY LEVEL" as a 3-column table (Contributing |
Journey | Advanced; front matter), a "Note:" line, then the competency table: header row Competency |
Contributing | Journey | Advanced (repeated), one row per competency with the bold name and the italic
definition in the first cell and one paragraph per level cell."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402
import helpers as H  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Inches, Pt  # noqa: E402

STEM = "uncw-university-program-associate"
LEVELS = ["Contributing", "Journey", "Advanced"]

DESCRIPTION = [
    "Positions in this banded class coordinate the technical processing work of a university program and "
    "are often its process and procedural expert. Employees run the day-to-day work of the program, plan "
    "and organize its activities, explain program information, policy and procedures, serve clients, and "
    "keep business accounts and records. The work calls for considerable knowledge of the assigned "
    "program and may call for knowledge of related guidelines and information technology systems. "
    "Employees are often the main program contact and solve process and procedural problems. Work may "
    "include acting as a program assistant or supervisor, or coordinating transactional services.",
    "Program areas of assignment may include one or more of the following: fund development support, "
    "facilities coordination and administration, event coordination, and program and administrative "
    "support services.",
]
ROLES = [
    "Positions at this level coordinate the daily work of a program, plan and organize activities, explain "
    "program policy and procedures, serve clients, and keep routine business accounts and records. They "
    "act as the main program contact.",
    "Positions at this level coordinate program activities and functions independently. They run the daily "
    "work of the program, plan and organize activities, interpret program policy and procedures, and may "
    "lead or supervise other staff.",
    "Positions at this level administer, oversee or manage the technical processing functions of a "
    "university program and serve as its process and program expert. They handle complex or sensitive "
    "issues and may manage staff and budgets.",
]
NOTE = ("Note: Competency statements are progressive and not all competencies apply to every position or "
        "employee.")

COMPS = [
    ("Program Knowledge",
     "Knowledge of the program's policies, procedures and services and of the regulations that govern "
     "them, and the ability to apply that knowledge in daily work.",
     ["Understands the basic policies and procedures of the program and applies them to routine "
      "transactions. Knows where to find guidance when questions arise.",
      "Applies a thorough working knowledge of program policies and regulations to varied situations. "
      "Interprets guidelines for clients and co-workers and recommends changes to procedures.",
      "Is recognized as the program's expert on policy and procedure. Resolves complex or unusual cases, "
      "develops procedures, and advises management on the effect of new regulations."]),
    ("Customer Service",
     "Knowledge of the principles and practices of serving customers, including finding out what they "
     "need, meeting service standards and checking their satisfaction.",
     ["Responds courteously and promptly to students, staff and the public. Follows service guidelines "
      "and refers questions outside own knowledge to the right person.",
      "Anticipates client needs and resolves most problems at first contact. Keeps good working "
      "relationships with faculty, staff, students and vendors.",
      "Sets service standards for the program and monitors how well they are met. Handles escalated "
      "complaints and uses client feedback to improve services."]),
    ("Communication",
     "Ability to exchange information clearly and accurately, orally and in writing, and to adjust "
     "language to the needs of the audience.",
     ["Gives accurate routine information in person, by telephone and by e-mail. Prepares standard "
      "correspondence and forms with correct grammar and spelling.",
      "Explains program information and procedures clearly to a range of audiences. Drafts "
      "correspondence, reports and web content that need little revision.",
      "Presents program information to groups and university committees. Writes policy statements, "
      "training materials and reports for senior administrators."]),
    ("Planning and Organizing",
     "Ability to set priorities, schedule activities and manage time and resources so that program work "
     "is completed accurately and on time.",
     ["Organizes own work to meet set deadlines. Keeps files and schedules current and points out "
      "conflicts to the supervisor.",
      "Plans and coordinates program events and activities from start to finish. Sets priorities for own "
      "work and for the work of student or temporary staff.",
      "Develops annual work plans and timelines for the program. Coordinates resources across units and "
      "adjusts plans when priorities change."]),
]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("UNCW University Program Associate 10300")
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.page_field_paragraph(fp, before="Page ", total=False)

    for text, size in (("UNIVERSITY OF NORTH CAROLINA WILMINGTON", 13), ("University Program Associate", 12),
                       ("Competency Profile", 12)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("DESCRIPTION OF WORK:")
    r.bold = True
    for t in DESCRIPTION:
        doc.add_paragraph(t)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    r = p.add_run("ROLE DESCRIPTIONS BY COMPETENCY LEVEL")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=2, cols=3)
    H.borders(t)
    H.set_cell_margins(t)
    C.fix_widths(t, [2.23, 2.23, 2.24])
    for j, lab in enumerate(LEVELS):
        c = t.rows[0].cells[j]
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = c.paragraphs[0].add_run(lab)
        rr.bold = True
        C.shade(c, "D9D9D9")
        c2 = t.rows[1].cells[j]
        rr = c2.paragraphs[0].add_run(ROLES[j])
        rr.font.size = Pt(10)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(NOTE)
    r.italic = True
    r.font.size = Pt(10)

    t = doc.add_table(rows=1 + len(COMPS), cols=4)
    H.borders(t)
    H.set_cell_margins(t)
    C.fix_widths(t, [1.75, 1.65, 1.65, 1.65])
    C.mark_header_row(t.rows[0])
    for j, lab in enumerate(["Competency"] + LEVELS):
        c = t.rows[0].cells[j]
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = c.paragraphs[0].add_run(lab)
        rr.bold = True
        C.shade(c, "D9D9D9")
    for i, (name, definition, cells) in enumerate(COMPS):
        row = t.rows[i + 1]
        C.row_flags(row, cant_split=True)
        c = row.cells[0]
        rr = c.paragraphs[0].add_run(name)
        rr.bold = True
        dp = c.add_paragraph()
        rr = dp.add_run(definition)
        rr.italic = True
        rr.font.size = Pt(9.5)
        for j, text in enumerate(cells):
            rr = row.cells[j + 1].paragraphs[0].add_run(text)
            rr.font.size = Pt(10)
    C.clear_core_props(doc, "University Program Associate Competency Profile")
    doc.save(path)


def gold(path):
    d = STEM
    comps = []
    for name, definition, cells in COMPS:
        levels = [H.level(d, j + 1, LEVELS[j], [cells[j]]) for j in range(3)]
        comps.append(H.competency(d, name, definition, levels=levels))
    return H.write_gold(path, "docx", "University Program Associate", comps)


def build():
    out = H.DOCS / f"{STEM}.docx"
    build_docx(out)
    return gold(out)


if __name__ == "__main__":
    print(build())

"""Piedmont Healthcare - ED RN Initial Skills Validation Checklist: python-docx, landscape form table."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Inches

import bhlib as L

STEM = "piedmont-ed-rn-skills-validation-checklist"
DOC = STEM

CATS = [
    ("ASSESSMENT:", [
        ("*Performs and documents a focused triage assessment and assigns an Emergency Severity Index (ESI) "
         "level within the department\u2019s target time.", "O, C"),
        ("*Reassesses pain with the age-appropriate scale (FLACC, Wong-Baker FACES, numeric) and documents the "
         "response to interventions.", "O, C"),
        ("Recognizes the early signs of sepsis with the sepsis screening tool and starts the protocol.", "L, O"),
        ("*Completes suicide risk screening for every patient aged 12 and over and starts safety precautions "
         "when indicated.", "C, PR"),
    ]),
    ("PROCEDURES & EQUIPMENT:", [
        ("Sets up the cardiac monitor and obtains a 12-lead ECG within 10 minutes of arrival for patients with "
         "chest pain.", "D, O"),
        ("Starts peripheral IV access and draws blood cultures using aseptic technique.", "D, O"),
        ("Prepares and operates the rapid infuser / blood warmer.", "D"),
        ("Checks the crash cart and defibrillator and documents the daily check.", "O, PR"),
    ]),
    ("EDUCATION:", [
        ("Provides and documents appropriate patient and family teaching.", "O, C"),
        ("Checks that teaching was understood using appropriate methods (ex. teach back, return demo, "
         "questions).", "O, V"),
        ("Uses policies, procedures and other resources [ex. self-learning, continuing education] in the "
         "changing care of patients and families.", "V, PR"),
    ]),
    ("LEADERSHIP:", [
        ("Communicates honestly, effectively and ethically with all people in the care area using the methods "
         "[ex. AIDET] defined by the organization.", "O"),
        ("Works effectively as a team member and/or team leader.", "O"),
        ("Delegates appropriate tasks to patient care technicians and follows up on their completion.", "O, V"),
    ]),
]

WIDTHS = [3.6, 0.5, 0.55, 0.55, 0.8, 1.2, 0.5, 0.6, 1.7]


def cell_text(cell, text, bold=False, size=8, align=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def build():
    d = Document()
    L.clear_core_props(d, "Initial Skills Validation Checklist")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    st.paragraph_format.space_after = Pt(2)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.5)
    sec.top_margin = sec.bottom_margin = Inches(0.5)
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, Inches(10))
    r = hp.add_run("Piedmont Healthcare\tED RN \u2013 Initial Skills Validation Checklist")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Revised 081517     ** Levels: Novice/Beginner (B)  Advanced Beginner (AB)  Competent (C)  "
                   "Proficient (P)  Expert (E)     *AGE SPECIFIC & POPULATION SPECIFIC COMPETENCIES     ")
    L.add_field(fp, "PAGE")
    for run in fp.runs:
        run.font.size = Pt(7)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("EMERGENCY DEPARTMENT \u2013 REGISTERED NURSE")
    r.bold = True
    r.font.size = Pt(12)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("INITIAL SKILLS VALIDATION CHECKLIST")
    r.bold = True
    r.font.size = Pt(12)

    info = d.add_table(rows=1, cols=4)
    info.style = "Table Grid"
    for c, t in zip(info.rows[0].cells, ["Employee Name: ______________________", "Employee ID: __________",
                                         "Unit: Emergency Department", "Start Date: _____________"]):
        cell_text(c, t, size=8.5)
    d.add_paragraph()
    d.add_paragraph("Complete the INITIAL SELF ASSESSMENT columns during the first week of orientation so that "
                    "the orientation can be tailored to you. The PERFORMANCE VALIDATION is completed with a "
                    "qualified assessor (manager, educator, charge nurse, preceptor or super user). Fill in every "
                    "box; if a skill does not apply to the department, write N/A. The checklist must be complete "
                    "before you work independently.").runs[0].font.size = Pt(8.5)
    kp = d.add_paragraph()
    kr = kp.add_run("Validation Methods:  ")
    kr.bold = True
    kr.font.size = Pt(8)
    kr = kp.add_run("O = Observed performance   D = Skills Lab demo/performance   L = Learning assessment "
                    "form/Test   C = Chart review   V = Verbalized   PR = Policy Review   N/A = Not applicable or "
                    "no opportunity at the facility")
    kr.font.size = Pt(8)

    t = d.add_table(rows=2, cols=9)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[1].merge(h0[3])
    b = h0[6].merge(h0[7])
    for c in (0, 4, 5, 8):
        h0[c].merge(h1[c])
    cell_text(t.rows[0].cells[0], "SKILLS / TASKS and/or PROCEDURES and/or EQUIPMENT", True, 8)
    cell_text(a, "INITIAL SELF ASSESSMENT", True, 7.5, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.rows[0].cells[4], "Validation Methods", True, 7.5)
    cell_text(t.rows[0].cells[5], "Date Met & Assessor Initials: Task completed or Procedure Performed "
                                  "Correctly **", True, 7)
    cell_text(b, "END OF ORIENTATION SELF ASSESSMENT", True, 7, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.rows[0].cells[8], "COMMENTS:", True, 7.5)
    for i, lab in [(1, "Can Do"), (2, "Need Review"), (3, "Never done"), (6, "Can Do"), (7, "Needs Review")]:
        cell_text(t.rows[1].cells[i], lab, True, 7, WD_ALIGN_PARAGRAPH.CENTER)
    for row in t.rows[:2]:
        L.row_flags(row, cant_split=True, header=True)
        for c in row.cells:
            L.shade(c, "D9D9D9")

    for cat, skills in CATS:
        for j, (skill, meth) in enumerate(skills):
            row = t.add_row()
            L.row_flags(row, cant_split=True)
            c0 = row.cells[0]
            if j == 0:
                cell_text(c0, cat, True, 8)
                p = c0.add_paragraph()
                r = p.add_run(skill)
                r.font.size = Pt(8)
            else:
                cell_text(c0, skill, size=8)
            cell_text(row.cells[4], meth, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
            for k in (1, 2, 3, 6, 7):
                cell_text(row.cells[k], "\u2610", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    L.fix_widths(t, WIDTHS)

    d.add_paragraph()
    sig = d.add_table(rows=3, cols=3)
    sig.style = "Table Grid"
    for c, txt in zip(sig.rows[0].cells, ["ASSESSORS\u2019 INITIALS", "ASSESSORS\u2019 SIGNATURES", "DATE"]):
        cell_text(c, txt, True, 8)
    for row in sig.rows[1:]:
        for c in row.cells:
            cell_text(c, "", size=8)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    r = p.add_run("Orientee signature: ______________________________   Date: ____________     "
                  "Manager/Educator signature: ______________________________   Date: ____________")
    r.font.size = Pt(8)

    out = L.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


def gold(path):
    comps = []
    for cat, skills in CATS:
        comps.append(L.competency(DOC, cat.rstrip(":"), None,
                                  indicators=[L.item(DOC, s) for s, _ in skills]))
    L.write_gold(path, "docx", "INITIAL SKILLS VALIDATION CHECKLIST", comps)


if __name__ == "__main__":
    gold(build())

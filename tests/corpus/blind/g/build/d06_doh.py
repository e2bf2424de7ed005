"""Republic of the Philippines, Department of Health, Nurse Certification Program: Self-Assessment Tool
(Form 1) for Level 3 Certification in Pediatric Nursing (excerpt): DOCX.

Form: header block with the department name and the form code/revision, "P a g e | n" footer, blank
candidate fields, introduction and instructions with the three-point rating key; then one table with a
repeated header row (Behavioural Indicators | 3 | 2 | 1 | Evidence/s), merged full-width rows for each
KEY RESULT AREA and each "Core Competency n:", indicator rows numbered "1.1" by hand, every rating cell
an empty check box "\u2610"; a signature block at the end."""
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt

import helpers as H

STEM = "doh-pediatric-nursing-self-assessment"
TITLE = "Self-Assessment Tool for Level 3 Certification in Pediatric Nursing"
BOX = "\u2610"

INTRO = ("Introduction: A nurse Candidate who wishes to be certified as a specialist in Pediatric Nursing, "
         "Level 3, completes this self-assessment form and gathers the evidence that proves his/her "
         "competence. The Candidate then reviews the ratings and the evidence with the immediate supervisor, "
         "who validates them; ratings may be revised after this discussion. The validated tool and the "
         "supporting evidence are submitted to the Committee on Assessment and Certification, whose "
         "independent Assessors decide on competency or recommend development opportunities.")
INSTR = ("Instructions: The first column of the table lists the behavioural indicators of successful "
         "performance in the workplace. Rate yourself on each indicator by ticking one box on the "
         "three-point scale below, and name in the last column the evidence that supports your rating.")
SCALE = ["3 \u2013 I perform this consistently and independently, and can guide others in it",
         "2 \u2013 I perform this most of the time with minimal supervision",
         "1 \u2013 I perform this occasionally or only with supervision"]

KRAS = [
    ("KEY RESULT AREA 1: SAFE AND QUALITY NURSING CARE", [
        ("1", "Assesses the health status of the pediatric client and family", [
            "Takes a complete health history from the child and caregiver, including birth, immunization and developmental history",
            "Performs a head-to-toe physical assessment appropriate to the age of the child",
            "Uses age-appropriate tools to assess pain, growth and development",
            "Identifies actual and potential health problems from the assessment data"]),
        ("2", "Implements safe and appropriate nursing interventions for the pediatric client", [
            "Computes and administers medications using weight-based dosages and verifies them with a second nurse",
            "Applies infection prevention and control measures in every procedure",
            "Positions, restrains and prepares the child safely for procedures",
            "Recognizes early signs of deterioration and acts on them promptly"]),
    ]),
    ("KEY RESULT AREA 2: HEALTH EDUCATION", [
        ("3", "Assesses the learning needs of the child and family", [
            "Determines what the child and caregiver already know about the illness and its care",
            "Identifies barriers to learning, such as language, literacy and anxiety",
            "Sets learning priorities together with the family"]),
        ("4", "Develops and implements health education plans suited to the developmental stage of the child", [
            "Prepares teaching materials suited to the age of the child and to the family\u2019s culture",
            "Uses play, demonstration and return demonstration when teaching",
            "Evaluates learning and revises the teaching plan as needed"]),
    ]),
]


def _merge_row(table, text, fill=None, bold=True):
    row = table.add_row()
    H.row_flags(row)
    cell = row.cells[0].merge(row.cells[-1])
    cell.paragraphs[0].add_run(text).bold = bold
    if fill:
        H.shade(cell, fill)
    return row


def render(out_path):
    doc = docx.Document()
    H.clear_core_props(doc, "DOH NCP-CAC Self-Assessment Tool (Form 1)", "NCP")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.75)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(7.0), WD_TAB_ALIGNMENT.RIGHT)
    hp.add_run("Republic of the Philippines\t").font.size = Pt(9)
    hp.add_run("DOH NCP-CAC Self-Assessment Tool (Form 1)").font.size = Pt(8)
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Inches(7.0), WD_TAB_ALIGNMENT.RIGHT)
    r = hp2.add_run("DEPARTMENT OF HEALTH\t")
    r.bold = True
    r.font.size = Pt(10)
    hp2.add_run("Revision 0, April 2013").font.size = Pt(8)
    hp3 = sec.header.add_paragraph()
    hp3.add_run("NURSE CERTIFICATION PROGRAM").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("P a g e | ")
    H.add_field(fp, "PAGE")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Name of Candidate: " + "_" * 66)
    doc.add_paragraph("Hospital of current employment: " + "_" * 56)
    doc.add_paragraph(INTRO)
    doc.add_paragraph(INSTR)
    for s in SCALE:
        p = doc.add_paragraph(s)
        p.paragraph_format.left_indent = Inches(0.4)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()

    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, ["Behavioural Indicators", "3", "2", "1", "Evidence/s"]):
        c.paragraphs[0].add_run(h).bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        H.shade(c, "BFBFBF")
    H.row_flags(t.rows[0], cant_split=True, header=True)
    for kra, comps in KRAS:
        _merge_row(t, kra, fill="D9E2F3")
        for no, name, inds in comps:
            _merge_row(t, f"Core Competency {no}: {name}", fill="F2F2F2")
            for i, ind in enumerate(inds, 1):
                row = t.add_row()
                H.row_flags(row)
                row.cells[0].text = f"{no}.{i} {ind}"
                for c in row.cells[1:4]:
                    c.text = BOX
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.fix_widths(t, [3.9, 0.45, 0.45, 0.45, 1.75])

    doc.add_paragraph()
    doc.add_paragraph("Candidate\u2019s Signature: ____________________      Date: ______________")
    doc.add_paragraph("Validated by: ____________________ (Immediate Supervisor)      Date: ______________")
    doc.save(out_path)


def gold(doc_path):
    g = H.Gold(STEM)
    for kra, comps in KRAS:
        for no, name, inds in comps:
            g.comp(name, None, indicators=g.items(inds))
    return g.write(doc_path, "docx", TITLE)

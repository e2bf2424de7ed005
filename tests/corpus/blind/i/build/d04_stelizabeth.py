"""St. Elizabeth Healthcare, Initial Skill/Equipment Competency Checklist (Clinical), RN: DOCX via python-docx.

A fill-in form: header/footer ("Development/2015", "Page X of Y"), title lines, Associate / Department / Job
Title / Evaluation Period form table, instructions, a validation-method key, then ONE table whose rows are:
ROMAN-NUMERAL section rows naming the competency ("I. VERBALIZES/DEMONSTRATES THE NURSING PROCESS:", merged
across the table), lettered rows that are either rated skills or un-rated headings over numbered sub-rows, and a
rating cell "M   DNM   R   N/A" plus a validation-method code on every rated row. Reviewer signature table.
"""
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Pt, Inches

import helpers as H

STEM = "stelizabeth-initial-skill-competency-checklist-rn"
TITLE = "INITIAL SKILL/EQUIPMENT COMPETENCY CHECKLIST (CLINICAL)"
RATE = "M   DNM   R   N/A"

# (roman, name, rows); a row is (letter, text, method) for a rated skill, or (letter, heading, [(n, text, method)])
SECTIONS = [
    ("I.", "VERBALIZES/DEMONSTRATES THE NURSING PROCESS", [
        ("A.", "Assessment and Interventions for Assigned Patients", [
            ("1.", "Completes an initial assessment and identifies the patient\u2019s priorities of care", "D, V"),
            ("2.", "Reassesses the patient after each intervention and reports changes in condition", "D"),
            ("3.", "Completes the Population Served & Patient Rights Competency Checklist (located in Pathways)",
             "T")]),
        ("B.", "Develops and revises the individualized plan of care with the patient and family", "V"),
        ("C.", "Evaluates patient outcomes and documents the patient\u2019s response to care", "D"),
        ("D.", "Provides patient and family education based on the plan of care", "D, V")]),
    ("II.", "COMMUNICATES AND DIRECTS PERTINENT INFORMATION TO THE HEALTH CARE TEAM", [
        ("A.", "Interacts with patients, visitors, physicians, co-workers, Nurse Managers and the interdisciplinary "
               "team in a professional manner using the AIDET\u00ae communication model", "O"),
        ("B.", "Reports changes in the patient\u2019s condition to the charge nurse/team leader, supervisor and "
               "physician in a timely way", "V"),
        ("C.", "Gives bedside shift report using the SBAR format", "D"),
        ("D.", "Delegates tasks to patient care assistants appropriately and follows up on their completion", "O")]),
    ("III.", "DEMONSTRATES SAFE USE OF EQUIPMENT", [
        ("A.", "Infusion Pump (Alaris\u00ae)", [
            ("1.", "Programs a primary infusion using the drug library", "D"),
            ("2.", "Programs a secondary (piggyback) infusion", "D"),
            ("3.", "Responds to and troubleshoots occlusion and air-in-line alarms", "D, V")]),
        ("B.", "Glucose meter: performs quality control and patient testing per policy", "D, T"),
        ("C.", "Activates and checks bed and chair alarms for patients at risk of falls", "D"),
        ("D.", "Locates the crash cart and verbalizes the daily check procedure", "V")]),
]

WIDTHS = [3.3, 0.8, 0.95, 1.25, 1.2]
HEAD = ["SKILL/PROCEDURE/EQUIPMENT", "VALIDATION METHOD", "DATE OBSERVED/ REVIEWED BY** (Initials)",
        "M = MEETS EXPECTATIONS\nDNM = DOES NOT MEET EXPECTATIONS\nR = REVIEWED, ABLE TO FIND RESOURCES\n"
        "N/A = NOT APPLICABLE", "COMMENTS/ ACTION PLAN"]


def _cell(cell, text, size=8.5, bold=False, align=None):
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if align:
            p.alignment = align
        H.run(p, ln, size=size, bold=bold)


def build_docx(path):
    d = docx.Document()
    H.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.5)
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    hp = sec.header.paragraphs[0]
    hp.style = d.styles["Normal"]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(7.5), WD_TAB_ALIGNMENT.RIGHT)
    H.run(hp, "St. Elizabeth Healthcare\tRN \u2013 Initial Skill/Equipment Competency", size=7.5, color="555555")
    fp = sec.footer.paragraphs[0]
    fp.style = d.styles["Normal"]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(3.75), WD_TAB_ALIGNMENT.CENTER)
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(7.5), WD_TAB_ALIGNMENT.RIGHT)
    H.run(fp, "Development/2015\tINITIAL RN 12/14\tPage ", size=7.5, color="555555")
    H.add_field(fp, "PAGE")
    H.run(fp, " of ", size=7.5, color="555555")
    H.add_field(fp, "NUMPAGES", "2")
    for r in fp.runs:
        r.font.size = Pt(7.5)

    for text, size in ((TITLE, 12), ("ST. ELIZABETH MEDICAL CENTER", 10)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
        H.run(p, text, bold=True, size=size)

    f = d.add_table(rows=2, cols=4)
    H.no_borders(f)
    H.fix_widths(f, [1.1, 2.65, 1.2, 2.55])
    for r, (a, b, c, e) in zip(f.rows, [("Associate", "______________________________", "Department",
                                         "____________________________"),
                                        ("Job Title", "RN", "Evaluation Period", "____________________________")]):
        for cell, txt, bold in zip(r.cells, (a, b, c, e), (True, False, True, False)):
            _cell(cell, txt, size=9, bold=bold)

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    H.run(p, "Instructions: ", bold=True, size=8.5)
    H.run(p, "Record each skill as it is evaluated. A rating of \u201cMeets Expectations\u201d means the associate "
             "meets the performance expectation for the skill/competency. A rating of \u201cDoes Not Meet\u201d "
             "requires a documented action plan for correction, a repeat evaluation and a competency demonstration "
             "within 30-90 days. Note any relevant comments in the adjacent column.", size=8.5)
    p = d.add_paragraph()
    H.run(p, "Validation Method Key: ", bold=True, size=8.5)
    H.run(p, "D = Demonstration/return demonstration   V = Verbalization   O = Observation in daily practice   "
             "T = Test/module completed", size=8.5)

    t = d.add_table(rows=1, cols=5)
    H.grid_borders(t, color="000000", sz=4)
    H.repeat_header(t.rows[0])
    for c, txt in zip(t.rows[0].cells, HEAD):
        H.shade(c, "D9D9D9")
        _cell(c, txt, size=7, bold=True)
    for roman, name, rows in SECTIONS:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[4])
        H.shade(m, "F2F2F2")
        _cell(m, f"{roman} {name}:", size=8.5, bold=True)
        for row in rows:
            letter, text, third = row
            r = t.add_row()
            H.cant_split(r)
            if isinstance(third, list):
                p = r.cells[0].paragraphs[0]
                H.run(p, f"{letter} {text}", bold=True, size=8.5)
                for n, sub, method in third:
                    r = t.add_row()
                    H.cant_split(r)
                    p = r.cells[0].paragraphs[0]
                    p.paragraph_format.left_indent = Inches(0.3)
                    p.paragraph_format.first_line_indent = Inches(-0.18)
                    H.run(p, f"{n} {sub}", size=8.5)
                    _cell(r.cells[1], method, align=WD_ALIGN_PARAGRAPH.CENTER)
                    _cell(r.cells[3], RATE, align=WD_ALIGN_PARAGRAPH.CENTER)
            else:
                p = r.cells[0].paragraphs[0]
                p.paragraph_format.left_indent = Inches(0.2)
                p.paragraph_format.first_line_indent = Inches(-0.2)
                H.run(p, f"{letter} {text}", size=8.5)
                _cell(r.cells[1], third, align=WD_ALIGN_PARAGRAPH.CENTER)
                _cell(r.cells[3], RATE, align=WD_ALIGN_PARAGRAPH.CENTER)
    H.fix_widths(t, WIDTHS)

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    H.run(p, "**Reviewer initials and signatures", bold=True, size=8.5)
    s = d.add_table(rows=3, cols=4)
    H.grid_borders(s, color="000000", sz=4)
    H.fix_widths(s, [0.9, 2.85, 0.9, 2.85])
    for c, txt in zip(s.rows[0].cells, ["Initials", "Signature/Title", "Initials", "Signature/Title"]):
        _cell(c, txt, size=8, bold=True)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    H.run(p, "Associate signature: ______________________________      Date: ______________", size=9)
    d.save(path)


def build():
    path = H.DOCS / f"{STEM}.docx"
    build_docx(path)
    comps = []
    for roman, name, rows in SECTIONS:
        ind = []
        for letter, text, third in rows:
            if isinstance(third, list):
                ind += [H.item(STEM, sub, text) for n, sub, method in third]
            else:
                ind.append(H.item(STEM, text))
        comps.append(H.competency(STEM, name, None, indicators=ind))
    H.write_gold(path, "docx", TITLE, comps)


if __name__ == "__main__":
    build()

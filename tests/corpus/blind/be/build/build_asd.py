"""Anchorage School District - Classified Employee Evaluation Rubrics (python-docx landscape table ->
LibreOffice -> PDF). Levels are table columns printed high -> low."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Inches, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import belib as B

STEM = "asd-classified-evaluation-rubrics"
DOC = B.DOCS / f"{STEM}.pdf"
TITLE = "CLASSIFIED EMPLOYEE EVALUATION RUBRICS"

COLS = ["Exceeds Standard", "Meets Standard", "Needs Professional Support", "Plan for Improvement"]
RANK = {"Exceeds Standard": 4, "Meets Standard": 3, "Needs Professional Support": 2, "Plan for Improvement": 1}

STANDARDS = [
    ("Punctuality, Attendance, and Use of Time", [
        ("Starts work on time and keeps to a punctual daily schedule; maintains regular attendance.", [
            "Is always punctual; is never late or absent without good cause and always notifies the supervisor; "
            "uses work time in a highly responsible and productive way.",
            "Is occasionally late or absent, usually for good reason, and consistently notifies the supervisor; "
            "uses work time in a responsible and productive way.",
            "Is late or absent more often than is acceptable, and this affects work; does not always report "
            "absences, lateness or schedule changes to the supervisor.",
            "Is chronically late or absent; fails to notify the supervisor; does not use work time responsibly "
            "or productively."]),
        ("Organizes, prioritizes, and completes tasks effectively and on time.", [
            "Has excellent organizational skills and builds effective routines; work is of excellent quality and "
            "is finished on or before deadlines; anticipates demands and suggests better procedures.",
            "Has good organizational skills and follows set procedures for routine tasks; sets priorities; work "
            "has few errors and is finished by the deadline.",
            "Needs help to organize and prioritize some tasks; work sometimes contains errors or misses "
            "deadlines.",
            "Lacks organizational skills even for routine tasks; needs regular supervision to set priorities; "
            "deadlines are often missed."]),
    ]),
    ("Communication and Working Relationships", [
        ("Communicates clearly and courteously with students, staff, parents, and the public.", [
            "Communicates clearly, tactfully and professionally in all situations, including difficult ones; is "
            "sought out by others for help in communicating with families.",
            "Communicates clearly and courteously; listens to others and responds appropriately.",
            "Communication is sometimes unclear or abrupt; needs reminders to respond to messages promptly.",
            "Communication is frequently discourteous, unclear or inappropriate; complaints have been received."]),
        ("Works cooperatively with colleagues and supervisors as a member of the school or department team.", [
            "Actively supports colleagues and builds team spirit; offers help without being asked and resolves "
            "disagreements constructively.",
            "Works cooperatively with others and shares information; accepts direction and feedback in a "
            "positive manner.",
            "Cooperates with others when asked but rarely offers help; sometimes reacts defensively to feedback.",
            "Does not work cooperatively with others; resists direction and feedback; behavior disrupts the "
            "work of the team."]),
    ]),
    ("Job Knowledge and Quality of Work", [
        ("Understands and applies the skills, procedures, and policies required by the position.", [
            "Has thorough knowledge of the job and related District policies; is a resource for others; seeks "
            "out training to stay current.",
            "Has the knowledge and skills the job requires and follows District policies and procedures.",
            "Has gaps in job knowledge that affect some work; needs frequent guidance on procedures.",
            "Lacks basic knowledge or skills required by the position; does not follow District policies or "
            "procedures."]),
        ("Produces accurate, thorough work and follows safety requirements.", [
            "Work is consistently accurate and thorough and needs no checking; promotes safe work practices "
            "among colleagues.",
            "Work is accurate and complete with few errors; follows safety rules and procedures.",
            "Work frequently needs correction; safety rules are not always followed.",
            "Work is inaccurate or incomplete; disregards safety rules and procedures."]),
    ]),
]

INTRO = ("Evaluators use the descriptors below to rate each indicator of a standard. A rating of Needs "
         "Professional Support or Plan for Improvement must be supported by written comments and, where "
         "appropriate, a plan of assistance.")


def cell_text(cell, text, bold=False, size=9, color=None, align=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    if align is not None:
        p.alignment = align


def build_docx(path):
    d = Document()
    B.clear_core_props(d, "ASD Classified Employee Evaluation Rubrics")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(0)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.6)
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(9.8), alignment=2)
    r = fp.add_run("ASD Human Resources \u2013 Classified Evaluation Rubrics (Rev. 07/2016)\tPage ")
    r.font.size = Pt(8)
    B.add_field(fp, "PAGE", "1")
    r = fp.add_run(" of ")
    r.font.size = Pt(8)
    B.add_field(fp, "NUMPAGES", "2")

    for txt, size in [("ANCHORAGE SCHOOL DISTRICT", 14), ("CLASSIFIED EMPLOYEE EVALUATION RUBRICS", 13)]:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(txt)
        rr.bold = True
        rr.font.size = Pt(size)
    p = d.add_paragraph(INTRO)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(8)
    for rr in p.runs:
        rr.font.size = Pt(9)
        rr.italic = True

    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    B.row_flags(hdr, cant_split=True, header=True)
    for cell, txt in zip(hdr.cells, ["Standard"] + COLS):
        B.shade(cell, "1B3F6B")
        cell_text(cell, txt, bold=True, size=9.5, color=RGBColor(0xFF, 0xFF, 0xFF), align=WD_ALIGN_PARAGRAPH.CENTER)
    for n, (std, crits) in enumerate(STANDARDS, 1):
        row = t.add_row()
        B.row_flags(row, cant_split=True)
        merged = row.cells[0].merge(row.cells[4])
        B.shade(merged, "D9E2F0")
        cell_text(merged, f"{n}. {std}", bold=True, size=10)
        for letter, (crit, cells) in zip("abcdefg", crits):
            row = t.add_row()
            B.row_flags(row, cant_split=True)
            cell_text(row.cells[0], f"{letter}. {crit}", bold=True, size=9)
            for cell, txt in zip(row.cells[1:], cells):
                cell_text(cell, txt, size=9)
    B.fix_widths(t, [2.0, 1.95, 1.95, 1.95, 1.95])
    d.save(path)


def gold():
    comps = []
    for std, crits in STANDARDS:
        by_col = {c: [] for c in COLS}
        for crit, cells in crits:
            for col, txt in zip(COLS, cells):
                by_col[col].append((txt, crit))
        levels = [B.level(RANK[c], c, by_col[c], STEM) for c in COLS]
        comps.append(B.competency(std, STEM, indicators=B.items([c for c, _ in crits], STEM), levels=levels))
    return comps


def main():
    tmp = Path("/tmp") / f"{STEM}.docx"
    build_docx(tmp)
    B.to_pdf(tmp, DOC)
    print(B.write_gold(DOC, "pdf", TITLE, gold()))


if __name__ == "__main__":
    main()

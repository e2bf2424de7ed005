"""maniilaq-rn-orientee-competency-checklist.docx: Maniilaq Association, Maniilaq Health Center (Kotzebue,
Alaska), Nursing Services - "Registered Nurse - Orientee Competency Checklist and Orientation Guide".

Word document (python-docx): title block, instructions (front matter) with a numbered list of verification
methods and a bulleted plan list, an orientee form table; then one checklist table per competency area
("n. Area" bold paragraph above the table), columns Competency / Skill | Method | Date Verified |
Preceptor Initials | N/A, a repeating header row, pre-printed method codes, merged shaded sub-header rows
inside the medication table; comments / plan-for-completion table and signature lines (back matter);
footer with revision date and "Page X of Y"."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches

import common as C
import helpers as H

STEM = "maniilaq-rn-orientee-competency-checklist"
DOC = H.DOCS / f"{STEM}.docx"
TITLE = "Registered Nurse - Orientee Competency Checklist and Orientation Guide"

# (area, [(group or None, skill, method)])
AREAS = [
    ("Patient Assessment", [
        (None, "Completes the admission assessment, including history, allergies and home medications, within "
               "the time set by policy", "D"),
        (None, "Performs and documents a head-to-toe physical assessment every shift", "D"),
        (None, "Assesses pain with an age-appropriate scale and reassesses after each intervention", "D/V"),
        (None, "Completes fall-risk and Braden skin screening and starts precautions as indicated", "D"),
        (None, "Recognizes a change in the patient\u2019s condition and notifies the provider promptly", "V"),
        (None, "Uses an interpreter, or involves Elders and family, when needed to complete the assessment",
         "V"),
    ]),
    ("Medication Administration", [
        ("General", "Checks the rights of medication administration before every dose", "D"),
        ("General", "Verifies orders in the electronic health record and clarifies unclear orders with the "
                    "prescriber", "D/V"),
        ("General", "Removes medications from the automated dispensing cabinet and returns or wastes them per "
                    "pharmacy policy", "D"),
        ("Parenteral", "Starts a peripheral IV and maintains the site per policy", "D"),
        ("Parenteral", "Programs the infusion pump and checks the rate against the order", "D"),
        ("Parenteral", "Gives IM and subcutaneous injections using the correct site and technique", "D"),
        ("High-Alert Medications", "Performs an independent double check for insulin, heparin and opioid "
                                   "infusions", "D"),
        ("High-Alert Medications", "Completes and signs the controlled-substance count at change of shift", "D"),
    ]),
    ("Infection Prevention", [
        (None, "Performs hand hygiene at each of the five moments of care", "D"),
        (None, "Selects, puts on and takes off PPE in the correct order for each type of isolation", "D"),
        (None, "Disposes of sharps, biohazardous waste and soiled linen according to policy", "D/V"),
        (None, "Cleans and disinfects shared equipment between patients", "D"),
    ]),
    ("Emergency Response", [
        (None, "Locates the crash cart and completes the daily crash cart check", "D"),
        (None, "Calls a rapid response or code and carries out the first-responder role", "D/V"),
        (None, "Operates the defibrillator / AED in training mode", "D"),
        (None, "Prepares a patient for medevac transfer, including the transfer packet and nurse-to-nurse "
               "report", "D/V"),
        (None, "States own role in the facility emergency plan (fire, severe weather, power failure)", "V"),
    ]),
    ("Documentation and Communication", [
        (None, "Documents assessments, interventions and patient responses in the EHR in a timely way", "D"),
        (None, "Gives and receives hand-off report using SBAR", "D"),
        (None, "Completes an occurrence report for errors, near misses and unusual events", "V"),
    ]),
]

INSTRUCTIONS = [
    "The Registered Nurse (RN) \u201cOrientee Competency Checklist and Orientation Guide\u201d is used for every "
    "new RN, whatever their experience. New staff, and staff new to this position, work through the items "
    "in the checklist and show that they are competent. Competence may be verified by:",
]
METHODS = [
    "Demonstration \u2013 the orientee carries out the task or procedure safely and capably. This may be in "
    "simulation, in the skills lab, at a skills station or in direct patient care.",
    "Verbalization \u2013 the orientee explains the process or plan in a way that shows a safe, reliable "
    "knowledge base. This may be through case scenarios, discussion or a description of the plan of care.",
]
AFTER = [
    "The primary preceptor works with the charge nurses to set aside enough time for training and evaluation, "
    "based on the orientee\u2019s needs and past experience and on the requirements of the position. Job "
    "shadowing, one-to-one and group instruction and simulated learning are all used. For experienced or "
    "certified staff, orientation concentrates on organizational and unit policies and procedures.",
    "Most competencies should be verified and documented within 30 days of hire. If a skill is not part of "
    "the job description, mark the N/A column. If the RN cannot be verified by then, because of lack of "
    "exposure or a need for more instruction, a plan for completion is written in the comment section at the "
    "end of this document and the charge nurse and the nurse educator are told. The plan must include:",
]
PLAN = ["Specific, measurable goals", "Activities that can be used to reach the goals",
        "A target date for completion"]


def header_row(table, labels):
    row = table.rows[0]
    for c, t in zip(row.cells, labels):
        c.text = ""
        r = c.paragraphs[0].add_run(t)
        r.bold = True
        r.font.size = Pt(9)
        C.shade(c, "D9D9D9")
    C.mark_header_row(row)


def render():
    d = Document()
    C.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Maniilaq Health Center \u2013 RN Orientee Competency Checklist\tRev. 03/2015\t")
    H.page_field_paragraph(fp)
    for r in fp.runs:
        r.font.size = Pt(8)

    for text, size in (("Maniilaq Association", 14), ("Maniilaq Health Center \u2013 Nursing Services", 11)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.font.size = True, Pt(size)
        p.paragraph_format.space_after = Pt(0)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE)
    r.bold, r.font.size = True, Pt(13)

    p = d.add_paragraph()
    r = p.add_run("Instructions for RN Orientee Training and Orientation")
    r.bold, r.underline = True, True
    for t in INSTRUCTIONS:
        d.add_paragraph(t)
    dec = C.add_numbering(d, C.decimal_lvl("%1.", left=720, hanging=360), "4D48A001")
    for t in METHODS:
        q = d.add_paragraph(t)
        C.set_num(q, dec)
    for t in AFTER:
        d.add_paragraph(t)
    bul = C.add_numbering(d, C.bullet_lvl("\u2022", left=720, hanging=360, font="Symbol"), "4D48A002")
    for t in PLAN:
        q = d.add_paragraph(t)
        C.set_num(q, bul)

    form = d.add_table(rows=2, cols=4)
    form.style = "Table Grid"
    for (i, j), t in {(0, 0): "Orientee Name:", (0, 2): "Unit:", (1, 0): "Start Date:",
                      (1, 2): "Primary Preceptor:"}.items():
        c = form.cell(i, j)
        c.text = t
        c.paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Method key:  D = Demonstration   V = Verbalization   (the suggested method is pre-printed; "
                  "initial and date when verified)")
    r.italic, r.font.size = True, Pt(9)

    widths = [3.7, 0.75, 0.95, 0.95, 0.5]
    for n, (area, rows) in enumerate(AREAS, 1):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(f"{n}. {area}")
        r.bold, r.font.size = True, Pt(11)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        header_row(t, ["Competency / Skill", "Method", "Date Verified", "Preceptor Initials", "N/A"])
        current = None
        for group, skill, method in rows:
            if group and group != current:
                current = group
                sub = t.add_row()
                C.row_flags(sub)
                m = sub.cells[0].merge(sub.cells[4])
                m.text = ""
                rr = m.paragraphs[0].add_run(group)
                rr.bold, rr.italic = True, True
                C.shade(m, "F2F2F2")
            row = t.add_row()
            C.row_flags(row)
            row.cells[0].text = skill
            row.cells[1].text = method
            row.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        C.fix_widths(t, widths)

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run("Comments / Plan for Completion")
    r.bold = True
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Date", "Comment / plan (goals, activities, target date)"])
    C.fix_widths(t, [1.2, 5.6])
    d.add_paragraph()
    for who in ("Orientee Signature", "Primary Preceptor Signature", "Nurse Educator Signature",
                "Nurse Manager Signature"):
        d.add_paragraph(f"{who}: ______________________________   Date: ____________")
    d.save(DOC)


def gold():
    comps = []
    for area, rows in AREAS:
        comps.append(H.competency(STEM, area, None,
                                  indicators=[H.item(STEM, s, g) for g, s, _ in rows]))
    H.write_gold(DOC, "docx", TITLE, comps)


def build():
    render()
    gold()
    return DOC


if __name__ == "__main__":
    print(build())

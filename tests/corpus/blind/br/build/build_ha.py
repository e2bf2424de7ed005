"""Hospital Authority (Hong Kong) - Core Competency Model for Medical Staff, Appendix I (excerpt) -> PDF.

python-docx (A4 LANDSCAPE, Times New Roman) -> LibreOffice PDF.  "Appendix I" flush right, centred title,
section heading "FUNCTIONAL COMPETENCY", then ONE four-column table: Competency Dimensions | Behavioural
Indicators for Residents/MOs | Additional Behavioural Indicators for Associate Consultants/SMOs |
Additional Behavioural Indicators for Consultants.  First cell = "1. Name" (bold) + definition; the other
cells hold Symbol-font bullets (Word numbering).  Header row repeats on page 2; rows may split.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import brlib as L

STEM = "ha-core-competency-model-medical-staff"
DOC = L.DOCS / f"{STEM}.pdf"
TITLE = "CORE COMPETENCY MODEL for MEDICAL STAFF, HOSPITAL AUTHORITY"

HEADERS = ["Competency Dimensions",
           "Behavioural Indicators for Residents/MOs",
           "Additional Behavioural Indicators for Associate Consultants/SMOs",
           "Additional Behavioural Indicators for Consultants"]

COMPETENCIES = [
    ("Patient-centered Care",
     "Commitment to meeting the needs of patients by delivering holistic care.",
     [["Show a caring, empathetic and sincere attitude towards patients and their families.",
       "Explain the diagnosis, the treatment plan and the risks and benefits of the options to patients "
       "and their families in plain language.",
       "Build rapport with patients.",
       "Put the care of patients first.",
       "Respect the right of patients to take part in decisions about their own care.",
       "Listen to patients and be sensitive to their concerns, expectations and feelings."],
      ["Assess each patient\u2019s biological, functional, psychological and social needs and ensure "
       "access to care of a reasonable quality.",
       "Build good rapport with patients and their families in the capacity of doctor-in-charge.",
       "Act promptly to prevent or resolve conflict.",
       "Ensure adequate care for patients under direct responsibility by doing regular rounds and "
       "supervising the work of junior doctors."],
      ["Champion patient-centered care as part of the culture of the department.",
       "Set service standards that take account of feedback from patients and carers.",
       "Lead the review of complaints and make sure that lessons learnt are shared."]]),
    ("Application of Medical Knowledge",
     "Ability to build up one\u2019s own knowledge base and to think analytically and critically in "
     "clinical practice.",
     [["Take a proper history and carry out an accurate clinical examination, with clear documentation.",
       "Derive, prioritize and record a practical list of working diagnoses from the history, physical "
       "examination and initial investigations.",
       "Follow up the progress of patients diligently and revise the treatment plan where necessary.",
       "Search for and select relevant literature and information from a variety of sources."],
      ["Identify all clinical problems and make accurate and timely decisions on complex cases.",
       "Apply current evidence and guidelines in managing patients with multiple conditions.",
       "Guide junior doctors in interpreting the results of investigations."],
      ["Keep the clinical protocols of the department in line with current evidence.",
       "Act as a specialist resource for colleagues within and beyond the cluster.",
       "Encourage critical appraisal and evidence-based practice in the team."]]),
    ("Quality and Safety",
     "Commitment to providing safe care and to continuously improving the quality of clinical services.",
     [["Follow procedures on infection control, drug safety and patient identification.",
       "Report clinical incidents and near misses through the proper channels.",
       "Take part in clinical audits organised by the department.",
       "Recognise the limits of own competence and seek senior advice in good time."],
      ["Review incidents within the team and put in place actions to prevent them from recurring.",
       "Lead clinical audit projects and present the results to the department.",
       "Monitor compliance with safety guidelines within the team."],
      ["Lead quality improvement initiatives at department or cluster level.",
       "Take responsibility for clinical risk management in the specialty.",
       "Foster an open culture in which staff feel safe to raise concerns."]]),
]


def build():
    doc = Document()
    L.style_font(doc.styles["Normal"], "Times New Roman", 11)
    L.clear_core_props(doc, "Appendix I")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.6)
    f = sec.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(f, "PAGE", "1")

    bullet = L.add_numbering(doc, L.bullet_lvl("\uf0b7", left=284, hanging=284, font="Symbol"), "4B7A1E02")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    L.spacing(p, 0, 4)
    L.run(p, "Appendix I", bold=True, size=12)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.spacing(p, 0, 10)
    L.run(p, TITLE, bold=True, size=13)
    p = doc.add_paragraph()
    L.spacing(p, 0, 6)
    r = L.run(p, "FUNCTIONAL COMPETENCY", bold=True, size=12)
    r.underline = True

    t = doc.add_table(rows=1, cols=4)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    L.row_flags(t.rows[0], cant_split=True, header=True)
    for cell, h in zip(t.rows[0].cells, HEADERS):
        cell.text = ""
        cp = cell.paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        L.spacing(cp, 2, 2)
        L.run(cp, h, bold=True, size=11)
        L.shade(cell, "D9D9D9")
        L.cell_valign(cell, "center")
    for i, (name, definition, levels) in enumerate(COMPETENCIES, 1):
        cells = t.add_row().cells
        c0 = cells[0]
        c0.text = ""
        p0 = c0.paragraphs[0]
        L.spacing(p0, 2, 4)
        L.run(p0, f"{i}. {name}", bold=True, size=11)
        p1 = c0.add_paragraph()
        L.spacing(p1, 0, 2)
        L.run(p1, definition, size=11)
        for cell, items in zip(cells[1:], levels):
            cell.text = ""
            first = True
            for it in items:
                bp = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                L.set_num(bp, bullet)
                L.spacing(bp, 2, 2)
                L.run(bp, it, size=11)
    L.fix_widths(t, [2.0, 2.8, 2.8, 2.65])  # inches
    L.docx_to_pdf(doc, DOC)


def gold():
    comps = []
    for name, definition, levels in COMPETENCIES:
        comps.append(L.competency(STEM, name, definition, levels=[
            L.level(STEM, n, HEADERS[n], items) for n, items in enumerate(levels, 1)]))
    return L.write_gold(DOC, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    print(gold())

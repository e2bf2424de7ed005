"""Queensland Health - Panel Member Interview Notes, Form 2 (b) (PDF).

Modelled on the Queensland Health "Form 2 (b)" panel-member interview notes (March 2010, People & Culture),
as reproduced in the stored exhibit copies (fdocuments.net "Queensland Government - Barrett", vdocuments.mx
exhibit WMS.9000.0021.00175): Queensland Government / Queensland Health masthead with "Form 2 (b)", a numbered
interview question followed by the panel's expected-response cues written as short "Safety - ..." /
"Documentation - ..." points, a second page "Panel Member Interview Notes - Tips:" (why notes are taken, the
summary statement, "able to be reviewed"), footer "March 2010 People & Culture Corporate". Laid out here as the
Word form it was printed from: applicant / panel fields, a rating key, then a landscape table whose rows are
the questions, grouped under full-width "Key attribute n:" rows from the role description (No. | Question |
Expected response - key points | Panel member notes | Rating). The role (Clinical Nurse, Offender Health
Services), the key attributes, the questions and cues other than the medication-round scenario are ours, and all
wording is ours. python-docx -> LibreOffice PDF, A4 landscape.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import calib as L

STEM = "qh-panel-member-interview-notes"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Panel Member Interview Notes"
MAROON = RGBColor(0x7B, 0x1E, 0x3A)

ATTRIBUTES = [
    ("Clinical practice",
     "Demonstrated knowledge and skills to deliver safe, evidence-based nursing care to adults in a custodial "
     "setting, including the safe management of medications.",
     [("Describe the steps you take to make sure medications are given safely during a medication round.",
       ["The rights of medication administration (right person, drug, dose, route, time)",
        "Identity checked against the medication chart",
        "Observes the client taking the medication",
        "Documents administration, and any refusal",
        "Reports and documents any error according to policy"]),
      ("You are on a medication round in a prison when a client starts yelling at you. The client is abusive "
       "and is also refusing to take their medication. Explain what your actions would be in this situation.",
       ["Safety \u2013 self",
        "Safety \u2013 environment: medication trolley secured so it cannot be taken",
        "Safety \u2013 other prisoners and custodial officers",
        "Safety \u2013 client: what is the medication and what is the risk of refusal",
        "Team approach \u2013 discuss / notify / document / review",
        "Communication \u2013 de-escalation",
        "Reports to the senior nurse and the medical officer",
        "Informs custodial staff of any safety or security issue",
        "Documentation \u2013 medical record, medication chart, handover"])]),
    ("Communication and interpersonal skills",
     "Well-developed verbal and written communication skills and the ability to build effective working "
     "relationships with clients, custodial staff and the multidisciplinary team.",
     [("Give the panel an example of when you had to explain important clinical information to someone outside "
       "the health team. How did you make sure it was understood?",
       ["Plain language suited to the listener",
        "Confidentiality kept \u2013 shares on a need-to-know basis",
        "Checks understanding",
        "Documents what was communicated and to whom"])]),
    ("Leadership and teamwork",
     "Ability to supervise, support and teach enrolled and registered nurses and to contribute to a positive "
     "team culture.",
     [("Tell the panel about a time you supported a less experienced nurse who was struggling with their "
       "workload.",
       ["Recognises the signs that a colleague is not coping",
        "Gives practical help \u2013 reallocates or reprioritises work",
        "Gives constructive feedback and follows up",
        "Escalates to the Nurse Unit Manager when needed"])]),
    ("Quality and safety",
     "Knowledge of quality improvement and risk management processes, and of the legislation, policies and "
     "standards that apply to nursing practice.",
     [("What are your responsibilities when a clinical incident happens on your shift?",
       ["Immediate safety and care of the client",
        "Reports the incident in the clinical incident management system",
        "Open disclosure",
        "Takes part in the review and shares the learning with the team"])]),
]

TIPS = [
    "Notes are taken so that each panel member can explain to the rest of the panel who they believe is the "
    "successful applicant, and why.",
    "The notes and the panel discussion are used to write the summary statement on each shortlisted applicant "
    "in the selection report.",
    "The summary statement is a joint statement from all panel members. Because a selection process must be "
    "\u201cable to be reviewed\u201d, it must briefly show how the panel assessed the applicant against the key "
    "attributes of the role, and whether the applicant is considered meritorious, suitable or not suitable.",
    "The summary statement must show that all of the information was considered \u2013 the application, the "
    "interview and the referee reports, not the interview alone.",
    "Once the summary statements are finalised, individual panel notes are no longer required. Do not discard "
    "them until you are sure the selection report is complete.",
]


def setup(doc):
    st = doc.styles["Normal"]
    L.style_font(st, "Arial")
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = Cm(1.6)
    sec.bottom_margin = Cm(1.5)
    sec.header_distance = Cm(0.8)
    # masthead
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, 26.5)
    r = hp.add_run("Queensland Government")
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = MAROON
    r = hp.add_run("\tForm 2 (b)")
    r.bold = True
    r.font.size = Pt(11)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Queensland Health")
    r.font.size = Pt(10)
    r.font.color.rgb = MAROON
    L.para_border(hp2, ("bottom",), color="7B1E3A", size=8)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 26.5)
    r = fp.add_run("March 2010\tPeople & Culture Corporate")
    r.font.size = Pt(7.5)


def cell_par(cell, text, bold=False, size=9, first=True, color=None, italic=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(1)
    return p


def build_doc():
    doc = Document()
    setup(doc)
    L.clear_core_props(doc, TITLE)
    bul = L.add_numbering(doc, L.bullet_lvl("\u2022", left=200, hanging=200, font="Arial"), "51484632")

    p = doc.add_paragraph()
    r = p.add_run("Panel Member Interview Notes")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = MAROON

    t = doc.add_table(rows=3, cols=4)
    t.style = doc.styles["Table Grid"]
    fields = [("Role title:", "Clinical Nurse \u2013 Offender Health Services", "Reference no.:", ""),
              ("Applicant name:", "", "Date of interview:", ""),
              ("Panel member:", "", "Signature:", "")]
    for row, vals in zip(t.rows, fields):
        for c, v, b in zip(row.cells, vals, (True, False, True, False)):
            cell_par(c, v, bold=b)
        L.shade(row.cells[0], "EDE3E6")
        L.shade(row.cells[2], "EDE3E6")
    L.fix_widths(t, [1.4, 4.2, 1.4, 3.4])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    r = p.add_run("Rating: ")
    r.bold = True
    p.add_run("1 = not demonstrated   2 = partly demonstrated   3 = demonstrated   4 = well demonstrated   "
              "5 = exceptional")

    t = doc.add_table(rows=1, cols=5)
    t.style = doc.styles["Table Grid"]
    L.row_flags(t.rows[0], cant_split=True, header=True)
    for c, lab in zip(t.rows[0].cells, ("No.", "Question", "Expected response \u2013 key points",
                                          "Panel member notes", "Rating")):
        cell_par(c, lab, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
        L.shade(c, "7B1E3A")
    n = 0
    for k, (name, statement, questions) in enumerate(ATTRIBUTES, 1):
        row = t.add_row()
        L.row_flags(row, cant_split=True)
        m = L.merge_row(t, len(t.rows) - 1)
        pp = m.paragraphs[0]
        rr = pp.add_run(f"Key attribute {k}: {name}")
        rr.bold = True
        rr.font.size = Pt(9)
        rr = pp.add_run(f" \u2013 {statement}")
        rr.font.size = Pt(9)
        L.shade(m, "EDE3E6")
        for q, cues in questions:
            n += 1
            row = t.add_row()
            L.row_flags(row, cant_split=True)
            cell_par(row.cells[0], f"{n}.", bold=True)
            cell_par(row.cells[1], q)
            for i, cue in enumerate(cues):
                cp = cell_par(row.cells[2], cue, first=(i == 0))
                L.set_num(cp, bul)
    L.fix_widths(t, [0.4, 2.8, 3.2, 3.4, 0.6])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("Overall comments: ").bold = True
    p.add_run("_" * 110)
    doc.add_page_break()

    p = doc.add_paragraph()
    r = p.add_run("Panel Member Interview Notes \u2013 Tips:")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = MAROON
    for tip in TIPS:
        pp = doc.add_paragraph(tip)
        L.set_num(pp, bul)
        pp.paragraph_format.space_after = Pt(4)
    return doc


def gold():
    d = STEM
    comps = []
    for name, statement, questions in ATTRIBUTES:
        comps.append(L.competency(
            d, name, statement,
            indicators=[L.item(d, c) for _, cues in questions for c in cues],
            interview_questions=[L.item(d, q) for q, _ in questions]))
    return comps


def main():
    L.docx_to_pdf(build_doc(), OUT)
    L.write_gold(OUT, "pdf", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

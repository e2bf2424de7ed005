"""AAVMC (American Association of Veterinary Medical Colleges) - CBVE 2.0 Model, "CBVE Milestones", excerpt:
milestone tables for two Communication competencies and one Collaboration competency.
python-docx -> LibreOffice PDF, US Letter landscape."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches, RGBColor

import bilib as L

STEM = "aavmc-cbve-milestones-communication-collaboration"
MAROON = RGBColor(0x7A, 0x1F, 0x2B)
LEVELS = ["Pre-Novice 1", "Pre-Novice 2", "Novice", "Advanced Beginner", "Competent", "Proficient"]

COMPS = [
    ("Domain 5", "Communication", "5.1",
     "Communicates with clients and the public in a way that builds trust and supports shared decision-making",
     ["Describes the parts of a structured veterinary consultation and explains why rapport with the client "
      "matters.",
      "In simulated consultations, takes a history using open and closed questions and summarizes the "
      "information back to the client.",
      "With direct supervision, carries out parts of a consultation with real clients; may overlook the "
      "client\u2019s concerns or fall back on technical language.",
      "Conducts routine consultations with indirect supervision, checks the client\u2019s understanding and "
      "begins to adapt explanations to the client\u2019s knowledge and circumstances.",
      "Independently manages routine client communication, including discussion of options and costs, and "
      "recognizes when a conversation needs to be escalated or supported.",
      "Handles complex and emotionally charged conversations, such as end-of-life decisions or disagreement "
      "about care, with skill and sensitivity."]),
    ("Domain 5", "Communication", "5.2",
     "Communicates with the veterinary team and other professionals, orally and in writing",
     ["Identifies the information that belongs in a medical record and in a case handover.",
      "Writes a structured medical record entry and presents a simulated case to peers in a logical order.",
      "Presents cases and completes records with prompting; entries may be incomplete or poorly "
      "prioritized.",
      "Presents cases concisely, completes medical records on time and gives colleagues a clear handover "
      "with little prompting.",
      "Consistently produces accurate, complete and timely records, referral letters and handovers that "
      "allow others to continue care safely.",
      "Tailors written and spoken communication to different professional audiences and helps others to "
      "improve their communication."]),
    ("Domain 6", "Collaboration", "6.1",
     "Works as a member of a multidisciplinary team, respecting the roles and contributions of others",
     ["Describes the roles and responsibilities of the members of the veterinary team.",
      "Contributes to group tasks in simulated settings and responds constructively to feedback from peers.",
      "Completes assigned tasks within the clinical team but may not anticipate what other team members "
      "need.",
      "Works cooperatively with technicians, clinicians and support staff, asks for help when appropriate "
      "and accepts feedback.",
      "Coordinates own work with that of the team, shares responsibility for patient care and contributes to "
      "a respectful working climate.",
      "Takes a leading role in organizing team activities and in resolving conflict within the team."]),
]


def p_(container, text="", size=9.5, bold=False, color=None, after=5, italic=False):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        if color is not None:
            r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(after)
    return p


def milestone_table(doc, dom, dname, num, name, cells):
    # competency heading: domain band, then number + statement
    band = doc.add_table(rows=1, cols=1)
    L.no_borders(band)
    c = band.rows[0].cells[0]
    L.shade(c, "7A1F2B")
    c.text = ""
    r = c.paragraphs[0].add_run(f"{dom.upper()}: {dname.upper()}")
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    L.fix_widths(band, [9.4])
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(6)
    r = p.add_run(f"Competency {num}  ")
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = MAROON
    r = p.add_run(name)
    r.bold = True
    r.font.size = Pt(11)
    t = doc.add_table(rows=2, cols=6)
    L.table_borders(t, color="B8A0A4", sz=6)
    L.cell_margins(t, 70, 70, 90, 90)
    L.row_flags(t.rows[0], cant_split=True, header=True)
    L.row_flags(t.rows[1], cant_split=True)
    for cell, lab in zip(t.rows[0].cells, LEVELS):
        L.shade(cell, "F2E6E8")
        cell.text = ""
        cp = cell.paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = cp.add_run(lab)
        r.bold = True
        r.font.size = Pt(9.5)
        r.font.color.rgb = MAROON
    for cell, text in zip(t.rows[1].cells, cells):
        cell.text = ""
        r = cell.paragraphs[0].add_run(text)
        r.font.size = Pt(9)
    L.fix_widths(t, [9.4 / 6] * 6)
    p_(doc, "", after=8)


def build():
    doc = Document()
    L.clear_core_props(doc, "CBVE Milestones")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, 9.4)
    r = hp.add_run("AAVMC  |  Competency-Based Veterinary Education\tCBVE 2.0 Model \u2013 Milestones")
    r.font.size = Pt(8)
    r.font.color.rgb = MAROON
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 9.4)
    r = fp.add_run("\u00a9 2024 American Association of Veterinary Medical Colleges. All rights reserved.\t")
    r.font.size = Pt(7.5)
    L.add_field(fp, "PAGE", "1")
    for run in fp.runs[1:]:
        run.font.size = Pt(7.5)

    # ---------------------------------------------------------- intro page
    p_(doc, "CBVE Milestones", size=22, bold=True, color=MAROON, after=8)
    p_(doc, "A milestone is an observable marker of a learner\u2019s ability at a point along a developmental "
            "continuum. The CBVE Milestones describe, for each competency of the CBVE Competency Framework, "
            "the performance expected at successive stages of a veterinary program, so that learners, "
            "educators and programs can follow progress towards independent practice.", after=6)
    p_(doc, "How to read the milestone tables", size=12, bold=True, color=MAROON, after=4)
    p_(doc, "Each competency is shown with six milestone levels, read from left to right:", after=4)
    key = doc.add_table(rows=4, cols=2)
    L.table_borders(key, color="B8A0A4")
    L.cell_margins(key)
    rows = [("Pre-Novice 1 and Pre-Novice 2",
             "Milestones for the pre-clinical curriculum, where learners build competence in controlled and "
             "simulated settings."),
            ("Novice", "The minimum expected on entry into the authentic clinical workplace. Learners who have "
                       "not reached it may need remediation before clinical training."),
            ("Advanced Beginner", "The development expected during clinical training, showing that the "
                                  "learner is on track for graduation."),
            ("Competent and Proficient", "Competent is the expectation at graduation. Proficient is a roadmap "
                                         "for continued development in the early years of practice.")]
    for row, (a, b) in zip(key.rows, rows):
        row.cells[0].text = ""
        rr = row.cells[0].paragraphs[0].add_run(a)
        rr.bold = True
        L.shade(row.cells[0], "F2E6E8")
        row.cells[1].text = b
    L.fix_widths(key, [2.4, 7.0])
    p_(doc, "", after=4)
    p_(doc, "Milestones are not a grading scale for a single encounter. A learner may perform at different "
            "levels in different contexts, and judgements should draw on several observations over time.",
       italic=True, after=4)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for i, c in enumerate(COMPS):
        milestone_table(doc, *c)
        if i == 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    out_docx = L.BI / "build" / f"{STEM}.docx"
    doc.save(out_docx)
    pdf = L.DOCS / f"{STEM}.pdf"
    L.docx_to_pdf(out_docx, pdf)
    out_docx.unlink()
    return pdf


def gold(pdf):
    comps = []
    for _dom, _dname, _num, name, cells in COMPS:
        comps.append(L.competency(STEM, name, None, levels=[
            L.level(i, lab, [L.item(STEM, text)]) for i, (lab, text) in enumerate(zip(LEVELS, cells), 1)]))
    L.write_gold(pdf, "pdf", "CBVE Milestones", comps)


if __name__ == "__main__":
    gold(build())

"""Brown University, University Human Resources: "Candidate Interview Guide" (Word document).

python-docx: header/footer with PAGE/NUMPAGES fields, a candidate-details table, Heading 1/2 styles,
competency definitions in italics, questions as a real Word decimal list (w:numPr, one list per
competency, restarting at 1) with follow-up probes as level-2 "o" bullets of the same list, "Notes:"
lines, and a closing rating table that repeats the competency names."""
from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Inches

import helpers as H

FILE = "brown-candidate-interview-guide.docx"

OPENING = "Tell me about your past work experience, and what made you decide to apply for this position?"

COMPETENCIES = [
    ("Accountability",
     "Takes ownership of commitments, decisions and results, and acts in line with Brown\u2019s policies and standards.",
     [("Describe a time when you made a mistake at work. How did you handle it?",
       ["What did you do to put it right?", "What did you learn from the experience?"]),
      ("Give an example of a goal you set for yourself and explain how you made sure you met it.", []),
      ("Tell me about a time when you had to follow a policy you did not agree with.",
       ["How did you explain the policy to others?"])]),
    ("Communication",
     "Shares information clearly and respectfully, listens to others and adapts the message to the audience.",
     [("Tell me about a time when you had to explain something complex to someone who was unfamiliar with the subject.",
       ["How did you check that they had understood?"]),
      ("Describe a situation in which your written communication made a difference to the outcome.", []),
      ("Give an example of a time you had to deliver unwelcome news to a colleague or customer. What approach did you take?", [])]),
    ("Collaboration",
     "Works effectively with colleagues across departments and with Brown\u2019s diverse constituencies to achieve shared goals.",
     [("Describe a project where you worked with people from other departments. What was your role?",
       ["What obstacles did the group face?", "How did you help to overcome them?"]),
      ("Tell me about a time you disagreed with a team member. How did you resolve it?", [])]),
    ("Problem Solving",
     "Identifies problems, gathers and analyzes relevant information and develops practical solutions.",
     [("Walk me through a difficult problem you solved at work. What steps did you take?", []),
      ("Tell me about a time when you had to make a decision without all the information you would have liked.",
       ["What did you do to reduce the risk?"])]),
]


def build(docs_dir):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for s in ("Heading 1", "Heading 2"):
        d.styles[s].font.color.rgb = RGBColor(0x4E, 0x36, 0x29)  # Brown brand brown
        d.styles[s].font.name = "Calibri"
    d.styles["Heading 1"].font.size = Pt(14)
    d.styles["Heading 2"].font.size = Pt(12)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.9)

    hp = sec.header.paragraphs[0]
    r = hp.add_run("Brown University")
    r.bold = True
    hp.add_run("\tUniversity Human Resources")
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), alignment=2)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Candidate Interview Guide \u2013 rev. 08/2023\tPage ")
    H.add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    H.add_field(fp, "NUMPAGES", "3")
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), alignment=2)
    for run in fp.runs:
        run.font.size = Pt(9)

    d.add_paragraph("Candidate Interview Guide", style="Title")
    sub = d.add_paragraph("Staff positions \u2013 competency-based interview")
    sub.runs[0].italic = True

    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    labels = [("Candidate:", "Position:"), ("Interviewer(s):", "Date:")]
    for i, (a, b) in enumerate(labels):
        t.cell(i, 0).text = a
        t.cell(i, 2).text = b
        for j in (0, 2):
            t.cell(i, j).paragraphs[0].runs[0].bold = True
            H.shade(t.cell(i, j), "EDE7E1")
    H.fix_widths(t, [1.4, 2.0, 0.9, 2.2])

    d.add_heading("Preparing for the interview", level=1)
    d.add_paragraph(
        "Before the interview, identify the competencies that are most critical to success in the position, "
        "then choose a few questions for each of them. It is not necessary to ask every sample question. "
        "Ask every candidate the same set of questions, and record the specific examples each candidate gives.")
    d.add_heading("Opening question", level=1)
    d.add_paragraph("Open with an introductory question that sets the stage for a positive exchange of information:")
    p = d.add_paragraph()
    p.add_run(OPENING).italic = True
    p.paragraph_format.left_indent = Inches(0.4)

    d.add_heading("Sample questions by competency", level=1)
    for k, (name, definition, questions) in enumerate(COMPETENCIES):
        d.add_heading(name, level=2)
        dp = d.add_paragraph()
        dp.add_run(definition).italic = True
        num = H.add_numbering(
            d,
            H.lvl(0, "decimal", "%1.", 360, 360) + H.lvl(1, "bullet", "o", 1080, 360, font="Courier New"),
            nsid=f"B70{k:05d}")
        for q, probes in questions:
            qp = d.add_paragraph(q, style="List Paragraph")
            H.set_num(qp, num, 0)
            qp.paragraph_format.space_after = Pt(2)
            for pr in probes:
                pp = d.add_paragraph(pr, style="List Paragraph")
                H.set_num(pp, num, 1)
                pp.paragraph_format.space_after = Pt(2)
        notes = d.add_paragraph("Notes: " + "_" * 70)
        notes.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        notes.paragraph_format.space_before = Pt(6)

    d.add_heading("Closing the interview", level=1)
    d.add_paragraph(
        "Ask the candidate whether they have any questions about the position or about Brown. "
        "Explain the next steps in the process and the expected timeline, and thank the candidate for their time.")
    d.add_heading("Overall assessment", level=1)
    rt = d.add_table(rows=1 + len(COMPETENCIES), cols=4)
    rt.style = "Table Grid"
    for j, h in enumerate(["Competency", "Exceeds", "Meets", "Does not meet"]):
        rt.cell(0, j).text = h
        rt.cell(0, j).paragraphs[0].runs[0].bold = True
        H.shade(rt.cell(0, j), "EDE7E1")
    for i, (name, _, _) in enumerate(COMPETENCIES, start=1):
        rt.cell(i, 0).text = name
        for j in (1, 2, 3):
            rt.cell(i, j).text = "\u2610"
            rt.cell(i, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.fix_widths(rt, [2.6, 1.3, 1.3, 1.3])
    d.add_paragraph()
    d.add_paragraph("Interviewer signature: ____________________________    Date: ______________")

    H.clear_core_props(d, title="Candidate Interview Guide", author="University Human Resources")
    out = docs_dir / FILE
    d.save(out)
    return out

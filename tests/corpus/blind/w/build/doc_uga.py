"""University of Georgia, Human Resources: "Sample Competency-Based Behavioral Interview Questions" (DOCX).

python-docx: Heading 1 title, intro paragraphs, then a two-column Word table "Core Competency | Sample
Questions" (header row repeated): the first cell holds the competency name (bold) and, one per paragraph,
its focus areas; the second cell holds the questions as Word-numbered bullets (w:numPr).  A second, smaller
table for the supervisory competencies.  Footer with the unit name and a PAGE field.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, RGBColor

import wcommon as C

STEM = "uga-competency-based-interview-questions"
FILE = STEM + ".docx"
TITLE = "Sample Competency-Based Behavioral Interview Questions"

CORE = [
    ("Acts with Integrity", ["Trust & Respect", "Utilization of University Resources", "Work Ethic"], [
        "Describe a time when you spotted a problem and took the initiative to fix it instead of waiting for "
        "someone else to deal with it.",
        "Tell me about a time when you offered to take responsibility for a project or activity. What was the "
        "outcome?",
        "How would you define professionalism?",
        "Tell me about a time when you were honest even though honesty had a possible downside.",
        "Describe a time when you had to build trust among colleagues, staff or other stakeholders.",
        "What does being a good steward of resources mean to you?",
    ]),
    ("Communicates Effectively", ["Active Listening", "Conflict Management", "Verbal/Written Communication"], [
        "Describe a time when you had to change your communication style to suit your audience. What did you "
        "change, and how did it work?",
        "Tell me about a disagreement with a co-worker that you helped to resolve. What steps did you take?",
        "Give an example of a complicated message you had to explain in writing. How did you make sure it was "
        "understood?",
        "Tell me about a time you realized you had misunderstood someone. How did you find out, and what did "
        "you do?",
        "How do you keep the people you work with informed about the status of your work?",
    ]),
    ("Embraces Learning", ["Self-Development", "Adaptability", "Knowledge Sharing"], [
        "Tell me about a new skill you taught yourself for your job. Why did you choose it?",
        "Describe a time when your responsibilities changed suddenly. How did you adjust?",
        "Give an example of feedback that changed the way you work.",
        "Tell me about a time you passed on what you knew to a new colleague.",
    ]),
    ("Makes Sound Decisions", ["Problem Solving", "Judgment", "Accountability"], [
        "Walk me through a difficult decision you made with incomplete information. What did you consider?",
        "Tell me about a decision you made that turned out to be wrong. What did you do next?",
        "Describe a time when you had to decide whether to escalate a problem or solve it yourself.",
        "How do you decide which of several urgent tasks to do first? Give a recent example.",
    ]),
]
SUPERVISORY = [
    ("Supervises Others", ["Coaching & Feedback", "Performance Management", "Team Building"], [
        "Tell me about a time you helped a struggling employee improve. What was your approach?",
        "Describe how you set expectations with a new team member.",
        "Give an example of a difficult performance conversation you led. How did you prepare, and how did it "
        "end?",
    ]),
    ("Drives Innovation", ["Creativity", "Continuous Improvement", "Change Leadership"], [
        "Describe an idea of yours that changed the way your unit works. How did you get support for it?",
        "Tell me about a time you led your team through a change they did not welcome.",
        "How do you encourage staff to suggest improvements? Give an example.",
    ]),
]


def table(d, rows, head, bullet_abs):
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, txt in zip(t.rows[0].cells, head):
        cell.paragraphs[0].add_run(txt).bold = True
        C.shade(cell, "BA0C2F")
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    C.mark_header_row(t.rows[0])
    for name, areas, questions in rows:
        row = t.add_row()
        c0, c1 = row.cells
        c0.paragraphs[0].add_run(name).bold = True
        for a in areas:
            p = c0.add_paragraph(a)
            p.paragraph_format.left_indent = Pt(8)
            p.paragraph_format.space_after = Pt(0)
        n = C.add_num(d, bullet_abs)
        first = True
        for q in questions:
            p = c1.paragraphs[0] if first else c1.add_paragraph()
            if first:
                p.add_run(q)
            else:
                p.text = q
            first = False
            p.paragraph_format.space_after = Pt(2)
            C.set_num(p, n)
    C.fix_widths(t, [1.9, 4.6])
    return t


def render():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    C.clear_core_props(d, TITLE)
    fp = d.sections[0].footer.paragraphs[0]
    fp.add_run("UGA Human Resources \u2013 Talent Acquisition\t\t")
    C.add_field(fp, "PAGE", "1")
    bullet_abs = C.add_abstract(d, C.BULLET_LVL.format(left=360, hang=270), "4B6C8D01")

    d.add_heading(TITLE, level=1)
    d.add_paragraph(
        "Competencies are the knowledge, skills, abilities and other characteristics (KSAOs) that contribute to "
        "an individual's success in the organization; they focus on how work gets done. Competencies help drive "
        "individual and organizational performance. UGA's core competencies apply to all staff employees: "
        "Integrity, Communication, Learning, Decision Making and Service. These core competencies have been "
        "identified as critical for staff at every level to demonstrate consistently. Two further competencies, "
        "Supervision and Innovation, have been identified as critical for staff in supervisory and/or "
        "organizational leadership roles.")
    d.add_paragraph(
        "Combine competency-based questions with questions about the specific job functions and skills so that "
        "the interview is as complete as possible for both the candidate and the committee or hiring authority. "
        "It is considered a best practice to ask at least one question related to diversity, equity, inclusion "
        "and belonging in each interview round. See the Interviewer Inquiry Guide for guidance on permissible "
        "and impermissible inquiries.")
    table(d, CORE, ["Core Competency", "Sample Questions"], bullet_abs)
    d.add_paragraph()
    d.add_heading("Supervisory and Leadership Competencies", level=2)
    table(d, SUPERVISORY, ["Supervisory Competency", "Sample Questions"], bullet_abs)
    p = d.add_paragraph()
    p.add_run("Questions? Contact your HR Partner or the Talent Acquisition team.").italic = True
    d.save(C.DOCS / FILE)


def gold():
    comps = []
    for name, areas, questions in CORE + SUPERVISORY:
        comps.append(C.competency(name, STEM, definition=None, key_words=list(areas),
                                  interview_questions=[C.item(STEM, q) for q in questions]))
    C.write_gold(STEM, FILE, "docx", TITLE, comps)


def build():
    render()
    gold()


if __name__ == "__main__":
    build()

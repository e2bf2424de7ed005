"""University of Delaware Interview Guide (DOCX, python-docx).

Contents with dot leaders, guidance sections (front matter; a table of lawful/unlawful questions that are NOT
competency questions), then "Sample Interview Questions" grouped under competency headings, each a Word
decimal list restarting at 1. No definitions.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Inches, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bflib as L  # noqa: E402

STEM = "udel-interview-guide"
DOC = L.DOCS / f"{STEM}.docx"

CONTENTS = [
    ("Purpose of the Interview", 2), ("Types of Interviews", 2), ("Preparing for the Interview", 3),
    ("Conducting the Interview", 4), ("Interview Questions to Avoid", 5), ("Concluding the Interview", 7),
    ("Sample Justifications for Selection Decisions", 8), ("Sample Interview Questions", 10),
]

AVOID = [
    ("Age", "Are you 18 years of age or older?", "How old are you? When did you graduate from high school?"),
    ("Citizenship", "Are you legally authorized to work in the United States?", "What country are you a citizen of?"),
    ("Family status", "Are you able to work the schedule this position requires?", "Do you have children? Who looks after them while you work?"),
    ("Disability", "Can you perform the essential functions of this job, with or without reasonable accommodation?",
     "Do you have any disabilities or health conditions?"),
]

QUESTIONS = [
    ("Adaptability/Flexibility", [
        "Tell us about a time when your priorities changed at short notice. How did you adjust your work?",
        "Describe a situation in which you had to learn a new system or procedure quickly.",
        "Give an example of a time you had to work closely with someone whose working style was very different from yours. How did you make it work?",
        "Tell us about a change in your workplace that you disagreed with. How did you handle it?",
    ]),
    ("Communication Skills", [
        "Describe a time when you had to explain a complicated policy or process to someone who was unfamiliar with it. How did you make sure they understood?",
        "Tell us about a report or other written document you produced that you are proud of. Who was it written for?",
        "Give an example of a time when you had to deliver bad news. What approach did you take?",
        "Describe a misunderstanding that arose because of poor communication. What did you do to resolve it?",
    ]),
    ("Customer Service", [
        "Tell us about a time you went out of your way to help a student, parent or campus visitor.",
        "Describe the most difficult customer you have dealt with. What did you do, and what was the outcome?",
        "When several people need your help at the same time, how do you decide whom to help first?",
        "Give an example of a time you had to say no to a customer. How did you handle the conversation?",
    ]),
    ("Decision Making/Problem Solving", [
        "Describe a problem at work that you solved on your own initiative. What steps did you take?",
        "Tell us about a decision you had to make without all the information you wanted. What was the result?",
        "Give an example of a time when you found the cause of a problem that kept coming back.",
    ]),
    ("Teamwork/Cooperation", [
        "Describe a successful project you worked on as part of a team. What was your role?",
        "Tell us about a time you disagreed with a co-worker about how to get something done. How was it resolved?",
        "Give an example of how you have helped a colleague who was struggling with their workload.",
    ]),
    ("Supervisory/Leadership Skills", [
        "Tell us about a time you had to address an employee\u2019s performance problem. What steps did you take, and what happened?",
        "How have you kept a team motivated during a period of heavy workload or low morale?",
        "Describe how you delegate work. Give us a recent example.",
        "Tell us about a time you had to carry out a decision you did not agree with. How did you present it to your staff?",
    ]),
]


def render():
    d = Document()
    L.clear_core_props(d, "University of Delaware Interview Guide")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name, size in (("Heading 1", 16), ("Heading 2", 13)):
        d.styles[name].font.name = "Calibri"
        d.styles[name].font.size = Pt(size)
        d.styles[name].font.color.rgb = RGBColor(0x00, 0x53, 0x9F)

    # footer: title + page number
    fp = sec.footer.paragraphs[0]
    fp.text = "University of Delaware Interview Guide \u2013 Page "
    L.add_field(fp, "PAGE")
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    t = d.add_paragraph()
    r = t.add_run("University of Delaware Interview Guide")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x00, 0x53, 0x9F)
    d.add_paragraph("Office of Equity & Inclusion and Human Resources")
    d.add_paragraph()
    for title, page in CONTENTS:
        p = d.add_paragraph(f"{title}\tPage {page}")
        L.tab_leader_stop(p, 9000)

    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Purpose of the Interview", level=1)
    d.add_paragraph(
        "The interview is a key step in hiring the best-qualified candidate for an opening. The application, "
        "resume or CV and cover letter give a first impression; the interview lets the search committee look in "
        "detail at each candidate\u2019s experience and background. It should give a realistic picture of the "
        "position, present the department and the University in a positive light, follow a fair process and "
        "produce records that can support the hiring decision if it is ever questioned.")
    d.add_heading("Conducting the Interview", level=1)
    bullets = L.add_num(d, L.add_abstract(d, L.bullet_lvl(), "0BF0BF11"))
    for b in ["Welcome the candidate, introduce the committee and explain the format of the interview.",
              "Ask every candidate the same core questions, in the same order.",
              "Take notes on what the candidate says, not on impressions of the candidate.",
              "Leave time at the end for the candidate\u2019s own questions."]:
        p = d.add_paragraph(b)
        L.set_num(p, bullets)
    d.add_heading("Interview Questions to Avoid", level=1)
    d.add_paragraph("Questions must be related to the job. The table below gives examples of acceptable and "
                    "unacceptable ways to ask about some common subjects.")
    tbl = d.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for cell, txt in zip(tbl.rows[0].cells, ["Subject", "Acceptable", "Unacceptable"]):
        cell.text = ""
        cell.paragraphs[0].add_run(txt).bold = True
        L.shade(cell, "D9E2F3")
    for row in AVOID:
        cells = tbl.add_row().cells
        for cell, txt in zip(cells, row):
            cell.text = txt
    L.fix_widths(tbl, [1.3, 2.6, 2.6])

    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Sample Interview Questions", level=1)
    d.add_paragraph("The questions below are grouped by competency. Choose the competencies that matter most for "
                    "the position and ask every candidate the same questions. Follow-up questions may vary with "
                    "the answers given.")
    dec = L.add_abstract(d, L.decimal_lvl(), "0BF0BF12")
    for comp, qs in QUESTIONS:
        d.add_heading(comp, level=2)
        nid = L.add_num(d, dec, restart=True)
        for q in qs:
            p = d.add_paragraph(q)
            L.set_num(p, nid)
    d.save(DOC)


def gold():
    comps = [L.competency(name, STEM, None, interview_questions=L.items(qs, STEM)) for name, qs in QUESTIONS]
    return L.write_gold(DOC, "docx", "University of Delaware Interview Guide", comps)


if __name__ == "__main__":
    render()
    print(gold())

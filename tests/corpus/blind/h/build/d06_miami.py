"""Miami University Regionals, Career Services: Competency-based Interview Questions handout: DOCX.

Bold competency headings in the Normal style (not Word headings); every question is a paragraph that starts
with a typed bullet and a tab ("\u2022\\t"), hanging indent, no Word numbering; some bullets hold two questions.
"""
import docx
from docx.shared import Pt, Inches, RGBColor

import helpers as H

STEM = "miamioh-competency-based-interview-questions"
TITLE = "Competency-based Interview Questions"

SECTIONS = [
    ("Problem Solving / Analysis", [
        "Tell me about a problem you solved that the people around you had not been able to solve.",
        "What is the hardest problem you have ever solved? Walk me through the steps you took.",
        "Do colleagues come to you for help with problems? Why do you think that is?",
        "How do you approach a problem that at first seems impossible to solve?",
        "What do you do when an obstacle threatens an important project? Give me an example.",
        "How do you weigh up different options to decide which one is best?",
    ]),
    ("Communication Skills", [
        "Give an example of how you thought about your audience before communicating with them. What shaped your "
        "approach?",
        "When do you prefer to communicate in writing, and when face to face?",
        "Describe a time you used your communication skills to calm down an upset person.",
        "Tell me about a time when listening carefully helped you resolve a difficult situation.",
        "What do you do when you feel someone is not listening to you?",
        "Have you ever presented to a group? How did you prepare, and what would you change next time?",
    ]),
    ("Teamwork", [
        "Conflict often arises when people work in groups. Describe a conflict in one of your groups and what you "
        "did about it.",
        "What role do you usually take in a group, and why?",
        "Tell me about the most valuable contribution you have made to a project team.",
        "Describe a time you helped someone finish a task even though it was not your responsibility. What "
        "happened?",
        "Have you ever had to lead a group of your peers? What problems came up and how did you deal with them?",
    ]),
]


def build():
    d = docx.Document()
    H.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("MIAMI UNIVERSITY REGIONALS  |  CAREER SERVICES")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor.from_string("B61E2E")
    fp = sec.footer.paragraphs[0]
    fp.add_run("Hamilton \u2022 Middletown \u2022 West Chester  |  Updated August 2023").font.size = Pt(8)

    p = d.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph(
        "Employers use competency-based (behavioral) questions to learn how you have handled real situations in "
        "the past. Prepare a few specific examples from work, class, athletics or student organizations, and use "
        "the STAR method to answer: describe the Situation, the Task, the Action you took and the Result.")
    for heading, questions in SECTIONS:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        r = p.add_run(heading)
        r.bold = True
        r.font.size = Pt(12)
        for q in questions:
            p = d.add_paragraph("\u2022\t" + q)
            pf = p.paragraph_format
            pf.left_indent = Inches(0.5)
            pf.first_line_indent = Inches(-0.25)
            pf.tab_stops.add_tab_stop(Inches(0.5))
    out = H.DOCS / f"{STEM}.docx"
    d.save(out)
    comps = [H.competency(STEM, h, interview_questions=H.items(STEM, qs)) for h, qs in SECTIONS]
    H.write_gold(out, "docx", TITLE, comps)


if __name__ == "__main__":
    build()

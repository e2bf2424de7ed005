"""cpl-competency-based-interview-questions.txt: Cpl (Cpl Resources plc, Irish recruitment and workforce
solutions company), Cpl Insights > Interview skills article "Competency Based Interview Questions".

Plain-text save of the web page (browser "Save as text"): site lines at the top, unwrapped paragraphs,
"Interview questions assessing <Competency>" headings, a definition paragraph and a purpose paragraph,
"Example Questions:", questions "Q 1." / "Q2." (spacing as inconsistent as on the page) followed by "•"
probes, one probe cut off mid-sentence as on the page, one question with no probes; share/related links
and a cookie line at the end."""
import helpers as H

STEM = "cpl-competency-based-interview-questions"
DOC = H.DOCS / f"{STEM}.txt"
TITLE = "Competency Based Interview Questions"

COMPS = [
    ("Adaptability",
     "Adaptability is the ability to adjust to changing situations.",
     "These questions give the interviewer an insight into how well you think on your feet and whether you "
     "can keep up with the changing needs of the company.",
     [("Tell me about a time when it was especially important for you to adapt your behaviour to suit the "
       "situation.",
       ["What was effective about the way you adapted your",
        "What did you learn from adapting your behaviour?",
        "How did you take account of any differences in culture or religion among the people involved?"]),
      ("Give me an example of a time when you had to accept a change that came from higher up in the "
       "organisation:",
       ["How did you feel about having to adapt to it?",
        "What did you do to make sure the change worked?",
        "How successful do you think the change was?"]),
      ("Describe a time when you had to deal with an ambiguous situation at work:",
       ["What did you find hard to deal with about it?",
        "How did it affect your performance?",
        "What would you do differently in future?"])]),
    ("Communication",
     "Communication is the passing of information from one person to another.",
     "Companies need employees who communicate well in order to be productive and run effectively, so in a "
     "competency based interview the interviewer will try to establish how well you get your message "
     "across, both in writing and in person.",
     [("Tell me about a time when you had to explain something complicated to someone who knew little about "
       "the subject.",
       ["How did you check that they had understood?",
        "What would you do differently next time?"]),
      ("Describe a situation where you had to persuade someone to see things your way.",
       ["What approach did you take?",
        "What was the outcome?"]),
      ("Give me an example of a piece of writing you produced that you are proud of.",
       ["Who was it written for?",
        "How did you adapt your style to the reader?"])]),
    ("Decision Making",
     "Decision making is the ability to choose between options in good time, using sound judgement.",
     "The interviewer wants to see how you gather information, weigh up the options and take responsibility "
     "for the result.",
     [("Tell me about a difficult decision you made in the last year.",
       ["What options did you consider?",
        "Who else did you involve?",
        "Looking back, was it the right decision?"]),
      ("Describe a time when you had to make a decision without all the information you needed.",
       ["How did you manage the risk?",
        "What happened in the end?"]),
      ("Give an example of a decision you made that was unpopular with your colleagues.", [])]),
    ("Leadership",
     "Leadership is the ability to guide and motivate others towards a shared goal.",
     "Even for roles with no direct reports, employers look for people who can take the lead, set a direction "
     "and bring others with them.",
     [("Tell me about a time you led a team through a difficult period.",
       ["How did you keep the team motivated?",
        "What was the result?"]),
      ("Describe a time when you had to give someone feedback on poor performance.",
       ["How did they react?",
        "What happened afterwards?"]),
      ("Give me an example of when you delegated a task successfully.",
       ["How did you decide who to give it to?",
        "How did you follow up?"])]),
    ("Teamwork",
     "Teamwork is working well with others to achieve a common objective.",
     "Interviewers use these questions to find out what role you usually play in a team and how you handle "
     "disagreement.",
     [("Tell me about a time you worked as part of a team to meet a tight deadline.",
       ["What was your role?",
        "How did the team divide up the work?"]),
      ("Describe a situation where there was conflict within your team.",
       ["What did you do to help resolve it?",
        "What did you learn from it?"]),
      ("Give an example of when you helped a colleague who was struggling.",
       ["Why did you decide to step in?"])]),
]

TOP = """Skip to content
Cpl | Jobs, Recruitment & Workforce Solutions
Find a job  |  Hire talent  |  Cpl Insights  |  About us  |  Contact
Cpl Insights > Interview Skills

Competency Based Interview Questions

Interview Skills  |  5 min read

Nobody can predict exactly what an interviewer will ask, but some standard interview questions come up again and again. A competency based interview lets the interviewer see how you would behave in particular situations at work, and it is the interview type most employers now prefer.

When you prepare for a competency based interview, think about past experiences that relate to your potential new job. Here is a selection of competency based interview questions to prepare for your interview:

"""

BOTTOM = """Share this article:  LinkedIn  |  Twitter  |  Facebook  |  Email

Related insights
How to prepare for a video interview
Questions to ask at the end of an interview

Looking for your next role? Search thousands of jobs at cpl.com

We use cookies to give you the best experience on our website. Accept | Manage cookies
"""


def qlabel(i):
    return f"Q {i}." if i == 1 else f"Q{i}."


def render():
    out = [TOP]
    for name, definition, purpose, qs in COMPS:
        out.append(f"Interview questions assessing {name}\n\n{definition}\n\n{purpose}\n\nExample Questions:\n")
        for i, (q, probes) in enumerate(qs, 1):
            out.append(f"{qlabel(i)} {q}\n")
            for p in probes:
                out.append(f"\u2022 {p}\n")
        out.append("\n")
    out.append(BOTTOM)
    DOC.write_text("".join(out), encoding="utf-8")


def gold():
    comps = []
    for name, definition, purpose, qs in COMPS:
        comps.append(H.competency(
            STEM, name, definition,
            interview_questions=[H.item(STEM, " ".join([q] + probes)) for q, probes in qs],
            notes=[H.item(STEM, purpose)]))
    H.write_gold(DOC, "txt", TITLE, comps)


def build():
    render()
    gold()
    return DOC


if __name__ == "__main__":
    print(build())

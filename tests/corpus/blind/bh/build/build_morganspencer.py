"""Morgan Spencer (UK recruitment agency) - "Competence Based Interviewing - Sample Questions": text export."""
import textwrap

import bhlib as L

STEM = "morganspencer-competency-interview-questions"
DOC = STEM

SECTIONS = [
    ("Communication", [
        "Give me an example of an important letter or email you have written to a client. How did you make "
        "sure it was clear to the reader? What feedback did you get?",
        "Have you ever had to explain something really difficult over the telephone? What made it so "
        "difficult? What would you do differently next time?",
        "Describe a talk or presentation you have given recently. How did you prepare? Who was in the "
        "audience, and how did they react?",
        "Tell me about a time you had to get a complicated idea across to another person or team. How did you "
        "go about it, and how did you check that they had understood?",
        "What methods of communication have you used in your work so far?",
        "How do you make sure that your communication is effective?",
        "How would you persuade colleagues that an established procedure would work better with a small "
        "change?",
        "How would you deal with a client who asked for a very large discount?",
    ]),
    ("Influencing", [
        "Tell me about a time when you had to win a colleague round to your point of view. Which positive "
        "messages and benefits did you put forward, and why?",
        "Think of a time when you had to argue a case. How did you present the less obvious arguments as well "
        "as the obvious ones? Which arguments won the case, and why?",
        "Describe a time when you had to develop an important strategy or start a new project. Who did you "
        "involve? What indirect ways of influencing did you use to make it succeed?",
        "Tell me about the kinds of influencing and negotiating situations you have been involved in. How did "
        "you approach them, and what did you learn?",
    ]),
    ("Planning", [
        "How do you prioritise your own work?",
        "How do you decide what to do first when several people want things from you at the same time?",
        "Tell me about a project you planned. What steps did you take, and how did you keep it on track?",
        "Describe a time when your plans had to change at short notice. What did you do?",
        "How do you make sure that you meet your deadlines?",
    ]),
    ("Teamwork", [
        "Tell me about a time you worked as part of a team to achieve a difficult goal. What was your role?",
        "Describe a situation where a team member was not pulling their weight. How did you handle it?",
        "Give me an example of when you helped a colleague who was struggling, even though it was not part of "
        "your job.",
        "What do you think makes a team work well together?",
    ]),
    ("Decision Making", [
        "Tell me about a difficult decision you have made in the last year. How did you reach it?",
        "Describe a time when you had to make a decision without all the information you needed. What did you "
        "do?",
        "Give me an example of a decision you made that was unpopular. How did you explain it to the people "
        "affected?",
    ]),
]
NO_DASH = ("Teamwork", 3)   # this question stands on its own line without a dash (a <p> in the page)

TOP = """Morgan Spencer
Recruitment Specialists

Home | Candidates | Clients | Latest Jobs | About Us | Contact Us

You are here: Home > Candidates > Candidate Services > Interview Coaching > Competency Based Interviews

Interview Coaching
  Preparing for Interview
  Telephone Interviews
  Competency Based Interviews
  Assessment Centres
  Salary Negotiation

Competency Based Interviews

Competence Based Interviewing - Sample Questions

"""

BOTTOM = """
Register your CV | Search Jobs | Back to Interview Coaching

Morgan Spencer  |  Privacy Policy  |  Terms & Conditions  |  Sitemap
(c) Morgan Spencer. All rights reserved.
"""


def build():
    out = [TOP]
    for name, qs in SECTIONS:
        out.append(f"{name}:\n")
        for i, q in enumerate(qs):
            if (name, i) == NO_DASH:
                out.append(textwrap.fill(q, width=76) + "\n")
            else:
                out.append(textwrap.fill(q, width=76, initial_indent="- ", subsequent_indent="  ") + "\n")
        out.append("\n")
    out.append(BOTTOM)
    path = L.DOCS / f"{STEM}.txt"
    path.write_text("".join(out), encoding="utf-8")
    return path


def gold(path):
    comps = [L.competency(DOC, name, None, interview_questions=[L.item(DOC, q) for q in qs])
             for name, qs in SECTIONS]
    L.write_gold(path, "txt", "Competency Based Interviews", comps)


if __name__ == "__main__":
    gold(build())

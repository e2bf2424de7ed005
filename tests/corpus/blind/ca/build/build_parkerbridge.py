"""Parker Bridge (NZ recruitment) - Examples of Behavioural-based Interview Questions (Markdown).

Modelled on parkerbridge.nz/job-seeker-resources/examples-of-behavioural-based-interview-questins: page title,
one intro sentence ("The following generic competencies will appear on most selection criteria. Some sample
questions have been provided for each one."), then per competency a heading and a one-sentence definition
("The ability to ..."), then each main question followed by a numbered list (1. 2. 3. ...) of follow-up
questions that restarts for every main question. Written as the Markdown a site-to-Markdown export produces:
skip link, nav links as a bullet list, the questions as level-4 headings (the site styles them as headings),
numbered follow-ups, footer links and copyright. Competency definitions and questions are ours.
"""
import calib as L

STEM = "parkerbridge-behavioural-interview-questions"
OUT = L.DOCS / f"{STEM}.md"
TITLE = "Examples of Behavioural-based Interview Questions"

COMPETENCIES = [
    ("Customer Focus",
     "The ability to understand what customers need now and are likely to need in future, and to make sure "
     "the products and services we provide meet those needs.",
     [("Can you give an example of a change you introduced in the past year to improve service to customers "
       "in your area?",
       ["What was the situation?", "What did you do?", "What was the outcome?",
        "What would you do differently next time?"]),
      ("Can you give an example of a difficult decision you have had to make that affected customers?",
       ["What was the situation?", "What did you decide?", "How did the customer respond?"]),
      ("Can you describe a time when you dealt with a difficult issue with a customer and were not happy with "
       "how you handled it?",
       ["What happened?", "What would you do differently?"])]),
    ("Leadership",
     "The ability to build a shared understanding of what the work requires and to use influence so that "
     "every team member contributes fully to team and organisational goals.",
     [("Describe a situation that best shows your ability to build and lead a team.",
       ["What did you do?", "What difficulties came up, and how did you deal with them?",
        "How did you measure the team\u2019s success?"]),
      ("Tell me about a time when the needs of one team member conflicted with the needs of the team. How did "
       "you get everyone on board?",
       ["Did you have formal authority?", "What did you do?", "How did people respond?"])]),
    ("Working with Others",
     "The ability to work cooperatively with others, sharing information and supporting colleagues so that "
     "the team achieves more than its members could alone.",
     [("Tell me about a team you have been part of that worked particularly well.",
       ["What was your role?", "What made the team effective?"]),
      ("Describe a time when you had to work closely with someone you found difficult.",
       ["What was the difficulty?", "How did you handle it?", "What was the result?"])]),
    ("Effective Communication",
     "The ability to express ideas clearly in speech and in writing, to listen carefully, and to adapt the "
     "message to the audience.",
     [("Give an example of a time you had to present complex information to a group.",
       ["How did you prepare?", "How did you check that people had understood?"]),
      ("Tell me about a piece of writing you produced that you were proud of.",
       ["Who was it for?", "What made it effective?"])]),
    ("Problem Solving and Decision Making",
     "The ability to identify the real cause of a problem, weigh up the options and choose a practical "
     "solution.",
     [("Describe a complex problem you solved at work.",
       ["How did you work out what was causing it?", "What options did you consider?",
        "What did you decide, and why?"]),
      ("Tell me about a time you had to make a decision quickly with limited information.",
       ["What did you do?", "What was the result?", "Would you do anything differently?"])]),
]

HEAD = """[Skip to main content](#main)

[![Parker Bridge](https://www.parkerbridge.nz/images/parker-bridge-logo.png)](https://www.parkerbridge.nz/)

- [Home](https://www.parkerbridge.nz/)
- [Job Seekers](https://www.parkerbridge.nz/job-seekers)
- [Employers](https://www.parkerbridge.nz/employers)
- [Current Vacancies](https://www.parkerbridge.nz/jobs)
- [About Us](https://www.parkerbridge.nz/about-us)
- [Contact](https://www.parkerbridge.nz/contact)

[Job Seeker Resources](https://www.parkerbridge.nz/job-seeker-resources) > Examples of Behavioural-based Interview Questions

# Examples of Behavioural-based Interview Questions

The following generic competencies come up in most selection criteria. A few sample questions are given for
each one.
"""

FOOT = """
---

[< Back to Job Seeker Resources](https://www.parkerbridge.nz/job-seeker-resources)

Parker Bridge | Level 2, 50 Customhouse Quay, Wellington 6011 | +64 4 000 0000

[Privacy Policy](https://www.parkerbridge.nz/privacy) | [Terms of Use](https://www.parkerbridge.nz/terms)

© 2025 Parker Bridge. All rights reserved.
"""


def build():
    out = [HEAD]
    for name, desc, questions in COMPETENCIES:
        out.append(f"\n## {name}\n\n{desc}\n")
        for q, probes in questions:
            out.append(f"\n#### {q}\n\n" + "\n".join(f"{i}. {p}" for i, p in enumerate(probes, 1)) + "\n")
    out.append(FOOT)
    OUT.write_text("".join(out), encoding="utf-8")


def gold():
    d = STEM
    return [L.competency(d, name, desc,
                         interview_questions=[L.item(d, q + " " + " ".join(pr)) for q, pr in questions])
            for name, desc, questions in COMPETENCIES]


def main():
    build()
    L.write_gold(OUT, "md", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

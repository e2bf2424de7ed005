"""The UWI St. Augustine - Employee Excellence Award Rubric, as a plain-text export (CRLF, hard-wrapped).

Campus/division header, title, intro paragraph, then per criterion a "=" rule, "1) Name", a rule,
"Explanation:" paragraph, "Evidence Requirements:" and "Examples of Evidence:" dash lists (wrapped dashes
continue on indented lines), and "Scoring (maximum 20 points)" with four level lines printed HIGH -> LOW
("Excellent Employee (16 – 20 points)" ... "Incapable Employee (1 – 5 points)"), each followed by an
indented descriptor wrapped over lines.
"""
import textwrap

import bglib as L

STEM = "uwi-sta-employee-excellence-award-rubric"
TITLE = "EMPLOYEE EXCELLENCE AWARD RUBRIC"
WIDTH = 74

LEVELS_HIGH_TO_LOW = ["Excellent Employee (16 – 20 points)", "Capable Employee (11 – 15 points)",
                      "Improving Employee (6 – 10 points)", "Incapable Employee (1 – 5 points)"]

CRITERIA = [
    ("Job-related knowledge and skills",
     "Employee has shown a thorough and well-connected understanding of his/her administrative or "
     "technical field and applies it when leading and/or serving others.",
     ["Performance appraisals",
      "Supervisor's performance appraisals",
      "Emails, written accounts or documented observations of how the nominee carried out an assigned "
      "task, duty or project"],
     ["Testimonials: emails that commend the nominee on a job well done",
      "Written accounts and documented observations",
      "Reports that record work done by a department for which the nominee is directly responsible "
      "(state the nominee's role in the work cited)"],
     ["Shows outstanding knowledge and skill in leading and/or serving the Campus community",
      "Shows sound knowledge and skill in leading and/or serving the Campus community",
      "Is building the knowledge and skill needed to lead and/or serve the Campus community",
      "Does not yet show the knowledge and skill needed to lead and/or serve the Campus community"]),
    ("Critical and creative thinking skills",
     "Employee has shown that he/she can come up with alternative ideas, practices or solutions that "
     "are original and effective, and can find ways of dealing with both simple and complex problems.",
     ["Testimonials",
      "Written accounts or documented observations of the nominee's problem solving"],
     ["Emails that commend the nominee on innovative thinking",
      "A portfolio of the nominee's work that shows innovative or critical thinking",
      "Proposals submitted by the nominee that show new approaches to a process or service"],
     ["Consistently produces original, workable ideas and solves complex problems with little guidance",
      "Often suggests useful alternatives and solves routine problems independently",
      "Sometimes offers new ideas and is learning to analyse problems before acting",
      "Rarely offers ideas of his/her own and relies on others to solve problems"]),
    ("Positive customer service",
     "Employee has shown courtesy, responsiveness and care in dealing with students, staff and "
     "members of the public, and follows through until their needs are met.",
     ["Customer feedback forms or survey results",
      "Testimonials from students, staff or external clients"],
     ["Letters or emails of thanks from customers",
      "Records showing that queries and complaints were resolved within service standards"],
     ["Goes beyond what is expected to meet customers' needs and is held up as an example by others",
      "Meets customers' needs courteously and within agreed service standards",
      "Usually courteous, but does not always follow queries through to completion",
      "Often fails to respond to customers courteously or in good time"]),
]

INTRO = ("The Employee Excellence Award recognises members of staff who show the Key Attributes of The "
         "UWI Employee in their daily work. Nominators should read each criterion, its explanation and "
         "the evidence required before completing the nomination form. The selection panel scores each "
         "criterion out of 20 points using the scale given under Scoring.")


def wrap(text, indent, first=None):
    first = indent if first is None else first
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=indent)


def text():
    out = ["THE UNIVERSITY OF THE WEST INDIES",
           "ST. AUGUSTINE CAMPUS, TRINIDAD AND TOBAGO",
           "Human Resources Division - Employee Recognition Programme",
           "",
           TITLE,
           "(Administrative, Technical and Service Staff)",
           ""]
    out += wrap(INTRO, "")
    out.append("")
    for n, (name, expl, req, ex, levels) in enumerate(CRITERIA, start=1):
        out += ["=" * WIDTH, f"{n}) {name}", "=" * WIDTH, "", "Explanation:"]
        out += wrap(expl, "    ")
        out += ["", "Evidence Requirements:"]
        for r in req:
            out += wrap(r, "      ", "    - ")
        out += ["", "Examples of Evidence:"]
        for e in ex:
            out += wrap(e, "      ", "    - ")
        out += ["", "Scoring (maximum 20 points)"]
        for label, desc in zip(LEVELS_HIGH_TO_LOW, levels):
            out.append("    " + label)
            out += wrap(desc, "        ")
        out.append("")
    out += ["-" * WIDTH,
            "Nominations are reviewed by the Campus Employee Recognition Committee.",
            "Enquiries: Human Resources Division, ext. 83012"]
    return "\r\n".join(out) + "\r\n"


def build():
    out = L.DOCS / f"{STEM}.txt"
    out.write_bytes(text().encode("utf-8"))
    g = L.Gold(STEM)
    for name, expl, req, ex, levels in CRITERIA:
        lv = [g.level(4 - i, label, [desc]) for i, (label, desc) in enumerate(zip(LEVELS_HIGH_TO_LOW, levels))]
        g.comp(name, expl, levels=lv,
               notes=g.items(req, group="Evidence Requirements") + g.items(ex, group="Examples of Evidence"))
    g.write(out, "txt", TITLE)


if __name__ == "__main__":
    build()

"""Manitoba Hydro (Crown corporation of the Province of Manitoba), "The Interview Process: Applying for a job at
Manitoba Hydro" (2007 candidate guide), section "The Core and Leadership Competencies". Excerpt.

Markdown (a handbook exported to Markdown): guide title and subtitle, a section heading, an intro on Behaviour
Description Interviewing, then "## Core Competencies" and "## Leadership Competencies", each competency an h3 with
a bold "Definition:" lead-in paragraph, a "**Behaviours:**" bullet list and a "**Sample Questions:**" numbered list
(one question wrapped onto an indented continuation line, follow-up sentences inside the question), one quoted
"**Tip:**" line. The PDF's running footer "MANITOBA HYDRO \u00a9 2007" and page numbers survived the export as
stray lines.
"""
import helpers as H

STEM = "mbhydro-interview-competencies"
TITLE = "The Interview Process"

COMPS = [
    ("Core Competencies", "Customer Service",
     "Understanding the needs of internal and external customers and working to meet them in a courteous, "
     "timely and reliable way.",
     ["Listens to customers to find out what they need",
      "Follows through on commitments made to customers",
      "Stays courteous and professional with difficult customers",
      "Looks for ways to improve the service provided"],
     ["Tell me about a time when you went out of your way to help a customer. What did you do?",
      "Describe a situation in which a customer was unhappy with the service they received. How did you "
      "handle it, and what was the result?",
      "Give an example of a time you had to balance the needs of a customer with the rules of your organization."],
     None),
    ("Core Competencies", "Safety Awareness",
     "Taking personal responsibility for working safely, following safety rules and practices, and looking out "
     "for the safety of co-workers and the public.",
     ["Follows safe work procedures and uses protective equipment",
      "Reports hazards and near misses promptly",
      "Speaks up when a co-worker is working unsafely",
      "Keeps the work area clean and organized"],
     ["Tell me about a time you noticed a safety hazard at work or at school. What did you do about it?",
      "Describe a situation where you were under pressure to finish a job quickly. How did you make sure the "
      "work was still done safely?",
      "Give an example of a safety rule you found inconvenient. Why did you follow it?"],
     "Examples from volunteer work, sports or home projects are acceptable if you have little paid work "
     "experience."),
    ("Core Competencies", "Teamwork",
     "Working cooperatively with others as part of a team to reach common goals, and contributing fully to the "
     "work of the team.",
     ["Shares information and resources with team members",
      "Offers help to co-workers when they need it",
      "Respects the opinions of others and works through disagreements",
      "Puts team goals ahead of personal interests"],
     ["Tell me about a time you worked on a team to complete a project. What was your role?",
      "Describe a time when a team member was not doing their share of the work. How did you deal with it?",
      "Give an example of a time you had to work with someone whose style was very different from yours. What "
      "was the outcome?"],
     None),
    ("Leadership Competencies", "Coaching and Developing Others",
     "Helping employees build the skills and knowledge they need to do their jobs well and to grow in their "
     "careers.",
     ["Gives employees regular, specific feedback on their performance",
      "Identifies development needs and arranges training or assignments to meet them",
      "Delegates work that stretches employees' abilities",
      "Recognizes improvement and good performance"],
     ["Tell me about a time you helped an employee improve their performance. What steps did you take?",
      "Describe a situation where you gave an employee a developmental assignment. How did you support them, "
      "and how did it turn out?",
      "Give an example of difficult feedback you had to give to an employee. How did they respond?"],
     None),
]

INTRO = """# The Interview Process

*Applying for a job at Manitoba Hydro*

---

## The Core and Leadership Competencies

Manitoba Hydro uses Behaviour Description Interviewing for most positions. Interview questions are based on the
competencies that have been identified as critical to the success of the Corporation. Core competencies apply to
all employees; leadership competencies apply to positions that supervise or manage others.

For each competency below you will find a definition, examples of the behaviours the interview board will be
looking for, and sample questions. Prepare specific examples from your own experience for each competency listed
on the job posting.

MANITOBA HYDRO © 2007

16

"""


def render(path):
    out = [INTRO]
    cluster = None
    n = 0
    for cl, name, definition, behaviours, questions, tip in COMPS:
        if cl != cluster:
            out.append(f"## {cl}\n\n")
            cluster = cl
        out.append(f"### {name}\n\n**Definition:** {definition}\n\n**Behaviours:**\n\n")
        out += [f"- {b}\n" for b in behaviours]
        out.append("\n**Sample Questions:**\n\n")
        for i, q in enumerate(questions, 1):
            if i == 2 and name == "Customer Service":
                head, tail = q.split(" How did you ", 1)
                out.append(f"{i}. {head}\n   How did you {tail}\n")
            else:
                out.append(f"{i}. {q}\n")
        out.append("\n")
        if tip:
            out.append(f"> **Tip:** {tip}\n\n")
        n += 1
        if n == 2:
            out.append("MANITOBA HYDRO © 2007\n\n17\n\n")
    out.append("MANITOBA HYDRO © 2007\n\n18\n")
    path.write_text("".join(out), encoding="utf-8")


def gold(path):
    comps = []
    for _cl, name, definition, behaviours, questions, tip in COMPS:
        comps.append(H.competency(
            STEM, name, definition,
            indicators=H.items(STEM, behaviours),
            interview_questions=H.items(STEM, questions),
            tips=H.items(STEM, [tip]) if tip else []))
    H.write_gold(path, "md", TITLE, comps)


def build():
    path = H.DOCS / f"{STEM}.md"
    render(path)
    gold(path)

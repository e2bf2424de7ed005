"""18f-engineering-interview-guide.md: 18F (GSA Technology Transformation Services) engineering hiring guide,
behavioral interview guide page as the Jekyll Markdown source: YAML front matter, intro paragraphs,
"# Introductory Statement" blockquote script, "# Questions" note, then one "##" section per competency with
a one-sentence "These questions probe for ..." definition (absent on one), interviewer guidance paragraphs,
"*" questions written as links to the private question bank, nested "-" follow-ups, and
"**Good signs:**" / "**Bad signs:**" lists."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "18f-engineering-interview-guide"
TITLE = "Engineering Behavioral Interview Guide"
BANK = "https://docs.google.com/document/d/1x18F-engineering-question-bank/edit#heading=h."

HEAD = """---
title: Engineering Behavioral Interview Guide
parent: interviews
---

This guide helps us interview candidates for engineering roles. The questions
are behavioral: they ask candidates to talk about specific situations they have
been in and how they dealt with them. Each section suggests what to listen for
when judging how strong an answer is.

Wherever you can, ask the questions **exactly as written** so that different
candidates get the same interview. Take notes as you go, and *write down what
the candidate says rather than your impression of it* \u2014 that way you can point
to behavior when the panel discusses its decision.

**Be as warm and friendly as you can!** A demanding interview can still be a
kind one.

[More about interviewing in general is in the interviewing guide](/interviews/).

# Introductory Statement

**Say this, or something close to it, before you begin:**

> *Hi, my name is ____, my pronouns are ___, and I work at 18F as a _____.*

> *Thanks for talking with me today. This is a behavioral interview, so I'll ask
about things you've done and how you handled them. There are no "right"
answers; I just want to talk these situations through with you. I have four or
five questions and we'll take about an hour.*

> *I may ask for more detail or dig into an answer; that's normal and just means
I want to understand what you did and why. I'll be taking notes, so please
don't let that put you off.*

# Questions

Only the main questions and follow-ups are published here. 18F staff can find
scoring notes in the full [engineering interview question bank](https://docs.google.com/document/d/1x18F-engineering-question-bank/edit).

"""

SECTIONS = [
    {
        "name": "Problem Solving",
        "def": "These questions probe for the ability to break a problem down, weigh different approaches and "
               "explain and defend the solution chosen.",
        "guide": ["Tell the candidate there is no single right answer and that you want to work through the "
                  "problem together.",
                  "If the candidate heads down an unproductive path, nudge them back rather than letting them "
                  "get stuck."],
        "qs": [("How would you design a system that schedules appointments for a busy public office? Talk us "
                "through a high-level design.", "k2pd7s",
                ["How would your design change if the office had ten locations?"]),
               ("Tell me about a hard technical problem you helped to solve. What was the problem, and how was "
                "it solved?", "q81mzv", [])],
        "good": ["Asks clarifying questions before designing",
                 "Explains trade-offs between options",
                 "Is clear about their own part in a team solution"],
        "bad": ["Jumps to a specific tool without understanding the problem",
                "Cannot explain why the chosen solution worked"],
    },
    {
        "name": "Maintainable Software Development",
        "def": "These questions probe for the habit of building software that others can understand, test, "
               "deploy and change safely over time.",
        "guide": [],
        "qs": [("What does refactoring mean to you? When have you done it, and where does it fit in your "
                "process?", "f4r0ac", []),
               ("Tell me about how you approach testing. Why does it matter, and when do you write tests?",
                "t3stng", ["Tell me about a bug that your tests did not catch. What did you change afterward?"]),
               ("How do you make sure someone else can pick up code you wrote six months ago?", "h4nd0f", [])],
        "good": ["Treats tests and documentation as part of the work, not extras",
                 "Gives examples of improving code they did not write"],
        "bad": ["Sees refactoring as something to do only when there is spare time",
                "Relies on manual checks alone"],
    },
    {
        "name": "Communication and Collaboration",
        "def": "These questions probe for how the candidate shares information, works across disciplines and "
               "handles disagreement on a distributed team.",
        "guide": ["Many of our partners are new to agile and open source, so listen for patience and plain "
                  "language."],
        "qs": [("Have you worked on a remote or distributed team before?", "r3m0te",
                ["If yes: What did you do to keep communication open with your teammates?",
                 "If no: What challenges would you expect, and what would help you succeed?"]),
               ("Tell me about a time you disagreed with a teammate or a manager about a technical decision.",
                "d1sagr", ["If applicable: How was it resolved?"]),
               ("Describe a time you explained a technical idea to someone without a technical background.",
                "expl41", [])],
        "good": ["Describes concrete habits for keeping a team informed",
                 "Can disagree without making it personal"],
        "bad": ["Talks about non-technical colleagues with disdain",
                "Avoids conflict by going along with decisions they think are wrong"],
    },
    {
        "name": "Agile Orientation",
        "def": None,
        "guide": [],
        "qs": [("Tell me about your experience with agile or other iterative ways of working. How did working "
                "that way affect the technical choices you made?", "ag1le0", [])],
        "good": ["Connects short iterations to getting feedback from users early"],
        "bad": ["Describes agile only as a set of meetings"],
    },
]


def build(path):
    out = [HEAD]
    for s in SECTIONS:
        out.append(f"## {s['name']}\n")
        if s["def"]:
            out.append(s["def"] + "\n")
        for g in s["guide"]:
            out.append(g + "\n")
        for q, anchor, fus in s["qs"]:
            out.append(f'* [{q}]({BANK}{anchor})')
            for f in fus:
                out.append(f"    - {f}")
            out.append("")
        out.append("**Good signs:**\n")
        out += [f"- {g}" for g in s["good"]]
        out.append("")
        out.append("**Bad signs:**\n")
        out += [f"- {b}" for b in s["bad"]]
        out.append("")
    out.append("## Wrapping up\n")
    out.append("Leave at least ten minutes at the end, and **always ask the candidate what questions they have "
               "for you!**\n")
    path.write_text("\n".join(out), encoding="utf-8")


def gold(path):
    doc = STEM
    comps = []
    for s in SECTIONS:
        comps.append(H.comp(
            doc, s["name"], s["def"],
            indicators=[H.it(doc, g, "Good signs") for g in s["good"]]
                       + [H.it(doc, b, "Bad signs") for b in s["bad"]],
            interview_questions=[H.it(doc, " ".join([q] + fus)) for q, _, fus in s["qs"]],
            notes=[H.it(doc, g) for g in s["guide"]],
        ))
    return H.write_gold(path, "md", TITLE, comps)


def main():
    path = H.DOCS / f"{STEM}.md"
    build(path)
    return gold(path)


if __name__ == "__main__":
    print(main())

"""Monzo, progression framework: Data (levels L1-L3), as the Markdown source page of the framework site.

Jekyll-style YAML front matter, an HTML comment, intro and "Things to keep in mind" bullets (front matter),
band heading "## L1\u2013L3: Learning to lead yourself", then "### Level N" headings. Under each level the
competencies are TOP-LEVEL BULLETS in bold ("* **Mastery**"); Mastery has sub-area bullets (Technical knowledge,
Stats and maths, Business partnering, Analytics) over behaviour bullets, and some behaviours carry an italic
"_e.g. ..._" sub-bullet: NESTED BULLETS FOUR DEEP. Levels 1-2 use "*" and 4-space indents, Level 3 uses "-" and
2-space indents; one behaviour is hard-wrapped onto a continuation line. Closing feedback note.
"""
import helpers as H

STEM = "monzo-data-progression-framework"
TITLE = "Data Engineering \U0001F4C8"

# per level: list of (competency, [(group or None, [(behaviour, example or None)])])
LEVELS = [
    ("Level 1", [
        ("Mastery", [
            ("Technical knowledge", [("Comfortable using git and contributing to our code base", None),
                                     ("Can extend existing data models and design simple new ones", None),
                                     ("Writes clear, well-structured SQL", None)]),
            ("Stats and maths", [("Understands basic statistics, such as distributions and confidence intervals",
                                  "e.g. can find the right formula for a confidence interval in a given scenario "
                                  "and explain what it means")]),
            ("Business partnering", [("Understands the business team they partner with",
                                      "e.g. knows how the team is organised, who does what, and its goals, "
                                      "priorities and biggest challenges")]),
            ("Analytics", [("Turns business questions into hypotheses that can be tested with data, and answers "
                            "them", None),
                           ("Picks the right type of chart for the data at hand", None)])]),
        ("Getting things done", [
            (None, [("Delivers assigned tasks to the expected standard", None),
                    ("Tries to unblock themselves before asking for help", None),
                    ("Focuses on tasks that contribute to the goals of the team", None)])]),
        ("Feedback", [
            (None, [("Gives regular status updates to their mentor or buddy", None),
                    ("Asks more experienced colleagues for guidance, rather than for answers", None)])]),
    ]),
    ("Level 2", [
        ("Mastery", [
            ("Technical knowledge", [("Writes Python or R that others can read and reuse", None),
                                     ("Designs data models that other analysts can build on", None)]),
            ("Stats and maths", [("Chooses the right statistical test for an experiment and explains its "
                                  "assumptions", None)]),
            ("Business partnering", [("Suggests analyses that would help the team make better decisions, without "
                                      "being asked", None)]),
            ("Analytics", [("Sanity-checks results before sharing them",
                            "e.g. when sending the weekly KPI report, checks that the numbers make sense instead "
                            "of copying and pasting them")])]),
        ("Getting things done", [
            (None, [("Manages their own time well and prioritises the work with the most impact", None),
                    ("Breaks larger pieces of work into smaller deliverables", None)])]),
        ("Feedback", [
            (None, [("Gives thoughtful, specific feedback in code reviews", None),
                    ("Acts on the feedback they receive", None)])]),
    ]),
    ("Level 3", [
        ("Mastery", [
            ("Technical knowledge", [("Builds and maintains data pipelines that run reliably in production", None),
                                     ("Reviews the data models of others and improves their design", None)]),
            ("Stats and maths", [("Designs experiments, including the power calculation and the choice of "
                                  "metrics", None)]),
            ("Business partnering", [("Is trusted by the business team to shape its roadmap with data", None)]),
            ("Analytics", [("Answers ambiguous, open-ended questions with a clear recommendation", None)])]),
        ("Getting things done", [
            (None, [("Delivers projects lasting several weeks with little guidance", None),
                    ("Raises risks to delivery early", None)])]),
        ("Feedback", [
            (None, [("Mentors junior data scientists", None),
                    ("Gives difficult feedback kindly and directly", None)])]),
    ]),
]

WRAP = "Turns business questions into hypotheses that can be tested with data, and answers them"

HEAD = """---
layout: framework
title: "Data Engineering \U0001F4C8"
sidebar: data
permalink: /data/
last_updated: 2019-02-01
---

<!-- Generated from the progression framework spreadsheet. Edit the sheet, not this page. -->

# Data Engineering \U0001F4C8

The data progression framework describes what we look for from data engineers and data scientists at each
level. Read [about our progression frameworks](/about/) first if you haven't already.

Things to keep in mind:

* The framework is a compass, not a GPS.
* It isn't a checklist: you can progress to a level without showing every behaviour in it.
* Levels are cumulative, so at each level we expect the behaviours of the levels below it as well.

## L1\u2013L3: Learning to lead yourself
"""

TAIL = """
---

**Give us your feedback!** This is the first version of the data framework and we'd love to hear what you
think. Open an issue or a pull request on [the repository](https://github.com/monzo/progression-framework).
"""


def render():
    out = [HEAD]
    for li, (label, comps) in enumerate(LEVELS):
        star = "-" if li == 2 else "*"
        ind = "  " if li == 2 else "    "
        out.append(f"\n### {label}\n\n")
        for name, groups in comps:
            out.append(f"{star} **{name}**\n")
            for group, behs in groups:
                depth = 1
                if group:
                    out.append(f"{ind}{star} {group}\n")
                    depth = 2
                for text, example in behs:
                    pre = ind * depth
                    if text == WRAP:
                        a, b = "Turns business questions into hypotheses that can be tested", \
                               "with data, and answers them"
                        out.append(f"{pre}{star} {a}\n{pre}  {b}\n")
                    else:
                        out.append(f"{pre}{star} {text}\n")
                    if example:
                        out.append(f"{ind * (depth + 1)}{star} _{example}_\n")
    out.append(TAIL)
    return "".join(out)


def build():
    path = H.DOCS / f"{STEM}.md"
    path.write_text(render(), encoding="utf-8")
    per = {}
    for li, (label, comps) in enumerate(LEVELS, 1):
        for name, groups in comps:
            beh = []
            for group, behs in groups:
                for text, example in behs:
                    beh.append(H.item(STEM, f"{text} {example}" if example else text, group))
            per.setdefault(name, []).append(H.level(li, label, beh))
    comps = [H.competency(STEM, name, None, levels=lv) for name, lv in per.items()]
    H.write_gold(path, "md", TITLE, comps)


if __name__ == "__main__":
    build()

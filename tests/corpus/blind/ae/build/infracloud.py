"""InfraCloud Technologies (Pune, India) - engineering career ladder, Hugo Markdown source of the
"Senior Engineer" level page (infracloudio/career-ladders, content/docs/engineering/senior-engineer.md).

YAML front matter (title, linktitle, date, description, weight); "## Core Competencies" with bullets
directly under it; "## Functional Competencies" with "### Management" and "### Delighting People"
(bullets indented by two spaces, as in the source); "## Behavioral Competencies" / "### Enabling
Traits" with bullets that open with a bold trait name and a colon ("* **Tenacity**: ..."). Trailing
spaces after some headings, as in the source. Excerpt: the page's further functional competencies, the
third trait, the core-values line and the "Broad Indicators" table are left out."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "infracloud-senior-engineer"

CORE = [
    "You take ownership of tasks and can carry out and debug medium and hard problems largely on your own.",
    "You design modules or parts of a solution independently and have them reviewed by a Staff or "
    "Principal engineer, from your own team or another one, by giving them enough context.",
    "You own large features or areas of a system end to end and build real depth in them. People come to "
    "you to solve issues in the subsystem or feature set you own.",
    "You review the code and system designs of engineers who are still learning to do this, respectfully "
    "and thoughtfully and without being pedantic, and you give them pointers to get better at reviewing.",
    "You know the main areas where code quality, system design or configuration design could improve and "
    "keep working on them. When needed you make the case for these improvements to customers and teams in "
    "a methodical way.",
    "You know which areas you are excellent, good and average at, and you work on the good and average "
    "ones. You discuss this regularly with an experienced mentor.",
    "Clear communicator: Know your audience before you communicate. An update for an executive is worded "
    "differently from one for a peer, because context matters.",
]
MANAGEMENT = [
    "You can be the customer's single point of contact for a small team of engineers and own its "
    "delivery, knowing that your job is to help others succeed rather than to do everything yourself.",
    "You give clear estimates for complex tasks and are learning to estimate whole modules with "
    "reasonable accuracy.",
    "You understand the priorities between modules, team members and their tasks.",
    "You can argue for a specific feature or technical debt item in front of stakeholders, including "
    "customer teams.",
]
DELIGHT = [
    "You are open to other people's ideas and adapt your communication style to be effective. You share "
    "credit for ideas and joint work fairly and accurately.",
    "You mentor two or three associate engineers and one to three engineers, drawing on what you have "
    "learnt and built. Now and then you happily join a pair debugging session to help them think and "
    "learn better.",
]
TRAITS = [
    ("Tenacity", "The work in front of you will often mean digging deep and not giving up. We expect you "
                 "to do that."),
    ("Astute", "We expect you to understand what customers and colleagues are really asking for and to "
               "help resolve it. Often the information passed on points one way while the real problem "
               "lies somewhere else."),
]

FRONT = """---
title: "Senior Engineer"
linktitle: "Senior Engineer"
date: 2023-10-16T17:25:50+05:30
description: "The Engineering career ladder used at InfraCloud - Senior Engineer role"
weight: 102
---
"""


def build_md(path):
    out = [FRONT, "\n## Core Competencies \n\n"]
    out += [f"* {b}\n" for b in CORE]
    out.append("\n## Functional Competencies \n### Management \n")
    out += [f"  * {b}\n" for b in MANAGEMENT]
    out.append("### Delighting People\n")
    out += [f"  * {b}\n" for b in DELIGHT]
    out.append("\n## Behavioral Competencies\n### Enabling Traits\n\n")
    out += [f"* **{n}**: {t} \n" for n, t in TRAITS]
    Path(path).write_text("".join(out), encoding="utf-8")


def gold(path):
    d = STEM
    comps = [H.competency(d, "Core Competencies", None, indicators=H.items(d, CORE)),
             H.competency(d, "Management", None, indicators=H.items(d, MANAGEMENT)),
             H.competency(d, "Delighting People", None, indicators=H.items(d, DELIGHT))]
    comps += [H.competency(d, n, t) for n, t in TRAITS]
    return H.write_gold(path, "md", "Senior Engineer", comps)


def build():
    out = H.DOCS / f"{STEM}.md"
    build_md(out)
    return gold(out)


if __name__ == "__main__":
    print(build())

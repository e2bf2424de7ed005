"""Colgate University - "Employee Behavioral Competencies" (Campus Services and Resources page), saved as Markdown.

Layout (after https://colgate.edu/about/campus-services-and-resources/employee-behavioral-competencies): the page
converted to Markdown the way a page-to-Markdown tool (pandoc-style writer) leaves it - YAML front matter with
the source URL, a skip link and breadcrumb left over from the chrome, an ATX h1 with a pandoc attribute, two intro
paragraphs, "## Staff Behavioral Competencies", one "###" heading per competency with "-   " bullets hard-wrapped
at 72 columns (continuation lines indented four spaces), and the footer's address and link lines at the end.
Hand-written Markdown.
"""
import textwrap

import allib as L

STEM = "colgate-employee-behavioral-competencies"
TITLE = "Employee Behavioral Competencies"

INTRO = [
    "Every Colgate employee helps build a thriving campus community, through the job-related parts of their "
    "work and through their interactions with colleagues and members of the community.",
    "Colgate\u2019s staff behavioral competencies help the university create and sustain a positive and "
    "effective workplace.",
]

ENTRIES = [
    ("Personal Accountability for Results",
     ["Owns decisions, performance, and outcomes",
      "Acts responsibly and with a positive attitude",
      "Shows self-awareness and openness to feedback"]),
    ("Effective Communication",
     ["Shows effective written and oral communication skills",
      "Shares information and asks for input from others",
      "Adapts communication to diverse audiences; protects private and confidential information"]),
    ("Problem Solving and Decision Making",
     ["Analyzes and prioritizes situations in order to identify and solve problems",
      "Generates solutions that improve efficiency and quality",
      "Involves others in solving problems and making decisions",
      "Takes organizational goals into account in decisions",
      "Makes clear, transparent, and timely decisions"]),
    ("Change Management",
     ["Responds positively to changing university initiatives and readily adjusts behavior to stay effective",
      "Understands the long-term direction of the university and can relate it to their own department or area",
      "Adopts new methods",
      "Identifies and acts on areas where change is needed"]),
    ("Leadership and Teamwork",
     ["Applies skills and knowledge to create a climate in which the department and the organization can "
      "succeed",
      "Balances individual and departmental goals",
      "Helps others perform at their best",
      "Builds productive relationships that strengthen individual and organizational effectiveness",
      "Treats others with respect",
      "Resolves conflicts among team members"]),
]

FRONT = """---
title: "Employee Behavioral Competencies | Colgate University"
source: "https://www.colgate.edu/about/campus-services-and-resources/employee-behavioral-competencies"
author: "Colgate University"
clipped: 2026-12-02
tags:
  - clippings
---

[Skip to main content](#main-content)

[Home](https://www.colgate.edu/) / [About](https://www.colgate.edu/about) /
[Campus Services and
Resources](https://www.colgate.edu/about/campus-services-and-resources)

# Employee Behavioral Competencies {#page-title .page-title}
"""

FOOT = """
[Back to Campus Services and
Resources](https://www.colgate.edu/about/campus-services-and-resources)

------------------------------------------------------------------------

Colgate University\\
13 Oak Drive\\
Hamilton, NY 13346\\
315-228-1000

[Contact](https://www.colgate.edu/contact) \u00b7
[Accessibility](https://www.colgate.edu/accessibility) \u00b7 [Privacy
Statement](https://www.colgate.edu/privacy) \u00b7
[Non-Discrimination](https://www.colgate.edu/non-discrimination)
"""


def wrap_para(text):
    return textwrap.fill(text, width=72, break_long_words=False, break_on_hyphens=False)


def wrap_bullet(text):
    return textwrap.fill(text, width=72, initial_indent="-   ", subsequent_indent="    ",
                         break_long_words=False, break_on_hyphens=False)


def build():
    parts = [FRONT]
    for p in INTRO:
        parts.append(wrap_para(p) + "\n")
    parts.append("## Staff Behavioral Competencies\n")
    gold = []
    for name, bullets in ENTRIES:
        parts.append(f"### {name}\n")
        parts.append("\n".join(wrap_bullet(b) for b in bullets) + "\n")
        gold.append(L.competency(STEM, name, None, indicators=[L.item(STEM, b) for b in bullets]))
    parts.append(FOOT)
    out = L.DOCS / f"{STEM}.md"
    out.write_text("\n".join(parts), encoding="utf-8")
    L.write_gold(out, "md", TITLE, gold)
    return out


if __name__ == "__main__":
    print(build())

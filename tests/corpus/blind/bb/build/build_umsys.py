"""University of Missouri System - Leader Competency Model (plain text).

A browser "save as text" of the HR page: skip link, site name and section, the menu flattened into one
line with " | ", page title, intro, the chart's alt text in brackets, then the five categories, each a
heading line and "  • " bullets hard-wrapped at 78 columns (continuation lines indented four spaces),
each bullet ending in ";" and the last in "; and ..." then "."; related links and the footer.
"""
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bblib as B

STEM = "umsys-leader-competency-model"

CATS = [
    ("Performance Oriented", [
        "Sets clear goals, aligns priorities and insists on accountability",
        "Sets standards that are high but reasonable",
        "Encourages a learning orientation (flexibility, innovation, learning from mistakes and failures)",
        "Acknowledges and communicates progress toward goals",
        "Delegates sensibly, both to manage own workload and to create opportunities for others",
        "Puts strong performance management processes in place (clear expectations, goal setting, "
        "monitoring, frequent feedback, coaching, appraisals, etc.)",
        "Deals effectively with poor performance"]),
    ("People Centered", [
        "Has a high level of self\u2010awareness",
        "Recognizes how his/her emotions affect other people and situations",
        "Asks for feedback and looks for chances to build new leadership skills and behaviors",
        "Shows the right amount of confidence in different situations",
        "Takes a genuine interest in helping others succeed, reach their goals and find meaning in their work",
        "Encourages others to take part in making decisions",
        "Shares credit",
        "Keeps a positive outlook and fosters a positive environment",
        "Recognizes the value of work/life integration"]),
    ("Culturally Competent", [
        "Shows sensitivity in leading people from different backgrounds",
        "Can look at a situation from several points of view and bring diverse perspectives and values "
        "together",
        "Adapts communication style or approach to the needs of others",
        "Models and builds a culture of respect for all people",
        "Actively looks for ways to build teams that are diverse in background, perspective and style",
        "Is comfortable with ambiguity and uncertainty",
        "Handles conflict productively"]),
    ("Values Driven (character; growth orientation)", [
        "Shows honesty and integrity, and consistency between words and actions",
        "Holds others accountable for ethical behavior",
        "Earns trust by being trustworthy and by trusting others appropriately",
        "Shows wisdom by seeking the common good for the university and for society at large",
        "Is committed to lifelong learning and personal growth",
        "Shows courage in standing up for what is right"]),
    ("Strategic and Integrative", [
        "Understands the university\u2019s mission and how own unit contributes to it",
        "Thinks beyond own unit and weighs the effect of decisions on the university as a whole",
        "Sets a direction for the unit that is aligned with the strategic plan",
        "Builds partnerships and collaborates across units and campuses",
        "Anticipates change and positions the unit to respond to it",
        "Uses data and evidence to make decisions and allocate resources"]),
]


def bullets(items):
    """The printed bullet texts: '...;' and the last two '...; and' / '...'."""
    out = []
    for i, t in enumerate(items):
        if i < len(items) - 2:
            out.append(t + ";")
        elif i == len(items) - 2:
            out.append(t + "; and")
        else:
            out.append(t + ".")
    return out


def text():
    w = textwrap.TextWrapper(width=78)
    L = ["Skip to main content", "", "University of Missouri System", "   Human Resources", "",
         "Home | Benefits | Compensation | Talent Management | Policies & Forms | Contact HR", "",
         "Leader Competency Model", ""]
    L += w.wrap("The Leader Competency Model helps describe what effective leadership looks like at the "
                "University of Missouri System. The model sets out \u201chow\u201d a person does the job well, "
                "and the competencies are used in a number of programs.")
    L += [""]
    L += w.wrap("[Chart showing the five categories of the leader competency model: performance oriented, "
                "people centered, values driven, culturally competent, strategic and integrative]")
    L += ["", ""]
    bw = textwrap.TextWrapper(width=78, initial_indent="  \u2022 ", subsequent_indent="    ")
    for name, items in CATS:
        L += [name, ""]
        for b in bullets(items):
            L += bw.wrap(b)
        L += ["", ""]
    L += ["Related Links", "", "  \u2022 Success Factor Definitions", "  \u2022 MyPerformance",
          "  \u2022 Leadership Development Programs", "", "",
          "University of Missouri System | 1100 Carrie Francke Drive | Columbia, MO 65211 | 573-882-2011",
          "\u00a9 2024 \u2014 Curators of the University of Missouri. All rights reserved. DMCA and other "
          "copyright information.",
          "An equal opportunity/access/affirmative action/pro-disabled and veteran employer.", ""]
    return "\n".join(L)


def build():
    out = B.DOCS / f"{STEM}.txt"
    out.write_text(text(), encoding="utf-8")
    return out


def gold(path):
    g = B.Gold(path, "txt", "Leader Competency Model")
    for name, items in CATS:
        g.competency(name, None, indicators=g.items(bullets(items)))
    return g.write()


if __name__ == "__main__":
    print(gold(build()))

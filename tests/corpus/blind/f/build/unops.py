"""unops-competency-framework.md: UNOPS Competency Framework ("Define our DNA"), overview section
(about the project, what are competencies, then each of the eight competencies with its "Themes"
line and its "Definition" bullets), as a Markdown handbook page: the competency wheel as an image
with a long alt text, bold pseudo-headings, bullets hard-wrapped with two-space continuation
indent, a horizontal rule and a copyright footer."""
import textwrap

import helpers as H

STEM = "unops-competency-framework"
COMPS = [
    ("Integrity & Inclusion", ["Diversity", "Cross cultural awareness", "Transparency", "Honesty"],
     ["Treats every individual with respect and responds sensitively to differences of gender, culture, "
      "background and belief.",
      "Acts in line with UNOPS values and standards of conduct, and challenges prejudice and unethical "
      "behaviour.",
      "Is open and transparent in decisions and dealings with others."]),
    ("Leading Self and Others", ["Self-awareness", "Motivation", "Empowerment", "Coaching"],
     ["Acts as a positive role model, takes responsibility for own development and motivates others to give "
      "their best.",
      "Gives people the authority and support to take ownership of their work."]),
    ("Partnering", ["Relationship building", "Stakeholder management", "Networking"],
     ["Builds and maintains relationships with partners, clients and colleagues that rest on trust and "
      "mutual benefit.",
      "Understands what partners need and works with them to reach shared solutions."]),
    ("Results Orientation", ["Accountability", "Quality", "Client focus"],
     ["Plans and organizes work to deliver the agreed results on time and to the expected quality.",
      "Takes ownership of outcomes and changes course when targets are at risk."]),
    ("Agility", ["Adaptability", "Innovation", "Change", "Resilience"],
     ["Adapts quickly to changing circumstances and stays effective under pressure.",
      "Welcomes new ideas and ways of working, and learns from setbacks."]),
    ("Solution Focused", ["Problem solving", "Analytical thinking", "Decision making"],
     ["Looks beyond the immediate issue to find practical and sustainable solutions.",
      "Weighs information from different sources before making sound and timely decisions."]),
    ("Effective Communication", ["Listening", "Written and oral communication", "Knowledge sharing"],
     ["Expresses ideas clearly and concisely in writing and in speech, adapting the message to the audience.",
      "Listens actively and shares information openly."]),
    ("Strategic Perspective", ["Strategic direction", "Organizational awareness"],
     ["Develops and implements sustainable business strategies, thinking long term and looking outward so "
      "as to shape the organization positively.",
      "Anticipates and understands the impact of future decisions and activities on other parts of the "
      "organization."]),
]

HEAD = """# UNOPS Competency Framework

## About the project

The project 'Define our DNA' set out to design a future-oriented Competency Framework, built by our
personnel around the world. Focus groups and visionary interviews were held in offices in every
region and at every level, and a survey then validated the first results. More than 300 colleagues
contributed to the design of the framework, which makes it truly our own.

With a bottom-up, fit-for-purpose framework in place, we describe what it means to be part of
UNOPS and what helps us thrive as individuals and as teams, so that we can keep meeting and
exceeding the expectations of our partners and beneficiaries.

The Competency Framework is aligned with the new Talent Management Framework and with our
commitment to have the right people in the right place.

## What are competencies?

Competencies are the integrated knowledge, skills and attributes that people need to do a job
well.

A defined set of competencies shows our workforce the behaviours UNOPS values. It strengthens our
culture, supports our purpose and keeps people engaged.

![Competency wheel: Integrity & Inclusion, Leading Self and Others, Partnering, Results Orientation, Agility, Solution Focused, Effective Communication, Strategic Perspective](images/cf-wheel.png)

## The competencies
"""


def bullets(texts):
    out = []
    for t in texts:
        out.append(textwrap.fill(t, 92, initial_indent="- ", subsequent_indent="  "))
    return "\n".join(out)


def build():
    parts = [HEAD]
    for name, themes, definition in COMPS:
        parts.append(f"\n### {name}\n\n**Themes**  \n{', '.join(themes)}\n\n**Definition**\n\n{bullets(definition)}\n")
    parts.append("\n---\n\n*\u00a9 UNOPS 2019. For internal use. Questions: contact People and Change Group.*\n")
    out = H.DOCS / f"{STEM}.md"
    out.write_text("".join(parts), encoding="utf-8")
    comps = [H.competency(STEM, n, " ".join(d), key_words=list(t)) for n, t, d in COMPS]
    H.write_gold(out, "md", "UNOPS Competency Framework", comps)


if __name__ == "__main__":
    build()

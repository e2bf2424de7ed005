"""grnsw-capability-framework-2025.txt: Greyhound Racing NSW, Capability Framework 2025, as the
plain-text export of its issuu flipbook: "Page N" markers, the designer's tick glyphs exported as
"3", display words split over lines ("self" / "leading"), levels listed top-down (LEADING
ORGANISATION first), "Effective Behaviours" / "Non\u2013Effective Behaviours" (en dash) blocks,
bullets hard-wrapped at poster-column width without indentation. LF line ends."""
import textwrap

import helpers as H

STEM = "grnsw-capability-framework-2025"
LEVELS = ["LEADING ORGANISATION", "LEADING FUNCTION", "LEADING LEADERS", "LEADING PEOPLE", "LEADING SELF"]
NEG = "Non\u2013Effective Behaviours"
VALUES = [
    ("RESPECT", "Respect",
     "We treat people, and our greyhounds, with care and dignity, we listen, and we value the different views "
     "and backgrounds of everyone in our industry.",
     {
         "LEADING ORGANISATION": (
             ["Builds an inclusive culture in which every voice in the industry is heard",
              "Consults participants and the community before making decisions that affect them"],
             ["Dismisses views that challenge the direction of the organisation"]),
         "LEADING FUNCTION": (
             ["Makes sure the function treats participants and stakeholders fairly and courteously",
              "Invites challenge and different perspectives into planning"],
             ["Talks down to other functions or to participants"]),
         "LEADING LEADERS": (
             ["Coaches managers to deal with people issues early and respectfully",
              "Acts quickly on bullying, harassment or disrespect"],
             ["Tolerates disrespectful behaviour from high performers"]),
         "LEADING PEOPLE": (
             ["Listens to team members and takes their ideas seriously",
              "Gives feedback privately and constructively"],
             ["Criticises team members in front of others"]),
         "LEADING SELF": (
             ["Treats colleagues, participants and animals with care and courtesy",
              "Listens to understand before responding"],
             ["Interrupts or ignores others in meetings",
              "Makes jokes or comments that exclude or offend"]),
     }),
    ("EXCELLENCE", "Excellence",
     "We set high standards, look for better ways of working and take pride in delivering quality outcomes "
     "for our People, Pups and Participants.",
     {
         "LEADING ORGANISATION": (
             ["Sets an ambitious strategy and measures the organisation\u2019s performance against it",
              "Invests in the systems and capability needed for long-term success"],
             ["Accepts average results as good enough"]),
         "LEADING FUNCTION": (
             ["Sets clear quality standards for the function and reviews performance against them",
              "Drives continuous improvement of processes and services"],
             ["Resists new ideas and ways of working"]),
         "LEADING LEADERS": (
             ["Holds managers to high standards and supports them to meet them",
              "Shares good practice across teams"],
             ["Lets poor performance go unaddressed"]),
         "LEADING PEOPLE": (
             ["Sets clear goals for the team and celebrates achievements",
              "Encourages the team to find better ways of doing things"],
             ["Focuses on tasks without checking the quality of outcomes"]),
         "LEADING SELF": (
             ["Takes pride in the quality of own work",
              "Looks for opportunities to learn and improve"],
             ["Does the minimum required",
              "Repeats the same mistakes without reflection"]),
     }),
]

FRONT = """GRNSW Capability Framework 2025

Page 1


Leading

Leading at all levels in capability that delivers to our People, Pups and Participants.

self

leading

INTENT

The intent of the GRNSW Capability Framework is to set out clearly the behaviours we expect
from each of our leadership roles, from Leading Self to Leading Organisation.

Each of us contributes and makes a difference together at the different levels of leadership.

By describing clearly the levels of individual leadership ownership, we aim to build an
informed and capable workforce that delivers to our People, Pups and Participants.

The Capability Framework gives us a shared and clear language, a benchmark of expected
behaviours and a common tool to refer to.

The Capability Framework will be applied in practice to:

3 Job Descriptions

3 Job Advertisement

3 Performance Reviews

3 Coaching for Performance

VALUES BASED

GRNSW has deliberately built a Capability Framework that links our leadership levels to our
values.

From Leading Self to Leading Organisation, in our day to day work and in delivering our
Strategic Plan, we will behave with;

3 Integrity

3 Collaboration

3 Accountability

3 Respect

3 Excellence

INTEGRITY COLLABORATION

LEADING ORGANISATION

LEADING FUNCTION

LEADING LEADERS

LEADING PEOPLE

LEADING SELF

LEADERSHIP BEHAVIOURS

Key examples of Effective Behaviours and Non\u2013Effective behaviours are listed against each value
and each level of leadership.

They give a clear guide to the behaviours GRNSW believes will make a difference in everything
we do, from Leading Self to Leading Organisation.

AT ALL LEVELS LEADERSHIP BEHAVIOURS

Leading Organisation

Leading Function

Leading Leaders

Leading People

Leading Self

INDIVIDUAL OWNER

SUPERVISOR + SPECIALIST

MIDDLE MANAGERS + SPECIALIST

+

1-2 + Years Experience 3-4+ Years Experience 5-6+ Years Experience 7-8+ Years Experience 9-10+ Years Experience

Course or Certificate

"""


def wrap(text, bullet=True):
    lines = textwrap.wrap(text, 46)
    if bullet:
        lines[0] = "\u2022 " + lines[0]
    return "\n".join(lines)


def build():
    out_lines = [FRONT]
    page = 2
    for caps, _, definition, blocks in VALUES:
        out_lines.append(f"\nPage {page}\n\n\n{caps}\n\n{textwrap.fill(definition, 60)}\n")
        page += 1
        for lv in LEVELS:
            eff, neg = blocks[lv]
            out_lines.append(f"\n{lv}\n\nEffective Behaviours\n")
            out_lines += [wrap(b) for b in eff]
            out_lines.append(f"\n{NEG}\n")
            out_lines += [wrap(b) for b in neg]
    out_lines.append(f"\nPage {page}\n\n\nwww.grnsw.com.au\n")
    text = "\n".join(out_lines)
    out = H.DOCS / f"{STEM}.txt"
    out.write_text(text, encoding="utf-8")

    comps = []
    for caps, name, definition, blocks in VALUES:
        levels = []
        for i, lv in enumerate(reversed(LEVELS)):
            eff, neg = blocks[lv]
            beh = H.items(STEM, eff, "Effective Behaviours") + H.items(STEM, neg, NEG)
            levels.append(H.level(i + 1, lv, beh))
        comps.append(H.competency(STEM, caps, definition, levels=levels))
    H.write_gold(out, "txt", "GRNSW Capability Framework 2025", comps)


if __name__ == "__main__":
    build()

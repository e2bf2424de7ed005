"""Artsy (art marketplace, New York) - public engineering handbook repository artsy/README, careers/ladder.md
"The Artsy Engineering Ladder": YAML front matter, intro with links, tracks table (Markdown pipe table), a TODO
section, code block, tl;dr list of levels, "Evaluation criteria" nested list (category -> two sub-criteria), then one
raw-HTML <table class="data-table"> per category: first row = category + level names (Engineer 1 ... Staff Engineer),
following rows = sub-area label + one <ul> per level, "&nbsp;" for empty cells.  Markdown, hand-written."""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from amlib import DOCS, competency, item  # noqa: E402

STEM = "artsy-engineering-ladder"
FILE = DOCS / f"{STEM}.md"
LEVELS = ["Engineer 1", "Engineer 2", "Senior Engineer 1", "Senior Engineer 2", "Staff Engineer"]

# category -> (criteria sub-bullets, table first-cell text, rows: (label, [cells per level]))
CATS = [
    ("Knowledge Leadership",
     ["Level of knowledge in a specific business area", "Breadth and depth of technical and soft skills"],
     "Knowledge leadership",
     [("Technical understanding", [
         ["Has a broad grasp of computer science fundamentals (data structures, databases, client/server, DNS).",
          "Learns Artsy's conventions on their own initiative (design system, our internal Technology Radar, etc.).",
          "Regularly takes code all the way from development to production.",
          "Knows the basic troubleshooting and debugging tools, including the developer console and our error "
          "reporting and monitoring services."],
         ["Applies Artsy's conventions consistently (design system, Technology Radar, workflow, etc.).",
          "Understands the basics of security, performance and scalability, and handles them by extending existing "
          "patterns or asking for input.",
          "Can follow a production issue through several layers of the stack."],
         ["Knows their own technical area well, is familiar with a range of shared systems and tools, and is keen to "
          "deepen and broaden that knowledge.",
          "Traces and fixes end-to-end issues methodically, using data, logs and metrics.",
          "Thinks about security, performance and scalability across systems when designing software."],
         ["Knows the production infrastructure (front end, back end or both) very well and contributes to it in their "
          "area of expertise",
          "Takes a regular part in the whole software lifecycle: testing, deployment, monitoring, alerting",
          "Leaves systems in better shape after each release and makes it easier for others to contribute."],
         ["Has deep knowledge in particular domains and working knowledge of the whole stack.",
          "Is recognised across engineering as an expert in many parts of the code base.",
          "Contributes to complex systems or products shared across the engineering team."]]),
      ("Code quality", [
          ["Writes code that is easy to read, has no obvious bugs and comes with unit tests.",
           "Spots small, file-level refactoring opportunities and makes time for them."],
          ["Contributes code that is correct, follows agreed patterns and can usually be merged with little "
           "guidance.",
           "Uses tests, QA and monitoring to guide changes and build confidence, rather than writing tests only "
           "because they \"should\"."],
          None, None, None])]),
    ("Impact",
     ["Nature and impact of problems solved and decisions made", "Value delivered to the business and team"],
     "Impact",
     [("Team impact", [
         ["Completes well-defined tasks.",
          "Looks for chances to learn about new product areas or technologies."],
         ["Makes small improvements to shared tools and libraries (chores from practices, fixes outside immediate "
          "product work)."],
         ["Proposes ways to improve our infrastructure or product within the team's deliverables.",
          "Helps prioritise the team's backlog and weigh the cost and impact of initiatives.",
          "Contributes to the team's longer-term planning (OKRs, roadmap)."],
         ["Turns product and design specs into technical tasks the team can work on efficiently, and makes sure "
          "everyone understands the context.",
          "Can take on Tech Lead responsibilities or lead a key project when needed."],
         ["Proposes larger changes to the product roadmap and argues for them convincingly.",
          "Anticipates technical problems at the organisation level and helps others avoid them in their designs.",
          "Bonus: promotes Artsy's engineering brand through blog posts, talks, open source projects or work with "
          "outside contributors."]]),
      ("Product impact", [
          None,
          ["Can be relied on to deliver features on the team's critical path."],
          ["Delivers significant business value by helping the team reach its goals.",
           "Leads larger initiatives of a month or two that involve coordinating with two or three engineers.",
           "Breaks down ambiguous business problems and sequences the work to deliver value early and often."],
          ["Can lead a very large, multi-month initiative, such as introducing a new technology.",
           "Watches the quality of the whole team's work and makes time for \"tragedy of the commons\" fixes such as "
           "missing tests or tech debt."],
          ["Has clearly improved some top-line engineering or product metrics.",
           "Drives process changes across the whole engineering team."]])]),
    ("Influence",
     ["Nature and level of influence on projects, strategy, and internal and external contacts",
      "Effect on people around you and team dynamics"],
     "Influence",
     [("Team influence", [
         ["Builds relationships with teammates.",
          "Takes an active part in team rituals.",
          "Gives clear, timely updates on progress and obstacles."],
         ["Offers constructive feedback and observations in team retrospectives."],
         ["Suggests process changes in the team",
          "Regularly owns retro action items.",
          "Regularly facilitates existing team ceremonies."],
         ["Organises retrospectives and other team discussions without being asked.",
          "Can drive change without formal authority."],
         None]),
      ("Communication", [
          None,
          ["Debates important (risky or costly) trade-offs while staying flexible.",
           "Stays constructive, even in strong disagreement."],
          ["Communicates clearly and concisely, with the right level of technical detail for the audience.",
           "Learns from debate and keeps an open, constructive attitude"],
          ["Assumes positive intent and models empathetic communication.",
           "Can present the team's work in larger forums to a non-technical audience."],
          ["Communicates unambiguously and makes the main points very clear.",
           "Handles emotionally charged or defensive topics with grace.",
           "Can sell Artsy to candidates, tailoring the message to the person."]])]),
    ("Discretion",
     ["Nature of guidance received", "Nature of guidance provided to others"],
     "Discretion",
     [("Oversight", [
         ["Sequences the tickets the team assigns with some guidance and knows how to pick up more work when done.",
          "Understands the team's mission, goals and backlog."],
         ["Directs their own work and sets their own priorities.",
          "Knows when to ask for help and how to get unblocked.",
          "Makes steady progress without needing constant input."],
         ["Balances business impact and technical strategy when planning own work and guiding the team's "
          "decisions.",
          "Is seen as a reliable teammate who can own complex tasks end to end."],
         None,
         ["Understands the Artsy business and makes decisions in line with its direction.",
          "Sets short- to medium-term technical direction and has a positive effect on business direction."]]),
      ("Initiative", [
          None,
          None,
          ["Prefers to act, learn and adjust rather than wait for perfect information",
           "Jumps in during outages rather than watching from the side",
           "Takes the initiative to find and solve problems outside their focus area."],
          ["Is trusted to run with things with very little supervision beyond regular check-ins with their "
           "manager."],
          ["Can drive change at the organisation level by spotting a critical need, starting a practice, working "
           "group or task force, and seeing it through."]])]),
]

INTRO = """---
title: The Artsy Engineering Ladder
description: Career development at Artsy
---

# Engineering Ladder

This documents Artsy's Engineering Ladder. The Engineering Ladder is a framework that helps us evaluate performance,
goals, and compensation for engineers at Artsy. We first set up and opened our ladder in 2015, which you can read
about [on our blog](https://artsy.github.io/blog/2015/04/03/artsy-engineering-compensation-framework/).

Since then Artsy has aligned with the
[company-wide framework 🔑](https://docs.google.com/spreadsheets/d/1SJXiaA5TYQxqDQmOiVG5NjLj3FFaAAC6aFVVB40bUAs/edit)
for levels and titles, and we have added Technical Lead levels to the framework.

This document is open and evolving. Please open issues or pull requests to suggest changes, so that our framework
keeps helping Artsy evaluate compensation and career growth for engineers fairly.

## Tracks

The Engineering Ladder covers two tracks: an individual contributor track (IC2–IC8) and a manager track (M2–M6). The
manager track is open to engineers who have reached the "IC5 Senior Engineer" level on the individual contributor
ladder.

| Individual Contributor | Artsy IC Level | Artsy M Level | Manager                        |
| ---------------------- | -------------- | ------------- | ------------------------------ |
| Intern                 | Intern         |               |                                |
| Engineer 1             | IC2            |               |                                |
| Engineer 2             | IC3            |               |                                |
| Senior Engineer 1      | IC4            | M2            | Engineering Manager 1          |
| Senior Engineer 2      | IC5            | M3            | Engineering Manager 2          |
| Staff Engineer         | IC6            | M4            | Senior Engineering Manager     |
| Senior Staff Engineer  | IC7            | M5            | Director of Engineering        |
| Principal Engineer     | IC8            | M6            | Senior Director of Engineering |

### How promotions work

TODO

## Individual Contributors

Individual contributor engineers hold a "maker" role at Artsy: they write code on a regular basis and have no direct
reports. As an individual contributor grows at Artsy, the scale and impact of the code they write and the systems
they look after are expected to grow too.

From one level to the next, the scope of direct impact widens gradually, and so does the sphere of influence.
Greater mastery is necessary but not sufficient to widen impact.

```
Scope of impact:     Self     >        Team          >  Teams  > Org
Level          : Eng 1, Eng 2 > Sen Eng 1, Sen Eng 2 >  Staff  > Sen Staff+
```

### tl;dr

- Intern: focuses on learning core skills and using them to deliver business value
  - TODO: This level still needs to be added to the ladder.
- Engineer 1 (IC2): Focuses on being an effective individual contributor.
- Engineer 2 (IC3): Is an effective team member.
- Senior Engineer 1 (IC4): Consistently drives change and impact across a large part of their product
  team.
- Senior Engineer 2 (IC5): Consistently drives change and impact across their whole product team.
- Staff Engineer (IC6): can drive change and impact across several teams.
- Senior Staff Engineer (IC7): can drive change and impact across the whole Product, Data, Design and Engineering
  organization
  - TODO: This level still needs to be added to the ladder.

_Note: This ladder draws heavily on
[Better's Technical Career Ladder](https://better.engineering/technical-career-ladder/) and
[Rent the Runway's Engineering Ladder](https://dresscode.renttherunway.com/blog/ladder), which we think are specific
enough to support meaningful career development conversations._

### Evaluation criteria

"""


def _cell(cell):
    if not cell:
        return "      <td>&nbsp;</td>"
    lis = "\n".join(f"          <li>{html.escape(x, quote=False)}</li>" for x in cell)
    return f"      <td>\n        <ul>\n{lis}\n        </ul>\n      </td>"


def build():
    crit = "\n".join(f"- {name}\n" + "\n".join(f"  - {s}" for s in subs) for name, subs, _, _ in CATS)
    tables = []
    for name, _subs, first, rows in CATS:
        head = "\n".join([f'      <td class="border-top">{first}</td>'] +
                         [f'      <td class="border-top">{lv}</td>' for lv in LEVELS])
        body = []
        for label, cells in rows:
            body.append("    <tr>\n" + f"      <td>{label}</td>\n" + "\n".join(_cell(c) for c in cells) + "\n    </tr>")
        tables.append(f"""### {name}

<table class="data-table">
  <tbody>
    <tr>
{head}
    </tr>
{chr(10).join(body)}
  </tbody>
</table>
""")
    text = INTRO + crit + "\n\n" + "\n".join(tables)
    FILE.write_text(text, encoding="utf-8")
    return FILE


def gold():
    comps = []
    for name, subs, _first, rows in CATS:
        levels = []
        for k, lv in enumerate(LEVELS):
            beh = [item(STEM, b, label) for label, cells in rows if cells[k] for b in cells[k]]
            if beh:
                levels.append({"rank": k + 1, "label": lv, "behaviors": beh})
        comps.append(competency(STEM, name, " ".join(subs), levels=levels))
    return "md", "The Artsy Engineering Ladder", comps

"""4. Redivis handbook (GitBook-synced Markdown): careers/engineering.md.

YAML front matter, GitBook hint block, intro, a competency list with definitions, a pipe-table matrix
(rows = competencies, columns = developer-track levels; some cells hold <br>-separated bullets), then
"How to grow" with per-competency activity bullets, and a Resources list."""
import qcommon as C

STEM = "redivis-engineering-ladder"
TITLE = "Engineering"

LEVELS = ["Entry-level", "Intermediate", "Advanced", "Senior", "Staff"]

# name, definition, cells (each cell: str or list of bullets), activities
COMPS = [
    ("Technology", "depth of knowledge of the languages, tools and platforms we build with.",
     ["Is learning our stack; fixes well-scoped bugs with guidance",
      "Works independently in one part of the codebase",
      ["Is fluent across the full stack", "Chooses the right tool for the job"],
      ["Is the go-to expert for at least one area", "Evaluates new technologies for the team"],
      "Sets technical standards that are adopted across engineering"],
     ["Pair with a more senior engineer on a part of the stack you haven't touched yet.",
      "Pick up one bug per sprint outside your usual area.",
      "Write a short internal tech note about a library or tool you've just learned."]),
    ("System", "the level of ownership someone takes for the systems we run.",
     ["Understands how their feature fits into the product",
      "Designs and ships small components end to end",
      "Owns a service in production, including its on-call",
      ["Designs systems that span several services", "Plans for scale and failure from the start"],
      "Owns the architecture of a major product area"],
     ["Join the on-call rotation once you feel comfortable with the codebase.",
      "Write a design doc before your next medium-sized feature and ask two people to review it.",
      "Read the incident write-ups from the last quarter and note what you would have checked first."]),
    ("People", "how someone works with, supports and grows their teammates.",
     ["Asks for help early and takes feedback well",
      "Gives thoughtful, timely code reviews",
      ["Mentors entry-level engineers", "Gives feedback that is direct and kind"],
      "Helps other engineers grow into senior roles",
      ["Shapes how we hire and onboard", "Builds a culture of mentorship across teams"]],
     ["Offer to onboard the next new hire on your team.",
      "Ask your manager for specific feedback on the tone of your code reviews."]),
    ("Process", "how someone follows, takes part in and improves the way we work.",
     ["Follows the team\u2019s workflow",
      "Suggests improvements during retrospectives",
      "Runs sprint planning for the team when needed",
      "Changes team processes based on evidence",
      "Defines practices used across engineering"],
     ["Facilitate your team's next retrospective.",
      "Propose one measurable change to how the team ships code, and review it after a month."]),
    ("Influence", "how far someone's impact reaches, from a single feature to the wider community.",
     ["Their work affects their own tasks",
      "Influences decisions on their team",
      "Influences the work of several teams",
      ["Influences the whole engineering org", "Represents Redivis at meetups and conferences"],
      "Influences the company and the wider research data community"],
     ["Give a talk at one of our internal lunch-and-learns.",
      "Write a post for the Redivis engineering blog about something you shipped."]),
]


def cell_md(c):
    if isinstance(c, list):
        return "<br>".join("\u2022 " + b for b in c)
    return c


def render():
    L = []
    L.append("---")
    L.append("description: >-")
    L.append("  How engineering roles progress at Redivis: our two tracks, the levels within them")
    L.append("  and the competencies we use to talk about growth.")
    L.append("---")
    L.append("")
    L.append("# Engineering")
    L.append("")
    L.append('{% hint style="info" %}')
    L.append("We're currently hiring **intermediate and senior developers** on the frontend team! See the [careers page](../../jobs/careers-page.md).")
    L.append("{% endhint %}")
    L.append("")
    L.append("Engineering roles are split into two tracks: one for developers, who focus on individual contributions (IC), and one for engineering managers, who focus on managing people.")
    L.append("")
    L.append("Whatever their level, engineers can use the competencies below to understand how effective they are and how broad their responsibilities should be. Progression is a conversation between you and your manager, not a checklist: nobody is expected to tick every box before moving up.")
    L.append("")
    L.append("## Tracks")
    L.append("")
    L.append("* **Developer (IC):** deep technical expertise; delivers product work and, at higher levels, owns systems, architecture and production support, and trains other engineers.")
    L.append("* **Engineering Manager:** manages other engineers and is responsible for their output, their career growth and their happiness; at higher levels, also decides who works on what.")
    L.append("")
    L.append("| Developer (IC) | Engineering Manager |")
    L.append("| -------------- | ------------------- |")
    L.append("| Entry-level    | -                   |")
    L.append("| Intermediate   | -                   |")
    L.append("| Advanced       | -                   |")
    L.append("| Senior         | Manager             |")
    L.append("| Staff          | Senior Manager      |")
    L.append("")
    L.append("## Competencies")
    L.append("")
    L.append("We look at growth along five competencies:")
    L.append("")
    for name, d, *_ in COMPS:
        L.append(f"* **{name}**: {d}")
    L.append("")
    L.append("### Developer track matrix")
    L.append("")
    L.append("Each cell describes what we expect at that level. Expectations are cumulative: an Advanced engineer also does what is listed for Intermediate.")
    L.append("")
    L.append("| Competency | " + " | ".join(LEVELS) + " |")
    L.append("| --- | " + " | ".join("---" for _ in LEVELS) + " |")
    for name, d, cells, _ in COMPS:
        L.append(f"| **{name}** | " + " | ".join(cell_md(c) for c in cells) + " |")
    L.append("")
    L.append('{% hint style="warning" %}')
    L.append("The Engineering Manager track uses the same five competencies, with People and Process weighted more heavily. Ask your manager for the manager matrix.")
    L.append("{% endhint %}")
    L.append("")
    L.append("## How to grow")
    L.append("")
    L.append("Some ideas for building each competency. Pick one or two at a time and agree them with your manager at your next 1:1.")
    L.append("")
    for name, d, cells, acts in COMPS:
        L.append(f"### {name}")
        L.append("")
        for a in acts:
            L.append(f"* {a}")
        L.append("")
    L.append("## Resources")
    L.append("")
    L.append("* [Engineering Ladders](http://www.engineeringladders.com/), the framework our five competencies are adapted from")
    L.append("* [Growth and progression](../growth-and-progression.md)")
    L.append("* [Frontend engineer](engineering/frontend-engineer.md) and [Backend engineer](engineering/backend-engineer.md) role pages")
    L.append("")
    return "\n".join(L)


def build():
    out = C.DOCS / f"{STEM}.md"
    out.write_text(render(), encoding="utf-8")
    return out


def gold(path):
    comps = []
    for name, d, cells, acts in COMPS:
        levels = []
        for i, c in enumerate(cells):
            behs = c if isinstance(c, list) else [c]
            levels.append(C.level(i + 1, LEVELS[i], behs, STEM))
        comps.append(C.competency(name, STEM, d, levels=levels,
                                  activities=[C.item(a, STEM) for a in acts]))
    return C.write_gold(path, "md", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(gold(p))

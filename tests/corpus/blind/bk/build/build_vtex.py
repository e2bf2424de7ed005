"""VTEX Engineering, "Becoming a Driver" career guide, competency pillar page "Flourish Your Neighborhood" -> Markdown.

Layout: MkDocs-Material source page: YAML front matter (hide: toc), "# Flourish Your Neighborhood", pillar intro
with in-page links, an admonition ("!!! info"), a PIPE TABLE of the generic skill-acquisition stages, then per
competency an "## Name" heading, a description paragraph, a bold "What it looks like along the journey" line and
NESTED BULLETS (stage name in bold as the outer bullet, 4-space-indented behaviour bullets under it), a
"> **Tip:**" blockquote for two competencies and a "See also:" line with in-page links; closing horizontal rule
and back link.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bklib as L  # noqa: E402

STEM = "vtex-flourish-your-neighborhood"
OUT = L.DOCS / f"{STEM}.md"
TITLE = "Flourish Your Neighborhood"
STAGES = ["Implementer", "Solver", "Finder", "Driver"]

COMPS = [
    ("Effective Communication",
     "Communication is how individual work turns into shared progress. Communicating effectively means "
     "adapting the message, the channel and the level of detail to the people who receive it, whether they are "
     "engineers on your team, product managers, support agents or customers, and checking that what was "
     "understood matches what was meant.",
     [["Writes clear pull request descriptions and status updates.",
       "Asks questions early when a task or a requirement is unclear."],
      ["Explains technical trade-offs to product managers and designers in terms they can act on.",
       "Chooses the right channel for each message, from a quick chat to a written proposal."],
      ["Writes design documents that help several teams reach a decision.",
       "Adapts the message to audiences with very different contexts, from engineers to executives."],
      ["Communicates the technical vision of an area in a way that people across the company can follow.",
       "Sets communication practices that other teams adopt."]],
     "Before you send a long message, write its first sentence as if it were the only one people will read.",
     ["Knowledge Sharing", "Influence"]),
    ("Mediation",
     "Conflict is a natural part of working with other people. Mediation is the ability to help people with "
     "different views find common ground while keeping the discussion on the problem and not on the people "
     "involved.",
     [["Listens to the arguments of others before defending their own position.",
       "Keeps technical discussions respectful, including in code reviews."],
      ["Helps teammates separate facts from opinions in a disagreement.",
       "Proposes ways forward that take the concerns of both sides into account."],
      ["Facilitates discussions between teams with competing priorities.",
       "Recognizes early signs of conflict and addresses them before they escalate."],
      ["Resolves disagreements that involve several areas of the company.",
       "Creates forums and rituals where difficult topics can be discussed safely."]],
     "When a thread in a pull request goes back and forth more than twice, move the conversation to a call.",
     []),
    ("Influence",
     "Influence is the ability to win support for an idea without relying on authority. It grows with trust: "
     "people listen to those whose judgement has proved sound and who take their concerns seriously.",
     [["Backs suggestions with data, examples or prototypes.",
       "Earns trust by delivering what was promised."],
      ["Convinces the team to adopt better practices or tools.",
       "Seeks the input of the people affected by a proposal before presenting it."],
      ["Gains the support of other teams for initiatives that cross team boundaries.",
       "Changes the direction of a project when the evidence shows it is needed."],
      ["Shapes engineering decisions across the company.",
       "Represents VTEX engineering in the wider technical community."]],
     None,
     ["Effective Communication", "Mediation"]),
    ("Knowledge Sharing",
     "What one person knows only helps the company when others can use it too. Sharing knowledge reduces "
     "dependence on individuals, speeds up onboarding and gives everyone the chance to grow.",
     [["Shares what they learn in team channels and demos.",
       "Documents the decisions taken in their own tasks."],
      ["Mentors new team members and reviews code with teaching in mind.",
       "Runs internal sessions on topics they know well."],
      ["Creates learning material that is used beyond their own team.",
       "Identifies knowledge that is concentrated in a few people and plans how to spread it."],
      ["Builds communities of practice across the engineering organization.",
       "Speaks at conferences and writes publicly about the work of VTEX engineering."]],
     None,
     ["Effective Communication"]),
]


def render():
    out = ["---", "hide:", "- toc", "---", f"# {TITLE}", "",
           "Look at the people around you with empathy, understand their circumstances and find ways to connect "
           "with them: in writing or out loud, in person or remotely. When we tend these connections together, "
           "everyone around us can grow. This pillar covers four competencies: "
           + ", ".join(f"[{n}](#{L.slug(n)})" for n, *_ in COMPS[:-1])
           + f" and [{COMPS[-1][0]}](#{L.slug(COMPS[-1][0])}).", "",
           '!!! info "How to read this page"',
           "    Each competency starts with a short description, followed by examples of what it looks like at "
           "each stage of the [Becoming a Driver journey](../journey.md). The stages build on each other: a "
           "Finder keeps doing what Implementers and Solvers do.", "",
           "The radar chart of each [career level](../career-path/index.md) shows the skill acquisition stage "
           "expected for every competency. The stages are:", "",
           "| Stage | What it means |",
           "|-------|---------------|",
           "| Beginner | You show a basic level of performance and have a limited grasp of the underlying principles. |",
           "| Competent | You carry out most tasks of the skill efficiently and ask for help only in complex situations. |",
           "| Proficient | You work fluidly and intuitively, need little supervision and can teach others. |",
           "| Expert | You handle complex and unpredictable situations with ease and mentor others. |", ""]
    for name, desc, levels, tip, related in COMPS:
        out += [f"## {name}", "", desc, "", "**What it looks like along the journey**", ""]
        for stage, bl in zip(STAGES, levels):
            out.append(f"- **{stage}**")
            out += [f"    - {b}" for b in bl]
        out.append("")
        if tip:
            out += [f"> **Tip:** {tip}", ""]
        if related:
            out += ["See also: " + ", ".join(f"[{r}](#{L.slug(r)})" for r in related) + ".", ""]
    out += ["---", "", "[:octicons-arrow-left-24: Back to Engineering Competencies](index.md)", ""]
    OUT.write_text("\n".join(out), encoding="utf-8")


def gold():
    doc = STEM
    comps = []
    for name, desc, levels, tip, related in COMPS:
        comps.append(L.competency(doc, name, desc,
                                  levels=[L.level(doc, k + 1, STAGES[k], bl) for k, bl in enumerate(levels)],
                                  tips=L.items(doc, [tip]) if tip else [],
                                  related=list(related)))
    return L.write_gold(OUT, "md", TITLE, comps)


if __name__ == "__main__":
    render()
    print(gold())

"""Anonymised employer ("company1") - "Core Engineer Progression", Markdown notes copy (MD).

Modelled on hanfak/topics-to-learn, career/learning/company1/core-eng-progression.md: a Markdown copy of an
employer's engineering progression framework kept in a personal notes repository. Layout copied: H1 title,
a "Markdown TOC" block between <!-- TOC --> comment markers (list of anchor links, a duplicated entry),
category separator headings "# --Engineering--" / "# -- Customer --", one H1 per competency, a one-line
description, a tab-separated header line "Level<TAB>Attainment Critera (non-exhaustive)", level labels
"0 - None" ... "5 - Evangelise" on their own lines, criteria as bare lines (no list markers, no blank lines),
some levels left empty, one competency section pasted twice. Wording is ours.
"""
import bolib as L

STEM = "company1-core-engineer-progression"
OUT = L.DOCS / f"{STEM}.md"

LABELS = ["0 - None", "1 - Understand", "2 - Follow", "3 - Practice", "4 - Drive/Lead", "5 - Evangelise"]
BASICS = "I know the basics of what this is and why it matters but have had little hands-on experience."
EVANGELISE = ["I influence and evangelise both inside the company and in public.",
              "I spot the next generation of experts and help them grow."]

COMPS = [
    ("--Engineering--", "Technical Decision Making",
     "Reaching sound technical decisions that weigh up every internal and external factor.",
     [[], [],
      ["Take part in conversations where decisions are being made",
       "Recognise when a decision is needed and check in with team members",
       "Offer ideas in brainstorming sessions"],
      ["Able to make technical decisions on their own, and sometimes does",
       "Run meetings and steer technical discussions for the team",
       "Pitch language to the audience when presenting",
       "Question the way things have always been done"],
      ["Shape technical direction with the planned future work in mind",
       "Recognise how a local technical decision ripples out to the wider estate",
       "Guide others to a decision rather than deciding for them",
       "Compare languages or products and pick the one that fits the job",
       "Take the \u201cpeople factor\u201d into account"],
      []]),
    ("--Engineering--", "Debugging of Production Issues",
     "Tracing problems back to their root cause with monitoring, logging, application insight and other tools.",
     [[], [BASICS],
      ["Know where the tools for production monitoring and debugging live.",
       "Know where the support systems are.",
       "Understand how the incident management process works.",
       "Understand how the deployment process works.",
       "Know when a hotfix is needed and how to ship one.",
       "Help out while a production issue is being debugged."],
      ["Tell HPI, MPI and P3 incidents apart so that each one is classified and fixed appropriately.",
       "Understand how the production systems are put together.",
       "Follow a customer request through the infrastructure it passes on its way to your application.",
       "Use analytics data to debug a problem and to test the fix.",
       "Find the root cause and stop the same issue from coming back."],
      ["Make the monitoring, reporting and analytics of production applications and infrastructure easier to see.",
       "Make sure the right data is captured to debug issues properly, and suggest improvements.",
       "Spot weaknesses in design and infrastructure and drive the fix.",
       "Look into new logging and monitoring tools that make debugging easier.",
       "Encourage the team to take ownership of finding and fixing issues."],
      EVANGELISE]),
    ("--Engineering--", "Continuous Deployment",
     "Streamlining and automating integration, build and deployment; both rolling forward and rolling back changes.",
     [[], [BASICS],
      ["Know how artefacts are delivered to production.",
       "Understand deployment approaches such as blue/green and canary releases."],
      ["Set up CD workflows.",
       "Build once and deploy often.",
       "Treat automation as a first-class citizen.",
       "Improve CD flows so that customers feel as little as possible when something goes wrong.",
       "Know how to validate a deployment."],
      ["Define the CD approach.",
       "Make CD flows and deployments more visible and better monitored.",
       "Research ways to improve CD flows.",
       "Make sure test coverage is strong enough to keep bugs out of production.",
       "Treat automation of deployments and rollbacks as a first-class concern.",
       "Use deployment validation to trigger a rollback."],
      EVANGELISE]),
    ("-- Customer --", "Customer Focus and Value",
     "Knowing who our customers are and what they need, and keeping that at the centre of the work.",
     [[], [BASICS],
      ["Know who uses the product and what they use it for.",
       "Ask what a piece of work means for customers before starting it."],
      ["Look at customer feedback and data when prioritising work.",
       "Talk to customers, or to colleagues who face them, to understand problems first-hand.",
       "Measure whether a change actually made things better for customers."],
      ["Put customer needs at the heart of team planning and challenge work that adds little value.",
       "Create chances for the team to meet customers and learn from them."],
      EVANGELISE]),
]
DUPLICATED = "Continuous Deployment"


def anchor(title):
    import re
    a = title.lower().replace("&", "")
    a = re.sub(r"[^a-z0-9 \-]", "", a).replace(" ", "-")
    return re.sub(r"-{2,}", "-", a)


def section(name, desc, levels):
    out = [f"# {name}", desc, "", "Level\tAttainment Critera (non-exhaustive)"]
    for lab, crit in zip(LABELS, levels):
        out.append(lab)
        out.extend(crit)
    out.append("")
    return out


def render():
    lines = ["# Core Engineer Progression", "",
             "<!-- TOC depthFrom:1 depthTo:6 withLinks:1 updateOnSave:1 orderedList:0 -->", "",
             "- [Core Engineer Progression](#core-engineer-progression)"]
    cat = None
    for c, name, _, _ in COMPS:
        if c != cat:
            lines.append(f"- [{c}](#{anchor(c)})")
            cat = c
        lines.append(f"- [{name}](#{anchor(name)})")
        if name == DUPLICATED:
            lines.append(f"- [{name}](#{anchor(name)})")
    lines += ["", "<!-- /TOC -->", ""]
    cat = None
    for c, name, desc, levels in COMPS:
        if c != cat:
            lines += [f"# {c}", ""]
            cat = c
        lines += section(name, desc, levels)
        if name == DUPLICATED:
            lines += section(name, desc, levels)
    OUT.write_text("\n".join(lines), encoding="utf-8")


def gold():
    comps = []
    for _, name, desc, levels in COMPS:
        lv = [L.level(STEM, i + 1, lab, crit) for i, (lab, crit) in enumerate(zip(LABELS, levels))]
        comps.append(L.competency(STEM, name, desc, levels=lv))
    L.write_gold(OUT, "md", "Core Engineer Progression", comps)


def main():
    render()
    gold()


if __name__ == "__main__":
    main()

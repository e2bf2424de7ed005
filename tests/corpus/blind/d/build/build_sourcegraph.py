"""Sourcegraph handbook page (Markdown): YAML front matter, "- Name: definition" bullets, a pipe table whose
columns are the three categories (competencies) and whose rows are the levels IC1-IC3, and nested
bullets under "Example behaviors" where each parent bullet names a group of behaviours."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

STEM = "sourcegraph-engineering-career-framework"
DOC = C.DOCS / f"{STEM}.md"

DEFS = {
    "Proficiency": "The expertise you show in the skills that matter for your role and level, in depth and in "
                   "breadth: quality of code and code reviews, knowledge of our codebases, technologies and tools, "
                   "and technical design.",
    "Execution": "Knowing what it takes to be productive and reach the right outcomes for Sourcegraph, and "
                 "acting on it consistently, moving from your own work to helping larger groups reach larger goals.",
    "Teamwork": "How you work with others so that both they and you become more effective, with teammates at "
                "Sourcegraph and with external stakeholders such as customers.",
}

TABLE = [  # level, Proficiency, Execution, Teamwork
    ("IC1",
     "Delivers technical solutions to well-scoped tasks with guidance and builds up the essentials of their domain.",
     "Manages own time and commitments; asks for help when blocked or when a task is unclear.",
     "Asks questions, takes part in team meetings with curiosity and responds well to feedback."),
    ("IC2",
     "Proficient in the core technical skills of their focus area; writes maintainable, well-tested code.",
     "Breaks work down, estimates and cuts scope to deliver reliably and on time.",
     "Communicates clearly, documents proactively and helps onboard and mentor newer teammates."),
    ("IC3",
     "Expert in their domain; solves open-ended, loosely defined problems and raises the bar in reviews.",
     "Scopes and delivers complex, loosely defined work independently and sets realistic deadlines.",
     "Leads by example across teams, shapes team processes and grows the people around them."),
]

EXAMPLES = {
    "Proficiency": [
        ("Code and reviews", [
            "Writes maintainable, well-tested code that follows the style and practices of the codebase.",
            "Gives timely, helpful code reviews and, with seniority, comments on architecture, scalability "
            "and customer impact.",
            "Can explain the reasoning and trade-offs behind their technical choices.",
        ]),
        ("Learning", [
            "Grows their technical knowledge by reading, watching others and doing.",
            "Knows our docs and how to find answers quickly.",
            "Treats unfamiliar code as a chance to learn rather than something to avoid.",
        ]),
    ],
    "Execution": [
        ("Planning", [
            "Breaks tasks down, plans and estimates, and cuts scope where needed to deliver reliably.",
            "Prioritizes own work in line with team goals.",
        ]),
        ("Unblocking", [
            "Notices when they are blocked and asks for support.",
            "Spots problems in requirements and works actively to resolve them.",
        ]),
        ("Customer focus", [
            "Shows empathy for users, whether internal or external.",
        ]),
    ],
    "Teamwork": [
        ("Communication", [
            "Communicates clearly in meetings and asynchronously, raising blockers early and sharing "
            "assumptions and context.",
            "Writes documentation that helps others without being asked.",
        ]),
        ("Growing others", [
            "Helps onboard new teammates and mentors more junior engineers where possible.",
            "Takes part in hiring by interviewing (after training) and writing useful feedback.",
            "Gives timely, helpful feedback and trusts others to decide how far to act on it.",
        ]),
    ],
}


def build():
    md = [
        "---",
        "title: Engineering career development framework",
        "description: What we expect of individual contributors in engineering, from IC1 to IC3.",
        "layout: handbook",
        "tags: [engineering, career-development]",
        "---",
        "",
        "# Sourcegraph engineering career development framework",
        "",
        "Our career development framework helps you understand what your role expects of you, and gives you and",
        "your manager a shared language for discussing and planning your growth. It also supports our wider aim",
        "of recognizing everyone's impact fairly and of reducing bias in hiring and promotions.",
        "",
        "## What are the expectations of my role?",
        "",
        "Software engineers at Sourcegraph currently progress through six levels; this page covers the first",
        "three. Each level is described in three categories:",
        "",
    ]
    for k, v in DEFS.items():
        md.append(f"- {k}: {v}")
    md += [
        "",
        "The behaviors listed below are examples, not a checklist for promotion: doing all of them is neither",
        "necessary nor sufficient. What counts is a _level of impact_ consistent with each category's description.",
        "Rather than start every bullet with \"Consistently\", we leave it implied.",
        "",
        "<!-- IC4-IC6 will be added once calibration is complete -->",
        "",
        "## Levels at a glance",
        "",
        "| Level | Proficiency | Execution | Teamwork |",
        "|-------|-------------|-----------|----------|",
    ]
    for row in TABLE:
        md.append("| " + " | ".join(row) + " |")
    md += ["", "## Example behaviors", ""]
    for comp, groups in EXAMPLES.items():
        md += [f"### {comp}", ""]
        for g, bullets in groups:
            md.append(f"- {g}")
            for b in bullets:
                md.append(f"  - {b}")
        md.append("")
    md += [
        "## When do I get promoted?",
        "",
        "When your manager can show at least one quarter of high performance at your current level and one",
        "quarter of performing at the next level, in all three categories. Promotions are considered in our",
        "twice-yearly talent review.",
        "",
    ]
    DOC.write_text("\n".join(md), encoding="utf-8")

    comps = []
    for i, comp in enumerate(DEFS):
        levels = [{"rank": r + 1, "label": row[0], "behaviors": [C.item(STEM, row[i + 1])]}
                  for r, row in enumerate(TABLE)]
        ind = [C.item(STEM, b, group=g) for g, bullets in EXAMPLES[comp] for b in bullets]
        comps.append(C.competency(STEM, comp, DEFS[comp], levels=levels, indicators=ind))
    C.write_gold(DOC, "md", "Sourcegraph engineering career development framework", comps)


if __name__ == "__main__":
    build()
    print("built", DOC)

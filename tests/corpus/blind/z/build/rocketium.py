"""Rocketium culture handbook (GitBook), Career paths > By team > Engineering, as Markdown.

Layout: "# Engineering", an intro paragraph, lifecycle stages as "## Architect" / "## Build", the
areas under each stage as "###" headings, the levels as "####" headings (Basic, Intermediate,
Senior; one area prints "Advanced" instead of "Senior", as the source does) with "*" bullets.
"""
import common as C
import helpers as H

STEM = "rocketium-engineering-career-path"
TITLE = "Engineering"

INTRO = ("To build the engineering career path, we looked at the stages a feature goes through in "
         "its lifecycle. We felt this was a much better way to describe the responsibilities and "
         "areas of impact of our engineering team than the company's values alone.")

STAGES = [
    ("Architect", [
        ("Idea", [("Basic", ["Understand the requirements shared by the team"]),
                  ("Intermediate", ["Work with business teams to prioritise the right features",
                                    "Refine requirements so we build the right features for both existing and future customers"]),
                  ("Senior", ["Work with business teams to define feature areas",
                              "Propose new areas based on what we know about customers"])]),
        ("User experience", [("Basic", ["Consider every user touch point and area of impact",
                                        "Ask the right questions to understand what has to be built"]),
                             ("Intermediate", ["Improve the user experience through discussions"]),
                             ("Senior", ["Define the user experience flow for large feature areas and products"])]),
        ("Technical architecture", [("Basic", ["Think through what is needed to build this capability",
                                               "Document the technical architecture",
                                               "Get feedback from other team members"]),
                                    ("Intermediate", ["Review the architecture of junior team members",
                                                      "Find elegant solutions to complex problems",
                                                      "Reduce complexity and promote reuse"]),
                                    ("Senior", ["Be comfortable architecting large systems and products",
                                                "Pick the right tech stack or SaaS solution for a quick and future-proof result"])]),
    ]),
    ("Build", [
        ("Development", [("Basic", ["Build features and fix bugs following standard coding practices"]),
                         ("Intermediate", ["Find ways to reuse code and create components so we add only what is needed",
                                           "Build features faster with cleaner code"]),
                         ("Advanced", ["Take on large, complex projects and build them elegantly"])]),
        ("Feedback", [("Basic", ["Share regular progress with product and business teams",
                                 "Make changes as needed based on the feedback"]),
                      ("Intermediate", ["Demo to the relevant teams for early feedback",
                                        "Share previews with customers to get their input"]),
                      ("Senior", ["Set up feedback loops with customers for the features the team owns"])]),
    ]),
]
RANK = {"Basic": 1, "Intermediate": 2, "Senior": 3, "Advanced": 3}


def build():
    out = [f"# {TITLE}", "", INTRO, ""]
    for stage, areas in STAGES:
        out += [f"## {stage}", ""]
        for area, levels in areas:
            out += [f"### {area}", ""]
            for label, bullets in levels:
                out += [f"#### {label}", ""]
                out += [f"* {b}" for b in bullets]
                out.append("")
    path = H.DOCS / f"{STEM}.md"
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def gold():
    comps = []
    for stage, areas in STAGES:
        for area, levels in areas:
            lvls = [H.lv(RANK[label], label, bullets, STEM) for label, bullets in levels]
            comps.append(C.competency(area, STEM, levels=lvls))
    return C.write_gold(STEM, f"{STEM}.md", "md", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()

"""Human Made (WordPress agency) engineering handbook page "Roles and Growth" (Markdown source).

Levels as INLINE LABELS in running text: one hard-wrapped paragraph per skill area reads
"**Junior engineers:** ... **Engineers:** ... **Senior engineers:** ...". "Further reading:" lists (readings).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bflib as L  # noqa: E402

STEM = "humanmade-roles-and-growth"
DOC = L.DOCS / f"{STEM}.md"
LABELS = ["Junior engineers", "Engineers", "Senior engineers"]

AREAS = [
    {
        "name": "Technical Skills",
        "definition": "Writing code that is secure, performant and maintainable, and understanding the platforms we build on, WordPress first among them.",
        "levels": [
            "Build features to our coding standards with guidance from a more senior engineer, and ask for help early when they get stuck.",
            "Build features independently and review other people's code with care, catching security and performance problems before they ship.",
            "Design the architecture of whole projects, weigh up technical trade-offs with the client's needs in mind, and set the standards other engineers follow.",
        ],
        "readings": [
            ("The Pragmatic Programmer: From Journeyman to Master", ["Andrew Hunt", "David Thomas"], "Addison-Wesley", 1999,
             "pragprog", "Andrew Hunt and David Thomas"),
            ("Refactoring: Improving the Design of Existing Code", ["Martin Fowler"], "Addison-Wesley", 1999,
             "refactoring", "Martin Fowler"),
        ],
    },
    {
        "name": "Client Communication",
        "definition": "Keeping clients and project managers informed, setting expectations honestly, and explaining technical matters in plain language.",
        "levels": [
            "Keep their project manager up to date on progress and flag anything that might affect the timeline.",
            "Talk directly with client developers and stakeholders, write clear tickets and status updates, and explain technical decisions without jargon.",
            "Lead technical conversations with clients, push back when a request is not in the client's interest, and help project managers shape scope and estimates.",
        ],
        "readings": [
            ("Crucial Conversations: Tools for Talking When Stakes Are High",
             ["Kerry Patterson", "Joseph Grenny", "Ron McMillan", "Al Switzler"], "McGraw-Hill", 2002,
             "crucial", "Kerry Patterson, Joseph Grenny, Ron McMillan and Al Switzler"),
        ],
    },
    {
        "name": "Project Ownership",
        "definition": "Taking responsibility for the work from the first estimate to the launch and the support that follows.",
        "levels": [
            "Own the tickets assigned to them and see each one through review and deployment.",
            "Own whole features or smaller projects, including estimating them and making sure they are tested and documented.",
            "Act as lead engineer on projects, making the larger architectural decisions and answering to the project manager for the technical side of delivery.",
        ],
        "readings": [],
        "see_also": "Client Communication",
    },
    {
        "name": "Mentoring",
        "definition": "Helping other engineers at HM grow, through reviews, pairing and sharing what we know.",
        "levels": [
            "Share what they learn on projects with the rest of the team, for example in a P2 post.",
            "Pair with junior engineers and give code review feedback that explains the reasons behind it.",
            "Mentor engineers on their team, help them plan their growth, and act as a force multiplier for the engineers around them.",
        ],
        "readings": [
            ("The Manager's Path: A Guide for Tech Leaders Navigating Growth and Change", ["Camille Fournier"],
             "O'Reilly Media", 2017, "managerspath", "Camille Fournier"),
        ],
    },
]

REMOTE = [
    "Keeps their status and calendar up to date so colleagues in other time zones know when they are available.",
    "Writes things down: decisions, handovers and meeting notes go on P2 or in the project repository.",
    "Overlaps with their team for part of the day and is responsive during those hours.",
    "Takes part in company meetups and team calls.",
]

URLS = {
    "pragprog": "https://pragprog.com/titles/tpp/the-pragmatic-programmer/",
    "refactoring": "https://martinfowler.com/books/refactoring.html",
    "crucial": "https://cruciallearning.com/crucial-conversations-book/",
    "managerspath": "https://www.oreilly.com/library/view/the-managers-path/9781491973882/",
}


def wrap(text, width=100):
    words, lines, cur = text.split(" "), [], ""
    for wd in words:
        if cur and len(cur) + 1 + len(wd) > width:
            lines.append(cur)
            cur = wd
        else:
            cur = f"{cur} {wd}" if cur else wd
    lines.append(cur)
    return lines


def cite_md(r):
    title, _, pub, year, key, by = r
    return f"[{title}][{key}], {by} ({pub}, {year})"


def cite_text(r):
    title, _, pub, year, _, by = r
    return f"{title}, {by} ({pub}, {year})"


def render():
    o = []
    w = o.append
    w("---")
    w("title: Roles and Growth")
    w("layout: default")
    w("parent: Philosophy")
    w("nav_order: 4")
    w("---")
    w("")
    w("# Roles and Growth")
    w("")
    w("> This is still a draft, and isn't fully settled yet. If you think something is missing, wrong, or unclear,")
    w("> please post on the P2 thread! - Ryan")
    w("")
    for para in [
        "At its heart, Human Made is a technical company: we build things. That takes a number of roles, technical "
        "and non-technical, held by people with different levels of experience and seniority.",
        "HM doesn't have a traditional hierarchy. The structure is fairly flat: the agency side of the business is "
        "split into pools of engineers and project managers, and everyone reports to the partners. Work happens in "
        "ad-hoc project teams of (usually) one project manager and a few engineers, one of whom is the lead engineer.",
        "Engineering roles at HM are generally divided into three levels of seniority: junior engineers, engineers, and "
        "senior engineers. The lead engineer on a team is always a senior engineer, and is responsible to the project "
        "manager for technical decisions.",
        "The Engineering Director sets the direction for engineering and puts it into practice: setting standards, "
        "providing tools and support, and making decisions where they are needed. The CTO has final authority over "
        "engineering.",
    ]:
        o.extend(wrap(para))
        w("")
    w("## Expectations")
    w("")
    o.extend(wrap("All engineers are expected to bring a baseline of skills to project work. Apart from the basic "
                  "technical skills, such as being able to build with WordPress, we look at the areas below. The "
                  "expectations are cumulative: a senior engineer should still do everything we expect of an engineer."))
    w("")
    for a in AREAS:
        w(f"### {a['name']}")
        w("")
        o.extend(wrap(a["definition"]))
        w("")
        para = " ".join(f"**{lab}:** {txt}" for lab, txt in zip(LABELS, a["levels"]))
        o.extend(wrap(para))
        w("")
        if a.get("see_also"):
            anchor = a["see_also"].lower().replace(" ", "-")
            w(f"See also: [{a['see_also']}](#{anchor}).")
            w("")
        if a["readings"]:
            w("Further reading:")
            w("")
            for r in a["readings"]:
                w(f"* {cite_md(r)}")
            w("")
    w("### Working Remotely")
    w("")
    o.extend(wrap("We are a distributed company, so everyone, whatever their level:"))
    w("")
    for r in REMOTE:
        w(f"* {r}")
    w("")
    w("<!-- TODO: add the design and QA roles once the job descriptions are agreed -->")
    w("")
    w("## Moving Between Levels")
    w("")
    o.extend(wrap("Progression is discussed in your regular one-to-ones with your manager. There is no fixed time "
                  "between levels; when you are consistently working at the next level, we will talk about making it "
                  "official. See also [the Handbook's role definitions](https://handbook.hmn.md/)."))
    w("")
    for key, url in URLS.items():
        w(f"[{key}]: {url}")
    w("")
    w("---")
    w("")
    w("[Back to How We Work](../index.md)")
    DOC.write_text("\n".join(o) + "\n", encoding="utf-8")


def gold():
    comps = []
    for a in AREAS:
        levels = [L.level(i + 1, LABELS[i], [t], STEM) for i, t in enumerate(a["levels"])]
        readings = [L.reading(cite_text(r), r[0], r[1], r[2], r[3], STEM) for r in a["readings"]]
        related = [a["see_also"]] if a.get("see_also") else []
        comps.append(L.competency(a["name"], STEM, a["definition"], levels=levels, readings=readings,
                                  related=related))
    comps.append(L.competency("Working Remotely", STEM, None, indicators=L.items(REMOTE, STEM)))
    return L.write_gold(DOC, "md", "Roles and Growth", comps)


if __name__ == "__main__":
    render()
    print(gold())

"""Financial Times Engineering Progression, as a Markdown handbook page: '##' per competency area, levels as
inline labels on bullet lines, nested (loose) bullets."""
import common as C
import util as U

STEM = "ft-engineering-competencies"
FILE = STEM + ".md"
TITLE = "Engineering competencies"

RANKS = {"Junior to Mid": 1, "Mid to Senior 1": 2, "Senior 1 to Senior 2": 3, "Senior 2 to Principal": 4}

# Technical: a label line carrying the first competency, further ones as nested loose bullets
TECHNICAL = [
    ("Junior to Mid", "Takes responsibility for setting up and maintaining their own development environment", [
        "Manages day-to-day development work through version control",
        "Adds automated unit and end-to-end tests to the features they deliver",
        "Repairs or updates tests whenever they change existing code",
        "Tracks down and fixes bugs in their own code without needing help",
    ]),
    ("Mid to Senior 1", "Protects user data properly in the products they build", [
        "Builds monitoring and observability into new solutions from the start",
        "Assesses third-party libraries and services before they are adopted",
        "Takes the lead when production incidents need fixing",
        "Knows the likely attack routes for their technology area and guards against them",
    ]),
    ("Senior 1 to Senior 2", "Sets the technical direction for the team’s systems and writes down the reasoning", [
        "Designs systems that stay reliable as traffic and data grow",
        "Spots technical debt across several systems and plans how to reduce it",
        "Takes part in incident reviews and makes sure follow-up actions happen",
    ]),
    ("Senior 2 to Principal", "Shapes the architecture of systems that span several teams or groups", []),
]

# Delivery: one bullet per competency, each carrying its own level label
DELIVERY = [
    ("Junior to Mid", "Picks up the highest-priority work before anything else"),
    ("Junior to Mid", "Lets user research or data guide their decisions"),
    ("Junior to Mid", "Carries well-defined backlog items all the way to production"),
    ("Junior to Mid", "Keeps the team up to date on how their work is going"),
    ("Mid to Senior 1", "Helps decide the order of the team’s technical work"),
    ("Mid to Senior 1", "Splits big, complicated technical proposals into separate tasks"),
    ("Mid to Senior 1", "Unblocks more junior engineers so they can keep making progress"),
    ("Senior 1 to Senior 2", "Plans and leads the delivery of projects involving several teams"),
    ("Senior 1 to Senior 2", "Balances delivery speed against long-term quality and explains the trade-off to stakeholders"),
    ("Senior 2 to Principal", "Makes sure delivery across the group lines up with organisational priorities"),
]

def text():
    out = [
        "# Engineering competencies",
        "",
        "> **Beta:** you can use this framework today, though we may still adjust the wording and examples.",
        "> Suggestions are welcome in the `#engineering-progression` Slack channel.",
        "",
        "Competencies give engineers and their line managers a shared basis for conversations about career "
        "progression. Each one sets out what we expect from an engineer at a given level. Please **don't** treat "
        "them as a checklist; use them to find the areas to work on. We also expect engineers to keep meeting the "
        "competencies of earlier levels.",
        "",
        "Each level is named after the move it describes, so a Junior Engineer should look at the competencies "
        "under *Junior to Mid*.",
        "",
        "**Contents:** [Technical](#technical) · [Delivery](#delivery)",
        "",
        "---",
        "",
        "## Technical",
        "",
    ]
    for lab, first, rest in TECHNICAL:
        out.append(f"- **{lab}:** {first}")
        for r in rest:
            out.append("")
            out.append(f"    - {r}")
        out.append("")
    out += ["[Back to top](#engineering-competencies)", "", "## Delivery", ""]
    for lab, t in DELIVERY:
        out.append(f"- {lab} – {t}")
    out += [
        "",
        "[Back to top](#engineering-competencies)",
        "",
        "---",
        "",
        "_Last reviewed by the Engineering Progression working group. "
        "Source: [Financial-Times/engineering-progression](https://github.com/Financial-Times/engineering-progression)._",
        "",
    ]
    return "\n".join(out)


def build():
    U.write(U.DOCS / FILE, text())


def gold():
    tech_levels = []
    for lab, first, rest in TECHNICAL:
        tech_levels.append({"rank": RANKS[lab], "label": lab,
                            "behaviors": [C.item(STEM, t) for t in [first] + rest]})
    deliv = {}
    for lab, t in DELIVERY:
        deliv.setdefault(lab, []).append(C.item(STEM, t))
    deliv_levels = [{"rank": RANKS[lab], "label": lab, "behaviors": items} for lab, items in deliv.items()]
    comps = [C.competency("Technical", STEM, levels=tech_levels),
             C.competency("Delivery", STEM, levels=deliv_levels)]
    return C.write_gold(U.DOCS / FILE, "md", TITLE, comps)

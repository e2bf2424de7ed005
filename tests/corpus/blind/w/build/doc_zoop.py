"""Zoop (zoop.one) engineering handbook, "Roles & Responsibilities > Software Engineer": Markdown page.

Level-first career ladder: one H2 per level ("Software Engineer - Level L3 (2-3 Years Experience)"),
under it the category H3 "Technical Skills", the themes as H4 (the competencies) and the sub-themes as H5
(the groups), each with "-" bullets.  Headings carry emoji, as the published pages do.
"""
import wcommon as C

STEM = "zoop-software-engineer-levels"
FILE = STEM + ".md"
TITLE = "Software Engineer"

# level heading (as printed, without emoji), then {theme: [(sub-theme, emoji, [bullets])]}
THEME_EMOJI = {"Code Quality & Testing": "\U0001F4CF", "Debugging & Observability": "\U0001F41E",
               "Software Design & Architecture": "\U0001F3D7\ufe0f"}
SUB_EMOJI = {"Writing Code": "\U0001F58A\ufe0f", "Testing": "\U0001F9EA", "PR Practices": "\U0001F504",
             "Documentation": "\U0001F4DA", "Debugging": "\U0001F50E", "Monitoring": "\U0001F6A8",
             "Understanding Code": "\U0001F9E0", "Software Architecture": "\U0001F3DB\ufe0f"}

LEVELS = [
    ("Software Engineer - Level L1 (0-1 Years Experience)", {
        "Code Quality & Testing": [
            ("Writing Code", [
                "Writes small, well-scoped functions that a reviewer can follow without a walkthrough.",
                "Runs the team's linter and formatter before raising a change.",
                "Asks a senior engineer to walk through the impact of a change when unsure what else it touches.",
            ]),
            ("Testing", [
                "Adds unit tests for the happy path of the code they write, with help on the edge cases.",
                "Runs the existing test suite locally before pushing.",
            ]),
            ("PR Practices", [
                "Keeps pull requests small and fills in the PR description template.",
                "Answers review comments within one working day.",
            ]),
            ("Documentation", [
                "Adds docstrings to new public functions and classes.",
            ]),
        ],
        "Debugging & Observability": [
            ("Debugging", [
                "Reproduces a reported bug locally and narrows it down to a single function, with guidance.",
                "Reads stack traces and logs to find where an error was raised.",
            ]),
            ("Monitoring", [
                "Knows where the team's dashboards live and what the main graphs show.",
            ]),
        ],
        "Software Design & Architecture": [
            ("Understanding Code", [
                "Understands the module they work in well enough to make contained changes.",
                "Sits in on design discussions and asks clarifying questions.",
            ]),
        ],
    }),
    ("Software Engineer - Level L2", {
        "Code Quality & Testing": [
            ("Writing Code", [
                "Regularly writes functions that are simple to test, easy for other developers to read, and "
                "that deal with edge cases and errors.",
                "Documents functions and classes thoroughly.",
                "Carries out an impact analysis before any change, with support from a senior engineer.",
            ]),
            ("Testing", [
                "Knows the testing pyramid and writes unit tests that follow it, adding higher-level tests under "
                "the guidance of more senior engineers.",
                "Always covers the expected edge cases and error paths, not only the happy path.",
            ]),
            ("PR Practices", [
                "Sticks to the PR practices the team has agreed on, such as PR size, PR description and time "
                "to merge.",
                "Reviews PRs carefully and offers constructive suggestions for changes.",
            ]),
            ("Documentation", [
                "Follows the organization's documentation process and has seniors review a document before it "
                "is published, for in-code comments and external pages (Confluence, Google Docs, etc.) alike.",
            ]),
        ],
        "Debugging & Observability": [
            ("Debugging", [
                "Uses systematic debugging with confidence to diagnose any issue inside a single application.",
                "Can diagnose issues that cross services, sometimes with help from more senior engineers.",
            ]),
            ("Monitoring", [
                "Knows the engineering organization's approach to monitoring and the operational data of the "
                "team's domain.",
                "Is at ease with the monitoring tools and sets up basic alerts.",
            ]),
        ],
        "Software Design & Architecture": [
            ("Understanding Code", [
                "Understands one part of the team's domain and can build enough context to work productively "
                "in it.",
                "Takes an active part in system design exercises and in writing them up.",
            ]),
            ("Software Architecture", [
                "Designs functions and components that are easy to extend and that fit the existing structure "
                "of the service.",
            ]),
        ],
    }),
    ("Software Engineer - Level L3 (2-3 Years Experience)", {
        "Code Quality & Testing": [
            ("Writing Code", [
                "Writes production-ready code as a matter of course: testable, readable by other developers, "
                "and covering edge cases and errors.",
                "Knows when a comment helps, but leans towards code that explains itself.",
                "Weighs up design patterns and applies them where they fit; improves old code and retires it.",
                "Takes an active part in database schema design and in code optimizations.",
            ]),
            ("Testing", [
                "Writes unit tests as well as higher-level tests, in line with the testing pyramid.",
                "Always writes tests for the expected edge cases and errors, not only for the happy path.",
                "Is expected to do integration testing and suite-based testing at this level.",
            ]),
            ("PR Practices", [
                "Follows the PR practices the engineering team has defined (PR size, PR description, PR merge "
                "time, etc.).",
                "Reviews PRs in depth and proposes changes and improvements.",
            ]),
            ("Documentation", [
                "Follows the documentation process and gets documents reviewed by seniors before publishing, "
                "in-code comments and external documentation alike.",
                "Reviews documentation written by peers and suggests changes.",
            ]),
        ],
        "Debugging & Observability": [
            ("Debugging", [
                "Diagnoses any issue inside a single application using systematic debugging.",
                "Diagnoses cross-service issues with systematic debugging, now and then with help from more "
                "senior engineers.",
            ]),
            ("Monitoring", [
                "Knows the engineering organization's monitoring philosophy.",
                "Helps tune and adjust the team's monitoring to match it.",
                "Uses the operational data of the team's domain to suggest stability and performance "
                "improvements.",
            ]),
        ],
        "Software Design & Architecture": [
            ("Understanding Code", [
                "Has a high-level grasp of the team's whole domain and can gather enough context to work "
                "productively in any part of it.",
            ]),
            ("Software Architecture", [
                "Designs services and interfaces that other teams can build on, and writes down the trade-offs "
                "that were considered.",
                "Breaks a feature into components and agrees the boundaries with the engineers who will build "
                "them.",
            ]),
        ],
    }),
]

LEVEL_INTRO = {
    0: "You are learning the codebase and the way we work. Expect close pairing with a senior engineer.",
    2: "You own features end to end and are starting to shape how your team builds them.",
}


def wrap_bullet(text, width=100):
    """A '-' bullet, hard-wrapped with a two-space continuation indent when long (as the repo files are)."""
    words, lines, cur = text.split(), [], "-"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur != "-":
            lines.append(cur)
            cur = "  " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def render():
    out = ["---", "id: software-engineer", "title: Software Engineer", "sidebar_label: Software Engineer",
           "sidebar_position: 1", "tags: [roles, engineering]", "---", "",
           "# \U0001F9D1\u200d\U0001F4BB Software Engineer", "",
           "Expectations are cumulative: at any level you are expected to show what is listed for the levels "
           "below yours as well as what is listed for your own.", "",
           ":::note",
           "These expectations are a guide for growth conversations with your lead. They are not a checklist "
           "for promotion.",
           ":::", ""]
    for i, (label, themes) in enumerate(LEVELS):
        out += [f"## \U0001F9D1\u200d\U0001F4BB {label}", ""]
        if i in LEVEL_INTRO:
            out += [f"> {LEVEL_INTRO[i]}", ""]
        out += ["### \U0001F6E0\ufe0f Technical Skills", ""]
        for theme, subs in themes.items():
            out += [f"#### {THEME_EMOJI[theme]} {theme}", ""]
            for sub, bullets in subs:
                out += [f"##### {SUB_EMOJI[sub]} {sub}", ""]
                out += [wrap_bullet(b) for b in bullets]
                out.append("")
        out += ["---", ""]
    out += ["[\u2190 Roles & Responsibilities](../index.md) \u00b7 [Engineering Manager \u2192](../engineering_manager/index.md)",
            ""]
    (C.DOCS / FILE).write_text("\n".join(out), encoding="utf-8")


def gold():
    comps = []
    for theme in THEME_EMOJI:
        levels = []
        for rank, (label, themes) in enumerate(LEVELS, start=1):
            beh = [C.item(STEM, b, None, sub) for sub, bullets in themes[theme] for b in bullets]
            levels.append({"rank": rank, "label": label, "behaviors": beh})
        comps.append(C.competency(theme, STEM, definition=None, levels=levels))
    C.write_gold(STEM, FILE, "md", TITLE, comps)


def build():
    render()
    gold()


if __name__ == "__main__":
    build()

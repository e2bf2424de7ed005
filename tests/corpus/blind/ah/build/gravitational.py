"""gravitational-sre-levels.md: Gravitational, Inc. (Teleport) careers repository, levels/sre.md.

Markdown file whose body is a raw HTML <table>: one row per level (first cell = the bare level number),
one column per skill; header cells padded inside <pre>; some cells empty, some holding a <ul>.
Preceded, as in levels/backend.md, by an H2 title and a "### Legend" section."""
import html

import helpers as H

STEM = "gravitational-sre-levels"
DOC = H.DOCS / f"{STEM}.md"

SKILLS = ["Scope", "Collaboration", "Mentorship", "Communications", "On-call", "Security", "Reliability"]

# ROWS[level][skill] -> None (empty cell), str (plain cell) or list (a <ul>); raw HTML text (entities allowed)
ROWS = {
    1: {
        "Scope": "Follows the team's lead to set up, automate and debug internal or production systems",
        "Collaboration": "Partners closely with a tech lead, team lead, or manager to carry out well-defined tasks",
        "Mentorship": None,
        "Communications": [
            "Keeps internal documentation current Asks clear questions in Pull Requests, Slack, etc",
            "Tells the team what they are working on and where they are blocked",
        ],
        "On-call": "Shadows and trains alongside others to get ready for on-call duty",
        "Security": [
            "Checks with others when unsure about the security impact of their work",
            "Sticks to internal guidelines and good practice whenever touching the production environment",
        ],
        "Reliability": None,
    },
    2: {
        "Scope": "Ships solutions that meet goals set at the team level",
        "Collaboration": "Takes high level direction from a tech lead, team lead, or manager on initiatives inside one team",
        "Mentorship": "Might mentor new hires, interns, or less experienced engineers",
        "Communications": [
            "Writes new runbooks, guides and other documentation ",
            "Runs knowledge sharing sessions on things they learned recently",
        ],
        "On-call": "Joins the on-call rotation using the runbooks on hand, with a backup available for unfamiliar problems",
        "Security": [
            "Analyzes projects and configuration and applies security considerations to them",
            "Reads upstream advisories or scanner output and works out how each vulnerability affects our work",
        ],
        "Reliability": "Works toward closing monitoring and recovery gaps in our production systems, with an eye on cutting toil and noise from false positives",
    },
    3: {
        "Scope": "Finds and ships solutions on their own across a product area or a set of technical systems",
        "Collaboration": "Works mainly within one team and contributes to initiatives that cross team lines",
        "Mentorship": "Works actively with less experienced engineers on their skills, offers guidance, and sets a good example",
        "Communications": "Writes for the engineering blog, speaks at meetups, staffs the conference booth, etc. to show off the product and our engineering culture",
        "On-call": [
            " Investigates and fixes new production issues where no runbook or documentation exists yet ",
            "Serves as the escalation point for more junior on-call engineers",
        ],
        "Security": [
            " Coordinates the response to minor security incidents ",
            "Contributes to the analysis of security incidents and to the mitigations or posture improvements that follow ",
            "Actively helps raise the security posture of the team",
        ],
        "Reliability": "Contributes to internal and upstream projects to close instrumentation and logging gaps, so that metrics, logging and alerting systems collect the right information.",
    },
    4: {
        "Scope": "Creates business impact by leading efforts that run over several phases or several teams",
        "Collaboration": "Leads efforts inside a team, or the team's share of larger cross team efforts",
        "Mentorship": None,
        "Communications": "Explains design intent through design documents and technical reports that the wider team can follow.",
        "On-call": [
            "Brings deep investigation experience to bear on rare problems",
            "Writes problems up as runbooks &amp; other supporting documentation for fellow engineers",
        ],
        "Security": [
            "Works with outside security vendors to get an independent view of our security posture",
            "Makes sure security is fully considered for product features, infrastructure changes, etc",
        ],
        "Reliability": "Uses domain expertise to tune production software as we aim for greater scale",
    },
    5: {
        "Scope": "Shapes the multi-year, multi-team technical strategy and delivers it through hands-on work or broad technical leadership",
        "Collaboration": "Leads efforts across several teams and has a say in their roadmaps",
        "Mentorship": "Serves as a role model for other engineers",
        "Communications": "Can work with customers or non-technical business units to explain how our product investments solve customer problems.",
        "On-call": None,
        "Security": "Leads security design work to meet compliance, engineering, or team goals",
        "Reliability": None,
    },
}

LEGEND = """## Site Reliability Engineering Levels

### Legend

The matrix below sets out what we expect at each engineering level. An engineer at
a given level has to meet at least one of the expectations for that level and for
the level below it.

Not every skill goes all the way to the top level. How far a skill goes depends on
where Teleport puts its focus.

Security, for example, matters a great deal to us as a security company, so we look
for strong engineers there at every level; other skills only need the basic levels.

Beyond level 4 the emphasis moves from technical skills towards getting products to
market, which is what counts for Teleport as a for-profit startup.

Skills mix technical and communication abilities. Some of the security wording refers
back to the coding challenge.

"""


def cell(value):
    if value is None:
        return "    <td></td>\n"
    if isinstance(value, str):
        return f"    <td>{value}</td>\n"
    lis = "".join(f"        <li>{v}</li>\n" for v in value)
    return f"    <td>\n      <ul>\n{lis}      </ul>\n    </td>\n"


def render():
    head = "".join(f"    <th><pre>{s:<27}</pre></th>\n" for s in ["Level/Skill"] + SKILLS)
    out = [LEGEND, "<table>\n  <tr>\n", head, "  </tr>\n"]
    for lv, row in ROWS.items():
        out.append('\n  <tr align="left" valign="top">\n')
        out.append(f"    <td>{lv}</td>\n")
        for s in SKILLS:
            out.append(cell(row[s]))
        out.append("  </tr>\n")
    out.append("</table>\n")
    DOC.write_text("".join(out), encoding="utf-8")


def gold():
    comps = []
    for s in SKILLS:
        levels = []
        for lv, row in ROWS.items():
            v = row[s]
            if v is None:
                continue            # empty cell: nothing printed for this skill at this level
            texts = [v] if isinstance(v, str) else v
            levels.append(H.level(STEM, lv, str(lv), [html.unescape(t) for t in texts]))
        comps.append(H.competency(STEM, s, None, levels=levels))
    H.write_gold(DOC, "md", "Site Reliability Engineering Levels", comps)


def build():
    render()
    gold()
    return DOC


if __name__ == "__main__":
    print(build())

"""IGD (Institute of Grocery Distribution) - "Developing supply chain talent: Key competencies for success"
(TXT, a text-browser dump of the web page).

Modelled on igd.com/charitable-impact/supply-chain-collaboration/developing-supply-chain-talent/key-competencies-
for-success: "We have identified eight key supply chain competencies", the note that generic skills such as
leadership and influencing are not covered, levels written with development in mind, a pointer to the
development section, and the guide relating Level 1 - 4 to career stages (coordinator ... senior manager). The
page is dumped as `lynx -dump` writes it: numbered link markers "[n]", three-space paragraph indent, "*" bullets
with hanging continuation lines, hard wrap at 78 columns and a "References" list of URLs at the end. Excerpt:
three of the eight competencies. The intro and level guide follow the stored page (reworded); competency names,
descriptions, level behaviours and the "Ways to develop this competency" lists are ours (the batch assignment
asks for development tips).
"""
import textwrap

import bulib as L

STEM = "igd-supply-chain-key-competencies"
OUT = L.DOCS / f"{STEM}.txt"
BASE = "https://www.igd.com"
PAGE = "/charitable-impact/supply-chain-collaboration/developing-supply-chain-talent/key-competencies-for-success"

COMPS = [
    dict(
        name="End-to-end supply chain understanding",
        description=("Understanding how every part of the supply chain fits together, from raw materials to the "
                     "shopper, and how a decision taken in one place affects cost, availability and waste "
                     "everywhere else."),
        levels=[
            ["Describes how products flow from suppliers through depots to stores and online customers",
             "Explains how their own role affects the next step in the chain"],
            ["Spots where problems in one part of the chain are causing issues elsewhere",
             "Works with neighbouring teams to fix hand-over problems",
             "Explains the trade-offs between cost and service to their team"],
            ["Designs processes that work across functional boundaries",
             "Weighs cost, service, availability and waste across the whole chain before taking a decision"],
            ["Sets supply chain strategy with the whole value chain in mind",
             "Leads change programmes that span suppliers, logistics providers and retailers"],
        ],
        develop=["Spend a day with a team upstream or downstream of your own",
                 "Visit a supplier site and a store and follow one product all the way through the chain",
                 "Map the end-to-end process for a product you work on and share the map with your team"]),
    dict(
        name="Collaborative working",
        description=("Building relationships inside the business and with trading partners in order to solve "
                     "problems and deliver shared goals."),
        levels=[
            ["Shares information openly with colleagues and trading partners",
             "Responds promptly to requests from other teams"],
            ["Builds good working relationships with supplier and customer contacts",
             "Brings partners together to resolve day-to-day issues"],
            ["Sets up joint improvement projects with trading partners",
             "Agrees shared measures of success with partners and reviews them regularly"],
            ["Creates long-term strategic partnerships across the industry",
             "Champions collaboration on industry-wide issues such as food waste and sustainability"],
        ],
        develop=["Join a cross-functional project or a joint supplier-retailer project",
                 "Ask a trading partner for honest feedback on how easy you are to work with",
                 "Take part in an IGD industry working group"]),
    dict(
        name="Data analysis and insight",
        description="Turning supply chain data into insight that leads to better and faster decisions.",
        levels=[
            ["Collects and records data accurately",
             "Uses standard reports to check performance against targets"],
            ["Analyses trends in availability, waste and service data",
             "Presents findings clearly and simply to the team"],
            ["Uses forecasting and modelling to test options before decisions are taken",
             "Builds the analytical capability of the function"],
            ["Sets the data strategy for the supply chain",
             "Uses insight to shape decisions at board level"],
        ],
        develop=["Complete a course in spreadsheet modelling or data visualisation",
                 "Ask an analyst to talk you through how a key report is built",
                 "Take one business question, answer it with data and present the answer to your manager"]),
]

LINKS = []


def link(text, url):
    LINKS.append(url if url.startswith("http") else BASE + url)
    return f"[{len(LINKS)}]{text}"


def para(text, indent=3, width=78):
    return textwrap.fill(text, width=width, initial_indent=" " * indent, subsequent_indent=" " * indent)


def bullet(text, indent=5, width=78):
    return textwrap.fill(text, width=width, initial_indent=" " * indent + "* ",
                         subsequent_indent=" " * (indent + 2))


def build():
    LINKS.clear()
    out = []
    out.append(link("Skip to main content", PAGE + "#main-content"))
    out.append(link("IGD", "/"))
    out.append("")
    for t, u in (("Retail analysis", "/retail-analysis"), ("Events", "/events"),
                 ("Charitable impact", "/charitable-impact"), ("Articles", "/articles"), ("About us", "/about-us")):
        out.append("     * " + link(t, u))
    out.append("   " + link("Sign in", "/sign-in") + "  " + link("Search", "/search"))
    out.append("")
    crumbs = " > ".join([link("Home", "/"), link("Charitable impact", "/charitable-impact"),
                         link("Supply chain collaboration", "/charitable-impact/supply-chain-collaboration"),
                         link("Developing supply chain talent",
                              "/charitable-impact/supply-chain-collaboration/developing-supply-chain-talent"),
                         "Key competencies for success"])
    out.append(para(crumbs))
    out.append("")
    out.append("Key competencies for success")
    out.append("")
    out.append(para("We have identified eight key supply chain competencies."))
    out.append("")
    out.append(para("These competencies are the essential skills that every supply chain professional needs to "
                    "show in order to succeed. They are specific to supply chain careers, whether you are in an "
                    "entry-level, middle-management or senior role."))
    out.append("")
    out.append(para("This page does not cover the more general skills, such as leadership or influencing, that "
                    "apply across every function, even though you may also need to consider them."))
    out.append("")
    out.append(para("The competencies have been written with your development in mind and describe the levels "
                    "at which each one can be shown. In the " + link("development section",
                    "/charitable-impact/supply-chain-collaboration/developing-supply-chain-talent/development") +
                    " you will find ways to move up through the levels or to build new competencies."))
    out.append("")
    out.append(para("As a guide, this is how each level could relate to the different stages of your career:"))
    out.append("")
    for t in ("Level 1 - coordinator / associate / non-manager roles", "Level 2 - team leader / supervisor roles",
              "Level 3 - functional head / department head roles", "Level 4 - senior manager roles"):
        out.append(bullet(t))
    out.append("")
    for c in COMPS:
        out.append(c["name"])
        out.append("")
        out.append(para(c["description"]))
        out.append("")
        for i, behs in enumerate(c["levels"]):
            out.append(f"  Level {i+1}")
            out.append("")
            out += [bullet(b) for b in behs]
            out.append("")
        out.append("  Ways to develop this competency")
        out.append("")
        out += [bullet(b) for b in c["develop"]]
        out.append("")
    out.append(para(link("Back to Developing supply chain talent",
                         "/charitable-impact/supply-chain-collaboration/developing-supply-chain-talent")))
    out.append("")
    out.append("Related content")
    out.append("")
    out.append("     * " + link("Supply chain collaboration", "/charitable-impact/supply-chain-collaboration"))
    out.append("     * " + link("Skills for the future of the food and consumer goods industry",
                                  "/charitable-impact/skills-for-the-future"))
    out.append("")
    out.append(para("(c) IGD 2024. IGD is a registered charity. Registered in England and Wales."))
    out.append("   " + link("Privacy policy", "/privacy-policy") + " " + link("Terms and conditions", "/terms") +
               " " + link("Cookies", "/cookies"))
    out.append("")
    out.append("References")
    out.append("")
    for i, u in enumerate(LINKS, 1):
        out.append(f"{i:4d}. {u}")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


def gold():
    comps = []
    for c in COMPS:
        levels = [L.level(STEM, i + 1, f"Level {i+1}", behs) for i, behs in enumerate(c["levels"])]
        comps.append(L.competency(STEM, c["name"], c["description"], levels=levels,
                                  activities=L.items(STEM, c["develop"])))
    L.write_gold(OUT, "txt", "Key competencies for success", comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

"""Wayfare (wayfare.ro, Romania; software services company) internal wiki page "Behavioral Competencies",
as a DokuWiki raw export (do=export_raw): text/plain DokuWiki markup.

Quirks of a raw export kept: ~~NOTOC~~ macro, "======" heading markup, an image link {{...}}, the ``...`` typographic
quote markup around the Churchill line, two-space "  * " list items ending in ";" (last one in "."), a forced line
break "\\\\ " inside one paragraph, CRLF line ends. Per competency: "CAPS NAME - tagline" heading, definition
paragraph, "Negative behaviors" heading with one paragraph per behaviour, "Level 1" ... "Level 4" with bullets.
"""
import bnlib as L

STEM = "wayfare-behavioral-competencies"
OUT = L.DOCS / f"{STEM}.txt"
TITLE = "Behavioral Competencies"

COMPS = [
    dict(name="COMMITMENT - to deliver exceptional customer experiences",
         definition="The will to anticipate, meet and go beyond what our customers need and expect. It means building "
                    "long-term relationships together and putting our effort where it adds value to the customer's "
                    "business and to Wayfare. We listen to our customers and try hard to understand their challenges, "
                    "we take the time to find the most innovative and relevant solution, and we work to build, "
                    "deliver and maintain it. We keep our promises. We do not let our customers down, because we "
                    "make their goals and beliefs our own.",
         negative=["Does not treat every customer with respect, speaks dismissively about customers, sees complaints "
                   "as a nuisance, is not flexible or sensitive to what customers need and worry about. Interrupts and "
                   "talks over the customer, is rude or impatient.",
                   "Sticks rigidly to own system and own way of doing things. Has a 'that's not my job' attitude and "
                   "shows little interest in the client or in colleagues.",
                   "Does not deliver, makes promises that cannot be kept, does not answer customer questions in good "
                   "time or in the right way.",
                   "Does not look at things from the customer's side, avoids asking the customer for feedback, or "
                   "keeps feedback to him/herself without acting on it."],
         levels=[["Shows respect in every interaction with customers;",
                  "Answers every request promptly, positively and professionally;",
                  "Listens actively and asks focused questions to find out and clarify what our customers need and expect;",
                  "Is able to see and understand other people's point of view and respects their opinions and ideas;",
                  "Asks more experienced colleagues for help when needed, so that the customer's expectations are met;",
                  "Keeps the customer informed about the progress of his/her requests."],
                 ["Understands the customer's business and how our work contributes to it;",
                  "Anticipates customer needs and proposes solutions before being asked;",
                  "Handles difficult conversations with customers calmly and constructively;",
                  "Takes personal responsibility for solving customer issues end to end."],
                 ["Builds long-term, trusted relationships with key customer contacts;",
                  "Collects customer feedback systematically and uses it to improve our services;",
                  "Coaches colleagues on how to handle demanding customer situations;",
                  "Balances the customer's interests with those of Wayfare when negotiating scope and priorities."],
                 ["Shapes the company's customer strategy and sets the standard for customer experience;",
                  "Is seen by customers as a strategic partner and trusted advisor;",
                  "Creates an environment in which every team puts the customer at the centre of its work."]]),
    dict(name="TEAMWORK - to succeed together",
         definition="The willingness to work with others towards shared goals, to share knowledge openly and to put "
                    "the success of the team before personal credit. We help each other, we give and receive "
                    "feedback honestly, and we celebrate what we achieve together.",
         negative=["Works alone and does not share information or knowledge with the team.",
                   "Blames others when something goes wrong and takes credit for the work of others.",
                   "Does not respect team agreements, deadlines or decisions once they have been made."],
         levels=[["Does his/her part of the team's work reliably and on time;",
                  "Shares information that is useful to colleagues;",
                  "Asks for help and offers help when a colleague is stuck;",
                  "Accepts feedback and acts on it."],
                 ["Contributes actively to team planning and retrospectives;",
                  "Gives constructive feedback to colleagues;",
                  "Helps new colleagues to integrate into the team."],
                 ["Facilitates cooperation between teams and resolves conflicts early;",
                  "Builds a climate of trust in which people feel safe to raise problems;",
                  "Mentors colleagues and shares knowledge through talks and documentation."],
                 ["Designs ways of working that help teams across the company collaborate;",
                  "Represents the collective interest of the teams in company decisions;",
                  "Is a role model of collaboration inside and outside Wayfare."]]),
]

INTRO = [
    "~~NOTOC~~",
    "====== Behavioral Competencies ======",
    "",
    "{{:competencies:proficiency_levels.png?400|Proficiency levels}}",
    "",
    "===== Proficiency levels =====",
    "",
    "Different roles and role levels need different levels of skill.",
    "",
    "We handle this by defining four proficiency levels for every competency. The behavior expected at each level "
    "becomes more complex as the levels go up, from the introductory / basic levels to the advanced and expert "
    "levels.\\\\ Each proficiency level is described through behavioral indicators. The behaviors listed at each "
    "level are examples, not a complete list; other examples of behavior are possible. The scale of every competency "
    "is cumulative: the behaviors of the lower levels are not repeated at the higher levels, but they still apply.",
    "",
    "``Never, never, never give up`` - Winstone Churchill",
    "",
]


def build():
    lines = list(INTRO)
    for c in COMPS:
        lines += [f"===== {c['name']} =====", "", c["definition"], "", "==== Negative behaviors ====", ""]
        for t in c["negative"]:
            lines += [t, ""]
        for i, items in enumerate(c["levels"], start=1):
            lines += [f"==== Level {i} ====", ""]
            items = list(items)
            items[-1] = items[-1].rstrip(";") + "." if items[-1].endswith(";") else items[-1]
            lines += [f"  * {t}" for t in items]
            lines.append("")
    lines.append("//Last modified by the People & Culture team.//")
    OUT.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def gold():
    comps = []
    for c in COMPS:
        levels = []
        for i, items in enumerate(c["levels"], start=1):
            items = list(items)
            items[-1] = items[-1].rstrip(";") + "." if items[-1].endswith(";") else items[-1]
            levels.append(L.level(STEM, i, f"Level {i}", items))
        comps.append(L.competency(STEM, c["name"], c["definition"],
                                  indicators=L.items(STEM, c["negative"], "Negative behaviors"), levels=levels))
    return L.write_gold(OUT, "txt", TITLE, comps)


def main():
    build()
    print(gold())


if __name__ == "__main__":
    main()

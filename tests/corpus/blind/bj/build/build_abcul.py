"""ABCUL: plain-text dump (lynx -dump style) of the ABCUL information guide "Competency Framework": numbered link
markers "[n]", navigation and breadcrumb, headings flush left, body indented three spaces and wrapped at 78
columns, "*" bullets with hanging indents, "Definition:" lines, "Positive indicators" / "Negative indicators"
sub-headings, footer and the "References" list of URLs that lynx appends."""
import textwrap

import bjlib as L

STEM = "abcul-competency-framework"
TXT = L.DOCS / f"{STEM}.txt"
TITLE = "Competency Framework"
WIDTH = 78
POS, NEG = "Positive indicators", "Negative indicators"

INTRO = [
    ("Introduction", [
        "Credit unions are knowledge-based organisations like no other, and they depend heavily on the expertise "
        "of their people. Customer service staff, managers and directors who perform to a high standard all add "
        "to the quality of service, to member retention and to the sustainability of the credit union.",
        "Competencies are what a salary pays for, so it makes sense to know which competencies a role needs and "
        "which ones the credit union already has. Employers too often do not get what they pay for, and weak "
        "selection shows up as lost business, mistakes and poor service.",
        "A well-developed competency framework also gives up-to-date, practical information that helps a credit "
        "union judge whether it really has the capability to deliver its strategic plan. Comparing the "
        "competencies staff have with the behaviour that is required shows where the gaps are, and a plan can "
        "then concentrate on the competencies that matter most for the strategy.",
    ]),
    ("Definition of competencies", [
        "Competencies combine the knowledge, skills, attitudes and personal qualities that a person brings to a "
        "role, now and in the future, and that lead to lasting success within the values of the organisation.",
        "They are the success factors needed to achieve important results in a particular job or role in the "
        "credit union, described as specific behaviours that the best performers in those roles show.",
    ]),
    ("Using the framework", [
        "The core competencies below apply to all staff and volunteers who deal with members. Each competency "
        "has a short definition, positive indicators (what good performance looks like) and negative "
        "indicators (behaviour that falls short). Credit unions are free to adapt the wording and to add "
        "technical competencies for particular roles.",
    ]),
]

COMPETENCIES = [
    ("Member Focus",
     "Puts members at the heart of everything the credit union does, understands their financial needs and "
     "gives a friendly, fair and efficient service.",
     ["Greets members warmly and gives them full attention",
      "Explains savings and loan products clearly and without jargon",
      "Follows up member queries until they are resolved",
      "Treats members who are in financial difficulty with sensitivity and respect"],
     ["Keeps members waiting without explanation",
      "Promotes products that do not suit the member's circumstances"]),
    ("Accuracy and Compliance",
     "Handles transactions and records carefully and follows the rules that protect members' money.",
     ["Checks identification and paperwork before processing transactions",
      "Balances cash and records at the end of each day",
      "Follows anti-money laundering and data protection procedures without exception"],
     ["Takes shortcuts with procedures when the office is busy",
      "Leaves errors for others to find and correct"]),
    ("Working Together",
     "Cooperates with colleagues and volunteers to achieve the objectives of the credit union.",
     ["Shares information and workload with colleagues and volunteers",
      "Respects the roles of the board and its committees",
      "Offers help without waiting to be asked"],
     ["Keeps useful information to themselves",
      "Blames others when things go wrong"]),
    ("Planning and Organising",
     "Plans own work and manages time so that deadlines and member expectations are met.",
     ["Sets priorities according to urgency and importance",
      "Prepares ahead for busy periods such as the run-up to Christmas",
      "Keeps colleagues informed about progress on shared tasks"],
     ["Misses deadlines without warning anyone",
      "Works on low-priority tasks while urgent ones wait"]),
]

LINKS = [
    "https://www.abcul.coop/#main",
    "https://www.abcul.coop/",
    "https://www.abcul.coop/about-us/",
    "https://www.abcul.coop/credit-unions/",
    "https://www.abcul.coop/information-guides/",
    "https://www.abcul.coop/news/",
    "https://www.abcul.coop/events/",
    "https://www.abcul.coop/members-area/",
    "https://www.abcul.coop/information-guides/",
    "https://www.abcul.coop/information-guides/people-management/",
    "https://www.abcul.coop/information-guides/people-management/job-descriptions/",
    "https://www.abcul.coop/information-guides/people-management/appraisals/",
    "https://www.abcul.coop/contact-us/",
    "https://www.abcul.coop/privacy-policy/",
    "https://www.abcul.coop/cookie-policy/",
]


def para(text, indent=3):
    return textwrap.fill(text, WIDTH, initial_indent=" " * indent, subsequent_indent=" " * indent)


def bullet(text):
    return textwrap.fill(text, WIDTH, initial_indent="     * ", subsequent_indent="       ")


def build_text():
    out = []
    out.append("   [1]Skip to main content")
    out.append("")
    out.append("   [2]Association of British Credit Unions Limited")
    out.append("")
    out += ["     * [3]About us", "     * [4]Credit unions", "     * [5]Information guides",
            "     * [6]News", "     * [7]Events", "     * [8]Members' area"]
    out.append("")
    out.append("   [9]Information guides > [10]People management > Competency Framework")
    out.append("")
    out.append(" " * 28 + TITLE)
    out.append("")
    out.append("   Tuesday 9 January 2024")
    out.append("")
    for head, paras in INTRO:
        out.append(head)
        out.append("")
        for p in paras:
            out.append(para(p))
            out.append("")
    out.append("Core competencies")
    out.append("")
    for name, definition, pos, neg in COMPETENCIES:
        out.append(name)
        out.append("")
        out.append(para(f"Definition: {definition}"))
        out.append("")
        out.append(f"   {POS}")
        out.append("")
        out += [bullet(b) for b in pos]
        out.append("")
        out.append(f"   {NEG}")
        out.append("")
        out += [bullet(b) for b in neg]
        out.append("")
    out.append("Related guides")
    out.append("")
    out += ["     * [11]Job descriptions", "     * [12]Appraisals"]
    out.append("")
    out.append(para("If you have any questions about this guide, please [13]contact the ABCUL team."))
    out.append("")
    out.append("   (c) Association of British Credit Unions Limited. Registered office: Holyoake House, "
               "Hanover")
    out.append("   Street, Manchester M60 0AS. [14]Privacy policy | [15]Cookie policy")
    out.append("")
    out.append("References")
    out.append("")
    out += [f"  {i + 1:2d}. {u}" for i, u in enumerate(LINKS)]
    return "\n".join(out) + "\n"


def gold():
    comps = []
    for name, definition, pos, neg in COMPETENCIES:
        ind = [L.item(STEM, b, POS) for b in pos] + [L.item(STEM, b, NEG) for b in neg]
        comps.append(L.competency(STEM, name, definition, indicators=ind))
    return comps


def main():
    TXT.write_text(build_text(), encoding="utf-8")
    L.write_gold(TXT, "txt", TITLE, gold())
    print("wrote", TXT)


if __name__ == "__main__":
    main()

"""Victoria Police - "A Safe Victoria: Our operating model" page -> TXT (text-browser dump).

Plain-text export in the style of `lynx -dump`: numbered link markers "[12]", page chrome (skip link,
utility links, search field, main nav, breadcrumb), headings flush left, body text indented three
spaces and hard-wrapped at 78 columns, "*" list items at five spaces and "+" sub-items at ten, the
operating-model lists (principles, inputs, drivers, outcomes: not competencies), the image alt text in
brackets, then "Our values" as an accordion list: value name, one statement, "+" behaviours; footer links
and the "References" list of URLs at the end.
"""
import textwrap

import brlib as L

STEM = "vicpol-safe-victoria-operating-model"
DOC = L.DOCS / f"{STEM}.txt"
TITLE = "A Safe Victoria: Our operating model"
W = 78

VALUES = [
    ("Compassion",
     "We show compassion through tolerance, understanding and impartiality.",
     ["Respect difference by being inclusive and open-minded.",
      "Build positive relationships with the community and with our colleagues through empathy and "
      "active listening.",
      "Put crime prevention and the needs of victims first.",
      "Act with genuine kindness and empathy, understanding the diverse needs of the community."]),
    ("Respect",
     "We treat everyone fairly and with dignity, so that people feel valued and included.",
     ["Treat one another and every member of the community with respect and understanding.",
      "Celebrate and value equity, diversity and inclusion.",
      "Recognise the unique place of Aboriginal and Torres Strait Islander peoples as First Nations "
      "people, and their rich history and culture, alongside the diverse backgrounds of other community "
      "members."]),
    ("Integrity",
     "We act with integrity and honour, and we are fair and respectful of the law and of human rights.",
     ["Be honest, objective and impartial.",
      "Respect and champion human rights, and commit to lawful and fair processes.",
      "Put the good of the community before our own interests."]),
    ("Leadership",
     "We lead with confidence and humility, putting people first and living our values.",
     ["Be trustworthy and approachable, and treat everyone with compassion.",
      "Make decisions that reflect our values and build community trust and confidence.",
      "Be inclusive and progressive, and be ready to acknowledge and learn from our mistakes."]),
]

LINKS = [
    "https://www.police.vic.gov.au/safe-victoria/safe-victoria-operating-model#main-content",
    "https://www.police.vic.gov.au/",
    "https://www.police.vic.gov.au/contact-us",
    "https://www.police.vic.gov.au/report",
    "https://www.police.vic.gov.au/languages",
    "https://www.police.vic.gov.au/search",
    "https://www.police.vic.gov.au/safety",
    "https://www.police.vic.gov.au/crime",
    "https://www.police.vic.gov.au/community-engagement",
    "https://www.police.vic.gov.au/about-victoria-police",
    "https://www.police.vic.gov.au/careers",
    "https://www.police.vic.gov.au/",
    "https://www.police.vic.gov.au/about-victoria-police",
    "https://www.police.vic.gov.au/safe-victoria",
    "https://www.police.vic.gov.au/sites/default/files/2024-07/A-Safe-Victoria-operating-model.pdf",
    "https://www.police.vic.gov.au/safe-victoria/safe-victoria-strategy",
    "https://www.police.vic.gov.au/privacy",
    "https://www.police.vic.gov.au/accessibility",
    "https://www.police.vic.gov.au/copyright",
    "https://www.police.vic.gov.au/disclaimer",
]


def para(text, indent=3):
    return textwrap.fill(text, W, initial_indent=" " * indent, subsequent_indent=" " * indent)


def item(text, mark="*", indent=5):
    pre = " " * indent + mark + " "
    return textwrap.fill(text, W, initial_indent=pre, subsequent_indent=" " * len(pre))


def build():
    out = [
        "   [1]Skip to main content",
        "",
        "   [2]Victoria Police",
        "     * [3]Contact us",
        "     * [4]Report to police",
        "     * [5]Languages",
        "",
        "   Search ____________________ [6]Search",
        "",
        "     * [7]Safety",
        "     * [8]Crime",
        "     * [9]Community engagement",
        "     * [10]About Victoria Police",
        "     * [11]Careers",
        "",
        "    1. [12]Home",
        "    2. [13]About Victoria Police",
        "    3. [14]A Safe Victoria",
        "    4. Our operating model",
        "",
        "A Safe Victoria: Our operating model",
        "",
        "Community first",
        "",
        "Our principles",
        "",
    ]
    for t in ["Leadership at every level", "Intelligence informed", "Prevention mindset", "Victim focus"]:
        out.append(item(t))
    out += ["", "Inputs", ""]
    for t in ["People (our workforce)", "Community and stakeholders", "Finance",
              "Insights, data, intelligence and evidence", "Legislation and government priorities",
              "Organisational strategy, policy and regulatory settings", "Physical assets and infrastructure",
              "Technology"]:
        out.append(item(t))
    out += ["", "Drivers", ""]
    for t in ["Emergencies, critical incidents and significant events", "Family violence", "General crime",
              "Government policy", "Mental health", "Police legitimacy and trust", "Public order",
              "Road safety", "Serious and organised crime", "Social cohesion and polarisation",
              "Technology-enabled crime"]:
        out.append(item(t))
    out += ["", "Enablers > Services > Vision", "",
            "   [A Safe Victoria operational model chart]", "",
            "   [15]Download the operating model chart (PDF 412.6 KB)", "",
            "Outcomes", ""]
    for t in ["Increase community trust and confidence to 80%",
              "Reduce serious crime, violent crime and road trauma by 5% each year"]:
        out.append(item(t))
    out += ["", "Our values", ""]
    for name, statement, behaviours in VALUES:
        out.append(item(name))
        out.append("")
        out.append(para(statement, 7))
        for b in behaviours:
            out.append(item(b, "+", 10))
        out.append("")
    out += [
        "   See also [16]A Safe Victoria: Our strategy",
        "",
        "   Updated 24 July 2024",
        "",
        "     * [17]Privacy",
        "     * [18]Accessibility",
        "     * [19]Copyright",
        "     * [20]Disclaimer",
        "",
        "   Victoria Police acknowledges the Traditional Owners of the lands on which we",
        "   live and work, and pays respect to their Elders past and present.",
        "",
        "References",
        "",
    ]
    for i, u in enumerate(LINKS, 1):
        out.append(f"  {i:>2}. {u}")
    DOC.write_text("\n".join(out) + "\n", encoding="utf-8")


def gold():
    comps = [L.competency(STEM, name, statement, indicators=L.items(STEM, behaviours))
             for name, statement, behaviours in VALUES]
    return L.write_gold(DOC, "txt", TITLE, comps)


if __name__ == "__main__":
    build()
    print(gold())

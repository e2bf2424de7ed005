"""AALL - Body of Knowledge page, excerpt (TXT: a browser "save as text" of the page).

Plain text, LF, hard-wrapped at 78 columns: "Skip to main content", association name, flattened utility and
main menus (" | "-joined), breadcrumb, "Print | Share", h1 "AALL Body of Knowledge", intro paragraph,
"Domains" with the six domain names as "  * " bullets (a contents list), then domain headings
and competency headings as plain lines, each competency with "  * " skill bullets ending in full stops
(wrapped bullets continue on lines indented 4 spaces); "Back to Top", address line and copyright.
Excerpt: domain 1 (six competencies) and the first two competencies of domain 2.
"""
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bdlib as B

STEM = "aall-body-of-knowledge"
TITLE = "AALL Body of Knowledge"

DOMAINS_LIST = ["Professionalism & Leadership at Every Level",
                "Legal Research, Analysis & Information Literacy",
                "Information Management & Knowledge Organization",
                "Instruction & Teaching",
                "Management & Marketing",
                "Technology & Innovation"]

DOMAINS = [
    ("Professionalism & Leadership at Every Level", [
        ("Communication", [
            "Listen attentively, respectfully, and with purpose.",
            "Build strong professional speaking and writing skills.",
            "Communicate with clarity and confidence to any audience.",
            "Develop nonverbal skills, cultural awareness, and emotional intelligence."]),
        ("Decision Making", [
            "Define the problem, challenge, or opportunity.",
            "Identify the available options and possible solutions.",
            "Weigh the impact and risk of each possible solution.",
            "Stay flexible enough to change direction when needed.",
            "Carry out the chosen solution and remain accountable for the outcome."]),
        ("Strategic Problem Solving", [
            "Look for chances to think creatively and to find new solutions.",
            "Try out different strategic models.",
            "Keep a future-focused outlook.",
            "Break down silos and other barriers to cooperation.",
            "Involve stakeholders and consider multiple perspectives before acting."]),
        ("Collaboration & Team-building", [
            "Set out a shared vision.",
            "Encourage open communication and the sharing of knowledge.",
            "Develop leadership qualities in every member of the team.",
            "Keep joint initiatives moving forward.",
            "Broaden the definition of success and recognize everyone's contributions."]),
        ("Ethics", [
            "Follow professional standards, guidelines, and rules.",
            "Promote integrity, accountability, and fairness across the organization.",
            "Foster a climate of civility.",
            "Build trust through transparent decision-making."]),
        ("Lifelong Learning", [
            "Seek out professional development opportunities that match current and future roles.",
            "Share knowledge with colleagues through mentoring, presenting, and writing.",
            "Take part in professional associations and networks at the local, national, and "
            "international level."]),
    ]),
    ("Legal Research, Analysis & Information Literacy", [
        ("Research Strategy", [
            "Analyze the research question and identify the relevant jurisdiction and area of law.",
            "Choose the most efficient and cost-effective resources for the task.",
            "Use primary and secondary sources, in print and online, to locate relevant authority.",
            "Document the research process and its results for the requester."]),
        ("Evaluation of Sources", [
            "Assess the authority, currency, and reliability of legal information.",
            "Verify that cited authority is still good law.",
            "Compare the content, features, and costs of competing research platforms."]),
    ]),
]

INTRO = ("The AALL Body of Knowledge (BoK) sets out the core domains, competencies, and skills that "
         "today's legal information professionals need. Domains are the core areas of expertise; "
         "competencies are the key areas of knowledge needed for proficiency in each domain; and skills "
         "are the actions that show the knowledge and experience needed to demonstrate each competency, "
         "at both essential and advanced levels. The BoK is meant to serve as a blueprint for the career "
         "development of legal information professionals, including future professional development "
         "opportunities.")


def wrap(text, first="", rest=""):
    return textwrap.fill(text, width=78, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False, break_long_words=False)


def build():
    L = ["Skip to main content", "", "American Association of Law Libraries", "",
         "Join | Renew | Log In | Cart | Search", "",
         "About Us | Advocacy | Community | Education & Events | Career Development | Publications | "
         "Resources", "",
         "Home > Career Development > Body of Knowledge", "",
         "Print | Share", "",
         TITLE, "", wrap(INTRO), "", "Domains", ""]
    L += [f"  * {dname}" for dname in DOMAINS_LIST]
    L.append("")
    for dname, comps in DOMAINS:
        L += ["", dname, ""]
        for cname, skills in comps:
            L += [cname, ""]
            L += [wrap(s, "  * ", "    ") for s in skills]
            L.append("")
    L += ["Back to Top", "",
          "American Association of Law Libraries | 105 W. Adams Street, Suite 3300 | Chicago, IL 60603",
          "Privacy Policy | Terms of Use | Contact Us", "",
          "Copyright (c) 2024 American Association of Law Libraries. All rights reserved.", ""]
    path = B.DOCS / f"{STEM}.txt"
    path.write_text("\n".join(L), encoding="utf-8")
    return path


def gold(path):
    g = B.Gold(path, "txt", TITLE)
    for dname, comps in DOMAINS:
        for cname, skills in comps:
            g.competency(cname, None, indicators=g.items(skills))
    return g.write()


if __name__ == "__main__":
    print(gold(build()))

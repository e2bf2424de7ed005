"""SLA (Special Libraries Association) - Competencies for Information Professionals (revised 2016): the
introduction and core competencies 1-3, as a pdftotext-style plain-text export (80-column hard wraps,
form feeds, running header and page footer, bullets "\u2022" with hanging indent, a bullet list split by a page
break, one compound broken at its hyphen)."""
import sys
import textwrap
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "sla-competencies-information-professionals"
TITLE = "Competencies for Information Professionals"
W = 80

INTRO = [
    "These competencies describe what information professionals know and do, and the value they bring to the "
    "organizations and communities they serve. They are intended for practitioners planning their own "
    "development, for students and faculty in library and information science programs, and for employers "
    "who recruit and manage information professionals.",
    "The document sets out two kinds of competencies. Core competencies are specific to the information "
    "profession. Enabling competencies, such as critical thinking and project management, are shared with other "
    "professions but are needed for success. Each core competency is described below, followed by examples of "
    "what a practitioner with that competency does.",
]
COMPS = [
    ("1", "Information and Knowledge Services",
     "Information professionals understand the information needs and goals of their organization or clients, "
     "design services that meet them, and encourage the sharing of knowledge and insight across the "
     "organization.",
     ["Identify the information needs of clients through interviews, observation and analysis of "
      "organizational goals.",
      "Search, retrieve and synthesize information from a wide range of print and electronic sources.",
      "Evaluate the results of research for accuracy, relevance and authority.",
      "Package and present findings in the form that clients need for decision-making and action.",
      "Develop and market services that add measurable value for the organization."]),
    ("2", "Information and Knowledge Systems and Technology",
     "Information professionals use the technology applications that suit their work and community, and may "
     "design or develop systems that move information and knowledge effectively through the organization.",
     ["Assess and recommend information technologies and tools for the organization.",
      "Manage content management systems, discovery tools and intranets.",
      "Apply standards and protocols so that systems can exchange data.",
      "Work with IT colleagues to protect the security and integrity of information."]),
    ("3", "Information and Knowledge Resources",
     "Information professionals understand the content their community values, and they select, acquire, "
     "organize and preserve resources in all formats for current and future use.",
     ["Build and manage collections that reflect the priorities of the organization.",
      "Negotiate licences and contracts with vendors and publishers.",
      "Evaluate resources for quality, cost and fit with user needs.",
      "Manage the full life cycle of resources, from acquisition to retention or disposal.",
      "Advocate for open and equitable access to information."]),
]
LEAD = "Information professionals with this competency:"


def para(text, indent=""):
    return textwrap.wrap(text, W, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=True)


HAND = {"Package and present findings in the form that clients need for decision-making and action.":
        ["  \u2022   Package and present findings in the form that clients need for decision-",
         "      making and action."]}


def bullet(text):
    if text in HAND:
        return HAND[text]
    return textwrap.wrap(text, W - 2, initial_indent="  \u2022   ", subsequent_indent="      ",
                         break_on_hyphens=True)


def header():
    return ["SLA Competencies for Information Professionals" + " " * 20 + "Revised April 2016", ""]


def footer(n):
    return ["", " " * 38 + str(n)]


def build():
    pages = []
    # page 1
    p = ["", " " * 19 + "COMPETENCIES FOR INFORMATION PROFESSIONALS", " " * 27 + "Special Libraries Association",
         " " * 25 + "Approved by the Board, April 2016", "", "", "INTRODUCTION", ""]
    for t in INTRO:
        p += para(t) + [""]
    p += ["CORE COMPETENCIES", ""]
    num, name, definition, bullets = COMPS[0]
    p += [f"{num}. {name}", ""] + para(definition) + ["", LEAD, ""]
    for b in bullets[:3]:
        p += bullet(b)
    pages.append(p)
    # page 2: rest of 1, then 2
    p = []
    for b in bullets[3:]:
        p += bullet(b)
    num, name, definition, bs = COMPS[1]
    p += ["", f"{num}. {name}", ""] + para(definition) + ["", LEAD, ""]
    for b in bs:
        p += bullet(b)
    pages.append(p)
    # page 3
    num, name, definition, bs = COMPS[2]
    p = [f"{num}. {name}", ""] + para(definition) + ["", LEAD, ""]
    for b in bs:
        p += bullet(b)
    pages.append(p)

    out_pages = []
    for i, body in enumerate(pages, 1):
        lines = (header() if i > 1 else []) + body
        lines += [""] * max(0, 50 - len(lines)) + footer(i)
        out_pages.append("\n".join(lines))
    text = "\f".join(out_pages) + "\n\f"
    out = H.DOCS / f"{STEM}.txt"
    out.write_text(text, encoding="utf-8")
    return out


def gold(path):
    D = STEM
    comps = [H.comp(name, D, definition, indicators=H.items(bs, D)) for _, name, definition, bs in COMPS]
    return H.write_gold(path, "txt", TITLE, comps)


if __name__ == "__main__":
    print(gold(build()))

"""MGM Resorts International - Leadership Competencies (plain text).

Modelled on the document title "MGM RESORTS INTERNATIONAL LEADERSHIP COMPETENCIES" (listed on businessdocbox.com;
the body was not visible). Written as a plain-text export of a Word handout: upper-case title lines, numbered
competencies "1. Name", "Definition:" paragraph, "Leadership behaviors:" with "-" bullets hard-wrapped at 78
columns (continuation lines indented), "Related competencies:" line, and a form feed with the printed page
footer "MGM Resorts International | Leadership Competencies | Page 1 of 2" between pages. CRLF line ends. Four
competencies. All wording ours.
"""
import textwrap

import cblib as L

STEM = "mgm-leadership-competencies"
OUT = L.DOCS / f"{STEM}.txt"
TITLE = "LEADERSHIP COMPETENCIES"

COMPS = [
    {"name": "Guest Service Focus",
     "definition": "Creates memorable experiences for guests by putting their needs at the center of every "
                   "decision and by making sure employees have what they need to deliver great service.",
     "behaviors": ["Spends time on the floor observing and talking with guests and front-line employees",
                   "Uses guest feedback and service scores to set priorities for the team",
                   "Empowers employees to solve guest problems on the spot without waiting for approval",
                   "Recognizes employees who go above and beyond for guests"],
     "related": ["Inspires and Engages", "Drives Results"]},
    {"name": "Inspires and Engages",
     "definition": "Builds a workplace where employees feel valued, understand how their work matters and want "
                   "to give their best.",
     "behaviors": ["Communicates the company's vision in a way that connects with each employee's role",
                   "Listens to employees and acts on what they say",
                   "Creates an inclusive team in which different backgrounds and views are welcomed",
                   "Celebrates success and shares credit with the team"],
     "related": ["Guest Service Focus"]},
    {"name": "Drives Results",
     "definition": "Sets high standards, holds self and others accountable and delivers on financial and "
                   "operational goals.",
     "behaviors": ["Translates property goals into clear targets for each department",
                   "Reviews performance against targets regularly and adjusts plans when needed",
                   "Makes timely decisions with the information available",
                   "Addresses poor performance directly and fairly"],
     "related": ["Acts with Integrity"]},
    {"name": "Acts with Integrity",
     "definition": "Earns trust by being honest, keeping commitments and complying with the laws and "
                   "regulations that govern the gaming and hospitality industry.",
     "behaviors": ["Follows through on commitments to guests, employees and partners",
                   "Raises concerns about compliance promptly, even when it is uncomfortable",
                   "Treats confidential guest and company information with care"],
     "related": []},
]


def bullet(text):
    return textwrap.wrap(text, 78, initial_indent="   - ", subsequent_indent="     ")


def para(text, indent="   "):
    return textwrap.wrap(text, 78, initial_indent=indent, subsequent_indent=indent)


def build():
    lines = ["MGM RESORTS INTERNATIONAL", TITLE, "", "Our leadership competencies describe how leaders at "
             "MGM Resorts deliver results", "and create the best place to work in hospitality.", ""]
    for i, c in enumerate(COMPS, 1):
        if i == 3:
            lines += ["", "MGM Resorts International | Leadership Competencies | Page 1 of 2", "\f"]
        lines.append(f"{i}. {c['name']}")
        lines += para("Definition: " + c["definition"])
        lines.append("   Leadership behaviors:")
        for b in c["behaviors"]:
            lines += bullet(b)
        if c["related"]:
            lines += para("Related competencies: " + ", ".join(c["related"]))
        lines.append("")
    lines += ["MGM Resorts International | Leadership Competencies | Page 2 of 2", ""]
    OUT.write_bytes("\r\n".join(lines).encode("utf-8"))


def gold():
    return [L.competency(STEM, c["name"], c["definition"], indicators=L.items(STEM, c["behaviors"]),
                         related=list(c["related"])) for c in COMPS]


def main():
    build()
    L.write_gold(OUT, "txt", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

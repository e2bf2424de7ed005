"""UCOL (Universal College of Learning, Palmerston North, New Zealand) - "Staff competencies" page (Work at UCOL)
-> plain text, as a lynx-style text dump of the page.

Layout: text dump with the page's leftovers (skip link, breadcrumb with numbered link markers "[2]Work at UCOL"),
the title centred, paragraphs hard-wrapped at 78 columns with a three-space indent, the cluster headings
"Tangata Tiriti – how we embrace culture" / "Professional behaviours – how we behave at work" as plain lines,
"     * " bullets "Name - definition" (hyphen or en dash, as on the page) whose wrapped lines are indented
seven spaces, the footer links, and the "References" list of URLs that lynx appends. Te reo Māori words with
macrons. Excerpt: the Professional behaviours list is shortened to its first two entries.
"""
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bllib as L  # noqa: E402

STEM = "ucol-staff-competencies"
OUT = L.DOCS / f"{STEM}.txt"
TITLE = "Staff competencies"

INTRO = [
    "Our staff sit at the centre of our work and of the services we provide to our students and communities; "
    "one outcome of our strategic story is that \u201cOur staff have the skills, commitment and engagement to "
    "deliver our vision\u201d.",
    "To support this outcome we use a framework of competencies that sets out the knowledge, skills, attributes "
    "and behaviours that align our staff, and their work, with our values and strategic objectives.",
    "Our \u2018Core Competencies\u2019 apply to everyone across UCOL. The \u2018Customer and Business Support\u2019, "
    "\u2018Technical Specialists\u2019, \u2018Leadership \u2013 Operational Management\u2019 and \u2018Leadership "
    "\u2013 Strategic Management\u2019 pathways are the occupation-specific pathways within UCOL, and each has "
    "its own set of Competencies in addition to the Core Competencies.",
]

CLUSTERS = [
    ("Tangata Tiriti \u2013 how we embrace culture", [
        ("Engagement", " - ",
         "build and sustain effective professional relationships centred on the learning and wellbeing of our "
         "\u0101konga; show commitment to ongoing professional learning and to developing own professional "
         "practice by taking part in He K\u0101kano Rua (UCOL\u2019s Cultural Competency Framework)."),
        ("Enlightenment", " - ",
         "keep deepening understanding of Te Tiriti o Waitangi / the Treaty of Waitangi and keep building "
         "knowledge of Tikanga M\u0101ori and of the correct use and pronunciation of te Reo M\u0101ori."),
        ("Empowerment", " \u2013 ",
         "show commitment to bicultural partnership in Aotearoa New Zealand; work effectively within the "
         "bicultural context of UCOL."),
    ]),
    ("Professional behaviours \u2013 how we behave at work", [
        ("Dependable/compliant", " \u2013 ",
         "Is reliable and responsible at work. Acts with integrity and respect. Understands and values rules and "
         "regulations and follows documented procedures"),
        ("Resilience", " - ",
         "stays calm, composed and positive in stressful or high-pressure situations."),
    ]),
]

REFS = ["https://www.ucol.ac.nz/",
        "https://www.ucol.ac.nz/work-at-ucol",
        "https://www.ucol.ac.nz/work-at-ucol/current-vacancies",
        "https://www.ucol.ac.nz/work-at-ucol/why-work-at-ucol",
        "https://www.ucol.ac.nz/work-at-ucol/staff-competencies",
        "https://www.ucol.ac.nz/about-us/contact-us",
        "https://www.ucol.ac.nz/about-us/privacy",
        "https://www.ucol.ac.nz/about-us/copyright"]


def wrap(text, indent="   ", sub=None):
    return textwrap.fill(text, width=78, initial_indent=indent, subsequent_indent=sub or indent,
                         break_long_words=False, break_on_hyphens=False)


def dump():
    out = ["   Skip Navigation Links [1]Home [2]Work at UCOL Staff Competencies", "",
           " " * 30 + TITLE, ""]
    for p in INTRO:
        out += [wrap(p), ""]
    out += ["   Core Competencies", ""]
    for head, items in CLUSTERS:
        out.append("   " + head)
        for name, sep, definition in items:
            out.append(wrap(name + sep + definition, "     * ", "       "))
        out.append("")
    out += ["   [3]Current vacancies [4]Why work at UCOL [5]Staff competencies", "",
            "   [6]Contact us | [7]Privacy | [8]Copyright", "   \u00a9 2021 UCOL - Universal College of Learning",
            "", "References", ""]
    out += [f"   {k}. {u}" for k, u in enumerate(REFS, 1)]
    return "\n".join(out) + "\n"


def gold():
    comps = []
    for _, items in CLUSTERS:
        for name, _, definition in items:
            comps.append(L.competency(STEM, name, definition))
    return comps


def main():
    OUT.write_text(dump(), encoding="utf-8")
    L.write_gold(OUT, "txt", TITLE, gold())
    print("wrote", OUT)


if __name__ == "__main__":
    main()

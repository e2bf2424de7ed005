"""usaf-afdd1-1-institutional-competencies.txt: plain-text extract of Air Force doctrine (AFDD 1-1 style).

Written by hand as a text export would give it: running header lines and page numbers left in at a page
break (form feed), ALL-CAPS headings, paragraphs numbered "3-11.", a run-in "Definition." label, "Components:"
and "Indicators:" lists (dash bullets / lettered sub-paragraphs), paragraphs hard-wrapped at 65 columns.
"""
import textwrap

import tcommon as C

STEM = "usaf-afdd1-1-institutional-competencies"
FILE = STEM + ".txt"
TITLE = "INSTITUTIONAL COMPETENCIES"

W = 65

FRONT = [
    ("3-11.", "Institutional competencies are the leadership, management and warfighting skills the Air "
              "Force expects of every Airman, whatever the specialty. They complement occupational "
              "competencies, which belong to a particular career field, and they are built through "
              "education, training and experience over the whole of a career."),
    ("3-12.", "The institutional competency list arranges these competencies in three categories: "
              "personal, people/team, and organizational. Each competency below is given with its "
              "definition, the components that make it up, and examples of behavior that indicate "
              "proficiency. The examples illustrate; they are not a checklist."),
]

COMPS = [
    {
        "category": "PERSONAL COMPETENCIES",
        "name": "EMBODIES AIRMAN CULTURE",
        "num": "3-13.",
        "definition": "Lives by the Air Force core values and displays the ethos, professional conduct and "
                      "commitment expected of a member of the profession of arms.",
        "notes": [("3-14.", "Airman culture is learned first at the tactical level, where Airmen are taught "
                            "the standards of the Service and see them modeled by their supervisors. As "
                            "Airmen advance they are expected to pass that culture on and to hold others to "
                            "it.")],
        "components": ["Ethical leadership", "Followership", "Warrior ethos", "Develops self"],
        "indicators": [
            "Promotes the core values through the goals set, the actions taken and the example given.",
            "Takes responsibility for the results of own actions and for the performance of the unit.",
            "Understands how own tasks support the mission and aligns priorities with the commander's "
            "intent.",
            "Is prepared, physically and mentally, to deploy and to operate in hostile environments.",
            "Seeks feedback, assesses own strengths and weaknesses, and keeps learning throughout a career.",
        ],
    },
    {
        "category": None,
        "name": "COMMUNICATING",
        "num": "3-15.",
        "definition": "Expresses ideas clearly and persuasively in speech and in writing, and listens "
                      "actively to understand others.",
        "notes": [],
        "components": ["Speaking and writing", "Active listening"],
        "indicators": [
            "Presents information in a clear, concise and well-organized way suited to the audience.",
            "Writes correspondence and staff products that are accurate and free of unnecessary jargon.",
            "Listens attentively and asks questions to confirm understanding.",
            "Adjusts the message or the medium when the audience has not understood.",
        ],
    },
    {
        "category": "PEOPLE/TEAM COMPETENCIES",
        "name": "FOSTERING COLLABORATIVE RELATIONSHIPS",
        "num": "3-16.",
        "definition": "Builds teams and coalitions inside and outside the Air Force and negotiates to reach "
                      "outcomes that serve the mission.",
        "notes": [("3-17.", "Joint, interagency and multinational operations depend on relationships formed "
                            "long before a crisis. Leaders at every level should invest in those "
                            "relationships and in the trust that sustains them.")],
        "components": ["Builds teams and coalitions", "Negotiating"],
        "indicators": [
            "Builds cohesive teams by setting shared goals and valuing the contribution of each member.",
            "Works effectively with sister Services, other agencies and coalition partners.",
            "Prepares for a negotiation by learning the interests of every party.",
            "Reaches agreements that others will support and carry out.",
        ],
    },
]

HEADER = "AFDD 1-1" + " " * 42 + "8 November 2011"


def para(num, text):
    """A numbered paragraph hard-wrapped at 65 columns (continuation lines flush left, as in the PDF)."""
    return textwrap.fill(f"{num} {text}", width=W) + "\n"


def sub(mark, text, indent=5):
    first = " " * indent + mark + " "
    return textwrap.fill(text, width=W, initial_indent=first,
                         subsequent_indent=" " * len(first)) + "\n"


def render():
    out = [HEADER + "\n\n",
           "CHAPTER THREE".center(W).rstrip() + "\n\n",
           "INSTITUTIONAL COMPETENCIES".center(W).rstrip() + "\n\n",
           "GENERAL\n\n"]
    for num, text in FRONT:
        out.append(para(num, text) + "\n")
    for ci, comp in enumerate(COMPS):
        if comp["category"]:
            out.append(comp["category"] + "\n\n")
        out.append(comp["name"] + "\n\n")
        out.append(para(comp["num"], "Definition. " + comp["definition"]) + "\n")
        for num, text in comp["notes"]:
            out.append(para(num, text) + "\n")
        out.append("     Components:\n")
        for c in comp["components"]:
            out.append(sub("-", c, indent=7))
        out.append("\n     Indicators:\n")
        for i, t in enumerate(comp["indicators"]):
            out.append(sub(f"{'abcdefgh'[i]}.", t, indent=7))
            if ci == 0 and i == 2:
                # page break of the PDF this text was exported from: footer page number, form feed, header
                out.append("\n" + "24".center(W).rstrip() + "\n\f" + HEADER + "\n\n")
        out.append("\n")
    out.append("25".center(W).rstrip() + "\n")
    path = C.DOCS / FILE
    path.write_text("".join(out), encoding="utf-8")
    return path


def gold():
    comps = []
    for comp in COMPS:
        comps.append(C.competency(
            comp["name"], STEM, definition=comp["definition"],
            key_words=list(comp["components"]),
            indicators=[C.item(STEM, t) for t in comp["indicators"]],
            notes=[C.item(STEM, t) for _, t in comp["notes"]]))
    return comps


def build():
    path = render()
    return C.write_gold(path, "txt", TITLE, gold())

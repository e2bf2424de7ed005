"""rics-apc-mandatory-competencies.txt: RICS (Royal Institution of Chartered Surveyors), Assessment of
Professional Competence, "APC Requirements and Competencies" (August 2015): the mandatory competencies.

Plain-text export of the PDF (pdftotext-like): 80-column hard wraps, form feeds between pages, the running
head "Assessment of Professional Competence ... APC Requirements and Competencies" and a bare page number
at the foot of every page. Front matter: "About the competencies" with a level key ("Level 1 - knowledge
and understanding" ...) and the list of mandatory competencies by required level ("To level 2: ...").
Body: competency name line, "Description:" paragraph, inline "Level 1:" / "Level 2:" / "Level 3:" labels
with hanging indents; one competency has no Level 3; one competency split by a page break."""
import textwrap

import helpers as H

STEM = "rics-apc-mandatory-competencies"
DOC = H.DOCS / f"{STEM}.txt"
TITLE = "APC Requirements and Competencies"
W = 80

COMPS = [
    ("Client care",
     "The principles and practice of client care and how they apply in your own area of practice: knowing "
     "who your clients are, understanding what they need and managing the relationship with them.",
     ["Demonstrate knowledge and understanding of the principles and practice of client care, including "
      "who your clients, colleagues and third parties are, the behaviours that build good client "
      "relationships, and the systems for managing client care and complaints.",
      "Provide evidence of putting the principles and practice of client care into practice in your area of "
      "work, including collecting information on your clients and analysing their needs.",
      "Provide evidence of advising clients on how their requirements can best be met, and of adapting the "
      "way you deliver your service to the needs of different clients."]),
    ("Communication and negotiation",
     "Oral, written, graphic and presentation skills, together with the methods and techniques of "
     "negotiation, as they apply to your area of practice.",
     ["Demonstrate knowledge and understanding of effective oral, written, graphic and presentation skills, "
      "including the methods and techniques that suit particular situations, and of the main approaches "
      "to negotiation.",
      "Provide evidence of practical application of your oral, written, graphic, presentation and "
      "negotiation skills, showing how you chose the approach best suited to each situation and "
      "audience."]),
    ("Health and safety",
     "The principles and responsibilities of health and safety that apply to you, to those you work with "
     "and to the public, both in the office and on site.",
     ["Demonstrate knowledge and understanding of the principles and responsibilities that law, codes of "
      "practice and other regulations place on you, your employer and your clients in matters of health "
      "and safety.",
      "Provide evidence of applying these principles and responsibilities in your own work, including "
      "carrying out risk assessments before site inspections and following safe working practices.",
      "Provide evidence of advising others on health and safety matters, including the preparation or "
      "review of safe working procedures for a site, a project or a team."]),
    ("Teamworking",
     "Working with others as part of a team, whether within your own organisation or across several "
     "organisations, and the principles that make teams effective.",
     ["Demonstrate knowledge and understanding of the principles, behaviours and dynamics of working in a "
      "team.",
      "Provide evidence of working effectively as a member of a team, including the part you played and "
      "how you contributed to the team\u2019s objectives.",
      "Provide evidence of leading, managing or coordinating a team, and of reviewing how well the team "
      "performed against its objectives."]),
]

HEAD = "Assessment of Professional Competence" + " " * 9 + "APC Requirements and Competencies"


def wrap(text, indent=0, first=None):
    first = " " * indent if first is None else first
    return textwrap.wrap(text, width=W, initial_indent=first, subsequent_indent=" " * indent)


def para(text):
    return wrap(text) + [""]


def page(lines, number):
    body = [HEAD, "", ""] + lines
    while len(body) < 58:
        body.append("")
    body += ["", f"{number:>{W // 2 + 1}}"]
    return "\n".join(body)


def render():
    p1 = []
    p1 += ["About the competencies", ""]
    p1 += para("The competencies are a mix of technical, professional practice, interpersonal, business and "
               "management skills. They fall into three groups: mandatory, core and optional. Each "
               "competency is defined at three levels of attainment, which you reach in sequence:")
    p1 += ["    Level 1 \u2013 knowledge and understanding",
           "    Level 2 \u2013 application of knowledge and understanding",
           "    Level 3 \u2013 reasoned advice and depth of technical knowledge", ""]
    p1 += para("The mandatory competencies are the personal, interpersonal and professional practice skills "
               "that every surveyor needs. You must reach the level shown below in each of them:")
    p1 += ["    To level 3:  Ethics, Rules of Conduct and professionalism",
           "    To level 2:  Client care; Communication and negotiation; Health and safety",
           "    To level 1:  Accounting principles and procedures; Business planning;",
           "                 Conflict avoidance, management and dispute resolution",
           "                 procedures; Data management; Sustainability; Teamworking", ""]
    p1 += para("Your counsellor and supervisor will help you to decide when you have reached each level. The "
               "definitions that follow describe what is expected of you at every level.")
    p1 += ["", "Section three: Mandatory competency definitions", ""]

    def comp_lines(name, desc, levels):
        out = [name, ""]
        out += wrap(desc, 13, "Description: ") + [""]
        for i, lv in enumerate(levels, 1):
            out += wrap(lv, 9, f"Level {i}: ") + [""]
        return out

    blocks = [comp_lines(*c) for c in COMPS]
    # page 1 gets the front matter and Client care; Communication and negotiation is split after its
    # Level 1 paragraph; Health and safety and Teamworking on page 2
    p1 += blocks[0]
    split = blocks[1].index("") + 1                       # name + blank
    split = split + blocks[1][split:].index("") + 1        # + description paragraph
    split = split + blocks[1][split:].index("") + 1        # + Level 1 paragraph
    p1 += blocks[1][:split]
    p2 = blocks[1][split:] + blocks[2] + blocks[3]
    p2 += [""] + para("Technical competency definitions follow in the pathway guide for each APC pathway.")
    DOC.write_text(page(p1, 23) + "\n\f" + page(p2, 24) + "\n", encoding="utf-8")


def gold():
    comps = []
    for name, desc, levels in COMPS:
        lvls = [H.level(STEM, i, f"Level {i}", [t]) for i, t in enumerate(levels, 1)]
        comps.append(H.competency(STEM, name, desc, levels=lvls))
    H.write_gold(DOC, "txt", TITLE, comps)


def build():
    render()
    gold()
    return DOC


if __name__ == "__main__":
    print(build())

"""The University of Arizona Libraries, Human Resources and Organizational Effectiveness (HROE) - "The Library
Competency Development Model" (plain text).

Modelled on the HROE intranet page "Competency Assessment and Development" (intranet.library.arizona.edu/teams/
hroe/effectiveness/Compassessdev/), which lists the Competency Analysis Tool Kit (Draft 090606), "The Library
Competency Development Model (041708)" - "a comprehensive resource which includes all dimensions, definitions
and behavioral descriptions, as well as suggested future team competencies for each category of positions" -
the Competency Development Tutorial and the position-based models (Library Information Associate, Library
Operations Supervisor ...). Rendered as the plain-text export of that Word model: CRLF line endings, lines
hard-wrapped at 76 columns with hanging indents, "=" rules around "DIMENSION n:" headings, "*" behaviour bullets
under Foundational / Intermediate / Advanced, "Development Suggestions" with "On the job:", "With others:",
"Training:" and "Reading:" sub-lists ("-" items) and a "Suggested future team competency" line. Dimension names
follow common library competency models; definitions, behaviours, development suggestions and wording are ours;
readings are real books (Chicago-style notes as a staff member would type them).
"""
import textwrap

import bvlib as L

STEM = "uazlib-library-competency-development-model"
OUT = L.DOCS / f"{STEM}.txt"
TITLE = "LIBRARY COMPETENCY DEVELOPMENT MODEL"
LEVELS = ("Foundational", "Intermediate", "Advanced")
W = 76

DIMS = [
    dict(name="Communication",
         definition="Conveys and receives information clearly and respectfully, in writing and in person, so "
                    "that customers and colleagues understand what they need to know.",
         levels=[["Listens to customers and colleagues without interrupting and checks understanding",
                  "Writes routine e-mail and notes that are clear and accurate",
                  "Passes information on to team members promptly"],
                 ["Adjusts style and level of detail to suit the audience",
                  "Handles difficult conversations with customers calmly and respectfully",
                  "Prepares clear documentation of procedures for others to use"],
                 ["Presents complex information to large or senior groups with confidence",
                  "Helps teams communicate across the Libraries and the campus",
                  "Coaches others on effective communication"]],
         onjob=["Volunteer to write or revise a procedure for your team.",
                "Take notes at a team meeting and send out the summary."],
         others=["Ask a colleague to observe you at the service desk and give you feedback.",
                 "Practice a presentation with your team before you give it."],
         training=["HROE workshop: Communicating with Difficult Customers (3 hours)",
                   "UA Human Resources: Business Writing Essentials (2 sessions)"],
         reading=[("Patterson, Kerry, Joseph Grenny, Ron McMillan, and Al Switzler. Crucial Conversations: Tools "
                   "for Talking When Stakes Are High. New York: McGraw-Hill, 2002.",
                   "Crucial Conversations: Tools for Talking When Stakes Are High",
                   ["Kerry Patterson", "Joseph Grenny", "Ron McMillan", "Al Switzler"], "McGraw-Hill", 2002),
                  ("Stone, Douglas, Bruce Patton, and Sheila Heen. Difficult Conversations: How to Discuss What "
                   "Matters Most. New York: Viking, 1999.",
                   "Difficult Conversations: How to Discuss What Matters Most",
                   ["Douglas Stone", "Bruce Patton", "Sheila Heen"], "Viking", 1999)],
         future=None),
    dict(name="Flexibility/Adaptability",
         definition="Adjusts to changing priorities, technologies and work assignments and stays productive "
                    "during periods of change.",
         levels=[["Accepts new assignments and procedures with a positive attitude",
                  "Asks questions to understand the reasons for a change"],
                 ["Adjusts own plans quickly when priorities shift",
                  "Learns new systems and tools without extended support",
                  "Helps teammates adjust to new procedures"],
                 ["Anticipates change and prepares the team for it",
                  "Leads the team through a major change in services or systems"]],
         onjob=["Cross-train on a function in another team.",
                "Serve on the implementation team for a new system."],
         others=["Talk with a colleague who has recently been through a large change about what helped them."],
         training=["HROE workshop: Managing Change and Transition (3 hours)"],
         reading=[("Johnson, Spencer. Who Moved My Cheese? New York: Putnam, 1998.",
                   "Who Moved My Cheese?", ["Spencer Johnson"], "Putnam", 1998)],
         future="Suggested future team competency (Library Information Associate positions): working across "
                "service points and formats as needs change."),
    dict(name="Continuous Learning",
         definition="Takes responsibility for own learning, keeps skills current and applies new knowledge to "
                    "improve library services.",
         levels=[["Completes required training on time",
                  "Seeks out the information needed to do the job well"],
                 ["Identifies own learning needs and sets goals with the team leader",
                  "Shares what has been learned with teammates",
                  "Applies new skills to improve team processes"],
                 ["Keeps up with developments in the profession and brings new ideas to the Libraries",
                  "Creates learning opportunities for others"]],
         onjob=["Keep a learning log and review it at your performance conversation.",
                "Take on a small project that requires a new skill."],
         others=["Join a Libraries learning community or reading group.",
                 "Teach a short session on something you know well."],
         training=["Arizona Library Association annual conference sessions",
                   "Online tutorials on the Libraries' staff training site"],
         reading=[("Senge, Peter M. The Fifth Discipline: The Art and Practice of the Learning Organization. New "
                   "York: Doubleday, 1990.",
                   "The Fifth Discipline: The Art and Practice of the Learning Organization", ["Peter M. Senge"],
                   "Doubleday", 1990)],
         future="Suggested future team competency (Library Operations Supervisor positions): building a team "
                "learning plan each year."),
]


def wrap(text, indent, hang=None):
    hang = indent if hang is None else hang
    return textwrap.wrap(text, width=W, initial_indent=" " * indent, subsequent_indent=" " * hang,
                         break_on_hyphens=False)


def build():
    out = []
    add = out.append
    add("THE UNIVERSITY OF ARIZONA LIBRARIES")
    add("Human Resources and Organizational Effectiveness (HROE)")
    add("")
    add(TITLE)
    add("Revised 04/17/08")
    add("")
    for ln in wrap("The Library Competency Development Model describes the dimensions of performance that "
                   "matter across the Libraries. Teams use it to write competency-based position "
                   "descriptions, to build interview questions and, with their team leaders, to plan staff "
                   "development. Each dimension below has a definition, behavioral descriptions at three levels "
                   "and suggestions for development.", 0):
        add(ln)
    add("")
    add("How to read this model")
    for t in ["Foundational behaviors are expected of all staff after orientation.",
              "Intermediate behaviors describe a fully effective, experienced staff member.",
              "Advanced behaviors describe staff who lead, teach or set direction for others."]:
        out.extend(wrap("* " + t, 2, 4))
    add("")
    add("This excerpt contains dimensions 1 to 3. Contact HROE for the full model.")
    add("")
    for n, dim in enumerate(DIMS, start=1):
        add("=" * W)
        add(f"DIMENSION {n}:  {dim['name'].upper()}")
        add("=" * W)
        add("")
        add("Definition:")
        out.extend(wrap(dim["definition"], 2))
        add("")
        add("Behavioral Descriptions")
        add("")
        for lab, beh in zip(LEVELS, dim["levels"]):
            add("  " + lab)
            for b in beh:
                out.extend(wrap("* " + b, 4, 6))
            add("")
        add("Development Suggestions")
        add("")
        for lab, key in (("On the job:", "onjob"), ("With others:", "others"), ("Training:", "training"),
                         ("Reading:", "reading")):
            add("  " + lab)
            for it in dim[key]:
                txt = it[0] if key == "reading" else it
                out.extend(wrap("- " + txt, 4, 6))
            add("")
        if dim["future"]:
            out.extend(wrap(dim["future"], 0))
            add("")
    add("-" * W)
    add("HROE, The University of Arizona Libraries. Questions: contact HROE.")
    add("Document: Library Competency Development Model (041708)")
    OUT.write_bytes(("\r\n".join(out) + "\r\n").encode("utf-8"))


def gold():
    doc = STEM
    comps = []
    for dim in DIMS:
        levels = [L.level(doc, r, lab, beh) for r, (lab, beh) in enumerate(zip(LEVELS, dim["levels"]), start=1)]
        acts = L.items(doc, dim["onjob"], "On the job") + L.items(doc, dim["others"], "With others")
        reads = [L.reading(doc, *r) for r in dim["reading"]]
        notes = [L.item(doc, dim["future"])] if dim["future"] else []
        comps.append(L.competency(doc, dim["name"].upper(), dim["definition"], levels=levels, activities=acts,
                                  courses=L.items(doc, dim["training"]), readings=reads, notes=notes))
    L.write_gold(OUT, "txt", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

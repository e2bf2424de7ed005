"""UNICEF Guide to Competency-Based Interviewing, Section 6 (sample questions), saved from Word as plain text:
Word numbering rendered as '1.<TAB>', a follow-up line after each question, 'Related competencies:' per competency."""
import common as C
import util as U

STEM = "unicef-interview-questions"
FILE = STEM + ".txt"
TITLE = "GUIDE TO COMPETENCY-BASED INTERVIEWING"

COMPS = [
    {
        "name": "Analyzing",
        "definition": "Breaks complex problems down into their parts, reasons soundly about them and draws logical "
                      "conclusions from data and experience.",
        "related": ["Applying Technical Expertise", "Formulating Strategies and Concepts", "Planning and Organizing"],
        "questions": [
            ("Tell me about a complex problem you had to analyze recently. How did you break it down?",
             "Probe: Which sources of information did you rely on, and why?"),
            ("Describe a situation in which the data you had were incomplete or contradictory. How did you reach a conclusion?",
             "What was the result?"),
            ("Give an example of a time when your analysis led you to a different recommendation from the one others expected.",
             "Probe: How did you present your reasoning to them?"),
        ],
    },
    {
        "name": "Relating and Networking",
        "definition": "Builds and keeps up effective relationships with colleagues, partners and stakeholders inside "
                      "and outside the organization, and relates well to people at all levels.",
        "related": ["Working with People", "Persuading and Influencing", "Communication"],
        "questions": [
            ("Tell me about a working relationship that was important to your results. What did you do to build it?",
             "Probe: How did you keep the relationship going over time?"),
            ("Describe a time when you had to work with a partner whose priorities were different from yours.",
             "What was the result?"),
            ("Give me an example of how you used your network to solve a problem or open up an opportunity.",
             "Probe: How had you come to know the people involved?"),
            ("Tell me about a time when a relationship with a colleague or partner went badly. What did you do about it?",
             "Probe: What would you do differently now?"),
        ],
    },
    {
        "name": "Adapting and Responding to Change",
        "definition": "Adapts readily to new situations and changing demands, accepts new ideas and approaches, and "
                      "stays effective when circumstances are uncertain.",
        "related": ["Coping with Pressure and Setbacks", "Creating and Innovating", "Learning and Researching"],
        "questions": [
            ("Describe a time when your priorities changed suddenly. How did you adjust your work?",
             "Probe: How did you keep others informed?"),
            ("Tell me about a change at work that you did not agree with at first. How did you deal with it?",
             "What was the result?"),
            ("Give an example of a new method or system you had to learn quickly.",
             "Probe: What helped you to learn it?"),
        ],
    },
]


def text():
    out = [
        "UNICEF",
        "Division of Human Resources",
        "Career Development Section",
        "",
        "GUIDE TO COMPETENCY-BASED INTERVIEWING",
        "",
        "SECTION 6: SAMPLE INTERVIEW QUESTIONS AND PROTOCOL",
        "",
        "The questions below are examples only. For each competency in the profile of the post, choose two or three "
        "questions and use the follow-up questions to build a complete picture of what the candidate actually did. "
        "Record the evidence as the candidate speaks and rate it only after the interview.",
        "",
    ]
    for comp in COMPS:
        out += [comp["name"],
                "Definition: " + comp["definition"],
                "Related competencies: " + ", ".join(comp["related"]),
                ""]
        for i, (q, f) in enumerate(comp["questions"], start=1):
            out.append(f"{i}.\t{q}")
            out.append(f)
        out += ["",
                "Rating:\t1\t2\t3\t4\t5",
                "Notes: ________________________________________________________________",
                ""]
    return "\n".join(out)


def build():
    U.write(U.DOCS / FILE, text(), newline="\r\n")


def gold():
    comps = []
    for comp in COMPS:
        qs = [C.item(STEM, f"{q} {f}") for q, f in comp["questions"]]
        comps.append(C.competency(comp["name"], STEM, definition=comp["definition"],
                                  related=list(comp["related"]), interview_questions=qs))
    return C.write_gold(U.DOCS / FILE, "txt", TITLE, comps)

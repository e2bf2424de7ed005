"""Indian Institute of Public Administration - Competency Based Courses (plain-text export, MLA readings)."""
import textwrap
import cclib as L

STEM = "iipa-competency-based-courses"
TITLE = "Competency Based Courses"

ALL = ["People First", "Strategic Thinking", "Organisational Awareness", "Commitment To The Organisation",
       "Leading Others", "Integrity", "Self Confidence", "Attention To Detail", "Taking Accountability",
       "Consultation & Consensus Building", "Decision Making", "Empathy", "Delegation", "Results Orientation",
       "Conceptual Thinking", "Initiative And Drive", "Seeking Information", "Planning & Coordination",
       "Desire for Knowledge", "Innovative Thinking", "Problem Solving", "Developing Others",
       "Self-Awareness & Self-Control", "Communication Skills", "Team-Working"]

COMPS = [
    dict(no=11, name="Decision Making",
         definition="Makes timely and well-reasoned decisions on the basis of the available facts, rules and "
                    "precedents, weighs the options and their risks, and stands by the decision once taken.",
         course="IIPA/CBC/11 Decision Making in Government - 3 days, classroom (IIPA campus, New Delhi)",
         participants="Participants: Section Officers, Under Secretaries and officers of equivalent level",
         method="Methodology: lectures, case studies from ministries, group exercises and a decision simulation",
         after=["Take the next routine file in your section from receipt to disposal and note each point at which a decision was needed.",
                "Prepare a short options note, with risks and a recommendation, before your next file goes to a senior officer.",
                "Review a decision taken a year ago with your Reporting Officer and discuss what you would do differently."],
         reads=[("Kahneman, Daniel. Thinking, Fast and Slow. Farrar, Straus and Giroux, 2011.",
                 "Thinking, Fast and Slow", ["Daniel Kahneman"], "Farrar, Straus and Giroux", 2011),
                ("Heath, Chip, and Dan Heath. Decisive: How to Make Better Choices in Life and Work. Crown "
                 "Business, 2013.", "Decisive: How to Make Better Choices in Life and Work",
                 ["Chip Heath", "Dan Heath"], "Crown Business", 2013)]),
    dict(no=12, name="Empathy",
         definition="Understands the feelings, concerns and circumstances of citizens and colleagues, listens "
                    "without judging and responds with sensitivity, especially to people who are vulnerable or "
                    "in distress.",
         course="IIPA/CBC/12 Empathy in Public Service Delivery - 2 days, classroom",
         participants="Participants: officers dealing with the public, grievance cells and field offices",
         method="Methodology: role plays, citizen case stories, listening exercises and reflection in small groups",
         after=["Spend a day at the public counter or grievance cell of your office and record what citizens ask for.",
                "Call back three citizens whose grievances were closed last month and ask how they experienced the process."],
         reads=[("Goleman, Daniel. Emotional Intelligence: Why It Can Matter More Than IQ. Bantam Books, 1995.",
                 "Emotional Intelligence: Why It Can Matter More Than IQ", ["Daniel Goleman"], "Bantam Books", 1995)]),
    dict(no=13, name="Delegation",
         definition="Entrusts work and the authority to carry it out to the right subordinates, gives clear "
                    "instructions and support, and monitors progress without taking the task back.",
         course="IIPA/CBC/13 Effective Delegation for Supervisors - 2 days, classroom",
         participants="Participants: officers who supervise staff in a section, division or field unit",
         method="Methodology: lectures, self-assessment, case studies and role plays",
         after=["List the tasks you do yourself every week and identify two that a subordinate could take over.",
                "Delegate one task with a written note of the expected result, the deadline and the authority given.",
                "Agree review points with the staff member instead of checking the work daily."],
         reads=[("Blanchard, Kenneth, William Oncken Jr., and Hal Burrows. The One Minute Manager Meets the "
                 "Monkey. William Morrow, 1989.", "The One Minute Manager Meets the Monkey",
                 ["Kenneth Blanchard", "William Oncken Jr.", "Hal Burrows"], "William Morrow", 1989)]),
]

W = 78


def wrap(text, first="", rest=None):
    rest = " " * len(first) if rest is None else rest
    return textwrap.fill(text, W, initial_indent=first, subsequent_indent=rest)


def build():
    o = []
    o += ["Indian Institute of Public Administration", "I.P. Estate, Ring Road, New Delhi - 110002", "",
          "Home  >  Training  >  Competency Based Courses", "", TITLE.upper(), "=" * len(TITLE), "",
          "Background", "----------"]
    o.append(wrap("In recent years the demand for a more accountable public administration has grown, and with it "
                  "the use of competencies in managing the human resources of government. A competency is an "
                  "underlying characteristic of an employee - a motive, trait, skill, aspect of self-image, social "
                  "role or body of knowledge - that leads to effective or superior performance in a job or role."))
    o.append("")
    o.append(wrap("The Institute offers short courses mapped to the competencies listed below. Details of the "
                  "courses scheduled for the current year are given after the list."))
    o.append("")
    o += [f"  {i:>2}. {n}" for i, n in enumerate(ALL, 1)]
    o.append("")
    o.append("-" * W)
    comps = []
    for c in COMPS:
        head = f"{c['no']}. {c['name'].upper()}"
        o += ["", head, "=" * len(head), ""]
        o.append(wrap(c["definition"], "Competency: ", " " * 12))
        o.append("")
        o.append(wrap(c["course"], "Course    : ", " " * 12))
        o.append(wrap(c["participants"]))
        o.append(wrap(c["method"]))
        o += ["", "Suggested activities after the course:"]
        o += [wrap(t, "  - ", "    ") for t in c["after"]]
        o += ["", "Suggested reading:"]
        o += [wrap(r[0], "  ", "      ") for r in c["reads"]]
        o += ["", "-" * W]
        comps.append(L.competency(STEM, c["name"].upper(), c["definition"], courses=L.items(STEM, [c["course"]]),
                                  activities=L.items(STEM, c["after"], "Suggested activities after the course"),
                                  readings=[L.reading(STEM, *r) for r in c["reads"]],
                                  notes=L.items(STEM, [c["participants"], c["method"]])))
    o += ["", "For nominations and the training calendar, contact the Course Coordinator, Training Division,",
          "IIPA.  Last updated: 14 March 2024", ""]
    path = L.DOCS / f"{STEM}.txt"
    path.write_bytes("\r\n".join(o).encode("utf-8"))
    L.write_gold(path, "txt", TITLE, comps)


def main():
    build()


if __name__ == "__main__":
    main()

"""Gold files for batch-a, written from the rendered documents (pdftotext / python-docx / the HTML, TXT and MD
source as a reader sees it). Item texts are the printed texts; where a printed string is long it is taken from
the build module's constant that printed it, and check.py verifies every gold string against the text extracted
from the rendered document. The annotation decisions (which field, which group, which label and rank, what is
front matter or furniture) are made here, per document, following the dev README's judgement calls."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import helpers as H  # noqa: E402
from helpers import competency, item, level, reading  # noqa: E402
import d01_bc, d02_harvard, d03_uhd, d04_gitlab, d05_nsw, d06_nb, d07_ua, d08_shrm, d09_msu, d10_nyu, d11_state  # noqa


def g01():
    doc = d01_bc.STEM
    comps = []
    for c in d01_bc.COMPETENCIES:
        # the whole unlabelled text between the bold name and "Level 1" is the definition (Change Leadership:
        # two paragraphs); levels ranked 1-4 as printed, label "Level N" (":" or " -" separator not part of it)
        comps.append(competency(doc, c["name"], " ".join(c["definition"]),
                                levels=[level(doc, i, f"Level {i}", [t]) for i, t in enumerate(c["levels"], 1)]))
    H.write_gold(H.DOCS / f"{doc}.pdf", "pdf", "Competency Dictionary", comps)


def g02():
    doc = d02_harvard.STEM
    comps = []
    for name, definition, actions in d02_harvard.COMPETENCIES:
        ind = []
        for text, children in actions:
            ind.append(item(doc, text))          # a key action bullet: lead phrase + em dash + description
            ind += [item(doc, ch) for ch in children]   # nested bullets: items of their own, no group
        comps.append(competency(doc, name, definition, indicators=ind))
    H.write_gold(H.DOCS / f"{doc}.docx", "docx", "Harvard University Competency Dictionary", comps)


def g03():
    doc = d03_uhd.STEM
    comps = [
        competency(doc, "Proficiency", "Has the job skills the position requires and puts them to use.",
                   indicators=[
                       "Holds the job knowledge and skills that the position requires.",
                       "Applies that knowledge and those skills to carry out job duties and assignments competently.",
                       "Keeps job skills current as tools and methods change."]),
        competency(doc, "Dependability",
                   "Takes ownership of work, meets deadlines, accepts new assignments and meets attendance "
                   "expectations.",
                   indicators=[
                       "Takes responsibility for finishing assignments within reasonable deadlines.",
                       "Is willing to take on new projects and commitments.",
                       "Follows through to finish projects on time and to keep commitments.",
                       "Arrives at work on time, prepared and ready to contribute."]),
        competency(doc, "Flexibility",
                   "Adapts to change, sees change as an opportunity and keeps a positive attitude toward it.",
                   indicators=[
                       "Adjusts willingly to changing assignments or working conditions.",
                       "Is open to changes in procedures, technology or organizational structure.",
                       "Sees change as a chance to learn and develop professionally.",
                       "Shows a positive attitude that encourages others.",
                       "Responds promptly to shifting priorities and to unexpected situations."]),
        competency(doc, "Customer Relations Management", "Leads and manages customer service for a unit.",
                   indicators=[
                       "Sets service standards for the unit and checks that they are met.",
                       "Uses customer feedback to improve services and processes.",
                       "Resolves escalated customer concerns fairly and promptly."]),
        competency(doc, "Focus on Customer Service", "Works directly with customers.",
                   indicators=[
                       "Greets students, visitors and colleagues courteously and gives them full attention.",
                       "Finds out what the customer needs and provides it, or refers the customer to the right "
                       "office.",
                       "Follows up to make sure the customer\u2019s request was handled."]),
        competency(doc, "Communicates Effectively", "Has little direct contact with customers."),
    ]
    H.write_gold(H.DOCS / f"{doc}.html", "html", "Staff Competencies", comps)


def g04():
    doc = d04_gitlab.STEM
    L = ["Associate", "Intermediate", "Senior", "Staff"]

    def lv(cells):
        return [level(doc, i, lab, [t]) for i, (lab, t) in enumerate(zip(L, cells), 1)]

    def ind(groups):
        return [item(doc, t, g) for g, ts in groups for t in ts]

    comps = [
        competency(
            doc, "Collaboration",
            "Helping others is a priority, even when it is not directly related to the goals you are trying to "
            "achieve. We rely on others being proactive about helping us, and on everyone assuming positive intent.",
            indicators=ind([
                ("Kindness", ["Uses kind language in issues, merge requests and Slack, including when disagreeing.",
                              "Remembers that there is a person behind every handle and every comment."]),
                ("Share", ["Shares what they know in public channels rather than in direct messages.",
                           "Documents decisions in the handbook so others do not have to ask again."]),
                ("Give feedback effectively", [
                    "Gives feedback in a timely way, close to the moment it refers to.",
                    "Keeps negative feedback one-to-one and positive feedback public."]),
            ]),
            levels=lv([
                "Builds collaboration skills by learning from other team members.",
                "Grows collaboration skills by using different ways of communicating: files issues in the right "
                "place, asks in the right channels and uses the right labels.",
                "Models collaboration for the team and brings in counterparts from other functions early.",
                "Implements ways of working that make collaboration across teams the default."])),
        competency(
            doc, "Results",
            "We do what we promised to each other, to customers, to users and to investors. Results are measured "
            "by what we deliver, not by the hours we put in.",
            indicators=ind([
                ("Measure results, not hours", [
                    "Agrees on the outcome before starting the work.",
                    "Reports progress against the outcome, not against the effort spent."]),
                ("Ownership", [
                    "Follows through on commitments and says so early when a commitment is at risk.",
                    "Takes responsibility for mistakes and for fixing them."]),
            ]),
            levels=lv([
                "Develops the skills needed to commit to and carry out agreed actions.",
                "Applies a commitment to results and shows they can carry out agreed actions.",
                "Models a focus on results and helps the team remove blockers.",
                "Implements goals and measures that connect the team\u2019s work to company results."])),
        competency(
            doc, "Iteration",
            "We do the smallest thing possible and get it out as quickly as possible. Small steps give us feedback "
            "sooner and let us change course before we have invested too much.",
            indicators=ind([
                ("Minimal viable change", [
                    "Splits large pieces of work into small merge requests that can ship on their own.",
                    "Ships a first version and improves it based on feedback."]),
                ("Low level of shame", [
                    "Publishes work that is not yet polished when that gets feedback sooner.",
                    "Treats a reverted change as information rather than failure."]),
            ]),
            levels=lv([
                "Develops own knowledge by trying things and learning from failure.",
                "Breaks own work into small steps and delivers them one at a time.",
                "Models iteration by coaching others to reduce the scope of their changes.",
                "Implements processes that let several teams ship in small increments."])),
    ]
    H.write_gold(H.DOCS / f"{doc}.md", "md", "Values Competencies", comps)


def g05():
    doc = d05_nsw.STEM
    comps = []
    for cap in d05_nsw.CAPS:
        # "Capability group: Personal Attributes" is a labelled classification field printed above the name:
        # a note, as the dev set's SIDC "Competency Type: Foundational"
        comps.append(competency(doc, cap["name"], cap["desc"],
                                levels=[level(doc, i, lab, rows)
                                        for i, (lab, rows) in enumerate(zip(d05_nsw.LEVELS, cap["rows"]), 1)],
                                notes=[item(doc, "Capability group: " + cap["group"])]))
    H.write_gold(H.DOCS / f"{doc}.pdf", "pdf", "The NSW Public Sector Capability Framework", comps)


def g06():
    doc = d06_nb.STEM
    comps = []
    for c in d06_nb.COMPS:
        comps.append(competency(
            doc, c["name"], c["definition"],
            levels=[level(doc, i, lab, behs) for i, (lab, behs) in enumerate(c["levels"], 1)],
            related=[r.strip() for r in c["related"].split(",")],
            notes=[item(doc, "Core question: " + c["core"])]))
    H.write_gold(H.DOCS / f"{doc}.docx", "docx", "Behavioural Competency Dictionary", comps)


def g07():
    doc = d07_ua.STEM
    Q = lambda *parts: item(doc, " ".join(parts))  # a question and its "o" follow-up probes are one item
    comps = [
        competency(doc, "Adaptability",
                   "Adjusts to changing priorities, tasks and working conditions, and stays effective when the work "
                   "environment changes.",
                   interview_questions=[
                       Q("Tell me about a time when your priorities changed suddenly. How did you adjust your plans?",
                         "What did you have to set aside?", "How did you let others know about the change?"),
                       Q("Describe a situation in which you had to learn a new system or procedure quickly."),
                       Q("Give an example of a time when you had to work with someone whose style was very different "
                         "from yours. What did you do to make it work?"),
                       Q("Describe a change at work that you did not agree with at first. How did you handle it?")]),
        competency(doc, "Customer Focus",
                   "Finds out what internal and external customers need and meets those needs promptly and "
                   "courteously.",
                   interview_questions=[
                       Q("Tell me about a time when you went out of your way to help a student, visitor or co-worker.",
                         "What prompted you to do it?", "How did the person respond?"),
                       Q("Describe the most difficult customer you have dealt with. What did you do, and what was the "
                         "outcome?"),
                       Q("Give an example of a time when you could not give a customer what they asked for. How did "
                         "you explain it to them?")]),
        competency(doc, "Initiative",
                   "Acts without waiting to be told, looks for ways to improve the work, and takes on responsibility "
                   "beyond the basic job.",
                   interview_questions=[
                       Q("Tell me about a time when you noticed a problem before anyone else did. What did you do "
                         "about it?"),
                       Q("Give an example of an improvement you suggested that was put into practice.",
                         "How did you get support for the idea?"),
                       Q("Describe a project you started on your own. What was the result?"),
                       Q("Describe a time when you took on a task that was outside your job description. Why did you "
                         "take it on?")]),
        competency(doc, "Teamwork",
                   "Works cooperatively with others toward shared goals, shares information and supports the "
                   "decisions of the group.",
                   interview_questions=[
                       Q("Tell me about a team project that went well. What was your role in its success?"),
                       Q("Describe a time when you disagreed with other members of your team. How was the "
                         "disagreement resolved?", "Looking back, would you handle it differently?"),
                       Q("Give an example of a time when you helped a co-worker who was falling behind.")]),
    ]
    H.write_gold(H.DOCS / f"{doc}.txt", "txt", "BEHAVIORAL INTERVIEW GUIDE", comps)


def g08():
    doc = d08_shrm.STEM
    comps = [competency(doc, c["name"], c["definition"], key_words=list(c["subs"]),
                        indicators=[item(doc, b) for b in c["behaviors"]]) for c in d08_shrm.COMPS]
    H.write_gold(H.DOCS / f"{doc}.pdf", "pdf", "The SHRM Competency Model", comps)


def g09():
    doc = d09_msu.STEM
    Q = lambda t: item(doc, t)
    comps = [
        competency(doc, "Respect for Others", interview_questions=[
            Q("Tell me about a time when you had to settle a difference of opinion with a co-worker, customer or "
              "supervisor. How did you show respect for the other person?"),
            Q("Describe a time when you had to give feedback to someone who was dealing with a sensitive personal "
              "problem. What was the outcome?"),
            Q("Describe how you handled a specific problem that involved people whose values, ideas and beliefs "
              "differed from yours.")]),
        competency(doc, "Interpersonal Skills", interview_questions=[
            Q("Give me a specific example of a time when you had to deal with an angry customer. What was the "
              "problem, and how was it resolved?"),
            Q("Tell me about the hardest challenge you have faced in trying to work with someone who did not share "
              "your ideas. What was your role in reaching the work objective? What effect did it have on your "
              "ability to work with this person later?"),
            Q("Describe a situation at work that required you to listen closely and show compassion to a co-worker "
              "who was telling you about something personal."),
            Q("Tell me about a time when you built a good working relationship with someone you did not get along "
              "with at first.")]),
        competency(doc, "Customer Orientation", interview_questions=[
            Q("Give me an example of a change you started in a process or service in response to customer "
              "feedback."),
            Q("Tell me about an information campaign or outreach effort you developed. How did it meet the needs of "
              "the people it was meant for?"),
            Q("Describe a time when you had to tell a customer that you could not do what they asked. How did you "
              "handle the conversation?")]),
        competency(doc, "Commitment to Continuous Quality Improvement", interview_questions=[
            Q("Tell me about a suggestion you made to improve the way work was done in your unit. What was the "
              "result?"),
            Q("Tell me about an improvement you made that another department now uses."),
            Q("In your last job, what problems did you spot that others had overlooked? Were changes made as a "
              "result?")]),
    ]
    H.write_gold(H.DOCS / f"{doc}.html", "html", "Behavioral Competencies", comps)


def g10():
    # a meeting agenda, not a competency document: the competency model agenda item names competencies
    # (Communication, Collaboration, Accountability, Digital Fluency) but describes none of them
    H.write_gold(H.DOCS / f"{d10_nyu.STEM}.docx", "docx", "MEETING AGENDA", [])


def g11():
    doc = d11_state.STEM
    readings = []
    for title, authors, year, pub in d11_state.BOOKS:
        readings.append(reading(doc, f"{title} | {authors} | {year} | {pub}", title,
                                [a.strip() for a in authors.split(",")], pub, int(year)))
    comps = [competency(
        doc, d11_state.NAME, d11_state.DEFINITION,
        activities=[item(doc, t, "Ways to grow") for t in d11_state.WAYS]
        + [item(doc, t, "Stretch assignments") for t in d11_state.STRETCH],
        courses=[item(doc, c) for c in d11_state.COURSES],
        readings=readings,
        notes=[item(doc, d11_state.WHY, "Why it matters")])]
    H.write_gold(H.DOCS / f"{doc}.docx", "docx", "Conflict Management", comps)


def main():
    for f in (g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11):
        f()
    print("gold written:", len(list(H.GOLD.glob("*.json"))))


if __name__ == "__main__":
    main()

"""Gold for batch AP, written by reading the rendered documents (pdftotext -layout, python-docx,
the HTML source as a browser shows it, the text file). Run after build.py:

    /work/main/.venv/bin/python gold.py

Annotation follows /work/shared/corpus/dev/README.md ("Judgement calls in the gold"); the
judgement calls specific to this batch are listed in ../README.md."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402
from helpers import item, reading, level, competency  # noqa: E402


# ---------------------------------------------------------------- 1. University of Glasgow (HTML)
def uog():
    doc = "uog-glasgow-professional-working-together"
    E, I = "Effective behaviours", "Ineffective behaviours"

    def lv(rank, eff, ineff):
        return level(rank, f"Level {rank}", [item(t, doc, E) for t in eff] + [item(t, doc, I) for t in ineff])

    c1 = competency(
        "Collaborating with Others", doc,
        "Working with colleagues across the University and beyond, sharing knowledge and resources and "
        "putting shared objectives ahead of individual or team interests.",
        levels=[
            lv(1, ["Offers help to colleagues when workloads are uneven, without waiting to be asked",
                   "Shares information, knowledge and contacts that may be useful to others",
                   "Respects the views and contributions of colleagues from other teams and backgrounds"],
                  ["Keeps information to themselves or shares it only when pressed",
                   "Sees other teams as obstacles rather than partners"]),
            lv(2, ["Creates opportunities for the team to work with other areas on shared priorities",
                   "Deals with disagreements inside the team early and openly, looking for a solution that works for everyone",
                   "Recognises and credits the contribution others make to the team\u2019s success"],
                  ["Protects the team\u2019s own interests at the expense of wider University goals",
                   "Lets tensions within the team go unaddressed"]),
            lv(3, ["Builds strategic partnerships with Colleges, Services and external organisations that advance the University\u2019s priorities",
                   "Removes structural barriers that stop teams from working together",
                   "Models collaborative leadership and holds senior colleagues to the same standard"],
                  ["Makes decisions that affect other areas without involving them",
                   "Tolerates silo working among senior teams"]),
        ])
    c2 = competency(
        "Communicating with Clarity", doc,
        "Sharing information and ideas clearly, openly and at the right time, listening actively and adapting "
        "both the message and the channel to the audience.",
        levels=[
            lv(1, ["Writes and speaks in plain English, avoiding unnecessary jargon",
                   "Listens carefully and checks understanding before responding",
                   "Keeps colleagues and customers informed of progress and of any delays"],
                  ["Uses technical language the audience does not understand",
                   "Responds to emails and enquiries late or not at all"]),
            lv(2, ["Explains the reasons behind decisions and changes so the team understands the wider context",
                   "Chooses the most suitable channel and format for each message and audience",
                   "Encourages honest two-way conversations and acts on the feedback received"],
                  ["Passes on messages without explaining what they mean for the team",
                   "Discourages questions or challenge"]),
            lv(3, ["Communicates a compelling picture of the University\u2019s direction that colleagues can relate to their own work",
                   "Represents the University confidently with senior internal and external stakeholders",
                   "Makes sure communication flows well across the whole of their area"],
                  ["Communicates only with a small circle of senior colleagues",
                   "Sends mixed messages about priorities"]),
        ])
    return "uog-glasgow-professional-working-together.html", "html", "Working Together", [c1, c2]


# ---------------------------------------------------------------- 2. HRNZ (HTML)
def hrnz():
    doc = "hrnz-competency-framework-kahikatea"
    comps = [
        competency("Personal credibility", doc, "Earn the trust and credibility of all the main stakeholders."),
        competency("Business technology", doc, "Understand the general technologies that drive the business."),
        competency("Business knowledge", doc, "Understand how the business operates and makes its money."),
        competency("Strategic contribution", doc,
                   "Understand how HR policies and practices add to the long-term performance of the business."),
    ]
    return ("hrnz-competency-framework-kahikatea.html", "html", "Competency Framework\u2013 Kahikatea Ka Taea",
            comps)


# ---------------------------------------------------------------- 3. Train Station (HTML)
def trainstation():
    doc = "trainstation-personal-effectiveness-competencies"

    def lv(rank, groups):
        return level(rank, f"Level {rank}", [item(t, doc, g) for g, ts in groups for t in ts])

    po = competency(
        "Planning and Organising", doc,
        "Organising your own work and the work of others so that objectives are met on time, to the required "
        "standard and within the resources available.",
        levels=[
            lv(1, [("Planning", ["Breaks own tasks into manageable steps and estimates how long each will take"]),
                   ("Prioritising", ["Works out which of own tasks are most urgent and important and tackles those first"]),
                   ("Monitoring", ["Keeps track of own progress and tells the right person early if a deadline is at risk"])]),
            lv(2, [("Planning", ["Plans work for a team or project, identifying the resources, people and dependencies involved"]),
                   ("Prioritising", ["Balances competing demands across the team and reallocates work when priorities shift"]),
                   ("Monitoring", ["Sets milestones, reviews progress against them and takes corrective action when needed"])]),
            lv(3, [("Planning", ["Builds plans that span several teams or functions and anticipates risks to delivery"]),
                   ("Prioritising", ["Agrees priorities with stakeholders and makes trade-offs between competing objectives"]),
                   ("Monitoring", ["Puts reporting in place that gives early warning of problems across a programme of work"])]),
            lv(4, [("Planning", ["Translates organisational strategy into long-term plans and resource commitments"]),
                   ("Prioritising", ["Decides which initiatives the organisation will start, stop or continue in the light of its strategy"]),
                   ("Monitoring", ["Reviews organisational performance against strategic goals and redirects resources where needed"])]),
        ],
        related=["Delivering Results"])
    ad = competency(
        "Adaptability", doc,
        "Responding positively and effectively to change, uncertainty and new ways of working, and helping "
        "others to do the same.",
        levels=[
            lv(1, [("Responding to change", ["Accepts changes to tasks, processes or priorities and adjusts own approach",
                                             "Stays calm and productive when plans change at short notice"]),
                   ("Learning from experience", ["Asks for feedback and uses it to improve own work"])]),
            lv(2, [("Responding to change", ["Helps colleagues understand and adjust to changes that affect the team"]),
                   ("Learning from experience", ["Reviews what worked and what did not after a piece of work and shares the lessons"])]),
            lv(3, [("Responding to change", ["Adapts plans and structures quickly when circumstances change across a function"]),
                   ("Learning from experience", ["Encourages experimentation and treats setbacks as opportunities to learn"])]),
            lv(4, [("Responding to change", ["Positions the organisation to anticipate and respond to changes in its environment"]),
                   ("Learning from experience", ["Builds a culture in which learning from success and failure is part of how the organisation works"])]),
        ],
        related=["Resilience", "Decision Making"])
    return ("trainstation-personal-effectiveness-competencies.html", "html", "Personal Effectiveness", [po, ad])


# ---------------------------------------------------------------- 4. Brown University (DOCX)
def brown():
    doc = "brown-candidate-interview-guide"

    def q(*parts):  # a question and the follow-up probes printed as sub-bullets under it
        return item(" ".join(parts), doc)

    comps = [
        competency("Accountability", doc,
                   "Takes ownership of commitments, decisions and results, and acts in line with Brown\u2019s policies and standards.",
                   interview_questions=[
                       q("Describe a time when you made a mistake at work. How did you handle it?",
                         "What did you do to put it right?", "What did you learn from the experience?"),
                       q("Give an example of a goal you set for yourself and explain how you made sure you met it."),
                       q("Tell me about a time when you had to follow a policy you did not agree with.",
                         "How did you explain the policy to others?")]),
        competency("Communication", doc,
                   "Shares information clearly and respectfully, listens to others and adapts the message to the audience.",
                   interview_questions=[
                       q("Tell me about a time when you had to explain something complex to someone who was unfamiliar with the subject.",
                         "How did you check that they had understood?"),
                       q("Describe a situation in which your written communication made a difference to the outcome."),
                       q("Give an example of a time you had to deliver unwelcome news to a colleague or customer. What approach did you take?")]),
        competency("Collaboration", doc,
                   "Works effectively with colleagues across departments and with Brown\u2019s diverse constituencies to achieve shared goals.",
                   interview_questions=[
                       q("Describe a project where you worked with people from other departments. What was your role?",
                         "What obstacles did the group face?", "How did you help to overcome them?"),
                       q("Tell me about a time you disagreed with a team member. How did you resolve it?")]),
        competency("Problem Solving", doc,
                   "Identifies problems, gathers and analyzes relevant information and develops practical solutions.",
                   interview_questions=[
                       q("Walk me through a difficult problem you solved at work. What steps did you take?"),
                       q("Tell me about a time when you had to make a decision without all the information you would have liked.",
                         "What did you do to reduce the risk?")]),
    ]
    return "brown-candidate-interview-guide.docx", "docx", "Candidate Interview Guide", comps


# ---------------------------------------------------------------- 5. Edith Cowan University (PDF)
def ecu():
    doc = "ecu-sample-interview-questions"

    def qs(*texts):
        return [item(t, doc) for t in texts]

    comps = [
        competency("Respect", doc, interview_questions=qs(
            "Give us an example of how you have shown respect for the views of others when they differed from your own.",
            "Describe a time when you worked with someone whose background or values were very different from yours. How did you make the working relationship effective?",
            "How do you make sure that everyone in a meeting has the chance to contribute?")),
        competency("Integrity", doc, interview_questions=qs(
            "Tell us about a situation where you were asked to do something you felt was not right. What did you do?",
            "Describe a time when you made a commitment that you later found hard to keep. How did you handle it?",
            "How would you respond if you noticed a colleague breaching a University policy?")),
        competency("Interpersonal Skills", doc, interview_questions=qs(
            "Tell us about a time you had to deal with a difficult client or colleague. What was the outcome?",
            "How do you build effective working relationships with people you do not see regularly?")),
        competency("Attention to Detail", doc, interview_questions=qs(
            "Describe a task you completed that required a high level of accuracy. How did you check your work?",
            "Give an example of an error you found in someone else\u2019s work. What did you do about it?")),
        competency("Problem Solving", doc, interview_questions=qs(
            "Describe a complex problem you faced at work. What steps did you take to solve it, and what was the result?",
            "Tell us about a time when the usual procedure did not work. What did you do instead?",
            "If two managers gave you urgent tasks at the same time, how would you decide which to do first?")),
    ]
    return "ecu-sample-interview-questions.pdf", "pdf", "Sample of Interview Questions", comps


# ---------------------------------------------------------------- 6. Australian Catholic University (PDF)
def acu():
    doc = "acu-leadership-development-guide"
    EXP = "Experience (70%) \u2013 learning on the job"
    EXPO = "Exposure (20%) \u2013 learning from others"
    EDU = "Education (10%) \u2013 formal learning"

    def acts(group, *texts):
        return [item(t, doc, group) for t in texts]

    c1 = competency(
        "Leading Change", doc,
        "Leads the planning and implementation of change, helping staff to understand why change is needed and "
        "supporting them through it.",
        activities=acts(EXP,
                        "Volunteer to lead a change project in your area, such as the introduction of a new system or process.",
                        "Before implementing a change, map the people it will affect and plan how you will involve each group.",
                        "After a change has been implemented, run a review with your team to identify what worked well and what could be improved.")
        + acts(EXPO,
               "Ask a senior leader who has led a major change at ACU to talk you through the approach they took.",
               "Seek feedback from your team on how well you explained the reasons for a recent change."),
        courses=acts(EDU, "Leading Change workshop (ACU Learning and Development, one day)",
                     "Managing Change: online module (LinkedIn Learning)"),
        readings=[
            reading("Kotter, J. P. (2012). Leading change. Boston, MA: Harvard Business Review Press.",
                    "Leading change", ["J. P. Kotter"], "Harvard Business Review Press", 2012, doc),
            reading("Heath, C., & Heath, D. (2010). Switch: How to change things when change is hard. New York, NY: Broadway Books.",
                    "Switch: How to change things when change is hard", ["C. Heath", "D. Heath"], "Broadway Books", 2010, doc),
        ])
    c2 = competency(
        "Developing Others", doc,
        "Supports the growth of staff through coaching, feedback and opportunities that build their capability "
        "and career.",
        activities=acts(EXP,
                        "Delegate a task that stretches a team member, and agree how you will support them while they complete it.",
                        "Hold regular one-to-one conversations that focus on development rather than day-to-day work.",
                        "Act as a mentor for a colleague outside your immediate team.")
        + acts(EXPO,
               "Observe an experienced coach leading a coaching conversation and discuss the techniques they used.",
               "Ask your team for feedback on how well you support their development."),
        courses=acts(EDU, "Coaching for Performance program (ACU Learning and Development, two half-days)",
                     "Giving and Receiving Feedback: online module"),
        readings=[
            reading("Whitmore, J. (2017). Coaching for performance: The principles and practice of coaching and leadership. London: Nicholas Brealey Publishing.",
                    "Coaching for performance: The principles and practice of coaching and leadership", ["J. Whitmore"],
                    "Nicholas Brealey Publishing", 2017, doc),
            reading("Stanier, M. B. (2016). The coaching habit: Say less, ask more & change the way you lead forever. Toronto: Box of Crayons Press.",
                    "The coaching habit: Say less, ask more & change the way you lead forever", ["M. B. Stanier"],
                    "Box of Crayons Press", 2016, doc),
        ])
    c3 = competency(
        "Building Collaborative Relationships", doc,
        "Builds and maintains constructive relationships across the University and with external partners to "
        "achieve shared goals.",
        activities=acts(EXP,
                        "Identify a stakeholder relationship that is not working well and develop a plan to improve it.",
                        "Take part in a cross-faculty or cross-directorate working group.")
        + acts(EXPO,
               "Shadow a colleague who manages an important external partnership.",
               "Join a professional network in your field and attend its events."),
        courses=acts(EDU, "Stakeholder Engagement workshop (ACU Learning and Development, one day)"),
        readings=[
            reading("Edmondson, A. C. (2019). The fearless organization: Creating psychological safety in the workplace for learning, innovation, and growth. Hoboken, NJ: Wiley.",
                    "The fearless organization: Creating psychological safety in the workplace for learning, innovation, and growth",
                    ["A. C. Edmondson"], "Wiley", 2019, doc),
            reading("Grant, A. (2013). Give and take: A revolutionary approach to success. New York, NY: Viking.",
                    "Give and take: A revolutionary approach to success", ["A. Grant"], "Viking", 2013, doc),
        ])
    return ("acu-leadership-development-guide.pdf", "pdf", "Leadership Competency Framework: Development Guide",
            [c1, c2, c3])


# ---------------------------------------------------------------- 7. FRG - Al Nasser (TXT)
def alnasser():
    doc = "alnasser-competency-guide-book"
    OJD = "On the Job Development"

    def items(texts, group=None):
        return [item(t, doc, group) for t in texts]

    c1 = competency(
        "CUSTOMER FOCUS", doc,
        "Making customers and their needs the main focus of one's actions; building and maintaining productive "
        "relationships with customers.",
        indicators=items(["Finds out what customers need and expect before offering a solution",
                          "Responds to customer requests and complaints promptly and courteously",
                          "Follows up with customers to make sure their needs have been met",
                          "Looks for ways to improve the service that customers receive"]),
        activities=items(["Spend a day working alongside front-line staff who deal directly with customers, and note the issues that customers raise most often.",
                          "Call three customers after a transaction has been completed to ask how satisfied they were and what could have been done better.",
                          "Track the complaints received by your unit for one month and propose changes that address the most common cause."], OJD),
        courses=items(["Customer Service Excellence (2 days)", "Handling Difficult Customers (1 day)"]),
        readings=[
            reading("Hsieh, T. (2010). Delivering Happiness: A Path to Profits, Passion, and Purpose. Business Plus.",
                    "Delivering Happiness: A Path to Profits, Passion, and Purpose", ["T. Hsieh"], "Business Plus", 2010, doc),
            reading("Kaufman, R. (2012). Uplifting Service: The Proven Path to Delighting Your Customers, Colleagues, and Everyone Else You Meet. Evolve Publishing.",
                    "Uplifting Service: The Proven Path to Delighting Your Customers, Colleagues, and Everyone Else You Meet",
                    ["R. Kaufman"], "Evolve Publishing", 2012, doc),
        ],
        tips=items(["Share customer feedback, both positive and negative, with the team on a regular basis.",
                    "Recognise staff publicly when a customer praises their service."]))
    c2 = competency(
        "TEAMWORK", doc,
        "Working cooperatively with others, being part of a team, and working together rather than separately "
        "or competitively.",
        indicators=items(["Shares information and resources with team members willingly",
                          "Supports team decisions even when they differ from own view",
                          "Offers help to colleagues who are under pressure",
                          "Gives credit to others for their contributions"]),
        activities=items(["Volunteer for a cross-functional project team and agree with the team leader what you will contribute.",
                          "Organise a short session in which each team member explains their role and current priorities to the rest of the team."], OJD),
        courses=items(["Building High Performance Teams (2 days)"]),
        readings=[
            reading("Coyle, D. (2018). The Culture Code: The Secrets of Highly Successful Groups. Bantam.",
                    "The Culture Code: The Secrets of Highly Successful Groups", ["D. Coyle"], "Bantam", 2018, doc),
        ],
        tips=items(["Set team goals as well as individual goals, and review them together with the team."]))
    c3 = competency(
        "DECISION MAKING", doc,
        "Making timely and sound decisions by analysing the available information, weighing the options and "
        "considering the consequences.",
        indicators=items(["Gathers the relevant facts before reaching a conclusion",
                          "Considers the risks and consequences of each option",
                          "Makes decisions within agreed timescales, even when some information is missing"]),
        activities=items(["Before your next significant decision, list the options, the criteria and the risks, and discuss them with your manager.",
                          "Review a decision you made six months ago: what information did you use, and would you decide differently today?"], OJD),
        courses=items(["Problem Solving and Decision Making (2 days)", "Critical Thinking for Managers (1 day)"]),
        readings=[
            reading("Heath, C., & Heath, D. (2013). Decisive: How to Make Better Choices in Life and Work. Crown Business.",
                    "Decisive: How to Make Better Choices in Life and Work", ["C. Heath", "D. Heath"], "Crown Business", 2013, doc),
            reading("Kahneman, D. (2011). Thinking, Fast and Slow. Farrar, Straus and Giroux.",
                    "Thinking, Fast and Slow", ["D. Kahneman"], "Farrar, Straus and Giroux", 2011, doc),
        ],
        tips=items(["Ask team members to bring options and a recommendation, not only problems."]))
    return "alnasser-competency-guide-book.txt", "txt", "Competency Guide Book", [c1, c2, c3]


# ---------------------------------------------------------------- 8. LGNSW position description (PDF)
def lgnsw():
    doc = "lgnsw-position-description-team-leader-customer-service"
    # the scale as printed in the document: Foundational, Intermediate, Adept, Advanced, Highly Advanced
    RANK = {"Foundational": 1, "Intermediate": 2, "Adept": 3, "Advanced": 4, "Highly Advanced": 5}

    def cap(name, lab, behaviours):
        return competency(name, doc, levels=[level(RANK[lab], lab, [item(b, doc) for b in behaviours])])

    comps = [
        cap("Manage Self", "Intermediate", [
            "Takes responsibility for own development and seeks feedback to improve performance",
            "Stays positive and focused when work is demanding",
            "Reflects on own behaviour and adjusts it to the needs of the situation"]),
        cap("Communicate Effectively", "Adept", [
            "Tailors communication to the needs and understanding of different audiences",
            "Listens actively, asks questions to clarify and checks understanding",
            "Prepares clear written material, including reports and correspondence, for internal and external audiences",
            "Explains complex information in simple terms"]),
        cap("Plan and Prioritise", "Adept", [
            "Plans and sequences work for the team to achieve agreed outcomes",
            "Anticipates competing priorities and adjusts plans and resources as circumstances change",
            "Monitors progress against plans and reports on performance"]),
        cap("Manage and Develop People", "Intermediate", [
            "Sets clear performance expectations and gives regular feedback to team members",
            "Identifies development needs and supports team members to build their capability",
            "Addresses performance issues promptly and fairly"]),
    ]
    return "lgnsw-position-description-team-leader-customer-service.pdf", "pdf", "Position Description", comps


ALL = [uog, hrnz, trainstation, brown, ecu, acu, alnasser, lgnsw]


def main():
    H.GOLD.mkdir(exist_ok=True)
    for f in ALL:
        path_name, fmt, title, comps = f()
        out = H.write_gold(path_name, fmt, title, comps)
        print(out.name, len(comps), "competencies")


if __name__ == "__main__":
    main()

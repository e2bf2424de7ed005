"""Gold for batch "s", written from the rendered documents (pdftotext / python-docx / the HTML, TXT and MD
as saved). Texts are as printed: bullets and list numbers removed, wrapped lines joined, soft hyphens at line
ends of the TXT export removed (real compounds such as "sub-area", "well-reasoned" kept)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import sutil as S
from sutil import item, level, competency

D = S.DOCS


def nlc():
    doc = "nlc-competency-framework"
    L = ["Level 1 (All employees)", "Level 2 (Team Leader / Manager)",
         "Level 3 (Area / Functional Manager)", "Level 4 (Executive)"]
    data = [
        ("Customer Focus",
         "Puts the needs of residents, service users and internal customers at the centre of what we do, "
         "listening to what they tell us and changing how services are delivered so that those needs are met.",
         [["Treats every customer with courtesy and patience, and takes the time to find out what they actually need.",
           "Keeps customers informed about progress and explains clearly when something cannot be done.",
           "Follows through on promises made to customers, or passes the enquiry on to someone who can help."],
          ["Sets clear service standards for the team and checks that they are being met.",
           "Gathers customer feedback and complaints and uses them to change the way the team works.",
           "Supports staff to resolve difficult or complex customer issues without passing them on unnecessarily.",
           "Makes sure team members understand who their customers are, including colleagues in other services."],
          ["Designs services around customer insight and evidence of need rather than around internal processes.",
           "Works with community groups and partners to understand the needs of different parts of the community.",
           "Challenges managers to remove the barriers that make it hard for customers to access services."],
          ["Champions a customer-first culture across the council and models it in own decisions.",
           "Ensures that the council’s strategic plans reflect what residents and communities have told us.",
           "Holds services to account for customer outcomes and uses performance information to drive improvement across directorates."]]),
        ("Working with Others",
         "Builds positive, trusting relationships with colleagues, partners and communities, and works "
         "co-operatively across teams and organisations to achieve shared goals.",
         [["Shares information, knowledge and ideas openly with colleagues.",
           "Offers help to others in the team when workloads are heavy, without waiting to be asked.",
           "Respects the views and contributions of others, including those who see things differently.",
           "Deals with disagreement constructively and raises concerns in the right way."],
          ["Creates a team climate in which people feel able to speak up and contribute.",
           "Builds working relationships with other teams and services so that delivery is joined up.",
           "Recognises and values the contribution made by each member of the team."],
          ["Develops partnerships with external organisations, agreeing shared priorities and responsibilities.",
           "Breaks down barriers between services so that resources and expertise are shared across the council.",
           "Resolves conflict between teams or partners by finding solutions that everyone can support."],
          ["Leads the council’s contribution to strategic partnerships at regional and national level.",
           "Builds a culture of collaboration in which working across boundaries is the norm.",
           "Negotiates with senior stakeholders to secure agreement on complex or contentious issues."]]),
        ("Delivering Results",
         "Takes responsibility for delivering good quality work on time and within budget, planning and "
         "prioritising effectively and keeping going when faced with obstacles.",
         [["Plans and organises own work so that deadlines are met.",
           "Checks own work for accuracy and quality before passing it on.",
           "Takes ownership of problems and tries to resolve them before asking for help."],
          ["Agrees clear objectives with team members and monitors progress against them.",
           "Allocates work fairly, taking account of people’s skills, development needs and capacity.",
           "Tackles poor performance promptly and constructively.",
           "Makes the best use of the resources available to the team, looking for more efficient ways of working."],
          ["Translates council priorities into service plans with measurable targets.",
           "Manages budgets and resources across the service to achieve value for money.",
           "Anticipates risks to delivery and puts contingency plans in place."],
          ["Sets the strategic direction and performance standards for the council as a whole.",
           "Takes difficult decisions about priorities and resources in the interests of the wider organisation.",
           "Creates a performance culture in which success is recognised and underperformance is addressed."]]),
    ]
    comps = [competency(doc, n, dfn, levels=[level(doc, i + 1, L[i], b) for i, b in enumerate(lv)])
             for n, dfn, lv in data]
    return S.write_gold(D / f"{doc}.pdf", "pdf", "Competency Framework", comps)


def cardiff():
    doc = "cardiff-team-leader-job-profile"
    data = [
        ("Putting our Customers First", [
            "Seeks to understand the needs of customers and asks them for feedback on the service they received",
            "Uses customer feedback to shape the team’s actions, priorities and recommendations",
            "Encourages and supports others in the team to deliver excellent customer service"]),
        ("Getting Things Done", [
            "Makes sure that own work and the team’s work is completed to a high standard and on time",
            "Sets clear expectations for the team and monitors progress against them",
            "Looks for more efficient ways of working and puts them into practice",
            "Keeps going when faced with setbacks, finding alternative ways to reach the goal"]),
        ("Taking Personal Responsibility", [
            "Takes ownership of problems and decisions rather than passing them on",
            "Owns up to mistakes and learns from them"]),
        ("Seeking to Understand Others", [
            "Listens carefully to others and checks that they have understood what has been said",
            "Adapts own style and approach to suit the person and the situation",
            "Treats people fairly and with respect, valuing differences in background and opinion"]),
    ]
    comps = [competency(doc, n, None, indicators=[item(doc, b) for b in bs]) for n, bs in data]
    return S.write_gold(D / f"{doc}.docx", "docx", "JOB DESCRIPTION", comps)


def usq():
    doc = "usq-people-capability-framework"
    L = ["Individual contributor", "Supervisor", "Manager", "Senior leader"]
    data = [
        ("Think strategically",
         "Looks beyond the immediate task to understand the wider context of the University and the higher "
         "education sector, anticipates future needs and connects day-to-day work to the University’s "
         "strategic direction.",
         [["Understands how own work contributes to the goals of the team and the University.",
           "Keeps up to date with changes in own area of work and considers what they mean for the team.",
           "Thinks about the longer-term consequences of actions and decisions."],
          ["Translates the University’s strategic objectives into clear plans and priorities for the team.",
           "Helps team members see how their work connects to wider University goals.",
           "Identifies trends and emerging issues that may affect the work of the team."],
          ["Aligns the plans of several teams with the strategic direction of the portfolio.",
           "Analyses trends in higher education and the wider environment to anticipate future needs.",
           "Weighs competing priorities and makes decisions that serve the University as a whole."],
          ["Sets the long-term vision and direction for the University or a major area of it.",
           "Scans the national and international environment and positions the University to respond to change.",
           "Builds commitment to strategic priorities among staff, partners and the community."]]),
        ("Engage people to build positive relationships",
         "Builds and maintains respectful, productive relationships with colleagues, students and external "
         "partners, communicating openly and working across boundaries to achieve shared outcomes.",
         [["Communicates openly and respectfully with colleagues, students and stakeholders.",
           "Listens to others and takes their views into account.",
           "Contributes positively to team activities and shares information readily."],
          ["Builds a cooperative team environment based on trust and mutual respect.",
           "Recognises and acknowledges the contributions of team members.",
           "Addresses conflict within the team early and constructively."],
          ["Develops networks and partnerships across the University and with external organisations.",
           "Encourages collaboration between teams so that knowledge and resources are shared.",
           "Negotiates effectively with stakeholders who have differing interests."],
          ["Represents the University with credibility to government, industry and community partners.",
           "Builds a culture of engagement and inclusion across the organisation.",
           "Fosters strategic alliances that advance the University’s reputation and goals."]]),
        ("Show courage, resilience and adaptability",
         "Stays positive and effective in the face of change, pressure and setbacks, is willing to speak up "
         "and take considered risks, and adapts approaches as circumstances change.",
         [["Remains calm and focused when working under pressure.",
           "Is open to new ideas and different ways of working.",
           "Raises concerns honestly and constructively."],
          ["Supports team members through change and helps them adjust to new ways of working.",
           "Makes difficult decisions when required and stands by them.",
           "Models a positive response to setbacks and learns from them."],
          ["Leads change initiatives and manages resistance constructively.",
           "Challenges established practices where they no longer serve the University well.",
           "Looks after own wellbeing and that of staff during periods of sustained pressure."],
          ["Champions transformational change and makes a compelling case for it.",
           "Takes calculated risks in pursuit of the University’s strategic goals.",
           "Shows integrity and courage when making unpopular decisions in the interests of the University."]]),
    ]
    comps = [competency(doc, n, dfn, levels=[level(doc, i + 1, L[i], b) for i, b in enumerate(lv)])
             for n, dfn, lv in data]
    return S.write_gold(D / f"{doc}.html", "html", "People capability framework", comps)


def saica():
    doc = "saica-enabling-competencies"
    L = ["Basic", "Intermediate", "Advanced", "Expert"]
    data = [
        ("DECISION-MAKING ACUMEN",
         "Decision-making acumen is the ability to think critically, to analyse information from a range of "
         "sources and to reach sound, well-reasoned judgements, even where the information is incomplete or "
         "the situation is ambiguous.",
         ["Identify the problem to be solved and distinguish it from its symptoms.",
          "Gather relevant information and evaluate its reliability and completeness.",
          "Consider alternative courses of action and weigh up their risks and consequences.",
          "Apply professional scepticism and judgement in reaching a conclusion.",
          "Explain the decision, and the reasoning behind it, to the people affected by it."],
         ["Applies simple decision rules to routine tasks where the information is straightforward, under close supervision.",
          "Analyses information from several sources to make decisions in familiar situations of limited complexity, asking for guidance where needed.",
          "Evaluates complex and sometimes conflicting information, identifies the key issues and makes well-reasoned recommendations with little guidance.",
          "Exercises independent judgement in ambiguous, high-impact situations and provides insight that shapes strategic decisions."],
         ["Proficiency level at point of entry: Advanced"]),
        ("DIGITAL ACUMEN",
         "Digital acumen is the ability to understand and use existing and emerging technologies to improve "
         "the way work is done, to make sense of data and to manage the risks that technology brings to an "
         "organisation.",
         ["Use spreadsheet, data analytics and visualisation tools to analyse and present information.",
          "Evaluate the quality and integrity of data before relying on it.",
          "Explain how emerging technologies such as automation and artificial intelligence change business processes and internal controls.",
          "Identify cyber security and data privacy risks and recommend appropriate safeguards."],
         ["Uses standard office software and follows set procedures to capture and report data accurately.",
          "Selects and applies suitable digital tools to analyse data and automate routine tasks, and recognises the main risks involved.",
          "Designs digital solutions and data models that improve processes, and evaluates the controls needed to manage the related risks.",
          "Leads digital transformation, advising on technology strategy and its effect on the organisation's business model."],
         ["Proficiency level at point of entry: Intermediate"]),
        ("RELATIONAL ACUMEN",
         "Relational acumen is the ability to build and sustain professional relationships, to communicate "
         "clearly and to work effectively with people from diverse backgrounds and cultures.",
         ["Communicate clearly and concisely, orally and in writing, adapting the message to the audience.",
          "Listen actively and respond to others with empathy.",
          "Work effectively as a member of a team, including virtual and multidisciplinary teams.",
          "Manage conflict and negotiate constructively to reach agreement.",
          "Show respect for cultural and other forms of diversity."],
         ["Interacts courteously with colleagues and clients and communicates routine information clearly when asked to.",
          "Builds effective working relationships within the team and adapts communication to different audiences in familiar settings.",
          "Builds trust with a wide range of stakeholders, handles sensitive conversations with tact and contributes to resolving conflict.",
          "Influences senior stakeholders, leads negotiations on complex matters and creates an environment in which diverse teams can perform at their best."],
         ["Note: The proficiency level at point of entry for relational acumen is set per sub-area and is shown in Appendix C."]),
    ]
    comps = [competency(doc, n, dfn, indicators=[item(doc, x) for x in ind],
                        levels=[level(doc, i + 1, L[i], [b]) for i, b in enumerate(lv)],
                        notes=[item(doc, x) for x in notes])
             for n, dfn, ind, lv, notes in data]
    return S.write_gold(D / f"{doc}.txt", "txt", "CA2025 COMPETENCY FRAMEWORK", comps)


def ladder():
    doc = "careerladders-engineering-ladder"
    L = ["Engineer I", "Engineer II", "Senior Engineer"]
    data = {
        "Team/Collaboration/Communication": [
            ["Completes clearly defined tasks and tells the team promptly when something is blocking progress.",
             "Asks questions early instead of staying stuck."],
            ["Is considerate of others on the team and supports them in their work.",
             "Gives thorough, respectful and flexible code reviews without being pedantic.",
             "Listens to the priorities and concerns of others and acknowledges different perspectives."],
            ["Supports the work of peers through pair programming, code review and mentoring.",
             "Explains technical trade-offs clearly to colleagues outside engineering.",
             "Adjusts well to shifting priorities and helps the team do the same."]],
        "Coding/Development": [
            ["Learns the technologies and systems the team uses, and maintains and extends them with support."],
            ["Works on initiatives that deliver a larger set of features, taking care not to add technical debt along the way."],
            ["Plans and carries out the implementation of specific features or upgrades to internal systems.",
             "Reduces technical debt, and talks with teammates before starting any larger refactor."]],
        "Architecture/Solutioning": [
            ["Delivers features, refactors existing code or updates systems in ways that help other developers be successful."],
            ["Thinks about how a solution will affect the codebase, paying attention to readability and to its impact on technical debt."],
            ["Understands the purpose of the features the team is building and helps shape them so that they serve users and the business.",
             "Weighs performance, accessibility and maintainability when choosing between possible solutions."]],
        "Ownership/Responsibility/Planning": [
            ["Helps debug technical problems, and files issues so that problems are documented and the product improves."],
            ["Scans the issue backlog without being asked: learns where the pain points in the system are, labels and "
             "triages issues, and closes them through pull requests or other means."],
            ["Takes an active part in engineering-wide efforts that streamline the product experience.",
             "Breaks large pieces of work into smaller deliverables and estimates them reliably."]],
    }
    comps = [competency(doc, n, None, levels=[level(doc, i + 1, L[i], b) for i, b in enumerate(lv)])
             for n, lv in data.items()]
    return S.write_gold(D / f"{doc}.md", "md", "Career Ladders", comps)


def ccsa():
    doc = "ccsa-interview-tool-counselling"
    data = [
        ("Interpersonal Rapport", "3",
         "Establishing and maintaining relationships with clients, colleagues and partners that are based on "
         "trust, respect and genuine concern, and using sensitivity and tact to understand and respond to the "
         "needs of others.",
         ["Tell us about a time when you had to build trust with a client who was reluctant to engage with "
          "services. What did you do, and how did the client respond?",
          "Describe a situation in which a client or colleague became upset or angry with you. How did you "
          "handle it? Follow-up: What was the outcome, and would you do anything differently?",
          "Give an example of how you adapted your approach to connect with someone whose background or "
          "values were very different from your own."]),
        ("Client-centred Change", "3",
         "Using an approach that respects each client’s own goals and readiness for change, and supporting "
         "clients to recognise their strengths and make the changes they choose.",
         ["Tell us about a client who was not yet ready to change their substance use. How did you work with them?",
          "Describe a time when a client’s goals were different from what you or your team thought was best. "
          "What did you do?",
          "Give an example of how you helped a client to recognise and build on their own strengths. What was the result?"]),
        ("Self-care", "2",
         "Recognising the effects of demanding work on one’s own physical, emotional and mental health, and "
         "taking steps to maintain personal well-being and professional effectiveness.",
         ["Tell us about a period when your work was especially stressful. How did you notice the effect it "
          "was having on you, and what did you do about it?",
          "What strategies do you use to keep a healthy balance between your work and your personal life? "
          "Give an example of a time you used one of them.",
          "Describe a time when you asked a supervisor or colleague for support after a difficult situation "
          "at work. What led you to ask?"]),
    ]
    comps = [competency(doc, n, dfn, interview_questions=[item(doc, q) for q in qs],
                        notes=[item(doc, f"Proficiency level targeted: {lvl}")])
             for n, lvl, dfn, qs in data]
    return S.write_gold(D / f"{doc}.docx", "docx", "Interview Tool: Counselling", comps)


def anmf():
    doc = "anmf-practice-standards-general-practice"
    data = [
        ("Applies the principles of primary health care to nursing in general practice", None, [
            ("Explains the principles of primary health care, including equity, access, community participation "
             "and health promotion.", []),
            ("Applies primary health care principles when planning and delivering nursing care.", [
                "considers the social determinants of health when assessing a person’s needs",
                "promotes continuity of care across the person’s lifespan",
                "supports people to take part in decisions about their own health care"]),
            ("Understands the place of general practice within the wider Australian health care system.", []),
            ("Describes the scope of nursing practice in general practice and how it relates to the roles of "
             "other members of the practice team.", [])]),
        ("Provides safe, effective and evidence-based nursing care",
         "Nurses in general practice care for people of all ages with a wide range of acute and chronic "
         "conditions. This standard describes how that care is assessed, planned, delivered and evaluated.", [
            ("Undertakes comprehensive, person-centred nursing assessments.", [
                "uses validated assessment tools suited to the person’s age and health status",
                "gathers information from the person, their family and other relevant sources"]),
            ("Plans and delivers nursing care based on the best available evidence.", []),
            ("Evaluates the outcomes of nursing care and revises the plan of care as required.", [
                "reviews progress against the goals agreed with the person",
                "documents changes to care and the reasons for them",
                "refers to other health professionals when expected outcomes are not achieved"]),
            ("Practises within own scope of practice and seeks advice when a situation is beyond own knowledge "
             "or skill.", [])]),
        ("Builds and maintains professional and therapeutic relationships with people, their families and "
         "support persons", None, [
            ("Communicates in a way that is respectful, culturally safe and suited to the person’s health literacy.", []),
            ("Establishes therapeutic relationships that respect the person’s autonomy, dignity and privacy.", [
                "maintains professional boundaries",
                "obtains informed consent before providing care"]),
            ("Involves families and support persons in care, with the person’s agreement.", [])]),
    ]
    comps = []
    for name, dfn, criteria in data:
        ind = []
        for crit, cues in criteria:
            ind.append(item(doc, crit))
            ind += [item(doc, c, group=crit) for c in cues]
        comps.append(competency(doc, name, dfn, indicators=ind))
    return S.write_gold(D / f"{doc}.pdf", "pdf", "NATIONAL PRACTICE STANDARDS for NURSES IN GENERAL PRACTICE", comps)


ALL = [nlc, cardiff, usq, saica, ladder, ccsa, anmf]

if __name__ == "__main__":
    for f in ALL:
        print(f())

"""Gold for batch AY, written by reading the rendered documents (build/extract/*.txt).
Run after build.py:  python gold.py  (writes ../gold/<stem>.json)."""
from gold_common import Doc


def jobsac():
    d = Doc("jobsac-competency-interview-techniques", "pdf", "pdf", "Competency Based Interview Techniques")
    rows = [
        ("Team working",
         "Working with other people towards goals you share. It is as much about drawing out the best in "
         "others and knowing your own strengths as it is about taking the lead",
         "Evidence: Coping with the unexpected; getting a new project off the ground; pulling a team together",
         ["How might you encourage someone who is short of confidence?",
          "How have you shaped your own role within a team?",
          "What would you do if a colleague was not pulling their weight?"]),
        ("Communication",
         "Getting information and ideas across clearly, in speech and in writing, and listening to what "
         "others say. It covers choosing the right medium and tone for the audience as well as checking "
         "that the message has landed",
         "Evidence: Presenting to a committee; writing guidance for students or staff; handling a difficult "
         "enquiry by phone or email",
         ["How did you adapt your message for a non-specialist audience?",
          "How did you know that you had been understood?",
          "Tell us about a time when a misunderstanding arose. What did you do to put it right?"]),
        ("Problem solving",
         "Analysing a situation, weighing up the options and arriving at a sound solution. Employers want "
         "to see how you reasoned as well as what you decided, including when the information you had was "
         "incomplete",
         "Evidence: Fixing a process that kept failing; resolving a complaint; making a decision against a "
         "tight deadline",
         ["What other options did you consider, and why did you reject them?",
          "Who else did you involve?",
          "Looking back, would you do anything differently?"]),
        ("Planning and organising",
         "Setting priorities and managing your time and resources so that work is finished to standard and "
         "on schedule. This includes spotting risks early and changing the plan when circumstances change",
         "Evidence: Running an event; juggling competing deadlines; coordinating an admissions or "
         "examinations cycle",
         ["How did you decide what came first?",
          "What did you do when something threatened the deadline?",
          "How did you keep other people informed of progress?"]),
        ("Managing change",
         "Responding positively to new ways of working and helping others through them. Interviewers are "
         "looking for flexibility, resilience and an ability to see what a change will bring to the "
         "organisation",
         "Evidence: Introducing a new system; restructuring a team; taking on a new area of responsibility",
         ["How did you win over people who were resistant?",
          "What did you find hardest about the change?",
          "How did you judge whether it had worked?"]),
        ("Leadership",
         "Giving direction, motivating others and taking responsibility for the results. You do not need a "
         "management title to show leadership; leading a project or running a student society counts",
         "Evidence: Chairing a working group; mentoring a new colleague; taking charge in a crisis",
         ["How did you get the group to agree on a direction?",
          "How did you deal with a member of the group who disagreed?",
          "What feedback have you had on the way you lead?"]),
    ]
    for name, defin, evidence, qs in rows:
        d.comp(name, defin, interview_questions=d.items(qs), notes=[d.it(evidence)])
    return d


def fylde():
    d = Doc("fylde-coast-behavioural-standards", "html", "html",
            "Draft Fylde Coast Integrated Care Partnership - values and behavioural standards framework")
    Y, N = "What we expect to see and hear", "What we don\u2019t expect to see and hear"
    vals = [
        ("Be compassionate", "Always demonstrate you care", [
            "Be friendly and welcoming, introduce yourself by saying \u201cHello, my name is\u201d\u2026",
            "Taking time to really listen to patients and respond to what they need",
            "Giving care with compassion and empathy that passes the \u2018Me Test\u2019",
            "Putting yourself in other people\u2019s shoes (patients and colleagues) and seeing things from "
            "their point of view",
            "Treating everyone fairly and with respect",
            "Being aware of different cultural needs and beliefs and arranging the right resources and "
            "support where they are needed",
            "Saying \u201cthank you\u201d when a job has been done well",
            "Presenting yourself professionally, in the way you speak and in how you dress"], [
            "Unfriendly behaviour, ignoring people, no introductions",
            "People putting their own agendas ahead of patient care",
            "Apathy and a lack of compassion, giving the impression you don\u2019t care and saying you are "
            "too busy to help",
            "Not listening to what the other person is saying and showing no regard for how they feel or for "
            "their point of view Gossiping and talking about people \u2018behind their back\u2019 or talking "
            "over them",
            "Behaving in a way that humiliates or offends others and amounts to bullying or harassment",
            "Not treating others the way they wish to be treated",
            "Overlooking the achievements and successes of the team and its members",
            "Being disrespectful to people and not keeping to the dress code"]),
        ("Be accountable", "Take responsibility for making things happen", [
            "Owning your actions and decisions and seeing tasks through to the end",
            "Speaking up when something is not right and raising concerns through the proper routes",
            "Arriving on time for shifts, meetings and appointments",
            "Using public money and resources wisely",
            "Learning from mistakes and incidents and sharing what was learned",
            "Doing what you said you would do, when you said you would do it"], [
            "Blaming others when things go wrong",
            "Passing problems on without trying to solve them",
            "Ignoring policies, procedures or safety guidance",
            "Wasting time, money or supplies",
            "Making promises that cannot be kept",
            "Walking past poor practice and saying nothing"]),
        ("Be collaborative", "Work together across the Fylde Coast", [
            "Sharing information and knowledge with colleagues in other teams and organisations",
            "Involving patients, carers and partners in decisions that affect them",
            "Offering help to colleagues when they are under pressure",
            "Valuing what every member of the team contributes",
            "Looking for joined-up solutions instead of working in isolation"], [
            "Working in silos and protecting your own patch",
            "Criticising partner organisations in front of patients",
            "Holding on to information that others need",
            "Leaving colleagues out of discussions or decisions",
            "A \u2018not my job\u2019 attitude"]),
        ("Be open and honest", "Say what you mean and do what you say", [
            "Being truthful with patients, families and colleagues, even when the news is not what they "
            "hoped to hear",
            "Giving and welcoming constructive feedback",
            "Explaining the reasons for decisions",
            "Admitting when you do not know something, and finding out",
            "Keeping confidential information safe"], [
            "Hiding mistakes or covering up problems",
            "Saying one thing and doing another",
            "Making decisions behind closed doors without explanation",
            "Sharing confidential information inappropriately",
            "Reacting defensively to feedback"]),
    ]
    for name, strap, yes, no in vals:
        d.comp(name, strap, indicators=d.items(yes, Y) + d.items(no, N))
    return d


def nfrs():
    d = Doc("nfrs-behavioural-framework", "html", "html", "Behavioural framework")
    roles = [("Colleagues", "Colleagues don\u2019t show this when\u2026"),
             ("Managers", "Managers don\u2019t show this when\u2026"),
             ("Senior leaders", "Senior leaders don\u2019t show this when\u2026")]
    prof = [
        (["Treats the public and colleagues with courtesy and respect in every contact (DR)",
          "Takes pride in their appearance, their equipment and the workplace",
          "Follows policies and safe systems of work, and speaks up when something is unsafe (I)",
          "Keeps their skills and knowledge up to date and completes required training",
          "Is honest about mistakes and learns from them (I)"],
         ["Arrives late or unprepared without good reason",
          "Uses inappropriate language or humour",
          "Cuts corners on safety or procedures",
          "Ignores behaviour that falls short of our values"]),
        (["Sets clear expectations for the team and holds people to account fairly (L)",
          "Holds regular one-to-ones and gives timely, honest feedback",
          "Makes decisions that are consistent and transparent and can be explained (I)",
          "Deals promptly with poor performance or conduct",
          "Looks after the wellbeing of the team and signposts help when it is needed (DR)"],
         ["Treats team members inconsistently or shows favouritism",
          "Avoids difficult conversations",
          "Passes blame down to the team",
          "Fails to share important information"]),
        (["Acts as an ambassador and role model in everything they do, at all times and in the community "
          "(POCF)",
          "Behaves selflessly and with integrity, and keeps the promises made to staff, elected members and "
          "the public",
          "Builds a coaching culture and puts in place ways for people to get coaching and mentoring",
          "Drives efficiency, improvement and value for money, benchmarking performance against the wider "
          "sector and service standards to serve the public and communities better (POCF)",
          "Develops effective relationships with senior colleagues, elected members and collaborative "
          "partners (I)",
          "Shows a strong awareness and understanding of, and compliance with, NFRS corporate, financial and "
          "project governance arrangements",
          "Makes the development of talent a priority and drives a culture of aspiration and success",
          "Tackles, and takes accountability for, under-performance, sickness absence or mediocrity in the "
          "team and across the service to serve the public and communities better (L)"],
         ["Fails to act as a role model or to inspire others",
          "Fails to declare a relationship that could be seen as inappropriate or unethical.",
          "Encourages a silo mentality instead of shared responsibility for other people\u2019s problems",
          "Tends to put the blame on others when things go wrong",
          "Lets personality clashes or past history cloud judgement or decision-making",
          "Makes promises about what can be delivered that are unrealistic",
          "Is unwilling to recognise, or deal with, capability or performance issues in self or others",
          "Avoids difficult conversations and confrontation",
          "Gives up when faced with obstacles and shows no sense of personal responsibility for delivery (L)"]),
    ]
    change = [
        (["Tries new ways of working with a positive attitude",
          "Puts forward ideas to improve how we serve our communities (POCF)",
          "Asks questions to understand the reasons for change",
          "Adapts quickly when priorities shift"],
         ["Resists change without considering what it could bring",
          "Spreads negativity about new initiatives",
          "Says \u201cwe\u2019ve always done it this way\u201d"]),
        (["Explains the reasons for change and what it means for the team",
          "Involves the team in shaping how change is put into practice",
          "Encourages and tests new ideas from team members (L)",
          "Reviews what worked and what did not once a change has been made"],
         ["Implements change without consulting those affected",
          "Dismisses ideas from the team",
          "Undermines decisions once they have been made"]),
        (["Assesses the external environment and sets a clear direction for change across the service",
          "Champions innovation and makes room for new ideas to be tried safely",
          "Makes the case for change openly and listens to concerns (I)",
          "Works with partners to find new ways of delivering services (POCF)",
          "Evaluates change programmes and acts on the lessons learned"],
         ["Pursues change for its own sake without a clear rationale",
          "Fails to engage staff and representative bodies",
          "Ignores evidence that an initiative is not working"]),
    ]
    for name, table in (("We are professional", prof), ("Open to change", change)):
        levels = []
        for rank, ((role, neg_head), (pos, neg)) in enumerate(zip(roles, table), start=1):
            levels.append(d.level(rank, role, d.items(pos) + d.items(neg, neg_head)))
        d.comp(name, None, levels=levels)
    return d


def uom():
    d = Doc("uom-sde-skills-data-management", "md", "md", "Data Management & Engineering")
    skills = [
        ("Build containers and Helm charts",
         ["Grasps the basic ideas behind containerisation and Helm charts",
          "Can help to build and deploy containers",
          "Some familiarity with container orchestration tools (e.g., Kubernetes)"],
         ["Builds and manages containers and Helm charts with confidence",
          "Creates and deploys containers without supervision",
          "Puts container orchestration solutions in place"],
         ["Sets the overall direction for containerisation and Helm chart management",
          "Leads the writing of containerisation policies and good practice",
          "Makes sure containerisation standards and regulations are followed"]),
        ("Data engineering for OMOP using dbt/SQLMesh",
         ["Can support data engineering tasks that use dbt/SQLMesh",
          "Some familiarity with the OMOP data model and its standards"],
         ["Uses dbt/SQLMesh proficiently for data engineering work",
          "Carries out data engineering tasks in dbt/SQLMesh independently",
          "Applies OMOP data models and standards in data engineering projects"],
         ["Oversees data engineering projects that use dbt/SQLMesh at a strategic level",
          "Leads the development of data engineering strategy and good practice",
          "Makes sure OMOP data standards and regulations are complied with"]),
        ("Developing Architecture based on requirements",
         ["Knows a highlevel set of components that meets a client's stated requirements e.g. servers to "
          "host a web application"],
         ["Knows a set of components that meets a client's stated requirements and can spot further "
          "components a client may not realise they need e.g. a network firewall in front of web application "
          "servers. Is aware of networking, security, regulatory, compliance, backup and restore concerns"],
         ["Can specify a complete architecture that covers both the stated and the implied requirements of "
          "the client, including networking, security, regulatory, compliance, backup and restore"]),
        ("Column Storage Databases",
         ["Can explain how column storage databases work and use tools to run basic commands",
          "Familiar with data governance standards and practice"],
         ["Configures and manages column storage databases proficiently",
          "Applies data governance standards when managing column storage databases"],
         ["Sets the strategy for managing column storage databases",
          "Makes sure data governance standards and regulations are complied with"]),
        ("Data Catalogue",
         ["Basic grasp of data cataloguing ideas and tools (e.g., )",
          "Can enter, maintain , validate metadata in data catalogues.",
          "Familiar with metadata standards and practice"],
         ["Profiency in building and managing data catalogues",
          "Develops and maintains data catalogues independently",
          "Applies metadata standards in data cataloguing"],
         ["Sets the strategy for data cataloguing and its management",
          "Leads the development of data catalogue policies and good practice",
          "Makes sure metadata standards and regulations are complied with"]),
        ("Pipelines and permissions",
         ["Can apply a basic knowledge of pipelines to help build simple pipelines that extract, transform "
          "and load data",
          "Aware of data security and privacy regulations. Can set permissions on pipeines that suit how they "
          "are used."],
         ["Configures and manages data pipelines proficiently and applies the right permissions",
          "Puts data security measures in place when managing pipelines and permissions"],
         ["Sets the strategy for managing data pipelines and permissions",
          "Makes sure data security and privacy regulations are complied with"]),
    ]
    for name, e, m, s in skills:
        d.comp(name, None, levels=[d.level(1, "Entry Level", d.items(e)),
                                   d.level(2, "Mid Level", d.items(m)),
                                   d.level(3, "Senior Level", d.items(s))])
    return d


def infoworks():
    d = Doc("infoworks-leadership-self-assessment", "docx", "docx",
            "Core Leadership Competencies Self-Assessment (Part 1)")
    d.comp("Leading with Vision",
           "Shaping, Sharing and Guiding People Toward an Ambitious Vision That Connects to the Corporate Vision",
           indicators=d.items([
               "Form a personal vision of excellence and act consistently with that vision.",
               "Build a specific, compelling and ambitious vision for the team.",
               "Examine assumptions and goals when shaping the vision.",
               "Connect the vision to the corporation's long-term vision, goals and strategies.",
               "Take account of stakeholders' perspectives when developing the vision.",
               "State the vision clearly and communicate it to others.",
               "Use the vision to set priorities and to explain why individual activities matter.",
               "Show personal commitment to the vision and encourage others to share it.",
               "Identify the gap between the current situation and the vision.",
               "Handle the realities of today while leading toward the vision of tomorrow."]))
    d.comp("Planning Strategically",
           "Turning the Vision into Clear Goals, Realistic Plans and Agreed Priorities",
           indicators=d.items([
               "Translate the vision into specific, measurable goals.",
               "Develop realistic plans with milestones and clear accountabilities.",
               "Anticipate obstacles and build contingencies into plans.",
               "Allocate people, time and budget according to priorities.",
               "Review progress regularly and adjust plans when conditions change.",
               "Involve team members in planning the work that affects them.",
               "Balance short-term demands against long-term objectives.",
               "Communicate plans so that everyone knows their part."]))
    d.comp("Leading Change",
           "Championing and Managing Change So That It Takes Hold Across the Organization",
           indicators=d.items([
               "Explain the business case for change in terms people understand.",
               "Recognize and address people's concerns about change.",
               "Enlist influential people to help lead the change.",
               "Model the new behaviors that the change requires.",
               "Remove barriers that slow down or block the change.",
               "Celebrate early wins to build momentum.",
               "Embed changes in systems, processes and routines."]))
    return d


def care():
    d = Doc("care-competency-development-planning-guide", "pdf", "pdf", "Competency Development Planning Guide")
    d.comp("Respect",
           "Treating every person with dignity and courtesy; recognizing the worth of each individual and the "
           "contribution that people of every background make to CARE\u2019s mission.",
           indicators=d.items([
               "Listens to others: Gives full attention to what people say and checks understanding before "
               "responding.",
               "Values each person: Acknowledges the knowledge, experience and ideas of colleagues, partners and "
               "community members.",
               "Treats people fairly: Applies the same standards to everyone, whatever their position or "
               "background.",
               "Shows courtesy: Is polite and considerate in everyday dealings, including when under pressure.",
               "Honors cultural norms: Learns about and respects local customs and ways of working."]),
           activities=d.items([
               "Ask a trusted colleague to observe you in a meeting and give you feedback on how well you listen.",
               "Before your next team meeting, plan how you will draw out the views of quieter members.",
               "Keep a journal for two weeks noting times when you felt respected or disrespected, and what made "
               "the difference.",
               "Spend a day with a project team in the field and learn how community members see CARE\u2019s "
               "work.",
               "Ask your supervisor to include respectful behavior as a topic in your next performance "
               "discussion.",
               "Volunteer to welcome and orient a new staff member."]),
           courses=d.items([
               "CARE Academy: Respect in the Workplace (half-day workshop)",
               "Active Listening Skills (e-learning module, CARE Academy online)",
               "Cross-Cultural Communication (two-day workshop)"]),
           readings=[
               d.reading("Lawrence-Lightfoot, Sara. Respect: An Exploration. Reading, MA: Perseus Books, 1999.",
                         "Respect: An Exploration", ["Sara Lawrence-Lightfoot"], "Perseus Books", 1999),
               d.reading("Forni, P. M. Choosing Civility: The Twenty-Five Rules of Considerate Conduct. New York: "
                         "St. Martin\u2019s Press, 2002.",
                         "Choosing Civility: The Twenty-Five Rules of Considerate Conduct", ["P. M. Forni"],
                         "St. Martin\u2019s Press", 2002),
               d.reading("Stone, Douglas, Bruce Patton and Sheila Heen. Difficult Conversations: How to Discuss "
                         "What Matters Most. New York: Viking, 1999.",
                         "Difficult Conversations: How to Discuss What Matters Most",
                         ["Douglas Stone", "Bruce Patton", "Sheila Heen"], "Viking", 1999)])
    d.comp("Integrity",
           "Acting in line with CARE\u2019s values, ethics and commitments; being honest and transparent in all "
           "dealings and accepting responsibility for one\u2019s own actions.",
           indicators=d.items([
               "Is honest: Tells the truth and gives accurate information, even when it is unwelcome.",
               "Keeps commitments: Does what he or she has promised, or explains promptly when this is not "
               "possible.",
               "Protects resources: Uses donor and program funds only for the purpose intended.",
               "Maintains confidentiality: Handles sensitive information with discretion.",
               "Acts on principle: Challenges behavior that conflicts with CARE\u2019s values and code of "
               "conduct."]),
           activities=d.items([
               "Go through CARE\u2019s code of conduct with your supervisor and discuss how it applies to "
               "situations in your job.",
               "List the commitments you made this month and check how many you kept on time.",
               "Talk through an ethical dilemma you have faced with a mentor, and how you handled it.",
               "Take part in an internal audit or financial review to learn how funds are tracked.",
               "When you make a mistake, tell the people affected promptly and explain what you will do about "
               "it."]),
           courses=d.items([
               "CARE Academy: Ethics and Accountability (one-day workshop)",
               "Protection from Sexual Exploitation and Abuse (e-learning)",
               "Managing Donor Funds (workshop for program managers)"]),
           readings=[
               d.reading("Carter, Stephen L. Integrity. New York: BasicBooks, 1996.",
                         "Integrity", ["Stephen L. Carter"], "BasicBooks", 1996),
               d.reading("Badaracco, Joseph L. Defining Moments: When Managers Must Choose Between Right and "
                         "Right. Boston: Harvard Business School Press, 1997.",
                         "Defining Moments: When Managers Must Choose Between Right and Right",
                         ["Joseph L. Badaracco"], "Harvard Business School Press", 1997),
               d.reading("Kouzes, James M. and Barry Z. Posner. Credibility: How Leaders Gain and Lose It, Why "
                         "People Demand It. San Francisco: Jossey-Bass, 1993.",
                         "Credibility: How Leaders Gain and Lose It, Why People Demand It",
                         ["James M. Kouzes", "Barry Z. Posner"], "Jossey-Bass", 1993)])
    return d


NSW_RANK = {"Foundational": 1, "Intermediate": 2, "Adept": 3, "Advanced": 4, "Highly Advanced": 5}


def nsw():
    d = Doc("nsw-dcs-senior-data-analyst-role-description", "pdf", "pdf",
            "Role Description Senior Data Analyst")
    summary = [
        ("Display Resilience and Courage", "Be open and honest, ready to give your views, and willing to "
         "accept and commit to change", "Adept"),
        ("Act with Integrity", "Behave ethically and professionally, and uphold and promote the values of the "
         "public sector", "Intermediate"),
        ("Manage Self", "Show drive and motivation, reflect on your own performance and commit to ongoing "
         "learning", "Adept"),
        ("Value Diversity and Inclusion", "Respect and draw on different backgrounds, experiences and points "
         "of view", "Intermediate"),
        ("Communicate Effectively", "Communicate clearly, listen actively to others and respond with "
         "understanding and respect", "Adept"),
        ("Commit to Customer Service", "Deliver services focused on customers, in line with public sector and "
         "agency objectives", "Adept"),
        ("Work Collaboratively", "Work with others and value what they contribute", "Adept"),
        ("Influence and Negotiate", "Build agreement and commitment from others, and resolve issues and "
         "conflicts", "Intermediate"),
        ("Deliver Results", "Achieve results by using resources efficiently and committing to quality "
         "outcomes", "Adept"),
        ("Plan and Prioritise", "Plan to deliver priority outcomes and adjust flexibly as circumstances "
         "change", "Intermediate"),
        ("Think and Solve Problems", "Think, analyse and take the wider context into account to develop "
         "practical solutions", "Advanced"),
        ("Demonstrate Accountability", "Take responsibility for your own actions and follow legislation, "
         "policy and guidelines", "Intermediate"),
        ("Finance", "Understand and apply financial processes to get value for money and reduce financial "
         "risk", "Foundational"),
        ("Technology", "Understand and use the available technology to work efficiently and effectively",
         "Adept"),
        ("Procurement and Contract Management", "Understand and apply procurement processes so that "
         "purchasing and contract performance are effective", "Foundational"),
        ("Project Management", "Understand and apply effective methods of planning, coordination and control",
         "Intermediate"),
    ]
    focus = {
        "Display Resilience and Courage": [
            "Stays composed and offers well-judged views when challenged or under pressure",
            "Gives frank, honest advice even when the message may not be welcome",
            "Stands by a position while staying open to other points of view",
            "Looks for feedback and uses it to improve own performance"],
        "Communicate Effectively": [
            "Tailors communication to the needs and level of understanding of the audience",
            "Listens actively, asks questions to check understanding and responds to the issues raised",
            "Presents technical findings clearly, in writing and in person, to non-technical stakeholders",
            "Steers discussions with confidence while respecting the views of others"],
        "Commit to Customer Service": [
            "Focuses on understanding customers\u2019 needs and agreeing with them what will be delivered",
            "Takes responsibility for delivering high-quality services that customers value",
            "Finds and acts on opportunities to improve the customer experience",
            "Builds relationships with customers to identify areas for service improvement"],
        "Deliver Results": [
            "Takes responsibility for delivering project and business outcomes on time and to standard",
            "Makes sure the team understands expected goals and acts promptly when performance slips",
            "Identifies resource needs and uses resources efficiently",
            "Sees opportunities to improve the way work is done"],
        "Think and Solve Problems": [
            "Analyses complex data and information to identify trends, root causes and the critical issues",
            "Weighs the wider context, including risks and implications, when developing options",
            "Applies sound judgement and evidence to reach practical recommendations",
            "Works through complex problems with others and brings fresh perspectives to them",
            "Builds a culture of continuous improvement in own work area"],
        "Technology": [
            "Identifies ways to use technology to make processes more efficient",
            "Complies with cyber security and records management policies",
            "Supports the adoption of new data and analytics tools across the team",
            "Applies knowledge of the data lifecycle when specifying or using systems"],
    }
    for name, desc, level in summary:
        d.comp(name, desc, levels=[d.level(NSW_RANK[level], level, d.items(focus.get(name, [])))])
    d.comp("Analytics", None, levels=[d.level(5, "Level 5")])
    d.comp("Data Visualisation", None, levels=[d.level(4, "Level 4")])
    return d


def bccl():
    d = Doc("bccl-business-behaviors-performance-scales", "docx", "docx", "Business Behaviors Performance Scales")
    beh = [
        ("Growth Mindset",
         "Pursues profitable growth for BCCL without letup. Sets stretching targets based on market "
         "opportunities and delivers against them with an eye on breakthrough performance. Develops self and "
         "others.",
         [("Breakthrough Performance", "Is content with the current level of performance and past successes.",
           "Has raised performance standards step by step",
           "Has delivered breakthrough performance in at least one area of the role"),
          ("Profitable Growth", "Chooses work because it is familiar or well established. Is comfortable with "
           "the status quo", "Concentrates on work that adds gradually to revenue or reduces cost.",
           "Concentrates on work that makes a significant difference to revenue or cost"),
          ("Self and Team Development", "Rarely looks for feedback or learning opportunities for self or team",
           "Takes part in development activities and encourages team members to do the same",
           "Builds a strong pipeline of talent and is sought out as a coach and mentor")]),
        ("Speed",
         "Works with a sense of urgency. Sees speed and responsiveness as sources of competitive advantage.",
         [("Urgency", "Needs frequent reminders to meet deadlines",
           "Completes work on time and responds promptly to requests",
           "Anticipates needs and acts ahead of deadlines, setting the pace for others"),
          ("Decision Making", "Delays decisions while waiting for complete information",
           "Makes timely decisions with the information available",
           "Makes quick, sound decisions in ambiguous situations and takes calculated risks")]),
        ("Workplace that is Open, Supportive and Diverse",
         "Understands that people flourish in an open and supportive environment. Values diversity in every "
         "form and encourages people to voice their ideas candidly. Exchanges views freely so that the best "
         "business decisions are made and, once a decision is taken, backs others in pursuing shared goals.",
         [("Openness", "Keeps information and views to self; discourages questions",
           "Shares information and listens to different views",
           "Creates an environment in which people raise difficult issues without fear"),
          ("Diversity", "Works mainly with people who think alike",
           "Seeks out people with different backgrounds and perspectives",
           "Builds diverse teams and uses their differences to improve decisions"),
          ("Support for Decisions", "Continues to argue against decisions after they are made",
           "Supports team decisions once they are made",
           "Rallies others behind decisions and helps them succeed")]),
        ("Obsessed with Customers and about Competitors",
         "Looks at work from the outside in, concentrating on the needs of current and potential customers. "
         "Knows how our offerings compare with those of other companies in giving customers better value.",
         [("Customer Focus", "Sees work mainly from an internal point of view",
           "Finds out what customers need and responds to it",
           "Anticipates customer needs and shapes offerings before customers ask"),
          ("Competitive Awareness", "Knows little about what competitors offer",
           "Keeps up to date with competitors and compares our offerings with theirs",
           "Uses competitive insight to reposition our offerings and win in the market")]),
        ("Innovation",
         "Looks for opportunities and solutions by being innovative and enterprising. Draws on learning and "
         "resourcefulness to generate ideas, spot opportunities and develop solutions.",
         [("Idea Generation", "Relies on existing methods and rarely suggests new ideas",
           "Suggests improvements to current processes and products",
           "Generates original ideas that open up new business opportunities"),
          ("Implementation", "Drops new ideas when obstacles arise",
           "Follows new ideas through to implementation",
           "Turns new ideas into successful initiatives that others adopt")]),
    ]
    labels = ["Development Need Behavior", "Effective Behavior", "Role Model Behavior"]
    for name, defin, rows in beh:
        levels = [d.level(k + 1, lab, [d.it(r[k + 1], r[0]) for r in rows]) for k, lab in enumerate(labels)]
        d.comp(name, defin, levels=levels)
    return d


if __name__ == "__main__":
    for f in (jobsac, fylde, nfrs, uom, infoworks, care, nsw, bccl):
        print("wrote", f().write())

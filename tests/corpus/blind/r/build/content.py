"""Content of the batch-r documents (wording written for this batch; structure modelled on the
publishers named in ../origins.yaml). build.py renders these structures and writes the gold from
them; check.py then verifies every gold string against the text extracted from the rendered files."""

# ----------------------------------------------------------------------------------------------
# 1. NFCC Leadership Framework booklet (PDF): one competency per page, levels printed HIGH -> LOW
NFCC_LEVELS = {  # rank -> label as printed
    4: "Level 4 - Leading the Service",
    3: "Level 3 - Leading the Function",
    2: "Level 2 - Leading Others",
    1: "Level 1 - Leading Yourself",
}
NFCC = [
    {
        "name": "Personal Impact",
        "means": "Personal impact is about how we conduct ourselves: acting with integrity, "
                 "self-awareness and resilience so that colleagues and communities can trust us.",
        "levels": {
            4: ["Acts as a visible ambassador for the service with partners, elected members and the public",
                "Stays composed under sustained scrutiny and helps senior colleagues keep a sense of perspective",
                "Invites challenge on their own decisions and shows how that challenge changed the outcome",
                "Sets the ethical tone for the whole organisation and acts quickly when it is breached"],
            3: ["Models the Core Code of Ethics across their function and expects the same of their managers",
                "Asks peers and teams for feedback on their leadership style and acts on what they hear",
                "Manages their own pressure so that it is not passed down to others",
                "Builds credibility across departments by keeping their commitments"],
            2: ["Treats every member of the crew or team fairly and consistently",
                "Owns their mistakes and talks openly about what they learned from them",
                "Remains calm and in control at incidents, helping others to do the same"],
            1: ["Is honest and open in all dealings with colleagues and the community",
                "Recognises how their mood and actions affect the people around them",
                "Looks after their own wellbeing and asks for support when it is needed",
                "Takes responsibility for their own learning and development"],
        },
    },
    {
        "name": "Outstanding Leadership",
        "means": "Outstanding leadership means inspiring, developing and empowering people so that "
                 "teams perform well and every individual feels valued.",
        "levels": {
            4: ["Communicates a clear and compelling vision for the service that people can connect to their own work",
                "Builds a culture in which people at every level are trusted to lead and to make decisions",
                "Champions inclusion and diversity, and holds senior leaders to account for progress"],
            3: ["Translates the service vision into priorities that make sense for their function",
                "Develops tomorrow\u2019s leaders through coaching, stretching assignments and honest feedback",
                "Addresses poor performance or behaviour promptly and fairly",
                "Recognises and celebrates the contribution of teams across the function"],
            2: ["Gives clear direction and explains the reasons behind decisions",
                "Gets to know the strengths and development needs of each team member",
                "Delegates tasks in a way that builds confidence and capability",
                "Deals with conflict in the team early and constructively"],
            1: ["Supports colleagues and shares knowledge willingly",
                "Shows respect for different views, backgrounds and ways of working",
                "Speaks up when something does not look or feel right"],
        },
    },
    {
        "name": "Service Delivery",
        "means": "Service delivery is about putting our communities at the centre of everything we do "
                 "and continually improving the services we provide to them.",
        "levels": {
            4: ["Sets service-wide priorities based on community risk and likely future demand",
                "Forms strategic partnerships with other emergency services and agencies to improve outcomes for the public",
                "Makes difficult decisions about resources and explains them openly to communities"],
            3: ["Plans and manages resources across the function to meet agreed performance standards",
                "Uses evidence and data to identify where services need to change",
                "Works with partners to deliver joined-up services to vulnerable people",
                "Monitors delivery and intervenes when targets are at risk"],
            2: ["Organises the team\u2019s work so that operational, prevention and protection activities are completed on time",
                "Looks for practical ways to improve how the team serves the community",
                "Keeps people informed about changes that affect the service they receive"],
            1: ["Delivers a professional service to everyone, whatever their background or circumstances",
                "Follows procedures and keeps accurate records",
                "Suggests ideas that could make the service better",
                "Understands how their role contributes to keeping communities safe"],
        },
    },
]
NFCC_HOWTO = [
    "The Leadership Framework describes the behaviours we expect from everyone who works in a fire "
    "and rescue service, whatever their role. Leadership is not tied to rank: anyone who supports, "
    "influences or inspires others is showing leadership.",
    "The framework is built around four leadership areas. This booklet sets out three of them: "
    "Personal Impact, Outstanding Leadership and Service Delivery. Each area has its own page, "
    "which opens with a short statement of what it means and then describes the behaviours expected "
    "at four levels.",
]
NFCC_HOWTO_LEVELS = [
    ("Leading the Service", "area managers and above, including principal officers."),
    ("Leading the Function", "station and group managers and heads of department."),
    ("Leading Others", "crew and watch managers and staff who supervise others."),
    ("Leading Yourself", "firefighters, control and support staff in their first roles."),
]
NFCC_HOWTO_AFTER = [
    "The levels are cumulative. People working at a higher level should also show the behaviours "
    "described at every level below their own.",
    "Use the framework to prepare for appraisal and development conversations, to identify your "
    "learning needs, and when you apply for promotion. The behaviours are examples; they are not a "
    "checklist, and there will be other ways to show each area.",
]

# ----------------------------------------------------------------------------------------------
# 2. CVS Inverclyde competency framework (DOCX): clusters (Heading 1) > competency (Heading 2),
#    description, "Effective behaviours" / "Ineffective behaviours" bullet lists (no levels)
CVSI_INTRO = [
    "CVS Inverclyde\u2019s competency framework supports our recruitment, appraisal and support and "
    "supervision processes, and helps us build a culture of reflective practice and continuous "
    "improvement.",
    "Competencies are the skills and behaviours that lead to successful performance. For each "
    "competency the framework gives a short description of what it means in practice, followed by "
    "examples of effective and ineffective behaviours. The examples are not exhaustive; they are "
    "there to give everyone a shared understanding of what is expected.",
    "Your work plan sets out what you need to achieve during the year. This framework sets out how "
    "we expect you to go about it.",
]
CVSI_VALUES = ["Respect for people and communities", "Integrity and openness",
               "Partnership and collaboration", "Inclusion and equality"]
CVSI = [
    ("Thinking", [
        {"name": "Planning and Organising",
         "desc": "People who are effective in this area plan ahead, organise their workload and make good "
                 "use of their time and resources, so that work is delivered to the agreed standard and "
                 "on time.",
         "eff": ["Sets realistic goals and timescales for their own work and agrees them with their line manager",
                 "Prioritises tasks according to urgency and importance",
                 "Keeps clear and up-to-date records so that colleagues can pick up work when needed",
                 "Anticipates busy periods such as funding deadlines and plans for them in advance",
                 "Uses shared calendars and systems to coordinate activity with colleagues"],
         "ineff": ["Regularly misses deadlines without warning others",
                   "Works reactively, moving from one urgent task to the next",
                   "Takes on more than can realistically be delivered",
                   "Leaves paperwork and records incomplete"]},
        {"name": "Problem Solving and Decision Making",
         "desc": "People who are effective in this area gather and weigh up the relevant information, "
                 "consider the options and make sound, timely decisions that they can explain to others.",
         "eff": ["Identifies the real cause of a problem before acting on it",
                 "Seeks the views of the member organisations and volunteers who will be affected",
                 "Considers the risks, costs and benefits of different options",
                 "Makes decisions within their remit and refers other decisions on promptly"],
         "ineff": ["Jumps to conclusions without checking the facts",
                   "Puts off decisions until the problem gets worse",
                   "Relies on the way things have always been done"]},
    ]),
    ("People", [
        {"name": "Working Together",
         "desc": "People who are effective in this area build positive working relationships with "
                 "colleagues, volunteers and partner organisations and contribute fully to the work of "
                 "the team.",
         "eff": ["Shares information, knowledge and resources willingly",
                 "Offers help to colleagues when workloads are uneven",
                 "Respects and values the different skills and backgrounds of others",
                 "Builds links with partners in the public, private and third sectors",
                 "Deals with disagreements openly and respectfully"],
         "ineff": ["Works in isolation and does not keep the team informed",
                   "Criticises colleagues behind their backs rather than raising issues with them directly",
                   "Shows little interest in the work of other teams or partners"]},
        {"name": "Communicating Effectively",
         "desc": "People who are effective in this area share information clearly and confidently, "
                 "listen actively and adapt their style to suit different audiences.",
         "eff": ["Writes in plain English that is easy to understand",
                 "Listens carefully and checks understanding before responding",
                 "Adjusts the level of detail to the needs of the audience",
                 "Presents information confidently at meetings, forums and events"],
         "ineff": ["Uses jargon that excludes people",
                   "Interrupts others or does not give them time to finish",
                   "Passes on information late or not at all",
                   "Sends mixed or inconsistent messages"]},
        {"name": "Focusing on Our Members",
         "desc": "People who are effective in this area understand the needs of member organisations, "
                 "volunteers and the wider community, and put them at the centre of what we do.",
         "eff": ["Takes time to understand what each member organisation needs",
                 "Responds to enquiries promptly and courteously",
                 "Follows up to check that the support given has made a difference",
                 "Uses feedback to improve the services we offer"],
         "ineff": ["Assumes they know what members need without asking",
                   "Treats enquiries as an interruption",
                   "Makes promises that cannot be kept"]},
    ]),
]

# ----------------------------------------------------------------------------------------------
# 3. Estonian Government Office, top civil service competency framework (HTML <dl> glossary)
EST = [
    ("Future designer",
     "Understands the long-term trends that shape Estonia and its region, sets a clear direction for "
     "the organisation and links it to the strategic goals of the state."),
    ("Achiever",
     "Turns strategy into results: sets ambitious but realistic goals, organises people and resources "
     "sensibly and takes responsibility for the outcome."),
    ("Innovation driver",
     "Creates an environment where new ideas are welcomed and tested, encourages reasonable "
     "risk-taking and learns from both success and failure."),
    ("Value builder for target groups",
     "Understands the needs of citizens, entrepreneurs and other target groups, involves them in "
     "designing policies and services, and measures success by the value created for them."),
    ("Cooperation leader",
     "Builds trust-based cooperation across ministries, sectors and borders, and uses partnerships to "
     "solve problems that no single organisation can solve alone."),
    ("Self-leader",
     "Knows their own strengths and limits, manages their energy and emotions under pressure, and keeps "
     "learning and developing as a leader and as a person."),
]

# ----------------------------------------------------------------------------------------------
# 4. Kent Police job profile (TXT): competencies of the national CVF with the level required
KENT_COMPS = [
    {"name": "We analyse critically", "level": 2,
     "para": "We understand why it matters to gather and test information. We look at problems from more "
             "than one angle, weigh the evidence and the risks, and reach conclusions that we can explain "
             "and defend. We are ready to take difficult decisions when they are needed, and we check "
             "afterwards whether they worked.",
     "ind": ["I make sure that my team and I have the right information, from a range of sources, before "
             "reaching a judgement.",
             "I spot gaps and inconsistencies in intelligence and take steps to resolve them.",
             "I explain the reasoning behind my assessments so that others can test and challenge them.",
             "I balance the risks, costs and benefits of different courses of action and consider the "
             "wider impact on the force and its partners.",
             "I review the outcome of my recommendations and use what I learn to improve future work."]},
    {"name": "We are innovative and open-minded", "level": 1,
     "para": "We look for fresh ways of doing things and are willing to try them. We are curious and open "
             "to ideas from inside and outside policing, and we learn from what has and has not worked.",
     "ind": ["I look for ways to do my work more effectively and share my ideas with colleagues.",
             "I am open to feedback and to new ways of working, even when they challenge my usual approach.",
             "I keep up to date with developments in analytical techniques and technology.",
             "I learn from my own mistakes and from the experience of others."]},
    {"name": "We take ownership", "level": 2,
     "para": "We take personal responsibility for our work and for the quality of the service we give. We "
             "do what we say we will do, we speak up when something is wrong, and we treat mistakes as a "
             "chance to learn rather than something to hide.",
     "ind": ["I take responsibility for the quality of the products my team delivers and for meeting "
             "agreed deadlines.",
             "I encourage colleagues to own their decisions and support them when things do not go to plan.",
             "I deal with problems as they arise rather than passing them on to others.",
             "I make sure that lessons from reviews and debriefs are acted on and shared."]},
]

# ----------------------------------------------------------------------------------------------
# 5. Bhutan, Department of Local Governance: competency based framework for GAOs (DOCX)
BT_LEVELS = ["Basic", "Skilled", "Advanced", "Expert"]
BT_LEVEL_TABLE = [
    ("Basic", "Has foundational knowledge of the competency and applies it in routine situations "
              "under guidance."),
    ("Skilled", "Applies the competency independently in the full range of normal situations."),
    ("Advanced", "Applies the competency in complex situations and guides and supports others."),
    ("Expert", "Is recognised as an authority; shapes practice and policy and mentors others."),
]
BT = [
    {"name": "Development Planning and Coordination",
     "def": "Prepares, coordinates and monitors the gewog\u2019s development plans and annual activities in "
            "line with the Five Year Plan and local government priorities.",
     "levels": ["Understands the planning cycle and the gewog\u2019s annual plan. Collects and records data "
                "for planning under the direction of senior officials.",
                "Prepares draft annual plans and budgets together with the Gewog Tshogde and sector staff. "
                "Tracks the progress of activities and reports delays to the Gup.",
                "Leads the consolidation of chiwog priorities into the gewog plan and makes sure they are "
                "consistent with dzongkhag and national targets. Resolves coordination problems between "
                "sectors and guides junior staff.",
                "Advises the dzongkhag and the Department on planning guidelines, drawing on field "
                "experience. Mentors other GAOs and contributes to the review of national local "
                "governance policies."],
     "related": ["Budgeting and Financial Management", "Stakeholder Engagement"]},
    {"name": "Public Service Delivery",
     "def": "Delivers timely, fair and accessible administrative services to the people of the gewog, "
            "including services provided through the Gewog Community Centre.",
     "levels": ["Knows the services offered at the gewog office and the procedure for each. Attends to "
                "clients courteously and refers them to the right official.",
                "Processes service requests within the approved service standards. Keeps records up to date "
                "and explains decisions clearly to clients.",
                "Monitors service delivery across the gewog and identifies bottlenecks. Introduces practical "
                "improvements and makes sure that staff follow the service standards.",
                "Designs and recommends service improvements that other gewogs can adopt. Represents the "
                "gewog in national reviews of public service delivery."],
     "related": ["Stakeholder Engagement", "Ethics and Integrity"]},
    {"name": "Stakeholder Engagement",
     "def": "Builds and maintains constructive working relationships with local leaders, communities, "
            "sector agencies and development partners to achieve the objectives of the gewog.",
     "levels": ["Identifies the main stakeholders of the gewog and communicates with them politely and "
                "respectfully.",
                "Organises community meetings and consultations and records the views raised. Follows up "
                "on the issues agreed with stakeholders.",
                "Facilitates discussions between communities, local leaders and sector agencies and helps "
                "them reach agreement on priorities. Manages conflicts of interest with tact.",
                "Builds lasting partnerships with agencies, civil society and development partners that "
                "bring resources to the gewog. Advises others on engaging communities in difficult "
                "situations."],
     "related": ["Development Planning and Coordination", "Public Service Delivery"]},
]

# ----------------------------------------------------------------------------------------------
# 6. Public Impact / Opportunity Culture: competency-based interview questions (HTML)
PI = [
    {"name": "Achievement",
     "def": "The drive to meet and exceed challenging goals for student learning, even when obstacles get "
            "in the way.",
     "qs": [("Tell me about the most ambitious goal you have set for your students\u2019 learning. How did "
             "you decide on it, and what happened?",
             ["What obstacles did you run into along the way?",
              "What did you do differently when progress stalled?"]),
            ("Describe a time when you looked at student data and realized that what you were doing was "
             "not working.", []),
            ("Give an example of a goal you did not reach. What did you learn from it?", []),
            ("Tell me about a time you went beyond what was required to help a group of students succeed.",
             ["Why did you decide to take that on?"])]},
    {"name": "Impact and Influence",
     "def": "Acting to persuade, convince or influence others in order to achieve a goal for students.",
     "qs": [("Tell me about a time you persuaded a colleague to change an instructional practice.",
             ["What approach did you take, and why?",
              "How did you know the change had lasted?"]),
            ("Describe a situation in which you had to win the support of families for something they "
             "were unsure about.", []),
            ("Tell me about a time your first attempt to influence someone failed. What did you try next?",
             [])]},
    {"name": "Belief in Learning Potential",
     "def": "The conviction that every student can learn at high levels, shown in the expectations a "
            "teacher sets and the support he or she provides.",
     "qs": [("Tell me about a student whom others had given up on. What did you do?",
             ["What made you believe the student could succeed?"]),
            ("Describe how you have kept expectations high for a class that was far behind grade level.",
             []),
            ("Give an example of a time you challenged a colleague\u2019s low expectations of a student or "
             "group of students.", [])]},
    {"name": "Developing Others",
     "def": "Helping other adults grow their skills over time through feedback, modeling and coaching.",
     "qs": [("Tell me about a teacher you coached who made real progress. What was your role?",
             ["How did you decide what to focus on first?",
              "What evidence showed you that the teacher\u2019s practice had improved?"]),
            ("Describe a time you had to give difficult feedback to a colleague.", []),
            ("Tell me how you have helped a new teacher settle into a team.", [])]},
]

# ----------------------------------------------------------------------------------------------
# 7. National Museums Scotland competency matrix (PDF, landscape): name+definition | Level 1..4
NMS_LEGEND = [
    ("Level 1", "expected of everyone who works for us, including front-of-house and support roles."),
    ("Level 2", "experienced staff, specialists and team leaders."),
    ("Level 3", "managers, senior curators and senior specialists."),
    ("Level 4", "heads of department, directors and the Executive Team."),
]
NMS = [
    {"name": "Building Relationships",
     "def": "Works well as part of their team and with colleagues across the organisation; collaborates and "
            "networks externally on shared projects, and forms partnerships in Scotland and internationally "
            "for mutual benefit.",
     "cells": ["Plays an active part in the team and helps colleagues when asked",
               "Works with other teams to reach shared goals and settles minor disagreements",
               "Sets up and manages working partnerships with other departments and external bodies",
               "Creates long-term national and international partnerships that advance our strategy"]},
    {"name": "Communicating & Engaging",
     "def": "Uses a range of communication and interpersonal skills, across every channel, to engage, "
            "influence, persuade and negotiate, so that people share an understanding and are committed "
            "to act.",
     "cells": ["Shares accurate information clearly and listens to others",
               "Adapts the message to the audience and wins support for ideas",
               "Negotiates and persuades in complex situations with senior and external stakeholders",
               "Represents the organisation publicly and inspires others through communication"]},
    {"name": "Focusing on your Customers",
     "def": "Puts visitors and other customers at the heart of their work, listening and responding to "
            "create an outstanding experience, and supports a culture of service excellence inside and "
            "outside the organisation.",
     "cells": ["Is welcoming, helpful and polite in every contact with customers",
               "Anticipates what visitors need and acts on their feedback",
               "Sets and monitors service standards and manages customer relationships for their area",
               "Grows and diversifies our audiences and shapes services strategically"]},
    {"name": "Improving and Innovating",
     "def": "Builds personal, professional and organisational capability by keeping up to date, being "
            "creative, sharing ideas, taking measured risks and looking inside and outside the organisation "
            "for ways to improve.",
     "cells": ["Keeps own skills current and suggests improvements to the way things are done",
               "Questions current practice and tries out new approaches",
               "Shares good practice and leads change and learning in their area",
               "Creates the conditions for innovation across the whole organisation"]},
    {"name": "Delivering Results",
     "def": "Plans, organises and manages work and resources to deliver agreed objectives on time, within "
            "budget and to the right quality, and takes responsibility for the outcome.",
     "cells": ["Completes own tasks to the required standard and on time",
               "Schedules work for self and others and keeps track of progress",
               "Manages projects, budgets and risks to achieve departmental objectives",
               "Sets organisational priorities and makes sure resources match our strategy"]},
    {"name": "Leading People",
     "def": "Motivates, manages and develops people so that they understand their contribution and can "
            "perform at their best.",
     "cells": ["Shares knowledge and helps new colleagues and volunteers settle in",
               "Allocates work, gives feedback and supervises staff or volunteers",
               "Sets objectives, manages performance and develops the people in their team",
               "Builds a positive culture and develops the leaders of the future"]},
]

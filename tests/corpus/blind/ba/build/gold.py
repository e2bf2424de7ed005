"""Gold for batch BA, written by reading the rendered documents (build/extract/*.txt, page images).

Run after build.py:  /work/main/.venv/bin/python gold.py   (writes ../gold/<stem>.json, sha256 of the
document as it is now). Judgement calls: see ../README.md.
"""
import balib as B
from balib import Gold

D = B.DOCS


def sfc():
    g = Gold(D / "sfc-leadership-qualities.pdf", "pdf", "The Leadership Qualities Framework for Adult Social Care")
    labels = ["If you work on the frontline", "If you lead a team", "If you lead an organisation"]

    def comp(name, definition, bullets, practice):
        g.competency(name, definition, indicators=g.items(bullets),
                     levels=[g.level(i + 1, lab, [txt]) for i, (lab, txt) in enumerate(zip(labels, practice))])

    comp("Developing self awareness",
         "Being aware of your own values, principles and assumptions, and being able to learn from your experiences.",
         ["recognise how their own values and beliefs shape the way they behave and the decisions they make",
          "notice the effect their emotions and behaviour have on people who use services, their families and colleagues",
          "ask others for feedback and use it to understand their strengths and the areas they need to develop",
          "reflect after difficult situations on what went well and what could have been done differently"],
         ["You think about how your own background and views might colour the support you give, and you check "
          "with the person you support that things are done the way they want.",
          "You invite your team to tell you how your style affects them, and you change the way you work when "
          "their feedback shows a need to.",
          "You build time for reflection into the routines of the organisation and show openly how you have "
          "acted on what people told you about your own leadership."])
    comp("Managing yourself",
         "Organising and managing yourself while taking account of the needs and priorities of others.",
         ["plan their work so that the commitments made to people who use services are kept",
          "stay calm and think clearly when they are under pressure or something unexpected happens",
          "know the limits of their own role and ask for help when it is needed",
          "look after their own health and wellbeing so that they can keep working well",
          "take responsibility for their own actions and for what follows from them"],
         ["You organise your visits so that nobody is left waiting, and you tell your supervisor early when you "
          "cannot get everything done.",
          "You balance your own workload against the support your team needs from you, and you show them how "
          "to handle competing demands without cutting corners.",
          "You set realistic priorities for the organisation, protect time for what matters most to the people "
          "who use your services, and model healthy ways of working."])
    comp("Continuing personal development",
         "Learning through taking part in continuing professional development and from experience and feedback.",
         ["look for chances to learn, both through formal training and through day-to-day work",
          "agree a development plan with their manager and review it regularly",
          "put what they have learned into practice and share it with colleagues",
          "learn from people who use services and their carers as well as from other professionals"],
         ["You keep a record of your learning, ask to shadow experienced colleagues and try out new approaches "
          "with the support of your supervisor.",
          "You make sure every member of your team has a development plan and you use supervision to talk about "
          "learning, including your own.",
          "You make learning part of the culture of the organisation and set aside budget and time so that "
          "staff at every level can develop."])
    comp("Acting with integrity",
         "Behaving in an open, honest and inclusive way, upholding personal and professional ethics and values.",
         ["treat everyone with dignity and respect, whatever their background",
          "speak up when they see poor practice or behaviour that puts people at risk",
          "are honest about mistakes and take steps to put things right",
          "respect confidentiality and the choices people make about their own lives",
          "challenge discrimination and help to create a culture in which diversity is valued"],
         ["You raise concerns through the right channels when something does not look right, even if it would "
          "be easier to say nothing.",
          "You make it safe for your team to admit mistakes and you deal fairly and consistently with poor practice.",
          "You make sure that the values of the organisation are reflected in its decisions, policies and the "
          "way it treats its own staff."])
    return g


def amc():
    g = Gold(D / "amc-core-competencies-deck.pdf", "pdf",
             "Developing a University-Wide Integrated Employee Core Competency Framework")
    g.competency("Collaborating & Partnership",
                 "Builds effective working relationships and works jointly with all stakeholders; values teamwork "
                 "and uses a range of approaches to meet the needs of a diverse university community.",
                 indicators=g.items([
                     "Balances own responsibilities with the interests of the team and department; respects group goals",
                     "Shares knowledge, responsibilities and expertise with others willingly and respectfully",
                     "Seeks out and values the ideas and perspectives of colleagues from other units",
                     "Builds partnerships across departments to reach shared outcomes",
                     "Handles disagreement constructively and works toward solutions all parties can support"]))
    g.competency("Service Excellence",
                 "Anticipates, understands and responds to the needs of students, faculty, staff and external "
                 "constituents; delivers service that meets or exceeds their expectations.",
                 indicators=g.items([
                     "Treats every constituent with courtesy, patience and respect",
                     "Listens carefully to find the real need behind a request",
                     "Responds to enquiries promptly and keeps people informed of progress",
                     "Takes ownership of problems and follows them through to resolution",
                     "Explains university policies and procedures clearly and accurately",
                     "Looks for ways to improve processes so that service becomes simpler and faster",
                     "Asks for feedback on the service provided and acts on what is learned"]))
    g.competency("Accountability",
                 "Takes responsibility for own actions, decisions and results; acts with honesty and in line with "
                 "university values and policies.",
                 indicators=g.items([
                     "Meets commitments and deadlines, or tells others early when they cannot be met",
                     "Owns mistakes and learns from them rather than blaming others",
                     "Uses university resources responsibly and efficiently",
                     "Follows policies and procedures and raises concerns about unethical conduct",
                     "Is open and transparent in decisions and in dealings with others"]))
    return g


def ibsa():
    g = Gold(D / "ibsa-vet-capability-matrix.pdf", "pdf", "The VET Practitioner Capability Framework")
    labels = ["First Level Practitioner", "Second Level Practitioner", "Third Level Practitioner"]
    rows = [
        ("Learning theory",
         "Understanding of how adults learn and how learning theory informs training practice.",
         "Applies a basic understanding of adult learning principles to plan and deliver sessions; recognises "
         "different learning styles and preferences among learners.",
         "Draws on a range of learning theories to shape programs for varied learner groups; explains to "
         "colleagues why particular approaches suit particular learners.",
         "Critically evaluates learning theories and research and applies them to organisation-wide practice; "
         "leads others in developing evidence-informed approaches to learning."),
        ("Learning design",
         "Designing learning programs, resources and activities that meet learner, industry and training "
         "package requirements.",
         "Interprets training package requirements and adapts existing resources for use with a group; "
         "sequences learning activities in a logical order.",
         "Designs complete learning programs and resources for a range of delivery modes; contextualises "
         "programs to meet the needs of particular industries and learners.",
         "Leads the design of complex, multi-mode programs across the organisation; sets standards for "
         "learning design and reviews the work of others against them."),
        ("Facilitation",
         "Using a range of facilitation skills and strategies to engage learners and support them to reach the "
         "learning outcomes.",
         "Uses strategies and skills that keep learners engaged and help them achieve the learning outcomes; "
         "builds supportive relationships among learners; uses a range of technologies well.",
         "Develops and puts in place ways of connecting learners with one another; uses a variety of "
         "facilitation strategies to respond to different learner groups and settings; guides others in using "
         "alternative delivery methods.",
         "Applies and models a wide range of facilitation techniques; leads others in developing their own "
         "facilitation approaches across different delivery settings."),
        ("Learner support",
         "Identifying learner needs and providing or arranging the support learners require to succeed.",
         "Identifies learners who need additional support, including language, literacy and numeracy support; "
         "refers learners to appropriate services.",
         "Builds support strategies into program design; works with support services and employers to remove "
         "barriers to learning.",
         "Develops organisational approaches to learner support and equity; evaluates how well support "
         "services meet learner needs and leads improvements."),
        ("Assessment practice",
         "Conducting assessment that is valid, reliable, flexible and fair and that meets the rules of evidence.",
         "Conducts assessments using prepared tools; gathers and records evidence in line with the rules of "
         "evidence and organisational requirements.",
         "Conducts assessments in a variety of contexts, including recognition of prior learning; makes sound "
         "judgements on complex or incomplete evidence; supports less experienced assessors.",
         "Leads assessment practice across programs or the organisation; resolves complex assessment appeals; "
         "mentors assessors to strengthen the quality of their judgements."),
        ("Assessment design",
         "Designing and developing assessment tools that reflect the requirements of units of competency and "
         "of workplace practice.",
         "Reviews and adapts existing assessment tools to suit learners and the assessment context.",
         "Designs and develops assessment tools for a range of units and contexts; trials tools and revises "
         "them based on feedback.",
         "Sets the organisation\u2019s approach to assessment design; leads the development of new assessment "
         "methods and quality checks the tools developed by others."),
        ("Validation",
         "Taking part in and leading the validation and moderation of assessment processes, tools and judgements.",
         "Takes part in validation activities and acts on the outcomes to improve own assessment practice.",
         "Plans and coordinates validation activities with colleagues and industry representatives; documents "
         "findings and recommends improvements.",
         "Designs the organisation\u2019s validation strategy; leads validation across qualifications and "
         "reports on outcomes and trends to management."),
        ("Industry engagement",
         "Building and maintaining partnerships with industry and employers to keep training current and relevant.",
         "Maintains own industry currency; seeks information from employers about workplace practice and uses "
         "it in training.",
         "Builds relationships with employers and industry bodies; involves industry in the design, delivery "
         "and assessment of training.",
         "Establishes and manages strategic partnerships with industry; represents the organisation on "
         "industry forums and committees."),
        ("Community engagement",
         "Working with community organisations and networks so that training responds to local needs.",
         "Identifies community groups and services relevant to learners and makes use of local networks.",
         "Works with community organisations to design and deliver training that meets local needs.",
         "Leads partnerships with community organisations and government agencies; shapes the "
         "organisation\u2019s role in regional development."),
        ("VET system",
         "Understanding how the national VET system works and where training and assessment practice fits "
         "within it.",
         "Explains the main features of the VET system, including training packages, qualifications and the "
         "role of registered training organisations.",
         "Interprets changes to VET policy and training packages and explains their effect on programs to "
         "colleagues and learners.",
         "Anticipates developments in VET policy; advises the organisation on strategic responses and "
         "contributes to sector consultations."),
        ("Compliance",
         "Meeting the legislative, regulatory and organisational requirements that apply to training and "
         "assessment.",
         "Follows organisational procedures for enrolment, record keeping and reporting; keeps own credentials "
         "current.",
         "Monitors programs against the standards for registered training organisations; prepares evidence "
         "for audits and addresses gaps.",
         "Leads the organisation\u2019s quality and compliance system; manages external audits and builds a "
         "culture of continuous improvement."),
    ]
    for name, desc, *lv in rows:
        g.competency(name, desc, levels=[g.level(i + 1, labels[i], [t]) for i, t in enumerate(lv)])
    return g


def rmit():
    g = Gold(D / "rmit-behavioural-capability-framework.pdf", "pdf",
             "Behavioural Capability Framework \u2013 Professional Staff")
    labels = ["HEW levels 1\u20134", "HEW levels 5\u20137", "HEW levels 8\u201310"]

    def comp(name, desc, levels, activities=()):
        g.competency(name, desc, levels=[g.level(i + 1, labels[i], b) for i, b in enumerate(levels)],
                     activities=g.items(activities))

    comp("Working together",
         "Works cooperatively with colleagues across the University and with external partners, and builds "
         "relationships based on trust and mutual respect.",
         [["Contributes willingly to the work of the team and offers help to colleagues when workloads are uneven",
           "Shares the information that others need to do their jobs, promptly and accurately",
           "Treats colleagues with courtesy and respect, including when views differ",
           "Asks for advice from more experienced colleagues when unsure how to proceed"],
          ["Builds working relationships with colleagues in other schools, colleges and portfolios in order to "
           "deliver shared outcomes",
           "Encourages team members to contribute ideas and acknowledges their contributions publicly",
           "Works through disagreements openly and looks for solutions that meet the needs of all parties",
           "Represents the team constructively in University-wide working groups and projects"],
          ["Creates partnerships across the University and with external organisations that advance strategic "
           "priorities",
           "Breaks down barriers between work units and models collaborative behaviour for managers and staff",
           "Brings together diverse stakeholders to resolve complex issues where their interests compete",
           "Holds managers to account for working collaboratively rather than in isolation"]],
         ["Join a cross-functional project team or working group outside your usual area of work",
          "Ask a colleague from another portfolio to let you shadow them for a day, and offer the same "
          "opportunity in return",
          "Complete the Working Effectively in Teams program listed in the staff development calendar"])
    comp("Client focus",
         "Understands and responds to the needs of students, staff and external clients, and delivers a "
         "consistently high standard of service.",
         [["Greets clients promptly and courteously, whether in person, by phone or online",
           "Listens to understand what the client is asking for and checks that the request has been understood "
           "correctly before acting on it",
           "Provides accurate information or refers the client to the right person without delay",
           "Follows up on enquiries so that clients are not left waiting for an answer"],
          ["Anticipates client needs and adapts services to suit different client groups, including international "
           "students and staff working off campus",
           "Uses client feedback and service data to identify and fix recurring problems",
           "Resolves complaints fairly and within agreed timeframes, escalating complex matters when required",
           "Sets service standards for the team and monitors performance against them"],
          ["Designs services around the end-to-end experience of students and other clients rather than around "
           "internal structures and reporting lines",
           "Builds a service culture across the portfolio and recognises staff who deliver outstanding service",
           "Engages senior stakeholders to understand their priorities and shape the services that support them",
           "Uses evidence about client needs to inform strategy, investment and resourcing decisions"]])
    comp("Achieving results",
         "Plans and organises work to deliver agreed outcomes on time and to a high standard, and takes "
         "responsibility for the results.",
         [["Organises own work so that tasks are completed accurately and by the agreed deadline",
           "Checks own work for errors before passing it on to others, using the checklists, templates and "
           "quality guidelines that apply to the task, and asks a colleague to review anything that will be "
           "published or sent outside the University",
           "Raises problems that may affect delivery early, with practical suggestions for how they might be "
           "solved or worked around",
           "Uses University systems and procedures correctly and efficiently"],
          ["Plans projects and team work programs with clear milestones, resources and responsibilities, and "
           "reviews progress against them regularly with the people involved",
           "Balances competing priorities and reallocates work when circumstances change",
           "Monitors quality and takes action when standards are not being met",
           "Takes responsibility for the outcomes of the team, including when things go wrong"],
          ["Translates University strategy into clear objectives and measures for the portfolio",
           "Makes sound decisions about priorities and resources where information is incomplete",
           "Drives improvement in performance across work units and removes obstacles to delivery",
           "Reports openly to senior management on progress, risks and results"]],
         ["Agree two or three measurable work objectives with your supervisor and review them each quarter",
          "Lead a small improvement project and present the results to your team",
          "Attend the Project Management Fundamentals short course"])
    return g


def abc():
    g = Gold(D / "abc-competency-framework.docx", "docx", "ABC Competency Framework")
    yes, no = "What this looks like", "What this does not look like"

    def comp(name, definition, looks, not_looks, related=(), note=None):
        g.competency(name, definition,
                     indicators=g.items(looks, yes) + g.items(not_looks, no),
                     related=list(related),
                     notes=[g.item(note)] if note else [])

    comp("Positive",
         "Approaches work with energy and a can-do attitude, looks for solutions rather than problems and helps "
         "to create a good working atmosphere.",
         ["Takes on new tasks willingly and sees them through",
          "Focuses on what can be done rather than on what cannot",
          "Encourages colleagues and recognises their successes",
          "Stays constructive when under pressure or facing setbacks"],
         ["Complains about change without offering alternatives",
          "Lets a negative mood affect colleagues or customers"],
         ["Open to Change", "Communication"])
    comp("Continuous Improvement",
         "Looks for better ways of delivering services, reviews how well things are working and makes changes "
         "that add value for customers, using the Council\u2019s improvement toolkit.",
         ["Reviews own work and processes regularly and suggests improvements",
          "Uses customer feedback and performance data to identify what needs to change",
          "Removes unnecessary steps and duplication from processes",
          "Shares good practice with other teams"],
         ["Carries on with ways of working that are known not to work",
          "Makes changes without checking the effect on customers"],
         note="The improvement toolkit, including process-mapping templates, is available on the intranet under "
              "Transformation.")
    comp("Commercial and Enterprising",
         "Understands the cost of services, uses resources wisely and looks for opportunities to generate income "
         "or make savings for the Council.",
         ["Knows what own services cost and looks for ways to deliver them more efficiently",
          "Identifies opportunities to generate income and builds a business case for them",
          "Considers risk and return when making proposals",
          "Treats public money as carefully as if it were their own"],
         ["Spends without considering value for money",
          "Ignores opportunities to share resources with partners"],
         note="All commercial activity must comply with the Council\u2019s Contract Standing Orders and Financial "
              "Procedure Rules.")
    comp("Innovative",
         "Comes up with new ideas and approaches, is willing to try them out and learns from what works and what "
         "does not.",
         ["Suggests new ways of tackling problems",
          "Looks at how other councils and organisations do things",
          "Tries out ideas on a small scale before rolling them out",
          "Supports colleagues who want to experiment"],
         ["Dismisses new ideas without considering them",
          "Sticks to the way things have always been done"],
         ["Continuous Improvement"])
    comp("Open to Change",
         "Responds positively to change, adapts quickly to new circumstances and helps others to understand and "
         "accept change.",
         ["Accepts new priorities and adjusts own work to match",
          "Asks questions to understand the reasons for a change",
          "Helps colleagues through change by explaining what it means for them",
          "Learns new skills and systems when required"],
         ["Resists change or tries to undermine it",
          "Waits for others to adapt first"])
    comp("Decision Making and Problem Solving",
         "Gathers and analyses the right information, weighs up options and risks and makes sound, timely "
         "decisions within own area of authority.",
         ["Identifies the root cause of a problem before acting",
          "Considers the options and their consequences, including for customers and budgets",
          "Makes decisions in good time and explains the reasons for them",
          "Knows when to refer a decision to someone else"],
         ["Delays decisions unnecessarily",
          "Acts on assumptions without checking the facts"],
         note="Limits of authority are set out in the Scheme of Delegation in Part 3 of the Constitution.")
    comp("Professional Behaviour",
         "Acts with honesty and integrity, treats others with respect and upholds the Council\u2019s values and "
         "Code of Conduct.",
         ["Treats customers and colleagues fairly and with respect",
          "Keeps information confidential and handles it appropriately",
          "Declares any interests that could be seen to affect decisions",
          "Represents the Council positively in public and online"],
         ["Uses inappropriate language or behaviour",
          "Shares confidential information without authority"],
         ["Accountable"],
         note="The Employee Code of Conduct forms part of every employee\u2019s terms and conditions of employment.")
    comp("Accountable",
         "Takes ownership of own work, decisions and actions, and does what they say they will do.",
         ["Meets deadlines and keeps promises to customers and colleagues",
          "Admits mistakes and puts them right",
          "Understands how own role contributes to the Council\u2019s priorities",
          "Manages budgets and resources responsibly"],
         ["Blames others when things go wrong",
          "Leaves problems for others to sort out"])
    comp("Communication",
         "Communicates clearly and appropriately with customers, colleagues and partners, listens to others and "
         "keeps people informed.",
         ["Speaks and writes in plain English, adapting style to the audience",
          "Listens carefully and checks understanding",
          "Keeps customers and colleagues up to date",
          "Uses the right channel for the message, whether face to face, by phone, in writing or online"],
         ["Uses jargon that customers will not understand",
          "Does not pass on information that others need"])
    return g


def wvi():
    g = Gold(D / "wvi-icd-competency-profile.docx", "docx", "Local Level Staff Competency Profile")

    def comp(name, desc, indicators, questions, courses):
        g.competency(name, desc, indicators=g.items(indicators), interview_questions=g.items(questions),
                     courses=g.items(courses))

    comp("Relationship building",
         "Builds and maintains respectful, trusting relationships with community members, partners and colleagues.",
         ["Listens to community members and shows respect for local customs and knowledge",
          "Keeps promises and is honest about what World Vision can and cannot do",
          "Builds links with local government, churches and community-based organisations",
          "Resolves misunderstandings quickly and calmly"],
         ["Tell us about a time you built trust with a community or group that was wary of outsiders. What did "
          "you do?",
          "Describe a working relationship with a partner organisation that was difficult. How did you handle it?"],
         ["ICD e-learning module: Working with Partners (2 hours)",
          "Local partnering workshop, facilitated by the national office (2 days)"])
    comp("Community facilitation",
         "Helps groups to share ideas, reach decisions and act together, making sure that all voices are heard, "
         "including those of children.",
         ["Plans meetings and workshops with clear objectives and participatory activities",
          "Encourages quieter participants, women and children to take part",
          "Summarises discussions and checks that the group agrees on next steps",
          "Adapts methods to the literacy levels, languages and culture of participants"],
         ["Describe a community meeting you facilitated where people disagreed. How did you help the group "
          "reach a decision?",
          "How have you made sure that children were able to take part in a planning activity? Give an example."],
         ["Facilitation Skills for Community Development (3-day workshop)"])
    comp("Communicating effectively",
         "Shares information clearly and appropriately, in speech and in writing, with communities, partners and "
         "colleagues.",
         ["Explains programme information in local languages and in plain terms",
          "Writes accurate, timely reports and stories of change",
          "Checks that messages have been understood",
          "Shares information with partners openly and on time"],
         ["Give an example of a report you wrote that led to a decision. What made it effective?"],
         ["Report Writing for Field Staff (e-learning, 4 hours)"])
    comp("Learning and reflection",
         "Reflects on own practice and on programme results, learns from experience and uses the learning to "
         "improve work with communities.",
         ["Keeps records of what works and what does not in community activities",
          "Asks community members and colleagues for feedback",
          "Takes part in reflection events and applies the changes agreed",
          "Identifies own learning needs and discusses them with the supervisor"],
         ["Tell us about a time when something you tried in your work did not go as planned. What did you "
          "learn, and what did you change?"],
         ["Reflective Practice in Programming (ICD module, 3 hours)"])
    return g


def deakin():
    g = Gold(D / "deakin-capability-framework.html", "html", "Deakin Capability Framework")
    labels = ["Foundation", "Intermediate", "Advanced", "Expert"]
    groups = ["Experience (70%)", "Exposure (20%)", "Education (10%)"]

    def comp(name, desc, levels, guide, reading):
        acts = []
        for grp, items in zip(groups, guide):
            acts += g.items(items, grp)
        g.competency(name, desc, levels=[g.level(i + 1, labels[i], b) for i, b in enumerate(levels)],
                     activities=acts, readings=[reading])

    comp("Innovation",
         "Generates and develops new ideas, questions established ways of working and turns creative thinking "
         "into practical improvements for students, partners and colleagues.",
         [["Suggests ideas to improve own work and the way the team operates",
           "Is open to trying new tools and approaches"],
          ["Develops ideas into workable proposals and tests them with colleagues and users",
           "Encourages others in the team to contribute and build on ideas",
           "Learns from experiments that do not succeed and shares what was learned"],
          ["Creates the conditions for innovation across a team or area, including time and resources to trial "
           "new approaches",
           "Draws on ideas from other sectors and institutions to solve complex problems"],
          ["Sets a direction that positions the University at the forefront of new practice",
           "Champions innovation at an institutional level and removes barriers to change"]],
         [["Lead a small pilot of a new process or tool in your area and evaluate the results",
           "Volunteer for a project that is exploring a new service or product"],
          ["Join a design thinking community of practice or hackathon at Deakin",
           "Ask a colleague known for creative problem solving to mentor you"],
          ["Complete the Introduction to Design Thinking module on DeakinLearning"]],
         g.reading("Brown, T. (2009). Change by Design: How Design Thinking Transforms Organizations and "
                   "Inspires Innovation. Harper Business.",
                   "Change by Design: How Design Thinking Transforms Organizations and Inspires Innovation",
                   ["T. Brown"], "Harper Business", 2009))
    comp("Process improvement",
         "Looks for ways to make processes, services and outcomes better, uses evidence to guide change and "
         "follows improvements through so that the benefits last.",
         [["Follows agreed processes and points out steps that cause delays or errors",
           "Uses feedback to improve the quality of own work"],
          ["Maps and reviews processes with colleagues to find and remove waste",
           "Uses data to measure whether a change has worked"],
          ["Leads improvement projects that cross team or faculty boundaries",
           "Builds improvement methods into the routine work of the area",
           "Coaches others in improvement tools and techniques"],
          ["Embeds a culture of continuous improvement across the University",
           "Aligns improvement priorities with strategy and resources"]],
         [["Map one of your team\u2019s processes from start to finish and identify two improvements",
           "Take responsibility for measuring the results of a change in your area"],
          ["Attend a Lean or process improvement showcase run by another faculty or division"],
          ["Complete the Process Improvement Essentials workshop"]],
         g.reading("Kotter, J. P. (2012). Leading Change. Harvard Business Review Press.",
                   "Leading Change", ["J. P. Kotter"], "Harvard Business Review Press", 2012))
    comp("Collaboration",
         "Works with others across teams, disciplines and organisations towards shared goals, building trust and "
         "making the most of different perspectives.",
         [["Works cooperatively with team members and shares information openly",
           "Offers help to colleagues when they need it"],
          ["Builds effective working relationships beyond own team",
           "Seeks out and values different points of view when solving problems"],
          ["Brings people together across organisational boundaries to deliver shared outcomes",
           "Resolves tensions between groups constructively"],
          ["Builds strategic alliances with external partners that benefit the University",
           "Models collaboration at the most senior levels and rewards it in others"]],
         [["Take on a role in a cross-faculty or cross-campus project",
           "Organise a joint planning session with a team you depend on"],
          ["Shadow a colleague who manages a partnership with an external organisation"],
          ["Complete the Working Across Boundaries program"]],
         g.reading("Hansen, M. T. (2009). Collaboration: How Leaders Avoid the Traps, Create Unity, and Reap Big "
                   "Results. Harvard Business Press.",
                   "Collaboration: How Leaders Avoid the Traps, Create Unity, and Reap Big Results",
                   ["M. T. Hansen"], "Harvard Business Press", 2009))
    comp("Stakeholder engagement",
         "Identifies the people and groups who have an interest in the work, understands their needs and "
         "involves them in ways that build support and lasting relationships.",
         [["Knows who the main stakeholders of own work are and keeps them informed",
           "Responds to stakeholder enquiries courteously and on time"],
          ["Plans how and when to involve stakeholders in a piece of work",
           "Adapts messages to the interests and concerns of different groups"],
          ["Manages complex stakeholder relationships where interests compete",
           "Negotiates outcomes that stakeholders can support"],
          ["Represents the University with government, industry and community leaders",
           "Shapes the external environment in the University\u2019s favour"]],
         [["Prepare a stakeholder map for a current project and review it with your manager",
           "Lead a consultation with a group affected by a change in your area"],
          ["Observe a senior colleague in a negotiation or high-level stakeholder meeting"],
          ["Complete the Influencing and Negotiation short course"]],
         g.reading("Fisher, R., Ury, W., & Patton, B. (2011). Getting to Yes: Negotiating Agreement Without "
                   "Giving In. Penguin Books.",
                   "Getting to Yes: Negotiating Agreement Without Giving In",
                   ["R. Fisher", "W. Ury", "B. Patton"], "Penguin Books", 2011))
    return g


def mq():
    g = Gold(D / "mq-capability-framework.txt", "txt", "Capability Framework: Administrative Services Job Family")
    kb, ske = "Key behaviours", "Skills, knowledge and experience"

    def comp(name, desc, beh, sk):
        g.competency(name, desc, indicators=g.items(beh, kb) + g.items(sk, ske))

    comp("Client Service Focus",
         "Understands who the clients of the work area are, works to meet their needs and builds positive "
         "working relationships with students, staff and visitors.",
         ["Greets clients courteously and deals with enquiries promptly, whether at the counter, by phone or by "
          "email",
          "Listens carefully to work out what the client actually needs, and asks questions when a request is "
          "unclear",
          "Gives accurate, up-to-date information or refers the client to someone who can help",
          "Follows up to make sure the matter has been resolved, and keeps the client informed of any delay",
          "Stays calm and professional with clients who are upset or demanding"],
         ["Knowledge of the University services, policies and procedures that are relevant to the clients of "
          "the area",
          "Experience in a customer-facing role in a busy office environment",
          "Ability to use the student and finance systems used in day-to-day work"])
    comp("Working with Others",
         "Works cooperatively with colleagues in the team and across the University, shares information and "
         "contributes to a positive and inclusive workplace.",
         ["Offers help to colleagues and covers for them when needed",
          "Shares information and knowledge that others in the team need",
          "Respects different views and working styles, and treats everyone fairly",
          "Raises concerns directly and constructively with the people involved"],
         ["Understanding of how the work of the team fits with that of other areas of the University",
          "Experience of working as part of a team to meet shared deadlines"])
    comp("Planning and Organising",
         "Plans and organises own work to meet deadlines and quality standards, and manages competing priorities "
         "effectively.",
         ["Plans own workload so that regular deadlines, such as enrolment and exam periods, are met",
          "Sets priorities and adjusts them when urgent work comes in, telling the supervisor when deadlines are "
          "at risk",
          "Keeps accurate records and files so that information can be found quickly by others",
          "Checks work for accuracy before it is sent out"],
         ["Sound organisational and time-management skills",
          "Ability to use the Microsoft Office suite, including Outlook calendars and Excel spreadsheets",
          "Knowledge of the University records management requirements"])
    return g


ALL = [sfc, amc, ibsa, rmit, abc, wvi, deakin, mq]

if __name__ == "__main__":
    for f in ALL:
        print(f().write())

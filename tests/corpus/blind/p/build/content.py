"""Wording of the six batch-P documents (paraphrased; structure modelled on the publishers' pages).

build.py renders these into docs/; gold.py annotates the rendered documents."""

# ---------------------------------------------------------------- 1. City of Glendale (AZ), PDF
GLENDALE = {
    "purpose": ("The core competencies and skills below describe the qualities that every employee "
                "should work to attain; they set the standard by which the City conducts its business."),
    "comps": [
        ("A", "Customer Service",
         "Foreseeing, meeting and/or going beyond what customers need, want and expect.",
         ["Works to foresee, recognize and understand what customers want, need and worry about.",
          "Answers customers with a sense of urgency.",
          "Works alongside customers to help them reach their own objectives.",
          "Speaks up on behalf of the customer's needs."]),
        ("B", "Decision Making",
         "Using sound processes to arrive at decisions.",
         ["Shows the ability to make hard decisions in a timely way.",
          "Acts decisively in spite of obstacles, resistance or opposition.",
          "Collects relevant input and builds a rationale before deciding.",
          "Weighs the effects or consequences of a decision before making it.",
          "Owns the consequences of the decisions made."]),
        ("C", "Futuristic Thinking",
         "Picturing, envisioning, projecting and/or forecasting what has not yet come to pass.",
         ["Shows the ability to connect the dots and see the big picture.",
          "Sees possibilities that others may overlook.",
          "Pictures and/or forecasts changes to the present situation through deductive and conceptual reasoning.",
          "Recognizes, backs and/or champions forward-looking ideas.",
          "Anticipates trends or events before they arrive."]),
        ("D", "Political Savvy/Sensitivity",
         ("Handling difficult or sensitive matters well by using tact, diplomacy and an understanding "
          "of the organization's culture, climate and/or politics."),
         ["Adjusts conduct and communication to what is politically appropriate.",
          "Stays alert to the needs of \u201cspecial interest\u201d groups inside the organization.",
          "Understands where decisions are really made and who influences them.",
          "Chooses the right time and setting to raise a sensitive issue.",
          "Keeps confidences and avoids taking sides in internal disputes."]),
    ],
}

# ---------------------------------------------------------------- 2. Penn State OHR, DOCX
PSU_COMPS = ["Effective Knowledge", "Accountability & Self-Management", "Teamwork & Leadership",
             "Communication", "Innovation & Problem Solving"]
PSU_LEVELS = [
    ("Level 1", "Level I Core Competencies Non-Management", [
        ["Show a basic working knowledge of routine work applications",
         "Apply the standard principles and systems of a field or specialization and use its terminology correctly",
         "Know the unit\u2019s goals and mission",
         "Apply the basic principles of customer satisfaction",
         "Follow internal systems and procedures"],
        ["Under close and frequent supervision, carry out routine duties by established procedures and detailed instructions",
         "Take a set course of action based on the facts or conditions that bear directly on the problem or issue",
         "Report task status in the way the supervisor defines",
         "Complete assignments with quality, timeliness and efficiency",
         "Adjust work sensibly when circumstances change",
         "Set learning objectives together with supervisor/manager"],
        ["Explain to team members the unit\u2019s work processes and products and how they relate to its business and customers",
         "Take part as a team member in a collaborative setting within a diverse workforce",
         "Contribute actively to finishing team goals and assigned tasks",
         "Show respect for the opinions of others",
         "Show awareness of the value of diversity in the workplace"],
        ["Convey information, ideas, or instructions clearly, orally and in writing",
         "Use good listening and interpreting skills when dealing with others",
         "State opinions in a suitable manner",
         "Accept constructive feedback"],
        ["Follow the recommended approach to assigned work so that the desired results are reached",
         "Notice problems or unusual circumstances",
         "Notice chances to apply quality improvement principles in daily work"],
    ]),
    ("Level 2", "Level II Core Competencies Non-Management", [
        ["Show the ability to perform a range of tasks that call for broader knowledge of the field",
         "Use the unit\u2019s applications and tools with little help",
         "Relate own work to the goals and mission of the department"],
        ["Under general supervision, complete varied duties and choose among established procedures",
         "Plan and order own work to meet deadlines",
         "Take responsibility for the accuracy of own work and correct errors promptly"],
        ["Share knowledge and work methods with co-workers",
         "Build cooperative working relationships inside and outside the unit",
         "Support team decisions once they are made"],
        ["Adapt the content and style of communication to the audience",
         "Write clear and accurate correspondence and routine reports",
         "Give constructive feedback to co-workers when asked"],
        ["Analyze problems and propose practical solutions",
         "Suggest improvements to work processes",
         "Try new methods and tools when they fit the task"],
    ]),
    ("Level 3", "Level III Core Competencies Non-Management", [
        ["Act as a resource to others on the applications and practices of the field",
         "Keep current with developments in the specialization and apply them to the unit\u2019s work",
         "Interpret policies and procedures for others"],
        ["Work independently on complex assignments with limited supervision",
         "Manage several priorities and projects at once",
         "Identify own development needs and pursue them"],
        ["Lead small projects or work groups toward shared goals",
         "Help resolve conflict within the team",
         "Guide and train new staff members"],
        ["Present information to groups with confidence and clarity",
         "Prepare detailed reports and documentation",
         "Negotiate with others to reach agreement"],
        ["Resolve complex problems by weighing several options and their effects",
         "Lead process improvement efforts in the unit",
         "Encourage creative ideas from co-workers"],
    ]),
]

# ---------------------------------------------------------------- 3. Richmond Fellowship, HTML
RF_LEVELS = [("Team member", "(Grades A-C)"), ("Manager", "(Grades D & E)"),
             ("Senior manager, plus all manager behaviours", "(Grades F & G)")]
RF_COMPS = [
    ("Team working",
     ("Works with the other members of the team in a cooperative and flexible way. Shows a full grasp "
      "of what a team member contributes in reaching a shared goal."),
     [["Builds positive working relationships with others",
       "Is committed to the team and to what the team sets out to do",
       "Helps set and shape the team\u2019s targets",
       "Understands and accepts own part within the team",
       "Notices when colleagues need help",
       "Celebrates what others in the team achieve",
       "Values what other team members contribute"],
      ["Settles conflict between team members and others",
       "Builds a climate of trust and collaboration",
       "Backs and owns team targets and promotes effective ways of working",
       "Looks for chances to remove any \u2018them and us\u2019 barriers",
       "Makes contact with people outside own team to improve the service",
       "Knows when to offer help and support to others",
       "Takes an active interest in the issues and problems of team members"],
      ["Builds effective networks inside and outside the organisation",
       "Works to develop a one team approach across RF",
       "Puts partnership working into practice to meet strategic objectives"]]),
    ("Communication",
     ("Communicates clearly and effectively with colleagues, the people we support and partners, "
      "choosing the right method for each audience."),
     [["Speaks and writes clearly and politely",
       "Listens carefully and checks understanding",
       "Passes on information promptly to those who need it",
       "Keeps accurate records in line with procedures",
       "Asks for help or clarification when unsure"],
      ["Holds regular, well-run team meetings and supervisions",
       "Explains decisions and the reasons for them to the team",
       "Adapts the message and style to suit the audience",
       "Gives feedback that is honest, timely and constructive",
       "Encourages open two-way communication in the team"],
      ["Communicates the organisation\u2019s direction with confidence",
       "Represents RF effectively with commissioners and external partners",
       "Makes sure key messages reach every level of the organisation"]]),
]

# ---------------------------------------------------------------- 4. M.A.G, PDF
MAG_LEVELS = ["Leading Self", "Leading Others", "Leading the Business"]
MAG_COMPS = [
    ("Collaborative Leader", 21,
     "Builds strong partnerships across M.A.G and beyond so that we achieve more together than apart.",
     ("Collaborative leaders look past their own team. They seek out colleagues, airlines, "
      "partners and communities, share what they know and join up effort so that the customer "
      "experiences one airport, not a collection of departments."),
     [["Works willingly with colleagues in other teams to get the job done",
       "Shares information and ideas openly",
       "Asks for and values the views of others",
       "Treats every colleague and partner with respect"],
      ["Creates a team climate in which people help one another",
       "Breaks down barriers between own team and other departments",
       "Involves partners and stakeholders early when planning work",
       "Resolves disagreements constructively and fairly"],
      ["Builds long-term relationships with airlines, regulators and the community",
       "Encourages joint working across airports and business units",
       "Represents M.A.G positively with external partners",
       "Sets shared objectives that reward collaboration"]]),
    ("Coaching Leader", 23,
     "Develops people to reach their full potential and grows the leaders of the future.",
     ("Coaching leaders believe that everyone can grow. They make time for conversations about "
      "performance and development, and they give people the confidence and room to learn."),
     [["Seeks feedback on own performance and acts on it",
       "Takes responsibility for own learning and development",
       "Shares own knowledge and skills with colleagues"],
      ["Holds regular one-to-one conversations about performance and development",
       "Gives clear, balanced and timely feedback",
       "Agrees stretching development goals with each team member",
       "Recognises and celebrates progress"],
      ["Builds a culture of coaching across the business",
       "Identifies and develops talent for future leadership roles",
       "Makes sure succession plans are in place for key roles",
       "Role-models learning and openness to feedback"]]),
]

# ---------------------------------------------------------------- 5. BIDMC, DOCX
BIDMC_STAR = "Follow Up Questions: Use STAR Model (Situation Thoughts Actions Results) or the samples provided"
BIDMC_PART2 = [
    ("Service Quality",
     ("Puts patients, families and colleagues first; anticipates needs, responds promptly and "
      "courteously, and takes ownership of problems until they are resolved."),
     ["Tell me about a time when you went out of your way to help a patient or customer. (What did you do? What was the result?)",
      "Describe a situation in which a patient or family member was unhappy with the service they received. How did you handle it?",
      "Give me an example of a time you noticed a problem with a process that affected patients. What did you do about it?",
      "Tell me about a time you had several people asking for your help at once. (How did you decide whom to help first?)"]),
    ("Cultural Competency",
     ("Shows respect for people of every background; adapts communication and care to cultural, "
      "language and individual differences; challenges bias."),
     ["Tell me about a time you worked with a patient or co-worker whose background was very different from your own. (What did you learn?)",
      "Describe a situation in which a language or cultural difference made communication difficult. What did you do?",
      "Give me an example of a time you saw someone treated unfairly. How did you respond?"]),
    ("Collaboration and Teamwork",
     ("Works cooperatively with others across roles and departments to reach shared goals; "
      "shares information and supports colleagues."),
     ["Tell me about a time you helped a co-worker who was struggling with their workload. (What happened as a result?)",
      "Describe a disagreement you had with a team member. How did you resolve it?",
      "Give me an example of a project you completed with people from other departments. What was your role?"]),
]
BIDMC_OPTIONAL_Q = "Describe a time when you put the team\u2019s needs and goals ahead of your own individual achievement."

# ---------------------------------------------------------------- 6. Sendwithus, Markdown
SWU_MD = """# Competency - Communication

People are the only real asset an organization has, so the way those people talk to each other is the only way anything gets done.  Communicating well is critical.

## How do you prove it?

**Meetings**

Every meeting you schedule has an agenda.

When you speak in a meeting you are aware of the different levels of understanding in the room and speak to all of them.

You tell people what you're going to tell them, you tell them, and then you tell them what you told them.

**One on one**

You are clear and brief, and you check back to make sure you have been fully understood.  You listen to the other person's point of view and make them feel heard before you put your own case.

**Slack / Email / Asana / Drive Comments / etc? **

Your written messages are respectful and effective.  You put the question first, with the possible answers and what follows from each, so there is no long back and forth.

## How do you improve it?

Start with the basics: https://www.right.com/wps/wcm/connect/right-us-en/home/thoughtwire/categories/career-work/10-Ways-to-Improve-Your-Communication-Skills 

Read Rands on running meetings: http://randsinrepose.com/archives/how-to-run-a-meeting/

Learn about public speaking: http://go.ted.com/JAos8A

Make people feel heard: to calm a conversation down, the other person needs to hear you hearing them.

**Speaking up the way flight crews are trained to**

Five steps:

- Get their attention - Address the person directly: "Hey Chief," or "Captain Smith," or "Bob," or whatever name or title will make them listen.
- Say what worries you - Give your reading of the situation plainly and own your feelings about it. "I'm worried we don't have enough fuel to go around this storm."
- Describe the problem as you see it - "We're showing only 40 minutes of fuel left."
- Propose a solution - "Let's divert to another airport and refuel."
- Get agreement (or buy-in) - "Does that sound good to you, Captain?"
"""

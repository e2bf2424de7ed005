"""Wording of the eight batch-AI documents (paraphrased; structure modelled on the publishers' documents).
build.py renders the documents from these structures; gold.py writes the gold by hand-listed mapping."""

# ---------------------------------------------------------------- 1 ACGME milestones (PDF, levels as columns)
ACGME = [
    ("Patient Care 1: History", [
        ["Elicits a history that addresses the presenting complaint and its core features"],
        ["Obtains a thorough and accurate history, drawing on records and other secondary sources when needed"],
        ["Gathers a focused, prioritized history shaped by an evolving differential diagnosis"],
        ["Obtains subtle or sensitive details efficiently, adapting the interview to complex presentations"],
        ["Serves as a role model for gathering histories in ambiguous or challenging situations"],
    ]),
    ("Interpersonal and Communication Skills 1: Patient- and Family-Centered Communication", [
        ["Uses language and nonverbal behavior that show respect and build rapport",
         "Recognizes that personal biases and communication barriers can shape an encounter"],
        ["Establishes a therapeutic relationship in routine encounters",
         "Identifies barriers to effective communication, such as health literacy or language, in a given patient"],
        ["Sustains therapeutic relationships when conversations are emotionally charged",
         "Adjusts communication to lessen barriers and the effect of own biases"],
        ["Maintains relationships of trust with patients and families across complex and difficult conversations",
         "Uses shared decision making to bring patient values and preferences into the plan of care"],
        ["Coaches colleagues in building therapeutic relationships",
         "Models communication strategies that reduce barriers for diverse patient groups"],
    ]),
    ("Professionalism 3: Accountability/Conscientiousness", [
        ["Responds to reminders to complete tasks and duties on time"],
        ["Completes routine tasks and duties on time, with few reminders"],
        ["Completes tasks and duties on time in complex or high-demand situations"],
        ["Anticipates and removes obstacles to the timely completion of tasks for self and the team"],
        ["Builds systems that help others complete tasks and duties on time"],
    ]),
]

# ---------------------------------------------------------------- 2 Charles Darwin University dictionary (PDF)
CDU = [
    dict(name="Communication",
         definition="Conveys information and ideas clearly, listens to others, and adapts the message and medium "
                    "to the audience so that it is understood.",
         levels=[
             ["Shares information accurately and on time with colleagues and clients",
              "Listens attentively and checks that the message has been understood",
              "Writes routine correspondence in plain, correct English"],
             ["Prepares reports and documents that present information in a logical order",
              "Adjusts style and detail to suit different audiences across the University",
              "Handles difficult conversations calmly and with tact"],
             ["Presents complex or sensitive matters persuasively to senior staff and external bodies",
              "Builds communication strategies that keep stakeholders informed during change",
              "Encourages open two-way communication within and between work units"],
         ],
         related=["Client Service", "Working with Others"]),
    dict(name="Client Service",
         definition="Understands who the University's clients are, including students, staff, industry and the "
                    "community, and delivers services that meet or exceed their needs.",
         levels=[
             ["Responds promptly and courteously to client enquiries",
              "Follows through on commitments made to clients",
              "Refers clients to the right area when a request falls outside own role"],
             ["Seeks out client needs and expectations before they are raised",
              "Resolves complaints fairly and records the outcome",
              "Suggests changes to procedures that would improve the client experience"],
             ["Designs services around the needs of different client groups",
              "Uses client feedback and data to set service standards for the area",
              "Builds lasting partnerships with major clients and community groups"],
         ],
         related=[]),
    dict(name="Working with Others",
         definition="Works cooperatively with colleagues within and beyond the work unit, shares knowledge and "
                    "contributes to a respectful and inclusive workplace.",
         levels=[
             ["Contributes a fair share of effort to team tasks",
              "Treats colleagues with courtesy and respect",
              "Offers help to others when own work allows"],
             ["Shares knowledge and resources willingly across work units",
              "Deals constructively with disagreement in the team",
              "Values the different backgrounds and views of colleagues"],
             ["Creates conditions in which cross-functional teams work well together",
              "Resolves conflict between groups in a way that keeps relationships intact",
              "Acts as a role model for collegial behaviour across the University"],
         ],
         related=["Communication"]),
]

# ---------------------------------------------------------------- 3 AAMC two-column summary (PDF)
AAMC = [
    ("Interpersonal Competencies", [
        ("Service Orientation", "Shows a wish to help others and sensitivity to their needs and feelings; seeks to "
         "ease the distress of others; recognizes and acts on obligations to society at local, national and global levels."),
        ("Social Skills", "Is aware of the needs, goals and feelings of others and of how social and behavioral cues "
         "shape interactions; adjusts own behavior in response to those cues; treats others with respect."),
        ("Cultural Competence", "Understands the social and cultural factors that influence interactions and "
         "behaviors; values many dimensions of diversity; recognizes and addresses bias in self and others; "
         "works well with people from a wide range of backgrounds."),
        ("Teamwork", "Works cooperatively with others toward shared goals; puts team goals ahead of personal ones; "
         "shares information and knowledge with others and gives feedback."),
        ("Oral Communication", "Conveys information effectively through spoken words; listens well; notices likely "
         "communication barriers and changes approach or clarifies information when needed."),
    ]),
    ("Intrapersonal Competencies", [
        ("Ethical Responsibility to Self and Others", "Acts honestly and ethically; cares about the well-being of "
         "others; upholds ethical principles and follows rules and procedures; resists pressure from peers to act "
         "unethically and encourages others to act ethically."),
        ("Reliability and Dependability", "Meets obligations consistently, on time and to a satisfactory standard; "
         "takes responsibility for own actions and performance."),
        ("Resilience and Adaptability", "Copes with stressful or changing situations and adapts to them; persists "
         "in the face of difficulty; recovers from setbacks."),
        ("Capacity for Improvement", "Sets goals for ongoing improvement and for learning new skills and concepts; "
         "reflects on practice in order to improve; asks for feedback and responds to it well."),
    ]),
    ("Thinking and Reasoning Competencies", [
        ("Critical Thinking", "Applies logic and reasoning to weigh the strengths and weaknesses of different "
         "solutions, conclusions or approaches to a problem."),
        ("Quantitative Reasoning", "Uses numerical reasoning and suitable mathematics to describe or explain "
         "phenomena in the natural world."),
        ("Scientific Inquiry", "Applies an understanding of the scientific process to combine information, solve "
         "problems and frame research questions and hypotheses; is fluent in the language of science and uses it "
         "to explain how scientific knowledge is discovered and tested."),
        ("Written Communication", "Conveys information to others effectively in writing."),
    ]),
    ("Science Competencies", [
        ("Living Systems", "Applies knowledge and skill in the natural sciences to problems involving molecular "
         "and macro systems, from biomolecules and cells to organs, whole organisms and their environment."),
        ("Human Behavior", "Applies knowledge of the self, of others and of social systems to problems involving "
         "the psychological, social and biological factors that affect health and well-being."),
    ]),
]

# ---------------------------------------------------------------- 4 PSA pharmacist standards (DOCX)
PSA = [
    dict(num="1.1", name="Practise legally",
         perspective="Pharmacists work within a complex legal environment. Knowing and applying the legislation, "
                     "regulations and professional codes that govern pharmacy practice protects patients and the "
                     "public and maintains trust in the profession.",
         enabling=[
             ("Comply with legal and regulatory obligations", [
                 "Identifies the Commonwealth and state or territory laws that apply to the practice setting",
                 "Keeps up to date with changes to legislation, standards and guidelines",
                 "Stores, supplies and records medicines in line with legal requirements"]),
             ("Manage professional liability", [
                 "Holds appropriate professional indemnity insurance",
                 "Recognises the limits of own scope of practice and refers when required",
                 "Documents professional decisions and the reasons for them"]),
             ("Respect privacy and confidentiality", [
                 "Collects, uses and discloses personal information only as the law allows",
                 "Provides a private space for sensitive conversations with patients"]),
         ]),
    dict(num="1.2", name="Practise ethically",
         perspective="Ethical practice places the interests of patients and the community at the centre of every "
                     "professional decision. Pharmacists apply the profession's code of ethics and act with "
                     "integrity, honesty and fairness.",
         enabling=[
             ("Apply ethical principles in practice", [
                 "Recognises ethical dilemmas as they arise in practice",
                 "Weighs the benefits and harms of possible actions before deciding",
                 "Seeks advice from peers or professional bodies on complex ethical issues"]),
             ("Support patient autonomy and informed consent", [
                 "Gives patients the information they need to make their own decisions about treatment",
                 "Respects the right of a patient to decline advice or a service"]),
             ("Manage conflicts of interest", [
                 "Declares actual or perceived conflicts of interest",
                 "Ensures that commercial considerations do not override patient care"]),
         ]),
]

# ---------------------------------------------------------------- 5 RIT student affairs rubric (HTML tables)
RIT = [
    dict(name="Advising and Supporting",
         definition="The Advising and Supporting competency area covers the knowledge, skills and dispositions "
                    "involved in offering advice, support, direction, feedback, referral and guidance to "
                    "individual students and to student groups.",
         rows=[
             ("Helping skills",
              "Uses active listening, paraphrasing and open questions in conversations with students.",
              "Helps students reflect on their experiences and set goals; adjusts approach to the individual.",
              "Trains and coaches other staff in helping skills and models effective practice."),
             ("Crisis management",
              "Knows the campus crisis protocol and follows it, sometimes with support.",
              "Follows the crisis protocol independently and takes part in decisions about when to act.",
              "Leads crisis responses and reviews protocols after incidents."),
             ("Referral and resources",
              "Knows the main campus offices and refers students to them.",
              "Builds working relationships with campus and community partners to ease referrals.",
              "Evaluates referral pathways and closes gaps in the support available to students."),
         ]),
    dict(name="Technology",
         definition="The Technology competency area covers the use of digital tools, resources and technologies "
                    "to advance student learning, development and success, and to improve the work of student "
                    "affairs.",
         rows=[
             ("Digital communication",
              "Uses email, the learning management system and social media to share information with students.",
              "Chooses the most suitable digital channel for each audience and message.",
              "Develops a division-wide strategy for digital engagement with students."),
             ("Data and privacy",
              "Protects student records and follows university data policies.",
              "Uses student data to inform programs while respecting privacy rules.",
              "Sets standards for ethical data use and trains colleagues in them."),
             ("Digital tools for learning",
              "Tries out new tools in programs and workshops.",
              "Designs online or blended learning experiences for students.",
              "Evaluates emerging technologies and leads their adoption across the division."),
         ]),
]

# ---------------------------------------------------------------- 6 CanMEDS Communicator (HTML)
CANMEDS = dict(
    name="Communicator",
    definition="As Communicators, physicians build relationships with patients and their families that make it "
               "possible to gather and share the information needed for effective health care.",
    description=[
        "Physicians let patients and their families take part in decisions about care, drawing on what they know "
        "and value. Good communication helps physicians understand the experience of illness and the wider "
        "context in which patients live.",
        "Communication with patients is more than the exchange of facts. It takes empathy, attention to "
        "nonverbal cues and an awareness of the power difference between physician and patient, and it extends "
        "to accurate and timely records of each encounter.",
    ],
    key_concepts=[
        "Patient-centred approach to communication",
        "Rapport, trust and ethics in the physician–patient relationship",
        "Shared decision-making",
        "Empathy",
        "Active listening",
        "Health literacy",
        "Disclosure of adverse events",
        "Privacy and confidentiality",
        "Documentation and record-keeping",
    ],
    key=[
        ("Establish professional therapeutic relationships with patients and their families", [
            "Communicate using a patient-centred approach that encourages trust and autonomy and is marked by empathy, respect and compassion",
            "Optimize the physical setting for patient comfort, dignity, privacy, engagement and safety",
            "Recognize when the values, biases or perspectives of patients, physicians or other professionals may affect the quality of care, and adjust the approach",
            "Respond to a patient's nonverbal cues to improve communication",
            "Manage emotionally charged conversations with sensitivity",
        ]),
        ("Elicit and synthesize accurate and relevant information, incorporating the perspectives of patients and their families", [
            "Use interviewing skills to encourage discussion and gather information",
            "Seek and combine relevant information from other sources, including the family, with the patient's consent",
        ]),
        ("Share health care information and plans with patients and their families", [
            "Share information and explanations that are clear, accurate and timely, checking for understanding",
            "Disclose harmful patient safety incidents to patients and their families accurately and appropriately",
        ]),
        ("Engage patients and their families in developing plans that reflect the patient's health care needs and goals", [
            "Help patients and their families find and use health information in a way that respects their choices",
            "Use communication skills and strategies that help patients and their families make informed decisions about their health",
        ]),
        ("Document and share written and electronic information about the medical encounter to optimize clinical decision-making, patient safety, confidentiality and privacy", [
            "Document clinical encounters in an accurate, complete, timely and accessible manner, in line with legal and regulatory requirements",
            "Communicate effectively using a written health record, electronic medical record or other digital technology",
            "Share information with patients and others in a manner that respects patient privacy and confidentiality",
        ]),
    ],
)

# ---------------------------------------------------------------- 7 MRPBA professional capabilities (TXT)
MRPBA = [
    dict(num="3", name="Communicator and collaborator",
         description="Medical radiation practitioners communicate clearly and respectfully with patients, their "
                     "families and carers, and work in partnership with colleagues and other health "
                     "professionals to deliver safe, coordinated care.",
         caps=[
             ("Communicate clearly, sensitively and effectively with the patient and their family or carers.", [
                 "use clear language and check that the patient has understood the information given",
                 "adapt communication to the patient's age, culture, language, health literacy and any disability",
                 "engage an interpreter or other support where needed",
                 "give information about the procedure or treatment so that the patient can give informed consent",
                 "respond with empathy to the concerns and anxieties of the patient"]),
             ("Collaborate with other health practitioners.", [
                 "work respectfully and cooperatively within the health care team",
                 "convey relevant findings, including urgent or unexpected findings, to the responsible practitioner in a timely way",
                 "recognise the roles and expertise of other health professionals and refer where appropriate",
                 "contribute to clear and accurate clinical records"]),
         ]),
    dict(num="5", name="Radiation safety and risk manager",
         description="Medical radiation practitioners manage risks to patients, colleagues and the public that "
                     "arise from the use of ionising and non-ionising radiation, and keep the workplace safe.",
         caps=[
             ("Implement safe radiation practice.", [
                 "apply the principles of justification and optimisation to every exposure",
                 "keep doses to patients, staff and the public as low as reasonably achievable",
                 "use shielding, distance and time to reduce occupational exposure",
                 "confirm patient identity and the correct procedure before any exposure",
                 "report and record radiation incidents in line with legislation and local policy"]),
             ("Maintain the safety of the workplace and of others.", [
                 "carry out quality assurance checks on equipment within own scope of practice",
                 "follow infection prevention and control procedures",
                 "identify hazards in the workplace and act to reduce them"]),
         ]),
]

# ---------------------------------------------------------------- 8 MIT interview guide (DOCX)
MIT = [
    dict(name="Problem Solving and Decision Making",
         definition="Identifies and analyzes problems, weighs options and their consequences, and reaches sound, "
                    "timely decisions.",
         questions=[
             ("Tell me about a difficult problem you solved at work.",
              ["How did you work out what was causing it?", "What options did you consider?", "What was the result?"]),
             ("Describe a time when you had to make a decision without all the information you wanted.",
              ["What did you do to fill the gaps?", "Looking back, would you decide differently?"]),
             ("Give me an example of a decision you made that turned out to be unpopular.",
              ["How did you explain it to the people affected?"]),
         ],
         listen=["Gathers facts before acting", "Considers more than one option",
                 "Takes ownership of the decision and its outcome"]),
    dict(name="Teamwork and Collaboration",
         definition="Works cooperatively with others across boundaries, shares information and credit, and "
                    "contributes to the success of the group.",
         questions=[
             ("Tell me about a time you worked on a team whose members did not get along.",
              ["What was your role?", "What did you do to help the team move forward?"]),
             ("Describe a project where you depended on people outside your own group.",
              ["How did you keep them engaged?", "What would you do the same way next time?"]),
             ("Give an example of a time you put the needs of the team ahead of your own work.",
              ["What happened as a result?"]),
         ],
         listen=["Speaks of what the team achieved, not only personal results",
                 "Deals with conflict directly and respectfully", "Builds relationships beyond own unit"]),
    dict(name="Service Orientation",
         definition="Understands and anticipates the needs of internal and external customers and responds to "
                    "them with care and follow-through.",
         questions=[
             ("Tell me about a time you went out of your way to help a customer or colleague.",
              ["Why did you decide to do more than was required?", "How did the person respond?"]),
             ("Describe a situation in which you had to deal with an upset customer.",
              ["What did you say?", "How was the matter resolved?"]),
         ],
         listen=["Listens to understand the real need", "Follows up to make sure the problem was solved"]),
]

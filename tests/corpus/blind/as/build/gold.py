"""Gold for batch AS, written by reading the rendered documents (pdftotext -layout, python-docx, lxml text, the
LibreOffice text export), per /work/shared/contract/output-contract.md and the dev set's judgement calls.
Texts are as printed (whitespace normalized, bullet glyphs / list numbers / "Competency 1.x" labels removed).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402
from helpers import competency as C, item as I, items as IS, level as L  # noqa: E402


# ---------------------------------------------------------------- USDA NRCS (HTML)
def nrcs():
    d = "nrcs-leadership-management-competencies"
    lab = {5: "Level 5 Expert", 4: "Level 4 Advanced", 3: "Level 3 Fully Proficient", 2: "Level 2 Basic",
           1: "Level 1 Awareness"}

    def lv(spec):
        return [L(d, r, lab[r], texts) for r, texts in spec.items()]

    comps = [
        C(d, "Fiscal Responsibility",
          "Knows the Agency’s financial obligations and processes, including how the budget is prepared, justified, "
          "and administered in a fiscally sound way. Tracks spending and applies cost-benefit analysis when setting "
          "priorities.",
          indicators=IS(d, [
              "Keeps a working knowledge of the financial resources on hand and uses them appropriately.",
              "Protects financial resources so that applicable laws, regulations, policies, and procedures are "
              "followed and fraud, waste, and abuse are prevented.",
              "Plans for, argues for, secures, organizes, and ranks financial resources to carry out the Agency’s "
              "mission and objectives.",
              "Approves available funds and checks expenses against budgets to spot likely overruns and surpluses."]),
          levels=lv({
              5: ["Shows full command of appropriation law and of the Agency’s financial processes.",
                  "Finds financial resources inside and outside the Agency and secures access to them with skill.",
                  "Sets up Agency-wide systems for monitoring expenditures so that funds are allocated where they "
                  "best serve Agency objectives."],
              4: ["Builds and defends budget requests for a large organizational unit, linking each request to "
                  "program priorities.",
                  "Reviews obligations and expenditures across several accounts and corrects course before "
                  "shortfalls arise."],
              3: ["Prepares the annual financial plan for a work unit and tracks spending against it.",
                  "Uses cost-benefit comparisons to choose among competing requests for funds.",
                  "Explains to staff how budget decisions affect the work of the unit."],
              2: ["Follows established procedures when committing or spending funds.",
                  "Keeps accurate records of purchases and reports discrepancies to the supervisor."],
              1: ["Knows that funds are limited and that spending must follow Agency rules.",
                  "Asks for guidance before making purchases or travel commitments."]})),
        C(d, "Human Resource Management",
          "Plans, distributes, and manages human resources so that the workforce fits the Agency’s mission. Brings "
          "in, develops, and keeps a high-quality, diverse workforce, and uses merit system principles and fair "
          "personnel practices in all of it.",
          indicators=IS(d, [
              "Assesses current and future staffing needs against the work to be done.",
              "Uses recruitment, selection, and placement tools to fill positions with qualified people.",
              "Deals with performance and conduct issues promptly and in line with policy."]),
          levels=lv({
              5: ["Shapes workforce plans for the whole Agency that anticipate retirements, skill gaps, and shifting "
                  "program demands.",
                  "Advises senior leaders on complex personnel matters that carry legal or policy risk."],
              4: ["Designs staffing strategies for a state or regional office and balances positions across teams.",
                  "Coaches supervisors through difficult performance and conduct cases."],
              3: ["Writes position descriptions and performance plans that reflect the real work of the unit.",
                  "Runs fair, well-documented hiring actions from vacancy to selection."],
              2: ["Gives input on workload and staffing needs when asked.",
                  "Takes part in interview panels and follows the structured questions provided."],
              1: ["Knows where to find Agency personnel policies and whom to call with questions."]})),
        C(d, "Team Building",
          "Encourages and eases cooperation, pride, trust, and group identity. Builds commitment, team spirit, and "
          "the means for people to work well together toward shared goals.",
          indicators=IS(d, [
              "Sets clear goals and roles so that each member knows how the team succeeds.",
              "Brings team members together to solve problems and share what they know.",
              "Recognizes team accomplishments and the part each member played."]),
          levels=lv({
              5: ["Creates a culture across the organization in which teams form quickly around priorities and "
                  "disband when the work is done.",
                  "Brings together partners from several agencies and conservation districts into a single working "
                  "team."],
              4: ["Rebuilds trust in a team that has been through conflict or major change.",
                  "Mentors team leaders on running effective teams."],
              3: ["Leads a field office team and keeps members focused on shared conservation goals.",
                  "Resolves disagreements between team members before they disrupt the work."],
              2: ["Volunteers for team tasks and helps teammates meet deadlines."],
              1: ["Understands own role on the team and completes assigned parts of team projects."]})),
    ]
    return d, "nrcs-leadership-management-competencies.html", "html", "Leadership and Management Competencies", comps


# ---------------------------------------------------------------- City of Eugene (PDF)
def eugene():
    d = "eugene-supervisor-competencies"
    comps = [
        C(d, "Vision and Planning",
          "Sees the value of a picture of the future that ties the City goals to the work of the team and of each "
          "person, and communicates that picture. Is able to lead the team in turning the vision into daily work. "
          "The vision drives decisions and sets the direction of team activities.",
          indicators=IS(d, [
              "Holds a clear and compelling vision that lines up with citizen, City organization and work unit goals "
              "for self and team.",
              "Sets and communicates clear goals that support the vision.",
              "Shows the ability to lead. The team is engaged and backs the vision.",
              "Works with the team to build plans that guide the work in line with the vision. Plans include "
              "forecasting of: Work plan direction Staff development Succession plans",
              "Identifies, matches, and assigns resources to plans.",
              "Explains and promotes plans and vision to management."])),
        C(d, "Ethics",
          "Knows the ethical practices that govern the position as a manager and the City system the position "
          "supports. Shows integrity and accountability in decisions, management practices, and own work. Serves as "
          "a role model for employees.",
          indicators=IS(d, [
              "Shows honesty and can be trusted.",
              "Acts professionally and respectfully at all times.",
              "Holds self and employees accountable.",
              "Matches actions to words. Follows through on responsibilities and commitments.",
              "Sees the need to “do the right thing”, even when it may be difficult or unpopular."])),
        C(d, "Communication and Information Sharing",
          "Shares information openly and in a timely way with employees, peers, management, and the public. Listens "
          "actively and fits the message to the audience.",
          indicators=IS(d, [
              "Holds regular team meetings and keeps employees informed about City and department news.",
              "Listens to employee concerns and responds promptly.",
              "Writes clearly and concisely.",
              "Gives and receives feedback in a constructive manner."])),
        C(d, "Employee Development",
          "Helps employees grow in their current jobs and prepare for future ones through coaching, feedback, and "
          "training.",
          indicators=IS(d, [
              "Meets with each employee at least once a year to review performance and set development goals.",
              "Supports training that fits the employee’s goals and the needs of the work unit.",
              "Delegates assignments that stretch employees’ skills.",
              "Recognizes employee accomplishments."])),
    ]
    return d, "eugene-supervisor-competencies.pdf", "pdf", "Supervisor Competencies", comps


# ---------------------------------------------------------------- NT OCPE (DOCX)
def ntps():
    d = "ntps-clf-comparative-profile-clf1-4"

    def comp_levels(components):
        """components: [(component name, [cell texts CLF1..CLF4])] -> levels with group = component."""
        levels = []
        for r in range(1, 5):
            beh = []
            for name, cells in components:
                beh += IS(d, cells[r - 1], group=name)
            levels.append({"rank": r, "label": f"CLF {r}", "behaviors": beh})
        return levels

    comps = [
        C(d, "Supports strategic direction", levels=comp_levels([
            ("Supports shared purpose and direction", [
                ["Knows the purpose of the work area and how own tasks contribute to it."],
                ["Understands the work area’s goals and how own work helps achieve them.",
                 "Relates own tasks to the priorities of the agency."],
                ["Understands the agency’s objectives and how the team contributes to them.",
                 "Shows commitment to the agency’s direction in day-to-day work."],
                ["Explains the links between team objectives and agency direction to colleagues.",
                 "Helps others see how their work supports the agency’s goals."]]),
            ("Thinks strategically", [
                ["Notices changes in the workplace that may affect own work."],
                ["Considers how changes to procedures will affect own work and that of close colleagues."],
                ["Looks ahead to identify issues that may affect the team’s work.",
                 "Takes into account the views of others when planning work."],
                ["Identifies trends and factors that may influence the team’s work plan.",
                 "Draws on a range of sources to suggest improvements to work practices."]])])),
        C(d, "Achieves results", levels=comp_levels([
            ("Marshals professional expertise", [
                ["Develops the practical skills needed for own role.",
                 "Asks for help when unsure how to complete a task."],
                ["Applies knowledge of procedures accurately to complete tasks.",
                 "Shares know-how with new team members."],
                ["Applies technical and procedural knowledge to resolve routine problems.",
                 "Keeps own skills and knowledge up to date."],
                ["Acts as a source of advice on procedures and systems for the team.",
                 "Values and draws on the expertise of others."]]),
            ("Ensures closure and delivers on intended results", [
                ["Completes tasks to the required standard and within agreed timeframes."],
                ["Plans and prioritises own work to meet deadlines.",
                 "Checks own work for accuracy."],
                ["Takes responsibility for the quality of own work and that of small projects.",
                 "Monitors progress and adjusts plans to keep work on track."],
                ["Coordinates team tasks so that deadlines and quality standards are met.",
                 "Follows up on issues until they are resolved."]])])),
        C(d, "Displays personal drive and integrity", levels=comp_levels([
            ("Demonstrates public service professionalism and probity", [
                ["Follows the NTPS Code of Conduct and workplace policies.",
                 "Treats colleagues and clients with respect and courtesy."],
                ["Acts in line with the Code of Conduct and speaks up about behaviour that does not.",
                 "Maintains confidentiality of information."],
                ["Behaves honestly, fairly and ethically in all dealings.",
                 "Declares and manages conflicts of interest."],
                ["Models professional conduct for others in the team.",
                 "Raises ethical concerns through the right channels."]]),
            ("Commits to action", [
                ["Shows enthusiasm for the work and willingness to help."],
                ["Takes the initiative to complete tasks without being asked.",
                 "Stays positive when work is demanding."],
                ["Takes responsibility for own work and follows it through.",
                 "Looks for ways to do things better."],
                ["Takes ownership of team tasks and problems.",
                 "Persists in the face of obstacles to get results."]]),
            ("Demonstrates self-awareness and a commitment to personal development", [
                ["Takes part in training and on-the-job learning.",
                 "Accepts feedback and acts on it."],
                ["Identifies own strengths and areas for development.",
                 "Seeks feedback from the supervisor on performance."],
                ["Reflects on own performance and sets development goals.",
                 "Takes up learning opportunities that build capability for the next level."],
                ["Seeks feedback from a range of people and uses it to improve.",
                 "Takes responsibility for own career development and plans for it."]])])),
    ]
    return d, "ntps-clf-comparative-profile-clf1-4.docx", "docx", "NTPS Capability and Leadership Framework", comps


# ---------------------------------------------------------------- Te Arawhiti (PDF)
def tearawhiti():
    d = "tearawhiti-mcr-individual-capability-component"
    lab = ["Foundation", "Intermediate", "Advanced"]

    def lv(texts):
        return [L(d, i + 1, lab[i], [t]) for i, t in enumerate(texts)]

    comps = [
        C(d, "New Zealand history and the Treaty of Waitangi",
          "Knowledge of the history of Aotearoa New Zealand, including the signing of te Tiriti o Waitangi / the "
          "Treaty of Waitangi, its texts and principles, and how the relationship between Māori and the Crown has "
          "developed since 1840. It includes understanding how this history shapes the work of the public service "
          "today.",
          levels=lv([
              "Knows the main events of New Zealand history, including the signing of the Treaty in 1840 and the "
              "differences between the English and Māori texts. Can describe in general terms why the Treaty "
              "matters to the work of their agency.",
              "Understands the principles of the Treaty as developed by the courts and the Waitangi Tribunal and "
              "applies them to their own work. Is aware of the history of the iwi and hapū in the regions where "
              "their agency works.",
              "Can explain the Treaty settlement process and the Crown obligations that arise from it, and advises "
              "others on how these apply to policy and services. Draws on deep knowledge of local and national "
              "history when working with Māori."]),
          activities=IS(d, [
              "Complete an online course on New Zealand history and the Treaty of Waitangi.",
              "Visit the Waitangi Treaty Grounds or a local museum with Treaty exhibits.",
              "Read the Treaty settlement legislation that relates to your region.",
              "Attend a Waitangi Day event in your community."])),
        C(d, "Te reo Māori",
          "The ability to pronounce, understand and use te reo Māori at work, from correct pronunciation of names "
          "and places to confident use of the language in formal and everyday settings.",
          levels=lv([
              "Pronounces Māori words, names and place names correctly. Uses simple greetings and sign-offs in "
              "emails and meetings. Can introduce themselves with a short pepeha or mihi.",
              "Holds simple conversations in te reo Māori and understands the main points of a mihi or karakia. "
              "Uses te reo Māori in presentations and written work where appropriate.",
              "Speaks te reo Māori with confidence in formal settings, including on the marae. Can review or write "
              "documents in te reo Māori and supports others to learn."]),
          activities=IS(d, [
              "Enrol in a te reo Māori course with a wānanga or community provider.",
              "Use a pronunciation app or online guide to practise names and place names.",
              "Learn and practise your pepeha.",
              "Join a lunchtime te reo Māori group at work."])),
        C(d, "Engagement with Māori",
          "The skills needed to build and keep relationships with iwi, hapū, Māori organisations and communities, "
          "and to engage with them early, in good faith and in ways that reflect tikanga.",
          levels=lv([
              "Knows which iwi and Māori organisations their team works with and why. Understands the agency’s "
              "engagement guidelines and follows them when supporting engagement.",
              "Plans and takes part in engagement with Māori, allowing enough time and resources. Builds working "
              "relationships with Māori partners and reports back on how their views were used.",
              "Leads engagement on complex or sensitive issues and keeps long-term relationships at senior levels. "
              "Advises others on engagement approaches and on the Crown’s obligations."]),
          activities=IS(d, [
              "Read the Te Arawhiti guidelines for engagement with Māori.",
              "Shadow a colleague who is experienced in engaging with iwi.",
              "Attend a hui with a Māori partner organisation."])),
    ]
    return (d, "tearawhiti-mcr-individual-capability-component.pdf", "pdf",
            "Māori Crown Relations Capability Framework for the Public Service - Individual Capability Component",
            comps)


# ---------------------------------------------------------------- UCL (HTML)
def ucl():
    d = "ucl-ways-of-working-grade-6"

    def way(name, blocks):
        hinder = f"Examples of behaviours that may hinder {name}"
        ind, act = [], []
        for supporting, hindering, steps in blocks:
            ind.append(I(d, supporting))
            ind += IS(d, hindering, group=hinder)
            act += IS(d, steps, group=supporting)
        return C(d, name, indicators=ind, activities=act)

    comps = [
        way("Personal Excellence", [
            ("Being consistent and doing what you say you will do.",
             ["Saying different things about what you will do, depending on who is asking.",
              "Taking on too much, and so not always finishing what you said you would do."],
             ["Be clear about what you can offer people in the time you have. Raise possible problems with your "
              "manager early, and be ready to re-prioritise after that conversation.",
              "Build your project skills by finding a good way to organise your time. Look for training on time "
              "management, or try LinkedIn Learning."]),
            ("Having a positive and helpful approach to work.",
             ["Treating work as a chore rather than something to take pride in.",
              "Carrying on with tasks when you are over-stretched, at a risk to yourself or your work."],
             ["How do others see you at work? Ask colleagues and your manager for feedback on how you come across, "
              "and decide where to focus.",
              "If you notice that you are being unhelpful or negative in a way that feels unusual for you, you may "
              "be over-stretched. Talk to your manager about your workload."])]),
        way("Working Together", [
            ("Sharing information and knowledge with colleagues across teams.",
             ["Keeping useful information within your own team.",
              "Sharing so much detail that colleagues cannot find what matters."],
             ["Map who else needs to know about your work and agree how you will keep them up to date.",
              "Ask a colleague in another team which information from you would help them most."]),
            ("Treating all colleagues, students and partners fairly and with respect.",
             ["Giving some people more time and attention than others without a good reason.",
              "Avoiding difficult conversations, so that problems are left unresolved."],
             ["Think about whom you tend to work with most, and whether others are being left out.",
              "Complete UCL’s online training on unconscious bias."])]),
        way("Achieving our Mission", [
            ("Understanding how your work contributes to UCL’s strategy.",
             ["Concentrating on tasks without knowing why they matter."],
             ["Read your department’s strategic plan and talk with your manager about how your objectives support "
              "it."]),
            ("Looking for ways to improve processes and services.",
             ["Accepting existing processes without question.",
              "Changing processes without consulting the people they affect."],
             ["Keep a note of problems that keep coming up in your work, and suggest one improvement at your next "
              "team meeting."])]),
    ]
    return d, "ucl-ways-of-working-grade-6.html", "html", "Grade 6", comps


# ---------------------------------------------------------------- University of Kent (TXT)
def kent():
    d = "kent-professional-development-framework"

    def area(name, definition, aspects):
        ind = []
        for aspect, texts in aspects:
            ind += IS(d, texts, group=aspect)
        return C(d, name, definition, indicators=ind)

    comps = [
        area("Delivering excellent service",
             "Providing the best possible service to external and internal customers, and building strong, positive "
             "relationships with colleagues, students and other stakeholders.",
             [("Personal", ["Responds to enquiries promptly, courteously and accurately.",
                            "Takes ownership of a query until it is resolved or passed to the right person.",
                            "Asks for feedback on the service they give and acts on it."]),
              ("Working with others", ["Shares good practice in customer service with the team.",
                                       "Works with colleagues to agree service standards and meet them."]),
              ("Wider organisation", ["Understands how the Academic Division’s services affect the student "
                                      "experience.",
                                      "Suggests improvements to services that cross departmental boundaries."])]),
        area("Finding solutions",
             "Working to understand problems, considering a range of options, and taking the initiative to act on "
             "the best solution.",
             [("Personal", ["Gathers the facts before deciding how to deal with a problem.",
                            "Uses judgement to decide when a problem should be referred upwards.",
                            "Looks for new ways of doing things rather than relying on past practice."]),
              ("Working with others", ["Involves colleagues in finding solutions to shared problems.",
                                       "Helps others to think through the options and their consequences."]),
              ("Wider organisation", ["Considers the effect of a solution on other parts of the University.",
                                      "Uses knowledge of University regulations and policies to find workable "
                                      "solutions."])]),
        area("Developing self and others",
             "Taking responsibility for your own learning and development, and supporting the development of "
             "colleagues.",
             [("Personal", ["Reflects on own performance and identifies learning needs.",
                            "Takes up opportunities for training and development, including those outside the "
                            "current role.",
                            "Keeps a record of CPD activities."]),
              ("Working with others", ["Shares knowledge and skills with colleagues and new staff.",
                                       "Gives constructive feedback to help others develop.",
                                       "As a line manager, agrees development plans with staff through the appraisal "
                                       "process."]),
              ("Wider organisation", ["Takes part in University-wide networks and projects to broaden "
                                      "experience."])]),
    ]
    return (d, "kent-professional-development-framework.txt", "txt",
            "PROFESSIONAL DEVELOPMENT FRAMEWORK: UNIVERSITY OF KENT PILOT PROJECT PHASE II", comps)


# ---------------------------------------------------------------- Te Whatu Ora Te Tai Tokerau (DOCX)
def tetaitokerau():
    d = "tetaitokerau-pdrp-rn-proficient"
    comps = [
        C(d, "Accepts responsibility for making sure that their nursing practice and conduct meet the standards of "
             "the professional, ethical and relevant legislated requirements.",
          indicators=IS(d, [
              "Practises in line with relevant legislation, codes and policies, and upholds the health consumer "
              "rights that come from that legislation.",
              "Accepts responsibility for actions and decisions within the registered nurse scope of practice.",
              "Recognises breaches of the law that occur in practice and reports them to the right person(s).",
              "Knows and uses the policies and procedural guidelines that affect practice."])),
        C(d, "Shows the ability to apply the principles of Te Tiriti o Waitangi / the Treaty of Waitangi to nursing "
             "practice.",
          indicators=IS(d, [
              "Understands Te Tiriti o Waitangi and its relevance to the health of Māori in Aotearoa New Zealand.",
              "Shows knowledge of the differences in health and socio-economic status between Māori and non-Māori.",
              "Applies Te Tiriti o Waitangi principles in own nursing practice."])),
        C(d, "Shows accountability for directing, monitoring and evaluating nursing care provided by health care "
             "assistants, enrolled nurses and others.",
          indicators=IS(d, [
              "Understands own accountability when directing, monitoring and evaluating care given by enrolled "
              "nurses and others.",
              "Asks a senior registered nurse for advice when unsure about the role or competence of others before "
              "delegating work.",
              "Takes account of the role and competence of staff when delegating work.",
              "Makes sound decisions when assigning care, delegating activities and directing enrolled nurses and "
              "others."])),
    ]
    return (d, "tetaitokerau-pdrp-rn-proficient.docx", "docx",
            "Professional Development and Recognition Programme (PDRP)", comps)


# ---------------------------------------------------------------- Charities Aid Foundation (PDF)
def caf():
    d = "caf-evaluate-your-level-of-competency"

    def lv(levels):
        return [L(d, i + 1, f"Level {i + 1}", paras) for i, paras in enumerate(levels)]

    comps = [
        C(d, "Communication (oral and written)",
          "Gets information across clearly, concisely and fluently and in a persuasive way, using grammar, style "
          "and language that suit both the audience and the purpose.",
          levels=lv([
              ["Exchanges information clearly and concisely with immediate colleagues. Asks questions to find out "
               "what customers need.",
               "Records data in standard formats and completes forms, requisitions and the like. Has little need to "
               "exchange written information with colleagues. Spells correctly and uses correct grammar in "
               "writing."],
              ["Listens well to draw out information. Exchanging information effectively is a key part of the job. "
               "Makes useful contributions to meetings and may give formal or informal presentations to peers. "
               "Keeps to the point when speaking and communicates well orally. Supplies information for formal "
               "documents when asked and may write training or guidance notes for colleagues. Writes clearly and "
               "briefly."],
              ["Considers the audience when giving presentations, which are usually to peer groups. May need to "
               "obtain and supply formal documentation within CAF. Explains complex or technical information "
               "clearly and concisely. Writes concise, well-structured reports and operating procedures, and "
               "contributes whole sections of departmental documents."],
              ["Leads structured meetings to exchange information and deals with a range of people, including "
               "people outside CAF. Discusses information and ideas knowledgeably and confidently. Prepares "
               "thoroughly before communicating difficult decisions about employees. Produces and presents "
               "documents, reports and ad hoc papers as a necessary part of the job, and on request to Director "
               "level. Avoids over-complicated language when writing to others."],
              ["Presents corporate goals or major policies to large and mixed audiences. Contacts outside CAF are an "
               "important part of the role, including donors, charities and the media. Writes papers for the Board "
               "and for external publication, and sets the standard for written communication in own area."]])),
        C(d, "Planning and Organising Work",
          "Plans and organises own work and the work of others so that priorities are met on time and within the "
          "resources available.",
          levels=lv([
              ["Follows set routines and instructions to complete own tasks on time. Tells the supervisor when work "
               "cannot be completed as planned."],
              ["Plans own daily and weekly work and adjusts the plan when priorities change. Keeps simple records to "
               "track progress."],
              ["Plans and schedules the work of a small team or project, setting milestones and checking progress "
               "against them."],
              ["Produces departmental work plans that balance competing demands, and allocates people and budgets "
               "to deliver them."],
              ["Sets long-term plans for a division in line with CAF’s strategy and reviews them as circumstances "
               "change."]])),
        C(d, "Teamworking",
          "Works co-operatively with colleagues inside and outside own team to achieve shared goals.",
          levels=lv([
              ["Gets on well with immediate colleagues and offers help when asked."],
              ["Shares information and workload with the team and supports colleagues at busy times."],
              ["Builds good working relationships with other departments and resolves minor disagreements within "
               "the team."],
              ["Brings people from different departments together to work on joint projects and keeps them focused "
               "on common aims."],
              ["Creates a culture of co-operation across CAF and its partners, and removes barriers between "
               "teams."]])),
    ]
    return d, "caf-evaluate-your-level-of-competency.pdf", "pdf", "Evaluate Your Level of Competency", comps


ALL = [nrcs, eugene, ntps, tearawhiti, ucl, kent, tetaitokerau, caf]


def write_all():
    out = []
    for fn in ALL:
        stem, fname, fmt, title, comps = fn()
        assert fname.rsplit(".", 1)[0] == stem
        out.append(H.write_gold(H.DOCS / fname, fmt, title, comps))
    return out


if __name__ == "__main__":
    for p in write_all():
        print(p)

"""Gold for the three hand-written documents of batch AU (two HTML pages, one Markdown file), annotated by
reading the documents as printed (page text, not the source markup)."""
import helpers as H

# ---------------------------------------------------------------- FCI (HTML)
FCI = "fci-core-competency-framework"


def fci():
    d = FCI

    def ind(*texts):
        return [H.item(d, t) for t in texts]

    comps = [
        H.competency(d, "Clinical concepts and language", None, indicators=ind(
            "Applies clinical, social and biomedical vocabulary, including genomic terms and common abbreviations, "
            "correctly in informatics projects and programmes, so that colleagues across clinical informatics "
            "projects and teams communicate accurately.")),
        H.competency(d, "Clinical Governance", None, indicators=ind(
            "Understands the main parts of the clinical governance framework, such as clinical audit, clinical risk "
            "management, quality assurance, clinical effectiveness and staff development",
            "Understands how informatics can support the monitoring and delivery of healthcare services and "
            "standards",
            "Is able to use data and information in clinical audit to find where services could be improved")),
        H.competency(d, "Models of care delivery", None, indicators=ind(
            "Shows an understanding of the care delivery models used in the UK and of the organisations and "
            "governance along the care pathway (for example GP practices, hospitals, ambulance services, care homes "
            "and community services), of how they relate to each other and of how they shape the delivery of "
            "informatics projects and programmes",
            "Can recognise and deal with the challenges of introducing informatics across organisational "
            "boundaries")),
        H.competency(d, "Health information systems", None, indicators=ind(
            "Describes the main types of health and care information system, such as electronic patient records, "
            "clinical decision support and patient-facing applications, and what each is used for",
            "Takes part in specifying, selecting and evaluating clinical systems",
            "Understands the clinical safety standards that apply to health IT and applies them in own work")),
        H.competency(d, "Interoperability and standards", None, indicators=ind(
            "Explains why interoperability matters for safe and joined-up care",
            "Understands the part played by clinical terminologies and messaging standards, such as SNOMED CT and "
            "HL7 FHIR, in sharing information between systems")),
    ]
    return "html", "Core Competency Framework for Clinical Informaticians", comps


# ---------------------------------------------------------------- Cantilever (HTML)
CANT = "cantilever-engineer-role"


def cantilever():
    d = CANT

    def levels(*cells):
        return [{"rank": i + 1, "label": f"Level {i + 1}", "behaviors": [H.item(d, c)]}
                for i, c in enumerate(cells) if c]

    def roles(*names):
        return [H.item(d, n, group="Roles") for n in names]

    comps = [
        H.competency(d, "HTML & CSS", None, notes=roles("Engineer", "Designer"), levels=levels(
            "Knows the common HTML tags and what each one is for. Understands how CSS styles a page and can build a "
            "straightforward page without help. Can add a new component to an existing Cantilever site by "
            "following the conventions already in place.",
            "Builds complete pages that match the design comps with little help. Has a firm command of HTML and CSS "
            "syntax and writes clean, accessible markup. Finds and fixes layout bugs quickly.",
            "Builds components of any complexity inside our CSS frameworks without bloating the code. Achieves "
            "exact visual fidelity without hacks. Understands SVG and CSS animation techniques.",
            "Is an expert in HTML and CSS and in how good markup supports accessibility. Reviews other people's "
            "front-end code and can teach these skills to others.",
            "Designs and maintains our own front-end frameworks. Follows changes in web standards and browser "
            "support closely and decides when we adopt them.")),
        H.competency(d, "JavaScript", None, notes=roles("Engineer"), levels=levels(
            "Can read simple scripts and make small changes to the JavaScript already on a site, such as toggling a "
            "class when something is clicked.",
            "Writes plain JavaScript for common interactions without reaching for a library. Uses the browser "
            "console and debugger to track down errors.",
            "Organises larger front-end features into modules. Works confidently with APIs, promises and "
            "asynchronous code, and with the build tools we use.",
            "Picks the right framework or library for a project and can explain the trade-offs. Keeps bundles small "
            "and pages fast.",
            None)),
        H.competency(d, "Estimation", None, notes=roles("Engineer", "Project Manager"), levels=levels(
            "Gives estimates for small, well-defined tasks when asked, and says so when a task is unclear.",
            "Estimates most tasks within a reasonable margin and warns early when an estimate is going to be "
            "exceeded.",
            "Breaks a feature down into tasks and estimates the whole of it, including time for testing and review.",
            "Estimates entire projects together with strategists and project managers, and explains the assumptions "
            "behind the numbers.",
            "Improves the way the whole team estimates by comparing estimates with actual hours and sharing what "
            "that shows.")),
    ]
    return "html", "Engineer", comps


# ---------------------------------------------------------------- CivilCode (Markdown)
CIVIL = "civilcode-engineering-ladder"
LADDER = ["Junior Developer", "Intermediate Developer", "Senior Developer", "Lead Developer"]


def civilcode():
    d = CIVIL

    def comp(name, definition, knowledge, per_level):
        lv = [{"rank": i + 1, "label": LADDER[i], "behaviors": [H.item(d, b) for b in bl]}
              for i, bl in enumerate(per_level)]
        return H.competency(d, name, definition, indicators=[H.item(d, k, group="Knowledge") for k in knowledge],
                            levels=lv)

    comps = [
        comp("Business Analysis",
             "This competency covers understanding and modelling our clients' needs and turning them into an agreed "
             "and consistent set of requirements.",
             ["Domain Modelling", "Event Storming", "Story Mapping", "Algebraic Data Types (ADT's)"],
             [["learning the concepts and techniques of the competency", "learning the CivilCode Method",
               "attending discovery sessions as an observer"],
              ["using the modelling tools actively on features",
               "attending discovery sessions and taking part by taking notes and asking questions"],
              ["mentoring other developers in the concepts and techniques",
               "reviewing the artifacts other developers produce"],
              ["looking after the domain language used on projects",
               "leading the activities that drive requirements and set the scope of projects"]]),
        comp("Software Development",
             "This competency covers designing and programming effective business applications that follow the "
             "standards and norms agreed at CivilCode.",
             ["Domain-Driven Design (DDD)", "Functional Programming (FP)", "Test-Driven Development (TDD)",
              "Specification by Example (SBE)", "Platform and Tools", "Pair Programming"],
             [["showing an understanding of some software development concepts", "writing the tests first",
               "writing correct, clean code with guidance", "taking part in pair programming sessions",
               "learning and applying the platform and tools we use at CivilCode", "opening small pull requests",
               "finding the right balance between sticking with a problem and asking for help",
               "becoming familiar with the standards in the Developer Guides"],
              ["showing an understanding of DDD concepts",
               "reviewing code and spotting problems with coding standards and design approaches",
               "identifying refactorings (duplicated code, naming, file structure, ...)",
               "writing correct, clean code with limited guidance",
               "taking part in the technical design of features",
               "making pragmatic design decisions, weighing risks, trade-offs and alternative solutions",
               "spotting problems with requirements (unclear, inconsistent or limited)"],
              ["writing high-quality code consistently", "showing knowledge of industry trends",
               "being an expert in one area of software development",
               "spotting technical debt and tackling it proactively"],
              ["making sure features are finished as specified, without micromanaging"]]),
        comp("Leadership and Communication",
             "This competency lets a person inspire and motivate a group of people to bring their work to a "
             "successful end and meet their objectives.",
             ["Verbal Communication", "Written Communication", "Presentations", "Facilitation", "Teamwork",
              "Knowledge Transfer", "Documentation"],
             [["taking feedback graciously and learning from everything",
               "asking for feedback early to reduce risk and deliver value sooner",
               "clarifying assumptions, needs, requirements and goals up front to avoid rework",
               "giving basic status updates, e.g. slack checkouts",
               "documenting their work (descriptive PRs, READMEs, Wiki entries, code)",
               "communicating with mindfulness and empathy, and assuming the best intent in others"],
              ["working with the Product Owner, e.g. asking questions and requesting feedback",
               "giving timely, helpful and actionable feedback so that others don't have to guess where things "
               "stand",
               "collaborating effectively with team members",
               "contributing to the community through open-source projects, training, meetups, talks and blogs"],
              ["including others in decisions", "setting an example of how to give effective feedback",
               "communicating technical decisions (e.g. ADRs)",
               "mentoring other developers through pairing, design review and code review"],
              ["communicating timelines, scope and technical concerns to clients",
               "guiding others on the team through change",
               "seeking to understand, mediate and resolve conflict"]]),
    ]
    return "md", "Engineering Ladder", comps

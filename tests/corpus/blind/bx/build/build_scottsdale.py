"""City of Scottsdale (AZ), Human Resources > Training & Development: "Manager and Supervisor Foundational
Skills" page as a plain-text dump (lynx -dump style: 3-space indent, numbered link references "[n]", "*"
bullets, hard-wrapped at 78 columns, References list at the end).

Page structure as published: breadcrumb, title, Background, The Foundational Skills Levels (the three
organisational levels: General Workforce, Supervisor/Manager, Director/Executive Director), What does this mean
to me?, Future Development, a link to the Foundational Skills Diagram PDF, then the "Manager and Supervisor
Foundational Skills Model" list of skill links (one marked NEW, one with an audience qualifier). The skill
descriptions follow on the page as in-page anchors (name, definition, "Behaviors:" bullets, "Back to top").
"""
import textwrap

import bxlib as L

STEM = "scottsdale-manager-supervisor-foundational-skills"
OUT = L.DOCS / f"{STEM}.txt"
TITLE = "Manager and Supervisor Foundational Skills"
WIDTH = 78

BACKGROUND = ("Involving employees from every level of the City of Scottsdale, the City has built a "
              "Foundational Skills model. The Foundational Skills are the skills considered necessary for a "
              "successful career with the City. No employee is expected to model every skill perfectly, but the "
              "Foundational Skills give all employees a set of standards to work toward.")
LEVELS = ("The City of Scottsdale groups its foundational skills into three levels: General Workforce, "
          "Supervisor/Manager and Director/Executive Director. Each level builds on the one before it (see the "
          "foundational skills diagram). The City tries to hire new employees who show a high degree of the "
          "General Workforce skills, and the skills of other levels where the position calls for them.")
MEANING = ("If you reached this page from a link in a job description, you may be interested in a position "
           "with the City. Every job description is assigned a level (General Workforce, Supervisor/Manager or "
           "Director/Executive Director), and the other Foundational Skills levels can be reached from the links "
           "at the bottom of this page.")
FUTURE = ("Current and future City employees will find a growing number of classes and other personal and "
          "professional growth opportunities. They are linked to specific foundational skills and offered "
          "through Scottsdale University, the learning management system we use to run the training function.")

SKILLS = [
    {"name": "Attention to Communication", "list": "Attention to Communication (Managers, Supervisors, Leads)",
     "def": ("Makes sure information flows clearly and on time to and from employees, peers and customers, so "
             "that people have what they need to do their work."),
     "beh": ["Shares relevant information with the work group promptly and checks that it has been understood",
             "Listens to employees\u2019 concerns and ideas and responds to them",
             "Adapts the message and the way it is delivered to the audience",
             "Keeps own supervisor informed of issues, progress and problems"]},
    {"name": "Decisiveness", "list": "Decisiveness",
     "def": ("Makes timely, well-reasoned decisions, even when information is limited or the decision is "
             "unpopular, and stands behind them."),
     "beh": ["Gathers enough information to act without waiting for certainty",
             "Considers the effect of a decision on employees, customers and other departments",
             "Explains the reasons behind decisions",
             "Revisits a decision when new information shows that it needs to change"]},
    {"name": "Developing Others", "list": "Developing Others",
     "def": ("Helps employees build the knowledge and skills they need in their current job and for future "
             "opportunities with the City."),
     "beh": ["Holds regular development conversations with each employee",
             "Identifies training through Scottsdale University and other sources",
             "Provides stretch assignments and on-the-job coaching",
             "Recognizes progress and gives constructive feedback"]},
    {"name": "Empowering Others", "list": "Empowering Others",
     "def": ("Gives employees the authority, information and support to make decisions and take ownership of "
             "their work."),
     "beh": ["Delegates responsibility together with the authority needed to carry it out",
             "Encourages employees to suggest and try new approaches",
             "Supports decisions employees make within agreed limits"]},
    {"name": "Focus on Safety", "list": "Focus on Safety    NEW",
     "def": ("Puts the safety of employees and the public first and makes safe work practices part of everyday "
             "operations."),
     "beh": ["Makes sure employees have the training and equipment to work safely",
             "Deals with unsafe conditions and behaviors immediately",
             "Reports and investigates incidents and near misses",
             "Talks about safety with the work group regularly"]},
]


def para(text, indent=3):
    return textwrap.fill(text, WIDTH, initial_indent=" " * indent, subsequent_indent=" " * indent)


def bullet(text, indent=5):
    return textwrap.fill(text, WIDTH, initial_indent=" " * indent + "* ", subsequent_indent=" " * (indent + 2))


def render():
    refs = ["https://www.scottsdaleaz.gov/", "https://www.scottsdaleaz.gov/HR",
            "https://www.scottsdaleaz.gov/HR/TD", "https://www.scottsdaleaz.gov/Assets/HR/FoundationalSkills.pdf"]
    out = ["   [1]Home | [2]Residents | [3]Business | [4]Visitors | [5]City Hall | [6]Jobs", "",
           "   > [7]Home > [8]Human Resources > [9]Training & Development > Manager and Supervisor",
           "   Foundational Skills", "",
           f"                  {TITLE}", "", "", "   Background", "", para(BACKGROUND), "", "",
           "   The Foundational Skills Levels", "", para(LEVELS), "", "", "   What does this mean to me?", "",
           para(MEANING), "", "", "   Future Development", "", para(FUTURE), "", "",
           "   [10]Foundational Skills Diagram - PDF (33KB / 1pg)", "", "", "",
           "   Manager and Supervisor Foundational Skills Model", ""]
    n = 11
    for s in SKILLS:
        out.append(f"   [{n}]{s['list']}")
        out.append("")
        n += 1
    out.append("")
    for s in SKILLS:
        out += [f"   {s['name']}", "", para(s["def"]), "", "   Behaviors:", ""]
        out += [bullet(b) for b in s["beh"]]
        out += ["", f"   [{n}]Back to top", "", ""]
        n += 1
    out += ["   Other Foundational Skills levels:", "",
            f"     * [{n}]General Workforce Foundational Skills",
            f"     * [{n + 1}]Executive Director and Director Foundational Skills", "", "",
            "   City of Scottsdale | 3939 N. Drinkwater Blvd. | Scottsdale, AZ 85251", "",
            f"   [{n + 2}]Contact Us | [{n + 3}]Site Map | [{n + 4}]Accessibility | [{n + 5}]Privacy Policy", "",
            "References", ""]
    urls = ["https://www.scottsdaleaz.gov/", "https://www.scottsdaleaz.gov/residents",
            "https://www.scottsdaleaz.gov/business", "https://www.scottsdaleaz.gov/visitors",
            "https://www.scottsdaleaz.gov/city-hall", "https://www.scottsdaleaz.gov/jobs",
            refs[0], refs[1], refs[2], refs[3]]
    urls += [f"https://www.scottsdaleaz.gov/HR/TD/ManagerSupervisorFS#{L.slug(s['name'])}" for s in SKILLS]
    urls += ["https://www.scottsdaleaz.gov/HR/TD/ManagerSupervisorFS#top"] * len(SKILLS)
    urls += ["https://www.scottsdaleaz.gov/HR/TD/GeneralWorkforceFS", "https://www.scottsdaleaz.gov/HR/TD/GMDirectorFS",
             "https://www.scottsdaleaz.gov/contact", "https://www.scottsdaleaz.gov/sitemap",
             "https://www.scottsdaleaz.gov/accessibility", "https://www.scottsdaleaz.gov/privacy"]
    out += [f"{i:4d}. {u}" for i, u in enumerate(urls, 1)]
    return "\n".join(out) + "\n"


def gold():
    d = STEM
    return [L.competency(d, s["name"], s["def"], indicators=L.items(d, s["beh"])) for s in SKILLS]


def main():
    OUT.write_text(render(), encoding="utf-8")
    L.write_gold(OUT, "txt", TITLE, gold())


if __name__ == "__main__":
    main()

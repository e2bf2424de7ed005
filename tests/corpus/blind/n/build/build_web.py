"""Batch N: the two HTML pages and the plain-text export (hand-written templates) and their gold."""
import html
import textwrap
from common_n import DOCS, competency, item, level, write_gold

E = html.escape

# ============================================================== 1. NASA APPEL KS competency model page
NASA = "nasa-appel-professional-leadership"
nasa_comps = [
    dict(code="C 4.1", name="Mentoring and Coaching",
         definition="Activities that help less experienced team members grow their knowledge and careers, with the "
                    "mentor acting as adviser, sponsor or confidant who passes on what they know of NASA's functional, "
                    "social, cultural and political sides, or who offers counsel that builds skills and lifts "
                    "individual, team and organizational performance.",
         skills=["Coaching and mentoring", "Leadership", "Strategic thinking", "Win-win negotiations",
                 "Working in teams"],
         knowledge=["Agency mission, goals, and objectives",
                    "Political, economic, and other factors that influence project goals"],
         roles=[
             ("Team Practitioner / Discipline Engineer",
              ["Takes part as a project team member to build an overall picture of mentoring and coaching and to "
               "gain first experience in the competency."],
              "Team Practitioners/Discipline Engineers should be able to describe, identify, or define:",
              ["Find their own mentor(s) or coach(es) for advice and guidance."]),
             ("Team Lead / Subsystem Lead",
              ["Mentors and coaches members of the subsystem team.",
               "Offers guidance and expertise to team members and helps them work through issues."],
              "Team Leads/Subsystem Leads should be able to:",
              ["Pair a new engineer with an experienced colleague for the first design review cycle.",
               "Hold regular one-on-one conversations to talk through technical and career questions."]),
             ("Project Manager / Project Systems Engineer",
              ["Sets up mentoring and coaching arrangements across the project team.",
               "Encourages team members to take part in formal and informal development programs.",
               "Serves as a mentor to team leads and deputy managers."],
              "Project Managers/Project Systems Engineers should be able to:",
              ["Build shadowing assignments into the project schedule so that junior staff see key decision meetings.",
               "Ask subsystem leads to report on the development of their team members at project reviews."]),
             ("Program Manager / Chief Engineer",
              ["Champions a culture of mentoring and coaching across the program and the Center.",
               "Sponsors high-potential employees and opens doors to stretch assignments for them."],
              "Program Managers/Chief Engineers should be able to:",
              ["Lead a program-wide mentoring network that links project managers across Centers."]),
         ]),
    dict(code="C 4.2", name="Communication",
         definition="Managing oral and written communication with the team, stakeholders and the public so that "
                    "everyone knows the status of the work and the decisions that affect them, and adapting the "
                    "message to each audience.",
         skills=["Active listening", "Oral and written communication", "Presentation skills"],
         knowledge=["Project communication plans and reporting requirements",
                    "Agency public affairs and export control policies"],
         roles=[
             ("Team Practitioner / Discipline Engineer",
              ["Shares technical information accurately with the immediate team.",
               "Prepares clear written inputs for reviews and reports."],
              "Team Practitioners/Discipline Engineers should be able to describe, identify, or define:",
              ["The reporting lines and meeting cadence of the project."]),
             ("Team Lead / Subsystem Lead",
              ["Keeps the subsystem team and the project office informed of status, issues and risks."],
              "Team Leads/Subsystem Leads should be able to:",
              ["Run a weekly tag-up that records actions and owners."]),
             ("Project Manager / Project Systems Engineer",
              ["Develops and carries out the project communication plan.",
               "Presents project status to Center management and external stakeholders."],
              "Project Managers/Project Systems Engineers should be able to:",
              ["Brief a standing review board on a schedule slip and the recovery plan."]),
             ("Program Manager / Chief Engineer",
              ["Represents the program to Agency leadership, Congress staff and international partners."],
              "Program Managers/Chief Engineers should be able to:",
              ["Explain the program's value and risk posture in a budget hearing."]),
         ]),
]


def nasa_html():
    out = []
    for c in nasa_comps:
        slug = c["code"].replace(" ", "").replace(".", "-").lower()
        tabs = "\n".join(
            f'        <li class="nav-item"><a class="nav-link{" active" if i == 0 else ""}" data-toggle="tab" '
            f'href="#{slug}-r{i}">{E(r[0])}</a></li>' for i, r in enumerate(c["roles"]))
        panes = []
        for i, (role, prof, lead, ill) in enumerate(c["roles"]):
            lis = "\n".join(f"            <li>{E(x)}</li>" for x in prof)
            ills = "\n".join(f"            <li>{E(x)}</li>" for x in ill)
            panes.append(f"""        <div class="tab-pane fade{" show active" if i == 0 else ""}" id="{slug}-r{i}">
          <h4 class="role-title">{E(role)}</h4>
          <h5>Proficiency Level</h5>
          <ul>
{lis}
          </ul>
          <h5>Illustrations</h5>
          <p class="lead-in">{E(lead)}</p>
          <ul>
{ills}
          </ul>
        </div>""")
        skills = "\n".join(f"        <li>{E(s)}</li>" for s in c["skills"])
        know = "\n".join(f"        <li>{E(s)}</li>" for s in c["knowledge"])
        out.append(f"""    <section class="competency" id="{slug}">
      <h3>{E(c["code"])} {E(c["name"])}</h3>
      <p>{E(c["definition"])}</p>
      <h5>Underlying Skills</h5>
      <ul>
{skills}
      </ul>
      <h5>Fundamental Knowledge of:</h5>
      <ul>
{know}
      </ul>
      <p class="explore"><em>Explore proficiencies for each role.</em></p>
      <ul class="nav nav-tabs" role="tablist">
{tabs}
      </ul>
      <div class="tab-content">
{chr(10).join(panes)}
      </div>
      <p class="back"><a href="#top">Back to Top</a></p>
    </section>""")
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>C 4.0 Professional and Leadership Development | APPEL Knowledge Services</title>
<link rel="stylesheet" href="https://appel.nasa.gov/wp-content/themes/bold-2.0/css/bootstrap.min.css">
<link rel="stylesheet" href="https://appel.nasa.gov/wp-content/themes/bold-2.0/style.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-00000000-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-00000000-1');</script>
<script src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=NASA" id="_fed_an_ua_tag"></script>
</head>
<body class="page-template-competency" id="top">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="usa-banner">An official website of the United States government</div>
<header class="site-header">
  <div class="container">
    <a class="brand" href="https://appel.nasa.gov/"><img src="/wp-content/uploads/nasa-meatball.png" alt="NASA"> APPEL Knowledge Services</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/about/">About</a></li>
        <li><a href="/course-catalog/">Course Catalog</a></li>
        <li><a href="/career-development/">Career Development</a></li>
        <li><a href="/knowledge-sharing/">Knowledge Sharing</a></li>
        <li><a href="/publications/">Publications</a></li>
        <li><a href="/contact/">Contact</a></li>
      </ul>
    </nav>
    <form class="search" action="/" method="get"><input type="text" name="s" placeholder="Search"><button>Search</button></form>
  </div>
</header>
<div class="container" id="content">
  <ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/career-development/">Career Development</a></li><li><a href="/career-development/competency-models/">Competency Models</a></li><li>C 4.0 Professional and Leadership Development</li></ol>
  <div class="row">
    <aside class="col-md-3 outline">
      <h4>Categories and Competencies</h4>
      <h5>Common Competencies</h5>
      <ul>
        <li><a href="/competency/c-1-0/">C 1.0 Project Conceptualization</a></li>
        <li><a href="/competency/c-2-0/">C 2.0 Resource Management</a></li>
        <li><a href="/competency/c-3-0/">C 3.0 Project Implementation</a></li>
        <li class="current"><a href="#">C 4.0 Professional and Leadership Development</a>
          <ul><li><a href="#c4-1">C 4.1 Mentoring and Coaching</a></li><li><a href="#c4-2">C 4.2 Communication</a></li></ul></li>
        <li><a href="/competency/c-5-0/">C 5.0 Knowledge Management</a></li>
      </ul>
    </aside>
    <main class="col-md-9">
      <h1 class="entry-title">C 4.0 Professional and Leadership Development</h1>
      <p class="area-description">Building the professional and leadership qualities of every member of the program/project team: mentoring and coaching, supporting NASA culture and functional training, keeping everyone informed through oral and written communication, recognizing individual achievement, and acting ethically within federal policy at all times.</p>
      <p><em>Select a competency from the outline menu or scroll down the page.</em></p>
{chr(10).join(out)}
    </main>
  </div>
  <p class="contact-note">Have questions or suggestions? <a href="/contact/">Click here to visit our contact page.</a></p>
</div>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links">
      <li><a href="https://www.nasa.gov/privacy/">Privacy Policy</a></li>
      <li><a href="https://www.nasa.gov/foia/">FOIA</a></li>
      <li><a href="https://www.nasa.gov/accessibility/">Accessibility</a></li>
      <li><a href="https://www.nasa.gov/">NASA.gov</a></li>
    </ul>
    <p>Page Last Updated: June 14, 2024 | Responsible NASA Official: APPEL KS Director</p>
  </div>
</footer>
<script src="https://appel.nasa.gov/wp-includes/js/jquery/jquery.min.js"></script>
<script src="https://appel.nasa.gov/wp-content/themes/bold-2.0/js/bootstrap.min.js"></script>
<script>jQuery(function($){{ $('.nav-tabs a').on('click', function(e){{ e.preventDefault(); $(this).tab('show'); }}); }});</script>
</body>
</html>
"""
    p = DOCS / f"{NASA}.html"
    p.write_text(page, encoding="utf-8")
    comps = []
    for c in nasa_comps:
        lv = []
        for r, (role, prof, lead, ill) in enumerate(c["roles"], 1):
            beh = [item(NASA, x, "Proficiency Level") for x in prof] + [item(NASA, x, "Illustrations") for x in ill]
            lv.append({"rank": r, "label": role, "behaviors": beh})
        comps.append(competency(NASA, c["name"], c["definition"], key_words=list(c["skills"]),
                                indicators=[item(NASA, k, "Fundamental Knowledge of:") for k in c["knowledge"]],
                                levels=lv))
    write_gold(p, "C 4.0 Professional and Leadership Development", comps)


# ============================================================== 2. McGill interview questions page
MCG = "mcgill-behavioural-competencies-interview-questions"
mcg_comps = [
    ("Change Agility",
     "Adapts readily to change, welcomes new ideas and ways of working, and helps others move through transition.",
     [("Tell me about a time when a change at work affected the way you did your job. How did you adjust?",
       "What did you find hardest about it?"),
      ("Describe a situation in which you had to persuade colleagues to accept a new process.", None),
      ("Give an example of a time you changed your plans at short notice. What was the result?", None)]),
    ("Resourcefulness",
     "Makes the best use of available resources, finds practical solutions and keeps work moving when "
     "obstacles arise.",
     [("Tell me about a project where you had fewer resources than you needed. What did you do?",
       "Who did you involve, and why?"),
      ("Describe a problem you solved by finding information or help outside your usual channels.", None)]),
    ("Client Service Orientation",
     "Understands the needs of internal and external clients and acts to meet them with courtesy and "
     "follow-through.",
     [("Give an example of a time you went beyond what was expected to help a student, colleague or other "
       "client.", None),
      ("Tell me about a time you had to say no to a client. How did you handle the conversation?",
       "How did the client respond?"),
      ("Describe how you find out what your clients need before they ask.", None)]),
]


def mcg_html():
    secs = []
    for name, d, qs in mcg_comps:
        lis = []
        for q, f in qs:
            lis.append(f"        <li>{E(q)}" + (f" {E(f)}" if f else "") + "</li>")
        secs.append(f"""    <h2>{E(name)}</h2>
    <p><strong>Definition:</strong> {E(d)}</p>
    <p>Sample interview questions:</p>
    <ol>
{chr(10).join(lis)}
    </ol>""")
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Interview questions - Behavioural Competencies | Organizational Development - McGill University</title>
<link rel="stylesheet" href="/od/files/css/mcgill-wms.css">
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});}})(window,document,'script','dataLayer','GTM-XXXX');</script>
</head>
<body class="page-node">
<a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div id="header">
  <div class="mcgill-logo"><a href="https://www.mcgill.ca"><img src="/od/files/mcgill-logo.png" alt="McGill University"></a></div>
  <div class="site-name"><a href="/od/">Organizational Development</a></div>
  <form id="search-block" action="/search"><input type="text" name="q" title="Search"><input type="submit" value="Search"></form>
  <ul class="header-links"><li><a href="https://www.mcgill.ca/">McGill.CA</a></li><li><a href="https://www.mcgill.ca/wss/">WebStore</a></li><li><a href="https://www.mcgill.ca/hr/">Human Resources</a></li></ul>
</div>
<div id="nav-main">
  <ul><li><a href="/od/">Home</a></li><li><a href="/od/learning">Learning</a></li><li><a href="/od/performance-management">Performance Management</a></li><li><a href="/od/leadership">Leadership</a></li><li><a href="/od/contact-us">Contact us</a></li></ul>
</div>
<div id="breadcrumb"><a href="https://www.mcgill.ca">McGill.CA</a> / <a href="/od/">Organizational Development</a> / <a href="/od/performance-management">Performance Management</a> / <a href="/od/performance-management/behaviour-competencies">Behavioural Competencies</a></div>
<div id="container">
  <div id="sidebar-first">
    <ul class="menu"><li><a href="/od/performance-management/behaviour-competencies">Behavioural Competencies</a></li><li><a href="/od/performance-management/proficiency-levels">Proficiency levels by job grade</a></li><li class="active"><a href="#">Interview questions</a></li><li><a href="/od/performance-management/probing-questions">Probing questions</a></li></ul>
  </div>
  <div id="main-column">
    <a id="main-content"></a>
    <h1 class="page-title">Interview questions</h1>
    <p>The questions below help hiring managers gather evidence of McGill's Behavioural Competencies during a selection interview. Choose one or two questions for each competency that matters most for the position, and ask the candidate for a specific example.</p>
{chr(10).join(secs)}
    <p class="updated">Last updated: March 2, 2023</p>
  </div>
</div>
<div id="footer">
  <p><a href="https://www.mcgill.ca/">McGill University</a> | 845 Sherbrooke Street West, Montreal, Quebec H3A 0G4 | <a href="https://www.mcgill.ca/copyright">Copyright</a> | <a href="https://www.mcgill.ca/accessibility">Accessibility</a> | <a href="https://www.mcgill.ca/privacy-notice">Privacy notice</a></p>
</div>
<script src="/od/files/js/jquery.min.js"></script>
<script src="/od/files/js/mcgill-wms.js"></script>
</body>
</html>
"""
    p = DOCS / f"{MCG}.html"
    p.write_text(page, encoding="utf-8")
    comps = []
    for name, d, qs in mcg_comps:
        comps.append(competency(MCG, name, d, interview_questions=[
            item(MCG, q + (" " + f if f else "")) for q, f in qs]))
    write_gold(p, "Interview questions", comps)


# ============================================================== 3. CPA Canada competency map, text export
CPA = "cpa-canada-enabling-competencies"
cpa_comps = [
    ("3", "Communicating",
     "Communicating is about sharing information with others in a way that suits the audience and the "
     "purpose. CPAs are expected to communicate clearly, concisely and persuasively, orally and in writing, "
     "and to listen actively to the people they work with.",
     [("3.1", "Adapts communication to the needs of the audience, including the level of detail and the "
              "technical language used"),
      ("3.2", "Writes reports, memos and other documents that are well organized, accurate and easy to follow"),
      ("3.3", "Presents information orally with clarity and confidence, and responds to questions"),
      ("3.4", "Listens actively and asks questions to confirm understanding"),
      ("3.5", "Uses non-verbal cues and the choice of channel to support the message")]),
    ("4", "Managing Self",
     "Managing self covers the personal attributes that allow CPAs to take charge of their own development "
     "and well-being. It includes self-awareness, lifelong learning and the ability to manage time and "
     "priorities under pressure.",
     [("4.1", "Shows self-awareness and seeks feedback to identify strengths and areas for growth"),
      ("4.2", "Plans and manages time and workload to meet commitments"),
      ("4.3", "Takes responsibility for lifelong learning and continuing professional development"),
      ("4.4", "Keeps composure and adapts when facing ambiguity or competing demands")]),
]


def cpa_txt():
    W = 78
    lines = []
    hdr = "The Chartered Professional Accountant Competency Map"
    pages = []

    def wrap(s, indent="", sub=""):
        return textwrap.wrap(s, W, initial_indent=indent, subsequent_indent=sub or indent)

    # page 1 (section intro + Communicating), page 2 (Managing Self)
    for pi, (num, name, desc, items) in enumerate(cpa_comps):
        pg = [hdr.rjust(W), ""]
        if pi == 0:
            pg += ["SECTION 3: THE CPA ENABLING COMPETENCIES", ""]
            pg += wrap("The enabling competencies describe the professional skills and personal qualities that "
                       "every CPA brings to work, whatever the technical area. They are developed throughout the "
                       "certification program and assessed in combination with the technical competencies.")
            pg += [""]
        pg += [f"{num}. {name}", ""]
        pg += wrap(desc) + [""]
        pg += ["Competencies", ""]
        for code, t in items:
            pg += wrap(t, f"   {code}  ", "        ")
        pg += ["", "", f"{16 + pi}".center(W)]
        pages.append("\n".join(pg))
    text = "\f".join(pages) + "\n"
    p = DOCS / f"{CPA}.txt"
    p.write_text(text, encoding="utf-8")
    comps = [competency(CPA, name, desc, indicators=[item(CPA, t) for _, t in items])
             for _, name, desc, items in cpa_comps]
    write_gold(p, None, comps)


if __name__ == "__main__":
    nasa_html()
    mcg_html()
    cpa_txt()

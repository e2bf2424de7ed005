"""Batch M: the two HTML pages and the Markdown export (hand-written text), with their gold."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common_m import DOCS, GOLD, competency, item, level, write_gold

DOCS.mkdir(parents=True, exist_ok=True); GOLD.mkdir(parents=True, exist_ok=True)

# ====================================================================== Ulster University (HTML)
ULSTER_LEVELS = [("Lead Self", "lead-self"), ("Lead Others", "lead-others"),
                 ("Lead Other Leaders", "lead-other-leaders"), ("Lead the Organisation", "lead-organisation")]
ULSTER = [
    ("Courageous Leadership",
     "The capability to raise difficult matters with respect and keep one\u2019s integrity, while influencing, accepting and committing to change, taking considered risks, and making the most of diversity.",
     [["Acts in line with the university values, with a high degree of self awareness, and owns their own behaviour",
       "Challenges, constructively, peer behaviour that does not reflect the university values or serve shared purposes",
       "Finds the courage to put forward new ideas, voicing their own view in a way that supports colleagues and the university values"],
      ["Role-models the university values, and tackles behaviour that is out of step with them",
       "Shows confidence in their own judgement and the courage to handle difficult team situations without putting them off",
       "Builds a team culture of trying new ways of working, stepping into risk and constructively questioning the status quo"],
      ["Delegates responsibility to staff with courage, fairness and consistency",
       "Fosters a culture free of blame",
       "Questions accepted norms and builds inclusive practice into the way business is done"],
      ["Shows moral courage in taking difficult decisions, and explains what they mean for staff and students",
       "Creates a climate that welcomes openness, persistence and real debate on critical issues and difficult situations",
       "Models how to weigh up circumstances and step into measured risk"]]),
    ("Think Strategically & Set Direction",
     "The capability to keep the university\u2019s long term aims and goals in mind when taking decisions, to take a whole view of the environment, and to communicate clearly where we are now, where we are heading and what we aspire to.",
     [["Understands how their own role contributes to the university\u2019s strategic goals",
       "Plans their own work with an eye on longer term priorities as well as immediate tasks",
       "Keeps up to date with developments in the sector that affect their area"],
      ["Turns university strategy into clear objectives for the team",
       "Helps colleagues see how their work links to the bigger picture",
       "Anticipates changes in the environment and adjusts team plans to suit"],
      ["Aligns the plans of several teams with faculty or directorate priorities",
       "Uses data and horizon scanning to shape direction over the medium term",
       "Communicates one consistent direction to leaders across their area"],
      ["Sets a compelling long term vision for the university and communicates it widely",
       "Reads the external higher education and policy landscape and positions the university within it",
       "Takes strategic decisions that balance present needs against future ambitions"]]),
]


def ulster():
    doc = "ulster-brave-bold-capabilities"
    blocks = []
    for name, definition, levels in ULSTER:
        lv_html = []
        for (label, icon), bullets in zip(ULSTER_LEVELS, levels):
            lis = "\n".join(f"            <li>{b}</li>" for b in bullets)
            lv_html.append(f"""        <div class="leadership-level">
          <h4 class="leadership-level__title"><img src="/__data/assets/image/0010/1186/{icon}-icon.svg" alt="{label} Icon" width="32" height="32">{label}</h4>
          <ul>
{lis}
          </ul>
        </div>""")
        blocks.append(f"""      <section class="capability">
        <h2>Capability - {name}</h2>
        <p>{definition}</p>
        <p><strong>Examples of indicative behaviours across all levels of leadership:</strong></p>
{chr(10).join(lv_html)}
      </section>""")
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Bold | BRAVE | People and Culture | Ulster University</title>
  <link rel="stylesheet" href="/__data/assets/css_file/0003/1002/ulster-main.min.css">
  <script async src="https://www.googletagmanager.com/gtm.js?id=GTM-KD7Q4T"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
</head>
<body class="page page--section">
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <div class="site-header__inner">
      <a class="site-header__logo" href="https://www.ulster.ac.uk/"><img src="/__data/assets/image/0004/1003/ulster-logo.svg" alt="Ulster University"></a>
      <nav class="site-nav" aria-label="Main">
        <ul>
          <li><a href="/study">Study</a></li>
          <li><a href="/research">Research</a></li>
          <li><a href="/business">Business</a></li>
          <li><a href="/global">Global</a></li>
          <li><a href="/about">About</a></li>
        </ul>
      </nav>
      <form class="site-search" action="/search"><label for="q">Search</label><input id="q" name="q" type="search"><button>Go</button></form>
    </div>
  </header>
  <div class="section-banner"><p class="section-banner__title"><a href="/peopleandculture">People and Culture</a></p></div>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/peopleandculture">People and Culture</a></li>
      <li><a href="/peopleandculture/brave">BRAVE</a></li>
      <li aria-current="page">Bold</li>
    </ol>
  </nav>
  <div class="layout">
    <aside class="section-nav">
      <ul>
        <li><a href="/peopleandculture/brave">BRAVE Leadership Capabilities</a></li>
        <li><a href="/peopleandculture/brave/brilliant">Brilliant</a></li>
        <li><a href="/peopleandculture/brave/resilient">Resilient</a></li>
        <li><a href="/peopleandculture/brave/ambitious">Ambitious</a></li>
        <li><a href="/peopleandculture/brave/visionary">Visionary</a></li>
        <li class="active"><a href="/peopleandculture/brave/bold">Bold</a></li>
      </ul>
    </aside>
    <main id="main-content" class="main">
      <h1>Bold</h1>
      <div class="page-content">
        <h3>Page content</h3>
{chr(10).join(blocks)}
      </div>
      <p class="back-to-top"><a href="#main-content">Back to top</a></p>
    </main>
  </div>
  <footer class="site-footer">
    <div class="site-footer__inner">
      <ul class="site-footer__links">
        <li><a href="/contact">Contact us</a></li>
        <li><a href="/about/governance/compliance/privacy">Privacy</a></li>
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/about/governance/compliance/modern-slavery">Modern slavery statement</a></li>
      </ul>
      <p>&copy; Ulster University 2026</p>
    </div>
  </footer>
  <script src="/__data/assets/js_file/0005/1004/ulster-main.min.js"></script>
</body>
</html>
"""
    path = DOCS / f"{doc}.html"
    path.write_text(html, encoding="utf-8")
    comps = []
    for name, definition, levels in ULSTER:
        comps.append(competency(doc, name, definition,
                                levels=[level(doc, r + 1, lab, bl) for r, ((lab, _), bl) in enumerate(zip(ULSTER_LEVELS, levels))]))
    write_gold(path, "Bold", comps)


# ====================================================================== Griffith University (HTML)
GRIFFITH_LEVELS = ["Leads Self", "Leads Others", "Leads Leaders", "Leads Function", "Leads Organisation"]
GRIFFITH_SCOPE = ["Self: Typically academic and professional staff who do not manage or supervise others.",
                  "Others: Typically academic and professional staff who manage or supervise others.",
                  "Leaders: Typically academic and professional staff who manage or supervise other managers.",
                  "Function: Typically academic and professional staff who lead an element or unit.",
                  "Organisation: Typically academic and professional staff who lead multiple elements or units."]
GRIFFITH = [
    ("Student or service centric",
     "Student or service centric builds skill in being able to recognise, rank and analyse what colleagues, students and the wider community need when work is designed and delivered.",
     [[("Understands and prioritises user need", "Takes user satisfaction as a guide, and gathers and weighs a range of data and user feedback to understand what users need now and will need later."),
       ("Delivers a remarkable user experience", "Works with users to provide accessible solutions that are fit for purpose, and changes focus or approach when user needs shift.")],
      [("Builds a service culture in the team", "Sets clear service standards for the team and makes sure user feedback shapes how work is planned and delivered."),
       ("Removes barriers for users", "Spots points of friction in team processes and works with staff to simplify them for students and colleagues.")],
      [("Aligns teams around the user", "Makes sure the managers they lead share one understanding of user needs and measure success in the same way."),
       ("Uses insight to improve services", "Brings together data from several teams to find trends in user experience, and directs improvement effort to where it matters most.")],
      [("Designs services end to end", "Shapes the services of the element or unit around the whole student and staff journey rather than around internal structures."),
       ("Champions the user voice", "Ensures the views of students, staff and community partners inform decisions on priorities and resources.")],
      [("Sets the service vision", "Defines what an excellent experience of the University looks like and holds leaders to account for delivering it."),
       ("Builds a user centred University", "Leads cultural and structural change so that every part of the University puts the needs of its users first.")]]),
    ("Collaborative & inclusive",
     "Collaborative & inclusive builds skill in forming diverse, strategic and productive partnerships and teams, and in including and involving others in respectful ways.",
     [[("Builds high performing partnerships and teams", "Develops working relationships and partnerships that get results, and helps create a collegial team environment."),
       ("Commits to diversity and inclusion", "Sees the benefits that diversity brings and always acts in ways that promote an equitable, diverse and inclusive University.")],
      [("Leads an inclusive team", "Creates a team climate in which every member feels respected, heard and able to contribute."),
       ("Connects the team with others", "Builds links between the team and other areas so that work is shared and duplication is avoided.")],
      [("Develops collaborative leaders", "Coaches the managers they lead to build partnerships across organisational boundaries."),
       ("Embeds inclusive practice", "Makes sure recruitment, development and recognition across their teams are fair and inclusive.")],
      [("Forms strategic partnerships", "Establishes partnerships with other elements and external bodies that advance the goals of the unit."),
       ("Holds the unit to account for inclusion", "Sets measurable inclusion goals for the element and reviews progress against them.")],
      [("Shapes the University\u2019s alliances", "Builds and keeps up the strategic alliances that position the University nationally and internationally."),
       ("Leads a culture of belonging", "Models and promotes inclusion so that staff and students across the University feel they belong.")]]),
]


def griffith():
    doc = "griffith-capability-development-framework"
    legend = "\n".join(f"            <li>{s}</li>" for s in GRIFFITH_SCOPE)
    panels = []
    for i, (name, definition, levels) in enumerate(GRIFFITH):
        rows = []
        for lab, subs in zip(GRIFFITH_LEVELS, levels):
            cells = "\n".join(f'                <td><p><strong>{h}</strong></p><p>{d}</p></td>' for h, d in subs)
            rows.append(f"""              <tr>
                <th scope="row">{lab}</th>
{cells}
              </tr>""")
        panels.append(f"""        <div class="accordion__item" id="cap-{i + 1}">
          <button class="accordion__toggle" aria-expanded="{'true' if i == 0 else 'false'}" aria-controls="cap-panel-{i + 1}">{name}</button>
          <div class="accordion__panel" id="cap-panel-{i + 1}">
            <h3>{name}</h3>
            <p>{definition}</p>
            <table class="table table--capability">
              <thead><tr><th scope="col">Level</th><th scope="col" colspan="2">Capabilities and behaviours</th></tr></thead>
              <tbody>
{chr(10).join(rows)}
              </tbody>
            </table>
          </div>
        </div>""")
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Capability Development Framework - Staff Portal - Griffith University</title>
<link rel="stylesheet" href="https://www.griffith.edu.au/__data/assets/git_bridge/0019/griffith-intranet/css/main.css">
<script src="https://www.griffith.edu.au/__data/assets/git_bridge/0019/griffith-intranet/js/jquery.min.js"></script>
</head>
<body>
<div id="skip"><a href="#content">Skip to content</a></div>
<div class="gu-header">
  <div class="gu-header__brand"><a href="https://intranet.secure.griffith.edu.au/"><img src="/__data/assets/image/griffith-logo.png" alt="Griffith University"></a> <span>Staff Portal</span></div>
  <ul class="gu-header__utility">
    <li><a href="https://www.griffith.edu.au/">Griffith home</a></li>
    <li><a href="https://intranet.secure.griffith.edu.au/staff-directory">Staff directory</a></li>
    <li><a href="https://intranet.secure.griffith.edu.au/logout">Log out</a></li>
  </ul>
</div>
<nav class="gu-menu">
  <ul>
    <li><a href="/employment">Employment</a></li>
    <li><a href="/work-resources">Work resources</a></li>
    <li><a href="/news-events">News and events</a></li>
    <li><a href="/computing">Computing</a></li>
    <li><a href="/facilities">Facilities</a></li>
  </ul>
</nav>
<ol class="gu-breadcrumb">
  <li><a href="/">Staff Portal</a></li>
  <li><a href="/employment">Employment</a></li>
  <li><a href="/employment/learning-and-development">Learning and development</a></li>
  <li><a href="/employment/learning-and-development/specialist-programs">Specialist programs</a></li>
  <li>Capability Development Framework</li>
</ol>
<div id="content" class="gu-content">
  <h1>Capability Development Framework</h1>
  <h2>The Framework</h2>
  <p>Select a capability area below to see its description and the behaviours expected at each level.</p>
  <p>This should also be read alongside the <a href="/employment/learning-and-development/specialist-programs/leadership-programs/griffiths-leadership-capability-framework">Leadership Capability Framework</a>, which applies to all University leaders.</p>
  <div class="levels-legend">
    <h3>Levels</h3>
    <ul>
{legend}
    </ul>
  </div>
  <div class="accordion">
{chr(10).join(panels)}
  </div>
  <p class="gu-updated">Last updated: 14 March 2025</p>
</div>
<footer class="gu-footer">
  <p>Griffith University acknowledges the people who are the Traditional Custodians of the land and pays respect to the Elders, past and present, and extends that respect to all Aboriginal and Torres Strait Islander peoples.</p>
  <ul>
    <li><a href="https://www.griffith.edu.au/about-griffith/governance-structure/privacy">Privacy plan</a></li>
    <li><a href="https://www.griffith.edu.au/copyright-matters">Copyright matters</a></li>
    <li>CRICOS Provider - 00233E</li>
    <li>TEQSA - PRV12076</li>
  </ul>
</footer>
<script>
$(function(){{ $('.accordion__toggle').on('click', function(){{ var p = $('#' + $(this).attr('aria-controls')); p.slideToggle(150); $(this).attr('aria-expanded', $(this).attr('aria-expanded') !== 'true'); }}); }});
</script>
</body>
</html>
"""
    path = DOCS / f"{doc}.html"
    path.write_text(html, encoding="utf-8")
    comps = []
    for name, definition, levels in GRIFFITH:
        lvls = [{"rank": r + 1, "label": lab, "behaviors": [item(doc, d, h) for h, d in subs]}
                for r, (lab, subs) in enumerate(zip(GRIFFITH_LEVELS, levels))]
        comps.append(competency(doc, name, definition, levels=lvls))
    write_gold(path, "Capability Development Framework", comps)


# ====================================================================== Stride (Markdown)
STRIDE_LEVELS = [("Level 0", "Junior Engineer"), ("Level 1", "Engineer"), ("Level 2", "Senior Engineer"),
                 ("Level 3", "Staff Engineer"), ("Level 4", "Senior Staff Engineer")]
STRIDE = [
    ("Communication", [
        "Can put thoughts across clearly in writing and in speech, both in meetings and in asynchronous channels.",
        "Communicates clearly, concisely and effectively with teammates on technical and non-technical topics. Practices active listening. Adds to the team's documentation.",
        "Picks up non-verbal cues when listening. Speaks with the audience in mind. Notices conflict and tension.",
        "Fosters a culture of clear and competent thinking. Works well with every teammate and every stakeholder of the team. Adapts style and language to the situation as it unfolds.",
        "Explains complex technical direction to audiences across departments and at every level of seniority."]),
    ("Feedback", [
        "Takes in constructive feedback and asks peers and managers for it in an effective, courteous way. Folds feedback into their own ongoing growth.",
        "Can give praise and feedback to teammates and managers in a helpful way.",
        "Can give praise and feedback to stakeholders in a helpful and collaborative way.",
        "Actively builds a culture of constructive feedback inside the team and between the team and its stakeholders.",
        "Sets up feedback practices that reach across teams and departments."]),
    ("Teamwork", [
        "Helps teammates when asked. Gives and shares credit where it is due. Works with others to deliver high quality work. Builds steady relationships inside the company.",
        "Takes an active part in meetings and events. May help out with technical interviews.",
        "Serves as a technical resource and sounding board. Takes part in technical interviews for engineering hires.",
        "Defines, delegates and tracks project level work while staying transparent, in line with the company's values",
        "Leads technical projects across departments; defines and oversees several projects for teams while keeping the business informed"]),
]


def stride():
    doc = "stride-open-competency-matrix"
    lines = ["# Stride Open Competency Matrix", "",
             "> Generated from `models/stride.json` with `stride render -format md`. Edit the model, not this file.", "",
             "Company: [Stride](https://stride.so/) \u00b7 Author: Stride <hello@stride.so> \u00b7 Version 0", "",
             "## Levels", "", "| Level | Title |", "|-------|-------|"]
    lines += [f"| {a} | {b} |" for a, b in STRIDE_LEVELS]
    lines += ["", "Skills are grouped into themes. Each skill lists what is expected at every level; expectations are cumulative.", "",
              "## Theme: Collaboration", ""]
    for name, cells in STRIDE:
        lines += [f"### {name}", "", "| Level | Title | Expectations |", "|---|---|---|"]
        lines += [f"| {a} | {b} | {c} |" for (a, b), c in zip(STRIDE_LEVELS, cells)]
        lines += [""]
    lines += ["---", "", "_Licensed under CC BY 4.0. Source: https://github.com/stride-so/matrix_", ""]
    path = DOCS / f"{doc}.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    comps = [competency(doc, name, None,
                        levels=[level(doc, r + 1, a, [c]) for r, ((a, _), c) in enumerate(zip(STRIDE_LEVELS, cells))])
             for name, cells in STRIDE]
    write_gold(path, "Stride Open Competency Matrix", comps)


if __name__ == "__main__":
    ulster(); griffith(); stride()
    print("html/md done")

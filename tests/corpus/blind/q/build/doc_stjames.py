"""3. St. James's Hospital (Dublin) careers page: Competency Based Framework, HTML with tabs for levels.

Levels are printed from Level 4 down to Level 1 (as on the hospital's page); each level is a tab button
and a tab panel with a bulleted list of descriptors.  Site chrome re-created: cookie banner, utility bar,
main navigation, breadcrumbs, section menu, footer, scripts."""
import html

import qcommon as C

STEM = "sjh-competency-framework"
TITLE = "Competency Based Framework"

COMPS = [
    {
        "key": "communication",
        "name": "Communication & Interpersonal Skills",
        "definition": ("Shares information clearly and listens actively, gets key messages across with impact "
                       "in a range of settings, and builds effective working relationships with patients, "
                       "colleagues and other stakeholders."),
        "levels": {
            4: ["Asks probing questions to get to the root of complex, organisation-wide issues",
                "Mediates skilfully in conflict situations so that all parties can accept the outcome",
                "Builds and keeps up information networks across the Irish health services and abroad",
                "Designs the Hospital\u2019s internal and external communication strategies",
                "Champions a culture in which successes are celebrated and mistakes are treated as chances to learn"],
            3: ["Puts in place systems and processes that open up communication channels",
                "Chooses from a range of techniques to explain complex information",
                "Brings conflicting parties together to talk things through",
                "Presents to groups with confidence and credibility",
                "Backs up proposals with research and evidence in order to persuade others"],
            2: ["Adapts the content and style of messages to the audience",
                "Keeps team members informed of changes that affect their work",
                "Deals with queries from patients and visitors courteously and promptly",
                "Writes clear, accurate notes and emails"],
            1: ["Listens carefully and checks understanding",
                "Passes on information accurately and on time",
                "Speaks to patients, visitors and colleagues politely and with respect"],
        },
    },
    {
        "key": "team-player",
        "name": "Team Player",
        "definition": ("The ability to co-operate and work with others, taking an active part in the team and "
                       "sharing information and ideas as well as responsibility for actions and results."),
        "levels": {
            4: ["Builds a shared vision across directorates and brings teams in behind it",
                "Creates the conditions in which cross-functional teams can succeed",
                "Acts as a role model for collaboration at senior level"],
            3: ["Sets clear team goals and shows how each person contributes to them",
                "Brings different disciplines together to solve shared problems",
                "Recognises and celebrates the achievements of the team",
                "Deals promptly with issues that undermine team working"],
            2: ["Takes responsibility for delivering own results and, where appropriate, those of the team",
                "Willingly covers the workload of absent colleagues",
                "Shares knowledge and expertise with team members",
                "Offers ideas and suggestions at team meetings"],
            1: ["Completes own tasks so that colleagues are not held up",
                "Is friendly, helpful and respectful towards colleagues",
                "Asks for help when needed"],
        },
    },
    {
        "key": "planning",
        "name": "Planning & Organisation",
        "definition": ("The ability to plan and prioritise work, using time and resources efficiently to meet "
                       "agreed deadlines and standards."),
        "levels": {
            4: ["Develops long-term plans that support the Hospital\u2019s strategic objectives",
                "Allocates resources across services in line with organisational priorities",
                "Puts contingency plans in place for major risks"],
            3: ["Plans the work of the department and sets realistic timelines",
                "Monitors progress against plans and takes corrective action",
                "Balances competing demands from different stakeholders"],
            2: ["Plans own workload and that of a small team on a weekly basis",
                "Re-prioritises quickly when urgent work comes in",
                "Keeps accurate records so that others can pick up the work"],
            1: ["Organises own tasks to meet deadlines",
                "Keeps the work area tidy and safe",
                "Follows agreed procedures and checklists"],
        },
    },
]

HEAD = """<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Competency Based Framework - St. James's Hospital</title>
<meta name="description" content="Details of the St. James's Hospital competency framework used for recruitment and selection.">
<link rel="canonical" href="https://www.stjames.ie/careers/applicationprocess/competencybasedframework/">
<link rel="stylesheet" href="/assets/css/main.min.css?v=3.4.1">
<link rel="icon" href="/favicon.ico">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-SJH0000000"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-SJH0000000', { 'anonymize_ip': true });
</script>
</head>
<body class="page page--content section-careers">
<a class="skip-link" href="#main-content">Skip to main content</a>

<div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite" aria-label="Cookie consent">
  <div class="container">
    <p>We use cookies to make this website work and to understand how it is used. You can accept all cookies or manage your preferences. <a href="/cookie-policy/">Read our cookie policy</a></p>
    <div class="cookie-banner__actions">
      <button type="button" class="btn btn--primary js-cookie-accept">Accept all cookies</button>
      <button type="button" class="btn btn--secondary js-cookie-reject">Reject non-essential</button>
      <button type="button" class="btn btn--link js-cookie-manage">Manage preferences</button>
    </div>
  </div>
</div>

<div class="utility-bar">
  <div class="container">
    <ul class="utility-bar__links">
      <li><a href="/patientexperience/">Patient Experience</a></li>
      <li><a href="/contactus/">Contact Us</a></li>
      <li><a href="/freedomofinformation/">Freedom of Information</a></li>
      <li><a href="/gaeilge/">Gaeilge</a></li>
    </ul>
    <form class="site-search" action="/search/" method="get" role="search">
      <label for="q" class="visually-hidden">Search this site</label>
      <input type="search" id="q" name="q" placeholder="Search">
      <button type="submit">Search</button>
    </form>
  </div>
</div>

<header class="site-header">
  <div class="container">
    <a class="site-header__logo" href="/"><img src="/assets/img/sjh-logo.svg" alt="St. James's Hospital" width="220" height="64"></a>
    <button class="nav-toggle" aria-controls="main-nav" aria-expanded="false">Menu</button>
    <nav id="main-nav" class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/patientsvisitors/">Patients &amp; Visitors</a></li>
        <li><a href="/clinicalservices/">Clinical Services</a></li>
        <li><a href="/gpsandhealthprofessionals/">GPs &amp; Health Professionals</a></li>
        <li class="is-active"><a href="/careers/" aria-current="true">Careers</a></li>
        <li><a href="/research/">Research &amp; Innovation</a></li>
        <li><a href="/aboutus/">About Us</a></li>
        <li><a href="/news/">News</a></li>
      </ul>
    </nav>
  </div>
</header>

<div class="container">
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/careers/">Careers</a></li>
      <li><a href="/careers/applicationprocess/">Application Process</a></li>
      <li aria-current="page">Competency Based Framework</li>
    </ol>
  </nav>
</div>
"""

INTRO = """
<div class="container layout layout--sidebar">
  <main id="main-content" class="layout__main">
    <h1>Competency Based Framework</h1>
    <p class="lead">St. James's Hospital uses a competency based approach to recruitment and selection, so that every appointment is made through a fair and transparent process in line with equality legislation.</p>
    <p>A competency is the mix of knowledge, skills, abilities and personal qualities that a person needs to do a job well. Each competency in the framework is described at four levels, from Level 1 to Level 4. The competencies and the level required for a post are set out in its Role Profile, and applicants are asked to give examples of when they have shown them.</p>
    <p>Select a level to see the descriptors for that level.</p>
"""

TAIL = """
    <h2>Documents</h2>
    <ul class="downloads">
      <li><a href="/media/sjh-competency-framework.pdf">St. James's Hospital Competency Framework (PDF 1,700Kb)</a></li>
      <li><a href="/media/sjh-applicant-guide.pdf">Applicant Guide (PDF 458Kb)</a></li>
      <li><a href="/media/sjh-faq-applicant.pdf">FAQ&#8217;s &#8211; Applicant (PDF 420Kb)</a></li>
    </ul>
    <p>If you have any queries, please contact the Recruitment Team at <a href="mailto:recruitment@stjames.ie">recruitment@stjames.ie</a>.</p>
    <p class="page-meta">Last updated: 14 March 2024</p>
  </main>

  <aside class="layout__sidebar">
    <nav class="section-menu" aria-label="Section menu">
      <h2 class="section-menu__title">Section menu</h2>
      <ul>
        <li><a href="/careers/currentvacancies/">Current Vacancies</a></li>
        <li><a href="/careers/applicationprocess/">Application Process</a>
          <ul>
            <li class="is-active"><a href="/careers/applicationprocess/competencybasedframework/" aria-current="page">Competency Based Framework</a></li>
            <li><a href="/careers/applicationprocess/examplesofwrittenbehaviouralcompetenciesusingstark/">Examples of Written Behavioural Competencies using STARK</a></li>
            <li><a href="/careers/applicationprocess/garda-vetting/">Garda Vetting</a></li>
          </ul>
        </li>
        <li><a href="/careers/nursing/">Nursing Careers</a></li>
        <li><a href="/careers/medical/">Medical Careers</a></li>
        <li><a href="/careers/whyworkhere/">Why Work Here</a></li>
      </ul>
    </nav>
  </aside>
</div>

<footer class="site-footer">
  <div class="container">
    <div class="site-footer__col">
      <h2 class="site-footer__title">St. James's Hospital</h2>
      <address>James's Street<br>Dublin 8<br>D08 NHY1</address>
      <p>Tel: <a href="tel:+35314103000">+353 1 410 3000</a></p>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__title">Quick links</h2>
      <ul>
        <li><a href="/careers/">Careers</a></li>
        <li><a href="/accessibility/">Accessibility</a></li>
        <li><a href="/privacy/">Privacy Statement</a></li>
        <li><a href="/cookie-policy/">Cookie Policy</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__title">Follow us</h2>
      <ul class="social">
        <li><a href="https://twitter.com/stjameshospital">X (Twitter)</a></li>
        <li><a href="https://www.linkedin.com/company/st-james-s-hospital">LinkedIn</a></li>
        <li><a href="https://www.youtube.com/@stjameshospital">YouTube</a></li>
      </ul>
    </div>
    <p class="site-footer__legal">&copy; 2024 St. James's Hospital. All rights reserved.</p>
  </div>
</footer>

<script src="/assets/js/jquery-3.6.0.min.js"></script>
<script src="/assets/js/main.min.js?v=3.4.1"></script>
<script>
  document.querySelectorAll('[role="tablist"]').forEach(function (list) {
    list.addEventListener('click', function (e) {
      var tab = e.target.closest('[role="tab"]');
      if (!tab) { return; }
      list.querySelectorAll('[role="tab"]').forEach(function (t) {
        t.setAttribute('aria-selected', t === tab ? 'true' : 'false');
        document.getElementById(t.getAttribute('aria-controls')).hidden = (t !== tab);
      });
    });
  });
</script>
</body>
</html>
"""


def esc(s):
    return html.escape(s, quote=False)


def comp_block(comp):
    k = comp["key"]
    out = [f'    <section class="competency" id="{k}">',
           f'      <h2 class="competency__title">{esc(comp["name"])}</h2>',
           f'      <p class="competency__definition">{esc(comp["definition"])}</p>',
           f'      <div class="tabs">',
           f'        <div class="tabs__list" role="tablist" aria-label="{esc(comp["name"])} levels">']
    for n in (4, 3, 2, 1):
        sel = "true" if n == 4 else "false"
        out.append(f'          <button type="button" class="tabs__tab" role="tab" id="tab-{k}-{n}" '
                   f'aria-controls="panel-{k}-{n}" aria-selected="{sel}">Level {n}</button>')
    out.append('        </div>')
    for n in (4, 3, 2, 1):
        hidden = "" if n == 4 else " hidden"
        out.append(f'        <div class="tabs__panel" role="tabpanel" id="panel-{k}-{n}" '
                   f'aria-labelledby="tab-{k}-{n}"{hidden}>')
        out.append(f'          <h3 class="tabs__panel-title">Level {n} Descriptors</h3>')
        out.append('          <ul>')
        for b in comp["levels"][n]:
            out.append(f'            <li>{esc(b)}</li>')
        out.append('          </ul>')
        out.append('        </div>')
    out.append('      </div>')
    out.append('    </section>')
    return "\n".join(out) + "\n"


def build():
    body = HEAD + INTRO + "".join(comp_block(c) for c in COMPS) + TAIL
    out = C.DOCS / f"{STEM}.html"
    out.write_text(body, encoding="utf-8")
    return out


def gold(path):
    comps = []
    for comp in COMPS:
        levels = [C.level(n, f"Level {n}", comp["levels"][n], STEM) for n in (1, 2, 3, 4)]
        comps.append(C.competency(comp["name"], STEM, comp["definition"], levels=levels))
    return C.write_gold(path, "html", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(gold(p))

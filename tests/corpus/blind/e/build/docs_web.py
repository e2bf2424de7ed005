"""HTML, TXT and Markdown documents of batch-e (hand-written page sources)."""
import html
import textwrap
from pathlib import Path


def _w(path, text, newline="\n"):
    Path(path).write_text(text, encoding="utf-8", newline=newline)


def _li(items, indent="            "):
    return "\n".join(f"{indent}<li>{html.escape(t, quote=False)}</li>" for t in items)


# =============================================================================== Texas A&M
TAMU_INDICATORS = [
    "Encourages cooperation, collaboration and flexibility when working with others.",
    "Contributes as a member of the team.",
    "Handles conflict constructively.",
]
TAMU_ILT = ["Building Trust at Work", "Managing Conflict Productively",
            "Team Dynamics: Working Together Effectively"]
TAMU_ONLINE = ["LinkedIn Learning: Collaboration Principles and Process",
               "LinkedIn Learning: Building High-Performance Teams"]
TAMU_ACTIVITIES = [
    "Join a team that has a skilled team leader.",
    "Offer to lead a team.",
    "Take on joint projects with co-workers.",
    "Take an active part in department meetings.",
    "Look for ways to support co-workers before being asked.",
]
TAMU_COACHING = [
    "Model the behavior you expect by drawing everyone into active participation.",
    "Recognize and reward behaviors that strengthen teamwork.",
    "Give the employee constructive feedback on how his or her behavior helps or hinders teamwork.",
    "Help the employee join a team led by a skilled team leader.",
    "Recommend the employee to lead a project, and provide coaching along the way.",
    "Be available to talk about what is happening on his/her team and offer suggestions and/or feedback.",
    "Model the behavior you expect by encouraging discussion in department meetings and handling conflict "
    "in the work unit productively.",
    "Build team-building activities into the work of the department.",
]


def tamu(out):
    ind = _li(TAMU_INDICATORS)
    ilt = "\n".join(f'            <li><a href="https://employees.tamu.edu/training/catalog/'
                    f'{i + 101}">{html.escape(t)}</a></li>' for i, t in enumerate(TAMU_ILT))
    onl = "\n".join(f'            <li><a href="https://www.linkedin.com/learning/" target="_blank" '
                    f'rel="noopener">{html.escape(t)}</a></li>' for t in TAMU_ONLINE)
    act = _li(TAMU_ACTIVITIES)
    coach = _li(TAMU_COACHING)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Collaboration &amp; Teamwork Competency | Employee &amp; Organizational Development | Texas A&amp;M University</title>
<link rel="stylesheet" href="/assets/css/tamu-brand.min.css">
<link rel="stylesheet" href="/assets/css/eod.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-EOD0TAMU21"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-EOD0TAMU21');
</script>
</head>
<body class="page-competency">
<a class="skip-link" href="#main">Skip to main content</a>
<div class="tamu-bar">
  <div class="container">
    <a class="tamu-logo" href="https://www.tamu.edu/">Texas A&amp;M University</a>
    <ul class="tamu-bar__links">
      <li><a href="https://employees.tamu.edu/">Employees</a></li>
      <li><a href="https://hr.tamu.edu/">Human Resources</a></li>
      <li><a href="https://howdy.tamu.edu/">Howdy</a></li>
    </ul>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <p class="site-title"><a href="/">Employee &amp; Organizational Development</a></p>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/programs/">Programs</a></li>
        <li><a href="/training/">Training</a></li>
        <li><a href="/consulting/">Consulting</a></li>
        <li><a href="/resources/">Resources</a></li>
        <li><a href="/about/">About Us</a></li>
      </ul>
    </nav>
  </div>
</header>
<div class="container breadcrumbs">
  <a href="/">Home</a> / <a href="/programs/">Programs</a> / <a href="/programs/competency/">Competency</a> /
  <a href="/programs/competency/behavioral-competencies/">Behavioral Competencies</a> / Collaboration and Teamwork
</div>
<div class="container layout">
  <aside class="sidebar">
    <h2 class="sidebar__title">Behavioral Competencies Menu</h2>
    <ul class="sidebar__menu">
      <li><a href="../diversity-and-respect/">Diversity and Respect</a></li>
      <li><a href="../organizational-compliance-and-safety/">Organizational Compliance and Safety</a></li>
      <li><a href="../customer-service/">Customer Service</a></li>
      <li><a href="../initiative/">Initiative</a></li>
      <li class="active"><a href="./">Collaboration and Teamwork</a></li>
      <li><a href="../working-at-texas-am/">Working at Texas A&amp;M</a></li>
    </ul>
  </aside>
  <main id="main" class="content">
    <h1>Collaboration &amp; Teamwork Competency</h1>
    <section class="block">
      <h2>Behavioral Indicators</h2>
      <p>Behavioral indicators of Collaboration &amp; Teamwork include:</p>
      <ul>
{ind}
      </ul>
      <p class="note"><em>Rating definitions and behavioral examples for the Collaboration &amp; Teamwork
      competency in the Non-Faculty Performance Evaluation are given in the
      <a href="/media/pathways-rating-definitions.pdf">PATHways Performance Evaluation Rating Definitions</a>.</em></p>
    </section>
    <section class="block">
      <h2>Training &amp; development</h2>
      <p>The trainings and activities below are recommended to build knowledge, skills and/or abilities
      related to this competency.</p>
      <div class="accordion">
        <h3 class="accordion__title">Instructor Led Training</h3>
        <div class="accordion__panel">
          <ul>
{ilt}
          </ul>
        </div>
        <h3 class="accordion__title">Online Training</h3>
        <div class="accordion__panel">
          <ul>
{onl}
          </ul>
        </div>
        <h3 class="accordion__title">Developmental Activities</h3>
        <div class="accordion__panel">
          <ul>
{act}
          </ul>
        </div>
      </div>
    </section>
    <section class="block">
      <h2>Coaching suggestions</h2>
      <p>Supervisors can use the strategies below to support an employee&#8217;s development in this
      competency.</p>
      <ul>
{coach}
      </ul>
    </section>
    <section class="block">
      <h2>Resources</h2>
      <div class="accordion">
        <h3 class="accordion__title">Resource Documents</h3>
        <div class="accordion__panel">
          <ul>
            <li><a href="/media/tips-for-effective-team-meetings.pdf">Tips for Effective Team Meetings (PDF)</a></li>
          </ul>
        </div>
        <h3 class="accordion__title">Links and External Resources</h3>
        <div class="accordion__panel">
          <ul>
            <li>Lencioni, P. (2002). <em>The five dysfunctions of a team: A leadership fable</em>. Jossey-Bass.</li>
            <li>Hansen, M. T. (2009). <em>Collaboration: How leaders avoid the traps, create unity, and reap big results</em>. Harvard Business Press.</li>
          </ul>
        </div>
      </div>
    </section>
  </main>
</div>
<footer class="site-footer">
  <div class="container">
    <p><strong>Employee &amp; Organizational Development</strong><br>
    750 Agronomy Road, Suite 1201<br>College Station, TX 77843-1255<br>Phone: 979.862.4184</p>
    <ul class="footer-links">
      <li><a href="https://www.tamu.edu/statements/index.html">Site Policies</a></li>
      <li><a href="https://itaccessibility.tamu.edu/">Accessibility</a></li>
      <li><a href="https://www.tamu.edu/statements/privacy.html">Privacy</a></li>
      <li><a href="https://secure.ethicspoint.com/">Report Fraud</a></li>
    </ul>
    <p class="copyright">&copy; 2024 Texas A&amp;M University. All rights reserved.</p>
  </div>
</footer>
<script src="/assets/js/jquery-3.6.0.min.js"></script>
<script src="/assets/js/accordion.js"></script>
</body>
</html>
"""
    _w(out, page)


# =============================================================================== CIPD
CIPD_LEVELS = ["Foundation level", "Associate level", "Chartered Member level", "Chartered Fellow level"]
CIPD_ROWS = [
    ("The wider people profession", [
        "Stay curious about issues and developments in the people profession and the wider world of work.",
        "Keep up to date with external trends and developments and think about how they will affect your "
        "work.",
        "Connect regularly with peers inside and outside the organisation to benchmark, share good practice "
        "and anticipate the trends that will shape future priorities.",
        "Connect with a network of senior leaders to share leading practice, understand outside influences "
        "and help shape the future direction of the profession."]),
    ("Learning from feedback", [
        "Ask for feedback on your work and use it to improve.",
        "Seek feedback from a range of people and reflect on what it means for the way you work.",
        "Create regular opportunities for colleagues and stakeholders to give you open feedback, and act on "
        "it visibly.",
        "Build a culture in which leaders seek out and act on feedback as a matter of course."]),
    ("Continuous improvement and innovation", [
        "Suggest small improvements to the way tasks are done.",
        "Test new approaches in your own work and share what works.",
        "Lead experiments with new people practices and evaluate their impact.",
        "Champion innovation across the organisation and the profession, encouraging informed "
        "risk-taking."]),
    ("Developing others", [
        "Share what you have learned with immediate colleagues.",
        "Support the learning of colleagues through coaching, guidance and sharing resources.",
        "Design learning opportunities that build capability across teams.",
        "Set the organisation\u2019s direction for learning and development, making continuous learning part "
        "of its culture."]),
]
CIPD_INTRO = [
    "Commitment to ongoing development is central to being a professional, so this behaviour is about how we "
    "support our own continuing professional development \u2013 and that of others.",
    "People professionals need to take a broad view of their learning. Whether it is staying curious about "
    "the wider world of work, connecting with others in the profession or asking for feedback on how we work "
    "day to day, we should all reflect on what we learn and what it means for our practice.",
    "A learning mindset also helps us look for chances to try new ways of doing things, to keep innovating "
    "and improving our work, and to contribute to the development of others.",
]
CIPD_QUOTE = ("\u201cIn a fast-changing world, a passion for learning is not optional. Curiosity comes "
              "naturally to children but can fade as we grow older, and if we neglect our learning we choose "
              "to stand still. A passion to learn keeps us at the leading edge of knowledge and practice, and "
              "helps us seize opportunities, drive innovation and find purpose.\u201d")
CIPD_QUOTE_BY = "Head of Learning and Development Content, CIPD"


def cipd(out):
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    head = "\n".join(f'            <th scope="col">{e(l)}</th>' for l in CIPD_LEVELS)
    sub = "\n".join('            <td class="sub">At this level you will:</td>' for _ in CIPD_LEVELS)
    rows = []
    for lab, cells in CIPD_ROWS:
        tds = "\n".join(f'            <td data-level="{e(CIPD_LEVELS[i])}">{e(c)}</td>'
                        for i, c in enumerate(cells))
        rows.append(f'          <tr>\n            <th scope="row">{e(lab)}</th>\n{tds}\n          </tr>')
    rows = "\n".join(rows)
    intro = "\n".join(f"        <p>{e(p)}</p>" for p in CIPD_INTRO)
    page = f"""<!doctype html>
<html lang="en-GB" class="no-js">
<head>
  <meta charset="utf-8">
  <title>Passion for learning | Core behaviours | CIPD</title>
  <meta name="description" content="Explore the Passion for learning core behaviour of the CIPD Profession Map.">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="canonical" href="https://www.cipd.org/en/the-people-profession/the-profession-map/explore-the-profession-map/core-behaviours/passion-for-learning/">
  <link rel="stylesheet" href="/static/css/main.3f9a1c.css">
  <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
  <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0d4c-cipd" async></script>
</head>
<body>
  <div id="onetrust-banner-sdk" class="cookie-banner" role="dialog" aria-label="Cookie banner">
    <p>We use cookies to give you the best experience of our website. You can manage your preferences at any time.</p>
    <button type="button">Accept all cookies</button> <button type="button">Cookie settings</button>
  </div>
  <a class="skip" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <div class="site-header__top">
      <a class="logo" href="/en/" aria-label="CIPD home">CIPD</a>
      <div class="region-select">Region: <a href="/uk/">UK</a> | <a href="/ie/">Ireland</a> | <a href="/ae/">Middle East</a> | <a href="/en/">International</a></div>
      <ul class="utility">
        <li><a href="/en/membership/">Join</a></li>
        <li><a href="/en/login/">Log in</a></li>
        <li><a href="/en/search/">Search</a></li>
      </ul>
    </div>
    <nav class="primary-nav" aria-label="Primary">
      <ul>
        <li><a href="/en/knowledge/">Knowledge</a></li>
        <li><a href="/en/learning/">Learning</a></li>
        <li><a href="/en/membership/">Membership</a></li>
        <li><a href="/en/the-people-profession/">The people profession</a></li>
        <li><a href="/en/events/">Events</a></li>
        <li><a href="/en/about/">About us</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/en/">Home</a></li>
      <li><a href="/en/the-people-profession/">The people profession</a></li>
      <li><a href="/en/the-people-profession/the-profession-map/">The Profession Map</a></li>
      <li><a href="/en/the-people-profession/the-profession-map/explore-the-profession-map/">Explore the Profession Map</a></li>
      <li><a href="/en/the-people-profession/the-profession-map/explore-the-profession-map/core-behaviours/">Core behaviours</a></li>
      <li aria-current="page">Passion for learning</li>
    </ol>
  </nav>
  <main id="main-content">
    <section class="hero hero--behaviour">
      <p class="hero__eyebrow">Core behaviour</p>
      <h1>Passion for learning</h1>
      <p class="hero__standfirst">Showing curiosity and making the most of every chance to learn, improve and innovate.</p>
    </section>
    <section class="rich-text">
{intro}
    </section>
    <figure class="quote">
      <blockquote>
        <p>{e(CIPD_QUOTE)}</p>
      </blockquote>
      <figcaption>{e(CIPD_QUOTE_BY)}</figcaption>
    </figure>
    <section class="standards">
      <h2>Passion for learning standards</h2>
      <p>Each standard moves through four levels of impact. Which level best describes your day-to-day work?</p>
      <div class="table-scroll">
        <table class="standards-table">
          <thead>
          <tr>
            <td></td>
{head}
          </tr>
          <tr>
            <td></td>
{sub}
          </tr>
          </thead>
          <tbody>
{rows}
          </tbody>
        </table>
      </div>
    </section>
    <aside class="callout callout--download">
      <h3>The Profession Map</h3>
      <p><a href="/static/profession-map-full-standards.pdf">Download the full set of standards</a> <span class="file-meta">PDF document 491.5 KB</span></p>
    </aside>
    <aside class="callout callout--promo">
      <h3>CIPD Learning Hub</h3>
      <p>Access courses on the core behaviours. Our courses look at each core behaviour of the Profession Map in detail and give you the chance to reflect on where you are now.</p>
      <p><a href="/en/learning/learning-hub/">Visit the Learning Hub</a></p>
    </aside>
  </main>
  <footer class="site-footer">
    <ul class="footer-links">
      <li><a href="/en/about/contact-us/">Contact us</a></li>
      <li><a href="/en/about/accessibility/">Accessibility</a></li>
      <li><a href="/en/about/privacy-notice/">Privacy notice</a></li>
      <li><a href="/en/about/cookies/">Cookies</a></li>
      <li><a href="/en/about/terms-and-conditions/">Terms and conditions</a></li>
    </ul>
    <p class="legal">&copy; Chartered Institute of Personnel and Development 2024. Incorporated by Royal Charter, Registered Charity no.1079797 (England and Wales) and SC045154 (Scotland).</p>
  </footer>
  <script src="/static/js/vendor.91b2.js"></script>
  <script src="/static/js/main.3f9a1c.js"></script>
</body>
</html>
"""
    _w(out, page)


# =============================================================================== Multnomah County
MULTCO = [
    ("Racially Just",
     "Takes concrete action to foster respect for racial differences and to end prejudice and implicit bias. "
     "Wherever possible, acts as a champion and ally in racial justice work and works to dismantle oppression "
     "and white privilege in the workplace and in the community. Notices subtle expressions of bias and "
     "discrimination (microaggressions) and interrupts them. Helps others learn when discrimination and bias "
     "come to light."),
    ("Promoting Equity",
     "Upholds policies and practices that advance equity, and takes apart the barriers to it. Builds "
     "effective, responsive strategies that foster safety, belonging and trust, both within the workforce "
     "and within communities. Nurtures workplaces that value truth telling, courage and vulnerability, time "
     "to think and reflect, community-mindedness, shared power, hope, and openness to difficult "
     "conversations."),
    ("Outcomes Oriented",
     "Works to fulfill commitments and responsibilities and holds self accountable for successful outcomes. "
     "Defines specific, measurable outcomes that show success and agrees realistic timeframes for work, "
     "projects, initiatives and/or strategies. Keeps others informed and negotiates timelines or outcomes "
     "early when circumstances change."),
    ("Navigating Change",
     "Meets change with openness and flexibility. Helps others understand the reasons for change and adjust "
     "to new ways of working. Stays effective and constructive when priorities, processes or structures "
     "shift."),
    ("Learning Agility",
     "Seeks out new knowledge and experiences and learns from them quickly. Reflects on successes and "
     "setbacks, asks for feedback and applies the lessons to new situations. Is curious and willing to try "
     "unfamiliar approaches."),
    ("Creativity and Innovation",
     "Generates new ideas and fresh approaches to problems. Questions established ways of working and "
     "experiments with improvements. Draws on diverse perspectives to design solutions that serve the "
     "community better."),
    ("Building Relationships",
     "Builds and maintains respectful, trusting relationships with colleagues, partners and community "
     "members. Listens to understand, values different perspectives and works across boundaries toward "
     "common goals."),
    ("Acting with Integrity",
     "Is honest, ethical and transparent in word and action. Keeps commitments, admits mistakes and treats "
     "people and information with respect. Makes decisions that serve the public interest."),
]


def _anchor(name):
    import re
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def multco(out):
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    jump = " | ".join(f'<a href="#{_anchor(n)}">{e(n)}</a>' for n, _ in MULTCO)
    secs = "\n".join(
        f'        <h2 id="{_anchor(n)}">{e(n)}</h2>\n        <p>{e(t)}</p>\n' for n, t in MULTCO)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Core Competency Behavioral Descriptions | Multnomah County</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_multco_theme.css" />
    <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
    <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});}})(window,document,'script','dataLayer','GTM-MULTCO');</script>
  </head>
  <body class="path-node page-node-type-page">
    <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
    <div class="gov-banner">An official website of Multnomah County, Oregon</div>
    <header role="banner" class="region-header">
      <a href="/" rel="home" class="site-logo">Multnomah County</a>
      <nav role="navigation" aria-label="Main navigation" class="menu--main">
        <ul>
          <li><a href="/services">Services</a></li>
          <li><a href="/departments">Departments</a></li>
          <li><a href="/jobs">Jobs</a></li>
          <li><a href="/news">News</a></li>
          <li><a href="/events">Events</a></li>
          <li><a href="/search">Search</a></li>
        </ul>
      </nav>
      <div class="language-switcher"><a href="#">Translate</a> | <a href="/es">Espa&ntilde;ol</a></div>
    </header>
    <div class="region-breadcrumb">
      <nav class="breadcrumb" aria-labelledby="system-breadcrumb">
        <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
        <ol>
          <li><a href="/">Home</a></li>
          <li><a href="/assessment-taxation">Division of Assessment, Recording &amp; Taxation</a></li>
          <li>Core Competency Behavioral Descriptions</li>
        </ol>
      </nav>
    </div>
    <main role="main">
      <a id="main-content" tabindex="-1"></a>
      <div class="layout-content">
        <h1 class="page-title"><span>Core Competency Behavioral Descriptions</span></h1>
        <div class="field--name-body">
        <p>Core competencies are the skills and attributes employees need to do their work well.</p>
        <p>Competencies anchor every part of the employment experience: recruitment, hiring, onboarding, training and performance management. They give us a shared language for describing the professional behaviors that matter to the organization&#8217;s success, grounded in its values, its mission and its many cultures.</p>
        <p>Multnomah County uses one Competency Model for all employees in all departments, so that expectations are consistent and clear.</p>
        <p class="jump-links">{jump}</p>
{secs}        </div>
        <div class="node-meta">Last updated <time datetime="2023-08-14">August 14, 2023</time></div>
      </div>
    </main>
    <footer role="contentinfo" class="region-footer">
      <div class="footer-contact">Multnomah County<br>501 SE Hawthorne Blvd.<br>Portland, OR 97214<br>503-988-3511</div>
      <ul class="footer-menu">
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/privacy">Privacy policy</a></li>
        <li><a href="/feedback">Website feedback</a></li>
      </ul>
      <p>&copy; 2024 Multnomah County</p>
    </footer>
    <script src="/sites/default/files/js/js_multco_theme.js"></script>
  </body>
</html>
"""
    _w(out, page)


# =============================================================================== NRC (lynx -dump text)
NRC_DEF = ("Grasping, analyzing, synthesizing and linking complex information and abstract variables; "
           "reaching logical conclusions and/or offering sound and creative alternatives.")
NRC_LEVELS = [
    ("Analyzes and synthesizes information", [
        "Breaks concrete problems down into parts and organizes the information concisely.",
        "Gathers input from the appropriate players.",
        "Identifies the links between the information and its context.",
        "Uses common sense, past experience and basic rules to identify key underlying issues and to solve "
        "problems.",
        "Considers the relevant facts and alternatives when making decisions.",
        "Is open to new ideas."]),
    ("Applies broad analysis to reach conclusions", [
        "Analyzes complex problems and breaks them down into logical parts.",
        "Sees connections, patterns or trends in the information available.",
        "Identifies the potential impact of trends or events on services, products or clients.",
        "Draws logical conclusions and/or offers creative options and recommendations."]),
    ("Manages multiple complex relationships", [
        "Deals with several complex issues and abstract relationships at the same time.",
        "Recognizes and weighs several likely causal factors or ways of interpreting the information "
        "available.",
        "Thinks several steps ahead and across functions when choosing the best course of action "
        "(anticipates likely outcomes).",
        "Explains complex issues and relationships clearly and concisely.",
        "Identifies problems and situations that are not obvious to others and that previous education or "
        "experience does not cover."]),
    ("Whole Systems Thinking", [
        "Sets strategy and approaches from a whole-systems perspective.",
        "Anticipates how decisions in one area will affect the organization as a whole and its partners.",
        "Builds new concepts or models that make sense of complex, ambiguous situations for others."]),
]


def _wrap(text, indent, width=79, first=None):
    return textwrap.fill(text, width=width, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent, break_on_hyphens=False)


def nrc(out):
    L = []
    L += ["   #[1]alternate", "",
          "   [2]Skip to main content",
          "   [3]Skip to \"About government\"", "",
          "Language selection", "",
          "     * [4]Fran\u00e7ais", "",
          "   [5]Government of Canada / Gouvernement du Canada", "",
          "Search", "",
          "   Search Canada.ca ____________________ Search", "",
          "Menu", "",
          "     * [6]MAIN MENU", "",
          "You are here:", "",
          "    1. [7]Canada.ca",
          "    2. [8]National Research Council Canada",
          "    3. [9]Careers",
          "    4. [10]Behavioural competencies", "",
          "Behavioural competencies for Management services: Conceptual and analytical ability", "",
          "   [11]Management services behavioural competency (PDF, 104 KB)", "",
          _wrap(NRC_DEF, "   "), ""]
    for i, (title, bullets) in enumerate(NRC_LEVELS, 1):
        L += [f"Level {i}", "", title, ""]
        for b in bullets:
            L.append(_wrap(b, "       ", first="     * "))
        L.append("")
    L += ["Date modified:", "", "   2019-03-26", "",
          "   [12]Report a problem or mistake on this page", "",
          "About this site", "",
          "National Research Council Canada", "",
          "     * [13]Contact us",
          "     * [14]Departments and agencies",
          "     * [15]Public service and military",
          "     * [16]News",
          "     * [17]Treaties, laws and regulations", "",
          "Government of Canada Corporate", "",
          "     * [18]Social media",
          "     * [19]Terms and conditions",
          "     * [20]Privacy", "",
          "   [21]Top of Page", "",
          "   Symbol of the Government of Canada", "",
          "References", "",
          "   1. https://nrc.canada.ca/fr/carrieres/competences-comportementales/competences-comportementales-services-gestion-capacite-conceptuelle-analytique",
          "   2. https://nrc.canada.ca/en/corporate/careers/behavioural-competencies/behavioural-competencies-management-services-conceptual-analytical-ability#wb-cont",
          "   3. https://nrc.canada.ca/en/corporate/careers/behavioural-competencies/behavioural-competencies-management-services-conceptual-analytical-ability#wb-info",
          "   4. https://nrc.canada.ca/fr/carrieres/competences-comportementales/competences-comportementales-services-gestion-capacite-conceptuelle-analytique",
          "   5. https://www.canada.ca/en.html",
          "   6. https://nrc.canada.ca/en/corporate/careers/behavioural-competencies/behavioural-competencies-management-services-conceptual-analytical-ability#wb-info",
          "   7. https://www.canada.ca/en.html",
          "   8. https://nrc.canada.ca/en",
          "   9. https://nrc.canada.ca/en/corporate/careers",
          "  10. https://nrc.canada.ca/en/corporate/careers/behavioural-competencies",
          "  11. https://nrc.canada.ca/sites/default/files/2019-03/management-services-conceptual-analytical-ability.pdf",
          "  12. https://nrc.canada.ca/en/report-problem",
          "  13. https://nrc.canada.ca/en/corporate/contact-us",
          "  14. https://www.canada.ca/en/government/dept.html",
          "  15. https://www.canada.ca/en/government/publicservice.html",
          "  16. https://www.canada.ca/en/news.html",
          "  17. https://www.canada.ca/en/government/system/laws.html",
          "  18. https://www.canada.ca/en/social.html",
          "  19. https://nrc.canada.ca/en/corporate/terms-conditions",
          "  20. https://nrc.canada.ca/en/corporate/privacy",
          "  21. https://nrc.canada.ca/en/corporate/careers/behavioural-competencies/behavioural-competencies-management-services-conceptual-analytical-ability#wb-tphp"]
    _w(out, "\n".join(L) + "\n")


# =============================================================================== 37signals (Markdown)
SIG_LEVELS = ["Junior Programmer", "Programmer", "Senior Programmer", "Lead Programmer",
              "Principal Programmer"]
SIG_GROUPS = [("Skills", ["Mastery", "Scope", "Judgement", "Tooling"]),
              ("Engagement", ["Ownership", "Communication", "Planning / Prioritization"]),
              ("Coachability", ["Trust", "Feedback"])]
SIG = {
    "Mastery": [
        "Comfortable with the basic features of the language and framework, though some advanced "
        "constructs may still be new. Now and then struggles to follow the patterns and approaches of an "
        "existing codebase.",
        "Follows the established patterns and approaches of our codebases with ease. Writes code that "
        "colleagues regard as high quality.",
        "Introduces new patterns and conventions when they are needed. Delivers pragmatic, high-quality "
        "solutions to hard or intricate problems.",
        "Serves as the subject-matter expert on several systems. Makes the strategic calls on major "
        "components.",
        "Invents new concepts and builds new systems; regularly moves the whole organization, or the "
        "industry, forward."],
    "Scope": [
        "Can work on tightly scoped, routine problems.",
        "Can work on clearly defined and scoped individual features or problems.",
        "Can take substantial features from concept to shipping as the only programmer (with a designer on "
        "the product side).",
        "Can own and run whole subsystems of work. Has a strong record of significant improvements to system "
        "quality, performance or scalability.",
        "Can set the strategic direction of an entire discipline such as security, web or mobile. Works "
        "consistently on highly complex projects and is the person to ask about the hardest technical "
        "problems."],
    "Judgement": [
        "Is curious about the craft and puts own growth first in order to serve the team better. Looks into "
        "what was done before and why, and tries to solve problems independently.",
        "Spots and fixes problems without being asked, improves the parts of the code they touch, and leaves "
        "things better than they found them. Pays attention to detail.",
        "Has enough experience to be sought out for advice by peers on several teams. Raises the team\u2019s "
        "professional standards.",
        "Has the experience, trust and respect to work at tech-lead level. Defines professional standards and "
        "is asked for advice across disciplines.",
        "Is seen as a leader across teams, technically and culturally, and is known across the company as the "
        "expert to consult on critical work."],
    "Tooling": [
        "Has a basic grasp of our tools (Datadog, Buildkite, Kibana and the rest).",
        "Uses our most common tools day to day to diagnose issues and tune performance.",
        "Understands all our tools thoroughly and uses them to diagnose issues quickly and calmly, even under "
        "pressure.",
        "Is an expert in our tools, extends and improves them over time, and sees where tooling should get "
        "better and oversees the work.",
        "Invents new tools with strategic impact and can weigh build against buy with business strategy in "
        "mind."],
    "Ownership": [
        "Joins the on-call rotation with guidance from more senior programmers and sees simpler fixes through "
        "from start to finish.",
        "Takes on-call shifts with guidance from a senior colleague, handles or triages many production "
        "issues, and can be trusted to lead the fix for bugs or minor incidents in own area.",
        "Handles or triages production issues across several systems with little help and can lead major "
        "incidents from start to resolution.",
        "Can lead the resolution of any engineering problem in their discipline and stays composed and clear "
        "under stress.",
        "Leads the most critical production incidents to resolution, coordinating the company-wide response "
        "and advising on public communication."],
    "Communication": [
        "Says what they are working on without being asked, tries to get unblocked alone but asks for help "
        "when needed. Rarely asks the same question twice.",
        "Opens pull requests that show a good command of our patterns and principles, though senior review "
        "may still be needed. Researches questions thoroughly before taking them to senior colleagues.",
        "Is trusted to give actionable feedback on the team\u2019s pull requests with little oversight, and "
        "offers technical advice during planning and scoping.",
        "Gives critical, actionable feedback on pull requests that keeps quality and consistency high across "
        "the team, keeps leadership informed of progress and writes Heartbeats and Kickoffs.",
        "Thinks strategically over the long term and works with leadership to communicate our engineering "
        "vision across teams and disciplines."],
    "Planning / Prioritization": [
        "Prioritizes daily work against team and project needs with regular guidance, and manages time well.",
        "Prioritizes tasks and project work with little direction, keeps going when things are uncertain and "
        "pulls in help when needed.",
        "Manages own time with no direction, finds valuable work without prodding and helps steer cycle "
        "planning.",
        "Can plan whole cycles for a team, drive the agenda and hammer scope, drawing on long experience.",
        "Can run and direct larger teams over several cycles and on long-running projects, raising team and "
        "company standards along the way."],
    "Trust": [
        "Work is reviewed closely, often with a lot of back and forth before merging. Reads pull requests and "
        "makes small contributions to system documentation.",
        "Work is reviewed with some back and forth and the occasional call for real changes of direction. "
        "Trusted to review non-critical pull requests for style, readability and performance.",
        "Work does not necessarily need review, though the general approach may. Trusted to review critical "
        "pull requests and to course-correct when required.",
        "Major projects can be completed on their own and shipped without review. Reviews complex, "
        "high-impact pull requests across teams.",
        "Entire systems can be designed, built and shipped without review. Reviews system architecture "
        "across product suites to keep work to the highest technical standards."],
    "Feedback": [
        "Watches and learns from the work and behavior of others, and takes constructive feedback with a "
        "growth mindset.",
        "Takes constructive feedback with a growth mindset, gives specific, well-considered feedback in own "
        "area when asked, and can disagree and commit.",
        "Gives specific, substantive, constructive feedback on the work of junior and mid-level programmers "
        "that deepens their knowledge.",
        "Can formally mentor senior programmers and act as technical lead on small teams; colleagues "
        "regularly seek their help with critical work or decisions.",
        "Formally mentors programmers, defines engineering-wide standards and can lead teams of any size "
        "across a whole discipline."],
}


def signals(out):
    L = ["# Engineering Progression Framework", "",
         "This framework sets out what we expect from programmers in technical skill, in the reach of their "
         "impact, and in the way they go about their work. It is not a checklist! It is a guide for the "
         "ongoing conversations about performance and progression between a programmer and their manager.",
         "",
         "We use it to steer personal development, picking focus areas that speed up progression in your "
         "37signals career. Those conversations happen between you and your manager throughout the year, "
         "alongside regular, specific feedback. The framework is also the basis of our annual performance "
         "review, which lines up with your work anniversary.",
         "",
         "37signals pays at the top 10% of the industry (using San Francisco rates), so we expect the quality "
         "of the work to match that target.",
         "", ""]
    for i, lev in enumerate(SIG_LEVELS):
        L += [f"## {lev}", ""]
        for g, comps in SIG_GROUPS:
            L += [f"### {g}", ""]
            for c in comps:
                L += [f"**{c}**: {SIG[c][i]}", ""]
        L.append("")
    _w(out, "\n".join(L).rstrip("\n") + "\n")

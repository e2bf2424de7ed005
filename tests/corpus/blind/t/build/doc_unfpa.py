"""unfpa-competency-framework.html: UNFPA competency dictionary page (HTML, <details> levels)."""
import html

import tcommon as C

STEM = "unfpa-competency-framework"
FILE = STEM + ".html"
TITLE = "UNFPA Competency Framework: Core Competencies"

LEVELS = ["Level 1 \u2013 Foundation", "Level 2 \u2013 Practitioner",
          "Level 3 \u2013 Advanced", "Level 4 \u2013 Expert"]

COMPS = [
    ("developing-people", "Developing People",
     "Helps colleagues grow their skills and confidence by sharing knowledge, giving honest feedback "
     "and creating chances to learn on the job.",
     [
         ["Shares what they know with new team members without being asked.",
          "Accepts feedback openly and acts on it.",
          "Takes part in the learning activities offered by the office."],
         ["Explains the reasons behind tasks so that others understand how their work fits the programme.",
          "Gives specific, timely feedback on what went well and what could be improved.",
          "Points colleagues to resources, networks and people who can help them learn."],
         ["Agrees development goals with team members and reviews progress with them during the year.",
          "Delegates stretching assignments and provides support without taking over.",
          "Recognizes the contributions of staff in front of others."],
         ["Builds a learning culture across the office or division, making development part of everyday work.",
          "Identifies staff with high potential and plans their next assignments with them.",
          "Mentors managers and holds them accountable for developing their own teams."],
     ]),
    ("building-and-managing-relationships", "Building and Managing Relationships",
     "Creates and maintains working relationships with colleagues, national counterparts, civil society "
     "and donors that rest on trust, respect and a shared purpose.",
     [
         ["Treats colleagues and partners courteously and keeps the commitments made to them.",
          "Listens to the views of others before offering their own."],
         ["Keeps in regular contact with counterparts in government and partner agencies.",
          "Looks for common ground when interests differ and proposes workable compromises.",
          "Shares information with partners in good time."],
         ["Builds networks across the UN country team and with non-traditional partners.",
          "Deals with disagreements constructively, before they damage the relationship.",
          "Draws on relationships to open the way for joint programming and resource mobilization."],
         ["Positions UNFPA as a trusted partner of senior government officials and donors.",
          "Brokers alliances among organizations with different mandates around shared goals in population "
          "and reproductive health."],
     ]),
    ("personal-leadership-and-effectiveness", "Personal Leadership and Effectiveness",
     "Shows self-awareness, resilience and integrity, manages own work and time well, and takes "
     "responsibility for the results of own actions.",
     [
         ["Plans own work to meet agreed deadlines.",
          "Stays calm and courteous under pressure.",
          "Admits mistakes and learns from them."],
         ["Sets priorities when demands compete and renegotiates deadlines early when needed.",
          "Asks for feedback on own performance and uses it to improve."],
         ["Models UNFPA values in difficult situations, even when this is unpopular.",
          "Adapts own approach quickly when circumstances in the field change.",
          "Balances the needs of the programme with the well-being of self and team."],
         ["Sets an example of integrity and accountability for the whole office.",
          "Remains effective and decisive in a crisis and keeps the team focused on priorities."],
     ]),
]

HEAD = """<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Competency framework | United Nations Population Fund</title>
<meta name="description" content="The core competencies expected of all UNFPA personnel, with behavioural indicators at four levels of proficiency.">
<link rel="canonical" href="https://www.unfpa.org/jobs/competency-framework">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q0sYd1ZP3kE8gZyRk3R0xA.css">
<link rel="stylesheet" media="all" href="/themes/custom/unfpa/css/style.css?s8k2lp">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-1VZ8K4L1QX"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-1VZ8K4L1QX');
</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/18934","currentLanguage":"en"},"ajaxTrustedUrl":{"\\/search":true}}</script>
</head>
"""

TOP = """<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header" role="banner">
  <div class="header-top">
    <div class="container">
      <ul class="language-switcher">
        <li class="is-active"><a href="/jobs/competency-framework" hreflang="en">English</a></li>
        <li><a href="/es/empleos/marco-de-competencias" hreflang="es">Espa\u00f1ol</a></li>
        <li><a href="/fr/emplois/cadre-de-competences" hreflang="fr">Fran\u00e7ais</a></li>
        <li><a href="/ar/jobs/competency-framework" hreflang="ar">\u0627\u0644\u0639\u0631\u0628\u064a\u0629</a></li>
      </ul>
      <a class="donate-button" href="/donate">Donate</a>
    </div>
  </div>
  <div class="container header-main">
    <a href="/" rel="home" class="site-logo"><img src="/themes/custom/unfpa/logo.svg" alt="UNFPA - United Nations Population Fund"></a>
    <nav class="main-menu" aria-label="Main navigation">
      <ul class="menu">
        <li><a href="/about-us">Who we are</a></li>
        <li><a href="/what-we-do">What we do</a></li>
        <li><a href="/data">Data</a></li>
        <li><a href="/publications">Publications</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/events">Events</a></li>
        <li class="active-trail"><a href="/jobs">Jobs</a></li>
      </ul>
    </nav>
    <form class="search-block-form" action="/search" method="get" role="search">
      <label for="edit-keys" class="visually-hidden">Search</label>
      <input type="search" id="edit-keys" name="keys" placeholder="Search UNFPA">
      <button type="submit">Search</button>
    </form>
  </div>
</header>
<div class="container">
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/jobs">Jobs</a></li>
      <li><a href="/jobs/working-unfpa">Working at UNFPA</a></li>
      <li>Competency framework</li>
    </ol>
  </nav>
</div>
<main role="main" id="main-content">
<div class="container layout-content" id="top">
  <div class="page-title-wrapper"><h1 class="page-title">UNFPA Competency Framework: Core Competencies</h1></div>
  <div class="field--name-body">
    <p class="lead">Competencies describe how we do our work: the knowledge, skills and behaviours that let UNFPA
    personnel deliver on the organization's mandate. They are used in recruitment, performance appraisal and
    career development for staff in every office.</p>
    <p>The core competencies apply to all personnel, whatever their function or grade. Each one is defined below and
    illustrated by behavioural indicators at four levels of proficiency, from Level 1 (Foundation) to Level 4 (Expert).
    A higher level assumes the behaviours of the levels below it. Select a level to see its indicators.</p>
    <nav class="on-this-page" aria-label="On this page">
      <h2 class="visually-hidden">On this page</h2>
      <ul>
"""

BOTTOM = """  </div>
  <div class="page-share">
    <span>Share this page:</span>
    <a href="https://twitter.com/intent/tweet?url=https%3A//www.unfpa.org/jobs/competency-framework" class="share-x">X</a>
    <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A//www.unfpa.org/jobs/competency-framework" class="share-facebook">Facebook</a>
    <a href="mailto:?subject=Competency%20framework" class="share-email">Email</a>
  </div>
</div>
</main>
<footer class="site-footer" role="contentinfo">
  <div class="container">
    <div class="footer-columns">
      <ul class="footer-menu">
        <li><a href="/contact">Contact us</a></li>
        <li><a href="/jobs/faqs">Jobs FAQs</a></li>
        <li><a href="/procurement">Procurement</a></li>
        <li><a href="/transparency-portal">Transparency portal</a></li>
      </ul>
      <ul class="footer-menu">
        <li><a href="/terms-use">Terms of use</a></li>
        <li><a href="/privacy-policy">Privacy policy</a></li>
        <li><a href="/fraud-alert">Fraud alert</a></li>
        <li><a href="/report-wrongdoing">Report wrongdoing</a></li>
      </ul>
    </div>
    <p class="copyright">\u00a9 UNFPA United Nations Population Fund</p>
  </div>
</footer>
</div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/themes/custom/unfpa/js/details-expand.js?s8k2lp"></script>
<script>
  document.querySelectorAll('.level-details summary').forEach(function (s) {
    s.addEventListener('click', function () { gtag('event', 'expand_level', {label: s.textContent}); });
  });
</script>
</body>
</html>
"""


def render():
    e = html.escape
    out = [HEAD, TOP]
    for cid, name, _, _ in COMPS:
        out.append(f'        <li><a href="#{cid}">{e(name)}</a></li>\n')
    out.append("      </ul>\n    </nav>\n")
    for cid, name, definition, levels in COMPS:
        out.append(f'    <section class="competency" id="{cid}" aria-labelledby="{cid}-title">\n')
        out.append(f'      <h2 id="{cid}-title">{e(name)}</h2>\n')
        out.append(f'      <p class="competency-definition"><strong>Definition:</strong> {e(definition)}</p>\n')
        for label, items in zip(LEVELS, levels):
            out.append('      <details class="level-details">\n')
            out.append(f'        <summary>{e(label)}</summary>\n        <ul>\n')
            for it in items:
                out.append(f'          <li>{e(it)}</li>\n')
            out.append('        </ul>\n      </details>\n')
        out.append('      <p class="back-to-top"><a href="#top">Back to top</a></p>\n')
        out.append('    </section>\n')
    out.append(BOTTOM)
    path = C.DOCS / FILE
    path.write_text("".join(out), encoding="utf-8")
    return path


def gold():
    comps = []
    for _, name, definition, levels in COMPS:
        lv = [{"rank": i + 1, "label": LEVELS[i],
               "behaviors": [C.item(STEM, t) for t in items]}
              for i, items in enumerate(levels)]
        comps.append(_comp(name, definition, levels=lv))
    return comps


def _comp(name, definition, **fields):
    return C.competency(name, STEM, definition=definition, **fields)


def build():
    path = render()
    return C.write_gold(path, "html", TITLE, gold())

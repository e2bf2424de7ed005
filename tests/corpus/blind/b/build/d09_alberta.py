"""Alberta Public Service (APS) Competency Model as an alberta.ca page: accordion per level (button = level
label, pane repeats it as a heading); 'Key skills' sub-headings under one competency, each with the same
Level A-E accordion."""
import html

import common as C
import util as U

STEM = "alberta-aps-competencies"
FILE = STEM + ".html"
TITLE = "Alberta Public Service competencies"
LEVELS = ["Level A", "Level B", "Level C", "Level D", "Level E"]

NETWORKS = {
    "name": "Develop networks",
    "definition": "Reach out to build networks, linking people together and earning the trust of many different "
                  "stakeholders.",
    "skills": [
        ("Builds and maintains relationships", [
            ["Gets to know colleagues in own work unit and what they do",
             "Follows through on commitments made to coworkers"],
            ["Builds relationships with people outside the work unit to get work done",
             "Keeps contacts informed about matters that affect them"],
            ["Maintains a network of contacts across ministries",
             "Uses relationships to bring together people with differing views"],
            ["Builds partnerships with external organizations to advance shared goals",
             "Creates opportunities for staff to connect with stakeholders"],
            ["Establishes strategic alliances across government and with other sectors",
             "Models trust and openness in relationships at the most senior levels"],
        ]),
        ("Engages stakeholders", [
            ["Identifies who the stakeholders of own work are",
             "Listens to stakeholder concerns and passes them on"],
            ["Asks stakeholders for input when planning own work",
             "Explains decisions to stakeholders in plain language"],
            ["Involves stakeholders early when designing programs and services",
             "Balances competing stakeholder interests when making recommendations"],
            ["Develops engagement strategies for complex or contentious issues",
             "Uses stakeholder feedback to shape the direction of the business unit"],
            ["Sets the direction for stakeholder engagement across the ministry",
             "Represents the Alberta Public Service in high-profile discussions with partners"],
        ]),
    ],
}

AGILITY = {
    "name": "Agility",
    "definition": "See change coming, judge what it means and adjust quickly, staying resilient and productive "
                  "when things are uncertain.",
    "levels": [
        ["Stays open to new ways of doing things",
         "Adjusts own work when priorities change",
         "Asks questions to understand the reasons for a change"],
        ["Adapts plans quickly when circumstances shift",
         "Keeps working effectively when information is incomplete",
         "Helps coworkers adjust to new processes"],
        ["Anticipates changes that may affect the work unit and prepares for them",
         "Weighs options and makes decisions in ambiguous situations",
         "Encourages the team to try new approaches"],
        ["Leads the team through major change while keeping performance up",
         "Redirects resources as priorities change",
         "Builds a culture that welcomes new ideas and learning from mistakes"],
        ["Positions the organization to respond to emerging trends and risks",
         "Leads large-scale change across ministries",
         "Makes timely decisions in complex and uncertain conditions"],
    ],
}


def e(s):
    return html.escape(s, quote=False)


def accordion(prefix, per_level, pane_tag="h4"):
    out = [f'<div class="goa-accordion" id="{prefix}" data-module="accordion">']
    for i, (lab, items) in enumerate(zip(LEVELS, per_level)):
        pid = f"{prefix}-{lab[-1].lower()}"
        lis = "\n".join(f"          <li>{e(t)}</li>" for t in items)
        out.append(f"""  <div class="goa-accordion__section">
    <h3 class="goa-accordion__heading"><button type="button" class="goa-accordion__button" aria-expanded="false" aria-controls="{pid}">{lab}</button></h3>
    <div class="goa-accordion__content" id="{pid}" hidden>
      <{pane_tag}>{lab}</{pane_tag}>
      <ul class="goa-list">
{lis}
      </ul>
    </div>
  </div>""")
    out.append("</div>")
    return "\n".join(out)


def page():
    skills_html = []
    for k, (skill, per_level) in enumerate(NETWORKS["skills"], start=1):
        skills_html.append(f'<h4 class="goa-key-skill">{e(skill)}</h4>\n' +
                           accordion(f"dn-ks{k}", per_level, pane_tag="h5"))
    skills_html = "\n\n".join(skills_html)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(TITLE)} | Alberta.ca</title>
<meta name="description" content="The behavioural competencies that support exceptional performance across the Alberta Public Service.">
<link rel="canonical" href="https://www.alberta.ca/alberta-public-service-competencies">
<link rel="stylesheet" media="all" href="/themes/custom/goa_core/dist/css/goa-core.css?sf1kq2">
<link rel="stylesheet" media="all" href="/core/assets/vendor/jquery.ui/themes/base/core.css?sf1kq2">
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-XXXXXXX"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"drupalLanguage":"en","drupalCountry":"CA","siteName":"Alberta.ca"}});</script>
</head>
<body class="path-node page-node-type-information">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="goa-header" role="banner">
  <div class="goa-microsite-header"><span class="goa-microsite-header__type">Official site</span> <a href="/about-this-site">Alberta.ca uses cookies</a></div>
  <div class="goa-header__container">
    <a href="/" class="goa-header__logo" title="Alberta.ca home"><img src="/themes/custom/goa_core/images/alberta-logo.svg" alt="Government of Alberta"></a>
    <form class="goa-search" action="/search" method="get" role="search"><label for="search-input" class="visually-hidden">Search Alberta.ca</label><input id="search-input" type="search" name="q" placeholder="Search Alberta.ca"><button type="submit">Search</button></form>
  </div>
  <nav class="goa-header__nav" aria-label="Main">
    <ul class="menu">
      <li class="menu-item"><a href="/services-and-information">Services and information</a></li>
      <li class="menu-item"><a href="/government">Government</a></li>
      <li class="menu-item"><a href="/jobs">Jobs</a></li>
      <li class="menu-item"><a href="/news">News</a></li>
      <li class="menu-item"><a href="/contact">Contact us</a></li>
    </ul>
  </nav>
</header>
<nav class="goa-breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/jobs">Jobs</a></li>
    <li><a href="/alberta-public-service-careers">Alberta Public Service careers</a></li>
    <li aria-current="page">APS competencies</li>
  </ol>
</nav>
<main id="main-content" role="main" class="goa-main">
<article class="node node--type-information">
<div class="goa-hero"><h1 class="goa-title">{e(TITLE)}</h1>
<p class="goa-lead">The competencies describe the behaviours that help Alberta Public Service employees perform at their best.</p></div>
<div class="goa-toc"><h2 class="goa-toc__title">On this page:</h2>
<ul>
  <li><a href="#overview">Overview</a></li>
  <li><a href="#develop-networks">Develop networks</a></li>
  <li><a href="#agility">Agility</a></li>
  <li><a href="#contact">Contact</a></li>
</ul></div>

<section class="goa-section" id="overview">
<h2>Overview</h2>
<p>Behavioural competencies are about how work gets done, not only what gets done. The APS model sorts them into three groups: thinking, achievement and relationship competencies.</p>
<p>Every competency has a behavioural scale running from Level A to Level E. Level A is the starting point and Level E the most complex; someone working at a given level is expected to show the behaviours of the earlier levels as well. The behaviours listed are examples, not a complete list.</p>
</section>

<section class="goa-section" id="develop-networks">
<h2>{e(NETWORKS["name"])}</h2>
<p class="goa-definition">{e(NETWORKS["definition"])}</p>
<h3 class="goa-key-skills">Key skills</h3>
{skills_html}
</section>

<section class="goa-section" id="agility">
<h2>{e(AGILITY["name"])}</h2>
<p class="goa-definition">{e(AGILITY["definition"])}</p>
{accordion("ag", AGILITY["levels"])}
</section>

<section class="goa-section" id="contact">
<h2>Contact</h2>
<p>Connect with the Public Service Commission:</p>
<p>Email: <a href="mailto:psc.learning@gov.ab.ca">psc.learning@gov.ab.ca</a></p>
</section>
</article>
<div class="goa-feedback"><p>Was this page helpful?</p><button type="button">Yes</button> <button type="button">No</button></div>
</main>
<footer class="goa-footer" role="contentinfo">
  <div class="goa-footer__top"><a href="#main-content" class="goa-back-to-top">Back to top</a></div>
  <nav class="goa-footer__links" aria-label="Footer">
    <ul>
      <li><a href="/about-this-site">About this site</a></li>
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/disclaimer">Disclaimer</a></li>
      <li><a href="/privacy-statement">Privacy</a></li>
      <li><a href="/contact">Contact government</a></li>
    </ul>
  </nav>
  <div class="goa-footer__copyright">© 2024 Government of Alberta</div>
</footer>
</div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/themes/custom/goa_core/dist/js/accordion.js?sf1kq2"></script>
<script>document.querySelectorAll('.goa-accordion__button').forEach(function(b){{b.addEventListener('click',function(){{var p=document.getElementById(b.getAttribute('aria-controls'));var o=b.getAttribute('aria-expanded')==='true';b.setAttribute('aria-expanded',!o);p.hidden=o;}});}});</script>
</body>
</html>
"""


def build():
    U.write(U.DOCS / FILE, page())


def gold():
    levels = []
    for i, lab in enumerate(LEVELS):
        beh = []
        for skill, per_level in NETWORKS["skills"]:
            beh += [C.item(STEM, t, group=skill) for t in per_level[i]]
        levels.append({"rank": i + 1, "label": lab, "behaviors": beh})
    networks = C.competency(NETWORKS["name"], STEM, definition=NETWORKS["definition"],
                            key_words=[s for s, _ in NETWORKS["skills"]], levels=levels)
    agility = C.competency(AGILITY["name"], STEM, definition=AGILITY["definition"],
                           levels=[{"rank": i + 1, "label": lab, "behaviors": [C.item(STEM, t) for t in AGILITY["levels"][i]]}
                                   for i, lab in enumerate(LEVELS)])
    return C.write_gold(U.DOCS / FILE, "html", TITLE, [networks, agility])

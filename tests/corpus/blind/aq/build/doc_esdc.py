"""Employment and Social Development Canada (ESDC) - ESDC Competency Dictionary, "Competencies" page
(Canada.ca WET page chrome re-created by hand). Excerpt: the "Core Competences" expand/collapse section
with three competencies."""
from pathlib import Path

NAME = "esdc-competency-dictionary-core.html"

COMPS = [
    ("Showing Initiative and Being Action-Oriented",
     "Employees take the initiative to assess, choose and carry out strategies or tasks that solve problems "
     "and meet the goals of their team and of the organization. They spot opportunities for action and take "
     "them.",
     ["Keeping up to date on the team\u2019s goals, work processes and performance objectives.",
      "Turning direction into concrete work activities, and making the best use of the time and resources "
      "available.",
      "Staying constructive in the face of change, setbacks or stress, and remaining open to new solutions or "
      "approaches.",
      "Spotting early signs of potential problems, and alerting the manager/supervisor and others as needed.",
      "Embracing change and actively seeking chances to learn and grow, professionally and personally.",
      "Taking part in, and contributing to, process improvements and new approaches.",
      "Planning one\u2019s time so that tasks are done as efficiently as possible."],
     ["Working in isolation, without regard for the team\u2019s goals, work processes or performance "
      "objectives.",
      "Trying to tackle every part of a task at the same time.",
      "Giving up when things do not go as planned, assuming there is no better way to handle the situation.",
      "Waiting for someone else to find solutions to problems that affect your work."]),
    ("Thinking Things Through",
     "Employees think before they act: they gather and analyze the relevant information, weigh the options "
     "and consider the consequences, and then reach sound conclusions and decisions.",
     ["Gathering relevant information from a range of sources before acting.",
      "Breaking a complex problem down into its parts in order to understand it.",
      "Considering the risks, benefits and impacts of different options.",
      "Checking facts and assumptions, and asking questions when something is unclear.",
      "Consulting colleagues and experts when a decision calls for it."],
     ["Acting on the first idea that comes to mind without weighing the alternatives.",
      "Relying on a single source of information or on personal opinion alone.",
      "Taking so long to analyze a situation that opportunities are missed."]),
    ("Working Effectively with Others",
     "Employees work cooperatively with others to reach common goals, respecting the contributions of "
     "colleagues, clients and partners and building positive working relationships.",
     ["Sharing information, knowledge and expertise with colleagues.",
      "Listening to others and valuing different points of view.",
      "Offering help to team members when they need it.",
      "Dealing with disagreements respectfully and constructively.",
      "Building and maintaining good relationships with clients and partners."],
     ["Keeping information to oneself to gain an advantage.",
      "Dismissing ideas because they come from someone outside the team.",
      "Avoiding difficult conversations until problems grow."]),
]


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build(out_dir):
    blocks = []
    for name, definition, does, does_not in COMPS:
        yes = "\n".join(f"              <p>{_esc(t)}</p>" for t in does)
        no = "\n".join(f"              <p>{_esc(t)}</p>" for t in does_not)
        blocks.append(f"""          <details>
            <summary>{_esc(name)}</summary>
            <div class="mrgn-lft-md">
              <p>{_esc(definition)}</p>
              <p><strong>This means&#8230;</strong></p>
{yes}
              <p><strong>This does not mean&#8230;</strong></p>
{no}
            </div>
          </details>""")
    html = f"""<!DOCTYPE html>
<!--[if lt IE 9]><html class="no-js lt-ie9" lang="en" dir="ltr"><![endif]-->
<!--[if gt IE 8]><!-->
<html class="no-js" lang="en" dir="ltr">
<!--<![endif]-->
<head>
<meta charset="utf-8">
<!-- Web Experience Toolkit (WET) / Boîte à outils de l'expérience Web (BOEW)
wet-boew.github.io/wet-boew/License-en.html / wet-boew.github.io/wet-boew/Licence-fr.html -->
<title>ESDC Competency Dictionary - Competencies</title>
<meta content="width=device-width,initial-scale=1" name="viewport">
<meta name="dcterms.title" content="ESDC Competency Dictionary - Competencies">
<meta name="dcterms.creator" content="Employment and Social Development Canada">
<meta name="dcterms.language" title="ISO639-2/T" content="eng">
<meta name="dcterms.modified" title="W3CDTF" content="2019-05-13">
<link href="/etc/designs/canada/wet-boew/assets/favicon.ico" rel="icon" type="image/x-icon">
<link rel="stylesheet" href="/etc/designs/canada/wet-boew/css/theme.min.css">
<noscript><link rel="stylesheet" href="/etc/designs/canada/wet-boew/css/noscript.min.css" /></noscript>
<script>dataLayer1 = [];</script>
</head>
<body vocab="http://schema.org/" typeof="WebPage">
<nav>
  <ul id="wb-tphp">
    <li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
    <li class="wb-slc visible-sm visible-md visible-lg"><a class="wb-sl" href="#wb-info">Skip to \"About this site\"</a></li>
  </ul>
</nav>
<header>
  <div id="wb-bnr" class="container">
    <section id="wb-lng" class="text-right">
      <h2 class="wb-inv">Language selection</h2>
      <ul class="list-inline margin-bottom-none"><li><a lang="fr" href="/fra/college/dictionnaire-competences/competences.shtml">Fran&ccedil;ais</a></li></ul>
    </section>
    <div class="row">
      <div class="brand col-xs-5 col-md-4" property="publisher" typeof="GovernmentOrganization">
        <a href="https://www.canada.ca/en.html" property="url"><img src="/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"><span class="wb-inv"> / <span lang="fr">Gouvernement du Canada</span></span></a>
        <meta property="name" content="Government of Canada">
      </div>
      <section id="wb-srch" class="col-lg-8 text-right">
        <h2>Search</h2>
        <form action="https://www.canada.ca/en/sr/srb.html" method="get" name="cse-search-box" role="search" class="form-inline">
          <div class="form-group"><label for="wb-srch-q" class="wb-inv">Search Canada.ca</label>
          <input id="wb-srch-q" class="wb-srch-q form-control" name="q" type="search" value="" size="34" maxlength="170" placeholder="Search Canada.ca"></div>
          <button type="submit" id="wb-srch-sub" class="btn btn-primary btn-small" name="wb-srch-sub"><span class="glyphicon-search glyphicon"></span><span class="wb-inv">Search</span></button>
        </form>
      </section>
    </div>
  </div>
  <nav class="gcweb-menu" typeof="SiteNavigationElement">
    <div class="container">
      <h2 class="wb-inv">Menu</h2>
      <button type="button" aria-haspopup="true" aria-expanded="false">Main <span class="wb-inv">Menu </span><span class="expicon glyphicon glyphicon-chevron-down"></span></button>
      <ul role="menu" aria-orientation="vertical">
        <li role="presentation"><a role="menuitem" href="https://www.canada.ca/en/services/jobs.html">Jobs and the workplace</a></li>
        <li role="presentation"><a role="menuitem" href="https://www.canada.ca/en/services/immigration-citizenship.html">Immigration and citizenship</a></li>
        <li role="presentation"><a role="menuitem" href="https://www.canada.ca/en/services/benefits.html">Benefits</a></li>
        <li role="presentation"><a role="menuitem" href="https://www.canada.ca/en/services/taxes.html">Taxes</a></li>
      </ul>
    </div>
  </nav>
  <nav id="wb-bc" property="breadcrumb">
    <h2>You are here:</h2>
    <div class="container">
      <ol class="breadcrumb">
        <li><a href="https://www.canada.ca/en.html">Canada.ca</a></li>
        <li><a href="https://www.canada.ca/en/employment-social-development.html">Employment and Social Development Canada</a></li>
        <li><a href="/eng/college/index.shtml">ESDC College</a></li>
        <li><a href="/eng/college/competency-dictionary/index.shtml">ESDC Competency Dictionary</a></li>
      </ol>
    </div>
  </nav>
</header>
<main property="mainContentOfPage" class="container" typeof="WebPageElement">
  <h1 property="name" id="wb-cont">ESDC Competency Dictionary - Competencies</h1>
  <section>
    <details open>
      <summary>Core Competences</summary>
      <div class="mrgn-lft-md">
        <section>
{chr(10).join(blocks)}
        </section>
      </div>
    </details>
  </section>
  <div class="row pagedetails">
    <div class="col-sm-6 col-lg-4 mrgn-tp-sm">
      <a href="https://www.canada.ca/en/report-problem.html" class="btn btn-default btn-block">Report a problem or mistake on this page</a>
    </div>
    <div class="col-sm-3 mrgn-tp-sm pull-right">
      <div class="wb-share" data-wb-share='{{"lnkClass": "btn btn-default btn-block"}}'></div>
    </div>
    <dl id="wb-dtmd">
      <dt>Date modified:</dt>
      <dd><time property="dateModified">2019-05-13</time></dd>
    </dl>
  </div>
</main>
<footer id="wb-info">
  <div class="landscape">
    <nav class="container wb-navcurr">
      <h2 class="wb-inv">Government of Canada</h2>
      <ul class="list-unstyled colcount-sm-2 colcount-md-3">
        <li><a href="https://www.canada.ca/en/contact.html">All contacts</a></li>
        <li><a href="https://www.canada.ca/en/government/dept.html">Departments and agencies</a></li>
        <li><a href="https://www.canada.ca/en/government/system.html">About government</a></li>
      </ul>
    </nav>
  </div>
  <div class="brand">
    <div class="container">
      <div class="row">
        <nav class="col-md-9 col-lg-10 ftr-urlt-lnk">
          <h2 class="wb-inv">About this site</h2>
          <ul>
            <li><a href="https://www.canada.ca/en/social.html">Social media</a></li>
            <li><a href="https://www.canada.ca/en/mobile.html">Mobile applications</a></li>
            <li><a href="https://www1.canada.ca/en/newsite.html">About Canada.ca</a></li>
            <li><a href="https://www.canada.ca/en/transparency/terms.html">Terms and conditions</a></li>
            <li><a href="https://www.canada.ca/en/transparency/privacy.html">Privacy</a></li>
          </ul>
        </nav>
        <div class="col-xs-6 visible-sm visible-xs tofpg"><a href="#wb-cont">Top of Page <span class="glyphicon glyphicon-chevron-up"></span></a></div>
        <div class="col-xs-6 col-md-3 col-lg-2 text-right"><img src="/etc/designs/canada/wet-boew/assets/wmms-blk.svg" alt="Symbol of the Government of Canada"></div>
      </div>
    </div>
  </div>
</footer>
<script src="https://ajax.googleapis.com/ajax/libs/jquery/2.2.4/jquery.js"></script>
<script src="/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script>
<script src="/etc/designs/canada/wet-boew/js/theme.min.js"></script>
<script type="text/javascript">_satellite.pageBottom();</script>
</body>
</html>
"""
    out = Path(out_dir) / NAME
    out.write_text(html, encoding="utf-8")
    return out

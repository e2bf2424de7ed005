"""Canadian Centre for Cyber Security - work-role guidance page "Protect and Defend" (HTML, Canada.ca WET chrome)."""
from html import escape
from azlib import DOCS

STEM = "cccs-protect-and-defend"

EDU_H = "Commonly Requested Education, Training and Work Experience"

ROLES = [
    ("5.1", "Cyber Security Analyst",
     ("p", "Monitors, analyzes and responds to cyber threats and incidents across the organization, drawing on "
           "the data gathered by cyber defence tools to detect, report on and prevent malicious events."),
     ["Examine network traffic to tell normal activity apart from irregular or malicious activity and possible threats to network resources;",
      "Investigate suspicious activity using information from sources across the organization to understand the situation, the root cause and how effective an attack was;",
      "Detect, identify and raise alerts on malicious activity and possible attacks quickly, and separate real incidents from harmless events;",
      "Record and escalate incidents or threats that could have an ongoing or immediate effect on the organization;",
      "Inform management, incident handlers and colleagues of suspected incidents, their likely impact and the next steps set out in the incident response plan;",
      "Use cyber defence tools to monitor network traffic and systems on an ongoing basis;",
      "Recommend, and where approved install, tools and countermeasures suited to the threats and vulnerabilities found;",
      "Carry out vulnerability testing, risk analysis and security assessments; and",
      "Remove malicious software from affected systems and isolate those systems as needed."],
     ["College diploma or university degree in computer science, computer engineering, information technology or a related field;",
      "Certifications an asset: CompTIA Security+; GIAC Certified Intrusion Analyst (GCIA); Certified Information Systems Security Professional (CISSP); and",
      "Two or more years of experience in a security operations centre or a network operations role."]),
    ("5.2", "Cyber Incident Responder",
     ("ul", ["Investigates, analyzes and responds to cyber incidents within the organization\u2019s networks and systems;",
             "Limits the damage of an incident, restores affected services and helps prevent a recurrence."]),
     ["Coordinate the response to cyber incidents with internal teams and outside partners, following the organization\u2019s incident response plan;",
      "Collect and preserve evidence, such as logs, disk images and memory captures, in a way that supports later analysis or legal action;",
      "Analyze incident data to establish the scope, timeline and root cause of an incident;",
      "Contain affected systems and remove the cause of the incident;",
      "Restore systems and services to normal operation and confirm they are secure;",
      "Write incident reports and lessons-learned summaries for management; and",
      "Help test and update incident response plans and playbooks."],
     ["College diploma or university degree in computer science, information security or a related field;",
      "Certifications an asset: GIAC Certified Incident Handler (GCIH); Certified Information Systems Security Professional (CISSP); and",
      "Experience in incident handling, digital forensics or security operations."]),
    ("5.3", "Vulnerability Assessment Analyst",
     ("p", "Assesses systems and networks to find weaknesses and departures from security policy, and recommends "
           "measures to reduce the resulting risk."),
     ["Plan and carry out authorized vulnerability scans and assessments of networks, systems and applications;",
      "Review the results of scans and tests and rate each vulnerability by its severity and likely impact;",
      "Check systems against the organization\u2019s security policies, configuration baselines and industry standards;",
      "Recommend remediation steps and track them to completion;",
      "Keep up to date on new vulnerabilities, exploits and vendor advisories; and",
      "Prepare assessment reports for system owners and management."],
     ["College diploma or university degree in computer science, information technology or a related field;",
      "Certifications an asset: CompTIA PenTest+; Offensive Security Certified Professional (OSCP); and",
      "Experience with network and application scanning tools."]),
]


def ul(items, indent="        "):
    return "\n".join([f"{indent}<ul>"] + [f"{indent}  <li>{escape(i)}</li>" for i in items] + [f"{indent}</ul>"])


def role_html(num, name, desc, tasks, edu):
    anchor = "role-" + num.replace(".", "-")
    kind, val = desc
    desc_html = f"        <p>{escape(val)}</p>" if kind == "p" else ul(val)
    return f"""
        <h2 id="{anchor}">{num} {escape(name)}</h2>
        <h3>Basic Job Description</h3>
{desc_html}
        <h3>Cyber Security Related Tasks</h3>
{ul(tasks)}
        <h3>{escape(EDU_H)}</h3>
{ul(edu)}
"""


def build():
    toc = "\n".join(f'          <li><a href="#role-{n.replace(".", "-")}">{n} {escape(t)}</a></li>'
                    for n, t, *_ in ROLES)
    roles = "".join(role_html(*r) for r in ROLES)
    page = f"""<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<!-- Web Experience Toolkit (WET) / Boîte à outils de l'expérience Web (BOEW)
wet-boew.github.io/wet-boew/License-en.html / wet-boew.github.io/wet-boew/Licence-fr.html -->
<title>Protect and Defend - Canadian Centre for Cyber Security</title>
<meta content="width=device-width,initial-scale=1" name="viewport">
<meta name="description" content="Cyber security work roles in the Protect and Defend category.">
<meta name="dcterms.creator" content="Canadian Centre for Cyber Security">
<meta name="dcterms.language" title="ISO639-2/T" content="eng">
<meta name="dcterms.modified" title="W3CDTF" content="2022-03-04">
<link href="https://www.canada.ca/etc/designs/canada/wet-boew/assets/favicon.ico" rel="icon" type="image/x-icon">
<link rel="stylesheet" href="https://use.fontawesome.com/releases/v5.15.4/css/all.css">
<link rel="stylesheet" href="https://www.canada.ca/etc/designs/canada/cdts/gcweb/v4_0_47/css/theme.min.css">
<script src="https://www.canada.ca/etc/designs/canada/cdts/gcweb/v4_0_47/cdts/compiled/soyutils.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-4M5L8QXRX9"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-4M5L8QXRX9');</script>
</head>
<body vocab="http://schema.org/" typeof="WebPage">
<nav>
  <ul id="wb-tphp" class="wb-init wb-disable-inited">
    <li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
    <li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li>
  </ul>
</nav>
<header>
  <div id="wb-bnr" class="container">
    <div class="row">
      <section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right">
        <h2 class="wb-inv">Language selection</h2>
        <ul class="list-inline mrgn-bttm-0">
          <li><a lang="fr" href="https://www.cyber.gc.ca/fr/orientation/protection-et-defense"><span class="hidden-xs">Français</span><abbr title="Français" class="visible-xs h3 mrgn-tp-sm mrgn-bttm-0 text-uppercase">fr</abbr></a></li>
        </ul>
      </section>
      <div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization">
        <a href="https://www.canada.ca/en.html" property="url"><img src="https://www.canada.ca/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"><span class="wb-inv"> / <span lang="fr">Gouvernement du Canada</span></span></a>
        <meta property="name" content="Government of Canada">
      </div>
      <section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4">
        <h2>Search</h2>
        <form action="https://www.cyber.gc.ca/en/search" method="get" name="cse-search-box" role="search">
          <div class="form-group wb-srch-qry">
            <label for="wb-srch-q" class="wb-inv">Search Canadian Centre for Cyber Security</label>
            <input id="wb-srch-q" class="wb-srch-q form-control" name="q" type="search" value="" size="34" maxlength="170" placeholder="Search Canadian Centre for Cyber Security">
          </div>
          <div class="form-group submit">
            <button type="submit" id="wb-srch-sub" class="btn btn-primary btn-small" name="wb-srch-sub"><span class="glyphicon-search glyphicon"></span><span class="wb-inv">Search</span></button>
          </div>
        </form>
      </section>
    </div>
  </div>
  <nav class="gcweb-menu" typeof="SiteNavigationElement">
    <div class="container">
      <h2 class="wb-inv">Menu</h2>
      <button type="button" aria-haspopup="true" aria-expanded="false">Menu <span class="wb-inv">main menu</span> <span class="expicon glyphicon glyphicon-chevron-down"></span></button>
      <ul role="menu" aria-orientation="vertical">
        <li role="presentation"><a role="menuitem" href="https://www.cyber.gc.ca/en/guidance">Guidance</a></li>
        <li role="presentation"><a role="menuitem" href="https://www.cyber.gc.ca/en/alerts-advisories">Alerts and advisories</a></li>
        <li role="presentation"><a role="menuitem" href="https://www.cyber.gc.ca/en/education-community">Education and community</a></li>
        <li role="presentation"><a role="menuitem" href="https://www.cyber.gc.ca/en/incident-management">Report a cyber incident</a></li>
      </ul>
    </div>
  </nav>
  <nav id="wb-bc" property="breadcrumb">
    <h2>You are here:</h2>
    <div class="container">
      <ol class="breadcrumb">
        <li><a href="https://www.canada.ca/en.html">Canada.ca</a></li>
        <li><a href="https://www.cyber.gc.ca/en">Canadian Centre for Cyber Security</a></li>
        <li><a href="https://www.cyber.gc.ca/en/guidance">Guidance</a></li>
      </ol>
    </div>
  </nav>
</header>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
  <h1 property="name" id="wb-cont">Protect and Defend</h1>
  <div class="row">
    <div class="col-md-4 pull-right">
      <section class="panel panel-default">
        <header class="panel-heading"><h2 class="panel-title">On this page</h2></header>
        <div class="panel-body">
        <ul class="list-unstyled">
{toc}
        </ul>
        </div>
      </section>
    </div>
    <div class="col-md-8">
{roles}
    </div>
  </div>
  <section class="pagedetails">
    <h2 class="wb-inv">Page details</h2>
    <div class="row">
      <div class="col-sm-8 col-md-9 col-lg-9">
        <a class="btn btn-default" href="https://www.cyber.gc.ca/en/contact-us">Report a problem or mistake on this page</a>
      </div>
    </div>
    <dl id="wb-dtmd">
      <dt>Date modified:</dt>
      <dd><time property="dateModified">2022-03-04</time></dd>
    </dl>
  </section>
</main>
<footer id="wb-info">
  <div class="landscape">
    <nav class="container wb-navcurr">
      <h2 class="wb-inv">About government</h2>
      <ul class="list-unstyled colcount-sm-2 colcount-md-3">
        <li><a href="https://www.cyber.gc.ca/en/contact-us">Contact the Cyber Centre</a></li>
        <li><a href="https://www.cyber.gc.ca/en/about-cyber-centre">About the Cyber Centre</a></li>
        <li><a href="https://www.canada.ca/en/government/dept.html">Departments and agencies</a></li>
        <li><a href="https://www.canada.ca/en/government/publicservice.html">Public service and military</a></li>
        <li><a href="https://www.canada.ca/en/news.html">News</a></li>
        <li><a href="https://www.canada.ca/en/government/system/laws.html">Treaties, laws and regulations</a></li>
        <li><a href="https://www.canada.ca/en/transparency/reporting.html">Government-wide reporting</a></li>
        <li><a href="https://www.canada.ca/en/government/system.html">How government works</a></li>
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
            <li><a href="https://www.canada.ca/en/government/about.html">About Canada.ca</a></li>
            <li><a href="https://www.cyber.gc.ca/en/terms-conditions">Terms and conditions</a></li>
            <li><a href="https://www.cyber.gc.ca/en/privacy">Privacy</a></li>
          </ul>
        </nav>
        <div class="col-xs-6 visible-sm visible-xs tofpg"><a href="#wb-cont">Top of page <span class="glyphicon glyphicon-chevron-up"></span></a></div>
        <div class="col-xs-6 col-md-3 col-lg-2 text-right"><img src="https://www.canada.ca/etc/designs/canada/wet-boew/assets/wmms-blk.svg" alt="Symbol of the Government of Canada"></div>
      </div>
    </div>
  </div>
</footer>
<script src="https://ajax.googleapis.com/ajax/libs/jquery/2.2.4/jquery.js"></script>
<script src="https://www.canada.ca/etc/designs/canada/cdts/gcweb/v4_0_47/wet-boew/js/wet-boew.min.js"></script>
<script src="https://www.canada.ca/etc/designs/canada/cdts/gcweb/v4_0_47/js/theme.min.js"></script>
</body>
</html>
"""
    out = DOCS / f"{STEM}.html"
    out.write_text(page, encoding="utf-8")
    return out


if __name__ == "__main__":
    print(build())

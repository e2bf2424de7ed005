"""City of Markham - "Core Behaviours" employment resources page (HTML).

Modelled on markham.ca/wps/wcm/connect/markham/MarkhamContent/Markham/about/employment/resources/04-core-behaviours:
an intro ("Core behaviours identify the skills, behaviours and knowledge ..."; seven core behaviours, six for all
levels/roles and "strategic thinking and planning" for Managers and above), then "Core Behaviour Definitions" as
an ordered list whose items are the behaviour name on one line and its definition below (a <br> inside the list
item). DEFINITIONS ONLY: no levels or indicators on the page. Page chrome re-created in the style of the City's
WebSphere portal (utility bar, search, mega-menu, breadcrumb, left "Employment" menu, "Was this page helpful?",
footer, scripts). All wording ours. Hand-written HTML.
"""
import html

import cblib as L

STEM = "markham-core-behaviours"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Core Behaviours"

BEHAVIOURS = [
    ("Service Excellence",
     "Meets or goes beyond the service standards of the department and the City, serving customers "
     "efficiently and responsively. Recognizes and responds to the varied and changing needs of customers in the "
     "community and within the organization."),
    ("Change and Innovation",
     "Adapts readily to change and helps others through it. Questions current practice and looks for new and "
     "creative solutions that move the organization toward its goals."),
    ("Team Work and Relationship Building",
     "Works well with others and includes them. Builds and keeps professional relationships, networks and "
     "partnerships inside and outside the organization to break down barriers, build trust and reach shared "
     "goals."),
    ("Communication",
     "Expresses ideas clearly and makes sure messages are understood and suited to the situation. Tailors "
     "communication to the audience. Listens actively."),
    ("Accountable and Results Oriented",
     "Directs effort toward agreed goals and delivers quality work efficiently and in a fiscally responsible "
     "way. Follows City policies and legislation and acts ethically and with integrity. Takes ownership of "
     "solving problems."),
    ("Management and Leadership",
     "Leads by example and inspires others to do their best. Sets clear direction, supports the development of "
     "staff and holds people accountable for results."),
    ("Strategic Thinking and Planning",
     "Understands the bigger picture and anticipates future trends and their effect on the City. Turns the "
     "City's strategic priorities into workable plans and allocates resources to achieve them."),
]


def esc(s):
    return html.escape(s, quote=False)


def build():
    items = "\n".join(f"      <li><strong>{esc(n)}</strong><br>\n        {esc(d)}</li>" for n, d in BEHAVIOURS)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Core Behaviours | City of Markham</title>
<link rel="stylesheet" href="/wps/contenthandler/markham/theme/css/markham-main.css">
<script src="/wps/contenthandler/markham/theme/js/jquery-3.6.0.min.js"></script>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});}})(window,document,'script','dataLayer','GTM-MRKHM01');</script>
</head>
<body>
<div id="utility-bar">
  <ul><li><a href="/wps/portal/home/contact">Contact Us</a></li><li><a href="/wps/portal/home/accessibility">Accessibility</a></li><li><a href="#" lang="fr">Fran&ccedil;ais</a></li><li><a href="/wps/portal/home/myaccount">My Account</a></li></ul>
</div>
<header id="site-header">
  <a class="logo" href="/wps/portal/home"><img src="/wps/contenthandler/markham/theme/img/markham-logo.png" alt="City of Markham"></a>
  <form class="site-search" action="/wps/portal/home/search"><label for="q">Search markham.ca</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
  <nav class="mega-menu"><ul>
    <li><a href="/wps/portal/home/neighbourhood-services">Neighbourhood Services</a></li>
    <li><a href="/wps/portal/home/recreation">Recreation</a></li>
    <li><a href="/wps/portal/home/business">Business</a></li>
    <li><a href="/wps/portal/home/about">About Markham</a></li>
  </ul></nav>
</header>
<div class="breadcrumb"><a href="/wps/portal/home">Home</a> / <a href="/wps/portal/home/about">About Markham</a> / <a href="/wps/portal/home/about/employment">Employment</a> / <span>Core Behaviours</span></div>
<div class="layout">
  <aside class="left-nav">
    <h2>Employment</h2>
    <ul>
      <li><a href="/wps/portal/home/about/employment/job-opportunities">Job Opportunities</a></li>
      <li><a href="/wps/portal/home/about/employment/resources/01-why-work-here">Why Work Here</a></li>
      <li><a href="/wps/portal/home/about/employment/resources/02-hiring-process">Our Hiring Process</a></li>
      <li><a href="/wps/portal/home/about/employment/resources/03-student-opportunities">Student Opportunities</a></li>
      <li class="active"><a href="#">Core Behaviours</a></li>
    </ul>
  </aside>
  <main id="main-content">
    <h1>{TITLE}</h1>
    <p>Core behaviours describe the skills, behaviours and knowledge staff need to perform well and succeed at every level of the organization.</p>
    <p>The City has seven core behaviours: six apply to all levels and roles, and a seventh (&#8220;strategic thinking and planning&#8221;) applies to Managers and above. Staff at every level are encouraged to learn, practise and show the behaviours that support strategic thinking and planning.</p>
    <h2>Core Behaviour Definitions</h2>
    <ol class="core-behaviours">
{items}
    </ol>
    <div class="feedback-widget"><p>Was this page helpful?</p><button>Yes</button> <button>No</button></div>
    <p class="last-updated">Last updated: March 2023</p>
  </main>
</div>
<footer id="site-footer">
  <div class="footer-cols">
    <div><h3>City of Markham</h3><p>Anthony Roman Centre<br>101 Town Centre Boulevard<br>Markham, ON L3R 9W3</p><p>Contact Centre: 905.477.5530</p></div>
    <div><h3>Quick Links</h3><ul><li><a href="/wps/portal/home/about/employment">Employment</a></li><li><a href="/wps/portal/home/news">News</a></li><li><a href="/wps/portal/home/privacy">Privacy</a></li></ul></div>
  </div>
  <p class="copyright">&copy; City of Markham. All rights reserved.</p>
</footer>
<script src="/wps/contenthandler/markham/theme/js/markham-main.js"></script>
</body>
</html>
"""
    OUT.write_text(page, encoding="utf-8")


def gold():
    return [L.competency(STEM, n, d) for n, d in BEHAVIOURS]


def main():
    build()
    L.write_gold(OUT, "html", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

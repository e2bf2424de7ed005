"""icma-university-learning-by-practice.html: ICMA (International City/County Management Association),
ICMA University > About > Management Practices ("Practices for Effective Local Government Leadership"),
laid out as a learning catalogue: for each core content area the practices that contribute to it, then
ICMA University courses (table: Code | Course | Format | Length | CM Credit Hours) and recommended reading
in APA style.

Core content areas keep their numbers in the 18-area list (1, 13, 15), so the numbering jumps. Area 13 has
no practice list (definition with its "(requires ...)" clause only). "Related core content areas:" lines on
two areas. icma.org-style chrome: utility bar, nav, search, breadcrumb, side menu, newsletter box, footer,
scripts."""
import html

import helpers as H

STEM = "icma-university-learning-by-practice"
DOC = H.DOCS / f"{STEM}.html"
TITLE = "Practices for Effective Local Government Leadership"

AREAS = [
    {"num": 1, "name": "Staff Effectiveness",
     "definition": "Encouraging the growth and performance of staff and employees across the whole organization",
     "practices": [
         "Coaching/Mentoring: Giving direction, support, and feedback so that others can reach their full "
         "potential (requires knowledge of feedback techniques; ability to assess performance and identify "
         "others\u2019 developmental needs)",
         "Team Leadership: Making teamwork happen (requires knowledge of team relations; ability to direct and "
         "coordinate group efforts; skill in leadership techniques)",
         "Empowerment: Building a work environment that encourages responsibility and decision making at every "
         "level of the organization (requires skill in sharing authority and removing barriers to creativity)",
         "Delegating: Handing responsibility to others (requires skill in defining expectations, giving "
         "direction and support, and evaluating results)"],
     "courses": [
         ("ICMAU-SE101", "Coaching Conversations for Local Government Supervisors", "Live online workshop",
          "90 minutes", "1.5"),
         ("ICMAU-SE205", "Building High-Performing Teams", "In-person workshop", "1 day (6 hours)", "6.0"),
         ("ICMAU-SE310", "Delegation That Develops People", "On-demand webinar", "60 minutes", "1.0")],
     "readings": [
         ("Katzenbach, J. R., &amp; Smith, D. K. (1993). <em>The wisdom of teams: Creating the high-performance "
          "organization</em>. Harvard Business School Press.",
          "The wisdom of teams: Creating the high-performance organization",
          ["J. R. Katzenbach", "D. K. Smith"], "Harvard Business School Press", 1993),
         ("Blanchard, K., Carlos, J. P., &amp; Randolph, A. (1996). <em>Empowerment takes more than a "
          "minute</em>. Berrett-Koehler.",
          "Empowerment takes more than a minute", ["K. Blanchard", "J. P. Carlos", "A. Randolph"],
          "Berrett-Koehler", 1996),
         ("Scott, K. (2017). <em>Radical candor: Be a kick-ass boss without losing your humanity</em>. "
          "St. Martin\u2019s Press.",
          "Radical candor: Be a kick-ass boss without losing your humanity", ["K. Scott"],
          "St. Martin\u2019s Press", 2017)],
     "related": ["Human Resources Management"]},
    {"num": 13, "name": "Strategic Planning",
     "definition": "Preparing the organization and the community for the events and conditions expected in the "
                   "future (requires knowledge of long-range and strategic planning techniques; skill in analysis "
                   "and decision making; ability to recognize trends and foresee their consequences)",
     "practices": [],
     "courses": [
         ("ICMAU-SP120", "Strategic Planning Fundamentals", "On-demand course", "3 hours", "3.0"),
         ("ICMAU-SP240", "Scenario Planning for Uncertain Futures", "Live online, 2 sessions",
          "2 \u00d7 90 minutes", "3.0")],
     "readings": [
         ("Bryson, J. M. (2018). <em>Strategic planning for public and nonprofit organizations: A guide to "
          "strengthening and sustaining organizational achievement</em> (5th ed.). Wiley.",
          "Strategic planning for public and nonprofit organizations: A guide to strengthening and sustaining "
          "organizational achievement", ["J. M. Bryson"], "Wiley", 2018),
         ("Nalbandian, J. (1999). Facilitating community, enabling democracy: New roles for local government "
          "managers. <em>Public Administration Review, 59</em>(3), 187\u2013197.",
          "Facilitating community, enabling democracy: New roles for local government managers",
          ["J. Nalbandian"], "Public Administration Review", 1999)],
     "related": []},
    {"num": 15, "name": "Presentation Skills",
     "definition": "Getting ideas or information across to others effectively (requires knowledge of presentation "
                   "techniques and options; ability to fit the presentation to the audience)",
     "practices": [],
     "courses": [
         ("ICMAU-PS110", "Presenting to Councils and Boards", "Live online workshop", "2 hours", "2.0"),
         ("ICMAU-PS215", "Data Storytelling for Public Audiences", "On-demand webinar", "75 minutes", "1.25")],
     "readings": [
         ("Duarte, N. (2010). <em>Resonate: Present visual stories that transform audiences</em>. Wiley.",
          "Resonate: Present visual stories that transform audiences", ["N. Duarte"], "Wiley", 2010),
         ("Reynolds, G. (2008). <em>Presentation zen: Simple ideas on presentation design and delivery</em>. "
          "New Riders.",
          "Presentation zen: Simple ideas on presentation design and delivery", ["G. Reynolds"],
          "New Riders", 2008)],
     "related": ["Advocacy and Interpersonal Communication", "Media Relations"]},
]

HEAD = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Management Practices | icma.org</title>
<link rel="canonical" href="https://icma.org/university/about/management_practices">
<link rel="stylesheet" media="all" href="/themes/custom/icma/css/style.css?s8k2x1">
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;
f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-ICMA01');</script>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="utility-bar">
  <ul class="menu">
    <li><a href="/membership">Join ICMA</a></li>
    <li><a href="/renew">Renew</a></li>
    <li><a href="/user/login">Log In</a></li>
    <li><a href="/cart">Cart (0)</a></li>
  </ul>
</div>
<header role="banner" class="site-header">
  <a href="/" rel="home" class="site-logo"><img src="/themes/custom/icma/logo.svg" alt="ICMA Home"></a>
  <span class="site-slogan">Leaders at the Core of Better Communities</span>
  <nav role="navigation" aria-label="Main navigation" class="main-menu">
    <ul>
      <li><a href="/membership">Membership</a></li>
      <li><a href="/careers">Career Resources</a></li>
      <li><a href="/university">ICMA University</a></li>
      <li><a href="/topics">Topics</a></li>
      <li><a href="/publications">Publications</a></li>
      <li><a href="/events">Events</a></li>
      <li><a href="/about">About</a></li>
    </ul>
  </nav>
  <form class="search-block-form" action="/search" method="get"><input type="search" name="search" placeholder="Search icma.org"><button type="submit">Search</button></form>
</header>
<div class="breadcrumb"><a href="/university">ICMA University</a> / <a href="/university/about">About</a> / <span>Management Practices</span></div>
<div class="layout-container">
<aside class="sidebar-first">
  <h2 class="block-title">About ICMA University</h2>
  <ul class="menu">
    <li><a href="/university/about/mission">Mission</a></li>
    <li class="active"><a href="/university/about/management_practices">Management Practices</a></li>
    <li><a href="/university/about/faculty">Faculty</a></li>
    <li><a href="/university/about/credentialing">Credentialing Credits</a></li>
  </ul>
</aside>
<main id="main-content" role="main">
<h1 class="page-title">Practices for Effective Local Government Leadership</h1>
<p class="lead">ICMA University offers the latest research in the 18 core content areas that are critical to
effective local government leadership and management.</p>
<p>ICMA University is the leading resource for training in local government management. Its programs are built to
move your career forward, strengthen your community, and add to your professional fulfillment. Every ICMA
University program is drawn from the 18 core competencies that members have judged essential to local government
management.</p>
<p>ICMA&rsquo;s professional development programs encourage local government professionals to think of
<em>leading</em> the organization and not only <em>managing</em> it: getting others to do willingly and well what
needs to be done, by developing and living out shared values, a shared purpose and a shared vision of the
outcome.</p>
<div class="callout">
<p><strong>How to use this catalog.</strong> Under each core content area you will find the practices that
contribute to it, the ICMA University courses that build it, and recommended reading. Course hours count toward the
ICMA Credentialing Program (CM credit hours).</p>
</div>
"""

TAIL = """<div class="newsletter-signup">
  <h2>Stay informed</h2>
  <p>Get ICMA University course announcements in your inbox.</p>
  <form action="/newsletter" method="post"><input type="email" name="email" placeholder="Email address"><button type="submit">Sign Up</button></form>
</div>
</main>
</div>
<footer role="contentinfo" class="site-footer">
  <ul class="menu">
    <li><a href="/contact">Contact Us</a></li>
    <li><a href="/privacy-policy">Privacy Policy</a></li>
    <li><a href="/terms-use">Terms of Use</a></li>
    <li><a href="/sitemap">Site Map</a></li>
  </ul>
  <p>ICMA, 777 North Capitol Street NE, Suite 500, Washington, DC 20002</p>
  <p>&copy; ICMA. All rights reserved.</p>
</footer>
<script src="/themes/custom/icma/js/global.js?s8k2x1"></script>
</body>
</html>
"""


def area_html(a):
    e = lambda s: html.escape(s, quote=False)
    out = [f'<section class="practice" id="practice-{a["num"]}">',
           f'<h2>{a["num"]}. {e(a["name"])}</h2>',
           f'<p>{e(a["definition"])}</p>']
    if a["practices"]:
        out.append("<p>Practices that contribute to this core content area are:</p>")
        out.append("<ul>")
        out += [f"  <li>{e(p)}</li>" for p in a["practices"]]
        out.append("</ul>")
    out.append("<h3>ICMA University Courses</h3>")
    out.append('<table class="course-table">')
    out.append("  <thead><tr><th>Code</th><th>Course</th><th>Format</th><th>Length</th>"
               "<th>CM Credit Hours</th></tr></thead>")
    out.append("  <tbody>")
    for c in a["courses"]:
        out.append("    <tr>" + "".join(f"<td>{e(x)}</td>" for x in c) + "</tr>")
    out.append("  </tbody>")
    out.append("</table>")
    out.append("<h3>Recommended Reading</h3>")
    out.append('<ul class="references">')
    out += [f'  <li class="hanging-indent">{r[0]}</li>' for r in a["readings"]]
    out.append("</ul>")
    if a["related"]:
        out.append(f'<p class="related"><strong>Related core content areas:</strong> '
                   f'{"; ".join(e(x) for x in a["related"])}</p>')
    out.append("</section>")
    return "\n".join(out) + "\n"


def render():
    DOC.write_text(HEAD + "".join(area_html(a) for a in AREAS) + TAIL, encoding="utf-8")


def plain(s):
    return html.unescape(s.replace("<em>", "").replace("</em>", ""))


def gold():
    comps = []
    for a in AREAS:
        comps.append(H.competency(
            STEM, a["name"], a["definition"],
            indicators=H.items(STEM, a["practices"]),
            courses=[H.item(STEM, " | ".join(c)) for c in a["courses"]],
            readings=[{"text": H.C.norm(plain(t)), "title": title, "authors": authors, "publisher": pub,
                       "year": year, "description": None, "source": {"document": STEM, "page": None}}
                      for t, title, authors, pub, year in a["readings"]],
            related=a["related"]))
    H.write_gold(DOC, "html", TITLE, comps)


def build():
    render()
    gold()
    return DOC


if __name__ == "__main__":
    print(build())

"""fahr-behavioral-competency-framework.html: UAE Federal Authority for Government Human Resources page.

Hand-written HTML in the style of the FAHR portal (fahr.gov.ae/Portal/en/...): language switch,
accessibility and utility links, logo, main menu, search box with its "How should I use keywords?" help
modal, breadcrumb, page tools; an article with glossary-like front matter (what competencies are, the
clusters, the proficiency-level key), then competency profiles numbered as in the framework's annexure
("5.1. Customer Focus"): run-in "Cluster:" and "Definition:" paragraphs and a two-column table with the
proficiency LEVELS AS ROWS (row header "Level 1: Basic" ..., behavioural indicators as a <ul> in the
cell). "Was this page helpful?" widget, newsletter box, footer with call centre and copyright, scripts."""
import html

import helpers as H

STEM = "fahr-behavioral-competency-framework"
TITLE = "Behavioral Competency Framework"

LEVELS = ["Level 1: Basic", "Level 2: Intermediate", "Level 3: Advanced", "Level 4: Expert"]

PROFILES = [
    {"num": "5.1.", "name": "Customer Focus", "cluster": "Core Competencies",
     "definition": "Puts the needs of internal and external customers at the centre of the work, understands "
                   "what they expect and delivers services that meet or exceed those expectations.",
     "levels": [
         ["Treats customers politely and responds to their requests promptly",
          "Gives customers accurate information on services and procedures"],
         ["Asks questions to understand what customers really need",
          "Follows up with customers to make sure their issue has been resolved"],
         ["Uses customer feedback to improve the services of the work unit",
          "Anticipates customer needs and prepares solutions in advance"],
         ["Builds a customer-centred culture across the federal entity",
          "Sets service standards and monitors the entity\u2019s performance against them"]]},
    {"num": "5.5.", "name": "Teamwork / Networking", "cluster": "Core Competencies",
     "definition": "Works cooperatively with colleagues inside and outside the work unit and builds networks "
                   "that help the entity achieve its goals.",
     "levels": [
         ["Shares information and helps colleagues when asked",
          "Respects the views of other team members"],
         ["Contributes ideas in team meetings and supports team decisions once they are made",
          "Keeps in contact with colleagues in other units"],
         ["Brings people from different units together to solve shared problems",
          "Builds working relationships with partners in other government entities"],
         ["Creates partnerships across the federal government and beyond",
          "Promotes a culture of collaboration and knowledge sharing in the entity"]]},
    {"num": "5.6.", "name": "Effective Communication & Influencing", "cluster": "Core Competencies",
     "definition": "Conveys information and ideas clearly, listens to others and persuades stakeholders to "
                   "support a course of action.",
     "levels": [
         ["Expresses ideas clearly in speech and in writing",
          "Listens carefully and asks for clarification when needed"],
         ["Adapts the message to the audience",
          "Presents facts and arguments to support a point of view"],
         ["Prepares persuasive presentations and reports for senior management",
          "Negotiates agreements that take the interests of all parties into account"],
         ["Represents the entity in high-level forums and influences decision makers",
          "Builds coalitions of support for strategic initiatives"]]},
]


def page():
    e = html.escape
    out = []
    w = out.append
    w("""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Behavioral Competency Framework - Federal Authority for Government Human Resources</title>
<link rel="stylesheet" href="/Portal/Style%20Library/FAHR/css/bootstrap.min.css">
<link rel="stylesheet" href="/Portal/Style%20Library/FAHR/css/main-en.css">
<script src="/Portal/Style%20Library/FAHR/js/jquery-1.11.3.min.js"></script>
<script src="/Portal/Style%20Library/FAHR/js/bootstrap.min.js"></script>
<script>
  var _spPageContextInfo = {webServerRelativeUrl: "/Portal/en", currentLanguage: 1033, pageListId: "{8b0c5a1e-1f8e-4a57-9c37-4f5d0e1d2c11}"};
</script>
</head>
<body class="ltr inner-page">
<div id="s4-workspace">
<div class="top-bar">
  <div class="container">
    <ul class="top-links">
      <li><a href="/Portal/ar/pages/behavioral-competency-framework.aspx" lang="ar">العربية</a></li>
      <li><a href="#" class="font-plus" title="Increase font size">A+</a></li>
      <li><a href="#" class="font-minus" title="Decrease font size">A-</a></li>
      <li><a href="#" class="contrast" title="High contrast">Contrast</a></li>
      <li><a href="/Portal/en/pages/sitemap.aspx">Sitemap</a></li>
      <li><a href="/Portal/en/pages/contact-us.aspx">Contact Us</a></li>
    </ul>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/Portal/en/"><img src="/Portal/Style%20Library/FAHR/images/logo-en.png" alt="Federal Authority for Government Human Resources"></a>
    <img class="uae-logo" src="/Portal/Style%20Library/FAHR/images/uae-gov.png" alt="UAE Government">
  </div>
</header>
<nav class="main-nav navbar">
  <div class="container">
    <ul class="nav navbar-nav">
      <li><a href="/Portal/en/">Home</a></li>
      <li class="dropdown"><a href="/Portal/en/about-fahr/">About FAHR</a></li>
      <li class="dropdown"><a href="/Portal/en/legislations-and-guides/">Legislation &amp; Guides</a></li>
      <li class="dropdown active"><a href="/Portal/en/hr-systems/">HR Systems</a></li>
      <li class="dropdown"><a href="/Portal/en/services/">Services</a></li>
      <li class="dropdown"><a href="/Portal/en/media-center/">Media Center</a></li>
      <li class="dropdown"><a href="/Portal/en/e-participation/">e-Participation</a></li>
    </ul>
    <form class="navbar-form search-form" action="/Portal/en/pages/search.aspx">
      <input type="text" name="k" placeholder="Search" aria-label="Search">
      <button type="button" class="search-help" data-toggle="modal" data-target="#searchHelp">?</button>
    </form>
  </div>
</nav>
<div class="modal fade" id="searchHelp" tabindex="-1" role="dialog" aria-hidden="true">
  <div class="modal-dialog"><div class="modal-content">
    <button type="button" class="close" data-dismiss="modal" aria-label="Close">&times;</button>
    <h4>How should I use keywords?</h4>
    <p>Use keywords that are as specific as possible. For example, to find a page use the word &ldquo;page&rdquo;, not &ldquo;a pages&rdquo; or &ldquo;and pages&rdquo;.</p>
    <h4>Refine search results?</h4>
    <p>If your search returns too many results, add other keywords or use the filters at the top of the results.</p>
    <h4>Want to go straight?</h4>
    <p>Here are some quick links to take you straight to key topics:</p>
    <ul><li><a href="/Portal/en/services/">e-Services</a></li><li><a href="/Portal/en/legislations-and-guides/">Legislation</a></li><li><a href="/Portal/en/media-center/news/">News</a></li></ul>
  </div></div>
</div>
<div class="breadcrumb-bar">
  <div class="container">
    <ol class="breadcrumb">
      <li><a href="/Portal/en/">Home</a></li>
      <li><a href="/Portal/en/hr-systems/">HR Systems</a></li>
      <li class="active">Behavioral Competency Framework</li>
    </ol>
    <div class="page-tools"><a href="javascript:window.print()">Print</a> | <a href="#" class="share">Share</a></div>
  </div>
</div>
<main class="container main-content" id="main">
<article class="article-content">
<h1>Behavioral Competency Framework</h1>
<p>A behavioral competency is any behavior, knowledge, skill or ability that helps an employee succeed in
the duties and responsibilities of the job. The UAE federal Government behavioral competency framework sets
out the competencies expected of federal employees and describes, for each one, how it is shown at
different proficiency levels. It supports recruitment, performance management, learning and development
and succession planning in all ministries and federal entities.</p>
<h2>How the framework is structured</h2>
<p>The competencies are grouped into two clusters:</p>
<ul>
<li><strong>Core Competencies</strong> are expected of every employee, whatever the role.</li>
<li><strong>Leadership Competencies</strong> are expected of employees who manage others.</li>
</ul>
<h2>Proficiency levels</h2>
<p>Each competency is described at four proficiency levels. The level required depends on the grade and
role of the job:</p>
<table class="table table-bordered key">
<thead><tr><th>Level</th><th>Typical roles</th></tr></thead>
<tbody>
<tr><td>Level 1: Basic</td><td>Support and administrative roles</td></tr>
<tr><td>Level 2: Intermediate</td><td>Professional and technical roles</td></tr>
<tr><td>Level 3: Advanced</td><td>Section heads and senior specialists</td></tr>
<tr><td>Level 4: Expert</td><td>Department directors and executives</td></tr>
</tbody>
</table>
<p>Download the full framework: <a href="/Portal/Userfiles/Assets/Documents/Behavioral-Competency-Framework.pdf">Behavioral Competency Framework (PDF, 2.1 MB)</a></p>
<h2>5. Annexure: Competency Profiles</h2>
""")
    for p in PROFILES:
        w(f'<section class="competency-profile">\n<h3>{e(p["num"])} {e(p["name"])}</h3>\n')
        w(f'<p class="cluster"><strong>Cluster:</strong> {e(p["cluster"])}</p>\n')
        w(f'<p class="definition"><strong>Definition:</strong> {e(p["definition"])}</p>\n')
        w('<table class="table table-bordered levels">\n<thead><tr><th scope="col">Proficiency Level</th>'
          '<th scope="col">Behavioral Indicators</th></tr></thead>\n<tbody>\n')
        for label, bullets in zip(LEVELS, p["levels"]):
            lis = "".join(f"<li>{e(b)}</li>" for b in bullets)
            w(f'<tr><th scope="row">{e(label)}</th><td><ul>{lis}</ul></td></tr>\n')
        w("</tbody>\n</table>\n</section>\n")
    w("""<div class="last-modified">Last modified: 14/03/2019</div>
</article>
<aside class="feedback-widget">
  <p>Was this page helpful?</p>
  <button type="button" class="btn yes">Yes</button> <button type="button" class="btn no">No</button>
</aside>
</main>
<section class="newsletter">
  <div class="container">
    <p>To subscribe to periodic newsletter</p>
    <form action="/Portal/en/pages/newsletter.aspx"><input type="email" placeholder="Email address" aria-label="Email address"><button type="submit">Subscribe</button></form>
  </div>
</section>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links">
      <li><a href="/Portal/en/pages/privacy-policy.aspx">Privacy Policy</a></li>
      <li><a href="/Portal/en/pages/terms-and-conditions.aspx">Terms &amp; Conditions</a></li>
      <li><a href="/Portal/en/pages/accessibility.aspx">Accessibility</a></li>
      <li><a href="/Portal/en/pages/faq.aspx">FAQ</a></li>
    </ul>
    <p class="call-center">Call Center: 600525524</p>
    <p class="copyright">Copyright &copy; 2019 Federal Authority for Government Human Resources (FAHR). All rights reserved.</p>
  </div>
</footer>
</div>
<script src="/Portal/Style%20Library/FAHR/js/main.js"></script>
<script>
  (function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-00000000-1', 'auto'); ga('send', 'pageview');
</script>
</body>
</html>
""")
    return "".join(out)


def gold(doc_path):
    comps = []
    for p in PROFILES:
        levels = [H.level(STEM, k, label, bullets) for k, (label, bullets) in
                  enumerate(zip(LEVELS, p["levels"]), start=1)]
        comps.append(H.competency(STEM, p["name"], p["definition"], levels=levels,
                                  notes=[H.item(STEM, f"Cluster: {p['cluster']}")]))
    return H.write_gold(doc_path, "html", TITLE, comps)


def build():
    path = H.DOCS / f"{STEM}.html"
    path.write_text(page(), encoding="utf-8")
    return gold(path)


if __name__ == "__main__":
    print(build())

"""Public Sector Commission, Government of Western Australia: Annual Report 2011/12, section "Capability and
development". Not a competency document.

HTML, hand-written with the Commission's site chrome (skip link, government header, search, top nav, breadcrumb,
left-hand annual report menu, "previous / next section" pager, footer, analytics script). The report section talks
about leadership programs, competencies aligned to a training package and the Leadership Capability Profile, but
defines no competency: gold has no competencies.
"""
import helpers as H

STEM = "wapsc-annual-report-capability-development"
TITLE = "Capability and development"

HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Capability and development | Public Sector Commission</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/sites/all/themes/psc/css/psc.css">
<script>
  (function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){
  (i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),
  m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
  })(window,document,'script','//www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-00000000-1', 'auto'); ga('send', 'pageview');
</script>
</head>
<body class="page-annual-report">
<div id="skip-link"><a href="#main-content">Skip to main content</a></div>
<div id="page">
  <header id="header">
    <div class="govt-crest"><a href="https://www.wa.gov.au/">Government of Western Australia</a></div>
    <div class="site-name"><a href="/" rel="home">Public Sector Commission</a></div>
    <form id="search-block-form" action="/search" method="get"><label for="edit-search">Search</label>
      <input type="text" id="edit-search" name="keys"><input type="submit" value="Go"></form>
  </header>
  <nav id="main-menu">
    <ul>
      <li><a href="/about-us">About us</a></li>
      <li><a href="/public-administration">Public administration</a></li>
      <li><a href="/workforce-management">Workforce management</a></li>
      <li><a href="/centre-public-sector-excellence">Centre for Public Sector Excellence</a></li>
      <li class="active-trail"><a href="/publications-resources">Publications &amp; resources</a></li>
      <li><a href="/news-media">News &amp; media</a></li>
    </ul>
  </nav>
  <div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/publications-resources">Publications &amp; resources</a>
    &rsaquo; <a href="/publications-resources/psc-publications">PSC publications</a> &rsaquo;
    <a href="/publications-resources/psc-publications/annual-reports">Annual reports</a> &rsaquo;
    <a href="/publications-resources/psc-publications/annual-reports/public-sector-commission-annual-report-2011/12">Public Sector Commission Annual Report 2011/12</a>
    &rsaquo; Capability and development</div>
  <div id="main">
    <aside id="sidebar-first">
      <h2 class="block-title">Annual Report 2011/12</h2>
      <ul class="menu">
        <li><a href="../overview">Overview</a></li>
        <li><a href="../commissioners-foreword">Commissioner\u2019s foreword</a></li>
        <li><a href="../agency-performance">Agency performance</a></li>
        <li><a href="../integrity-and-conduct">Integrity and conduct</a></li>
        <li class="active"><a href="../capability-and-development">Capability and development</a></li>
        <li><a href="../workforce-data">Workforce data</a></li>
        <li><a href="../financial-statements">Financial statements</a></li>
      </ul>
    </aside>
    <div id="content">
      <a id="main-content"></a>
      <h1 class="page-title">Capability and development</h1>
      <div class="field-body">
        <p>Finding emerging leaders and developing current ones remained a priority for the Commission. During
        2011/12 the Commission completed its long-term strategic initiative to profile the public sector\u2019s
        senior executives and leadership groups.</p>
        <h2>Future leaders</h2>
        <p>The \u2018Graduate future leaders\u2019 program was relaunched in 2012 and redesigned for graduates who
        have recently started work in the public sector. Its competencies are aligned with the Public Sector
        Training Package, Certificate IV in Government.</p>
        <p>Thirty-five graduates gained a cross-sector view of the political, legislative, policy and operational
        environment in which they work. The program adds to the induction and development programs of agencies
        and gives participants the chance to meet public sector leaders, senior executives and technical
        experts.</p>
        <figure class="image-right">
          <img src="/sites/default/files/graduate-future-leaders-2012.jpg" alt="Graduates in a group discussion" width="280" height="190">
          <figcaption>A participant contributes to discussion at the \u2018Graduate future leaders\u2019 program.</figcaption>
        </figure>
        <h2>Foundations of leadership and Pathways to leadership programs</h2>
        <p>In 2011/12, 50 places were awarded across the \u2018Foundations of leadership\u2019 and \u2018Pathways to
        leadership\u2019 programs. Participants were emerging leaders (levels 5\u20139) from metropolitan and
        regional agencies.</p>
        <p>The programs help participants strengthen their leadership skills and their understanding of public
        sector policy and management issues. They teach leadership tools and strategies and offer individual and
        group learning based on current leadership and management theory and practice. Twenty participants
        graduated from each program during the year.</p>
        <h2>Public Sector Management program</h2>
        <p>The \u2018Public Sector Management\u2019 program develops the knowledge and skills of middle to senior
        public sector managers. Participants complete workplace projects assessed against the capabilities set out
        in the Commission\u2019s Leadership Capability Profile, which describes what is expected of leaders from
        level 7 to Class 4.</p>
        <p>In 2011/12, 96 managers took part in the program and 41 completed the Graduate Certificate in Public
        Sector Management.</p>
      </div>
      <nav class="book-navigation" aria-label="Report pages">
        <a href="../integrity-and-conduct" class="page-previous">\u2039 Integrity and conduct</a>
        <a href="../public-sector-commission-annual-report-2011/12" class="page-up">up</a>
        <a href="../workforce-data" class="page-next">Workforce data \u203a</a>
      </nav>
      <p class="last-updated">Page last updated 28 September 2012</p>
    </div>
  </div>
  <footer id="footer">
    <p>Public Sector Commission, Dumas House, 2 Havelock Street, West Perth WA 6005 | Telephone: (08) 6552 8500</p>
    <ul class="footer-links">
      <li><a href="/copyright">Copyright</a></li><li><a href="/disclaimer">Disclaimer</a></li>
      <li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/contact-us">Contact us</a></li>
    </ul>
    <p>&copy; Government of Western Australia</p>
  </footer>
</div>
</body>
</html>
"""


def build():
    out = H.DOCS / f"{STEM}.html"
    out.write_text(HTML, encoding="utf-8")
    H.write_gold(out, "html", TITLE, [])

"""cupahr-core-competencies.html: CUPA-HR (College and University Professional Association for Human
Resources) Knowledge Center, Learning Framework, "Definitions for the Core Area" (hand-written HTML).

Layout modelled on cupahr.org: WordPress-style chrome (utility bar, logo, mega-menu nav, search,
breadcrumb, Learning Framework side menu, footer with address and social links, cookie notice, GTM and
jQuery scripts). The content: an intro (what the Core area aids in achieving, the four proficiency stages
on the framework's outer ring), then one accordion per competency; each panel holds a "Competencies"
bullet list (the behaviours) and a "Proficiency Level" block with Awareness / Application / Mastery /
Influence sub-headings, each over two bullets. Panels are collapsed (hidden) until clicked."""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "cupahr-core-competencies"
NAME = STEM + ".html"
LEVELS = ["Awareness", "Application", "Mastery", "Influence"]

COMPS = [
    ("Benefits",
     ["Knows and applies HR concepts, principles and practices across a wide range of benefit programs, "
      "such as retirement plans, insurance, injury compensation and non-insurance benefits (paid leave, "
      "child care, wellness programs, employee discounts and the like).",
      "Understands how eligibility for each employee benefit program is determined, and the best methods "
      "for determining it.",
      "Plans and times communications to employees so that benefits are well understood.",
      "Understands benefits recordkeeping and oversees it.",
      "Makes sure benefit programs and procedures meet institutional needs and comply with legal and "
      "regulatory requirements."],
     {"Awareness": ["Understands the basic concepts, principles and practices behind the various benefit "
                    "programs",
                    "Can explain to staff or faculty how eligibility for the relevant benefit programs is "
                    "determined"],
      "Application": ["Shows working knowledge of the concepts, principles and practices behind the various "
                      "benefit programs",
                      "Helps ensure that benefit programs and procedures meet institutional needs and legal "
                      "and regulatory requirements"],
      "Mastery": ["Helps others learn to communicate the concepts, principles and practices of benefit "
                  "programs",
                  "Designs benefit procedures and communication plans for the institution"],
      "Influence": ["Shapes the institution’s benefits strategy and total rewards philosophy",
                    "Is sought out across higher education as an authority on benefits practice"]}),
    ("Compensation",
     ["Knows compensation concepts, principles and practices, including pay structures and compensation "
      "philosophy.",
      "Develops and interprets compensation policies and the related work rules on hours of work, "
      "schedules, flexible work weeks, overtime and shift work.",
      "Designs and implements pay-increase programs, pay plan adjustments, premium pay, overpayments and "
      "waivers, and bonus and merit pay programs.",
      "Knows the laws, rules and regulations that bear on compensation.",
      "Analyzes employee pay against market rates to keep pay equitable and to address issues such as "
      "compression."],
     {"Awareness": ["Understands the institution’s pay structures and the basics of how jobs are priced",
                    "Answers routine questions about pay policies and refers complex issues"],
      "Application": ["Applies compensation policies consistently and explains their rationale to managers",
                      "Conducts market analyses and recommends salary ranges for individual positions"],
      "Mastery": ["Designs salary structures and pay programs that support recruitment and retention",
                  "Advises senior leaders on pay equity and compression issues"],
      "Influence": ["Sets the institution’s compensation philosophy in line with its strategic goals",
                    "Contributes to compensation practice in the profession through research, "
                    "presentations or publications"]}),
    ("Employee Relations",
     ["Knows the concepts, principles and practices used to build positive relationships between the "
      "institution and its employees.",
      "Advises managers and employees on policies, performance concerns, discipline and grievances.",
      "Investigates workplace complaints fairly and documents the findings.",
      "Promotes a respectful and inclusive work environment."],
     {"Awareness": ["Understands the institution’s policies on conduct, performance and grievances",
                    "Knows when and where to refer an employee relations issue"],
      "Application": ["Guides supervisors through performance improvement and corrective action processes",
                      "Conducts fact-finding and prepares clear documentation"],
      "Mastery": ["Handles complex or high-risk cases, including those with legal exposure",
                  "Trains managers to prevent and resolve workplace conflict"],
      "Influence": ["Shapes employee relations strategy and culture across the institution",
                    "Builds working partnerships with unions, faculty governance and staff councils"]}),
]

HEAD = """<!DOCTYPE html>
<html lang="en-US" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Core Competencies - CUPA-HR</title>
<meta name="description" content="Definitions for the Core area of the CUPA-HR Learning Framework.">
<link rel="canonical" href="https://www.cupahr.org/knowledge-center/learning-framework/core-competencies/">
<link rel="stylesheet" id="cupahr-main-css" href="https://www.cupahr.org/wp-content/themes/cupahr/dist/css/main.min.css?ver=4.2.1" media="all">
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K7QX2ZP');</script>
<!-- End Google Tag Manager -->
<script src="https://www.cupahr.org/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="page-template page-template-template-knowledge-center page-id-4127 page-child">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7QX2ZP" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="utility-bar">
  <div class="container">
    <ul class="utility-nav">
      <li><a href="https://www.cupahr.org/join/">Join</a></li>
      <li><a href="https://www.cupahr.org/contact/">Contact Us</a></li>
      <li><a href="https://myaccount.cupahr.org/login">Log In</a></li>
    </ul>
  </div>
</div>
<header class="site-header" role="banner">
  <div class="container">
    <a class="site-logo" href="https://www.cupahr.org/"><img src="https://www.cupahr.org/wp-content/themes/cupahr/dist/img/cupahr-logo.svg" alt="CUPA-HR"></a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li class="menu-item has-children"><a href="https://www.cupahr.org/about/">About</a></li>
        <li class="menu-item has-children"><a href="https://www.cupahr.org/membership/">Membership</a></li>
        <li class="menu-item has-children"><a href="https://www.cupahr.org/events/">Events &amp; Programs</a></li>
        <li class="menu-item has-children current-menu-ancestor"><a href="https://www.cupahr.org/knowledge-center/">Knowledge Center</a></li>
        <li class="menu-item has-children"><a href="https://www.cupahr.org/surveys/">Surveys &amp; Research</a></li>
        <li class="menu-item has-children"><a href="https://www.cupahr.org/advocacy/">Advocacy</a></li>
        <li class="menu-item"><a href="https://www.cupahr.org/chapters/">Chapters</a></li>
        <li class="menu-item"><a href="https://jobs.cupahr.org/">Careers</a></li>
      </ul>
    </nav>
    <form class="search-form" role="search" action="https://www.cupahr.org/">
      <label for="s" class="screen-reader-text">Search for:</label>
      <input type="search" id="s" name="s" placeholder="Search CUPA-HR">
      <button type="submit">Search</button>
    </form>
  </div>
</header>
<div class="page-banner"><div class="container"><p class="page-banner__title">Knowledge Center</p></div></div>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <div class="container">
    <a href="https://www.cupahr.org/">Home</a> <span class="sep">/</span>
    <a href="https://www.cupahr.org/knowledge-center/">Knowledge Center</a> <span class="sep">/</span>
    <a href="https://www.cupahr.org/knowledge-center/learning-framework/">Learning Framework</a> <span class="sep">/</span>
    <span class="current">Core Competencies</span>
  </div>
</nav>
<div class="container page-layout">
<aside class="sidebar" aria-label="Learning Framework">
  <h2 class="sidebar__title">Learning Framework</h2>
  <ul class="sidebar__menu">
    <li><a href="https://www.cupahr.org/knowledge-center/learning-framework/">Overview</a></li>
    <li class="current"><a href="https://www.cupahr.org/knowledge-center/learning-framework/core-competencies/">Core Competencies</a></li>
    <li><a href="https://www.cupahr.org/knowledge-center/learning-framework/leadership-competencies/">Leadership Competencies</a></li>
    <li><a href="https://www.cupahr.org/knowledge-center/learning-framework/proficiency-levels/">Proficiency Levels</a></li>
    <li><a href="https://www.cupahr.org/knowledge-center/learning-framework/self-assessment/">Self-Assessment</a></li>
  </ul>
</aside>
<main id="main" class="site-main">
<article class="page-content">
<h1>Definitions for the Core Area</h1>
<p class="lead"><strong>Experiential</strong> – Building specific higher ed HR skills through experience or learning</p>
<p>Every competency in the Core area can help you achieve:</p>
<ul>
  <li>professional and personal bests</li>
  <li>buy-in, acceptance and value from stakeholders</li>
  <li>results for your team, your institution and your community</li>
</ul>
<p>At any point in time, your proficiency in each competency sits somewhere along the outer ring of the framework: Awareness, Application, Mastery, Influence.</p>
<p>The competency definitions below are offered as a guide. Use them together with your own institution’s view of how the competencies apply on your campus.</p>
<div class="accordion" id="core-accordion">
"""

FOOT = """</div>
</article>
</main>
</div>
<section class="cta-band">
  <div class="container">
    <h2>Not a member yet?</h2>
    <p>Join the higher ed HR community and get access to the full Knowledge Center.</p>
    <a class="button" href="https://www.cupahr.org/join/">Become a Member</a>
  </div>
</section>
<footer class="site-footer" role="contentinfo">
  <div class="container">
    <div class="footer-col">
      <p class="footer-org">CUPA-HR</p>
      <p>1811 Commons Point Drive<br>Knoxville, TN 37932<br>Phone: 865-637-7673</p>
    </div>
    <div class="footer-col">
      <ul class="footer-nav">
        <li><a href="https://www.cupahr.org/about/staff/">Staff</a></li>
        <li><a href="https://www.cupahr.org/about/careers/">Work at CUPA-HR</a></li>
        <li><a href="https://www.cupahr.org/privacy-policy/">Privacy Policy</a></li>
        <li><a href="https://www.cupahr.org/terms-of-use/">Terms of Use</a></li>
      </ul>
    </div>
    <div class="footer-col">
      <ul class="social">
        <li><a href="https://www.linkedin.com/company/cupa-hr">LinkedIn</a></li>
        <li><a href="https://www.facebook.com/CUPAHR">Facebook</a></li>
        <li><a href="https://www.instagram.com/cupahr">Instagram</a></li>
      </ul>
    </div>
    <p class="copyright">© 2026 College and University Professional Association for Human Resources. All rights reserved.</p>
  </div>
</footer>
<div id="cookie-notice" class="cookie-notice" role="dialog" aria-label="Cookie notice">
  <p>We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.</p>
  <button type="button" class="cookie-notice__accept">Accept</button>
</div>
<script>
jQuery(function ($) {
  $('.accordion__trigger').on('click', function () {
    var panel = $('#' + $(this).attr('aria-controls'));
    var open = $(this).attr('aria-expanded') === 'true';
    $(this).attr('aria-expanded', open ? 'false' : 'true');
    panel.prop('hidden', open);
  });
  $('.cookie-notice__accept').on('click', function () { $('#cookie-notice').remove(); });
});
</script>
<script src="https://www.cupahr.org/wp-content/themes/cupahr/dist/js/main.min.js?ver=4.2.1" id="cupahr-main-js"></script>
</body>
</html>
"""


def e(s):
    return html.escape(s, quote=False)


def build():
    out = [HEAD]
    for i, (name, comps, levels) in enumerate(COMPS, 1):
        out.append(f'  <div class="accordion__item">\n'
                   f'    <h3 class="accordion__heading"><button class="accordion__trigger" type="button" '
                   f'aria-expanded="false" aria-controls="panel-{i}">{e(name)}</button></h3>\n'
                   f'    <div class="accordion__panel" id="panel-{i}" hidden>\n'
                   f'      <h4>Competencies</h4>\n      <ul>\n')
        out += [f"        <li>{e(t)}</li>\n" for t in comps]
        out.append("      </ul>\n      <h4>Proficiency Level</h4>\n")
        for lab in LEVELS:
            out.append(f"      <h5>{lab}</h5>\n      <ul>\n")
            out += [f"        <li>{e(t)}</li>\n" for t in levels[lab]]
            out.append("      </ul>\n")
        out.append("    </div>\n  </div>\n")
    out.append(FOOT)
    (H.DOCS / NAME).write_text("".join(out), encoding="utf-8")


def gold():
    cs = []
    for name, comps, levels in COMPS:
        cs.append(H.comp(name, STEM, None, indicators=H.items(comps, STEM),
                         levels=[H.lv(i + 1, lab, H.items(levels[lab], STEM)) for i, lab in enumerate(LEVELS)]))
    return H.write_gold(STEM, NAME, "html", "Definitions for the Core Area", cs)


if __name__ == "__main__":
    build()
    print(gold())

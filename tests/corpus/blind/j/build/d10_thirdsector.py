"""Third Sector Training (UK): Competency Framework for Volunteering, Level 1 Foundational Competencies.

HTML, hand-written with the training provider's WordPress-style chrome (cookie notice, top bar, logo, menu,
breadcrumb, "Book a course" sidebar widget, newsletter form, footer, scripts). The level is a tier of competencies
(a heading with an explanatory paragraph), not a proficiency level; each competency is one list item
"<strong>1.1 Communication:</strong> one-sentence description".
"""
from html import escape

import helpers as H

STEM = "thirdsectortraining-volunteering-competency-framework"
DOC = STEM
TITLE = "Competency Framework for Volunteering"

ITEMS = [
    ("1.1", "Communication", "Communicates clearly and effectively with team members and supervisors."),
    ("1.2", "Active Listening", "Gives full attention to what is being said, and understands, responds to and "
                                "remembers it."),
    ("1.3", "Finding Voice", "Discovers and puts into words their own perspective, values and experiences within "
                             "the context of the volunteering role."),
    ("1.4", "Reliability", "Turns up on time for volunteering commitments, consistently."),
    ("1.5", "Teamwork", "Works together with others to achieve shared goals."),
    ("1.6", "Adaptability", "Adjusts to changes in volunteering tasks or settings."),
    ("1.7", "Basic IT Skills", "Carries out the basic computer tasks the volunteer role needs (e.g., email, word "
                               "processing) competently."),
    ("1.8", "Dignity, Equality and Diversity", "Makes sure that other volunteers and staff are treated with "
                                               "respect, fairness and inclusivity, whatever their background."),
]


def page():
    lis = "\n".join(f"            <li><strong>{n} {escape(name)}:</strong> {escape(d)}</li>" for n, name, d in ITEMS)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Competency Framework for Volunteering - Third Sector Training</title>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TST0000000"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-TST0000000');</script>
</head>
<body class="page-template-default page">
<div id="cookie-notice" role="dialog" aria-label="Cookie notice">We use cookies to give you the best experience on our
  website. <a href="/privacy-policy/">Read more</a> <button type="button">Accept</button></div>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar">Call us on 0330 000 0000 | info@thirdsectortraining.co.uk</div>
<header class="site-header">
  <div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/tst-logo.png" alt="Third Sector Training"></a></div>
  <nav class="main-navigation" aria-label="Site Navigation">
    <ul id="primary-menu" class="main-header-menu">
      <li><a href="/">Home</a></li>
      <li><a href="/courses/">Courses</a></li>
      <li class="current-menu-ancestor"><a href="/volunteering/">Volunteering</a>
        <ul class="sub-menu">
          <li><a href="/volunteering/volunteer-management/">Volunteer Management</a></li>
          <li class="current-menu-item"><a href="/volunteering/competency-framework">Competency Framework</a></li>
        </ul></li>
      <li><a href="/governance/">Charity Governance</a></li>
      <li><a href="/about/">About</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content">
  <div class="ast-container">
    <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/">Home</a> \u00bb <a href="/volunteering/">Volunteering</a> \u00bb <span>Competency Framework</span></nav>
    <div id="primary" class="content-area">
      <main id="main" class="site-main">
        <article id="post-2217" class="page type-page status-publish">
          <header class="entry-header"><h1 class="entry-title">{TITLE}</h1></header>
          <div class="entry-content">
            <p>Our training courses follow a competency-based approach with personalised learning plans. The
            Competency Framework for Volunteering sets out the skills, knowledge and behaviours volunteers need to
            do well in volunteer roles across many kinds of organisations and sectors. It can guide the
            recruitment, training, assessment and development of volunteers, so that they have what they need to
            contribute to the mission and goals of their organisation.</p>
            <p>The framework is also a practical tool for volunteer co-ordinators and managers who support, develop
            and empower volunteers to grow and to make an impact locally, nationally or internationally. The four
            levels of competencies below contribute to the professionalisation of volunteering.</p>
            <h2>Level 1 Foundational Competencies</h2>
            <p>Foundational competencies are the basic skills and attributes that volunteers need to carry out
            their roles effectively. They matter most to people who are starting out as volunteers or taking on
            entry-level roles.</p>
            <ul class="competency-list">
{lis}
            </ul>
          </div>
        </article>
      </main>
    </div>
    <aside id="secondary" class="widget-area" role="complementary">
      <section class="widget widget_text"><h2 class="widget-title">Book a course</h2>
        <p>Introduction to Volunteer Management \u2013 online, half day.</p>
        <p><a class="button" href="/courses/introduction-to-volunteer-management/">View dates</a></p></section>
      <section class="widget widget_newsletter"><h2 class="widget-title">Newsletter</h2>
        <form action="/subscribe" method="post"><label for="nl-email">Email</label><input id="nl-email" type="email" name="email">
        <button type="submit">Subscribe</button></form></section>
    </aside>
  </div>
</div>
<footer class="site-footer">
  <p>Third Sector Training is a trading name of Third Sector Training Ltd, registered in England and Wales.</p>
  <ul class="footer-menu"><li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/terms/">Terms</a></li>
    <li><a href="/accessibility/">Accessibility</a></li></ul>
  <p>Copyright \u00a9 2025 Third Sector Training</p>
</footer>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js" id="astra-theme-js-js"></script>
</body>
</html>
"""


def build():
    out = H.DOCS / f"{STEM}.html"
    out.write_text(page(), encoding="utf-8")
    comps = [H.competency(DOC, name, d) for _, name, d in ITEMS]
    H.write_gold(out, "html", TITLE, comps)

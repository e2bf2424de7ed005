"""PEAK Grantmaking, "Grants Management Professional Competency Model" page -> HTML.

Layout: hand-written WordPress-style page: skip link, utility bar, logo + main nav, breadcrumb, h1, intro,
download link; then a two-column layout: a LEFT SIDEBAR ("Explore the Model") whose links are the competency
names (in-page anchors for Phases I-II, links to other pages for the cross-cutting competencies and Phase III),
and a main column of CARDS, one per competency (h3 title, lead definition, three PANELS "Direct Service /
Management / Policy Function Performance Indicators" each with a <ul>); phase h2 headings with one-line
descriptions; newsletter box, footer, jQuery/GTM scripts.
"""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bklib as L  # noqa: E402

STEM = "peak-grants-management-competency-model"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Grants Management Professional Competency Model"
GROUPS = ["Direct Service Function Performance Indicators", "Management Function Performance Indicators",
          "Policy Function Performance Indicators"]

PHASES = [
    ("phase-1", "Phase I: Pre-Grant",
     "Competencies used while guidelines are set, applications come in and proposals are reviewed.", [
         ("apply-values-mission-and-goals", "Apply Values, Mission, And Goals",
          "Bring the values, mission and goals of the grantmaker to bear so that the application process and "
          "guidelines stay aligned with them.",
          [["Give applicants the guidance they need to submit a complete application on time",
            "Keep track of invitations to apply and of the responses received"],
           ["Draft and update guidelines and application forms together with program staff and other "
            "stakeholders",
            "Decide whether applicants are eligible for support",
            "Build the applicant's point of view and operating context into the application process"],
           ["Take the external environment into account when setting the application process and guidelines",
            "Write application policies that are consistent with organizational policies and with U.S. and "
            "international law"]]),
         ("conduct-due-diligence", "Conduct Due Diligence",
          "Gather and assess the information needed to judge the capacity, financial health and legal standing "
          "of an applicant before a grant is recommended.",
          [["Collect the financial statements, governance documents and other materials required for review",
            "Verify the tax status of applicants using current databases"],
           ["Analyze the financial condition of applicants and flag risks for program staff",
            "Set the depth of review in proportion to the size and risk of the proposed grant",
            "Record due diligence findings in the grant file"],
           ["Define the due diligence standards of the organization and review them regularly",
            "Keep due diligence requirements from placing an undue burden on grantees"]]),
     ]),
    ("phase-2", "Phase II: Award & Monitoring",
     "Competencies used from the approval of a grant until its final report is due.", [
         ("manage-grant-agreements", "Manage Grant Agreements",
          "Prepare, issue and maintain grant agreements that set out clearly the terms, conditions and "
          "expectations of each award.",
          [["Prepare grant agreements and award letters from approved templates",
            "Answer grantee questions about the terms and conditions of their award"],
           ["Tailor agreement terms to the type of grant and the level of risk",
            "Track signatures, payment schedules and amendments to grant agreements"],
           ["Develop standard terms and conditions with legal counsel",
            "Set the policy for approving changes to grant budgets and timelines"]]),
         ("monitor-grantee-progress", "Monitor Grantee Progress",
          "Follow the progress of grants against agreed outcomes and reporting requirements, and respond when "
          "problems arise.",
          [["Remind grantees of upcoming report deadlines",
            "Log the reports received and route them to the right reviewers"],
           ["Review reports against the agreed outcomes and budget, and follow up on gaps",
            "Work with program staff when a grantee needs extra support or a change to the grant"],
           ["Design reporting requirements that are proportionate and useful to both grantor and grantee",
            "Define how the organization responds when the terms of a grant are not met"]]),
     ]),
]

SIDEBAR_OTHER_TOP = [("/grantmaking-professional-competency-model/cross-cutting/", "Cross-Cutting Competencies",
                      ["Communication", "Collaboration", "Ethics"])]
SIDEBAR_OTHER_BOTTOM = [("/grantmaking-professional-competency-model/post-grant/", "Phase III: Post-Grant",
                         ["Close Out Grants", "Evaluate and Share Learning"])]


def e(s):
    return html.escape(s, quote=False)


def render():
    side = []
    for href, head, names in SIDEBAR_OTHER_TOP:
        side.append(f'          <h3 class="model-nav__heading">{e(head)}</h3>\n          <ul class="model-nav__list">')
        for n in names:
            side.append(f'            <li><a href="{href}#{L.slug(n)}">{e(n)}</a></li>')
        side.append("          </ul>")
    for pid, ptitle, _, comps in PHASES:
        side.append(f'          <h3 class="model-nav__heading"><a href="#{pid}">{e(ptitle)}</a></h3>\n'
                    f'          <ul class="model-nav__list">')
        for cid, name, *_ in comps:
            side.append(f'            <li><a href="#{cid}" class="js-scroll">{e(name)}</a></li>')
        side.append("          </ul>")
    for href, head, names in SIDEBAR_OTHER_BOTTOM:
        side.append(f'          <h3 class="model-nav__heading">{e(head)}</h3>\n          <ul class="model-nav__list">')
        for n in names:
            side.append(f'            <li><a href="{href}#{L.slug(n)}">{e(n)}</a></li>')
        side.append("          </ul>")

    main = []
    for pid, ptitle, pdesc, comps in PHASES:
        main.append(f'        <section class="model-phase" id="{pid}">\n'
                    f'          <h2 class="model-phase__title">{e(ptitle)}</h2>\n'
                    f'          <p class="model-phase__desc">{e(pdesc)}</p>')
        for cid, name, definition, groups in comps:
            main.append(f'          <article class="card competency-card" id="{cid}">\n'
                        f'            <header class="card__header"><h3 class="card__title">{e(name)}</h3></header>\n'
                        f'            <div class="card__body">\n'
                        f'              <p class="card__lead">{e(definition)}</p>\n'
                        f'              <div class="panel-grid">')
            for g, inds in zip(GROUPS, groups):
                lis = "\n".join(f"                    <li>{e(i)}</li>" for i in inds)
                main.append(f'                <div class="panel">\n'
                            f'                  <h4 class="panel__title">{e(g)}</h4>\n'
                            f'                  <ul class="panel__list">\n{lis}\n                  </ul>\n'
                            f'                </div>')
            main.append("              </div>\n            </div>\n          </article>")
        main.append("        </section>")

    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} - PEAK Grantmaking</title>
<meta name="description" content="PEAK Grantmaking's Grants Management Professional Competency Model defines the knowledge, skills and abilities expected of grants management professionals.">
<link rel="canonical" href="https://www.peakgrantmaking.org/grantmaking-professional-competency-model/">
<link rel="stylesheet" id="peak-theme-css" href="/wp-content/themes/peak/assets/css/main.min.css?ver=3.4.1" media="all">
<style>
  .model-layout{{display:grid;grid-template-columns:260px 1fr;gap:32px}}
  .model-nav{{position:sticky;top:90px;align-self:start;border-right:1px solid #dde3ea;padding-right:16px}}
  .card{{border:1px solid #dde3ea;border-radius:6px;margin:0 0 24px;box-shadow:0 1px 3px rgba(0,0,0,.06)}}
  .card__header{{background:#0d4b6e;color:#fff;padding:12px 18px}}
  .panel-grid{{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}}
  .panel{{background:#f4f7fa;border-top:3px solid #f7a823;padding:10px 14px}}
</style>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-P3AKGM');</script>
<!-- End Google Tag Manager -->
</head>
<body class="page-template page-template-template-competency-model page page-id-18842">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-P3AKGM" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="utility-bar">
  <div class="container">
    <ul class="utility-bar__links">
      <li><a href="/about/contact/">Contact</a></li>
      <li><a href="/careers/">Job Board</a></li>
      <li><a href="https://community.peakgrantmaking.org/">PEAK Community</a></li>
      <li><a href="/my-account/" class="button button--small">Log In</a></li>
    </ul>
  </div>
</div>
<header class="site-header" role="banner">
  <div class="container site-header__inner">
    <a class="site-header__logo" href="/" rel="home"><img src="/wp-content/themes/peak/assets/img/peak-logo.svg" alt="PEAK Grantmaking" width="180" height="48"></a>
    <nav class="site-nav" aria-label="Main menu">
      <ul class="site-nav__menu">
        <li class="menu-item"><a href="/about/">About</a></li>
        <li class="menu-item"><a href="/membership/">Membership</a></li>
        <li class="menu-item current-menu-ancestor"><a href="/learn/">Learning &amp; Events</a></li>
        <li class="menu-item"><a href="/resources/">Resources</a></li>
        <li class="menu-item"><a href="/principles-for-peak-grantmaking/">Principles</a></li>
        <li class="menu-item menu-item--cta"><a href="/join/">Join PEAK</a></li>
      </ul>
    </nav>
    <form class="site-search" role="search" action="/"><label class="screen-reader-text" for="s">Search for:</label><input type="search" id="s" name="s" placeholder="Search"><button type="submit">Search</button></form>
  </div>
</header>
<main id="content" class="site-main">
  <div class="container">
    <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> <span class="sep">&rsaquo;</span> <a href="/learn/">Learning &amp; Events</a> <span class="sep">&rsaquo;</span> <span aria-current="page">{TITLE}</span></nav>
    <h1 class="page-title">{TITLE}</h1>
    <div class="page-intro">
      <p>As a grants management professional, you need real expertise in your work to help the people who seek grants succeed.</p>
      <p>Connecting knowledge, relationships and systems is what lets you improve grantmaking decisions. Building these skills makes you a champion of good practice in your organization.</p>
      <p>The model sets out the professional knowledge, skills and abilities expected of grants management professionals, whatever their specialty, the size of their organization or their role in the field. Because it names both the functional responsibilities and the knowledge needed in every area of grants management, it gives a full picture of the profession and a path to professional growth.</p>
      <p>Explore the model by choosing a competency in the menu. Questions or feedback? Write to our team at <a href="mailto:learning@peakgrantmaking.org">learning@peakgrantmaking.org</a>.</p>
      <p><a class="button button--primary" href="/wp-content/uploads/2017/11/PEAK-Grants-Management-Professional-Competency-Model.pdf">Download the model and full documentation</a></p>
    </div>
    <div class="model-layout">
      <aside class="model-nav" aria-label="Competency model navigation">
        <h2 class="model-nav__title">Explore the Model</h2>
        <nav>
{chr(10).join(side)}
        </nav>
      </aside>
      <div class="model-content">
{chr(10).join(main)}
        <p class="model-content__more">Continue to <a href="/grantmaking-professional-competency-model/post-grant/">Phase III: Post-Grant</a> &rarr;</p>
      </div>
    </div>
  </div>
  <section class="newsletter-cta">
    <div class="container">
      <h2>Stay in the loop</h2>
      <p>Get the latest resources, events and news from PEAK Grantmaking in your inbox.</p>
      <form class="newsletter-form" action="/subscribe/" method="post"><input type="email" name="email" placeholder="Email address" aria-label="Email address"><button type="submit">Subscribe</button></form>
    </div>
  </section>
</main>
<footer class="site-footer" role="contentinfo">
  <div class="container site-footer__inner">
    <div class="site-footer__about">
      <p><strong>PEAK Grantmaking</strong><br>Practice Meets Purpose</p>
      <p>Ph: 888.466.1996 &middot; <a href="mailto:info@peakgrantmaking.org">info@peakgrantmaking.org</a></p>
    </div>
    <ul class="site-footer__menu">
      <li><a href="/about/">About Us</a></li>
      <li><a href="/about/staff/">Staff</a></li>
      <li><a href="/about/board/">Board</a></li>
      <li><a href="/privacy-policy/">Privacy Policy</a></li>
      <li><a href="/terms-of-use/">Terms of Use</a></li>
    </ul>
    <p class="site-footer__copyright">&copy; 2024 PEAK Grantmaking. All rights reserved.</p>
  </div>
</footer>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>
jQuery(function($){{
  $('.js-scroll').on('click', function(e){{
    var t = $(this.getAttribute('href'));
    if (t.length) {{ e.preventDefault(); $('html,body').animate({{scrollTop: t.offset().top - 80}}, 300); }}
  }});
}});
</script>
<script src="/wp-content/themes/peak/assets/js/main.min.js?ver=3.4.1" id="peak-main-js"></script>
</body>
</html>
"""
    OUT.write_text(page, encoding="utf-8")


def gold():
    doc = STEM
    comps = []
    for _, _, _, cl in PHASES:
        for _, name, definition, groups in cl:
            inds = []
            for g, items in zip(GROUPS, groups):
                inds += L.items(doc, items, g)
            comps.append(L.competency(doc, name, definition, indicators=inds))
    return L.write_gold(OUT, "html", TITLE, comps)


if __name__ == "__main__":
    render()
    print(gold())

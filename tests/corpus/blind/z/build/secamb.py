"""South East Coast Ambulance Service NHS Foundation Trust (SECAmb) - "SECAmb values" page
(hand-written HTML with NHS trust site chrome).

Layout: cookie notice, utility links, header with logo and search, main nav, breadcrumb, h1, intro
paragraphs; per value an h2 name, a one-line definition, an h3 "We will" with a bullet list and an
h3 "We will not" with a bullet list; an "In this section" sidebar; footer with address, links and
copyright; scripts. A stray "?" in place of an apostrophe is kept, as on the published page.
"""
import html

import common as C
import helpers as H

STEM = "secamb-values"
TITLE = "SECAmb values"

INTRO = [
    "Our values are the standards that everyone working at our Trust is expected to live up to.",
    "They help us make the right decisions and guide how we treat our colleagues, our patients and "
    "their families and friends.",
    "To be a successful Trust and give our patients the best possible care, we all need to work "
    "together as one team and respect one another’s roles. Our values help us to do this.",
    "Our values and behaviours will guide how we recruit, induct, train, develop and manage our "
    "staff, and how we provide our services and care.",
]

VALUES = [
    ("Taking Pride",
     "Speaking up for our organisation and recognising the important part we play in its success.",
     ["Carry out our roles and responsibilities as well as we can.",
      "Encourage colleagues to do the best job they can.",
      "Stay positive even when we face challenges.",
      "Share ideas and good practice openly with colleagues.",
      "Seek out and share information without waiting to be asked.",
      "Take personal responsibility for what we do.",
      "Be honest when things go wrong.",
      "Celebrate the successes of our colleagues."],
     ["Take part in negative gossip.",
      "Show complacency in the way we deliver our service.",
      "Accept poor practice.",
      "Show disregard for colleagues?opinions.",
      "Let our mood affect how we treat patients and colleagues."]),
    ("Striving for Continuous Improvement",
     "Looking for, and acting on, opportunities to do things better.",
     ["Encourage each other to share opinions and ideas on how we can improve patient safety and "
      "the quality of our service.",
      "Speak up when we can see a safer, more efficient or better-value way of working.",
      "Look for the positives rather than the negatives when others put forward ideas and views.",
      "Take an active part in personal and professional learning and development.",
      "Seek feedback and act on it to improve our own performance."],
     ["Discourage anyone from trying a better way of doing things.",
      "Turn down opportunities to improve the way we work.",
      "Ignore problems or difficult situations that we could help to resolve."]),
    ("Acting with Integrity",
     "Being honest and acting in the best interests of the people we serve.",
     ["Respect the confidentiality of patients and colleagues.",
      "Be open and truthful in what we say and do.",
      "Do what we say we will do.",
      "Follow the Trust’s policies and our professional codes of conduct.",
      "Raise concerns about safety or wrongdoing through the right channels."],
     ["Make promises we cannot keep.",
      "Cover up mistakes or incidents.",
      "Use our position for personal gain."]),
]

E = html.escape


def ul(items, indent="          "):
    return "\n".join(f"{indent}<li>{E(x)}</li>" for x in items)


def build():
    body = []
    for name, definition, will, wont in VALUES:
        body.append(f"""
        <h2 id="{C.slug(name)}">{E(name)}</h2>
        <p>{E(definition)}</p>
        <h3>We will</h3>
        <ul>
{ul(will)}
        </ul>
        <h3>We will not</h3>
        <ul>
{ul(wont)}
        </ul>""")
    intro = "\n".join(f"        <p>{E(p)}</p>" for p in INTRO)
    page = f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SECAmb values - South East Coast Ambulance Service NHS Foundation Trust</title>
<meta name="description" content="Our values are the standards which everyone working at our Trust is expected to live up to.">
<link rel="stylesheet" id="secamb-main-css" href="https://www.secamb.nhs.uk/wp-content/themes/secamb/dist/css/main.css?ver=3.8.2" media="all">
<link rel="icon" href="https://www.secamb.nhs.uk/wp-content/themes/secamb/favicon.ico">
<script>document.documentElement.className = document.documentElement.className.replace('no-js','js');</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-30119822-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-30119822-1', {{ 'anonymize_ip': true }});</script>
</head>
<body class="page-template-default page page-id-2417 page-child">
<div id="cookie-notice" role="dialog" aria-label="Cookie notice" class="cookie-notice">
  <div class="cookie-notice__inner">
    <p>We use cookies to give you the best experience on our website. Some are essential to make the site work; others help us understand how the site is used. <a href="https://www.secamb.nhs.uk/cookies/">Find out more about cookies</a></p>
    <button type="button" class="cookie-notice__accept">Accept all cookies</button>
    <button type="button" class="cookie-notice__reject">Essential cookies only</button>
  </div>
</div>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="utility-bar">
  <ul class="utility-bar__links">
    <li><a href="https://www.secamb.nhs.uk/contact-us/">Contact us</a></li>
    <li><a href="https://join-secamb.co.uk/">Careers</a></li>
    <li><a href="https://www.secamb.nhs.uk/accessibility/">Accessibility</a></li>
    <li><a href="#" class="translate-toggle">Translate</a></li>
  </ul>
</div>
<header class="site-header" role="banner">
  <div class="wrap">
    <a class="site-header__logo" href="https://www.secamb.nhs.uk/"><img src="https://www.secamb.nhs.uk/wp-content/themes/secamb/dist/images/logo.svg" alt="South East Coast Ambulance Service NHS Foundation Trust"></a>
    <form role="search" method="get" class="search-form" action="https://www.secamb.nhs.uk/">
      <label for="s" class="screen-reader-text">Search for:</label>
      <input type="search" id="s" name="s" placeholder="Search this site">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main menu">
    <ul id="menu-main" class="menu">
      <li class="menu-item"><a href="https://www.secamb.nhs.uk/">Home</a></li>
      <li class="menu-item current-menu-ancestor"><a href="https://www.secamb.nhs.uk/what-we-do/">What we do</a></li>
      <li class="menu-item"><a href="https://www.secamb.nhs.uk/get-involved/">Get involved</a></li>
      <li class="menu-item"><a href="https://www.secamb.nhs.uk/news/">News</a></li>
      <li class="menu-item"><a href="https://www.secamb.nhs.uk/our-performance/">Our performance</a></li>
      <li class="menu-item"><a href="https://www.secamb.nhs.uk/contact-us/">Contact us</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content">
  <div class="wrap">
    <nav class="breadcrumbs" aria-label="Breadcrumb"><span><a href="https://www.secamb.nhs.uk/">Home</a></span> &gt; <span><a href="https://www.secamb.nhs.uk/what-we-do/">What we do</a></span> &gt; <span><a href="https://www.secamb.nhs.uk/what-we-do/about-us/">About us</a></span> &gt; <span class="breadcrumb_last" aria-current="page">SECAmb values</span></nav>
    <div class="content-sidebar-wrap">
      <main class="content" id="main">
        <article class="page type-page status-publish entry">
        <h1 class="entry-title">{E(TITLE)}</h1>
        <div class="entry-content">
{intro}
{"".join(body)}
        </div>
        <p class="last-updated">Page last reviewed: 14 March 2024</p>
        </article>
      </main>
      <aside class="sidebar" aria-label="In this section">
        <h2 class="widget-title">In this section</h2>
        <ul>
          <li><a href="https://www.secamb.nhs.uk/what-we-do/about-us/">About us</a></li>
          <li class="current"><a href="https://www.secamb.nhs.uk/what-we-do/about-us/secamb-values/">SECAmb values</a></li>
          <li><a href="https://www.secamb.nhs.uk/what-we-do/about-us/our-board/">Our Board</a></li>
          <li><a href="https://www.secamb.nhs.uk/what-we-do/about-us/our-strategy/">Our strategy</a></li>
          <li><a href="https://www.secamb.nhs.uk/what-we-do/about-us/annual-reports/">Annual reports</a></li>
        </ul>
      </aside>
    </div>
  </div>
</div>
<footer class="site-footer" role="contentinfo">
  <div class="wrap">
    <div class="site-footer__address">
      <p><strong>South East Coast Ambulance Service NHS Foundation Trust</strong><br>
      Nexus House, 4 Gatwick Road, Crawley, West Sussex, RH10 9BG</p>
      <p>In an emergency always dial 999. For urgent medical help that is not an emergency, use NHS 111.</p>
    </div>
    <ul class="site-footer__links">
      <li><a href="https://www.secamb.nhs.uk/privacy-notice/">Privacy notice</a></li>
      <li><a href="https://www.secamb.nhs.uk/cookies/">Cookies</a></li>
      <li><a href="https://www.secamb.nhs.uk/freedom-of-information/">Freedom of information</a></li>
      <li><a href="https://www.secamb.nhs.uk/accessibility/">Accessibility statement</a></li>
      <li><a href="https://www.secamb.nhs.uk/sitemap/">Sitemap</a></li>
    </ul>
    <p class="site-footer__copyright">&copy; 2026 South East Coast Ambulance Service NHS Foundation Trust</p>
  </div>
</footer>
<script src="https://www.secamb.nhs.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="https://www.secamb.nhs.uk/wp-content/themes/secamb/dist/js/main.js?ver=3.8.2" id="secamb-main-js"></script>
</body>
</html>
"""
    path = H.DOCS / f"{STEM}.html"
    path.write_text(page, encoding="utf-8")
    return path


def gold():
    comps = []
    for name, definition, will, wont in VALUES:
        ind = H.items(will, STEM, group="We will") + H.items(wont, STEM, group="We will not")
        comps.append(C.competency(name, STEM, definition=definition, indicators=ind))
    return C.write_gold(STEM, f"{STEM}.html", "html", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()

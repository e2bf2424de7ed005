"""EJTA (European Journalism Training Association; association under Dutch law, office in Mechelen) -
"Tartu Declaration" web page (2006, revised 2013): ten competences, each with five qualifications, as a nested
ordered list, with the site's chrome re-created. Hand-written HTML."""
import html

import bilib as L

STEM = "ejta-tartu-declaration"

COMPETENCES = [
    ("The competence to reflect on the role of journalism in society", [
        "have a commitment to a democratic society",
        "know the legal and ethical framework within which journalism operates",
        "to be able to form a well-founded personal view of journalism",
        "understand the values that lie behind professional choices",
        "to be able to connect local matters with national and global ones"]),
    ("The competence to find relevant topics and angles", [
        "know current affairs and their background",
        "know the characteristics of the different media",
        "be able to judge how relevant a subject is for different audiences",
        "be able to encourage wide participation in public debate",
        "be able to uncover newsworthy issues through in-depth research"]),
    ("The competence to plan and organise journalistic work", [
        "be able to draw up a realistic work plan",
        "be able to work under the pressure of deadlines",
        "be able to adapt to unexpected situations",
        "be able to organise contributions from the audience",
        "be able to work within the limits of a budget"]),
    ("The competence to gather information quickly", [
        "have a broad general knowledge",
        "have more specialised knowledge in at least one field",
        "be able to find a range of perspectives on an issue",
        "be able to assess the reliability of sources",
        "be able to engage with the audience"]),
    ("The competence to select the essential information", [
        "be able to distinguish main issues from side issues",
        "be able to select information on the basis of reliability and relevance",
        "be able to check facts, using a range of verification techniques",
        "be able to interpret information and put it in context",
        "be able to select information with the chosen form of presentation in mind"]),
    ("The competence to structure information journalistically", [
        "be able to structure information in a way that suits the audience and the medium",
        "be able to combine text, image and sound into a coherent whole",
        "be able to present a complex subject in an accessible way",
        "be able to link information to other sources, such as archives and background material",
        "be able to use storytelling techniques to hold the attention of the audience"]),
    ("The competence to present information in a suitable journalistic form", [
        "master the language(s) of publication and make full use of their possibilities",
        "be able to write for different media and audiences",
        "be able to work with the tools of audio, video and online publication",
        "be able to apply the conventions of the different journalistic genres",
        "be able to present information in an attractive and engaging way"]),
    ("The competence to evaluate and take responsibility for journalistic work", [
        "be able to explain and justify the choices made in one\u2019s own work",
        "be able to reflect on one\u2019s own work and learn from feedback",
        "be able to accept criticism and respond to it constructively",
        "be able to take responsibility for the consequences of one\u2019s work",
        "be able to assess the work of others against professional standards"]),
    ("The competence to work together in a team or newsroom", [
        "be able to work as a member of a team",
        "be able to give and receive feedback within an editorial team",
        "be able to take on a coordinating or leading role where needed",
        "be able to respect the roles and expertise of colleagues",
        "be able to contribute to the quality of the newsroom\u2019s output"]),
    ("The competence to work as an employee or as a freelancer", [
        "be able to present and market one\u2019s own work",
        "be able to negotiate fees and terms of employment",
        "know the rights and obligations of journalists as employees or freelancers",
        "be able to manage one\u2019s own career and continuing development",
        "be able to develop new journalistic products or services"]),
]

HEAD = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tartu Declaration &#8211; EJTA</title>
<link rel="stylesheet" id="ejta-theme-css" href="https://ejta.eu/wp-content/themes/ejta/style.css?ver=2.3.1" media="all">
<link rel="stylesheet" id="cookie-notice-front-css" href="https://ejta.eu/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16" media="all">
<link rel="canonical" href="https://ejta.eu/tartu-declaration">
<script src="https://ejta.eu/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q2EJTA01"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7Q2EJTA01');</script>
</head>
<body class="page-template-default page page-id-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="topbar">
  <div class="container">
    <span class="topbar-phone"><a href="tel:+3215369190">+32 15 369 190</a></span>
    <span class="topbar-login"><a href="https://ejta.eu/login">Login</a></span>
  </div>
</div>
<header id="masthead" class="site-header">
  <div class="container">
    <a class="site-logo" href="https://ejta.eu/" rel="home"><img src="https://ejta.eu/wp-content/uploads/2021/03/ejta-logo.svg" alt="EJTA - European Journalism Training Association"></a>
    <nav id="site-navigation" class="main-navigation" aria-label="Main menu">
      <ul id="primary-menu" class="menu">
        <li class="menu-item"><a href="https://ejta.eu/">Home</a></li>
        <li class="menu-item menu-item-has-children current-menu-ancestor"><a href="https://ejta.eu/introduction">About</a>
          <ul class="sub-menu">
            <li class="menu-item"><a href="https://ejta.eu/introduction">Introduction</a></li>
            <li class="menu-item"><a href="https://ejta.eu/board">Board</a></li>
            <li class="menu-item"><a href="https://ejta.eu/statutes">Statutes</a></li>
            <li class="menu-item current-menu-item"><a href="https://ejta.eu/tartu-declaration" aria-current="page">Tartu Declaration</a></li>
            <li class="menu-item"><a href="https://ejta.eu/membership">Membership</a></li>
          </ul>
        </li>
        <li class="menu-item"><a href="https://ejta.eu/members">Members</a></li>
        <li class="menu-item"><a href="https://ejta.eu/projects">Projects</a></li>
        <li class="menu-item"><a href="https://ejta.eu/events">Events</a></li>
        <li class="menu-item"><a href="https://ejta.eu/news">News</a></li>
        <li class="menu-item"><a href="https://ejta.eu/contact">Contact</a></li>
      </ul>
    </nav>
  </div>
</header>
<div id="content" class="site-content">
  <div class="container">
    <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="https://ejta.eu/">Home</a> &raquo; <a href="https://ejta.eu/introduction">About</a> &raquo; <span class="breadcrumb_last" aria-current="page">Tartu Declaration</span></nav>
    <main id="main" class="site-main">
      <article id="post-214" class="page type-page status-publish hentry">
        <header class="entry-header"><h1 class="entry-title">Tartu Declaration</h1></header>
        <div class="entry-content">
<p><em>(2006, revised in 2013)</em></p>
<h3>Preamble</h3>
<p>Members of the European Journalism Training Association educate and train their students and participants on the principle that journalists should serve the public by:</p>
<ul>
<li>offering insight into political, economic and socio-cultural conditions,</li>
<li>stimulating and strengthening democracy at every level,</li>
<li>stimulating and strengthening personal and institutional accountability,</li>
<li>widening the possibilities for citizens to make choices in their social and personal lives,</li>
</ul>
<p>while:</p>
<ul>
<li>feeling responsible for freedom of expression,</li>
<li>respecting the integrity of individuals,</li>
<li>being critical of sources and independent of vested interests,</li>
<li>applying accepted ethical standards.</li>
</ul>
"""

FOOT = """<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fejta.eu%2Ftartu-declaration">Twitter</a></li><li><a class="share-linkedin" href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fejta.eu%2Ftartu-declaration">LinkedIn</a></li><li><a class="share-facebook" href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fejta.eu%2Ftartu-declaration">Facebook</a></li></ul></div>
        </div>
      </article>
    </main>
  </div>
</div>
<footer id="colophon" class="site-footer">
  <div class="container footer-widgets">
    <section class="widget widget_text"><h2 class="widget-title">EJTA Office</h2><div class="textwidget"><p>European Journalism Training Association<br>Mechelen, Belgium</p><p><a href="mailto:office@ejta.eu">office@ejta.eu</a></p></div></section>
    <section class="widget widget_nav_menu"><h2 class="widget-title">Quick links</h2><ul class="menu"><li><a href="https://ejta.eu/members">Member schools</a></li><li><a href="https://ejta.eu/events">Teachers&#8217; Conference</a></li><li><a href="https://ejta.eu/projects">EUfactcheck</a></li><li><a href="https://ejta.eu/privacy-policy">Privacy policy</a></li></ul></section>
    <section class="widget widget_newsletter"><h2 class="widget-title">Newsletter</h2><form action="https://ejta.eu/newsletter" method="post"><label for="nl-email">Email address</label> <input type="email" id="nl-email" name="email"> <button type="submit">Subscribe</button></form></section>
  </div>
  <div class="site-info container">&copy; 2024 EJTA &middot; European Journalism Training Association &middot; a non-profit association under Dutch law</div>
</footer>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">Ok</a><a href="https://ejta.eu/privacy-policy" target="_blank" id="cn-more-info" class="cn-more-info cn-button">Privacy policy</a></span></div></div>
<script src="https://ejta.eu/wp-content/plugins/cookie-notice/js/front.min.js?ver=2.4.16" id="cookie-notice-front-js"></script>
<script src="https://ejta.eu/wp-content/themes/ejta/js/navigation.js?ver=2.3.1" id="ejta-navigation-js"></script>
</body>
</html>
"""


def build():
    parts = [HEAD, "<ol>\n"]
    for name, quals in COMPETENCES:
        parts.append(f"<li><strong>{html.escape(name, quote=False)}</strong>\n<ol>\n")
        for q in quals:
            parts.append(f"<li>{html.escape(q, quote=False)}</li>\n")
        parts.append("</ol>\n</li>\n")
    parts.append("</ol>\n")
    parts.append(FOOT)
    out = L.DOCS / f"{STEM}.html"
    out.write_text("".join(parts), encoding="utf-8")
    return out


def gold(path):
    comps = [L.competency(STEM, name, None, indicators=[L.item(STEM, q) for q in quals])
             for name, quals in COMPETENCES]
    L.write_gold(path, "html", "Tartu Declaration", comps)


if __name__ == "__main__":
    gold(build())

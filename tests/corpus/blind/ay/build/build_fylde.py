"""fylde-coast-behavioural-standards.html: Healthier Fylde Coast resource page (NHS-style chrome),
values with 'What we expect to see and hear:' / 'What we don't expect to see and hear:' lists."""
from html import escape

from _util import DOCS

STEM = "fylde-coast-behavioural-standards"

VALUES = [
    ("Be compassionate.", "Always demonstrate you care", [
        "Be friendly and welcoming, introduce yourself by saying \u201cHello, my name is\u201d\u2026",
        "Taking time to really listen to patients and respond to what they need",
        "Giving care with compassion and empathy that passes the \u2018Me Test\u2019",
        "Putting yourself in other people\u2019s shoes (patients and colleagues) and seeing things from "
        "their point of view",
        "Treating everyone fairly and with respect",
        "Being aware of different cultural needs and beliefs and arranging the right resources and "
        "support where they are needed",
        "Saying \u201cthank you\u201d when a job has been done well",
        "Presenting yourself professionally, in the way you speak and in how you dress",
    ], [
        "Unfriendly behaviour, ignoring people, no introductions",
        "People putting their own agendas ahead of patient care",
        "Apathy and a lack of compassion, giving the impression you don\u2019t care and saying you are "
        "too busy to help",
        "Not listening to what the other person is saying and showing no regard for how they feel or "
        "for their point of view Gossiping and talking about people \u2018behind their back\u2019 or "
        "talking over them",
        "Behaving in a way that humiliates or offends others and amounts to bullying or harassment",
        "Not treating others the way they wish to be treated",
        "Overlooking the achievements and successes of the team and its members",
        "Being disrespectful to people and not keeping to the dress code",
    ]),
    ("Be accountable", "Take responsibility for making things happen", [
        "Owning your actions and decisions and seeing tasks through to the end",
        "Speaking up when something is not right and raising concerns through the proper routes",
        "Arriving on time for shifts, meetings and appointments",
        "Using public money and resources wisely",
        "Learning from mistakes and incidents and sharing what was learned",
        "Doing what you said you would do, when you said you would do it",
    ], [
        "Blaming others when things go wrong",
        "Passing problems on without trying to solve them",
        "Ignoring policies, procedures or safety guidance",
        "Wasting time, money or supplies",
        "Making promises that cannot be kept",
        "Walking past poor practice and saying nothing",
    ]),
    ("Be collaborative", "Work together across the Fylde Coast", [
        "Sharing information and knowledge with colleagues in other teams and organisations",
        "Involving patients, carers and partners in decisions that affect them",
        "Offering help to colleagues when they are under pressure",
        "Valuing what every member of the team contributes",
        "Looking for joined-up solutions instead of working in isolation",
    ], [
        "Working in silos and protecting your own patch",
        "Criticising partner organisations in front of patients",
        "Holding on to information that others need",
        "Leaving colleagues out of discussions or decisions",
        "A \u2018not my job\u2019 attitude",
    ]),
    ("Be open and honest", "Say what you mean and do what you say", [
        "Being truthful with patients, families and colleagues, even when the news is not what they "
        "hoped to hear",
        "Giving and welcoming constructive feedback",
        "Explaining the reasons for decisions",
        "Admitting when you do not know something, and finding out",
        "Keeping confidential information safe",
    ], [
        "Hiding mistakes or covering up problems",
        "Saying one thing and doing another",
        "Making decisions behind closed doors without explanation",
        "Sharing confidential information inappropriately",
        "Reacting defensively to feedback",
    ]),
]

HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Draft Fylde Coast Integrated Care Partnership - values and behavioural standards framework :: Healthier Fylde Coast</title>
<meta name="description" content="Values and behavioural standards framework for the Fylde Coast Integrated Care Partnership.">
<link rel="stylesheet" href="/css/nhsuk-frontend.min.css">
<link rel="stylesheet" href="/css/site.css?v=2.4.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8FCX2Q4B1M"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-8FCX2Q4B1M', { 'anonymize_ip': true });
</script>
</head>
<body class="js-enabled">
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<div id="cookiebanner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use cookies to make this website work and to understand how you use it. <a href="/cookies">Read more about our cookies</a>.</p>
  <button class="nhsuk-button" id="accept-cookies">I'm OK with analytics cookies</button>
  <button class="nhsuk-button nhsuk-button--secondary" id="reject-cookies">Do not use analytics cookies</button>
</div>
<header class="nhsuk-header" role="banner">
  <div class="nhsuk-width-container nhsuk-header__container">
    <div class="nhsuk-header__logo"><a class="nhsuk-header__link" href="/" aria-label="Healthier Fylde Coast homepage">
      <svg class="nhsuk-logo" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 40 16" height="40" width="100"><title>NHS</title><path class="nhsuk-logo__background" fill="#005eb8" d="M0 0h40v16H0z"></path></svg>
      <span class="nhsuk-organisation-name">Healthier Fylde Coast</span>
      <span class="nhsuk-organisation-descriptor">Fylde Coast Integrated Care Partnership</span></a></div>
    <div class="nhsuk-header__search"><form class="nhsuk-header__search-form" action="/search" method="get" role="search">
      <label class="nhsuk-u-visually-hidden" for="search-field">Search this website</label>
      <input class="nhsuk-search__input" id="search-field" name="q" type="search" placeholder="Search" autocomplete="off">
      <button class="nhsuk-search__submit" type="submit">Search</button></form></div>
  </div>
  <nav class="nhsuk-header__navigation" id="header-navigation" role="navigation" aria-label="Primary navigation">
    <ul class="nhsuk-header__navigation-list">
      <li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="/">Home</a></li>
      <li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="/about-us">About us</a></li>
      <li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="/our-strategy-2020-2025">Our strategy 2020-2025</a></li>
      <li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="/your-health">Your health</a></li>
      <li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="/news">News</a></li>
      <li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="/get-involved">Get involved</a></li>
      <li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="/contact-us">Contact us</a></li>
    </ul>
  </nav>
</header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb">
  <div class="nhsuk-width-container">
    <ol class="nhsuk-breadcrumb__list">
      <li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/">Home</a></li>
      <li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/our-strategy-2020-2025">Our strategy 2020-2025</a></li>
      <li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/our-strategy-2020-2025/resources">Resources</a></li>
      <li class="nhsuk-breadcrumb__item">Draft Fylde Coast Integrated Care Partnership - values and behavioural standards framework</li>
    </ol>
  </div>
</nav>
<div class="nhsuk-width-container">
<main class="nhsuk-main-wrapper" id="maincontent" role="main">
<div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds">
<p class="download"><a href="/media/2417/behavioural-standards-framework.pdf" class="nhsuk-action-link__link">Download the PDF version of the Behavioural Standards Framework</a></p>
<h1>Draft Fylde Coast Integrated Care Partnership - values and behavioural standards framework</h1>
<p>The following Behavioural Standards Framework has been put together so that we share a set of core behaviours and attitudes that help us deliver our vision and priorities. The Framework applies to every one of us and is part of everyone\u2019s role.</p>
"""

FOOT = """</div>
<div class="nhsuk-grid-column-one-third">
<aside class="nhsuk-related-nav" role="complementary">
  <h2 class="nhsuk-related-nav__heading">Resources</h2>
  <ul class="nhsuk-related-nav__list">
    <li><a href="/our-strategy-2020-2025/resources/our-strategy-summary">Our strategy on a page</a></li>
    <li><a href="/our-strategy-2020-2025/resources/draft-fylde-coast-integrated-care-partnership-values-and-behavioural-standards-framework">Values and behavioural standards framework</a></li>
    <li><a href="/our-strategy-2020-2025/resources/easy-read">Easy read version</a></li>
  </ul>
</aside>
</div>
</div>
<div class="page-share"><span>Share this page:</span> <a href="#" class="share-twitter">Twitter</a> <a href="#" class="share-facebook">Facebook</a> <a href="#" class="share-email">Email</a></div>
<p class="nhsuk-body-s last-reviewed">Page last reviewed: 14 October 2020</p>
</main>
</div>
<footer role="contentinfo">
  <div class="nhsuk-footer" id="nhsuk-footer">
    <div class="nhsuk-width-container">
      <h2 class="nhsuk-u-visually-hidden">Support links</h2>
      <p class="partners-heading">Our partners</p>
      <ul class="nhsuk-footer__list partners">
        <li class="nhsuk-footer__list-item">Blackpool Teaching Hospitals NHS Foundation Trust</li>
        <li class="nhsuk-footer__list-item">NHS Blackpool Clinical Commissioning Group</li>
        <li class="nhsuk-footer__list-item">NHS Fylde and Wyre Clinical Commissioning Group</li>
        <li class="nhsuk-footer__list-item">Blackpool Council</li>
        <li class="nhsuk-footer__list-item">Lancashire County Council</li>
        <li class="nhsuk-footer__list-item">Lancashire &amp; South Cumbria NHS Foundation Trust</li>
      </ul>
      <ul class="nhsuk-footer__list">
        <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/accessibility">Accessibility statement</a></li>
        <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/cookies">Cookies</a></li>
        <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/privacy">Privacy notice</a></li>
        <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/sitemap">Sitemap</a></li>
      </ul>
      <p class="nhsuk-footer__copyright">&copy; Healthier Fylde Coast 2020</p>
    </div>
  </div>
</footer>
<script src="/js/jquery-3.5.1.min.js"></script>
<script src="/js/nhsuk-frontend.min.js"></script>
<script>
  $(function () {
    if (document.cookie.indexOf('hfc_cookie_consent=') > -1) { $('#cookiebanner').hide(); }
    $('#accept-cookies').on('click', function () { document.cookie = 'hfc_cookie_consent=1; path=/; max-age=31536000'; $('#cookiebanner').hide(); });
    $('#reject-cookies').on('click', function () { document.cookie = 'hfc_cookie_consent=0; path=/; max-age=31536000'; $('#cookiebanner').hide(); });
  });
</script>
</body>
</html>
"""


def build():
    parts = [HEAD]
    for name, strap, yes, no in VALUES:
        parts.append(f"<h2>{escape(name, quote=False)}</h2>\n<p><strong>{escape(strap, quote=False)}</strong></p>\n")
        parts.append("<p><strong>What we expect to see and hear:</strong>&nbsp;</p>\n<ul>\n")
        parts += [f"  <li>{escape(x, quote=False)}</li>\n" for x in yes]
        parts.append("</ul>\n<p><strong>What we don\u2019t expect to see and hear:</strong>&nbsp;</p>\n<ul>\n")
        parts += [f"  <li>{escape(x, quote=False)}</li>\n" for x in no]
        parts.append("</ul>\n")
    parts.append(FOOT)
    out = DOCS / f"{STEM}.html"
    out.write_text("".join(parts), encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    build()

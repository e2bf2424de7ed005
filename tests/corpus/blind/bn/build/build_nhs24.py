"""NHS 24 (Scotland) careers page "Values and Behaviours Framework".

HTML, hand-written page chrome of the nhs24.scot site: skip link, cookie banner, "111" urgent-care top bar,
logo, search, main navigation, breadcrumb, "In this section" side navigation, footer with address and policy
links, gtag / jQuery scripts. Content: h1, welcome paragraphs, a pull quote, "How to use the Values and
Behaviours Framework" with the list of the four values and an explanation, then per value an h2, a one-sentence
value statement and a <ul> of four behavioural descriptors, and a closing PDF download link.
"""
import html

import bnlib as L

STEM = "nhs24-values-and-behaviours-framework"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Values and Behaviours Framework"

VALUES = [
    ("Care and Compassion",
     "We show kindness and understanding to the people who contact us and to each other.",
     ["We listen carefully and take time to understand what matters to the person we are helping.",
      "We notice when a colleague is under pressure and offer support.",
      "We treat every call, chat and contact as if it were from someone we care about.",
      "We look after our own wellbeing so that we can continue to care for others."]),
    ("Dignity and Respect",
     "We value every person and treat them fairly, whatever their background or circumstances.",
     ["We are polite and professional, including when conversations are difficult.",
      "We respect people\u2019s privacy and protect their information.",
      "We welcome different views and experiences and make sure everyone feels included.",
      "We challenge behaviour that is disrespectful or discriminatory."]),
    ("Openness, Honesty, and Responsibility",
     "We are open about what we do, honest when things go wrong and take ownership of our actions.",
     ["We say what we mean and keep the promises we make.",
      "We speak up when we see something that is not right, and we support others who do.",
      "We own our mistakes, learn from them and share the learning.",
      "We make decisions we can explain and stand behind."]),
    ("Quality and Teamwork",
     "We work together to give safe, effective, person-centred care and to keep improving it.",
     ["We share knowledge and help colleagues across teams and sites.",
      "We take pride in getting things right first time.",
      "We look for better ways of working and put good ideas into practice.",
      "We recognise and celebrate each other\u2019s contribution."]),
]

HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Values and Behaviours Framework | NHS 24</title>
<meta name="description" content="The NHS 24 Values and Behaviours Framework sets out how we contribute to the success of the organisation.">
<link rel="canonical" href="https://www.nhs24.scot/careers/values-and-behaviours-framework">
<link rel="stylesheet" href="/static/css/main.min.css?v=4.2.1">
<link rel="icon" href="/static/img/favicon.ico">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q2NHS24XX"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7Q2NHS24XX', { 'anonymize_ip': true });
</script>
</head>
"""

CHROME_TOP = """<body class="page-careers template-standard">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use necessary cookies to make our site work. We would also like to set analytics cookies to help us improve it.</p>
  <button type="button" class="btn btn--primary" id="cookie-accept">Accept analytics cookies</button>
  <button type="button" class="btn btn--secondary" id="cookie-reject">Reject analytics cookies</button>
  <a href="/cookies">Cookie settings</a>
</div>
<div class="urgent-bar">
  <div class="container"><p><strong>Need urgent care?</strong> Phone <a href="tel:111">111</a>. In an emergency phone <a href="tel:999">999</a>.</p></div>
</div>
<header class="site-header">
  <div class="container">
    <a class="site-header__logo" href="/"><img src="/static/img/nhs24-logo.svg" alt="NHS 24 logo - go to homepage" width="140" height="56"></a>
    <form class="site-search" action="/search" method="get" role="search">
      <label for="q" class="visually-hidden">Search NHS 24</label>
      <input type="search" id="q" name="q" placeholder="Search">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/our-services">Our services</a></li>
      <li><a href="/get-help">Get help</a></li>
      <li><a href="/about-us">About us</a></li>
      <li class="is-active"><a href="/careers" aria-current="true">Careers</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/data-and-reporting">Data and reporting</a></li>
      <li><a href="/contact-us">Contact us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/careers">Careers</a></li>
    <li aria-current="page">Values and Behaviours Framework</li>
  </ol>
</nav>
<div class="container layout-two-col">
<aside class="section-nav" aria-label="In this section">
  <h2 class="section-nav__title">In this section</h2>
  <ul>
    <li><a href="/careers/current-vacancies">Current vacancies</a></li>
    <li><a href="/careers/working-at-nhs-24">Working at NHS 24</a></li>
    <li><a href="/careers/call-handler-recruitment">Call handler recruitment</a></li>
    <li class="is-current"><a href="/careers/values-and-behaviours-framework">Values and Behaviours Framework</a></li>
    <li><a href="/careers/staff-benefits">Staff benefits</a></li>
    <li><a href="/careers/student-placements">Student placements</a></li>
  </ul>
</aside>
<main id="main-content" class="main-content">
"""

CHROME_BOTTOM = """</main>
</div>
<footer class="site-footer">
  <div class="container">
    <div class="site-footer__col">
      <h2 class="site-footer__heading">NHS 24</h2>
      <p>Caledonia House<br>Fifty Pitches Road<br>Cardonald Park<br>Glasgow<br>G51 4EB</p>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Useful links</h2>
      <ul>
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/privacy">Privacy</a></li>
        <li><a href="/cookies">Cookies</a></li>
        <li><a href="/freedom-of-information">Freedom of information</a></li>
        <li><a href="/complaints">Feedback and complaints</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Follow us</h2>
      <ul class="social">
        <li><a href="https://www.facebook.com/NHS24">Facebook</a></li>
        <li><a href="https://twitter.com/NHS24">X (Twitter)</a></li>
        <li><a href="https://www.instagram.com/nhs_24">Instagram</a></li>
        <li><a href="https://www.linkedin.com/company/nhs-24">LinkedIn</a></li>
      </ul>
    </div>
    <p class="site-footer__copyright">&copy; NHS 24. All rights reserved.</p>
  </div>
</footer>
<script src="/static/js/jquery-3.6.0.min.js"></script>
<script src="/static/js/main.min.js?v=4.2.1"></script>
<script>
  $('#cookie-accept').on('click', function () { document.cookie = 'nhs24_analytics=1;path=/'; $('#cookie-banner').hide(); });
  $('#cookie-reject').on('click', function () { document.cookie = 'nhs24_analytics=0;path=/'; $('#cookie-banner').hide(); });
</script>
</body>
</html>
"""


def e(s):
    return html.escape(s, quote=False)


def build():
    body = [
        f"<h1>{TITLE}</h1>",
        "<p>Welcome to the NHS 24 Values and Behaviours Framework. The framework sets out how each of us contributes to "
        "the success of the organisation, and to our own success as individuals.</p>",
        "<p>The behaviours describe the attitude and approach we bring to our work: how we do things, how we treat "
        "other people and how we can expect to be treated ourselves. Colleagues helped to shape the framework; their "
        "feedback identified the behaviours that flow from our organisational values and showed how we live them in "
        "practice. This supports an inclusive, values-led culture in which we can work together to deliver NHS 24 "
        "priorities and help people to get the right care in the right place.</p>",
        "<p>Behavioural indicators signal to each member of staff the areas and levels of behaviour the organisation "
        "expects, and make clear which behaviours are valued and recognised. They help our leaders to lead with a "
        "values-based focus on the future and allow every one of us to hold ourselves to account for how we work.</p>",
        "<blockquote class=\"pull-quote\"><p>&ldquo;People will forget what you said, people will forget what you did, "
        "but people will never forget how you made them feel.&rdquo;</p></blockquote>",
        "<h2>How to use the Values and Behaviours Framework</h2>",
        "<p>Specific behaviours are set out for each of the four NHS 24 values:</p>",
        "<ul class=\"values-list\">" + "".join(f"<li>{e(v)}</li>" for v, _, _ in VALUES) + "</ul>",
        "<p>Each value has four behavioural descriptors that show how the value should be demonstrated day to day. "
        "Use them in recruitment, in your personal development review and in conversations with your team.</p>",
    ]
    for v, statement, descs in VALUES:
        body.append(f"<h2 id=\"{L.slug(v)}\">{e(v)}</h2>")
        body.append(f"<p class=\"value-statement\">{e(statement)}</p>")
        body.append("<ul class=\"behaviour-list\">")
        body += [f"  <li>{e(t)}</li>" for t in descs]
        body.append("</ul>")
    body.append("<p class=\"download\"><a href=\"/media/3114/values-and-behaviours-framework.pdf\">Download the "
                "Values and Behaviours Framework (PDF, 412KB)</a></p>")
    body.append("<p class=\"page-updated\">Page last updated: 14 March 2023</p>")
    OUT.write_text(HEAD + CHROME_TOP + "\n".join(body) + "\n" + CHROME_BOTTOM, encoding="utf-8")


def gold():
    comps = [L.competency(STEM, v, statement, indicators=L.items(STEM, descs)) for v, statement, descs in VALUES]
    return L.write_gold(OUT, "html", TITLE, comps)


def main():
    build()
    print(gold())


if __name__ == "__main__":
    main()

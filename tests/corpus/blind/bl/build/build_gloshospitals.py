"""Gloucestershire Hospitals NHS Foundation Trust - "Values and behaviours" page (About us > Our Trust) -> HTML.

Layout (as on gloshospitals.nhs.uk): skip link, cookie banner, NHS-blue header with the Trust logo and name,
search, main navigation, breadcrumb, h1, lead paragraph, "Last updated" line, h2 "Our values" with a list of
three values ("Caring: ..."), h2 "Our behaviours" with four h3 behaviours, each a lead sentence ending
"which means we:" and an h4 "Do" over a bulleted list, then h2 "Behaviours we do not accept" with a paragraph
and a list, a "Related pages" aside, a feedback widget, the footer (address, switchboard, links, social) and
scripts (GTM, jQuery, site JS).
"""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bllib as L  # noqa: E402

STEM = "gloshospitals-values-and-behaviours"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Values and behaviours"

LEAD = "Our culture is built on compassion, and it rests on three values and four compassionate behaviours."
VALUES = [("Caring", "we look after our patients and colleagues by treating them with respect and compassion"),
          ("Listening", "we listen actively so that we can better meet the needs of our patients and colleagues"),
          ("Excelling", "we aim to excel by learning, and we expect our colleagues to be and do the best they can")]

BEHAVIOURS = [
    ("Attend to others\u2019 needs",
     "We pay attention to our patients and colleagues, which means we:",
     ["greet everyone we meet and introduce ourselves",
      "give you our whole attention when we talk, and recognise your point of view",
      "listen and reply properly when you explain something, challenge us or ask us a question",
      "thank people and acknowledge what everyone contributes"]),
    ("Understand one another",
     "We seek to understand our patients and colleagues, which means we:",
     ["make sure we understand each other, and that you feel heard",
      "ask for feedback on what could be improved, and stay open to discussion and to other opinions",
      "adapt to different communication needs and give you the time to say what you need to",
      "try to learn what matters to others and respect priorities that differ from ours"]),
    ("Show empathy and compassion",
     "We show empathy and compassion towards our patients and colleagues, which means we:",
     ["act respectfully and kindly and treat others fairly",
      "care for others and try to understand them without judging",
      "encourage others to suggest how we could improve, and support them in doing so",
      "always try to make a positive difference"]),
    ("Help by taking action",
     "We are helpful to our patients and colleagues, which means we:",
     ["offer encouragement and support",
      "act when someone needs help",
      "take responsibility and reflect on our actions and behaviour so that we can improve",
      "challenge unlawful discrimination, bullying or harassment, and support anyone who experiences it"]),
]

NOT_ACCEPT_P = ("Behaviour that falls short of these standards harms the care we give and the place we work. "
                "Whatever our role, we will not tolerate:")
NOT_ACCEPT = ["bullying, harassment or intimidation in any form",
              "discrimination against anyone because of a protected characteristic",
              "rudeness, shouting or belittling remarks",
              "ignoring requests for help or passing problems on to others"]
NOT_ACCEPT_END = ("If you experience or witness unacceptable behaviour, talk to your manager or contact our "
                  "Freedom to Speak Up Guardian.")

e = html.escape


def page():
    beh = []
    for name, lead, dos in BEHAVIOURS:
        lis = "\n".join(f"                  <li>\n                    <p>{e(x)}</p>\n                  </li>" for x in dos)
        beh.append(f"""            <div class="behaviour">
              <h3>{e(name)}</h3>
              <p>{e(lead)}</p>
              <div class="behaviour__do">
                <h4>Do</h4>
                <ul class="tick-list">
{lis}
                </ul>
              </div>
            </div>""")
    values = "\n".join(f"              <li><strong>{e(n)}</strong>: {e(t)}</li>" for n, t in VALUES)
    notacc = "\n".join(f"              <li>{e(x)}</li>" for x in NOT_ACCEPT)
    behaviours = "\n".join(beh)
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Values and behaviours - Gloucestershire Hospitals NHS Foundation Trust</title>
  <meta name="description" content="The values and compassionate behaviours that guide how we work with patients and with each other.">
  <link rel="canonical" href="https://www.gloshospitals.nhs.uk/about-us/our-trust/values-and-behaviours/">
  <link rel="stylesheet" href="/static/css/main.min.css?v=3.14.2">
  <link rel="icon" href="/static/img/favicon.ico">
  <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-KX7Q2PL');</script>
</head>
<body class="page page--content">
  <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-KX7Q2PL" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
  <a class="skip-link" href="#maincontent">Skip to page content</a>
  <div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookie banner">
    <p>We use cookies to make this website work and to understand how you use it. <a href="/cookies/">Read our cookie policy</a>.</p>
    <button class="button button--small" id="cookie-accept">Accept cookies</button>
    <button class="button button--small button--secondary" id="cookie-reject">Reject optional cookies</button>
  </div>
  <header class="site-header" role="banner">
    <div class="site-header__inner container">
      <a class="site-header__logo" href="/" aria-label="Gloucestershire Hospitals NHS Foundation Trust homepage">
        <img src="/static/img/nhs-logo.svg" alt="NHS" width="80" height="32">
        <span class="site-header__org">Gloucestershire Hospitals<br>NHS Foundation Trust</span>
      </a>
      <form class="site-search" action="/search/" method="get" role="search">
        <label class="visually-hidden" for="q">Search this site</label>
        <input type="search" id="q" name="q" placeholder="Search">
        <button type="submit">Search</button>
      </form>
    </div>
    <nav class="site-nav" aria-label="Main menu">
      <ul class="site-nav__list container">
        <li><a href="/our-services/">Our services</a></li>
        <li><a href="/your-visit/">Your visit</a></li>
        <li><a href="/gp-and-healthcare-professionals/">GPs and professionals</a></li>
        <li><a href="/work-for-us/">Work for us</a></li>
        <li><a href="/about-us/" aria-current="true">About us</a></li>
        <li><a href="/news/">News</a></li>
        <li><a href="/contact-us/">Contact us</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb container" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/about-us/">About us</a></li>
      <li><a href="/about-us/our-trust/">Our Trust</a></li>
      <li aria-current="page">Values and behaviours</li>
    </ol>
  </nav>
  <main id="maincontent" class="container">
    <div class="row">
      <article class="col-main content">
        <h1>{e(TITLE)}</h1>
        <p class="lead">{e(LEAD)}</p>
        <p class="last-updated">Last updated: 5 January 2021</p>
        <section class="section">
          <h2>Our values</h2>
          <ul>
{values}
          </ul>
        </section>
        <section class="section">
          <h2>Our behaviours</h2>
          <div class="behaviours">
{behaviours}
          </div>
        </section>
        <section class="section section--warning">
          <h2>Behaviours we do not accept</h2>
          <p>{e(NOT_ACCEPT_P)}</p>
          <ul>
{notacc}
          </ul>
          <p>{e(NOT_ACCEPT_END)}</p>
        </section>
      </article>
      <aside class="col-side" aria-label="Related pages">
        <h2 class="side-title">Related pages</h2>
        <ul class="side-nav">
          <li><a href="/about-us/our-trust/">Our Trust</a></li>
          <li><a href="/about-us/our-trust/our-strategy/">Our strategy</a></li>
          <li><a href="/about-us/freedom-to-speak-up/">Freedom to Speak Up</a></li>
          <li><a href="/work-for-us/">Work for us</a></li>
        </ul>
      </aside>
    </div>
    <div class="page-feedback">
      <p>Was this page helpful?</p>
      <button class="button button--small" data-feedback="yes">Yes</button>
      <button class="button button--small" data-feedback="no">No</button>
    </div>
  </main>
  <footer class="site-footer" role="contentinfo">
    <div class="container site-footer__inner">
      <div class="site-footer__col">
        <p><strong>Gloucestershire Hospitals NHS Foundation Trust</strong><br>Cheltenham General Hospital<br>Sandford Road<br>Cheltenham GL53 7AN</p>
        <p>Switchboard: 0300 422 2222</p>
      </div>
      <div class="site-footer__col">
        <ul>
          <li><a href="/accessibility/">Accessibility</a></li>
          <li><a href="/privacy-notice/">Privacy notice</a></li>
          <li><a href="/cookies/">Cookies</a></li>
          <li><a href="/freedom-of-information/">Freedom of information</a></li>
          <li><a href="/sitemap/">Sitemap</a></li>
        </ul>
      </div>
      <div class="site-footer__col">
        <ul class="social">
          <li><a href="https://www.facebook.com/GlosHospitals">Facebook</a></li>
          <li><a href="https://twitter.com/GlosHospitals">Twitter</a></li>
          <li><a href="https://www.linkedin.com/company/gloucestershire-hospitals-nhs-foundation-trust">LinkedIn</a></li>
        </ul>
      </div>
      <p class="site-footer__copy">&copy; Gloucestershire Hospitals NHS Foundation Trust</p>
    </div>
  </footer>
  <script src="/static/js/vendor/jquery-3.6.0.min.js"></script>
  <script src="/static/js/main.min.js?v=3.14.2"></script>
  <script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
</body>
</html>
"""


def gold():
    return [L.competency(STEM, name, lead, indicators=L.items(STEM, dos, "Do"))
            for name, lead, dos in BEHAVIOURS]


def main():
    OUT.write_text(page(), encoding="utf-8")
    L.write_gold(OUT, "html", TITLE, gold())
    print("wrote", OUT)


if __name__ == "__main__":
    main()

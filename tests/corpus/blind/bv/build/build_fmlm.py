"""FMLM (Faculty of Medical Leadership and Management, London) - standards page "Leadership of Self" with a
development resource list (HTML).

Modelled on FMLM's "Leadership and Management Standards for Medical Professionals" (third edition, 2021) pages
on fmlm.ac.uk (node/74 overview; node/75 "Leadership of Self": domain paragraph, "How it applies to FMLM
Fellowship", sub-headings such as "Self-awareness and development" each led by "A clinically qualified manager
or leader who meets the Standards:" and a bullet list) and on the FMLM "Recommended reading list" resource page
(Harvard-style citations with place of publication; a list of talks). Composite (asked for by the batch
assignment): the resource list is placed under the standard as "Developing your leadership of self". Drupal page
chrome re-created (skip link, "Authenticated user menu", main nav, breadcrumb, standards side menu, "Total views",
footer, Drupal settings / gtag scripts). Wording is ours; the second and third sub-heading names are ours; the
readings and talks are real.
"""
import bvlib as L

STEM = "fmlm-leadership-of-self"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Leadership of Self"

INTRO = ("Doctors should try to know and understand themselves and the effect they have on others, and keep "
         "working to improve. They need resilience, and the energy, drive and motivation to lead and to work "
         "with others to consistently high standards, so that the quality of care for patients improves in all "
         "its dimensions: experience, effectiveness and safety. Listening, feedback and reflection are central.")
FELLOWSHIP = ("The values and behaviour of an individual underpin the award of FMLM Fellowship. Every medical "
              "professional is expected to show standards that have a positive effect on their working "
              "environment and to help build a culture that is inclusive, constructive and supportive, that "
              "recognises how complex and demanding healthcare delivery is, and that encourages innovation, "
              "empowerment and accountability.")
STEMLINE = "A clinically qualified manager or leader who meets the Standards:"
GROUPS = [
    ("Self-awareness and development", [
        "Takes a clear \u2018people\u2019 approach, thinking about how their style, decisions and actions affect "
        "patients, colleagues and the wider healthcare community",
        "Manages their own emotions and adapts their leadership style to have the greatest positive effect on "
        "others",
        "Reflects on experiences, good and bad, as a source of learning for themselves, for patient care and for "
        "the wider system",
        "Seeks feedback from patients, colleagues and other professionals on their own effectiveness and acts on "
        "it",
        "Makes time for professional development and keeps their skills and knowledge up to date"]),
    ("Resilience and wellbeing", [
        "Recognises the signs of stress and fatigue in themselves and takes action early",
        "Builds and maintains professional and personal support networks",
        "Knows their own limits and is prepared to ask for advice or support",
        "Models healthy working practices, including taking breaks and leave"]),
    ("Integrity and values", [
        "Acts in line with the principles of Good Medical Practice and the Seven Principles of Public Life",
        "Is open and honest when things go wrong and supports others to be so",
        "Challenges behaviour that falls short of professional standards, whatever the seniority of the person",
        "Declares and manages conflicts of interest"]),
]
# (citation html, citation text, title, authors, publisher, year)
READINGS = [
    ("Goffee, R. and Jones, G. (2006) <em>Why Should Anyone Be Led by You? What It Takes to Be an Authentic "
     "Leader</em>. Boston: Harvard Business School Press.",
     "Why Should Anyone Be Led by You? What It Takes to Be an Authentic Leader", ["R. Goffee", "G. Jones"],
     "Harvard Business School Press", 2006),
    ("Goleman, D. (1996) <em>Emotional Intelligence: Why It Can Matter More Than IQ</em>. London: Bloomsbury.",
     "Emotional Intelligence: Why It Can Matter More Than IQ", ["D. Goleman"], "Bloomsbury", 1996),
    ("Kline, N. (1999) <em>Time to Think: Listening to Ignite the Human Mind</em>. London: Ward Lock.",
     "Time to Think: Listening to Ignite the Human Mind", ["N. Kline"], "Ward Lock", 1999),
    ("Peters, S. (2012) <em>The Chimp Paradox: The Mind Management Programme to Help You Achieve Success, "
     "Confidence and Happiness</em>. London: Vermilion.",
     "The Chimp Paradox: The Mind Management Programme to Help You Achieve Success, Confidence and Happiness",
     ["S. Peters"], "Vermilion", 2012),
    ("Swanwick, T. and McKimm, J. (eds) (2017) <em>ABC of Clinical Leadership</em>. 2nd edn. Chichester: "
     "Wiley-Blackwell.",
     "ABC of Clinical Leadership", ["T. Swanwick", "J. McKimm"], "Wiley-Blackwell", 2017),
]
TALKS = [
    ("Brown, B. (2010) <em>The power of vulnerability</em>. TEDxHouston.", "The power of vulnerability",
     ["B. Brown"], "TEDxHouston", 2010),
    ("Sinek, S. (2009) <em>How great leaders inspire action</em>. TEDxPuget Sound.",
     "How great leaders inspire action", ["S. Sinek"], "TEDxPuget Sound", 2009),
]
ONLINE = [
    "The Edward Jenner Programme, NHS Leadership Academy (free online foundation programme)",
    "FMLM webinar recording: Time to think, with Nancy Kline (60 minutes)",
]


def strip_tags(s):
    import re
    return re.sub(r"<[^>]+>", "", s)


def build():
    ind = []
    for head, bullets in GROUPS:
        lis = "\n".join(f"          <li>{b}</li>" for b in bullets)
        ind.append(f"""        <h3>{head}</h3>
        <p>{STEMLINE}</p>
        <ul>
{lis}
        </ul>""")
    reads = "\n".join(f"          <p class=\"ref\">{r[0]}</p>" for r in READINGS)
    talks = "\n".join(f"          <p class=\"ref\">{t[0]}</p>" for t in TALKS)
    online = "\n".join(f"          <li>{o}</li>" for o in ONLINE)
    html = f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Leadership of Self | FMLM</title>
  <link rel="canonical" href="https://www.fmlm.ac.uk/node/75">
  <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3kY9aGv1lN.css">
  <script async src="https://www.googletagmanager.com/gtag/js?id=UA-24716110-1"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-24716110-1');</script>
  <style>
    body {{ font-family: "Open Sans", Arial, sans-serif; color: #222; margin: 0; }}
    .site-header {{ background: #00205b; color: #fff; padding: 12px 24px; }}
    .site-header a {{ color: #fff; }}
    .layout {{ display: flex; max-width: 1140px; margin: 0 auto; }}
    aside.sidebar {{ width: 260px; padding: 24px; }}
    main {{ flex: 1; padding: 24px; }}
    p.ref {{ padding-left: 2em; text-indent: -2em; }}
    .visually-hidden {{ position: absolute; clip: rect(0 0 0 0); }}
  </style>
</head>
<body class="path-node page-node-type-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <div class="dialog-off-canvas-main-canvas">
  <header class="site-header" role="banner">
    <div class="branding"><a href="/" title="Home" rel="home"><img src="/themes/fmlm/logo.svg" alt="Faculty of Medical Leadership and Management"></a></div>
    <nav role="navigation" aria-labelledby="block-usermenu-menu" class="user-menu">
      <h2 class="visually-hidden" id="block-usermenu-menu">Authenticated user menu</h2>
      <ul><li><a href="/user/login">Log in</a></li><li><a href="/membership/join">Join FMLM</a></li></ul>
    </nav>
    <form class="search-block-form" action="/search/node" method="get"><label for="edit-keys" class="visually-hidden">Search</label><input type="search" id="edit-keys" name="keys" placeholder="Search"></form>
    <nav role="navigation" aria-label="Main navigation" class="main-nav">
      <ul>
        <li><a href="/about-us">About us</a></li>
        <li><a href="/membership">Membership</a></li>
        <li><a href="/fellowship">Fellowship</a></li>
        <li><a href="/professional-development">Professional development</a></li>
        <li><a href="/events">Events</a></li>
        <li><a href="/resources">Resources</a></li>
        <li><a href="/news-opinion">News and opinion</a></li>
      </ul>
    </nav>
  </header>
  <div class="breadcrumb"><nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol><li><a href="/">Home</a></li><li><a href="/node/74">Leadership and management standards</a></li><li>Leadership of Self</li></ol></nav></div>
  <div class="layout">
    <aside class="sidebar" role="complementary">
      <nav aria-label="Standards">
        <h2>Standards</h2>
        <ul>
          <li><a href="/node/74">Standards overview</a></li>
          <li class="is-active"><a href="/node/75">Leadership of Self</a></li>
          <li><a href="/node/76">Team player</a></li>
          <li><a href="/node/77">Corporate responsibility</a></li>
          <li><a href="/node/78">Organisational team player</a></li>
          <li><a href="/node/79">Download the Standards (PDF)</a></li>
        </ul>
      </nav>
    </aside>
    <main role="main">
      <a id="main-content" tabindex="-1"></a>
      <article role="article" class="node node--type-page">
        <h1 class="page-title"><span>Leadership of Self</span></h1>
        <div class="node__meta"><span class="views-label">Total views</span> <span class="views-count">18,472</span></div>
        <div class="field field--name-body">
        <p>{INTRO}</p>
        <h3>How it applies to FMLM Fellowship</h3>
        <p>{FELLOWSHIP}</p>
{chr(10).join(ind)}
        <h2>Developing your leadership of self</h2>
        <p>The resources below have been chosen by FMLM members and staff. They are a starting point, not a required reading list.</p>
        <h4>Recommended reading</h4>
        <div class="references">
{reads}
        </div>
        <h4>Talks</h4>
        <div class="references">
{talks}
        </div>
        <h4>Online learning</h4>
        <ul>
{online}
        </ul>
        <p><em>Know of a resource that should be here? Please <a href="mailto:enquiries@fmlm.ac.uk">contact us</a>.</em></p>
        </div>
      </article>
    </main>
  </div>
  <footer class="site-footer" role="contentinfo">
    <ul class="footer-links"><li><a href="/contact-us">Contact us</a></li><li><a href="/privacy-policy">Privacy policy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/terms">Terms and conditions</a></li></ul>
    <p>&copy; Faculty of Medical Leadership and Management 2024</p>
    <p>Follow us: <a href="https://twitter.com/FacultyMLM">Twitter</a> | <a href="https://www.linkedin.com/company/fmlm">LinkedIn</a></p>
  </footer>
  </div>
  <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/75","isFront":false}},"user":{{"uid":0}}}}</script>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
  <script src="/core/misc/drupal.js?v=9.5.11"></script>
</body>
</html>
"""
    OUT.write_text(html, encoding="utf-8")


def gold():
    doc = STEM
    ind = []
    for head, bullets in GROUPS:
        ind += L.items(doc, bullets, head)
    reads = [L.reading(doc, strip_tags(r[0]), r[1], r[2], r[3], r[4]) for r in READINGS + TALKS]
    comp = L.competency(doc, TITLE, INTRO, indicators=ind,
                        notes=[L.item(doc, FELLOWSHIP, "How it applies to FMLM Fellowship")],
                        readings=reads, courses=L.items(doc, ONLINE))
    L.write_gold(OUT, "html", TITLE, [comp])


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

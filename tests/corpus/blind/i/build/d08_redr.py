"""RedR UK, Urban Competency Framework for Humanitarian Action (UCF): hand-written HTML page with CARDS.

redr.org.uk-style chrome: cookie banner, skip link, top bar (Donate / Contact), header nav, breadcrumb, intro,
"How the framework is structured" (explains the three tiers of behaviours once), then two domain sections
(Contextual / Humanitarian competencies), each a CSS GRID of cards
<div class="card"><span class="card__tag">..</span><h3>Name</h3><p>definition</p><details><summary>View
behaviours</summary> three tier blocks (<h4> + <ul>) </details><a>Download</a></div>. Newsletter box, footer,
gtag / jQuery / site scripts.
"""
from html import escape

import helpers as H

STEM = "redr-urban-competency-framework"
TITLE = "The Urban Competency Framework"
TIERS = ["Behaviours for all",
         "Additional behaviours for programmatic or technical roles",
         "Additional behaviours for leadership or strategic roles"]

DOMAINS = [
    ("Contextual competencies",
     "Competencies that arise from the particular nature of urban areas and of crises in cities.",
     "Contextual", [
         ("Understanding the urban context",
          "Understands how cities work as interconnected systems \u2013 their people, services, economies and "
          "governance \u2013 and how a crisis affects them.",
          [["Recognises that urban populations are diverse and mobile, and that needs differ from one "
            "neighbourhood to the next",
            "Understands how basic services such as water, power and transport depend on one another"],
           ["Uses existing urban data, maps and assessments to inform the design of the response",
            "Identifies how an intervention in one sector may affect services in another"],
           ["Ensures that response strategies are based on an analysis of the city as a whole system",
            "Advocates for approaches that strengthen, rather than replace, existing urban services"]]),
         ("Working with local authorities",
          "Engages municipal and other local authorities as partners, respecting their mandate and building on "
          "their capacity.",
          [["Understands the role and responsibilities of local authorities in a crisis",
            "Shares information with local authorities in line with organisational policy"],
           ["Coordinates activities with the relevant municipal departments and service providers",
            "Aligns technical standards with local regulations and plans wherever possible"],
           ["Builds long-term partnerships with city leaders and municipal agencies",
            "Negotiates roles and responsibilities with the authorities at the start of a response"]]),
     ]),
    ("Humanitarian competencies",
     "Core competencies needed in every humanitarian setting, drawn from the Core Humanitarian Competency "
     "Framework and adapted to show how they apply in urban contexts.",
     "Humanitarian", [
         ("Ensuring programme quality and accountability",
          "Keeps crisis-affected people in urban areas at the centre of the response, and makes sure that "
          "programmes meet agreed standards.",
          [["Listens to the views of affected people, including those who are hard to reach in dense urban "
            "neighbourhoods",
            "Understands and applies humanitarian principles and standards in an urban setting"],
           ["Designs feedback and complaints mechanisms suited to the urban population",
            "Adapts sector standards to the realities of the urban context"],
           ["Holds the organisation to account to affected communities and partners",
            "Ensures that quality standards are applied consistently across the urban programme"]]),
         ("Working with others",
          "Builds and maintains effective relationships with a wide range of actors, including those outside "
          "the humanitarian system.",
          [["Works respectfully with colleagues, partners and community members",
            "Recognises the contribution of non-humanitarian actors such as the private sector and civil society"],
           ["Brings together actors from different sectors to solve shared problems"],
           ["Promotes collaboration across sectors and agencies at city level",
            "Represents the organisation credibly in coordination forums"]]),
     ]),
]


def card(tag, code, name, definition, tiers):
    tier_html = "".join(
        f'\n          <div class="card__tier card__tier--{i}">\n            <h4>{escape(TIERS[i])}</h4>\n'
        f'            <ul>\n' + "".join(f"              <li>{escape(b)}</li>\n" for b in items)
        + "            </ul>\n          </div>"
        for i, items in enumerate(tiers))
    return f"""
      <div class="card">
        <div class="card__top"><span class="card__tag">{tag}</span></div>
        <h3>{escape(name)}</h3>
        <p>{escape(definition)}</p>
        <details class="card__more">
          <summary>View behaviours</summary>{tier_html}
        </details>
        <a class="card__link" href="/media/ucf/{code.lower()}.pdf">Download this competency (PDF, 120 KB)</a>
      </div>"""


def page():
    sections = []
    for title, blurb, tag, comps in DOMAINS:
        letter = tag[0]
        cards = "".join(card(tag, f"{letter}{i}", n, dfn, tiers) for i, (n, dfn, tiers) in enumerate(comps, 1))
        sections.append(f"""
    <section class="ucf-domain" id="{tag.lower()}">
      <h2>{escape(title)}</h2>
      <p class="ucf-domain__intro">{escape(blurb)}</p>
      <div class="card-grid">{cards}
      </div>
    </section>""")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>The Urban Competency Framework | RedR UK</title>
  <meta name="description" content="The Urban Competency Framework (UCF) sets out the competencies and behaviours needed to work effectively in urban humanitarian response.">
  <link rel="stylesheet" href="/assets/css/site.min.css?v=4.2.1">
  <style>
    .card-grid {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 24px; }}
    .card {{ border: 1px solid #d7d7d7; border-top: 4px solid #e2231a; padding: 20px; background: #fff; }}
    .card__tag {{ font-size: .75rem; text-transform: uppercase; letter-spacing: .08em; color: #e2231a; }}
    .card__tier h4 {{ font-size: .9rem; margin: 12px 0 4px; }}
  </style>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2R0RDRK"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-7QX2R0RDRK');</script>
</head>
<body class="page-template page-key-project">
  <div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite">
    <p><strong>We use cookies</strong></p>
    <p>Please note that on our website we use cookies to enhance your experience, and for analytics purposes. To learn more about our cookies, please read our <a href="/privacy-policy/">Privacy policy</a>. By clicking &ldquo;Accept Cookies&rdquo; or by continuing to use our website you agree to our use of cookies.</p>
    <button type="button" class="btn btn--accept">Accept Cookies</button>
  </div>
  <a class="skip-link" href="#main">Skip to content</a>
  <div class="topbar">
    <ul>
      <li><a href="/contact-us/">Contact</a></li>
      <li><a href="/jobs/">Jobs</a></li>
      <li><a class="btn btn--donate" href="/donate/">Donate</a></li>
    </ul>
  </div>
  <header class="site-header">
    <a class="site-logo" href="/"><img src="/assets/img/redr-uk-logo.svg" alt="RedR UK logo"></a>
    <nav class="site-nav" aria-label="Main">
      <ul>
        <li><a href="/about-us/">About us</a></li>
        <li><a href="/our-work/">Our work</a></li>
        <li><a href="/training/">Training</a></li>
        <li><a href="/get-involved/">Get involved</a></li>
        <li><a href="/news/">News</a></li>
        <li><a href="/publications/">Publications</a></li>
      </ul>
    </nav>
    <form class="site-search" action="/search/" role="search"><label for="q" class="sr-only">Search</label><input id="q" name="q" type="search" placeholder="Search"></form>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/our-work/">Our Work</a></li>
      <li><a href="/our-work/key-projects/">Key Projects</a></li>
      <li aria-current="page">Urban Competency Framework</li>
    </ol>
  </nav>
  <main id="main" class="content">
    <h1>The Urban Competency Framework</h1>
    <p class="lead">As populations in cities continue to grow, crises are increasingly urban in nature, and humanitarian action must become more effective in these settings.</p>
    <p>The Urban Competency Framework for Humanitarian Action (UCF) sets out the key competencies, and the behaviours that go with them, that everyone working in humanitarian response needs in order to work effectively in urban settings. Individuals, employers and learning providers can use it to assess suitability for work in urban crises, to plan development and to design courses.</p>
    <p>The UCF was drafted through a consultative process with urban specialists from around the world, on behalf of the Global Alliance for Urban Crises, with funding provided to the International Rescue Committee from EU Humanitarian Aid.</p>
    <h2>How the framework is structured</h2>
    <p>Each competency has a short definition and behaviours at three levels: behaviours for all, additional behaviours for those whose role is programmatic or technical, and additional behaviours for those whose role is leadership or strategic. The levels are cumulative: someone in a leadership role is expected to show the behaviours for all as well.</p>
    <p><a class="btn" href="/media/ucf/urban-competency-framework.pdf">Download the full framework (PDF)</a> <a class="btn btn--ghost" href="/media/ucf/ucf-user-guide.pdf">Download the User Guide</a></p>
{"".join(sections)}
    <aside class="cta-box">
      <h2>Free training videos</h2>
      <p>Learn how to use the UCF and how it is relevant to you and your team, from deploying staff to building collaboration between different actors.</p>
      <a class="btn" href="/training/ucf-videos/">Watch the videos</a>
    </aside>
  </main>
  <section class="newsletter">
    <h2>Stay in touch</h2>
    <form action="/newsletter/subscribe" method="post"><label for="email">Email address</label><input id="email" type="email" name="email"><button type="submit">Sign up</button></form>
  </section>
  <footer class="site-footer">
    <div class="site-footer__cols">
      <ul><li><a href="/about-us/">About RedR UK</a></li><li><a href="/our-people/">Our people</a></li><li><a href="/annual-reports/">Annual reports</a></li></ul>
      <ul><li><a href="/privacy-policy/">Privacy policy</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="/safeguarding/">Safeguarding</a></li></ul>
    </div>
    <p>&copy; RedR UK. RedR UK is a registered charity in England and Wales and in Scotland.</p>
  </footer>
  <script src="/assets/js/jquery-3.6.0.min.js"></script>
  <script src="/assets/js/site.min.js?v=4.2.1"></script>
  <script>$('.btn--accept').on('click', function () {{ document.cookie = 'redr_cookies=1;path=/'; $('#cookie-banner').hide(); }});</script>
</body>
</html>
"""


def build():
    path = H.DOCS / f"{STEM}.html"
    path.write_text(page(), encoding="utf-8")
    comps = []
    for title, blurb, tag, items in DOMAINS:
        for name, definition, tiers in items:
            lv = [H.level(i, TIERS[i - 1], H.items(STEM, b)) for i, b in enumerate(tiers, 1)]
            comps.append(H.competency(STEM, name, definition, levels=lv))
    H.write_gold(path, "html", TITLE, comps)


if __name__ == "__main__":
    build()

"""Victorian Department of Health, "Our workforce, our future: a capability framework for Victoria's mental
health and wellbeing workforce" (December 2023), one capability page.

HTML, hand-written, health.vic.gov.au (Single Digital Presence / Ripple) chrome: skip link, Victoria
Government header, primary nav, search, breadcrumb, "On this page" anchor list, sidebar with the framework's
section menu, "Reviewed" date, "Was this page helpful?" form, Traditional Owners acknowledgement, footer
links, GTM and app scripts. Content: capability description, "Outcome statement", three workforce tiers as
h3 with a lead-in sentence and bullets, "Reflective practice questions", "Related capabilities" links.
"""
import html

import btlib as B

STEM = "vicdoh-our-workforce-trauma-informed-practice"
OUT = B.DOCS / f"{STEM}.html"
TITLE = "Trauma-informed practice"

DEFINITION = ("Trauma-informed practice recognises how common trauma is among consumers, families, carers and "
              "supporters, and among members of the workforce. It understands the effects trauma can have on a "
              "person's health, relationships and contact with services, and it works to avoid "
              "retraumatising people by creating physical and emotional safety, choice and trust.")
OUTCOME = ("Consumers, families, carers and supporters feel safe, respected and in control of their care. They "
           "experience services that acknowledge their history without asking them to retell it again and "
           "again.")
TIERS = [
    ("Whole-of-workforce", "All workers:",
     ["understand what trauma is, including intergenerational, cultural and collective trauma, and how common "
      "it is",
      "recognise how trauma can shape the way people think, feel, behave and respond to services",
      "interact with people in ways that promote safety, choice, collaboration and trust",
      "notice when a situation or environment may be distressing and take steps to reduce harm",
      "look after their own wellbeing and seek support when they are affected by other people's experiences "
      "of trauma"]),
    ("Care, support and treatment professionals",
     "In addition to the whole-of-workforce capabilities, care, support and treatment professionals:",
     ["ask about experiences of trauma sensitively, at a pace the person controls, and only when it helps "
      "their care",
      "recognise trauma responses and adjust care, support and treatment plans to match",
      "avoid or reduce restrictive practices and other interventions that can retraumatise",
      "work with families, carers and supporters to understand how trauma affects the whole family",
      "refer people to trauma-specific services when they need them"]),
    ("Technical or specialist professionals",
     "In addition to the capabilities above, technical or specialist professionals:",
     ["deliver evidence-based, trauma-specific therapies and interventions",
      "offer clinical supervision and consultation on trauma-informed practice to colleagues",
      "review policies, procedures and physical environments to find and remove sources of "
      "retraumatisation",
      "contribute to research into, and evaluation of, trauma-informed approaches"]),
]
QUESTIONS = [
    "How do I make sure the people I work with feel safe and in control of decisions about their care?",
    "What might a person's behaviour be telling me about their past experiences?",
    "Which parts of my service's environment or processes could be distressing for someone who has "
    "experienced trauma?",
    "How do I notice and respond to the effect that hearing about trauma has on me?",
]
RELATED = ["Lived and living experience-informed practice", "Recovery-oriented practice",
           "Family, carer and supporter inclusive practice"]


def e(s):
    return html.escape(s, quote=False)


def page():
    tiers = []
    for i, (label, lead, bullets) in enumerate(TIERS, start=1):
        lis = "\n".join(f"              <li>{e(b)}</li>" for b in bullets)
        tiers.append(f"""          <h3 id="tier-{i}" class="rpl-type-h3">{e(label)}</h3>
          <p>{e(lead)}</p>
            <ul class="rpl-list">
{lis}
            </ul>""")
    tiers_html = "\n".join(tiers)
    qs = "\n".join(f"            <li>{e(q)}</li>" for q in QUESTIONS)
    rel = "\n".join(
        f'            <li><a class="rpl-text-link" href="/our-workforce-our-future/capabilities/{B.slug(r)}">'
        f"{e(r)}</a></li>" for r in RELATED)
    return f"""<!DOCTYPE html>
<html lang="en-AU" class="rpl-theme">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Trauma-informed practice | health.vic.gov.au</title>
  <meta name="description" content="Capability from Our workforce, our future, the capability framework for Victoria's mental health and wellbeing workforce.">
  <link rel="canonical" href="https://www.health.vic.gov.au/our-workforce-our-future/capabilities/trauma-informed-practice">
  <link rel="stylesheet" href="/_nuxt/entry.4b1c2d9e.css">
  <link rel="icon" href="/favicon.ico">
  <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-XXXXXXX');</script>
</head>
<body class="rpl-layout">
  <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-XXXXXXX" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
  <a class="rpl-skip-link" href="#rpl-main">Skip to main content</a>
  <div id="__nuxt">
  <header class="rpl-primary-nav">
    <div class="rpl-primary-nav__logos">
      <a href="https://www.vic.gov.au" class="rpl-primary-nav__primary-logo"><span class="rpl-u-visually-hidden">Victoria State Government</span></a>
      <a href="/" class="rpl-primary-nav__secondary-logo"><span>Department of Health</span></a>
    </div>
    <nav aria-label="Main navigation">
      <ul class="rpl-primary-nav__nav-bar">
        <li><a href="/about">About</a></li>
        <li><a href="/public-health">Public health</a></li>
        <li><a href="/mental-health-services">Mental health</a></li>
        <li><a href="/health-workforce">Health workforce</a></li>
        <li><a href="/hospitals-and-health-services">Hospitals and health services</a></li>
        <li><a href="/search" class="rpl-primary-nav__search">Search</a></li>
      </ul>
    </nav>
  </header>
  <div class="rpl-header rpl-header--default">
    <nav class="rpl-breadcrumbs" aria-label="Breadcrumbs">
      <ol>
        <li><a href="/">Home</a></li>
        <li><a href="/mental-health-services">Mental health</a></li>
        <li><a href="/our-workforce-our-future">Our workforce, our future</a></li>
        <li><a href="/our-workforce-our-future/capabilities">Capabilities</a></li>
        <li aria-current="page"><span>Trauma-informed practice</span></li>
      </ol>
    </nav>
    <div class="rpl-header__title">
      <h1 class="rpl-type-h1">Trauma-informed practice</h1>
      <p class="rpl-header__summary">A capability from Our workforce, our future: a capability framework for Victoria's mental health and wellbeing workforce.</p>
    </div>
  </div>
  <div class="rpl-layout__body">
    <aside class="rpl-layout__sidebar" aria-label="Sidebar">
      <nav class="rpl-vertical-nav" aria-label="Our workforce, our future">
        <h2 class="rpl-vertical-nav__title">Our workforce, our future</h2>
        <ul>
          <li><a href="/our-workforce-our-future/introduction">Introduction</a></li>
          <li><a href="/our-workforce-our-future/structure-of-the-capability-framework">Structure of the capability framework</a></li>
          <li><a href="/our-workforce-our-future/principles">Principles</a></li>
          <li><a href="/our-workforce-our-future/capabilities" class="rpl-vertical-nav__link--active">Capabilities</a></li>
          <li><a href="/our-workforce-our-future/guides-resources">Guides and resources</a></li>
        </ul>
      </nav>
    </aside>
    <main id="rpl-main" class="rpl-layout__main">
      <div class="rpl-in-page-navigation">
        <h2 class="rpl-in-page-navigation__title">On this page</h2>
        <ul>
          <li><a href="#about">About this capability</a></li>
          <li><a href="#outcome-statement">Outcome statement</a></li>
          <li><a href="#in-practice">Capability in practice</a></li>
          <li><a href="#reflective-practice-questions">Reflective practice questions</a></li>
          <li><a href="#related">Related capabilities</a></li>
        </ul>
      </div>
      <div class="rpl-content">
        <h2 id="about" class="rpl-type-h2">About this capability</h2>
        <p>{e(DEFINITION)}</p>
        <h2 id="outcome-statement" class="rpl-type-h2">Outcome statement</h2>
        <div class="rpl-callout"><p>{e(OUTCOME)}</p></div>
        <h2 id="in-practice" class="rpl-type-h2">Capability in practice</h2>
        <div class="rpl-content__tiers">
{tiers_html}
        </div>
        <h2 id="reflective-practice-questions" class="rpl-type-h2">Reflective practice questions</h2>
          <ul class="rpl-list">
{qs}
          </ul>
        <h2 id="related" class="rpl-type-h2">Related capabilities</h2>
          <ul class="rpl-list">
{rel}
          </ul>
      </div>
      <div class="rpl-page-meta">
        <p class="rpl-updated-date">Reviewed 17 December 2023</p>
      </div>
      <form class="rpl-form rpl-page-feedback" action="/api/tide/feedback" method="post">
        <fieldset>
          <legend>Was this page helpful?</legend>
          <button type="submit" name="helpful" value="yes">Yes</button>
          <button type="submit" name="helpful" value="no">No</button>
        </fieldset>
      </form>
    </main>
  </div>
  <footer class="rpl-footer">
    <div class="rpl-footer__acknowledgement">
      <p>We acknowledge Aboriginal and Torres Strait Islander people as the Traditional Custodians of the land and acknowledge and pay respect to their Elders, past and present.</p>
    </div>
    <nav aria-label="Footer navigation">
      <ul class="rpl-footer__links">
        <li><a href="/privacy">Privacy</a></li>
        <li><a href="/disclaimer">Disclaimer</a></li>
        <li><a href="/copyright">Copyright</a></li>
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/contact-us">Contact us</a></li>
      </ul>
    </nav>
    <p class="rpl-footer__copyright">&copy; Copyright State Government of Victoria</p>
  </footer>
  </div>
  <script type="module" src="/_nuxt/entry.7f3e1a20.js" crossorigin></script>
  <script>window.__NUXT__={{config:{{public:{{siteId:"4",apiUrl:"https://www.health.vic.gov.au/api/tide"}}}}}}</script>
</body>
</html>
"""


def build():
    OUT.write_text(page(), encoding="utf-8")


def gold():
    levels = [B.level(STEM, i, label, bullets) for i, (label, lead, bullets) in enumerate(TIERS, start=1)]
    c = B.competency(STEM, TITLE, DEFINITION, levels=levels,
                     tips=[B.item(STEM, q) for q in QUESTIONS],
                     notes=[B.item(STEM, OUTCOME, "Outcome statement")],
                     related=list(RELATED))
    B.write_gold(OUT, "html", TITLE, [c])


if __name__ == "__main__":
    build()
    gold()

"""Australian Federal Police (AFP) - "Our work level standards" careers page (HTML, levels as headings).

Level-first layout: accordion per Band -> numbered theme heading -> capability heading -> "Description"
paragraph + "Behavioural indicators" list.  Excerpt: Bands 1-3, theme 1 with its two capabilities.
"""
import html

import ucommon as C

STEM = "afp-work-level-standards"
NAME = STEM + ".html"
TITLE = "Our work level standards"
THEME = "1. Organising your work, making sound decisions and achieving outcomes"

# band -> capability -> (description, [indicators])
BANDS = [
    ("Band 1", {
        "Achieves results": (
            "Competent performers at this level plan their assigned tasks and their time, adjust to shifting "
            "priorities and honour deadlines and commitments. They ask for guidance when they need it, build "
            "sound work habits and learn how to use AFP systems.",
            ["Meets the deadlines set for them and follows through on the commitments they give.",
             "Talks through and agrees expected work outcomes with their Team Leader.",
             "Builds their own knowledge and skills by learning from more experienced members of the team.",
             "Makes time to learn how the AFP works.",
             "Meets changes to priorities and ways of working with enthusiasm and focus.",
             "Records information accurately in AFP systems and uses information technology to get results."]),
        "Supports a corporate perspective": (
            "Competent performers at this level know how their own work feeds into the team\u2019s objectives. "
            "They follow guidelines and procedures carefully and judge well when an issue that falls outside "
            "the intent of a guideline should be escalated. When they contribute to a decision they bring all "
            "the relevant facts and set out options or recommendations logically.",
            ["Stays informed about corporate and team objectives and priorities.",
             "Can explain the purpose of their work and how it adds to the work of the team.",
             "Appreciates why guidelines and procedures matter and applies the relevant ones to their work.",
             "Raises issues with their Team Leader when a situation falls outside established guidelines.",
             "Gives accurate and complete information when contributing to decisions."]),
    }),
    ("Band 2", {
        "Achieves results": (
            "Competent performers at this level take ownership of a defined set of tasks and deliver them with "
            "limited supervision. They plan ahead to manage competing demands, check the quality of their own "
            "work and keep their Team Leader informed of progress and of risks to delivery.",
            ["Plans and prioritises own workload to meet agreed timeframes.",
             "Checks own work for accuracy and completeness before passing it on.",
             "Tells their Team Leader early when a deadline is at risk and suggests ways to recover.",
             "Shares practical knowledge of AFP systems and processes with newer team members.",
             "Stays focused on outcomes when work is interrupted or priorities change."]),
        "Supports a corporate perspective": (
            "Competent performers at this level see how their team\u2019s work links to the work of other areas "
            "of the AFP. They apply policy and procedure with sound judgement, recognise where a practice could "
            "be improved and put forward well-reasoned suggestions.",
            ["Relates team tasks to the priorities of the wider portfolio or command.",
             "Interprets guidelines sensibly in routine situations and seeks advice on unusual cases.",
             "Identifies inefficient practices and proposes practical improvements.",
             "Considers the impact of own actions on other teams and stakeholders."]),
    }),
    ("Band 3", {
        "Achieves results": (
            "Competent performers at this level coordinate work across a small team or a series of related "
            "tasks. They set clear expectations, monitor progress against plans and act to remove obstacles, "
            "balancing quality against the resources available.",
            ["Breaks larger pieces of work into achievable tasks with clear timeframes.",
             "Monitors progress and adjusts plans when circumstances change.",
             "Allocates tasks to make the best use of the skills in the team.",
             "Resolves obstacles to delivery, or escalates them together with proposed solutions.",
             "Maintains quality standards while working within available resources.",
             "Recognises and acknowledges the contributions of team members."]),
        "Supports a corporate perspective": (
            "Competent performers at this level turn corporate priorities into practical work plans for their "
            "area. They weigh up the broader organisational implications of decisions, give sound advice to "
            "supervisors and help others understand the reasons behind AFP policies.",
            ["Explains how corporate priorities shape the work of the team.",
             "Considers risks, resources and the reputation of the AFP when making recommendations.",
             "Provides well-researched, balanced advice to support decision making.",
             "Helps colleagues understand and apply relevant policies and procedures."]),
    }),
]
CAPS = ["Achieves results", "Supports a corporate perspective"]

e = html.escape


def render():
    acc = []
    for i, (band, caps) in enumerate(BANDS, 1):
        body = [f'<h4 class="wls-theme">{e(THEME)}</h4>']
        for cap in CAPS:
            desc, inds = caps[cap]
            lis = "\n".join(f"            <li>{e(t)}</li>" for t in inds)
            body.append(f"""          <h5 class="wls-capability">{e(cap)}</h5>
          <h6>Description</h6>
          <p>{e(desc)}</p>
          <h6>Behavioural indicators</h6>
          <ul>
{lis}
          </ul>""")
        inner = "\n".join(body)
        acc.append(f"""      <div class="accordion__item">
        <h3 class="accordion__heading">
          <button class="accordion__button" aria-expanded="false" aria-controls="band-{i}" id="band-{i}-btn">{e(band)}</button>
        </h3>
        <div class="accordion__panel" id="band-{i}" role="region" aria-labelledby="band-{i}-btn" hidden>
          {inner}
        </div>
      </div>""")
    accordion = "\n".join(acc)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Our work level standards | Australian Federal Police</title>
  <meta name="description" content="Work level standards outline the performance expectations that are critical in a role.">
  <link rel="canonical" href="https://www.afp.gov.au/careers/vacancies/work-level-standards">
  <link rel="stylesheet" media="all" href="/themes/custom/afp/dist/css/global.css?t8x2k1">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-AFP0000000');</script>
</head>
<body class="path-node page-node-type-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <div class="alert-bar" role="region" aria-label="Emergency information">
    <p>In an emergency, call <strong>Triple Zero (000)</strong>. To report a crime, contact your local police.</p>
  </div>
  <header class="site-header" role="banner">
    <div class="site-header__inner">
      <a class="site-logo" href="/" rel="home"><img src="/themes/custom/afp/logo.svg" alt="Australian Federal Police"></a>
      <form class="site-search" action="/search" method="get" role="search">
        <label for="edit-keys" class="visually-hidden">Search</label>
        <input type="search" id="edit-keys" name="keys" placeholder="Search afp.gov.au">
        <button type="submit">Search</button>
      </form>
      <ul class="utility-nav">
        <li><a href="/contact-us">Contact us</a></li>
        <li><a href="/report-crime">Report a crime</a></li>
      </ul>
    </div>
    <nav class="main-nav" aria-label="Main navigation">
      <ul>
        <li><a href="/about-us">About us</a></li>
        <li><a href="/crimes">Crime types</a></li>
        <li><a href="/what-we-do">What we do</a></li>
        <li><a href="/news-centre">News centre</a></li>
        <li><a href="/careers" class="is-active">Careers</a></li>
        <li><a href="/safety-and-security">Safety and security</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/careers">Careers</a></li>
      <li><a href="/careers/vacancies">Vacancies</a></li>
      <li aria-current="page">Our work level standards</li>
    </ol>
  </nav>
  <main id="main-content" role="main">
    <div class="hero">
      <img class="hero__image" src="/sites/default/files/styles/hero/public/2023-05/ebb-canberra.jpg" alt="AFP logo at EBB Canberra">
      <h1 class="hero__title">Our work level standards</h1>
      <p class="hero__summary">Setting clear expectations for the skills, responsibilities &amp; behaviours of our people</p>
    </div>
    <div class="layout-content">
      <p>Work level standards set out the performance expectations that matter most in a role. Every band has its own work level standards, which describe what we expect in terms of skills, responsibility and behaviour.</p>
      <p><a href="/careers/joining-afp">Learn more about joining our team.</a></p>
      <h2>Bands and Executive level</h2>
      <div class="accordion" data-accordion>
{accordion}
      </div>
      <div class="page-meta">
        <p>Page last updated: 14 March 2024</p>
      </div>
      <aside class="feedback" aria-label="Page feedback">
        <p>Was this page helpful?</p>
        <button type="button" data-feedback="yes">Yes</button>
        <button type="button" data-feedback="no">No</button>
      </aside>
    </div>
  </main>
  <footer class="site-footer" role="contentinfo">
    <div class="site-footer__acknowledgement">
      <p>The AFP acknowledges the Traditional Custodians of Country throughout Australia and their continuing connection to land, sea and community. We pay our respects to all Elders past and present.</p>
    </div>
    <ul class="site-footer__links">
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/copyright">Copyright</a></li>
      <li><a href="/privacy">Privacy</a></li>
      <li><a href="/freedom-information">Freedom of information</a></li>
      <li><a href="/sitemap">Sitemap</a></li>
    </ul>
    <p class="site-footer__copyright">&copy; Commonwealth of Australia</p>
  </footer>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
  <script src="/themes/custom/afp/dist/js/accordion.js?t8x2k1"></script>
</body>
</html>
"""


def gold():
    comps = []
    for cap in CAPS:
        levels = []
        for rank, (band, caps) in enumerate(BANDS, 1):
            desc, inds = caps[cap]
            beh = [C.item(desc, STEM, group="Description")]
            beh += [C.item(t, STEM, group="Behavioural indicators") for t in inds]
            levels.append({"rank": rank, "label": band, "behaviors": beh})
        comps.append(C.competency(cap, STEM, levels=levels))
    return comps


def build():
    (C.DOCS / NAME).write_text(render(), encoding="utf-8")
    return C.write_gold(STEM, NAME, "html", TITLE, gold())


if __name__ == "__main__":
    print(build())

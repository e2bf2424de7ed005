"""BEAM Exchange - MSD Competency Framework, competency page "B3 Coordinating multiple interventions" (HTML).

Hand-written page in the style of beamexchange.org: skip link, header (logo, main nav, search), the
yellow "MSD Competency Framework" block, then the competency: eyebrow "MSD competency B3", h1 name,
strap line, "MSD competencies" back link, h2 "Competency definition" (paragraph), h2 "Knowledge areas"
(lead-in sentence and resource cards under h3 themes: type label, linked title, "authors, publisher,
year" line), h2 "Skills and experience" (lead-in + list), h2 "Guidance for teaching this competency"
(h3 "Content delivery", "Case study" paragraphs; h3 "Coaching & mentoring advice" list), h2 "Guidance
for assessing this competency" (h3 "Traditional interview questions" list; h3 "Presentation of case
analysis" paragraph), links to the teaching / assessment mode pages, newsletter box, footer with the
funders' statement, cookie banner, scripts.
"""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bdlib as B

STEM = "beam-msd-competency-coordinating-interventions"
NAME = "Coordinating multiple interventions"
TITLE = "Coordinating multiple interventions"
STRAP = "Run a portfolio of interventions that together stimulate lasting change in a market system"
DEFINITION = ("Practitioners design and coordinate several interventions that, taken together, produce "
              "coherent change in a market system. They deliberately aim for changes that can spread and "
              "grow after programme support has ended.")
KNOW_LEAD = ("Practitioners with this competency will be familiar with the concepts and ideas discussed in "
             "these resources...")
# (theme, [(type, title, authors, publisher, year)])
RESOURCES = [
    ("Systemic change", [
        ("Framework", "Adopt-Adapt-Expand-Respond: a framework for managing and measuring systemic change "
                      "processes", ["Daniel Nippard", "Rob Hitchins", "David Elliott"],
         "The Springfield Centre", 2014),
        ("Guidance", "The Operational Guide for the Making Markets Work for the Poor (M4P) Approach", [],
         "The Springfield Centre", 2015),
        ("Book", "Thinking in Systems: A Primer", ["Donella H. Meadows"], "Chelsea Green Publishing", 2008),
    ]),
    ("Spreading and scaling change", [
        ("Book", "Diffusion of Innovations", ["Everett M. Rogers"], "Free Press", 2003),
        ("Book", "Building State Capability: Evidence, Analysis, Action",
         ["Matt Andrews", "Lant Pritchett", "Michael Woolcock"], "Oxford University Press", 2017),
    ]),
]
SKILLS_LEAD = ("Practitioners with this competency will have gained qualifications, skills and practical "
               "experience that may include:")
SKILLS = [
    "developing a coherent portfolio of policies or programmes aimed at a shared goal, such as a change in "
    "particular indicators or better delivery of a public service",
    "coordinating or managing a strategic planning process in a business or organisation",
    "managing several related projects that share budgets, staff or partners",
]
CONTENT = ("Frameworks for how change spreads through complex systems, for example leverage points, the "
           "innovation adoption curve, crowding in of new business practices, and shifts in institutional "
           "norms. Show how these ideas can be used to design a set of programme activities that reinforce "
           "one another.")
CASE = ("Give practitioners a case study of a market system together with a programme goal, such as better "
        "access to a product or service. Ask them to design interventions that go beyond a single "
        "partnership with one market actor and aim to spread a changed practice across the system, for "
        "example through media, exchange visits, incentive schemes or government policy.")
COACHING = [
    "Encourage staff to keep their attention on the system rather than on any one partnership, "
    "particularly when a partner is becoming dependent on programme funding.",
    "Ask team members to map how their interventions connect, and discuss the gaps and overlaps the map "
    "reveals.",
    "Make time in team meetings to review the whole portfolio, not only the progress of individual "
    "interventions.",
]
QUESTIONS = [
    "Tell us about a time when you were responsible for several interventions at once. How did you make "
    "sure they reinforced each other?",
    "Describe a partnership that was not leading to wider change in the system. What did you do, and what "
    "was the result?",
    "How have you decided when to stop supporting an intervention? What evidence did you rely on?",
]
CASE_ANALYSIS = ("Ask candidates to study a short portfolio of interventions before the interview and to "
                 "present how they would rebalance it. Look for attention to how the interventions interact "
                 "and to what will sustain change once support ends.")


def e(s):
    return html.escape(s, quote=False)


def meta(authors, publisher, year):
    return ", ".join(authors + [publisher, str(year)])


HEAD = """<!DOCTYPE html>
<html lang="en-gb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Coordinating multiple interventions | MSD Competency Framework | BEAM Exchange</title>
<meta property="og:site_name" content="BEAM Exchange">
<link rel="stylesheet" href="/static/css/main.3f9c2a.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-BEAM0001"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-BEAM0001');</script>
</head>
<body class="template-competency">
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header">
  <a class="site-logo" href="/"><img src="/static/img/beam-logo.svg" alt="BEAM Exchange"></a>
  <nav class="main-nav" aria-label="Main navigation">
    <ul>
      <li><a href="/evidence/">Evidence</a></li>
      <li><a href="/guidance/">Guidance</a></li>
      <li><a href="/msd-tool-library/">Tools</a></li>
      <li><a href="/community/">Community</a></li>
      <li><a href="/events/">Events</a></li>
      <li><a href="/about/">About</a></li>
    </ul>
  </nav>
  <form class="site-search" action="/search/" role="search"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search" placeholder="Search"><button type="submit">Go</button></form>
</header>
<div class="msd-framework-block">
  <a href="/msd-competency-framework/msd-competencies/"><span class="block-title">MSD Competency Framework</span></a>
  <ul class="block-links">
    <li><a href="/msd-competency-framework/about-msd-competency-framework/">About</a></li>
    <li><a href="/msd-competency-framework/msd-competencies/">Competencies</a></li>
    <li><a href="/msd-competency-framework/teaching-and-learning-modes/">Teaching modes</a></li>
    <li><a href="/msd-competency-framework/assessment-modes/">Assessment modes</a></li>
  </ul>
</div>
<main id="content" class="competency-page">
"""

FOOT = """  <aside class="mode-links">
    <h2>Explore the modes</h2>
    <ul>
      <li><a href="/msd-competency-framework/teaching-and-learning-modes/case-study/">Teaching mode: Case study</a></li>
      <li><a href="/msd-competency-framework/teaching-and-learning-modes/coaching-and-mentoring/">Teaching mode: Coaching &amp; mentoring</a></li>
      <li><a href="/msd-competency-framework/traditional-interview-questions/">Assessment mode: Traditional interview questions</a></li>
    </ul>
  </aside>
  <section class="newsletter">
    <h2>Stay up to date</h2>
    <p>Sign up to the BEAM Exchange newsletter for the latest evidence, guidance and events on market systems development.</p>
    <form action="/newsletter/" method="post"><input type="email" name="email" placeholder="Your email"><button type="submit">Subscribe</button></form>
  </section>
</main>
<footer class="site-footer">
  <p>The BEAM Exchange is a facility for knowledge exchange and learning about the role of market systems approaches in reducing poverty. It is funded by UK aid from the UK government and by the Swiss Agency for Development and Cooperation (SDC).</p>
  <ul class="footer-links">
    <li><a href="/about/contact/">Contact us</a></li>
    <li><a href="/privacy/">Privacy policy</a></li>
    <li><a href="/terms/">Terms of use</a></li>
  </ul>
  <p class="copyright">&copy; BEAM Exchange 2024</p>
</footer>
<div id="cookie-banner" class="cookie-banner" hidden>
  <p>This site uses cookies to help us understand how it is used.</p>
  <button type="button" id="cookie-ok">OK</button>
</div>
<script src="/static/js/vendor/jquery.min.js"></script>
<script src="/static/js/main.3f9c2a.js"></script>
</body>
</html>
"""


def build():
    o = [HEAD]
    o.append('  <p class="eyebrow">MSD competency B3</p>\n')
    o.append(f"  <h1>{e(NAME)}</h1>\n")
    o.append(f'  <p class="strapline">{e(STRAP)}</p>\n')
    o.append('  <p class="back-link"><a href="/msd-competency-framework/msd-competencies/">MSD competencies</a></p>\n')
    o.append('  <section class="competency-section">\n    <h2>Competency definition</h2>\n')
    o.append(f"    <p>{e(DEFINITION)}</p>\n  </section>\n")
    o.append('  <section class="competency-section">\n    <h2>Knowledge areas</h2>\n')
    o.append(f"    <p>{e(KNOW_LEAD)}</p>\n")
    for theme, items in RESOURCES:
        o.append(f'    <h3>{e(theme)}</h3>\n    <div class="resource-cards">\n')
        for typ, title, authors, pub, year in items:
            o.append('      <div class="resource-card">\n')
            o.append(f'        <span class="resource-type">{e(typ)}</span>\n')
            o.append(f'        <h4><a href="/resources/">{e(title)}</a></h4>\n')
            o.append(f'        <p class="resource-meta">{e(meta(authors, pub, year))}</p>\n')
            o.append("      </div>\n")
        o.append("    </div>\n")
    o.append("  </section>\n")
    o.append('  <section class="competency-section">\n    <h2>Skills and experience</h2>\n')
    o.append(f"    <p>{e(SKILLS_LEAD)}</p>\n    <ul>\n")
    o += [f"      <li>{e(s)}</li>\n" for s in SKILLS]
    o.append("    </ul>\n  </section>\n")
    o.append('  <section class="competency-section">\n    <h2>Guidance for teaching this competency</h2>\n')
    o.append(f"    <h3>Content delivery</h3>\n    <p>{e(CONTENT)}</p>\n")
    o.append(f"    <h3>Case study</h3>\n    <p>{e(CASE)}</p>\n")
    o.append("    <h3>Coaching &amp; mentoring advice</h3>\n    <ul>\n")
    o += [f"      <li>{e(s)}</li>\n" for s in COACHING]
    o.append("    </ul>\n  </section>\n")
    o.append('  <section class="competency-section">\n    <h2>Guidance for assessing this competency</h2>\n')
    o.append("    <h3>Traditional interview questions</h3>\n    <ul>\n")
    o += [f"      <li>{e(s)}</li>\n" for s in QUESTIONS]
    o.append("    </ul>\n")
    o.append(f"    <h3>Presentation of case analysis</h3>\n    <p>{e(CASE_ANALYSIS)}</p>\n  </section>\n")
    o.append(FOOT)
    path = B.DOCS / f"{STEM}.html"
    path.write_text("".join(o), encoding="utf-8")
    return path


def gold(path):
    g = B.Gold(path, "html", TITLE)
    readings = []
    for theme, items in RESOURCES:
        for typ, title, authors, pub, year in items:
            readings.append({"text": B.norm(f"{title} {meta(authors, pub, year)}"), "title": title,
                             "authors": authors, "publisher": pub, "year": year, "description": None,
                             "source": {"document": g.stem, "page": None}})
    g.competency(
        NAME, DEFINITION,
        indicators=g.items(SKILLS, group="Skills and experience"),
        activities=g.items([CONTENT], group="Content delivery") + g.items([CASE], group="Case study")
        + g.items(COACHING, group="Coaching & mentoring advice"),
        readings=readings,
        interview_questions=g.items(QUESTIONS),
        notes=g.items([STRAP]) + g.items([CASE_ANALYSIS], group="Presentation of case analysis"))
    return g.write()


if __name__ == "__main__":
    print(gold(build()))

"""UT Austin, College of Fine Arts Operations: "Competencies: Performance Management" page (hand-written HTML).

Layout as published: intro, Resources links, "Spotlight Competencies" (two names with a definition each),
"Examples of Competency Definitions" where each competency is a nested bullet list: a lead bullet naming a
dimension of the expectation with supervisor questions as sub-bullets, then run-in labelled bullets
"Meets/Exceeds: ..." and "Does Not Meet: ...". UT Drupal-style chrome (brand bar, site nav, breadcrumb,
sidebar, footer, scripts).
"""
import bxlib as L
from bxlib import esc

STEM = "utcofa-competencies-performance-management"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Competencies: Performance Management"

INTRO = ("Competencies are a measurable, agreed set of knowledge, skills, abilities and aptitudes that spell out "
         "the performance expected in a position. They describe how a job gets done, as distinct from what gets "
         "done or the technical skills involved (for instance, how well someone uses Excel). Competencies are "
         "applied across the whole employment lifecycle: Talent Acquisition, Performance Management, Learning "
         "and Development and Succession Planning.")

SPOT_INTRO = ("These two competencies matter most to success in positions across the College of Fine Arts.")
SPOTLIGHT = [
    ("Managerial Courage",
     "Understanding why direct, actionable feedback matters and being able to deliver it tactfully, and taking "
     "on people problems and difficult situations directly rather than around them."),
    ("Knowledge of Organization",
     "Knowledge of the organization\u2019s vision, structure, culture, philosophy, operating principles, values "
     "and code of ethics; the ability to apply that understanding sensibly across different situations."),
]

EXAMPLES = [
    {"name": "Initiative",
     "lead": "Degree of delegation versus direction",
     "questions": [
         "Where do you expect the employee to take ownership and answer for the quality of the product?",
         "Where do you need to review and approve no matter what?",
         "How long should the employee stay stuck before coming to you for help?",
         "How often do you need updates on the different responsibilities?",
     ],
     "meets": ("Sorts out what is known and unknown about a project and uses good judgement/courage to explore "
               "the unknowns, checking in with the supervisor when that is appropriate (e.g., a decision that "
               "affects a large number of customers or sets a precedent)."),
     "not": ("Repeatedly gets stuck and avoids the task instead of reaching out to the manager. Does not notice "
             "where information is missing or bring the gap to the manager\u2019s attention. Does not identify "
             "who else needs to be consulted before moving forward.")},
    {"name": "Attention to Detail",
     "lead": "Level of accuracy required",
     "questions": [
         "Which documents or transactions go out without a second review?",
         "What error rate is acceptable for routine work, and for work that reaches the public?",
         "Which campus systems or policies does the employee need to double-check against?",
     ],
     "meets": ("Produces work that is complete and accurate the first time; checks figures, names and dates "
               "against the source and catches own errors before work is passed on."),
     "not": ("Work regularly comes back for correction. Relies on others to catch mistakes in names, figures or "
             "deadlines, and the same errors recur after they have been pointed out.")},
    {"name": "Time Management",
     "lead": "Balancing competing deadlines",
     "questions": [
         "Which responsibilities take priority during production season or at fiscal year end?",
         "How much notice do you expect when a deadline is at risk?",
     ],
     "meets": ("Plans work around known peaks in the academic and production calendar, meets agreed deadlines, "
               "and renegotiates early when priorities collide."),
     "not": ("Deadlines are missed without warning. Works on whatever arrives last rather than what matters "
             "most, so that urgent items reach the supervisor at the last minute.")},
]

NAV = ["Business Services", "Human Resources", "Facilities", "Information Technology", "Communications",
       "Student Affairs"]
SIDE = ["Hiring", "Onboarding", "Competencies: Performance Management", "Performance Reviews",
        "Professional Development", "Separations"]


def render():
    spot = "".join(f'<h3>{esc(n)}</h3>\n<p>{esc(d)}</p>\n' for n, d in SPOTLIGHT)
    ex = []
    for e in EXAMPLES:
        qs = "".join(f"<li>{esc(q)}</li>" for q in e["questions"])
        ex.append(
            f'<h3>{esc(e["name"])}</h3>\n<ul>\n'
            f'  <li>{esc(e["lead"])}\n    <ul>{qs}</ul>\n  </li>\n'
            f'  <li><strong>Meets/Exceeds:</strong> {esc(e["meets"])}</li>\n'
            f'  <li><strong>Does Not Meet:</strong> {esc(e["not"])}</li>\n</ul>\n')
    nav = "".join(f'<li class="menu-item"><a href="/{L.slug(n)}">{esc(n)}</a></li>' for n in NAV)
    side = "".join(
        f'<li class="menu-item{" is-active" if s == TITLE else ""}"><a href="/{L.slug(s)}">{esc(s)}</a></li>'
        for s in SIDE)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(TITLE)} | College of Fine Arts Operations</title>
<link rel="stylesheet" media="all" href="/themes/custom/forty_acres/css/base.css?sx1k2a">
<link rel="stylesheet" media="all" href="/themes/custom/forty_acres/css/layout.css?sx1k2a">
<style>.visually-hidden,.visually-hidden-sm{{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px;word-wrap:normal}}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-CFAOPS01"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-CFAOPS01');</script>
</head>
<body class="path-node page-node-type-standard-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="ut-brandbar"><a class="ut-logo" href="https://www.utexas.edu">The University of Texas at Austin</a></div>
<header class="site-header" role="banner">
  <div class="parent-link"><a href="https://finearts.utexas.edu">College of Fine Arts</a></div>
  <div class="site-name"><a href="/" rel="home">College of Fine Arts Operations</a></div>
  <nav class="main-menu" aria-label="Main navigation"><ul class="menu">{nav}</ul></nav>
</header>
<div class="breadcrumb"><nav aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol><li><a href="/">Home</a></li><li><a href="/human-resources">Human Resources</a></li><li>{esc(TITLE)}</li></ol></nav></div>
<main id="main-content" role="main">
<div class="layout-container">
<aside class="sidebar" role="complementary"><h2 class="visually-hidden">Human Resources menu</h2><ul class="menu">{side}</ul></aside>
<article class="node node--type-standard-page">
<h1 class="page-title">{esc(TITLE)}</h1>
<div class="field--name-body">
<p>{esc(INTRO)}</p>
<h2>Resources</h2>
<p><a href="https://utexas.box.com/s/cfa-competencies-intro">Introduction Video on Competencies (8 minutes)</a><br>
<a href="https://www.linkedin.com/learning/collections/cfa-competencies">Competencies Playlist on LinkedIn Learning</a></p>
<h2>Spotlight Competencies</h2>
<p>{esc(SPOT_INTRO)}</p>
{spot}<h2>Examples of Competency Definitions</h2>
{"".join(ex)}</div>
</article>
</div>
</main>
<footer class="site-footer" role="contentinfo">
  <div class="footer-address">College of Fine Arts Operations<br>2301 San Jacinto Blvd., Austin, TX 78712</div>
  <ul class="footer-links"><li><a href="https://emergency.utexas.edu">Emergency Information</a></li>
  <li><a href="https://www.utexas.edu/site-policies">Site Policies</a></li>
  <li><a href="https://it.utexas.edu/policies/web-accessibility">Web Accessibility Policy</a></li>
  <li><a href="https://www.utexas.edu/web-privacy-policy">Web Privacy Policy</a></li></ul>
  <p class="copyright">&copy; The University of Texas at Austin 2026</p>
</footer>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/412"}},"ajaxTrustedUrl":[]}}</script>
<script src="/core/misc/drupal.js?v=10.2.4"></script>
</body>
</html>
"""


def gold():
    d = STEM
    comps = [L.competency(d, n, df) for n, df in SPOTLIGHT]
    for e in EXAMPLES:
        comps.append(L.competency(
            d, e["name"],
            levels=[L.level(d, 1, "Does Not Meet", [e["not"]]),
                    L.level(d, 2, "Meets/Exceeds", [e["meets"]])],
            notes=L.items(d, e["questions"], group=e["lead"])))
    return comps


def main():
    OUT.write_text(render(), encoding="utf-8")
    L.write_gold(OUT, "html", TITLE, gold())


if __name__ == "__main__":
    main()

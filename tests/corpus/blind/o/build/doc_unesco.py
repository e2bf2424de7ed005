"""unesco-competency-framework.html: UNESCO, Bureau of Human Resources Management, UNESCO Competency Framework.

Hand-written HTML: unesco.org-style chrome (utility bar, language switcher, mega-nav, search, breadcrumb,
footer, analytics and Bootstrap scripts); the framework's three components as Bootstrap tabs
(Core Values / Core Competencies / Managerial Competencies), each value or competency an accordion item
with a definition paragraph and a "Positive indicators" list.  No proficiency levels (UNESCO prints none)."""
import html

import lib as L

STEM = "unesco-competency-framework"
TITLE = "UNESCO Competency Framework"

TABS = [
    ("values", "Core Values",
     "Core values are the shared principles and beliefs that unite all staff and guide our actions, "
     "whatever our grade, function or location.",
     [("Integrity",
       "Acting in line with the ethical standards of the international civil service and the principles of "
       "the Organization, including when under pressure.",
       ["Act with honesty, fairness and transparency in all our dealings",
        "Uphold the standards of conduct for the international civil service in every decision",
        "Resist undue pressure or influence, whether political or personal",
        "Report unethical conduct and take action against it",
        "Take responsibility for our own words and actions"])]),
    ("core", "Core Competencies",
     "Core competencies are sets of related knowledge, skills and abilities that result in the essential "
     "behaviours expected of everyone working for the Organization.",
     [("Communication",
       "Sharing information and ideas clearly and openly, listening actively, and adapting the message to "
       "the audience.",
       ["Adapts communication style, content and tone to the audience",
        "Processes and filters varied information sensibly",
        "Passes on information appropriately and on time",
        "Looks for and encourages two-way communication",
        "Shares relevant information with others",
        "Makes good use of communication channels, tools and options"]),
      ("Teamwork",
       "Working together with colleagues across units, Sectors and duty stations to achieve shared goals.",
       ["Builds relationships based on trust within and across Sectors/Bureaux and field offices",
        "Shares credit for team successes and takes joint responsibility for setbacks",
        "Values the contributions of colleagues with different backgrounds and expertise",
        "Places team objectives ahead of personal interests",
        "Helps to resolve disagreements within the team constructively"])]),
    ("managerial", "Managerial Competencies",
     "Managerial competencies apply to staff with management responsibilities at P-4 level and above.",
     [("Leading and empowering others",
       "Motivating and enabling staff to perform to their full potential by giving direction, delegating "
       "and creating an inclusive working environment.",
       ["Sets clear direction and communicates expectations to the team",
        "Delegates responsibility and authority in line with each person's capacity",
        "Gives regular, constructive feedback and recognizes good performance",
        "Supports the learning and career development of staff",
        "Creates an environment in which staff feel able to voice ideas and concerns",
        "Models the core values of the Organization in own conduct"])]),
]

HEAD = """<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>UNESCO Competency Framework | UNESCO</title>
<meta name="description" content="The UNESCO Competency Framework: core values, core competencies and managerial competencies expected of UNESCO staff.">
<meta property="og:site_name" content="UNESCO">
<meta property="og:title" content="UNESCO Competency Framework">
<link rel="canonical" href="https://www.unesco.org/en/careers/competency-framework">
<link rel="alternate" hreflang="fr" href="https://www.unesco.org/fr/careers/competency-framework">
<link rel="icon" href="/themes/custom/unesco/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_h3Xk0pQ9tW1rLzYx.css">
<link rel="stylesheet" media="all" href="/themes/custom/unesco/dist/css/bootstrap.min.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-UNESCO0001"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-UNESCO0001', {'anonymize_ip': true});</script>
<style>.accordion-body .definition{font-weight:500}.indicators-title{font-weight:700;margin:.5rem 0 .25rem}</style>
</head>
"""

CHROME_TOP = """<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden-focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas">
<div class="utility-bar">
  <ul class="utility-links">
    <li><a href="/en/member-states-portal">Member States Portal</a></li>
    <li><a href="https://shop.unesco.org">Shop</a></li>
    <li><a href="/en/donate">Donate</a></li>
    <li><a href="/user/login">Login</a></li>
  </ul>
  <div class="language-switcher" role="navigation" aria-label="Languages">
    <a href="/en/careers/competency-framework" hreflang="en" class="is-active">English</a>
    <a href="/fr/careers/competency-framework" hreflang="fr">Fran\u00e7ais</a>
    <a href="/es/careers/competency-framework" hreflang="es">Espa\u00f1ol</a>
    <a href="/ru/careers/competency-framework" hreflang="ru">\u0420\u0443\u0441\u0441\u043a\u0438\u0439</a>
    <a href="/ar/careers/competency-framework" hreflang="ar">\u0627\u0644\u0639\u0631\u0628\u064a\u0629</a>
    <a href="/zh/careers/competency-framework" hreflang="zh">\u4e2d\u6587</a>
  </div>
</div>
<header class="site-header" role="banner">
  <a href="/en" class="site-logo" rel="home"><img src="/themes/custom/unesco/logo-en.svg" alt="UNESCO - United Nations Educational, Scientific and Cultural Organization" width="220" height="60"></a>
  <nav class="main-nav" aria-label="Main navigation">
    <ul>
      <li><a href="/en/about-us">Who we are</a></li>
      <li><a href="/en/our-expertise">What we do</a></li>
      <li><a href="/en/countries">Where we work</a></li>
      <li><a href="/en/articles">News</a></li>
      <li><a href="/en/careers" class="is-active">Careers</a></li>
      <li><a href="/en/resources">Resources</a></li>
    </ul>
  </nav>
  <form class="search-form" action="/en/search" method="get" role="search">
    <label for="edit-keys" class="visually-hidden">Search</label>
    <input type="search" id="edit-keys" name="keys" placeholder="Search UNESCO">
    <button type="submit">Search</button>
  </form>
</header>
<nav class="breadcrumb-wrapper" aria-label="Breadcrumb">
  <ol class="breadcrumb">
    <li class="breadcrumb-item"><a href="/en">Home</a></li>
    <li class="breadcrumb-item"><a href="/en/careers">Careers</a></li>
    <li class="breadcrumb-item"><a href="/en/careers/working-unesco">Working at UNESCO</a></li>
    <li class="breadcrumb-item active" aria-current="page">Competency Framework</li>
  </ol>
</nav>
<main id="main-content" role="main">
<article class="node node--type-page">
<div class="page-title-block">
  <h1 class="page-title">UNESCO Competency Framework</h1>
  <p class="lead">Learn \u00b7 Develop \u00b7 Excel</p>
</div>
<div class="field--name-body">
<p>The success of UNESCO depends on aligning the competencies of its staff with the strategic direction and goals of the Organization. Staff at every level, whatever their culture, gender, religion, function or location, are expected to share common values and standards of behaviour.</p>
<p>The Competency Framework describes the behaviours, skills and attitudes that lead to successful performance. It gives staff a common language that links most human resources processes, from job profiling and recruitment to performance management, learning and career development. It has three components:</p>
<ul class="framework-components">
  <li><strong>Core values</strong>: the shared principles that unite all staff;</li>
  <li><strong>Core competencies</strong>: the behaviours expected of everyone working for the Organization;</li>
  <li><strong>Managerial competencies</strong>: the behaviours expected of staff with management responsibilities at P-4 level and above.</li>
</ul>
<p>Each value and competency has a short definition and a set of positive indicators that show how it is observed. Select a tab below to explore them.</p>
</div>
"""

CHROME_BOTTOM = """<div class="related-links">
  <h2 class="h4">Related</h2>
  <ul>
    <li><a href="/en/careers/vacancies">Current vacancies</a></li>
    <li><a href="/en/careers/young-professionals">Young Professionals Programme</a></li>
    <li><a href="/sites/default/files/medias/fichiers/2024/01/competency-framework-e.pdf">Download the Competency Framework (PDF, 1.2 MB)</a></li>
  </ul>
</div>
</article>
</main>
<footer class="site-footer" role="contentinfo">
  <div class="footer-top">
    <div class="footer-col">
      <h2 class="h6">UNESCO</h2>
      <p>7, place de Fontenoy<br>75352 Paris 07 SP, France</p>
    </div>
    <div class="footer-col">
      <ul class="footer-links">
        <li><a href="/en/contact">Contact us</a></li>
        <li><a href="/en/careers">Careers</a></li>
        <li><a href="/en/legal-notices">Terms of use</a></li>
        <li><a href="/en/privacy-policy">Privacy policy</a></li>
        <li><a href="/en/fraud-alert">Fraud alert</a></li>
      </ul>
    </div>
    <div class="footer-col social">
      <a href="https://www.facebook.com/unesco" aria-label="Facebook">Facebook</a>
      <a href="https://x.com/UNESCO" aria-label="X">X</a>
      <a href="https://www.instagram.com/unesco" aria-label="Instagram">Instagram</a>
      <a href="https://www.linkedin.com/company/unesco" aria-label="LinkedIn">LinkedIn</a>
    </div>
  </div>
  <p class="copyright">\u00a9 UNESCO 2025</p>
</footer>
</div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/themes/custom/unesco/dist/js/bootstrap.bundle.min.js"></script>
<script>
  document.querySelectorAll('#framework-tabs button').forEach(function (b) {
    b.addEventListener('click', function () { /* handled by bootstrap.Tab */ });
  });
</script>
</body>
</html>
"""


def esc(s):
    return html.escape(s, quote=False)


def render():
    out = [HEAD, CHROME_TOP]
    out.append('<ul class="nav nav-tabs" id="framework-tabs" role="tablist">\n')
    for i, (tid, label, _intro, _items) in enumerate(TABS):
        active = " active" if i == 0 else ""
        out.append(f'  <li class="nav-item" role="presentation"><button class="nav-link{active}" id="{tid}-tab" '
                   f'data-bs-toggle="tab" data-bs-target="#{tid}" type="button" role="tab" aria-controls="{tid}" '
                   f'aria-selected="{"true" if i == 0 else "false"}">{esc(label)}</button></li>\n')
    out.append('</ul>\n<div class="tab-content" id="framework-tabs-content">\n')
    for i, (tid, label, intro, items) in enumerate(TABS):
        active = " show active" if i == 0 else ""
        out.append(f'<div class="tab-pane fade{active}" id="{tid}" role="tabpanel" aria-labelledby="{tid}-tab" tabindex="0">\n')
        out.append(f'  <p class="tab-intro">{esc(intro)}</p>\n')
        out.append(f'  <div class="accordion" id="acc-{tid}">\n')
        for k, (name, definition, indicators) in enumerate(items):
            aid = f"{tid}-{k + 1}"
            out.append('    <div class="accordion-item">\n')
            out.append(f'      <h3 class="accordion-header" id="h-{aid}"><button class="accordion-button collapsed" type="button" '
                       f'data-bs-toggle="collapse" data-bs-target="#c-{aid}" aria-expanded="false" aria-controls="c-{aid}">'
                       f'{esc(name)}</button></h3>\n')
            out.append(f'      <div id="c-{aid}" class="accordion-collapse collapse" aria-labelledby="h-{aid}" data-bs-parent="#acc-{tid}">\n')
            out.append('        <div class="accordion-body">\n')
            out.append(f'          <p class="definition">{esc(definition)}</p>\n')
            out.append('          <p class="indicators-title">Positive indicators</p>\n')
            out.append('          <ul>\n')
            for ind in indicators:
                out.append(f'            <li>{esc(ind)}</li>\n')
            out.append('          </ul>\n        </div>\n      </div>\n    </div>\n')
        out.append('  </div>\n</div>\n')
    out.append('</div>\n')
    out.append(CHROME_BOTTOM)
    return "".join(out)


def build():
    out = L.DOCS / f"{STEM}.html"
    out.write_text(render(), encoding="utf-8")
    return out


def gold():
    comps = []
    for _tid, _label, _intro, items in TABS:
        for name, definition, indicators in items:
            comps.append(L.comp(STEM, name, definition, indicators=[L.item(STEM, x) for x in indicators]))
    return L.write_gold(L.DOCS / f"{STEM}.html", "html", TITLE, comps)


if __name__ == "__main__":
    print(build())
    print(gold())

"""ACCA (Association of Chartered Certified Accountants, London; global accountancy body) - accaglobal.com,
competency framework / practical experience, technical performance objective page "Plan and control
performance" (HTML, Sri Lanka country site).

Modelled on accaglobal.com/lk/en/qualifications/why-acca/competency-framework/acca-qualification/experience/
technical/plan-and-control-performance.html and the sibling page monitor-performance.html as stored: a PO page
with "Performance objective elements" and its lead-in sentence, an "Elements" accordion with typed "a." ...
"e." elements, a "Linked competencies" accordion (competency name, then a lettered statement of that
competency), and "Key exams". The description paragraph follows the PER handbook's PO pages ("Description"
+ elements). Page chrome (cookie banner, audience bar, country selector, search, myACCA, mega-nav, breadcrumb,
section nav, footer, Adobe Launch / OneTrust / jQuery scripts) re-created; wording is ours.
"""
import bolib as L

STEM = "acca-per-plan-and-control-performance"
OUT = L.DOCS / f"{STEM}.html"

NAME = "Plan and control performance"
DESC = ("You take part in planning and budgeting for your team or organisation. You help to set the objectives "
        "that activities are measured against, you prepare and use budgets and forecasts, and you compare actual "
        "results with the plan so that managers can take corrective action in good time.")
LEAD = ("The five elements of each performance objective set out the tasks, skills and behaviours that a "
        "trainee has to show in order to achieve the objective.")
ELEMENTS = [
    "Help to set the objectives that are used to plan and control business activities.",
    "Prepare, coordinate and use budgets, choosing models that suit the purpose.",
    "Review progress against plans at regular intervals.",
    "Apply suitable techniques to assess and evaluate overall performance against plans.",
    "Advise on how the business is performing and recommend improvements.",
]
LINKED = [
    ("Management Accounting", "C",
     "Works with others on the main tactical and organisational areas of budgeting and control, capital "
     "investment, and people and resource management."),
    ("Leadership and Management", "D",
     "Thinks ahead and acts strategically, anticipating what the organisation will need and recognising the "
     "wider business environment and its dynamics."),
]
EXAMS = ["Management Accounting (MA)", "Performance Management (PM)", "Advanced Performance Management (APM)"]

HTML = """<!DOCTYPE html>
<html lang="en-LK" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plan and control performance | ACCA Global</title>
<meta name="description" content="Technical performance objective: Plan and control performance. Elements, linked competencies and key exams.">
<link rel="canonical" href="https://www.accaglobal.com/lk/en/qualifications/why-acca/competency-framework/acca-qualification/experience/technical/plan-and-control-performance.html">
<link rel="stylesheet" href="/etc.clientlibs/acca/clientlibs/clientlib-base.min.css" type="text/css">
<link rel="stylesheet" href="/etc.clientlibs/acca/clientlibs/clientlib-site.min.css" type="text/css">
<script src="https://assets.adobedtm.com/launch-EN7d2f41c3a5b94c0e9a3c.min.js" async></script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="5c9e4f1a-acca-global" charset="UTF-8"></script>
<script>function OptanonWrapper() { }</script>
</head>
<body class="page basicpage" data-country="lk">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
  <p id="onetrust-policy-text">We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies. <a href="/lk/en/footer-toolbar/cookies.html">Find out more</a></p>
  <button id="onetrust-accept-btn-handler">Accept all cookies</button>
  <button id="onetrust-pc-btn-handler">Cookie settings</button>
</div>
<header class="site-header">
  <div class="audience-bar">
    <ul>
      <li><a href="/lk/en/student.html">Students</a></li>
      <li><a href="/lk/en/member.html">Members</a></li>
      <li><a href="/lk/en/employer.html">Employers</a></li>
      <li><a href="/lk/en/learning-provider.html">Learning providers</a></li>
      <li><a href="/lk/en/public-sector.html">Public sector</a></li>
    </ul>
    <div class="country-select"><span>Sri Lanka</span> <a href="/gb/en/footer-toolbar/country-selector.html">Change</a></div>
    <a class="myacca" href="https://portal.accaglobal.com/">Sign in to myACCA</a>
  </div>
  <div class="brand-bar">
    <a class="logo" href="/lk/en.html"><img src="/content/dam/acca/global/images/logos/acca-logo.svg" alt="ACCA"></a>
    <span class="strap">Think Ahead</span>
    <form class="site-search" action="/lk/en/search-results.html" role="search">
      <label for="q" class="visually-hidden">Search</label>
      <input id="q" name="q" type="search" placeholder="Search ACCA">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/lk/en/qualifications.html">Qualifications</a></li>
      <li><a href="/lk/en/learning.html">Learning and development</a></li>
      <li><a href="/lk/en/professional-insights.html">Professional insights</a></li>
      <li><a href="/lk/en/technical-activities.html">Technical activities</a></li>
      <li><a href="/lk/en/about-us.html">About us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/lk/en.html">Home</a></li>
    <li><a href="/lk/en/qualifications.html">Qualifications</a></li>
    <li><a href="/lk/en/qualifications/why-acca.html">Why choose ACCA?</a></li>
    <li><a href="/lk/en/qualifications/why-acca/competency-framework.html">Competency framework</a></li>
    <li><a href="/lk/en/qualifications/why-acca/competency-framework/acca-qualification.html">ACCA Qualification</a></li>
    <li><a href="/lk/en/qualifications/why-acca/competency-framework/acca-qualification/experience.html">Practical experience</a></li>
    <li><a href="/lk/en/qualifications/why-acca/competency-framework/acca-qualification/experience/technical.html">Technical</a></li>
    <li aria-current="page">Plan and control performance</li>
  </ol>
</nav>
<div class="container">
  <aside class="section-nav" aria-label="In this section">
    <h2 class="section-nav__title">Technical performance objectives</h2>
    <ul>
      <li><a href="record-and-process-transactions.html">Record and process transactions and events</a></li>
      <li><a href="prepare-external-financial-reports.html">Prepare external financial reports</a></li>
      <li><a href="analyse-and-interpret-financial-reports.html">Analyse and interpret financial reports</a></li>
      <li><a href="evaluate-investment-and-financing-decisions.html">Evaluate investment and financing decisions</a></li>
      <li><a href="manage-cash.html">Manage cash using active working capital management</a></li>
      <li><a href="identify-and-manage-financial-risk.html">Identify and manage financial risk</a></li>
      <li><a href="evaluate-management-accounting-systems.html">Evaluate management accounting systems</a></li>
      <li class="active"><a href="plan-and-control-performance.html">Plan and control performance</a></li>
      <li><a href="monitor-performance.html">Monitor performance</a></li>
    </ul>
  </aside>
  <main id="main-content" class="content">
    <div class="hero hero--slim"><span class="hero__kicker">Technical performance objective</span>
      <h1>PO13 Plan and control performance</h1>
    </div>
    <div class="text parbase"><p>__DESC__</p></div>
    <h2>Performance objective elements</h2>
    <div class="text parbase"><p>__LEAD__</p></div>
    <div class="accordion" data-cmp-is="accordion">
      <div class="accordion__item">
        <h3 class="accordion__header"><button class="accordion__button" aria-expanded="true" aria-controls="acc-elements" id="acc-elements-btn">Elements</button></h3>
        <div class="accordion__panel" id="acc-elements" role="region" aria-labelledby="acc-elements-btn">
__ELEMENTS__
        </div>
      </div>
    </div>
    <h2>Linked competencies</h2>
    <div class="accordion" data-cmp-is="accordion">
__LINKED__
    </div>
    <h2>Key exams</h2>
    <div class="text parbase">
      <ul class="key-exams">
__EXAMS__
      </ul>
    </div>
    <div class="cta-panel">
      <p><a class="btn" href="/lk/en/student/exam-support-resources/per.html">Practical experience requirement</a></p>
      <p><a class="btn btn--secondary" href="/lk/en/qualifications/why-acca/competency-framework/acca-qualification/experience.html">Back to all performance objectives</a></p>
    </div>
  </main>
</div>
<footer class="site-footer">
  <div class="footer-links">
    <ul>
      <li><a href="/lk/en/footer-toolbar/contact-us.html">Contact us</a></li>
      <li><a href="/lk/en/about-us/careers.html">Careers at ACCA</a></li>
      <li><a href="/lk/en/footer-toolbar/legal-policy.html">Legal policy</a></li>
      <li><a href="/lk/en/footer-toolbar/privacy-policy.html">Privacy policy</a></li>
      <li><a href="/lk/en/footer-toolbar/cookies.html">Cookies</a></li>
      <li><a href="/lk/en/footer-toolbar/accessibility.html">Accessibility</a></li>
      <li><a href="/lk/en/footer-toolbar/sitemap.html">Site map</a></li>
    </ul>
  </div>
  <div class="social">
    <a href="https://www.facebook.com/ACCASriLanka" aria-label="Facebook">Facebook</a>
    <a href="https://www.linkedin.com/company/acca" aria-label="LinkedIn">LinkedIn</a>
    <a href="https://www.youtube.com/accaglobal" aria-label="YouTube">YouTube</a>
  </div>
  <p class="copyright">&copy; ACCA 2024 All rights reserved.</p>
</footer>
<script src="/etc.clientlibs/clientlibs/granite/jquery.min.js"></script>
<script src="/etc.clientlibs/acca/clientlibs/clientlib-site.min.js"></script>
<script>_satellite && _satellite.pageBottom && _satellite.pageBottom();</script>
</body>
</html>
"""


def render():
    els = "\n".join(f"          <p>{chr(97 + i)}. {e}</p>" for i, e in enumerate(ELEMENTS))
    linked = []
    for i, (name, letter, stmt) in enumerate(LINKED):
        linked.append(
            f'      <div class="accordion__item">\n'
            f'        <h3 class="accordion__header"><button class="accordion__button" aria-expanded="true" '
            f'aria-controls="acc-lc{i}" id="acc-lc{i}-btn">{name}</button></h3>\n'
            f'        <div class="accordion__panel" id="acc-lc{i}" role="region" aria-labelledby="acc-lc{i}-btn">\n'
            f'          <p>{letter}. {stmt}</p>\n'
            f'        </div>\n'
            f'      </div>')
    exams = "\n".join(f"        <li>{e}</li>" for e in EXAMS)
    html = (HTML.replace("__DESC__", DESC).replace("__LEAD__", LEAD).replace("__ELEMENTS__", els)
            .replace("__LINKED__", "\n".join(linked)).replace("__EXAMS__", exams))
    OUT.write_text(html, encoding="utf-8")


def gold():
    c = L.competency(STEM, NAME, DESC,
                     indicators=L.items(STEM, ELEMENTS),
                     related=[n for n, _, _ in LINKED],
                     notes=[L.item(STEM, s, n) for n, _, s in LINKED],
                     courses=L.items(STEM, EXAMS, "Key exams"))
    L.write_gold(OUT, "html", "PO13 Plan and control performance", [c])


def main():
    render()
    gold()


if __name__ == "__main__":
    main()

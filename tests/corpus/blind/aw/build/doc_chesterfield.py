"""chesterfield-competency-framework-level-two.html: Chesterfield Borough Council (England), web page
"Competency framework - Level two" (one page per level; this one for professional/technical officers and
managers). Four value clusters as h3 headings ("Value - competency, competency"), each followed by plain
paragraphs of behaviours. Council web chrome re-created. Wording is ours.
"""
import html

import helpers as H

STEM = "chesterfield-competency-framework-level-two"
TITLE = "Competency framework - Level two"
LEVEL = "Level 2 \u2013 Professional/Technical Officers, Managers, Supervisors and Team Leaders"

CLUSTERS = [
    ("One council one team \u2013 seeing the bigger picture, collaboration and partnering", [
        "Keep watch for economic, social, political, environmental and technological developments so that the "
        "work of your area stays relevant and well targeted.",
        "Understand the priorities of your service area and work out what council priorities mean for it, so "
        "that plans and activities line up with them.",
        "Seek out and share experience to build knowledge of your own work and of your team\u2019s business "
        "area. Help shape policies, plans and services, and understand how the services and strategies in your "
        "area fit together to create value for customers.",
        "Make sure that issues from your area of work are fed into strategy and the wider picture.",
        "Build and keep a network of colleagues and contacts that helps you make progress on objectives and "
        "deliver business outcomes. Support partnership working.",
        "Show real care for staff and others, be approachable and build strong working relationships.",
        "Be willing to share resources to support higher priority work, and encourage joint working and "
        "flexibility within your team and across the council",
        "Deal with conflict promptly, calmly and constructively.",
    ]),
    ("Can do \u2013 changing and improving, delivering at pace, developing self and others", [
        "Check your own and your team\u2019s performance against outcomes, and suggest improvements or take "
        "action to put things right when problems come to light.",
        "Take account of what each team member brings and delegate work in a way that grows their "
        "capabilities.",
        "Encourage new ideas from the team and test them out, taking sensible risks where the benefits are "
        "clear.",
        "Plan and organise work so that deadlines are met, and keep stakeholders informed when priorities "
        "shift.",
        "Make time for your own learning and support the development of others through coaching, feedback "
        "and regular one to ones.",
    ]),
    ("Customer focused \u2013 understanding our customers, delivering a quality service", [
        "Find out who your customers are and what they need, using feedback and data to shape how services "
        "are delivered.",
        "Set clear service standards for your team and check that they are being met.",
        "Handle complaints fairly and quickly, and use what you learn from them to improve services.",
        "Consider the needs of customers who may find it harder to access council services and adapt the way "
        "you work to include them.",
    ]),
    ("Honesty and respect \u2013 making effective decisions, leading and communicating", [
        "Make decisions based on evidence, explain the reasons for them and take responsibility for the "
        "outcome.",
        "Communicate openly and honestly with your team, sharing information as early as you can.",
        "Treat everyone with dignity and respect and challenge behaviour that falls short of the council\u2019s "
        "values.",
        "Lead by example, acting with integrity even when under pressure.",
        "Listen to different views and be prepared to change your mind when the evidence supports it.",
    ]),
]

NAV = ["Benefits and council tax", "Bins and recycling", "Business and licensing", "Housing",
       "Jobs, training, skills and apprenticeships", "Leisure, culture and tourism",
       "Planning and building control", "Council and democracy"]
CRUMBS = [("Home", "/"),
          ("Jobs, training, skills and apprenticeships", "/jobs-training-skills-and-apprenticeships/"),
          ("Looking for employment", "/jobs-training-skills-and-apprenticeships/looking-for-employment/"),
          ("Jobs at Chesterfield Borough Council",
           "/jobs-training-skills-and-apprenticeships/looking-for-employment/jobs-at-chesterfield-borough-council/"),
          ("Working for the council", "/jobs-training-skills-and-apprenticeships/looking-for-employment/"
                                      "jobs-at-chesterfield-borough-council/working-for-the-council/"),
          ("Competency framework", "/jobs-training-skills-and-apprenticeships/looking-for-employment/"
                                   "jobs-at-chesterfield-borough-council/working-for-the-council/competency-framework/")]


def e(s):
    return html.escape(s, quote=False)


def build(out_dir):
    base = CRUMBS[-1][1]
    o = []
    o.append(f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(TITLE)} - Chesterfield Borough Council</title>
<meta name="description" content="Behaviours expected of professional and technical officers, managers, supervisors and team leaders.">
<link rel="canonical" href="https://www.chesterfield.gov.uk{base}competency-framework-level-two/">
<link rel="stylesheet" href="/css/main.min.css?v=3.8.2">
<link rel="icon" href="/favicon.ico">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-4H7QX2Y3CB"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-4H7QX2Y3CB', {{ 'anonymize_ip': true }});
</script>
</head>
<body class="content-page">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie consent">
  <div class="container">
    <p>We use some essential cookies to make this website work. We would also like to set analytics cookies to help us improve it.</p>
    <button type="button" class="btn btn-primary" id="cookie-accept">Accept analytics cookies</button>
    <button type="button" class="btn btn-secondary" id="cookie-reject">Reject analytics cookies</button>
    <a href="/cookies/">View cookies</a>
  </div>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="container">
    <a class="site-logo" href="/"><img src="/images/logo/cbc-logo.svg" alt="Chesterfield Borough Council - home"></a>
    <form class="site-search" action="/search/" method="get" role="search">
      <label for="q" class="visually-hidden">Search this site</label>
      <input type="search" id="q" name="q" placeholder="Search">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main navigation">
    <ul>
""")
    for n in NAV:
        o.append(f'      <li><a href="/{n.lower().replace(",", "").replace(" ", "-")}/">{e(n)}</a></li>\n')
    o.append("""    </ul>
  </nav>
</header>
<div class="breadcrumb-wrapper">
  <div class="container">
    <nav aria-label="Breadcrumb">
      <ol class="breadcrumb">
""")
    for label, href in CRUMBS:
        o.append(f'        <li class="breadcrumb-item"><a href="{href}">{e(label)}</a></li>\n')
    o.append(f'        <li class="breadcrumb-item active" aria-current="page">{e(TITLE)}</li>\n')
    o.append("""      </ol>
    </nav>
  </div>
</div>
<main id="main" class="container">
  <div class="row">
    <div class="col-md-8 content">
""")
    o.append(f"      <h1>{e(TITLE)}</h1>\n")
    o.append(f"      <h2>{e(LEVEL)}</h2>\n")
    o.append("      <p>&nbsp;</p>\n")
    for head, paras in CLUSTERS:
        o.append(f"      <h3>{e(head)}</h3>\n")
        for p in paras:
            o.append(f"      <p>{e(p)}</p>\n")
        o.append("      <p>&nbsp;</p>\n")
    o.append("""      <p class="last-updated">Last updated on 05/04/2024</p>
      <div class="feedback-widget">
        <h2 class="h4">Was this page helpful?</h2>
        <button type="button" data-answer="yes">Yes</button>
        <button type="button" data-answer="no">No</button>
      </div>
    </div>
    <aside class="col-md-4 sidebar" aria-label="In this section">
      <h2 class="h4">In this section</h2>
      <ul class="section-nav">
""")
    for lv in ("one", "two", "three"):
        cls = ' class="active"' if lv == "two" else ""
        o.append(f'        <li{cls}><a href="{base}competency-framework-level-{lv}/">Competency framework - '
                 f'Level {lv}</a></li>\n')
    o.append("""      </ul>
    </aside>
  </div>
</main>
<footer class="site-footer">
  <div class="container">
    <div class="footer-contact">
      <p><strong>Chesterfield Borough Council</strong><br>Town Hall, Rose Hill, Chesterfield, S40 1LP</p>
      <p>Telephone: 01246 345345</p>
    </div>
    <ul class="footer-links">
      <li><a href="/accessibility/">Accessibility</a></li>
      <li><a href="/privacy/">Privacy notice</a></li>
      <li><a href="/cookies/">Cookies</a></li>
      <li><a href="/contact-us/">Contact us</a></li>
      <li><a href="/sitemap/">Site map</a></li>
    </ul>
    <ul class="social-links">
      <li><a href="https://www.facebook.com/chesterfieldbc">Facebook</a></li>
      <li><a href="https://twitter.com/ChesterfieldBC">X (Twitter)</a></li>
      <li><a href="https://www.linkedin.com/company/chesterfield-borough-council">LinkedIn</a></li>
    </ul>
    <p class="copyright">&copy; Chesterfield Borough Council</p>
  </div>
</footer>
<script src="/js/vendor/jquery-3.7.1.min.js"></script>
<script src="/js/main.min.js?v=3.8.2"></script>
<script>
  document.getElementById('cookie-accept').addEventListener('click', function () {
    document.cookie = 'cbc_analytics=1; path=/; max-age=31536000';
    document.getElementById('cookie-banner').hidden = true;
  });
</script>
</body>
</html>
""")
    path = H.DOCS / f"{STEM}.html"
    path.write_text("".join(o), encoding="utf-8")
    return path


def gold(path):
    d = STEM
    comps = [H.competency(d, head, None, levels=[H.level(d, 2, LEVEL, paras)]) for head, paras in CLUSTERS]
    return H.write_gold(path, "html", TITLE, comps)

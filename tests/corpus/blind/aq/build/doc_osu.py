"""The Ohio State University, CFAES - OSU Extension Leadership & Organizational Development,
"Core Competencies" page (Drupal page chrome re-created by hand). Excerpt: overview list, cluster table,
the first three competency entries."""
from pathlib import Path

NAME = "osu-extension-core-competencies.html"

ALL14 = ["Communication", "Continuous learning", "Customer service", "Diversity", "Flexibility and change",
         "Interpersonal relationships", "Knowledge of Extension", "Professionalism", "Resource management",
         "Self-direction", "Teamwork and leadership", "Technology adoption and application",
         "Thinking and problem solving", "Understanding stakeholders and communities"]
CLUSTERS = [
    ("PEOPLE (INTERPERSONAL)", ["Communication", "Diversity", "Interpersonal relationships",
                                "Teamwork and leadership"]),
    ("THE BUSINESS OF EXTENSION", ["Customer service", "Knowledge of Extension", "Resource management",
                                   "Technology adoption and application", "Thinking and problem solving",
                                   "Understanding stakeholders and communities"]),
    ("SELF (PERSONAL COMPETENCIES)", ["Continuous learning", "Flexibility and change", "Professionalism",
                                      "Self-direction"]),
]
ENTRIES = [
    ("Communication",
     "Communicates effectively with co-workers, clientele and other stakeholders, one-on-one and in groups, "
     "using the full range of methods and tools available today.",
     ["Speaks clearly, and uses body language that fits the message.",
      "Writes clearly and concisely.",
      "Listens actively: pays attention, interprets what is said and checks for understanding.",
      "Chooses communication tools and methods to suit the people receiving the message."]),
    ("Continuous learning",
     "Shows self-awareness and a commitment to lifelong learning; keeps building skills and capabilities; is "
     "open to learning new things; actively looks for areas in which to grow; makes time to learn and to apply "
     "new knowledge and skills on the job.",
     ["Asks for feedback on own performance and acts on it.",
      "Sets personal learning goals and follows a plan to reach them.",
      "Takes part in professional development offered inside and outside the organization.",
      "Applies new knowledge and skills to improve programs and work practices.",
      "Shares what has been learned with colleagues."]),
    ("Customer service",
     "Strives to give clientele excellent service, making every contact a positive one. Understands who the "
     "clientele are and what they need, and responds to them.",
     ["Listens to clientele and responds in a timely way that meets their needs.",
      "Provides friendly, courteous service.",
      "Looks for ways to keep improving service.",
      "Follows up to make sure needs were met."]),
]


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build(out_dir):
    rows = max(len(m) for _, m in CLUSTERS)
    table_rows = []
    for i in range(rows):
        cells = "".join(f"<td>{_esc(m[i]) if i < len(m) else '&nbsp;'}</td>" for _, m in CLUSTERS)
        table_rows.append(f"        <tr>{cells}</tr>")
    entries = []
    for name, definition, actions in ENTRIES:
        lis = "\n".join(f"            <li>{_esc(a)}</li>" for a in actions)
        entries.append(f"""      <h2 id="{name.lower().replace(' ', '-')}">{_esc(name)}</h2>
      <p>{_esc(definition)}</p>
      <h3>Key actions</h3>
      <ul>
{lis}
      </ul>
""")
    list14 = "<br>\n".join(f"&bull; {_esc(n)}" for n in ALL14)
    html = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
  <title>Core Competencies | Leadership and Organizational Development</title>
  <link rel="stylesheet" media="all" href="/themes/custom/cfaes/css/style.css?s2k1x8">
  <link rel="stylesheet" media="all" href="https://www.osu.edu/assets/fonts/webfonts.css">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-3RT0X1B8C2"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-3RT0X1B8C2');</script>
</head>
<body class="path-corecompetencies page-node-type-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <div id="osu_navbar" role="navigation">
    <h2 class="visuallyhidden">Ohio State navigation bar</h2>
    <div class="univ_info"><a href="https://www.osu.edu" class="univ_name">The Ohio State University</a></div>
    <div class="univ_links">
      <ul>
        <li><a href="https://www.osu.edu/help">Help</a></li>
        <li><a href="https://buckeyelink.osu.edu/">BuckeyeLink</a></li>
        <li><a href="https://www.osu.edu/map/">Map</a></li>
        <li><a href="https://www.osu.edu/findpeople/">Find People</a></li>
        <li><a href="https://email.osu.edu/">Webmail</a></li>
        <li><a href="https://www.osu.edu/search/">Search Ohio State</a></li>
      </ul>
    </div>
  </div>
  <header role="banner" class="site-header">
    <div class="cfaes-logo"><a href="https://cfaes.osu.edu"><img src="/themes/custom/cfaes/images/cfaes-logo.svg" alt="College of Food, Agricultural, and Environmental Sciences"></a></div>
    <div class="site-name"><a href="/" rel="home">Leadership and Organizational Development</a></div>
    <div class="site-slogan">OSU Extension</div>
    <nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="main-menu">
      <h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
      <ul class="menu">
        <li class="menu-item"><a href="/">Home</a></li>
        <li class="menu-item"><a href="/programs">Programs</a></li>
        <li class="menu-item menu-item--active-trail"><a href="/coreCompetencies" class="is-active">Core Competencies</a></li>
        <li class="menu-item"><a href="/resources">Resources</a></li>
        <li class="menu-item"><a href="/about-us">About Us</a></li>
      </ul>
    </nav>
  </header>
  <div class="breadcrumb"><nav role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol><li><a href="/">Home</a></li><li>Core Competencies</li></ol>
  </nav></div>
  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <h1 class="page-title"><span class="field field--name-title">Core Competencies</span></h1>
      <article role="article" class="node node--type-page">
      <div class="clearfix text-formatted field field--name-body">
      <h2>Core Competencies</h2>
      <p>The initial research produced the 14 competencies below, listed in alphabetical order.</p>
      <p>{list14}</p>
      <p>To make them easier to understand, the 14 competencies can also be grouped into three clusters. Grouped this way, there are competencies that deal with&nbsp;.&nbsp;.&nbsp;.</p>
      <table class="cluster-table" border="1" cellpadding="4">
        <thead><tr>{''.join(f'<th>{_esc(c)}</th>' for c, _ in CLUSTERS)}</tr></thead>
        <tbody>
{chr(10).join(table_rows)}
        </tbody>
      </table>
{''.join(entries)}      </div>
      </article>
    </div>
    <aside class="layout-sidebar-second" role="complementary">
      <h2>In this section</h2>
      <ul>
        <li><a href="/coreCompetencies">Core Competencies</a></li>
        <li><a href="/competency-self-assessment">Competency Self-Assessment</a></li>
        <li><a href="/performance-management">Performance Management</a></li>
      </ul>
    </aside>
  </main>
  <footer role="contentinfo" class="site-footer">
    <div class="footer-logo"><img src="/themes/custom/cfaes/images/cfaes-footer.svg" alt="CFAES"></div>
    <p>Leadership and Organizational Development<br>
    Agricultural Administration Building<br>
    2120 Fyffe Road<br>
    Columbus, OH 43210</p>
    <p>&copy; 2024, The Ohio State University</p>
    <ul class="footer-links">
      <li><a href="https://cfaes.osu.edu/nondiscrimination-notice">Nondiscrimination notice</a></li>
      <li><a href="https://cfaes.osu.edu/accessibility">Accessibility</a></li>
      <li><a href="https://osu.edu/privacy">Privacy</a></li>
    </ul>
    <p class="accessibility">If you have a disability and experience difficulty accessing this site, please contact us for assistance via email at <a href="mailto:cfaesaccessibility@osu.edu">cfaesaccessibility@osu.edu</a>.</p>
    <p><a href="/user/login">Log in</a></p>
  </footer>
  <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/58","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true}}</script>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
  <script src="/core/misc/drupal.js?v=9.5.11"></script>
  <script src="/themes/custom/cfaes/js/osu_navbar.js?s2k1x8"></script>
</body>
</html>
"""
    out = Path(out_dir) / NAME
    out.write_text(html, encoding="utf-8")
    return out

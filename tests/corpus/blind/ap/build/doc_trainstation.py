"""Train Station (train-station.co.uk), free competency framework: cluster page "Personal Effectiveness".

WordPress/Bootstrap page: cookie bar, header, nav, breadcrumb, a levels-overview table (from the site's
"Competency Levels Explanation" page), then per competency an h2, a lead definition, Bootstrap nav-tabs
"Level 1".."Level 4" and tab panes whose behaviours are grouped by skill under h4 headings (h2 -> h4),
a "Related competencies:" line, sidebar, footer, scripts."""
from html import escape

FILE = "trainstation-personal-effectiveness-competencies.html"

LEVEL_OVERVIEW = [
    "A foundation level whose skills and behaviours are relevant to everyone. There is still room to progress within this level, helped by the way the skills are grouped.",
    "Usually expected of experienced individual contributors, leaders and managers, whose actions and decisions directly affect people.",
    "Describes more complex skills and a wider scope: actions and decisions affect more people, over the medium to long term.",
    "Mastery for individual contributors and strategic responsibility for leaders and managers facing volatility, uncertainty, complexity and ambiguity.",
]

COMPETENCIES = [
    {
        "name": "Planning and Organising",
        "key": "po",
        "definition": ("Organising your own work and the work of others so that objectives are met on time, "
                       "to the required standard and within the resources available."),
        "levels": [
            [("Planning", ["Breaks own tasks into manageable steps and estimates how long each will take"]),
             ("Prioritising", ["Works out which of own tasks are most urgent and important and tackles those first"]),
             ("Monitoring", ["Keeps track of own progress and tells the right person early if a deadline is at risk"])],
            [("Planning", ["Plans work for a team or project, identifying the resources, people and dependencies involved"]),
             ("Prioritising", ["Balances competing demands across the team and reallocates work when priorities shift"]),
             ("Monitoring", ["Sets milestones, reviews progress against them and takes corrective action when needed"])],
            [("Planning", ["Builds plans that span several teams or functions and anticipates risks to delivery"]),
             ("Prioritising", ["Agrees priorities with stakeholders and makes trade-offs between competing objectives"]),
             ("Monitoring", ["Puts reporting in place that gives early warning of problems across a programme of work"])],
            [("Planning", ["Translates organisational strategy into long-term plans and resource commitments"]),
             ("Prioritising", ["Decides which initiatives the organisation will start, stop or continue in the light of its strategy"]),
             ("Monitoring", ["Reviews organisational performance against strategic goals and redirects resources where needed"])],
        ],
        "related": ["Delivering Results"],
    },
    {
        "name": "Adaptability",
        "key": "ad",
        "definition": ("Responding positively and effectively to change, uncertainty and new ways of working, "
                       "and helping others to do the same."),
        "levels": [
            [("Responding to change", ["Accepts changes to tasks, processes or priorities and adjusts own approach",
                                       "Stays calm and productive when plans change at short notice"]),
             ("Learning from experience", ["Asks for feedback and uses it to improve own work"])],
            [("Responding to change", ["Helps colleagues understand and adjust to changes that affect the team"]),
             ("Learning from experience", ["Reviews what worked and what did not after a piece of work and shares the lessons"])],
            [("Responding to change", ["Adapts plans and structures quickly when circumstances change across a function"]),
             ("Learning from experience", ["Encourages experimentation and treats setbacks as opportunities to learn"])],
            [("Responding to change", ["Positions the organisation to anticipate and respond to changes in its environment"]),
             ("Learning from experience", ["Builds a culture in which learning from success and failure is part of how the organisation works"])],
        ],
        "related": ["Resilience", "Decision Making"],
    },
]


def comp_html(c):
    tabs = "".join(
        f'          <li class="nav-item" role="presentation"><a class="nav-link{" active" if i == 1 else ""}" '
        f'id="{c["key"]}-l{i}-tab" data-toggle="tab" href="#{c["key"]}-l{i}" role="tab" '
        f'aria-controls="{c["key"]}-l{i}" aria-selected="{"true" if i == 1 else "false"}">Level {i}</a></li>\n'
        for i in range(1, 5))
    panes = []
    for i, groups in enumerate(c["levels"], start=1):
        body = "".join(
            f'            <h4 class="skill">{escape(skill)}</h4>\n            <ul>\n'
            + "".join(f"              <li>{escape(b, quote=False)}</li>\n" for b in items)
            + "            </ul>\n"
            for skill, items in groups)
        panes.append(f'          <div class="tab-pane fade{" show active" if i == 1 else ""}" id="{c["key"]}-l{i}" '
                     f'role="tabpanel" aria-labelledby="{c["key"]}-l{i}-tab">\n{body}          </div>\n')
    related = ", ".join(f'<a href="/competency-framework/{r.lower().replace(" ", "-")}/">{r}</a>' for r in c["related"])
    return f'''      <section class="competency" id="{c['name'].lower().replace(' ', '-')}">
        <h2>{escape(c['name'])}</h2>
        <p class="lead">{escape(c['definition'], quote=False)}</p>
        <ul class="nav nav-tabs" role="tablist">
{tabs}        </ul>
        <div class="tab-content">
{"".join(panes)}        </div>
        <p class="related-competencies"><strong>Related competencies:</strong> {related}</p>
      </section>
'''


def page():
    head_cells = "".join(f"<th scope=\"col\">Level {i}</th>" for i in range(1, 5))
    body_cells = "".join(f"<td>{t}</td>" for t in LEVEL_OVERVIEW)
    comps = "".join(comp_html(c) for c in COMPETENCIES)
    return f'''<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Personal Effectiveness Competencies &#8211; Train Station</title>
<link rel='stylesheet' id='bootstrap-css' href='https://www.train-station.co.uk/wp-content/themes/trainstation/css/bootstrap.min.css?ver=4.6.2' media='all'>
<link rel='stylesheet' id='ts-style-css' href='https://www.train-station.co.uk/wp-content/themes/trainstation/style.css?ver=2.3' media='all'>
<script src='https://www.train-station.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</head>
<body class="page-template page-template-competency page">
<div id="cookie-law-info-bar" style="background:#222;color:#fff;padding:10px 20px;">
  <span>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. <a role="button" class="cli_settings_button">Cookie settings</a> <a role="button" id="cookie_action_close_header" class="cli-plugin-button">ACCEPT</a></span>
</div>
<header class="site-header">
  <div class="container">
    <a class="navbar-brand" href="https://www.train-station.co.uk/"><img src="/wp-content/uploads/2021/03/train-station-logo.png" alt="Train Station"></a>
    <nav class="navbar navbar-expand-lg" aria-label="Primary">
      <ul id="menu-main" class="navbar-nav">
        <li class="menu-item"><a href="/">Home</a></li>
        <li class="menu-item"><a href="/courses/">Courses</a></li>
        <li class="menu-item current-menu-ancestor"><a href="/competency-framework/">Competency Framework</a></li>
        <li class="menu-item"><a href="/resources/">Resources</a></li>
        <li class="menu-item"><a href="/about/">About</a></li>
        <li class="menu-item"><a href="/contact/">Contact</a></li>
      </ul>
    </nav>
  </div>
</header>
<div class="container">
  <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/competency-framework/">Competency Framework</a></li><li class="breadcrumb-item active" aria-current="page">Personal Effectiveness</li></ol></nav>
  <div class="row">
    <main id="primary" class="col-lg-9">
      <h1 class="entry-title">Personal Effectiveness</h1>
      <p>The Personal Effectiveness competencies describe how people manage themselves and their work. Each competency has four levels of increasing capability and scope; select a level to see its behaviours, grouped by skill.</p>
      <p></p>
      <div class="table-responsive">
        <table class="table table-bordered levels-overview">
          <thead><tr>{head_cells}</tr></thead>
          <tbody><tr>{body_cells}</tr></tbody>
        </table>
      </div>
      <p><a href="/competency-levels-explanation/">Read more about the competency levels</a></p>
{comps}      <p class="small text-muted" style="margin-top:30px;">You are free to use and adapt this framework within your own organisation. Please credit Train Station.</p>
    </main>
    <aside class="col-lg-3 widget-area">
      <section class="widget"><h2 class="widget-title">Competency Framework</h2>
        <ul>
          <li><a href="/competency-framework/communication/">Communication</a></li>
          <li class="current"><a href="/competency-framework/personal-effectiveness/">Personal Effectiveness</a></li>
          <li><a href="/competency-framework/working-with-others/">Working with Others</a></li>
          <li><a href="/competency-framework/leading-others/">Leading Others</a></li>
        </ul>
      </section>
      <section class="widget"><h2 class="widget-title">Need help?</h2><p>Call us on 01234 000000 to talk about competency-based training.</p></section>
    </aside>
  </div>
</div>
<footer class="site-footer">
  <div class="container">
    <p>&copy; 2024 Train Station. All rights reserved.</p>
    <ul class="footer-menu"><li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/terms/">Terms</a></li><li><a href="/sitemap/">Sitemap</a></li></ul>
  </div>
</footer>
<script src='https://www.train-station.co.uk/wp-content/themes/trainstation/js/bootstrap.bundle.min.js?ver=4.6.2' id='bootstrap-js'></script>
</body>
</html>
'''


def build(docs_dir):
    (docs_dir / FILE).write_text(page(), encoding="utf-8")
    return docs_dir / FILE

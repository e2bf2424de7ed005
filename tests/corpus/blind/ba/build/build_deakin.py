"""deakin-capability-framework.html: a CMS page (WordPress-style staff blog) with cluster tabs,
capability accordions and, inside each, "Levels" / "Learning guide" tabs; heavy chrome (global header,
utility links, search, breadcrumbs, sidebar, related posts, feedback widget, cookie banner, footer with
acknowledgement of country, CRICOS code, inline JSON config and scripts). Hand-written HTML.
"""
import html
import json

import balib as B

OUT = B.DOCS / "deakin-capability-framework.html"

LEVELS = ["Foundation", "Intermediate", "Advanced", "Expert"]
GUIDE = ["Experience (70%)", "Exposure (20%)", "Education (10%)"]

CAPS = [
    {
        "cluster": "Imagine", "slug": "innovation", "name": "Innovation",
        "descriptor": "Generates and develops new ideas, questions established ways of working and turns "
                      "creative thinking into practical improvements for students, partners and colleagues.",
        "levels": [
            ["Suggests ideas to improve own work and the way the team operates",
             "Is open to trying new tools and approaches"],
            ["Develops ideas into workable proposals and tests them with colleagues and users",
             "Encourages others in the team to contribute and build on ideas",
             "Learns from experiments that do not succeed and shares what was learned"],
            ["Creates the conditions for innovation across a team or area, including time and resources to "
             "trial new approaches",
             "Draws on ideas from other sectors and institutions to solve complex problems"],
            ["Sets a direction that positions the University at the forefront of new practice",
             "Champions innovation at an institutional level and removes barriers to change"],
        ],
        "guide": [
            ["Lead a small pilot of a new process or tool in your area and evaluate the results",
             "Volunteer for a project that is exploring a new service or product"],
            ["Join a design thinking community of practice or hackathon at Deakin",
             "Ask a colleague known for creative problem solving to mentor you"],
            ["Complete the Introduction to Design Thinking module on DeakinLearning"],
        ],
        "reading": "Brown, T. (2009). Change by Design: How Design Thinking Transforms Organizations and "
                   "Inspires Innovation. Harper Business.",
    },
    {
        "cluster": "Improve", "slug": "process-improvement", "name": "Process improvement",
        "descriptor": "Looks for ways to make processes, services and outcomes better, uses evidence to "
                      "guide change and follows improvements through so that the benefits last.",
        "levels": [
            ["Follows agreed processes and points out steps that cause delays or errors",
             "Uses feedback to improve the quality of own work"],
            ["Maps and reviews processes with colleagues to find and remove waste",
             "Uses data to measure whether a change has worked"],
            ["Leads improvement projects that cross team or faculty boundaries",
             "Builds improvement methods into the routine work of the area",
             "Coaches others in improvement tools and techniques"],
            ["Embeds a culture of continuous improvement across the University",
             "Aligns improvement priorities with strategy and resources"],
        ],
        "guide": [
            ["Map one of your team\u2019s processes from start to finish and identify two improvements",
             "Take responsibility for measuring the results of a change in your area"],
            ["Attend a Lean or process improvement showcase run by another faculty or division"],
            ["Complete the Process Improvement Essentials workshop"],
        ],
        "reading": "Kotter, J. P. (2012). Leading Change. Harvard Business Review Press.",
    },
    {
        "cluster": "Inspire", "slug": "collaboration", "name": "Collaboration",
        "descriptor": "Works with others across teams, disciplines and organisations towards shared goals, "
                      "building trust and making the most of different perspectives.",
        "levels": [
            ["Works cooperatively with team members and shares information openly",
             "Offers help to colleagues when they need it"],
            ["Builds effective working relationships beyond own team",
             "Seeks out and values different points of view when solving problems"],
            ["Brings people together across organisational boundaries to deliver shared outcomes",
             "Resolves tensions between groups constructively"],
            ["Builds strategic alliances with external partners that benefit the University",
             "Models collaboration at the most senior levels and rewards it in others"],
        ],
        "guide": [
            ["Take on a role in a cross-faculty or cross-campus project",
             "Organise a joint planning session with a team you depend on"],
            ["Shadow a colleague who manages a partnership with an external organisation"],
            ["Complete the Working Across Boundaries program"],
        ],
        "reading": "Hansen, M. T. (2009). Collaboration: How Leaders Avoid the Traps, Create Unity, and Reap "
                   "Big Results. Harvard Business Press.",
    },
    {
        "cluster": "Influence", "slug": "stakeholder-engagement", "name": "Stakeholder engagement",
        "descriptor": "Identifies the people and groups who have an interest in the work, understands their "
                      "needs and involves them in ways that build support and lasting relationships.",
        "levels": [
            ["Knows who the main stakeholders of own work are and keeps them informed",
             "Responds to stakeholder enquiries courteously and on time"],
            ["Plans how and when to involve stakeholders in a piece of work",
             "Adapts messages to the interests and concerns of different groups"],
            ["Manages complex stakeholder relationships where interests compete",
             "Negotiates outcomes that stakeholders can support"],
            ["Represents the University with government, industry and community leaders",
             "Shapes the external environment in the University\u2019s favour"],
        ],
        "guide": [
            ["Prepare a stakeholder map for a current project and review it with your manager",
             "Lead a consultation with a group affected by a change in your area"],
            ["Observe a senior colleague in a negotiation or high-level stakeholder meeting"],
            ["Complete the Influencing and Negotiation short course"],
        ],
        "reading": "Fisher, R., Ury, W., & Patton, B. (2011). Getting to Yes: Negotiating Agreement Without "
                   "Giving In. Penguin Books.",
    },
]

CLUSTER_DESC = {
    "Imagine": "Capabilities that help us see what could be and create it.",
    "Improve": "Capabilities that help us do things better every day.",
    "Inspire": "Capabilities that help us bring out the best in ourselves and others.",
    "Influence": "Capabilities that help us build support and shape outcomes.",
}

e = html.escape


def capability(c):
    s = c["slug"]
    out = [f'<div class="dcf-accordion__item" id="item-{s}">',
           f'<h3 class="dcf-accordion__heading"><button class="dcf-accordion__trigger" type="button" '
           f'aria-expanded="false" aria-controls="panel-{s}" data-ga-event="capability-open">{e(c["name"])}'
           '<span class="dcf-icon dcf-icon--chevron" aria-hidden="true"></span></button></h3>',
           f'<div class="dcf-accordion__panel" id="panel-{s}" role="region" hidden>',
           f'<p class="dcf-descriptor">{e(c["descriptor"])}</p>',
           f'<div class="dcf-tabs" data-tabs><ul class="dcf-tabs__list" role="tablist">'
           f'<li role="presentation"><a role="tab" id="tab-{s}-levels" href="#{s}-levels" aria-selected="true">Levels</a></li>'
           f'<li role="presentation"><a role="tab" id="tab-{s}-guide" href="#{s}-guide" aria-selected="false">Learning guide</a></li>'
           '</ul>',
           f'<div class="dcf-tabs__panel" id="{s}-levels" role="tabpanel" aria-labelledby="tab-{s}-levels">']
    for lab, items in zip(LEVELS, c["levels"]):
        out.append(f'<div class="dcf-level dcf-level--{lab.lower()}"><h4 class="dcf-level__title">{lab}</h4><ul>')
        out += [f'<li>{e(t)}</li>' for t in items]
        out.append('</ul></div>')
    out.append('</div>')
    out.append(f'<div class="dcf-tabs__panel" id="{s}-guide" role="tabpanel" aria-labelledby="tab-{s}-guide" hidden>')
    for lab, items in zip(GUIDE, c["guide"]):
        out.append(f'<h4 class="dcf-guide__title">{e(lab)}</h4><ul class="dcf-guide__list">')
        out += [f'<li>{e(t)}</li>' for t in items]
        out.append('</ul>')
    out.append('<h4 class="dcf-guide__title">Read</h4><ul class="dcf-guide__list dcf-guide__list--reading">'
               f'<li>{e(c["reading"])}</li></ul>')
    out.append('</div></div></div></div>')
    return "\n".join(out)


def page():
    cfg = {"site": "staff-development-hub", "post_id": 4127, "capabilities": {
        cl: [c["name"] for c in CAPS if c["cluster"] == cl] for cl in CLUSTER_DESC},
        "levels": LEVELS, "ga": "UA-1234567-8"}
    tabs = []
    panels = []
    for i, (cl, desc) in enumerate(CLUSTER_DESC.items()):
        sel = "true" if i == 0 else "false"
        tabs.append(f'<li role="presentation"><a role="tab" id="cluster-tab-{cl.lower()}" '
                    f'href="#cluster-{cl.lower()}" aria-selected="{sel}">{cl}</a></li>')
        caps = "\n".join(capability(c) for c in CAPS if c["cluster"] == cl)
        hidden = "" if i == 0 else " hidden"
        panels.append(f'<section class="dcf-cluster" id="cluster-{cl.lower()}" role="tabpanel" '
                      f'aria-labelledby="cluster-tab-{cl.lower()}"{hidden}>\n<h2 class="dcf-cluster__title">{cl}</h2>\n'
                      f'<p class="dcf-cluster__intro">{e(desc)}</p>\n<div class="dcf-accordion">\n{caps}\n</div>\n</section>')
    return TEMPLATE.format(config=json.dumps(cfg), tabs="\n".join(tabs), panels="\n".join(panels))


TEMPLATE = """<!DOCTYPE html>
<html lang="en-AU" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Deakin Capability Framework | Staff Development Hub</title>
<link rel="stylesheet" id="deakin-global-css" href="https://blogs.deakin.edu.au/wp-content/themes/deakin/css/global.min.css?ver=5.2.1" type="text/css" media="all">
<link rel="stylesheet" id="dcf-css" href="https://blogs.deakin.edu.au/wp-content/plugins/dcf-accordion/dcf.css?ver=1.4" type="text/css" media="all">
<link rel="canonical" href="https://blogs.deakin.edu.au/staff-development-hub/capabilityframework/">
<meta property="og:title" content="Deakin Capability Framework">
<meta property="og:site_name" content="Staff Development Hub">
<script>document.documentElement.className = document.documentElement.className.replace('no-js','js');</script>
<script type="text/javascript">
/* <![CDATA[ */
var dcfConfig = {config};
/* ]]> */
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-1234567-8"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-1234567-8');</script>
</head>
<body class="post-template-default single single-post postid-4127 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="cookie-notice" role="dialog" aria-live="polite">
  <p>We use cookies to improve your experience of this site. By continuing to browse you agree to our use of cookies. <a href="https://www.deakin.edu.au/footer/privacy">Learn more</a></p>
  <button type="button" class="cookie-notice__accept">Accept</button>
</div>
<header class="site-header" role="banner">
  <div class="utility-bar">
    <ul class="utility-bar__links">
      <li><a href="https://www.deakin.edu.au/">Deakin home</a></li>
      <li><a href="https://www.deakin.edu.au/staff">Staff</a></li>
      <li><a href="https://www.deakin.edu.au/library">Library</a></li>
      <li><a href="https://www.deakin.edu.au/contact">Contact us</a></li>
    </ul>
  </div>
  <div class="site-header__brand">
    <a href="https://www.deakin.edu.au/" class="logo"><img src="https://blogs.deakin.edu.au/wp-content/themes/deakin/img/deakin-logo.svg" alt="Deakin University"></a>
    <p class="site-title"><a href="https://blogs.deakin.edu.au/staff-development-hub/">Staff Development Hub</a></p>
    <p class="site-description">Learning and development for Deakin people</p>
  </div>
  <form role="search" method="get" class="search-form" action="https://blogs.deakin.edu.au/staff-development-hub/">
    <label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search this blog" name="s"></label>
    <button type="submit" class="search-submit">Search</button>
  </form>
  <nav class="main-navigation" aria-label="Primary">
    <ul id="primary-menu" class="menu">
      <li class="menu-item"><a href="https://blogs.deakin.edu.au/staff-development-hub/">Home</a></li>
      <li class="menu-item current-menu-item"><a href="https://blogs.deakin.edu.au/staff-development-hub/capabilityframework/">Capability Framework</a></li>
      <li class="menu-item"><a href="https://blogs.deakin.edu.au/staff-development-hub/category/programs/">Programs</a></li>
      <li class="menu-item"><a href="https://blogs.deakin.edu.au/staff-development-hub/category/leadership/">Leadership</a></li>
      <li class="menu-item"><a href="https://blogs.deakin.edu.au/staff-development-hub/category/deakinachieve/">DeakinAchieve</a></li>
      <li class="menu-item"><a href="https://blogs.deakin.edu.au/staff-development-hub/contact/">Contact</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol><li><a href="https://www.deakin.edu.au/">Deakin</a></li><li><a href="https://blogs.deakin.edu.au/staff-development-hub/">Staff Development Hub</a></li><li aria-current="page">Deakin Capability Framework</li></ol>
</nav>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-4127" class="post-4127 post type-post status-publish">
<header class="entry-header">
  <h1 class="entry-title">Deakin Capability Framework</h1>
  <div class="entry-meta"><span class="posted-on">Posted on <time datetime="2020-03-02T09:15:00+11:00">2 March 2020</time></span> <span class="byline">by <a href="https://blogs.deakin.edu.au/staff-development-hub/author/hrd/">Human Resources Division</a></span></div>
</header>
<div class="entry-content">
<h2>What is a capability framework?</h2>
<p>Our capability framework describes the behaviours, skills, knowledge and attributes that lead to successful performance at Deakin, now and in the future. It gives us a common language to use in DeakinAchieve conversations.</p>
<h2>Why do we need one?</h2>
<p>The framework sets out the future-focused capabilities that will help the University keep delivering strong results, innovation and an outstanding contribution to our communities.</p>
<h2>Where can I use it?</h2>
<ul>
<li>To identify the capabilities needed in your position, across your team and within your function</li>
<li>To clarify expectations and support performance, development and career planning</li>
<li>To guide organisational, structural and role design</li>
</ul>
<p>There are twenty capabilities, grouped into four clusters: Imagine, Improve, Inspire and Influence. Each capability is described at four levels of expertise \u2013 Foundation, Intermediate, Advanced and Expert. Choose a cluster below, then open a capability to see its levels and a learning guide. Selected capabilities are shown here; all twenty are in the <a href="https://blogs.deakin.edu.au/staff-development-hub/wp-content/uploads/sites/12/2020/03/Deakin-Capability-Framework.pdf">print version of the framework (PDF 1.2 MB)</a>.</p>
<ol class="dcf-steps">
<li>Read the descriptor of each capability.</li>
<li>Pick up to six capabilities that are essential for the role.</li>
<li>Decide the level of expertise the role needs for each one.</li>
<li>Use the learning guide to plan development with your manager.</li>
</ol>
<div class="dcf" id="dcf">
<ul class="dcf-clusters" role="tablist">
{tabs}
</ul>
{panels}
</div>
<div class="dcf-feedback" aria-label="Page feedback">
  <p>Was this page helpful?</p>
  <button type="button" data-feedback="yes">Yes</button> <button type="button" data-feedback="no">No</button>
</div>
</div>
<footer class="entry-footer">
  <span class="cat-links">Posted in <a href="https://blogs.deakin.edu.au/staff-development-hub/category/capability/" rel="category tag">Capability</a>, <a href="https://blogs.deakin.edu.au/staff-development-hub/category/deakinachieve/" rel="category tag">DeakinAchieve</a></span>
  <span class="tags-links">Tagged <a href="https://blogs.deakin.edu.au/staff-development-hub/tag/capability-framework/" rel="tag">capability framework</a>, <a href="https://blogs.deakin.edu.au/staff-development-hub/tag/career-development/" rel="tag">career development</a></span>
</footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts">
  <div class="nav-links"><div class="nav-previous"><a href="https://blogs.deakin.edu.au/staff-development-hub/deakinachieve-conversations/" rel="prev">Previous: Preparing for your DeakinAchieve conversation</a></div><div class="nav-next"><a href="https://blogs.deakin.edu.au/staff-development-hub/leading-teams-program-2020/" rel="next">Next: Leading Teams program 2020 \u2013 applications open</a></div></div>
</nav>
</main>
<aside id="secondary" class="widget-area" aria-label="Sidebar">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2>
    <ul>
      <li><a href="https://blogs.deakin.edu.au/staff-development-hub/leading-teams-program-2020/">Leading Teams program 2020 \u2013 applications open</a></li>
      <li><a href="https://blogs.deakin.edu.au/staff-development-hub/mentoring-at-deakin/">Mentoring at Deakin</a></li>
      <li><a href="https://blogs.deakin.edu.au/staff-development-hub/linkedin-learning/">LinkedIn Learning now available to all staff</a></li>
    </ul>
  </section>
  <section class="widget widget_categories"><h2 class="widget-title">Categories</h2>
    <ul>
      <li class="cat-item"><a href="https://blogs.deakin.edu.au/staff-development-hub/category/capability/">Capability</a> (6)</li>
      <li class="cat-item"><a href="https://blogs.deakin.edu.au/staff-development-hub/category/deakinachieve/">DeakinAchieve</a> (11)</li>
      <li class="cat-item"><a href="https://blogs.deakin.edu.au/staff-development-hub/category/leadership/">Leadership</a> (9)</li>
      <li class="cat-item"><a href="https://blogs.deakin.edu.au/staff-development-hub/category/programs/">Programs</a> (14)</li>
    </ul>
  </section>
</aside>
</div>
<footer class="site-footer" role="contentinfo">
  <div class="site-footer__ack"><p>Deakin University acknowledges the Traditional Custodians of the unceded lands and waterways on which our campuses, sites and research stations stand. We pay our deep respect to the Ancestors and Elders of Wadawurrung Country, Eastern Maar Country and Wurundjeri Country where our physical campuses are located.</p></div>
  <ul class="site-footer__links">
    <li><a href="https://www.deakin.edu.au/footer/copyright">Copyright</a></li>
    <li><a href="https://www.deakin.edu.au/footer/disclaimer">Disclaimer</a></li>
    <li><a href="https://www.deakin.edu.au/footer/privacy">Privacy</a></li>
    <li><a href="https://www.deakin.edu.au/about-deakin/accessibility">Accessibility</a></li>
  </ul>
  <p class="site-footer__legal">Deakin University CRICOS Provider Code: 00113B \u00b7 &copy; 2020 Deakin University</p>
</footer>
<script type="text/javascript" src="https://blogs.deakin.edu.au/wp-includes/js/jquery/jquery.min.js?ver=3.5.1" id="jquery-core-js"></script>
<script type="text/javascript" src="https://blogs.deakin.edu.au/wp-content/plugins/dcf-accordion/dcf.js?ver=1.4" id="dcf-js"></script>
<script>
jQuery(function($){{
  $('.dcf-accordion__trigger').on('click', function(){{
    var open = $(this).attr('aria-expanded') === 'true';
    $(this).attr('aria-expanded', !open);
    $('#' + $(this).attr('aria-controls')).prop('hidden', open);
  }});
  $('[role=tab]').on('click', function(ev){{
    ev.preventDefault();
    var list = $(this).closest('[role=tablist]');
    list.find('[role=tab]').attr('aria-selected', 'false');
    $(this).attr('aria-selected', 'true');
    $($(this).attr('href')).prop('hidden', false).siblings('[role=tabpanel]').prop('hidden', true);
  }});
  $('.cookie-notice__accept').on('click', function(){{ $('#cookie-notice').remove(); }});
}});
</script>
<script type="text/javascript" src="https://blogs.deakin.edu.au/wp-includes/js/wp-embed.min.js?ver=5.4" id="wp-embed-js"></script>
</body>
</html>
"""


def build():
    OUT.write_text(page(), encoding="utf-8")
    return OUT


if __name__ == "__main__":
    print(build())

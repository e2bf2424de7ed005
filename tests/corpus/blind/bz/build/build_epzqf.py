"""EAZA / EPZQF (zookeepers.eu): framework topic page "1.3 Management" (WordPress page saved as HTML).

Layout of the real page (zookeepers.eu/framework/area-1-transversal-skills/1-3-management/): H1 topic, intro
paragraph ending "In particular, they should develop competencies in the following areas:", a bullet list
"Name: zookeepers ..." (one bullet per competence, the first with "(level 2 and 3 only)"), then a table whose
header row reads "Zookeepers working at Competent level can:" / "... Proficient level can:" / "... Expert level
can:" and whose rows are the numbered competences "1.3.1 Recruitment" ... with "n/a" where a level does not
apply and several statements per cell. Wording reworded; cell statements partly ours (the stored copy was cut
after the Recruitment row).
"""
import bzlib as L

STEM = "epzqf-management"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "1.3 Management"

INTRO = ("As zookeepers move on in their careers they may be asked to recruit people and then to manage small "
         "teams. Doing this well is vital for the smooth running of their organisations and for getting the best "
         "out of their team. In particular, they should develop competencies in the following areas:")
COMPS = [
    ("1.3.1", "Recruitment",
     "zookeepers recruit, select and keep colleagues who support the performance of their organisation "
     "(level 2 and 3 only).",
     None,
     ["Take part in recruitment and selection as agreed, helping to keep the process fair, consistent and "
      "effective (e.g. by contributing to job descriptions or person specifications, reviewing applications, "
      "or giving feedback on applicants at assessments, etc.)",
      "Deliver existing induction and support programmes for new colleagues",
      "Show awareness of their institution\u2019s HR legislation and/or recruitment policies"],
     ["Review regularly the work needed in their area of responsibility, spotting any shortfall in the number "
      "of colleagues and/or in the available skills, knowledge, understanding and experience",
      "Consult others to agree the stages of recruitment and selection for identified vacancies, the methods "
      "to be used, the timings and who will be involved",
      "Make sure that applicants offered positions are likely to perform effectively and to work well with "
      "their new colleagues",
      "Evaluate how successful recent recruitments have been"]),
    ("1.3.2", "Team Management",
     "zookeepers manage the performance of a small team of people.",
     ["Complete the tasks allocated by their team leader to the agreed standard and time",
      "Share information about animals and daily routines with colleagues at handovers"],
     ["Allocate daily tasks fairly, taking account of each team member\u2019s skills and workload",
      "Monitor the work of team members and give them clear, timely feedback",
      "Deal with minor problems within the team before they affect animal care"],
     ["Agree performance objectives with each team member and review progress with them regularly",
      "Identify the development needs of the team and plan how they will be met",
      "Take appropriate action when performance or conduct does not meet the expected standard"]),
    ("1.3.3", "Setting and Achieving Objectives",
     "zookeepers understand how their work fits within their organisation\u2019s plan and develop appropriate "
     "objectives to meet strategic goals (including mission and masterplan).",
     ["Explain how their daily work contributes to the mission of their zoo",
      "Work towards the objectives set for them and report progress when asked"],
     ["Set realistic objectives for their own work and for a section in line with the collection plan",
      "Check progress against objectives and adjust plans when circumstances change"],
     ["Contribute to the development of the zoo\u2019s strategic plans, including its mission and masterplan",
      "Translate strategic goals into measurable objectives for teams and sections",
      "Evaluate whether objectives have been achieved and report the results to senior management"]),
]
LEVELS = ["Competent", "Proficient", "Expert"]


def cell(statements):
    if statements is None:
        return "<td>n/a</td>"
    return "<td>" + "".join(f"<p>{L.esc(s)}</p>" for s in statements) + "</td>"


def render():
    bullets = "\n".join(f"<li><strong>{L.esc(name)}:</strong> {L.esc(d)}</li>" for _, name, d, *_ in COMPS)
    head = "".join(f"<th>Zookeepers working at {lv} level can:</th>" for lv in LEVELS)
    rows = "\n".join(
        f"<tr><td><strong>{num} {L.esc(name)}</strong></td>{cell(a)}{cell(b)}{cell(c)}</tr>"
        for num, name, _, a, b, c in COMPS)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>1.3 Management &#8211; EPZQF</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="EPZQF &raquo; Feed" href="https://www.zookeepers.eu/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.zookeepers.eu/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.zookeepers.eu/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' type='text/css' media='all' />
<link rel='stylesheet' id='tablepress-default-css' href='https://www.zookeepers.eu/wp-content/plugins/tablepress/css/build/default.css?ver=2.2.5' type='text/css' media='all' />
<script type="text/javascript" src="https://www.zookeepers.eu/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://www.zookeepers.eu/wp-json/" /><link rel="alternate" type="application/json" href="https://www.zookeepers.eu/wp-json/wp/v2/pages/412" />
<link rel="canonical" href="https://www.zookeepers.eu/framework/area-1-transversal-skills/1-3-management/" />
</head>
<body class="page-template-default page page-id-412 page-child parent-pageid-118 wp-custom-logo ast-page-builder-template">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header" id="masthead" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
  <div class="site-branding">
    <a href="https://www.zookeepers.eu/" class="custom-logo-link" rel="home"><img width="240" height="80" src="https://www.zookeepers.eu/wp-content/uploads/2019/03/EPZQF-logo.png" class="custom-logo" alt="EPZQF" decoding="async" /></a>
    <p class="site-title"><a href="https://www.zookeepers.eu/" rel="home">European Professional Zookeeper Qualification Framework</a></p>
  </div>
  <nav class="main-header-bar-navigation" aria-label="Site Navigation">
    <ul id="primary-menu" class="main-header-menu">
      <li class="menu-item"><a href="https://www.zookeepers.eu/">Home</a></li>
      <li class="menu-item current-menu-ancestor"><a href="https://www.zookeepers.eu/framework/">Framework</a></li>
      <li class="menu-item"><a href="https://www.zookeepers.eu/resources/guidance-section/">Guidance Section</a></li>
      <li class="menu-item"><a href="https://www.zookeepers.eu/resources/paths-to-fulfilment/">Paths to Fulfilment</a></li>
      <li class="menu-item"><a href="https://www.zookeepers.eu/about/">About</a></li>
      <li class="menu-item"><a href="https://www.zookeepers.eu/partners/">Partners</a></li>
      <li class="menu-item"><a href="https://www.zookeepers.eu/contact/">Contact</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content">
<div class="ast-container">
<div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><div class="ast-breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="https://www.zookeepers.eu/" rel="home"><span>Home</span></a></li><li class="trail-item"><a href="https://www.zookeepers.eu/framework/"><span>Framework</span></a></li><li class="trail-item"><a href="https://www.zookeepers.eu/framework/area-1-transversal-skills/"><span>Area 1: Transversal Skills</span></a></li><li class="trail-item trail-end"><span>1.3 Management</span></li></ul></div></nav></div>
<main id="main" class="site-main">
<article class="post-412 page type-page status-publish ast-article-single" id="post-412">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{TITLE}</h1></header>
<div class="entry-content clear" itemprop="text">
<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><p><em>The framework is currently undergoing revisions; content is likely to change in the next few months. Please check back regularly for updates. Refer to the <a href="https://www.zookeepers.eu/resources/guidance-section/">Guidance Section</a> for information on how this framework can be used.</em></p></div>
<p>{L.esc(INTRO)}</p>
<ul>
{bullets}
</ul>
<figure class="wp-block-table"><table class="has-fixed-layout">
<thead><tr><th></th>{head}</tr></thead>
<tbody>
{rows}
</tbody>
</table></figure>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://www.zookeepers.eu/framework/area-1-transversal-skills/1-2-working-with-others/">&laquo; 1.2 Working with Others</a></div><div class="wp-block-button"><a class="wp-block-button__link" href="https://www.zookeepers.eu/framework/area-1-transversal-skills/1-4-communication-skills/">1.4 Communication Skills &raquo;</a></div></div>
</div>
</article>
</main>
</div>
</div>
</div>
<footer class="site-footer" id="colophon" itemscope="itemscope" itemtype="https://schema.org/WPFooter">
  <div class="footer-widget-area">
    <p><img src="https://www.zookeepers.eu/wp-content/uploads/2019/03/erasmus-plus-logo.png" alt="Co-funded by the Erasmus+ Programme of the European Union" width="200" height="57" /></p>
    <p>This project has been funded with support from the European Commission. This website reflects the views only of the authors, and the Commission cannot be held responsible for any use which may be made of the information contained therein.</p>
    <p>Project partners: EAZA &middot; Zoo Wroc&#322;aw &middot; Zagreb Zoo &middot; Lithuanian Zoo &middot; Chester Zoo</p>
  </div>
  <div class="ast-small-footer"><div class="ast-footer-copyright"><p>Copyright &copy; 2025 EPZQF | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></p></div></div>
</footer>
</div>
<script type="text/javascript" id="astra-theme-js-js-extra">
/* <![CDATA[ */
var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1"}};
/* ]]> */
</script>
<script type="text/javascript" src="https://www.zookeepers.eu/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body>
</html>
"""


def main():
    OUT.write_text(render(), encoding="utf-8")
    g = L.Gold(STEM)
    for num, name, d, *cells in COMPS:
        levels = [g.level(r + 1, LEVELS[r], st) for r, st in enumerate(cells) if st is not None]
        g.comp(name, d, levels=levels)
    g.write(OUT, "html", TITLE)
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()

"""Australian Public Service Commission, Integrated Leadership System (ILS) APS 1-6 comparative: HTML.

apsc.gov.au page chrome (skip links, Australian Government crest, search, main menu, breadcrumb, "Published" /
"Last updated", "Share this page", feedback form, acknowledgement of country, footer, gtag/Drupal scripts); two
capabilities, each an <h2> and a data table: APS 1 ... APS 6 as <th scope="col">, behaviour rows as
<th scope="row">, one paragraph per cell, identical cells merged with colspan across adjacent levels.
"""
import html as _h

import helpers as H

STEM = "apsc-ils-aps-1-6-comparative"
TITLE = "Integrated Leadership System (ILS) APS 1-6 comparative"
LEVELS = [f"APS {i}" for i in range(1, 7)]

# each row: (row heading, [(colspan, text), ...]) with colspans summing to 6
CAPABILITIES = [
    ("Supports strategic direction", [
        ("Supports shared purpose and direction", [
            (2, "Understands and supports the organisation\u2019s vision, mission and business objectives. Follows "
                "the direction set by the supervisor. Sees how own work contributes to team goals and understands "
                "the reasons behind decisions."),
            (1, "Understands and supports the organisation\u2019s vision, mission and business objectives. Follows "
                "the direction set by the supervisor. Sees how own work contributes to organisational goals and "
                "understands the reasons behind decisions and recommendations."),
            (1, "Understands and supports the organisation\u2019s vision, mission and business objectives. Passes on "
                "and follows the direction set by the supervisor. Recognises how own work contributes to "
                "organisational goals."),
            (1, "Understands and supports the organisation\u2019s vision, mission and business objectives. Links "
                "operational tasks to organisational goals and talks with others about the purpose of their work. "
                "Explains the reasons for decisions and recommendations to others."),
            (1, "Understands, supports and promotes the organisation\u2019s vision, mission and business objectives. "
                "Links operational tasks to organisational goals and communicates goals and objectives clearly to "
                "others. Explains and supports the reasons for decisions and recommendations."),
        ]),
        ("Thinks strategically", [
            (1, "Understands the work environment and pays attention to the tasks at hand. Notices how own work "
                "affects others in the team."),
            (1, "Understands the work environment and the priorities of the team. Considers how own work affects "
                "others in the team and beyond."),
            (1, "Understands the work environment and the wider organisation. Identifies issues that may affect own "
                "work and raises them with the supervisor."),
            (2, "Understands the objectives of the work area and how they link to the wider organisation. Thinks "
                "about the longer-term consequences of own work and identifies likely problems before they arise."),
            (1, "Understands the organisation\u2019s objectives and lines up team activities with them. Takes into "
                "account the broader effects of issues and the long-term impact of own work and that of the team."),
        ]),
        ("Harnesses information and opportunities", [
            (3, "Collects and records information accurately, using established sources and procedures. Asks "
                "questions to clarify information and passes relevant material to others."),
            (1, "Gathers information from several sources and checks it for relevance and accuracy. Identifies gaps "
                "in information and seeks to fill them."),
            (1, "Gathers and investigates information from a variety of sources and explores new ideas. Examines "
                "information critically and identifies key issues and gaps."),
            (1, "Draws on a wide range of information sources and explores different viewpoints. Tests information "
                "for critical gaps and keeps watch on the context in which the organisation operates."),
        ]),
    ]),
    ("Achieves results", [
        ("Identifies and uses resources wisely", [
            (2, "Completes tasks efficiently with the resources provided. Follows procedures for ordering and using "
                "equipment and materials."),
            (1, "Plans own work to make good use of time and resources. Identifies where resources could be used "
                "more efficiently."),
            (1, "Plans and prioritises the work of self and others to make efficient use of resources. Monitors the "
                "use of resources and reports problems."),
            (1, "Reviews the resources needed for projects and allocates them to meet priorities. Seeks ways of "
                "improving efficiency in the team."),
            (1, "Identifies the resources needed to deliver team objectives and manages them within budget. Looks "
                "for and acts on opportunities to improve the way resources are used."),
        ]),
        ("Applies and builds professional expertise", [
            (1, "Learns the skills needed for the job and applies them under supervision. Asks for help when "
                "unsure."),
            (1, "Applies job knowledge and skills to complete tasks with growing independence. Shares knowledge "
                "with new team members."),
            (1, "Applies technical knowledge and expertise to a range of tasks. Keeps skills up to date and helps "
                "others to learn."),
            (3, "Values specialist expertise, applies it and keeps it current. Contributes own knowledge to the work "
                "of the team and supports the professional development of colleagues."),
        ]),
        ("Responds positively to change", [
            (3, "Accepts changes in work practices and adapts own work accordingly. Asks questions to understand the "
                "reasons for change."),
            (3, "Remains flexible and adjusts plans in response to changing requirements. Helps colleagues to adapt "
                "to change and identifies the opportunities it creates."),
        ]),
    ]),
]

HEAD = """<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Integrated Leadership System (ILS) APS 1-6 comparative | Australian Public Service Commission</title>
<link rel="canonical" href="https://www.apsc.gov.au/working-aps/aps-employees-and-managers/classifications/integrated-leadership-system-ils/ils-resources-profiles-comparatives-and-self-assessment/integrated-leadership-system-ils-aps-1-6-comparative">
<meta name="description" content="Comparative view of the ILS capabilities and behaviours for APS 1 to APS 6 levels.">
<link rel="stylesheet" media="all" href="/themes/custom/apsc/dist/css/styles.css?s8k2lq">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q2P3JTC1R"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7Q2P3JTC1R');</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4127","currentLanguage":"en"},"ajaxTrustedUrl":{"\\/search":true}}</script>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header" role="banner">
  <div class="header__top container">
    <a href="/" title="Home" rel="home" class="site-logo"><img src="/themes/custom/apsc/logo.svg" alt="Australian Government - Australian Public Service Commission"></a>
    <form class="search-form" action="/search" method="get" role="search">
      <label for="edit-keys" class="visually-hidden">Search</label>
      <input type="search" id="edit-keys" name="keys" placeholder="Search this site">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-menu" aria-label="Main navigation">
    <ul class="menu">
      <li class="menu-item"><a href="/working-aps">Working in the APS</a></li>
      <li class="menu-item"><a href="/aps-reform">APS Reform</a></li>
      <li class="menu-item"><a href="/initiatives-and-programs">Initiatives and programs</a></li>
      <li class="menu-item"><a href="/publications-and-media">Publications and media</a></li>
      <li class="menu-item"><a href="/about-us">About us</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumb-wrapper container">
  <nav class="breadcrumb" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/working-aps">Working in the APS</a></li>
      <li><a href="/working-aps/aps-employees-and-managers">APS employees and managers</a></li>
      <li><a href="/working-aps/aps-employees-and-managers/classifications">Classifications</a></li>
      <li><a href="/working-aps/aps-employees-and-managers/classifications/integrated-leadership-system-ils">Integrated Leadership System (ILS)</a></li>
      <li>ILS resources: profiles, comparatives and self assessment</li>
    </ol>
  </nav>
</div>
<main id="main-content" role="main" class="container">
<div class="layout-sidebar">
  <nav class="sidebar-menu" aria-label="In this section">
    <h2 class="sidebar-menu__title">Integrated Leadership System (ILS)</h2>
    <ul>
      <li><a href="/working-aps/aps-employees-and-managers/classifications/integrated-leadership-system-ils/ils-guide-aps-1-6-employees">ILS guide for APS 1-6 employees</a></li>
      <li><a href="/working-aps/aps-employees-and-managers/classifications/integrated-leadership-system-ils/ils-guide-executive-level">ILS guide for Executive Level employees</a></li>
      <li class="is-active"><a href="#">ILS resources: profiles, comparatives and self assessment</a></li>
      <li><a href="/working-aps/aps-employees-and-managers/classifications/work-level-standards">APS Work Level Standards</a></li>
    </ul>
  </nav>
</div>
<article class="node node--type-page">
<h1 class="page-title"><span>Integrated Leadership System (ILS) APS 1-6 comparative</span></h1>
<div class="node__meta">
  <dl class="meta-dates">
    <dt>Published</dt><dd><time datetime="2018-07-09T12:00:00Z">9 July 2018</time></dd>
    <dt>Last updated</dt><dd><time datetime="2021-11-24T12:00:00Z">24 November 2021</time></dd>
  </dl>
</div>
<div class="node__content field--name-body">
<p>The comparative below sets out the ILS capabilities and behaviours for each APS classification from APS 1 to APS 6, so that the increase in complexity from one level to the next can be seen side by side. Where the expected behaviour is the same for two or more levels, it is shown once across those levels.</p>
"""

FOOT = """</div>
<div class="share-this-page">
  <h2 class="visually-hidden">Share this page</h2>
  <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.apsc.gov.au%2F" class="share share--facebook">Facebook</a>
  <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.apsc.gov.au%2F" class="share share--linkedin">LinkedIn</a>
  <a href="mailto:?subject=Integrated%20Leadership%20System" class="share share--email">Email</a>
  <button type="button" class="share share--print" onclick="window.print()">Print</button>
</div>
</article>
</main>
<section class="feedback container" aria-labelledby="feedback-title">
  <h2 id="feedback-title">Was this page helpful?</h2>
  <form class="webform-submission-form" action="/webform/page_feedback" method="post">
    <button type="submit" name="helpful" value="yes">Yes</button>
    <button type="submit" name="helpful" value="no">No</button>
  </form>
</section>
<footer class="footer" role="contentinfo">
  <div class="footer__acknowledgement container">
    <p>The Australian Public Service Commission acknowledges the Traditional Custodians of Country throughout Australia and their continuing connection to land, waters and community. We pay our respects to them, their cultures and Elders past and present.</p>
  </div>
  <div class="footer__links container">
    <ul class="menu">
      <li><a href="/contact-us">Contact us</a></li>
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/copyright">Copyright</a></li>
      <li><a href="/disclaimer">Disclaimer</a></li>
      <li><a href="/privacy">Privacy</a></li>
      <li><a href="/freedom-information">Freedom of information</a></li>
    </ul>
    <p class="copyright">&copy; Commonwealth of Australia</p>
  </div>
</footer>
</div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
<script src="/core/misc/drupal.js?v=9.5.11"></script>
<script src="/themes/custom/apsc/dist/js/main.js?s8k2lq"></script>
</body>
</html>
"""


def table(rows, caption):
    out = [f'<div class="table-responsive"><table class="table table--comparative">',
           f'<caption class="visually-hidden">{_h.escape(caption)} behaviours by APS level</caption>',
           '<thead><tr><td></td>' + "".join(f'<th scope="col">{lv}</th>' for lv in LEVELS) + '</tr></thead>',
           '<tbody>']
    for heading, cells in rows:
        assert sum(c for c, _ in cells) == 6, heading
        tr = f'<tr><th scope="row">{_h.escape(heading)}</th>'
        for span, text in cells:
            attr = f' colspan="{span}"' if span > 1 else ""
            tr += f'<td{attr}>{_h.escape(text, quote=False)}</td>'
        out.append(tr + '</tr>')
    out.append('</tbody></table></div>')
    return "\n".join(out)


def build():
    body = []
    for cap, rows in CAPABILITIES:
        body.append(f'<h2>{cap}</h2>')
        body.append(table(rows, cap))
    out = H.DOCS / f"{STEM}.html"
    out.write_text(HEAD + "\n".join(body) + "\n" + FOOT, encoding="utf-8")

    comps = []
    for cap, rows in CAPABILITIES:
        per_level = {i: [] for i in range(1, 7)}
        for heading, cells in rows:
            col = 1
            for span, text in cells:
                for lv in range(col, col + span):
                    per_level[lv].append(H.item(STEM, text, heading))
                col += span
        comps.append(H.competency(STEM, cap, levels=[H.level(i, f"APS {i}", per_level[i]) for i in range(1, 7)]))
    H.write_gold(out, "html", TITLE, comps)


if __name__ == "__main__":
    build()

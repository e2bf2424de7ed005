"""UC Davis Work Life and Wellness / Career Compass: Core Competencies (excerpt: 3 of 11).

Hand-written HTML in the SiteFarm (Drupal) style of ucdavis.edu sites: header, primary nav,
breadcrumbs, sidebar, footer, scripts. The two levels (operational / mastery) are explained once
in the intro. Per competency: numbered h3 ("1. Communication"), definition paragraph, then ONE
<ul> whose items alternate: a label item ("Behavioral Indicators – Operational level") and an item
that only holds a nested <ul> of indicators, each of which starts with a TYPED "•" and spaces (as
the published page does, pasted from Word).
"""
import lib

STEM = "ucdavis-core-competencies"
g = lib.G(STEM)
TITLE = "Core Competencies | Work Life and Wellness"
LABELS = ["Behavioral Indicators – Operational level", "Behavioral Indicators – Mastery level"]

COMPS = [
    (1, "Communication",
     "Exchanges information with the people and groups it serves, using oral, written and "
     "interpersonal communication skills.", None,
     [["Builds and keeps effective working relationships with customers and colleagues",
       "Takes in information in order to seek out and understand differing perspectives",
       "Uses interpersonal skills to build cooperative relationships",
       "Accepts feedback and learns from it",
       "Adapts and presents information for diverse audiences through a variety of channels "
       "(e.g., written, electronic, oral, interpersonal)",
       "Writes clearly and concisely",
       "Uses negotiation and mediation skills"],
      ["Draws on working relationships with customers and colleagues to build strong "
       "connections, cooperation and collaboration",
       "Actively looks for the perspectives of others to ensure inclusiveness and understanding",
       "Models interpersonal communication that invites participation and continued dialogue",
       "Invites feedback and weighs it when considering personal or organizational change",
       "Adapts and delivers high-level presentations for diverse audiences through a variety of "
       "channels (e.g., written, electronic, oral, interpersonal)",
       "Produces written communication with impact; improves the writing of others through "
       "editing and feedback",
       "Helps manage differences by addressing them openly and encouraging resolutions that "
       "benefit everyone"]]),
    (2, "Decision Making", "Makes sound decisions while acting with integrity.", None,
     [["Gathers the relevant facts and identifies options before deciding",
       "Makes timely decisions within own area of responsibility",
       "Considers the effect of decisions on others",
       "Follows university policies and ethical standards when making decisions"],
      ["Makes decisions in complex or ambiguous situations when information is incomplete",
       "Involves stakeholders in decisions that affect them and explains the rationale",
       "Weighs the short- and long-term consequences for the university",
       "Takes responsibility for decisions and revisits them when circumstances change"]]),
    (11, "Managing People",
     "Coaches, evaluates and develops people, and aligns their performance with university "
     "goals.",
     "NOTE: This is an additional core competency for managers and supervisors.",
     [["Sets clear expectations and performance goals with employees",
       "Gives regular, timely feedback and recognition",
       "Addresses performance issues promptly and consistently",
       "Supports employees’ participation in training and development"],
      ["Coaches employees to reach their full potential and prepares them for future roles",
       "Builds a team culture of accountability, trust and high performance",
       "Links individual goals to unit and university strategic priorities",
       "Plans for succession and develops talent across the organization"]]),
]


def esc(s):
    return s.replace("&", "&amp;").replace("’", "&rsquo;")


def page():
    blocks = []
    for num, name, definition, note, levels in COMPS:
        parts = [f'          <h3 id="{name.lower().replace(" ", "-")}">{num}. {name}</h3>',
                 f"          <p>{esc(definition)}</p>"]
        if note:
            parts.append(f"          <p><em>{esc(note)}</em></p>")
        parts.append("          <ul>")
        for lab, items in zip(LABELS, levels):
            parts.append(f"            <li>{lab}</li>")
            lis = "\n".join(f"                <li>&bull;&nbsp;&nbsp;&nbsp; {esc(t)}</li>" for t in items)
            parts.append(f'            <li class="nested">\n              <ul>\n{lis}\n              </ul>\n            </li>')
        parts.append("          </ul>")
        blocks.append("\n".join(parts))
    body = "\n".join(blocks)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
  <title>{TITLE}</title>
  <link rel="stylesheet" media="all" href="/themes/custom/sitefarm_one/css/style.css?rw8k2p">
  <script src="https://www.googletagmanager.com/gtag/js?id=G-UCDWLW01" async></script>
  <script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("config", "G-UCDWLW01");</script>
</head>
<body class="path-node page-node-type-sf-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <header class="l-header">
    <div class="l-header__branding">
      <a href="https://www.ucdavis.edu" class="ucd-logo"><img src="/themes/custom/sitefarm_one/images/ucdavis_logo_blue.svg" alt="UC Davis"></a>
      <a href="/" class="site-name">Work Life and Wellness</a>
      <p class="slogan">Human Resources</p>
    </div>
    <nav class="l-navbar primary-nav" aria-label="Main">
      <ul class="menu">
        <li><a href="/employees">Employees</a></li>
        <li class="menu-item--active-trail"><a href="/supervisors">Supervisors</a></li>
        <li><a href="/work-life">Work-Life</a></li>
        <li><a href="/wellness">Wellness</a></li>
        <li><a href="/about">About</a></li>
      </ul>
    </nav>
  </header>
  <div class="l-content">
    <ol class="breadcrumbs">
      <li><a href="/">Home</a></li>
      <li><a href="/supervisors">Supervisors</a></li>
      <li><a href="/supervisors/performance-mgmt">Performance Management</a></li>
      <li><a href="/supervisors/performance-mgmt/p4p">Partnering for Performance</a></li>
      <li class="breadcrumbs__current">Core Competencies</li>
    </ol>
    <div class="l-main">
      <main id="main-content" role="main">
        <h1 class="page-title">Core Competencies</h1>
        <div class="body">
          <p>The UC Davis Career Compass core competencies describe how staff get their work done. Ten competencies apply to all staff; an eleventh applies in addition to managers and supervisors. The model is intended to serve as a flexible guide.</p>
          <p>There are two levels within each of the core competencies &ndash; operational and mastery. The mastery level builds upon the operational level of each core competency.</p>
          <h2>Core Competencies</h2>
{body}
          <p>The remaining core competencies (Leadership, Principles of Community, Problem Solving, Quality Improvement, Service Focus, Stewardship and Managing Resources, Strategic Planning and Teamwork) follow the same format in the full model.</p>
        </div>
      </main>
      <aside class="l-sidebar-second" role="complementary">
        <h2 class="block__title">Partnering for Performance</h2>
        <ul class="menu">
          <li><a href="/supervisors/performance-mgmt/p4p/goal-setting">Goal Setting</a></li>
          <li class="menu-item--active-trail"><a href="/supervisors/performance-mgmt/p4p/core-competencies">Core Competencies</a></li>
          <li><a href="/supervisors/performance-mgmt/p4p/check-ins">Check-ins</a></li>
          <li><a href="/supervisors/performance-mgmt/p4p/appraisals">Appraisals</a></li>
        </ul>
      </aside>
    </div>
  </div>
  <footer class="l-footer">
    <div class="footer-contact">
      <p>University of California, Davis, One Shields Avenue, Davis, CA 95616 | 530-752-1011</p>
      <ul class="menu">
        <li><a href="https://www.ucdavis.edu/help">Questions or comments?</a></li>
        <li><a href="https://ucop.edu/ethics-compliance-audit-services/compliance/privacy/">Privacy &amp; Accessibility</a></li>
        <li><a href="https://diversity.ucdavis.edu/principles-community">Principles of Community</a></li>
      </ul>
      <p class="copyright">Copyright &copy; The Regents of the University of California, Davis campus. All rights reserved.</p>
    </div>
  </footer>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
  <script src="/themes/custom/sitefarm_one/js/scripts.js?rw8k2p"></script>
</body>
</html>
"""


def build():
    (lib.DOCS / f"{STEM}.html").write_text(page(), encoding="utf-8")
    comps = []
    for num, name, definition, note, levels in COMPS:
        comps.append(g.comp(name, definition,
                            levels=[g.lvl(i + 1, LABELS[i], levels[i]) for i in range(2)],
                            notes=[g.it(note)] if note else []))
    g.write("html", TITLE, comps)


if __name__ == "__main__":
    build()

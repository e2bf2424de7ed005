"""The American University in Cairo (AUC), Human Resources - "Competencies" page (Drupal), hand-written HTML.

Chrome: skip link, utility bar, language switch, logo, main menu, search, breadcrumb, HR side menu, footer
with the two campus addresses, social links, Drupal settings JSON and analytics scripts. Body: h1
"Competencies", a group heading "Act → Individual Skills", numbered competency headings "1) Accountability",
and under each the labels "Definition of Competency" (a bullet list of "The ability to ..." sentences) and
"How Competency is Measured" (a bullet list), separated by &nbsp; paragraphs as the page has them.
"""
import html

import helpers as H

STEM = "auc-hr-competencies"
TITLE = "Competencies"
GROUP = "Act → Individual Skills"

COMPS = [
    ("Accountability",
     ["The ability to take full responsibility for one’s own actions and contributions, while staying "
      "committed to the success of the University.",
      "The ability to own all work activities and personal actions, and to follow through on commitments.",
      "The ability to carry out decisions that have been agreed, keep sensitive information confidential, "
      "admit and learn from mistakes without blaming others, and recognize the effect of one’s behavior on "
      "others."],
     ["Sets objectives and strategies that meet the University’s needs and goals.",
      "Manages the performance of the team so that it achieves the results the University expects.",
      "Keeps the team informed of progress, issues and possible problems.",
      "Maintains a cost-effective balance of controls so that operations stay within budget.",
      "Identifies and deals with weaknesses that may affect the University’s performance by giving timely "
      "feedback to everyone concerned."]),
    ("Decision Making",
     ["The ability to identify and understand issues, problems and opportunities, comparing and analyzing "
      "data from different sources to draw conclusions and take the necessary decisions.",
      "The ability to use effective approaches to choose a course of action or develop suitable solutions, "
      "while taking actions and making decisions that fit the available facts, constraints and likely "
      "consequences."],
     ["Consistently identifies and analyzes the information needed to understand issues, problems and "
      "opportunities.",
      "Interprets and combines information from a variety of sources and detects trends, associations and "
      "cause-effect relationships when making a decision.",
      "Generates alternatives and weighs the risks and benefits of each before choosing a course of action.",
      "Commits to a decision within the required time frame, even when information is incomplete.",
      "Explains the reasons for a decision to the people it affects."]),
    ("Initiative",
     ["The ability to act on opportunities and problems before being asked, going beyond what the job "
      "requires.",
      "The ability to generate new ideas and take calculated risks in order to improve the way work is done."],
     ["Responds quickly to problems and opportunities without waiting for instructions.",
      "Proposes improvements to processes, services and working methods.",
      "Takes on additional tasks and responsibilities when the work requires it.",
      "Seeks out the information and resources needed to move work forward."]),
]

HEAD = """<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ og: http://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="shortcut icon" href="https://www.aucegypt.edu/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="description" content="Competencies used in the AUC performance management process." />
<meta name="generator" content="Drupal 8 (https://www.drupal.org)" />
<link rel="canonical" href="https://www.aucegypt.edu/ar/node/1736" />
<title>Competencies | The American University in Cairo</title>
<link rel="stylesheet" media="all" href="/core/themes/stable/css/system/components/ajax-progress.module.css?s8w1c4" />
<link rel="stylesheet" media="all" href="/themes/custom/auc/css/style.css?s8w1c4" />
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-1234567-1"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)};gtag("js", new Date());gtag("config", "UA-1234567-1", {"groups":"default","anonymize_ip":true});</script>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header" role="banner">
  <div class="utility-bar">
    <ul class="utility-menu">
      <li><a href="/admissions/apply">Apply</a></li>
      <li><a href="/support-auc">Give</a></li>
      <li><a href="/visit-auc">Visit</a></li>
      <li><a href="/directory">Directory</a></li>
      <li><a href="https://my.aucegypt.edu">AUC Portal</a></li>
    </ul>
    <div class="language-switcher-language-url" role="navigation">
      <ul class="links"><li hreflang="en" class="en"><a href="/en/node/1736" class="language-link" hreflang="en">English</a></li><li hreflang="ar" class="ar is-active"><a href="/ar/node/1736" class="language-link is-active" hreflang="ar">عربي</a></li></ul>
    </div>
  </div>
  <div class="branding">
    <a href="/ar" title="Home" rel="home" class="site-logo"><img src="/themes/custom/auc/logo.svg" alt="The American University in Cairo" /></a>
  </div>
  <nav role="navigation" aria-labelledby="block-auc-main-menu" class="main-nav">
    <h2 class="visually-hidden" id="block-auc-main-menu">Main navigation</h2>
    <ul class="menu">
      <li class="menu-item"><a href="/about">About</a></li>
      <li class="menu-item"><a href="/admissions">Admissions</a></li>
      <li class="menu-item"><a href="/academics">Academics</a></li>
      <li class="menu-item"><a href="/research">Research</a></li>
      <li class="menu-item"><a href="/students/campus-life">Campus Life</a></li>
      <li class="menu-item"><a href="/alumni">Alumni</a></li>
      <li class="menu-item"><a href="/media">News</a></li>
    </ul>
  </nav>
  <form class="search-block-form" action="/search/node" method="get" role="search">
    <label for="edit-keys" class="visually-hidden">Search</label>
    <input title="Enter the terms you wish to search for." placeholder="Search AUC" type="search" id="edit-keys" name="keys" size="15" maxlength="128" />
    <input type="submit" value="Search" class="button" />
  </form>
</header>
<div class="breadcrumb-wrap">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol>
      <li><a href="/ar">Home</a></li>
      <li><a href="/ar/about/human-resources">Human Resources</a></li>
      <li><a href="/ar/about/human-resources/performance-management">Performance Management</a></li>
      <li>Competencies</li>
    </ol>
  </nav>
</div>
<div class="layout-container">
  <aside class="sidebar-first" role="complementary">
    <nav role="navigation" aria-labelledby="block-hr-menu" class="section-menu">
      <h2 id="block-hr-menu">Human Resources</h2>
      <ul class="menu">
        <li class="menu-item"><a href="/ar/about/human-resources/careers">Careers at AUC</a></li>
        <li class="menu-item"><a href="/ar/about/human-resources/benefits">Benefits</a></li>
        <li class="menu-item menu-item--expanded menu-item--active-trail"><a href="/ar/about/human-resources/performance-management">Performance Management</a>
          <ul class="menu">
            <li class="menu-item"><a href="/ar/about/human-resources/performance-management/cycle">Performance Cycle</a></li>
            <li class="menu-item menu-item--active-trail"><a href="/ar/node/1736" class="is-active">Competencies</a></li>
            <li class="menu-item"><a href="/ar/about/human-resources/performance-management/forms">Forms</a></li>
          </ul>
        </li>
        <li class="menu-item"><a href="/ar/about/human-resources/learning-development">Learning and Development</a></li>
        <li class="menu-item"><a href="/ar/about/human-resources/policies">Policies</a></li>
        <li class="menu-item"><a href="/ar/about/human-resources/contact">Contact HR</a></li>
      </ul>
    </nav>
  </aside>
  <main role="main" class="main-content">
    <a id="main-content" tabindex="-1"></a>
    <div class="region region-content">
      <div data-drupal-messages-fallback class="hidden"></div>
      <div id="block-auc-page-title" class="block block-core block-page-title-block">
        <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">Competencies</span></h1>
      </div>
      <article role="article" about="/ar/node/1736" class="node node--type-page node--view-mode-full">
        <div class="node__content">
          <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
"""

FOOT = """          </div>
        </div>
      </article>
    </div>
  </main>
</div>
<footer class="site-footer" role="contentinfo">
  <div class="footer-campuses">
    <div class="campus">
      <h3>AUC New Cairo</h3>
      <p>AUC Avenue, P.O. Box 74<br />New Cairo 11835, Egypt<br />tel 20.2.2615.1000</p>
    </div>
    <div class="campus">
      <h3>AUC Tahrir Square</h3>
      <p>113 Kasr El Aini St.<br />P.O. Box 2511, Cairo 11511, Egypt<br />tel 20.2.2615.1000</p>
    </div>
    <div class="campus">
      <h3>AUC New York Office</h3>
      <p>420 Fifth Avenue, Third Floor<br />New York, NY 10018-2729<br />tel 212.730.8800</p>
    </div>
  </div>
  <ul class="social-links">
    <li><a href="https://www.facebook.com/AUC">Facebook</a></li>
    <li><a href="https://twitter.com/AUC">Twitter</a></li>
    <li><a href="https://www.instagram.com/aucegypt">Instagram</a></li>
    <li><a href="https://www.linkedin.com/school/the-american-university-in-cairo">LinkedIn</a></li>
    <li><a href="https://www.youtube.com/user/aucegypt">YouTube</a></li>
  </ul>
  <ul class="footer-menu">
    <li><a href="/privacy-policy">Privacy Policy</a></li>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/contact">Contact Us</a></li>
    <li><a href="/sitemap">Sitemap</a></li>
  </ul>
  <p class="copyright">Copyright &copy; 2024 The American University in Cairo. All rights reserved.</p>
</footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"ar\\/","currentPath":"node\\/1736","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"ar"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"google_analytics":{"account":"UA-1234567-1","trackOutbound":true,"trackMailto":true,"trackDownload":true},"user":{"uid":0,"permissionsHash":"9c1f0a5b2c0e4f7b8d2a6c3e1f9b7d5a"}}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
<script src="/core/misc/drupal.js?v=9.5.11"></script>
<script src="/themes/custom/auc/js/main.js?s8w1c4"></script>
</body>
</html>
"""


def body():
    out = [f'<p><strong>{html.escape(GROUP)}</strong></p>', '<p>&nbsp;</p>']
    for i, (name, definition, measured) in enumerate(COMPS, 1):
        out.append(f'<h3>{i}) {html.escape(name)}</h3>')
        out.append('<p><strong>Definition of Competency</strong></p>')
        out.append('<ul>\n' + "\n".join(f'\t<li>{html.escape(d)}</li>' for d in definition) + '\n</ul>')
        out.append('<p><strong>How Competency is Measured</strong></p>')
        out.append('<ul>\n' + "\n".join(f'\t<li>{html.escape(m)}</li>' for m in measured) + '\n</ul>')
        out.append('<p>&nbsp;</p>')
    return "\n".join("            " + line for line in "\n".join(out).split("\n")) + "\n"


def build():
    out = H.DOCS / f"{STEM}.html"
    out.write_text(HEAD + body() + FOOT, encoding="utf-8")
    return out


def gold(path):
    comps = [H.competency(STEM, name, " ".join(definition), indicators=[H.item(STEM, m) for m in measured])
             for name, definition, measured in COMPS]
    return H.write_gold(path, "html", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))

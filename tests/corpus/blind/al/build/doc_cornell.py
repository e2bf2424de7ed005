"""Cornell University, IT@Cornell - IT Career Framework, "IT Competencies" page (saved with the site's chrome).

Layout (after https://it.cornell.edu/it-career-framework/it-competencies): Drupal page with skip link, Cornell
red banner, IT@Cornell site header, search, main nav, breadcrumb; h1, an "This article applies to:" line, two
intro paragraphs, then each competency as an h2 with two h3 sub-headings "Functional" and "Behavioral" and a
bullet list under each; side block of related articles, a feedback line, footer, GTM/Drupal scripts.
Excerpt: the first three competencies.  Hand-written HTML.
"""
from html import escape

import allib as L

STEM = "cornell-it-competencies"
TITLE = "IT Competencies"

ENTRIES = [
    ("Project Management",
     ["Uses planning processes to identify opportunities and barriers.",
      "Develops short- and long-range plans to meet goals.",
      "Can map out and manage complex initiatives.",
      "Chooses and leads projects and programs that deliver good results, including both business and financial "
      "outcomes.",
      "Actively manages contracts."],
     ["Keeps adjusting plans and strategies as new information comes in.",
      "Identifies and coordinates the resources needed to support objectives."]),
    ("Service Brokers",
     ["Facilitates local and commercial IT transactions.",
      "Negotiates and manages contracts.",
      "Manages relationships with service providers both inside and outside the university."],
     ["Acts as a partner, advisor, or intermediary.",
      "Awareness of the needs of units, divisions, and the university."]),
    ("Business Analytics/Analysis",
     ["Has financial savvy and can lead cost-efficient initiatives without giving up quality or core values. "
      "Knows how to manage, deploy, and make the most of resources (both internal and external).",
      "Able to break raw information and poorly defined problems into specific, workable parts and to identify "
      "the issues at hand clearly.",
      "Gathers and documents business requirements from stakeholders.",
      "Uses data and reporting tools to measure how well services and processes perform."],
     ["Draws logical conclusions and anticipates obstacles.",
      "Considers the different approaches that bear on a decision.",
      "Asks probing questions to get to the root of a business need."]),
]

HEAD = """<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-XT3B0L4M2Q"></script>
    <script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "G-XT3B0L4M2Q", {"groups":"default","page_placeholder":"PLACEHOLDER_page_location"});</script>
    <meta name="description" content="Twelve competencies form the foundation for proficiency in IT job performance at Cornell." />
    <link rel="canonical" href="https://it.cornell.edu/it-career-framework/it-competencies" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="/themes/custom/itcornell/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>IT Competencies | IT@Cornell</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3hXW1uPZkJ8yVtBd1Rz0.css?delta=0&amp;language=en&amp;theme=itcornell" />
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_7bN2kLq9cF4tE6wR1yU3oI.css?delta=1&amp;language=en&amp;theme=itcornell" />
    <script src="/core/assets/vendor/modernizr/modernizr.min.js?v=3.11.7"></script>
  </head>
  <body class="path-node page-node-type-kb-article">
    <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div id="cu-search" class="cu-search">
      <div class="container-fluid">
        <form id="cu-search-form" tabindex="-1" role="search" action="https://it.cornell.edu/search" method="get">
          <label for="cu-search-query" class="sr-only">Search:</label>
          <input type="text" id="cu-search-query" name="keys" size="30" placeholder="Search IT@Cornell" />
          <button type="submit" id="cu-search-submit">Go</button>
          <fieldset class="search-filters">
            <legend class="sr-only">Search filters</legend>
            <input type="radio" id="cu-search-filter1" name="sitesearch" value="thissite" checked /><label for="cu-search-filter1">This Site</label>
            <input type="radio" id="cu-search-filter2" name="sitesearch" value="cornell" /><label for="cu-search-filter2">Cornell</label>
          </fieldset>
        </form>
      </div>
    </div>
    <header id="cu-header" class="cu-header">
      <div class="cu-unit">
        <a class="cu-logo" href="https://www.cornell.edu"><img src="/themes/custom/itcornell/images/cornell/bold_cornell_logo_simple_b31b1b.svg" alt="Cornell University" width="245" height="62"></a>
        <div class="cu-unit-name"><a href="/">IT@Cornell</a></div>
      </div>
      <nav id="main-navigation" aria-label="Main Navigation" class="dropdown-menu">
        <ul class="menu">
          <li><a href="/services">Services</a></li>
          <li><a href="/support">Support</a></li>
          <li><a href="/security-and-policy">Security &amp; Policy</a></li>
          <li><a href="/news">News</a></li>
          <li><a href="/it-governance">IT Governance</a></li>
          <li><a href="/about">About</a></li>
        </ul>
      </nav>
    </header>
    <div id="main-content" class="main-content" tabindex="-1">
      <div class="container-fluid">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
          <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
          <ol>
            <li><a href="/">Home</a></li>
            <li><a href="/it-career-framework">IT Career Framework</a></li>
            <li>IT Competencies</li>
          </ol>
        </nav>
        <div class="row">
        <main id="main" class="col-md-9 primary">
          <article role="article" class="node node--type-kb-article node--view-mode-full">
"""

TAIL = """          </article>
          <div class="kb-feedback">
            <p>Comments? To request a change to this page, send email to <a href="mailto:itcareerframework@cornell.edu">itcareerframework@cornell.edu</a>.</p>
          </div>
        </main>
        <aside class="col-md-3 secondary" role="complementary">
          <div class="block block-related">
            <h2 class="block-title">Related Articles</h2>
            <ul>
              <li><a href="/it-career-framework/it-career-framework-overview">IT Career Framework Overview</a></li>
              <li><a href="/it-career-framework/it-job-families">IT Job Families and Job Titles</a></li>
              <li><a href="/it-career-framework/career-conversations">Career Conversations Guide</a></li>
              <li><a href="/it-career-framework/faq">IT Career Framework FAQ</a></li>
            </ul>
          </div>
        </aside>
        </div>
      </div>
    </div>
    <footer id="site-footer" class="site-footer">
      <div class="container-fluid">
        <div class="footer-links">
          <ul>
            <li><a href="https://it.cornell.edu/contact">Contact IT Service Desk</a></li>
            <li><a href="https://it.cornell.edu/status">Service Status</a></li>
            <li><a href="https://privacy.cornell.edu/">Privacy</a></li>
            <li><a href="https://www.cornell.edu/accessibility-assistance.cfm">Web Accessibility Assistance</a></li>
          </ul>
        </div>
        <p class="copyright">&copy;2024 Cornell University. If you have a disability and are having trouble accessing information on this website or need materials in an alternate format, contact <a href="mailto:web-accessibility@cornell.edu">web-accessibility@cornell.edu</a> for assistance.</p>
      </div>
    </footer>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/48213","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"},"pluralDelimiter":"\\u0003","gtag":{"tagId":"G-XT3B0L4M2Q","consentMode":false,"otherIds":[],"events":[],"additionalConfigInfo":[]},"user":{"uid":0,"permissionsHash":"b7c0c3e1f4"}}</script>
    <script src="/sites/default/files/js/js_Vw3m9nT1pQ8rK2cX4zL6hJ.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=itcornell"></script>
  </body>
</html>
"""


def build():
    body = ["            <h1 class=\"page-title\"><span>IT Competencies</span></h1>",
            "            <div class=\"kb-applies\"><span class=\"label\">This article applies to:</span> "
            "<a href=\"/it-career-framework\">IT Career Framework Resources</a></div>",
            "            <div class=\"field field--name-body\">",
            "              <p>As part of the Cornell IT Career Framework, twelve competencies are treated as the "
            "foundation for proficiency in job performance when they are combined with core duties and specific, "
            "job-related skills and knowledge.</p>",
            "              <p>A competency is a skill, area of knowledge, ability, or behavioral characteristic "
            "associated with superior performance. Career success depends both on what you do (applying your "
            "technical knowledge, skills, and ability) and on how you do it (the consistent behaviors you show "
            "and choose to use) as you interact and communicate with others at work.</p>"]
    gold = []
    for name, functional, behavioral in ENTRIES:
        body.append(f"              <h2>{escape(name)}</h2>")
        for head, items in (("Functional", functional), ("Behavioral", behavioral)):
            body.append(f"              <h3>{head}</h3>")
            body.append("              <ul>")
            body += [f"                <li>{escape(x)}</li>" for x in items]
            body.append("              </ul>")
        gold.append(L.competency(STEM, name, None,
                                 indicators=[L.item(STEM, x, "Functional") for x in functional]
                                 + [L.item(STEM, x, "Behavioral") for x in behavioral]))
    body.append("            </div>")
    out = L.DOCS / f"{STEM}.html"
    out.write_text(HEAD + "\n".join(body) + "\n" + TAIL, encoding="utf-8")
    L.write_gold(out, "html", TITLE, gold)
    return out


if __name__ == "__main__":
    print(build())

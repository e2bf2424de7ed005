"""Iowa State University Extension and Outreach - staff core competencies page (HTML)."""
from html import escape
from azlib import DOCS

STEM = "iastate-extension-staff-core-competencies"

INTRO = ("These competencies shape how staff are hired, developed and evaluated. The ISU Extension and "
         "Outreach Professional Development Team recommends revisiting the list every five years so that it "
         "keeps pace with a changing context. Every Extension staff member, whatever their title or "
         "classification, is expected to be competent in most or all of the items listed under each "
         "competency. How deep, how broad and how heavily each one weighs will differ with job descriptions, "
         "classifications and unit expectations.")

COMPS = [
    ("Communication and Interpersonal Relations",
     "Work with individuals and groups in a professional way that gets results.",
     ["Adapt to the mood and makeup of a group after reading the situation",
      "Be dependable, diplomatic and worthy of trust",
      "Be open to change and ready to adjust",
      "Communicate promptly",
      "Express personal and team needs clearly",
      "Handle disagreements between self, colleagues and clients",
      "Help build positive personal and professional relationships",
      "Learn problem-solving skills and put them to use",
      "Screen and prioritize information to avoid overload",
      "Take part in interdisciplinary projects as an effective team member",
      "Use distance communication tools well with coworkers, clients and collaborators",
      "Use sound group process, facilitation and management techniques",
      "Write and speak effectively, using technology where it helps."]),
    ("Depth and Scope of ISU Extension and Outreach",
     "Represent the full range of Extension and Outreach work done on campus and across the state.",
     ["Know the program offerings of ISU Extension and Outreach and the difference they make",
      "Link clients to relevant campus and county programs and experiences",
      "Stay current on priority issues and programs across the organization",
      "Understand program policies and procedures and follow them"]),
    ("Professionalism and Accountability",
     "Carry out responsibilities with integrity and in line with organizational expectations.",
     ["Balance competing demands and manage time well",
      "Keep accurate records and meet reporting deadlines",
      "Model ethical behavior in all professional settings",
      "Pursue professional development that fits current and future duties",
      "Take ownership of results and learn from mistakes."]),
    ("Technology",
     "Use current technology to get work done and to reach audiences.",
     ["Apply university data security and privacy practices",
      "Learn new software and platforms as they are adopted",
      "Use online meeting and learning tools to deliver programs",
      "Use the organization\u2019s core business systems accurately"]),
]


def comp_html(name, definition, bullets):
    lis = "\n".join(f"            <li>{escape(b)}</li>" for b in bullets)
    return f"""
          <h3>{escape(name)}</h3>
          <p>{escape(definition)}</p>
          <ul>
{lis}
          </ul>
"""


def build():
    body = "".join(comp_html(*c) for c in COMPS)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
  <title>ISU Extension and Outreach Staff Core Competencies | Professional Development</title>
  <link rel="canonical" href="https://www.extension.iastate.edu/professionaldevelopment/isu-extension-and-outreach-staff-core-competencies">
  <link rel="stylesheet" media="all" href="/professionaldevelopment/sites/default/files/css/css_Xq2pZ.css">
  <link rel="stylesheet" media="all" href="https://cdn.theme.iastate.edu/iastate/1.x/css/iastate.min.css">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q1XKX8M2B"></script>
  <script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-7Q1XKX8M2B');</script>
</head>
<body class="path-node page-node-type-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
  <header class="isu-header" role="banner">
    <div class="isu-header__top">
      <div class="container">
        <a class="isu-wordmark" href="https://www.iastate.edu/"><span class="visually-hidden">Iowa State University</span></a>
        <ul class="isu-utility-nav">
          <li><a href="https://www.extension.iastate.edu/">ISU Extension and Outreach</a></li>
          <li><a href="https://www.extension.iastate.edu/content/county-offices">Counties</a></li>
          <li><a href="https://www.extension.iastate.edu/directory">Directory</a></li>
          <li><a href="https://www.extension.iastate.edu/store">Extension Store</a></li>
          <li><a href="https://www.extension.iastate.edu/giving">Give</a></li>
        </ul>
        <form class="isu-search" action="/professionaldevelopment/search" method="get" role="search">
          <label for="edit-keys" class="visually-hidden">Search</label>
          <input type="search" id="edit-keys" name="keys" placeholder="Search">
          <button type="submit">Search</button>
        </form>
      </div>
    </div>
    <div class="isu-header__site">
      <div class="container">
        <div class="site-name"><a href="/professionaldevelopment/" rel="home">Professional Development</a></div>
        <div class="site-slogan">Iowa State University Extension and Outreach</div>
      </div>
    </div>
    <nav class="isu-main-nav" role="navigation" aria-label="Main navigation">
      <div class="container">
        <ul class="menu">
          <li><a href="/professionaldevelopment/">Home</a></li>
          <li><a href="/professionaldevelopment/new-staff-orientation">New Staff Orientation</a></li>
          <li class="is-active"><a href="/professionaldevelopment/isu-extension-and-outreach-staff-core-competencies">Core Competencies</a></li>
          <li><a href="/professionaldevelopment/conferences">Conferences</a></li>
          <li><a href="/professionaldevelopment/career-paths">Career Paths</a></li>
          <li><a href="/professionaldevelopment/contact-us">Contact Us</a></li>
        </ul>
      </div>
    </nav>
  </header>
  <div class="container">
    <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
      <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
      <ol>
        <li><a href="/professionaldevelopment/">Home</a></li>
        <li>ISU Extension and Outreach Staff Core Competencies</li>
      </ol>
    </nav>
    <div class="row">
      <aside class="col-md-3 sidebar" role="complementary">
        <nav class="section-nav" aria-label="In this section">
          <h2>In This Section</h2>
          <ul>
            <li><a href="/professionaldevelopment/isu-extension-and-outreach-staff-core-competencies">Staff Core Competencies</a></li>
            <li><a href="/professionaldevelopment/core-competency-self-assessment">Core Competency Self-Assessment</a></li>
            <li><a href="/professionaldevelopment/iowa-state-university-extension-and-outreach-strategic-plan">Strategic Plan</a></li>
            <li><a href="/professionaldevelopment/extension-professionals-creed">Extension Professional&#8217;s Creed</a></li>
          </ul>
        </nav>
      </aside>
      <main id="main-content" class="col-md-9" role="main">
        <article class="node node--type-page">
          <h1 class="page-title"><span>ISU Extension and Outreach Staff Core Competencies</span></h1>
          <div class="field field--name-body">
          <p>{escape(INTRO)}</p>
          <h2>Core Competencies for All Staff</h2>
{body}
          </div>
        </article>
      </main>
    </div>
  </div>
  <footer class="isu-footer" role="contentinfo">
    <div class="container">
      <div class="isu-footer__contact">
        <p><strong>ISU Extension and Outreach Professional Development</strong><br>
        2150 Beardshear Hall<br>515 Morrill Road<br>Ames, IA 50011-2103</p>
        <p>Phone: 515-294-6192</p>
      </div>
      <ul class="isu-footer__links">
        <li><a href="https://www.extension.iastate.edu/diversity/ext">Non-discrimination and Accommodation Statement</a></li>
        <li><a href="https://www.iastate.edu/disclaimers-and-policies">Policies</a></li>
        <li><a href="https://www.digitalaccess.iastate.edu/">Digital Access &amp; Accessibility</a></li>
        <li><a href="https://www.iastate.edu/privacy">Privacy Policy</a></li>
      </ul>
      <p class="isu-footer__copyright">Copyright &copy; 2026 Iowa State University of Science and Technology. All rights reserved.</p>
    </div>
  </footer>
  </div>
  <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/professionaldevelopment\\/","currentPath":"node\\/112","currentLanguage":"en"}},"ajaxTrustedUrl":{{"\\/professionaldevelopment\\/search":true}}}}</script>
  <script src="/professionaldevelopment/sites/default/files/js/js_9aP1d.js"></script>
  <script src="https://cdn.theme.iastate.edu/iastate/1.x/js/iastate.min.js"></script>
</body>
</html>
"""
    out = DOCS / f"{STEM}.html"
    out.write_text(page, encoding="utf-8")
    return out


if __name__ == "__main__":
    print(build())

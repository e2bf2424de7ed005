"""University of Cambridge, Human Resources: Behavioural Attributes Framework: HTML.

University of Cambridge (Drupal) chrome: skip link, campl header, site title, search, top nav, breadcrumb,
section sub-nav, "Back to top", footer. The intro names the eight attributes (links) and says levels run A..D
with A the highest; two attributes are given in full ("Attribute 1: Communication", ...), each a definition
list: <dt>Level A</dt> <dd> one-paragraph level summary, a "Positive indicators" label and a <ul> </dd>, printed
from Level A (highest) down to Level D.
"""
import helpers as H

STEM = "cambridge-behavioural-attributes-framework"
TITLE = "Behavioural attributes framework"
RANK = {"A": 4, "B": 3, "C": 2, "D": 1}

ATTRS = [
    ("1", "Communication", [
        ("A", "Communicates persuasively with senior members of the University, its committees and people at every "
              "level inside and outside the University, in the UK and internationally as appropriate.",
         ["Develops communication strategies and channels that make sure important messages reach the whole "
          "University, and external audiences, consistently, clearly and on time.",
          "Presents spoken and written proposals and updates to senior members of the University clearly and "
          "convincingly.",
          "Explains management decisions and policy, and the reasons for them, to people at all levels of the "
          "University.",
          "Conveys a compelling picture of the future that gives the University direction.",
          "Answers questions and concerns, especially from senior colleagues, with conviction and authority."]),
        ("B", "Communicates effectively and appropriately with senior management, external partners and people at "
              "all levels inside and outside the University, including the wider community.",
         ["Explains complex issues in a way that is easy to understand.",
          "Works with senior management so that consistent messages are passed on to the right people.",
          "Prepares communications for and on behalf of senior members of the University.",
          "Produces well-structured reports and written summaries.",
          "Delivers difficult messages with sensitivity."]),
        ("C", "Communicates effectively and appropriately with a range of stakeholders, including external "
              "partners, teams, colleagues and contacts.",
         ["Communicates clearly and concisely, both orally and in writing.",
          "Recognises when to adapt style and delivery to suit the audience.",
          "Supports arguments and recommendations with relevant evidence.",
          "Makes sure that important messages are understood within the team."]),
        ("D", "Communicates effectively with colleagues, managers and the people who use the service.",
         ["Speaks and writes clearly and accurately.",
          "Listens to others and checks that they have been understood.",
          "Passes on information promptly to the people who need it.",
          "Asks questions to clarify instructions when unsure."]),
    ]),
    ("2", "Relationship building", [
        ("A", "Builds and sustains strategic relationships and networks with senior stakeholders across the "
              "University, nationally and internationally.",
         ["Identifies the strategic partnerships the University needs and takes the lead in developing them.",
          "Represents the University at the highest levels with credibility and influence.",
          "Creates a culture in which collaboration across departments and institutions is expected."]),
        ("B", "Develops effective working relationships with colleagues and stakeholders across the University and "
              "with external partners.",
         ["Builds networks that cross departmental boundaries.",
          "Encourages joint working between teams to achieve shared goals.",
          "Resolves disagreements between parties constructively.",
          "Maintains relationships with external partners over the long term."]),
        ("C", "Builds and maintains good working relationships within the team and with colleagues in other areas.",
         ["Works cooperatively with colleagues in other departments.",
          "Shares knowledge and information readily.",
          "Deals with conflict openly and looks for solutions."]),
        ("D", "Works cooperatively with colleagues and contributes positively to the team.",
         ["Offers help to colleagues when they are busy.",
          "Treats others with courtesy and respect.",
          "Takes part in team activities and discussions."]),
    ]),
]

ALL = ["Communication", "Relationship building", "Valuing diversity", "Achieving results", "Strategic focus",
       "People development", "Negotiating and influencing", "Innovation and change"]


def attr_html(num, name, levels):
    out = [f'<h2 id="attribute-{num}">Attribute {num}: {name}</h2>', '<dl class="baf-levels">']
    for letter, summary, pis in levels:
        out.append(f'  <dt>Level {letter}</dt>')
        out.append('  <dd>')
        out.append(f'    <p>{summary}</p>')
        out.append('    <p class="baf-indicators"><strong>Positive indicators</strong></p>')
        out.append('    <ul>' + "".join(f'<li>{p}</li>' for p in pis) + '</ul>')
        out.append('  </dd>')
    out.append('</dl>')
    out.append('<p class="campl-back-to-top"><a href="#page-top">Back to top</a></p>')
    return "\n".join(out)


def page():
    attrs = "\n".join(attr_html(*a) for a in ATTRS)
    toc = "\n".join(f'<li><a href="#attribute-{i}">{n}</a></li>' if i <= 2 else
                    f'<li><a href="/policies-procedures/behavioural-attributes/{n.lower().replace(" ", "-")}">{n}</a></li>'
                    for i, n in enumerate(ALL, 1))
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Behavioural attributes framework | Human Resources</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/sites/all/themes/cambridge_theme/css/full-stylesheet.css?s7c0fh">
<script src="/misc/jquery.js?v=1.4.4"></script>
<script src="/sites/all/themes/cambridge_theme/js/libs/ios-orientationchange-fix.js?s7c0fh"></script>
<script>jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"cambridge_theme"}}}});</script>
</head>
<body class="campl-theme-2 page-node" id="page-top">
<a href="#page-content" class="campl-skipTo">skip to content</a>
<div class="campl-row campl-global-header">
  <div class="campl-wrap clearfix">
    <div class="campl-header-container campl-column8" id="global-header-controls">
      <a href="https://www.cam.ac.uk" class="campl-main-logo"><img alt="University of Cambridge" src="/sites/all/themes/cambridge_theme/images/interface/main-logo-small.png"></a>
      <ul class="campl-unstyled-list campl-horizontal-navigation campl-global-navigation clearfix">
        <li><a href="https://www.cam.ac.uk/study-at-cambridge">Study at Cambridge</a></li>
        <li><a href="https://www.cam.ac.uk/about-the-university">About the University</a></li>
        <li><a href="https://www.cam.ac.uk/research">Research at Cambridge</a></li>
      </ul>
    </div>
    <div class="campl-column2"><div class="campl-quicklinks"><a href="#">Quick links</a></div></div>
    <div class="campl-column2"><form class="campl-site-search" action="https://search.cam.ac.uk/web" method="get"><label for="header-search" class="hidden">Search site</label><input id="header-search" type="text" name="query" placeholder="Search"><input type="image" alt="Search" src="/sites/all/themes/cambridge_theme/images/interface/btn-search-header.png"></form></div>
  </div>
</div>
<div class="campl-row campl-page-header campl-section-page">
  <div class="campl-wrap clearfix">
    <div class="campl-content-container"><p class="campl-page-title">Human Resources</p></div>
  </div>
</div>
<div class="campl-row campl-local-navigation">
  <ul class="campl-unstyled-list">
    <li><a href="/about-us">About us</a></li>
    <li><a href="/policies-procedures">Policies and procedures</a></li>
    <li><a href="/pay-benefits">Pay and benefits</a></li>
    <li><a href="/recruitment">Recruitment</a></li>
    <li><a href="/health-wellbeing">Health and wellbeing</a></li>
  </ul>
</div>
<div class="campl-row campl-content campl-recessed-content">
<div class="campl-wrap clearfix">
  <div class="campl-column3 campl-secondary-content">
    <nav class="campl-vertical-breadcrumb">
      <p><a href="/">Human Resources</a></p>
      <p><a href="/policies-procedures">Policies and procedures</a></p>
      <p><a href="/policies-procedures/behavioural-attributes">Behavioural attributes</a></p>
    </nav>
    <ul class="campl-unstyled-list campl-vertical-breadcrumb-navigation">
      <li><a href="/policies-procedures/behavioural-attributes/behavioural-attributes-framework" class="active">Behavioural attributes framework</a></li>
      <li><a href="/policies-procedures/behavioural-attributes/applications-behavioural-attributes-framework">Applications of the behavioural attributes framework</a></li>
      <li><a href="/policies-procedures/behavioural-attributes/behavioural-attributes-grade">Behavioural attributes by grade</a></li>
    </ul>
  </div>
  <div class="campl-column9 campl-main-content" id="page-content">
  <div class="campl-content-container">
<h1 class="campl-page-title">Behavioural attributes framework</h1>
<p>Behavioural attributes are described through examples of the behaviour you would see when someone shows the attribute; within the University\u2019s framework these examples are called positive indicators. Each attribute is therefore a collection of related positive indicators.</p>
<p>Because the framework covers a wide range of roles with different requirements and responsibilities, each attribute is described at four levels \u2013 levels A, B, C and D \u2013 with level A the highest. The exception is Valuing diversity, which has level A only; that level applies to all grades. The levels expected for each grade are set out under behavioural attributes by grade.</p>
<p>The eight attributes in the framework are:</p>
<ul class="baf-list">
{toc}
</ul>
{attrs}
  </div>
  </div>
</div>
</div>
<div class="campl-row campl-local-footer"><div class="campl-wrap clearfix">
  <div class="campl-column3"><h3>Human Resources</h3><p>Greenwich House<br>Madingley Road<br>Cambridge CB3 0TX</p></div>
  <div class="campl-column3"><h3>Contact HR</h3><ul><li><a href="/contact-us">Contact us</a></li><li><a href="/hr-business-partners">HR Business Partners</a></li></ul></div>
</div></div>
<div class="campl-row campl-global-footer"><div class="campl-wrap clearfix">
  <p>&copy; 2024 University of Cambridge</p>
  <ul class="campl-unstyled-list"><li><a href="https://www.cam.ac.uk/about-the-university/contact-the-university">Contact the University</a></li><li><a href="https://www.cam.ac.uk/about-this-site/accessibility">Accessibility</a></li><li><a href="https://www.information-compliance.admin.cam.ac.uk/foi">Freedom of information</a></li><li><a href="https://www.cam.ac.uk/about-this-site/privacy-policy">Privacy policy and cookies</a></li><li><a href="https://www.cam.ac.uk/about-this-site/terms-and-conditions">Terms and conditions</a></li></ul>
</div></div>
<script src="/sites/all/themes/cambridge_theme/js/custom.js?s7c0fh"></script>
</body>
</html>
"""


def build():
    out = H.DOCS / f"{STEM}.html"
    out.write_text(page(), encoding="utf-8")
    comps = []
    for num, name, levels in ATTRS:
        lv = [H.level(RANK[l], f"Level {l}", [H.item(STEM, s)] + H.items(STEM, pis, "Positive indicators"))
              for l, s, pis in levels]
        comps.append(H.competency(STEM, name, levels=lv))
    H.write_gold(out, "html", TITLE, comps)


if __name__ == "__main__":
    build()

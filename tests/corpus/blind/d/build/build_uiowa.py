"""University of Iowa, University Human Resources: one universal competency page (HTML).

Drupal-style page chrome (skip link, brand bar, site name, main menu, breadcrumb, side menu of the
other competencies, contact block, footer, analytics script). The proficiency levels are a
<dl>: each <dt> a level name, its <dd> a <ul> of typical behaviours."""
import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

STEM = "uiowa-collaboration-positive-impact"
DOC = C.DOCS / f"{STEM}.html"

NAME = "Collaboration and Positive Impact"
DEFINITION = ("Ability to work with many kinds of individuals and groups in a constructive and civil way, and to "
              "draw on existing resources and learning to meet or go beyond the outcomes that current and future "
              "organizational goals and needs call for.")
LEVELS = [
    ("Basic", [
        "Accepts that change is inevitable and brings challenges, and adapts to it; uses learning "
        "opportunities to get ready for new work, methods and work settings.",
        "Shows the civil and respectful behavior the organization values.",
        "Offers and receives ideas and suggestions in a constructive, helpful manner.",
        "Shows good teamwork: is approachable and cooperative, and adds to a positive, productive "
        "work and team environment.",
    ]),
    ("Working", [
        "Shares relevant information and feedback openly, professionally and respectfully.",
        "Models open, respectful, accepting and supportive behavior with team members.",
        "Keeps work relationships productive by weighing several perspectives and using sound "
        "conflict resolution practices.",
        "Lines up expectations for self and team so that work objectives are met and obstacles overcome.",
    ]),
    ("Extensive", [
        "Makes sure that time, resources, energy, learning opportunities and actions center on the "
        "priorities that matter in a changing workplace.",
        "Spots disagreements and conflicts early and settles them.",
        "Fosters a safe, fair and respectful setting in which concerns can be raised and dealt with effectively.",
        "Proposes changes to work practices and policies that help reach the desired outcomes.",
    ]),
    ("Expert/Leader", [
        "Creates and champions initiatives that encourage respectful communication, learning and a "
        "spirit of cooperation.",
        "Shares information regularly and uses influence well to build common commitment to goals.",
        "Builds partnerships across units that move university-wide priorities forward.",
        "Coaches others in handling conflict and change in a constructive way.",
    ]),
]

SIDE = ["Universal Competencies", NAME, "Communication", "Customer Service",
        "Welcoming and Respectful Environment", "Proficiency Levels", "Technical Competencies",
        "Competency Development"]


def page():
    dl = []
    for lv, beh in LEVELS:
        lis = "\n".join(f"              <li>{escape(b)}</li>" for b in beh)
        dl.append(f"          <dt>{escape(lv)}</dt>\n          <dd>\n            <ul>\n{lis}\n            </ul>\n          </dd>")
    side = "\n".join(
        f'          <li class="menu-item{" is-active" if s == NAME else ""}"><a href="/careers/competencies/'
        f'{C.slug(s)}">{escape(s)}</a></li>' for s in SIDE)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{escape(NAME)} | University Human Resources - The University of Iowa</title>
  <link rel="stylesheet" media="all" href="/themes/custom/uids_base/assets/css/base.css?s9x2k1">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
</head>
<body class="path-node page-node-type-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <header class="iowa-bar iowa-bar--full" role="banner">
    <div class="iowa-bar__container">
      <a class="logo-icon" href="https://uiowa.edu" title="The University of Iowa">The University of Iowa</a>
      <div class="site-name"><a href="/">University Human Resources</a></div>
      <nav class="iowa-bar__links" aria-label="Quick links">
        <a href="/search">Search</a> <a href="/contact">Contact</a>
      </nav>
    </div>
  </header>
  <nav role="navigation" aria-label="Main navigation" class="menu--main">
    <ul>
      <li><a href="/benefits">Benefits</a></li>
      <li><a href="/pay">Pay</a></li>
      <li><a href="/careers">Careers</a></li>
      <li><a href="/policies">Policies</a></li>
      <li><a href="/learning">Learning &amp; Development</a></li>
      <li><a href="/about">About</a></li>
    </ul>
  </nav>
  <div class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/careers">Careers</a></li>
      <li><a href="/careers/competencies">Competencies</a></li>
      <li><a href="/careers/competencies/universal-competencies">Universal Competencies</a></li>
    </ol>
  </div>
  <div class="layout-container">
    <aside class="sidebar" role="complementary">
      <nav aria-label="Competencies menu">
        <h2 class="visually-hidden">Competencies</h2>
        <ul class="menu">
{side}
        </ul>
      </nav>
      <div class="block-contact">
        <h2>Contact</h2>
        <p>Compensation and Classification</p>
        <p>Phone: 319-335-2682 &middot; Fax: 319-353-2384</p>
        <p>Campus Address: 121-11 USB</p>
        <p>Mailing Address: 121 University Services Building, Suite 11, Iowa City, IA 52242-1911, United States</p>
      </div>
    </aside>
    <main id="main-content" role="main">
      <h1 class="page-title"><span>{escape(NAME)}</span></h1>
      <div class="text-formatted field field--name-body">
        <h2>Competency Description</h2>
        <p>{escape(DEFINITION)}</p>
        <h2>Proficiency Levels &amp; Typical Behaviors</h2>
        <dl class="proficiency-levels">
{chr(10).join(dl)}
        </dl>
      </div>
    </main>
  </div>
  <footer class="footer" role="contentinfo">
    <div class="footer__links">
      <a href="https://uiowa.edu/privacy">Privacy notice</a> |
      <a href="https://opsmanual.uiowa.edu/community-policies/nondiscrimination-statement">Nondiscrimination statement</a> |
      <a href="https://accessibility.uiowa.edu">Accessibility</a>
    </div>
    <p>&copy; 2024 The University of Iowa</p>
  </footer>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
  <script src="/themes/custom/uids_base/assets/js/menu.js?s9x2k1"></script>
</body>
</html>
"""


def build():
    DOC.write_text(page(), encoding="utf-8")
    levels = [{"rank": i + 1, "label": lv, "behaviors": [C.item(STEM, b) for b in beh]}
              for i, (lv, beh) in enumerate(LEVELS)]
    C.write_gold(DOC, "html", NAME, [C.competency(STEM, NAME, DEFINITION, levels=levels)])


if __name__ == "__main__":
    build()
    print("built", DOC)

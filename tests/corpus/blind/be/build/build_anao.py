"""ANAO - Careers > Development > "Capability" page with the Core Capability Framework (HTML, govCMS-style chrome).
Levels printed as h4 headings (APS 3 ... EL 2) inside accordion panels."""
import html as H
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import belib as B

STEM = "anao-core-capability-framework"
DOC = B.DOCS / f"{STEM}.html"
TITLE = "Capability"

LEVELS = ["APS 3", "APS 4", "APS 5", "APS 6", "EL 1", "EL 2"]

CAPS = [
    ("Communicates with influence",
     "Communicates clearly and with confidence, listens to others, and negotiates and persuades with authority "
     "to achieve outcomes for the ANAO.",
     [
         ["Expresses facts and ideas clearly in plain language, both orally and in writing.",
          "Listens to what others say and checks own understanding.",
          "Prepares routine correspondence and file notes that need little editing."],
         ["Adjusts the style and content of messages to suit the audience.",
          "Explains audit processes to entity staff in a clear and courteous way.",
          "Drafts sections of working papers and briefs that are accurate and well structured."],
         ["Presents findings and issues logically and supports them with evidence.",
          "Responds constructively to questions and differing views from entity officers.",
          "Drafts report sections that need only minor changes at review."],
         ["Leads discussions with entity counterparts on audit findings and works towards agreed positions.",
          "Anticipates how messages will be received and frames them accordingly.",
          "Writes clear, concise reports and briefings on complex matters."],
         ["Represents the ANAO with authority at meetings with senior entity staff.",
          "Negotiates on contentious findings, holding firm on key issues while seeking agreement where possible.",
          "Reviews the written work of the team and gives clear direction on how to improve it."],
         ["Communicates the ANAO\u2019s position on sensitive and high-profile matters with confidence and credibility.",
          "Shapes the key messages of audit reports for the Parliament and senior executives.",
          "Builds commitment to outcomes by persuading stakeholders with well-reasoned argument."],
     ]),
    ("Technical proficiency",
     "Applies the knowledge, standards and methods of the auditing profession, and keeps that expertise current.",
     [
         ["Applies the ANAO\u2019s audit methodology and tools to routine tasks under guidance.",
          "Understands the basic requirements of the auditing standards that apply to own work."],
         ["Performs a range of audit procedures with limited supervision.",
          "Documents evidence in line with ANAO methodology and quality requirements."],
         ["Plans and carries out audit tasks of moderate complexity.",
          "Identifies technical issues and refers them to the right person.",
          "Keeps up to date with changes to standards and methodology."],
         ["Applies technical knowledge to complex audit areas and resolves most technical issues independently.",
          "Supports and guides less experienced staff on technical matters."],
         ["Manages the technical quality of audits and makes sure conclusions are well supported.",
          "Interprets standards and legislation in new or ambiguous situations.",
          "Contributes to the development of ANAO methodology and guidance."],
         ["Is recognised inside and outside the ANAO as an authority in a technical field.",
          "Makes sound judgements on significant technical and professional issues.",
          "Leads improvements to the ANAO\u2019s audit practice."],
     ]),
]


def e(s):
    return H.escape(s, quote=False)


def cap_html(i, name, definition, levels):
    parts = [f'''      <div class="accordion__item">
        <h3 class="accordion__title"><button class="accordion__button" aria-expanded="false" aria-controls="cap-{i}">{e(name)}</button></h3>
        <div class="accordion__content" id="cap-{i}" hidden>
          <p>{e(definition)}</p>
''']
    for lab, bullets in zip(LEVELS, levels):
        lis = "".join(f"            <li>{e(b)}</li>\n" for b in bullets)
        parts.append(f"          <h4>{lab}</h4>\n          <ul>\n{lis}          </ul>\n")
    parts.append("        </div>\n      </div>\n")
    return "".join(parts)


def build_html():
    caps = "".join(cap_html(i + 1, *c) for i, c in enumerate(CAPS))
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
  <link rel="canonical" href="https://www.anao.gov.au/careers/development/capability">
  <title>Capability | Australian National Audit Office (ANAO)</title>
  <link rel="stylesheet" media="all" href="/themes/custom/anao/dist/css/styles.css?s8k2q1">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-ANAO00001"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-ANAO00001');</script>
</head>
<body class="path-node page-node-type-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <header class="site-header" role="banner">
    <div class="site-header__brand">
      <a href="/" rel="home"><img src="/themes/custom/anao/logo.svg" alt="Australian Government - Australian National Audit Office"></a>
    </div>
    <form class="site-search" action="/search" method="get" role="search">
      <label for="edit-keys" class="visually-hidden">Search</label>
      <input type="search" id="edit-keys" name="keys" placeholder="Search">
      <button type="submit">Search</button>
    </form>
    <nav class="main-nav" aria-label="Main navigation">
      <ul>
        <li><a href="/work">Our work</a></li>
        <li><a href="/parliament">Parliament</a></li>
        <li><a href="/media">Media centre</a></li>
        <li><a href="/about">About us</a></li>
        <li><a href="/careers" class="is-active">Careers</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
  </header>
  <div class="layout-container">
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <ol>
        <li><a href="/">Home</a></li>
        <li><a href="/careers">Careers</a></li>
        <li><a href="/careers/development">Development</a></li>
        <li>Capability</li>
      </ol>
    </nav>
    <aside class="sidebar" role="complementary">
      <nav aria-label="Development">
        <h2 class="sidebar__title">Development</h2>
        <ul>
          <li><a href="/careers/development/learning">Learning and development</a></li>
          <li><a href="/careers/development/capability" class="is-active">Capability</a></li>
          <li><a href="/careers/development/professional-qualifications">Professional qualifications</a></li>
          <li><a href="/careers/development/graduate-program">Graduate program</a></li>
        </ul>
      </nav>
    </aside>
    <main id="main-content" role="main">
      <h1 class="page-title">Capability</h1>
      <p>The ANAO Capability Framework sets out the groups of behaviours and skills our workforce needs for strong business performance. It is a tool to help every staff member and manager be effective in their role. All staff are encouraged to use the framework regularly, in particular in these HR processes:</p>
      <ul>
        <li>Learning and Development;</li>
        <li>Recruitment and Selection; and</li>
        <li>Performance Assessment.</li>
      </ul>
      <p>These capability expectations sit alongside the ANAO\u2019s Work Level Standards (WLS), which describe the key responsibilities staff are expected to deliver, that is, what staff do.</p>
      <h2>Explanation of the framework</h2>
      <p>The ANAO Capability Framework replaced the generic APS capability framework and the Integrated Leadership System (ILS). It gives examples of the actions people take in doing their work at the ANAO, so that expectations are clear and capability levels can be assessed reliably.</p>
      <h2>ANAO Core Capability Framework</h2>
      <p>The Core Capability Framework describes the core skills, capacities, applied knowledge and personal attributes that together underpin effective performance at each classification level in the ANAO, across the wide range of roles in the office.</p>
      <p>The descriptions are general and need to be read against the broad job context and the particular requirements of a role. Not every example of behaviour will apply to every role at a classification level, and a role may draw on capabilities from a higher or lower level. The capabilities are not cumulative: they are written to show what differs between classification levels.</p>
      <p>The framework describes six broad capabilities from the APS 3 to the EL 2 level. Five follow the categories of the Australian Public Service Commission\u2019s Integrated Leadership System; the sixth, Technical Proficiency, describes the subject matter expertise of the auditing profession. Two of the capabilities are shown below; all six are set out in the full framework.</p>
      <p class="file"><a href="/sites/default/files/ANAO-Core-Capability-Framework.pdf">ANAO Core Capability Framework (PDF 412 KB)</a></p>
      <div class="accordion">
{caps}      </div>
      <p class="back-to-top"><a href="#main-content">Back to top</a></p>
      <div class="page-meta">
        <p>Page last updated: 14 June 2023</p>
      </div>
    </main>
  </div>
  <footer class="site-footer" role="contentinfo">
    <p class="acknowledgement">The ANAO acknowledges the Traditional Custodians of Country throughout Australia and their continuing connection to land, sea and community. We pay our respects to Elders past and present.</p>
    <ul class="footer-links">
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/copyright">Copyright</a></li>
      <li><a href="/disclaimer">Disclaimer</a></li>
      <li><a href="/privacy">Privacy</a></li>
      <li><a href="/freedom-information">Freedom of information</a></li>
    </ul>
    <p>&copy; Commonwealth of Australia</p>
  </footer>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
  <script src="/themes/custom/anao/dist/js/accordion.js?s8k2q1"></script>
</body>
</html>
"""


def gold():
    comps = []
    for name, definition, levels in CAPS:
        lv = [B.level(i + 1, lab, bullets, STEM) for i, (lab, bullets) in enumerate(zip(LEVELS, levels))]
        comps.append(B.competency(name, STEM, definition=definition, levels=lv))
    return comps


def main():
    DOC.write_text(build_html(), encoding="utf-8")
    print(B.write_gold(DOC, "html", TITLE, gold()))


if __name__ == "__main__":
    main()

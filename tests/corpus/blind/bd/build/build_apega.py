"""APEGA - "22 Key Competencies & Indicators for CBA Applications" page, excerpt (HTML).

Hand-written page in the style of apega.ca: skip link, cookie notice, utility bar, logo, mega-menu nav,
breadcrumb, left sub-navigation for the Work Experience section, h1, intro paragraph with links (CBA tool,
CBA Guide PDF, YouTube playlist), then h2 "Competency Category 1 - Technical Competence" etc. with h3
"1.1 Regulation, Codes, and Standards", a one-sentence description paragraph and an indicator list per
competency; "Back to top" link, feedback widget, footer (address, social links, copyright), GTM/jQuery
scripts. Excerpt: categories 1-3 (11 of the 22 competencies).
"""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bdlib as B

STEM = "apega-key-competencies"
TITLE = "22 Key Competencies & Indicators for CBA Applications"

CATS = [
    ("Competency Category 1 \u2013 Technical Competence", [
        ("1.1", "Regulation, Codes, and Standards",
         "Demonstrate knowledge of regulations, codes, standards, and safety \u2013 including local "
         "engineering procedures and practices where they apply",
         ["Identify the legal and regulatory requirements that apply to project activities, and comply "
          "with them",
          "Build knowledge of codes and regulations into design materials",
          "Prepare reports that assess whether a project complies with codes, standards, and regulations",
          "Recognize the need to design for code compliance, and for the ability to construct, operate, "
          "and maintain the work once it is built"]),
        ("1.2", "Project and Design Constraints",
         "Demonstrate knowledge of materials or operations, as appropriate, and of project and design "
         "constraints; design to best fit the intended purpose or service and address impacts on other "
         "disciplines",
         ["Demonstrate knowledge of materials, operations, project, and design constraints (e.g., cost, "
          "materials, labour, time, budget, production)",
          "Demonstrate understanding of, and coordination with, other engineering and professional "
          "disciplines"]),
        ("1.3", "Risk Identification and Mitigation",
         "Analyze technical risks and propose solutions to reduce them",
         ["Demonstrate familiarity with system protection and hazard mitigation objectives, practices, "
          "and procedures",
          "Identify the areas of risk in a project and the ways they can be reduced",
          "Evaluate the consequences of a design or system failure"]),
        ("1.4", "Application of Engineering Knowledge",
         "Apply engineering knowledge to design solutions",
         ["Apply engineering principles and theory to develop solutions",
          "Select and use appropriate tools, software, and methods of analysis",
          "Prepare or review specifications, drawings, or models"]),
        ("1.5", "Verification of Results",
         "Understand solution techniques and verify the results independently",
         ["Check results using an independent method, such as a hand calculation or a second model",
          "Identify the assumptions and limitations of analysis methods and software"]),
        ("1.6", "Safety Awareness",
         "Be aware of the safety risks inherent in a design, and demonstrate safety awareness in the "
         "workplace",
         ["Identify hazards to workers, the public, and the environment at each stage of a project",
          "Follow site-specific and corporate safety procedures",
          "Incorporate safety features and safeguards into designs"]),
    ]),
    ("Competency Category 2 \u2013 Communication", [
        ("2.1", "Oral Communication",
         "Communicate clearly and respectfully in spoken English",
         ["Present technical information to colleagues, clients, and the public",
          "Take part in meetings and explain the reasons for engineering decisions"]),
        ("2.2", "Written Communication",
         "Communicate clearly and concisely in written English",
         ["Write technical reports, specifications, letters, and memos",
          "Adapt the style and content of writing to technical and non-technical readers"]),
        ("2.3", "Reading and Listening",
         "Understand written and spoken information and instructions",
         ["Read and interpret technical documents, codes, and correspondence",
          "Listen actively and confirm understanding of instructions and feedback"]),
    ]),
    ("Competency Category 3 \u2013 Project and Financial Management", [
        ("3.1", "Project Management Principles",
         "Understand and apply the principles of project management",
         ["Plan, schedule, and monitor project activities",
          "Track progress against milestones and budget, and report variances"]),
        ("3.2", "Finances and Budget",
         "Demonstrate awareness of the financial, budgetary, and commercial aspects of a project",
         ["Prepare or contribute to cost estimates and budgets",
          "Explain the economic factors that influence engineering decisions"]),
    ]),
]

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>22 Key Competencies &amp; Indicators for CBA Applications | APEGA</title>
<meta name="description" content="Descriptions of the 22 key competencies and their indicators for competency-based assessment applications.">
<link rel="canonical" href="https://www.apega.ca/apply/membership/licensee/work-experience/engineers/competency-based-assessment-tool/competencies-and-indicators">
<link rel="stylesheet" href="/assets/css/site.min.css?v=4.12.2">
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-XXXXXXX');</script>
</head>
<body class="page-template page-competencies">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-XXXXXXX" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="cookie-notice" role="dialog" aria-live="polite">
  <p>We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies. <a href="/privacy-policy">Learn more</a></p>
  <button type="button" class="cookie-accept">Accept</button>
</div>
<div class="utility-bar">
  <ul>
    <li><a href="https://apegamemberportal.apega.ca/">Member Self-Service Centre</a></li>
    <li><a href="/contact-us">Contact Us</a></li>
    <li><a href="/news">News</a></li>
    <li><a href="/search" aria-label="Search">Search</a></li>
  </ul>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/apega-logo.svg" alt="APEGA - Association of Professional Engineers and Geoscientists of Alberta" width="180" height="60"></a>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/apply">Apply</a></li>
      <li><a href="/members">Members</a></li>
      <li><a href="/permit-holders">Permit Holders</a></li>
      <li><a href="/enforcement">Enforcement</a></li>
      <li><a href="/about-apega">About APEGA</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/apply">Apply</a></li>
    <li><a href="/apply/membership">Membership</a></li>
    <li><a href="/apply/membership/licensee">Licensee</a></li>
    <li><a href="/apply/membership/licensee/work-experience">Work Experience</a></li>
    <li><a href="/apply/membership/licensee/work-experience/engineers">Engineers</a></li>
    <li><a href="/apply/membership/licensee/work-experience/engineers/competency-based-assessment-tool">Competency-Based Assessment Tool</a></li>
    <li aria-current="page">Competencies and Indicators</li>
  </ol>
</nav>
<div class="layout">
<aside class="sidebar">
  <h2 class="sidebar-title">Work Experience</h2>
  <ul class="subnav">
    <li><a href="/apply/membership/licensee/work-experience/engineers">Engineers</a></li>
    <li class="active"><a href="/apply/membership/licensee/work-experience/engineers/competency-based-assessment-tool">Competency-Based Assessment Tool</a></li>
    <li><a href="/apply/membership/licensee/work-experience/engineers/competency-based-assessment-tool/competencies-and-indicators">Competencies and Indicators</a></li>
    <li><a href="/apply/membership/licensee/work-experience/geoscientists">Geoscientists</a></li>
    <li><a href="/apply/membership/licensee/work-experience/validators">Validators</a></li>
  </ul>
</aside>
<main id="main-content" class="content">
"""

FOOT = """  <p class="back-to-top"><a href="#main-content">Back to top</a></p>
  <div class="page-feedback">
    <p>Was this page helpful?</p>
    <button type="button" data-answer="yes">Yes</button> <button type="button" data-answer="no">No</button>
  </div>
</main>
</div>
<footer class="site-footer">
  <div class="footer-col">
    <p><strong>APEGA</strong><br>1500 Scotia One, 10060 Jasper Avenue NW<br>Edmonton AB T5J 4A2</p>
    <p>Toll-free: 1-800-661-7020</p>
  </div>
  <div class="footer-col">
    <ul>
      <li><a href="/careers">Careers at APEGA</a></li>
      <li><a href="/privacy-policy">Privacy Policy</a></li>
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/terms-of-use">Terms of Use</a></li>
    </ul>
  </div>
  <div class="footer-social">
    <a href="https://www.linkedin.com/company/apega" aria-label="LinkedIn">LinkedIn</a>
    <a href="https://www.facebook.com/APEGA.Alberta" aria-label="Facebook">Facebook</a>
    <a href="https://www.youtube.com/user/APEGAvideo" aria-label="YouTube">YouTube</a>
  </div>
  <p class="copyright">&copy; 2024 Association of Professional Engineers and Geoscientists of Alberta. All rights reserved.</p>
</footer>
<script src="/assets/js/jquery-3.6.0.min.js"></script>
<script src="/assets/js/site.min.js?v=4.12.2"></script>
<script>
  $(function () { $('.cookie-accept').on('click', function () { $('.cookie-notice').hide(); document.cookie = 'apega_cookie_ok=1;path=/'; }); });
</script>
</body>
</html>
"""


def e(s):
    return html.escape(s, quote=False)


def build():
    out = [HEAD]
    out.append(f"  <h1>{e(TITLE)}</h1>\n")
    out.append("  <p>To become a Professional Engineer or Licensee with APEGA, you need to complete a "
               "competency-based assessment (CBA). The descriptions of the key competencies and their "
               "indicators below will help you plan your answers. Give specific details of your own work "
               "experience for each competency. Answers that copy and paste the indicators will not be "
               "accepted.</p>\n")
    out.append('  <p><a href="/apply/membership/licensee/work-experience/engineers/competency-based-assessment-tool">'
               "Read about the Competency-Based Assessment Tool</a> "
               '<a class="btn-pdf" href="/assets/pdf/cba-guide.pdf">Download the CBA Guide (PDF)</a></p>\n')
    out.append('  <p><a href="https://www.youtube.com/playlist?list=PLcba">Watch the full Competency-Based '
               "Assessement playlist on YouTube</a></p>\n")
    for cat, comps in CATS:
        out.append(f'  <section class="competency-category">\n    <h2>{e(cat)}</h2>\n')
        for code, name, desc, inds in comps:
            out.append(f'    <h3 id="c{code.replace(".", "-")}">{code} {e(name)}</h3>\n')
            out.append(f"    <p>{e(desc)}</p>\n    <ul>\n")
            for t in inds:
                out.append(f"      <li>{e(t)}</li>\n")
            out.append("    </ul>\n")
        out.append("  </section>\n")
    out.append(FOOT)
    path = B.DOCS / f"{STEM}.html"
    path.write_text("".join(out), encoding="utf-8")
    return path


def gold(path):
    g = B.Gold(path, "html", TITLE)
    for cat, comps in CATS:
        for code, name, desc, inds in comps:
            g.competency(name, desc, indicators=g.items(inds))
    return g.write()


if __name__ == "__main__":
    print(gold(build()))

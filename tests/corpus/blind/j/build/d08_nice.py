"""NIST, National Initiative for Cybersecurity Education (NICE): NICE Framework Competency Areas (NICE Framework
Resource Center page). Excerpt of three competency areas.

HTML, hand-written with nist.gov chrome (gov banner, header nav, breadcrumb, footer, analytics / Drupal settings
scripts). Two-column layout: a sticky sidebar "On this page" table of contents, the content inside <article> with
one <section id=...> per competency area: h2 with the area's ID code in a span before the name, a description
paragraph, "Knowledge Statements" and "Skill Statements" lists whose items start with a K/S code span, and a
"Back to top" link.
"""
from html import escape

import helpers as H

STEM = "nice-framework-competency-areas"
DOC = STEM
TITLE = "NICE Framework Competency Areas"

AREAS = [
    ("nf-com-001", "NF-COM-001", "Access Controls",
     "This Competency Area describes a learner\u2019s ability to manage the identities, credentials and access "
     "rights that let users and devices reach systems, data and facilities, so that only authorized use takes "
     "place.",
     [("K0716", "Knowledge of identity and access management principles and practices"),
      ("K0717", "Knowledge of authentication and authorization methods"),
      ("K0721", "Knowledge of the principles of least privilege and separation of duties"),
      ("K0724", "Knowledge of privileged access management tools")],
     [("S0412", "Skill in configuring role-based access controls"),
      ("S0415", "Skill in reviewing account permissions to detect excessive privileges"),
      ("S0418", "Skill in implementing multifactor authentication")]),
    ("nf-com-006", "NF-COM-006", "Cryptography",
     "This Competency Area describes a learner\u2019s ability to use cryptographic methods and tools to protect "
     "the confidentiality, integrity and authenticity of data at rest and in transit, and to manage the keys on "
     "which those methods depend.",
     [("K0803", "Knowledge of symmetric and asymmetric encryption algorithms"),
      ("K0805", "Knowledge of hashing and digital signature methods"),
      ("K0808", "Knowledge of public key infrastructure (PKI)"),
      ("K0811", "Knowledge of cryptographic key management practices")],
     [("S0520", "Skill in selecting cryptographic mechanisms suited to a requirement"),
      ("S0523", "Skill in configuring encryption for data in transit"),
      ("S0527", "Skill in managing certificate life cycles")]),
    ("nf-com-011", "NF-COM-011", "Supply Chain Security",
     "This Competency Area describes a learner\u2019s ability to identify, assess and reduce the cybersecurity "
     "risks that come from suppliers, products and services across the life cycle of systems and their "
     "components.",
     [("K0902", "Knowledge of cyber supply chain risk management practices"),
      ("K0906", "Knowledge of software bill of materials (SBOM) concepts"),
      ("K0909", "Knowledge of acquisition and contracting processes")],
     [("S0611", "Skill in assessing the security practices of suppliers"),
      ("S0614", "Skill in evaluating the provenance of hardware and software components"),
      ("S0618", "Skill in writing security requirements for contracts")]),
]


def section(sid, code, name, desc, ks, ss):
    def lis(rows):
        return "\n".join(f'          <li><span class="tks-id">{c}</span> {escape(t)}</li>' for c, t in rows)
    return f"""
      <section id="{sid}" class="competency-area" aria-labelledby="{sid}-title">
        <h2 id="{sid}-title"><span class="ca-id">{code}</span> {escape(name)}</h2>
        <p class="ca-description">{escape(desc)}</p>
        <h3>Knowledge Statements</h3>
        <ul class="tks-list">
{lis(ks)}
        </ul>
        <h3>Skill Statements</h3>
        <ul class="tks-list">
{lis(ss)}
        </ul>
        <p class="back-to-top"><a href="#main-content">Back to top</a></p>
      </section>"""


def page():
    toc = "\n".join(f'            <li><a href="#{sid}">{escape(name)}</a></li>' for sid, _, name, *_ in AREAS)
    secs = "".join(section(*a) for a in AREAS)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>NICE Framework Competency Areas | NIST</title>
  <meta name="description" content="Competency Areas of the Workforce Framework for Cybersecurity (NICE Framework).">
  <link rel="stylesheet" href="/themes/custom/nist_www/css/style.css">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-XXXXXXXXXX');</script>
  <style>
    .layout {{ display: flex; gap: 2rem; }}
    .sidebar {{ flex: 0 0 16rem; position: sticky; top: 1rem; align-self: flex-start; }}
    .ca-id {{ display: inline-block; font-size: .8em; background: #e1f3f8; padding: 0 .4em; margin-right: .4em; }}
    .tks-id {{ font-family: monospace; color: #555; margin-right: .3em; }}
  </style>
</head>
<body class="path-node page-node-type-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <section class="usa-banner" aria-label="Official government website">
    <div class="usa-banner__header"><p>An official website of the United States government</p>
      <button class="usa-banner__button" aria-expanded="false">Here\u2019s how you know</button></div>
  </section>
  <header class="nist-header" role="banner">
    <a href="/" class="nist-logo" title="National Institute of Standards and Technology">NIST</a>
    <nav class="nist-menu" aria-label="Main">
      <ul>
        <li><a href="/publications">Publications</a></li>
        <li><a href="/topics">Topics</a></li>
        <li><a href="/labs-major-programs">Labs &amp; Major Programs</a></li>
        <li><a href="/services-resources">Services &amp; Resources</a></li>
        <li><a href="/news-events">News &amp; Events</a></li>
        <li><a href="/about-nist">About NIST</a></li>
      </ul>
    </nav>
    <form class="nist-search" action="/search" role="search"><label for="q">Search NIST</label><input id="q" name="s" type="search"></form>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/itl">Information Technology</a></li>
      <li><a href="/itl/applied-cybersecurity">Applied Cybersecurity</a></li>
      <li><a href="/itl/applied-cybersecurity/nice">NICE</a></li>
      <li><a href="/itl/applied-cybersecurity/nice/nice-framework-resource-center">NICE Framework Resource Center</a></li>
      <li>Competency Areas</li>
    </ol>
  </nav>
  <div class="layout">
    <aside class="sidebar" role="complementary">
      <nav class="on-this-page" aria-label="On this page">
        <h2>On this page</h2>
        <ul>
            <li><a href="#overview">Overview</a></li>
{toc}
            <li><a href="#resources">Related resources</a></li>
        </ul>
      </nav>
    </aside>
    <main id="main-content" role="main">
      <article class="node node--type-page">
      <h1>{TITLE}</h1>
      <section id="overview">
        <h2>Overview</h2>
        <p>Competency Areas are groups of related Knowledge and Skill statements that together describe a
        learner\u2019s capability in a particular domain of cybersecurity work. They complement Work Roles: a Work
        Role says what work is done, a Competency Area says what a learner can do in a domain, whatever their
        role.</p>
        <p>Each Competency Area has an identifier, a name, a description and the Knowledge and Skill statements
        that make it up. The areas below are an extract; the complete list is published in the NICE Framework
        Components.</p>
      </section>{secs}
      <section id="resources">
        <h2>Related resources</h2>
        <ul>
          <li><a href="/document/nice-framework-components-v100">NICE Framework Components v1.0.0 (XLSX)</a></li>
          <li><a href="/itl/applied-cybersecurity/nice/nice-framework-resource-center/work-roles">NICE Framework Work Roles</a></li>
          <li><a href="/itl/applied-cybersecurity/nice/nice-framework-resource-center/framework-history">NICE Framework history</a></li>
        </ul>
      </section>
      <p class="updated">Created May 2, 2024, Updated March 5, 2025</p>
      </article>
    </main>
  </div>
  <footer class="nist-footer" role="contentinfo">
    <div class="nist-footer__address">
      <p>HEADQUARTERS<br>100 Bureau Drive<br>Gaithersburg, MD 20899</p>
      <p><a href="/about-nist/contact-us">Contact Us</a> | <a href="/oism/site-privacy">Site Privacy</a> |
      <a href="/oism/accessibility">Accessibility</a> | <a href="/privacy">Privacy Program</a> |
      <a href="/oism/copyrights">Copyrights</a> | <a href="/foia">FOIA</a></p>
    </div>
    <ul class="nist-footer__social">
      <li><a href="https://x.com/NIST">X</a></li><li><a href="https://www.facebook.com/NIST">Facebook</a></li>
      <li><a href="https://www.linkedin.com/company/nist">LinkedIn</a></li>
      <li><a href="https://www.youtube.com/user/USNISTGOV">YouTube</a></li>
    </ul>
  </footer>
  <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/1712866","currentLanguage":"en"}},"gtag":{{"tagId":"G-XXXXXXXXXX"}}}}</script>
  <script src="/core/misc/drupal.js"></script>
  <script src="/themes/custom/nist_www/js/on-this-page.js"></script>
</body>
</html>
"""


def build():
    out = H.DOCS / f"{STEM}.html"
    out.write_text(page(), encoding="utf-8")
    comps = []
    for sid, code, name, desc, ks, ss in AREAS:
        ind = (H.items(DOC, [t for _, t in ks], group="Knowledge Statements") +
               H.items(DOC, [t for _, t in ss], group="Skill Statements"))
        comps.append(H.competency(DOC, name, desc, indicators=ind))
    H.write_gold(out, "html", TITLE, comps)

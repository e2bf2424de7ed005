"""CISA NICCS - NICE Framework Competency Area page "Cloud Security" (hand-written HTML).

Page chrome of a CISA / NICCS Drupal page (gov banner, header, mega-nav, breadcrumb, "last updated",
footer, scripts); content: kicker "Competency Area", h1, "NICE Framework ID", description, then
"Knowledge" and "Skills" lists whose items carry the statement ID in its own <span>.
"""
import html

import bplib as L

STEM = "niccs-competency-area-cloud-security"
NAME = "Cloud Security"
CID = "NF-COM-004"
DESCRIPTION = ("This Competency Area describes a learner's capabilities to protect data, applications and "
               "infrastructure that are hosted in cloud environments, including the shared responsibilities "
               "of cloud providers and customers, secure configuration of cloud services, and the detection "
               "of and response to threats against cloud resources.")
KNOWLEDGE = [
    ("K1201", "Knowledge of cloud service models and deployment models"),
    ("K1202", "Knowledge of the shared responsibility model between cloud service providers and customers"),
    ("K1203", "Knowledge of identity federation and access management in cloud environments"),
    ("K1204", "Knowledge of data protection methods for data stored in and moving between cloud services"),
    ("K1205", "Knowledge of virtualization and container isolation technologies"),
    ("K1206", "Knowledge of secure configuration baselines for cloud platforms"),
    ("K1207", "Knowledge of logging and monitoring capabilities offered by cloud service providers"),
    ("K1208", "Knowledge of laws, regulations and policies that govern where cloud data may be stored"),
    ("K1209", "Knowledge of threats and vulnerabilities specific to multi-tenant environments"),
]
SKILLS = [
    ("S0811", "Skill in configuring security controls for cloud storage and compute services"),
    ("S0812", "Skill in assessing the security posture of a cloud tenant"),
    ("S0813", "Skill in writing access policies that enforce least privilege in cloud accounts"),
    ("S0814", "Skill in analyzing cloud audit logs to identify suspicious activity"),
    ("S0815", "Skill in integrating security checks into automated cloud deployment pipelines"),
]


def tks_list(rows):
    out = []
    for tid, text in rows:
        out.append(
            f'            <li class="tks-item"><span class="tks-id">{tid}</span>\n'
            f'              <a class="tks-statement" href="/workforce-development/nice-framework/'
            f'{"knowledge" if tid[0] == "K" else "skills"}/{tid.lower()}">{html.escape(text)}</a></li>')
    return "\n".join(out)


PAGE = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{NAME} | NICCS</title>
  <meta name="description" content="NICE Framework Competency Area: {NAME}">
  <link rel="stylesheet" href="/themes/custom/niccs/dist/css/styles.css?t4kq9z">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-9MDR73GM0K"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date()); gtag('config', 'G-9MDR73GM0K');</script>
  <script src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=DHS&amp;subagency=CISA" id="_fed_an_ua_tag"></script>
</head>
<body class="path-node page-node-type-competency-area">
  <a href="#main-content" class="usa-skipnav">Skip to main content</a>
  <section class="usa-banner" aria-label="Official website of the United States government">
    <div class="usa-accordion">
      <header class="usa-banner__header">
        <div class="usa-banner__inner">
          <img class="usa-banner__header-flag" src="/themes/custom/niccs/dist/img/us_flag_small.png" alt="U.S. flag">
          <p class="usa-banner__header-text">An official website of the United States government</p>
          <button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default">
            <span class="usa-banner__button-text">Here\u2019s how you know</span></button>
        </div>
      </header>
      <div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden>
        <div class="usa-banner__guidance"><p><strong>Official websites use .gov</strong><br>A <strong>.gov</strong> website belongs to an official government organization in the United States.</p></div>
        <div class="usa-banner__guidance"><p><strong>Secure .gov websites use HTTPS</strong><br>A <strong>lock</strong> or <strong>https://</strong> means you\u2019ve safely connected to the .gov website. Share sensitive information only on official, secure websites.</p></div>
      </div>
    </div>
  </section>
  <header class="c-site-header" role="banner">
    <div class="c-site-header__top">
      <a class="c-site-header__cisa" href="https://www.cisa.gov/">CISA.gov</a>
      <a class="c-site-header__logo" href="/" rel="home"><img src="/themes/custom/niccs/dist/img/niccs-logo.svg" alt="NICCS home"><span>National Initiative for Cybersecurity Careers and Studies</span></a>
      <form class="c-site-header__search" action="/search" method="get" role="search">
        <label class="usa-sr-only" for="search-field">Search</label>
        <input id="search-field" type="search" name="keys" placeholder="Search NICCS">
        <button type="submit">Search</button>
      </form>
    </div>
    <nav class="c-main-nav" aria-label="Main navigation">
      <ul>
        <li><a href="/cybersecurity-career-resources">Cybersecurity Careers</a></li>
        <li><a href="/workforce-development" class="is-active">Workforce Development</a></li>
        <li><a href="/education-training">Education &amp; Training</a></li>
        <li><a href="/education-training/catalog">Training Catalog</a></li>
        <li><a href="/about-niccs">About NICCS</a></li>
      </ul>
    </nav>
  </header>
  <main id="main-content" class="c-main">
    <nav class="usa-breadcrumb" aria-label="Breadcrumbs">
      <ol class="usa-breadcrumb__list">
        <li class="usa-breadcrumb__list-item"><a href="/">Home</a></li>
        <li class="usa-breadcrumb__list-item"><a href="/workforce-development">Workforce Development</a></li>
        <li class="usa-breadcrumb__list-item"><a href="/workforce-development/nice-framework">NICE Framework</a></li>
        <li class="usa-breadcrumb__list-item"><a href="/workforce-development/nice-framework/competency-areas">Competency Areas</a></li>
        <li class="usa-breadcrumb__list-item usa-current" aria-current="page"><span>{NAME}</span></li>
      </ol>
    </nav>
    <article class="c-competency-area">
      <div class="c-page-title">
        <p class="c-page-title__kicker">Competency Area</p>
        <h1 class="c-page-title__title">{NAME}</h1>
      </div>
      <div class="c-competency-area__meta">
        <p><strong>NICE Framework ID:</strong> {CID}</p>
      </div>
      <div class="c-competency-area__description">
        <p>{html.escape(DESCRIPTION)}</p>
      </div>
      <section class="c-tks" aria-labelledby="tks-heading">
        <h2 id="tks-heading">Knowledge and Skills in this Competency Area</h2>
        <div class="c-tks__group">
          <h3>Knowledge</h3>
          <ul class="tks-list">
{tks_list(KNOWLEDGE)}
          </ul>
        </div>
        <div class="c-tks__group">
          <h3>Skills</h3>
          <ul class="tks-list">
{tks_list(SKILLS)}
          </ul>
        </div>
      </section>
      <div class="c-related-links">
        <h2>Related Resources</h2>
        <ul>
          <li><a href="/workforce-development/nice-framework">Explore the NICE Framework</a></li>
          <li><a href="/workforce-development/nice-framework/competency-areas">View all Competency Areas</a></li>
          <li><a href="/workforce-development/nice-framework-mapping-tool">NICE Framework Mapping Tool</a></li>
        </ul>
      </div>
      <p class="c-last-updated">This page was last updated on March 5, 2025.</p>
    </article>
    <a class="c-back-to-top" href="#main-content">Return to top</a>
  </main>
  <footer class="c-site-footer" role="contentinfo">
    <div class="c-site-footer__nav">
      <ul>
        <li><a href="/about-niccs">About NICCS</a></li>
        <li><a href="/contact-us">Contact Us</a></li>
        <li><a href="/faqs">FAQs</a></li>
        <li><a href="/glossary">Glossary</a></li>
      </ul>
    </div>
    <div class="c-site-footer__agency">
      <a href="https://www.cisa.gov/"><img src="/themes/custom/niccs/dist/img/cisa-logo.svg" alt="CISA"></a>
      <p>Cybersecurity and Infrastructure Security Agency</p>
      <ul class="c-site-footer__links">
        <li><a href="https://www.cisa.gov/about">About CISA</a></li>
        <li><a href="https://www.cisa.gov/accessibility">Accessibility</a></li>
        <li><a href="https://www.dhs.gov/performance-financial-reports">Budget and Performance</a></li>
        <li><a href="https://www.dhs.gov">DHS.gov</a></li>
        <li><a href="https://www.cisa.gov/foia">FOIA Requests</a></li>
        <li><a href="https://www.cisa.gov/no-fear-act-reporting">No FEAR Act</a></li>
        <li><a href="https://www.cisa.gov/privacy-policy">Privacy Policy</a></li>
        <li><a href="https://www.cisa.gov/vulnerability-disclosure-policy">Vulnerability Disclosure Policy</a></li>
        <li><a href="https://www.usa.gov/">USA.gov</a></li>
      </ul>
      <p class="c-site-footer__dhs">An official website of the U.S. Department of Homeland Security</p>
    </div>
  </footer>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
  <script src="/themes/custom/niccs/dist/js/uswds.min.js?t4kq9z"></script>
  <script>jQuery(function($){{ $('.usa-banner__button').on('click', function(){{ $('#gov-banner-default').prop('hidden', function(i, v){{ return !v; }}); }}); }});</script>
</body>
</html>
"""


def build():
    out = L.DOCS / f"{STEM}.html"
    out.write_text(PAGE, encoding="utf-8")
    return out


def gold(out):
    ind = L.items(STEM, [t for _i, t in KNOWLEDGE], "Knowledge") + L.items(STEM, [t for _i, t in SKILLS], "Skills")
    comps = [L.competency(STEM, NAME, DESCRIPTION, indicators=ind)]
    L.write_gold(out, "html", NAME, comps)


def main():
    out = build()
    gold(out)
    print("built", out.name)


if __name__ == "__main__":
    main()

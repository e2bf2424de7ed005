"""European Commission, DG Regional and Urban Policy, "Competency framework" page (EU Competency Framework for
the management and implementation of the ERDF and Cohesion Fund) -> HTML.

Layout: hand-written Europa Component Library (ECL) page: cookie-consent JSON, site header (European Commission
logo, language "English", search), site name "Regional Policy", menu, breadcrumb, page header with meta line,
intro, "Proficiency levels" ECL description list (generic four-level scale), then per competency group an h3 and
an ECL TABLE WITH THE FOUR LEVELS AS COLUMNS: Competency | Description | Awareness | Knowledge | Advanced |
Expert, one row per competency (cells carry data-ecl-table-header attributes); a file download block, "Related
links", ECL footer and scripts.
"""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bklib as L  # noqa: E402

STEM = "dgregio-erdf-cf-competency-framework"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Competency framework"
LEVELS = ["Awareness", "Knowledge", "Advanced", "Expert"]

SCALE = [("Awareness", "has a basic understanding of the subject and knows where to find guidance."),
         ("Knowledge", "applies the competency in routine situations, with support where needed."),
         ("Advanced", "applies the competency independently in complex situations and can guide others."),
         ("Expert", "is a point of reference for the competency inside and outside the administration.")]

GROUPS = [
    ("management", "Management competencies",
     "Management competencies are required of staff who lead units, teams or whole bodies involved in the "
     "funds.", [
         ("Strategic planning",
          "Ability to set medium- and long-term objectives for the programme and to plan the resources and "
          "actions needed to achieve them.",
          ["Knows the strategic documents that frame the programme and where to find them.",
           "Contributes to annual work plans and explains how they link to programme objectives.",
           "Prepares multi-annual plans, sets milestones and adjusts them when the context changes.",
           "Defines the strategic direction of the programme and aligns it with EU and national priorities."]),
         ("Team management",
          "Ability to organise, motivate and develop a team so that it delivers programme tasks effectively.",
          ["Understands the roles within the team and the basic principles of delegation.",
           "Allocates tasks according to the skills of team members and monitors their progress.",
           "Builds the capacity of the team through coaching, feedback and the planning of training.",
           "Designs the organisation of several teams and leads changes in working methods across the body."]),
     ]),
    ("professional", "Professional competencies",
     "Professional competencies are the behavioural and transversal skills needed by all staff.", [
         ("Negotiation",
          "Ability to reach agreements with beneficiaries, partners and other stakeholders that protect the "
          "interests of the programme.",
          ["Knows the basic techniques of negotiation and the mandate given by the institution.",
           "Prepares arguments and fall-back positions for routine negotiations with beneficiaries.",
           "Leads negotiations on complex projects and finds solutions acceptable to all parties.",
           "Negotiates with the European Commission and national authorities on behalf of the programme."]),
         ("Problem solving",
          "Ability to identify problems in the implementation of the funds, analyse their causes and find "
          "workable solutions.",
          ["Recognises common implementation problems and reports them to the right person.",
           "Analyses the causes of routine problems and proposes solutions within existing rules.",
           "Solves complex or unprecedented problems and prevents them from recurring.",
           "Anticipates systemic problems and designs changes to procedures and management systems."]),
     ]),
]


def e(s):
    return html.escape(s, quote=False)


def table(comps):
    head = "".join(f'<th class="ecl-table__header" scope="col">{h}</th>'
                   for h in ["Competency", "Description"] + LEVELS)
    rows = []
    for name, desc, levels in comps:
        cells = [f'<td class="ecl-table__cell" data-ecl-table-header="Competency"><strong>{e(name)}</strong></td>',
                 f'<td class="ecl-table__cell" data-ecl-table-header="Description">{e(desc)}</td>']
        cells += [f'<td class="ecl-table__cell" data-ecl-table-header="{lv}">{e(t)}</td>'
                  for lv, t in zip(LEVELS, levels)]
        rows.append('            <tr class="ecl-table__row">\n              ' + "\n              ".join(cells)
                    + "\n            </tr>")
    return (f'<div class="ecl-table-responsive">\n        <table class="ecl-table ecl-table--zebra">\n'
            f'          <thead class="ecl-table__head"><tr class="ecl-table__row">{head}</tr></thead>\n'
            f'          <tbody class="ecl-table__body">\n' + "\n".join(rows) +
            '\n          </tbody>\n        </table>\n      </div>')


def render():
    scale = "\n".join(f'        <dt class="ecl-description-list__term">{t}</dt>\n'
                      f'        <dd class="ecl-description-list__definition">{e(dd)}</dd>' for t, dd in SCALE)
    groups = []
    for gid, gtitle, gdesc, comps in GROUPS:
        groups.append(f'      <h3 class="ecl-u-type-heading-3" id="{gid}">{e(gtitle)}</h3>\n'
                      f'      <p class="ecl-u-type-paragraph">{e(gdesc)}</p>\n      ' + table(comps))
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Competency framework - European Commission</title>
<meta name="description" content="The Competency Framework and Self-Assessment Tool help Member State administrations identify and address competency gaps in managing EU funds for cohesion policy.">
<link rel="canonical" href="https://ec.europa.eu/regional_policy/policy/how/improving-investment/competency-framework_en">
<link rel="stylesheet" href="https://cdn1.fpfis.tech.ec.europa.eu/ecl/v3.11.1/ec/styles/ecl-ec.css" media="screen">
<link rel="stylesheet" href="https://cdn1.fpfis.tech.ec.europa.eu/ecl/v3.11.1/ec/styles/ecl-ec-print.css" media="print">
<script type="application/json">{{"utility":"cck","url":"https:\\/\\/ec.europa.eu\\/info\\/cookies_en"}}</script>
<script type="application/json">{{"service":"etrans","languages":{{"exclude":["en"]}},"renderAs":{{"button":false,"icon":false,"link":true}}}}</script>
<script defer src="https://webtools.europa.eu/load.js" type="text/javascript"></script>
</head>
<body class="language-en ecl-typography">
<a href="#main-content" class="ecl-skip-link" id="skip-id">Skip to main content</a>
<header class="ecl-site-header-core" data-ecl-auto-init="SiteHeaderCore">
  <div class="ecl-site-header-core__container ecl-container">
    <div class="ecl-site-header-core__top">
      <a class="ecl-link ecl-link--standalone ecl-site-header-core__logo-link" href="https://commission.europa.eu/index_en" aria-label="Home - European Commission">
        <picture class="ecl-picture ecl-site-header-core__picture" title="European Commission"><img class="ecl-site-header-core__logo-image" src="https://cdn1.fpfis.tech.ec.europa.eu/ecl/v3.11.1/ec/images/logo/positive/logo-ec--en.svg" alt="European Commission logo"></picture>
      </a>
      <div class="ecl-site-header-core__action">
        <div class="ecl-site-header-core__language"><a class="ecl-button ecl-button--ghost ecl-site-header-core__language-selector" href="#" data-ecl-language-selector role="button" aria-label="Change language, current language is English"><span class="ecl-site-header-core__language-icon">EN</span>English</a></div>
        <div class="ecl-site-header-core__search-container"><form class="ecl-search-form" role="search"><label for="search-input-id" class="ecl-form-label ecl-search-form__label">Search</label><input id="search-input-id" class="ecl-text-input ecl-search-form__text-input" type="search" placeholder="Search"><button class="ecl-button ecl-button--search ecl-search-form__button" type="submit" aria-label="Search"><span class="ecl-button__label">Search</span></button></form></div>
      </div>
    </div>
  </div>
  <div class="ecl-site-header-core__banner"><div class="ecl-container"><div class="ecl-site-header-core__site-name">Regional Policy</div></div></div>
  <nav class="ecl-menu" data-ecl-menu aria-label="Site navigation">
    <div class="ecl-container ecl-menu__container">
      <ul class="ecl-menu__list">
        <li class="ecl-menu__item"><a href="/regional_policy/index_en" class="ecl-menu__link">Home</a></li>
        <li class="ecl-menu__item ecl-menu__item--current"><a href="/regional_policy/policy/what/investment-policy_en" class="ecl-menu__link">Policy</a></li>
        <li class="ecl-menu__item"><a href="/regional_policy/funding/available-budget_en" class="ecl-menu__link">Funding</a></li>
        <li class="ecl-menu__item"><a href="/regional_policy/projects/projects-database_en" class="ecl-menu__link">Projects</a></li>
        <li class="ecl-menu__item"><a href="/regional_policy/information-sources/publications_en" class="ecl-menu__link">Information sources</a></li>
        <li class="ecl-menu__item"><a href="/regional_policy/whats-new/newsroom_en" class="ecl-menu__link">Newsroom</a></li>
      </ul>
    </div>
  </nav>
</header>
<div class="ecl-page-header-core">
  <div class="ecl-container">
    <nav class="ecl-breadcrumb-core ecl-page-header-core__breadcrumb" aria-label="You are here:" data-ecl-breadcrumb-core>
      <ol class="ecl-breadcrumb-core__container">
        <li class="ecl-breadcrumb-core__segment"><a href="https://commission.europa.eu/index_en" class="ecl-breadcrumb-core__link">Home</a></li>
        <li class="ecl-breadcrumb-core__segment"><a href="/regional_policy/index_en" class="ecl-breadcrumb-core__link">Regional Policy</a></li>
        <li class="ecl-breadcrumb-core__segment"><a href="/regional_policy/policy/what/investment-policy_en" class="ecl-breadcrumb-core__link">Policy</a></li>
        <li class="ecl-breadcrumb-core__segment"><a href="/regional_policy/policy/how/improving-investment_en" class="ecl-breadcrumb-core__link">Improving investment</a></li>
        <li class="ecl-breadcrumb-core__segment ecl-breadcrumb-core__current-page" aria-current="page">Competency framework</li>
      </ol>
    </nav>
    <div class="ecl-page-header-core__meta">Page | Last update: 15 December 2017</div>
    <h1 class="ecl-page-header-core__title">{TITLE}</h1>
    <p class="ecl-page-header-core__description">The Competency Framework and the Self-Assessment Tool that goes with it help Member State administrations find and close competency gaps in their role as managers of EU funds for cohesion policy.</p>
  </div>
</div>
<main class="ecl-u-pb-xl" id="main-content">
  <div class="ecl-container">
    <div class="ecl-row"><div class="ecl-col-l-9">
      <h2 class="ecl-u-type-heading-2">EU Competency Framework for management and implementation of the ERDF and Cohesion Fund</h2>
      <p class="ecl-u-type-paragraph">Managing and implementing the European Regional Development Fund and the Cohesion Fund calls for a broad set of operational, management and professional competencies. To help administrations strengthen their capacity, the Directorate-General for Regional and Urban Policy (DG REGIO) has developed a competency framework and a web-based Self-Assessment Tool for mapping and assessing these competencies.</p>
      <p class="ecl-u-type-paragraph">The framework covers every type of body that manages or implements the funds: national coordinating bodies, managing, certifying and audit authorities, intermediate bodies and joint secretariats. With the Self-Assessment Tool, staff rate their own proficiency in each competency of their job profile and compare it with the assessment of their supervisor and with a target level. Results can be aggregated for a whole administration and used to prepare learning and development plans.</p>
      <h3 class="ecl-u-type-heading-3">Proficiency levels</h3>
      <p class="ecl-u-type-paragraph">Each competency is described at four levels of proficiency. A person at a given level is able to:</p>
      <dl class="ecl-description-list ecl-description-list--horizontal">
{scale}
      </dl>
      <p class="ecl-u-type-paragraph">The tables below show, as an example, two management and two professional competencies with their level descriptions. The complete framework for each type of body is available in the downloadable files.</p>
{chr(10).join(groups)}
      <h3 class="ecl-u-type-heading-3">Documents</h3>
      <div class="ecl-file" data-ecl-file>
        <div class="ecl-file__container">
          <div class="ecl-file__info">
            <div class="ecl-file__title">EU Competency framework for management and implementation of the ERDF and Cohesion Fund</div>
            <div class="ecl-file__language">English</div><div class="ecl-file__meta">(2.1 MB - PDF)</div>
          </div>
          <a href="/regional_policy/sources/policy/how/improving-investment/competency/competency_framework_en.pdf" class="ecl-link ecl-link--standalone ecl-file__download" download>Download</a>
        </div>
      </div>
      <h3 class="ecl-u-type-heading-3">Related links</h3>
      <ul class="ecl-unordered-list">
        <li class="ecl-unordered-list__item"><a class="ecl-link" href="/regional_policy/policy/how/improving-investment/self-assessment-tool_en">Self-Assessment Tool</a></li>
        <li class="ecl-unordered-list__item"><a class="ecl-link" href="/regional_policy/policy/how/improving-investment/user-guidelines_en">User guidelines for the EU Competency Framework and Self-Assessment Tool</a></li>
      </ul>
    </div></div>
  </div>
</main>
<footer class="ecl-site-footer">
  <div class="ecl-container ecl-site-footer__container">
    <div class="ecl-site-footer__row">
      <div class="ecl-site-footer__section ecl-site-footer__section--site-info">
        <a href="/regional_policy/index_en" class="ecl-link ecl-link--standalone ecl-site-footer__title-link">Regional Policy</a>
        <div class="ecl-site-footer__description">This site is managed by the Directorate-General for Regional and Urban Policy</div>
      </div>
      <div class="ecl-site-footer__section"><h2 class="ecl-site-footer__title">Contact DG REGIO</h2><ul class="ecl-site-footer__list"><li class="ecl-site-footer__list-item"><a href="/regional_policy/contact_en" class="ecl-link ecl-link--standalone">Contact</a></li></ul></div>
      <div class="ecl-site-footer__section"><h2 class="ecl-site-footer__title">Follow us on social media</h2><ul class="ecl-site-footer__list"><li class="ecl-site-footer__list-item"><a href="https://twitter.com/EU_Regional" class="ecl-link ecl-link--standalone">X</a></li><li class="ecl-site-footer__list-item"><a href="https://www.facebook.com/EUinmyRegion" class="ecl-link ecl-link--standalone">Facebook</a></li></ul></div>
    </div>
    <div class="ecl-site-footer__row">
      <div class="ecl-site-footer__section"><a href="https://commission.europa.eu/index_en" class="ecl-link ecl-link--standalone">European Commission website</a></div>
      <div class="ecl-site-footer__section"><ul class="ecl-site-footer__list"><li class="ecl-site-footer__list-item"><a href="https://commission.europa.eu/languages-our-websites_en" class="ecl-link ecl-link--standalone">Languages on our websites</a></li><li class="ecl-site-footer__list-item"><a href="https://commission.europa.eu/cookies-policy_en" class="ecl-link ecl-link--standalone">Cookies policy</a></li><li class="ecl-site-footer__list-item"><a href="https://commission.europa.eu/privacy-policy-websites-managed-european-commission_en" class="ecl-link ecl-link--standalone">Privacy policy</a></li><li class="ecl-site-footer__list-item"><a href="https://commission.europa.eu/legal-notice_en" class="ecl-link ecl-link--standalone">Legal notice</a></li></ul></div>
    </div>
  </div>
</footer>
<script src="https://cdn1.fpfis.tech.ec.europa.eu/ecl/v3.11.1/ec/scripts/ecl-ec.js"></script>
<script>ECL.autoInit();</script>
</body>
</html>
"""
    OUT.write_text(page, encoding="utf-8")


def gold():
    doc = STEM
    comps = []
    for _, _, _, cl in GROUPS:
        for name, desc, levels in cl:
            comps.append(L.competency(doc, name, desc,
                                      levels=[L.level(doc, k + 1, LEVELS[k], [t]) for k, t in enumerate(levels)]))
    return L.write_gold(OUT, "html", TITLE, comps)


if __name__ == "__main__":
    render()
    print(gold())

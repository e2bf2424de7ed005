"""ddat-business-analyst.html: UK Government Digital and Data (Central Digital and Data Office), Government
Digital and Data Profession Capability Framework, role page "Business analyst".

Hand-written GOV.UK Frontend page (cookie banner, skip link, crown header, service navigation, feedback
banner, breadcrumbs, "Contents" list, back-to-top link, OGL footer, govuk-frontend script).  The role page
lists role levels; under each, a description, the typical Civil Service grades and a "Skill | Description"
table in which each row names a skill, tags the skill level required (Awareness / Working / Practitioner /
Expert) and says what "You can:" do at that level.  Excerpt: role levels 2-4 of 6."""
import html

import lib as L

STEM = "ddat-business-analyst"
TITLE = "Business analyst"

SCALE = {"Awareness": 1, "Working": 2, "Practitioner": 3, "Expert": 4}

SKILLS = {
    "Business analysis": {
        "anchor": "business-analysis",
        "Working": ["investigate business problems and opportunities and recommend options for improvement",
                    "help to identify and describe business needs and the benefits of change",
                    "work with others to map current and future business processes"],
        "Practitioner": ["investigate problems and opportunities across a broad range of areas, using a variety of analysis techniques",
                         "assess options and recommend solutions that meet business and user needs",
                         "help teams to define benefits and success measures",
                         "select the right analysis approach for the context of the work"],
        "Expert": ["lead the analysis of complex, high-risk or cross-organisation problems",
                   "advise senior stakeholders on options, impact and benefits",
                   "set standards for business analysis practice and guide others in choosing approaches"],
    },
    "Business process improvement": {
        "anchor": "business-process-improvement",
        "Awareness": ["understand the idea of process improvement and why it matters",
                      "take part in process improvement activities under direction"],
        "Working": ["identify and describe current processes and where they could be improved",
                    "use standard techniques such as process mapping, with support from others",
                    "help to carry out changes to processes"],
        "Practitioner": ["analyse processes to find the root causes of problems and recommend improvements",
                         "use a range of techniques to redesign processes that span teams",
                         "measure the effect of process changes and share what was learned"],
    },
    "Requirements definition and management": {
        "anchor": "requirements-definition-and-management",
        "Working": ["help to elicit, analyse and document requirements",
                    "write clear user stories and acceptance criteria",
                    "keep requirements up to date and traceable"],
        "Practitioner": ["elicit requirements from a range of stakeholders and resolve conflicting needs",
                         "prioritise requirements with the team and stakeholders",
                         "choose the right techniques to define and manage requirements",
                         "make sure requirements can be tested and traced back to business needs"],
        "Expert": ["set the approach to requirements across a programme or organisation",
                   "resolve complex requirements issues that span several teams",
                   "coach others in requirements techniques and set standards for their use"],
    },
    "Stakeholder relationship management": {
        "anchor": "stakeholder-relationship-management",
        "Working": ["identify stakeholders and understand their interests",
                    "communicate with stakeholders in a clear and timely way",
                    "help to manage expectations, with guidance from others"],
        "Practitioner": ["build and maintain effective relationships with a wide range of stakeholders",
                         "manage competing interests and negotiate agreement",
                         "tailor engagement to the needs and influence of each stakeholder"],
        "Expert": ["manage relationships with senior and external stakeholders during complex or sensitive change",
                   "influence decisions at the highest levels of the organisation",
                   "help others to develop their stakeholder management skills"],
    },
    "User focus": {
        "anchor": "user-focus",
        "Working": ["understand who the users are and what they need from the service",
                    "use findings from user research to inform analysis",
                    "take part in user research activities"],
        "Practitioner": ["work with user researchers to identify and prioritise user needs",
                         "make sure that user needs are reflected in requirements and designs",
                         "challenge assumptions about users with evidence"],
    },
}

ROLE_LEVELS = [
    ("2. Junior business analyst", "junior-business-analyst",
     "A junior business analyst works alongside more senior business analysts to learn and apply analysis "
     "techniques, and takes responsibility for smaller pieces of work.",
     ["EO (Executive Officer)"],
     [("Business analysis", "Working"), ("Business process improvement", "Awareness"),
      ("Requirements definition and management", "Working"), ("Stakeholder relationship management", "Working"),
      ("User focus", "Working")]),
    ("3. Business analyst", "business-analyst",
     "A business analyst works with minimal supervision on medium-sized projects, or as part of a larger "
     "team, and is responsible for the analysis in their area.",
     ["HEO (Higher Executive Officer)", "SEO (Senior Executive Officer)"],
     [("Business analysis", "Practitioner"), ("Business process improvement", "Working"),
      ("Requirements definition and management", "Practitioner"),
      ("Stakeholder relationship management", "Practitioner"), ("User focus", "Working")]),
    ("4. Senior business analyst", "senior-business-analyst",
     "A senior business analyst leads the analysis on large or complex projects and guides other business "
     "analysts.",
     ["SEO (Senior Executive Officer)", "Grade 7"],
     [("Business analysis", "Expert"), ("Business process improvement", "Practitioner"),
      ("Requirements definition and management", "Expert"), ("Stakeholder relationship management", "Expert"),
      ("User focus", "Practitioner")]),
]

HEAD = """<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded">
<head>
  <meta charset="utf-8">
  <title>Business analyst - Government Digital and Data Profession Capability Framework - GOV.UK</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="theme-color" content="#1d70b8">
  <link rel="icon" sizes="48x48" href="/assets/rebrand/images/favicon.ico">
  <link rel="mask-icon" href="/assets/rebrand/images/govuk-icon-mask.svg" color="#1d70b8">
  <link rel="manifest" href="/assets/rebrand/manifest.json">
  <link rel="stylesheet" href="/stylesheets/application.css">
  <meta property="og:image" content="https://ddat-capability-framework.service.gov.uk/assets/rebrand/images/govuk-opengraph-image.png">
</head>
"""

TOP = """<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on the Government Digital and Data Profession Capability Framework" hidden>
  <div class="govuk-cookie-banner__message govuk-width-container">
    <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on the Government Digital and Data Profession Capability Framework</h2>
    <p class="govuk-body">We use some essential cookies to make this service work.</p>
    <p class="govuk-body">We would also like to use analytics cookies so we can understand how you use the service and make improvements.</p>
    <div class="govuk-button-group">
      <button type="button" class="govuk-button" data-module="govuk-button">Accept analytics cookies</button>
      <button type="button" class="govuk-button" data-module="govuk-button">Reject analytics cookies</button>
      <a class="govuk-link" href="/cookies">View cookies</a>
    </div>
  </div>
</div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" data-module="govuk-header">
  <div class="govuk-header__container govuk-width-container">
    <div class="govuk-header__logo">
      <a href="https://www.gov.uk/" class="govuk-header__link govuk-header__link--homepage">
        <svg focusable="false" role="img" class="govuk-header__logotype" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 324 60" height="30" width="162" fill="currentcolor" aria-label="GOV.UK"><title>GOV.UK</title><g><circle cx="20" cy="17.6" r="3.7"></circle><circle cx="10.2" cy="23.5" r="3.7"></circle></g></svg>
      </a>
    </div>
  </div>
</header>
<section aria-label="Service information" class="govuk-service-navigation" data-module="govuk-service-navigation">
  <div class="govuk-width-container">
    <div class="govuk-service-navigation__container">
      <span class="govuk-service-navigation__service-name"><a href="/" class="govuk-service-navigation__link">Government Digital and Data Profession Capability Framework</a></span>
      <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
        <ul class="govuk-service-navigation__list" id="navigation">
          <li class="govuk-service-navigation__item govuk-service-navigation__item--active"><a class="govuk-service-navigation__link" href="/" aria-current="true">Roles</a></li>
          <li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="/skills">Skills A to Z</a></li>
          <li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="/updates">Updates</a></li>
        </ul>
      </nav>
    </div>
  </div>
</section>
<div class="govuk-width-container">
  <div class="govuk-notification-banner" role="region" aria-labelledby="feedback-title" data-module="govuk-notification-banner">
    <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="feedback-title">Important</h2></div>
    <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading"><a class="govuk-notification-banner__link" href="https://forms.office.com/e/ddatfeedback">Complete our 3 minute feedback survey</a> to help us improve the framework.</p></div>
  </div>
  <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
    <ol class="govuk-breadcrumbs__list">
      <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
      <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/#product-and-delivery-roles">Product and delivery roles</a></li>
    </ol>
  </nav>
  <main class="govuk-main-wrapper" id="main-content" role="main">
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-xl">Business analyst</h1>
        <p class="govuk-body-l">Find out what a business analyst in government does and the skills you need to do the role at each level.</p>
        <p class="govuk-body-s govuk-!-margin-bottom-6">Last updated 28 November 2025 \u2014 <a class="govuk-link" href="/updates">See all updates</a></p>
        <nav class="gem-c-contents-list" aria-label="Contents">
          <h2 class="gem-c-contents-list__title">Contents</h2>
          <ol class="gem-c-contents-list__list">
            <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#what-a-business-analyst-does">What a business analyst does</a></li>
            <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#business-analyst-role-levels">Business analyst role levels</a></li>
            <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#junior-business-analyst">Junior business analyst</a></li>
            <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#business-analyst">Business analyst</a></li>
            <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#senior-business-analyst">Senior business analyst</a></li>
          </ol>
        </nav>
        <h2 class="govuk-heading-l" id="what-a-business-analyst-does">What a business analyst does</h2>
        <p class="govuk-body">Business analysts help teams to:</p>
        <ul class="govuk-list govuk-list--bullet">
          <li>understand a business problem or opportunity and the context around it</li>
          <li>research how a business area works, looking at its people, organisation, processes, information, data and technology</li>
          <li>find areas for improvement, explore realistic options, analyse the impact of change and agree how success will be measured</li>
          <li>draw out and describe user and business needs so that services and business change can be designed, built and tested well</li>
          <li>make informed decisions about priorities and the minimum viable product</li>
          <li>make sure new products and services meet user and business needs and fit the goals of the organisation</li>
        </ul>
        <h2 class="govuk-heading-l" id="business-analyst-role-levels">Business analyst role levels</h2>
        <p class="govuk-body">There are 6 business analyst role levels, from trainee business analyst to head of business analysis.</p>
        <p class="govuk-body">The typical responsibilities and skills for each role level are described below. Each skill is assigned one of 4 ascending skill levels: awareness, working, practitioner or expert. You can use this to identify the skills you need to progress in your career, or to learn more about each role in the Government Digital and Data profession.</p>
"""

BOTTOM = """        <div class="govuk-!-margin-top-8"><a class="govuk-link govuk-link--no-visited-state" href="#main-content">\u2191 Back to top</a></div>
      </div>
    </div>
  </main>
</div>
<footer class="govuk-footer">
  <div class="govuk-width-container">
    <div class="govuk-footer__meta">
      <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
        <h2 class="govuk-visually-hidden">Support links</h2>
        <ul class="govuk-footer__inline-list">
          <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/accessibility-statement">Accessibility statement</a></li>
          <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/cookies">Cookies</a></li>
          <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/privacy">Privacy</a></li>
        </ul>
        <svg aria-hidden="true" focusable="false" class="govuk-footer__licence-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 483.2 195.7" height="17" width="41"><path fill="currentColor" d="M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7z"/></svg>
        <span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span>
      </div>
      <div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">\u00a9 Crown copyright</a></div>
    </div>
  </div>
</footer>
<script type="module" src="/javascripts/govuk-frontend.min.js"></script>
<script type="module">import { initAll } from '/javascripts/govuk-frontend.min.js'; initAll()</script>
</body>
</html>
"""


def esc(s):
    return html.escape(s, quote=False)


def render():
    out = [HEAD, TOP]
    for title, anchor, desc, grades, skills in ROLE_LEVELS:
        out.append(f'        <h2 class="govuk-heading-l" id="{anchor}">{esc(title)}</h2>\n')
        out.append(f'        <p class="govuk-body">{esc(desc)}</p>\n')
        out.append('        <p class="govuk-body">This role level is most often performed at the Civil Service job grade of:</p>\n')
        out.append('        <ul class="govuk-list govuk-list--bullet">\n')
        for g in grades:
            out.append(f'          <li>{esc(g)}</li>\n')
        out.append('        </ul>\n')
        out.append('        <table class="govuk-table">\n')
        out.append(f'          <caption class="govuk-table__caption govuk-table__caption--m">Skills for a {esc(title.split(". ", 1)[1].lower())}</caption>\n')
        out.append('          <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Skill</th><th scope="col" class="govuk-table__header">Description</th></tr></thead>\n')
        out.append('          <tbody class="govuk-table__body">\n')
        for skill, lvl in skills:
            sk = SKILLS[skill]
            out.append('            <tr class="govuk-table__row">\n')
            out.append(f'              <th scope="row" class="govuk-table__header"><a class="govuk-link" href="/skills#{sk["anchor"]}">{esc(skill)}</a><br>'
                       f'<strong class="govuk-tag govuk-tag--grey">{lvl}</strong></th>\n')
            out.append('              <td class="govuk-table__cell"><p class="govuk-body">You can:</p><ul class="govuk-list govuk-list--bullet">')
            out.append("".join(f"<li>{esc(b)}</li>" for b in sk[lvl]))
            out.append('</ul></td>\n            </tr>\n')
        out.append('          </tbody>\n        </table>\n')
    out.append(BOTTOM)
    return "".join(out)


def build():
    out = L.DOCS / f"{STEM}.html"
    out.write_text(render(), encoding="utf-8")
    return out


def gold():
    used = {}
    for _t, _a, _d, _g, skills in ROLE_LEVELS:
        for skill, lvl in skills:
            used.setdefault(skill, [])
            if lvl not in used[skill]:          # a skill level printed twice (same text) is one level
                used[skill].append(lvl)
    comps = []
    for skill, lvls in used.items():
        levels = [L.level(STEM, SCALE[lv], lv, SKILLS[skill][lv]) for lv in lvls]
        comps.append(L.comp(STEM, skill, None, levels=levels))
    return L.write_gold(L.DOCS / f"{STEM}.html", "html", TITLE, comps)


if __name__ == "__main__":
    print(build())
    print(gold())

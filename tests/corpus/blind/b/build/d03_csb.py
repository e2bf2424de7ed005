"""GOV.UK HTML publication, Success Profiles: Civil Service behaviours (one behaviour, Levels 1-6 as h3)."""
import html

import common as C
import util as U

STEM = "csb-seeing-the-big-picture"
FILE = STEM + ".html"
TITLE = "Success Profiles: Civil Service behaviours"
NAME = "Seeing the Big Picture"
DEFINITION = ("Understand how your role fits with and supports the objectives of your organisation. "
              "Keep the wider priorities of the Civil Service in mind and make sure your work serves the national interest.")

LEVELS = [
    ("Level 1 - Example Grade: AA/AO", [
        "Know how your day-to-day tasks fit into the work of your team and the wider organisation",
        "Take an interest in what is happening in other parts of the organisation and how it affects your work",
        "Keep up to date with news and changes that have a bearing on your role",
        "Think about how your actions affect the service that customers and colleagues receive",
        "Ask questions when you are unsure how a piece of work supports your team’s goals",
    ]),
    ("Level 2 - Example Grade: EO", [
        "Understand the purpose of your team’s work and how it links to organisational priorities",
        "Stay informed about developments in your area and share relevant information with colleagues",
        "Consider how your work affects other teams and adjust your approach where needed",
        "Use what you know of the wider context to set priorities for your own work",
        "Look for ways in which your team’s work could better support the organisation’s aims",
    ]),
    ("Level 3 - Example Grade: HEO/SEO", [
        "Know how the work of your area contributes to wider government priorities",
        "Keep abreast of issues and trends inside and outside the organisation that may affect your work",
        "Bring together information from different sources to build a full picture before planning work",
        "Make sure plans and activities in your area reflect strategic priorities and the national interest",
        "Help colleagues see how their work connects to organisational objectives",
    ]),
    ("Level 4 - Example Grade: G7/G6", [
        "Build a thorough understanding of how your business area supports the department’s strategy and the wider public sector",
        "Anticipate how political, economic and social developments will affect your area’s priorities",
        "Make sure longer-term goals are weighed alongside the demands of immediate delivery",
        "Seek out the views of partners across government to inform your plans",
        "Explain the wider context clearly so that teams see the value of what they contribute",
    ]),
    ("Level 5 - Example Grade: Deputy Director (SCS1)", [
        "Develop a deep understanding of how the department’s objectives relate to the priorities of government as a whole",
        "Shape forward-looking strategies that respond to national and international trends",
        "Work across organisational boundaries to align plans with cross-government priorities",
        "Weigh up the long-term consequences of decisions for the public and for the Civil Service",
        "Create an environment in which staff think beyond the limits of their own area",
    ]),
    ("Level 6 - Example Grade: Director General (SCS3) and Director (SCS2)", [
        "Set the strategic direction of the organisation in line with government priorities and the national interest",
        "Anticipate the long-term challenges facing the country and position the organisation to meet them",
        "Build partnerships across government, the wider public sector and beyond to deliver shared goals",
        "Take a whole-system view when making decisions, considering their impact across the Civil Service",
        "Make sure the organisation’s contribution to public service is understood and valued",
    ]),
]


def e(s):
    return html.escape(s, quote=False)


def page():
    levels_html = []
    for i, (lab, items) in enumerate(LEVELS, start=1):
        lis = "\n".join(f"  <li>{e(t)}</li>" for t in items)
        levels_html.append(f'<h3 id="level-{i}">{e(lab)}</h3>\n<ul>\n{lis}\n</ul>')
    levels_html = "\n\n".join(levels_html)
    return f"""<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded">
<head>
  <meta charset="utf-8">
  <title lang="en">{e(TITLE)} - GOV.UK</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="theme-color" content="#1d70b8">
  <link rel="icon" sizes="48x48" href="/assets/static/favicon.ico">
  <link rel="stylesheet" href="/assets/frontend/application.css" media="all">
  <link rel="canonical" href="https://www.gov.uk/government/publications/success-profiles/success-profiles-civil-service-behaviours">
  <meta name="govuk:format" content="html_publication">
  <meta name="govuk:primary-publishing-organisation" content="Civil Service HR">
  <meta property="og:title" content="{e(TITLE)}">
  <script type="application/ld+json">{{"@context":"http://schema.org","@type":"Article","headline":"{e(TITLE)}","publisher":{{"@type":"Organization","name":"GOV.UK"}}}}</script>
  <script src="/assets/static/govuk_publishing_components/load-analytics.js" type="module"></script>
</head>
<body class="gem-c-layout-for-public govuk-template__body">
  <script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
  <div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
    <div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK">
      <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
      <p class="govuk-body">We use some essential cookies to make this website work.</p>
      <p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
      <p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p>
      <div class="govuk-button-group">
        <button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
        <button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
        <a class="govuk-link" href="/help/cookies">View cookies</a>
      </div>
    </div>
  </div>
  <a href="#main-content" class="gem-c-skip-link govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
  <header role="banner" data-module="gem-header" class="gem-c-layout-super-navigation-header">
    <div class="gem-c-layout-super-navigation-header__container govuk-width-container">
      <a href="https://www.gov.uk/" class="gem-c-header__link" aria-label="Go to the GOV.UK homepage">
        <svg xmlns="http://www.w3.org/2000/svg" focusable="false" role="img" viewBox="0 0 324 60" height="30" width="162" aria-label="GOV.UK"><title>GOV.UK</title><g><circle cx="20" cy="17.6" r="3.7"></circle></g></svg>
      </a>
      <nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
        <h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
        <button aria-controls="super-navigation-menu" aria-expanded="false" class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" type="button">Menu</button>
        <button aria-controls="super-search-menu" aria-expanded="true" class="gem-c-layout-super-navigation-header__search-toggle-button" type="button"><span class="govuk-visually-hidden">Search GOV.UK</span></button>
        <div id="super-navigation-menu" hidden class="gem-c-layout-super-navigation-header__navigation-dropdown-menu">
          <ul class="govuk-list">
            <li><a class="govuk-link" href="/browse/benefits">Benefits</a></li>
            <li><a class="govuk-link" href="/browse/births-deaths-marriages">Births, death, marriages and care</a></li>
            <li><a class="govuk-link" href="/browse/business">Business and self-employed</a></li>
            <li><a class="govuk-link" href="/browse/working">Employing people</a></li>
            <li><a class="govuk-link" href="/browse/working">Work</a></li>
            <li><a class="govuk-link" href="/government/organisations">Departments</a></li>
            <li><a class="govuk-link" href="/search/news-and-communications">News and communications</a></li>
            <li><a class="govuk-link" href="/search/guidance-and-regulation">Guidance and regulation</a></li>
          </ul>
        </div>
      </nav>
    </div>
  </header>
  <div class="govuk-width-container">
    <div class="gem-c-contextual-breadcrumbs">
      <nav data-module="ga4-link-tracker" aria-label="Breadcrumb" class="gem-c-breadcrumbs govuk-breadcrumbs">
        <ol class="govuk-breadcrumbs__list">
          <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
          <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/government/government-efficiency-transparency-and-accountability">Government</a></li>
          <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/government/civil-service">Civil Service</a></li>
          <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/government/publications/success-profiles">Success Profiles</a></li>
        </ol>
      </nav>
    </div>
    <main role="main" id="main-content" class="govuk-main-wrapper html-publication" lang="en">
      <div class="gem-c-inverse-header gem-c-inverse-header--padding-top">
        <div class="gem-c-heading gem-c-heading--inverse">
          <span class="govuk-caption-xl gem-c-heading__context">Guidance</span>
          <h1 class="gem-c-heading__text govuk-heading-xl">{e(TITLE)}</h1>
        </div>
        <p class="publication-header__last-changed">Updated 14 October 2024</p>
      </div>
      <div class="govuk-grid-row sidebar-with-body">
        <div class="govuk-grid-column-one-quarter-from-desktop contents-list-container">
          <nav class="gem-c-contents-list" aria-label="Contents" role="navigation">
            <h2 class="gem-c-contents-list__title">Contents</h2>
            <ol class="gem-c-contents-list__list">
              <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#why-we-assess-behaviours">Why we assess behaviours</a></li>
              <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#how-we-assess-behaviours">How we assess behaviours</a></li>
              <li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#seeing-the-big-picture">{e(NAME)}</a></li>
            </ol>
          </nav>
          <div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this page</button></div>
        </div>
        <div class="print-wrapper">
          <div class="offset-empty govuk-grid-column-one-quarter-from-desktop"></div>
          <div class="main-content-container govuk-grid-column-three-quarters-from-desktop">
            <div class="gem-c-govspeak-html-publication">
              <div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">
                <div class="govspeak">
<p>Recruitment to the Civil Service is based on Success Profiles. For every job we advertise, we think about what a candidate needs to show to do well in it.</p>
<p>Behaviours are the things people do at work that lead to effective performance. They are described for each grade, and recruiting managers pick the ones that matter most for a particular job, so you will never be assessed on all of them for one role.</p>

<h2 id="why-we-assess-behaviours">Why we assess behaviours</h2>
<p>Because behaviours can be seen and measured, they give us a good idea of how you are likely to perform. The job advert tells you which behaviours will be assessed for the post.</p>

<h2 id="how-we-assess-behaviours">How we assess behaviours</h2>
<p>There are several points in recruitment at which behaviours may be assessed, for example:</p>
<ul>
  <li>an application form asking for written examples</li>
  <li>an interview</li>
  <li>an assessment centre exercise, such as a presentation or a group exercise</li>
</ul>
<p>The indicators below show what effective behaviour looks like at each level. Grades are given as examples only.</p>

<h2 id="seeing-the-big-picture">{e(NAME)}</h2>
<p>{e(DEFINITION)}</p>

{levels_html}

                </div>
              </div>
            </div>
            <div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this page</button></div>
            <div class="gem-c-back-to-top-link govuk-!-display-none-print" data-module="sticky-element-container">
              <a class="govuk-link gem-c-back-to-top-link__link" href="#contents">Back to top</a>
            </div>
          </div>
        </div>
      </div>
    </main>
  </div>
  <div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback">
    <div class="gem-c-feedback__prompt">
      <h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
      <button class="govuk-button" type="button">Yes</button>
      <button class="govuk-button" type="button">No</button>
      <button class="govuk-button govuk-button--secondary" type="button">Report a problem with this page</button>
    </div>
  </div>
  <footer class="gem-c-layout-footer govuk-footer" role="contentinfo">
    <div class="govuk-width-container">
      <div class="govuk-footer__navigation">
        <div class="govuk-grid-column-two-thirds">
          <h2 class="govuk-footer__heading govuk-heading-m">Services and information</h2>
          <ul class="govuk-footer__list govuk-footer__list--columns-2">
            <li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/browse/benefits">Benefits</a></li>
            <li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/browse/business">Business and self-employed</a></li>
            <li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/browse/education">Education and learning</a></li>
            <li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/browse/working">Working, jobs and pensions</a></li>
          </ul>
        </div>
        <div class="govuk-grid-column-one-third">
          <h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2>
          <ul class="govuk-footer__list">
            <li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/government/organisations">Departments</a></li>
            <li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/search/news-and-communications">News</a></li>
            <li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/search/guidance-and-regulation">Guidance and regulation</a></li>
            <li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/search/transparency-and-freedom-of-information-releases">Transparency</a></li>
          </ul>
        </div>
      </div>
      <hr class="govuk-footer__section-break">
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          <h2 class="govuk-visually-hidden">Support links</h2>
          <ul class="govuk-footer__inline-list">
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help">Help</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/privacy-notice">Privacy</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/cookies">Cookies</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/accessibility-statement">Accessibility statement</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/contact">Contact</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/help/terms-conditions">Terms and conditions</a></li>
          </ul>
          <span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span>
        </div>
        <div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">© Crown copyright</a></div>
      </div>
    </div>
  </footer>
  <script src="/assets/frontend/application.js" type="module"></script>
</body>
</html>
"""


def build():
    U.write(U.DOCS / FILE, page())


def gold():
    levels = [{"rank": r, "label": lab, "behaviors": [C.item(STEM, t) for t in items]}
              for r, (lab, items) in enumerate(LEVELS, start=1)]
    comps = [C.competency(NAME, STEM, definition=DEFINITION, levels=levels)]
    return C.write_gold(U.DOCS / FILE, "html", TITLE, comps)

"""Bank of Ireland Careers - "Bank of Ireland Competencies" page (hand-written HTML with site chrome).

Layout: OneTrust cookie banner, skip link, header and nav, hero image (auto-tagged alt text), h1,
intro, "How are the competencies used?" with a bullet list, "Read more about our competencies", then
one card per competency (icon, h3 name, definition paragraph, "See the behaviours" button) with a
Bootstrap modal holding the name again and a tab list whose buttons are the role levels, printed
Leader, People Manager, Individual Contributor (highest first), followed by the tab panes with the
bullets. Footer with regulatory line; jQuery, Bootstrap, gtag and OneTrust scripts.
"""
import html

import common as C
import helpers as H

STEM = "boi-group-competencies"
TITLE = "Bank of Ireland Competencies"
ROLES = ["Leader", "People Manager", "Individual Contributor"]       # printed order, high -> low
RANK = {"Individual Contributor": 1, "People Manager": 2, "Leader": 3}

COMPS = [
    ("Customer First", "Customer_First_Icon.png",
     "Everything we do is for our customers, and our business is built around them. We show "
     "empathy, we listen and we work hard to meet their needs, connecting with them so that they "
     "feel valued. Their success is our success.",
     {"Leader": ["Puts the customer at the centre of strategy and major decisions",
                 "Builds a culture in which customer outcomes are measured and acted on",
                 "Removes the barriers that stop teams from serving customers well"],
      "People Manager": ["Makes sure the team understands customer needs and how its work affects them",
                         "Coaches colleagues to handle customer issues with empathy and ownership",
                         "Uses customer feedback to improve how the team works"],
      "Individual Contributor": ["Listens carefully to understand what the customer needs",
                                 "Follows through on the commitments made to customers",
                                 "Suggests simple improvements that would make things easier for customers"]}),
    ("Better Together", "One_Group_One_Team_Icon.png",
     "We achieve more when we work together. We collaborate, share ideas, challenge thinking, and "
     "learn from and care for one another. We value the real strength that comes from bringing our "
     "different skills and experiences together for the good of the whole.",
     {"Leader": ["Breaks down silos and builds partnerships across the Group",
                 "Creates an inclusive culture in which different views are sought out",
                 "Role-models respectful challenge and open debate"],
      "People Manager": ["Builds a team climate of trust, inclusion and mutual support",
                         "Encourages colleagues to share knowledge and learn from each other",
                         "Looks after the wellbeing of team members"],
      "Individual Contributor": ["Shares ideas and information openly with colleagues",
                                 "Offers help to colleagues and asks for help when it is needed",
                                 "Respects the views of others, even when they differ from own"]}),
    ("Be Decisive", "Agile_Icon.png",
     "We move quickly and keep things simple to deliver good outcomes for customers and for the "
     "Bank. We use sound judgement, avoid complexity and work smarter together to reach the "
     "solution fast.",
     {"Leader": ["Makes clear, timely decisions on complex issues, balancing risk and opportunity",
                 "Simplifies structures and processes to speed up delivery",
                 "Empowers others to make decisions at the right level"],
      "People Manager": ["Sets clear priorities so that the team can act quickly",
                         "Makes decisions within own remit without unnecessary escalation",
                         "Encourages the team to try new approaches and learn fast"],
      "Individual Contributor": ["Uses good judgement to make decisions within own role",
                                 "Looks for simpler, quicker ways to get things done",
                                 "Adapts quickly when priorities change"]}),
    ("Take Ownership", "Accountable_Icon.png",
     "We are trusted and supported to take ownership of our actions and decisions. We deliver on "
     "our commitments, speak up when something is not right and hold ourselves to high standards.",
     {"Leader": ["Holds self and other leaders accountable for delivering the Group’s commitments",
                 "Creates an environment in which people feel safe to speak up",
                 "Manages risk proactively and within the Bank’s risk appetite"],
      "People Manager": ["Sets clear goals and holds team members accountable for results",
                         "Deals with performance and conduct issues promptly and fairly",
                         "Acknowledges mistakes openly and makes sure the team learns from them"],
      "Individual Contributor": ["Takes responsibility for own work and its outcomes",
                                 "Speaks up when something does not look right",
                                 "Follows policies and procedures and manages the risks in own role"]}),
]

E = html.escape


def card(name, icon, definition, levels):
    sid = C.slug(name)
    tabs, panes = [], []
    for i, role in enumerate(ROLES):
        rid = f"{sid}-{C.slug(role)}"
        active = " active" if i == 0 else ""
        tabs.append(
            f'            <li class="nav-item" role="presentation"><button class="nav-link{active}" '
            f'id="{rid}-tab" data-bs-toggle="tab" data-bs-target="#{rid}" type="button" role="tab" '
            f'aria-controls="{rid}" aria-selected="{"true" if i == 0 else "false"}">{E(role)}</button></li>')
        lis = "\n".join(f"                <li>{E(b)}</li>" for b in levels[role])
        panes.append(
            f'            <div class="tab-pane fade{" show active" if i == 0 else ""}" id="{rid}" '
            f'role="tabpanel" aria-labelledby="{rid}-tab" tabindex="0">\n'
            f'              <ul class="behaviours">\n{lis}\n              </ul>\n            </div>')
    return f"""
      <div class="col-md-6 col-lg-3">
        <div class="competency-card">
          <img src="/media/competencies/{icon}" alt="{icon}" width="64" height="64" loading="lazy">
          <h3 class="competency-card__title">{E(name)}</h3>
          <p class="competency-card__text">{E(definition)}</p>
          <button type="button" class="btn btn-link competency-card__more" data-bs-toggle="modal" data-bs-target="#modal-{sid}">See the behaviours <span class="visually-hidden">for {E(name)}</span></button>
        </div>
        <div class="modal fade" id="modal-{sid}" tabindex="-1" aria-labelledby="modal-{sid}-label" aria-hidden="true">
          <div class="modal-dialog modal-lg modal-dialog-centered"><div class="modal-content">
          <div class="modal-header">
            <h4 class="modal-title" id="modal-{sid}-label">{E(name)}</h4>
            <button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button>
          </div>
          <div class="modal-body">
            <ul class="nav nav-tabs" role="tablist">
{chr(10).join(tabs)}
            </ul>
            <div class="tab-content">
{chr(10).join(panes)}
            </div>
          </div>
          </div></div>
        </div>
      </div>"""


def build():
    cards = "".join(card(*c) for c in COMPS)
    page = f"""<!DOCTYPE html>
<html lang="en-IE">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Bank of Ireland Competencies | Bank of Ireland Careers</title>
  <meta name="description" content="Find out about the Bank of Ireland Group Competency Model and the behaviours we expect from Leaders, People Managers and Individual Contributors.">
  <link rel="canonical" href="https://careers.bankofireland.com/bank-of-ireland-competencies">
  <link rel="stylesheet" href="/assets/css/bootstrap.min.css">
  <link rel="stylesheet" href="/assets/css/careers.css?v=4.2.1">
  <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0191c0de-7f2a-7b15-a6e4-cc81f0d9a5e2" charset="UTF-8"></script>
  <script>function OptanonWrapper() {{ }}</script>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M8BZ1T"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-7QK2M8BZ1T');</script>
</head>
<body class="page-competencies">
  <div id="onetrust-consent-sdk">
    <div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
      <div class="ot-sdk-container"><div class="ot-sdk-row">
        <div id="onetrust-group-container">
          <div id="onetrust-policy">
            <h2 id="onetrust-policy-title">We value your privacy</h2>
            <p id="onetrust-policy-text">We use cookies and similar technologies to make our site work, to understand how it is used and to personalise content. By clicking “Accept All Cookies”, you agree to cookies being stored on your device. <a href="/cookie-policy" class="ot-cookie-policy-link" aria-label="More information about your privacy, opens in a new tab">Cookie Policy</a></p>
          </div>
        </div>
        <div id="onetrust-button-group-parent">
          <div id="onetrust-button-group">
            <button id="onetrust-pc-btn-handler">Cookies Settings</button>
            <button id="onetrust-reject-all-handler">Reject All</button>
            <button id="onetrust-accept-btn-handler">Accept All Cookies</button>
          </div>
        </div>
      </div></div>
    </div>
  </div>

  <a class="skip-link visually-hidden-focusable" href="#main">Skip to main content</a>
  <header class="site-header">
    <div class="container d-flex align-items-center justify-content-between">
      <a class="site-header__logo" href="/"><img src="/assets/img/boi-careers-logo.svg" alt="Bank of Ireland Careers" width="180" height="48"></a>
      <nav class="site-nav" aria-label="Main">
        <ul class="site-nav__list">
          <li><a href="/why-bank-of-ireland">Why Bank of Ireland</a></li>
          <li><a href="/life-at-bank-of-ireland">Life at Bank of Ireland</a></li>
          <li><a href="/bank-of-ireland-competencies" aria-current="page">Our Competencies</a></li>
          <li><a href="/competency-based-interviews">Interview Tips</a></li>
          <li><a href="/early-careers">Early Careers</a></li>
          <li><a href="/experienced-professionals">Experienced Professionals</a></li>
        </ul>
      </nav>
      <a class="btn btn-primary site-header__cta" href="https://jobs.bankofireland.com/search">Search Jobs</a>
    </div>
  </header>

  <main id="main">
    <section class="hero">
      <img class="hero__image" src="/media/heroes/competencies-hero.jpg" alt="Person, Sitting, Tie, Accessories, Glasses, Coffee Cup, Cup" width="1600" height="560">
    </section>
    <section class="container page-intro">
      <h1>Bank of Ireland Competencies</h1>
      <p>The Bank of Ireland Group Competency Model sets out what it takes to succeed and to deliver our Purpose: enabling our customers, colleagues and communities to thrive.</p>
      <p>Its core competencies guide how we work as a Bank. They give everyone the same performance expectations, whether you are a Leader, a People Manager or an Individual Contributor.</p>
      <h2>How are the competencies used?</h2>
      <p>Our Group Competency Model sits at the centre of recruitment at Bank of Ireland. When you apply for a role, you may meet the competencies in several ways:</p>
      <ul>
        <li>The competencies relevant to the role are listed on each job advertisement.</li>
        <li>Our online assessments are designed around the Group Competency Model.</li>
        <li>Interview questions are built to assess your suitability against the behaviours behind our competencies.</li>
      </ul>
    </section>
    <section class="container competencies">
      <h2>Read more about our competencies</h2>
      <p>Each competency is supported by clearly defined behaviours that bring it to life. They set out what we expect from Leaders, People Managers and Individual Contributors. Select a competency to see its behaviours.</p>
      <div class="row g-4">{cards}
      </div>
    </section>
    <section class="container cta-band">
      <h2>Ready to apply?</h2>
      <p>Browse our current vacancies and find the role that suits you.</p>
      <a class="btn btn-primary" href="https://jobs.bankofireland.com/search">Search Jobs</a>
    </section>
  </main>

  <footer class="site-footer">
    <div class="container">
      <ul class="site-footer__social">
        <li><a href="https://www.linkedin.com/company/bank-of-ireland" aria-label="LinkedIn">LinkedIn</a></li>
        <li><a href="https://www.instagram.com/bankofireland" aria-label="Instagram">Instagram</a></li>
        <li><a href="https://www.facebook.com/bankofireland" aria-label="Facebook">Facebook</a></li>
      </ul>
      <ul class="site-footer__links">
        <li><a href="/privacy-statement">Privacy Statement</a></li>
        <li><a href="/cookie-policy">Cookie Policy</a></li>
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/terms-of-use">Terms of Use</a></li>
        <li><a href="#" class="ot-sdk-show-settings">Cookie Settings</a></li>
      </ul>
      <p class="site-footer__legal">Bank of Ireland is regulated by the Central Bank of Ireland.</p>
      <p class="site-footer__copy">© Bank of Ireland 2026</p>
    </div>
  </footer>
  <script src="/assets/js/jquery-3.7.1.min.js"></script>
  <script src="/assets/js/bootstrap.bundle.min.js"></script>
  <script src="/assets/js/careers.js?v=4.2.1"></script>
</body>
</html>
"""
    path = H.DOCS / f"{STEM}.html"
    path.write_text(page, encoding="utf-8")
    return path


def gold():
    comps = []
    for name, icon, definition, levels in COMPS:
        lvls = [H.lv(RANK[r], r, levels[r], STEM) for r in ROLES]
        comps.append(C.competency(name, STEM, definition=definition, levels=lvls))
    return C.write_gold(STEM, f"{STEM}.html", "html", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()

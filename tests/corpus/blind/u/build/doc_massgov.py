"""Commonwealth of Massachusetts, Human Resources Division - mass.gov "info-details" page
"Interview Questions Key Competencies" (HTML interview question bank).

Page lead, "Table of Contents" jump list, a two-column table (Competency | Interview questions are intended to:),
then one <h2> section per competency with a bulleted list of sample questions.
Excerpt: the first six competency areas (alphabetical, as the page orders them).
"""
import html
import re

import ucommon as C

STEM = "massgov-interview-questions-key-competencies"
NAME = STEM + ".html"
TITLE = "Interview Questions Key Competencies"

COMPS = [
    ("Adaptability",
     "to find candidates who adjust well to change; stay flexible when facing hard decisions; handle ambiguity "
     "effectively; and can change direction when needed",
     ["Tell us about a time when your priorities changed suddenly. How did you adjust your plans?",
      "Describe a situation in which you had to make a decision without all of the information you wanted. "
      "What did you do?",
      "Give an example of a new process or system you had to learn quickly. What helped you get up to speed?",
      "Tell us about a time when a plan you had committed to was no longer working. How did you change course?",
      "How do you stay effective when the direction of a project is unclear?"]),
    ("Analytical Thinking",
     "to find candidates who can pinpoint and define problems so that solutions can be developed",
     ["Walk us through a complex problem you had to break down. How did you define the problem before looking "
      "for solutions?",
      "Tell us about a time you used data to reach a conclusion that others had missed.",
      "Describe a situation in which you had to weigh several possible solutions. How did you decide which one "
      "to recommend?",
      "Give an example of a time when your first analysis of a problem turned out to be wrong. What did you "
      "learn?"]),
    ("Attention to Detail",
     "to find candidates who are highly detail oriented; notice the small things and make sure nothing slips "
     "through the cracks; and are accurate and organized",
     ["Tell us about a time when you caught an error that others had overlooked. What was the impact?",
      "What systems do you use to make sure your work is accurate and complete?",
      "Describe a project that required you to track many details at once. How did you keep everything "
      "organized?",
      "Give an example of a time when a small mistake led to a bigger problem. What did you change afterward?"]),
    ("Career Development",
     "to understand how the candidate's career has progressed and how the role being interviewed for fits "
     "their career goals",
     ["Walk us through your career so far. What led you to each move?",
      "How does this position fit with your long-term career goals?",
      "What skills would you like to develop in the next two to three years?",
      "Tell us about the most valuable learning experience you have had at work."]),
    ("Client Relations/Customer Service",
     "to find candidates with a service-minded attitude and a \u201cyour-problem-is-my-problem\u201d approach, who "
     "take ownership, are accountable and escalate when necessary, and bring a \u201ccan-do/will-do\u201d mindset "
     "with quick follow up",
     ["Tell us about a time you went beyond what was expected to help a customer or constituent.",
      "Describe a situation in which a client was upset about a decision you could not change. How did you "
      "handle it?",
      "Give an example of a time when you had to escalate a customer\u2019s issue. How did you decide it needed "
      "to be escalated, and how did you follow up?",
      "How do you make sure that a customer\u2019s request does not fall through the cracks?"]),
    ("Communication",
     "to find candidates who approach communication strategically and never assume that one way of "
     "communicating fits every situation; who express ideas well both verbally and non-verbally; and who "
     "listen closely to make sure they understand",
     ["Tell us about a time you had to explain a complicated topic to someone without a background in it. How "
      "did you make sure they understood?",
      "Describe a situation in which you had to adjust your communication style for a particular audience.",
      "Give an example of a time when careful listening helped you avoid a misunderstanding.",
      "Tell us about a difficult message you had to deliver. How did you prepare, and how was it received?",
      "Which written document that you have produced are you most proud of, and why?"]),
]

e = html.escape


def anchor(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def render():
    toc = "\n".join(
        f'            <li class="ma__sticky-toc__link"><a href="#{anchor(n)}">{e(n)}</a></li>' for n, _, _ in COMPS)
    rows = "\n".join(
        f"""                <tr>
                  <td><a href="#{anchor(n)}">{e(n)}</a></td>
                  <td>{e(d)}</td>
                </tr>""" for n, d, _ in COMPS)
    sections = []
    for n, _, qs in COMPS:
        lis = "\n".join(f"                <li>{e(q)}</li>" for q in qs)
        sections.append(f"""          <section class="ma__information-details__section">
            <h2 class="ma__comp-heading" id="{anchor(n)}">{e(n)}</h2>
            <div class="ma__rich-text">
              <ul>
{lis}
              </ul>
            </div>
          </section>""")
    sections = "\n".join(sections)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <title>Interview Questions Key Competencies | Mass.gov</title>
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta name="description" content="Key competency areas and definitions.">
  <meta name="mg_organization" content="humanresourcesdivision">
  <link rel="canonical" href="https://www.mass.gov/info-details/interview-questions-key-competencies">
  <link rel="stylesheet" href="/themes/custom/mass_theme/overrides/css/index-generated.css?t9c7re">
  <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});}})(window,document,'script','dataLayer','GTM-MASSGOV');</script>
</head>
<body class="page-node-type-info-details">
  <a class="ma__skip-link" href="#main-content">Skip to main content</a>
  <section class="ma__flag__container" aria-label="Official government website">
    <button class="ma__flag__button" aria-expanded="false">
      <span class="ma__flag__flag"><img src="/themes/custom/mass_theme/images/flag.png" alt="Massachusetts State Flag"></span>
      <span class="ma__flag__text">An official website of the Commonwealth of Massachusetts</span>
      <span class="ma__flag__button-text">Here's how you know</span>
    </button>
    <div class="ma__flag__content" hidden>
      <p><strong>Official websites use .mass.gov</strong> A .mass.gov website belongs to an official government organization in Massachusetts.</p>
      <p><strong>Secure websites use HTTPS certificate</strong> A lock icon or https:// means you\u2019ve safely connected to the official website.</p>
    </div>
  </section>
  <header class="ma__header__hamburger" id="header">
    <div class="ma__header__hamburger__container">
      <a class="ma__header__hamburger__logo" href="/"><img src="/themes/custom/mass_theme/images/mass-gov-logo.svg" alt="Mass.gov"></a>
      <form class="ma__header-search" role="search" action="/search">
        <label for="header-search" class="ma__visually-hidden">Search Mass.gov</label>
        <input id="header-search" type="search" placeholder="Search Mass.gov">
        <button type="submit">Search</button>
      </form>
      <nav class="ma__header__hamburger__nav" aria-label="main navigation">
        <button class="ma__header__hamburger__menu-button">Menu</button>
        <ul class="ma__main__hamburger-nav__top-level">
          <li><a href="/topics/living">Living</a></li>
          <li><a href="/topics/working">Working</a></li>
          <li><a href="/topics/learning">Learning</a></li>
          <li><a href="/topics/visiting-exploring">Visiting &amp; Exploring</a></li>
          <li><a href="/topics/your-government">Your Government</a></li>
        </ul>
        <ul class="ma__utility-nav">
          <li><a href="#translate">Translate</a></li>
          <li><a href="/how-to/log-in-to">Log in to...</a></li>
        </ul>
      </nav>
    </div>
  </header>
  <main id="main-content" class="ma__information-details">
    <div class="ma__page-header">
      <div class="ma__page-header__optional-content">
        <p class="ma__relationship-indicators--terms">
          <span class="ma__visually-hidden">This page, Interview Questions Key Competencies, is</span>
          <span>offered by</span>
          <a href="/orgs/human-resources-division">Human Resources</a>
        </p>
      </div>
      <h1 class="ma__page-header__title">Interview Questions Key Competencies</h1>
      <p class="ma__page-header__description">Key competency areas and definitions.</p>
    </div>
    <div class="ma__information-details__container">
      <div class="ma__information-details__content">
        <nav class="ma__sticky-toc" aria-label="Table of Contents">
          <h2 class="ma__sticky-toc__title">Table of Contents</h2>
          <ul class="ma__sticky-toc__column">
{toc}
          </ul>
        </nav>
        <div class="ma__rich-text">
          <div class="ma__table--responsive">
            <table class="ma__table">
              <thead>
                <tr>
                  <th scope="col">Competency</th>
                  <th scope="col">Interview questions are intended to:</th>
                </tr>
              </thead>
              <tbody>
{rows}
              </tbody>
            </table>
          </div>
        </div>
{sections}
        <section class="ma__information-details__section">
          <h2 id="contact">Contact</h2>
          <div class="ma__contact-group">
            <h3>Human Resources Division</h3>
            <p class="ma__address">100 Cambridge Street, Suite 600<br>Boston, MA 02114</p>
          </div>
        </section>
      </div>
    </div>
    <div class="ma__mass-feedback-form">
      <h2 class="ma__visually-hidden">Feedback</h2>
      <fieldset>
        <legend>Did you find what you were looking for on this webpage?</legend>
        <label><input type="radio" name="found" value="yes"> Yes</label>
        <label><input type="radio" name="found" value="no"> No</label>
      </fieldset>
      <p class="ma__mass-feedback-form__privacy">Do not include sensitive information, such as Social Security or bank account numbers.</p>
    </div>
  </main>
  <footer class="ma__footer-new" id="footer">
    <div class="ma__footer-new__container">
      <a class="ma__footer-new__logo" href="/"><img src="/themes/custom/mass_theme/images/stateseal.png" alt="Mass.gov home page"></a>
      <nav aria-label="site navigation">
        <ul class="ma__footer-new__navlinks">
          <li><a href="/topics/living">Living</a></li>
          <li><a href="/topics/working">Working</a></li>
          <li><a href="/topics/learning">Learning</a></li>
          <li><a href="/topics/visiting-exploring">Visiting &amp; Exploring</a></li>
          <li><a href="/topics/your-government">Your Government</a></li>
          <li><a href="/site-policies">Site Policies</a></li>
          <li><a href="/topics/public-records-requests">Public Records Requests</a></li>
        </ul>
      </nav>
      <p class="ma__footer-new__copyright">&copy; 2026 Commonwealth of Massachusetts.</p>
      <p class="ma__footer-new__copyright">Mass.gov&reg; is a registered service mark of the Commonwealth of Massachusetts. <a href="/privacypolicy">Mass.gov Privacy Policy</a></p>
    </div>
  </footer>
  <script src="/themes/custom/mass_theme/overrides/js/index-generated.js?t9c7re"></script>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
</body>
</html>
"""


def gold():
    comps = []
    for n, d, qs in COMPS:
        comps.append(C.competency(n, STEM, definition=d,
                                  interview_questions=[C.item(q, STEM) for q in qs]))
    return comps


def build():
    (C.DOCS / NAME).write_text(render(), encoding="utf-8")
    return C.write_gold(STEM, NAME, "html", TITLE, gold())


if __name__ == "__main__":
    print(build())

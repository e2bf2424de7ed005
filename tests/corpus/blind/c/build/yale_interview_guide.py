"""Yale University Human Resources (Work at Yale), Manager Toolkit - Hiring Guide - Interview Guide.

Hand-written HTML with Yale/Drupal-style chrome (skip link, Yale header, "Work at Yale" site nav,
breadcrumb, section sidebar, feedback block, footer, scripts). Front matter: intro, "Basic
Interview Structure" (ordered list with lettered sub-items), "What to Avoid Asking". Then "Sample
Interview Questions": one h3 per competency followed DIRECTLY by a bulleted list of questions (no
"Questions" heading); some questions carry a follow-up sentence in the same bullet.
"""
import lib

STEM = "yale-interview-guide"
g = lib.G(STEM)
TITLE = "Interview Guide | Work at Yale"

QUESTIONS = [
    ("Communication Skills", [
        "Tell me about a time you had to explain a complicated process or policy to someone "
        "unfamiliar with it. How did you make sure they understood?",
        "Describe a situation in which you had to deliver news that you knew would not be well "
        "received.",
        "Give an example of a piece of writing you produced that had an important effect. Who "
        "was the audience, and how did you shape it for them?",
        "Tell me about a time when a misunderstanding caused a problem at work. What did you do "
        "to clear it up?"]),
    ("Teamwork and Collaboration", [
        "Describe a project that depended on cooperation between several departments. What was "
        "your role?",
        "Tell me about a time you disagreed with a colleague about how work should be done. How "
        "did you resolve it?",
        "Give an example of a time you helped a teammate who was struggling to meet a deadline.",
        "What have you done to build a good working relationship with someone whose style was "
        "very different from yours?"]),
    ("Customer Focus", [
        "Tell me about the most difficult customer, student or faculty member you have served. "
        "What made it difficult, and what was the outcome?",
        "Describe a time you went beyond what was required to meet someone’s needs.",
        "Give an example of how you found out what a customer really needed when the request "
        "itself was unclear.",
        "Tell me about a time you could not give a customer what they asked for. How did you "
        "handle the conversation?"]),
    ("Problem Solving and Decision Making", [
        "Describe a problem at work that you spotted before anyone else did. What did you do "
        "about it?",
        "Tell me about a decision you had to make without all the information you wanted. How "
        "did you decide?",
        "Give an example of a process you improved. How did you measure the result?",
        "Tell me about a time you made a decision that turned out to be wrong. What did you "
        "learn from it?"]),
    ("Adaptability", [
        "Tell me about a time your priorities changed suddenly. How did you reorganize your "
        "work?",
        "Describe a new system or procedure you had to learn quickly. What helped you get up to "
        "speed?",
        "Give an example of a time you had to adjust your approach to work with a new supervisor "
        "or team."]),
]


def esc(s):
    return s.replace("&", "&amp;").replace("’", "&rsquo;")


def page():
    secs = []
    for comp, qs in QUESTIONS:
        lis = "\n".join(f"          <li>{esc(q)}</li>" for q in qs)
        secs.append(f"        <h3>{esc(comp)}</h3>\n        <ul>\n{lis}\n        </ul>")
    qhtml = "\n".join(secs)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{TITLE}</title>
  <link rel="canonical" href="https://your.yale.edu/work-yale/manager-toolkit/recruiting-and-hiring/hiring-guide/interview-guide">
  <link rel="stylesheet" media="all" href="/sites/default/files/css/css_yale_hr_main.css">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-YALEHR01"></script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-YALEHR01');</script>
</head>
<body class="path-node page-node-type-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <div class="dialog-off-canvas-main-canvas">
    <header role="banner" class="site-header">
      <div class="yale-brand"><a href="https://www.yale.edu" title="Yale University">Yale University</a></div>
      <div class="site-name"><a href="/" rel="home">Your Yale</a></div>
      <nav role="navigation" aria-label="Main navigation" class="main-nav">
        <ul>
          <li><a href="/benefits">Benefits</a></li>
          <li><a href="/wellbeing">Wellbeing</a></li>
          <li><a href="/pay-time">Pay &amp; Time</a></li>
          <li class="is-active"><a href="/work-yale">Work at Yale</a></li>
          <li><a href="/policies-procedures">Policies &amp; Procedures</a></li>
          <li><a href="/get-help">Get Help</a></li>
        </ul>
      </nav>
      <form class="search-block-form" action="/search" method="get"><input type="search" name="keys" aria-label="Search"><input type="submit" value="Search"></form>
    </header>
    <nav class="breadcrumb" aria-labelledby="system-breadcrumb">
      <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
      <ol>
        <li><a href="/">Home</a></li>
        <li><a href="/work-yale">Work at Yale</a></li>
        <li><a href="/work-yale/manager-toolkit">Manager Toolkit</a></li>
        <li><a href="/work-yale/manager-toolkit/recruiting-and-hiring">Recruiting and Hiring</a></li>
        <li><a href="/work-yale/manager-toolkit/recruiting-and-hiring/hiring-guide">Hiring Guide</a></li>
      </ol>
    </nav>
    <div class="layout-container">
      <aside class="sidebar" role="complementary">
        <nav aria-label="Hiring Guide">
          <h2>Hiring Guide</h2>
          <ul>
            <li><a href="/work-yale/manager-toolkit/recruiting-and-hiring/hiring-guide/planning">Planning</a></li>
            <li><a href="/work-yale/manager-toolkit/recruiting-and-hiring/hiring-guide/posting">Posting</a></li>
            <li><a href="/work-yale/manager-toolkit/recruiting-and-hiring/hiring-guide/screening">Screening</a></li>
            <li class="is-active"><a href="/work-yale/manager-toolkit/recruiting-and-hiring/hiring-guide/interview-guide">Interview Guide</a></li>
            <li><a href="/work-yale/manager-toolkit/recruiting-and-hiring/hiring-guide/references">References</a></li>
            <li><a href="/work-yale/manager-toolkit/recruiting-and-hiring/hiring-guide/offer">Making the Offer</a></li>
          </ul>
        </nav>
      </aside>
      <main role="main" id="main-content">
        <h1 class="page-title">Interview Guide</h1>
        <p>This guide gives a framework for interviewing candidates for staff openings, with sample questions to help you get started. It is meant to support you and includes an optional worksheet for assessing and comparing candidates; the worksheet is on the last page of the printable version.</p>
        <p>When several people will interview each candidate, hiring managers are encouraged to meet with the interview team beforehand and use this guide to agree who will ask which questions. Where it is practical, also decide which competency or area of expertise each interviewer will focus on.</p>
        <h2>Basic Interview Structure</h2>
        <p>Interviews for staff positions are normally conducted by the hiring manager and, where there is one, the search committee, and should last no longer than an hour. We recommend the following structure:</p>
        <ol>
          <li>Welcome (10% of the interview)
            <ol type="a">
              <li>Thank the candidate for their interest in the position</li>
              <li>Put the candidate at ease with a light, non-personal ice breaker</li>
            </ol>
          </li>
          <li>Department culture and the job (10% of the interview)
            <ol type="a">
              <li>Describe the culture of the department and of Yale</li>
              <li>Add detail about the job beyond what the posting says</li>
            </ol>
          </li>
          <li>Interview questions (60% of the interview)
            <ol type="a">
              <li>Ask open-ended, probing and behavioral questions</li>
              <li>Keep every question directly related to the position</li>
            </ol>
          </li>
          <li>Questions from the candidate (15% of the interview)</li>
          <li>Closing (5% of the interview)
            <ol type="a">
              <li>Thank the candidate and explain the next steps and timeline</li>
              <li>Do not give any indication of how the interview went</li>
            </ol>
          </li>
        </ol>
        <h2>What to Avoid Asking</h2>
        <p>To stay within the law, do not ask about a candidate&rsquo;s age, race, religion, national origin, marital or family status, disability, or any other protected characteristic. If you are unsure whether a question is appropriate, contact your HR Generalist before the interview.</p>
        <h2>Sample Interview Questions</h2>
        <p>The questions below are grouped by competency. Choose the competencies that matter most for the position, select two or three questions for each, and ask every candidate the same questions.</p>
{qhtml}
        <h2>Interview Worksheet</h2>
        <p>Use the optional worksheet in the printable version of this guide to record ratings and notes for each candidate.</p>
        <p><a class="button" href="/sites/default/files/files/Interview-Guide.pdf">Download the printable Interview Guide (PDF)</a></p>
      </main>
    </div>
    <section class="feedback-block">
      <h2>Was this page helpful?</h2>
      <form><button type="button">Yes</button> <button type="button">No</button></form>
    </section>
    <footer role="contentinfo" class="site-footer">
      <div class="footer-brand"><a href="https://www.yale.edu">Yale University</a></div>
      <ul class="footer-links">
        <li><a href="https://usability.yale.edu/web-accessibility/accessibility-yale">Accessibility at Yale</a></li>
        <li><a href="https://privacy.yale.edu/resources/privacy-statement">Privacy policy</a></li>
        <li><a href="/contact-us">Contact Us</a></li>
      </ul>
      <p>Copyright &copy; 2024 Yale University &middot; All rights reserved</p>
    </footer>
  </div>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
  <script src="https://siteimproveanalytics.com/js/siteanalyze_6041212.js" async></script>
</body>
</html>
"""


def build():
    (lib.DOCS / f"{STEM}.html").write_text(page(), encoding="utf-8")
    comps = [g.comp(c, None, interview_questions=g.items(qs)) for c, qs in QUESTIONS]
    g.write("html", TITLE, comps)


if __name__ == "__main__":
    build()

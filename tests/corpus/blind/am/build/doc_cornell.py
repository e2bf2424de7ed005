"""Cornell University, Division of Human Resources - "Skills for Success Interview Questions" (Drupal page, accordion
per skill: Definition (sentence + bullets), Behavioral Indicators (Positive / Negative), Questions).  HTML, hand-written."""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from amlib import DOCS, competency, item, norm  # noqa: E402

STEM = "cornell-skills-for-success-interview-questions"
FILE = DOCS / f"{STEM}.html"

# (name, definition sentence, definition bullets, positive, negative, questions)
SKILLS = [
    ("Integrity",
     "Act with integrity so that people feel respected and involved.",
     ["Be truthful and dependable, and hold yourself to high standards of personal conduct.",
      "Keep a constructive attitude.",
      "Bring others in, as appropriate, when the outcome affects their work.",
      "Be tactful in your dealings with customers and stakeholders.",
      "Own your mistakes and learn from them.",
      "Recognize the help and contributions of others."],
     ["Acts with integrity\u2014Is honest; keeps promises; behaves consistently.",
      "Makes own position known\u2014Shares thoughts, feelings and reasons so that others understand where one stands.",
      "Stays open to ideas\u2014Listens and weighs the ideas and opinions of others fairly, even when they differ from one\u2019s own.",
      "Backs others\u2014Treats people with dignity, respect and fairness; gives due credit; speaks up for deserving colleagues and their ideas even when challenged.",
      "Raises and deals with issues early.",
      "Is sensitive and tactful when bringing up difficult matters.",
      "Understands the risks of doing nothing."],
     ["Reacts irrationally and defensively.",
      "Holds back from taking part or sharing views.",
      "Passes responsibility on to others",
      "Reaches conclusions too quickly.",
      "Looks for someone to blame and finds fault with people, programs or departments without proposing a way forward."],
     ["Respect can be shown in many ways. Which ways work best for you? Describe a specific example.",
      "Tell me about a time you had to choose between doing what was right and doing what was easy. What did you decide, and what happened?",
      "Describe a mistake you made at work. How did you handle it and what did you take away from it?",
      "Give an example of a time you made sure someone else got credit for their work."]),
    ("Communication",
     "Communicate clearly and openly so that information moves where it is needed.",
     ["Listen actively and make sure you have understood before you respond.",
      "Share information in good time, including news that is unwelcome.",
      "Adjust your message and channel to the audience.",
      "Write clearly and concisely."],
     ["Listens carefully\u2014Gives full attention, asks clarifying questions and checks understanding.",
      "Keeps people informed\u2014Passes on relevant information promptly to those who need it.",
      "Tailors the message\u2014Chooses words, detail and format to suit the audience.",
      "Invites dialogue\u2014Encourages questions and differing views."],
     ["Interrupts or finishes other people\u2019s sentences.",
      "Withholds information or shares it too late to be useful.",
      "Uses jargon that the audience does not understand",
      "Relies on a single channel regardless of the situation."],
     ["Tell me about a time you had to explain something complicated to someone unfamiliar with the subject. How did you make sure they understood?",
      "Describe a situation in which you had to deliver unwelcome news. How did you prepare, and how was it received?",
      "Give an example of a misunderstanding at work that you helped to clear up. What caused it?",
      "How do you decide whether to email, call or meet in person? Walk me through a recent example."]),
    ("Adaptability",
     "Adapt readily to change and help others to do the same.",
     ["Be open to new ideas and ways of working.",
      "Stay effective when priorities shift.",
      "Look for what can be learned from setbacks."],
     ["Embraces change\u2014Treats change as a chance to improve rather than a threat.",
      "Adjusts quickly\u2014Reorders priorities and methods when circumstances change.",
      "Stays composed\u2014Remains calm and productive under uncertainty.",
      "Learns from experience\u2014Applies lessons from past changes to new ones."],
     ["Resists or complains about new procedures.",
      "Keeps to familiar methods after they have stopped working.",
      "Becomes unproductive when plans change",
      "Waits for complete information before acting."],
     ["Tell me about a time your priorities changed suddenly. How did you respond?",
      "Describe a new process or system you had to learn quickly. What did you do to get up to speed?",
      "Give an example of a change you initially disagreed with. How did you handle it, and what was the outcome?"]),
]

INTRO = "How to use Cornell\u2019s Skills for Success model to gauge a candidate\u2019s behavioral competencies."


def e(s):
    return html.escape(s, quote=False)


def ul(items, cls="bullets"):
    return f'<ul class="{cls}">\n' + "\n".join(f"            <li>{e(x)}</li>" for x in items) + "\n          </ul>"


def panel(i, s):
    name, dsent, dbul, pos, neg, qs = s
    return f"""      <div class="accordion__item">
        <h2 class="accordion__heading">
          <button class="accordion__button" type="button" aria-expanded="false" aria-controls="acc-panel-{i}" id="acc-btn-{i}">
            <span class="accordion__title">{e(name)}</span>
            <span class="accordion__icon" aria-hidden="true"></span>
          </button>
        </h2>
        <div class="accordion__panel" id="acc-panel-{i}" role="region" aria-labelledby="acc-btn-{i}" hidden>
          <h3>Definition</h3>
          <p>{e(dsent)}</p>
          {ul(dbul)}
          <h3>Behavioral Indicators</h3>
          <p><em>What would you expect to see in someone demonstrating this competency?</em></p>
          <h4>Positive Indicators</h4>
          {ul(pos)}
          <h4>Negative Indicators</h4>
          {ul(neg)}
          <h3>Questions</h3>
          {ul(qs)}
        </div>
      </div>"""


def build():
    panels = "\n".join(panel(i + 1, s) for i, s in enumerate(SKILLS))
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Skills for Success Interview Questions | Division of Human Resources</title>
  <meta name="description" content="{e(INTRO)}">
  <link rel="canonical" href="https://hr.cornell.edu/people-leaders/hiring-transitions/interviewing/skills-success-interview-questions">
  <link rel="stylesheet" media="all" href="/sites/default/files/css/css_kZ1v8d0hRk3w.css">
  <link rel="stylesheet" media="all" href="/themes/custom/cwd_hr/css/cornell.css">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q2QZ5RJ1P"></script>
  <script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-7Q2QZ5RJ1P');</script>
  <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/4127"}},"ajaxTrustedUrl":[]}}</script>
</head>
<body class="path-node page-node-type-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <div class="dialog-off-canvas-main-canvas">
  <div id="cu-header" class="band">
    <div class="cu-logo"><a href="https://www.cornell.edu"><img src="/themes/custom/cwd_hr/images/cornell_logo.svg" alt="Cornell University"></a></div>
    <div class="cu-unit"><a href="/">Division of Human Resources</a></div>
    <div class="cu-search">
      <form action="/search" method="get" id="cu-search-form">
        <label for="cu-search-query" class="visually-hidden">Search</label>
        <input type="text" id="cu-search-query" name="keys" placeholder="Search HR">
        <input type="submit" value="go">
        <div class="search-filters"><input type="radio" id="cu-search-filter1" name="sitesearch" value="thissite" checked><label for="cu-search-filter1">This Site</label>
        <input type="radio" id="cu-search-filter2" name="sitesearch" value="cornell"><label for="cu-search-filter2">Cornell</label></div>
      </form>
    </div>
  </div>
  <nav id="main-navigation" aria-label="Main">
    <ul class="menu">
      <li><a href="/benefits-pay">Benefits &amp; Pay</a></li>
      <li><a href="/wellbeing">Wellbeing</a></li>
      <li><a href="/career-learning">Career &amp; Learning</a></li>
      <li><a href="/working-at-cornell">Working at Cornell</a></li>
      <li class="active-trail"><a href="/people-leaders">People Leaders</a></li>
      <li><a href="/jobs">Jobs</a></li>
    </ul>
  </nav>
  <div id="main" class="container">
    <nav class="breadcrumb" aria-labelledby="system-breadcrumb">
      <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
      <ol>
        <li><a href="/">Home</a></li>
        <li><a href="/people-leaders">People Leaders</a></li>
        <li><a href="/people-leaders/hiring-transitions">Hiring &amp; Transitions</a></li>
        <li><a href="/people-leaders/hiring-transitions/interviewing">Interviewing</a></li>
        <li>Skills for Success Interview Questions</li>
      </ol>
    </nav>
    <main id="main-content" role="main">
      <h1 class="page-title">Skills for Success Interview Questions</h1>
      <div class="summary"><p>{e(INTRO)}</p></div>
      <p>See more on the <a href="/career-learning/skills-success">Skills for Success webpage</a>.</p>
      <div class="accordion" data-accordion="multi">
{panels}
      </div>
      <div class="page-actions"><a href="#" class="print-page">Print this page</a> | <a href="/contact-us">Contact HR</a></div>
    </main>
    <aside class="sidebar" aria-label="In this section">
      <h2>Interviewing</h2>
      <ul class="menu">
        <li><a href="/people-leaders/hiring-transitions/interviewing/best-practices-video-interviews">Best Practices for Video Interviews</a></li>
        <li class="active"><a href="/people-leaders/hiring-transitions/interviewing/skills-success-interview-questions">Skills for Success Interview Questions</a></li>
        <li><a href="/people-leaders/hiring-transitions/interviewing/leadership-skills-success-interview-questions">Leadership Skills for Success Interview Questions</a></li>
        <li><a href="/people-leaders/hiring-transitions/reference-checks">Reference Checks</a></li>
      </ul>
    </aside>
  </div>
  <footer id="site-footer">
    <div class="footer-contact">
      <h2>Division of Human Resources</h2>
      <p>Day Hall<br>Ithaca, NY 14853<br>Phone: 607-254-4200</p>
    </div>
    <ul class="footer-links">
      <li><a href="/about-us">About Us</a></li>
      <li><a href="/contact-us">Contact Us</a></li>
      <li><a href="https://www.cornell.edu/privacy-notice.cfm">Privacy</a></li>
      <li><a href="https://hr.cornell.edu/web-accessibility-assistance">Web Accessibility Assistance</a></li>
    </ul>
    <p class="copyright">&copy;2024 Cornell University</p>
  </footer>
  </div>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
  <script src="/themes/custom/cwd_hr/js/cwd_accordion.js"></script>
  <script>document.querySelectorAll('.accordion__button').forEach(function(b){{b.addEventListener('click',function(){{var p=document.getElementById(b.getAttribute('aria-controls'));var o=b.getAttribute('aria-expanded')==='true';b.setAttribute('aria-expanded',String(!o));p.hidden=o;}});}});</script>
</body>
</html>
"""
    FILE.write_text(page, encoding="utf-8")
    return FILE


def gold():
    comps = []
    for name, dsent, dbul, pos, neg, qs in SKILLS:
        definition = " ".join([dsent] + dbul)
        inds = [item(STEM, x, "Positive Indicators") for x in pos] + \
               [item(STEM, x, "Negative Indicators") for x in neg]
        comps.append(competency(STEM, name, definition, indicators=inds,
                                interview_questions=[item(STEM, q) for q in qs]))
    return "html", "Skills for Success Interview Questions", comps

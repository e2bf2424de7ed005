"""The Murad Code Project - Murad Code Competency Framework website, technical competency
"Preparation and Planning", tab 3 "Anchoring" -> hand-written HTML page.
"""
import html

import bqlib as L

STEM = "muradcode-preparation-planning-anchoring"
DOC = L.DOCS / f"{STEM}.html"
NAME = "Preparation and Planning"
TITLE = "Preparation and Planning \u2013 Anchoring | Murad Code Competency Framework"

STEP1_INTRO = ("If your organisation has no competency framework of its own, you can use this competency "
               "as it stands. If you already work with a framework \u2013 for example the UN system, the "
               "European Personnel Selection Office (EPSO) or another agency\u2019s \u2013 the table below "
               "lists the values, behaviours or competencies in those frameworks that come closest, so you "
               "can test this competency through its nearest equivalent in your own system.")
MAPPING = {
    "un": [("Old", "Planning and Organisation"), ("New", "Analyse and Plan")],
    "other": [("EPSO", "Decision Making and Delivering Results, Working Together"),
              ("MSF", "Planning and Organising"),
              ("IRC", "Client Responsive Programming"),
              ("Oxfam", "Structured Planning")],
}
RELATED = ["Planning and Organisation", "Analyse and Plan", "Decision Making and Delivering Results",
           "Working Together", "Planning and Organising", "Client Responsive Programming",
           "Structured Planning"]

STEP2_INTRO = ("To carry this technical competency through recruitment and into expectations of performance "
               "on the job, build it into the wording of your vacancy announcement, job description and "
               "terms of reference. Some model wording is suggested below.")
TASKS_H = "In the job/position tasks and responsibilities section:"
TASKS = [
    "Build survivor-centred approaches into every stage of the project cycle, from design through "
    "implementation to monitoring and evaluation.",
    "Put together teams and partnerships with the mix of skills and flexibility needed to respond to "
    "each survivor\u2019s needs and choices.",
    "Set aside enough time, budget and expertise for the work to be carried out safely and in line with "
    "the principles of the Code.",
]
QUALS_H = "In the qualifications/experience section - what we are looking for?"
QUALS = [
    "Proven experience of planning documentation or investigation missions in fragile or "
    "conflict-affected settings.",
    "Demonstrated ability to carry out context, risk and stakeholder mapping before any contact with "
    "survivors.",
    "A track record of adapting plans when security, consent or well-being concerns arise.",
]

STEP3_INTRO = ("The questions below can be used as they are or adapted to the post. The Assessing tab "
               "explains what to look for in candidates\u2019 answers.")
WRITTEN_H = "Sample written test questions"
WRITTEN_LEAD = "Hypothetical (can be based on relevant context and job requirements):"
WRITTEN = [
    "Rapid deployment scenario. You are told on Friday that a two-person team must travel on Monday to "
    "interview survivors in a camp you have never visited. No referral pathways have been mapped. "
    "Describe how you would respond and what you would need in place before any interview goes ahead.",
    "Your project has funding for ten days of field work, but partners advise that trust with the "
    "community will take longer to build. Explain how you would adjust the plan and how you would "
    "justify the change to the donor.",
]
INTERVIEW_H = "Sample interview questions"
INTERVIEW = [
    "Tell us about a time you planned work that involved contact with survivors of serious harm. What "
    "did you put in place beforehand, and why?",
    "Describe a situation where you had to delay or cancel planned activities because the conditions "
    "were not safe. How did you reach that decision?",
    "How do you make sure that the people on your team have the skills and support they need before "
    "they are deployed?",
    "Give an example of a plan that did not work as intended. What did you learn from it?",
]


def esc(s):
    return html.escape(s, quote=False)


def build():
    un_cell = "<br>\n".join(f"{esc(k)}: {esc(v)}" for k, v in MAPPING["un"])
    other_cell = "<br>\n".join(f"{esc(k)}: {esc(v)}" for k, v in MAPPING["other"])
    tasks = "\n".join(f'            <p class="model-wording">\u201c{esc(t)}\u201d</p>' for t in TASKS)
    quals = "\n".join(f'            <p class="model-wording">\u201c{esc(t)}\u201d</p>' for t in QUALS)
    written = "\n".join(f"              <li>{esc(t)}</li>" for t in WRITTEN)
    interview = "\n".join(f"              <li>{esc(t)}</li>" for t in INTERVIEW)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(TITLE)}</title>
  <meta name="description" content="How to anchor the Murad Code technical competency Preparation and Planning in recruitment: equivalent competencies, model vacancy wording and sample questions.">
  <link rel="stylesheet" href="/assets/css/app.min.css?v=3.2.1">
  <link rel="icon" href="/assets/img/favicon.png">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-MC7X2R4Q1L"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date());
    gtag('config', 'G-MC7X2R4Q1L', {{ anonymize_ip: true }});
  </script>
</head>
<body class="page-competency page-anchoring">
  <a class="skip-link" href="#main">Skip to content</a>
  <div class="cookie-banner" id="cookie-banner" role="dialog" aria-live="polite">
    <p>This site uses cookies to understand how the framework is used. <a href="/privacy">Read our privacy notice</a>.</p>
    <button type="button" class="btn btn-small" data-dismiss="cookie-banner">Accept</button>
  </div>
  <header class="site-header">
    <div class="container header-inner">
      <a class="brand" href="/"><img src="/assets/img/murad-code-logo.svg" alt="Murad Code" width="132" height="40"><span class="brand-sub">Competency Framework</span></a>
      <button class="nav-toggle" aria-expanded="false" aria-controls="main-nav">Menu</button>
      <nav id="main-nav" class="main-nav" aria-label="Main">
        <ul>
          <li><a href="/">Home</a></li>
          <li><a href="/about">About the Framework</a></li>
          <li><a href="/values">Core Values</a></li>
          <li class="active"><a href="/competencies">Technical Competencies</a></li>
          <li><a href="/how-to-use">How to Use</a></li>
          <li><a href="https://www.muradcode.com" rel="external">The Murad Code</a></li>
        </ul>
      </nav>
    </div>
  </header>
  <main id="main">
    <div class="container">
      <nav class="breadcrumb" aria-label="Breadcrumb">
        <a href="/">Home</a> <span class="sep">/</span> <a href="/competencies">Technical Competencies</a> <span class="sep">/</span> <a href="/competencies/preparation-planning">{esc(NAME)}</a> <span class="sep">/</span> <span aria-current="page">Anchoring</span>
      </nav>
      <ol class="tab-steps" aria-label="Sections of this competency">
        <li><a href="/competencies/preparation-planning" title="Overview">1</a></li>
        <li><a href="/competencies/preparation-planning/deep-dive" title="Deep Dive">2</a></li>
        <li class="current"><a href="/competencies/preparation-planning/anchoring" title="Anchoring" aria-current="step">3</a></li>
        <li><a href="/competencies/preparation-planning/assessing" title="Assessing">4</a></li>
      </ol>
      <article class="competency-body">
        <p class="kicker">Technical Competency</p>
        <h1>{esc(NAME)}</h1>
        <h2>Anchoring the Competency into Recruitment Processes</h2>

        <section class="step" id="step-1">
          <h3>Step 1: Integrating it into existing frameworks and procedures</h3>
          <p>{esc(STEP1_INTRO)}</p>
          <div class="table-wrap">
            <table class="mapping">
              <thead>
                <tr><th>Murad Code Technical Competency</th><th>UN System (Old Values and Competencies, New Values and Behaviours)</th><th>Other systems</th></tr>
              </thead>
              <tbody>
                <tr>
                  <td>{esc(NAME)}</td>
                  <td>{un_cell}</td>
                  <td>{other_cell}</td>
                </tr>
              </tbody>
            </table>
          </div>
        </section>

        <section class="step" id="step-2">
          <h3>Step 2: Adding language into your vacancy announcement, job description and Terms of Reference</h3>
          <p>{esc(STEP2_INTRO)}</p>
          <div class="wording-block">
            <p class="wording-label"><strong>{esc(TASKS_H)}</strong></p>
{tasks}
          </div>
          <div class="wording-block">
            <p class="wording-label"><strong>{esc(QUALS_H)}</strong></p>
{quals}
          </div>
        </section>

        <section class="step" id="step-3">
          <h3>Step 3: Testing the competency in written tests and interviews</h3>
          <p>{esc(STEP3_INTRO)}</p>
          <div class="question-block">
            <h4>{esc(WRITTEN_H)}</h4>
            <p><em>{esc(WRITTEN_LEAD)}</em></p>
            <ol>
{written}
            </ol>
          </div>
          <div class="question-block">
            <h4>{esc(INTERVIEW_H)}</h4>
            <ul>
{interview}
            </ul>
          </div>
        </section>

        <nav class="pager" aria-label="Competency sections">
          <a class="prev" href="/competencies/preparation-planning/deep-dive">&larr; Deep Dive</a>
          <a class="next" href="/competencies/preparation-planning/assessing">Assessing &rarr;</a>
        </nav>
      </article>
    </div>
  </main>
  <footer class="site-footer">
    <div class="container footer-inner">
      <p class="footer-brand">The Murad Code Project</p>
      <ul class="footer-links">
        <li><a href="/about">About</a></li>
        <li><a href="/privacy">Privacy notice</a></li>
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="mailto:info@muradcode.com">Contact</a></li>
      </ul>
      <p class="copyright">&copy; 2025 The Murad Code Project. All rights reserved.</p>
    </div>
  </footer>
  <script src="/assets/js/vendor/jquery-3.7.1.min.js"></script>
  <script src="/assets/js/app.min.js?v=3.2.1"></script>
  <script>
    document.querySelectorAll('[data-dismiss]').forEach(function (b) {{
      b.addEventListener('click', function () {{ document.getElementById(b.dataset.dismiss).hidden = true; }});
    }});
  </script>
</body>
</html>
"""
    DOC.write_text(page, encoding="utf-8")


def gold():
    doc = STEM
    c = L.competency(
        doc, NAME, None,
        indicators=L.items(doc, TASKS, TASKS_H.rstrip(":")) + L.items(doc, QUALS, QUALS_H),
        related=RELATED,
        interview_questions=L.items(doc, WRITTEN, WRITTEN_H) + L.items(doc, INTERVIEW, INTERVIEW_H))
    L.write_gold(DOC, "html", NAME, [c])


if __name__ == "__main__":
    build()
    gold()
    print("built", DOC.name)

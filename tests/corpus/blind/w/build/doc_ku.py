"""The University of Kansas, Human Resources: "Behavioral Interview Questions" page (staff), HTML.

Hand-written KU-style page: skip link, KU top bar, unit header "Human Resources", main nav, breadcrumb, side
nav, body, footer, scripts.  Body: intro paragraphs with a superscript note reference, the STAR list, then
"Sample Questions" as an accordion: one <h3><button> per competency, its panel holding a one-sentence
description (no label) and a <ul> of questions, some with a nested <ul> of follow-up questions.  A "Notes"
footnote with an APA reference (belongs to the intro, not to a competency) closes the body.
"""
import html

import wcommon as C

STEM = "ku-behavioral-interview-questions"
FILE = STEM + ".html"
TITLE = "Behavioral Interview Questions"

COMPS = [
    ("Adaptability",
     "Adjusts to changing priorities, new information and unfamiliar situations while keeping work moving.",
     [("Tell us about a time when your priorities changed with little notice. How did you reorganize your work?",
       []),
      ("Describe a situation in which you had to learn a new system or process quickly.",
       ["What made it difficult?", "How long did it take before you felt comfortable?"]),
      ("Give an example of a time you had to work with a colleague whose style was very different from yours.",
       []),
      ("Tell us about a change at work that you did not agree with at first. What did you do?", [])]),
    ("Communication",
     "Shares information clearly and respectfully in speaking and in writing, and listens to understand.",
     [("Describe a time when you had to explain something complex to someone outside your field.",
       ["How did you check that they understood?"]),
      ("Tell us about a written document you produced that you are proud of. Who was the audience?", []),
      ("Give an example of a conversation in which you had to deliver unwelcome news.",
       ["How did you prepare?", "How did the other person react, and how did you respond?"]),
      ("Tell us about a time when a misunderstanding caused a problem at work. What did you learn from it?", [])]),
    ("Customer Service",
     "Understands the needs of students, faculty, staff and the public, and works to meet them courteously "
     "and reliably.",
     [("Tell us about a time you went out of your way to help a student, colleague or visitor.", []),
      ("Describe a situation in which you could not give a customer what they asked for. How did you handle it?",
       ["What was the outcome?"]),
      ("How do you decide which requests to deal with first when several people need help at once? Give an "
       "example.", [])]),
    ("Problem Solving",
     "Identifies problems, gathers the relevant facts and works out practical solutions.",
     [("Walk us through a problem you solved recently, from the moment you noticed it to the result.", []),
      ("Tell us about a time you found the root cause of a recurring problem.",
       ["What information did you gather?", "Who else did you involve?"]),
      ("Describe a decision you made when you did not have all the information you wanted.", [])]),
    ("Teamwork",
     "Works cooperatively with others toward shared goals and contributes to a respectful, inclusive team.",
     [("Tell us about a team project you are proud of. What was your role?", []),
      ("Describe a time when a team member was not doing their share of the work.",
       ["What did you do?", "What would you do differently?"]),
      ("Give an example of how you helped a new colleague feel welcome on your team.", []),
      ("Tell us about a time your team disagreed about how to proceed. How was it settled?", [])]),
]


def e(s):
    return html.escape(s, quote=False)


def panel(i, name, desc, questions):
    qs = []
    for q, fups in questions:
        if fups:
            sub = "\n".join(f"            <li>{e(f)}</li>" for f in fups)
            qs.append(f"          <li>{e(q)}\n          <ul>\n{sub}\n          </ul>\n          </li>")
        else:
            qs.append(f"          <li>{e(q)}</li>")
    qs = "\n".join(qs)
    return f"""    <div class="accordion-item">
      <h3 class="accordion-header" id="heading-{i}">
        <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-{i}" aria-expanded="false" aria-controls="collapse-{i}">{e(name)}</button>
      </h3>
      <div id="collapse-{i}" class="accordion-collapse collapse" aria-labelledby="heading-{i}">
        <div class="accordion-body">
        <p>{e(desc)}</p>
        <ul>
{qs}
        </ul>
        </div>
      </div>
    </div>"""


def render():
    panels = "\n".join(panel(i, n, d, q) for i, (n, d, q) in enumerate(COMPS, start=1))
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Behavioral Interview Questions | Human Resources</title>
<link rel="stylesheet" href="https://cdn.ku.edu/kute/css/ku-bootstrap.min.css">
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-KUHR"></script>
</head>
<body class="page-node-type-page">
<a class="visually-hidden-focusable" href="#main-content">Skip to main content</a>
<div class="ku-topbar">
  <a class="ku-wordmark" href="https://ku.edu/"><img src="/themes/kute/images/ku-jayhawk.svg" alt="The University of Kansas"></a>
  <ul class="ku-global-links">
    <li><a href="https://ku.edu/apply">Apply</a></li>
    <li><a href="https://ku.edu/give">Give</a></li>
    <li><a href="https://ku.edu/search">Search</a></li>
  </ul>
</div>
<header class="unit-header">
  <p class="unit-name"><a href="/">Human Resources</a></p>
  <nav class="navbar" aria-label="Main">
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link" href="/benefits">Benefits</a></li>
      <li class="nav-item"><a class="nav-link" href="/careers">Careers</a></li>
      <li class="nav-item"><a class="nav-link" href="/employees">Employees</a></li>
      <li class="nav-item"><a class="nav-link" href="/supervisors">Supervisors</a></li>
      <li class="nav-item"><a class="nav-link" href="/about">About</a></li>
    </ul>
  </nav>
</header>
<nav aria-label="breadcrumb">
  <ol class="breadcrumb">
    <li class="breadcrumb-item"><a href="/">Home</a></li>
    <li class="breadcrumb-item"><a href="/supervisors">Supervisors</a></li>
    <li class="breadcrumb-item"><a href="/hiring">Hiring</a></li>
    <li class="breadcrumb-item active" aria-current="page">Behavioral Interview Questions</li>
  </ol>
</nav>
<div class="container">
<div class="row">
<aside class="col-md-3 side-nav" aria-label="Hiring">
  <ul>
    <li><a href="/hiring/posting">Posting a position</a></li>
    <li><a href="/hiring/search-committee">Search committees</a></li>
    <li><a class="active" href="/behavioral-interview-questions">Behavioral interview questions</a></li>
    <li><a href="/hiring/reference-checks">Reference checks</a></li>
    <li><a href="/hiring/offer">Making an offer</a></li>
  </ul>
</aside>
<main id="main-content" class="col-md-9">
<h1>Behavioral Interview Questions</h1>
<p>Many candidates have the qualifications, skills and experience an employer advertises for. How do you look past the application materials to find the candidates who will be productive, collegial and contributing members of your unit?</p>
<p>One technique is to build interview questions around the behaviors and competencies that matter most for the position. Behavioral interviewing works well because it looks at how a candidate has behaved in the past, which is the most accurate indicator of future behavior.<sup><a href="#note-1" id="ref-1">1</a></sup> Behavioral questions draw out more detailed answers than traditional questions, which tend to focus on skills and qualifications.</p>
<p>Committees should meet before the interviews to agree on the three or four competencies and behaviors that matter most for the position. The sample questions below are a starting point. There are no right or wrong answers; they help you understand how someone behaved in a past situation. As you listen, check whether each answer covers the following:</p>
<ol class="star">
  <li><strong>Situation</strong> - the candidate describes a specific event, not a general habit.</li>
  <li><strong>Task</strong> - the candidate explains what needed to be done and why.</li>
  <li><strong>Action</strong> - the candidate says what they did themselves.</li>
  <li><strong>Result</strong> - the candidate describes the outcome and what they learned.</li>
</ol>
<h2>Sample Questions</h2>
<div class="accordion" id="sample-questions">
{panels}
</div>
<h2 class="notes-heading">Notes</h2>
<ol class="footnotes">
  <li id="note-1">Janz, T., Hellervik, L., &amp; Gilmore, D. C. (1986). <em>Behavior description interviewing: New, accurate, cost effective</em>. Allyn and Bacon. <a href="#ref-1" aria-label="Back to text">&#8617;</a></li>
</ol>
</main>
</div>
</div>
<footer class="ku-footer">
  <div class="unit-contact"><p><strong>Human Resources</strong><br>1246 W. Campus Road<br>Lawrence, KS 66045</p></div>
  <p class="ku-legal">The University of Kansas prohibits discrimination on the basis of race, color, ethnicity, religion, sex, national origin, age, ancestry, disability, status as a veteran, sexual orientation, marital status, parental status, gender identity, gender expression, and genetic information in the university's programs and activities.</p>
  <p>&copy; The University of Kansas</p>
</footer>
<script src="https://cdn.ku.edu/kute/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""
    (C.DOCS / FILE).write_text(page, encoding="utf-8")


def gold():
    comps = []
    for name, desc, qs in COMPS:
        items = [C.item(STEM, q + (" " + " ".join(f) if f else "")) for q, f in qs]
        comps.append(C.competency(name, STEM, definition=desc, interview_questions=items))
    C.write_gold(STEM, FILE, "html", TITLE, comps)


def build():
    render()
    gold()


if __name__ == "__main__":
    build()

"""Colorado College, Human Resources: "Supervisor Instructions for Preparing the Annual Staff
Evaluations" (HTML, hand-written, college web chrome re-created). NOT a competency document: a
procedure with an ordered list of steps and an overall-rating scale (Exceptional / Commendable /
Effective / Needs Improvement) whose bullets mention "core and job specific competencies" but define
none. Gold: "competencies": []."""
import html

import helpers as H

STEM = "coloradocollege-staff-evaluation-instructions"
TITLE = "Supervisor Instructions for Preparing the Annual Staff Evaluations"

STEPS = [
    "Ask for feedback from the colleagues the staff member listed on his or her self-review. You can do this by phone or by email, and you are expected to take it into account in your overall assessment.",
    "Decide the overall performance rating using the rating descriptions below.",
    "Give a detailed and specific rationale that supports the overall rating.",
    "Save the evaluation form as a PDF document.",
    "Meet with the staff member to discuss his or her performance and to set goals for the coming year. You may adjust the evaluation after this conversation.",
    "Review the staff member\u2019s job description. If you change it, send the updated job description to Human Resources with a note of what changed and why.",
    "Sign and date the evaluation form and make sure the staff member receives a copy. Keep a copy for your files, obtain the signatures of your department director and division head, and forward the signed form to Human Resources.",
]
RATINGS = [
    ("Exceptional Performance", "Clearly and consistently goes beyond performance expectations.", [
        "Goals accomplished well beyond what was expected.",
        "A high level of proficiency in all core and job specific competencies.",
        "Exceptional depth and breadth of knowledge of departmental operations.",
        "Initiative in taking on new responsibilities and leading improvements."]),
    ("Commendable Performance", "Frequently goes beyond performance expectations.", [
        "Goals accomplished, several of them beyond what was expected.",
        "Proficiency in all core and job specific competencies, with strength in several.",
        "Sound knowledge of departmental operations."]),
    ("Effective Performance", "Consistently meets performance expectations.", [
        "Goals accomplished as agreed.",
        "Proficiency in the core and job specific competencies needed for the position.",
        "Work of dependable quality, completed on time."]),
    ("Needs Improvement", "Does not consistently meet performance expectations.", [
        "Some goals not accomplished.",
        "Development needed in one or more core or job specific competencies.",
        "A performance improvement plan is required."]),
]


def e(s):
    return html.escape(s, quote=False)


def render(out_path):
    steps = "\n".join(f"          <li>{e(s)}</li>" for s in STEPS)
    ratings = []
    for name, lead, bullets in RATINGS:
        lis = "\n".join(f"            <li>{e(b)}</li>" for b in bullets)
        ratings.append(f'''        <p><strong>{e(name)}</strong> &nbsp;- {e(lead)}<br>This level of performance is characterized by:</p>
        <ul>
{lis}
        </ul>''')
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>Supervisor Instructions for Preparing the Annual Staff Evaluations | Human Resources | Colorado College</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_resources/css/cc-2015.css">
<script src="/_resources/js/jquery.js"></script>
<script src="/_resources/js/modernizr.custom.js"></script>
</head>
<body>
<div id="skip">
  <a href="#main" class="skip">Skip to main content area</a>
  <a href="#institutional-nav" class="skip">Skip to institutional navigation</a>
  <a href="#sub-nav" class="skip">Skip to sub-navigation</a>
</div>
<header id="cc-header">
  <a href="/" id="cc-logo"><img src="/_resources/images/cc-logo.png" alt="Colorado College"></a>
  <nav id="institutional-nav">
    <ul>
      <li><a href="/about/">About</a></li>
      <li><a href="/academics/">Academics</a></li>
      <li><a href="/admission/">Admission</a></li>
      <li><a href="/life/">Campus Life</a></li>
      <li><a href="/offices/">Offices</a></li>
    </ul>
  </nav>
  <form id="cc-search" action="/search/"><input type="text" name="q" aria-label="Search Colorado College"><input type="submit" value="Search"></form>
</header>
<div id="office-banner"><a href="/offices/humanresources/">Human Resources</a></div>
<div id="wrapper">
  <nav id="sub-nav">
    <h3>Performance Excellence</h3>
    <ul>
      <li><a href="/offices/humanresources/performance-excellence/">Overview</a></li>
      <li><a href="/offices/humanresources/performance-excellence/self-review.html">Staff Self-Review</a></li>
      <li class="current"><a href="/offices/humanresources/performance-excellence/supervisors-guide.html">Supervisor Instructions</a></li>
      <li><a href="/offices/humanresources/performance-excellence/forms.html">Forms</a></li>
      <li><a href="/offices/humanresources/performance-excellence/faq.html">FAQ</a></li>
    </ul>
  </nav>
  <div id="main" role="main">
    <h1>{e(TITLE)}</h1>
    <p><strong>Instructions to Supervisors</strong> &ndash; You must have approval from your cabinet member before meeting with staff for their performance review.</p>
    <p>Complete every assessment area. The Supervisor section needs to be completed only for staff who directly supervise other staff and/or student workers.</p>
    <ol>
{steps}
    </ol>
    <h2>Overall Performance Ratings</h2>
{chr(10).join(ratings)}
    <p>Questions about the evaluation process can be directed to Human Resources at extension 6421.</p>
  </div>
</div>
<footer id="cc-footer">
  <p>Colorado College &middot; 14 E. Cache La Poudre St. &middot; Colorado Springs, CO 80903 &middot; (719) 389-6000</p>
  <ul><li><a href="/offices/humanresources/contact.html">Contact Human Resources</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/nondiscrimination/">Nondiscrimination</a></li></ul>
</footer>
<script src="/_resources/js/cc-global.js"></script>
</body>
</html>
'''
    out_path.write_text(page, encoding="utf-8")


def gold(doc_path):
    g = H.Gold(STEM)
    return g.write(doc_path, "html", TITLE)

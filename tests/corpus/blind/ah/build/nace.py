"""nace-career-readiness-competencies.html: National Association of Colleges and Employers (NACE),
"Career Readiness: Competencies for a Career-Ready Workforce" page on naceweb.org.

Bootstrap-style accordion: each competency is a <button> whose pane repeats the name as an <h3>
(duplicate pane heading), then the definition paragraph, a bold "Sample Behaviors" line and a <ul>.
Site chrome: skip link, logos bar, mega-menu nav, breadcrumb, download buttons, report aside, footer, scripts."""
import html

import helpers as H

STEM = "nace-career-readiness-competencies"
DOC = H.DOCS / f"{STEM}.html"

COMPS = [
    ("Career & Self-Development",
     "Take charge of developing oneself and one\u2019s career through continued personal and professional "
     "learning, awareness of one\u2019s own strengths and weaknesses, finding a way among career "
     "opportunities, and networking to build relationships inside and outside one\u2019s organization.",
     ["Show awareness of one\u2019s own strengths and of the areas still to be developed.",
      "Pick out areas for continued growth while seeking out and acting on feedback.",
      "Draw up plans and goals for one\u2019s future career.",
      "Speak up professionally for oneself and for others.",
      "Show curiosity; look for chances to learn.",
      "Build, keep up, and/or draw on relationships with people who can help one professionally.",
      "Take part voluntarily in further education, training, or other events that support one\u2019s career."]),
    ("Communication",
     "Share information, ideas, facts, and perspectives clearly and effectively with people inside and "
     "outside an organization.",
     ["Understand why verbal, written, and non-verbal/body language skills matter, and display them.",
      "Use active listening, persuasion, and influencing skills.",
      "Communicate in a clear and organized way so that others can readily follow.",
      "Shape communication around different learning styles, individual communication abilities, and "
      "cultural differences.",
      "Ask supervisors, specialists, and others the right questions to get specific information.",
      "Let the right people know promptly when guidance is needed on an assigned task."]),
    ("Critical Thinking",
     "Recognize and respond to needs on the basis of an understanding of the situation and a logical "
     "analysis of the relevant information.",
     ["Make decisions and solve problems with sound, inclusive reasoning and judgment.",
      "Collect and analyze information from a range of sources and people to understand a problem fully.",
      "Anticipate needs ahead of time and set priorities for the next steps.",
      "Summarize and interpret data accurately while staying aware of personal biases that could sway "
      "outcomes.",
      "Explain actions and their reasons effectively, taking account of the different perspectives and "
      "lived experiences of stakeholders.",
      "Juggle several tasks well in a fast-moving environment."]),
    ("Equity & Inclusion",
     "Show the awareness, attitude, knowledge, and skills needed to engage fairly with, and include, "
     "people from different local and global cultures. Take part in anti-racist practices that actively "
     "challenge the systems, structures, and policies of racism.",
     ["Look for cross-cultural interactions and experiences that deepen one\u2019s understanding of people "
      "from different backgrounds.",
      "Engage respectfully with people of other cultures, backgrounds, and identities.",
      "Keep learning about one\u2019s own cultural identity and biases.",
      "Use inclusive and fair practices that shape individual and organizational outcomes.",
      "Push back actively against the systems, structures, and policies of racism."]),
    ("Leadership",
     "Recognize and build on personal and team strengths to reach organizational goals.",
     ["Draw on a range of resources and on feedback from others to set direction.",
      "Use innovative thinking to go beyond traditional methods.",
      "Encourage and inspire others, building mutual trust along the way.",
      "Plan, start, manage, complete, and evaluate projects.",
      "Delegate work, handing tasks to others as appropriate.",
      "Help others grow through coaching and mentoring."]),
    ("Professionalism",
     "Know and show effective work habits, and act in the interest of the wider community and workplace.",
     ["Act with honesty and accountability, and keep to ethical standards.",
      "Show dependability (e.g., turn up regularly and on time, and meet deadlines).",
      "Keep up a suitable professional presence.",
      "Own one\u2019s actions and their results.",
      "Aim for high standards of excellence.",
      "Recognize that one\u2019s work reflects on the organization and the wider community."]),
    ("Teamwork",
     "Build and keep collaborative relationships to work well toward common goals, while valuing "
     "different viewpoints and shared responsibility.",
     ["Listen closely to others and take part in team discussions.",
      "Work together with others to reach common goals.",
      "Use one\u2019s own strengths to complement those of others.",
      "Handle conflict constructively.",
      "Get along with, and respect, a range of personalities.",
      "Accept a shared responsibility for a team\u2019s successes and setbacks."]),
    ("Technology",
     "Use technology wisely and ethically to work more efficiently, finish tasks, and reach goals.",
     ["Be open to new technologies and pick them up quickly.",
      "Use technology to make processes more efficient and to solve problems.",
      "Use technology ethically and responsibly, protecting data and privacy.",
      "Choose the right technology tool for the task at hand.",
      "Keep up with changes in technology that affect one\u2019s field."]),
]

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Career Readiness: Competencies for a Career-Ready Workforce | NACE</title>
<meta name="description" content="Career readiness is a foundation from which to demonstrate requisite core competencies.">
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/nace-main.css?v=2024.2">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-NACEWEB01"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-NACEWEB01');
</script>
</head>
<body class="page-career-readiness">
<a class="visually-hidden-focusable" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="logos container">
    <a href="/" class="logo-nace"><img src="/images/nace-logo.svg" alt="NACE Logo"></a>
    <a href="/center/" class="logo-center"><img src="/images/nace-center-logo.svg" alt="NACE Center Logo"></a>
    <div class="org-names">
      <span class="org-name">National Association of Colleges and Employers</span>
      <span class="org-name">NACE Center for Career Development and Talent Acquisition&reg;</span>
    </div>
    <ul class="utility">
      <li><a href="/join/">Join</a></li>
      <li><a href="/store/">Store</a></li>
      <li><a href="/login/">Log In</a></li>
    </ul>
  </div>
  <button class="navbar-toggler" type="button" aria-label="mobile menu">mobile menu</button>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/about-us/">About NACE</a></li>
      <li><a href="/career-readiness/">Career Readiness</a></li>
      <li><a href="/research/">Research &amp; Data</a></li>
      <li><a href="/events/">Events</a></li>
      <li><a href="/professional-development/">Professional Development</a></li>
      <li><a href="/advocacy/">Advocacy</a></li>
    </ul>
  </nav>
</header>
<main id="main">
<div class="container">
  <ol class="breadcrumb">
    <li class="breadcrumb-item"><a href="/">Home</a></li>
    <li class="breadcrumb-item"><a href="/career-readiness/">Career Readiness</a></li>
    <li class="breadcrumb-item active" aria-current="page">Competencies</li>
  </ol>
  <div class="row">
  <div class="col-lg-8">
  <h1>What Is Career Readiness?</h1>
  <h2 class="subhead">Career Readiness: Competencies for a Career-Ready Workforce</h2>
  <p><a class="btn btn-primary" href="/uploads/docs/2024/resources/the-definitions.pdf">Download the Definitions</a></p>
  <p>Career readiness is a foundation from which to demonstrate the core competencies that broadly prepare
  the college educated for success in the workplace and lifelong career management.</p>
  <p>For new college graduates, career readiness is the key to a successful entry into the workforce; it is the
  foundation on which a successful career is launched.</p>
  <p>For higher education, career readiness offers a framework for the career-related goals and outcomes of
  curricular and co-curricular activities, whatever the student&rsquo;s field of study. For employers, it plays an
  important part in sourcing talent and names key skills and abilities across all job functions; it also gives
  employers a framework for developing talent through internships and other experiential education.</p>
  <h2>Career Readiness Competencies</h2>
  <p>There are eight career readiness competencies, and each can be demonstrated in many ways. Below you will
  find a definition of each competency, and you can download materials to support your initiatives.</p>
  <p><a class="btn btn-outline-primary" href="/career-readiness/competencies/support-materials/">Download Support Materials</a></p>
  <div class="accordion" id="competencyAccordion">
"""

TAIL = """  </div>
  <p class="small"><a href="/career-readiness/competencies/acknowledgments/">Acknowledgments</a></p>
  </div>
  <aside class="col-lg-4 sidebar">
    <div class="card">
      <h3 class="card-title">Development and Validation of the NACE Career Readiness Competencies</h3>
      <img src="/images/validation-report-cover.jpg" alt="">
      <a class="btn btn-primary" href="/uploads/docs/2022/resources/validation-report.pdf">DOWNLOAD REPORT</a>
    </div>
    <div class="card">
      <h3 class="card-title">Related Content</h3>
      <ul>
        <li><a href="/career-readiness/competencies/sample-behaviors/">Using the Sample Behaviors</a></li>
        <li><a href="/career-readiness/competencies/employer-resources/">Resources for Employers</a></li>
        <li><a href="/career-readiness/competencies/career-center-resources/">Resources for Career Centers</a></li>
      </ul>
    </div>
  </aside>
  </div>
</div>
</main>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links">
      <li><a href="/contact/">Contact Us</a></li>
      <li><a href="/privacy/">Privacy Policy</a></li>
      <li><a href="/terms/">Terms of Use</a></li>
      <li><a href="/accessibility/">Accessibility</a></li>
    </ul>
    <p>National Association of Colleges and Employers, Bethlehem, PA</p>
    <p>&copy; 2024 National Association of Colleges and Employers. All rights reserved.</p>
  </div>
</footer>
<script src="/js/jquery-3.7.1.min.js"></script>
<script src="/js/bootstrap.bundle.min.js"></script>
<script>
  document.querySelectorAll('.accordion-button').forEach(function (b) {
    b.addEventListener('click', function () { gtag('event', 'accordion_open', {label: b.textContent.trim()}); });
  });
</script>
</body>
</html>
"""


def pane(i, name, definition, behaviors):
    e = html.escape
    open_ = i == 0
    lis = "\n".join(f"          <li>{e(b, quote=False)}</li>" for b in behaviors)
    return f"""    <div class="accordion-item">
      <h2 class="accordion-header" id="heading{i}">
        <button class="accordion-button{'' if open_ else ' collapsed'}" type="button" data-bs-toggle="collapse" data-bs-target="#collapse{i}" aria-expanded="{'true' if open_ else 'false'}" aria-controls="collapse{i}">
          {e(name)}
        </button>
      </h2>
      <div id="collapse{i}" class="accordion-collapse collapse{' show' if open_ else ''}" aria-labelledby="heading{i}" data-bs-parent="#competencyAccordion">
        <div class="accordion-body">
          <h3>{e(name)}</h3>
          <p>{e(definition, quote=False)}</p>
          <p><strong>Sample Behaviors</strong></p>
          <ul>
{lis}
          </ul>
        </div>
      </div>
    </div>
"""


def render():
    body = "".join(pane(i, *c) for i, c in enumerate(COMPS))
    DOC.write_text(HEAD + body + TAIL, encoding="utf-8")


def gold():
    comps = [H.competency(STEM, n, d, indicators=H.items(STEM, b)) for n, d, b in COMPS]
    H.write_gold(DOC, "html", "Career Readiness: Competencies for a Career-Ready Workforce", comps)


def build():
    render()
    gold()
    return DOC


if __name__ == "__main__":
    print(build())

"""The University of Utah, Human Resources (Service Teams) - "Competency Based Questions - General".
HTML, hand-written with the university's page chrome (skip link, red top bar, site title, main nav,
breadcrumb, section sub-navigation, footer with address/links, scripts).

Body: h1, one intro paragraph, then two tables with the header row Competency | Leading Question |
Follow up Questions | Key Criteria. The "Competency" cell holds a numbered behavioural statement (1., 2.,
3. / 1., 2.: numbering restarts in the second table); the key criteria are <br>-separated lines."""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "utah-competency-based-questions"

INTRO = ("Use the questions below to assess candidates against general competencies that apply to most "
         "staff positions. Choose the competencies that matter most for the position, ask the leading "
         "question, and use the follow-up questions to draw out a complete example. Listen for the key "
         "criteria in the candidate\u2019s answer.")

TABLES = [
    [("Freely shares knowledge, information, ideas, resources and expertise.",
      "Tell us about a time when you were part of a team and held information or resources that would "
      "have helped other members of the group.",
      "How did you pass it on? What came of your efforts?",
      ["Good communicator", "Shares information", "Team player", "Networker"]),
     ("Is open to input from others and uses diplomacy and tact when giving input and direction.",
      "Give an example of a time when you had to give direction to a co-worker who was not performing "
      "well in his or her job.",
      "How did you raise the issues? What happened? How did it affect your working relationship with the "
      "co-worker? What would you do differently next time?",
      ["Diplomacy", "Discretion", "Professionalism", "Sensitivity"]),
     ("Adapts readily to changing needs, new trends and new ideas.",
      "Describe a time when you led or belonged to a project team and the specifications, resources or "
      "expected outcomes changed. How did you handle the change?",
      "What was the end result? What do you find hardest about dealing with new ideas?",
      ["Adaptability", "Positive approach", "Open to change"])],
    [("Genuinely cares about other people and shows empathy toward them.",
      "Give an example of a time when you had to deliver bad news to an employee, a patient or a "
      "patient\u2019s family member.",
      "What did you do to make the news easier for the person to hear? How did they respond?",
      ["Empathy", "Compassion", "Tact", "Listening skills"]),
     ("Treats everyone with respect and dignity, whatever their background or position.",
      "Tell us about a time when you worked with someone whose background or views were very different "
      "from your own.",
      "What did you do to understand their point of view? What did you learn from the experience?",
      ["Respect for diversity", "Fairness", "Courtesy", "Self-awareness"])],
]

TOP = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Competency Based Questions - General | Human Resources | The University of Utah</title>
  <link rel="stylesheet" href="https://templates.utah.edu/_main-v3-1/css/main.min.css">
  <link rel="stylesheet" href="/_resources/css/custom.css">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-XXXXXXXXXX');
  </script>
</head>
<body class="has-headernav">
  <a class="uu-skip-link" href="#main-content">Skip to content</a>
  <div id="uu-top-bar">
    <a class="uu-logo" href="https://www.utah.edu/">THE UNIVERSITY OF UTAH</a>
    <ul class="uu-top-links">
      <li><a href="https://www.utah.edu/a-z/">A-Z Index</a></li>
      <li><a href="https://my.utah.edu/">Campus Information System</a></li>
      <li><a href="https://www.utah.edu/directory/">Directory</a></li>
    </ul>
    <form class="uu-search" action="/search/" method="get"><label for="q">Search</label><input id="q" name="q" type="text"><button type="submit">Go</button></form>
  </div>
  <header id="uu-header">
    <div class="site-title"><a href="/">Human Resources</a></div>
    <nav class="header-nav" aria-label="Main">
      <ul>
        <li><a href="/benefits/">Benefits</a></li>
        <li><a href="/careers/">Careers</a></li>
        <li><a href="/compensation/">Compensation</a></li>
        <li><a href="/employee-relations/">Employee Relations</a></li>
        <li><a href="/serviceTeams/">Service Teams</a></li>
        <li><a href="/training/">Training &amp; Development</a></li>
      </ul>
    </nav>
  </header>
  <div class="page-wrapper">
    <nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/serviceTeams/">Service Teams</a></li><li>Competency Based Questions - General</li></ol></nav>
    <aside class="sub-nav">
      <h2>Service Teams</h2>
      <ul>
        <li><a href="/serviceTeams/">Find Your HR Service Team</a></li>
        <li><a href="/serviceTeams/hiring.php">Hiring Process</a></li>
        <li class="active"><a href="/serviceTeams/comp-based-questions-general.php">Competency Based Questions - General</a></li>
        <li><a href="/serviceTeams/comp-based-questions-supervisory.php">Competency Based Questions - Supervisory</a></li>
        <li><a href="/serviceTeams/reference-checks.php">Reference Checks</a></li>
      </ul>
    </aside>
    <main id="main-content">
"""

BOTTOM = """    </main>
  </div>
  <footer id="uu-footer">
    <div class="footer-col">
      <h2>Human Resources</h2>
      <p>The University of Utah<br>Salt Lake City, Utah 84112</p>
      <p><a href="/contact/">Contact Us</a> | <a href="/feedback/">Website Feedback</a></p>
    </div>
    <div class="footer-col">
      <ul>
        <li><a href="https://www.utah.edu/disclaimer/">Disclaimer</a></li>
        <li><a href="https://www.utah.edu/privacy/">Privacy</a></li>
        <li><a href="https://safeu.utah.edu/">Campus Safety</a></li>
        <li><a href="https://oeo.utah.edu/">Nondiscrimination &amp; Accessibility</a></li>
      </ul>
    </div>
    <p class="copyright">&copy; 2024 The University of Utah</p>
  </footer>
  <script src="https://templates.utah.edu/_main-v3-1/js/main.min.js"></script>
  <script src="/_resources/js/custom.js"></script>
</body>
</html>
"""


def e(s):
    return html.escape(s, quote=False)


def build_html(path):
    out = [TOP, "      <h1>Competency Based Questions - General</h1>\n", f"      <p>{e(INTRO)}</p>\n"]
    for t in TABLES:
        out.append('      <table class="table table-bordered">\n        <thead>\n          <tr><th>Competency</th>'
                   '<th>Leading Question</th><th>Follow up Questions</th><th>Key Criteria</th></tr>\n'
                   '        </thead>\n        <tbody>\n')
        for i, (comp, lead, follow, crit) in enumerate(t, 1):
            crit_html = "<br>\n              ".join(e(c) for c in crit)
            out.append(f"          <tr>\n            <td>{i}. {e(comp)}</td>\n            <td>{e(lead)}</td>\n"
                       f"            <td>{e(follow)}</td>\n            <td>{crit_html}</td>\n"
                       "          </tr>\n")
        out.append("        </tbody>\n      </table>\n      <p>&nbsp;</p>\n")
    out.append(BOTTOM)
    Path(path).write_text("".join(out), encoding="utf-8")


def gold(path):
    d = STEM
    comps = []
    for t in TABLES:
        for comp, lead, follow, crit in t:
            comps.append(H.competency(d, comp, None, key_words=list(crit),
                                      interview_questions=[H.item(d, lead + " " + follow)]))
    return H.write_gold(path, "html", "Competency Based Questions - General", comps)


def build():
    out = H.DOCS / f"{STEM}.html"
    build_html(out)
    return gold(out)


if __name__ == "__main__":
    print(build())

"""ohio-development-resources-working-with-others.html: Ohio University Human Resources, Professional
Development Pathways, development resources for two competencies of the PEOPLE category.
Hand-written HTML with ohio.edu-style chrome (skip link, alert banner, utility nav, search, HR nav,
breadcrumb, side nav, footer, GTM script). Per competency: h2 name, definition paragraph, a three-column
performance-indicator table (Foundational / Intermediate / Advanced, <ul> per cell), "Possible derailers",
"Develop on the job", LinkedIn Learning table (Course | Length | Format), Books table
(Title | Author(s) | Publisher | Year), "Related competencies:" line."""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "ohio-development-resources-working-with-others"
TITLE = "Development Resources: Working with Others"
LEVELS = ["Foundational", "Intermediate", "Advanced"]

COMPS = [
    {
        "name": "Collaboration",
        "id": "collaboration",
        "def": "Works with others across units and roles to reach shared goals, building on each person\u2019s "
               "strengths and looking for solutions that serve the University as a whole.",
        "levels": [
            ["Shares the information colleagues need to do their work.",
             "Completes own part of a group task on time.",
             "Asks teammates for input before finalizing work."],
            ["Brings together people from different units to work on a common problem.",
             "Credits the contributions of others in public.",
             "Works through disagreements to reach a workable agreement."],
            ["Builds partnerships with colleges and outside groups to advance University priorities.",
             "Designs processes that make cross-unit work easier.",
             "Coaches others in reconciling competing interests."],
        ],
        "derailers": ["Seeks consensus on every decision, which slows the work down.",
                      "Protects own unit\u2019s interests at the expense of shared goals."],
        "job": ["Join a University committee or working group outside your own area.",
                "Set up a short check-in with a partner office to review how hand-offs between your units are "
                "working.",
                "Ask a colleague from another department to review a draft plan before it is final."],
        "courses": [("Collaboration Principles and Process", "1h 2m", "Video course"),
                    ("Developing Cross-Functional Collaboration", "58m", "Video course"),
                    ("Working on a Cross-Functional Team", "8m", "Short video")],
        "books": [("Collaboration: How Leaders Avoid the Traps, Create Unity, and Reap Big Results",
                   "Morten T. Hansen", "Harvard Business Press", "2009"),
                  ("Crucial Conversations: Tools for Talking When Stakes Are High",
                   "Kerry Patterson, Joseph Grenny, Ron McMillan, Al Switzler", "McGraw-Hill", "2002")],
        "related": ["Relationship Building", "Conflict Management"],
    },
    {
        "name": "Conflict Management",
        "id": "conflict-management",
        "def": "Recognizes conflict early and addresses it constructively, helping people move from "
               "disagreement to solutions that respect everyone involved.",
        "levels": [
            ["Stays calm and respectful when others disagree.",
             "Raises concerns directly with the person involved rather than with third parties."],
            ["Helps colleagues identify the interests behind their positions.",
             "Steps in early when tension in the team begins to affect the work.",
             "Follows up after a conflict to confirm that the agreed solution is holding."],
            ["Mediates disputes between units or between senior staff.",
             "Builds team norms that make open disagreement safe.",
             "Recognizes patterns of conflict that point to a structural problem and addresses the cause."],
        ],
        "derailers": ["Avoids difficult conversations until problems escalate.",
                      "Imposes a solution before hearing all sides."],
        "job": ["Observe an experienced colleague facilitating a tense meeting and note the techniques they use.",
                "After your next disagreement, write down what each party needed and whether the outcome met "
                "those needs."],
        "courses": [("Managing Team Conflict", "39m", "Video course"),
                    ("Conflict Resolution Foundations", "1h 11m", "Video course")],
        "books": [("Getting to Yes: Negotiating Agreement Without Giving In",
                   "Roger Fisher, William Ury, Bruce Patton", "Penguin Books", "2011"),
                  ("Difficult Conversations: How to Discuss What Matters Most",
                   "Douglas Stone, Bruce Patton, Sheila Heen", "Penguin Books", "2010")],
        "related": ["Collaboration", "Active Listening", "Emotional Intelligence"],
    },
]

E = html.escape


def _ul(items, indent="              "):
    return "\n".join([f"{indent}<ul>"] + [f"{indent}  <li>{E(x)}</li>" for x in items] + [f"{indent}</ul>"])


def comp_html(c):
    out = [f'        <section class="competency" id="{c["id"]}">',
           f'          <h2>{E(c["name"])}</h2>',
           f'          <p class="definition">{E(c["def"])}</p>',
           '          <h3>Performance indicators</h3>',
           '          <div class="table-responsive">',
           '          <table class="table table-bordered levels">',
           '            <thead><tr>' + "".join(f'<th scope="col">{lv}</th>' for lv in LEVELS) + '</tr></thead>',
           '            <tbody>',
           '            <tr>']
    for cells in c["levels"]:
        out.append('              <td>')
        out.append(_ul(cells, "                "))
        out.append('              </td>')
    out += ['            </tr>', '            </tbody>', '          </table>', '          </div>',
            '          <h3>Possible derailers</h3>', _ul(c["derailers"], "          "),
            '          <h3>Develop on the job</h3>', _ul(c["job"], "          "),
            '          <h3>LinkedIn Learning</h3>',
            '          <table class="table table-striped resources">',
            '            <thead><tr><th scope="col">Course</th><th scope="col">Length</th>'
            '<th scope="col">Format</th></tr></thead>',
            '            <tbody>']
    for title, length, fmt in c["courses"]:
        out.append(f'              <tr><td><a href="https://www.linkedin.com/learning/" target="_blank" '
                   f'rel="noopener">{E(title)}</a></td><td>{E(length)}</td><td>{E(fmt)}</td></tr>')
    out += ['            </tbody>', '          </table>',
            '          <h3>Books</h3>',
            '          <table class="table table-striped resources">',
            '            <thead><tr><th scope="col">Title</th><th scope="col">Author(s)</th>'
            '<th scope="col">Publisher</th><th scope="col">Year</th></tr></thead>',
            '            <tbody>']
    for row in c["books"]:
        out.append('              <tr>' + "".join(f"<td>{E(x)}</td>" for x in row) + '</tr>')
    out += ['            </tbody>', '          </table>',
            f'          <p class="related"><strong>Related competencies:</strong> {E(", ".join(c["related"]))}</p>',
            '          <p class="back-to-top"><a href="#main-content">Back to top</a></p>',
            '        </section>']
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Development Resources: Working with Others | Human Resources | Ohio University</title>
  <link rel="canonical" href="https://www.ohio.edu/hr/professional-development/competency-model/development-resources/working-with-others">
  <link rel="stylesheet" media="all" href="/themes/custom/ohio/dist/css/ohio.min.css?s1a9f2">
  <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
  new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
  j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
  'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
  })(window,document,'script','dataLayer','GTM-XXXXOHIO');</script>
</head>
<body class="path-node page-node-type-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <div class="alert-banner" role="region" aria-label="Campus alerts">
    <p>Ohio University campuses are open. <a href="/alerts">Check campus alerts</a></p>
  </div>
  <header class="site-header" role="banner">
    <div class="utility-bar">
      <a class="logo" href="https://www.ohio.edu/"><img src="/themes/custom/ohio/images/ohio-logo.svg" alt="Ohio University"></a>
      <nav class="utility-nav" aria-label="Utility">
        <ul>
          <li><a href="/a-z">A-Z Index</a></li>
          <li><a href="/directory">Directory</a></li>
          <li><a href="https://my.ohio.edu">MyOHIO</a></li>
          <li><a href="/give">Give</a></li>
        </ul>
      </nav>
      <form class="search-form" action="/search" method="get" role="search">
        <label for="edit-keys" class="visually-hidden">Search</label>
        <input type="search" id="edit-keys" name="keys" placeholder="Search OHIO">
        <button type="submit">Search</button>
      </form>
    </div>
    <div class="site-name"><a href="/hr">Human Resources</a></div>
    <nav class="main-nav" aria-label="Human Resources">
      <ul>
        <li><a href="/hr/benefits">Benefits</a></li>
        <li><a href="/hr/compensation">Compensation</a></li>
        <li><a href="/hr/employee-relations">Employee Relations</a></li>
        <li class="active"><a href="/hr/professional-development">Professional Development</a></li>
        <li><a href="/hr/careers">Careers</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/hr">Human Resources</a></li>
      <li><a href="/hr/professional-development">Professional Development</a></li>
      <li><a href="/hr/professional-development/competency-model">Competency Model</a></li>
      <li aria-current="page">Development Resources: Working with Others</li>
    </ol>
  </nav>
  <div class="layout-container">
    <aside class="sidebar" role="complementary">
      <nav class="side-nav" aria-label="Professional Development">
        <h2 class="side-nav-title">Professional Development</h2>
        <ul>
          <li><a href="/hr/professional-development/competency-model">Competency Model</a></li>
          <li><a href="/hr/professional-development/competency-model/dictionary">Competency Dictionary</a></li>
          <li class="active"><a href="/hr/professional-development/competency-model/development-resources">Development Resources</a></li>
          <li><a href="/hr/professional-development/learning-management-system">Learning Management System</a></li>
          <li><a href="/hr/professional-development/certificates-badges">Certificates and Badges</a></li>
        </ul>
      </nav>
    </aside>
    <main id="main-content" role="main">
      <article>
        <h1>Development Resources: Working with Others</h1>
        <p class="lead">The two competencies on this page belong to the PEOPLE category of the Competency Training
        Framework. Each entry repeats the definition from the Competency Dictionary, shows what the competency looks
        like at three levels, and lists ways to build it on the job, with LinkedIn Learning courses and books.</p>
        <div class="callout">
          <h2>How to use this page</h2>
          <ul>
            <li>Find the level that describes your current performance, then read the next one up.</li>
            <li>Choose one activity from <em>Develop on the job</em> and discuss it with your supervisor.</li>
            <li>LinkedIn Learning is free to faculty and staff; sign in with your OHIO ID.</li>
          </ul>
        </div>
%(COMPETENCIES)s
      </article>
    </main>
  </div>
  <footer class="site-footer" role="contentinfo">
    <div class="footer-contact">
      <p><strong>Human Resources</strong><br>
      Ohio University<br>
      Athens, OH 45701</p>
      <p><a href="mailto:hr@ohio.edu">hr@ohio.edu</a></p>
    </div>
    <nav class="footer-links" aria-label="Footer">
      <ul>
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/policy">Policies</a></li>
        <li><a href="/privacy">Privacy</a></li>
        <li><a href="/equity-civil-rights-compliance">Equity &amp; Civil Rights Compliance</a></li>
      </ul>
    </nav>
    <ul class="social">
      <li><a href="https://www.facebook.com/OhioUniversity" aria-label="Facebook">Facebook</a></li>
      <li><a href="https://www.instagram.com/ohio.university" aria-label="Instagram">Instagram</a></li>
      <li><a href="https://www.linkedin.com/school/ohio-university" aria-label="LinkedIn">LinkedIn</a></li>
    </ul>
    <p class="copyright">&copy; 2026 Ohio University. All rights reserved.</p>
  </footer>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
  <script src="/themes/custom/ohio/dist/js/ohio.min.js?s1a9f2"></script>
</body>
</html>
"""


def build(path):
    body = "\n".join(comp_html(c) for c in COMPS)
    path.write_text(PAGE % {"COMPETENCIES": body}, encoding="utf-8")


def gold(path):
    doc = STEM
    comps = []
    for c in COMPS:
        comps.append(H.comp(
            doc, c["name"], c["def"],
            levels=[H.lv(doc, i + 1, LEVELS[i], c["levels"][i]) for i in range(3)],
            indicators=[H.it(doc, x, "Possible derailers") for x in c["derailers"]],
            activities=[H.it(doc, x) for x in c["job"]],
            courses=[H.it(doc, " | ".join(r)) for r in c["courses"]],
            readings=[H.rd(doc, " | ".join(b), b[0], b[1].split(", "), b[2], int(b[3])) for b in c["books"]],
            related=list(c["related"]),
        ))
    return H.write_gold(path, "html", TITLE, comps)


def main():
    path = H.DOCS / f"{STEM}.html"
    build(path)
    return gold(path)


if __name__ == "__main__":
    print(main())

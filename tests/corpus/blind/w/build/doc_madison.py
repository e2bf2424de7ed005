"""City of Madison (Wisconsin), Human Resources - Organizational Development, EmployeeNet:
leadership development competency page "Strategy Development" (Supervision & Management role-type), HTML.

Hand-written Drupal-style page: skip link, alert bar, city header with search, main menu, EmployeeNet
section bar, breadcrumb, left menu listing the sibling competencies, the page body, "Was this page
helpful?" widget, footer, scripts.  Body: "Competency Definition:" (bold label), "It's important to build
this competency because..." with Self-Benefits / Organizational Benefits bullets, "Resources" with the KSA
key, then "Strategy Development Knowledge" / "Skills" / "Abilities" bullet lists, each of the first two
followed by its own "Resources" block (City Policy & Process / Courses / Other / RESJI Resources), and a
"Related competencies" list.
"""
import html

import wcommon as C

STEM = "madison-strategy-development"
FILE = STEM + ".html"
TITLE = "Strategy Development"
NAME = "Strategy Development"

DEFINITION = ("The work of deciding what you want to achieve and the purpose behind those goals, and of working "
              "out how to allocate resources and get the most impact through people to reach them.")
WHY_P = ("Deliberately discussing, designing and carrying out a plan of action helps us reach our major aims. "
         "Building this competency leads to better decisions and a more efficient use of resources, so goals are "
         "met on time and at a reasonable cost. It matters because it gives direction and focus that line up "
         "with our organization's Vision, Mission, Values, and Service Promise (V/M/V/SP).")
WHY_BULLETS = [
    ("Self-Benefits:", "See how your own contributions help move the whole organization toward our V/M/V/SP."),
    ("Organizational Benefits:", "A clear strategy aligns people, policies and resources behind Mayoral and "
                                 "agency priorities, which makes it more likely that shared aims are reached "
                                 "in line with our V/M/V/SP."),
]
KSA_KEY = [
    ("Knowledge", "Information gained through education or experience about a subject. (Think: \"what you "
                  "know\")."),
    ("Skill", "The power to carry out a specific task well, shown through actions and built through practice "
              "and/or experience. (Think: \"what you can do\")."),
    ("Ability", "The natural or learned capacity to do something. Not everyone has the same natural ability, "
                "and natural ability can make a skill easier or harder to build. (Think: \"what you're naturally "
                "capable of or have developed over time\")."),
]
KNOWLEDGE = [
    "The City's Vision, Mission, Values, and Service Promise and how agency plans connect to them",
    "Strategic planning frameworks (for example SWOT analysis, logic models and results-based accountability)",
    "The City's operating and capital budget cycle",
    "Performance measures and how they are reported",
    "Racial equity and social justice analysis in planning",
]
SKILLS = [
    "Setting goals that are specific, measurable and time-bound",
    "Prioritizing work when resources are limited",
    "Engaging staff, residents and partners in planning",
    "Turning a strategy into work plans with owners and timelines",
    "Tracking progress and adjusting the plan",
]
ABILITIES = [
    "Seeing the big picture while keeping sight of the details",
    "Staying focused on long-term aims under short-term pressure",
    "Tolerating ambiguity when the way forward is not yet clear",
]
K_POLICY = ["Read your agency's annual work plan and identify how your unit's work supports each of its goals.",
            "Review the City's Performance Excellence framework with your supervisor and discuss where your "
            "team fits in it."]
K_COURSES = ["Strategic Planning Basics (OD-214) \u2013 3 hours, in person",
             "Budget 101 for Supervisors (FIN-110) \u2013 2 hours, virtual",
             "Results-Based Accountability: An Introduction (OD-226) \u2013 1.5 hours, self-paced online"]
K_OTHER = [
    ("Rumelt, Richard P. Good Strategy Bad Strategy: The Difference and Why It Matters. Crown Business, 2011.",
     "Good Strategy Bad Strategy: The Difference and Why It Matters", ["Richard P. Rumelt"], "Crown Business",
     2011),
    ("Bryson, John M. Strategic Planning for Public and Nonprofit Organizations: A Guide to Strengthening and "
     "Sustaining Organizational Achievement. 5th ed., Wiley, 2018.",
     "Strategic Planning for Public and Nonprofit Organizations: A Guide to Strengthening and Sustaining "
     "Organizational Achievement", ["John M. Bryson"], "Wiley", 2018),
    ("Moore, Mark H. Creating Public Value: Strategic Management in Government. Harvard University Press, 1995.",
     "Creating Public Value: Strategic Management in Government", ["Mark H. Moore"], "Harvard University Press",
     1995),
]
K_RESJI = ["Use the RESJI Racial Equity and Social Justice Analysis Tool when setting the goals of a new plan."]
S_POLICY = ["Volunteer to draft one section of your agency's next work plan and ask for feedback on it.",
            "Lead a quarterly check-in with your team on progress toward its goals."]
S_COURSES = ["Leading Change in the City (OD-305) \u2013 6 hours over two sessions",
             "Facilitating Effective Meetings (OD-120) \u2013 3 hours, in person"]
S_OTHER = [
    ("Porter, Michael E. \u201cWhat Is Strategy?\u201d Harvard Business Review, vol. 74, no. 6, 1996, pp. 61-78.",
     "What Is Strategy?", ["Michael E. Porter"], "Harvard Business Review", 1996),
    ("Kaplan, Robert S., and David P. Norton. The Balanced Scorecard: Translating Strategy into Action. Harvard "
     "Business School Press, 1996.",
     "The Balanced Scorecard: Translating Strategy into Action", ["Robert S. Kaplan", "David P. Norton"],
     "Harvard Business School Press", 1996),
]
RELATED = ["Change Management", "Decision Making", "Performance Measurement", "Project Management"]
SIBLINGS = ["Change Management", "Coaching", "Decision Making", "Delegation", "Performance Measurement",
            "Project Management", "Strategy Development", "Team Development"]


def e(s):
    return html.escape(s, quote=False)


def li_list(items, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>\n" + "\n".join(f"  <li>{e(i)}</li>" for i in items) + "\n</ul>"


def resources_block(policy, courses, other, resji):
    parts = ['<h4 class="resources-heading">Resources</h4>', '<p><strong>City Policy &amp; Process:</strong></p>',
             li_list(policy), "<p><strong>Courses:</strong></p>",
             "<ul>\n" + "\n".join(f'  <li><a href="/employeenet/training-development/courses">{e(c)}</a></li>'
                                  for c in courses) + "\n</ul>",
             "<p><strong>Other:</strong></p>",
             "<ul>\n" + "\n".join(f"  <li>{e(r[0])}</li>" for r in other) + "\n</ul>"]
    if resji:
        parts += ["<p><strong>RESJI Resources:</strong></p>", li_list(resji)]
    return "\n".join(parts)


def render():
    active = ' class="active"'
    sib = "\n".join(
        f'        <li{active if s == NAME else ""}><a href="/employeenet/training-development/'
        f'leadership/supervision-management/{s.lower().replace(" ", "-")}">{e(s)}</a></li>' for s in SIBLINGS)
    why = "\n".join(f"  <li><strong>{e(a)}</strong> {e(b)}</li>" for a, b in WHY_BULLETS)
    ksa = "\n".join(f"  <li><strong>{e(a)}</strong> - {e(b)}</li>" for a, b in KSA_KEY)
    rel = "\n".join(f'  <li><a href="/employeenet/training-development/leadership/supervision-management/'
                    f'{r.lower().replace(" ", "-")}">{e(r)}</a></li>' for r in RELATED)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Strategy Development | City of Madison, Wisconsin</title>
<link rel="stylesheet" href="/themes/custom/cityofmadison/css/style.css?t4x2k9">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-XXXXXXX');</script>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="alert-bar" role="region" aria-label="Alert">
  <p>City offices are closed Thursday for the holiday. <a href="/news">Read more</a></p>
</div>
<header class="site-header">
  <div class="branding"><a href="/" rel="home"><img src="/themes/custom/cityofmadison/logo.svg" alt="City of Madison"> City of Madison</a></div>
  <nav class="utility-nav" aria-label="Utility">
    <ul><li><a href="/employeenet">EmployeeNet</a></li><li><a href="/contact">Contact</a></li><li><a href="/translate">Translate</a></li></ul>
  </nav>
  <form class="search" action="/search" role="search"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search" placeholder="Search"><button type="submit">Search</button></form>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/residents">Residents</a></li>
      <li><a href="/business">Business</a></li>
      <li><a href="/visitors">Visitors</a></li>
      <li><a href="/government">Government</a></li>
      <li><a href="/services">Services</a></li>
    </ul>
  </nav>
</header>
<div class="section-bar"><a href="/employeenet">EmployeeNet</a> <span>Training &amp; Development</span></div>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/employeenet">EmployeeNet</a></li>
    <li><a href="/employeenet/training-development">Training &amp; Development</a></li>
    <li><a href="/employeenet/training-development/leadership">Leadership Development</a></li>
    <li><a href="/employeenet/training-development/leadership/supervision-management">Supervision &amp; Management</a></li>
    <li aria-current="page">Strategy Development</li>
  </ol>
</nav>
<div class="layout-container">
  <aside class="sidebar-first" aria-label="Section menu">
    <h2 class="menu-title">Supervision &amp; Management</h2>
    <nav>
      <ul class="menu">
{sib}
      </ul>
    </nav>
  </aside>
  <main id="main-content" role="main">
    <article class="node node--type-page">
      <h1 class="page-title">Strategy Development</h1>
      <div class="field--name-body">
<p><strong>Competency Definition:</strong> {e(DEFINITION)}</p>
<h2>It's important to build this competency because...</h2>
<p>{e(WHY_P)}</p>
<ul>
{why}
</ul>
<h2>Resources</h2>
<p>Below you'll find resources for building Knowledge, Skills, and Ability (KSAs) for this competency.</p>
<ul class="ksa-key">
{ksa}
</ul>
<h3>Strategy Development Knowledge</h3>
{li_list(KNOWLEDGE)}
{resources_block(K_POLICY, K_COURSES, K_OTHER, K_RESJI)}
<h3>Strategy Development Skills</h3>
{li_list(SKILLS)}
{resources_block(S_POLICY, S_COURSES, S_OTHER, None)}
<h3>Strategy Development Abilities</h3>
{li_list(ABILITIES)}
<h2>Related competencies</h2>
<ul>
{rel}
</ul>
<p><em>Questions about leadership development? Contact Organizational Development at <a href="mailto:organizationaldevelopment@cityofmadison.com">OrganizationalDevelopment@cityofmadison.com</a>.</em></p>
      </div>
    </article>
    <section class="feedback" aria-label="Page feedback">
      <h2>Was this page helpful to you?</h2>
      <button type="button">Yes</button> <button type="button">No</button>
    </section>
  </main>
</div>
<footer class="site-footer">
  <div class="footer-col"><h2>City of Madison</h2><p>210 Martin Luther King Jr. Blvd.<br>Madison, WI 53703</p></div>
  <div class="footer-col"><h2>Connect</h2><ul><li><a href="/news">News</a></li><li><a href="/city-hall/employment">Jobs</a></li><li><a href="/accessibility">Accessibility</a></li></ul></div>
  <p class="copyright">&copy; City of Madison, Wisconsin. All Rights Reserved.</p>
</footer>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/themes/custom/cityofmadison/js/menu.js?t4x2k9"></script>
</body>
</html>
"""
    (C.DOCS / FILE).write_text(page, encoding="utf-8")


def gold():
    notes = [C.item(STEM, WHY_P, None, "It's important to build this competency because...")]
    notes += [C.item(STEM, f"{a} {b}", None, "It's important to build this competency because...")
              for a, b in WHY_BULLETS]
    ind = ([C.item(STEM, k, None, "Strategy Development Knowledge") for k in KNOWLEDGE]
           + [C.item(STEM, s, None, "Strategy Development Skills") for s in SKILLS]
           + [C.item(STEM, a, None, "Strategy Development Abilities") for a in ABILITIES])
    acts = ([C.item(STEM, x, None, "City Policy & Process") for x in K_POLICY]
            + [C.item(STEM, x, None, "RESJI Resources") for x in K_RESJI]
            + [C.item(STEM, x, None, "City Policy & Process") for x in S_POLICY])
    courses = [C.item(STEM, x) for x in K_COURSES + S_COURSES]
    readings = [C.reading(t, title, authors, pub, year, None, STEM) for t, title, authors, pub, year in
                K_OTHER + S_OTHER]
    comp = C.competency(NAME, STEM, definition=DEFINITION, indicators=ind, activities=acts, courses=courses,
                        readings=readings, related=list(RELATED), notes=notes)
    C.write_gold(STEM, FILE, "html", TITLE, [comp])


def build():
    render()
    gold()


if __name__ == "__main__":
    build()

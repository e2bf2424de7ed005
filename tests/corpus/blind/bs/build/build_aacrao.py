"""AACRAO - core competency page "Holistic and Systemic Thinking" with development resources (HTML).

Modelled on the AACRAO Professional Competencies pages (aacrao.org/resources/core-competencies/...): page label
"Core Competencies", the competency name, then "Functional Description", "Content Knowledge Requirements", "Skill
Requirements", "Ethical Requirements" (one paragraph each), "Expertise Levels" with "Entry level",
"Intermediate Level" and "Expert Level" (capitalisation as published) and the boilerplate "How to Use Our Core
Competencies" block; AACRAO's competencies landing page promises "resources that advance their development", so
the page adds "Resources for Building This Competency": an APA 7 reading list, AACRAO online courses and webinars
with lengths and CEUs, and "Related Core Competencies". Site chrome re-created: utility bar, logo, main nav,
breadcrumb, a side nav listing the core competencies, footer with address and social links, scripts.
Wording ours; readings are real books; course titles, lengths and CEUs are ours.
"""
import bslib as L

STEM = "aacrao-holistic-systemic-thinking"
OUT = L.DOCS / f"{STEM}.html"
E = L.html_escape
NAME = "Holistic and Systemic Thinking"
DEF = ("Sees the culture and operations of the institution as a whole and as a system of connected parts. "
       "Understands how systems thinking applies to the academic and service mission, goals and values of the "
       "institution, and uses that understanding in daily work.")
REQS = [
    ("Content Knowledge Requirements",
     "Deep knowledge of higher education and of the cultures of colleges and universities; working knowledge of "
     "how enrollment, records, financial aid and academic units depend on one another."),
    ("Skill Requirements",
     "Ability to analyze how systems, cultures and processes are connected; ability to trace how a change in "
     "one office affects students and other offices."),
    ("Ethical Requirements",
     "Willingness to consider higher education philosophies and principles from several points of view, "
     "including those of students and of colleagues in other units."),
]
LEVELS = [
    ("Entry level", "Recognizes that the systems in their own office connect to other systems on campus."),
    ("Intermediate Level", "Identifies how systems connect and how they affect one another. Sees what a "
                           "change means for the culture of the institution."),
    ("Expert Level", "Helps lead institutional strategic and strategic enrollment management (SEM) plans. "
                     "Interprets how multiple systems, cultures and processes interact and what this means for "
                     "the institution. Can identify and explain possible systemic change to the culture."),
]
READINGS = [
    ("Birnbaum, R. (1988). How colleges work: The cybernetics of academic organization and leadership. "
     "Jossey-Bass.",
     "How colleges work: The cybernetics of academic organization and leadership", ["R. Birnbaum"],
     "Jossey-Bass", 1988),
    ("Bolman, L. G., & Deal, T. E. (2017). Reframing organizations: Artistry, choice, and leadership (6th ed.). "
     "Jossey-Bass.",
     "Reframing organizations: Artistry, choice, and leadership", ["L. G. Bolman", "T. E. Deal"], "Jossey-Bass",
     2017),
    ("Hossler, D., & Bontrager, B. (Eds.). (2015). Handbook of strategic enrollment management. Jossey-Bass.",
     "Handbook of strategic enrollment management", ["D. Hossler", "B. Bontrager"], "Jossey-Bass", 2015),
    ("Kezar, A. (2014). How colleges change: Understanding, leading, and enacting change. Routledge.",
     "How colleges change: Understanding, leading, and enacting change", ["A. Kezar"], "Routledge", 2014),
    ("Meadows, D. H. (2008). Thinking in systems: A primer. Chelsea Green Publishing.",
     "Thinking in systems: A primer", ["D. H. Meadows"], "Chelsea Green Publishing", 2008),
    ("Senge, P. M. (2006). The fifth discipline: The art and practice of the learning organization (Rev. ed.). "
     "Doubleday.",
     "The fifth discipline: The art and practice of the learning organization", ["P. M. Senge"], "Doubleday",
     2006),
]
COURSES = [
    ("Strategic Enrollment Management Foundations", " \u2014 four-week online course, 1.6 CEUs"),
    ("The Academic Enterprise for Enrollment Professionals", " \u2014 three-week online course, 1.2 CEUs"),
    ("Webinar: Mapping the Student Journey Across Offices", " \u2014 60 minutes, recording available to members"),
    ("Systems Thinking for Enrollment Leaders", " \u2014 half-day pre-conference workshop at the AACRAO SEM "
                                                "Conference"),
]
RELATED = ["Leadership and Management", "Collaboration and Communication"]
SIDE = ["Collaboration and Communication", "Holistic and Systemic Thinking", "Leadership and Management",
        "Professional Development & Contributions to the Field", "Professional Integrity",
        "Technological Knowledge"]


def page():
    reqs = "\n".join(f"<h3>{E(h)}</h3>\n<p>{E(t)}</p>" for h, t in REQS)
    levels = "\n".join(f"<h4>{E(h)}</h4>\n<p>{E(t)}</p>" for h, t in LEVELS)
    read = "\n".join(f"<li>{E(t[:t.index(ti)])}<em>{E(ti)}</em>{E(t[t.index(ti) + len(ti):])}</li>"
                     for t, ti, *_ in READINGS)
    courses = "\n".join(f'<li><a href="/professional-development/online-courses/{L.slug(c)}">{E(c)}</a>{E(rest)}'
                        f'</li>' for c, rest in COURSES)
    related = "\n".join(f'<li><a href="/resources/core-competencies/{L.slug(r)}">{E(r)}</a></li>'
                        for r in RELATED)
    active = ' class="active"'
    side = "\n".join(
        f'<li{active if s == NAME else ""}><a href="/resources/core-competencies/{L.slug(s)}">'
        f'{E(s)}</a></li>' for s in SIDE)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Holistic and Systemic Thinking | AACRAO</title>
<meta name="description" content="AACRAO Core Competency: Holistic and Systemic Thinking">
<link rel="stylesheet" href="/assets/css/aacrao.min.css?v=20190411">
<link rel="icon" href="/favicon.ico">
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-1764620-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-1764620-1');</script>
</head>
<body class="interior resources">
<a class="skip-link sr-only sr-only-focusable" href="#main">Skip to main content</a>
<div class="utility-bar">
<div class="container">
<ul class="utility-nav">
<li><a href="/membership/join">Join</a></li>
<li><a href="/login?returnurl=%2fresources%2fcore-competencies%2fholistic-and-systemic-thinking">Log In</a></li>
<li><a href="/store/cart">Cart (0)</a></li>
</ul>
<form class="site-search" action="/search" method="get"><label for="q" class="sr-only">Search AACRAO</label><input id="q" name="q" type="search" placeholder="Search"><button type="submit">Go</button></form>
</div>
</div>
<header class="site-header">
<div class="container">
<a class="logo" href="/"><img src="/assets/img/aacrao-logo.svg" alt="AACRAO - American Association of Collegiate Registrars and Admissions Officers"></a>
<nav class="main-nav" aria-label="Main">
<ul>
<li><a href="/events-training">Events &amp; Training</a></li>
<li><a href="/professional-development">Professional Development</a></li>
<li class="current"><a href="/resources">Resources</a></li>
<li><a href="/research-publications">Research &amp; Publications</a></li>
<li><a href="/advocacy">Advocacy</a></li>
<li><a href="/membership">Membership</a></li>
<li><a href="/who-we-are">Who We Are</a></li>
</ul>
</nav>
</div>
</header>
<div class="breadcrumbs container">
<a href="/">Home</a> / <a href="/resources">Resources</a> / <a href="/resources/professional-competencies">Professional Competencies</a> / <a href="/resources/professional-competencies/competencies">Core Competencies</a> / <span>Holistic and Systemic Thinking</span>
</div>
<div class="container page-body">
<aside class="col-sidebar">
<h2 class="sidebar-title">Core Competencies</h2>
<ul class="side-nav">
{side}
</ul>
<div class="promo"><p><strong>AACRAO Connect</strong></p><p>News and analysis for the profession, every week.</p><a href="/newsletters-blogs/aacrao-connect">Subscribe</a></div>
</aside>
<main id="main" class="col-main">
<p class="page-label">Core Competencies</p>
<h1>{E(NAME)}</h1>
<h3>Functional Description</h3>
<p>{E(DEF)}</p>
{reqs}
<h3>Expertise Levels</h3>
{levels}
<h2>Resources for Building This Competency</h2>
<h3>Recommended Reading</h3>
<ul class="reading-list">
{read}
</ul>
<h3>AACRAO Online Courses and Webinars</h3>
<ul class="course-list">
{courses}
</ul>
<p class="note">Members receive discounted registration for all online courses. CEUs are awarded on successful completion.</p>
<h3>Related Core Competencies</h3>
<ul>
{related}
</ul>
<div class="callout">
<h2>How to Use Our Core Competencies</h2>
<p>The Competencies &amp; Proficiencies are designed to be used in a variety of ways, including:</p>
<ul>
<li>Crafting professional development plans for individuals or teams</li>
<li>Self-assessment and benchmarking individual professional development</li>
<li>Drafting position descriptions and evaluating office functions</li>
</ul>
<p>The AACRAO Competencies and Proficiencies are a living resource that will keep evolving with the demands of our professions in a changing higher education environment. To suggest a change for a future version, contact us at <a href="mailto:competencies@aacrao.org">competencies@aacrao.org</a></p>
</div>
</main>
</div>
<footer class="site-footer">
<div class="container">
<div class="footer-col">
<p><strong>American Association of Collegiate Registrars and Admissions Officers</strong><br>One Dupont Circle, NW, Suite 520<br>Washington, DC 20036</p>
<p>Tel: (202) 293-9161</p>
</div>
<ul class="footer-links">
<li><a href="/who-we-are/contact-us">Contact Us</a></li>
<li><a href="/who-we-are/careers">Careers at AACRAO</a></li>
<li><a href="/privacy-policy">Privacy Policy</a></li>
</ul>
<ul class="social">
<li><a href="https://www.facebook.com/AACRAO">Facebook</a></li>
<li><a href="https://twitter.com/AACRAO">Twitter</a></li>
<li><a href="https://www.linkedin.com/company/aacrao">LinkedIn</a></li>
</ul>
<p class="copyright">&copy; 2019 AACRAO. All rights reserved.</p>
</div>
</footer>
<script src="/assets/js/jquery-3.3.1.min.js"></script>
<script src="/assets/js/aacrao.min.js?v=20190411"></script>
</body>
</html>
"""


def gold():
    d = STEM
    return [L.competency(
        d, NAME, DEF,
        indicators=[L.item(d, t, h) for h, t in REQS],
        levels=[L.level(d, i + 1, lab, [t]) for i, (lab, t) in enumerate(LEVELS)],
        readings=[L.reading(d, t, ti, au, pu, y) for t, ti, au, pu, y in READINGS],
        courses=[L.item(d, c + rest) for c, rest in COURSES],
        related=RELATED)]


def main():
    OUT.write_text(page(), encoding="utf-8")
    L.write_gold(OUT, "html", NAME, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

"""Medical Library Association (MLA) - Education > Professional Competencies > course catalog by competency
(MLA Competencies for Lifelong Learning and Professional Success, 2017). Hand-written HTML with Higher Logic
style chrome. Two competencies (1 and 3): bold statement, narrative paragraph, Basic | Expert performance
indicator table, course table (Course | Format | MLA CE), APA further reading."""
import sys
from html import escape
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "mla-course-catalog-by-competency"
TITLE = "Course Catalog by Competency"

COMPS = [
    dict(num=1, name="Information Services",
         statement="A health information professional finds, appraises, synthesizes, and delivers reliable "
                   "information in answer to biomedical and health questions.",
         narrative="Answering health and biomedical questions when and where they arise is central to our work. "
                   "We assess what people need to know and deliver information in the form, and through the "
                   "channel, that best suits the person or group asking.",
         basic=["Conducts a reference interview to clarify the information need.",
                "Selects appropriate databases and resources for a given question.",
                "Searches bibliographic databases using controlled vocabulary and keywords.",
                "Evaluates sources for authority, currency, and relevance."],
         expert=["Designs and runs comprehensive searches for systematic reviews.",
                 "Develops new services in response to the changing needs of user groups.",
                 "Teaches and mentors colleagues in advanced search techniques.",
                 "Assesses the impact of information services on clinical, research, or educational outcomes."],
         courses=[("Searching for Systematic Reviews: Foundations", "On-demand", "7.0"),
                  ("The Reference Interview in a Virtual World", "Webinar", "1.5"),
                  ("Finding and Appraising Drug Information", "On-demand", "3.0")],
         readings=[
             ("Ross, C. S., Nilsen, K., &amp; Radford, M. L. (2019). <em>Conducting the reference interview: A "
              "how-to-do-it manual for librarians</em> (3rd ed.). ALA Neal-Schuman.",
              "Conducting the reference interview: A how-to-do-it manual for librarians",
              ["C. S. Ross", "K. Nilsen", "M. L. Radford"], "ALA Neal-Schuman", 2019),
             ("Cassell, K. A., &amp; Hiremath, U. (2018). <em>Reference and information services: An "
              "introduction</em> (4th ed.). ALA Neal-Schuman.",
              "Reference and information services: An introduction",
              ["K. A. Cassell", "U. Hiremath"], "ALA Neal-Schuman", 2018)]),
    dict(num=3, name="Instruction &amp; Instructional Design",
         statement="A health information professional teaches others the skills of bioscience, clinical, and "
                   "health information literacy.",
         narrative="Teaching is part of what librarians do: we help people, and we also help them become "
                   "self-reliant. What we teach keeps changing, from using resources, to appraising research "
                   "articles, to managing data. Our role as teachers calls for skill in pedagogy and in "
                   "educational technology, and we share that expertise with one another.",
         basic=["Writes measurable learning objectives for a class or tutorial.",
                "Delivers instruction in person and online using active learning methods.",
                "Adapts teaching to the needs and background of the learners."],
         expert=["Designs curricula and integrates information literacy into the curricula of partner programs.",
                 "Evaluates the effectiveness of instruction and uses the results to improve it.",
                 "Contributes to the evidence base on teaching information skills.",
                 "Coaches colleagues in instructional design."],
         courses=[("Instructional Design Essentials for Health Sciences Librarians", "On-demand", "4.0"),
                  ("Active Learning in One-Shot Sessions", "Webinar", "1.5")],
         readings=[
             ("Grassian, E. S., &amp; Kaplowitz, J. R. (2009). <em>Information literacy instruction: Theory and "
              "practice</em> (2nd ed.). Neal-Schuman.",
              "Information literacy instruction: Theory and practice",
              ["E. S. Grassian", "J. R. Kaplowitz"], "Neal-Schuman", 2009),
             ("Booth, C. (2011). <em>Reflective teaching, effective learning: Instructional literacy for library "
              "educators</em>. American Library Association.",
              "Reflective teaching, effective learning: Instructional literacy for library educators",
              ["C. Booth"], "American Library Association", 2011),
             ("Wiggins, G., &amp; McTighe, J. (2005). <em>Understanding by design</em> (Expanded 2nd ed.). "
              "Association for Supervision and Curriculum Development.",
              "Understanding by design", ["G. Wiggins", "J. McTighe"],
              "Association for Supervision and Curriculum Development", 2005)]),
]

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Course Catalog by Competency - Medical Library Association</title>
<link rel="stylesheet" href="/HigherLogic/Themes/MLA/css/theme.min.css">
<link rel="icon" href="/favicon.ico">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-MLA0000000"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-MLA0000000');</script>
</head>
<body class="hl-page education competencies">
<a class="skip-link" href="#MainContent">Skip to main content</a>
<div id="UtilityBar" class="utility">
  <ul class="utility-links"><li><a href="/contact">Contact Us</a></li><li>|</li><li><a href="/donate">Donate</a></li><li>|</li><li><a href="/advertise">Advertise</a></li></ul>
  <ul class="social"><li><a href="https://twitter.com/MedLibAssn" title="Follow us on Twitter"><span class="sr-only">Follow us on Twitter</span></a></li><li><a href="https://www.facebook.com/MedicalLibraryAssociation" title="Follow us on facebook"><span class="sr-only">Follow us on facebook</span></a></li><li><a href="https://www.linkedin.com/company/medical-library-association" title="Follow us on LinkedIn"><span class="sr-only">Follow us on LinkedIn</span></a></li></ul>
  <div class="login"><a href="/login">Sign In</a> | <a href="/join">Join MLA</a></div>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/images/mla-logo.svg" alt="Medical Library Association"></a>
  <form class="search" action="/search" role="search"><label for="q" class="sr-only">Search</label><input id="q" name="q" placeholder="Search MLA"><button type="submit">Go</button></form>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/about">About MLA</a></li>
      <li><a href="/membership">Membership</a></li>
      <li class="active"><a href="/education">Education</a></li>
      <li><a href="/publications">Publications</a></li>
      <li><a href="/career">Career &amp; Credentialing</a></li>
      <li><a href="/communities">Communities</a></li>
      <li><a href="/events">Events</a></li>
    </ul>
  </nav>
</header>
<div class="container">
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/education">Education</a> &rsaquo; <a href="/education/competencies">Professional Competencies</a> &rsaquo; <span>Course Catalog by Competency</span></nav>
<div class="row">
<aside class="col-sidebar">
  <h2 class="sidebar-title">Education</h2>
  <ul class="section-nav">
    <li><a href="/medlib-ed">MEDLIB-ED</a></li>
    <li><a href="/education/competencies">Professional Competencies</a></li>
    <li class="current"><a href="/education/catalog-by-competency">Course Catalog by Competency</a></li>
    <li><a href="/education/self-assessment">Competencies Self-Assessment</a></li>
    <li><a href="/academy">AHIP Credential</a></li>
    <li><a href="/education/grants">Grants &amp; Scholarships</a></li>
    <li><a href="/education/teach">Teach for MLA</a></li>
  </ul>
</aside>
<main id="MainContent" class="col-main">
<h1>Course Catalog by Competency</h1>
<p class="lead">MLA\u2019s professional competencies describe the skills and abilities that health information professionals need throughout their careers. Every MLA course is built on learning objectives tied to one or more competencies, so a course may be listed under more than one competency below.</p>
<p>Not sure where to start? Take the free <a href="/education/self-assessment">competencies self-assessment</a> in MEDLIB-ED and use your results to plan your professional development.</p>
<p class="jump">Jump to: <a href="#competency-1">Information Services</a> &middot; <a href="#competency-3">Instruction &amp; Instructional Design</a></p>
"""

FOOT = """<p class="back-top"><a href="#MainContent">Back to top</a></p>
</main>
</div>
</div>
<footer class="site-footer">
  <div class="footer-cols">
    <div><strong>Medical Library Association</strong><br>225 W Wacker Drive, Suite 650<br>Chicago, IL 60606-1210<br>Phone: 312.419.9094</div>
    <ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/code-of-conduct">Code of Conduct</a></li><li><a href="/contact">Contact Us</a></li></ul>
  </div>
  <p class="copyright">&copy; 2026 Medical Library Association. All rights reserved.</p>
  <p class="powered">Powered by Higher Logic</p>
</footer>
<script src="/HigherLogic/js/jquery-3.6.0.min.js"></script>
<script src="/HigherLogic/Themes/MLA/js/theme.min.js"></script>
<script>$(function(){ $('.jump a').on('click', function(){ gtag('event','jump',{'label':$(this).text()}); }); });</script>
</body>
</html>
"""


def section(c):
    out = [f'<section class="competency" id="competency-{c["num"]}">',
           f'<h2>Competency {c["num"]}: {c["name"]}</h2>',
           f'<p class="statement"><strong>{c["statement"]}</strong></p>',
           f'<p>{c["narrative"]}</p>',
           '<h3>Performance indicators</h3>',
           '<table class="indicators">',
           '<thead><tr><th scope="col">Basic</th><th scope="col">Expert</th></tr></thead>',
           '<tbody><tr>']
    for lst in (c["basic"], c["expert"]):
        out.append('<td><ul>' + ''.join(f'<li>{x}</li>' for x in lst) + '</ul></td>')
    out += ['</tr></tbody>', '</table>', '<h3>Courses</h3>', '<table class="courses">',
            '<thead><tr><th scope="col">Course</th><th scope="col">Format</th><th scope="col">MLA CE</th></tr></thead>',
            '<tbody>']
    for title, fmt, ce in c["courses"]:
        slug = title.lower().replace(":", "").replace(" ", "-")
        out.append(f'<tr><td><a href="https://medlib-ed.org/courses/{slug}">{title}</a></td><td>{fmt}</td><td>{ce}</td></tr>')
    out += ['</tbody>', '</table>', '<h3>Further reading</h3>', '<ul class="references">']
    for r in c["readings"]:
        out.append(f'<li>{r[0]}</li>')
    out += ['</ul>', '</section>', '']
    return "\n".join(out)


def build():
    html = HEAD + "\n".join(section(c) for c in COMPS) + FOOT
    out = H.DOCS / f"{STEM}.html"
    out.write_text(html, encoding="utf-8")
    return out


def untag(s):
    import re
    from html import unescape
    return unescape(re.sub(r"<[^>]+>", "", s))


def gold(path):
    D = STEM
    comps = []
    for c in COMPS:
        comps.append(H.comp(
            untag(c["name"]), D, c["statement"],
            levels=[H.lvl(1, "Basic", c["basic"], D), H.lvl(2, "Expert", c["expert"], D)],
            courses=H.items([" | ".join(r) for r in c["courses"]], D),
            readings=[H.rd(untag(r[0]), r[1], r[2], r[3], r[4], D) for r in c["readings"]],
            notes=H.items([c["narrative"]], D)))
    return H.write_gold(path, "html", TITLE, comps)


if __name__ == "__main__":
    print(gold(build()))

"""University of Calgary, Human Resources, Support Staff Core Competencies: "Knowledge and Technical
Skills" (HTML, hand-written, UCalgary web chrome re-created).

Header / utility nav / HR section nav, left side menu listing the six support-staff core competencies,
breadcrumb; an ACCORDION ("Descriptors", button aria-expanded="false", panel hidden) holds the
definition paragraph (two defining sentences followed by boilerplate), a lead-in sentence and FOUR
separate <ol> lists, each numbered 1-3 with a <strong>Phase I/II/III</strong> label and a <p> description:
the levels restart in every list (one list per behaviour, no sub-headings). Footer, scripts."""
import html

import helpers as H

STEM = "ucalgary-knowledge-technical-skills"
NAME = "Knowledge and Technical Skills"
DEF = ("Knowledge and Technical Skills is the ability to apply the technical know-how and job knowledge "
       "the position calls for, so that the work is done to a high standard. Shows both the capacity and "
       "the wish to keep learning.")
BOILER = ("The list below gives specific behaviour descriptions for this competency to support performance "
          "management and development. Each behaviour is described at the level expected for each job "
          "phase. Not every descriptor is required for, or relevant to, every job.")
LEAD = "A person in this job is typically or frequently expected to show the following behaviours, skills and knowledge."
PHASES = ["Phase I", "Phase II", "Phase III"]
ROWS = [
    ["Understands what the job requires and applies knowledge and skills to complete tasks.",
     "Shows competence in own discipline, field or trade and a command of job content and responsibilities.",
     "Applies highly developed knowledge and expertise to roles and responsibilities; serves as a key resource for others."],
    ["Uses the tools, technology, products and information provided, following instructions.",
     "Shows command of technology, systems, processes and/or information sources.",
     "Keeps an in-depth understanding of technology, systems, processes and/or information sources; is often a resource for others."],
    ["Recognizes when help is needed and asks the right source for it.",
     "Draws on knowledge and training to assess and handle issues and problems independently; works with others where appropriate.",
     "Uses expertise to resolve complex problems and issues, explain matters, and find ways to help others or prevent problems."],
    ["Builds knowledge by looking for answers to questions and by learning new approaches and methods.",
     "Seeks out learning opportunities and applies new knowledge to improve own work.",
     "Keeps up with developments in the field and shares new knowledge to improve the work of the unit."],
]
SIDE = ["Communication", "Knowledge and Technical Skills", "Problem Solving and Decision Making",
        "Service Excellence", "Teamwork", "University Understanding"]


def e(s):
    return html.escape(s, quote=False)


def render(out_path):
    ols = []
    for row in ROWS:
        lis = "\n".join(
            f'''                <li>
                  <strong class="phase-label">{ph}</strong>
                  <p>{e(t)}</p>
                </li>''' for ph, t in zip(PHASES, row))
        ols.append(f'''              <ol class="descriptor-list">
{lis}
              </ol>''')
    side_items = []
    for s in SIDE:
        cls = ' class="active"' if s == NAME else ""
        cur = ' aria-current="page"' if s == NAME else ""
        side_items.append(f'          <li{cls}><a href="/hr/training-development/connect-perform/'
                          f'performance-management/{H.slug(s)}"{cur}>{e(s)}</a></li>')
    side = "\n".join(side_items)
    page = f'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>Knowledge and Technical Skills | Human Resources | University of Calgary</title>
  <link rel="stylesheet" media="all" href="/hr/sites/default/files/css/css_uK3n9kz0Hq1xY2.css" />
  <script src="/hr/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}};gtag("js",new Date());gtag("config","UA-1237740-1");</script>
</head>
<body class="path-node page-node-type-ucws-page">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <div class="ucws-top">
    <ul class="ucws-utility">
      <li><a href="https://www.ucalgary.ca/future-students">Future Students</a></li>
      <li><a href="https://www.ucalgary.ca/current-students">Current Students</a></li>
      <li><a href="https://www.ucalgary.ca/alumni">Alumni</a></li>
      <li><a href="https://www.ucalgary.ca/community">Community</a></li>
      <li><a href="https://www.ucalgary.ca/faculty-and-staff">Faculty &amp; Staff</a></li>
    </ul>
    <a class="ucws-logo" href="https://www.ucalgary.ca/"><img src="/hr/themes/custom/ucws/images/uc-horz-rgb.svg" alt="University of Calgary" /></a>
    <a class="ucws-site-name" href="/hr">Human Resources</a>
    <nav class="ucws-main-nav" aria-label="Human Resources">
      <ul>
        <li><a href="/hr/working-at-uofc">Working at UCalgary</a></li>
        <li><a href="/hr/pay-benefits">Pay &amp; Benefits</a></li>
        <li><a href="/hr/training-development">Training &amp; Development</a></li>
        <li><a href="/hr/wellness">Wellness</a></li>
        <li><a href="/hr/about-us">About Us</a></li>
      </ul>
    </nav>
  </div>
  <div class="ucws-breadcrumb">
    <a href="/hr">Human Resources</a> <span>/</span> <a href="/hr/training-development">Training &amp; Development</a> <span>/</span>
    <a href="/hr/training-development/connect-perform">Connect &amp; Perform</a> <span>/</span> <a href="/hr/training-development/connect-perform/performance-management">Performance Management</a>
  </div>
  <div class="layout-container">
    <aside class="ucws-sidebar" aria-label="Section menu">
      <h2 class="ucws-sidebar__title">Support Staff Core Competencies</h2>
      <nav>
        <ul class="menu">
{side}
        </ul>
      </nav>
    </aside>
    <main id="main-content" role="main">
      <div class="ucws-hero ucws-hero--text">
        <h1>{e(NAME)}</h1>
        <p class="ucws-hero__subtitle">Support Staff Core Competencies</p>
      </div>
      <div class="ucws-accordion" data-accordion>
        <div class="ucws-accordion__item">
          <h2 class="ucws-accordion__heading">
            <button type="button" class="ucws-accordion__button" aria-expanded="false" aria-controls="accordion-panel-1" id="accordion-button-1">Descriptors</button>
          </h2>
          <div class="ucws-accordion__panel" id="accordion-panel-1" role="region" aria-labelledby="accordion-button-1" hidden>
            <div class="text-formatted">
              <p>{e(DEF)} {e(BOILER)}</p>
              <p>{e(LEAD)}</p>
{chr(10).join(ols)}
            </div>
          </div>
        </div>
      </div>
    </main>
  </div>
  <footer class="ucws-footer">
    <div class="ucws-footer__address">University of Calgary<br />2500 University Drive NW<br />Calgary Alberta T2N 1N4<br />CANADA</div>
    <ul class="ucws-footer__links">
      <li><a href="https://www.ucalgary.ca/contact">Contact us</a></li>
      <li><a href="https://www.ucalgary.ca/legal-privacy">Privacy policy</a></li>
      <li><a href="https://www.ucalgary.ca/accessibility">Accessibility</a></li>
    </ul>
    <p class="ucws-footer__copyright">Copyright &copy; 2024</p>
    <p class="ucws-footer__land">The University of Calgary, located in the heart of Southern Alberta, both acknowledges and pays tribute to the traditional territories of the peoples of Treaty 7.</p>
  </footer>
  <script>
    document.querySelectorAll('.ucws-accordion__button').forEach(function (b) {{
      b.addEventListener('click', function () {{
        var open = b.getAttribute('aria-expanded') === 'true';
        b.setAttribute('aria-expanded', open ? 'false' : 'true');
        document.getElementById(b.getAttribute('aria-controls')).hidden = open;
      }});
    }});
  </script>
</body>
</html>
'''
    out_path.write_text(page, encoding="utf-8")


def gold(doc_path):
    g = H.Gold(STEM)
    levels = [g.level(i + 1, ph, g.items([row[i] for row in ROWS])) for i, ph in enumerate(PHASES)]
    g.comp(NAME, DEF, levels=levels)
    return g.write(doc_path, "html", NAME)

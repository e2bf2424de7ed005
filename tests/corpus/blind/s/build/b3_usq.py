"""3. University of Southern Queensland HR page: capabilities in an accordion, levels as table columns (HTML)."""
import sys, html
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import sutil as S

STEM = "usq-people-capability-framework"
COLS = ["Individual contributor", "Supervisor", "Manager", "Senior leader"]
CAPS = [
    ("think-strategically", "Think strategically",
     "Looks beyond the immediate task to understand the wider context of the University and the higher "
     "education sector, anticipates future needs and connects day-to-day work to the University\u2019s "
     "strategic direction.",
     [["Understands how own work contributes to the goals of the team and the University.",
       "Keeps up to date with changes in own area of work and considers what they mean for the team.",
       "Thinks about the longer-term consequences of actions and decisions."],
      ["Translates the University\u2019s strategic objectives into clear plans and priorities for the team.",
       "Helps team members see how their work connects to wider University goals.",
       "Identifies trends and emerging issues that may affect the work of the team."],
      ["Aligns the plans of several teams with the strategic direction of the portfolio.",
       "Analyses trends in higher education and the wider environment to anticipate future needs.",
       "Weighs competing priorities and makes decisions that serve the University as a whole."],
      ["Sets the long-term vision and direction for the University or a major area of it.",
       "Scans the national and international environment and positions the University to respond to change.",
       "Builds commitment to strategic priorities among staff, partners and the community."]]),
    ("engage-people", "Engage people to build positive relationships",
     "Builds and maintains respectful, productive relationships with colleagues, students and external "
     "partners, communicating openly and working across boundaries to achieve shared outcomes.",
     [["Communicates openly and respectfully with colleagues, students and stakeholders.",
       "Listens to others and takes their views into account.",
       "Contributes positively to team activities and shares information readily."],
      ["Builds a cooperative team environment based on trust and mutual respect.",
       "Recognises and acknowledges the contributions of team members.",
       "Addresses conflict within the team early and constructively."],
      ["Develops networks and partnerships across the University and with external organisations.",
       "Encourages collaboration between teams so that knowledge and resources are shared.",
       "Negotiates effectively with stakeholders who have differing interests."],
      ["Represents the University with credibility to government, industry and community partners.",
       "Builds a culture of engagement and inclusion across the organisation.",
       "Fosters strategic alliances that advance the University\u2019s reputation and goals."]]),
    ("show-courage", "Show courage, resilience and adaptability",
     "Stays positive and effective in the face of change, pressure and setbacks, is willing to speak up "
     "and take considered risks, and adapts approaches as circumstances change.",
     [["Remains calm and focused when working under pressure.",
       "Is open to new ideas and different ways of working.",
       "Raises concerns honestly and constructively."],
      ["Supports team members through change and helps them adjust to new ways of working.",
       "Makes difficult decisions when required and stands by them.",
       "Models a positive response to setbacks and learns from them."],
      ["Leads change initiatives and manages resistance constructively.",
       "Challenges established practices where they no longer serve the University well.",
       "Looks after own wellbeing and that of staff during periods of sustained pressure."],
      ["Champions transformational change and makes a compelling case for it.",
       "Takes calculated risks in pursuit of the University\u2019s strategic goals.",
       "Shows integrity and courage when making unpopular decisions in the interests of the University."]]),
]


def e(s):
    return html.escape(s, quote=False)


def panel(idx, anchor, name, definition, levels):
    head = "".join(f'<th scope="col">{e(c)}</th>' for c in COLS)
    cells = "".join("<td>\n<ul>\n" + "".join(f"<li>{e(b)}</li>\n" for b in lv) + "</ul>\n</td>\n"
                    for lv in levels)
    return f'''
<h3 class="accordion__heading" id="{anchor}">
<button class="accordion__trigger" aria-expanded="false" aria-controls="panel-{idx}" type="button">
<span class="accordion__title">{e(name)}</span><span class="accordion__icon" aria-hidden="true"></span>
</button>
</h3>
<div class="accordion__panel" id="panel-{idx}" role="region" aria-labelledby="{anchor}">
<p>{e(definition)}</p>
<h4>Behaviours at each level</h4>
<div class="table-responsive">
<table class="table table--capability">
<thead>
<tr>{head}</tr>
</thead>
<tbody>
<tr>
{cells}</tr>
</tbody>
</table>
</div>
</div>
'''


PAGE = '''<!DOCTYPE html>
<html lang="en-AU" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>People capability framework | Human Resources | University of Southern Queensland</title>
<meta name="description" content="The USQ People Capability Framework outlines the capabilities and behaviours we expect and encourage all employees to demonstrate.">
<link rel="canonical" href="https://www.usq.edu.au/hr/learning-development/pplcapabilityfrmwrk">
<link rel="stylesheet" href="/-/media/usq/assets/css/usq-main.min.css?v=20190822">
<link rel="icon" href="/favicon.ico">
<script>
  (function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});
  var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;
  j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
  }})(window,document,'script','dataLayer','GTM-K7XW3Q');
</script>
</head>
<body class="page page--internal section--hr">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7XW3Q" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header" role="banner">
  <div class="site-header__utility">
    <ul class="utility-nav">
      <li><a href="/study">Future students</a></li>
      <li><a href="/current-students">Current students</a></li>
      <li><a href="/staff">Staff</a></li>
      <li><a href="/alumni">Alumni</a></li>
      <li><a href="/contact">Contact us</a></li>
    </ul>
  </div>
  <div class="site-header__main">
    <a class="site-header__logo" href="/"><img src="/-/media/usq/logos/usq-logo.svg" alt="University of Southern Queensland"></a>
    <form class="site-search" action="/search" method="get" role="search">
      <label for="site-search-input" class="visually-hidden">Search USQ</label>
      <input id="site-search-input" type="search" name="q" placeholder="Search USQ">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/study">Study</a></li>
      <li><a href="/research">Research</a></li>
      <li><a href="/community">Community</a></li>
      <li><a href="/about-usq">About USQ</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumb-wrapper">
  <ol class="breadcrumb">
    <li><a href="/">Home</a></li>
    <li><a href="/hr">Human Resources</a></li>
    <li><a href="/hr/learning-development">Learning and development</a></li>
    <li aria-current="page">People capability framework</li>
  </ol>
</div>
<div class="container layout layout--two-col">
<main id="main-content" class="layout__main">
<h1>People capability framework</h1>
<p class="lead">The USQ People Capability Framework gives every individual and team a common tool for learning and developing the key capabilities they need to succeed. To find out more, watch the <a href="/hr/learning-development/pplcapabilityfrmwrk/video">short video about the framework</a>.</p>
<p>A full list of the learning and development initiatives that support each key capability is on the <a href="/hr/learning-development/key-capability-development">Key Capability Development</a> page. Resources to help you put the framework into practice in your team are also available.</p>
<h2>The framework</h2>
<p>The framework sets out the capabilities, and the behaviours that go with them, that we expect and encourage our employees to demonstrate. Each capability is described across four leadership levels using behaviour-based statements. The framework has three elements:</p>
<ul>
<li>Values</li>
<li>Capabilities</li>
<li>Leadership</li>
</ul>
<p>The levels cover all employees:</p>
<ul>
<li><strong>Individual contributor</strong> &ndash; all staff; leading self is the basis of all effective leadership.</li>
<li><strong>Supervisor</strong> &ndash; leaders of individual contributors, often at the front line of service, teaching or research.</li>
<li><strong>Manager</strong> &ndash; experienced staff who lead other managers and integrate cross-functional perspectives.</li>
<li><strong>Senior leader</strong> &ndash; the most senior and executive leaders, who set the vision for the University.</li>
</ul>
<h2>Key capabilities</h2>
<p>Select a capability to see its description and the behaviours expected at each level.</p>
<div class="accordion" data-accordion data-allow-multiple>
{panels}
</div>
<p class="download"><a href="/-/media/usq/hr/people-capability-framework.pdf" class="link--pdf">Download the People Capability Framework (PDF, 1.3 MB)</a></p>
<p class="page-updated">Page last updated: 14 August 2019</p>
</main>
<aside class="layout__aside" aria-labelledby="related-heading">
  <div class="sidebar-block">
    <h2 id="related-heading" class="sidebar-block__title">Related pages</h2>
    <ul class="sidebar-links">
      <li><a href="/hr/learning-development/key-capability-development">Key capability development</a></li>
      <li><a href="/hr/learning-development/capability-profile">Capability profile template</a></li>
      <li><a href="/hr/learning-development/self-assessment">Capability self-assessment tools</a></li>
      <li><a href="/hr/performance/pdr">Performance, planning and review</a></li>
      <li><a href="/hr/learning-development/leadership-programs">Leadership development programs</a></li>
    </ul>
  </div>
  <div class="sidebar-block sidebar-block--contact">
    <h2 class="sidebar-block__title">Contact Organisational Development</h2>
    <p>Phone: +61 7 4631 2100<br>Email: <a href="mailto:od@usq.edu.au">od@usq.edu.au</a></p>
  </div>
</aside>
</div>
<footer class="site-footer" role="contentinfo">
  <div class="site-footer__acknowledgement">
    <p>The University of Southern Queensland acknowledges the traditional custodians of the lands and waterways where the University is located. Further, we acknowledge the cultural diversity of Aboriginal and Torres Strait Islander peoples and pay respect to Elders past, present and future.</p>
  </div>
  <div class="site-footer__links">
    <ul>
      <li><a href="/about-usq/governance-and-leadership/policy-and-procedure-library">Policy library</a></li>
      <li><a href="/copyright">Copyright</a></li>
      <li><a href="/disclaimer">Disclaimer</a></li>
      <li><a href="/privacy">Privacy</a></li>
      <li><a href="/right-to-information">Right to information</a></li>
      <li><a href="/accessibility">Accessibility</a></li>
    </ul>
  </div>
  <div class="site-footer__legal">
    <p>&copy; University of Southern Queensland. CRICOS QLD 00244B, NSW 02225M. TEQSA PRV12081. ABN 40 234 732 081</p>
  </div>
  <ul class="site-footer__social">
    <li><a href="https://www.facebook.com/usqedu">Facebook</a></li>
    <li><a href="https://twitter.com/usqedu">Twitter</a></li>
    <li><a href="https://www.linkedin.com/school/university-of-southern-queensland">LinkedIn</a></li>
    <li><a href="https://www.youtube.com/user/USQedu">YouTube</a></li>
  </ul>
</footer>
<script src="/-/media/usq/assets/js/jquery-3.4.1.min.js"></script>
<script src="/-/media/usq/assets/js/usq-main.min.js?v=20190822"></script>
<script>
  document.querySelectorAll('[data-accordion] .accordion__trigger').forEach(function (btn) {{
    btn.addEventListener('click', function () {{
      var panel = document.getElementById(btn.getAttribute('aria-controls'));
      var open = btn.getAttribute('aria-expanded') === 'true';
      btn.setAttribute('aria-expanded', String(!open));
      panel.classList.toggle('is-open', !open);
    }});
  }});
</script>
</body>
</html>
'''


def build():
    panels = "".join(panel(i + 1, a, n, dfn, lv) for i, (a, n, dfn, lv) in enumerate(CAPS))
    out = S.DOCS / f"{STEM}.html"
    out.write_text(PAGE.format(panels=panels), encoding="utf-8")
    return out


if __name__ == "__main__":
    print(build())

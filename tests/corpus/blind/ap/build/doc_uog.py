"""University of Glasgow, MyGlasgow HR pages: Glasgow Professional Behavioural Framework, cluster page.

T4-style page: cookie banner, utility bar, header, breadcrumb, left section nav, h1 -> h3 (skips h2),
a <dl> key to the levels, one accordion per competency level with "Effective behaviours" /
"Ineffective behaviours" lists, empty paragraphs, inline styles, footer, scripts."""
from html import escape

FILE = "uog-glasgow-professional-working-together.html"

COMPETENCIES = [
    {
        "name": "Collaborating with Others",
        "anchor": "collaborating",
        "definition": ("Working with colleagues across the University and beyond, sharing knowledge and "
                       "resources and putting shared objectives ahead of individual or team interests."),
        "levels": [
            (["Offers help to colleagues when workloads are uneven, without waiting to be asked",
              "Shares information, knowledge and contacts that may be useful to others",
              "Respects the views and contributions of colleagues from other teams and backgrounds"],
             ["Keeps information to themselves or shares it only when pressed",
              "Sees other teams as obstacles rather than partners"]),
            (["Creates opportunities for the team to work with other areas on shared priorities",
              "Deals with disagreements inside the team early and openly, looking for a solution that works for everyone",
              "Recognises and credits the contribution others make to the team\u2019s success"],
             ["Protects the team\u2019s own interests at the expense of wider University goals",
              "Lets tensions within the team go unaddressed"]),
            (["Builds strategic partnerships with Colleges, Services and external organisations that advance the University\u2019s priorities",
              "Removes structural barriers that stop teams from working together",
              "Models collaborative leadership and holds senior colleagues to the same standard"],
             ["Makes decisions that affect other areas without involving them",
              "Tolerates silo working among senior teams"]),
        ],
    },
    {
        "name": "Communicating with Clarity",
        "anchor": "communicating",
        "definition": ("Sharing information and ideas clearly, openly and at the right time, listening actively "
                       "and adapting both the message and the channel to the audience."),
        "levels": [
            (["Writes and speaks in plain English, avoiding unnecessary jargon",
              "Listens carefully and checks understanding before responding",
              "Keeps colleagues and customers informed of progress and of any delays"],
             ["Uses technical language the audience does not understand",
              "Responds to emails and enquiries late or not at all"]),
            (["Explains the reasons behind decisions and changes so the team understands the wider context",
              "Chooses the most suitable channel and format for each message and audience",
              "Encourages honest two-way conversations and acts on the feedback received"],
             ["Passes on messages without explaining what they mean for the team",
              "Discourages questions or challenge"]),
            (["Communicates a compelling picture of the University\u2019s direction that colleagues can relate to their own work",
              "Represents the University confidently with senior internal and external stakeholders",
              "Makes sure communication flows well across the whole of their area"],
             ["Communicates only with a small circle of senior colleagues",
              "Sends mixed messages about priorities"]),
        ],
    },
]


def accordion(comp):
    out = []
    for i, (eff, ineff) in enumerate(comp["levels"], start=1):
        pid = f"{comp['anchor']}-level-{i}"
        out.append(f'''        <div class="accordion__item">
          <h4 class="accordion__heading"><button class="accordion__toggle" type="button" aria-expanded="false" aria-controls="{pid}">Level {i}</button></h4>
          <div class="accordion__panel" id="{pid}" hidden>
            <p><strong>Effective behaviours</strong></p>
            <ul>
''' + "".join(f"              <li>{escape(b, quote=False)}</li>\n" for b in eff) + '''            </ul>
            <p><strong>Ineffective behaviours</strong></p>
            <ul class="ineffective">
''' + "".join(f"              <li>{escape(b, quote=False)}</li>\n" for b in ineff) + '''            </ul>
          </div>
        </div>
''')
    return "".join(out)


def page():
    comps = []
    for c in COMPETENCIES:
        comps.append(f'''      <h3 id="{c['anchor']}">{escape(c['name'])}</h3>
      <p>{escape(c['definition'], quote=False)}</p>
      <div class="accordion" data-accordion>
{accordion(c)}      </div>
      <p>&nbsp;</p>
''')
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>University of Glasgow - MyGlasgow - Human Resources - Glasgow Professional - The Glasgow Professional Behavioural Framework - Working Together</title>
<meta name="description" content="Working Together cluster of the Glasgow Professional Behavioural Framework">
<link rel="stylesheet" href="/3t4/css/ug-myglasgow.css">
<link rel="stylesheet" href="/3t4/css/accordion.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-UOG0000001');</script>
</head>
<body class="myglasgow section-hr">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to help give you the best experience on our website. By continuing without changing your cookie settings, we assume you agree to this. <a href="/legal/cookies/">Please read our cookie policy to find out more</a>.</p>
  <button type="button" class="cookie-banner__accept">Accept all cookies</button> <button type="button" class="cookie-banner__settings">Cookie settings</button>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<div id="utility-bar">
  <ul>
    <li><a href="/myglasgow/">MyGlasgow</a></li>
    <li><a href="/myglasgow/staff/">Staff</a></li>
    <li><a href="/myglasgow/students/">Students</a></li>
    <li><a href="/myglasgow/servicesa-z/">Services A-Z</a></li>
    <li><a href="https://outlook.office.com/">Email</a></li>
  </ul>
</div>
<header id="site-header">
  <a href="/" class="logo"><img src="/3t4/img/ug-logo.svg" alt="University of Glasgow"></a>
  <p class="site-title"><a href="/myglasgow/humanresources/">Human Resources</a></p>
  <form action="/search/" class="site-search" role="search"><label for="q">Search</label><input id="q" name="query" type="search" placeholder="Search MyGlasgow"><button type="submit">Go</button></form>
  <nav id="main-nav" aria-label="Human Resources">
    <ul>
      <li><a href="/myglasgow/humanresources/">HR home</a></li>
      <li><a href="/myglasgow/humanresources/all/">Staff A-Z</a></li>
      <li><a href="/myglasgow/humanresources/managers/">Managers</a></li>
      <li class="active"><a href="/myglasgow/humanresources/glasgowprofessional/">Glasgow Professional</a></li>
      <li><a href="/myglasgow/humanresources/contact/">Contact HR</a></li>
    </ul>
  </nav>
</header>
<div id="breadcrumbs">
  <ol>
    <li><a href="/">University home</a></li>
    <li><a href="/myglasgow/">MyGlasgow</a></li>
    <li><a href="/myglasgow/humanresources/">Human Resources</a></li>
    <li><a href="/myglasgow/humanresources/glasgowprofessional/">Glasgow Professional</a></li>
    <li><a href="/myglasgow/humanresources/glasgowprofessional/theglasgowprofessionalbehaviouralframework/">The Glasgow Professional Behavioural Framework</a></li>
    <li class="current">Working Together</li>
  </ol>
</div>
<div id="container" class="row">
  <aside id="section-nav" class="column medium-3" aria-label="In this section">
    <h2 class="section-nav__title"><a href="/myglasgow/humanresources/glasgowprofessional/">Glasgow Professional</a></h2>
    <ul>
      <li><a href="/myglasgow/humanresources/glasgowprofessional/theglasgowprofessionalbehaviouralframework/">The Glasgow Professional Behavioural Framework</a>
        <ul>
          <li><a href="../deliveringexcellence/">Delivering Excellence</a></li>
          <li class="active"><a href="./">Working Together</a></li>
          <li><a href="../leadinganddeveloping/">Leading and Developing</a></li>
          <li><a href="../shapingthefuture/">Shaping the Future</a></li>
        </ul>
      </li>
      <li><a href="/myglasgow/humanresources/glasgowprofessional/thedevelopmentoftheframework/">How we built the Framework</a></li>
      <li><a href="/myglasgow/humanresources/glasgowprofessional/faqs/">FAQs</a></li>
    </ul>
  </aside>
  <main id="main-content" class="column medium-9">
    <div class="maincontent">
      <h1>Working Together</h1>
      <p class="lead" style="font-size:1.15em;color:#003865;">The Working Together cluster describes how we build effective relationships with colleagues, students and partners, share what we know and work across boundaries to achieve shared goals.</p>
      <p>The levels are cumulative: colleagues working at Level 3 are expected to show the behaviours described at Levels 1 and 2 as a matter of course. The behaviours are examples, not a checklist.</p>
      <dl class="levels-key">
        <dt>Level 1</dt>
        <dd>All Professional Services colleagues</dd>
        <dt>Level 2</dt>
        <dd>Colleagues who lead a team, a service or a specialist area</dd>
        <dt>Level 3</dt>
        <dd>Senior leaders responsible for a function or a College or University Services area</dd>
      </dl>
      <p></p>
{"".join(comps)}      <p style="margin-top:2em;"><a href="/media/Media_683601_smxx.pdf" class="download">Download the full Behavioural Framework (PDF, 1.2MB)</a></p>
      <p class="back-to-top"><a href="#main-content">Back to top</a></p>
    </div>
  </main>
</div>
<footer id="site-footer">
  <div class="footer__contact">
    <h2>Human Resources</h2>
    <p>University of Glasgow, Glasgow, G12 8QQ, Scotland<br>Tel +44 (0) 141 330 2000</p>
  </div>
  <ul class="footer__links">
    <li><a href="/legal/accessibility/">Accessibility statement</a></li>
    <li><a href="/legal/freedomofinformation/">Freedom of information</a></li>
    <li><a href="/legal/privacy/">Privacy and cookies</a></li>
    <li><a href="/legal/">Legal</a></li>
  </ul>
  <p class="footer__charity">The University of Glasgow is a registered Scottish charity: Registration Number SC004401</p>
  <p class="footer__copyright">&copy; University of Glasgow</p>
</footer>
<script src="/3t4/js/jquery.min.js"></script>
<script src="/3t4/js/accordion.js"></script>
<script>
  document.querySelectorAll('.accordion__toggle').forEach(function (b) {{
    b.addEventListener('click', function () {{
      var p = document.getElementById(b.getAttribute('aria-controls'));
      var open = b.getAttribute('aria-expanded') === 'true';
      b.setAttribute('aria-expanded', String(!open)); p.hidden = open;
    }});
  }});
</script>
</body>
</html>
'''


def build(docs_dir):
    (docs_dir / FILE).write_text(page(), encoding="utf-8")
    return docs_dir / FILE

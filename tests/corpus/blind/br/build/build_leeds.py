"""University of Leeds - OD&PL "Leadership Excellence Behaviours" page -> HTML (hand-written).

Old SDDU / OD&PL site page that is being redirected to the new site: meta refresh + "Please wait while you
are redirected...or Click Here" notice, university masthead, site title, main nav, breadcrumb, left menu,
h1 + h2 "Defining Leadership Excellence" + intro, then nine behaviour tiles (icon <img> with alt text,
<h3> name, one definition paragraph), links to the PDF framework and the 360 tool, footer, scripts.
"""
import html

import brlib as L

STEM = "leeds-leadership-excellence-behaviours"
DOC = L.DOCS / f"{STEM}.html"
TITLE = "Leadership Excellence Behaviours"

INTRO = [
    "Our Leadership Excellence Behaviours, which take the place of the former Leadership and Management "
    "Standard, set out clear definitions and expectations of what effective leadership looks like at our "
    "University. They describe how our leaders are expected to behave and, through that, how they help to "
    "create a positive working environment built on high levels of trust.",
    "Having one shared set of behaviours gives colleagues a common vocabulary for describing, discussing "
    "and reviewing leadership capability, both as individuals and as teams.",
]

BEHAVIOURS = [
    ("purposeful", "Purposeful Leadership",
     "We understand what our University is trying to achieve and the values it stands for. We set a clear "
     "direction and help colleagues turn strategic priorities into specific outcomes that are informed by "
     "evidence and insight. We build confidence and commitment by listening to the views of others, "
     "following through on our plans, learning from setbacks and celebrating success."),
    ("strategic", "Strategic Thinking & Decision Making",
     "We make well-informed decisions and take considered risks, weighing both short- and long-term "
     "factors in line with our University Strategic Plan and values. We prioritise the work that is most "
     "likely to deliver our shared goals. We look ahead for emerging opportunities and plan today\u2019s "
     "activities with the future in mind."),
    ("creativity", "Creativity and Innovation",
     "We actively look for feedback and use it to drive continuous improvement. We challenge ourselves and "
     "others to be the best we can be and share good practice from across our University and beyond. We "
     "create an environment in which new ideas and creative problem solving are encouraged and acted on."),
    ("collaborative", "Collaborative",
     "We build positive working relationships within and beyond our own teams, based on trust and mutual "
     "respect. We value different perspectives, share knowledge and resources, and work across boundaries "
     "to achieve common goals."),
    ("communicating", "Communicating with Impact",
     "We communicate clearly, honestly and at the right time, adapting our style to our audience. We listen "
     "actively, explain the reasons behind decisions and make sure that people have the information they "
     "need to play their part."),
    ("delivering", "Delivering Results",
     "We take ownership of our objectives and hold ourselves to account for delivering them to a high "
     "standard. We plan and organise our work effectively, use resources wisely and stay focused on "
     "outcomes when circumstances change."),
    ("developing", "Developing Others",
     "We take an active interest in the growth of our colleagues, giving regular and constructive feedback "
     "and creating opportunities for them to learn. We recognise potential, support people through change "
     "and help them to achieve their goals."),
    ("resilience", "Resilience and Adaptability",
     "We remain positive and effective under pressure and when the way ahead is uncertain. We respond "
     "flexibly to change, help others to adjust to it and look after our own wellbeing and that of our "
     "colleagues."),
    ("selfawareness", "Self Awareness",
     "We understand our own strengths and limitations and the effect our behaviour has on others. We seek "
     "out feedback and reflect on it, take responsibility for our own development and model the behaviours "
     "we expect of others."),
]

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta http-equiv="refresh" content="8;url=https://leadershipbehaviours.leeds.ac.uk/">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Leadership Excellence Behaviours | Organisational Development and Professional Learning | University of Leeds</title>
<link rel="stylesheet" href="/site/css/uol-core.css">
<link rel="stylesheet" href="/site/css/sddu-theme.css">
<link rel="shortcut icon" href="/site/img/favicon.ico">
<script src="/site/js/modernizr.custom.js"></script>
<style>.behaviour-grid{{display:flex;flex-wrap:wrap}}.behaviour{{width:31%;margin:0 1% 24px}}.behaviour img{{width:64px}}.redirect-notice{{background:#fff4ce;padding:8px 12px}}</style>
</head>
<body class="uol-site sddu">
<div class="redirect-notice" role="alert"><p>Please wait while you are redirected...or <a href="https://leadershipbehaviours.leeds.ac.uk/">Click Here</a> if you do not want to wait.</p></div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="masthead">
  <div class="wrapper">
    <a class="masthead-logo" href="https://www.leeds.ac.uk/"><img src="/site/img/uol-logo.svg" alt="University of Leeds logo"></a>
    <ul class="masthead-links">
      <li><a href="https://www.leeds.ac.uk/forstaff">For staff</a></li>
      <li><a href="https://www.leeds.ac.uk/forstudents">For students</a></li>
      <li><a href="https://www.leeds.ac.uk/a-z">A-Z</a></li>
      <li><a href="https://www.leeds.ac.uk/search">Search</a></li>
    </ul>
  </div>
  <div class="site-title"><a href="/">Organisational Development and Professional Learning</a></div>
  <nav class="site-nav" aria-label="Main navigation">
    <ul>
      <li><a href="/">Home</a></li>
      <li class="active"><a href="/leadership-professional-skills/">Leadership &amp; Professional Skills</a></li>
      <li><a href="/teaching-learning/">Teaching &amp; Learning</a></li>
      <li><a href="/research-development/">Research Development</a></li>
      <li><a href="/coaching-mentoring/">Coaching &amp; Mentoring</a></li>
      <li><a href="/about/">About us</a></li>
    </ul>
  </nav>
</header>
<div class="wrapper">
  <ol class="breadcrumb">
    <li><a href="/">Home</a></li>
    <li><a href="/leadership-professional-skills/">Leadership &amp; Professional Skills</a></li>
    <li><a href="/leadership-professional-skills/leadership-development/">Leadership Development</a></li>
    <li class="current">Leadership Excellence Behaviours</li>
  </ol>
  <div class="layout">
    <aside class="sidebar">
      <h2 class="sidebar-title">Leadership Development</h2>
      <ul class="side-nav">
        <li class="current"><a href="/leadership-professional-skills/leadership-development/leadership-excellence-behaviours/">Leadership Excellence Behaviours</a></li>
        <li><a href="/leadership-professional-skills/leadership-development/programmes/">Leadership programmes</a></li>
        <li><a href="/leadership-professional-skills/leadership-development/360-feedback/">360&deg; feedback</a></li>
        <li><a href="/leadership-professional-skills/leadership-development/leadership-development-strategy/">Leadership Development Strategy</a></li>
      </ul>
    </aside>
    <main id="main" class="content">
      <h1>Leadership Excellence Behaviours</h1>
      <h2>Defining Leadership Excellence</h2>
{intro}
      <div class="behaviour-grid">
{tiles}
      </div>
      <p class="cta"><a href="/site/assets/leadership-excellence-behaviours-framework.pdf">Download the Leadership Excellence Behaviours Framework (PDF, 1.2MB)</a></p>
      <p class="cta"><a href="/leadership-professional-skills/leadership-development/360-feedback/">Find out about our 360&deg; Behaviours feedback tool</a></p>
      <p class="updated">Page last updated: 04 October 2019</p>
    </main>
  </div>
</div>
<footer class="site-footer">
  <div class="wrapper">
    <p class="footer-address">Organisational Development and Professional Learning, University of Leeds, Leeds, LS2 9JT<br>Email: odpl@leeds.ac.uk</p>
    <ul class="footer-links">
      <li><a href="https://www.leeds.ac.uk/accessibility">Accessibility</a></li>
      <li><a href="https://www.leeds.ac.uk/privacy">Privacy</a></li>
      <li><a href="https://www.leeds.ac.uk/foi">Freedom of information</a></li>
      <li><a href="https://www.leeds.ac.uk/copyright">Copyright and disclaimer</a></li>
    </ul>
    <p class="copyright">&copy; Copyright Leeds 2019</p>
  </div>
</footer>
<script src="/site/js/jquery-1.12.4.min.js"></script>
<script src="/site/js/uol-core.js"></script>
<script>
  (function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)}})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-12345678-9', 'auto');
  ga('send', 'pageview');
</script>
</body>
</html>
"""


def build():
    intro = "\n".join(f"      <p>{html.escape(t, quote=False)}</p>" for t in INTRO)
    tiles = []
    for key, name, text in BEHAVIOURS:
        tiles.append(
            f'        <div class="behaviour behaviour-{key}">\n'
            f'          <img src="/site/img/behaviours/{key}.png" alt="{html.escape(name)} icon">'
            f'<h3>{html.escape(name, quote=False)}</h3>\n'
            f'          <p>{html.escape(text, quote=False)}</p>\n'
            f'        </div>')
    DOC.write_text(PAGE.format(intro=intro, tiles="\n".join(tiles)), encoding="utf-8")


def gold():
    comps = [L.competency(STEM, name, text) for _, name, text in BEHAVIOURS]
    return L.write_gold(DOC, "html", TITLE, comps)


if __name__ == "__main__":
    build()
    print(gold())

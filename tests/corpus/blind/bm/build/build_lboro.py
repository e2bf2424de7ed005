"""Loughborough University - Performance and Development Review (PDR) Leadership Framework attribute page (HTML).

Modelled on www.lboro.ac.uk/internal/pdr/resources/leadership-framework/develops-self-others/ (and the
"About the Leadership Framework" page: six attributes, Entry / Intermediate / Advanced levels): site title
"Performance and Development Review", breadcrumb, section nav, three intro bullets describing the attribute,
then a table whose COLUMNS are the levels (Entry | Intermediate | Advanced), one statement per cell. The
"Developing this attribute" section (70:20:10 headed lists, stretch assignments) and "Further reading"
in "Title by Author (Publisher, year)" style were asked for by the batch assignment; wording is ours.
"""
import bmlib as L

STEM = "lboro-leadership-framework-develops-self-and-others"
OUT = L.DOCS / f"{STEM}.html"

NAME = "Develops self and others"
INTRO = [
    "We need to identify development needs on an ongoing basis so that the University has enough skills and "
    "knowledge, both now and in the future",
    "Leaders look for opportunities to learn and to develop themselves and others; they put new skills and "
    "knowledge to use to improve how the organisation performs and to deliver the University\u2019s strategy",
    "Learning and development never stops. A leader uses every available channel, formal and informal, and "
    "knows that development means learning on the job and learning by oneself as well as training",
]
LEVELS = ("Entry", "Intermediate", "Advanced")
ROWS = [
    ("Weighs up what a development activity will bring an individual against its cost in time and money",
     "Supports and encourages development across the whole team or department",
     "Reviews development across the organisation strategically, learning from what has and has not worked"),
    ("Recognises strengths and development needs in self and in others",
     "Recognises strengths outside own team and makes full use of them by bringing in \u201cexperts\u201d from "
     "other schools or departments",
     "Creates, or helps to create, organisational development policies and processes (e.g. succession "
     "planning and promotion routes)"),
    ("Asks for and welcomes constructive feedback from others about own development needs",
     "Promotes the benefits of development actively and links it to succession planning in the team",
     "Treats development at every level of the University as essential to continuous improvement"),
    ("Stretches people in line with their capabilities and gives feedback on their development needs (e.g. in "
     "PDRs, informal chats and one-to-ones)",
     "Encourages people to take part in development activities, even when they seem reluctant",
     "Makes strategic budget decisions that allow schools and departments to invest in development"),
]
DEV = [
    ("Learning on the job (70%)", [
        "Delegate a piece of work you would normally keep, and agree with the person how you will support them",
        "Take on a task outside your usual area of expertise and reflect on what it taught you",
        "Use every PDR you hold as a chance to agree one specific development action with the reviewee",
    ]),
    ("Learning from others (20%)", [
        "Ask a colleague you trust to observe you giving feedback and to tell you what they noticed",
        "Join the University\u2019s mentoring scheme as a mentor or as a mentee",
        "Talk to a leader in another school about how they plan succession in their team",
    ]),
    ("Formal learning (10%)", [
        "Attend the Organisational Development workshop \u2018Coaching conversations for managers\u2019",
        "Complete the online module on giving and receiving feedback",
    ]),
    ("Stretch assignments", [
        "Design and run the induction programme for a new cohort of staff in your area",
        "Lead a review of how development funding is allocated in your department and recommend changes",
    ]),
]
READING = [
    ("The Coaching Habit: Say Less, Ask More & Change the Way You Lead Forever", "Michael Bungay Stanier",
     "Box of Crayons Press", 2016, ["Michael Bungay Stanier"]),
    ("Multipliers: How the Best Leaders Make Everyone Smarter", "Liz Wiseman with Greg McKeown",
     "HarperBusiness", 2010, ["Liz Wiseman", "Greg McKeown"]),
    ("Coaching for Performance", "John Whitmore", "Nicholas Brealey Publishing", 2017, ["John Whitmore"]),
    ("Mindset: Changing the Way You Think to Fulfil Your Potential", "Carol S. Dweck", "Robinson", 2017,
     ["Carol S. Dweck"]),
]


def esc(s):
    return s.replace("&", "&amp;")


def render():
    intro = "\n".join(f"          <li>{esc(t)}</li>" for t in INTRO)
    rows = "\n".join("            <tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in ROWS)
    dev = ""
    for head, acts in DEV:
        lis = "\n".join(f"          <li>{esc(a)}</li>" for a in acts)
        dev += f"\n        <h3>{esc(head)}</h3>\n        <ul>\n{lis}\n        </ul>"
    reading = "\n".join(
        f"          <li><em>{esc(t)}</em> by {esc(a)} ({esc(p)}, {y})</li>" for t, a, p, y, _ in READING)
    return f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <title>Develops self and others | Leadership Framework | Performance and Development Review | Loughborough University</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/media/wwwlboroacuk/responsive-assets/css/main.css">
  <link rel="shortcut icon" href="/favicon.ico">
  <script src="/media/wwwlboroacuk/responsive-assets/js/vendor/modernizr.js"></script>
  <script>(function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)}})(window,document,'script','//www.google-analytics.com/analytics.js','ga');ga('create','UA-2156371-1','auto');ga('send','pageview');</script>
</head>
<body class="internal">
  <a href="#main-content" class="skip-link">Skip to content</a>
  <div class="page-wrapper">
    <header class="site-header" role="banner">
      <div class="site-header__inner">
        <a class="site-header__logo" href="https://www.lboro.ac.uk/"><img src="/media/wwwlboroacuk/responsive-assets/img/logo.png" alt="Loughborough University"></a>
        <nav class="utility-nav" aria-label="Utility">
          <ul>
            <li><a href="/internal/">Staff</a></li>
            <li><a href="/students/">Students</a></li>
            <li><a href="/services/it/">IT Services</a></li>
            <li><a href="https://lboro.sharepoint.com/">Staff Hub</a></li>
          </ul>
        </nav>
        <form class="site-search" action="/search/" method="get"><label for="q" class="visually-hidden">Search</label><input id="q" name="query" type="search" placeholder="Search the site"><button type="submit">Search</button></form>
      </div>
      <div class="site-title"><a href="/internal/pdr/">Performance and Development Review</a></div>
      <nav class="primary-nav" aria-label="Section">
        <ul>
          <li><a href="/internal/pdr/">Home</a></li>
          <li><a href="/internal/pdr/about/">About PDR</a></li>
          <li><a href="/internal/pdr/reviewees/">Reviewees</a></li>
          <li><a href="/internal/pdr/reviewers/">Reviewers</a></li>
          <li class="active"><a href="/internal/pdr/resources/">Resources</a></li>
          <li><a href="/internal/pdr/contact/">Contact us</a></li>
        </ul>
      </nav>
    </header>
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <ol>
        <li><a href="https://www.lboro.ac.uk/">Loughborough University</a></li>
        <li><a href="/internal/">Staff</a></li>
        <li><a href="/internal/pdr/">PDR</a></li>
        <li><a href="/internal/pdr/resources/">Resources</a></li>
        <li><a href="/internal/pdr/resources/leadership-framework/about/">Leadership Framework</a></li>
        <li aria-current="page">Develops self and others</li>
      </ol>
    </nav>
    <div class="content-wrapper">
      <aside class="section-nav">
        <h2 class="section-nav__title">Resources</h2>
        <ul>
          <li><a href="/internal/pdr/resources/forms/">PDR forms</a></li>
          <li><a href="/internal/pdr/resources/guidance/">Guidance notes</a></li>
          <li class="open"><a href="/internal/pdr/resources/leadership-framework/about/">Leadership Framework</a>
            <ul>
              <li><a href="/internal/pdr/resources/leadership-framework/about/">About the Leadership Framework</a></li>
              <li class="current"><a href="/internal/pdr/resources/leadership-framework/develops-self-others/">Develops self and others</a></li>
              <li><a href="https://lboro.onlinesurveys.ac.uk/leadership-framework">Complete the questionnaire</a></li>
            </ul>
          </li>
          <li><a href="/internal/pdr/resources/faqs/">FAQs</a></li>
        </ul>
      </aside>
      <main id="main-content" class="main-content" role="main">
        <div class="page-header"><p class="page-header__section">Performance and Development Review</p>
        <h1>{esc(NAME)}</h1></div>
        <ul class="intro-list">
{intro}
        </ul>
        <div class="table-responsive">
          <table class="table table--striped">
            <thead><tr><th>Entry</th><th>Intermediate</th><th>Advanced</th></tr></thead>
            <tbody>
{rows}
            </tbody>
          </table>
        </div>
        <h2>Developing this attribute</h2>
        <p>Use the 70:20:10 model when you agree development actions at PDR: most learning comes from experience on the job, some from other people and a smaller part from formal courses and reading. The ideas below can be adapted to any level.</p>{dev}
        <h2>Further reading</h2>
        <ul class="reading-list">
{reading}
        </ul>
        <p class="small">Books on this list can be borrowed from the Pilkington Library or requested through the Organisational Development team.</p>
      </main>
    </div>
    <footer class="site-footer" role="contentinfo">
      <div class="site-footer__contact">
        <p><strong>Loughborough University</strong><br>Leicestershire, UK<br>LE11 3TU<br>+44 (0)1509 263171</p>
      </div>
      <ul class="site-footer__links">
        <li><a href="/about/policies/accessibility/">Accessibility</a></li>
        <li><a href="/privacy/">Privacy</a></li>
        <li><a href="/foi/">Freedom of information</a></li>
        <li><a href="/cookies/">Cookies</a></li>
      </ul>
      <p class="site-footer__copyright">&copy; 2024 Loughborough University. All rights reserved.</p>
    </footer>
  </div>
  <script src="/media/wwwlboroacuk/responsive-assets/js/vendor/jquery.min.js"></script>
  <script src="/media/wwwlboroacuk/responsive-assets/js/main.js"></script>
</body>
</html>
'''


def gold():
    levels = [L.level(STEM, i + 1, LEVELS[i], [r[i] for r in ROWS]) for i in range(3)]
    acts = []
    for head, texts in DEV:
        acts += L.items(STEM, texts, head)
    readings = [L.reading(STEM, f"{t} by {a} ({p}, {y})", t, authors, p, y) for t, a, p, y, authors in READING]
    return [L.competency(STEM, NAME, " ".join(INTRO), levels=levels, activities=acts, readings=readings)]


def main():
    OUT.write_text(render(), encoding="utf-8")
    L.write_gold(OUT, "html", "Develops self and others", gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

"""South Canterbury DHB (New Zealand) - "Our Values" page -> HTML (hand-written).

DHB site chrome (emergency strip, logo, utility links, main nav, breadcrumb, left "Our Leadership" menu,
footer with address, scripts).  Main: h1 "Our Values"; per value a decorative icon (empty alt), an <h2>
with the value name, a bold LEAD-IN sentence ending in "by:" and a <ul> of behaviours (no final full stops,
except the last two accountability bullets, as on the stored page).
"""
import html

import brlib as L

STEM = "scdhb-our-values"
DOC = L.DOCS / f"{STEM}.html"
TITLE = "Our Values"

VALUES = [
    ("integrity", "Integrity", "We will always act with the utmost integrity by:",
     ["Being transparent, open and honest in all our dealings",
      "Making sure there are no \u2018hidden agendas\u2019",
      "Working for the common good of our community",
      "Responding to the needs of others as far as our capacity and capability allow",
      "Building credibility through a proven track record of actions",
      "Fostering trust with one another and with our community"]),
    ("collaboration", "Collaboration", "We will actively collaborate with others by:",
     ["Consulting people and keeping them well informed",
      "Being open to, and respectful of, other people\u2019s opinions, ideas and ways of working",
      "Communicating clearly and sharing information promptly in the most suitable way",
      "Responding appropriately when we speak or write to others",
      "Being willing to negotiate and avoiding dismissive behaviour",
      "Involving the people most affected by a decision in making it"]),
    ("accountability", "Accountability", "We promote accountability by:",
     ["Taking personal and collective responsibility for our actions and their outcomes",
      "Following legislation, standards, policy and due process",
      "Doing what we say we will do, and doing it when we say we will",
      "Taking personal responsibility for working well with others",
      "Owning our mistakes and learning from them",
      "Being punctual, fully focused and committed to the task at hand.",
      "Recognising and dealing with difficult issues."]),
    ("respect", "Respect", "We will show respect to all by:",
     ["Recognising that time is precious, both in how we use each other\u2019s time and in how we use our "
      "patients\u2019 time",
      "Valuing the range of skills in our organisation as vital to a vibrant health service, and treating "
      "each person as a valued individual",
      "Treating others as we would wish to be treated",
      "Acknowledging the efforts and successes of staff and giving credit where it is due",
      "Supporting one another, especially through difficult times"]),
]

PAGE = """<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Our Values - South Canterbury District Health Board</title>
<meta name="description" content="The values of South Canterbury District Health Board">
<link rel="stylesheet" href="/templates/scdhb/css/bootstrap.min.css">
<link rel="stylesheet" href="/templates/scdhb/css/template.css">
<script src="/media/jui/js/jquery.min.js"></script>
<script src="/media/jui/js/bootstrap.min.js"></script>
</head>
<body class="site com_content view-article itemid-214">
<div class="emergency-strip">In an emergency always dial <strong>111</strong></div>
<header class="header">
  <div class="container">
    <a class="brand" href="/"><img src="/images/logos/scdhb-logo.png" alt="South Canterbury District Health Board logo"></a>
    <ul class="utility-links">
      <li><a href="/contact-us">Contact us</a></li>
      <li><a href="/work-with-us/vacancies">Vacancies</a></li>
      <li><a href="/feedback">Feedback</a></li>
    </ul>
    <form class="search" action="/search" method="get"><label for="q">Search</label><input id="q" name="searchword" type="search"><button type="submit">Go</button></form>
  </div>
  <nav class="navbar" aria-label="Main menu">
    <ul class="nav menu">
      <li><a href="/">Home</a></li>
      <li><a href="/your-health">Your Health</a></li>
      <li><a href="/services">Services</a></li>
      <li><a href="/visiting-us">Visiting Us</a></li>
      <li class="active"><a href="/about-us">About Us</a></li>
      <li><a href="/work-with-us">Work With Us</a></li>
      <li><a href="/news">News</a></li>
    </ul>
  </nav>
</header>
<div class="container body">
  <ul class="breadcrumb">
    <li><a href="/">Home</a> <span class="divider">&rsaquo;</span></li>
    <li><a href="/about-us">About Us</a> <span class="divider">&rsaquo;</span></li>
    <li><a href="/about-us/our-leadership">Our Leadership</a> <span class="divider">&rsaquo;</span></li>
    <li class="active"><span>Values</span></li>
  </ul>
  <div class="row">
    <aside class="span3 sidebar">
      <h3 class="module-title">Our Leadership</h3>
      <ul class="nav menu side">
        <li><a href="/about-us/our-leadership/board">Board</a></li>
        <li><a href="/about-us/our-leadership/executive-leadership-team">Executive Leadership Team</a></li>
        <li><a href="/about-us/our-leadership/vision-and-mission">Vision and Mission</a></li>
        <li class="current active"><a href="/about-us/our-leadership/values">Values</a></li>
      </ul>
    </aside>
    <main class="span9 item-page" id="content">
      <div class="page-header"><h1>Our Values</h1></div>
      <div class="article-body">
{sections}
      </div>
    </main>
  </div>
</div>
<footer class="footer">
  <div class="container">
    <p><strong>South Canterbury District Health Board</strong><br>Private Bag 911, Timaru 7940<br>Phone: (03) 687 2100</p>
    <ul class="footer-links">
      <li><a href="/privacy-statement">Privacy statement</a></li>
      <li><a href="/copyright">Copyright</a></li>
      <li><a href="/sitemap">Sitemap</a></li>
    </ul>
    <p class="copyright">&copy; 2019 South Canterbury District Health Board</p>
  </div>
</footer>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'UA-3141592-6');
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-3141592-6"></script>
</body>
</html>
"""


def build():
    secs = []
    for key, name, lead, items in VALUES:
        lis = "\n".join(f"          <li>{html.escape(it, quote=False)}</li>" for it in items)
        secs.append(
            f'        <div class="value value-{key}">\n'
            f'          <img class="value-icon" src="/images/values/{key}.png" alt="">\n'
            f'          <h2>{name}</h2>\n'
            f'          <p><strong>{html.escape(lead, quote=False)}</strong></p>\n'
            f'          <ul>\n{lis}\n          </ul>\n'
            f'        </div>')
    DOC.write_text(PAGE.format(sections="\n".join(secs)), encoding="utf-8")


def gold():
    comps = [L.competency(STEM, name, None, indicators=L.items(STEM, items))
             for _, name, lead, items in VALUES]
    return L.write_gold(DOC, "html", TITLE, comps)


if __name__ == "__main__":
    build()
    print(gold())

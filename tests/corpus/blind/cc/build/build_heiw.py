"""HEIW Gwella NHS Wales Leadership Portal - compassionate behaviours with resources (HTML)."""
import html as H
import cclib as L

STEM = "heiw-gwella-compassionate-behaviours"
TITLE = "The Compassionate Behaviours"

COMPS = [
    dict(name="Attending", anchor="attending",
         definition="Attending means being present with the people we work with and giving them our full "
                    "attention. It is about making time, slowing down and listening with fascination rather than "
                    "waiting for our turn to speak.",
         practice=["Put your phone and screen away at the start of one-to-ones and team huddles.",
                   "In your next meeting, summarise what a colleague has said before you give your own view.",
                   "Block out a regular time in your diary when staff know they can drop in and talk."],
         ask=["When did someone last really listen to you, and how did it feel?",
              "What gets in the way of you giving people your full attention?"],
         read=[("Kline, N. (1999) Time to Think: Listening to Ignite the Human Mind. London: Ward Lock.",
                "Time to Think: Listening to Ignite the Human Mind", ["N. Kline"], "Ward Lock", 1999)],
         watch=[]),
    dict(name="Understanding", anchor="understanding",
         definition="Understanding means taking the time to find out what lies behind the challenges people "
                    "face, exploring different perspectives rather than jumping to conclusions, and making sense "
                    "of the situation together.",
         practice=["When a problem is raised, ask open questions until you can describe it in the other person\u2019s words.",
                   "Invite staff from different professions to a short session to map what is causing a recurring difficulty.",
                   "Before a difficult conversation, write down what you do not yet know about the situation."],
         ask=["Whose perspective have you not yet heard on the issue you are dealing with?"],
         read=[("Edmondson, A.C. (2019) The Fearless Organization: Creating Psychological Safety in the "
                "Workplace for Learning, Innovation, and Growth. Hoboken, NJ: Wiley.",
                "The Fearless Organization: Creating Psychological Safety in the Workplace for Learning, Innovation, and Growth",
                ["A.C. Edmondson"], "Wiley", 2019)],
         watch=[]),
    dict(name="Empathising", anchor="empathising",
         definition="Empathising means feeling with and for the people we lead and being moved by their "
                    "distress or frustration, without being overwhelmed by it. It builds trust and connection "
                    "across the team.",
         practice=["Acknowledge how a colleague is feeling before you move to solving the problem.",
                   "Share something about your own experience of a hard day when it helps others to feel less alone.",
                   "Check in with a team member after a distressing clinical event, not only on the day but a week later."],
         ask=["How do you look after your own wellbeing so that you can stay empathic?",
              "Which members of your team may be struggling without saying so?"],
         read=[("Brown, B. (2018) Dare to Lead. London: Vermilion.", "Dare to Lead", ["B. Brown"], "Vermilion", 2018)],
         watch=[("Brown, B. (2013) Bren\u00e9 Brown on Empathy [video]. RSA Shorts.",
                 "Bren\u00e9 Brown on Empathy", ["B. Brown"], "RSA Shorts", 2013)]),
    dict(name="Helping", anchor="helping",
         definition="Helping means taking thoughtful and intelligent action to support people, removing the "
                    "obstacles that get in the way of their work and making sure they have the resources they "
                    "need to provide high quality care.",
         practice=["Ask your team \u201cWhat is getting in the way of you doing your job well?\u201d and act on one answer.",
                   "Agree with your manager one barrier that you will escalate on behalf of your team this month.",
                   "Follow up on the actions you promised and tell people what happened."],
         ask=["What have you done this week to make work easier for someone in your team?"],
         read=[("West, M.A. (2021) Compassionate Leadership: Sustaining Wellbeing in Healthcare Teams. "
                "London: Swirling Leaf Press.",
                "Compassionate Leadership: Sustaining Wellbeing in Healthcare Teams", ["M.A. West"],
                "Swirling Leaf Press", 2021)],
         watch=[]),
]

HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Compassionate Behaviours | NHS Wales Leadership Portal</title>
<link rel="stylesheet" href="/css/site.min.css?v=3.2.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2LW1HZ9"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-7QX2LW1HZ9');</script>
</head>
<body class="page-template-default">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie consent">
  <p>We use cookies to make this website work and to understand how you use it. <a href="/cookies">Read our cookie policy</a>.</p>
  <button type="button" class="btn btn-accept">Accept all cookies</button> <button type="button" class="btn btn-reject">Reject optional cookies</button>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="container">
    <a class="brand" href="/"><img src="/img/heiw-logo.svg" alt="Health Education and Improvement Wales"><span>Gwella</span></a>
    <ul class="utility"><li><a href="/cy/compassionate-behaviours" lang="cy">Cymraeg</a></li><li><a href="/login">Sign in</a></li></ul>
  </div>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/compassionate-leadership" class="active">Compassionate Leadership</a></li>
      <li><a href="/compassionate-leadership-in-practice">In Practice</a></li>
      <li><a href="/programmes">Programmes</a></li>
      <li><a href="/resource-library">Resource Library</a></li>
      <li><a href="/social-care-wales">Social Care Wales</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>
<div class="banner"><div class="container"><p class="banner-title">Compassionate Leadership</p></div></div>
<nav class="breadcrumb container" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/compassionate-leadership">Compassionate Leadership</a></li><li aria-current="page">The Compassionate Behaviours</li></ol></nav>
<main id="main" class="container content">
"""

FOOT = """</main>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="https://heiw.nhs.wales">HEIW website</a></li></ul>
    <p>&copy; Health Education and Improvement Wales 2024. Ty Dysgu, Cefn Coed, Nantgarw, CF15 7QQ</p>
  </div>
</footer>
<script src="/js/jquery-3.6.0.min.js"></script>
<script src="/js/site.min.js?v=3.2.1"></script>
<script>$(function(){$('.btn-accept').on('click',function(){document.cookie='consent=all;path=/';$('#cookie-banner').hide();});});</script>
</body>
</html>
"""


def e(s):
    return H.escape(s, quote=False)


def build():
    out = [HEAD]
    out.append(f"<h1>{TITLE}</h1>\n")
    out.append('<p class="lead">Compassionate leadership is built from four behaviours that we can all practise, '
               'whatever our role. This page describes each behaviour, gives ideas for putting it into practice and '
               'points you to resources from the library.</p>\n')
    out.append('<ul class="jump-links">' + "".join(f'<li><a href="#{c["anchor"]}">{c["name"]}</a></li>' for c in COMPS)
               + "</ul>\n")
    comps = []
    for c in COMPS:
        out.append(f'<section class="behaviour card" id="{c["anchor"]}">\n<h2>{c["name"]}</h2>\n')
        out.append(f"<p>{e(c['definition'])}</p>\n<h3>Put it into practice</h3>\n<ul>\n")
        out += [f"  <li>{e(t)}</li>\n" for t in c["practice"]]
        out.append("</ul>\n<h3>Ask yourself</h3>\n<ul class=\"questions\">\n")
        out += [f"  <li>{e(t)}</li>\n" for t in c["ask"]]
        out.append("</ul>\n<h3>Resources</h3>\n")
        if c["watch"]:
            out.append("<h4>Watch</h4>\n<ul class=\"resources\">\n")
            out += [f"  <li>{e(r[0])}</li>\n" for r in c["watch"]]
            out.append("</ul>\n")
        out.append("<h4>Read</h4>\n<ul class=\"resources\">\n")
        out += [f"  <li>{e(r[0])}</li>\n" for r in c["read"]]
        out.append('</ul>\n<p class="back"><a href="#main">Back to top</a></p>\n</section>\n')
        comps.append(L.competency(STEM, c["name"], c["definition"], activities=L.items(STEM, c["practice"]),
                                  tips=L.items(STEM, c["ask"]),
                                  readings=[L.reading(STEM, *r) for r in c["watch"] + c["read"]]))
    out.append('<p class="more">Find more videos, articles and toolkits in the <a href="/resource-library">Resource Library</a>.</p>\n')
    out.append(FOOT)
    path = L.DOCS / f"{STEM}.html"
    path.write_text("".join(out), encoding="utf-8")
    L.write_gold(path, "html", TITLE, comps)


def main():
    build()


if __name__ == "__main__":
    main()

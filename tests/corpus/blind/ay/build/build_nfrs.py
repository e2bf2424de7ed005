"""nfrs-behavioural-framework.html: Nottinghamshire Fire and Rescue Service behavioural framework.
Composite: the service publishes one page per role group ('Senior leaders show this when they do the
following...'); the three role pages are put on one page under their own headings, site chrome kept."""
from html import escape

from _util import DOCS

STEM = "nfrs-behavioural-framework"

ICONS = {
    "We are professional": "Green speech bubble with a silhouette of a person inside",
    "Open to change": "Turquoise speech bubble with two crossing arrows",
}

# (role heading, negative heading, {value: (positives, negatives)})  negatives: a list item may hold
# two statements split by <br> (as on the live pages)
ROLES = [
    ("Colleagues show this when they do the following\u2026", "Colleagues don\u2019t show this when\u2026", [
        ("We are professional", [
            "Treats the public and colleagues with courtesy and respect in every contact (DR)",
            "Takes pride in their appearance, their equipment and the workplace",
            "Follows policies and safe systems of work, and speaks up when something is unsafe (I)",
            "Keeps their skills and knowledge up to date and completes required training",
            "Is honest about mistakes and learns from them (I)",
        ], [
            "Arrives late or unprepared without good reason",
            "Uses inappropriate language or humour",
            "Cuts corners on safety or procedures",
            "Ignores behaviour that falls short of our values",
        ]),
        ("Open to change", [
            "Tries new ways of working with a positive attitude",
            "Puts forward ideas to improve how we serve our communities (POCF)",
            "Asks questions to understand the reasons for change",
            "Adapts quickly when priorities shift",
        ], [
            "Resists change without considering what it could bring",
            "Spreads negativity about new initiatives",
            "Says \u201cwe\u2019ve always done it this way\u201d",
        ]),
    ]),
    ("Managers show this when they do the following\u2026", "Managers don\u2019t show this when\u2026", [
        ("We are professional", [
            "Sets clear expectations for the team and holds people to account fairly (L)",
            "Holds regular one-to-ones and gives timely, honest feedback",
            "Makes decisions that are consistent and transparent and can be explained (I)",
            "Deals promptly with poor performance or conduct",
            "Looks after the wellbeing of the team and signposts help when it is needed (DR)",
        ], [
            "Treats team members inconsistently or shows favouritism",
            "Avoids difficult conversations<br>Passes blame down to the team",
            "Fails to share important information",
        ]),
        ("Open to change", [
            "Explains the reasons for change and what it means for the team",
            "Involves the team in shaping how change is put into practice",
            "Encourages and tests new ideas from team members (L)",
            "Reviews what worked and what did not once a change has been made",
        ], [
            "Implements change without consulting those affected",
            "Dismisses ideas from the team",
            "Undermines decisions once they have been made",
        ]),
    ]),
    ("Senior leaders show this when they do the following\u2026", "Senior leaders don\u2019t show this when\u2026", [
        ("We are professional", [
            "Acts as an ambassador and role model in everything they do, at all times and in the community (POCF)",
            "Behaves selflessly and with integrity, and keeps the promises made to staff, elected members and the public",
            "Builds a coaching culture and puts in place ways for people to get coaching and mentoring",
            "Drives efficiency, improvement and value for money, benchmarking performance against the wider sector and service standards to serve the public and communities better (POCF)",
            "Develops effective relationships with senior colleagues, elected members and collaborative partners (I)",
            "Shows a strong awareness and understanding of, and compliance with, NFRS corporate, financial and project governance arrangements",
            "Makes the development of talent a priority and drives a culture of aspiration and success",
            "Tackles, and takes accountability for, under-performance, sickness absence or mediocrity in the team and across the service to serve the public and communities better (L)",
        ], [
            "Fails to act as a role model or to inspire others",
            "Fails to declare a relationship that could be seen as inappropriate or unethical.",
            "Encourages a silo mentality instead of shared responsibility for other people\u2019s problems",
            "Tends to put the blame on others when things go wrong",
            "Lets personality clashes or past history cloud judgement or decision-making<br>Makes promises about what can be delivered that are unrealistic",
            "Is unwilling to recognise, or deal with, capability or performance issues in self or others<br>Avoids difficult conversations and confrontation",
            "Gives up when faced with obstacles and shows no sense of personal responsibility for delivery (L)",
        ]),
        ("Open to change", [
            "Assesses the external environment and sets a clear direction for change across the service",
            "Champions innovation and makes room for new ideas to be tried safely",
            "Makes the case for change openly and listens to concerns (I)",
            "Works with partners to find new ways of delivering services (POCF)",
            "Evaluates change programmes and acts on the lessons learned",
        ], [
            "Pursues change for its own sake without a clear rationale",
            "Fails to engage staff and representative bodies",
            "Ignores evidence that an initiative is not working",
        ]),
    ]),
]

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Behavioural framework - Nottinghamshire Fire and Rescue Service</title>
<link rel="stylesheet" href="/css/main.min.css?v=1706">
<link rel="icon" href="/favicon.ico">
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K7N3QPL');</script>
</head>
<body class="page-content">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7N3QPL" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<a href="#main" class="skip-link">Skip to main content</a>
<div class="alert-bar"><p><strong>In an emergency always dial 999.</strong> For non-emergency enquiries call 0115 967 0880.</p></div>
<header class="site-header">
  <div class="container">
    <a href="/" class="site-logo"><img src="/images/nfrs-logo.svg" alt="Nottinghamshire Fire &amp; Rescue Service"></a>
    <form class="site-search" action="/search" method="get"><label for="q" class="visually-hidden">Search</label><input type="text" id="q" name="q" placeholder="Search our site"><button type="submit">Search</button></form>
  </div>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/safety">Safety advice</a></li>
      <li><a href="/business-safety">Business safety</a></li>
      <li><a href="/about-us" class="active">About us</a></li>
      <li><a href="/careers">Careers</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/contact-us">Contact us</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs container">
  <ul>
    <li><a href="/">Home</a></li>
    <li><a href="/about-us">About us</a></li>
    <li><a href="/about-us/service-plans">Service plans</a></li>
    <li>Behavioural framework</li>
  </ul>
</div>
<div class="container content-wrap">
<aside class="sidebar">
  <h2 class="sidebar-title">In this section</h2>
  <ul class="subnav">
    <li><a href="/about-us/service-plans/behavioural-framework">Behavioural framework</a></li>
    <li><a href="/about-us/service-plans/behavioural-framework/colleagues-show-this-when-they-do-the-following">Colleagues show this when they do the following\u2026</a></li>
    <li><a href="/about-us/service-plans/behavioural-framework/managers-show-this-when-they-do-the-following">Managers show this when they do the following\u2026</a></li>
    <li><a href="/about-us/service-plans/behavioural-framework/senior-leaders-show-this-when-they-do-the-following">Senior leaders show this when they do the following\u2026</a></li>
  </ul>
</aside>
<main id="main" class="main-content">
<h1>Behavioural framework</h1>
<p>Our behavioural framework sets out how we expect everyone at Nottinghamshire Fire and Rescue Service to behave, whatever their role. It is built around our values and reflects the Core Code of Ethics for Fire and Rescue Services.</p>
"""

FOOT = """<div class="page-feedback"><p>Was this page helpful?</p><button data-answer="yes">Yes</button><button data-answer="no">No</button></div>
<p class="last-updated">Last updated: 12 March 2024</p>
</main>
</div>
<footer class="site-footer">
  <div class="container">
    <div class="footer-col">
      <h2>Contact us</h2>
      <p>Nottinghamshire Fire and Rescue Service<br>Joint Headquarters, Sherwood Lodge<br>Arnold, Nottingham<br>NG5 8PP</p>
    </div>
    <div class="footer-col">
      <h2>Useful links</h2>
      <ul>
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/privacy-notice">Privacy notice</a></li>
        <li><a href="/freedom-of-information">Freedom of information</a></li>
        <li><a href="/cookies">Cookies</a></li>
      </ul>
    </div>
    <div class="footer-col social">
      <a href="https://twitter.com/nottsfire">Twitter</a> <a href="https://www.facebook.com/nottsfire">Facebook</a> <a href="https://www.instagram.com/nottsfire">Instagram</a>
    </div>
    <p class="copyright">&copy; 2024 Nottinghamshire Fire and Rescue Service</p>
  </div>
</footer>
<script src="/js/vendor/jquery.min.js"></script>
<script src="/js/main.min.js?v=1706"></script>
</body>
</html>
"""


def build():
    parts = [HEAD]
    for role, neg_head, values in ROLES:
        parts.append(f'<section class="role-page">\n<h2 class="role-title">{escape(role, quote=False)}</h2>\n')
        for value, pos, neg in values:
            parts.append(f'<h3 class="value-heading"><img src="/images/values/{value.lower().replace(" ", "-")}.png" '
                         f'alt="{escape(ICONS[value])}"> {escape(value, quote=False)}</h3>\n<ul>\n')
            parts += [f"  <li>{escape(x, quote=False)}</li>\n" for x in pos]
            parts.append(f"</ul>\n<h4>{escape(neg_head, quote=False)}</h4>\n<ul>\n")
            for x in neg:
                parts.append("  <li>" + "<br>".join(escape(s, quote=False) for s in x.split("<br>")) + "</li>\n")
            parts.append("</ul>\n")
        parts.append("</section>\n")
    parts.append(FOOT)
    out = DOCS / f"{STEM}.html"
    out.write_text("".join(parts), encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    build()

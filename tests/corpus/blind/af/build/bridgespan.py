"""The Bridgespan Group (nonprofit advisor to nonprofits and philanthropists) - Nonprofit Hiring Toolkit,
"Hiring a Bridger: Interview Guide" (for candidates moving from business to the nonprofit sector).
Hand-written HTML with the site's chrome; each competency area an <h2> followed by a <dl>
(What it is / Questions to ask / Listen for), questions with nested probe lists."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "bridgespan-bridger-interview-guide"
TITLE = "Hiring a Bridger: Interview Guide"

AREAS = [
    ("Passion for the Mission",
     "A personal connection to the organization\u2019s cause, and a drive to advance it that goes beyond "
     "interest in the job itself.",
     [("What draws you to our mission, and why at this point in your career?",
       ["What have you done, paid or unpaid, that connects you to this issue?"]),
      ("Tell us about a time you gave up something of value to pursue work you cared about.", []),
      ("How would you explain our work to a friend who had never heard of us?", [])],
     ["A specific, personal link to the cause rather than a general wish to \u201cgive back.\u201d",
      "Evidence of past volunteering, board service, or giving in the field.",
      "Realistic expectations about the pace and pay of nonprofit work."]),
    ("Comfort with Ambiguity",
     "The ability to make progress when goals are shared among many stakeholders, resources are thin, and "
     "success is hard to measure.",
     [("Describe a project where the goals were unclear or kept changing. How did you decide what to do?",
       ["Looking back, what would you do differently?"]),
      ("How have you measured success when there was no obvious bottom line?", [])],
     ["Willingness to act without complete information.",
      "Ways of defining success beyond financial results.",
      "Patience with processes that take time."]),
    ("Collaborative Decision-Making",
     "Working through consensus and influence rather than authority, with staff, board members, volunteers, "
     "and funders.",
     [("Tell us about a decision you could not make alone. How did you bring others along?",
       ["Who disagreed, and how did you respond?", "What was the outcome?"]),
      ("Give an example of a time you changed your mind because of input from someone who reported to you.", []),
      ("How have you worked with a board or another governing body?", [])],
     ["Use of \u201cwe\u201d as well as \u201cI\u201d when describing results.",
      "Respect for the views of people without formal power.",
      "Evidence of influencing without direct authority."]),
    ("Resourcefulness",
     "Getting results with limited staff, money, and systems by finding creative ways to use what is available.",
     [("Describe a time you achieved an important goal with far fewer resources than you would have liked.", []),
      ("What is the most creative partnership you have formed to get something done?", [])],
     []),
]

HEAD = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hiring a Bridger: Interview Guide | The Bridgespan Group</title>
<meta name="description" content="Competency areas, sample questions, and what to listen for when interviewing candidates moving from business to the nonprofit sector.">
<meta property="og:title" content="Hiring a Bridger: Interview Guide">
<link rel="stylesheet" href="/static/css/site.css?v=4.12">
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-BSPAN01');</script>
</head>
<body class="insight-page tool">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to understand how visitors use our site and to improve your experience. <a href="/privacy-policy">Learn more</a></p>
  <button type="button" class="btn accept">Accept</button> <button type="button" class="btn decline">Decline</button>
</div>
<a class="skip" href="#main">Skip to content</a>
<header class="masthead">
  <a href="/" class="brand"><img src="/static/img/bridgespan-logo.svg" alt="The Bridgespan Group"></a>
  <nav class="primary" aria-label="Primary">
    <ul>
      <li><a href="/insights">Insights</a></li>
      <li><a href="/services">How We Help</a></li>
      <li><a href="/about-us">About Us</a></li>
      <li><a href="/jobs">Careers</a></li>
      <li><a href="/subscribe">Subscribe</a></li>
    </ul>
  </nav>
  <button class="search-toggle" aria-label="Search"></button>
</header>
<main id="main">
<article class="insight">
<nav class="crumbs" aria-label="Breadcrumb"><a href="/insights">Insights</a> / <a href="/insights/nonprofit-hiring-toolkit">Nonprofit Hiring Toolkit</a></nav>
<p class="eyebrow">Tool</p>
<h1>Hiring a Bridger: Interview Guide</h1>
<p class="meta"><span class="type">Tool</span> <time datetime="2016-09-20">September 20, 2016</time></p>
<ul class="share"><li><a href="#" class="share-linkedin">Share on LinkedIn</a></li><li><a href="#" class="share-email">Email</a></li><li><a href="/-/media/bridgespan/hiring-a-bridger-interview-guide.pdf" class="download">Download PDF</a></li></ul>
<div class="rich-text">
<p>Every hiring process comes down to finding the candidate whose skills, interests, and qualities fit your organization\u2019s needs, culture, and leadership. Interviewing a \u201cbridger,\u201d someone moving from the business world into the nonprofit sector, follows the same rules as any other interview: your questions should still cover the functional requirements of the role. But it also pays to probe for experience and qualities that carry across sectors.</p>
<p>This guide adds to your existing interview process; it does not replace it. For each competency area it suggests questions to ask and points to listen for in the answers. Expect to cover only a few areas in a single conversation, and save the rest for later rounds.</p>
"""

FOOT = """</div>
<aside class="related">
  <h2>More in the Nonprofit Hiring Toolkit</h2>
  <ul>
    <li><a href="/insights/nonprofit-hiring-toolkit/conducting-successful-interviews">Conducting Successful Interviews</a></li>
    <li><a href="/insights/nonprofit-hiring-toolkit/checking-references">Checking References</a></li>
    <li><a href="/insights/nonprofit-hiring-toolkit/making-the-offer">Making the Offer</a></li>
  </ul>
</aside>
</article>
<section class="newsletter">
  <h2>Get insights in your inbox</h2>
  <form action="/subscribe" method="post"><label for="email">Email address</label><input type="email" id="email" name="email"><button type="submit">Subscribe</button></form>
</section>
</main>
<footer class="site-footer">
  <ul class="offices"><li>Boston</li><li>Johannesburg</li><li>Mumbai</li><li>New York</li><li>San Francisco</li></ul>
  <ul class="legal"><li><a href="/privacy-policy">Privacy Policy</a></li><li><a href="/terms-of-use">Terms of Use</a></li><li><a href="/permissions">Permissions</a></li></ul>
  <p>&copy; 2026 The Bridgespan Group. All rights reserved. Bridgespan and Bridgespan Group are registered trademarks.</p>
</footer>
<script src="/static/js/vendor.js"></script>
<script src="/static/js/site.js?v=4.12"></script>
<script>document.querySelector('#cookie-banner .accept').addEventListener('click',function(){document.getElementById('cookie-banner').remove();});</script>
</body>
</html>
"""


def area_html(name, what, questions, listen):
    out = [f'<h2>{name}</h2>', '<dl class="guide">', '<dt>What it is</dt>', f'<dd>{what}</dd>',
           '<dt>Questions to ask</dt>', '<dd>', '<ul>']
    for q, probes in questions:
        if probes:
            out.append(f'<li>{q}\n<ul class="probes">\n' + ''.join(f'<li>{p}</li>\n' for p in probes) + '</ul>\n</li>')
        else:
            out.append(f'<li>{q}</li>')
    out += ['</ul>', '</dd>']
    if listen:
        out += ['<dt>Listen for</dt>', '<dd>', '<ul>'] + [f'<li>{x}</li>' for x in listen] + ['</ul>', '</dd>']
    out.append('</dl>')
    return "\n".join(out) + "\n"


def build():
    html = HEAD + "".join(area_html(*a) for a in AREAS) + FOOT
    out = H.DOCS / f"{STEM}.html"
    out.write_text(html, encoding="utf-8")
    return out


def gold(path):
    D = STEM
    comps = []
    for name, what, questions, listen in AREAS:
        qs = [" ".join([q] + probes) for q, probes in questions]
        comps.append(H.comp(name, D, what, interview_questions=H.items(qs, D), indicators=H.items(listen, D)))
    return H.write_gold(path, "html", TITLE, comps)


if __name__ == "__main__":
    print(gold(build()))

"""nzpsc-lsp-builds-collaborative-relationships.html: one capability of the Leadership Success Profile.

A single competency page on a public service site (Te Kawa Mataaho Public Service Commission chrome: skip
link, header, main nav, search, breadcrumb, "On this page" side nav, feedback widget, footer, scripts): the
name in <h1>, a lead paragraph, then a tab widget (role="tablist") with the panels "What it is", "Why it
matters", "What it looks like" (<ul> of behaviours, no levels), "How to develop it" (<ul> of activities) and
"Learning resources" (<ul> of course links, each with its duration in parentheses).
"""
import html

import tcommon as C

STEM = "nzpsc-lsp-builds-collaborative-relationships"
FILE = STEM + ".html"
NAME = "Builds collaborative relationships"
TITLE = NAME

LEAD = ("This capability belongs to the System Leadership area of the Leadership Success Profile. It applies "
        "to leaders at every level, from team leaders to chief executives.")
WHAT = ("Building collaborative relationships means developing and keeping relationships of trust with "
        "colleagues, other agencies, iwi and communities, and using those relationships to work towards "
        "shared outcomes for New Zealanders.")
WHY = ["Many of the outcomes the public sector is responsible for cannot be delivered by one agency working "
       "alone. Leaders need to work across boundaries and bring different perspectives together.",
       "Strong relationships also make it easier to respond quickly when circumstances change, because the "
       "trust is already there."]
LOOKS = ["Seeks out people with different perspectives and involves them early.",
         "Shares information and credit generously.",
         "Builds relationships with iwi and M\u0101ori organisations that honour Te Tiriti o Waitangi.",
         "Follows through on commitments made to partners.",
         "Works through disagreements openly and respectfully.",
         "Looks for shared outcomes rather than defending the interests of their own agency."]
DEVELOP = ["Map your key relationships and pick one you could strengthen over the next three months.",
           "Take on a cross-agency project or a secondment to another agency.",
           "Ask a partner organisation for feedback on how your team works with them.",
           "Find a mentor who is known for working well across boundaries."]
RESOURCES = [("Working across the public service", "/learning/working-across-the-public-service", "45 minutes"),
             ("Te Tiriti o Waitangi in practice", "/learning/te-tiriti-in-practice", "2 hours"),
             ("Having courageous conversations", "/learning/courageous-conversations", "1-day workshop")]

TABS = [("what-it-is", "What it is"), ("why-it-matters", "Why it matters"),
        ("what-it-looks-like", "What it looks like"), ("how-to-develop-it", "How to develop it"),
        ("learning-resources", "Learning resources")]


def render():
    e = html.escape
    panels = {
        "what-it-is": f"<p>{e(WHAT)}</p>",
        "why-it-matters": "\n        ".join(f"<p>{e(p)}</p>" for p in WHY),
        "what-it-looks-like": "<p>Leaders who do this well:</p>\n<ul>\n"
                              + "".join(f"  <li>{e(x)}</li>\n" for x in LOOKS) + "</ul>",
        "how-to-develop-it": "<ul>\n" + "".join(f"  <li>{e(x)}</li>\n" for x in DEVELOP) + "</ul>",
        "learning-resources": "<ul class=\"resource-list\">\n"
                              + "".join(f'  <li><a href="{u}">{e(t)}</a> ({e(d)})</li>\n'
                                        for t, u, d in RESOURCES) + "</ul>",
    }
    tabs = []
    for i, (tid, label) in enumerate(TABS):
        sel = "true" if i == 0 else "false"
        extra = "" if i == 0 else ' tabindex="-1"'
        tabs.append(f'        <button role="tab" id="tab-{tid}" aria-controls="panel-{tid}" aria-selected="{sel}"'
                    f'{extra}>{e(label)}</button>\n')
    pan = []
    for i, (tid, label) in enumerate(TABS):
        hidden = "" if i == 0 else " hidden"
        pan.append(f'      <div role="tabpanel" id="panel-{tid}" aria-labelledby="tab-{tid}" tabindex="0"{hidden}>\n'
                   f'        <h2 class="visually-hidden">{e(label)}</h2>\n        {panels[tid]}\n      </div>\n')
    page = f"""<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(NAME)} | Te Kawa Mataaho Public Service Commission</title>
<meta name="description" content="Leadership Success Profile capability: {e(NAME)}.">
<link rel="stylesheet" href="/assets/dist/css/main.min.css?v=4.12.0">
<link rel="icon" href="/favicon.ico">
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});
var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;
j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
}})(window,document,'script','dataLayer','GTM-K7W2QPX');</script>
</head>
<body class="page-capability">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-header__logo" href="/"><img src="/assets/img/logo-te-kawa-mataaho.svg"
       alt="Te Kawa Mataaho Public Service Commission"></a>
    <nav class="site-nav" aria-label="Main">
      <ul>
        <li><a href="/about-us">About us</a></li>
        <li><a href="/system">Public Service system</a></li>
        <li><a href="/guidance">Guidance</a></li>
        <li><a href="/resources">Resources</a></li>
        <li><a href="/news">News</a></li>
      </ul>
    </nav>
    <form class="site-search" action="/search" role="search">
      <label for="q" class="visually-hidden">Search this site</label>
      <input id="q" name="q" type="search" placeholder="Search">
      <button type="submit">Search</button>
    </form>
  </div>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/system">Public Service system</a></li>
    <li><a href="/system/leaders">Leaders</a></li>
    <li><a href="/system/leaders/leadership-success-profile">Leadership Success Profile</a></li>
    <li aria-current="page">{e(NAME)}</li>
  </ol>
</nav>
<div class="layout">
  <aside class="layout__side">
    <nav class="section-nav" aria-label="Leadership Success Profile capabilities">
      <h2>System Leadership</h2>
      <ul>
        <li><a href="/system/leaders/lsp/engages-with-the-wider-system">Engages with the wider system</a></li>
        <li class="is-current"><a href="/system/leaders/lsp/builds-collaborative-relationships">{e(NAME)}</a></li>
        <li><a href="/system/leaders/lsp/leads-across-boundaries">Leads across boundaries</a></li>
      </ul>
    </nav>
  </aside>
  <main id="main" class="layout__main">
    <h1>{e(NAME)}</h1>
    <p class="lead">{e(LEAD)}</p>
    <div class="tabs" data-module="tabs">
      <div role="tablist" aria-label="About this capability">
{''.join(tabs)}      </div>
{''.join(pan)}    </div>
    <div class="page-meta">
      <p>Last updated: 14 March 2023</p>
    </div>
    <section class="feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title">Was this page helpful?</h2>
      <button type="button" data-feedback="yes">Yes</button>
      <button type="button" data-feedback="no">No</button>
    </section>
  </main>
</div>
<footer class="site-footer">
  <div class="site-footer__inner">
    <ul class="site-footer__links">
      <li><a href="/contact-us">Contact us</a></li>
      <li><a href="/copyright">Copyright</a></li>
      <li><a href="/privacy">Privacy</a></li>
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/site-map">Site map</a></li>
    </ul>
    <p class="site-footer__crown">Crown copyright \u00a9 Te Kawa Mataaho Public Service Commission</p>
    <a class="site-footer__govt" href="https://www.govt.nz/"><img src="/assets/img/nzgovt-logo.svg"
       alt="New Zealand Government"></a>
  </div>
</footer>
<script src="/assets/dist/js/tabs.min.js?v=4.12.0"></script>
<script>
  document.querySelectorAll('[role="tab"]').forEach(function (tab) {{
    tab.addEventListener('click', function () {{
      document.querySelectorAll('[role="tab"]').forEach(function (t) {{ t.setAttribute('aria-selected', 'false'); }});
      document.querySelectorAll('[role="tabpanel"]').forEach(function (p) {{ p.hidden = true; }});
      tab.setAttribute('aria-selected', 'true');
      document.getElementById(tab.getAttribute('aria-controls')).hidden = false;
    }});
  }});
</script>
</body>
</html>
"""
    path = C.DOCS / FILE
    path.write_text(page, encoding="utf-8")
    return path


def gold():
    notes = [C.item(STEM, LEAD)] + [C.item(STEM, p, group="Why it matters") for p in WHY]
    comp = C.competency(NAME, STEM, definition=WHAT,
                        indicators=[C.item(STEM, x) for x in LOOKS],
                        activities=[C.item(STEM, x) for x in DEVELOP],
                        courses=[C.item(STEM, f"{t} ({d})") for t, _, d in RESOURCES],
                        notes=notes)
    return [comp]


def build():
    path = render()
    return C.write_gold(path, "html", TITLE, gold())

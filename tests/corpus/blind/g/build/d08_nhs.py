"""NHS Leadership Academy, Healthcare Leadership Model: dimension page "Engaging the team" (HTML,
hand-written with the site's chrome re-created).

Cookie banner, skip link, header with logo and navigation, breadcrumb; the four-part scale as a TAB
WIDGET (role=tablist / role=tab with aria-selected / aria-controls; three of the four role=tabpanel
divs carry the `hidden` attribute); each panel = a headline (h3) + "Do I ...?" questions; the
"What is it? / Why is it important? / What is it not?" text sits in a SIDEBAR BOX (<aside>) that comes
after the tabs in the source; related-pages box, footer, scripts."""
import html

import helpers as H

STEM = "nhs-hlm-engaging-the-team"
NAME = "Engaging the team"
WHAT = ("Drawing people into the work and making it clear that their ideas and efforts are valued and make "
        "a real difference to outcomes and improvements.")
WHY = ("Leaders who draw people into the work create a climate in which teams can perform at their best, "
       "and in which individuals feel able to suggest and carry out improvements to care for patients and "
       "service users.")
NOT = ["Doing everything yourself", "Taking credit for the team\u2019s work",
       "Dismissing ideas that come from others", "Relying on a small inner circle",
       "Asking for views only after the decision has been made", "Treating the team as a set of individuals"]
LEVELS = [
    (1, "Essential", "Encouraging contribution", [
        "Do I ask colleagues for their views and listen to what they say?",
        "Do I let people know when their contribution has made a difference?",
        "Do I share information with my team so that they can take part fully?"]),
    (2, "Proficient", "Building a shared sense of team", [
        "Do I involve the whole team in planning and reviewing our work?",
        "Do I help the team to agree how we will work together?",
        "Do I notice when someone is left out and draw them in?"]),
    (3, "Strong", "Developing the team\u2019s capability and independence", [
        "Do I give the team room to take decisions and solve problems for themselves?",
        "Do I create opportunities for team members to lead pieces of work?",
        "Do I encourage the team to challenge the way we do things?",
        "Do I help the team to learn from what goes well as well as from what goes wrong?"]),
    (4, "Exemplary", "Creating a culture of engagement across the organisation", [
        "Do I build an organisation in which people at every level expect to be involved?",
        "Do I hold other leaders to account for how they engage their teams?",
        "Do I make sure that the voice of staff shapes decisions at the highest level?"]),
]


def e(s):
    return html.escape(s, quote=False)


def render(out_path):
    tabs = []
    panels = []
    for i, (rank, label, headline, qs) in enumerate(LEVELS):
        key = label.lower()
        sel = "true" if i == 0 else "false"
        tabs.append(f'          <button class="hlm-tab{" is-active" if i == 0 else ""}" role="tab" '
                    f'id="tab-{key}" aria-selected="{sel}" aria-controls="panel-{key}" '
                    f'tabindex="{0 if i == 0 else -1}">{e(label)}</button>')
        lis = "\n".join(f"              <li>{e(q)}</li>" for q in qs)
        hidden = "" if i == 0 else " hidden"
        panels.append(f'''        <div class="hlm-panel" role="tabpanel" id="panel-{key}" aria-labelledby="tab-{key}" tabindex="0"{hidden}>
            <h3 class="hlm-panel__title">{e(headline)}</h3>
            <ul class="hlm-questions">
{lis}
            </ul>
        </div>''')
    nots = "\n".join(f"            <li>{e(x)}</li>" for x in NOT)
    page = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Engaging the team - Leadership Academy</title>
<link rel="stylesheet" href="/wp-content/themes/leadership-academy/dist/css/main.min.css?ver=3.2.1">
<link rel="icon" href="/wp-content/themes/leadership-academy/favicon.ico">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8XK2L0Q1Z7"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-8XK2L0Q1Z7', {{ 'anonymize_ip': true }});
</script>
</head>
<body class="page-template-hlm-dimension">
<div id="cookie-notice" class="cookie-banner" role="region" aria-label="Cookie consent">
  <p>We use necessary cookies to make our site work. We would also like to set analytics cookies to help us improve it.</p>
  <button type="button" class="btn btn--primary" data-cookie="accept">Accept analytics cookies</button>
  <button type="button" class="btn btn--secondary" data-cookie="reject">Reject analytics cookies</button>
</div>
<a class="skip-link" href="#maincontent">Skip to main content</a>
<header class="site-header">
  <div class="container">
    <a class="site-header__logo" href="/"><img src="/wp-content/themes/leadership-academy/img/nhs-leadership-academy-logo.svg" alt="NHS Leadership Academy"></a>
    <form class="site-search" action="/" role="search"><label for="s" class="visually-hidden">Search</label><input id="s" name="s" type="search" placeholder="Search"><button type="submit">Search</button></form>
    <nav class="primary-nav" aria-label="Primary">
      <ul>
        <li><a href="/programmes/">Programmes</a></li>
        <li><a href="/resources/">Resources</a></li>
        <li><a href="/healthcare-leadership-model/" aria-current="true">Healthcare Leadership Model</a></li>
        <li><a href="/talent-management-hub/">Talent management</a></li>
        <li><a href="/about/">About us</a></li>
        <li><a href="/contact-us/">Contact us</a></li>
      </ul>
    </nav>
  </div>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/healthcare-leadership-model/">Healthcare Leadership Model</a></li>
    <li><a href="/healthcare-leadership-model/explore-the-healthcare-leadership-model/">Explore the Healthcare Leadership Model</a></li>
    <li aria-current="page">{e(NAME)}</li>
  </ol>
</nav>
<main id="maincontent" class="container hlm-dimension">
  <div class="hlm-dimension__body">
    <h1 class="hlm-dimension__title">{e(NAME)}</h1>
    <img class="hlm-dimension__wheel" src="/wp-content/uploads/2019/07/hlm-wheel-engaging-the-team.png" alt="Healthcare Leadership Model wheel with the Engaging the team dimension highlighted">
    <p class="hlm-intro">Leadership behaviours are shown on a four-part scale. Select a part of the scale to see the questions for it. The questions are not meant to be answered with a simple yes or no; use them to explore where your strengths and development areas may lie.</p>
    <div class="hlm-tabs" data-module="tabs">
        <div class="hlm-tabs__list" role="tablist" aria-label="Leadership behaviour scale">
{chr(10).join(tabs)}
        </div>
{chr(10).join(panels)}
    </div>
  </div>
  <aside class="hlm-dimension__sidebar sidebar-box" aria-label="About this dimension">
    <h2>What is it?</h2>
    <p>{e(WHAT)}</p>
    <h2>Why is it important?</h2>
    <p>{e(WHY)}</p>
    <h2>What is it not?</h2>
    <ul class="hlm-not">
{nots}
    </ul>
  </aside>
  <section class="related-pages" aria-labelledby="related-title">
    <h2 id="related-title">Related pages</h2>
    <ul>
      <li><a href="/healthcare-leadership-model/explore-the-healthcare-leadership-model/holding-to-account/">Holding to account</a></li>
      <li><a href="/healthcare-leadership-model/supporting-tools-documents/healthcare-leadership-model-360-degree-feedback-tool/">360 degree feedback tool</a></li>
      <li><a href="/wp-content/uploads/2014/10/NHSLeadership-LeadershipModel-colour.pdf">Download the Healthcare Leadership Model (PDF, 2.4MB)</a></li>
    </ul>
  </section>
</main>
<footer class="site-footer">
  <div class="container">
    <ul class="site-footer__links">
      <li><a href="/accessibility/">Accessibility</a></li>
      <li><a href="/privacy-policy/">Privacy policy</a></li>
      <li><a href="/cookies/">Cookies</a></li>
      <li><a href="/terms-of-use/">Terms of use</a></li>
    </ul>
    <p>&copy; NHS Leadership Academy. All rights reserved.</p>
  </div>
</footer>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.6.0"></script>
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
'''
    out_path.write_text(page, encoding="utf-8")


def gold(doc_path):
    g = H.Gold(STEM)
    levels = [g.level(rank, label, g.items([headline] + qs)) for rank, label, headline, qs in LEVELS]
    g.comp(NAME, WHAT, levels=levels, indicators=g.items(NOT, "What is it not?"),
           notes=g.items([WHY], "Why is it important?"))
    return g.write(doc_path, "html", NAME)

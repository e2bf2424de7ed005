"""NHS Education for Scotland (NES), NMAHP Development Framework, "Pillars of practice" level descriptors.

HTML (hand-written, frameworks.nes.digital-style chrome: skip link, cookie banner, NES/NHS Scotland header with
site title, primary nav, breadcrumb, in-page contents aside, "Print this page", "Page last reviewed", footer with
links and copyright, gtag and site scripts). Main content: an intro, then one h2 per pillar of practice with a
definition paragraph and, per career level, one running paragraph that opens with the level name in bold
("<strong>Level 5 \u2013 Practitioner:</strong> ..."), printed low to high (Level 5 ... Level 8).
"""
import html

import helpers as H

STEM = "nes-nmahp-pillars-of-practice"
TITLE = "Pillars of practice: level descriptors"

LEVELS = ["Level 5 \u2013 Practitioner", "Level 6 \u2013 Senior Practitioner", "Level 7 \u2013 Advanced Practitioner",
          "Level 8 \u2013 Consultant Practitioner"]

PILLARS = [
    ("Facilitating Learning", "facilitating-learning",
     "The knowledge, skills and behaviours needed to support and enable effective learning in the workplace, for "
     "yourself, for colleagues and learners, and for the people who use services and their carers.",
     ["You take responsibility for your own learning and keep a record of your continuing professional "
      "development. You support students, healthcare support workers and new staff in the practice setting, act "
      "as a role model and share your knowledge with people who use services in a way they can understand.",
      "You identify the learning needs of your team and help plan how they will be met. You act as a practice "
      "educator or supervisor, give constructive feedback, and contribute to the induction and assessment of "
      "learners. You use reflective practice to improve your own performance and that of others.",
      "You design, deliver and evaluate education for individuals and teams in your area of advanced practice. "
      "You work with education providers to shape programmes, support colleagues through complex learning and "
      "create a learning culture in which practice is questioned and improved.",
      "You lead education strategy across services or organisations. You influence curricula and workforce "
      "development at a regional or national level, develop other educators, and ensure that learning is "
      "evaluated against its effect on the care people receive."]),
    ("Leadership", "leadership",
     "The knowledge, skills and behaviours needed to lead people and services, to manage resources and to "
     "fulfil management responsibilities with integrity.",
     ["You manage your own workload and that of others you supervise, working within policies and procedures. "
      "You communicate clearly with the team, raise concerns about standards of care, and contribute to "
      "improvements in your area.",
      "You lead a team or shift, delegate appropriately and support team members to perform well. You deal "
      "with conflict early, manage resources effectively and take part in service improvement projects.",
      "You provide clinical leadership across a service, lead change and improvement work, and influence "
      "decisions beyond your immediate team. You manage risk, build partnerships with other professions and "
      "agencies, and support the development of future leaders.",
      "You provide strategic leadership across organisational and professional boundaries. You shape policy, "
      "lead the redesign of services, and are accountable for the quality and safety of care at a system "
      "level."]),
    ("Evidence, Research and Development", "evidence-research-and-development",
     "The knowledge, skills and behaviours needed to find, appraise and use evidence to inform practice, and to "
     "contribute to research and the development of services.",
     ["You use evidence-based guidelines and policies in your practice and can explain to others where they "
      "come from. You take part in audit and data collection and share what you learn with the team.",
      "You search for and critically appraise evidence relevant to your area, lead audits, and use the findings "
      "to change practice. You encourage colleagues to ask questions about current practice.",
      "You lead the evaluation of services and practice developments, contribute to research projects and "
      "publish or present findings. You translate complex evidence into practical guidance for others.",
      "You lead and secure funding for research programmes, build research capacity within and across "
      "organisations, and ensure that new evidence is used to shape services and policy."]),
]

HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pillars of practice: level descriptors | NMAHP Development Framework | NHS Education for Scotland</title>
<meta name="description" content="Level descriptors for the four pillars of practice of the NMAHP Development Framework.">
<link rel="stylesheet" href="/assets/css/nes-frameworks.min.css?v=4.2.1">
<link rel="icon" href="/assets/img/favicon.ico">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-NESFW0001"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-NESFW0001', { 'anonymize_ip': true });
</script>
</head>
"""

TOP = """<body class="page-template page-pillars">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use cookies to make this site work and to understand how it is used. <a href="/cookies">Read our cookie policy</a>.</p>
  <button type="button" class="btn btn-primary" data-cookie="accept">Accept all cookies</button>
  <button type="button" class="btn btn-secondary" data-cookie="reject">Reject optional cookies</button>
</div>
<header class="site-header">
  <div class="container">
    <a class="site-logo" href="https://www.nes.scot.nhs.uk/"><img src="/assets/img/nes-logo.svg" alt="NHS Education for Scotland"></a>
    <span class="site-title"><a href="/nmahp-development-framework/">NMAHP Development Framework</a></span>
    <form class="site-search" action="/search" role="search"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search" placeholder="Search this framework"><button type="submit">Search</button></form>
  </div>
  <nav class="primary-nav" aria-label="Primary">
    <ul>
      <li><a href="/nmahp-development-framework/">Home</a></li>
      <li><a href="/nmahp-development-framework/about/">About the framework</a></li>
      <li><a href="/nmahp-development-framework/levels-of-practice/">Levels of practice</a></li>
      <li class="active"><a href="/nmahp-development-framework/pillars-of-practice/">Pillars of practice</a></li>
      <li><a href="/nmahp-development-framework/using-the-framework/">Using the framework</a></li>
      <li><a href="/nmahp-development-framework/resources/">Resources</a></li>
    </ul>
  </nav>
</header>
<div class="container">
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="https://www.nes.scot.nhs.uk/">NES</a></li>
      <li><a href="/nmahp-development-framework/">NMAHP Development Framework</a></li>
      <li aria-current="page">Pillars of practice</li>
    </ol>
  </nav>
  <div class="row">
    <aside class="col-3 on-this-page" aria-label="On this page">
      <h2 class="on-this-page__title">On this page</h2>
      <ul>
{toc}
      </ul>
    </aside>
    <main id="main-content" class="col-9">
      <h1>{title}</h1>
      <p class="lead">The framework describes the knowledge, skills and behaviours expected of nurses, midwives and allied health professionals at each level of practice, across four pillars. The clinical practice pillar is set out in the specialty frameworks; the other three pillars are described below.</p>
      <p>Use the descriptors to identify the level at which you are working now and to plan your development towards the next level. The levels are cumulative: each builds on the level below.</p>
"""

BOTTOM = """      <div class="page-actions">
        <button type="button" class="btn btn-link" onclick="window.print()">Print this page</button>
        <a class="btn btn-link" href="/nmahp-development-framework/pillars-of-practice/feedback/">Give feedback about this page</a>
      </div>
      <p class="page-reviewed">Page last reviewed: 14 March 2025<br>Next review due: 14 March 2027</p>
    </main>
  </div>
</div>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links">
      <li><a href="/accessibility/">Accessibility</a></li>
      <li><a href="/privacy/">Privacy</a></li>
      <li><a href="/cookies/">Cookies</a></li>
      <li><a href="https://www.nes.scot.nhs.uk/contact-us/">Contact us</a></li>
    </ul>
    <p>&copy; NHS Education for Scotland 2025. You can copy or reproduce the information in this resource for use within NHSScotland and for non-commercial educational purposes.</p>
  </div>
</footer>
<script src="/assets/js/jquery-3.7.1.min.js"></script>
<script src="/assets/js/nes-frameworks.min.js?v=4.2.1"></script>
<script>document.getElementById('cookie-banner').hidden = (document.cookie.indexOf('nes_consent=') !== -1);</script>
</body>
</html>
"""


def render(path):
    esc = html.escape
    toc = "\n".join(f'        <li><a href="#{anchor}">{esc(name)}</a></li>' for name, anchor, _d, _l in PILLARS)
    out = [HEAD, TOP.replace("{toc}", toc).replace("{title}", esc(TITLE))]
    for name, anchor, definition, texts in PILLARS:
        out.append(f'      <section class="pillar" id="{anchor}">\n        <h2>{esc(name)}</h2>\n'
                   f'        <p>{esc(definition)}</p>\n')
        for label, text in zip(LEVELS, texts):
            out.append(f"        <p><strong>{esc(label)}:</strong> {esc(text)}</p>\n")
        out.append('        <p class="back-to-top"><a href="#main-content">Back to top</a></p>\n      </section>\n')
    out.append(BOTTOM)
    path.write_text("".join(out), encoding="utf-8")


def gold(path):
    comps = []
    for name, _anchor, definition, texts in PILLARS:
        lv = [H.level(i + 1, label, [H.item(STEM, t)]) for i, (label, t) in enumerate(zip(LEVELS, texts))]
        comps.append(H.competency(STEM, name, definition, levels=lv))
    H.write_gold(path, "html", TITLE, comps)


def build():
    path = H.DOCS / f"{STEM}.html"
    render(path)
    gold(path)

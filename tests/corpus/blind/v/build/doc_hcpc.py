"""Health and Care Professions Council (HCPC, UK statutory regulator): Standards of proficiency -
Paramedics (standards effective 1 September 2023), web page excerpt with site chrome and an accordion.

Layout: hcpc-uk.org-style page: skip link, cookie banner, header with logo text, search, main navigation,
breadcrumbs, H1, intro paragraphs, an "On this page" box, an "Expand all" button and one accordion item per
standard (<h3><button aria-expanded> "1. Practise safely ..."</button></h3> + hidden panel holding the lead
"Registrant paramedics must:" and a list whose items start with the number "1.1" in a <span>), a download
link, "Page updated on", feedback widget, footer columns, scripts. Excerpt: standards 1-5 of 15.
"""
import html

import vcommon as C

STEM = "hcpc-standards-of-proficiency-paramedics"
TITLE = "Paramedics"

STANDARDS = [
    ("1", "Practise safely and effectively within their scope of practice", [
        "identify where the limits of their practice lie and know when to seek advice or refer to another professional or service",
        "recognise the need to manage their own workload and resources safely and effectively, including the emotional load of working in a pressured environment",
        "keep their skills and knowledge up to date and understand why continuing professional development matters throughout their career",
    ]),
    ("2", "Practise within the legal and ethical boundaries of their profession", [
        "maintain high standards of personal and professional conduct",
        "promote and protect the interests of service users at all times",
        "understand the importance of safeguarding, actively look for signs of abuse, and take part in the relevant safeguarding processes where necessary",
        "understand what the HCPC expects of them, including, but not limited to, the Standards of conduct, performance and ethics",
        "respect and uphold the rights, dignity, values and autonomy of service users, including their part in assessment, diagnosis and treatment",
        "understand the importance of valid consent and be able to obtain it",
        "understand the importance of capacity when delivering care and treatment",
        "understand the scope of a professional duty of care and exercise that duty",
        "recognise the power imbalance that comes with being a health and care professional, and make sure they do not abuse it for personal gain",
    ]),
    ("3", "Look after their health and wellbeing, seeking appropriate support where necessary", [
        "recognise anxiety and stress in themselves and the effect these may have on their practice",
        "understand how their own mental and physical health and wellbeing strategies help them to stay fit to practise",
        "know how to act if their health may affect their ability to practise safely and effectively, including asking for help and support when needed",
        "develop and use clear strategies for physical and mental self-care and self-awareness, so as to keep up a high standard of professional effectiveness and a safe working environment",
    ]),
    ("4", "Practise as an autonomous professional, exercising their own professional judgement", [
        "recognise that they are personally responsible for their decisions and actions and must be able to justify them",
        "use their skills, knowledge and experience, and the information available to them, to make informed decisions and take action where necessary",
        "make reasoned decisions to start, continue, change or stop treatment or the use of techniques or procedures, and record those decisions and the reasoning behind them",
        "make and take part in decisions in the pre-hospital and out-of-hospital environment, including about conveyance, discharge and referral",
        "be able to initiate resolution of issues and to exercise personal initiative",
        "understand the importance of taking part in training, supervision and mentoring",
    ]),
    ("5", "Recognise the impact of culture, equality and diversity on practice and practise in a non-discriminatory and inclusive manner", [
        "respond appropriately to the needs of all groups and individuals in practice, recognising that these can be affected by difference of any kind",
        "understand equality legislation and apply it to their practice",
        "recognise the potential effect of their own values, beliefs and personal biases, which may be unconscious, on practice, and take steps to ensure that all service users are treated fairly",
        "recognise the characteristics and consequences of barriers to inclusion, including for socially isolated groups",
        "actively challenge these barriers, supporting the changes needed to improve the experience and outcomes of service users",
    ]),
]


def page():
    e = html.escape
    acc = []
    for num, title, items in STANDARDS:
        lis = "\n".join(
            f'            <li><span class="sop__number">{num}.{i + 1}</span> {e(t)}</li>'
            for i, t in enumerate(items))
        acc.append(f"""      <div class="accordion__item">
        <h3 class="accordion__heading">
          <button class="accordion__trigger" type="button" aria-expanded="false" aria-controls="standard-{num}" id="standard-{num}-trigger">
            <span class="accordion__title">{num}. {e(title)}</span>
            <span class="accordion__icon" aria-hidden="true">+</span>
          </button>
        </h3>
        <div class="accordion__panel" id="standard-{num}" role="region" aria-labelledby="standard-{num}-trigger" hidden>
          <p>Registrant paramedics must:</p>
          <ul class="sop-list">
{lis}
          </ul>
        </div>
      </div>""")
    acc_html = "\n".join(acc)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Paramedics | The HCPC</title>
  <meta name="description" content="The standards of proficiency for paramedics set out what a student must know, understand and be able to do by the time they have completed their training.">
  <link rel="stylesheet" href="/static/css/main.min.css?v=4.2.1">
  <link rel="icon" href="/static/img/favicon.ico">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-HCPC00000"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-HCPC00000');</script>
</head>
<body class="page page--standard">
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookie consent">
    <p>We use cookies to make our website work and to understand how you use it. <a href="/cookies/">Read our cookie policy</a>.</p>
    <button type="button" class="btn btn--small" data-cookie="accept">Accept all cookies</button>
    <button type="button" class="btn btn--small btn--secondary" data-cookie="reject">Reject non-essential cookies</button>
  </div>
  <header class="site-header">
    <div class="container site-header__inner">
      <a class="site-header__logo" href="/"><span class="visually-hidden">Health and Care Professions Council home page</span><img src="/static/img/hcpc-logo.svg" alt="HCPC logo"></a>
      <ul class="site-header__utility">
        <li><a href="/registration/your-online-account/">Log in to your online account</a></li>
        <li><a href="/check-the-register/">Check the Register</a></li>
        <li><a href="/contact-us/">Contact us</a></li>
      </ul>
      <form class="site-search" action="/search/" method="get" role="search">
        <label for="q" class="visually-hidden">Search this site</label>
        <input type="search" id="q" name="q" placeholder="Search">
        <button type="submit">Search</button>
      </form>
    </div>
    <nav class="main-nav" aria-label="Main">
      <ul class="container">
        <li><a href="/registration/">Registration</a></li>
        <li><a href="/standards/" aria-current="true">Standards</a></li>
        <li><a href="/education/">Education</a></li>
        <li><a href="/concerns/">Concerns</a></li>
        <li><a href="/employers/">Employers</a></li>
        <li><a href="/public/">Public</a></li>
        <li><a href="/about-us/">About us</a></li>
        <li><a href="/news-and-events/">News and events</a></li>
      </ul>
    </nav>
  </header>
  <div class="container">
    <nav class="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        <li><a href="/">Home</a></li>
        <li><a href="/standards/">Standards</a></li>
        <li><a href="/standards/standards-of-proficiency/">Standards of proficiency</a></li>
        <li aria-current="page">Paramedics</li>
      </ol>
    </nav>
  </div>
  <main id="main-content" class="container main">
    <div class="layout layout--sidebar">
      <article class="content">
        <p class="eyebrow">Standards of proficiency</p>
        <h1>Paramedics</h1>
        <p class="lead">The standards of proficiency set out the knowledge, understanding and skills a paramedic needs to practise safely and effectively. Every paramedic must meet them to register with us, and keep meeting them to stay on the Register.</p>
        <p>These standards came into effect on 1 September 2023. They replace the standards published in 2014. The standards are the threshold standards for safe and effective practice; they are not a description of what all paramedics will do in their day-to-day work.</p>
        <h2 id="introduction">Introduction</h2>
        <p>The standards are written around fifteen generic statements that apply to all the professions we regulate. Under each statement, the numbered standards describe what a registrant paramedic must be able to do. Where a standard refers to service users, it means anyone affected by the paramedic's practice.</p>
        <h2 id="the-standards">The standards of proficiency for paramedics</h2>
        <div class="accordion" data-accordion>
          <button type="button" class="accordion__toggle-all" data-accordion-toggle>Expand all</button>
{acc_html}
        </div>
        <h2 id="download">Download the standards</h2>
        <p><a class="download" href="/globalassets/standards/standards-of-proficiency/reviewing/paramedics---new-standards.pdf">Standards of proficiency - Paramedics (PDF, 412KB)</a></p>
        <p class="page-updated">Page updated on: 01/09/2023</p>
      </article>
      <aside class="sidebar">
        <nav class="on-this-page" aria-label="On this page">
          <h2>On this page</h2>
          <ul>
            <li><a href="#introduction">Introduction</a></li>
            <li><a href="#the-standards">The standards of proficiency for paramedics</a></li>
            <li><a href="#download">Download the standards</a></li>
          </ul>
        </nav>
        <div class="related">
          <h2>Related</h2>
          <ul>
            <li><a href="/standards/standards-of-conduct-performance-and-ethics/">Standards of conduct, performance and ethics</a></li>
            <li><a href="/standards/standards-of-continuing-professional-development/">Standards of continuing professional development</a></li>
            <li><a href="/standards/standards-relevant-to-education-and-training/">Standards of education and training</a></li>
          </ul>
        </div>
      </aside>
    </div>
    <section class="feedback" aria-label="Page feedback">
      <h2>Was this page helpful?</h2>
      <button type="button" data-feedback="yes">Yes</button>
      <button type="button" data-feedback="no">No</button>
    </section>
  </main>
  <footer class="site-footer">
    <div class="container site-footer__columns">
      <div>
        <h2>About the HCPC</h2>
        <ul>
          <li><a href="/about-us/who-we-are/">Who we are</a></li>
          <li><a href="/about-us/corporate-governance/">Corporate governance</a></li>
          <li><a href="/about-us/careers/">Careers</a></li>
        </ul>
      </div>
      <div>
        <h2>Using this site</h2>
        <ul>
          <li><a href="/accessibility/">Accessibility</a></li>
          <li><a href="/privacy-notice/">Privacy notice</a></li>
          <li><a href="/cookies/">Cookies</a></li>
          <li><a href="/terms-of-use/">Terms of use</a></li>
        </ul>
      </div>
      <div>
        <h2>Contact</h2>
        <p>Health and Care Professions Council<br>Park House, 184-186 Kennington Park Road<br>London SE11 4BU</p>
        <p>Telephone: 0300 500 6184</p>
      </div>
    </div>
    <p class="container site-footer__copyright">&copy; 2023 Health and Care Professions Council</p>
  </footer>
  <script src="/static/js/vendor/jquery-3.6.0.min.js"></script>
  <script src="/static/js/accordion.js?v=4.2.1"></script>
  <script>
    document.querySelectorAll('[data-accordion-toggle]').forEach(function (btn) {{
      btn.addEventListener('click', function () {{
        var open = btn.textContent.trim() === 'Expand all';
        btn.closest('[data-accordion]').querySelectorAll('.accordion__trigger').forEach(function (t) {{
          t.setAttribute('aria-expanded', open);
          document.getElementById(t.getAttribute('aria-controls')).hidden = !open;
        }});
        btn.textContent = open ? 'Collapse all' : 'Expand all';
      }});
    }});
  </script>
</body>
</html>
"""


def gold(doc_id):
    return [C.competency(title, doc_id, definition=None,
                         indicators=[C.item(doc_id, t) for t in items])
            for num, title, items in STANDARDS]


def build():
    out = C.DOCS / f"{STEM}.html"
    out.write_text(page(), encoding="utf-8")
    return C.write_gold(STEM, out.name, "html", TITLE, gold(STEM))


if __name__ == "__main__":
    print(build())

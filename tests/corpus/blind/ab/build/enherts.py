"""enherts-leadership-behaviours.html: East and North Hertfordshire NHS Trust, Careers > Working with
us > Leadership, the LEND leadership behaviours (hand-written HTML).

Layout modelled on enherts-tr.nhs.uk: NHS trust website chrome (cookie banner, NHS logo and trust name,
utility links, main navigation, search, breadcrumb, "In this section" side menu, footer with hospital
address and switchboard, policy links, scripts). Content: two intro paragraphs, the sentence introducing
the LEND behaviours, then four <h3> headings (Listen, Empower, Nurture, Deliver) each over a <ul> of five
behaviour statements, no definitions and no levels; then a "Leadership development" section with
programme links."""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "enherts-leadership-behaviours"
NAME = STEM + ".html"

LEND = [
    ("Listen", [
        "Shows attentiveness through responses, confirmation and questions, so that others know they have "
        "been heard, and actively seeks understanding and agreement.",
        "Builds the trust that real dialogue depends on and is ready to have own views and ideas "
        "challenged as other opinions, options and opportunities are explored.",
        "Creates a culture in which mistakes and errors are talked about, learning is valued, new ways to "
        "improve are encouraged and praise is given generously.",
        "Looks to improve by staying open to staff, patients, stakeholders, local organisations, "
        "communities, research and new experiences, within healthcare and beyond it.",
        "Stays resilient under pressure and, when challenged, can change a decision with humility while "
        "remaining committed to doing what is right for high quality, compassionate care."]),
    ("Empower", [
        "Delegates with confidence, knowing that this builds the confidence of others, and gives staff the "
        "support they need while these learning opportunities stretch them.",
        "Uses knowledge, wisdom, emotional intelligence and people skills to judge how much responsibility "
        "someone can take on, and sets clear expectations and boundaries",
        "Makes sure staff have the competence and confidence to take on new challenges and tasks, and that "
        "the right processes, procedures, training and structures are in place to support them.",
        "Gives clarity about agreed objectives and expected performance, provides regular feedback and "
        "develops people as needed, while avoiding micro-management.",
        "Manages the anxiety that can come when self and others have more autonomy and wider roles, with "
        "accountability for decisions, objectives and performance."]),
    ("Nurture", [
        "Supports the health and wellbeing of all staff and recognises the pressures they work under.",
        "Takes time to get to know team members, their strengths and their aspirations.",
        "Encourages learning and development and makes time for career conversations.",
        "Treats people fairly and inclusively, values difference and challenges discrimination.",
        "Recognises and celebrates the contributions of individuals and teams."]),
    ("Deliver", [
        "Sets a clear direction that links to the Trust’s strategy and priorities.",
        "Holds self and others to account for delivering safe, high quality care and agreed standards.",
        "Uses data and evidence to monitor performance and drive improvement.",
        "Makes timely decisions and sees them through.",
        "Works across teams and organisations to remove barriers to delivery."]),
]

HEAD = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Leadership - East and North Hertfordshire NHS Trust</title>
<link rel="stylesheet" href="/wp-content/themes/enherts/assets/css/app.css?v=2.8.3">
<link rel="icon" href="/wp-content/themes/enherts/assets/img/favicon.ico">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7JQ4D2XW1N"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7JQ4D2XW1N', { 'anonymize_ip': true });
</script>
</head>
<body class="page-template-default page page-id-2291 page-child parent-pageid-2270">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <div class="wrapper">
    <h2>Cookies on our website</h2>
    <p>We use some essential cookies to make this website work. We would also like to set analytics cookies to help us understand how you use the site.</p>
    <button class="btn btn--primary js-cookie-accept">Accept analytics cookies</button>
    <button class="btn btn--secondary js-cookie-reject">Reject analytics cookies</button>
  </div>
</div>
<a class="skip-link" href="#maincontent">Skip to main content</a>
<header class="site-header" role="banner">
  <div class="wrapper site-header__inner">
    <a class="site-header__logo" href="/" aria-label="East and North Hertfordshire NHS Trust homepage">
      <span class="nhs-logo" aria-hidden="true">NHS</span>
      <span class="site-header__org">East and North Hertfordshire<br>NHS Trust</span>
    </a>
    <ul class="site-header__utility">
      <li><a href="/contact-us/">Contact us</a></li>
      <li><a href="/accessibility/">Accessibility</a></li>
      <li><a href="#" class="js-translate">Translate</a></li>
    </ul>
    <form class="site-search" action="/" role="search">
      <label class="visually-hidden" for="search-field">Search this website</label>
      <input id="search-field" name="s" type="search" placeholder="Search">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="site-nav" aria-label="Primary navigation">
    <div class="wrapper">
      <ul>
        <li><a href="/our-services/">Our hospitals and services</a></li>
        <li><a href="/patients-and-visitors/">Patients and visitors</a></li>
        <li class="is-active"><a href="/careers/">Careers</a></li>
        <li><a href="/get-involved/">Get involved</a></li>
        <li><a href="/about-us/">About us</a></li>
        <li><a href="/news/">News</a></li>
      </ul>
    </div>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <div class="wrapper">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/careers/">Careers</a></li>
      <li><a href="/careers/working-with-us/">Working with us</a></li>
      <li aria-current="page">Leadership</li>
    </ol>
  </div>
</nav>
<div class="wrapper layout">
<main id="maincontent" class="layout__main">
<h1>Leadership</h1>
<p>Good leadership at every level is central to the safe, high quality and compassionate care we want for every patient. Whether you lead a ward, a department or a corporate service, we will support you to grow as a leader throughout your career with us.</p>
<p>Our leadership approach is rooted in the Trust’s values and in the feedback our staff give us about what good leadership looks like day to day.</p>
<p>We expect every leader across the Trust to show, promote and encourage our LEND behaviours, and to build an environment in which people feel comfortable speaking out. The behaviours are:</p>
"""

FOOT = """<h2>Leadership development</h2>
<p>We offer a range of programmes for new and experienced leaders, delivered with our partners in the Hertfordshire and West Essex Integrated Care System.</p>
<ul class="link-list">
  <li><a href="/careers/working-with-us/leadership/leadership-essentials/">Leadership Essentials</a></li>
  <li><a href="/careers/working-with-us/leadership/senior-leaders-programme/">Senior Leaders Programme</a></li>
  <li><a href="/careers/working-with-us/leadership/coaching-and-mentoring/">Coaching and mentoring</a></li>
</ul>
<p class="page-updated">Page last reviewed: 14 March 2025</p>
</main>
<aside class="layout__aside" aria-labelledby="in-this-section">
  <h2 id="in-this-section">In this section</h2>
  <ul>
    <li><a href="/careers/working-with-us/our-values/">Our values</a></li>
    <li><a href="/careers/working-with-us/staff-benefits/">Staff benefits</a></li>
    <li class="is-current"><a href="/careers/working-with-us/leadership/">Leadership</a></li>
    <li><a href="/careers/working-with-us/education-and-training/">Education and training</a></li>
    <li><a href="/careers/working-with-us/health-and-wellbeing/">Health and wellbeing</a></li>
  </ul>
</aside>
</div>
<footer class="site-footer" role="contentinfo">
  <div class="wrapper site-footer__inner">
    <div class="site-footer__col">
      <h2>Lister Hospital</h2>
      <p>Coreys Mill Lane<br>Stevenage<br>Hertfordshire<br>SG1 4AB</p>
      <p>Switchboard: 01438 314333</p>
    </div>
    <div class="site-footer__col">
      <ul>
        <li><a href="/about-us/freedom-of-information/">Freedom of information</a></li>
        <li><a href="/privacy-notice/">Privacy notice</a></li>
        <li><a href="/modern-slavery-statement/">Modern slavery statement</a></li>
        <li><a href="/cookies/">Cookies</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <ul class="social">
        <li><a href="https://twitter.com/enherts_nhs">X (Twitter)</a></li>
        <li><a href="https://www.facebook.com/ENHertsNHS">Facebook</a></li>
        <li><a href="https://www.linkedin.com/company/east-and-north-hertfordshire-nhs-trust">LinkedIn</a></li>
      </ul>
    </div>
  </div>
  <p class="site-footer__legal">&copy; East and North Hertfordshire NHS Trust</p>
</footer>
<script src="/wp-content/themes/enherts/assets/js/app.js?v=2.8.3"></script>
</body>
</html>
"""


def build():
    out = [HEAD]
    for name, bullets in LEND:
        out.append(f"<h3>{name}</h3>\n<ul>\n")
        out += [f"  <li>{html.escape(b, quote=False)}</li>\n" for b in bullets]
        out.append("</ul>\n")
    out.append(FOOT)
    (H.DOCS / NAME).write_text("".join(out), encoding="utf-8")


def gold():
    cs = [H.comp(name, STEM, None, indicators=H.items(bullets, STEM)) for name, bullets in LEND]
    return H.write_gold(STEM, NAME, "html", "Leadership", cs)


if __name__ == "__main__":
    build()
    print(gold())

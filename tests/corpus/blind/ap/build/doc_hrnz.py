"""HRNZ (Human Resources Institute of New Zealand): "Competency Framework– Kahikatea Ka Taea" page.

Drupal-style page: "Skip to main content", cookie notice, header with member login, main nav,
breadcrumb, inline-labelled bullets ("Personal credibility: ...") for the competency areas,
a framework-wide career-level scale (h3 per level, "Focus:/Performance:/Challenges:" bullets),
related-pages sidebar, footer. Source quirks kept: the missing space in the h1, and the
heading that says "four areas" over a sentence that says "five main areas"."""

FILE = "hrnz-competency-framework-kahikatea.html"

AREAS = [
    ("Personal credibility", "Earn the trust and credibility of all the main stakeholders."),
    ("Business technology", "Understand the general technologies that drive the business."),
    ("Business knowledge", "Understand how the business operates and makes its money."),
    ("Strategic contribution",
     "Understand how HR policies and practices add to the long-term performance of the business."),
]


def page():
    areas = "".join(f"            <li><strong>{n}:</strong> {d}</li>\n" for n, d in AREAS)
    return f'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<title>Competency Framework– Kahikatea Ka Taea | HRNZ</title>
<link rel="stylesheet" media="all" href="/themes/custom/hrnz/css/style.css?s1x2k3">
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-0000000-1"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}};gtag("js",new Date());gtag("config","UA-0000000-1");</script>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="eu-cookie-compliance-banner" role="dialog" aria-describedby="popup-text">
  <div id="popup-text"><p>We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent for us to set cookies.</p></div>
  <button type="button" class="agree-button">OK, I agree</button> <button type="button" class="find-more-button">No, give me more info</button>
</div>
<div class="dialog-off-canvas-main-canvas">
  <header class="site-header" role="banner">
    <div class="header-top">
      <ul class="menu menu--account">
        <li><a href="/user/login">Member login</a></li>
        <li><a href="/membership/join">Join HRNZ</a></li>
        <li><a href="/cart">Cart (0)</a></li>
      </ul>
    </div>
    <a href="/" rel="home" class="site-logo"><img src="/themes/custom/hrnz/logo.svg" alt="Home"></a>
    <nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="main-nav">
      <h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
      <ul class="menu">
        <li><a href="/about-hrnz">About HRNZ</a></li>
        <li><a href="/membership">Membership</a></li>
        <li class="menu-item--active-trail"><a href="/professional-development">Professional Development</a></li>
        <li><a href="/events">Events</a></li>
        <li><a href="/professional-accreditation">Accreditation</a></li>
        <li><a href="/resources">Resources</a></li>
        <li><a href="/contact-us">Contact</a></li>
      </ul>
    </nav>
  </header>
  <div class="region region-breadcrumb">
    <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
      <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
      <ol>
        <li><a href="/">Home</a></li>
        <li><a href="/professional-development">Professional Development</a></li>
        <li>Competency Framework– Kahikatea Ka Taea</li>
      </ol>
    </nav>
  </div>
  <main role="main" class="layout-main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <article role="article" class="node node--type-page node--view-mode-full">
        <h1 class="page-title"><span class="field field--name-title">Competency Framework– Kahikatea Ka Taea</span></h1>
        <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
          <p>The HRNZ professional pathway is built on a competency framework known as Kahikatea, Ka Taea.&nbsp;&nbsp;</p>
          <p style="text-align: center;"><em>"The bellbird can reach the lofty height of the kahikatea"</em></p>
          <p>HRNZ encourages you to grow your professional knowledge and competence to a high standard. Kahikatea, Ka Taea is a framework which:</p>
          <ul>
            <li>sets out the skills (competencies) you need to have<br>&nbsp;</li>
            <li>shows the levels of ability you should have at different stages of your career<br>&nbsp;</li>
            <li>guides your professional development towards becoming a chartered member of HRNZ.</li>
          </ul>
          <h2>Overview: You need competencies in four areas to be effective</h2>
          <p>To be an effective HR practitioner, you need to be skilled in the five main areas listed below. Each of them requires you to understand your organisation&rsquo;s business objectives and needs, so you can apply HR principles in the right way.</p>
          <ul>
{areas}          </ul>
          <h2>You should progress through three levels in your career</h2>
          <p>Depending on the stage of your career, your abilities will be developing, competent, or advanced.</p>
          <h3>Developing practitioners focus on HR delivery and work under supervision</h3>
          <ul>
            <li><strong>Focus:</strong> Learn the HR competencies and apply them at an &lsquo;entry&rsquo; level, with the emphasis on HR delivery.</li>
            <li><strong>Performance:</strong> Work under supervision.</li>
            <li><strong>Challenges:</strong> Handle straightforward challenges. Your decisions have a limited effect on risk, cost and benefit.</li>
          </ul>
          <h3>Competent practitioners work independently</h3>
          <ul>
            <li><strong>Focus:</strong> Apply the HR competencies on your own.</li>
            <li><strong>Performance:</strong> Work independently.</li>
            <li><strong>Challenges:</strong> Handle moderately complex challenges. Your decisions have a medium impact, and you take full responsibility for your own work.</li>
          </ul>
          <h3>Advanced practitioners lead and shape HR practice</h3>
          <ul>
            <li><strong>Focus:</strong> Apply the HR competencies strategically and guide others in using them.</li>
            <li><strong>Performance:</strong> Lead others and set direction.</li>
            <li><strong>Challenges:</strong> Handle complex, ambiguous challenges. Your decisions have a significant impact across the organisation.</li>
          </ul>
          <p>&nbsp;</p>
          <h2>Using the framework</h2>
          <p>Use the framework to review your current practice, plan your professional development and prepare for professional accreditation. If you would like to talk about your pathway, contact our Professional Development team at <a href="mailto:pd@hrnz.org.nz">pd@hrnz.org.nz</a>.</p>
        </div>
      </article>
    </div>
    <aside class="layout-sidebar-second" role="complementary">
      <nav class="menu--sidebar" aria-label="Professional Development">
        <h2>Professional Development</h2>
        <ul>
          <li><a href="/professional-development/courses">Courses and workshops</a></li>
          <li class="is-active"><a href="/professional-development/competency-framework">Competency Framework</a></li>
          <li><a href="/professional-development/cpd-log">CPD log</a></li>
          <li><a href="/professional-development/mentoring">Mentoring programme</a></li>
        </ul>
      </nav>
    </aside>
  </main>
  <footer class="site-footer" role="contentinfo">
    <div class="footer-contact">
      <p><strong>Human Resources Institute of New Zealand</strong><br>PO Box 11-450, Manners Street, Wellington 6142<br>Phone 0800 247 469</p>
    </div>
    <ul class="menu menu--footer">
      <li><a href="/privacy-policy">Privacy policy</a></li>
      <li><a href="/terms-and-conditions">Terms and conditions</a></li>
      <li><a href="/sitemap">Sitemap</a></li>
    </ul>
    <ul class="social">
      <li><a href="https://www.linkedin.com/company/hrnz">LinkedIn</a></li>
      <li><a href="https://www.facebook.com/HRNZ">Facebook</a></li>
    </ul>
    <p>&copy; 2024 Human Resources Institute of New Zealand</p>
  </footer>
</div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=9.5"></script>
</body>
</html>
'''


def build(docs_dir):
    (docs_dir / FILE).write_text(page(), encoding="utf-8")
    return docs_dir / FILE

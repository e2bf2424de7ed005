"""SABPP - Components of the National HR Standards (HR Competency Model page; excerpt: intro and the
Core Competencies section) -> hand-written HTML (WordPress-style page).
"""
import html

import bqlib as L

STEM = "sabpp-hr-competency-model"
DOC = L.DOCS / f"{STEM}.html"
H1 = "Components of the National HR Standards"

INTRO = "The competency model consists of three broad competence areas:"
AREAS = [
    "The four pillars of professionalism make up the base of the \u201chouse\u201d on which professional "
    "HR practice rests.",
    "Five core competencies that HR professionals need to deliver high-quality HR work are its building "
    "blocks.",
    "Five HR capabilities that give HR a strategic impact form the roof.",
]
CORE_P1 = "The five core competencies are the building blocks of the house."
CORE_P2 = "They are the basic competencies every HR professional needs in order to work effectively:"
# (name, separator as printed, definition)
CORE = [
    ("Leadership and Personal Credibility", " - ",
     "Every HR professional needs leadership skills to take the profession forward. HR professionals also "
     "need credibility in their organisations, whatever their level, and that credibility is earned only "
     "by showing a high standard of competence in professional HR work."),
    ("Organisational capability", " -",
     "Understanding how the organisation works, what its culture is and whether it is able to deliver "
     "its strategy, and using that understanding to build the capacity it needs."),
    ("Solution Creation and Implementation", " - ",
     "Designing HR solutions that respond to real business problems and seeing them through to "
     "successful implementation."),
    ("Interpersonal and Communication", " - ",
     "Building constructive relationships and communicating clearly with people at every level, inside "
     "and outside the organisation."),
    ("Citizenship for the Future", " -",
     "HR professionals act as responsible corporate citizens who promote sustainability, diversity and "
     "the well-being of communities beyond the organisation."),
]
OUTRO = "The HR capabilities that form the roof of the model are described on the next page."


def esc(s):
    return html.escape(s, quote=False)


def build():
    areas = "\n".join(f"<li>{esc(a)}</li>" for a in AREAS)
    core = "\n".join(f"<li><strong>{esc(n)}</strong>{esc(sep)}{esc(dfn)}</li>" for n, sep, dfn in CORE)
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Components of the National HR Standards &#8211; SABPP</title>
<link rel='stylesheet' id='wp-block-library-css' href='https://www.sabpp.co.za/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.sabpp.co.za/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' type='text/css' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://www.sabpp.co.za/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.19.2' type='text/css' media='all' />
<script type='text/javascript' src='https://www.sabpp.co.za/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-48213377-1"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'UA-48213377-1');
</script>
</head>
<body class="page-template-default page page-id-2148 ast-page-builder-template elementor-default">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar">
  <div class="ast-container">
    <span class="top-bar-contact">Tel: 011 045 5400 | <a href="mailto:info@sabpp.co.za">info@sabpp.co.za</a></span>
    <span class="top-bar-links"><a href="https://www.sabpp.co.za/my-account/">Member Login</a> | <a href="https://www.sabpp.co.za/register/">Register</a></span>
  </div>
</div>
<header class="site-header" id="masthead" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
  <div class="ast-container">
    <div class="site-branding"><a href="https://www.sabpp.co.za/" rel="home"><img src="https://www.sabpp.co.za/wp-content/uploads/2020/03/SABPP-logo.png" alt="SABPP" width="220" height="70"></a></div>
    <nav class="main-header-menu" aria-label="Site Navigation">
      <ul id="primary-menu" class="menu">
        <li class="menu-item"><a href="https://www.sabpp.co.za/">Home</a></li>
        <li class="menu-item menu-item-has-children"><a href="https://www.sabpp.co.za/about-us/">About Us</a></li>
        <li class="menu-item menu-item-has-children"><a href="https://www.sabpp.co.za/membership/">Membership</a></li>
        <li class="menu-item"><a href="https://www.sabpp.co.za/professional-registration/">Professional Registration</a></li>
        <li class="menu-item current-menu-ancestor"><a href="https://www.sabpp.co.za/product-solutions/">Product Solutions</a></li>
        <li class="menu-item"><a href="https://www.sabpp.co.za/events/">Events</a></li>
        <li class="menu-item"><a href="https://www.sabpp.co.za/knowledge-centre/">Knowledge Centre</a></li>
        <li class="menu-item"><a href="https://www.sabpp.co.za/shop/">Shop</a></li>
        <li class="menu-item"><a href="https://www.sabpp.co.za/contact-us/">Contact Us</a></li>
      </ul>
    </nav>
  </div>
</header>
<div class="page-title-bar">
  <div class="ast-container">
    <div class="ast-breadcrumbs"><a href="https://www.sabpp.co.za/">Home</a> &raquo; <a href="https://www.sabpp.co.za/product-solutions/">Product Solutions</a> &raquo; <span class="last">{esc(H1)}</span></div>
  </div>
</div>
<div id="content" class="site-content">
  <div class="ast-container">
    <div id="primary" class="content-area primary">
      <main id="main" class="site-main">
        <article class="post-2148 page type-page status-publish hentry" id="post-2148">
          <header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(H1)}</h1></header>
          <div class="entry-content clear" itemprop="text">
<div class="elementor-widget-container">
<p>{esc(INTRO)}</p>
<ol>
{areas}
</ol>
<figure class="wp-block-image size-large"><img decoding="async" src="https://www.sabpp.co.za/wp-content/uploads/2021/02/HR-Competency-Model-house.png" alt="The SABPP HR Competency Model house: pillars, core competencies and HR capabilities" width="760" height="540"></figure>
<h2>Core Competencies</h2>
<p>{esc(CORE_P1)}</p>
<p>{esc(CORE_P2)}</p>
<ol>
{core}
</ol>
<p><a href="https://www.sabpp.co.za/product-solutions/hr-capabilities/">{esc(OUTRO)}</a></p>
</div>
          </div>
        </article>
      </main>
    </div>
    <div class="widget-area secondary" id="secondary" role="complementary">
      <div class="sidebar-main">
        <aside class="widget widget_nav_menu"><h2 class="widget-title">Product Solutions</h2>
          <ul class="menu">
            <li><a href="https://www.sabpp.co.za/product-solutions/national-hr-standards/">National HR Standards</a></li>
            <li class="current-menu-item"><a href="https://www.sabpp.co.za/product-solutions/components-of-the-national-hr-standards/">{esc(H1)}</a></li>
            <li><a href="https://www.sabpp.co.za/product-solutions/hr-audits/">HR Audits</a></li>
            <li><a href="https://www.sabpp.co.za/product-solutions/hr-standards-workshops/">HR Standards Workshops</a></li>
            <li><a href="https://www.sabpp.co.za/product-solutions/fact-sheets/">Fact Sheets</a></li>
          </ul>
        </aside>
      </div>
    </div>
  </div>
</div>
<footer class="site-footer" id="colophon">
  <div class="footer-widgets ast-container">
    <div class="footer-col"><h3>SABPP</h3><p>South African Board for People Practices</p><p>The HR professional body and standards setter for South Africa.</p></div>
    <div class="footer-col"><h3>Quick Links</h3>
      <ul><li><a href="https://www.sabpp.co.za/membership/">Become a member</a></li><li><a href="https://www.sabpp.co.za/professional-registration/">Register as an HR professional</a></li><li><a href="https://www.sabpp.co.za/paia-manual/">PAIA Manual</a></li></ul>
    </div>
  </div>
  <div class="ast-small-footer"><div class="ast-container">Copyright &copy; 2024 SABPP | All Rights Reserved</div></div>
</footer>
</div>
<script type='text/javascript' src='https://www.sabpp.co.za/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4' id='astra-theme-js-js'></script>
<script type='text/javascript' src='https://www.sabpp.co.za/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.19.2' id='elementor-frontend-js'></script>
</body>
</html>
"""
    DOC.write_text(page, encoding="utf-8")


def gold():
    doc = STEM
    comps = [L.competency(doc, n, dfn) for n, sep, dfn in CORE]
    L.write_gold(DOC, "html", H1, comps)


if __name__ == "__main__":
    build()
    gold()
    print("built", DOC.name)

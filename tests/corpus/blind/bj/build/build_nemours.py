"""Nemours: culture micro-site page "Competencies" (Squarespace-style hand-written HTML): header with logo and
nav, hero with tagline and "Scroll Down", "Designed by Associates" block, image blocks whose CAPTIONS are visible
text ("Boy in physical therapy" ...), "5 Core Competencies" intro, then five image + h3 + definition blocks in a
grid; footer, cookie banner, scripts. Definitions only: no levels, no indicators."""
from html import escape

import bjlib as L

STEM = "nemours-core-competencies"
HTML = L.DOCS / f"{STEM}.html"
TITLE = "Competencies"

COMPETENCIES = [
    ("Team of nurses", "Cultural Stewardship",
     "Lives our culture by modeling the Standards of Behavior, showing commitment to our Mission and Vision, "
     "making decisions that reflect our Core Values and embracing a mindset of diversity and inclusion."),
    ("Nurse hugging child", "Relationship Management",
     "Builds, maintains and strengthens relationships by consistently showing care and concern for others and "
     "treating everyone with respect."),
    ("Operating room", "Improvement & Quality",
     "Shows depth of knowledge and skill in technical areas, learns from experience and applies that learning in "
     "new ways as circumstances and opportunities change."),
    ("Telehealth", "Effective Communication",
     "Expresses thoughts and ideas clearly through oral, written, visual and non-verbal communication, and "
     "listens in order to gain understanding and perspective."),
    ("Team working together", "Champions Change",
     "Supports innovation and the organizational changes needed to make the organization more effective; starts, "
     "sponsors and carries out change; helps others manage change successfully."),
]


def image_block(caption, n):
    return f'''      <div class="sqs-block image-block" data-block-type="5">
        <figure class="sqs-block-image-figure">
          <img data-src="https://images.squarespace-cdn.com/content/v1/5f1a/img{n}.jpg" alt="{escape(caption)}" loading="lazy">
          <figcaption class="image-caption-wrapper"><div class="image-caption"><p>{escape(caption)}</p></div></figcaption>
        </figure>
      </div>'''


def page():
    grid = "\n".join(f'''    <div class="competency-card col sqs-col-4">
{image_block(cap, i + 3)}
      <div class="sqs-block html-block">
        <h3>{escape(name)}</h3>
        <p>{escape(definition)}</p>
      </div>
    </div>''' for i, (cap, name, definition) in enumerate(COMPETENCIES))
    return f'''<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Competencies &mdash; Welcome to Nemours</title>
<meta property="og:site_name" content="Welcome to Nemours">
<meta property="og:title" content="Competencies">
<link rel="stylesheet" href="https://static1.squarespace.com/static/versioned-site-css/5f1a/12/site.css">
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"websiteId":"5f1a","pageType":2}};</script>
<script src="https://assets.squarespace.com/universal/scripts-compressed/common-vendors.js" defer></script>
</head>
<body class="header-overlay-alignment-center tweak-social-icons-style-solid">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<header id="header" class="header theme-col--primary">
  <div class="header-inner">
    <div class="header-title"><a href="/" class="header-title-logo"><img src="https://images.squarespace-cdn.com/content/v1/5f1a/logo.png" alt="Nemours Children's Health"></a></div>
    <nav class="header-nav" aria-label="Main navigation">
      <div class="header-nav-item"><a href="/">Home</a></div>
      <div class="header-nav-item"><a href="/mission">Mission, Vision &amp; Values</a></div>
      <div class="header-nav-item"><a href="/behavior">Standards of Behavior</a></div>
      <div class="header-nav-item header-nav-item--active"><a href="/competencies" aria-current="page">Competencies</a></div>
      <div class="header-nav-item"><a href="/resources">Resources</a></div>
    </nav>
    <button class="header-burger-btn" aria-label="Open Menu"><span class="burger-inner"></span></button>
  </div>
</header>
<main id="page" class="container" role="main">
  <section class="page-section section-height--large hero" data-section-theme="dark">
    <div class="content-wrapper">
      <h1 class="hero-title">{escape(TITLE)}</h1>
      <p class="sqsrte-large">A common language for consistency, equity and measuring performance.</p>
      <a class="scroll-down" href="#designed">Scroll Down</a>
    </div>
  </section>
  <section class="page-section" id="designed">
    <div class="row sqs-row">
      <div class="col sqs-col-6">
        <div class="sqs-block html-block">
          <h2>Designed by Associates</h2>
          <p>Our five competencies give us a shared understanding of the capabilities, knowledge and behavioral skills that build a culture of shared accountability, ownership and engagement.</p>
        </div>
      </div>
      <div class="col sqs-col-6">
{image_block("Boy in physical therapy", 1)}
{image_block("Pediatric nurses", 2)}
      </div>
    </div>
  </section>
  <section class="page-section">
    <div class="sqs-block html-block">
      <h2>5 Core Competencies</h2>
      <p>Competencies help us name and set expectations for how we live our culture, reach outcomes, create an environment where people feel safe and feel they belong, and hold a standard for accountability.</p>
    </div>
    <div class="row sqs-row competency-grid">
{grid}
    </div>
  </section>
  <section class="page-section cta">
    <div class="sqs-block button-block"><a class="sqs-block-button-element" href="/behavior">See the Standards of Behavior</a></div>
  </section>
</main>
<footer class="sections" id="footer-sections">
  <div class="footer-inner">
    <p>Nemours Children\u2019s Health</p>
    <p><a href="https://www.nemours.org">nemours.org</a> &middot; <a href="/privacy">Privacy Policy</a></p>
    <p>&copy; 2024 The Nemours Foundation. Nemours Children\u2019s Health is a registered trademark of The Nemours Foundation.</p>
  </div>
</footer>
<div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner">
  <p>This website uses cookies to improve your experience.</p>
  <button class="sqs-cookie-banner-v2-accept">Accept</button>
</div>
<script src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
</body>
</html>
'''


def gold():
    return [L.competency(STEM, name, definition) for _cap, name, definition in COMPETENCIES]


def main():
    HTML.write_text(page(), encoding="utf-8")
    L.write_gold(HTML, "html", TITLE, gold())
    print("wrote", HTML)


if __name__ == "__main__":
    main()

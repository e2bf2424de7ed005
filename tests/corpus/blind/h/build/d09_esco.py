"""ESCO (European Skills, Competences, Qualifications and Occupations), skill page "lead a team": HTML.

Europa/ECL page chrome (site header, language selector, menu, breadcrumb, "Share", page feedback, footer,
scripts) around one skill concept: preferred label as <h1>, then labelled blocks (<h2> + content): Description,
Alternative Labels (list), Skill type, Skill reusability level, Broader skills/competences, Narrower
skills/competences, Essential skill/competence of, Optional skill/competence of (occupation links), Concept URI.
"""
import hashlib

import helpers as H

STEM = "esco-skill-lead-a-team"
NAME = "lead a team"
DESCRIPTION = ("Guide, supervise and motivate a group of people so that the expected results are achieved within a "
               "set timeframe and with the resources that have been planned.")
ALT = ["lead teams", "team leading", "direct a team", "head a team", "guide a team", "supervise a team"]
SKILL_TYPE = "skill/competence"
REUSE = "cross-sector skills and competences"
BROADER = ["leading others"]
NARROWER = ["lead a team in fishery services", "lead a team in forestry services", "lead a hospitality team"]
ESSENTIAL_OF = ["call centre supervisor", "production supervisor", "construction site supervisor",
                "laboratory manager", "warehouse manager", "head of kitchen"]
OPTIONAL_OF = ["ICT project manager", "event manager", "museum curator", "sports coach"]
URI = "http://data.europa.eu/esco/skill/7b1c9a2e-4d3f-4c1b-9e0a-2f6c8d5b3a41"


def _uuid(name):
    h = hashlib.md5(name.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def links(names, kind):
    return "\n".join(f'<li><a href="/en/classification/{kind}?uri=http://data.europa.eu/esco/{kind[:-1]}/'
                     f'{_uuid(n)}">{n}</a></li>' for n in names)


def page():
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ESCO - {NAME} | European Commission</title>
<link rel="stylesheet" href="https://cdn1.fpfis.tech.ec.europa.eu/ecl/v3.11.1/ec/styles/ecl-ec.css" crossorigin="anonymous">
<script defer src="https://europa.eu/webtools/load.js?globan=1110" type="text/javascript"></script>
<script type="application/json">{{"utility":"piwik","siteID":"9d6b5c6f-ee3a-4d3c-9e09-0f5b17b4c1b2","sitePath":["esco.ec.europa.eu"]}}</script>
</head>
<body class="ecl">
<a class="ecl-skip-link" href="#main-content">Skip to main content</a>
<header class="ecl-site-header" data-ecl-auto-init="SiteHeader">
  <div class="ecl-site-header__header">
    <div class="ecl-site-header__container ecl-container">
      <a class="ecl-link ecl-site-header__logo-link" href="https://commission.europa.eu/index_en" aria-label="Home - European Commission">
        <img alt="European Commission logo" title="Home - European Commission" class="ecl-site-header__logo-image" src="/themes/esco/logo-ec--en.svg">
      </a>
      <div class="ecl-site-header__action">
        <div class="ecl-site-header__language"><a class="ecl-button ecl-button--ghost" href="#" aria-label="Change language, current language is English">English</a></div>
        <form class="ecl-search-form" role="search" action="/en/search"><label for="search-input" class="ecl-form-label ecl-search-form__label">Search</label><input id="search-input" class="ecl-text-input" type="search" placeholder="Search ESCO"><button class="ecl-button ecl-button--search" type="submit">Search</button></form>
      </div>
    </div>
  </div>
  <div class="ecl-site-header__banner"><div class="ecl-container"><div class="ecl-site-header__site-name">ESCO</div>
  <p class="ecl-site-header__description">European Skills, Competences, Qualifications and Occupations</p></div></div>
  <nav class="ecl-menu" aria-label="Site navigation">
    <ul class="ecl-menu__list">
      <li class="ecl-menu__item"><a href="/en" class="ecl-menu__link">Home</a></li>
      <li class="ecl-menu__item"><a href="/en/about-esco" class="ecl-menu__link">About ESCO</a></li>
      <li class="ecl-menu__item ecl-menu__item--current"><a href="/en/classification" class="ecl-menu__link">Classification</a></li>
      <li class="ecl-menu__item"><a href="/en/use-esco" class="ecl-menu__link">Use ESCO</a></li>
      <li class="ecl-menu__item"><a href="/en/news" class="ecl-menu__link">News and events</a></li>
      <li class="ecl-menu__item"><a href="/en/support" class="ecl-menu__link">Support</a></li>
    </ul>
  </nav>
</header>
<div class="ecl-container">
  <nav class="ecl-breadcrumb" aria-label="You are here:">
    <ol class="ecl-breadcrumb__container">
      <li class="ecl-breadcrumb__segment"><a href="/en" class="ecl-breadcrumb__link">Home</a></li>
      <li class="ecl-breadcrumb__segment"><a href="/en/classification" class="ecl-breadcrumb__link">Classification</a></li>
      <li class="ecl-breadcrumb__segment"><a href="/en/classification/skill_main" class="ecl-breadcrumb__link">Skills</a></li>
      <li class="ecl-breadcrumb__segment ecl-breadcrumb__current-page" aria-current="page">{NAME}</li>
    </ol>
  </nav>
</div>
<main id="main-content" class="ecl-container">
<div class="ecl-row">
<aside class="ecl-col-m-4 classification-tree" aria-label="Skills hierarchy">
  <h2 class="ecl-u-type-heading-4">Skills pillar</h2>
  <ul class="tree">
    <li><a href="#">knowledge</a></li>
    <li><a href="#">language skills and knowledge</a></li>
    <li><a href="#">skills</a></li>
    <li class="tree--open"><a href="#">transversal skills and competences</a>
      <ul><li><a href="#">social and communication skills and competences</a>
        <ul><li class="tree--open"><a href="#">leading others</a></li></ul></li></ul></li>
  </ul>
</aside>
<article class="ecl-col-m-8 concept">
  <div class="concept-header">
    <span class="ecl-label ecl-label--low">Skill</span>
    <h1 class="ecl-page-header__title">{NAME}</h1>
    <div class="view-switch"><a href="?view=condensed">Condensed view</a> | <strong>Full view</strong></div>
  </div>
  <section class="concept-field"><h2>Description</h2>
    <p>{DESCRIPTION}</p></section>
  <section class="concept-field"><h2>Alternative Labels</h2>
    <ul class="alt-labels">
{chr(10).join(f'      <li>{a}</li>' for a in ALT)}
    </ul></section>
  <section class="concept-field"><h2>Skill type</h2><p>{SKILL_TYPE}</p></section>
  <section class="concept-field"><h2>Skill reusability level</h2><p>{REUSE}</p></section>
  <section class="concept-field"><h2>Relationships</h2>
    <h3>Broader skills/competences</h3>
    <ul>{links(BROADER, "skills")}</ul>
    <h3>Narrower skills/competences</h3>
    <ul>{links(NARROWER, "skills")}</ul>
    <h3>Essential skill/competence of</h3>
    <ul>{links(ESSENTIAL_OF, "occupations")}</ul>
    <h3>Optional skill/competence of</h3>
    <ul>{links(OPTIONAL_OF, "occupations")}</ul>
  </section>
  <section class="concept-field"><h2>Concept URI</h2>
    <p><a href="{URI}">{URI}</a></p></section>
  <div class="ecl-social-media-share"><p class="ecl-social-media-share__description">Share this page</p>
    <a href="#" class="ecl-link">Twitter</a> <a href="#" class="ecl-link">LinkedIn</a> <a href="#" class="ecl-link">E-mail</a></div>
</article>
</div>
<section class="page-feedback" aria-label="Feedback"><p>Did you find what you were looking for?</p>
  <button class="ecl-button ecl-button--secondary">Yes</button> <button class="ecl-button ecl-button--secondary">No</button></section>
</main>
<footer class="ecl-site-footer">
  <div class="ecl-container ecl-site-footer__container">
    <div class="ecl-site-footer__section"><a href="/en" class="ecl-link">ESCO</a>
      <p>This site is managed by: Directorate-General for Employment, Social Affairs and Inclusion</p></div>
    <ul class="ecl-site-footer__list">
      <li><a href="/en/contact" class="ecl-link">Contact</a></li>
      <li><a href="https://commission.europa.eu/legal-notice_en" class="ecl-link">Legal notice</a></li>
      <li><a href="https://commission.europa.eu/cookies-policy_en" class="ecl-link">Cookies policy</a></li>
      <li><a href="https://commission.europa.eu/privacy-policy-websites-managed-european-commission_en" class="ecl-link">Privacy policy</a></li>
      <li><a href="/en/accessibility" class="ecl-link">Accessibility</a></li>
    </ul>
  </div>
</footer>
<script src="https://cdn1.fpfis.tech.ec.europa.eu/ecl/v3.11.1/ec/scripts/ecl-ec.js" crossorigin="anonymous"></script>
<script>ECL.autoInit();</script>
</body>
</html>
"""


def build():
    out = H.DOCS / f"{STEM}.html"
    out.write_text(page(), encoding="utf-8")
    notes = [H.item(STEM, f"Skill type: {SKILL_TYPE}"), H.item(STEM, f"Skill reusability level: {REUSE}")]
    notes += H.items(STEM, ESSENTIAL_OF, "Essential skill/competence of")
    notes += H.items(STEM, OPTIONAL_OF, "Optional skill/competence of")
    comp = H.competency(STEM, NAME, DESCRIPTION, key_words=list(ALT), related=BROADER + NARROWER, notes=notes)
    H.write_gold(out, "html", NAME, [comp])


if __name__ == "__main__":
    build()

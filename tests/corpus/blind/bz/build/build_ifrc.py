"""IFRC solutions site: competency page "Movement Fundamental Principles" (Drupal page saved as HTML).

Layout of the real page (solutions.ifrc.org/ar/node/547): title, an empty "Submitted on" line, a one-paragraph
definition, "Why it matters" + paragraph, "Observable behaviours" + lead-in "A person with this competency
typically:" + bullets, "Proficiency levels": first the four level labels side by side (number over name),
then the four level descriptions as one bullet list in the same order. Wording reworded.
"""
from pathlib import Path

import bzlib as L

STEM = "ifrc-movement-fundamental-principles"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Movement Fundamental Principles"

DEFINITION = ("Shows a solid grasp of the Fundamental Principles of the International Red Cross and Red Crescent "
              "Movement and applies them consistently to decisions, conduct, communication and operational "
              "choices\u2014above all when under pressure or when demands pull in different directions. ")
WHY = ("Safeguards the trust, access, acceptance and safety the National Society relies on; strengthens its "
       "credibility with communities, authorities, partners and volunteers; and helps staff work through "
       "ethical dilemmas without drifting from the Movement\u2019s mandate.")
BEHAVIOURS = [
    "Explains the Principles in plain language and checks that colleagues and volunteers have understood them.",
    "Treats the Principles as criteria for deciding, not only as values to quote (e.g., \u201cWhat does "
    "impartiality require of us here?\u201d).",
    "Spots and works through dilemmas (e.g., the pull between neutrality and advocacy, or between independence "
    "and the conditions attached to funding).",
    "Flags and escalates risks to principled action (e.g., reputational risk, perceived bias, political pressure, "
    "conflicts of interest).",
    "Models principled conduct in communication, on social media, in partnerships and in the field.",
    "Applies the Principles consistently across all programmes (not only in emergencies).",
    "Helps others apply the Principles through coaching, briefings and after-action reflection.",
]
LEVELS = [
    ("Level 1", "Working knowledge",
     "Can name and describe the Principles; follows guidance and asks for support when unsure."),
    ("Level 2", "Applied practice",
     "Uses the Principles in everyday decisions and communication; recognizes common risk situations and "
     "responds appropriately."),
    ("Level 3", "Skilled judgement",
     "Applies the Principles in complex or high-pressure contexts; anticipates risks and proposes practical ways "
     "to reduce them."),
    ("Level 4", "Leadership / stewardship",
     "Shapes team practice and policy; coaches others and is consulted on difficult cases across the National "
     "Society."),
]


def render():
    beh = "\n".join(f"            <li>{L.esc(b)}</li>" for b in BEHAVIOURS)
    labels = "\n".join(
        f'            <div class="level-label"><span class="level-label__number">{n}</span>\n'
        f'              <span class="level-label__name">{L.esc(name)}</span></div>' for n, name, _ in LEVELS)
    descs = "\n".join(f"            <li>{L.esc(d)}</li>" for _, _, d in LEVELS)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="HandheldFriendly" content="true" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="canonical" href="https://solutions.ifrc.org/en/node/547" />
    <link rel="alternate" hreflang="ar" href="https://solutions.ifrc.org/ar/node/547" />
    <link rel="icon" href="/themes/custom/ifrc_solutions/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{TITLE} | IFRC Solutions</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Vx2mS8yR1QqM0v3l6gG2fPq0s1bS4N7XkV0.css?delta=0&amp;language=en&amp;theme=ifrc_solutions" />
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_8tQk3nF9bX2wHc7aL1pZ5rT0eV6yM4uJdW0.css?delta=1&amp;language=en&amp;theme=ifrc_solutions" />
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2L9KD1M"></script>
    <script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "G-7QX2L9KD1M", {{"groups":"default","page_placeholder":"PLACEHOLDER_page_location"}});</script>
  </head>
  <body class="path-node page-node-type-competency">
    <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
      <header class="site-header" role="banner">
        <div class="site-branding">
          <a href="/en" rel="home" class="site-logo"><img src="/themes/custom/ifrc_solutions/logo.svg" alt="Home" /></a>
          <div class="site-name"><a href="/en" rel="home">IFRC Solutions</a></div>
          <div class="site-slogan">National Society Development</div>
        </div>
        <nav role="navigation" aria-labelledby="block-main-menu" class="main-nav">
          <h2 class="visually-hidden" id="block-main-menu">Main navigation</h2>
          <ul class="menu">
            <li class="menu-item"><a href="/en">Home</a></li>
            <li class="menu-item"><a href="/en/solutions">Solutions</a></li>
            <li class="menu-item menu-item--active-trail"><a href="/en/competencies">Competencies</a></li>
            <li class="menu-item"><a href="/en/resources">Resources</a></li>
            <li class="menu-item"><a href="/en/about">About</a></li>
          </ul>
        </nav>
        <div class="language-switcher-language-url" role="navigation">
          <ul class="links">
            <li hreflang="en" class="is-active"><a href="/en/node/547" class="language-link is-active" hreflang="en">English</a></li>
            <li hreflang="fr"><a href="/fr/node/547" class="language-link" hreflang="fr">Fran\u00e7ais</a></li>
            <li hreflang="es"><a href="/es/node/547" class="language-link" hreflang="es">Espa\u00f1ol</a></li>
            <li hreflang="ar"><a href="/ar/node/547" class="language-link" hreflang="ar">\u0627\u0644\u0639\u0631\u0628\u064a\u0629</a></li>
          </ul>
        </div>
        <div class="search-block-form" role="search">
          <form action="/en/search/node" method="get" accept-charset="UTF-8">
            <label for="edit-keys" class="visually-hidden">Search</label>
            <input title="Enter the terms you wish to search for." placeholder="Search" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" />
            <input type="submit" value="Search" class="button" />
          </form>
        </div>
      </header>
      <div class="region region-breadcrumb">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
          <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
          <ol>
            <li><a href="/en">Home</a></li>
            <li><a href="/en/competencies">Competencies</a></li>
            <li>{TITLE}</li>
          </ol>
        </nav>
      </div>
      <main role="main">
        <a id="main-content" tabindex="-1"></a>
        <div class="region region-content">
          <div data-drupal-messages-fallback class="hidden"></div>
          <article data-history-node-id="547" class="node node--type-competency node--view-mode-full">
            <h1 class="page-title"><span class="field field--name-title field--type-string">{TITLE}</span></h1>
            <div class="node__meta">
              <span>Submitted on</span> <span class="field field--name-created field--type-created"></span>
            </div>
            <div class="node__content">
              <div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
                <p>{L.esc(DEFINITION)}</p>
              </div>
              <div class="field field--name-field-why-it-matters">
                <h2 class="field__label">Why it matters</h2>
                <div class="field__item"><p>{L.esc(WHY)}</p></div>
              </div>
              <div class="field field--name-field-observable-behaviours">
                <h2 class="field__label">Observable behaviours</h2>
                <div class="field__item">
                  <p>A person with this competency typically:</p>
                  <ul>
{beh}
                  </ul>
                </div>
              </div>
              <div class="field field--name-field-proficiency-levels">
                <h2 class="field__label">Proficiency levels</h2>
                <div class="proficiency-levels">
                  <div class="proficiency-levels__labels">
{labels}
                  </div>
                  <ul class="proficiency-levels__descriptions">
{descs}
                  </ul>
                </div>
              </div>
            </div>
          </article>
        </div>
      </main>
      <footer class="site-footer" role="contentinfo">
        <div class="footer-menu">
          <ul class="menu">
            <li><a href="/en/contact">Contact us</a></li>
            <li><a href="/en/privacy-policy">Privacy policy</a></li>
            <li><a href="/en/terms-of-use">Terms of use</a></li>
          </ul>
        </div>
        <p class="footer-address">International Federation of Red Cross and Red Crescent Societies \u00b7 Chemin des Crets 17, Petit-Saconnex, 1209 Geneva, Switzerland</p>
        <p class="copyright">\u00a9 2025 International Federation of Red Cross and Red Crescent Societies</p>
      </footer>
    </div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"en\\/","currentPath":"node\\/547","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"google_analytics":{{"account":"G-7QX2L9KD1M","trackOutbound":true,"trackMailto":true,"trackTel":true,"trackDownload":true,"trackDownloadExtensions":"7z|aac|arc|arj|asf|asx|avi|bin|csv|doc(x|m)?|dot(x|m)?|exe|flv|gif|gz|gzip|hqx|jar|jpe?g|js|mp(2|3|4|e?g)|mov(ie)?|msi|msp|pdf|phps|png|ppt(x|m)?|pot(x|m)?|pps(x|m)?|ppam|sld(x|m)?|thmx|qtm?|ra(m|r)?|sea|sit|tar|tgz|torrent|txt|wav|wma|wmv|wpd|xls(x|m)?|xlt(x|m)?|xlam|xml|z|zip"}},"user":{{"uid":0,"permissionsHash":"3f1c0e9b7a2d5e8f4c6b1a0d9e7f2c3b5a4d6e8f0a1b2c3d4e5f6a7b8c9d0e1f"}}}}</script>
    <script src="/sites/default/files/js/js_Qh4sW1nB7cX9vL2kP8dR5tY0uE3aM6gJfZ0.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=ifrc_solutions"></script>
  </body>
</html>
"""


def main():
    OUT.write_text(render(), encoding="utf-8")
    g = L.Gold(STEM)
    g.comp(TITLE, DEFINITION,
           indicators=[g.item(b) for b in BEHAVIOURS],
           levels=[g.level(i + 1, f"{n} {name}", [d]) for i, (n, name, d) in enumerate(LEVELS)],
           notes=[g.item(WHY, "Why it matters")])
    g.write(OUT, "html", TITLE)
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()

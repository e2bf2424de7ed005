"""Victorian Public Sector Commission, VPS Capability Framework: one capability page (HTML).

Hand-written page with VPSC-style chrome (skip links, header + mega nav, search, breadcrumb,
"On this page" aside, footer with Acknowledgement of Country, analytics scripts). The capability
name is the h1, its definition an unlabelled paragraph; sections with the page's own wording
("Why this capability matters", "How it looks at each level of proficiency"); the four named
proficiency levels are h3 headings with bullets; "Related capabilities:" line with links.
"""
import lib

STEM = "vpsc-capability-collaboration"
g = lib.G(STEM)

NAME = "Collaboration"
CATEGORY = "Authentic relationships"
DEFINITION = ("Works with others across teams, organisations and sectors to reach shared goals, "
              "building on the different knowledge, experience and perspectives that each person "
              "brings.")
WHY = ("The issues the Victorian public sector deals with rarely sit inside one team or one "
       "organisation. Working well with others lets us pool expertise, avoid duplication and "
       "deliver better outcomes for the Victorian community.")
LEVELS = [
    ("Foundational", [
        "Contributes willingly to team tasks and shares information that others need.",
        "Offers help to colleagues when workloads are high.",
        "Listens to the ideas of others and acknowledges their contribution."]),
    ("Applied", [
        "Builds working relationships with people in other teams to progress shared work.",
        "Invites different views and looks for common ground when opinions differ.",
        "Coordinates own work with others so that effort is not duplicated.",
        "Raises issues that could affect joint work early and openly."]),
    ("Accomplished", [
        "Brings together people from across the organisation to solve shared problems.",
        "Creates opportunities for teams to learn from one another and share resources.",
        "Works through competing interests to reach outcomes that partners can support."]),
    ("Leading", [
        "Sets up partnerships across government and with other sectors to deliver on "
        "priorities for Victorians.",
        "Models collaborative behaviour and removes structural barriers to working together.",
        "Holds others to account for collaborating in ways that reflect the public sector "
        "values."]),
]
RELATED = ["Communication", "Stakeholder management"]


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("’", "&rsquo;"))


def page():
    lv = []
    for label, bullets in LEVELS:
        lis = "\n".join(f"          <li>{esc(b)}</li>" for b in bullets)
        lv.append(f'        <h3 id="{label.lower()}">{label}</h3>\n        <ul>\n{lis}\n        </ul>')
    levels_html = "\n".join(lv)
    rel = ", ".join(f'<a href="/workforce-capability-leadership-and-management/workforce-capability/'
                    f'vps-capability-framework/{r.lower().replace(" ", "-")}/">{r}</a>' for r in RELATED)
    return f"""<!DOCTYPE html>
<html lang="en-AU" class="no-js">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{NAME} - VPS Capability Framework - VPSC</title>
  <meta name="description" content="The {NAME} capability in the VPS Capability Framework.">
  <link rel="stylesheet" href="/wp-content/themes/vpsc/assets/css/main.min.css?ver=4.2.1">
  <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});
  var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;
  f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-VPSC01');</script>
</head>
<body class="page-template-default page capability-page">
  <ul class="skip-links">
    <li><a href="#nav-primary">Skip to Navigation</a></li>
    <li><a href="#search">Skip to Search</a></li>
    <li><a href="#main">Skip to Main Content</a></li>
  </ul>
  <header class="site-header">
    <div class="container">
      <a class="logo" href="/"><img src="/wp-content/themes/vpsc/assets/img/vpsc-logo.svg" alt="VPSC - Victorian Public Sector Commission"></a>
      <form id="search" class="site-search" role="search" action="/">
        <label for="s" class="sr-only">Search</label>
        <input type="search" id="s" name="s" placeholder="Search">
        <button type="submit">Search</button>
      </form>
    </div>
    <nav id="nav-primary" aria-label="Main navigation links">
      <ul class="menu">
        <li><a href="/about-the-public-sector/">About the public sector</a></li>
        <li><a href="/ethics-behaviour-culture/">Ethics, behaviour and culture</a></li>
        <li><a href="/governance/">Governance</a></li>
        <li class="current-menu-ancestor"><a href="/workforce-capability-leadership-and-management/">Workforce capability, leadership and management</a></li>
        <li><a href="/executive-employment/">Executive employment</a></li>
        <li><a href="/data-and-research/">Data and research</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/workforce-capability-leadership-and-management/">Workforce capability, leadership and management</a></li>
      <li><a href="/workforce-capability-leadership-and-management/workforce-capability/">Workforce capability</a></li>
      <li><a href="/workforce-capability-leadership-and-management/workforce-capability/vps-capability-framework/">VPS Capability Framework</a></li>
      <li aria-current="page">{NAME}</li>
    </ol>
  </nav>
  <div class="container layout-sidebar">
    <main id="main" class="content">
      <article>
        <h1>{NAME}</h1>
        <p class="capability-category"><strong>Capability category:</strong> {CATEGORY}</p>
        <p class="lead">{esc(DEFINITION)}</p>
        <h2 id="why">Why this capability matters</h2>
        <p>{esc(WHY)}</p>
        <h2 id="levels">How it looks at each level of proficiency</h2>
{levels_html}
        <p class="related"><strong>Related capabilities:</strong> {rel}</p>
      </article>
      <div class="page-meta">
        <p>Updated: 15 September 2020</p>
        <p><a href="#" onclick="window.print();return false;">Print this page</a></p>
      </div>
    </main>
    <aside class="sidebar">
      <h2>On this page</h2>
      <ul>
        <li><a href="#why">Why this capability matters</a></li>
        <li><a href="#levels">How it looks at each level of proficiency</a></li>
      </ul>
      <h2>Related resources</h2>
      <ul>
        <li><a href="/wp-content/uploads/2020/09/VPS-Capability-Framework.pdf">VPS Capability Framework (PDF, 1.2 MB)</a></li>
        <li><a href="/wp-content/uploads/2020/09/Manager-user-guide.docx">Manager user guide (Word)</a></li>
        <li><a href="/wp-content/uploads/2020/09/Employee-user-guide.docx">Employee user guide (Word)</a></li>
      </ul>
    </aside>
  </div>
  <footer class="site-footer">
    <div class="container">
      <p class="acknowledgement">We acknowledge Aboriginal and Torres Strait Islander people as the Traditional Custodians of the land and acknowledge and pay respect to their Elders, past and present.</p>
      <ul class="footer-links">
        <li><a href="/privacy/">Privacy</a></li>
        <li><a href="/accessibility/">Accessibility</a></li>
        <li><a href="/copyright/">Copyright</a></li>
        <li><a href="/disclaimer/">Disclaimer</a></li>
        <li><a href="/contact-us/">Contact us</a></li>
      </ul>
      <p class="copyright">&copy; State of Victoria (Victorian Public Sector Commission)</p>
    </div>
  </footer>
  <script src="/wp-includes/js/jquery/jquery.min.js?ver=3.5.1"></script>
  <script src="/wp-content/themes/vpsc/assets/js/main.min.js?ver=4.2.1"></script>
</body>
</html>
"""


def build():
    (lib.DOCS / f"{STEM}.html").write_text(page(), encoding="utf-8")
    comp = g.comp(NAME, DEFINITION,
                  levels=[g.lvl(i + 1, lab, bl) for i, (lab, bl) in enumerate(LEVELS)],
                  related=RELATED,
                  notes=[g.it(f"Capability category: {CATEGORY}"),
                         g.it(WHY, "Why this capability matters")])
    g.write("html", f"{NAME} - VPS Capability Framework - VPSC", [comp])


if __name__ == "__main__":
    build()

"""Karmayogi Bharat / iGOT Karmayogi - competency dictionary detail page "People First" (CID0247).

Hand-written server-rendered Angular-style page: GoI strip, app header with nav and search, breadcrumb,
competency card (h1 name, description, "Type:" and "Competency Area:" rows), "Levels" heading and an
<ol> whose five <li> each hold a level title and a nested <ul> of behaviours; "Related learning" widget
placeholder, footer, scripts.
"""
import bglib as L

STEM = "igot-competency-people-first"
TITLE = "People First"

DESCRIPTION = ("A passion for serving people, with special care for the marginalised and the disadvantaged. "
               "Being approachable, welcoming and caring, and rising above personal biases when dealing "
               "with people. Understands what people need and keeps striving to improve services for them.")
TYPE = "Behavioural"
AREA = "Ethos"
LEVELS = [
    ("Responds sensitively to the needs of citizens",
     ["Understands the needs of the marginalised and disadvantaged as well as those of the wider public",
      "Responds promptly, respectfully and helpfully to citizens' requests",
      "Reports issues that affect service delivery to the appropriate authority"]),
    ("Addresses the concerns of all citizens without bias",
     ["Deals with every citizen's concern fairly, irrespective of background",
      "Maintains agreed service levels and flags risks that could affect the community",
      "Recognises the value of affirmative action for the marginalised and disadvantaged"]),
    ("Anticipates the needs of citizens",
     ["Actively seeks information from all sections of the community to understand their needs and "
      "expectations",
      "Remains accessible to citizens and invites their feedback on services",
      "Sets up ways of acting on community feedback about the service provided"]),
    ("Promotes a citizen-centric culture",
     ["Acts as a role model of courteous and responsive public service",
      "Encourages teams to design services around the needs of citizens, particularly the disadvantaged",
      "Involves staff, stakeholders and delivery partners when planning how services will reach the "
      "marginalised"]),
    ("Builds systems that put people first",
     ["Reviews policies and processes from the point of view of the most disadvantaged citizens",
      "Directs resources towards closing gaps in access to public services",
      "Holds the organisation to account for the quality of service delivered to all citizens"]),
]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page():
    lv = []
    for title, behs in LEVELS:
        lis = "\n".join(f'                  <li class="level-behaviour">{esc(b)}</li>' for b in behs)
        lv.append(f"""              <li class="level-item">
                <div class="level-title">{esc(title)}</div>
                <ul class="level-behaviours">
{lis}
                </ul>
              </li>""")
    levels = "\n".join(lv)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>People First | Competency Dictionary | iGOT Karmayogi</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="iGOT Karmayogi competency dictionary: People First">
  <link rel="icon" type="image/x-icon" href="assets/favicon.ico">
  <link rel="stylesheet" href="styles.8f3c1d2a9b7e.css">
  <script>window.__env = {{"portalUrl":"https://portal.igotkarmayogi.gov.in","cdn":"https://d24vdk1019kab6.cloudfront.net"}};</script>
</head>
<body>
  <app-root ng-version="12.2.16">
    <div class="gov-strip">
      <span class="gov-strip__left">Government of India</span>
      <span class="gov-strip__right"><a href="#main">Skip to main content</a> | <a href="/accessibility">Screen reader access</a> | <button class="font-size">A-</button> <button class="font-size">A</button> <button class="font-size">A+</button> | <a href="/hi">हिन्दी</a></span>
    </div>
    <header class="app-header">
      <a class="brand" href="/"><img src="assets/igot-logo.svg" alt="iGOT Karmayogi"></a>
      <nav class="app-nav">
        <a href="/page/home">Home</a>
        <a href="/page/learn">Learn</a>
        <a href="/app/discuss">Discuss</a>
        <a href="/app/network">Network</a>
        <a href="/app/competencies" class="active">Competencies</a>
        <a href="/app/careers">Careers</a>
      </nav>
      <form class="app-search" role="search"><input type="search" placeholder="Search competencies, courses and people" aria-label="Search"></form>
      <a class="login" href="/protected/explore">Sign in</a>
    </header>
    <main id="main" class="competency-detail">
      <nav class="breadcrumbs" aria-label="breadcrumb">
        <a href="/app/competencies">Competency Dictionary</a> <span class="sep">/</span>
        <a href="/app/competencies?type=behavioural">Behavioural</a> <span class="sep">/</span>
        <span class="current">People First</span>
      </nav>
      <section class="card competency-card">
        <h1 class="competency-name">People First</h1>
        <p class="competency-description">{esc(DESCRIPTION)}</p>
        <div class="competency-meta">
          <p class="meta-row"><span class="meta-label">Type:</span> {TYPE}</p>
          <p class="meta-row"><span class="meta-label">Competency Area:</span> {AREA}</p>
        </div>
        <div class="competency-levels">
          <h2 class="section-title">Levels</h2>
          <ol class="level-list">
{levels}
          </ol>
        </div>
      </section>
      <section class="card related-learning">
        <h2 class="section-title">Learn this competency</h2>
        <div class="empty-state">Sign in to see courses and programmes mapped to this competency.</div>
      </section>
    </main>
    <footer class="app-footer">
      <div class="footer-links"><a href="/public/about">About</a> <a href="/public/faq">FAQs</a> <a href="/public/contact">Contact us</a> <a href="/public/tnc">Terms of use</a> <a href="/public/privacy">Privacy policy</a></div>
      <p class="footer-copy">© Karmayogi Bharat. Content owned by the Capacity Building Commission, Government of India.</p>
      <p class="footer-updated">Last updated: 12 July 2023</p>
    </footer>
  </app-root>
  <script src="runtime.5a3b2e1f.js" defer></script>
  <script src="polyfills.9c8d7e6f.js" defer></script>
  <script src="main.1b2c3d4e.js" defer></script>
</body>
</html>
"""


def build():
    out = L.DOCS / f"{STEM}.html"
    out.write_text(page(), encoding="utf-8")
    g = L.Gold(STEM)
    levels = [g.level(i, title, behs) for i, (title, behs) in enumerate(LEVELS, start=1)]
    g.comp(TITLE, DESCRIPTION, levels=levels,
           notes=g.items([f"Type: {TYPE}", f"Competency Area: {AREA}"]))
    g.write(out, "html", TITLE)


if __name__ == "__main__":
    build()

"""NHS Dorset (Our Dorset) - Allied Health Professions "Core competencies" page (HTML).

Modelled on joinourdorset.nhs.uk/ahp/?p=57 ("Core competencies"): a tab strip of bands, each tab a band number
and a sub-label (Band 5 / Newly qualified, Band 6 / Post-qualification experience, Band 7 / Highly experienced,
Band 8 / Team lead, Band 9 / Service/Strategic manager), then one panel per band whose blocks each carry the
heading "Skills (practice-based, technical or scientific)", an optional lead-in "With supervision:" and bullet
points. LEVELS AS HEADINGS (the band is the heading, the competency areas sit inside each band). Excerpt:
Bands 5-7 (tabs for 8 and 9 kept, panels "coming soon" left out) and three of the four areas, which we title
after the four pillars of practice used by NHS AHP career frameworks (Clinical practice, Education, Leadership).
Page chrome re-created: skip link, site header, nav, breadcrumb, footer, cookie banner, scripts. All wording
ours. Hand-written HTML.
"""
import html

import cblib as L

STEM = "dorset-ahp-core-competencies"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Core competencies"
SKILLS = "Skills (practice-based, technical or scientific)"

BANDS = [("Band 5", "Newly qualified"), ("Band 6", "Post-qualification experience"),
         ("Band 7", "Highly experienced"), ("Band 8", "Team lead"), ("Band 9", "Service/Strategic manager")]
AREAS = ["Clinical practice", "Education", "Leadership"]

# CONTENT[band][area] = (lead-in or None, [bullets])
CONTENT = {
    "Band 5": {
        "Clinical practice": ("With supervision:", [
            "Work on your own and as part of a team.",
            "Manage an allocated caseload and take professional responsibility for it.",
            "Work within national and local policies and procedures and the codes and standards of your "
            "profession.",
            "Use clinical reasoning to bring together information from several sources and reach sound, "
            "evidence-based judgements."]),
        "Education": ("With supervision:", [
            "Help to develop and review learning resources for students and service users.",
            "Support and teach others, including students, in new techniques relevant to your practice."]),
        "Leadership": ("With supervision:", [
            "Contribute to setting objectives for your service, including building digital skills.",
            "Manage your own work within complex and changing systems.",
            "Make good use of existing partnerships across teams and organisations."]),
    },
    "Band 6": {
        "Clinical practice": (None, [
            "Manage a complex caseload with minimal supervision.",
            "Adapt assessment and treatment to people with multiple or changing needs.",
            "Recognise when a situation is beyond your scope and refer on appropriately."]),
        "Education": (None, [
            "Act as a practice educator for pre-registration students.",
            "Deliver teaching sessions to your team and to colleagues from other professions.",
            "Reflect on your own learning needs and agree a development plan."]),
        "Leadership": (None, [
            "Supervise Band 5 staff, support workers and students.",
            "Lead small service improvement projects and report on their results."]),
    },
    "Band 7": {
        "Clinical practice": (None, [
            "Act as a specialist resource for the team in a defined clinical area.",
            "Make complex clinical decisions where information is incomplete or contradictory.",
            "Develop care pathways with colleagues in other services."]),
        "Education": (None, [
            "Plan and evaluate the learning programme for the team.",
            "Provide clinical supervision to other registered practitioners."]),
        "Leadership": (None, [
            "Take responsibility for the day-to-day running of a service or team.",
            "Use data to monitor the quality of the service and act on what it shows.",
            "Represent the profession in meetings across the system."]),
    },
}


def esc(s):
    return html.escape(s, quote=False)


def build():
    tabs = "\n".join(
        f'      <li role="presentation"><button role="tab" id="tab-{b[0][-1]}" aria-controls="panel-{b[0][-1]}"'
        f' class="tab{" active" if i == 0 else ""}"><span class="band">{b[0]}</span>'
        f'<span class="sub">{esc(b[1])}</span></button></li>'
        for i, b in enumerate(BANDS))
    panels = []
    for band, _ in BANDS[:3]:
        blocks = []
        for area in AREAS:
            lead, bullets = CONTENT[band][area]
            lis = "\n".join(f"            <li>{esc(x)}</li>" for x in bullets)
            leadp = f'\n          <p class="lead-in">{lead}</p>' if lead else ""
            blocks.append(
                f'        <div class="competency-block">\n'
                f'          <h3>{area}</h3>\n'
                f'          <h4>{esc(SKILLS)}</h4>{leadp}\n'
                f'          <ul>\n{lis}\n          </ul>\n'
                f'        </div>')
        panels.append(f'      <section class="tab-panel" id="panel-{band[-1]}" role="tabpanel">\n'
                      f'        <h2>{band}</h2>\n' + "\n".join(blocks) + "\n      </section>")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Core competencies &#8211; Allied Health Professions &#8211; Join Our Dorset</title>
<link rel="stylesheet" href="/ahp/wp-content/themes/joinourdorset/style.css?ver=2.3.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-JOD0AHP57"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-JOD0AHP57');</script>
</head>
<body class="page-template-default page page-id-57">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header">
  <div class="site-branding"><a href="https://joinourdorset.nhs.uk/" rel="home"><img src="/ahp/wp-content/uploads/our-dorset-logo.svg" alt="Our Dorset"></a>
    <p class="site-title">Join Our Dorset</p><p class="site-description">Careers in health and care across Dorset</p></div>
  <nav class="main-navigation" aria-label="Primary">
    <ul>
      <li><a href="/ahp/">Allied Health Professions</a></li>
      <li><a href="/ahp/?page_id=12">Our professions</a></li>
      <li class="current-menu-item"><a href="/ahp/?p=57">Career framework</a></li>
      <li><a href="/ahp/?page_id=33">Students</a></li>
      <li><a href="/ahp/?page_id=41">Vacancies</a></li>
      <li><a href="/ahp/?page_id=45">Contact us</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/ahp/">Allied Health Professions</a> &gt; <span>Core competencies</span></div>
<main id="content" class="site-main">
  <article class="post-57 page">
    <h1 class="entry-title">{TITLE}</h1>
    <div class="entry-content">
    <p>Select a band to see the core competencies expected of allied health professionals working in Dorset at that level.</p>
    <ul class="band-tabs" role="tablist">
{tabs}
    </ul>
{chr(10).join(panels)}
    </div>
  </article>
</main>
<footer class="site-footer">
  <div class="footer-links"><a href="/privacy-notice/">Privacy notice</a> | <a href="/accessibility/">Accessibility</a> | <a href="/cookies/">Cookies</a></div>
  <p>&copy; 2024 Our Dorset Integrated Care System. Part of NHS Dorset.</p>
</footer>
<div id="cookie-notice" class="cookie-banner" role="dialog"><p>We use cookies to improve your experience of this website.</p><button>Accept</button> <button>Reject</button></div>
<script src="/ahp/wp-content/themes/joinourdorset/js/tabs.js?ver=2.3.1"></script>
</body>
</html>
"""
    OUT.write_text(page, encoding="utf-8")


def gold():
    out = []
    for area in AREAS:
        levels, notes = [], []
        for rank, (band, _) in enumerate(BANDS[:3], 1):
            lead, bullets = CONTENT[band][area]
            levels.append(L.level(STEM, rank, band, bullets, SKILLS))
            if lead:
                notes.append(L.item(STEM, lead, band))
        out.append(L.competency(STEM, area, None, levels=levels, notes=notes))
    return out


def main():
    build()
    L.write_gold(OUT, "html", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

"""Brunei ICT Industry Competency Framework (BIICF, biicf.bn; developed by the Manpower Industry Steering
Committee Working Group for the ICT Sector, MISC-WG ICT, Brunei Darussalam): one technical-competency page.

Layout: site header and main navigation, breadcrumb, a left sidebar listing the technical competencies
(links), then the competency title (H1), a description paragraph, the heading "Proficiency Level" and one
<h4> per numbered level "Level 1 (Follow)" ... "Level 5 (Strategise)"; Level 1 holds only "N/A" (the
competency starts at Level 2, as on the real pages), the others a bullet list. Footer, scripts.
"""
import html

import vcommon as C

STEM = "biicf-technical-competency-cloud-computing"
TITLE = "Cloud Computing"
DESCRIPTION = ("Plan, deploy and manage cloud services and infrastructure so that applications and data are "
               "available, secure and cost-effective. This covers public, private and hybrid cloud models, the "
               "provisioning and monitoring of services, and the migration of workloads to the cloud.")
LEVELS = [
    ("Level 1 (Follow)", []),
    ("Level 2 (Assist)", [
        "Describe the main cloud service and deployment models.",
        "Provision basic cloud resources such as virtual machines and storage by following set procedures.",
        "Monitor cloud services and report incidents.",
        "Apply access controls as instructed.",
    ]),
    ("Level 3 (Apply)", [
        "Configure cloud networking, storage and compute resources for applications.",
        "Automate the deployment of cloud resources with scripts or templates.",
        "Troubleshoot performance and availability issues in cloud services.",
        "Apply security and backup standards to cloud workloads.",
        "Track the usage and cost of cloud resources.",
    ]),
    ("Level 4 (Ensure)", [
        "Design cloud solutions that meet requirements for availability, security and cost.",
        "Plan and carry out the migration of workloads to the cloud.",
        "Define monitoring, backup and recovery arrangements for cloud services.",
        "Review cloud configurations against organisational standards.",
        "Mentor others.",
    ]),
    ("Level 5 (Strategise)", [
        "Set the organisation’s cloud strategy and governance policies.",
        "Evaluate cloud providers and service models against business needs.",
        "Establish standards, best practices and policies for the use of cloud services.",
    ]),
]
SIDEBAR = ["Applications Development", "Business Analysis", "Cloud Computing", "Cyber Security Operations",
           "Data Analytics", "Data Engineering", "Database Administration", "Digital Media Production",
           "IT Service Management", "Network Configuration", "Software Testing", "Solutions Architecture",
           "System Administration", "Test Planning", "User Experience Design"]


def slugify(s):
    return C.slug(s)


def page():
    e = html.escape
    active = ' class="current"'
    side = "\n".join(
        f'            <li{active if n == TITLE else ""}><a href="https://www.biicf.bn/technical-competencies/{slugify(n)}/">{e(n)}</a></li>'
        for n in SIDEBAR)
    lv = []
    for label, items in LEVELS:
        lv.append(f'          <h4 class="level-title">{e(label)}</h4>')
        if items:
            lv.append('          <ul class="level-list">\n' +
                      "\n".join(f"            <li>{e(t)}</li>" for t in items) + "\n          </ul>")
        else:
            lv.append('          <p class="level-na">N/A</p>')
    levels_html = "\n".join(lv)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(TITLE)} &#8211; BIICF</title>
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.biicf.bn/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.1.5' media='all' />
<link rel='stylesheet' id='biicf-custom-css' href='https://www.biicf.bn/wp-content/uploads/custom-css-js/biicf.css?v=2208' media='all' />
<script src='https://www.biicf.bn/wp-includes/js/jquery/jquery.min.js?ver=3.6.4' id='jquery-core-js'></script>
</head>
<body class="competency-template-default single single-competency postid-1184 ast-separate-container">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header" id="masthead">
  <div class="ast-container header-inner">
    <div class="site-branding">
      <a href="https://www.biicf.bn/" rel="home"><img src="https://www.biicf.bn/wp-content/uploads/2022/08/biicf-logo.png" alt="BIICF"></a>
      <span class="site-title">Brunei ICT Industry Competency Framework</span>
    </div>
    <nav class="main-header-menu" aria-label="Site Navigation">
      <ul id="primary-menu">
        <li><a href="https://www.biicf.bn/">Home</a></li>
        <li><a href="https://www.biicf.bn/about/">About BIICF</a></li>
        <li><a href="https://www.biicf.bn/job-roles/">Job Roles</a></li>
        <li class="current-menu-ancestor"><a href="https://www.biicf.bn/technical-competencies/">Technical Competencies</a></li>
        <li><a href="https://www.biicf.bn/soft-skills/">Soft Skills</a></li>
        <li><a href="https://www.biicf.bn/training-courses/">Training Courses</a></li>
        <li><a href="https://www.biicf.bn/contact/">Contact</a></li>
      </ul>
    </nav>
  </div>
</header>
<div id="content" class="site-content">
  <div class="ast-container">
    <nav class="breadcrumb" aria-label="Breadcrumb"><a href="https://www.biicf.bn/">Home</a> &raquo; <a href="https://www.biicf.bn/technical-competencies/">Technical Competencies</a> &raquo; <span>{e(TITLE)}</span></nav>
    <div class="row">
      <aside class="widget-area col-sidebar" id="secondary">
        <section class="widget">
          <h3 class="widget-title">Technical Competencies</h3>
          <ul class="competency-menu">
{side}
          </ul>
        </section>
      </aside>
      <main id="primary" class="content-area col-main">
        <article class="competency type-competency">
          <h1 class="entry-title">{e(TITLE)}</h1>
          <div class="entry-content">
          <p>{e(DESCRIPTION)}</p>
          <h3 class="proficiency-heading">Proficiency Level</h3>
{levels_html}
          </div>
        </article>
      </main>
    </div>
  </div>
</div>
<footer class="site-footer" id="colophon">
  <div class="ast-container footer-inner">
    <p>The Brunei ICT Industry Competency Framework was developed by the Manpower Industry Steering Committee Working Group for the ICT Sector (MISC-WG ICT).</p>
    <p><a href="https://www.biicf.bn/privacy-policy/">Privacy Policy</a> | <a href="https://www.biicf.bn/terms-of-use/">Terms of Use</a></p>
    <p>Copyright &copy; 2022 BIICF. All rights reserved.</p>
  </div>
</footer>
<script src='https://www.biicf.bn/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.1.5' id='astra-theme-js-js'></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-BIICF2022"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-BIICF2022');</script>
</body>
</html>
"""


def gold(doc_id):
    levels = [{"rank": i + 1, "label": label, "behaviors": [C.item(doc_id, t) for t in items]}
              for i, (label, items) in enumerate(LEVELS) if items]
    return [C.competency(TITLE, doc_id, definition=DESCRIPTION, levels=levels)]


def build():
    out = C.DOCS / f"{STEM}.html"
    out.write_text(page(), encoding="utf-8")
    return C.write_gold(STEM, out.name, "html", TITLE, gold(STEM))


if __name__ == "__main__":
    print(build())

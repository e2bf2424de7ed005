"""Food and Fibre CoVE (New Zealand), Food and Fibre Skills Framework: Core technical skills (HTML, WordPress style).

Levels as TABLE ROWS: each skill set is a two-column table whose header row reads "Skill | <skill set name>";
the three rows below are the levels (Finding / Building / Nurturing your place) with the skills as a list.
A key table of the levels (responsibility, autonomy, te reo term) precedes the skill sets (front matter).
"""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bflib as L  # noqa: E402

STEM = "fafcove-core-technical-skills"
DOC = L.DOCS / f"{STEM}.html"
LEVELS = ["Finding your place", "Building your place", "Nurturing your place"]

SETS = [
    ("Living beings and environmental knowledge", "Living Beings and Environmental Knowledge", [
        ["Recognise signs of good and poor health in the animals or plants in your care",
         "Follow instructions that protect soil, water and waterways on the property"],
        ["Monitor animal and plant health and act on what you find",
         "Apply the farm or orchard environment plan in day-to-day work"],
        ["Design production systems that look after animal welfare, plant health and the wider environment"],
    ]),
    ("Machinery and technology skills", "Machinery and Technology Skills", [
        ["Operate machinery and equipment safely under supervision",
         "Carry out pre-start checks and basic maintenance"],
        ["Plan machinery use and maintenance for the team",
         "Show others how to use equipment and technology safely"],
        ["Assess new machinery and technology and decide what the business invests in"],
    ]),
    ("Legislative and regulatory knowledge", "Legislative and Regulatory Knowledge", [
        ["Follow workplace health and safety rules and procedures"],
        ["Make sure the team meets health and safety, employment and environmental requirements",
         "Keep compliance records up to date"],
        ["Interpret changes in legislation and regulation and set policy for the business"],
    ]),
    ("Good practice operation", "Good Practice Operation", [
        ["Keep the workplace running by following a workplan"],
        ["Put a plan or programme into action",
         "Co-ordinate activities on site"],
        ["Develop workplans and programmes that reflect industry good practice"],
    ]),
    ("Quality management", "Quality Management", [
        ["Check product quality against the standards you have been shown"],
        ["Carry out quality checks and record the results",
         "Work with the team to fix quality problems"],
        ["Set quality standards and systems that meet market and customer requirements"],
    ]),
]

KEY = [
    ("Finding your place", "works with supervision", "becoming independent", "M\u014dhio (understanding)"),
    ("Building your place", "leading others", "independent", "M\u0101tau (expertise)"),
    ("Nurturing your place", "sets strategy", "leading direction or innovation", "M\u0101ramatanga (insight)"),
]


def e(s):
    return html.escape(s, quote=False)


def render():
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w('<html lang="en-NZ" class="no-js">')
    w("<head>")
    w('<meta charset="UTF-8" />')
    w('<meta name="viewport" content="width=device-width, initial-scale=1" />')
    w("<title>Core technical skills &#8211; Food and Fibre CoVE</title>")
    w("<meta name='robots' content='index, follow, max-image-preview:large' />")
    w('<link rel="canonical" href="https://foodandfibrecove.nz/food-and-fibre-skills-framework-new-landing-page/'
      'food-and-fibre-skills-framework-core-technical-skills/" />')
    w("<link rel='stylesheet' id='astra-theme-css-css' href='https://foodandfibrecove.nz/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.1.5' media='all' />")
    w("<script>window._wpemojiSettings = {\"baseUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/\"};</script>")
    w("<script src='https://foodandfibrecove.nz/wp-includes/js/jquery/jquery.min.js?ver=3.6.4' id='jquery-core-js'></script>")
    w("</head>")
    w('<body class="page-template-default page page-id-5127 page-child ast-right-sidebar">')
    w('<a class="skip-link screen-reader-text" href="#content">Skip to content</a>')
    w('<div id="page" class="hfeed site">')
    w('<header class="site-header" id="masthead">')
    w('  <div class="site-branding"><a href="https://foodandfibrecove.nz/" rel="home">'
      '<img src="https://foodandfibrecove.nz/wp-content/uploads/2021/03/FFCoVE-logo.png" alt="Food and Fibre CoVE" width="240" height="80" /></a></div>')
    w('  <nav class="main-header-menu" aria-label="Site Navigation"><ul id="primary-menu">')
    for item in ["About us", "Projects", "Skills Framework", "Resources", "News", "Contact"]:
        w(f'    <li class="menu-item"><a href="#">{item}</a></li>')
    w("  </ul></nav>")
    w("</header>")
    w('<div id="content" class="site-content"><div class="ast-container">')
    w('<div id="primary" class="content-area primary"><main id="main" class="site-main">')
    w('<div class="ast-breadcrumbs"><span><a href="https://foodandfibrecove.nz/">Home</a></span> &raquo; '
      '<span><a href="#">Food and Fibre Skills Framework</a></span> &raquo; <span>Core technical skills</span></div>')
    w('<article class="page type-page status-publish">')
    w('<header class="entry-header"><h1 class="entry-title" itemprop="headline">Core technical skills</h1></header>')
    w('<div class="entry-content clear" itemprop="text">')
    w("<p>Core technical skills are the general, underpinning technical or work-related skills that all (or most) "
      "of the food and fibre sectors have in common. Because of this, they carry over from one context to another.</p>")
    w("<p>Their focus shifts from sector to sector, but they might include:</p>")
    w("<ul>")
    w("<li>Driving skills of various kinds &#8211; tractor, forklift</li>")
    w("<li>Digital skills &#8211; worksheets, timesheets</li>")
    w("</ul>")
    w('<h2 class="wp-block-heading">The Core Technical Skills Sets</h2>')
    w("<p>The core technical skills fall into five skill sets:</p>")
    w("<ol>")
    for short, _, _ in SETS:
        w(f"<li>{e(short)}</li>")
    w("</ol>")
    w("<p>Each skill set is described at three levels, using a progression approach:</p>")
    w('<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead>'
      "<tr><th>Level</th><th>Responsibility</th><th>Autonomy</th><th>Te reo M\u0101ori</th></tr></thead><tbody>")
    for lv, resp, aut, reo in KEY:
        w(f"<tr><td><strong>{lv}</strong></td><td>{resp}</td><td>{aut}</td><td>{reo}</td></tr>")
    w("</tbody></table></figure>")
    for short, name, cells in SETS:
        w('<figure class="wp-block-table skills-table"><table class="has-fixed-layout"><thead>')
        w(f'<tr><th>Skill</th><th>{e(name)}</th></tr></thead><tbody>')
        for lv, cell in zip(LEVELS, cells):
            w(f"<tr><td><strong>{lv}</strong></td><td><ul>" + "".join(f"<li>{e(x)}</li>" for x in cell) + "</ul></td></tr>")
        w("</tbody></table></figure>")
    w('<p class="has-small-font-size"><em>Last updated: 14 June 2023</em></p>')
    w('<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" '
      'href="https://foodandfibrecove.nz/wp-content/uploads/2023/06/Core-technical-skills.pdf">Download the core technical skills (PDF, 412 KB)</a></div></div>')
    w("</div></article></main></div>")
    w('<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">')
    w('<aside class="widget widget_nav_menu"><h2 class="widget-title">Food and Fibre Skills Framework</h2><ul>')
    for item in ["Overview", "Core skills", "Core technical skills", "Sector-specific skills", "Using the framework"]:
        w(f'<li><a href="#">{item}</a></li>')
    w("</ul></aside></div></div>")
    w("</div></div>")
    w('<footer class="site-footer" id="colophon">')
    w('  <div class="footer-widget"><p>The Food and Fibre Centre of Vocational Excellence is hosted by Primary ITO '
      "and funded by the Tertiary Education Commission.</p></div>")
    w('  <div class="footer-bar"><p>Copyright &copy; 2023 Food and Fibre CoVE | <a href="#">Privacy policy</a> | '
      '<a href="#">Contact us</a></p></div>')
    w("</footer>")
    w("</div>")
    w("<script src='https://foodandfibrecove.nz/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.1.5' id='astra-theme-js-js'></script>")
    w("<script>/(trident|msie)/i.test(navigator.userAgent)&&document.getElementById&&window.addEventListener&&"
      "window.addEventListener(\"hashchange\",function(){},!1);</script>")
    w("</body>")
    w("</html>")
    DOC.write_text("\n".join(out) + "\n", encoding="utf-8")


def gold():
    comps = []
    for _, name, cells in SETS:
        levels = [L.level(i + 1, LEVELS[i], cell, STEM) for i, cell in enumerate(cells)]
        comps.append(L.competency(name, STEM, None, levels=levels))
    return L.write_gold(DOC, "html", "Core technical skills", comps)


if __name__ == "__main__":
    render()
    print(gold())

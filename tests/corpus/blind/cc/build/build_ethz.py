"""ETH Zurich Staffnet - On-the-job development, ideas by competency in an accordion (HTML)."""
import html as H
import cclib as L

STEM = "ethz-on-the-job-development"
TITLE = "On-the-job development"

COMPS = [
    dict(name="Self-management", key="self",
         definition="Organising your own work, setting priorities and managing your energy so that you deliver "
                    "reliable results, also under time pressure and with competing demands.",
         job=[("Plan your week:", "Reserve fixed blocks for focused work and review on Friday what you achieved."),
              ("Take on responsibility:", "Offer to own a recurring task from start to finish, such as the annual budget request of your unit."),
              ("Reflect regularly:", "Note after demanding phases what helped you stay productive and what drained your energy.")],
         courses=["Time and self-management (1 day, in English)",
                  "Resilience in everyday working life (2 half days, in German)"]),
    dict(name="Cooperation", key="coop",
         definition="Working together with people from different teams, disciplines and cultures, sharing "
                    "information openly and contributing to shared goals.",
         job=[("Collaborate across teams:", "Join a working group that brings together administrative and scientific staff."),
              ("Lead a project:", "Coordinate a small cross-departmental project and agree roles at the outset."),
              ("Give and receive feedback:", "After a joint task, ask your project partners what worked well and what to change.")],
         courses=["Successful collaboration in diverse teams (1 day, in English)"]),
    dict(name="Communication", key="comm",
         definition="Expressing yourself clearly and appropriately in speech and writing, listening attentively "
                    "and adapting your message to different audiences at ETH and beyond.",
         job=[("Give presentations:", "Present your team's work at an institute meeting or a staff information event."),
              ("Listen to presentations:", "Attend talks outside your field and note how the speakers structure complex content."),
              ("Write for others:", "Draft the next newsletter item or web text for your unit and ask for comments.")],
         courses=["Presenting with impact (2 days, in English)",
                  "Writing clearly at work (half day, in German)",
                  "Leading meetings effectively (1 day, in English)"]),
]

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>On-the-job development \u2013 Staffnet | ETH Zurich</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/etc/designs/ethz/css/main.css">
<script src="/etc/designs/ethz/js/vendor/require.js" data-main="/etc/designs/ethz/js/main"></script>
</head>
<body class="staffnet">
<div class="header-top">
  <a class="logo" href="https://ethz.ch/en.html"><img src="/etc/designs/ethz/img/header/ethz_logo_black.svg" alt="ETH Zurich homepage"></a>
  <ul class="header-links"><li><a href="https://ethz.ch/staffnet/de/anstellung-und-arbeit/fuehrung-und-entwicklung/persoenliche-entwicklung/on-the-job-entwicklung.html" lang="de">DE</a></li><li><a href="/staffnet/en/login.html">Login</a></li><li><a href="/staffnet/en/search.html">Search</a></li></ul>
</div>
<nav class="navbar" aria-label="Main navigation">
  <a class="site-title" href="/staffnet/en.html">Staffnet</a>
  <ul>
    <li><a href="/staffnet/en/organisation.html">Organisation</a></li>
    <li><a href="/staffnet/en/employment-and-work.html" class="active">Employment and work</a></li>
    <li><a href="/staffnet/en/finance.html">Finance</a></li>
    <li><a href="/staffnet/en/it-services.html">IT Services</a></li>
    <li><a href="/staffnet/en/service.html">Service</a></li>
  </ul>
</nav>
<div class="breadcrumb"><ol><li><a href="/staffnet/en.html">Staffnet</a></li><li><a href="/staffnet/en/employment-and-work.html">Employment and work</a></li><li><a href="/staffnet/en/employment-and-work/leadership-and-development.html">Leadership and development</a></li><li><a href="/staffnet/en/employment-and-work/leadership-and-development/personal-development.html">Personal development</a></li><li>On-the-job development</li></ol></div>
<div class="content-wrapper">
<aside class="subnav" aria-label="Sub navigation">
  <ul>
    <li><a href="/staffnet/en/employment-and-work/leadership-and-development/personal-development.html">Personal development</a>
      <ul>
        <li class="selected"><a href="#">On-the-job development</a></li>
        <li><a href="/staffnet/en/employment-and-work/leadership-and-development/personal-development/courses.html">Courses</a></li>
        <li><a href="/staffnet/en/employment-and-work/leadership-and-development/personal-development/coaching.html">Coaching</a></li>
        <li><a href="/staffnet/en/employment-and-work/leadership-and-development/personal-development/career-development.html">Career development</a></li>
      </ul>
    </li>
  </ul>
</aside>
<main id="main-content">
"""

FOOT = """</main>
</div>
<footer class="footer">
  <div class="footer-contact"><p>Personal Development, Human Resources, ETH Zurich, R\u00e4mistrasse 101, 8092 Zurich</p><p><a href="mailto:personal-development@ethz.ch">personal-development@ethz.ch</a></p></div>
  <ul class="footer-links"><li><a href="/en/footer/imprint.html">Imprint</a></li><li><a href="/en/footer/accessibility.html">Accessibility statement</a></li><li><a href="/en/footer/data-protection.html">Data protection</a></li><li><a href="/en/footer/copyright.html">Copyright</a></li></ul>
  <p class="copyright">&copy; 2024 Eidgen\u00f6ssische Technische Hochschule Z\u00fcrich</p>
</footer>
<script>require(['accordion'], function(a){ a.init('.js-accordion'); });</script>
</body>
</html>
"""


def e(s):
    return H.escape(s, quote=False)


def build():
    out = [HEAD, f"<h1>{TITLE}</h1>\n"]
    out.append("<p class=\"lead\">People mainly learn and develop by experiencing new things, not through education "
               "or training. Around 90 percent of development happens on the job.</p>\n")
    out.append("<p>When you talk with your supervisor, for example in the employee appraisal (MAG), make sure there is "
               "enough time to explore new and challenging areas of work alongside your existing tasks. The ideas "
               "below show how you can structure on-the-job learning for selected competencies.</p>\n")
    out.append('<h2>Development ideas by competency</h2>\n<div class="js-accordion accordion">\n')
    comps = []
    for c in COMPS:
        out.append(f'<div class="accordion-item">\n<h3 class="accordion-header"><button type="button" '
                   f'aria-expanded="false" aria-controls="acc-{c["key"]}">{c["name"]}</button></h3>\n'
                   f'<div class="accordion-body" id="acc-{c["key"]}" hidden>\n<p>{e(c["definition"])}</p>\n'
                   f'<h4>On the job</h4>\n<ul>\n')
        out += [f"  <li><strong>{e(a)}</strong> {e(b)}</li>\n" for a, b in c["job"]]
        out.append("</ul>\n<h4>Courses at ETH</h4>\n<ul class=\"linklist\">\n")
        out += [f'  <li><a href="/staffnet/en/employment-and-work/leadership-and-development/personal-development/courses.html">{e(t)}</a></li>\n'
                for t in c["courses"]]
        out.append("</ul>\n</div>\n</div>\n")
        comps.append(L.competency(STEM, c["name"], c["definition"],
                                  activities=L.items(STEM, [f"{a} {b}" for a, b in c["job"]]),
                                  courses=L.items(STEM, c["courses"])))
    out.append("</div>\n<h2>Contact</h2>\n<p>Personal Development supports you and your supervisor in planning your "
               "development. <a href=\"mailto:personal-development@ethz.ch\">Write to us</a>.</p>\n")
    out.append(FOOT)
    path = L.DOCS / f"{STEM}.html"
    path.write_text("".join(out), encoding="utf-8")
    L.write_gold(path, "html", TITLE, comps)


def main():
    build()


if __name__ == "__main__":
    main()

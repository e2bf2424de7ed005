"""Red Seal Program (Canadian Council of Directors of Apprenticeship, CCDA; Interprovincial Standards Red Seal
Program) - Red Seal Occupational Standard (RSOS), Construction Electrician, one task page (HTML).

Modelled on red-seal.ca ("About the Red Seal Occupational Standard (RSOS)": Major Work Activities, Tasks,
Sub-tasks; Skills = Performance Criteria + Evidence of Attainment; Knowledge = Learning Outcomes + Learning
Objectives; Range of Variables) and the HTML standards on red-seal.ca (e.g. "Structure of the Occupational
Standard - Cook"): MWA heading, task heading with code, Task Descriptor, per sub-task a code + title heading,
the jurisdiction table (NL ... NU with yes / NV), a two-column Skills table (codes "A-5.01.01P" in both
columns), a Range of Variables list, a Knowledge table whose learning-outcome cells span several
learning-objective rows (rowspan), and a second Range of Variables. Page chrome (Red Seal banner, Français
toggle, menu, breadcrumb, "Date modified", footer, WET-style scripts) re-created; all wording is ours.
"""
import html as H

import bolib as L

STEM = "redseal-construction-electrician-commissioning"
OUT = L.DOCS / f"{STEM}.html"

JUR = ["NL", "NS", "PE", "NB", "QC", "ON", "MB", "SK", "AB", "BC", "NT", "YT", "NU"]
TASK_DESC = ("Construction electricians commission new and modified electrical systems to confirm that they are "
             "installed, configured and operating as designed before they are handed over to the owner. They "
             "also decommission systems that are being removed or replaced, leaving them isolated and safe and "
             "making sure that components are recovered, recycled or disposed of properly.")

SUBTASKS = [
    {"code": "A-5.01", "title": "Commissions electrical systems",
     "jur": ["yes"] * 11 + ["NV", "yes"],
     "skills": [
         ("verify that installation is complete and corresponds to drawings and specifications",
          "installation is verified against drawings, specifications and applicable codes"),
         ("perform tests on electrical systems using test equipment",
          "tests are performed according to manufacturers\u2019 specifications and the commissioning plan"),
         ("set and adjust protective devices and system parameters",
          "protective devices and system parameters are set to design values"),
         ("energize electrical systems in sequence",
          "systems are energized in the sequence set out in the commissioning plan and hazard assessment"),
         ("document test results and hand over systems",
          "commissioning documentation is completed and submitted according to jurisdictional and company "
          "requirements"),
     ],
     "rov_s": ["electrical systems include: power distribution, lighting, motor control, fire alarm, emergency "
               "power",
               "test equipment includes: insulation resistance testers, multimeters, phase rotation meters, "
               "power quality analyzers"],
     "knowledge": [
         ("demonstrate knowledge of commissioning electrical systems",
          ["define terminology associated with commissioning",
           "identify types of tests performed during commissioning and describe their purpose",
           "describe the sequence used to energize electrical systems",
           "interpret information found on commissioning documentation"]),
         ("demonstrate knowledge of codes, standards and regulations pertaining to commissioning",
          ["identify codes, standards and regulations pertaining to commissioning"]),
     ],
     "rov_k": ["tests include: insulation resistance, continuity, polarity, phase rotation, functional"]},
    {"code": "A-5.02", "title": "Decommissions electrical systems",
     "jur": ["yes"] * 6 + ["NV"] + ["yes"] * 4 + ["NV", "yes"],
     "skills": [
         ("identify systems to be decommissioned",
          "systems to be decommissioned are identified using drawings, labels and site documentation"),
         ("isolate and lock out systems",
          "systems are isolated and locked out according to lockout procedures"),
         ("remove conductors, devices and equipment",
          "conductors, devices and equipment are removed without damaging adjacent systems"),
         ("dispose of or recycle components",
          "components are disposed of or recycled according to environmental regulations and site policy"),
     ],
     "rov_s": ["components include: conductors, raceways, luminaires, transformers, batteries, ballasts"],
     "knowledge": [
         ("demonstrate knowledge of decommissioning electrical systems",
          ["define terminology associated with decommissioning",
           "describe procedures used to isolate and decommission electrical systems",
           "identify environmental requirements for the disposal and recycling of components"]),
     ],
     "rov_k": []},
]

PAGE = """<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Construction Electrician - Task A-5 Commissions and decommissions electrical systems - Red Seal</title>
<meta content="width=device-width,initial-scale=1" name="viewport">
<meta name="dcterms.title" content="Construction Electrician - Red Seal Occupational Standard">
<meta name="dcterms.creator" content="Canadian Council of Directors of Apprenticeship">
<meta name="dcterms.language" title="ISO639-2" content="eng">
<link href="/wet-boew/css/theme.min.css" rel="stylesheet">
<link href="/css/redseal.css" rel="stylesheet">
<noscript><link rel="stylesheet" href="/wet-boew/css/noscript.min.css" /></noscript>
</head>
<body vocab="http://schema.org/" typeof="WebPage">
<ul id="wb-tphp">
<li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc visible-sm visible-md visible-lg"><a class="wb-sl" href="#wb-info">Skip to "About this site"</a></li>
</ul>
<header role="banner">
<div id="wb-bnr" class="container">
<section id="wb-lng" class="text-right"><h2 class="wb-inv">Language selection</h2>
<ul class="list-inline margin-bottom-none"><li><a lang="fr" href="http://www.sceau-rouge.ca/fra/metiers/electricien/rsos-a5.shtml">Fran\u00e7ais</a></li></ul>
</section>
<div class="row">
<div class="brand col-xs-8 col-sm-9 col-md-6"><a href="/eng/home.shtml"><img src="/images/rs-logo-en.png" alt="Red Seal"><span class="wb-inv">Red Seal Program</span></a></div>
<section id="wb-srch" class="col-xs-6 text-right visible-md visible-lg"><h2>Search</h2>
<form action="/eng/search.shtml" method="get" name="cse-search-box" role="search" class="form-inline">
<div class="form-group"><label for="wb-srch-q" class="wb-inv">Search Red Seal</label>
<input id="wb-srch-q" class="wb-srch-q form-control" name="q" type="search" value="" size="27" maxlength="150" placeholder="Search Red Seal"></div>
<button type="submit" id="wb-srch-sub" class="btn btn-primary btn-small" name="wb-srch-sub">Search</button>
</form></section>
</div></div>
<nav role="navigation" id="wb-sm" class="wb-menu visible-md visible-lg" typeof="SiteNavigationElement">
<div class="container nvbar"><h2>Topics menu</h2><div class="row"><ul class="list-inline menu">
<li><a href="/eng/home.shtml">Home</a></li>
<li><a href="/eng/trades/tr.1d.2s_l.3st.shtml">Trades</a></li>
<li><a href="/eng/apprentices.shtml">Apprentices</a></li>
<li><a href="/eng/tradespeople.shtml">Tradespeople</a></li>
<li><a href="/eng/employers.shtml">Employers</a></li>
<li><a href="/eng/resources/n.4.1.shtml">Resources</a></li>
<li><a href="/eng/about/r.2t.1.shtml">About</a></li>
</ul></div></div>
</nav>
<nav role="navigation" id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><div class="row"><ol class="breadcrumb">
<li><a href="/eng/home.shtml">Home</a></li>
<li><a href="/eng/trades/tr.1d.2s_l.3st.shtml">Trades</a></li>
<li><a href="/eng/trades/electrician/main.shtml">Construction Electrician</a></li>
<li><a href="/eng/trades/electrician/rsos.shtml">Red Seal Occupational Standard</a></li>
<li>Major Work Activity A</li>
</ol></div></div></nav>
</header>
<main role="main" property="mainContentOfPage" class="container">
<h1 id="wb-cont" property="name">Construction Electrician</h1>
<p class="lead">Red Seal Occupational Standard</p>
<ul class="pager">
<li class="previous"><a href="rsos-a4.shtml" rel="prev">Previous: Task A-4</a></li>
<li class="next"><a href="rsos-b6.shtml" rel="next">Next: Major Work Activity B</a></li>
</ul>
<h2>Major Work Activity A</h2>
<h2 class="mrgn-tp-0">Performs common occupational skills</h2>
<h3>Task A-5 Commissions and decommissions electrical systems</h3>
<h4>Task Descriptor</h4>
<p>__TASK_DESC__</p>
__SUBTASKS__
<dl id="wb-dtmd">
<dt>Date modified:</dt>
<dd><time property="dateModified">2021-09-14</time></dd>
</dl>
</main>
<footer role="contentinfo" id="wb-info">
<nav role="navigation" class="container visible-sm visible-md visible-lg wb-navcurr">
<h2 class="wb-inv">About this site</h2>
<div class="row">
<section class="col-sm-3"><h3>Red Seal Program</h3><ul class="list-unstyled">
<li><a href="/eng/about/r.2t.1.shtml">About the Red Seal Program</a></li>
<li><a href="/eng/about/ccda.shtml">Canadian Council of Directors of Apprenticeship</a></li>
<li><a href="/eng/about/contact.shtml">Contact us</a></li></ul></section>
<section class="col-sm-3"><h3>Standards</h3><ul class="list-unstyled">
<li><a href="/eng/resources/n.4.1.shtml">Occupational Standards</a></li>
<li><a href="/eng/resources/rs.4s_.1b.4.5t.shtml">About the RSOS</a></li>
<li><a href="/eng/resources/occ-stand-dev-proc.shtml">Standards development process</a></li></ul></section>
<section class="col-sm-3"><h3>Examinations</h3><ul class="list-unstyled">
<li><a href="/eng/resources/exam.shtml">Red Seal examinations</a></li>
<li><a href="/eng/resources/self-assessment.shtml">Self-assessment tools</a></li></ul></section>
</div></nav>
<div class="brand"><div class="container"><div class="row">
<nav class="col-md-10 ftr-urlt-lnk"><h2 class="wb-inv">About this site</h2><ul>
<li><a href="/eng/terms.shtml">Terms and conditions</a></li>
<li><a href="/eng/privacy.shtml">Privacy</a></li>
<li><a href="/eng/sitemap.shtml">Site map</a></li>
</ul></nav>
<div class="col-xs-6 visible-sm visible-xs tofpg"><a href="#wb-cont">Top of Page <span class="glyphicon glyphicon-chevron-up"></span></a></div>
</div></div></div>
</footer>
<script src="https://ajax.googleapis.com/ajax/libs/jquery/2.2.4/jquery.js"></script>
<script src="/wet-boew/js/wet-boew.min.js"></script>
<script src="/theme-wet-boew/js/theme.min.js"></script>
</body>
</html>
"""


def e(s):
    return H.escape(s, quote=False)


def subtask_html(st):
    out = [f'<h4 id="{st["code"]}">{st["code"]} {e(st["title"])}</h4>']
    out.append('<table class="table table-bordered table-condensed jurisdiction">')
    out.append("<thead><tr>" + "".join(f'<th scope="col">{j}</th>' for j in JUR) + "</tr></thead>")
    out.append("<tbody><tr>" + "".join(f"<td>{v}</td>" for v in st["jur"]) + "</tr></tbody></table>")
    out.append("<h5>Skills</h5>")
    out.append('<table class="table table-bordered">')
    out.append('<thead><tr><th scope="col">Performance Criteria</th><th scope="col">Evidence of Attainment</th>'
               '</tr></thead><tbody>')
    for i, (pc, ea) in enumerate(st["skills"], 1):
        code = f'{st["code"]}.{i:02d}P'
        out.append(f"<tr><td>{code} {e(pc)}</td><td>{code} {e(ea)}</td></tr>")
    out.append("</tbody></table>")
    if st["rov_s"]:
        out.append("<h5>Range of Variables</h5><ul>")
        out += [f"<li>{e(r)}</li>" for r in st["rov_s"]]
        out.append("</ul>")
    out.append("<h5>Knowledge</h5>")
    out.append('<table class="table table-bordered">')
    out.append('<thead><tr><th scope="col">Learning Outcomes</th><th scope="col">Learning Objectives</th>'
               '</tr></thead><tbody>')
    obj_n = 0
    for lo_n, (lo, objs) in enumerate(st["knowledge"], 1):
        lo_code = f'{st["code"]}.{lo_n:02d}L'
        for j, ob in enumerate(objs):
            obj_n += 1
            ob_code = f'{st["code"]}.{obj_n:02d}L'
            lo_cell = (f'<td rowspan="{len(objs)}">{lo_code} {e(lo)}</td>' if len(objs) > 1 else
                       f"<td>{lo_code} {e(lo)}</td>") if j == 0 else ""
            out.append(f"<tr>{lo_cell}<td>{ob_code} {e(ob)}</td></tr>")
    out.append("</tbody></table>")
    if st["rov_k"]:
        out.append("<h5>Range of Variables</h5><ul>")
        out += [f"<li>{e(r)}</li>" for r in st["rov_k"]]
        out.append("</ul>")
    return "\n".join(out)


def render():
    body = "\n".join(subtask_html(st) for st in SUBTASKS)
    OUT.write_text(PAGE.replace("__TASK_DESC__", e(TASK_DESC)).replace("__SUBTASKS__", body), encoding="utf-8")


def gold():
    comps = []
    for st in SUBTASKS:
        ind = L.items(STEM, [pc for pc, _ in st["skills"]], "Performance Criteria")
        ind += L.items(STEM, [ea for _, ea in st["skills"]], "Evidence of Attainment")
        ind += L.items(STEM, [lo for lo, _ in st["knowledge"]], "Learning Outcomes")
        ind += L.items(STEM, [o for _, objs in st["knowledge"] for o in objs], "Learning Objectives")
        notes = L.items(STEM, st["rov_s"] + st["rov_k"], "Range of Variables")
        comps.append(L.competency(STEM, st["title"], None, indicators=ind, notes=notes))
    L.write_gold(OUT, "html", "Construction Electrician", comps)


def main():
    render()
    gold()


if __name__ == "__main__":
    main()

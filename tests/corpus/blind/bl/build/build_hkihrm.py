"""Hong Kong Institute of Human Resource Management (HKIHRM) - Professional Standards > "Capability (HR
Competencies)" page (HKIHRM Professional Standards Model) -> HTML.

Layout (Joomla 3 site, index.php/ps/...): a leaked module title "Top Banner (Professional Standards)" above the
banner image, top bar (member login, language switch), main menu, left sidebar menu of the Professional
Standards section, breadcrumb, item page with h2 title, intro paragraph and a list of the five competency
names, h3 "HKIHRM HR Competency Model" with the model image, a sentence saying that competencies differ by
level, then a bordered table: header row "HR Competencies | For HR practitioners at professional level | For
HR practitioners at strategic level", one row per competency with the name in the first cell and, in the level
cells, one <p> per statement beginning with a typed "•" and several (non-breaking) spaces, each statement
ending ";" or ".". Footer with address and copyright, Joomla/jQuery/bootstrap scripts.
"""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bllib as L  # noqa: E402

STEM = "hkihrm-capability-hr-competencies"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Capability (HR Competencies)"
LEVELS = ["For HR practitioners at professional level", "For HR practitioners at strategic level"]

INTRO = ("Capability, in terms of HR competencies, means the desirable behaviours people show at work. Drawing on "
         "academic models, on the competency frameworks of the World Federation of People Management "
         "Associations (WFPMA) and other HR institutes, and on the competency requirements of major local "
         "corporations, the Institute has set out five competencies in its HR Competency Model, namely:")
VARY = ("The competencies expected of HR practitioners differ between those working in professional positions "
        "and those leading the organisation at strategic level.")

COMPS = [
    ("Professional Knowledge",
     ["applies HR knowledge \u2013 including the principles and requirements of staffing policies, remuneration "
      "systems, employee relations, performance management systems, people development and the legal "
      "framework \u2013 in HR practice so as to add value to the business;",
      "raises the effectiveness of HR solutions and service delivery by building and refining HR practices and "
      "procedures, translating and applying HR knowledge."],
     ["turns theories and concepts into innovative and effective HR practices that drive the success of the "
      "organisation;",
      "guides the organisation towards its mission, vision and values by contributing advice and insight from an "
      "HR perspective."]),
    ("Business Partnership",
     ["recognises how HR strategies bear on the achievement of business objectives;",
      "puts in place HR management activities, systems and processes that support the achievement of business "
      "objectives;",
      "understands the critical influence of effective HR management in every business unit."],
     ["shapes HR strategy together with senior management so that business goals are delivered;",
      "anticipates how changes in the business environment will affect the workforce and prepares the "
      "organisation for them."]),
    ("Communication/Influence",
     ["explains HR policies and procedures clearly to employees and line managers;",
      "listens to stakeholders and answers their concerns with suitable HR solutions."],
     ["influences senior leaders and other stakeholders to win support for HR initiatives;",
      "builds consensus on people issues across the organisation."]),
    ("Ethics",
     ["acts with integrity, fairness and discretion in handling HR matters;",
      "complies with employment legislation and with the Institute\u2019s code of professional conduct."],
     ["promotes an ethical culture and sound corporate governance throughout the organisation;",
      "takes a principled stand on people issues, even under business pressure."]),
    ("Customer/User Focus",
     ["understands the needs of internal customers and provides responsive HR services;",
      "asks users for feedback and uses it to improve the quality of service."],
     ["designs HR services and systems around the needs of the business and its people;",
      "sets service standards and performance measures for the HR function."]),
]

e = html.escape
BUL = "\u2022&nbsp;&nbsp;&nbsp; "


def cell(items):
    return "\n".join(f"<p>{BUL}{e(t)}</p>" for t in items)


def page():
    rows = []
    for name, prof, strat in COMPS:
        rows.append(f"""<tr>
<td style="width: 20%; vertical-align: top;"><strong>{e(name)}</strong></td>
<td style="width: 40%; vertical-align: top;">
{cell(prof)}
</td>
<td style="width: 40%; vertical-align: top;">
{cell(strat)}
</td>
</tr>""")
    names = "\n".join(f"<li>{e(n)}</li>" for n, _, _ in COMPS)
    table_rows = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="https://www.hkihrm.org/index.php/ps/professional-standards-model/capability-hr-competencies" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>Capability (HR Competencies)</title>
<link href="/templates/hkihrm/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/hkihrm/css/template.css?5c2f7e6b" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?5c2f7e6b"></script>
<script src="/media/jui/js/jquery-noconflict.js?5c2f7e6b"></script>
<script src="/media/jui/js/jquery-migrate.min.js?5c2f7e6b"></script>
<script src="/media/system/js/caption.js?5c2f7e6b"></script>
<script src="/media/jui/js/bootstrap.min.js?5c2f7e6b"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-412">
<div class="body" id="top">
<div class="container">
<div class="topbar">
<ul class="nav menu topbar-menu">
<li class="item-101"><a href="/index.php">Home</a></li>
<li class="item-230"><a href="/index.php/member-login">Member Login</a></li>
<li class="item-231"><a href="/index.php/contact-us">Contact Us</a></li>
<li class="item-232"><a href="/index.php/zh">\u7e41\u9ad4\u4e2d\u6587</a></li>
</ul>
</div>
<header class="header" role="banner">
<div class="moduletable top-banner">
<h3>Top Banner (Professional Standards)</h3>
<div class="custom top-banner">
<p><img src="/images/banner/ps_banner.jpg" alt="Professional Standards" width="1170" height="250" /></p>
</div>
</div>
<a class="brand pull-left" href="/"><img src="/images/logo/hkihrm_logo.png" alt="Hong Kong Institute of Human Resource Management" /></a>
</header>
<nav class="navigation" role="navigation">
<ul class="nav menu nav-pills mod-list">
<li class="item-102 deeper parent"><a href="/index.php/about-us">About Us</a></li>
<li class="item-103 deeper parent"><a href="/index.php/membership">Membership</a></li>
<li class="item-104 active deeper parent"><a href="/index.php/ps">Professional Standards</a></li>
<li class="item-105 deeper parent"><a href="/index.php/events">Events &amp; Programmes</a></li>
<li class="item-106 deeper parent"><a href="/index.php/publications">Publications</a></li>
<li class="item-107 deeper parent"><a href="/index.php/hr-awards">HR Awards</a></li>
</ul>
</nav>
<div class="row-fluid">
<div id="sidebar" class="span3">
<div class="sidebar-nav">
<div class="moduletable">
<h3>Professional Standards</h3>
<ul class="nav menu">
<li class="item-410"><a href="/index.php/ps/professional-standards-model">Professional Standards Model</a></li>
<li class="item-411"><a href="/index.php/ps/professional-standards-model/hr-body-of-knowledge">HR Body of Knowledge</a></li>
<li class="item-412 current active"><a href="/index.php/ps/professional-standards-model/capability-hr-competencies">Capability (HR Competencies)</a></li>
<li class="item-413"><a href="/index.php/ps/professional-standards-model/professional-conduct">Professional Conduct</a></li>
<li class="item-414"><a href="/index.php/ps/professional-standards-model/continuing-professional-development">Continuing Professional Development</a></li>
</ul>
</div>
</div>
</div>
<main id="content" role="main" class="span9">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
<li>You are here: &#160;</li>
<li itemprop="itemListElement"><a href="/index.php" class="pathway">Home</a><span class="divider">/</span></li>
<li itemprop="itemListElement"><a href="/index.php/ps" class="pathway">Professional Standards</a><span class="divider">/</span></li>
<li itemprop="itemListElement"><a href="/index.php/ps/professional-standards-model" class="pathway">Professional Standards Model</a><span class="divider">/</span></li>
<li itemprop="itemListElement" class="active"><span>Capability (HR Competencies)</span></li>
</ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="en-GB" />
<div class="page-header">
<h2 itemprop="headline">{e(TITLE)}</h2>
</div>
<div itemprop="articleBody">
<p>{e(INTRO)}</p>
<ul>
{names}
</ul>
<p>&nbsp;</p>
<h3>HKIHRM HR Competency Model</h3>
<p><img src="/images/ps/HKIHRM_Competency_Model_100330_s.jpg" alt="HKIHRM Competency Model 100330 s" width="600" height="420" /></p>
<p>&nbsp;</p>
<p>{e(VARY)}</p>
<table class="table table-bordered" style="width: 100%;" border="1" cellspacing="0" cellpadding="6">
<tbody>
<tr style="background-color: #1f4e79; color: #ffffff;">
<td style="width: 20%;"><strong>HR Competencies</strong></td>
<td style="width: 40%;"><strong>{e(LEVELS[0])}</strong></td>
<td style="width: 40%;"><strong>{e(LEVELS[1])}</strong></td>
</tr>
{table_rows}
</tbody>
</table>
<p>&nbsp;</p>
</div>
</div>
</main>
</div>
</div>
</div>
<footer class="footer" role="contentinfo">
<div class="container">
<hr />
<p>Hong Kong Institute of Human Resource Management<br />Suite 1303-4, 13/F, Tower 1, The Gateway, 25 Canton Road, Tsim Sha Tsui, Kowloon, Hong Kong</p>
<p>Tel: (852) 2881 5113 &nbsp;|&nbsp; Fax: (852) 2881 6062</p>
<p class="pull-right"><a href="#top" id="back-top">Back to Top</a></p>
<p>&copy; 2024 Hong Kong Institute of Human Resource Management. All rights reserved.</p>
</div>
</footer>
</body>
</html>
"""


def gold():
    comps = []
    for name, prof, strat in COMPS:
        lv = [{"rank": 1, "label": LEVELS[0], "behaviors": L.items(STEM, prof)},
              {"rank": 2, "label": LEVELS[1], "behaviors": L.items(STEM, strat)}]
        comps.append(L.competency(STEM, name, None, levels=lv))
    return comps


def main():
    OUT.write_text(page(), encoding="utf-8")
    L.write_gold(OUT, "html", TITLE, gold())
    print("wrote", OUT)


if __name__ == "__main__":
    main()

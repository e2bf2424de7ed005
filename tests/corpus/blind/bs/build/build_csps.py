"""Canada School of Public Service - "Leadership Learning Path" (HTML).

Modelled on the CSPS page https://ecolecanada.gc.ca/leadership-learning-eng.aspx (Canada.ca / WET theme): skip
links, language toggle, Government of Canada signature, search, menu button, breadcrumb, h1, intro paragraphs,
the four perspectives (Self / Team / Organization / System) as an in-page list, an info alert about the core
curriculum and certificate, one h2 per perspective ("Self: Developing as a leader", ...) with its description
and "This section features N topics", one h3 per topic with its description and a table of learning products
(title, course code, format, duration, Core / Elective), "Explore more" lists of Busrides articles and
podcasts, perspectives whose topics are still to come, "Date modified", GC footer and scripts.
Perspectives, topic names and descriptions follow the stored page (reworded); the learning products, their
codes, formats and durations are ours (asked for by the batch assignment).
"""
import bslib as L

STEM = "csps-leadership-learning-path"
OUT = L.DOCS / f"{STEM}.html"
E = L.html_escape

TOPICS = {
    "self": [
        ("Self-awareness",
         "Self-awareness is the foundation of developing as a leader. It anchors goal setting, shows you where to "
         "improve, and supports continuous learning and personal growth.",
         [("Discover Your Leadership Strengths", "LPL101", "Online self-paced", "1 hour", "Core"),
          ("Emotional Intelligence for Leaders", "LPL112", "Virtual classroom", "2 sessions of 3 hours",
           "Core"),
          ("Using Feedback to Grow as a Leader", "LPL118", "Online self-paced", "45 minutes", "Elective"),
          ("Reflective Practice: Learning from Experience", "LPL125", "Virtual classroom", "3 hours",
           "Elective")],
         ["Busrides article: Know Thyself \u2013 Why Self-Awareness Is a Leadership Skill (10-minute read)",
          "Busrides podcast: Leading from the Inside Out (18 minutes)"]),
        ("Wellness",
         "Wellness strategies and practices support physical, mental and emotional well-being, so that leaders "
         "can manage stress, build resilience and sustain high performance. Leaders who look after themselves "
         "also model these behaviours for their teams.",
         [("Mental Health Awareness", "WMT101", "Online self-paced", "1 hour 30 minutes", "Core"),
          ("Building Personal Resilience", "WMT106", "Online self-paced", "1 hour", "Elective"),
          ("Managing Stress in the Workplace", "WMT110", "Virtual classroom", "3 hours", "Elective")],
         []),
    ],
    "team": [
        ("Strategy and visioning",
         "Strategy and visioning help leaders set a clear direction for their teams, link day-to-day work to "
         "organizational priorities and explain where the team is going and why.",
         [("From Vision to Action: Setting Direction for Your Team", "LPL203", "Virtual classroom", "3 hours",
           "Core"),
          ("Strategic Thinking in the Public Service", "LPL207", "Online self-paced", "1 hour", "Elective"),
          ("Foresight Fundamentals", "TRN120", "Online self-paced", "2 hours", "Elective")],
         ["Busrides article: Vision Is a Team Sport (8-minute read)"]),
        ("Effective communication",
         "Effective communication lets leaders share information and ideas clearly, listen actively and adapt "
         "their message to their audience, in person and in virtual settings.",
         [("Communicating with Impact", "LPL211", "Virtual classroom", "2 sessions of 2.5 hours", "Core"),
          ("Having Difficult Conversations", "LPL214", "Virtual classroom", "3 hours", "Elective"),
          ("Plain Language Writing for Managers", "COM105", "Online self-paced", "1 hour 15 minutes",
           "Elective")],
         []),
        ("Inclusive leadership",
         "Inclusive leaders build teams where people of every background feel they belong and can contribute, "
         "and they address barriers that keep some employees from taking part fully.",
         [("Unconscious Bias", "INC103", "Online self-paced", "45 minutes", "Core"),
          ("Leading Inclusive Teams", "INC120", "Virtual classroom", "3 hours", "Core"),
          ("Accessibility in the Workplace", "INC115", "Online self-paced", "1 hour", "Elective")],
         ["Busrides podcast: What Inclusive Leaders Do Differently (22 minutes)"]),
        ("Leading change",
         "Leading change means helping a team understand why change is needed, guiding it through uncertainty "
         "and keeping people engaged while new ways of working take hold.",
         [("Leading Through Change", "LPL220", "Virtual classroom", "3 hours", "Core"),
          ("Change Management Essentials", "LPL222", "Online self-paced", "1 hour 30 minutes", "Elective")],
         []),
    ],
}

PERSPECTIVES = [
    ("self", "Self: Developing as a leader",
     "Greater self-awareness and wellness are essential to developing as a leader. They help you make better "
     "decisions and build a mindset open to continuous personal and professional growth.",
     "This section features two topics:"),
    ("team", "Team: Leading teams",
     "Successful team leaders communicate well, build an inclusive and collaborative team culture, and show "
     "adaptability and strategic thinking as they lead through change towards shared goals.",
     "This section features four topics:"),
    ("org", "Organization: Leading organizations",
     "Leaders at this level shape the culture, structures and priorities of their organization and steward "
     "its resources for the public good.",
     None),
    ("sys", "System: Leading across the system",
     "System leaders work across organizational and jurisdictional boundaries to tackle complex, shared "
     "public policy challenges.",
     None),
]


def table(name, rows):
    out = [f'<table class="table table-striped table-hover">',
           f'<caption class="wb-inv">Learning products for {E(name.lower())}</caption>',
           '<thead><tr><th scope="col">Learning product</th><th scope="col">Code</th>'
           '<th scope="col">Format</th><th scope="col">Duration</th><th scope="col">Path requirement</th>'
           '</tr></thead>', '<tbody>']
    for title, code, fmt, dur, req in rows:
        badge = "label-primary" if req == "Core" else "label-default"
        out.append(f'<tr><td><a href="https://catalogue.csps-efpc.gc.ca/product?catalog={code}&amp;cm_locale=en">'
                   f'{E(title)}</a></td><td>{code}</td><td>{E(fmt)}</td><td>{E(dur)}</td>'
                   f'<td><span class="label {badge}">{req}</span></td></tr>')
    out += ['</tbody>', '</table>']
    return "\n".join(out)


def page():
    parts = []
    for key, h2, desc, lead in PERSPECTIVES:
        parts.append(f'<section id="{key}">\n<h2>{E(h2)}</h2>\n<p>{E(desc)}</p>')
        if lead is None:
            parts.append('<p class="text-muted"><em>Learning products for this perspective are being selected. '
                         'Check back soon.</em></p>\n</section>')
            continue
        parts.append(f'<p>{E(lead)}</p>')
        parts.append('<ul>' + "".join(f'<li><a href="#{L.slug(t[0])}">{E(t[0])}</a></li>' for t in TOPICS[key])
                     + '</ul>')
        for name, tdesc, rows, more in TOPICS[key]:
            parts.append(f'<h3 id="{L.slug(name)}">{E(name)}</h3>\n<p>{E(tdesc)}</p>')
            parts.append(table(name, rows))
            if more:
                parts.append('<details>\n<summary>Explore more</summary>\n<ul class="lst-spcd">'
                             + "".join(f'<li><a href="https://csps-efpc.gc.ca/podcasts/">{E(m)}</a></li>'
                                       for m in more) + '</ul>\n</details>')
            parts.append('<p class="text-right"><a href="#wb-cont">Back to top</a></p>')
        parts.append('</section>')
    main_body = "\n".join(parts)
    persp_list = "".join(f'<li><a href="#{k}">{E(h)}</a></li>' for k, h, *_ in PERSPECTIVES)
    return f"""<!DOCTYPE html>
<!--[if lt IE 9]><html class="no-js lt-ie9" lang="en" dir="ltr"><![endif]-->
<!--[if gt IE 8]><!-->
<html class="no-js" lang="en" dir="ltr">
<!--<![endif]-->
<head>
<meta charset="utf-8">
<!-- Web Experience Toolkit (WET) / Boîte à outils de l'expérience Web (BOEW)
wet-boew.github.io/wet-boew/License-en.html / wet-boew.github.io/wet-boew/Licence-fr.html -->
<title>Leadership Learning Path - Canada School of Public Service</title>
<meta content="width=device-width,initial-scale=1" name="viewport">
<meta name="description" content="A self-directed learning journey through courses and other learning products of the Canada School of Public Service, with a certificate for the core curriculum.">
<meta name="dcterms.title" content="Leadership Learning Path">
<meta name="dcterms.creator" content="Canada School of Public Service">
<meta name="dcterms.language" title="ISO639-2/T" content="eng">
<meta name="dcterms.modified" title="W3CDTF" content="2024-11-05">
<link rel="stylesheet" href="https://use.fontawesome.com/releases/v5.15.4/css/all.css">
<link rel="stylesheet" href="/wet-boew/GCWeb/css/theme.min.css">
<noscript><link rel="stylesheet" href="/wet-boew/wet-boew/css/noscript.min.css"></noscript>
<script>dataLayer1 = [];</script>
<script src="https://assets.adobedtm.com/be5dfd287373/0127575cd23a/launch-f7c3e6060667.min.js"></script>
</head>
<body vocab="http://schema.org/" typeof="WebPage">
<div id="def-top">
<nav>
<ul id="wb-tphp" class="wb-init wb-disable-inited">
<li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li>
<li class="wb-slc"><a class="wb-sl" rel="alternate" href="?wbdisable=true">Switch to basic HTML version</a></li>
</ul>
</nav>
<header>
<div id="wb-bnr" class="container">
<div class="row">
<section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right">
<h2 class="wb-inv">Language selection</h2>
<ul class="list-inline mrgn-bttm-0">
<li><a lang="fr" hreflang="fr" href="/leadership-learning-fra.aspx"><span class="hidden-xs">Français</span><abbr title="Français" class="visible-xs h3 mrgn-tp-sm mrgn-bttm-0 text-uppercase">fr</abbr></a></li>
</ul>
</section>
<div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization">
<a href="https://www.canada.ca/en.html" property="url"><img src="/wet-boew/GCWeb/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"><span class="wb-inv"> / <span lang="fr">Gouvernement du Canada</span></span></a>
<meta property="name" content="Government of Canada">
<meta property="areaServed" typeof="Country" content="Canada">
</div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4">
<h2>Search</h2>
<form action="https://www.canada.ca/en/sr/srb.html" method="get" name="cse-search-box" role="search">
<div class="form-group wb-srch-qry">
<label for="wb-srch-q" class="wb-inv">Search Canada.ca</label>
<input id="wb-srch-q" list="wb-srch-q-ac" class="wb-srch-q form-control" name="q" type="search" value="" size="34" maxlength="170" placeholder="Search Canada.ca">
<datalist id="wb-srch-q-ac"></datalist>
</div>
<div class="form-group submit">
<button type="submit" id="wb-srch-sub" class="btn btn-primary btn-small" name="wb-srch-sub"><span class="glyphicon-search glyphicon"></span><span class="wb-inv">Search</span></button>
</div>
</form>
</section>
</div>
</div>
<nav class="gcweb-menu" typeof="SiteNavigationElement">
<div class="container">
<h2 class="wb-inv">Menu</h2>
<button type="button" aria-haspopup="true" aria-expanded="false">Main <span class="wb-inv">Menu</span> <span class="expicon glyphicon glyphicon-chevron-down"></span></button>
<ul role="menu" aria-orientation="vertical" data-ajax-replace="/content/dam/canada/sitemenu/sitemenu-v2-en.html">
<li role="presentation"><a role="menuitem" href="https://www.canada.ca/en/services/jobs.html">Jobs and the workplace</a></li>
<li role="presentation"><a role="menuitem" href="https://www.canada.ca/en/services/immigration-citizenship.html">Immigration and citizenship</a></li>
<li role="presentation"><a role="menuitem" href="https://www.canada.ca/en/services/taxes.html">Taxes</a></li>
</ul>
</div>
</nav>
<nav id="wb-bc" property="breadcrumb">
<h2>You are here:</h2>
<div class="container">
<ol class="breadcrumb">
<li><a href="https://www.canada.ca/en.html">Canada.ca</a></li>
<li><a href="/index-eng.aspx">Canada School of Public Service</a></li>
<li><a href="/catalogue/index-eng.aspx">Learning catalogue</a></li>
</ol>
</div>
</nav>
</header>
</div>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<h1 id="wb-cont" property="name">Leadership Learning Path</h1>
<p>The Leadership Learning Path is a self-directed learning journey through courses and other learning products from the Canada School of Public Service and other sources. You can earn a certificate by completing a carefully selected core curriculum.</p>
<p>The goal is to give you the skills, knowledge and mindsets you need to develop as a leader at any stage of your public service career.</p>
<p>The Leadership Learning Path curriculum is organized according to four perspectives:</p>
<ul>{persp_list}</ul>
<div class="alert alert-info">
<p>Learning products marked <span class="label label-primary">Core</span> form the core curriculum. Complete all core products in the Self and Team perspectives to receive your Leadership Learning Path certificate. Products marked <span class="label label-default">Elective</span> are recommended but optional.</p>
</div>
{main_body}
<div class="pagedetails">
<div class="row">
<div class="col-sm-6 col-md-5 col-lg-4">
<a href="/contact-us-eng.aspx" class="btn btn-default btn-block"><span class="glyphicon glyphicon-comment mrgn-rght-sm"></span>Report a problem or mistake on this page</a>
</div>
</div>
<dl id="wb-dtmd">
<dt>Date modified:</dt>
<dd><time property="dateModified">2024-11-05</time></dd>
</dl>
</div>
</main>
<footer id="wb-info">
<h2 class="wb-inv">About this site</h2>
<div class="gc-contextual"><div class="container">
<nav>
<h3>Canada School of Public Service</h3>
<ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">
<li><a href="/contact-us-eng.aspx">Contact us</a></li>
<li><a href="/about_us/index-eng.aspx">About us</a></li>
<li><a href="/catalogue/index-eng.aspx">Learning catalogue</a></li>
</ul>
</nav>
</div></div>
<div class="gc-main-footer">
<div class="container">
<nav>
<h3>Government of Canada</h3>
<ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">
<li><a href="https://www.canada.ca/en/contact.html">All contacts</a></li>
<li><a href="https://www.canada.ca/en/government/dept.html">Departments and agencies</a></li>
<li><a href="https://www.canada.ca/en/government/system.html">About government</a></li>
</ul>
</nav>
</div>
</div>
<div class="gc-sub-footer">
<div class="container d-flex align-items-center">
<nav>
<h3 class="wb-inv">Government of Canada Corporate</h3>
<ul>
<li><a href="https://www.canada.ca/en/social.html">Social media</a></li>
<li><a href="https://www.canada.ca/en/mobile.html">Mobile applications</a></li>
<li><a href="https://www.canada.ca/en/government/about.html">About Canada.ca</a></li>
<li><a href="https://www.canada.ca/en/transparency/terms.html">Terms and conditions</a></li>
<li><a href="https://www.canada.ca/en/transparency/privacy.html">Privacy</a></li>
</ul>
</nav>
<div class="wtrmrk align-self-end">
<img src="/wet-boew/GCWeb/assets/wmms-blk.svg" alt="Symbol of the Government of Canada">
</div>
</div>
</div>
</footer>
<script src="https://ajax.googleapis.com/ajax/libs/jquery/2.2.4/jquery.js" integrity="sha384-rY/jv8mMhqDabXSo+UCggqKtdmBfd3qC2/KvyTDNQ6PcUJXaxK1tMepoQda4g5vB" crossorigin="anonymous"></script>
<script src="/wet-boew/wet-boew/js/wet-boew.min.js"></script>
<script src="/wet-boew/GCWeb/js/theme.min.js"></script>
<script type="text/javascript">_satellite.pageBottom();</script>
</body>
</html>
"""


def gold():
    d = STEM
    comps = []
    for key in ("self", "team"):
        for name, desc, rows, more in TOPICS[key]:
            courses = [L.item(d, " | ".join(r)) for r in rows] + L.items(d, more)
            comps.append(L.competency(d, name, desc, courses=courses))
    return comps


def main():
    OUT.write_text(page(), encoding="utf-8")
    L.write_gold(OUT, "html", "Leadership Learning Path", gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

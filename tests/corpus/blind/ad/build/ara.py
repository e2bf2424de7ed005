"""ara-competency-framework-process-area.html: Archives and Records Association (UK & Ireland) web page.

Hand-written HTML in the style of the ARA's Joomla site (archives.org.uk): skip link, utility links,
banner, main menu, breadcrumb, left "Professional Development" menu, an article with intro text, a
"How to use the framework" ordered list and the five-level key (front matter), then the Process area
competencies: <h3> name, <p> description, <h4>"Level n: Label"</h4> headings each followed by a <ul> of
examples, and a "Related competencies:" line with links; footer with address, social links, cookie
banner and scripts."""
import html

import helpers as H

STEM = "ara-competency-framework-process-area"
TITLE = "Competency Framework"

LEVELS = ["Level 1: Novice", "Level 2: Beginner", "Level 3: Competent", "Level 4: Proficient",
          "Level 5: Expert/authoritative"]

COMPS = [
    {"name": "Appraisal and Selection",
     "desc": "Decides which records have lasting value and should be kept, using agreed criteria and taking "
             "account of the organisation\u2019s collecting policy and its legal obligations.",
     "levels": [
         ["Helps to sort and list records that have been identified for review",
          "Follows written procedures to record what has been kept and what has been destroyed"],
         ["Applies existing retention schedules and collecting policies to straightforward accessions",
          "Recognises when a decision should be referred to a more experienced colleague"],
         ["Appraises collections independently and documents the reasons for each decision",
          "Advises depositors and records creators on what will be kept and why"],
         ["Reviews and updates collecting policies and retention schedules",
          "Handles sensitive or contested appraisal decisions and explains them to stakeholders"],
         ["Sets the appraisal strategy for the service or for the sector",
          "Contributes to national or international guidance on appraisal"]],
     "related": ["Cataloguing and Description", "Collections Development"]},
    {"name": "Cataloguing and Description",
     "desc": "Creates and maintains descriptions of archives and records that follow recognised standards, so "
             "that users can find them and understand their context.",
     "levels": [
         ["Enters catalogue data from templates under supervision"],
         ["Writes file- and item-level descriptions following the service\u2019s cataloguing manual",
          "Checks own work for consistency with the descriptive standards in use"],
         ["Arranges and catalogues whole collections to international standards such as ISAD(G)",
          "Creates authority records for people, families and organisations"],
         ["Plans cataloguing projects and sets priorities for reducing the backlog",
          "Trains other cataloguers and checks the quality of their work"],
         ["Leads the development of descriptive standards or of catalogue systems shared between "
          "institutions"]],
     "related": ["Appraisal and Selection", "Access and Outreach"]},
    {"name": "Digital Preservation",
     "desc": "Makes sure that digital records remain authentic, usable and accessible over time, whatever "
             "changes take place in technology.",
     "levels": [
         ["Copies digital files to storage using agreed procedures and records their checksums"],
         ["Identifies common file formats and flags those at risk of obsolescence",
          "Carries out routine integrity checks and reports any failures"],
         ["Runs ingest workflows, including format identification, validation and metadata capture",
          "Contributes to the service\u2019s preservation planning"],
         ["Writes and reviews the digital preservation policy and assesses the service against a maturity "
          "model",
          "Selects and manages preservation systems and their suppliers"],
         ["Shapes digital preservation practice in the sector through research, standards work or advocacy"]],
     "related": ["Information Technology and Systems", "Cataloguing and Description"]},
]


def slug(s):
    return s.lower().replace(" ", "-")


def page():
    e = html.escape
    out = []
    w = out.append
    w("""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="The ARA competency framework sets national standards in record keeping for the UK and Ireland.">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Competency Framework - Archives &amp; Records Association UK &amp; Ireland</title>
<link href="/templates/ara2016/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">
<link rel="stylesheet" href="/media/jui/css/bootstrap.min.css" type="text/css">
<link rel="stylesheet" href="/templates/ara2016/css/template.css" type="text/css">
<script src="/media/jui/js/jquery.min.js" type="text/javascript"></script>
<script src="/media/jui/js/jquery-noconflict.js" type="text/javascript"></script>
<script src="/media/system/js/caption.js" type="text/javascript"></script>
<script type="text/javascript">
jQuery(window).on('load',  function() { new JCaption('img.caption'); });
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-31247811-1"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'UA-31247811-1');
</script>
</head>
<body class="site com_content view-article itemid-700">
<a class="skip-link" href="#content">Skip to main content</a>
<div class="utility-bar">
  <div class="container">
    <ul class="utility-links">
      <li><a href="/login.html">Member login</a></li>
      <li><a href="/join-us.html">Join the ARA</a></li>
      <li><a href="/contact-us.html">Contact us</a></li>
    </ul>
    <form class="search" action="/component/search/" method="post">
      <label for="mod-search-searchword" class="element-invisible">Search ...</label>
      <input name="searchword" id="mod-search-searchword" type="search" placeholder="Search ...">
    </form>
  </div>
</div>
<header class="header" role="banner">
  <div class="container">
    <a class="brand" href="/"><img src="/images/logos/ara_logo.png" alt="Archives &amp; Records Association UK &amp; Ireland"></a>
    <div class="strapline">Representing record keepers in the UK and Ireland</div>
  </div>
</header>
<nav class="navigation" role="navigation">
  <div class="container">
    <ul class="nav menu mod-list">
      <li class="item-101"><a href="/">Home</a></li>
      <li class="item-102 parent"><a href="/about.html">About us</a></li>
      <li class="item-103 parent"><a href="/membership.html">Membership</a></li>
      <li class="item-160 active parent"><a href="/160-cpd.html">Professional Development</a></li>
      <li class="item-104 parent"><a href="/training-and-events.html">Training &amp; Events</a></li>
      <li class="item-105"><a href="/publications.html">Publications</a></li>
      <li class="item-106"><a href="/resources.html">Resources</a></li>
      <li class="item-107"><a href="/news.html">News</a></li>
    </ul>
  </div>
</nav>
<div class="body">
<div class="container">
<ul class="breadcrumb">
  <li><a href="/" class="pathway">Home</a><span class="divider">/</span></li>
  <li><a href="/160-cpd.html" class="pathway">Professional Development</a><span class="divider">/</span></li>
  <li class="active"><span>Competency Framework</span></li>
</ul>
<div class="row-fluid">
<div id="aside" class="span3">
  <div class="well _menu">
    <h3 class="page-header">Professional Development</h3>
    <ul class="nav menu">
      <li class="item-700 current active"><a href="/160-cpd/cpd/700-competency-framework.html">Competency Framework</a></li>
      <li class="item-701"><a href="/160-cpd/cpd/701-professional-registration.html">Professional Registration</a></li>
      <li class="item-702"><a href="/160-cpd/cpd/702-foundation-membership.html">Foundation Membership</a></li>
      <li class="item-703"><a href="/160-cpd/cpd/703-fellowship.html">Fellowship</a></li>
      <li class="item-704"><a href="/160-cpd/cpd/704-bursaries.html">Bursaries</a></li>
      <li class="item-705"><a href="/160-cpd/cpd/705-mentoring.html">Mentoring</a></li>
    </ul>
  </div>
</div>
<main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">Competency Framework</h2></div>
<dl class="article-info muted"><dd class="published">Published: 12 June 2018</dd></dl>
<div itemprop="articleBody">
<p>The ARA competency framework sets the national standard in record keeping for the UK and Ireland. It
describes the competencies needed by everyone who works or volunteers in archives, archive conservation and
records management, and it should be the first place you turn to when you plan your own career and
professional development. Employers can use it to check that their staff meet the national standard.</p>
<p>The framework groups 39 competencies into three areas of work: Organisational, Process and
Stakeholder/Customer. For each competency it gives examples of what the competency looks like at each of five
levels of experience.</p>
<h3>Using the framework</h3>
<ol>
<li>Review the framework and note the competencies you already have and those you would like to develop.</li>
<li>Use the level descriptions under each competency as objectives in your professional development plan.</li>
<li>Revisit the framework from time to time to check your progress.</li>
</ol>
<h3>The five levels</h3>
<ul class="levels-key">
<li><strong>Level 1</strong> novice</li>
<li><strong>Level 2</strong> beginner</li>
<li><strong>Level 3</strong> competent</li>
<li><strong>Level 4</strong> proficient</li>
<li><strong>Level 5</strong> expert/authoritative</li>
</ul>
<p>The level you have reached determines whether you can apply for Foundation, Registered or Fellow membership
of the ARA.</p>
<hr>
<h2 id="process">Process area competencies</h2>
<p class="lead">Competencies that relate to the core processes of managing archives and records. This page shows
three of them; the full list is in the <a href="/images/CPD/Competency_Framework_Process_area.pdf">Process area
document (PDF)</a>.</p>
""")
    for c in COMPS:
        w(f'<div class="competency" id="{slug(c["name"])}">\n<h3>{e(c["name"])}</h3>\n<p>{e(c["desc"])}</p>\n')
        for label, bullets in zip(LEVELS, c["levels"]):
            w(f"<h4>{e(label)}</h4>\n<ul>\n")
            for b in bullets:
                w(f"  <li>{e(b)}</li>\n")
            w("</ul>\n")
        links = ", ".join(f'<a href="#{slug(r)}">{e(r)}</a>' for r in c["related"])
        w(f'<p class="related"><em>Related competencies:</em> {links}</p>\n')
        w('<p class="back-to-top"><a href="#content">Back to top</a></p>\n</div>\n')
    w("""</div>
<ul class="pager pagenav">
  <li class="previous"><a href="/160-cpd/cpd/699-cpd-programme.html" rel="prev">&lt; Prev</a></li>
  <li class="next"><a href="/160-cpd/cpd/701-professional-registration.html" rel="next">Next &gt;</a></li>
</ul>
</div>
</main>
</div>
</div>
</div>
<footer class="footer" role="contentinfo">
  <div class="container">
    <div class="footer-address">
      <p>Archives and Records Association (UK and Ireland)<br>Prioryfield House, 20 Canon Street, Taunton, Somerset TA1 1SW</p>
      <p><a href="mailto:ara@archives.org.uk">ara@archives.org.uk</a></p>
    </div>
    <ul class="footer-links">
      <li><a href="/privacy-policy.html">Privacy policy</a></li>
      <li><a href="/terms-of-use.html">Terms of use</a></li>
      <li><a href="https://twitter.com/ArchiverecordsA">Twitter</a></li>
      <li><a href="https://www.facebook.com/archivesandrecordsassociation">Facebook</a></li>
    </ul>
    <p class="copyright">&copy; 2018 Archives and Records Association. Registered charity.</p>
  </div>
</footer>
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite">
  <p>We use cookies to give you the best experience of our website. By continuing to browse you agree to our use of cookies.
  <button type="button" class="btn btn-small" onclick="document.getElementById('cookie-banner').style.display='none'">OK</button></p>
</div>
<script src="/templates/ara2016/js/template.js" type="text/javascript"></script>
</body>
</html>
""")
    return "".join(out)


def gold(doc_path):
    comps = []
    for c in COMPS:
        levels = [H.level(STEM, k, label, bullets) for k, (label, bullets) in
                  enumerate(zip(LEVELS, c["levels"]), start=1)]
        comps.append(H.competency(STEM, c["name"], c["desc"], levels=levels, related=list(c["related"])))
    return H.write_gold(doc_path, "html", TITLE, comps)


def build():
    path = H.DOCS / f"{STEM}.html"
    path.write_text(page(), encoding="utf-8")
    return gold(path)


if __name__ == "__main__":
    print(build())

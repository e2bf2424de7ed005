"""NACADA: The Global Community for Academic Advising - "Resources for Competency Building" page (HTML).

Modelled on nacada.ksu.edu/Resources/Pillars/CoreCompetencies/Resources.aspx (DNN site hosted by Kansas
State University): component blocks (Conceptual / Informational / Relational) each opened by a
"Digital Recording" link, then one paragraph per competency led by an icon image whose alt text is the
competency code ("C1 icon.png"), followed by a list of resources (APA citations, "Title by Author
(Publisher, year)" entries, YouTube links, webinar recordings). One competency has no resources.
"""
from pathlib import Path

import bmlib as L

STEM = "nacada-competency-building-resources"
OUT = L.DOCS / f"{STEM}.html"

# ---------------------------------------------------------------- content
# (code, name, resources); resource = (kind, html, gold) with kind "reading" / "course"
R = []

C1 = ("C1", "Understanding of how academic advising began and the part it plays in higher education", [
    ("reading",
     'Cook, S. (2009). Important events in the development of academic advising in the United States. '
     '<em>NACADA Journal, 29</em>(2), 18&#8211;40.',
     dict(title="Important events in the development of academic advising in the United States",
          authors=["S. Cook"], publisher="NACADA Journal", year=2009)),
    ("reading",
     'Kuhn, T. L. (2008). Historical foundations of academic advising. In V. N. Gordon, W. R. Habley, '
     '&amp; T. J. Grites (Eds.), <em>Academic advising: A comprehensive handbook</em> (2nd ed., pp. 3&#8211;16). '
     'San Francisco, CA: Jossey-Bass.',
     dict(title="Historical foundations of academic advising", authors=["T. L. Kuhn"],
          publisher="Jossey-Bass", year=2008)),
    ("reading",
     '<em>Beyond Foundations: Developing as a Master Academic Advisor</em> by Thomas J. Grites, Marsha A. Miller '
     'and Julie Givans Voller (Jossey-Bass, 2016)',
     dict(title="Beyond Foundations: Developing as a Master Academic Advisor",
          authors=["Thomas J. Grites", "Marsha A. Miller", "Julie Givans Voller"],
          publisher="Jossey-Bass", year=2016)),
    ("course", 'On YouTube: <a href="https://www.youtube.com/watch?v=nacadaHist01">Foundations of Academic '
               'Advising: Tracing How the Field Took Shape</a>', None),
])

C2 = ("C2", "Understanding of the Core Values of Academic Advising set out by NACADA", [])

C3 = ("C3", "Understanding of the theories that inform academic advising", [
    ("reading",
     'Hagen, P. L., &amp; Jordan, P. (2008). Theoretical foundations of academic advising. In V. N. Gordon, '
     'W. R. Habley, &amp; T. J. Grites (Eds.), <em>Academic advising: A comprehensive handbook</em> (2nd ed., '
     'pp. 17&#8211;35). San Francisco, CA: Jossey-Bass.',
     dict(title="Theoretical foundations of academic advising", authors=["P. L. Hagen", "P. Jordan"],
          publisher="Jossey-Bass", year=2008)),
    ("reading",
     'Hagen, P. L. (2018). <em>The power of story: Narrative theory in academic advising</em>. Manhattan, KS: '
     'NACADA.',
     dict(title="The power of story: Narrative theory in academic advising", authors=["P. L. Hagen"],
          publisher="NACADA", year=2018)),
    ("reading",
     'Drake, J. K., Jordan, P., &amp; Miller, M. A. (Eds.). (2013). <em>Academic advising approaches: Strategies '
     'that teach students to make the most of college</em>. San Francisco, CA: Jossey-Bass.',
     dict(title="Academic advising approaches: Strategies that teach students to make the most of college",
          authors=["J. K. Drake", "P. Jordan", "M. A. Miller"], publisher="Jossey-Bass", year=2013)),
    ("course", 'Webinar recording: <a href="/Events-Programs/Events/Web-Events/Past-Webinars.aspx">Putting '
               'Theory to Work in Everyday Advising Practice</a>', None),
])

I5 = ("I5", "Knowledge of the traits, needs and experiences of established and emerging student groups", [
    ("reading",
     'Museus, S. D., &amp; Ravello, J. N. (2010). Characteristics of academic advising that contribute to racial '
     'and ethnic minority student success at predominantly White institutions. <em>NACADA Journal, 30</em>(1), '
     '47&#8211;58.',
     dict(title="Characteristics of academic advising that contribute to racial and ethnic minority student "
                "success at predominantly White institutions",
          authors=["S. D. Museus", "J. N. Ravello"], publisher="NACADA Journal", year=2010)),
    ("reading",
     'Harding, B. (2008). Students with specific advising needs. In V. N. Gordon, W. R. Habley, &amp; '
     'T. J. Grites (Eds.), <em>Academic advising: A comprehensive handbook</em> (2nd ed., pp. 189&#8211;203). '
     'San Francisco, CA: Jossey-Bass.',
     dict(title="Students with specific advising needs", authors=["B. Harding"], publisher="Jossey-Bass",
          year=2008)),
    ("course", 'On YouTube: <a href="https://www.youtube.com/watch?v=nacadaMH02">Student Mental Health: What '
               'Advisors Need to Know and Can Do</a>', None),
])

R2 = ("R2", "Ability to establish rapport and grow advising relationships", [
    ("reading",
     'Hughey, J. K. (2011). Strategies to enhance interpersonal relations in academic advising. '
     '<em>NACADA Journal, 31</em>(2), 22&#8211;32.',
     dict(title="Strategies to enhance interpersonal relations in academic advising", authors=["J. K. Hughey"],
          publisher="NACADA Journal", year=2011)),
    ("reading",
     '<em>High-Impact Advising: A Guide for Academic Advisors</em> by Shannon Ohrablo (Academic Impressions, 2016)',
     dict(title="High-Impact Advising: A Guide for Academic Advisors", authors=["Shannon Ohrablo"],
          publisher="Academic Impressions", year=2016)),
    ("reading",
     '<em>The Appreciative Advising Revolution</em> by Jennifer L. Bloom, Bryant L. Hutson and Ya He '
     '(Stipes Publishing, 2008)',
     dict(title="The Appreciative Advising Revolution", authors=["Jennifer L. Bloom", "Bryant L. Hutson", "Ya He"],
          publisher="Stipes Publishing", year=2008)),
    ("course", 'Digital Recording: <a href="/Store/Digital-Recordings.aspx">Rapport from the First Minute: '
               'Opening the Advising Conversation</a>', None),
])

COMPONENTS = [
    ("Conceptual", "Conceptual graphic.png",
     "Digital Recording: Building Advisor Competency: Conceptual Understanding Component", [C1, C2, C3]),
    ("Informational", "Informational graphic.png",
     "Digital Recording: Building Advisor Competency: Informational Knowledge Component", [I5]),
    ("Relational", "Relational graphic.png",
     "Digital Recording: Building Advisory Competency: Relational Skills Component", [R2]),
]


def strip_tags(s):
    import html
    import re
    return L.norm(html.unescape(re.sub(r"<[^>]+>", "", s)))


# ---------------------------------------------------------------- HTML
def render():
    blocks = []
    for comp, img, rec, comps in COMPONENTS:
        blocks.append(f'''
          <p class="component"><img src="/portals/0/Pillars/CoreComp/{img.replace(' ', '%20')}" alt="{img}" width="180" height="48" /></p>
          <p class="recording"><a href="/Store/Digital-Recordings/Building-Advisor-Competency-{comp}.aspx" target="_blank">{rec}</a></p>''')
        for code, name, res in comps:
            icon = f"{code} icon.png" if code != "I5" else f"{code} icon.jpg"
            blocks.append(f'''
          <p class="competency"><img src="/portals/0/Pillars/CoreComp/{icon.replace(' ', '%20')}" alt="{icon}" width="36" height="36" />{name}</p>''')
            if res:
                lis = "\n".join(f"            <li>{h}</li>" for _, h, _ in res)
                blocks.append(f'''
          <ul class="resources">
{lis}
          </ul>''')
    body = "".join(blocks)
    return f'''<!DOCTYPE html>
<html lang="en-US">
<head id="Head">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>Resources for Competency Building</title>
<meta id="MetaDescription" name="DESCRIPTION" content="NACADA resources to build the academic advising core competencies" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=412" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/skins/nacada/skin.css?cdv=412" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=412" type="text/javascript"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-1234567-8"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-1234567-8');</script>
</head>
<body id="Body">
<form method="post" action="/Resources/Pillars/CoreCompetencies/Resources.aspx" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkCq7Ao1X" /></div>
<div id="siteWrapper">
  <div id="utilityBar">
    <ul class="utilityLinks">
      <li><a href="/Membership/Join.aspx">Join</a></li>
      <li><a href="/Store.aspx">Store</a></li>
      <li><a href="/Contact-Us.aspx">Contact Us</a></li>
      <li><a id="dnn_dnnLogin_loginLink" href="/Login.aspx?returnurl=%2fResources%2fPillars%2fCoreCompetencies%2fResources.aspx">Login</a></li>
    </ul>
    <div id="search"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" placeholder="Search..." /><a id="dnn_dnnSearch_cmdSearch" href="#">Search</a></div>
  </div>
  <header id="header">
    <a id="dnn_dnnLOGO_hypLogo" title="NACADA" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/nacada-logo.png" alt="NACADA: The Global Community for Academic Advising" /></a>
  </header>
  <nav id="mainNav">
    <ul class="topLevel">
      <li><a href="/About-Us.aspx">About Us</a></li>
      <li><a href="/Events-Programs.aspx">Events &amp; Programs</a></li>
      <li class="active"><a href="/Resources.aspx">Resources</a></li>
      <li><a href="/Community.aspx">Community</a></li>
      <li><a href="/Programs/Awards.aspx">Awards</a></li>
      <li><a href="/Membership.aspx">Membership</a></li>
    </ul>
  </nav>
  <div id="breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="/Resources.aspx" class="breadcrumbLink">Resources</a> &gt; <a href="/Resources/Pillars.aspx" class="breadcrumbLink">Pillars</a> &gt; <a href="/Resources/Pillars/CoreCompetencies.aspx" class="breadcrumbLink">Core Competencies</a> &gt; <a href="/Resources/Pillars/CoreCompetencies/Resources.aspx" class="breadcrumbLink">Resources</a></span></div>
  <div id="contentWrapper">
    <aside id="leftPane" class="DNNEmptyPane">
      <h3>Pillars of Academic Advising</h3>
      <ul class="subNav">
        <li><a href="/Resources/Pillars/CoreValues.aspx">Core Values</a></li>
        <li class="selected"><a href="/Resources/Pillars/CoreCompetencies.aspx">Core Competencies</a></li>
        <li><a href="/Resources/Pillars/Concept.aspx">Concept of Academic Advising</a></li>
        <li><a href="/Resources/Pillars/CASStandards.aspx">CAS Standards</a></li>
        <li><a href="/Resources/Pillars/Pillars-translations.aspx">Pillars Translations</a></li>
      </ul>
    </aside>
    <div id="dnn_ContentPane" class="contentPane">
      <div class="DnnModule DnnModule-DNN_HTML DnnModule-4321"><a name="4321"></a>
        <div class="c_container"><div class="c_content">
        <h1 class="c_title"><span id="dnn_ctr4321_dnnTITLE_titleLabel" class="Head">Resources for Competency Building</span></h1>
        <div id="dnn_ctr4321_ContentPane"><div id="dnn_ctr4321_HtmlModule_lblContent" class="Normal">
          <h2>Overall Core Competency development</h2>
          <ul>
            <li>Farr, T., &amp; Cunningham, L. (Eds.). (2017). <em>Academic advising core competencies guide</em>. Manhattan, KS: NACADA.</li>
            <li><a href="/Store/Digital-Recordings/Building-Advisor-Competency.aspx">Digital Recording: Building Advisor Competency: An Overview of the Model</a></li>
          </ul>
          <h2>Core Competency Areas</h2>{body}
          <p>&#160;</p>
          <p class="note">Suggestions for additional resources may be sent to the Professional Development Committee.</p>
        </div></div>
        </div></div>
      </div>
    </div>
  </div>
  <footer id="footer">
    <div class="footerAddress">NACADA Executive Office<br />Kansas State University<br />2323 Anderson Ave, Suite 225<br />Manhattan, KS 66502-2912<br />Phone: (785) 532-5717 | Fax: (785) 532-7732</div>
    <ul class="footerLinks">
      <li><a href="/About-Us/Privacy-Policy.aspx">Privacy Policy</a></li>
      <li><a href="/About-Us/Copyright.aspx">Copyright &amp; Permissions</a></li>
      <li><a href="/About-Us/NACADA-Leadership/Administrative-Division.aspx">Staff Directory</a></li>
    </ul>
    <p class="copyright">Copyright &#169; 2023 NACADA: The Global Community for Academic Advising. All rights reserved.</p>
  </footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`}}" />
</form>
<script type="text/javascript">jQuery(function($){{ $('#mainNav li').hover(function(){{ $(this).addClass('hover'); }}, function(){{ $(this).removeClass('hover'); }}); }});</script>
</body>
</html>
'''


def gold():
    comps = []
    for _, _, _, cs in COMPONENTS:
        for code, name, res in cs:
            readings = [L.reading(STEM, strip_tags(h), **g) for k, h, g in res if k == "reading"]
            courses = L.items(STEM, [strip_tags(h) for k, h, _ in res if k == "course"])
            comps.append(L.competency(STEM, name, None, readings=readings, courses=courses))
    return comps


def main():
    OUT.write_text(render(), encoding="utf-8")
    L.write_gold(OUT, "html", "Resources for Competency Building", gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

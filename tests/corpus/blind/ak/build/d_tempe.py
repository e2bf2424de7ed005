"""tempe-job-competencies.html: City of Tempe HR 'Competencies' page, as an intranet page saved from a
SharePoint Online modern site (suite bar, site header with hub nav, left quick-launch nav, command bar,
title area, text web parts, collapsible sections, quick-links web part, like/comment footer, scripts)."""
import akcommon as C

STEM = "tempe-job-competencies"
TITLE = "Job Competencies"

INTRO = ("Tempe\u2019s job competencies are adapted from the competency models developed by the "
         "Employment and Training Administration of the U.S. Department of Labor. Competencies may be "
         "added or adjusted over time as the skills a classification needs, or the classification "
         "itself, change.")

FAQ = [
    ("What are job competencies?",
     ["The knowledge, skills, aptitudes and personal qualities a person needs to show, or to build, "
      "in order to perform well in a particular job classification."]),
    ("How does adding competencies help?",
     ["Competencies help employees, and applicants for open positions, understand what a job "
      "classification expects of them.",
      "They give supervisors concrete skills and attributes to discuss when planning performance, "
      "coaching or mentoring."]),
    ("Where will competencies be listed?",
     ["Every job description links to this page. Competencies are being added to job descriptions "
      "and will become part of the overall performance management program."]),
]
ASSIGN_Q = "How are competencies assigned?"
ASSIGN_P1 = ("Foundational competencies are assigned to every job classification \u2013 they are the "
             "skills and attributes all City employees need.")
ASSIGN_P2 = "Further competencies are assigned according to the organizational level of the classification:"
ASSIGN_LEVELS = ["Non-Supervisor", "Supervisor", "Manager", "Deputy Director", "Director"]

# (name, definition, [(group, [bullets])])
FOUNDATIONAL = [
    ("Dependability and Reliability",
     "Showing responsible, trustworthy behavior at work.",
     [("Meets obligations",
       ["Completes assigned work accurately and on time.",
        "Follows through on promises made to coworkers and residents.",
        "Takes responsibility for their own decisions and the results."]),
      ("Attendance and punctuality",
       ["Comes to work as scheduled and ready to begin.",
        "Arranges time off in advance, following department procedures."]),
      ("Follows instructions",
       ["Carries out directions from supervisors accurately.",
        "Asks for clarification when instructions are unclear.",
        "Follows safety rules and City procedures."])]),
    ("Integrity",
     "Showing honesty, fairness and sound ethics in every part of the job.",
     [("Behaves ethically",
       ["Follows the City\u2019s code of ethics and related policies.",
        "Uses City property, time and information only for City business."]),
      ("Acts fairly",
       ["Treats everyone equally and without favoritism.",
        "Bases decisions on facts and applies rules the same way each time."]),
      ("Takes responsibility",
       ["Owns up to mistakes and works to put them right.",
        "Keeps commitments and reports results honestly."])]),
]
SUPERVISOR_INTRO = ("Supervisors are expected to demonstrate the foundational competencies as well as "
                    "the competency below.")
SUPERVISOR = [
    ("Coaching and Developing Others",
     "Helping employees build their skills so that they, and the work unit, succeed.",
     [("Coaches",
       ["Gives timely, specific feedback on performance.",
        "Asks questions that help employees solve problems for themselves."]),
      ("Builds capability",
       ["Agrees a development plan with each employee that is linked to their goals.",
        "Hands out stretch assignments and supports employees while they take them on.",
        "Recognizes progress and shares credit with the team."])]),
]

LEFT_NAV = ["Home", "Pay & Benefits", "Classification & Compensation", "Job Competencies",
            "Learning & Development", "Employee Relations", "Forms & Policies", "Site contents",
            "Recycle bin"]
HUB_NAV = ["Tempe Today", "Departments", "Human Resources", "IT Help", "Tools & Apps"]
QUICK_LINKS = ["Employee Self Service", "NEOGOV Perform", "Learning Center", "Job Descriptions A\u2013Z",
               "Performance Evaluation Guide"]


def comp_html(name, definition, groups):
    out = [f'<div class="cke_editable rte--read" data-sp-feature-tag="Rte">',
           f'<h3 id="{C.slug(name)}">{C.esc(name)}</h3>',
           f"<p>{C.esc(definition)}</p>"]
    for g, bullets in groups:
        out.append(f"<p><strong>{C.esc(g)}</strong></p>")
        out.append("<ul>" + "".join(f"<li>{C.esc(b)}</li>" for b in bullets) + "</ul>")
    out.append("</div>")
    return "\n".join(out)


def collapsible(sec_id, title, body, expanded):
    exp = "true" if expanded else "false"
    hidden = "" if expanded else ' style="display:none"'
    return f"""
<div class="CanvasZone CanvasZone--collapsible" data-automation-id="CanvasZone" data-sp-a11y-id="{sec_id}">
 <div class="CanvasSection CanvasSection-col CanvasSection-xl12">
  <div class="CollapsibleLayer" data-automation-id="CollapsibleLayer">
   <button type="button" class="CollapsibleLayer-Button" data-automation-id="CollapsibleLayer-Button" aria-expanded="{exp}" aria-controls="{sec_id}-content">
    <i class="ms-Icon ms-Icon--ChevronDown" aria-hidden="true" data-icon-name="ChevronDown"></i>
    <h2 class="CollapsibleLayer-TitleText" role="heading" aria-level="2">{C.esc(title)}</h2>
   </button>
   <div class="CollapsibleLayer-Content" id="{sec_id}-content" role="region"{hidden}>
    <div class="ControlZone" data-automation-id="CanvasControl">
     <div data-sp-feature-instance-id="{sec_id}-rte" class="ControlZone--control">
{body}
     </div>
    </div>
   </div>
  </div>
 </div>
</div>"""


def render(path):
    faq = []
    for q, paras in FAQ:
        faq.append(f'<p><strong>{C.esc(q)}</strong></p>')
        faq += [f"<p>{C.esc(p)}</p>" for p in paras]
    faq.append(f'<p><strong>{C.esc(ASSIGN_Q)}</strong></p>')
    faq.append(f"<p>{C.esc(ASSIGN_P1)}</p>")
    faq.append(f"<p>{C.esc(ASSIGN_P2)}</p>")
    faq.append("<ul>" + "".join(f"<li>{C.esc(x)}</li>" for x in ASSIGN_LEVELS) + "</ul>")
    faq_body = '<div class="cke_editable rte--read" data-sp-feature-tag="Rte">\n' + "\n".join(faq) + "\n</div>"
    found_body = "\n".join(comp_html(*c) for c in FOUNDATIONAL)
    sup_body = (f'<div class="cke_editable rte--read" data-sp-feature-tag="Rte"><p>{C.esc(SUPERVISOR_INTRO)}</p></div>\n'
                + "\n".join(comp_html(*c) for c in SUPERVISOR))
    cur = ' aria-current="page"'
    left = "\n".join(
        f'     <li class="ms-Nav-navItem{" is-selected" if x == "Job Competencies" else ""}"><a class="ms-Nav-link" href="/sites/HR/SitePages/{C.slug(x)}.aspx"'
        f'{cur if x == "Job Competencies" else ""}>{C.esc(x)}</a></li>' for x in LEFT_NAV)
    hub = "\n".join(f'      <li><a href="/sites/{C.slug(x)}" data-automation-id="HorizontalNav-link">{C.esc(x)}</a></li>' for x in HUB_NAV)
    ql = "\n".join(f'      <li class="quickLinks-item"><a href="#" data-interception="off"><span class="ms-Icon ms-Icon--Link"></span><span class="quickLinks-title">{C.esc(x)}</span></a></li>' for x in QUICK_LINKS)
    html = f"""<!DOCTYPE html>
<html dir="ltr" lang="en-US">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{C.esc(TITLE)}</title>
<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=47" type="image/vnd.microsoft.icon">
<link rel="stylesheet" href="https://static2.sharepointonline.com/files/fabric/office-ui-fabric-core/11.0.0/css/fabric.min.css">
<script type="text/javascript">
var _spPageContextInfo = {{"webServerRelativeUrl":"/sites/HR","webAbsoluteUrl":"https://tempeaz.sharepoint.com/sites/HR","siteClassification":"","isSPO":true,"pageItemId":42,"pageListId":"{{5A1F0C2E-7D44-4E1B-9B8B-0E6A5D2F8C11}}","userLoginName":"","currentLanguage":1033,"webTitle":"Human Resources"}};
var _spClientSideComponentIds = ["d1d91016-032f-456d-98a4-721247c305e8","6410b3b6-d440-4663-8744-378976dc041e"];
</script>
<style>
body{{margin:0;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,Roboto,sans-serif;color:#323130}}
#SuiteNavWrapper{{background:#8C1D40;color:#fff;height:48px;display:flex;align-items:center;padding:0 12px}}
#spSiteHeader{{padding:16px 32px;border-bottom:1px solid #edebe9}}
.sp-layout{{display:flex}} #spLeftNav{{width:220px;border-right:1px solid #edebe9;padding-top:12px}}
#spLeftNav ul{{list-style:none;margin:0;padding:0}} #spLeftNav a{{display:block;padding:8px 20px;color:#323130;text-decoration:none}}
.is-selected a{{background:#f3f2f1;font-weight:600}}
main{{flex:1;padding:0 32px}} .commandBar{{display:flex;gap:16px;padding:8px 0;border-bottom:1px solid #edebe9;font-size:14px}}
.CollapsibleLayer-Button{{background:none;border:0;border-bottom:1px solid #c8c6c4;width:100%;text-align:left;display:flex;gap:8px;padding:12px 0;cursor:pointer}}
.CollapsibleLayer-TitleText{{font-size:20px;font-weight:600;margin:0}}
.sp-columns{{display:flex;gap:32px}} .sp-col-main{{flex:2}} .sp-col-side{{flex:1}}
.quickLinks ul{{list-style:none;padding:0}} .quickLinks-item{{padding:6px 0}}
.sp-pageFooter{{border-top:1px solid #edebe9;margin-top:32px;padding:16px 0;display:flex;gap:24px;font-size:14px}}
</style>
</head>
<body class="ms-Fabric" dir="ltr">
<div id="SuiteNavWrapper" role="banner">
 <button type="button" id="O365_MainLink_NavMenu" aria-label="App launcher" class="o365sx-button"><span class="ms-Icon ms-Icon--WaffleOffice365"></span></button>
 <a id="O365_AppName" href="https://tempeaz.sharepoint.com/_layouts/15/sharepoint.aspx" class="o365sx-appName"><span>SharePoint</span></a>
 <div id="O365_SearchBoxContainer" role="search"><input type="search" id="sbcId" placeholder="Search this site" aria-label="Search this site"></div>
 <div class="o365sx-rightRegion"><button type="button" aria-label="Settings" class="o365sx-button"><span class="ms-Icon ms-Icon--Settings"></span></button><button type="button" aria-label="Help" class="o365sx-button">?</button><span class="o365sx-mePhoto" aria-label="Account manager">JD</span></div>
</div>
<div id="spSiteHeader" data-automation-id="SiteHeader" role="navigation">
 <div class="ms-siteHeader-logo"><span class="ms-siteLogo-defaultLogo">HR</span></div>
 <div class="ms-siteHeader-titleArea">
  <a class="ms-siteHeader-siteName" href="/sites/HR" data-automation-id="SiteHeaderTitle">Human Resources</a>
  <nav class="ms-HorizontalNav" aria-label="Hub navigation">
   <ul>
      <li><a href="/sites/TempeToday" data-automation-id="HubNav-home">City of Tempe Intranet</a></li>
{hub}
   </ul>
  </nav>
 </div>
 <div class="ms-siteHeader-actions"><span class="ms-siteHeader-groupInfo">Public group</span><button type="button" data-automation-id="followSiteButton">Following</button><button type="button" data-automation-id="shareSiteButton">Share site</button></div>
</div>
<div class="sp-layout">
 <div id="spLeftNav" data-automation-id="sp-left-nav">
  <nav class="ms-Nav" role="navigation" aria-label="Site">
   <ul class="ms-Nav-navItems">
{left}
     <li class="ms-Nav-navItem"><a class="ms-Nav-link" href="#" data-automation-id="QuickLaunchEditButton">Edit</a></li>
   </ul>
  </nav>
 </div>
 <main id="spPageCanvasContent" role="main">
  <div class="commandBar" role="menubar" data-automation-id="pageCommandBar">
   <button type="button" role="menuitem">+ New</button>
   <button type="button" role="menuitem">Promote</button>
   <button type="button" role="menuitem">Page details</button>
   <button type="button" role="menuitem">Analytics</button>
   <span class="commandBar-right"><span data-automation-id="pageStatus">Published 3/14/2025</span><button type="button" role="menuitem">Share</button><button type="button" role="menuitem">Edit</button></span>
  </div>
  <div data-automation-id="pageHeader" class="pageTitle-header">
   <div class="topicHeader" data-automation-id="topicHeader">Talent Management</div>
   <h1 data-automation-id="pageTitle" role="heading" aria-level="1">{C.esc(TITLE)}</h1>
   <div class="pageTitle-author" data-automation-id="pageAuthorByline"><span>Human Resources Department</span></div>
  </div>
  <div class="sp-columns">
   <div class="sp-col-main">
    <div class="CanvasZone" data-automation-id="CanvasZone">
     <div class="CanvasSection CanvasSection-col">
      <div class="ControlZone"><div data-sp-feature-instance-id="intro-rte" class="cke_editable rte--read" data-sp-feature-tag="Rte">
<p>{C.esc(INTRO)}</p>
      </div></div>
     </div>
    </div>
{collapsible("faq", "About job competencies", faq_body, True)}
{collapsible("foundational", "Foundational Competencies", found_body, False)}
{collapsible("supervisor", "Supervisor Competencies", sup_body, False)}
   </div>
   <div class="sp-col-side">
    <div class="ControlZone quickLinks" data-automation-id="CanvasControl" data-sp-feature-tag="QuickLinksWebPart">
     <h2 class="webPartTitle" role="heading" aria-level="2">Quick links</h2>
     <ul>
{ql}
     </ul>
    </div>
    <div class="ControlZone" data-sp-feature-tag="Rte">
     <h2 class="webPartTitle" role="heading" aria-level="2">Questions?</h2>
     <p>Contact Talent Management, Human Resources, 480-350-8278.</p>
    </div>
   </div>
  </div>
  <div class="sp-pageFooter" data-automation-id="sp-socialbar">
   <button type="button" data-automation-id="likeButton"><span class="ms-Icon ms-Icon--Like"></span> Like</button>
   <button type="button" data-automation-id="commentButton"><span class="ms-Icon ms-Icon--Comment"></span> Comment</button>
   <span data-automation-id="viewCount">312 views</span>
   <button type="button" data-automation-id="saveForLaterButton">Save for later</button>
  </div>
  <div class="sp-comments" data-automation-id="comments-section">
   <h2 role="heading" aria-level="2">Comments</h2>
   <div class="commentsBox"><textarea placeholder="Add a comment. Type @ to mention someone" aria-label="Add a comment"></textarea></div>
   <p class="noComments">There are no comments on this page yet.</p>
  </div>
 </main>
</div>
<script type="text/javascript" src="https://res-1.cdn.office.net/files/sp-client/sp-pages-assembly_en-us_4b5e1c0a9f8d2e73a1c6d0b9e2f47a18.js"></script>
<script type="text/javascript">
window.addEventListener("load",function(){{document.querySelectorAll(".CollapsibleLayer-Button").forEach(function(b){{b.addEventListener("click",function(){{var c=document.getElementById(b.getAttribute("aria-controls"));var e=b.getAttribute("aria-expanded")==="true";b.setAttribute("aria-expanded",e?"false":"true");c.style.display=e?"none":"";}});}});}});
</script>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


def gold():
    d = STEM
    comps = []
    for name, definition, groups in FOUNDATIONAL + SUPERVISOR:
        ind = []
        for g, bullets in groups:
            ind += C.items(d, bullets, g)
        comps.append(C.competency(d, name, definition, indicators=ind))
    return comps


def build():
    path = C.DOCS / f"{STEM}.html"
    render(path)
    return C.write_gold(path, "html", TITLE, gold())

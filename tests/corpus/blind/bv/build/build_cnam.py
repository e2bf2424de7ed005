"""CNAM (Canadian Network of Asset Managers) - AM Competency Framework (AMCF) online resource, page "Learning and
Development" (HTML).

Modelled on cnam.ca/amcf pages: the AMCF banner text repeated on every page ("The Canadian Network of Asset
Managers (CNAM) has taken its Asset Management Competency Framework for Canadian Communities (AMCF) and expanded
it ..."), "AM Competency Management Activities > Learning and Development" (what L&D involves, "When developing
learning and development activities:" bullets, "If an organization is developing a more comprehensive program"
bullets, "Learning Approaches" in accordance with the 70-20-10 Learning Model), the six AM Competency Categories
with two AM Competencies each (People & Leadership, Policy & Governance, Planning & Decision-Making, Data &
Information, AM Practice, Life Cycle Delivery) and the "Personal Competency Development Planning" steps. The
section "Example Learning Activities by AM Competency" (three competencies, each with a category line, a
description, a 70 / 20 / 10 TABLE with bullet lists in the cells and "Related AM Competencies" links) is ours,
asked for by the batch assignment; the three competency names are ours. WordPress page chrome re-created.
"""
import bvlib as L

STEM = "cnam-amcf-learning-and-development"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Learning and Development"
COLS = ("On-the-Job Learning (70%)", "Social Learning (20%)", "Formal Learning (10%)")

COMPS = [
    dict(name="Asset Data and Information Management", cat="Data & Information", anchor="data",
         desc="Collects, manages and maintains the asset data and information the organization needs to make sound "
              "AM decisions, and makes it available to the people who use it.",
         cols=[["Take part in a condition assessment of a group of assets and record the results in the asset "
                "register",
                "Help reconcile the asset register with the tangible capital asset (TCA) records kept by Finance",
                "Write a data standard for one asset class, such as water mains"],
               ["Shadow a GIS or data analyst while they update asset attribute data",
                "Join a CNAM regional community of practice on data and information",
                "Ask a neighbouring municipality how they structure their asset hierarchy"],
               ["Complete an introductory course on asset data and information management",
                "Attend a conference session on data governance for infrastructure",
                "Review the asset information requirements of ISO 55001"]],
         related=["Lifecycle Decision-Making"]),
    dict(name="Lifecycle Decision-Making", cat="Planning & Decision-Making", anchor="lifecycle",
         desc="Uses lifecycle costs, risk and levels of service to compare options and choose the best investment "
              "for an asset or service over its whole life.",
         cols=[["Prepare a lifecycle cost comparison of two options for an upcoming capital project",
                "Contribute to the risk register for a critical asset class",
                "Present a renew-versus-repair recommendation to your manager"],
               ["Work alongside a finance colleague to build a long-term capital forecast",
                "Ask an experienced AM practitioner to review your decision criteria",
                "Take part in a peer review of another department\u2019s capital plan"],
               ["Complete a course on lifecycle costing and risk-based decision-making",
                "Attend a webinar on levels of service and performance measures",
                "Read your organization\u2019s AM policy and strategy and note how decisions are prioritized"]],
         related=["Asset Data and Information Management", "AM Leadership and Culture"]),
    dict(name="AM Leadership and Culture", cat="People & Leadership", anchor="leadership",
         desc="Champions asset management, builds commitment across departments and with council, and creates a "
              "culture in which AM is part of everyday work.",
         cols=[["Chair a meeting of a cross-departmental AM working group",
                "Present the state of the infrastructure report to senior leadership or council",
                "Coach a new team member on how AM applies to their role"],
               ["Find a mentor who has led an AM program in another organization",
                "Share a lesson learned at a CNAM networking event",
                "Invite council members or senior leaders on a site visit to critical assets"],
               ["Attend a leadership or change management workshop",
                "Complete an AM orientation session for elected officials and senior leaders",
                "Read case studies of AM programs in other Canadian communities"]],
         related=["Lifecycle Decision-Making"]),
]
ANCHORS = {c["name"]: c["anchor"] for c in COMPS}


def esc(s):
    return L.html_escape(s)


def build():
    sections = []
    for c in COMPS:
        cells = []
        for col in c["cols"]:
            lis = "".join(f"<li>{esc(a)}</li>" for a in col)
            cells.append(f"<td><ul>{lis}</ul></td>")
        rel = ", ".join(f'<a href="#{ANCHORS[r]}">{esc(r)}</a>' for r in c["related"])
        sections.append(f"""
        <div class="et_pb_toggle" id="{c['anchor']}">
          <h3 class="et_pb_toggle_title">{esc(c['name'])}</h3>
          <div class="et_pb_toggle_content">
            <p><strong>AM Competency Category:</strong> {esc(c['cat'])}</p>
            <p>{esc(c['desc'])}</p>
            <table class="amcf-table">
              <thead><tr>{''.join(f'<th scope="col">{esc(h)}</th>' for h in COLS)}</tr></thead>
              <tbody><tr>{''.join(cells)}</tr></tbody>
            </table>
            <p><strong>Related AM Competencies:</strong> {rel}</p>
          </div>
        </div>""")
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Learning and Development | CNAM</title>
<link rel="stylesheet" id="divi-style-css" href="https://cnam.ca/wp-content/themes/Divi/style.css?ver=4.9.4" type="text/css" media="all" />
<script type="text/javascript" src="https://cnam.ca/wp-includes/js/jquery/jquery.min.js?ver=3.5.1" id="jquery-core-js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX1B2CNAM"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-7QX1B2CNAM');</script>
<style>
  .amcf-table {{ border-collapse: collapse; width: 100%; }}
  .amcf-table th {{ background: #005a8c; color: #fff; padding: 8px; text-align: left; }}
  .amcf-table td {{ border: 1px solid #ccd; vertical-align: top; padding: 6px; }}
  .amcf-banner {{ background: #e8f1f7; padding: 16px 24px; }}
</style>
</head>
<body class="page-template-default page et_pb_pagebuilder_layout">
<div id="page-container">
<div id="top-header"><div class="container clearfix"><div id="et-info"><a href="mailto:info@cnam.ca"><span id="et-info-email">info@cnam.ca</span></a></div>
<div id="et-secondary-menu"><ul id="et-secondary-nav" class="menu"><li><a href="https://cnam.ca/member-login/">Member Login</a></li><li><a href="https://cnam.ca/join/">Join CNAM</a></li></ul></div></div></div>
<header id="main-header" data-height-onload="66">
  <div class="container clearfix et_menu_container">
    <div class="logo_container"><a href="https://cnam.ca/"><img src="https://cnam.ca/wp-content/uploads/2019/05/CNAM-logo.png" alt="Canadian Network of Asset Managers" id="logo" /></a></div>
    <div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav">
      <li><a href="https://cnam.ca/about/">About</a></li>
      <li><a href="https://cnam.ca/membership/">Membership</a></li>
      <li><a href="https://cnam.ca/events/">Events</a></li>
      <li><a href="https://cnam.ca/resources/">Resources</a></li>
      <li class="current-menu-ancestor"><a href="https://cnam.ca/amcf/">AMCF</a></li>
      <li><a href="https://cnam.ca/contact/">Contact</a></li>
    </ul></nav>
    <div id="et_top_search"><span id="et_search_icon"></span></div></div>
  </div>
</header>
<div id="et-main-area">
<div id="main-content">
  <div class="amcf-banner">
    <h2>AM Competency Framework (AMCF)</h2>
    <p>The Canadian Network of Asset Managers (CNAM) has built on its Asset Management Competency Framework for Canadian Communities (AMCF) to create this online resource, which helps public sector organizations in Canada build their AM capacity and helps AM practitioners in those organizations strengthen their capabilities.</p>
    <ul class="amcf-menu">
      <li><a href="https://cnam.ca/amcf/the-am-competency-framework-for-canadian-communities/">The AM Competency Framework for Canadian Communities</a></li>
      <li class="current-menu-parent"><a href="https://cnam.ca/amcf/am-competency-management-activities/">AM Competency Management Activities</a></li>
      <li><a href="https://cnam.ca/amcf/personal-competency-development-planning/">Personal Competency Development Planning</a></li>
      <li><a href="https://cnam.ca/amcf/am-development-tool/">AM Development Tool</a></li>
    </ul>
  </div>
  <div class="breadcrumbs"><a href="https://cnam.ca/">Home</a> &raquo; <a href="https://cnam.ca/amcf/">AMCF</a> &raquo; <a href="https://cnam.ca/amcf/am-competency-management-activities/">AM Competency Management Activities</a> &raquo; <span>Learning and Development</span></div>
  <article id="post-4127" class="post-4127 page type-page status-publish">
    <div class="entry-content">
      <h1>{TITLE}</h1>
      <p>For most people, learning and development is what a Competency Management Program is about. It covers identifying and building strategies and programs for education and training, lining up staff development with the organization&rsquo;s competency gaps, choosing or creating suitable training material, and working with staff to offer targeted development that closes individual competency gaps.</p>
      <p>When developing learning and development activities:</p>
      <ul>
        <li>Think about which type of learning experience will work best for the competency being developed (see Learning Approaches below);</li>
        <li>Define the audience for the activity clearly;</li>
        <li>Write well-defined learning objectives and follow the principles of instructional design;</li>
        <li>Set out the expected standard for completion;</li>
        <li>Plan for follow-up and ongoing practice; and</li>
        <li>Consider the systems you will need to track achievement.</li>
      </ul>
      <p>An organization building a more comprehensive program should also keep in mind that:</p>
      <ul>
        <li>Modular, progressive programs let people build on earlier learning and remember more;</li>
        <li>Context and interactive activities help people integrate complex processes, tasks and competencies; and</li>
        <li>A common language and shared understanding make it easier for people to move within and between organizations.</li>
      </ul>
      <h2>Learning Approaches</h2>
      <p>Learning and development activities fall into three broad approaches. They change behaviour most effectively when they are combined in line with the 70-20-10 Learning Model:</p>
      <h3>On-the-Job Learning (70%)</h3>
      <p>Learning by doing: assignments, projects and day-to-day responsibilities that let people practise a competency in their real work.</p>
      <h3>Social Learning (20%)</h3>
      <p>Learning from and with others: mentoring, coaching, job shadowing, peer networks and communities of practice.</p>
      <h3>Formal Learning (10%)</h3>
      <p>Structured learning: courses, workshops, webinars, conferences, certifications and self-directed reading.</p>
      <h2>Example Learning Activities by AM Competency</h2>
      <p>The examples below show how the three approaches can be combined for individual AM Competencies. Use them with the AM Development Tool when you PLAN your development (Tab 4). Examples for the remaining AM Competencies will be added over time.</p>
{''.join(sections)}
      <p class="amcf-nav"><a href="https://cnam.ca/amcf/am-competency-management-activities/recruitment-and-selection/">&laquo; Recruitment and Selection</a> | <a href="https://cnam.ca/amcf/am-competency-management-activities/performance-management/">Performance Management &raquo;</a></p>
    </div>
  </article>
</div>
<footer id="main-footer">
  <div id="footer-widgets"><p>The AMCF was developed with the support of the Federation of Canadian Municipalities&rsquo; Municipal Asset Management Program, delivered with funding from the Government of Canada.</p></div>
  <div id="footer-bottom"><div class="container clearfix"><div id="footer-info">&copy; 2024 Canadian Network of Asset Managers. All rights reserved.</div>
  <ul class="et-social-icons"><li><a href="https://www.linkedin.com/company/cnam-rcga/">LinkedIn</a></li><li><a href="https://twitter.com/CNAM_RCGA">Twitter</a></li></ul></div></div>
</footer>
</div>
</div>
<script type="text/javascript" src="https://cnam.ca/wp-content/themes/Divi/js/custom.unified.js?ver=4.9.4" id="divi-custom-script-js"></script>
<script type="text/javascript" src="https://cnam.ca/wp-includes/js/wp-embed.min.js?ver=5.7.2" id="wp-embed-js"></script>
</body>
</html>
"""
    OUT.write_text(html, encoding="utf-8")


def gold():
    doc = STEM
    comps = []
    for c in COMPS:
        acts = []
        for col, lst in zip(COLS, c["cols"]):
            acts += L.items(doc, lst, col)
        comps.append(L.competency(doc, c["name"], c["desc"], activities=acts, related=list(c["related"]),
                                  notes=[L.item(doc, f"AM Competency Category: {c['cat']}")]))
    L.write_gold(OUT, "html", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

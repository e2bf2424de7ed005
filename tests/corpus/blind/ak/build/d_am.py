"""am-software-engineering-competency-matrix.html: AM (Adam Matthew Digital) engineering progression
framework, Software Engineering competency matrix, as a Confluence Server page saved from the browser
(header, space sidebar with page tree, breadcrumbs, page metadata, note panel, expand macros, toc
macro, a competency x level matrix table with bullet lists in the cells, labels, comments, footer)."""
import akcommon as C

STEM = "am-software-engineering-competency-matrix"
TITLE = "Software Engineering Competency Matrix"

LEVELS = [  # (rank, code, title)
    (1, "E0 / S-E1", "Apprentice / Junior Software Engineer"),
    (2, "S-E2", "Software Engineer"),
    (3, "S-E3", "Senior Software Engineer"),
    (4, "S-E4", "Lead Software Engineer"),
    (5, "S-E5", "Principal Software Engineer"),
]

ROWS = [
    ("Technical Craft", "Writing, testing and looking after the code the team owns.", [
        ["Writes small, well-scoped changes with guidance from more experienced engineers.",
         "Adds unit tests to the code they write and keeps them passing."],
        ["Delivers features end to end within an existing design, with little help.",
         "Reviews colleagues\u2019 pull requests and leaves useful, specific comments."],
        ["Designs components that are easy to test, change and operate.",
         "Spots technical debt early and proposes sensible ways to pay it down."],
        ["Sets coding standards for the team and makes sure they are followed.",
         "Makes architectural decisions for the team\u2019s services and records the reasoning."],
        ["Shapes technical direction across several teams."],
    ]),
    ("Delivery", "Turning plans into working software, predictably and safely.", [
        ["Breaks assigned tickets into steps and raises blockers quickly.",
         "Keeps the status of their tickets up to date on the board."],
        ["Estimates their own work with reasonable accuracy.",
         "Takes a feature from refinement through to release."],
        ["Plans the delivery of larger pieces of work and manages the risks.",
         "Helps the team keep work in progress low and the flow of work steady."],
        ["Coordinates delivery across disciplines such as test, DevOps and product.",
         "Negotiates scope with stakeholders to protect both deadlines and quality."],
        ["Aligns the delivery approach of several teams with business priorities."],
    ]),
    ("Communication and Collaboration", "Sharing information and working well with colleagues and stakeholders.", [
        ["Asks for help when stuck and explains what they have already tried.",
         "Gives clear, short updates at stand-up."],
        ["Explains technical choices to non-technical colleagues in plain language.",
         "Pairs with others willingly and passes on what they learn."],
        ["Leads technical discussions and helps the team reach a decision.",
         "Builds working relationships with other teams."],
        ["Represents the team in cross-department meetings.",
         "Handles disagreement constructively and keeps the team focused on outcomes."],
        ["Communicates engineering strategy to senior stakeholders."],
    ]),
    ("Growth and Mentoring", "Developing your own skills and helping others to develop theirs.", [
        ["Follows their training plan and acts on feedback.",
         "Learns the tools and practices the team uses."],
        ["Sets their own learning goals with their line manager.",
         "Helps new joiners settle into the team."],
        ["Mentors junior engineers and apprentices.",
         "Runs knowledge-sharing sessions for the team."],
        ["Coaches engineers towards their next level.",
         "Takes part in hiring and interviewing for the department."],
        ["Builds a learning culture across engineering."],
    ]),
]

INTRO = [
    "This matrix sets out the behaviours we expect of a software engineer at each role level. Use it "
    "together with the Engineering Progression Framework when you plan training and development, when "
    "you prepare for a progression conversation, or when you hire.",
    "Engineers are also expected to show the behaviours of the levels below their own. The matrix is "
    "not a checklist: it is there to guide conversations between engineers and their managers.",
]
WIP = ("WIP notice \u2013 September 2024. Not every role level in this matrix is complete yet. "
       "Updates are published here as soon as they are ready.")
EXPANDS = [
    ("Apprenticeships",
     ["Apprentices and junior engineers share a column, because the expected behaviours are the same: "
      "an apprentice is training for the junior role.",
      "An apprentice is not expected to perform at junior level straight away, but to work towards it. "
      "Every apprentice also has training objectives set by their apprenticeship scheme."]),
    ("Progression beyond E4",
     ["Progression beyond E4 has not been defined yet, given the current and planned structure of the "
      "department. The S-E5 column gives a partial outline so that engineers can see the direction of "
      "travel."]),
]

TREE = [
    ("Engineering Playbook", 0, False), ("Onboarding", 1, False), ("Ways of Working", 1, False),
    ("Progression Framework", 1, False), ("Engineering Progression Framework", 2, False),
    ("Software Engineering Competency Matrix", 3, True), ("Test Engineering Competency Matrix", 3, False),
    ("DevOps Engineering Competency Matrix", 3, False), ("Release Process", 1, False),
    ("Tooling", 1, False), ("Incident Reviews", 1, False),
]


def render(path):
    head_cells = "".join(
        f'<th class="confluenceTh"><p><strong>{C.esc(code)}</strong><br/>{C.esc(title)}</p></th>'
        for _, code, title in LEVELS)
    rows = []
    for name, desc, cells in ROWS:
        tds = "".join(
            '<td class="confluenceTd"><ul>' + "".join(f"<li>{C.esc(b)}</li>" for b in cell) + "</ul></td>"
            for cell in cells)
        rows.append(f'<tr><td class="highlight-grey confluenceTd" data-highlight-colour="grey">'
                    f'<p><strong>{C.esc(name)}</strong></p><p>{C.esc(desc)}</p></td>{tds}</tr>')
    table = (f'<div class="table-wrap"><table class="wrapped confluenceTable"><colgroup><col/><col/><col/><col/><col/><col/></colgroup>'
             f'<tbody><tr><th class="confluenceTh"><p>Competency</p></th>{head_cells}</tr>\n'
             + "\n".join(rows) + "</tbody></table></div>")
    expands = []
    for i, (title, paras) in enumerate(EXPANDS):
        body = "".join(f"<p>{C.esc(p)}</p>" for p in paras)
        expands.append(f"""<div id="expander-{1000 + i}" class="expand-container">
<div id="expander-control-{1000 + i}" class="expand-control"><span class="expand-control-icon icon">&nbsp;</span><span class="expand-control-text">{C.esc(title)}</span></div>
<div id="expander-content-{1000 + i}" class="expand-content expand-hidden">{body}</div>
</div>""")
    tree = []
    for name, depth, cur in TREE:
        cls = "plugin_pagetree_current" if cur else ""
        tree.append(f'<li style="margin-left:{depth * 14}px"><div class="plugin_pagetree_childtoggle_container"><span class="icon plugin_pagetree_childtoggle"></span></div>'
                    f'<div class="plugin_pagetree_children_content"><span class="{cls}"><a href="/display/ENG/{C.slug(name)}">{C.esc(name)}</a></span></div></li>')
    html = f"""<!DOCTYPE html>
<html>
<head>
<title>{C.esc(TITLE)} - Engineering Playbook - AM Confluence</title>
<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7">
<meta charset="UTF-8">
<meta id="confluence-context-path" name="confluence-context-path" content="">
<meta id="confluence-base-url" name="confluence-base-url" content="https://confluence.amdigital.co.uk">
<meta name="ajs-page-id" content="219873412">
<meta name="ajs-space-key" content="ENG">
<meta name="ajs-page-title" content="{C.esc(TITLE)}">
<meta name="ajs-version-number" content="8.5.4">
<link rel="stylesheet" href="/s/en_GB/8804/1a2b3c/_/styles/colors.css">
<link rel="stylesheet" href="/s/d41d8cd98f00b204e9800998ecf8427e-CDN/en_GB/8804/_/download/batch/com.atlassian.confluence.plugins.confluence-page-layout/page-layout.css">
<script type="text/javascript" src="/s/en_GB/8804/_/download/resources/com.atlassian.auiplugin:jquery/jquery.js"></script>
<script type="text/javascript">AJS.Meta.set("page-id","219873412");AJS.Meta.set("space-key","ENG");</script>
</head>
<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default">
<ul id="assistive-skip-links" class="assistive"><li><a href="#title-heading">Skip to content</a></li><li><a href="#breadcrumbs">Skip to breadcrumbs</a></li><li><a href="#header-menu-bar">Skip to header menu</a></li><li><a href="#navigation">Skip to action menu</a></li><li><a href="#quick-search-query">Skip to quick search</a></li></ul>
<div id="page">
<header id="header" role="banner">
 <nav class="aui-header aui-dropdown2-trigger-group" role="navigation">
  <div class="aui-header-primary"><span id="logo" class="aui-header-logo"><a href="/"><span class="aui-header-logo-device">AM Confluence</span></a></span>
   <ul class="aui-nav"><li><a href="/spacedirectory/view.action" id="space-directory-link">Spaces</a></li><li><a href="#" id="people-directory-link">People</a></li><li><a href="#" id="create-page-button" class="aui-button aui-button-primary">Create</a></li></ul></div>
  <div class="aui-header-secondary"><ul class="aui-nav"><li><form id="quick-search" role="search"><input id="quick-search-query" type="text" placeholder="Search" name="queryString"></form></li><li><a href="#" id="help-menu-link">Help</a></li><li><a href="#" id="notifications-anchor">Notifications</a></li><li><a href="#" id="user-menu-link">rokafor</a></li></ul></div>
 </nav>
</header>
<div class="ia-splitter">
 <div class="ia-splitter-left">
  <div class="ia-fixed-sidebar" role="complementary">
   <div class="acs-side-bar ia-scrollable-section">
    <div class="acs-side-bar-space-info"><div class="avatar"><img src="/images/logo/default-space-logo-256.png" alt=""></div><div class="space-information-container"><a href="/display/ENG" class="space-name">Engineering Playbook</a></div></div>
    <div class="acs-nav-wrapper"><div class="acs-nav"><a class="acs-nav-item pages" href="/collector/pages.action?key=ENG">Pages</a><a class="acs-nav-item blog" href="/pages/viewrecentblogposts.action?key=ENG">Blog</a></div></div>
    <div class="ia-secondary-container" data-tree-type="page-tree">
     <div class="ia-secondary-header"><h5 class="ia-secondary-header-title page-tree"><span class="label">Page tree</span></h5></div>
     <div class="ia-secondary-content"><div class="plugin_pagetree conf-macro output-inline"><ul class="plugin_pagetree_children_list plugin_pagetree_children_list_noleftspace">
{chr(10).join(tree)}
     </ul></div></div>
    </div>
    <div class="ia-secondary-footer"><a href="/spaces/viewspacesummary.action?key=ENG">Space tools</a></div>
   </div>
  </div>
 </div>
 <div class="ia-splitter-right">
 <div id="main" class="aui-page-panel">
  <div id="main-header">
   <div id="navigation" class="content-navigation view"><ul class="ajs-menu-bar"><li><a id="editPageLink" href="#" accesskey="e">Edit</a></li><li><a id="page-favourite" href="#">Save for later</a></li><li><a id="watch-content-button" href="#">Watching</a></li><li><a id="shareContentLink" href="#">Share</a></li><li><a id="action-menu-link" href="#">...</a></li></ul></div>
   <div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs">
    <li class="first"><span><a href="/collector/pages.action?key=ENG">Pages</a></span></li>
    <li><span><a href="/display/ENG/Engineering+Playbook">Engineering Playbook</a></span></li>
    <li><span><a href="/display/ENG/Progression+Framework">Progression Framework</a></span></li>
    <li><span><a href="/display/ENG/Engineering+Progression+Framework">Engineering Progression Framework</a></span></li>
   </ol></nav></div>
   <h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text"><a href="/display/ENG/Software+Engineering+Competency+Matrix">{C.esc(TITLE)}</a></span></h1>
  </div>
  <div id="content" class="page view">
   <div class="page-metadata"><ul><li class="page-metadata-modification-info">Created by <span class="author"><a href="#" class="url fn">Platform Team</a></span>, last modified by <span class="editor"><a href="#" class="url fn">Rachel Okafor</a></span> on <a class="last-modified" href="#">Sep 23, 2024</a></li></ul></div>
   <div id="main-content" class="wiki-content">
<div class="confluence-information-macro confluence-information-macro-note conf-macro output-block" data-macro-name="note"><span class="aui-icon aui-icon-small aui-iconfont-warning confluence-information-macro-icon"></span><div class="confluence-information-macro-body"><p>{C.esc(WIP)}</p></div></div>
<div class="toc-macro client-side-toc-macro conf-macro output-block" data-macro-name="toc"><ul><li><a href="#SoftwareEngineeringCompetencyMatrix-Howtousethismatrix">How to use this matrix</a></li><li><a href="#SoftwareEngineeringCompetencyMatrix-Competencymatrix">Competency matrix</a></li><li><a href="#SoftwareEngineeringCompetencyMatrix-Relatedpages">Related pages</a></li></ul></div>
<h2 id="SoftwareEngineeringCompetencyMatrix-Howtousethismatrix">How to use this matrix</h2>
{"".join(f"<p>{C.esc(p)}</p>" for p in INTRO)}
{chr(10).join(expands)}
<h2 id="SoftwareEngineeringCompetencyMatrix-Competencymatrix">Competency matrix</h2>
{table}
<h2 id="SoftwareEngineeringCompetencyMatrix-Relatedpages">Related pages</h2>
<ul class="content-by-label conf-macro output-block" data-macro-name="contentbylabel">
<li><span class="icon aui-icon content-type-page"></span><div><a href="/display/ENG/Engineering+Progression+Framework">Engineering Progression Framework</a></div></li>
<li><span class="icon aui-icon content-type-page"></span><div><a href="/display/ENG/Test+Engineering+Competency+Matrix">Test Engineering Competency Matrix</a></div></li>
<li><span class="icon aui-icon content-type-page"></span><div><a href="/display/ENG/DevOps+Engineering+Competency+Matrix">DevOps Engineering Competency Matrix</a></div></li>
</ul>
   </div>
   <div id="likes-and-labels-container"><div id="likes-section"><a href="#" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span><span>Like</span></a><span class="like-summary">Be the first to like this</span></div>
    <div id="labels-section" class="pageSection group"><div class="labels-section-content content-column"><ul class="label-list"><li class="aui-label"><a class="aui-label-split-main" href="/label/ENG/progression" rel="tag">progression</a></li><li class="aui-label"><a class="aui-label-split-main" href="/label/ENG/competencies" rel="tag">competencies</a></li><li class="aui-label"><a class="aui-label-split-main" href="/label/ENG/software-engineering" rel="tag">software-engineering</a></li></ul></div></div></div>
   <div id="comments-section" class="pageSection group"><div class="section-header"><h2 id="comments-section-title" class="section-title">No Comments</h2></div><div class="quick-comment-container comment add"><p class="comment-user-logo"><img class="userLogo logo" src="/images/icons/profilepics/default.svg" alt=""></p><div class="quick-comment-body"><div class="quick-comment-loading-container"></div><form class="quick-comment-form"><textarea placeholder="Write a comment..." name="comment"></textarea></form></div></div></div>
  </div>
 </div>
 </div>
</div>
<div id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby"><li class="noprint">Powered by <a href="https://www.atlassian.com/software/confluence" class="hover-footer-link">Atlassian Confluence</a> <span id="footer-build-information">8.5.4</span></li><li class="print-only">Printed by Atlassian Confluence 8.5.4</li><li class="noprint"><a href="#" class="hover-footer-link">Report a bug</a></li><li class="noprint"><a href="#" class="hover-footer-link">Atlassian News</a></li></ul><div id="footer-logo"><a href="https://www.atlassian.com/">Atlassian</a></div></section></div>
</div>
<script type="text/javascript">AJS.$(function(){{AJS.$(".expand-control").on("click",function(){{AJS.$(this).next(".expand-content").toggleClass("expand-hidden");}});}});</script>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


def gold():
    d = STEM
    comps = []
    for name, desc, cells in ROWS:
        lvls = [C.level(d, rank, f"{code} {title}", cell) for (rank, code, title), cell in zip(LEVELS, cells)]
        comps.append(C.competency(d, name, desc, levels=lvls))
    return comps


def build():
    path = C.DOCS / f"{STEM}.html"
    render(path)
    return C.write_gold(path, "html", TITLE, gold())

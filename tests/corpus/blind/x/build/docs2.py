"""Blind batch x, part 2: Aberdeen HTML, DOI IBC HTML, Amazon MD, Western Cape TXT, Ortus DOCX."""
import html as H
from pathlib import Path
import common as C
from docx import Document
from docx.shared import Pt

DOCS, GOLD = C.DOCS, C.GOLD
I = C.item
e = H.escape

# ------------------------------------------------------------------ 4. Aberdeen City Council (HTML, WordPress)
AB = "aberdeen-capability-framework-level-one-value"
AB_NEEDS = ("To do this effectively each of us needs to:", ["Promote equality and diversity", "Value others and celebrate success"])
AB_BEST = ("What this looks like when we're at our best ...", [
    "We treat everyone with dignity and respect – we are all equal, we are all people",
    "What we say and do is positive, motivating and encouraging",
    "A thank you goes a long way – we show we appreciate each other",
    "We spot good work, recognise it and celebrate it",
    "We value everyone but we challenge poor performance when we see it"])
AB_WORST = ("What this looks like when we're at our worst...", [
    "Lots of criticism but hardly any praise",
    "Putting someone else down on purpose",
    "The more you do, the less you are thanked",
    "Talking down to people",
    "Getting defensive",
    "Hiding behind jargon"])
AB_KNOW = [("Equality and diversity", "I understand", ["The protected characteristics set out in the Equality Act (2010)",
                                                       "My duty to treat other people with dignity and respect"]),
           ("Valuing others and celebrating success", "I understand", ["What my colleagues do and what each of them contributes",
                                                                       "Why professionalism matters at work"])]
AB_SKILL = [("Equality and Diversity", "I show I can", ["Put the principles of equality, diversity and inclusion into practice",
                                                        "Help others feel welcome and included",
                                                        "Communicate with colleagues and customers in a way that shows value and respect"]),
            ("Valuing others and celebrating success", "I show I can", ["Give others support, encouragement and challenge",
                                                                        "Ask for constructive feedback and act on it",
                                                                        "Show self-awareness and handle working relationships with empathy and appreciation",
                                                                        "Notice and appreciate what others do well"])]


def ul(items):
    return "<ul>\n" + "".join(f"<li>{e(t)}</li>\n" for t in items) + "</ul>\n"


def build_aberdeen():
    body = [f"<p><strong>Aberdeen City Council Capability Framework</strong></p>\n<h2>Level 1</h2>\n",
            f"<p>{e(AB_NEEDS[0])}</p>\n" + ul(AB_NEEDS[1]),
            "<h3>BEHAVIOURS</h3>\n",
            f"<p><strong><em>{e(AB_BEST[0])}</em></strong></p>\n" + ul(AB_BEST[1]),
            f"<p><strong><em>{e(AB_WORST[0])}</em></strong></p>\n" + ul(AB_WORST[1]),
            "<h3>KNOWLEDGE</h3>\n"]
    for g, stem, items in AB_KNOW:
        body.append(f"<h4>{e(g)}</h4>\n<p>{stem}</p>\n" + ul(items))
    body.append("<h3>SKILLS</h3>\n")
    for g, stem, items in AB_SKILL:
        body.append(f"<h4>{e(g)}</h4>\n<p>{stem}</p>\n" + ul(items))
    body.append("<p><em>Select each Guiding Principle to see all the knowledge, skills and behaviours expected of level one employees</em></p>\n")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Capability Framework Level One &#8211; Value &#8211; People Anytime</title>
<link rel='stylesheet' id='wp-block-library-css' href='https://peopleanytime.aberdeencity.gov.uk/wp-includes/css/dist/block-library/style.min.css?ver=6.1.1' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://peopleanytime.aberdeencity.gov.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=3.9.2' media='all' />
<script src='https://peopleanytime.aberdeencity.gov.uk/wp-includes/js/jquery/jquery.min.js?ver=3.6.1' id='jquery-core-js'></script>
</head>
<body class="page-template-default page page-id-2291 page-child ast-page-builder-template">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<header class="site-header" id="masthead">
 <div class="site-branding"><p class="site-title"><a href="https://peopleanytime.aberdeencity.gov.uk/">People Anytime</a></p>
 <p class="site-description">Aberdeen City Council people and organisational development</p></div>
 <nav class="main-navigation" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu">
  <li class="menu-item"><a href="https://peopleanytime.aberdeencity.gov.uk/">Home</a></li>
  <li class="menu-item current-menu-ancestor"><a href="https://peopleanytime.aberdeencity.gov.uk/peopledevelopment/">People Development</a></li>
  <li class="menu-item"><a href="https://peopleanytime.aberdeencity.gov.uk/wellbeing/">Wellbeing</a></li>
  <li class="menu-item"><a href="https://peopleanytime.aberdeencity.gov.uk/policies/">Policies &amp; Guidance</a></li>
  <li class="menu-item"><a href="https://peopleanytime.aberdeencity.gov.uk/contact/">Contact</a></li>
 </ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<nav class="ast-breadcrumbs" aria-label="Breadcrumbs"><a href="https://peopleanytime.aberdeencity.gov.uk/">Home</a> &raquo; <a href="https://peopleanytime.aberdeencity.gov.uk/peopledevelopment/">People Development</a> &raquo; <a href="https://peopleanytime.aberdeencity.gov.uk/peopledevelopment/capability-framework/">Capability Framework</a> &raquo; <a href="https://peopleanytime.aberdeencity.gov.uk/peopledevelopment/capability-framework/level-one/">Level One</a> &raquo; <span class="last">Value</span></nav>
<main id="main" class="site-main">
<article class="post-2291 page type-page status-publish">
<header class="entry-header"><h1 class="entry-title">Value</h1></header>
<div class="entry-content clear">
{''.join(body)}
<div class="post-views">(Visited 146 times, 1 visits today)</div>
<div class="rating-widget"><span>Please Rate this Page</span> <span class="stars">&#9734;&#9734;&#9734;&#9734;&#9734;</span></div>
</div>
</article>
<div id="comments" class="comments-area"><h3 class="comments-title">0 Comments</h3></div>
</main>
</div></div>
<footer class="site-footer"><div class="footer-widgets">
 <p>&copy; 2025 Aberdeen City Council &middot; <a href="https://www.aberdeencity.gov.uk/">aberdeencity.gov.uk</a> &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/accessibility/">Accessibility</a></p></div>
</footer>
</div>
<div id="likes-other-gravatars"><div class="likes-text"><span>%d</span> bloggers like this:</div></div>
<script src='https://stats.wp.com/e-202549.js' defer></script>
<script>_stq = window._stq || []; _stq.push([ 'view', {{v:'ext',blog:'201234567',post:'2291'}} ]);</script>
</body>
</html>
"""
    (DOCS / (AB + ".html")).write_text(page, encoding="utf-8")
    beh = [I(t, AB, group=AB_NEEDS[0]) for t in AB_NEEDS[1]]
    beh += [I(t, AB, group=AB_BEST[0]) for t in AB_BEST[1]]
    beh += [I(t, AB, group=AB_WORST[0]) for t in AB_WORST[1]]
    for g, stem, items in AB_KNOW + AB_SKILL:
        beh += [I(t, AB, group=g) for t in items]
    comp = C.competency("Value", AB, definition=None, levels=[{"rank": 1, "label": "Level 1", "behaviors": beh}])
    C.write_gold(AB, AB + ".html", "html", "Value", [comp])


# ------------------------------------------------------------------ 5. DOI Interior Business Center (HTML table)
IBC = "doi-ibc-core-competency-cluster"
ADM = ["GS-01-04 – Level 2", "GS-05-06 – Level 3", "GS-07-08 – Level 5"]
MGT = ["GS-05-10 – Level 3", "GS-11-13 – Level 4", "GS-14-15 – Level 5"]
COL_ADM = "Required Proficiency Level – Administrative & Technical Positions"
COL_MGT = "Required Proficiency Level – Management, Professional & GS-1102 (Contract Specialist) Positions"
IBC_ROWS = [
    ("Accountability", "Holds self and others answerable for measurable, high-quality, timely and cost-effective results. Sets objectives and priorities and delegates work. Owns up to mistakes. Follows established control systems and rules."),
    ("Attention to Detail", "Works thoroughly and takes care over the details of each task."),
    ("Customer Service", "Works with customers to find out what they need, give help, solve problems and meet expectations; knows the products and services offered; is committed to delivering quality products and services."),
    ("Interpersonal Skills", "Treats others with understanding, friendliness, courtesy, tact, empathy and politeness; builds and keeps effective working relationships, including with people who are difficult, hostile or distressed; relates well to people of varied backgrounds and is sensitive to individual differences."),
    ("Oral Communication", "Expresses information such as ideas or facts to individuals or groups effectively, considering the audience and the nature of the information; makes clear and convincing oral presentations; listens to others and asks clarifying questions when needed."),
]


def build_ibc():
    rows = "".join(
        f"<tr>\n<td>{e(n)}</td>\n<td>{e(dfn)}</td>\n<td>{'<br />'.join(e(x) for x in ADM)}</td>\n<td>{'<br />'.join(e(x) for x in MGT)}</td>\n</tr>\n"
        for n, dfn in IBC_ROWS)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>IBC Core Competency Cluster | Interior Business Center</title>
<link rel="stylesheet" media="all" href="/themes/custom/doi/css/style.css?t2x9ab" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXDOIIBC01"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-XXDOIIBC01');</script>
<script id="_fed_an_ua_tag" src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=DOI"></script>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<section class="usa-banner" aria-label="Official government website"><div class="usa-banner__header"><p class="usa-banner__header-text">An official website of the United States government</p><button class="usa-banner__button" type="button">Here’s how you know</button></div></section>
<header class="site-header"><div class="logo"><a href="/" title="Home" rel="home"><img src="/themes/custom/doi/logo.svg" alt="U.S. Department of the Interior" /></a><span class="site-name">Interior Business Center</span></div>
<nav class="main-menu" aria-label="Main"><ul>
<li><a href="/acquisition-services">Acquisition Services</a></li>
<li><a href="/financial-management">Financial Management</a></li>
<li><a href="/HRD">Human Resources &amp; Payroll</a></li>
<li><a href="/about-us">About Us</a></li>
<li><a href="/contact-us">Contact Us</a></li>
</ul></nav>
<form class="search-block-form" action="/search/node" method="get"><label for="edit-keys" class="visually-hidden">Search</label><input type="search" id="edit-keys" name="keys" placeholder="Search" /><input type="submit" value="Search" /></form>
</header>
<div class="layout-container">
<nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>
<li><a href="/">Home</a></li><li><a href="/HRD">HRD</a></li><li><a href="/HRD/HR-Services">HR Services</a></li><li><a href="/HRD/HR-Services/Supervisor-Toolkit">Supervisor Toolkit</a></li><li>IBC Core Competency Cluster</li></ol></nav>
<aside class="sidebar-first" role="complementary"><nav aria-label="Supervisor Toolkit"><h2>Supervisor Toolkit</h2><ul>
<li><a href="/HRD/HR-Services/Supervisor-Toolkit/hiring">Hiring</a></li>
<li><a href="/HRD/HR-Services/Supervisor-Toolkit/performance-management">Performance Management</a></li>
<li class="is-active"><a href="/HRD/HR-Services/Supervisor-Toolkit/ibc-core-competency-cluster">IBC Core Competency Cluster</a></li>
<li><a href="/HRD/HR-Services/Supervisor-Toolkit/ibc-competency-cluster">IBC Competency Clusters by Occupation</a></li>
<li><a href="/HRD/HR-Services/Supervisor-Toolkit/training">Training &amp; Development</a></li>
</ul></nav></aside>
<main role="main"><a id="main-content" tabindex="-1"></a>
<h1 class="page-title"><span>IBC Core Competency Cluster</span></h1>
<div class="field field--name-body">
<p><em>Approved by the Competency Modeling Validation Review Board on February 9, 2016.</em></p>
<table class="usa-table">
<thead>
<tr>
<th scope="col">Competency</th>
<th scope="col">Definition</th>
<th scope="col">{e(COL_ADM)}</th>
<th scope="col">{e(COL_MGT)}</th>
</tr>
</thead>
<tbody>
{rows}</tbody>
</table>
</div>
<div class="last-updated">Last Updated on 04/11/2023</div>
</main>
</div>
<footer class="site-footer"><div class="footer-links"><ul>
<li><a href="https://www.doi.gov/accessibility">Accessibility</a></li><li><a href="https://www.doi.gov/privacy">Privacy Policy</a></li><li><a href="https://www.doi.gov/foia">FOIA</a></li><li><a href="https://www.doi.gov/pmb/eeo/no-fear-act">No FEAR Act</a></li><li><a href="https://www.usa.gov/">USA.gov</a></li></ul></div>
<p class="footer-address">Interior Business Center &middot; 1849 C Street NW &middot; Washington, DC 20240</p></footer>
</body>
</html>
"""
    (DOCS / (IBC + ".html")).write_text(page, encoding="utf-8")
    comps = [C.competency(n, IBC, definition=dfn,
                          notes=[I(x, IBC, group=COL_ADM) for x in ADM] + [I(x, IBC, group=COL_MGT) for x in MGT])
             for n, dfn in IBC_ROWS]
    C.write_gold(IBC, IBC + ".html", "html", "IBC Core Competency Cluster", comps)


# ------------------------------------------------------------------ 6. Amazon leadership principles (Markdown export)
AMZ = "amazon-leadership-principles"
AMZ_LP = [
    ("Customer Obsession", "Leaders begin with the customer and work backwards from there. They work hard to win customer trust and to keep it. Leaders watch the competition, but their obsession is the customer."),
    ("Ownership", "Leaders think and act like owners. They take the long view and do not trade long-term value for short-term results. They act for the whole company, not only for their own team, and never say \"that's not my job.\""),
    ("Invent and Simplify", "Leaders expect and demand innovation and invention from their teams and keep looking for ways to simplify. They look outward for new ideas wherever they come from and are not held back by \"not invented here.\" When we try new things, we accept that we may be misunderstood for a long time."),
    ("Are Right, A Lot", "Leaders are right a lot. They have sound judgment and good instincts. They look for different perspectives and work to disprove their own beliefs."),
    ("Learn and Be Curious", "Leaders never stop learning and always try to get better. They are curious about new possibilities and act to explore them."),
    ("Hire and Develop the Best", "Leaders raise the performance bar with each hire and promotion. They spot exceptional talent and are happy to move it across the organization. Leaders develop other leaders and take their coaching role seriously."),
    ("Insist on the Highest Standards", "Leaders keep relentlessly high standards, which many people may find unreasonably high. They keep raising the bar and push their teams to deliver high-quality products, services and processes. Leaders make sure defects are not passed along and that problems, once fixed, stay fixed."),
    ("Bias for Action", "Speed matters in business. Many decisions and actions can be reversed and do not call for long study. We value calculated risk taking."),
]


def build_amazon():
    lines = ["[Skip to main content](#main-content)", "",
             "[amazon | jobs](https://www.amazon.jobs/en/) · [Teams](https://www.amazon.jobs/en/business_categories) · [Locations](https://www.amazon.jobs/en/locations) · [Working at Amazon](https://www.amazon.jobs/en/landing_pages/working-at-amazon) · [Sign in](https://www.amazon.jobs/en/users/sign_in)", "",
             "# Leadership Principles", "",
             "We draw on our Leadership Principles every day, whether we are talking through ideas for new projects or",
             "settling on the best way to solve a problem. They are one of the things that make Amazon peculiar.", ""]
    for name, text in AMZ_LP:
        lines += [f"### {name}", "", text, ""]
    lines += ["* * *", "", "[Back to top](#main-content)", "",
              "© 1996-2025, Amazon.com, Inc. or its affiliates · [Privacy](https://www.amazon.jobs/en/privacy_page) · [Accessibility](https://www.amazon.jobs/en/disability/us)", ""]
    (DOCS / (AMZ + ".md")).write_text("\n".join(lines), encoding="utf-8")
    comps = [C.competency(n, AMZ, definition=t) for n, t in AMZ_LP]
    C.write_gold(AMZ, AMZ + ".md", "md", "Leadership Principles", comps)


# ------------------------------------------------------------------ 7. Western Cape Government CBI guide (TXT)
WCG = "wcg-competency-based-interview-guide"
WCG_COMPS = [
    ("Deciding and Initiating Action",
     "Takes responsibility for actions, projects and people; shows initiative and works under own direction; starts activities and brings changes into work processes; makes quick, clear decisions, which may include tough choices or considered risks.",
     ["Makes prompt, clear decisions, even when they are difficult or carry risk",
      "Accepts responsibility for the results of own decisions and actions",
      "Acts with confidence and starts work without waiting to be told"],
     ["Tell me about a time when you had to make an important decision without having all the information you needed. What did you decide, and what happened as a result?",
      "Describe a situation in which you took the lead on a task that was not formally assigned to you. Why did you step in?",
      "Give an example of a decision you made that turned out to be wrong. How did you deal with the consequences?"]),
    ("Working with People",
     "Shows respect for the views and contributions of other team members; shows empathy; listens, supports and cares for others; consults others and shares information and expertise with them; builds team spirit and reconciles conflict; adapts to the team and fits in well.",
     ["Listens to colleagues and values what they contribute",
      "Shares information and expertise with the team",
      "Helps to settle disagreements within the team"],
     ["Tell me about a time when you had to work with a colleague whose approach was very different from yours. How did you make the working relationship succeed?",
      "Describe a situation where a member of your team was struggling. What did you notice, and what did you do?",
      "Give an example of how you helped to build team spirit in a group that was not working well together."]),
]


def wrap(text, width=78, indent=""):
    import textwrap
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=" " * len(indent))


def build_wcg():
    out = []
    def page_head(n):
        out.append(f"Competency Based Interview Guide{' ' * 38}{n}")
        out.append("")
    page_head(27)
    out += ["10. APPENDIX B: COMPETENCY DEFINITIONS AND SAMPLE QUESTIONS", "",
            "The competencies below are taken from the SHL Universal Competency Framework",
            "used by the Western Cape Government. Select two or three questions per",
            "competency and record the candidate's evidence on the scoring sheet.", ""]
    for k, (name, dfn, inds, qs) in enumerate(WCG_COMPS):
        if k:
            out.append("\f")
            page_head(28 + k - 1)
        out += [f"COMPETENCY: {name.upper()}", "", wrap("Definition: " + dfn), "",
                "Positive behavioural indicators:"]
        out += [wrap(i, indent="  - ") for i in inds]
        out += ["", "Sample questions:"]
        for j, q in enumerate(qs, 1):
            out.append(wrap(q, indent=f"  {j}. "))
        out.append("")
    text = "\r\n".join(out) + "\r\n"
    (DOCS / (WCG + ".txt")).write_bytes(text.encode("utf-8"))
    comps = [C.competency(name.upper(), WCG, definition=dfn,
                          indicators=[I(i, WCG) for i in inds],
                          interview_questions=[I(q, WCG) for q in qs])
             for name, dfn, inds, qs in WCG_COMPS]
    C.write_gold(WCG, WCG + ".txt", "txt", None, comps)


# ------------------------------------------------------------------ 8. Ortus interview questions (DOCX, Word numbering)
OR = "ortus-competency-based-interview-questions"
OR_GROUPS = [
    ("Personal Competencies", [
        ("Adaptability", "Ability to stay effective when tasks, responsibilities, surroundings or people change",
         ["How often have you changed jobs? Which change did you find the hardest?",
          "What difficulties did you meet when you moved from one department to another? How long did it take you to settle in?",
          "What have been the biggest changes in your job over the past year? How have you handled them?",
          "Have you had a change of manager? (If so) how did you adjust your way of working to suit the new manager?"]),
        ("Risk Taking", "Extent to which calculated risks are taken to gain an identified benefit or advantage",
         ["How do you weigh up an issue before acting on it?",
          "What calculations would you carry out when assessing a risk?",
          "Tell me about some risks you have taken in your working life. (If necessary) how did you go about it?"]),
    ]),
    ("Decision Making Competencies", [
        ("Problem Analysis", "Identifying problems, gathering relevant information and finding the likely causes",
         ["Describe the most complex problem you have had to analyse. How did you break it down?",
          "What sources of information do you normally use when looking into a problem?",
          "Tell me about a time when your first view of a problem turned out to be wrong. What made you change your mind?"]),
    ]),
]


def build_ortus():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    d.add_heading("Standard Competency Based Interview Questions", level=0)
    for g, comps in OR_GROUPS:          # contents list
        p = d.add_paragraph(); p.add_run(g).bold = True
        for name, _, _ in comps:
            d.add_paragraph(name, style="List Bullet")
    for g, comps in OR_GROUPS:
        d.add_heading(g, level=1)
        for name, dfn, qs in comps:
            d.add_heading(name, level=2)
            p = d.add_paragraph(); p.add_run(dfn).italic = True
            num = C.add_num(d, C.add_abstract(d, C.decimal_lvl(), "3C4D5E" + f"{len(d.paragraphs) % 100:02d}"))
            for q in qs:
                para = d.add_paragraph(q); C.set_num(para, num)
    C.clear_core_props(d, "Standard Competency Based Interview Questions")
    d.save(DOCS / (OR + ".docx"))
    comps = []
    for g, cs in OR_GROUPS:
        for name, dfn, qs in cs:
            comps.append(C.competency(name, OR, definition=dfn, interview_questions=[I(q, OR) for q in qs]))
    C.write_gold(OR, OR + ".docx", "docx", "Standard Competency Based Interview Questions", comps)


def build_all():
    build_aberdeen(); build_ibc(); build_amazon(); build_wcg(); build_ortus()

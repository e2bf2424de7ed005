"""World Food Programme (WFP) - vacancy announcement / job profile on its SAP SuccessFactors career site:
organisational context, job purpose, accountabilities, qualifications, the "4Ps CORE ORGANISATIONAL
CAPABILITIES" table (Purpose / People / Performance / Partnership, four labelled behaviours each) and the
"FUNCTIONAL CAPABILITIES" table (Capability Name | Description of the behaviour expected for the proficiency
level), then other requirements, terms and deadline; saved page with site chrome and scripts."""
from html import escape

from anlib import DOCS, competency, item

STEM = "wfp-programme-policy-officer-nutrition-vacancy"
FILE = DOCS / f"{STEM}.html"
TITLE = "Programme Policy Officer (Nutrition) P3"

FOUR_PS = [
    ("Purpose", [
        ("Understand and communicate the Strategic Objectives",
         "Helps team members see how the unit’s work links to WFP’s Strategic Objectives and to results on the ground."),
        ("Be a force for positive change",
         "Suggests improvements to team processes and promotes them with colleagues and partners."),
        ("Make the mission inspiring to our team",
         "Shows colleagues how their daily tasks connect to the people WFP assists."),
        ("Make our mission visible in everyday actions",
         "Shows in own conduct how the unit’s activities serve WFP’s mission and values."),
    ]),
    ("People", [
        ("Look for ways to strengthen people’s skills",
         "Points out learning opportunities to colleagues and shares own expertise with the team."),
        ("Create an inclusive culture",
         "Encourages open communication in the team and makes sure different views are heard."),
        ("Be a coach &amp; provide constructive feedback",
         "Gives timely, balanced feedback to colleagues and supports them in acting on it."),
        ("Create an “I will”/“We will” spirit",
         "Takes responsibility for shared team goals and encourages others to do the same."),
    ]),
    ("Performance", [
        ("Encourage innovation &amp; creative solutions",
         "Tries new approaches in own work and invites team members to test better ways of delivering results."),
        ("Focus on getting results",
         "Delivers own work to agreed standards and deadlines and helps the team stay on course."),
        ("Make commitments and make good on commitments",
         "Agrees clear objectives with supervisors and colleagues and follows through on them."),
        ("Be Decisive",
         "Makes sound decisions within own area of responsibility, even when information is incomplete."),
    ]),
    ("Partnership", [
        ("Connect and share across WFP units",
         "Builds working relationships with colleagues in other units and shares information that helps them."),
        ("Build strong external partnerships",
         "Develops reliable contacts with government counterparts, UN agencies and NGOs to support programme delivery."),
        ("Be politically agile &amp; adaptable",
         "Reads the interests of partners accurately and adjusts own approach to stay effective."),
        ("Be clear about the value WFP brings to partnerships",
         "Explains to partners what WFP can contribute and how joint work benefits the people served."),
    ]),
]

FUNCTIONAL = [
    ("Programme Lifecycle &amp; Food Assistance",
     "Shows the ability to design, monitor and adjust food and nutrition assistance programmes using assessment "
     "findings and lessons learned."),
    ("Transfer Modalities (Food, Cash, Voucher)",
     "Shows understanding of the different transfer types, their costs and risks, and can recommend the right mix "
     "for a given context."),
    ("Broad Knowledge of Specialized areas",
     "Applies working knowledge of nutrition, school feeding, resilience and safety nets when advising on programme "
     "design."),
    ("Emergency Programming",
     "Supports the planning and scale-up of emergency responses and applies emergency procedures under pressure."),
    ("Strategic Policy Engagement w/Government",
     "Contributes to policy dialogue with national counterparts and helps align WFP programmes with government "
     "priorities."),
]

ACCOUNTABILITIES = [
    "Contribute to the design and review of the country office’s nutrition activities, in line with WFP policy and the "
    "national nutrition strategy.",
    "Prepare programme documents, budgets and reports on the implementation of nutrition interventions.",
    "Support cooperating partners in delivering treatment and prevention activities and follow up on performance "
    "issues.",
    "Analyse monitoring data, identify gaps and recommend corrective action to the Head of Programme.",
    "Liaise with the Ministry of Health, UNICEF and the Nutrition Cluster on joint planning and coordination.",
    "Contribute to the capacity strengthening of government and partner staff.",
    "Supervise and guide national programme staff assigned to the nutrition unit.",
]

OTHER_REQS = [
    "Experience managing or supporting nutrition programmes in a humanitarian setting.",
    "Familiarity with the Community-based Management of Acute Malnutrition (CMAM) approach.",
    "Experience working with government ministries and UN partners.",
]

HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | World Food Programme Careers</title>
<meta name="description" content="Join WFP: {title}, Juba, South Sudan">
<link rel="stylesheet" href="/platform/css/j2w/min/bootstrapV3.global.responsive.min.css?h=7a1c">
<link rel="stylesheet" href="/platform/csb/css/customHeader.css?h=e2c1">
<link rel="stylesheet" href="/platform/csb/css/header1.css?h=e2c1">
<link rel="shortcut icon" href="/platform/images/shared/favicon_wfp.ico" type="image/x-icon">
<script type="text/javascript" src="/platform/js/jquery/jquery-3.5.1.min.js"></script>
<script type="text/javascript" src="/platform/js/j2w/min/j2w.core.min.js?h=7a1c"></script>
<script type="text/javascript">
  var j2w = j2w || {{}};
  j2w.init({{"locale":"en_GB","siteType":"CSB","companyId":"C0000168410P","jobId":"178421",
    "ssoCompanyId":"C0000168410P","isJobPage":true,"applyButtonText":"Apply now"}});
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-4254417-9"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'UA-4254417-9', {{'anonymize_ip': true}});
</script>
</head>
"""

CHROME_TOP = """<body class="coreCSB job-page body">
<a href="#content" class="skipLink">Skip to main content</a>
<div id="header" class="custom-header" role="banner">
  <div class="custom-header-row-0 row">
    <div class="custom-header-logo">
      <a href="https://www.wfp.org/careers" title="World Food Programme careers home">
        <img src="/portalcareer/wfp/logo_en.png" alt="World Food Programme" width="160" height="48">
      </a>
    </div>
    <div class="custom-header-links">
      <ul class="nav navbar-nav" role="navigation">
        <li><a href="/go/Job-Openings/4402501/">Job openings</a></li>
        <li><a href="https://www.wfp.org/careers/how-to-apply">How to apply</a></li>
        <li><a href="https://www.wfp.org/careers/faq">FAQ</a></li>
        <li><a href="/talentcommunity/subscribe/" class="jobAlertsBtn">Job alerts</a></li>
        <li class="sign-in"><a href="/sfcareer/jobreqcareerpvt?jobId=178421&amp;company=C0000168410P">Sign in</a></li>
        <li class="language"><a href="#" class="dropdown-toggle" aria-haspopup="true">English (United Kingdom) &#9662;</a></li>
      </ul>
    </div>
  </div>
  <div class="searchwell">
    <form action="/search/" method="get" role="search" class="form-inline">
      <label for="keywordsearch-q">Search by keyword</label>
      <input id="keywordsearch-q" name="q" type="text" maxlength="50" placeholder="Search by keyword">
      <label for="keywordsearch-locationsearch">Search by location</label>
      <input id="keywordsearch-locationsearch" name="locationsearch" type="text" maxlength="50" placeholder="Search by location">
      <input type="submit" value="Search jobs" class="btn keywordsearch-button">
    </form>
  </div>
</div>
<div id="content" class="jobDisplayShell" role="main" itemscope itemtype="http://schema.org/JobPosting">
  <div class="jobDisplay">
    <div class="content">
      <div class="jobTitle">
        <h1 id="job-title" itemprop="title">{title}</h1>
      </div>
      <div class="job-info">
        <p id="job-date" class="job-date"><strong>Date:</strong> <span itemprop="datePosted">3 Feb 2021</span></p>
        <p id="job-location" class="job-location"><strong>Location:</strong> <span itemprop="jobLocation">Juba, SS</span></p>
        <p id="job-company" class="job-company"><strong>Company:</strong> <span itemprop="hiringOrganization">World Food Programme</span></p>
      </div>
      <div class="applylink pull-right">
        <a class="btn btn-primary btn-large btn-lg apply dialogApplyBtn" href="/talentcommunity/apply/178421/?locale=en_GB">Apply now &raquo;</a>
      </div>
      <div class="job">
        <span class="jobdescription" itemprop="description">
"""

CHROME_BOTTOM = """        </span>
      </div>
      <div class="applylink">
        <a class="btn btn-primary btn-large btn-lg apply dialogApplyBtn" href="/talentcommunity/apply/178421/?locale=en_GB">Apply now &raquo;</a>
      </div>
      <div class="social-share">
        <span class="share-label">Share this job:</span>
        <a href="https://www.linkedin.com/shareArticle?mini=true" class="share-linkedin" title="Share on LinkedIn">LinkedIn</a>
        <a href="https://twitter.com/intent/tweet" class="share-twitter" title="Share on Twitter">Twitter</a>
        <a href="mailto:?subject=Job%20at%20WFP" class="share-email" title="Share by email">Email</a>
      </div>
    </div>
  </div>
</div>
<div id="footer" role="contentinfo">
  <div class="footerRow">
    <ul class="footer-links">
      <li><a href="https://www.wfp.org/">wfp.org</a></li>
      <li><a href="https://www.wfp.org/privacy-policy">Privacy policy</a></li>
      <li><a href="https://www.wfp.org/terms-and-conditions">Terms of use</a></li>
      <li><a href="https://www.wfp.org/fraud-warning">Fraud warning</a></li>
    </ul>
    <p class="copyright">&copy; World Food Programme 2021</p>
    <p class="powered-by"><a href="https://www.sap.com/products/human-resources-hcm.html" class="powered-by-link">Powered by SAP SuccessFactors</a></p>
  </div>
</div>
<script type="text/javascript" src="/platform/js/j2w/min/j2w.apply.min.js?h=7a1c"></script>
<script type="text/javascript" src="/platform/js/j2w/min/j2w.agent.min.js?h=7a1c"></script>
<script type="text/javascript">
  $(function() {{ j2w.Apply.init({{"jobId":"178421","showSocialApply":false}}); j2w.Agent.init(); }});
</script>
</body>
</html>
"""


def _p(text, bold=False):
    if bold:
        return f"<p><strong><span style=\"font-size:11pt\">{text}</span></strong></p>\n"
    return f"<p><span style=\"font-size:11pt\">{text}</span></p>\n"


def body():
    out = []
    out.append(_p("WFP seeks candidates of the highest integrity and professionalism who share our humanitarian "
                  "principles. Selection of staff is made on a competitive basis, and we are committed to promoting "
                  "diversity and gender balance."))
    out.append(_p("ABOUT WFP", True))
    out.append(_p("The United Nations World Food Programme is the world’s largest humanitarian agency fighting "
                  "hunger. Each year WFP assists people in some eighty countries with food, cash and support that "
                  "help them through crises and build their own capacity to feed their families."))
    out.append(_p("ORGANIZATIONAL CONTEXT", True))
    out.append(_p("This position is located in the South Sudan Country Office in Juba, within the Programme unit. "
                  "The job holder reports to the Head of Nutrition and works closely with field offices, cooperating "
                  "partners and national counterparts."))
    out.append(_p("At this level, job holders are expected to be professionals who apply their technical knowledge "
                  "to plan and manage programme activities with a moderate degree of independence."))
    out.append(_p("JOB PURPOSE", True))
    out.append(_p("To plan, manage and monitor WFP’s nutrition interventions in the country, ensuring that they are "
                  "evidence based, reach the people most in need and are aligned with government priorities."))
    out.append(_p("KEY ACCOUNTABILITIES (not all-inclusive)", True))
    out.append("<ol>\n" + "".join(f"<li><span style=\"font-size:11pt\">{a}</span></li>\n" for a in ACCOUNTABILITIES)
               + "</ol>\n")
    out.append(_p("STANDARD MINIMUM QUALIFICATIONS", True))
    out.append(_p("<strong>Education:</strong> Advanced University degree in Nutrition, Public Health, Food Security "
                  "or a related field, or First University degree with additional years of relevant work experience "
                  "and/or training/courses."))
    out.append(_p("<strong>Experience:</strong> At least five years of postgraduate, progressively responsible "
                  "professional experience in nutrition programming."))
    out.append(_p("<strong>Language:</strong> Fluency (level C) in English. Intermediate knowledge (level B) of a "
                  "second official UN language (Arabic, Chinese, French, Russian or Spanish) is an asset."))
    out.append(_p("4Ps CORE ORGANISATIONAL CAPABILITIES", True))
    rows = []
    for cap, behs in FOUR_PS:
        for i, (lab, text) in enumerate(behs):
            first = (f'<td rowspan="{len(behs)}" valign="top" style="width:18%;border:1px solid #999">'
                     f'<strong>{cap}</strong></td>') if i == 0 else ""
            rows.append(f"<tr>{first}<td style=\"border:1px solid #999\"><strong>{lab}:</strong> {text}</td></tr>")
    out.append('<table style="border-collapse:collapse;width:100%" cellpadding="4">\n<tbody>\n'
               + "\n".join(rows) + "\n</tbody>\n</table>\n")
    out.append(_p("FUNCTIONAL CAPABILITIES", True))
    rows = ['<tr><th style="border:1px solid #999;text-align:left">Capability Name</th>'
            '<th style="border:1px solid #999;text-align:left">Description of the behaviour expected for the '
            'proficiency level</th></tr>']
    for name, desc in FUNCTIONAL:
        rows.append(f'<tr><td valign="top" style="border:1px solid #999">{name}</td>'
                    f'<td style="border:1px solid #999">{desc}</td></tr>')
    out.append('<table style="border-collapse:collapse;width:100%" cellpadding="4">\n<tbody>\n'
               + "\n".join(rows) + "\n</tbody>\n</table>\n")
    out.append(_p("OTHER SPECIFIC JOB REQUIREMENTS", True))
    out.append("<ul>\n" + "".join(f"<li><span style=\"font-size:11pt\">{r}</span></li>\n" for r in OTHER_REQS)
               + "</ul>\n")
    out.append(_p("TERMS AND CONDITIONS", True))
    out.append(_p("This is a fixed-term appointment of one year, with the possibility of extension. WFP offers an "
                  "attractive compensation package in line with the United Nations common system, including a basic "
                  "salary, post adjustment and other benefits."))
    out.append(_p("DEADLINE FOR APPLICATIONS", True))
    out.append(_p("17 February 2021"))
    out.append(_p("Female applicants and qualified applicants from developing countries are especially encouraged "
                  "to apply."))
    out.append(_p("WFP has zero tolerance for discrimination and does not discriminate on the basis of HIV/AIDS "
                  "status. No appointment will be made of candidates who have committed crimes against "
                  "international human rights law and international humanitarian law."))
    return "".join(out)


def build():
    html = HEAD.format(title=TITLE) + CHROME_TOP.format(title=TITLE) + body() + CHROME_BOTTOM.format()
    FILE.write_text(html, encoding="utf-8")
    return FILE


def _t(s):
    """Printed text of an HTML fragment (entities resolved)."""
    from html import unescape
    return unescape(s)


def gold():
    comps = []
    for cap, behs in FOUR_PS:
        comps.append(competency(STEM, cap, None,
                                indicators=[item(STEM, f"{_t(lab)}: {_t(text)}") for lab, text in behs]))
    for name, desc in FUNCTIONAL:
        comps.append(competency(STEM, _t(name), None, indicators=[item(STEM, _t(desc))]))
    return "html", TITLE, comps

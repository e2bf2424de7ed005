"""BASW Professional Capabilities Framework, level page "End of first placement" (HTML, basw.co.uk chrome)."""
import html

from ajlib import DOCS, competency, item

STEM = "basw-pcf-end-of-first-placement"
FILE = DOCS / f"{STEM}.html"
TITLE = "End of first placement"

LEVEL_INTRO = ("By the end of the first placement, students should show that they use knowledge and skills, and a "
               "commitment to the core values of social work, effectively in a given setting, mostly in less complex "
               "situations and with supervision and support. They will have shown that they can work with people "
               "and situations where there may be no simple, clear-cut answer.")

# (number, NAME, strapline, descriptor, [bullets])
DOMAINS = [
    (1, "PROFESSIONALISM",
     "Identify as a professional social worker and behave as one, committed to professional development",
     "Social workers belong to a profession that is recognised internationally, and our title is protected in UK law. "
     "We show our professional commitment by taking responsibility for our conduct, our practice, our self-care and our "
     "development. We look for supervision and other professional support and make use of it. We promote excellent "
     "practice and challenge whatever undermines it. As representatives of the profession we protect its reputation. "
     "We are accountable to the people who use services, to the public, to employers and to the regulator, and we make "
     "ethical decisions within these many accountabilities.",
     ["recognise what the professional social worker does in a range of different settings",
      "understand why supervision matters and take an active part in it",
      "present myself professionally, and show reliability, honesty and respect in how I behave",
      "with guidance, manage my own time and workload well",
      "keep personal and professional boundaries in mind in every setting, in person and online",
      "with guidance, recognise the limits of what I can do and know how to seek advice",
      "recognise my own learning needs as they arise from practice and take steps to meet them",
      "pay attention to my own safety, health, wellbeing, self-care and emotional resilience, and ask for advice when I need to",
      "notice concerns about practice, procedures or workplace culture and think about how they could be raised or improved."]),
    (2, "VALUES AND ETHICS",
     "Let the ethical principles and values of social work guide professional practice",
     "Social workers are obliged to conduct themselves, and to make their decisions, in line with our Code of Ethics. "
     "This includes working in partnership with the people who use our services. We promote human rights and social "
     "justice. Throughout our careers we develop and keep up our understanding of the profession's values, its ethical "
     "standards and the law that applies to it.",
     ["understand the profession's ethical principles and the law that relates to them, and apply them in practice",
      "recognise, and with support manage, the effect of my own values on my practice",
      "apply anti-oppressive and person-centred principles in my work with people",
      "recognise ethical dilemmas and conflicts and, with guidance, work out how to respond to them",
      "respect people's right to make their own choices and decisions, within the limits of the law and of safety",
      "understand the importance of confidentiality and the limits to it, and act accordingly."]),
    (3, "DIVERSITY AND EQUALITY",
     "Recognise diversity and put anti-discriminatory and anti-oppressive principles into practice",
     "We understand that diversity shapes human experience and is central to each person's identity. We recognise the "
     "complex nature of identity and of belief, and we take account of it in our work. We understand that some people "
     "are oppressed, marginalised or excluded because of their identity, and we work to challenge discrimination.",
     ["recognise the importance of diversity in human experience and show this in my practice",
      "with support, identify situations of oppression and discrimination and respond to them",
      "reflect on how my own identity and background may affect the people I work with, and adjust my practice",
      "with guidance, recognise the effect of power in relationships and use my own authority fairly."]),
    (4, "RIGHTS, JUSTICE AND ECONOMIC WELLBEING",
     "Advance human rights and work for social justice and economic wellbeing",
     "Social workers recognise everyone's fundamental right to dignity and to live without fear, abuse and harm. We "
     "understand how poverty, inequality and disadvantage affect the lives of the people we work with, and we work "
     "with them to promote their rights and their economic wellbeing.",
     ["understand how legal and human rights frameworks apply to practice, and use them with guidance",
      "work with people to help them understand and claim their rights and entitlements",
      "recognise how poverty and social and economic exclusion affect people and take them into account in my work."]),
    (5, "KNOWLEDGE",
     "Develop and use relevant knowledge drawn from social work practice and research, the social sciences, law, other professions and relevant fields, and the experience of people who use services",
     "We draw on a wide body of knowledge, including research, theory, law and policy, and the experience of the people "
     "we work with. We use this knowledge critically to understand situations, to make decisions and to explain what "
     "we do.",
     ["show an initial understanding of the law, policy and procedures that apply to my placement setting",
      "apply knowledge from the social sciences and from social work theory and methods to the situations I meet",
      "use research and evidence to inform my practice, with guidance",
      "show that I understand human development across the life course and the factors that affect it",
      "learn from the expertise of people who use services and of carers, and value it",
      "understand the roles of other professions and agencies that work alongside social workers",
      "recognise the factors that put people at risk, and those that protect them."]),
    (6, "CRITICAL REFLECTION AND ANALYSIS",
     "Use critical reflection and analysis to inform professional decisions and to explain the reasons for them",
     "Social workers are knowledgeable about, and can use, a range of approaches to critical thinking and reflection. "
     "We weigh up information from different sources, recognise uncertainty and explain the reasons for our judgements.",
     ["use reflection and supervision to examine my practice and learn from it",
      "gather information from a range of sources and begin to analyse it",
      "with guidance, use evidence to explain the reasons for my judgements and decisions",
      "recognise the limits of the information available and where uncertainty remains",
      "keep clear, accurate and timely records that show the reasons for what I have done."]),
    (7, "SKILLS AND INTERVENTIONS",
     "Use judgement, knowledge and authority to intervene with individuals, families and communities so as to promote independence, give support, prevent harm and make progress possible",
     "Social workers engage with people and build relationships with them, using a range of methods and skills to "
     "assess need and risk and to plan, carry out and review interventions. We use our authority appropriately and "
     "work in ways that help people to make changes in their lives.",
     ["use a range of communication skills to engage with people and build working relationships",
      "with guidance, carry out assessments that gather and make sense of relevant information",
      "with support, identify and use suitable methods and interventions",
      "plan my work with people and review it with them",
      "recognise risk and take appropriate action, including seeking advice and following safeguarding procedures",
      "communicate clearly in writing and in speech with people who use services, carers and professionals",
      "understand the authority of the social work role and begin to use it appropriately",
      "manage the ending of working relationships with people in a planned way."]),
    (8, "CONTEXTS AND ORGANISATIONS",
     "Engage with, inform and adapt to changing organisational contexts and to the social and policy environments that shape practice. Work effectively within organisations and services, including multi-agency and inter-professional settings, and help to develop them",
     "Social workers work within organisations, services and partnerships, and the policy and social context around "
     "them changes. We understand how organisations work and how they shape practice, and we contribute to their "
     "development.",
     ["understand the role and purpose of my placement agency and how it fits into the wider network of services",
      "work within the policies and procedures of my placement agency",
      "work effectively with colleagues in other professions and agencies",
      "recognise how organisational structures and resources affect the services people receive",
      "identify how I could contribute to the development of the service."]),
    (9, "PROFESSIONAL LEADERSHIP",
     "Promote the profession and good social work practice. Take responsibility for the professional learning and development of others. Build personal influence and take part in the collective leadership and impact of the profession",
     "We contribute to the profession's development through our practice, our learning and the support we give to "
     "others. Leadership is shown at every level of social work, and we each help to shape the profession's "
     "standing and influence.",
     ["recognise the importance of leadership in social work at every level",
      "share my learning with others, for example in team meetings or supervision",
      "show an understanding of how social workers contribute to the development of the profession."]),
]

HEAD = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>End of first placement | British Association of Social Workers</title>
<meta name="description" content="Professional Capabilities Framework capability statements for the end of first placement level.">
<link rel="canonical" href="https://basw.co.uk/training-cpd/professional-capabilities-framework/end-first-placement">
<link rel="stylesheet" media="all" href="/themes/custom/basw/css/style.css?s1x9q2">
<script src="https://consent.cookiebot.com/uc.js" data-cbid="00000000-0000-0000-0000-000000000000" data-blockingmode="auto" type="text/javascript"></script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-BASW000');</script>
</head>
<body class="path-node page-node-type-page">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-BASW000" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="CybotCookiebotDialog" class="cookie-dialog" role="dialog" aria-label="Cookie consent">
  <div class="cookie-dialog__text">
    <h2>This website uses cookies</h2>
    <p>We use cookies to personalise content, to provide social media features and to analyse our traffic. We also share information about your use of our site with our social media and analytics partners.</p>
  </div>
  <div class="cookie-dialog__buttons">
    <a href="#" id="CybotCookiebotDialogBodyButtonDecline">Use necessary cookies only</a>
    <a href="#" id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Allow selection</a>
    <a href="#" id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all cookies</a>
  </div>
</div>
<div class="dialog-off-canvas-main-canvas">
<header class="site-header" role="banner">
  <div class="site-header__top">
    <ul class="menu menu--account">
      <li><a href="/join">Join BASW</a></li>
      <li><a href="/user/login">My BASW</a></li>
      <li><a href="/contact-us">Contact us</a></li>
    </ul>
  </div>
  <div class="site-header__branding">
    <a href="/" rel="home" class="site-logo"><img src="/themes/custom/basw/logo.svg" alt="Home"></a>
    <div class="site-slogan">The professional association for social work and social workers</div>
  </div>
  <nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="main-nav">
    <h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
    <ul class="menu menu--main">
      <li><a href="/about-basw">About</a></li>
      <li><a href="/membership">Membership</a></li>
      <li><a href="/policy-and-practice">Policy &amp; Practice</a></li>
      <li class="menu-item--active-trail"><a href="/training-cpd">Training &amp; CPD</a></li>
      <li><a href="/events">Events</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/advice-and-representation">Advice &amp; Representation</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumb-region">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/training-cpd">Training &amp; CPD</a></li>
      <li><a href="/training-cpd/professional-capabilities-framework-pcf">Professional Capabilities Framework (PCF)</a></li>
      <li>End of first placement</li>
    </ol>
  </nav>
</div>
<div class="layout-container layout--sidebar-first">
<aside class="layout-sidebar-first" role="complementary">
  <nav class="menu--pcf" aria-label="PCF levels">
    <h2>PCF levels</h2>
    <ul>
      <li><a href="/training-cpd/professional-capabilities-framework/point-entry-training">Point of entry to training</a></li>
      <li><a href="/training-cpd/professional-capabilities-framework/readiness-direct-practice">Readiness for direct practice</a></li>
      <li class="is-active"><a href="/training-cpd/professional-capabilities-framework/end-first-placement">End of first placement</a></li>
      <li><a href="/training-cpd/professional-capabilities-framework/end-last-placementcompletion">End of last placement/completion</a></li>
      <li><a href="/training-cpd/professional-capabilities-framework/asye">Assessed and Supported Year in Employment (ASYE)</a></li>
      <li><a href="/training-cpd/professional-capabilities-framework/social-worker">Social Worker</a></li>
      <li><a href="/training-cpd/professional-capabilities-framework/experienced-social-worker">Experienced Social Worker</a></li>
      <li><a href="/training-cpd/professional-capabilities-framework/advanced-level">Advanced Level</a></li>
      <li><a href="/training-cpd/professional-capabilities-framework/strategic-level">Strategic Level</a></li>
    </ul>
  </nav>
</aside>
<main id="main-content" role="main" class="layout-content">
<article class="node node--type-page">
<h1 class="page-title"><span>End of first placement</span></h1>
<div class="field field--name-body">
"""

TAIL = """</div>
<div class="pcf-download">
  <p><a href="/sites/default/files/resources/pcf-end-of-first-placement.pdf" class="file file--application-pdf">Download the End of first placement capabilities (PDF)</a></p>
</div>
</article>
</main>
</div>
<footer class="site-footer" role="contentinfo">
  <div class="site-footer__menus">
    <ul class="menu menu--footer">
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy-policy">Privacy policy</a></li>
      <li><a href="/cookie-policy">Cookie policy</a></li>
      <li><a href="/terms-and-conditions">Terms and conditions</a></li>
      <li><a href="/work-basw">Work for BASW</a></li>
    </ul>
    <ul class="menu menu--social">
      <li><a href="https://twitter.com/BASW_UK">Twitter</a></li>
      <li><a href="https://www.facebook.com/BASWUK">Facebook</a></li>
      <li><a href="https://www.linkedin.com/company/basw">LinkedIn</a></li>
    </ul>
  </div>
  <div class="site-footer__legal">
    <p>British Association of Social Workers, Wellesley House, 37 Waterloo Street, Birmingham, B2 5PP</p>
    <p>&copy; BASW 2024. BASW is a company limited by guarantee, registered in England and Wales.</p>
  </div>
</footer>
</div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/core/misc/drupal.js?v=10.2.5"></script>
<script src="/themes/custom/basw/js/global.js?s1x9q2"></script>
</body>
</html>
"""


def e(s):
    return html.escape(s, quote=False)


def build():
    parts = [HEAD, f"<p>{e(LEVEL_INTRO)}</p>\n"]
    for n, name, strap, desc, bullets in DOMAINS:
        parts.append(f'<h2 class="pcf-domain">{n}. {e(name)}</h2>\n')
        parts.append(f"<p><strong>{e(strap)}</strong></p>\n")
        parts.append(f"<p>{e(desc)}</p>\n")
        parts.append("<p>I\u2026</p>\n<ul>\n")
        parts += [f"<li>{e(b)}</li>\n" for b in bullets]
        parts.append("</ul>\n")
    parts.append(TAIL)
    FILE.write_text("".join(parts), encoding="utf-8")
    return FILE


def gold():
    comps = []
    for n, name, strap, desc, bullets in DOMAINS:
        comps.append(competency(STEM, name, f"{strap} {desc}",
                                indicators=[item(STEM, b) for b in bullets]))
    return "html", TITLE, comps

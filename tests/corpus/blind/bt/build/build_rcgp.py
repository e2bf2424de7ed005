"""Royal College of General Practitioners (RCGP), MRCGP Workplace Based Assessment (WPBA) competence
framework: word pictures and indicators of potential underperformance (IPUs), three of the competence areas.

HTML, hand-written, rcgp.org.uk (ASP.NET-era) chrome: utility links, logo, main nav, search box,
breadcrumb, left "In this section" menu, cookie banner, footer with charity numbers, scripts. Per competence
area: h2 "n Name", "This competency is about ..." paragraph, a table whose columns are the developmental
scale (Insufficient Evidence | Needs Further Development | Competent | Excellent), the Insufficient Evidence
cell spanning all rows, then an IPU list.
"""
import html

import btlib as B

STEM = "rcgp-wpba-competence-word-pictures"
OUT = B.DOCS / f"{STEM}.html"
TITLE = "WPBA competence framework: word pictures"
SCALE = ["Insufficient Evidence", "Needs Further Development", "Competent", "Excellent"]
INSUFFICIENT = ("From the evidence available, the doctor's performance cannot be placed at a higher point on "
                "this developmental scale.")
IPU = "Indicators of potential underperformance (IPUs)"

AREAS = [
    (1, "Communication and consultation skills",
     "This competency is about communicating with patients and using recognised consultation techniques.",
     [("Builds a working relationship with the patient, but one that centres on the problem rather than the "
       "person.",
       "Explores the patient's agenda, health beliefs and preferences. Draws out psychological and social "
       "information to place the patient's problem in context.",
       "Brings the patient's perspective and context into the negotiation of the management plan."),
      ("Produces management plans that suit the patient's problem.",
       "Works in partnership with the patient to agree a plan that respects the patient's agenda and how far "
       "they wish to be involved.",
       "Wherever possible, chooses plans that respect the patient's autonomy."),
      ("Gives explanations that are relevant and that the patient can understand, using suitable language.",
       "Checks the patient's understanding of what has happened.",
       "Uses a range of communication techniques and materials to tailor explanations to the patient's "
       "needs."),
      ("Completes the tasks of the consultation but in a rigid way.",
       "Completes consultation tasks flexibly and efficiently, responding to the way the patient prefers to "
       "consult.",
       "Uses advanced consultation skills, such as confrontation or catharsis, where these will improve the "
       "outcome for the patient.")],
     ["Does not find out the patient's ideas, concerns and expectations",
      "Moves to closed questions too early and misses cues the patient offers",
      "Gives explanations that are unclear or full of jargon",
      "Does not check that the patient has understood the plan"]),
    (4, "Making a diagnosis/decisions",
     "This competency is about taking a conscious and structured approach to making decisions.",
     [("Makes decisions by recognising familiar patterns in the information gathered.",
       "Weighs the possible diagnoses systematically, taking account of how common each is and how the "
       "illness usually develops.",
       "Explains the reasoning behind a decision to colleagues and to the patient, and revises the working "
       "diagnosis as new information emerges."),
      ("Finds it hard to decide when the presentation is unclear and tends to over-investigate.",
       "Tolerates uncertainty where it is safe to do so and uses time as a diagnostic tool.",
       "Manages uncertainty with confidence and helps patients and colleagues to accept it where that is "
       "appropriate."),
      ("Reviews decisions only when prompted.",
       "Reviews and revises decisions as circumstances change or new information arrives.",
       "Anticipates when a decision may need to change and plans for it with the patient.")],
     ["Does not consider serious conditions that could explain the presentation",
      "Makes decisions that the information gathered does not support",
      "Relies too heavily on investigations to reach a diagnosis"]),
    (8, "Working with colleagues and in teams",
     "This competency is about working well with other professionals to deliver good patient care, including "
     "sharing information with colleagues.",
     [("Is available to colleagues when needed.",
       "Works cooperatively with the other members of the team and seeks their views.",
       "Leads the team in using each member's skills to best effect."),
      ("Shares information with colleagues when asked to.",
       "Shares information with colleagues promptly and through the right channels.",
       "Builds systems that make sure information flows across the team and to other services."),
      ("Refers patients on but does not always explain why.",
       "Makes referrals that are appropriate and clearly explained, and follows them up.",
       "Develops referral pathways with colleagues in other parts of the health and care system.")],
     ["Does not respond to requests from colleagues in good time",
      "Criticises or undermines colleagues in front of patients",
      "Keeps to themselves information that others in the team need"]),
]


def e(s):
    return html.escape(s, quote=False)


def area_html(num, name, about, rows, ipus):
    head = "".join(f"<th scope=\"col\">{e(s)}</th>" for s in SCALE)
    trs = []
    for i, (nfd, comp, exc) in enumerate(rows):
        first = (f'<td rowspan="{len(rows)}" class="insufficient">{e(INSUFFICIENT)}</td>' if i == 0 else "")
        trs.append(f"            <tr>{first}<td>{e(nfd)}</td><td>{e(comp)}</td><td>{e(exc)}</td></tr>")
    body = "\n".join(trs)
    lis = "\n".join(f"            <li>{e(x)}</li>" for x in ipus)
    return f"""        <h2 id="competence-{num}">{num} {e(name)}</h2>
        <p>{e(about)}</p>
        <table class="wordpictures">
          <thead><tr>{head}</tr></thead>
          <tbody>
{body}
          </tbody>
        </table>
        <h3>{e(IPU)}</h3>
          <ul>
{lis}
          </ul>
        <p class="backtotop"><a href="#top">Back to top</a></p>"""


def page():
    areas = "\n".join(area_html(*a) for a in AREAS)
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>WPBA competence framework - Royal College of General Practitioners</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="/Style%20Library/rcgp/css/main.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Style%20Library/rcgp/js/jquery-1.11.1.min.js"></script>
<script type="text/javascript">
  var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-0000000-1']); _gaq.push(['_trackPageview']);
</script>
</head>
<body>
<form method="post" action="./wpba-competence-framework.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2MTY2ODcyMjlkZA==" /></div>
<div id="cookie-banner" class="cookie-banner"><p>We use cookies to give you the best experience of our website. By continuing to browse you are agreeing to our use of cookies. <a href="/privacy-and-cookies.aspx">Find out more</a></p><a href="#" class="cookie-close">Close</a></div>
<a id="top"></a>
<div id="header">
  <ul class="utility-links">
    <li><a href="/contact-us.aspx">Contact us</a></li>
    <li><a href="/membership/join.aspx">Join the RCGP</a></li>
    <li><a href="/login.aspx">Log in</a></li>
  </ul>
  <div class="logo"><a href="/"><img src="/Style%20Library/rcgp/images/rcgp-logo.png" alt="Royal College of General Practitioners" /></a></div>
  <div class="search"><label for="q">Search</label><input type="text" id="q" name="q" /><input type="submit" value="Go" /></div>
  <ul id="main-nav">
    <li><a href="/clinical-and-research.aspx">Clinical &amp; research</a></li>
    <li class="selected"><a href="/training-exams.aspx">Training &amp; exams</a></li>
    <li><a href="/learning.aspx">Learning</a></li>
    <li><a href="/policy.aspx">Policy</a></li>
    <li><a href="/membership.aspx">Membership</a></li>
    <li><a href="/about-us.aspx">About us</a></li>
  </ul>
</div>
<div id="breadcrumb">
  <a href="/">Home</a> &gt; <a href="/training-exams.aspx">Training &amp; exams</a> &gt; <a href="/training-exams/mrcgp-workplace-based-assessment-wpba.aspx">MRCGP workplace-based assessment (WPBA)</a> &gt; <span>WPBA competence framework</span>
</div>
<div id="wrapper">
  <div id="left-nav">
    <h4>In this section</h4>
    <ul>
      <li><a href="/training-exams/mrcgp-workplace-based-assessment-wpba/about-wpba.aspx">About WPBA</a></li>
      <li class="current"><a href="/training-exams/mrcgp-workplace-based-assessment-wpba/wpba-competence-framework.aspx">WPBA competence framework</a></li>
      <li><a href="/training-exams/mrcgp-workplace-based-assessment-wpba/wpba-assessments.aspx">WPBA assessments</a></li>
      <li><a href="/training-exams/mrcgp-workplace-based-assessment-wpba/esr.aspx">Educational Supervisor's Review</a></li>
      <li><a href="/training-exams/mrcgp-workplace-based-assessment-wpba/trainee-eportfolio.aspx">Trainee ePortfolio</a></li>
    </ul>
  </div>
  <div id="content">
    <h1>{e(TITLE)}</h1>
    <p class="intro">The word pictures below describe how a GP trainee's performance develops in each competence area, from needing further development to excellence. Educational supervisors use them, together with the evidence in the Trainee ePortfolio, when rating progress at each review. The indicators of potential underperformance help trainers to recognise early a trainee who may need extra support.</p>
{areas}
    <p class="last-updated">Page last updated: 14 March 2016</p>
  </div>
</div>
<div id="footer">
  <ul class="footer-links">
    <li><a href="/accessibility.aspx">Accessibility</a></li>
    <li><a href="/privacy-and-cookies.aspx">Privacy and cookies</a></li>
    <li><a href="/terms-and-conditions.aspx">Terms and conditions</a></li>
    <li><a href="/sitemap.aspx">Sitemap</a></li>
  </ul>
  <p>&copy; Royal College of General Practitioners 2016. The Royal College of General Practitioners is a registered charity in England and Wales (No. 223106) and Scotland (No. SC040430).</p>
  <p>30 Euston Square, London NW1 2FB</p>
</div>
</form>
<script type="text/javascript">
  (function() {{ var ga = document.createElement('script'); ga.async = true; ga.src = 'https://ssl.google-analytics.com/ga.js'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); }})();
  $('.cookie-close').on('click', function(e) {{ e.preventDefault(); $('#cookie-banner').hide(); }});
</script>
</body>
</html>
"""


def build():
    OUT.write_text(page(), encoding="utf-8")


def gold():
    comps = []
    for num, name, about, rows, ipus in AREAS:
        levels = [B.level(STEM, 1, SCALE[0], [INSUFFICIENT])]
        for k in range(3):
            levels.append(B.level(STEM, k + 2, SCALE[k + 1], [r[k] for r in rows]))
        comps.append(B.competency(STEM, name, about, levels=levels,
                                  indicators=[B.item(STEM, x, IPU) for x in ipus]))
    B.write_gold(OUT, "html", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()

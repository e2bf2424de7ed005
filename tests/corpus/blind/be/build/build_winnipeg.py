"""City of Winnipeg / Winnipeg Police Service - "Competency Measures" page (HTML, hand-written chrome)."""
import html as H
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import belib as B

STEM = "winnipeg-police-competency-measures"
DOC = B.DOCS / f"{STEM}.html"
TITLE = "Winnipeg Police Service - Competency Measures"

INTRO = [
    "Competencies are abilities or qualities a person builds up through life experience, study, training or "
    "work. The City of Winnipeg hires on the basis of a competency model, and so does the Winnipeg Police Service.",
    "Listed below are the City of Winnipeg\u2019s five core competencies. The Winnipeg Police Service measures "
    "every applicant against them and regards them as essential to performing well as a Winnipeg Police Officer.",
    "Applicants are encouraged to become familiar with these competencies before they apply.",
]

# (name, dash, definition)
CORE = [
    ("Respecting Diversity", "\u2013",
     "treats every person with respect and deals with them fairly and effectively whatever their race, "
     "nationality, culture, disability, age or sex; supports equal opportunity and fair treatment for all."),
    ("Citizen & Customer Focus", "\u2013",
     "dedicated to building relationships with customers and earning their trust and respect so that their "
     "needs are met; uses what customers say to improve products and services; keeps customers in mind when acting."),
    ("Integrity & Trust", "\u2013",
     "an honest and trusted person who tells the truth in a way that is helpful and appropriate; keeps "
     "confidences and, when admitting a mistake, gives a truthful account of themselves whatever the consequences."),
    ("Ethics & Values", "\u2013",
     "does the right thing even when nobody is watching; holds to core values and beliefs and behaves in a way "
     "that is consistent with them."),
    ("Results Oriented", "-",
     "meets goals, works to be among the best performers, keeps objectives in view and helps others reach "
     "successful results."),
]
WPS_LEAD = "The Winnipeg Police Service also looks for the following competencies in its applicants:"
WPS = [
    ("Action Oriented", "\u2013",
     "seizes opportunities, works hard and with energy, welcomes a challenge and can act with little planning."),
    ("Compassion", "\u2013",
     "shows real and sympathetic concern for others; is able to empathize and is ready and available to help."),
    ("Learning on the Fly", "\u2013",
     "picks up new situations quickly, enjoys a challenge and is open to change; tries different approaches "
     "when solving problems."),
    ("Composure", "\u2013",
     "stays calm and in control under pressure; is not thrown off balance by the unexpected and can settle "
     "others down."),
    ("Listening", "\u2013",
     "takes the time to hear people out; can accurately restate what others have said, even when they disagree."),
    ("Problem Solving", "\u2013",
     "uses logic and sound methods to work through hard problems; looks past the obvious and does not stop at "
     "the first answer."),
]
CONTACT = "If you have any further questions, please contact the Recruiting Office at 204-986-6204."


def li(name, dash, definition):
    return f"      <li><strong>{H.escape(name)}</strong> {dash} {H.escape(definition)}</li>\n"


def build_html():
    core = "".join(li(*c) for c in CORE)
    wps = "".join(li(*c) for c in WPS)
    intro = "".join(f"    <p>{H.escape(p)}</p>\n" for p in INTRO)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{H.escape(TITLE)}</title>
<meta name="description" content="Winnipeg Police Service recruiting - competencies used to assess constable applicants" />
<link rel="stylesheet" type="text/css" href="/policerecruiting/css/recruiting.css" />
<link rel="stylesheet" type="text/css" href="/interhom/css/print.css" media="print" />
<script type="text/javascript" src="/interhom/js/textsize.js"></script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-1234567-1']);
  _gaq.push(['_trackPageview']);
  (function() {{
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  }})();
</script>
</head>
<body>
<div id="wrapper">
  <div id="topbar">
    <a href="#content" class="skip">Skip to content</a>
    <span class="textsize">Text size: <a href="javascript:setSize(1)">A</a> | <a href="javascript:setSize(2)">A</a> | <a href="javascript:setSize(3)">A</a></span>
    <span class="lang"><a href="/policerecruiting/fr/constable/competencies.aspx" lang="fr">Fran\u00e7ais</a></span>
    <span class="icons">&nbsp;|&nbsp;<a href="/interhom/311/"><img src="/interhom/images/311.gif" alt="311" width="28" height="16" /></a>&nbsp;|&nbsp;<a href="/interhom/search.stm"><img src="/interhom/images/search.gif" alt="" /></a></span>
  </div>
  <div id="banner">
    <a href="/"><img src="/interhom/images/cow_logo.gif" alt="City of Winnipeg" width="180" height="60" /></a>
    <a href="/police/"><img src="/policerecruiting/images/wps_crest.gif" alt="Winnipeg Police Service" width="60" height="60" /></a>
    <span class="bannertext">Winnipeg Police Service Recruiting</span>
  </div>
  <ul id="topnav">
    <li><a href="/policerecruiting/">Recruiting Home</a></li>
    <li><a href="/policerecruiting/constable/">Police Constable</a></li>
    <li><a href="/policerecruiting/cadet/">Police Cadet</a></li>
    <li><a href="/policerecruiting/civilian/">Civilian Careers</a></li>
    <li><a href="/policerecruiting/events.aspx">Information Sessions</a></li>
    <li><a href="/policerecruiting/contact.aspx">Contact Us</a></li>
  </ul>
  <div id="leftnav">
    <h3>Police Constable</h3>
    <ul>
      <li><a href="/policerecruiting/constable/requirements.aspx">Minimum Requirements</a></li>
      <li><a href="/policerecruiting/constable/process.aspx">Selection Process</a></li>
      <li><a href="/policerecruiting/constable/competencies.aspx" class="current">Competencies</a></li>
      <li><a href="/policerecruiting/constable/fitness.aspx">Physical Abilities</a></li>
      <li><a href="/policerecruiting/constable/salary.aspx">Salary &amp; Benefits</a></li>
      <li><a href="/policerecruiting/constable/training.aspx">Recruit Training</a></li>
      <li><a href="/policerecruiting/constable/faq.aspx">FAQ</a></li>
    </ul>
    <p class="apply"><a href="/policerecruiting/apply.aspx">Apply Online</a></p>
  </div>
  <div id="content">
    <p class="breadcrumb"><a href="/">winnipeg.ca</a> &gt; <a href="/police/">Police</a> &gt; <a href="/policerecruiting/">Recruiting</a> &gt; <a href="/policerecruiting/constable/">Constable</a> &gt; Competencies</p>
    <h1>COMPETENCY MEASURES</h1>
{intro}    <h2>City of Winnipeg Five Core Competencies</h2>
    <ol>
{core}    </ol>
    <h2>Winnipeg Police Service Competencies</h2>
    <p>{H.escape(WPS_LEAD)}</p>
    <ul>
{wps}    </ul>
    <p>{H.escape(CONTACT)}</p>
    <p class="top"><a href="#wrapper">Top of page</a></p>
  </div>
  <div id="footer">
    <p><a href="/interhom/contact.stm">Contact Us</a> | <a href="/interhom/privacy.stm">Privacy Statement</a> | <a href="/interhom/disclaimer.stm">Disclaimer</a> | <a href="/interhom/accessibility.stm">Accessibility</a> | <a href="/interhom/sitemap.stm">Site Map</a></p>
    <p>&copy; 2013 City of Winnipeg. All rights reserved.</p>
    <p class="updated">Last update: March 12, 2013</p>
  </div>
</div>
</body>
</html>
"""


def gold():
    comps = []
    for name, _, d in CORE + WPS:
        comps.append(B.competency(name, STEM, definition=d))
    return comps


def main():
    DOC.write_text(build_html(), encoding="utf-8")
    print(B.write_gold(DOC, "html", TITLE, gold()))


if __name__ == "__main__":
    main()

"""cpshr-sample-behavioral-interview-questions.html: CPS HR Consulting, Workforce Planning Portal,
Implementation > Employee Selection, sample behavioral interview questions for three competencies.
Hand-written HTML with an older table-free portal layout (header, top nav, portal banner, left portal nav,
footer, jQuery + analytics scripts). Per competency: h3 name, "<strong>Definition:</strong>" paragraph,
"Sample questions:" <ul> whose items may hold a nested <ul> of "Follow-up:" probes, and a <dl> with
"Signs of a strong answer" / "Signs of a weak answer" terms and several <dd> each."""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "cpshr-sample-behavioral-interview-questions"
TITLE = "Sample Behavioral Interview Questions"

COMPS = [
    {
        "name": "Initiative",
        "def": "Acts on opportunities and problems without waiting to be told, and goes beyond what the job "
               "strictly requires.",
        "qs": [("Tell me about a time you noticed a problem before anyone else did. What did you do about it?",
                ["Who else did you involve?", "What was the result?"]),
               ("Describe a project or improvement you started on your own. What prompted you to begin it?", []),
               ("Give an example of a time you went beyond what was expected of you in your job.",
                ["How did your supervisor respond?"])],
        "strong": ["Acted without being asked and kept the supervisor informed",
                   "Can describe a concrete, measurable result"],
        "weak": ["Waited for instructions before acting",
                 "Describes routine duties as examples of initiative"],
    },
    {
        "name": "Adaptability",
        "def": "Adjusts readily to changes in priorities, procedures and people, and stays effective when the "
               "way work is done changes.",
        "qs": [("Tell me about a significant change at work that you did not agree with at first. How did you "
                "handle it?", ["What helped you adjust?"]),
               ("Describe a time when your priorities changed several times in one week. How did you keep your "
                "work on track?", []),
               ("Give an example of a time you had to learn a new system or process quickly.",
                ["How long did it take before you felt confident?", "What would have made it easier?"])],
        "strong": ["Sees the reasons behind a change and focuses on making it work",
                   "Describes specific steps taken to learn something new",
                   "Stays positive without dismissing real problems"],
        "weak": ["Dwells on how things used to be done",
                 "Needs repeated direction before accepting a change"],
    },
    {
        "name": "Customer Service Orientation",
        "def": "Identifies the needs of internal and external customers and works to meet them promptly and "
               "courteously, within the rules that apply.",
        "qs": [("Tell me about a time you had to deal with an upset member of the public. What did you do?",
                ["What did you say to calm the situation?", "How was the matter resolved?"]),
               ("Describe a situation where you could not give a customer what they asked for. How did you "
                "handle it?", []),
               ("Give an example of something you changed in order to improve service to your customers.", [])],
        "strong": ["Listens first and confirms the customer\u2019s need",
                   "Explains the limits of what can be done and offers alternatives",
                   "Follows up to make sure the issue was closed"],
        "weak": ["Blames the customer or other departments",
                 "Quotes policy without explaining it"],
    },
]

E = html.escape


def comp_html(c):
    out = [f'<h3 id="{c["name"].lower().replace(" ", "-")}">{E(c["name"])}</h3>',
           f'<p><strong>Definition:</strong> {E(c["def"])}</p>',
           '<p><strong>Sample questions:</strong></p>',
           '<ul class="questions">']
    for q, fus in c["qs"]:
        if fus:
            out.append(f'  <li>{E(q)}')
            out.append('    <ul class="followup">')
            for f in fus:
                out.append(f'      <li><em>Follow-up:</em> {E(f)}</li>')
            out.append('    </ul>')
            out.append('  </li>')
        else:
            out.append(f'  <li>{E(q)}</li>')
    out.append('</ul>')
    out.append('<dl class="listen-for">')
    out.append('  <dt>Signs of a strong answer</dt>')
    out += [f'  <dd>{E(x)}</dd>' for x in c["strong"]]
    out.append('  <dt>Signs of a weak answer</dt>')
    out += [f'  <dd>{E(x)}</dd>' for x in c["weak"]]
    out.append('</dl>')
    out.append('<p class="top"><a href="#top">Return to top</a></p>')
    return "\n".join(out)


PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>CPS HR Consulting | Workforce Planning Portal | Employee Selection</title>
<meta name="description" content="Workforce planning tool kit: employee selection and behavioral interviewing." />
<link href="/workforceplanning/css/portal.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/workforceplanning/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-0000000-1']);
  _gaq.push(['_trackPageview']);
</script>
</head>
<body id="top">
<div id="wrapper">
  <div id="header">
    <a href="/"><img src="/workforceplanning/images/cpshr-logo.gif" alt="CPS HR Consulting" width="210" height="62" /></a>
    <ul id="topnav">
      <li><a href="/services">Services</a></li>
      <li><a href="/solutions">Solutions</a></li>
      <li><a href="/insights">Insights</a></li>
      <li><a href="/about">About Us</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </div>
  <div id="banner">
    <h2>Workforce Planning Portal</h2>
    <p>Tools for public agencies planning the workforce of tomorrow</p>
  </div>
  <div id="leftcol">
    <ul id="portalnav">
      <li><a href="/workforceplanning/index.html">Introduction</a></li>
      <li><a href="/workforceplanning/strategicdirection.html">Phase 1: Set Strategic Direction</a></li>
      <li><a href="/workforceplanning/analysis.html">Phase 2: Conduct Workforce Analysis</a></li>
      <li><a href="/workforceplanning/implementation.html">Phase 3: Implementation</a>
        <ul>
          <li class="current"><a href="/workforceplanning/implementationselection.html">Employee Selection</a></li>
          <li><a href="/workforceplanning/implementationretention.html">Retention</a></li>
          <li><a href="/workforceplanning/implementationknowledge.html">Knowledge Transfer</a></li>
        </ul>
      </li>
      <li><a href="/workforceplanning/monitor.html">Phase 4: Monitor, Evaluate &amp; Revise</a></li>
      <li><a href="/workforceplanning/resources.html">Resources</a></li>
    </ul>
  </div>
  <div id="content">
    <p class="crumbs"><a href="/workforceplanning/index.html">Workforce Planning</a> &gt; <a href="/workforceplanning/implementation.html">Implementation</a> &gt; Employee Selection</p>
    <h1>Employee Selection</h1>
    <h2>Sample Behavioral Interview Questions</h2>
    <p>The questions on this page are examples for three competencies that appear in many public-sector job
    profiles. Adapt them to the duties of your position, ask every candidate the same main questions, and use the
    follow-up questions when an answer leaves out what the candidate did or how it turned out.</p>
    <p><strong>Tips for follow-up questions</strong></p>
    <ul>
      <li>Ask for one specific situation, not a description of what the candidate usually does.</li>
      <li>Separate what the candidate did from what the team did.</li>
      <li>Do not suggest the answer you are hoping to hear.</li>
    </ul>
%(COMPETENCIES)s
    <p class="download">Download the <a href="/workforceplanning/pdf/selection-toolkit.doc">Competency-Based Employee Selection Tool Kit</a> (Microsoft Word form).</p>
  </div>
  <div id="footer">
    <p>CPS HR Consulting &middot; Sacramento, California &middot; <a href="/contact">Contact us</a></p>
    <p>&copy; 2026 CPS HR Consulting. All rights reserved. | <a href="/privacy">Privacy Policy</a> | <a href="/sitemap">Site Map</a></p>
  </div>
</div>
<script type="text/javascript">
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
</body>
</html>
"""


def build(path):
    body = "\n".join(comp_html(c) for c in COMPS)
    path.write_text(PAGE % {"COMPETENCIES": body}, encoding="utf-8")


def gold(path):
    doc = STEM
    comps = []
    for c in COMPS:
        comps.append(H.comp(
            doc, c["name"], c["def"],
            indicators=[H.it(doc, x, "Signs of a strong answer") for x in c["strong"]]
                       + [H.it(doc, x, "Signs of a weak answer") for x in c["weak"]],
            interview_questions=[H.it(doc, " ".join([q] + fus)) for q, fus in c["qs"]],
        ))
    return H.write_gold(path, "html", TITLE, comps)


def main():
    path = H.DOCS / f"{STEM}.html"
    build(path)
    return gold(path)


if __name__ == "__main__":
    print(main())

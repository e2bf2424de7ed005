"""ACPOS (Scottish Police Service) PDR website: Behavioural Competencies page, Dreamweaver-era table layout.
Levels Essential / Supervisory / Managerial as the three columns of a table under each competency."""
from axlib import DOCS, comp, write_gold

STEM = "ax-acpos-pdr-behavioural-competencies"
LEVELS = ["Essential", "Supervisory", "Managerial"]

COMPS = [
    ("Effective Communication", "effcomm",
     "Communicates ideas and information clearly and accurately, in speech and in writing, adapting the "
     "style to the audience and checking that the message has been understood.",
     [["Speaks clearly and listens carefully to colleagues and members of the public.",
       "Writes accurate, well-organised notes, statements and reports.",
       "Checks that others have understood what has been said and asks questions to clarify.",
       "Passes on relevant information promptly to those who need it."],
      ["Briefs the team clearly on tasks, priorities and changes to procedure.",
       "Adapts language and style to suit different audiences and situations.",
       "Encourages team members to raise issues and gives them honest feedback.",
       "Handles difficult conversations calmly and with tact."],
      ["Communicates the direction of the force, and the reasons behind decisions, across the area of command.",
       "Presents persuasively to partner agencies, community groups and the media.",
       "Puts in place systems that keep information flowing up and down the organisation."]]),
    ("Team Working", "teamwork",
     "Works co-operatively with others to achieve shared goals, supporting colleagues and building effective "
     "working relationships within and beyond the team.",
     [["Takes a fair share of the team\u2019s workload and offers help when colleagues are under pressure.",
       "Shares knowledge and experience with others in the team.",
       "Treats colleagues with respect and contributes positively to team morale."],
      ["Sets clear roles so that each team member knows what is expected of them.",
       "Builds team spirit and deals promptly with conflict within the team.",
       "Recognises and acknowledges the contribution of individuals.",
       "Works with other teams and departments to achieve common objectives."],
      ["Creates a culture in which teams across the command co-operate rather than compete.",
       "Builds partnerships with other agencies to deliver shared outcomes for communities.",
       "Makes sure that team structures and resources support the delivery of force priorities."]]),
    ("Problem Solving & Decision Making", "probsolv",
     "Gathers and analyses information from a range of sources to identify problems, weighs up the options "
     "and makes sound, timely decisions that can be justified.",
     [["Gathers the relevant facts before reaching a conclusion.",
       "Recognises problems at an early stage and refers them on where appropriate.",
       "Makes decisions within own remit and can explain the reasons for them."],
      ["Considers a range of options and their likely consequences before deciding.",
       "Makes decisions under pressure and takes responsibility for them.",
       "Involves the team in solving problems where appropriate."],
      ["Takes a long-term view, anticipating issues that may affect the force.",
       "Balances competing demands and risks when making complex decisions.",
       "Reviews decisions in the light of new information and changes course when needed."]]),
]


def esc(s):
    return s.replace("&", "&amp;").replace("\u2019", "&rsquo;")


def comp_html(name, anchor, definition, cols):
    cells = "\n".join(
        '            <td valign="top" width="33%">\n              <ul>\n' +
        "\n".join(f"                <li>{esc(b)}</li>" for b in col) +
        "\n              </ul>\n            </td>" for col in cols)
    heads = "\n".join(f'            <th class="levelhead" width="33%">{lv}</th>' for lv in LEVELS)
    return f'''      <a name="{anchor}" id="{anchor}"></a>
      <h2 class="comphead">{esc(name)}</h2>
      <p><strong>Definition:</strong> {esc(definition)}</p>
      <table class="comptable" width="100%" border="1" cellspacing="0" cellpadding="4">
        <tbody>
          <tr>
{heads}
          </tr>
          <tr>
{cells}
          </tr>
        </tbody>
      </table>
      <p class="backtotop"><a href="#top">Back to top</a></p>
'''


def html():
    toc = "\n".join(f'        <li><a href="#{a}">{esc(n)}</a></li>' for n, a, _, _ in COMPS)
    body = "\n".join(comp_html(*c) for c in COMPS)
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>ACPOS - PDR - Behavioural Competencies</title>
<link href="../css/acpos.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../scripts/menu.js"></script>
<script type="text/javascript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ //v2.0
  window.open(theURL,winName,features);
}}
//-->
</script>
</head>
<body onload="initMenu();">
<a name="top" id="top"></a>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0" id="wrapper">
  <tr>
    <td colspan="2" id="banner"><img src="../images/acpos_banner.jpg" width="900" height="110" alt="ACPOS - Association of Chief Police Officers in Scotland" /></td>
  </tr>
  <tr>
    <td colspan="2" id="topnav"><a href="../index.html">ACPOS Home</a> | <a href="../Publications.html">Publications</a> | <a href="../Contact.html">Contact</a> | <a href="../Sitemap.html">Site Map</a></td>
  </tr>
  <tr>
    <td width="190" valign="top" id="leftnav">
      <p class="navtitle">Performance Development Review</p>
      <ul class="menu">
        <li><a href="PDR_Home.html">PDR Home</a></li>
        <li><a href="PDR_About.html">About PDR</a></li>
        <li><a href="PDR_Guidance.html">Guidance Notes</a></li>
        <li><a href="PDR_BehaveComp.html" class="current">Behavioural Competencies</a></li>
        <li><a href="PDR_JobKnowledge.html">Job Knowledge</a></li>
        <li><a href="PDR_Forms.html">Forms &amp; Templates</a></li>
        <li><a href="PDR_FAQ_BehaveComp.html">FAQs</a></li>
        <li><a href="PDR_Contacts.html">Force Contacts</a></li>
      </ul>
    </td>
    <td width="710" valign="top" id="content">
      <p class="breadcrumb"><a href="../index.html">Home</a> &gt; <a href="PDR_Home.html">PDR</a> &gt; Behavioural Competencies</p>
      <h1>Behavioural Competencies</h1>
      <p>The behavioural competencies describe the skills, attitudes and behaviours needed to carry out a role effectively in the Scottish Police Service. Each competency is set out at three levels: Essential (for non-supervisory staff), Supervisory and Managerial. Every post is assigned to one of these levels and the reviewee is assessed against the indicators for that level only.</p>
      <p>The indicators are examples of effective behaviour. They are not a checklist and reviewers should consider the evidence as a whole. Technical ability is recorded separately under <a href="PDR_JobKnowledge.html">Job Knowledge</a>.</p>
      <ul class="complist">
{toc}
      </ul>
{body}
    </td>
  </tr>
  <tr>
    <td colspan="2" id="footer">&copy; ACPOS 2009 | <a href="../Disclaimer.html">Disclaimer</a> | <a href="../Accessibility.html">Accessibility</a> | <a href="../Privacy.html">Privacy</a><br />
      Page last updated: 14/09/2009</td>
  </tr>
</table>
<script type="text/javascript">
var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));
</script>
<script type="text/javascript">
try {{ var pageTracker = _gat._getTracker("UA-4411209-1"); pageTracker._trackPageview(); }} catch(err) {{}}
</script>
</body>
</html>
'''


def build():
    path = DOCS / f"{STEM}.html"
    path.write_text(html(), encoding="utf-8")
    comps = [comp(STEM, name, definition,
                  levels=[(i + 1, LEVELS[i], cols[i]) for i in range(3)])
             for name, _, definition, cols in COMPS]
    return write_gold(path, "html", "Behavioural Competencies", comps)


if __name__ == "__main__":
    print(build())

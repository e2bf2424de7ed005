"""National Park Service, Training and Development Division - "The Learning Place", Supervisory, Managerial and
Leadership career field, Essential Competencies page "TEAM MEMBERSHIP" (saved with its chrome).

Layout (after https://www.nps.gov/training/npsonly/SML/ldrteam.htm and its sibling pages): early-2000s page -
site banner table (arrowhead image, "The Learning Place"), a link row, "Previous Page | TOC | Next Page" image
links above and below; the competency name in capitals, "Essential Competencies", a "Description:" paragraph,
then ENTRY LEVEL / DEVELOPMENTAL LEVEL / FULL PERFORMANCE LEVEL, each with a Roman-numbered topic heading
("I.Team Membership Skills", no space) over typed "1." ... lines separated by <br>, and a "Knowledge, Skills and
Abilities" heading over one paragraph per statement.  Footer with the division name and update date.
Hand-written HTML.
"""
from html import escape

import allib as L

STEM = "nps-sml-team-membership"
NAME = "TEAM MEMBERSHIP"
DESCRIPTION = ("Understands the individual\u2019s part in how a team functions and takes responsibility for "
               "building team dynamics that bring out the best contribution of every member and support quality "
               "interdivisional work.")
TOPIC = "I.Team Membership Skills"
KSA = "Knowledge, Skills and Abilities"

LEVELS = [
    ("ENTRY LEVEL",
     ["Valuing differences in age, background, culture, race and religion",
      "Removing organizational barriers to team accomplishment",
      "Assessing oneself to identify personal tendencies"],
     ["Knowledge of how people differ in the way they approach and carry out work",
      "Complete a self-assessment instrument such as the Myers Briggs Type Indicator",
      "Knowledge of the kinds of cooperation needed between divisions at the park and regional level"]),
    ("DEVELOPMENTAL LEVEL",
     ["Characteristics of an effective team",
      "Group dynamics",
      "Setting team goals",
      "Putting together effective teams",
      "Partnerships"],
     ["Knowledge of the characteristics of an effective team",
      "Knowledge of group dynamics and how they affect team projects",
      "Skill in setting goals through a team approach",
      "Skill in persuading people to join and commit to an effective team",
      "Skill in working on a team with non-NPS partners to achieve park/unit goals"]),
    ("FULL PERFORMANCE LEVEL",
     ["Empowering team effort through participation",
      "Analyzing and improving team performance",
      "Completing partnership projects"],
     ["Ability to support and work effectively within a park structure in which teams carry significant "
      "responsibilities and delegated authority",
      "Ability to contribute to high team performance that produces sustained, measurable results",
      "Ability to develop new skills that improve and strengthen how the team functions",
      "Ability to serve as team leader to the satisfaction of the team"]),
]

PAGER = """<table width="100%" border="0" cellspacing="0" cellpadding="2">
<tr>
<td align="left" width="33%"><a href="ldrstrat.htm"><img src="../../images/prev.gif" width="90" height="20" border="0" alt="Previous Page"></a></td>
<td align="center" width="34%"><a href="sml_toc.htm"><img src="../../images/toc.gif" width="50" height="20" border="0" alt="TOC"></a></td>
<td align="right" width="33%"><a href="ldrvisn.htm"><img src="../../images/next.gif" width="90" height="20" border="0" alt="Next Page"></a></td>
</tr>
</table>"""

HEAD = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>SML Essential Competencies - Team Membership</title>
<link rel="stylesheet" type="text/css" href="../../learning.css">
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
  var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
  if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}} }
//-->
</script>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#336633" vlink="#663300" onLoad="MM_preloadImages('../../images/prev_on.gif','../../images/next_on.gif')">
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#000000">
<tr>
<td width="60"><a href="http://www.nps.gov/"><img src="../../images/arrowhead.gif" width="54" height="70" border="0" alt="National Park Service Arrowhead"></a></td>
<td><font face="Arial, Helvetica, sans-serif" color="#FFFFFF" size="2">National Park Service<br>U.S. Department of the Interior</font></td>
<td align="right"><font face="Georgia, Times New Roman, serif" color="#FFFFFF" size="5"><i>The Learning Place</i></font><br>
<font face="Arial, Helvetica, sans-serif" color="#CCCC99" size="1">NPS Learning and Development Programs</font></td>
</tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="3" bgcolor="#CCCC99">
<tr><td><font face="Arial, Helvetica, sans-serif" size="1">
<a href="../../index.htm">Home</a> | <a href="../../careerfields.htm">Career Fields</a> | <a href="../../devprograms.htm">Developmental Programs</a> | <a href="../../comp_unc.htm">Competencies</a> | <a href="../../courses.htm">Training Courses</a> | <a href="../../centers.htm">Training Centers</a>
</font></td></tr>
</table>
"""

FOOT = """<hr size="1" noshade>
<p align="center"><font face="Arial, Helvetica, sans-serif" size="1">National Park Service<br>
Training and Development Division<br>
Last Updated: 05/14/2003<br>
<a href="http://www.nps.gov/disclaimer.htm">Privacy &amp; Disclaimer</a></font></p>
</body>
</html>
"""


def build():
    body = [PAGER, "<blockquote>",
            f"<h2><font face=\"Arial, Helvetica, sans-serif\">{NAME}</font></h2>",
            "<h3><font face=\"Arial, Helvetica, sans-serif\">Essential Competencies</font></h3>",
            f"<p><b>Description:</b> {escape(DESCRIPTION)}</p>"]
    levels = []
    for rank, (label, topics, ksas) in enumerate(LEVELS, start=1):
        body.append(f"<h3><font face=\"Arial, Helvetica, sans-serif\">{label}</font></h3>")
        body.append(f"<p><b>{TOPIC}</b></p>")
        body.append("<p>" + "<br>\n".join(f"{i}. {escape(t)}" for i, t in enumerate(topics, start=1)) + "</p>")
        body.append(f"<p><b>{KSA}</b></p>")
        body += [f"<p>{escape(k)}</p>" for k in ksas]
        levels.append(L.level(STEM, rank, label, [(t, "Team Membership Skills") for t in topics]
                              + [(k, KSA) for k in ksas]))
    body += ["</blockquote>", PAGER]
    out = L.DOCS / f"{STEM}.html"
    out.write_text(HEAD + "\n".join(body) + "\n" + FOOT, encoding="utf-8")
    L.write_gold(out, "html", NAME, [L.competency(STEM, NAME, DESCRIPTION, levels=levels)])
    return out


if __name__ == "__main__":
    print(build())

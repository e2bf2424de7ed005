"""National Park Service, Training and Development Division - Supervisor, Manager and Leader (SML) career field,
"Essential Competencies" page (The Learning Place): competency name in capitals, "Essential Competencies",
"Description:", then ENTRY / DEVELOPMENTAL / FULL PERFORMANCE LEVEL, each with a roman-numbered topic heading
("I.Conflict Resolution Skills", no space, as on the NPS pages), typed numbered learning topics and a
"Knowledge, Skills and Abilities" list of paragraphs; Previous Page / TOC / Next Page navigation and an NPS footer.
HTML, hand-written in the 1990s table-less style of the NPS training pages."""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from amlib import DOCS, competency, item  # noqa: E402

STEM = "nps-sml-conflict-resolution"
FILE = DOCS / f"{STEM}.html"
NAME = "CONFLICT RESOLUTION"
TOPIC = "Conflict Resolution Skills"
DESCRIPTION = ("Ability to recognize, address and resolve conflict among employees, work groups and outside parties "
               "in a way that preserves working relationships and supports the accomplishment of park goals.")
LEVELS = [
    ("ENTRY LEVEL",
     ["Recognizing sources of workplace conflict", "Personal conflict styles", "Listening and clarifying techniques"],
     ["Knowledge of common causes of conflict in the work environment",
      "Ability to identify own preferred way of handling conflict",
      "Complete a conflict style inventory such as the Thomas-Kilmann Conflict Mode Instrument",
      "Skill in listening to opposing views without judgement"]),
    ("DEVELOPMENTAL LEVEL",
     ["Principles of negotiation", "Mediating disputes between co-workers", "Cultural differences and conflict",
      "Documenting and reporting conflict situations"],
     ["Knowledge of interest-based negotiation principles",
      "Skill in helping two employees reach an agreement both can accept",
      "Ability to recognize when cultural differences contribute to a conflict",
      "Knowledge of NPS and Departmental procedures for reporting workplace conflict and misconduct"]),
    ("FULL PERFORMANCE LEVEL",
     ["Resolving conflicts with partners and the public", "Designing processes that prevent recurring conflict",
      "Working with the Employee Assistance Program and labor relations staff"],
     ["Ability to resolve disputes with park partners, permittees and the public while maintaining the NPS mission",
      "Ability to analyze patterns of conflict in a work unit and introduce changes that address their causes",
      "Skill in coaching supervisors to handle conflict in their own teams",
      "Knowledge of when to refer employees to the Employee Assistance Program"]),
]


def e(s):
    return html.escape(s, quote=False)


def build():
    blocks = []
    for label, topics, ksas in LEVELS:
        tl = "\n".join(f"{n}. {e(t)}<br>" for n, t in enumerate(topics, 1))
        kl = "\n".join(f"<p>{e(k)}</p>" for k in ksas)
        blocks.append(f"""<h3>{label}</h3>

<p><b>I.{e(TOPIC)}</b></p>

<blockquote>
{tl}
</blockquote>

<p><b><i>Knowledge, Skills and Abilities</i></b></p>

<blockquote>
{kl}
</blockquote>
""")
    body = "\n".join(blocks)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<html>
<head>
<title>Supervisor, Manager and Leader Career Field - Conflict Resolution</title>
<meta name="keywords" content="NPS, training, competencies, supervision, management, leadership">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#336633" vlink="#663300">

<table width="100%" border="0" cellpadding="2">
<tr>
<td align="left"><a href="ldrtrust.htm"><img src="../../images/prev.gif" alt="Previous Page" border="0" width="80" height="20"></a>
<a href="toc.htm"><img src="../../images/toc.gif" alt="TOC" border="0" width="50" height="20"></a>
<a href="ldrcoach.htm"><img src="../../images/next.gif" alt="Next Page" border="0" width="80" height="20"></a></td>
<td align="right"><img src="../../images/arrowhead_sm.gif" alt="NPS Arrowhead" width="32" height="40"></td>
</tr>
</table>
<hr>

<h2 align="center">{NAME}</h2>

<h3 align="center"><i>Essential Competencies</i></h3>

<p><b>Description:</b> {e(DESCRIPTION)}</p>

{body}
<hr>
<table width="100%" border="0">
<tr>
<td align="left"><a href="ldrtrust.htm"><img src="../../images/prev.gif" alt="Previous Page" border="0" width="80" height="20"></a>
<a href="toc.htm"><img src="../../images/toc.gif" alt="TOC" border="0" width="50" height="20"></a>
<a href="ldrcoach.htm"><img src="../../images/next.gif" alt="Next Page" border="0" width="80" height="20"></a></td>
</tr>
</table>
<p align="center"><font size="2">National Park Service<br>
Training and Development Division<br>
<a href="http://www.nps.gov/training/">The Learning Place</a> | <a href="http://www.nps.gov/">NPS Home</a><br>
Last updated: March 12, 2003</font></p>
</body>
</html>
"""
    FILE.write_text(page, encoding="utf-8")
    return FILE


def gold():
    levels = []
    for rank, (label, topics, ksas) in enumerate(LEVELS, 1):
        beh = [item(STEM, t, TOPIC) for t in topics] + [item(STEM, k, "Knowledge, Skills and Abilities") for k in ksas]
        levels.append({"rank": rank, "label": label, "behaviors": beh})
    return "html", "Supervisor, Manager and Leader Career Field - Conflict Resolution", \
        [competency(STEM, NAME, DESCRIPTION, levels=levels)]

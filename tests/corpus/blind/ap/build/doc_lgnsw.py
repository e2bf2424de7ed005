"""Local Government NSW (LGNSW), Position Description Builder: position description for a council role
(Team Leader Customer Service), as the builder's PDF.

Hand-written HTML -> LibreOffice ODT -> PDF (writer_pdf_Export): position details table, purpose, key
accountabilities, challenges, relationships table, requirements, a paragraph naming the five
capability levels of the Local Government Capability Framework, and the "Focus capabilities" table
with columns "Group and Capability | Level | Behavioural Indicators" (group and capability stacked
in the first cell, the required level in the second, bulleted indicators in the third)."""
from html import escape

import helpers as H

FILE = "lgnsw-position-description-team-leader-customer-service.pdf"

FOCUS = [
    ("Personal Attributes", "Manage Self", "Intermediate", [
        "Takes responsibility for own development and seeks feedback to improve performance",
        "Stays positive and focused when work is demanding",
        "Reflects on own behaviour and adjusts it to the needs of the situation",
    ]),
    ("Relationships", "Communicate Effectively", "Adept", [
        "Tailors communication to the needs and understanding of different audiences",
        "Listens actively, asks questions to clarify and checks understanding",
        "Prepares clear written material, including reports and correspondence, for internal and external audiences",
        "Explains complex information in simple terms",
    ]),
    ("Results", "Plan and Prioritise", "Adept", [
        "Plans and sequences work for the team to achieve agreed outcomes",
        "Anticipates competing priorities and adjusts plans and resources as circumstances change",
        "Monitors progress against plans and reports on performance",
    ]),
    ("Workforce Leadership", "Manage and Develop People", "Intermediate", [
        "Sets clear performance expectations and gives regular feedback to team members",
        "Identifies development needs and supports team members to build their capability",
        "Addresses performance issues promptly and fairly",
    ]),
]


def html():
    focus_rows = "".join(
        f'<tr><td valign="top"><p><b>{g}</b></p><p>{c}</p></td><td valign="top"><p>{lv}</p></td>'
        f'<td valign="top"><ul>' + "".join(f"<li><p>{escape(b, quote=False)}</p></li>" for b in items)
        + "</ul></td></tr>\n"
        for g, c, lv, items in FOCUS)
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>Position Description - Team Leader Customer Service</title>
<style type="text/css">
  @page {{ size: 21cm 29.7cm; margin: 1.8cm }}
  body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.5pt }}
  h1, h2 {{ font-family: "Liberation Sans", Arial, sans-serif }}
  h1 {{ font-size: 17pt; color: #00385F; margin-bottom: 0 }}
  h2 {{ font-size: 11.5pt; color: #00385F; margin-top: 0.45cm; margin-bottom: 0.1cm }}
  p {{ margin-top: 0.05cm; margin-bottom: 0.1cm }}
  th {{ background: #00385F; color: #FFFFFF; text-align: left }}
</style>
</head>
<body lang="en-AU">
<div title="header"><p><font size="2" color="#00385F">[Council name] &#8211; Position Description</font></p></div>
<h1>Position Description</h1>
<p><font size="4">Team Leader Customer Service</font></p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><td width="30%" bgcolor="#E6EEF4"><p><b>Council</b></p></td><td><p>[Council name]</p></td></tr>
<tr><td bgcolor="#E6EEF4"><p><b>Directorate / Department</b></p></td><td><p>Corporate Services / Customer Experience</p></td></tr>
<tr><td bgcolor="#E6EEF4"><p><b>Position title</b></p></td><td><p>Team Leader Customer Service</p></td></tr>
<tr><td bgcolor="#E6EEF4"><p><b>Position number</b></p></td><td><p>CS-0142</p></td></tr>
<tr><td bgcolor="#E6EEF4"><p><b>Grade</b></p></td><td><p>Grade 9</p></td></tr>
<tr><td bgcolor="#E6EEF4"><p><b>Reports to</b></p></td><td><p>Manager Customer Experience</p></td></tr>
<tr><td bgcolor="#E6EEF4"><p><b>Direct reports</b></p></td><td><p>6 Customer Service Officers</p></td></tr>
<tr><td bgcolor="#E6EEF4"><p><b>Location</b></p></td><td><p>Administration Centre</p></td></tr>
</table>
<h2>Purpose of the position</h2>
<p>To lead the customer service team so that residents, ratepayers and visitors receive accurate, timely and courteous service at the first point of contact, in person, by phone and online.</p>
<h2>Key accountabilities</h2>
<ul>
<li><p>Lead, roster and supervise the customer service team to meet agreed service standards.</p></li>
<li><p>Resolve escalated enquiries and complaints, and refer complex matters to the relevant business unit.</p></li>
<li><p>Monitor service data and prepare monthly reports on call volumes, wait times and resolution rates.</p></li>
<li><p>Maintain the customer knowledge base and update procedures when Council policies change.</p></li>
<li><p>Identify and implement improvements to customer service processes and systems.</p></li>
</ul>
<h2>Key challenges</h2>
<ul>
<li><p>Maintaining service levels during peak periods such as rates notices and emergency events.</p></li>
<li><p>Balancing the needs of customers with Council policy and legislative requirements.</p></li>
</ul>
<h2>Key relationships</h2>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<thead><tr><th width="30%"><p>Who</p></th><th><p>Why</p></th></tr></thead>
<tr><td><p>Manager Customer Experience</p></td><td><p>Receive direction, report on team performance and escalate issues</p></td></tr>
<tr><td><p>Business units across Council</p></td><td><p>Resolve customer requests and keep service information up to date</p></td></tr>
<tr><td><p>Residents, ratepayers and visitors</p></td><td><p>Provide information and resolve enquiries and complaints</p></td></tr>
</table>
<h2>Essential requirements</h2>
<ul>
<li><p>Demonstrated experience leading a customer service team in a high-volume environment.</p></li>
<li><p>Certificate IV in Customer Engagement or equivalent experience.</p></li>
<li><p>Current NSW Class C driver licence.</p></li>
</ul>
<h2>Capabilities for the position</h2>
<p>The Local Government Capability Framework describes the core knowledge, skills and abilities expressed as behaviours, in four groups: Personal Attributes, Relationships, Results and Resources. A fifth group, Workforce Leadership, applies to positions with supervisory or management responsibilities. Each capability is described at five levels: Foundational, Intermediate, Adept, Advanced and Highly Advanced.</p>
<p>The focus capabilities below are the capabilities most important to effective performance in this position; the level shows what the position requires.</p>
<h2>Focus capabilities</h2>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<thead><tr><th width="24%"><p>Group and Capability</p></th><th width="14%"><p>Level</p></th><th><p>Behavioural Indicators</p></th></tr></thead>
<tbody>
{focus_rows}</tbody>
</table>
<p>&nbsp;</p>
<p><font size="2" color="#666666">Position description prepared with the LGNSW Position Description Builder. Approved by: ____________________ Date: __________</font></p>
<div title="footer"><p><font size="2" color="#666666">Team Leader Customer Service | Page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></font></p></div>
</body>
</html>
'''


def build(docs_dir, tmp_dir):
    src = tmp_dir / "lgnsw-position-description-team-leader-customer-service.html"
    src.write_text(html(), encoding="utf-8")
    H.soffice(src, "odt", tmp_dir, infilter="HTML (StarWriter)")
    H.soffice(tmp_dir / (src.stem + ".odt"), "pdf:writer_pdf_Export", docs_dir)
    return docs_dir / FILE

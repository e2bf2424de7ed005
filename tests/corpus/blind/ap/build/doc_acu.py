"""Australian Catholic University, Human Resources (Learning and Development): "Leadership Competency
Framework: Development Guide".

Hand-written HTML -> LibreOffice (writer) ODT -> PDF: running header and footer with page number
(LibreOffice's <div title="header|footer"> and <sdfield type=PAGE>), numbered competency headings,
a definition paragraph, a two-column "Learning approach | Suggested development activities" table
per competency whose rows follow the 70:20:10 model (bullets inside the cells), and a "Further
reading" list of APA references."""
from html import escape

import helpers as H

FILE = "acu-leadership-development-guide.pdf"

ROWS = ["Experience (70%) \u2013 learning on the job",
        "Exposure (20%) \u2013 learning from others",
        "Education (10%) \u2013 formal learning"]

COMPETENCIES = [
    {
        "name": "Leading Change",
        "definition": ("Leads the planning and implementation of change, helping staff to understand why change is "
                       "needed and supporting them through it."),
        "rows": [
            ["Volunteer to lead a change project in your area, such as the introduction of a new system or process.",
             "Before implementing a change, map the people it will affect and plan how you will involve each group.",
             "After a change has been implemented, run a review with your team to identify what worked well and what could be improved."],
            ["Ask a senior leader who has led a major change at ACU to talk you through the approach they took.",
             "Seek feedback from your team on how well you explained the reasons for a recent change."],
            ["Leading Change workshop (ACU Learning and Development, one day)",
             "Managing Change: online module (LinkedIn Learning)"],
        ],
        "reading": [
            "Kotter, J. P. (2012). <i>Leading change</i>. Boston, MA: Harvard Business Review Press.",
            "Heath, C., &amp; Heath, D. (2010). <i>Switch: How to change things when change is hard</i>. New York, NY: Broadway Books.",
        ],
    },
    {
        "name": "Developing Others",
        "definition": ("Supports the growth of staff through coaching, feedback and opportunities that build their "
                       "capability and career."),
        "rows": [
            ["Delegate a task that stretches a team member, and agree how you will support them while they complete it.",
             "Hold regular one-to-one conversations that focus on development rather than day-to-day work.",
             "Act as a mentor for a colleague outside your immediate team."],
            ["Observe an experienced coach leading a coaching conversation and discuss the techniques they used.",
             "Ask your team for feedback on how well you support their development."],
            ["Coaching for Performance program (ACU Learning and Development, two half-days)",
             "Giving and Receiving Feedback: online module"],
        ],
        "reading": [
            "Whitmore, J. (2017). <i>Coaching for performance: The principles and practice of coaching and leadership</i>. London: Nicholas Brealey Publishing.",
            "Stanier, M. B. (2016). <i>The coaching habit: Say less, ask more &amp; change the way you lead forever</i>. Toronto: Box of Crayons Press.",
        ],
    },
    {
        "name": "Building Collaborative Relationships",
        "definition": ("Builds and maintains constructive relationships across the University and with external "
                       "partners to achieve shared goals."),
        "rows": [
            ["Identify a stakeholder relationship that is not working well and develop a plan to improve it.",
             "Take part in a cross-faculty or cross-directorate working group."],
            ["Shadow a colleague who manages an important external partnership.",
             "Join a professional network in your field and attend its events."],
            ["Stakeholder Engagement workshop (ACU Learning and Development, one day)"],
        ],
        "reading": [
            "Edmondson, A. C. (2019). <i>The fearless organization: Creating psychological safety in the workplace for learning, innovation, and growth</i>. Hoboken, NJ: Wiley.",
            "Grant, A. (2013). <i>Give and take: A revolutionary approach to success</i>. New York, NY: Viking.",
        ],
    },
]


def html():
    comps = []
    for n, c in enumerate(COMPETENCIES, start=1):
        rows = "".join(
            f'<tr><td width="28%" bgcolor="#F2EEF7" valign="top"><p><b>{escape(label)}</b></p></td>'
            f'<td width="72%" valign="top"><ul>'
            + "".join(f"<li><p>{escape(a, quote=False)}</p></li>" for a in acts)
            + "</ul></td></tr>\n"
            for label, acts in zip(ROWS, c["rows"]))
        reading = "".join(f'<p class="ref" style="margin-left:0.8cm; text-indent:-0.8cm">{r}</p>\n' for r in c["reading"])
        comps.append(f'''<h2>{n}. {escape(c["name"])}</h2>
<p>{escape(c["definition"], quote=False)}</p>
<table width="100%" border="1" cellpadding="5" cellspacing="0">
<thead><tr><th bgcolor="#3C1053" width="28%"><p><font color="#FFFFFF">Learning approach</font></p></th><th bgcolor="#3C1053" width="72%"><p><font color="#FFFFFF">Suggested development activities</font></p></th></tr></thead>
<tbody>
{rows}</tbody>
</table>
<h3>Further reading</h3>
{reading}''')
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>Leadership Competency Framework: Development Guide</title>
<style type="text/css">
  @page {{ size: 21cm 29.7cm; margin: 2cm }}
  body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt }}
  h1, h2, h3 {{ font-family: "Liberation Sans", Arial, sans-serif }}
  h1 {{ font-size: 18pt; color: #3C1053 }}
  h2 {{ font-size: 14pt; color: #3C1053; margin-top: 0.6cm }}
  h3 {{ font-size: 11pt; color: #3C1053 }}
  p {{ margin-top: 0.1cm; margin-bottom: 0.15cm }}
</style>
</head>
<body lang="en-AU">
<div title="header"><p align="right"><font size="2" color="#666666">Leadership Competency Framework: Development Guide</font></p></div>
<p><font size="5" color="#3C1053"><b>Leadership Competency Framework</b></font></p>
<p><font size="4" color="#3C1053">Development Guide</font></p>
<p><font color="#666666">Human Resources &#8211; Learning and Development</font></p>
<h1>Using this guide</h1>
<p>This guide supports leaders, and the managers of leaders, to plan development against the ACU Leadership Competencies. For each competency it suggests development activities based on the 70:20:10 model: most learning happens through experience on the job (70%), some through exposure to others (20%) and the remainder through formal education (10%).</p>
<p>Focus first on closing any gaps in competencies that are below the target level for your current role. Choose two or three activities and record them in the professional development section of your Performance Review and Plan.</p>
{"".join(comps)}
<div title="footer"><p><font size="2" color="#666666">Australian Catholic University | Human Resources | Page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></font></p></div>
</body>
</html>
'''


def build(docs_dir, tmp_dir):
    src = tmp_dir / "acu-leadership-development-guide.html"
    src.write_text(html(), encoding="utf-8")
    H.soffice(src, "odt", tmp_dir, infilter="HTML (StarWriter)")
    H.soffice(tmp_dir / "acu-leadership-development-guide.odt", "pdf", docs_dir)
    return docs_dir / FILE

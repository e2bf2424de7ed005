"""NGO CEO Competency Model website (HKU ExCEL3 with The Hong Kong Council of Social Service), page
"Overview of the Model" (excerpt: Cluster 1 and the first entry of Cluster 2).

HTML, hand-written 2013-style PHP site: "Text Only" link and "Font Size" A/A/A buttons, language switch, banner,
table-based layout with a left menu, "Overview of the Model" heading, "Click here to download e-version" link, the
model image (alt text = model name) followed by the same name as a heading; the clusters and competencies as ONE
ordered list in which the second cluster heading is itself a numbered list item ("5. Cluster 2: ...") while the
first cluster heading stands before the list; each competency item = bold name + colon + definition; footer with
copyright and "best viewed" line; font-size script.
"""
import html

import bnlib as L

STEM = "hkcss-ngo-ceo-competency-model"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "NGO CEO Competency Model"

CLUSTER1 = ("Cluster 1: Personal Competency",
            "How a leader makes sense of the world through belief and experience, so that judgements and decisions "
            "rest on the way information is selected, interpreted, remembered and used")
CLUSTER2 = ("Cluster 2: Operation Savvy", "How to handle the Systems and the Present")
COMPS1 = [
    ("Value Affirmation",
     "It concerns a passionate commitment to the core values of service: social justice, positive rights, the "
     "worth of every human being, honesty and integrity. It includes stating, championing, affirming and living by "
     "these values, and bringing them into line with the principles, values and beliefs of the agency, the sector "
     "and the community."),
    ("Vision and Foresight",
     "The capacity to see social patterns quickly from a higher vantage point, to anticipate what the future will "
     "require, to convey those patterns to others with conviction, and to turn the vision into commitment and "
     "timely courses of action that lead to the desired future."),
    ("Systems Thinking",
     "A holistic, analytical way of seeing how people, systems, structures and processes are linked and affect one "
     "another. Incidents and problems are treated as part of the whole system rather than as isolated parts, and "
     "the balance of the system is pursued through strategic pragmatism and continuous reflection."),
    ("Social Intelligence",
     "A sense of valuing and cherishing interaction and rapport with people and the social world. It involves "
     "recognising, assessing and handling interpersonal dynamics promptly, and using empathy, attunement and "
     "proactive communication to build honest relationships on an ethical foundation."),
]
COMPS2 = [
    ("Operation Engineering",
     "A drive that steers the leader to carry through the strategies and operations of the agency, through courses "
     "of action that involve designing, building and continually fine-tuning the structures, processes and "
     "resources needed to deliver services efficiently and accountably."),
]

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>NGO CEO Competency Model - Overview of the Model</title>
<meta name="keywords" content="NGO, CEO, competency model, social service, leadership, Hong Kong" />
<link href="../css/style.css" rel="stylesheet" type="text/css" />
<link href="../css/menu.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="../js/fontsize.js"></script>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-38811207-1']);
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
<div id="toolbar">
  <a href="research.php?textonly=1" class="textonly">Text Only</a>
  <span class="fontsize">Font Size:
    <a href="javascript:setFontSize('small');" title="Small">A</a>
    <a href="javascript:setFontSize('medium');" title="Medium" class="mid">A</a>
    <a href="javascript:setFontSize('large');" title="Large" class="big">A</a>
  </span>
  <span class="lang"><a href="../tc/research.php">&#32321;&#39636;</a> | <a href="../sc/research.php">&#31616;&#20307;</a></span>
</div>
<div id="banner"><a href="index.php"><img src="../images/banner_en.jpg" alt="Capacity Building for NGO Leaders - NGO CEO Competency Model" width="960" height="150" /></a></div>
<table width="960" border="0" cellspacing="0" cellpadding="0" id="layout">
<tr>
<td width="200" valign="top" id="leftmenu">
  <ul class="menu">
    <li><a href="index.php">Home</a></li>
    <li><a href="about.php">About the Project</a></li>
    <li class="current"><a href="research.php">Overview of the Model</a></li>
    <li><a href="survey.php">Survey Findings</a></li>
    <li><a href="cases.php">Local Cases</a></li>
    <li><a href="resources.php">Resources</a></li>
    <li><a href="contact.php">Contact Us</a></li>
  </ul>
  <p class="partner">Project partners:<br /><img src="../images/logo_hku.gif" alt="The University of Hong Kong" width="150" height="45" /><br /><img src="../images/logo_hkcss.gif" alt="The Hong Kong Council of Social Service" width="150" height="45" /></p>
</td>
<td width="760" valign="top" id="content">
<h1 class="pagetitle">Overview of the Model</h1>
<p class="download"><a href="../download/NGO_CEO_Competency_Manual_2013.pdf" target="_blank"><img src="../images/icon_pdf.gif" alt="" width="16" height="16" /> Click here to download e-version</a></p>
<p class="modelimg"><img src="../images/model_en.png" alt="NGO CEO Competency Model" width="560" height="420" /></p>
<h2>NGO CEO Competency Model</h2>
{body}
</td>
</tr>
</table>
<div id="footer">
  <p>Copyright &copy; 2013 The University of Hong Kong &amp; The Hong Kong Council of Social Service. All rights reserved.</p>
  <p><a href="disclaimer.php">Disclaimer</a> | <a href="privacy.php">Privacy Policy</a> | <a href="sitemap.php">Sitemap</a></p>
  <p class="small">Best viewed with IE 8.0 or above / Firefox / Chrome at 1024 x 768 resolution</p>
</div>
</div>
</body>
</html>
"""


def e(s):
    return html.escape(s, quote=False)


def build():
    b = [f'<p class="cluster"><strong>{e(CLUSTER1[0])}</strong><br />\n{e(CLUSTER1[1])}</p>', "<ol class=\"model\">"]
    for name, d in COMPS1:
        b.append(f"  <li><strong>{e(name)}:</strong> {e(d)}</li>")
    b.append(f'  <li class="cluster"><strong>{e(CLUSTER2[0])}</strong><br />\n  {e(CLUSTER2[1])}</li>')
    for name, d in COMPS2:
        b.append(f"  <li><strong>{e(name)}:</strong> {e(d)}</li>")
    b.append("</ol>")
    b.append('<p class="backtop"><a href="#wrapper">Back to top</a></p>')
    OUT.write_text(PAGE.format(body="\n".join(b)), encoding="utf-8")


def gold():
    comps = [L.competency(STEM, n, d) for n, d in COMPS1 + COMPS2]
    return L.write_gold(OUT, "html", TITLE, comps)


def main():
    build()
    print(gold())


if __name__ == "__main__":
    main()

"""Water Research Foundation (WRF) project #4244 web tool "Water Utility Workforce Needs" (developed by
Environmental Engineering & Technology, Inc.) - WRF Competency Model: Water Operations Supervisor.
HTML, hand-written with the web tool's chrome (banner, top links, left menu, breadcrumb, download links,
disclaimer footer, scripts).

Body: h1, a "Note:" paragraph on the generic nature of the model (front matter), then an outline: "1.
Technical Competencies" and "2. Non-Technical Competencies" (h2 in nested <ol>), each competency an h3 list
item. Technical competencies carry the required expertise in parentheses ("(In-Depth Expertise)"), a
lead-in "Uses knowledge ... in the following areas:" and a lettered list of areas, one area with a nested
numbered sub-list and one area with its own "(Basic Expertise)". Non-technical competencies have an
italic "Definition:" paragraph, the lead-in "Behaviors shown by superior performers:" and a bullet list."""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "wrf-water-operations-supervisor"

NOTE = ("This is a generic competency model that covers a broad range of water operations supervisors. "
        "The competencies a position actually needs vary a great deal from one water system to another, "
        "and even within a single utility. The model describes employees who may carry out their duties "
        "on their own rather than as part of a team. Water systems should therefore think carefully about "
        "which of these competencies apply to a particular job in their own organization.")
LEADIN = ("Uses knowledge and expertise in planning, decision making, problem solving and carrying out job "
          "duties in the following areas:")

TECH = [
    ("Water Treatment Principles and Practices", "In-Depth Expertise",
     [("Water treatment systems and plant unit processes",
       ["What to monitor and how to control the process",
        "Process equipment and the chemicals used in treatment",
        "How changes in treatment affect water quality",
        "How changes in water quality affect treatment processes",
        "Principles of filter operation"]),
      ("Reading and interpreting the data shown on whole-system technology screens (e.g. SCADA) and using "
       "it to adjust processes", []),
      ("Interpreting the results of water sampling tests and adjusting processes on that basis", []),
      ("Hydraulics (Basic Expertise)", [])]),
    ("System-Specific Expertise", "In-Depth Expertise",
     [("Treatment processes used at the jobholder\u2019s facility (In-Depth Expertise)", []),
      ("How the facility is organized", []),
      ("Taking responsibility for the plant\u2019s emergency operating procedures, including start-up and "
       "shut-down", []),
      ("Safety requirements and procedures, and responsibility for keeping the workplace safe", []),
      ("Regulations and related requirements that apply to operating the treatment plant", [])]),
]

NONTECH = [
    ("Leading and Developing the Crew",
     "Gets the work done through others by setting clear expectations, coaching operators and building "
     "their skills over time.",
     ["Explains the reasons behind procedures so that operators can make sound decisions on their own.",
      "Gives operators specific feedback soon after good or poor performance.",
      "Plans cross-training so that every shift has the skills it needs.",
      "Deals with performance or conduct problems promptly and consistently."]),
    ("Anticipating and Preventing Problems",
     "Looks ahead at plant conditions, weather, demand and equipment status in order to head off problems "
     "before they affect water quality or service.",
     ["Reviews trends in process data and acts on early signs of trouble.",
      "Schedules maintenance around expected high-demand periods.",
      "Prepares contingency plans for storms, power failures and source water changes.",
      "Asks operators to report unusual conditions, even when they seem minor."]),
]

CHROME_TOP = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Water Operations Supervisor | Sample Competency Models | Water Utility Workforce Needs</title>
<link rel="stylesheet" type="text/css" href="../css/webtool.css" />
<script type="text/javascript" src="../js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="../js/menu.js"></script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-0000000-1']);
  _gaq.push(['_trackPageview']);
</script>
</head>
<body>
<div id="wrapper">
  <div id="banner">
    <a href="http://www.waterrf.org/"><img src="../images/wrf_logo.gif" alt="Water Research Foundation" width="182" height="60" /></a>
    <div id="banner-title">Competency Model Development and Application to Meet Water Utility Workforce Needs</div>
    <div id="banner-sub">Web Tool &ndash; Water Research Foundation Project #4244</div>
  </div>
  <div id="toplinks"><a href="../index.html">Home</a> | <a href="../glossary.html">Glossary</a> | <a href="../contact.html">Contact</a> | <a href="../sitemap.html">Site Map</a></div>
  <div id="leftnav">
    <ul>
      <li><a href="../index.html">Overview</a></li>
      <li class="current"><a href="exampleCompetency.html">Sample Competency Models</a></li>
      <li><a href="../adapt.html">Adapting a Model</a></li>
      <li><a href="../develop.html">Developing a New Model</a></li>
      <li><a href="../glossary.html">Glossary</a></li>
      <li><a href="../guidance.html">Guidance Documents</a></li>
      <li><a href="../links.html">External Links</a></li>
    </ul>
  </div>
  <div id="content">
    <div id="breadcrumb"><a href="../index.html">Home</a> &gt; <a href="exampleCompetency.html">Sample Competency Models</a> &gt; Water Operations Supervisor</div>
    <div class="download"><a href="docs/WRF_Model_Water_Operations_Supervisor.docx">Download this model (Word)</a> | <a href="docs/WRF_Model_Water_Operations_Supervisor.pdf">PDF</a></div>
"""

CHROME_BOTTOM = """    <p class="backlink"><a href="exampleCompetency.html">&laquo; Back to Sample Competency Models</a> | <a href="#wrapper">Top of page</a></p>
  </div>
  <div id="footer">
    <p>This website was developed by Environmental Engineering &amp; Technology, Inc. as part of a Water Research Foundation project. Neither the Foundation nor Environmental Engineering &amp; Technology takes responsibility for the content of the research study reported in this web tool or for the opinions or statements expressed in it. The tool is offered for information only, and no technical support is provided.</p>
    <p>&copy;2012 Water Research Foundation. ALL RIGHTS RESERVED.</p>
  </div>
</div>
<script type="text/javascript">
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
  $(document).ready(function(){ initMenu('#leftnav'); });
</script>
</body>
</html>
"""


def e(s):
    return html.escape(s, quote=False)


def build_html(path):
    out = [CHROME_TOP]
    out.append("    <h1>WRF Competency Model: Water Operations Supervisor</h1>\n")
    out.append(f"    <p class=\"note\"><strong>Note:</strong> {e(NOTE)}</p>\n")
    out.append("    <ol class=\"outline\">\n      <li><h2>Technical Competencies</h2>\n        <ol>\n")
    for name, exp, areas in TECH:
        out.append(f"          <li><h3>{e(name)} ({e(exp)})</h3>\n")
        out.append(f"            <p>{e(LEADIN)}</p>\n            <ol type=\"a\">\n")
        for area, subs in areas:
            if subs:
                out.append(f"              <li>{e(area)}\n                <ol>\n")
                for s in subs:
                    out.append(f"                  <li>{e(s)}</li>\n")
                out.append("                </ol>\n              </li>\n")
            else:
                out.append(f"              <li>{e(area)}</li>\n")
        out.append("            </ol>\n          </li>\n")
    out.append("        </ol>\n      </li>\n      <li><h2>Non-Technical Competencies</h2>\n        <ol>\n")
    for name, definition, behaviours in NONTECH:
        out.append(f"          <li><h3>{e(name)}</h3>\n")
        out.append(f"            <p><em>Definition:</em> {e(definition)}</p>\n")
        out.append("            <p>Behaviors shown by superior performers:</p>\n            <ul>\n")
        for b in behaviours:
            out.append(f"              <li>{e(b)}</li>\n")
        out.append("            </ul>\n          </li>\n")
    out.append("        </ol>\n      </li>\n    </ol>\n")
    out.append(CHROME_BOTTOM)
    Path(path).write_text("".join(out), encoding="utf-8")


def gold(path):
    d = STEM
    comps = []
    for name, exp, areas in TECH:
        inds = []
        for area, subs in areas:
            inds.append(H.item(d, area))
            inds += [H.item(d, s, area) for s in subs]
        comps.append(H.competency(d, name, LEADIN, indicators=inds, notes=[H.item(d, exp)]))
    for name, definition, behaviours in NONTECH:
        comps.append(H.competency(d, name, definition, indicators=H.items(d, behaviours)))
    return H.write_gold(path, "html", "WRF Competency Model: Water Operations Supervisor", comps)


def build():
    out = H.DOCS / f"{STEM}.html"
    build_html(out)
    return gold(out)


if __name__ == "__main__":
    print(build())

"""BNFL - Competency Directory, 3.11 Technical competencies - Public affairs (HTML).

Hand-written early-2000s intranet page (FrontPage-style <font> markup): logo banner with the HR Online
links, directory and section headings, then per competency a bold caption "311.x - Public affairs: Name
(March 2001)" and a bordered table (title bar "Name - 311.x", family "Public affairs", the definition
paragraph, then one row of three cells headed "Why it is important" / "Levels" (typed "1." ... "5.")
/ "Core question"), "Back to top" links and a page footer.
"""
import html as H
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bblib as B

STEM = "bnfl-competency-directory"

COMPS = [
    {"ref": "311.1", "name": "Applying audience research techniques",
     "definition": "This competency covers the knowledge and skills needed to use audience research as a core "
                   "tool in developing public affairs strategies, and in measuring how well public affairs "
                   "activities work.",
     "why": ["Public affairs exists to influence the company\u2019s stakeholders through a range of "
             "communication activities, including briefings, publications and advertising.",
             "The effect of these activities is seldom obvious on its own and has to be shown through "
             "stakeholder research that compares outcomes with intent. Measures taken from research campaigns "
             "also allow the BNFL Public Affairs function to be compared with other industry benchmarks.",
             "Repeated research also helps to pick up future trends in audience opinion."],
     "levels": ["Knows when, where and why audience research is appropriate and writes a scoping document for "
                "a particular need.",
                "Has a broad knowledge of the relevant techniques, enough to commission outside agencies or "
                "internal resources to carry out research. Interprets the results of research campaigns in "
                "order to give appropriate advice.",
                "Uses knowledge and experience of research techniques to advise management, shape future "
                "decisions and measure/benchmark the effectiveness of a range of public affairs activities.",
                "Measures/benchmarks the public affairs function as a whole and advises the Executive on future "
                "strategies to raise its effectiveness. Interprets particular data/trends to influence "
                "long-term strategic thinking. Uses opinion research to drive whole strategies and devises new "
                "sampling and interpretative techniques for specific business needs, applying them to "
                "re-shape strategy.",
                "Is recognised inside and outside the company as an authority on audience research; advises "
                "other organisations and industry bodies on research methods and their use in public affairs."],
     "core": "Can the individual apply suitable audience research techniques, interpret the results and advise "
             "on what should follow?"},
    {"ref": "311.2", "name": "Developing public affairs strategies and action plans",
     "definition": "This competency covers the knowledge, skills and experience needed to identify, ahead of "
                   "time, the key issues that could affect the company\u2019s licence to operate and the "
                   "achievement of its business objectives, to develop effective internal and external "
                   "strategies, and to manage the action plans that follow from them.",
     "why": ["Understanding the threats and opportunities that could affect the company\u2019s activities, "
             "including its licence to operate, is a vital competency for BNFL in its complex commercial, "
             "political and regulatory environment.",
             "Applying the skills and experience to develop and run effective stakeholder communication "
             "strategies reduces threats and makes the most of opportunities for BNFL."],
     "levels": ["Monitors and collects information from internal and external sources to clarify an issue or "
                "the extent of a problem. Understands what the agreed strategy is trying to achieve and "
                "carries out assigned actions.",
                "Analyses issues and stakeholder positions and drafts sections of strategies and action plans "
                "for review.",
                "Develops public affairs strategies and action plans for a business area, agrees them with line "
                "management and monitors their delivery.",
                "Develops company-wide public affairs strategies that bring internal and external communication "
                "together, and co-ordinates their delivery across the business groups.",
                "Sets the company\u2019s public affairs strategy at Executive level and anticipates, years "
                "ahead, the issues that could affect its licence to operate."],
     "core": "Can the individual identify the issues that matter to the business and turn them into "
             "effective public affairs strategies and action plans?"},
]


def e(s):
    return H.escape(s, quote=False).replace("\u2019", "&#8217;")


def page():
    out = ["""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>Competency Directory - 3.11 Technical competencies - Public affairs</title>
<link rel="stylesheet" type="text/css" href="../styles/hronline.css">
<script language="JavaScript">
<!--
function printPage() { if (window.print) window.print(); }
//-->
</script>
</head>

<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<a name="top"></a>
<table border="0" width="100%" cellspacing="0" cellpadding="4" bgcolor="#E6ECF2">
  <tr>
    <td width="180"><img border="0" src="../images/bnfl_logo.gif" alt="BNFL Logo" width="160" height="48"></td>
    <td align="right" valign="bottom"><font face="Arial" size="1">
      <a href="../index.htm">HR Online</a> |
      <a href="cd_index.htm">Competency Directory</a> |
      <a href="../broadroles/br_index.htm">Broad Roles</a> |
      <a href="javascript:printPage()">Print this page</a></font></td>
  </tr>
</table>
<table border="0" width="100%" cellspacing="0" cellpadding="8">
  <tr>
    <td>
<p><font face="Arial" size="5" color="#003366"><b>Competency Directory</b></font><br>
<font face="Arial" size="3" color="#003366"><b>3.11 Technical competencies - Public affairs</b></font></p>
"""]
    for c in COMPS:
        out.append(f"""
<p><a name="{c['ref']}"></a><font face="Arial" size="2"><b>{c['ref']} - Public affairs: {e(c['name'])} (March 2001)</b></font></p>
<table border="1" width="100%" cellspacing="0" cellpadding="5" bordercolor="#003366">
  <tr>
    <td colspan="3" bgcolor="#003366"><font face="Arial" size="3" color="#FFFFFF"><b>{e(c['name'])} - {c['ref']}</b></font></td>
  </tr>
  <tr>
    <td colspan="3" bgcolor="#E6ECF2"><font face="Arial" size="2"><b>Public affairs</b></font></td>
  </tr>
  <tr>
    <td colspan="3"><font face="Arial" size="2">{e(c['definition'])}</font></td>
  </tr>
  <tr>
    <td width="28%" valign="top"><font face="Arial" size="2"><b>Why it is important</b></font>
""")
        for w in c["why"]:
            out.append(f'      <p><font face="Arial" size="2">{e(w)}</font></p>\n')
        out.append("""    </td>
    <td width="50%" valign="top"><font face="Arial" size="2"><b>Levels</b></font>
""")
        for i, lv in enumerate(c["levels"], 1):
            out.append(f'      <p><font face="Arial" size="2">{i}. {e(lv)}</font></p>\n')
        out.append(f"""    </td>
    <td width="22%" valign="top" bgcolor="#FFF8DC"><font face="Arial" size="2"><b>Core question</b></font>
      <p><font face="Arial" size="2">{e(c['core'])}</font></p>
    </td>
  </tr>
</table>
<p align="right"><font face="Arial" size="1"><a href="#top">Back to top</a></font></p>
""")
    out.append("""    </td>
  </tr>
</table>
<hr size="1" color="#003366">
<p align="center"><font face="Arial" size="1">&copy; BNFL 2001 | HR Policy &amp; Development | Page last updated: 30/03/2001<br>
This page is for internal use only. Printed copies are uncontrolled.</font></p>
</body>
</html>
""")
    return "".join(out)


def build():
    out = B.DOCS / f"{STEM}.html"
    out.write_bytes(page().replace("\n", "\r\n").encode("cp1252"))
    return out


def gold(path):
    g = B.Gold(path, "html", "Competency Directory - 3.11 Technical competencies - Public affairs")
    for c in COMPS:
        notes = g.items(c["why"], "Why it is important") + [g.item(c["core"], "Core question")]
        g.competency(c["name"], c["definition"],
                     levels=[g.level(i, str(i), [t]) for i, t in enumerate(c["levels"], 1)],
                     notes=notes)
    return g.write()


if __name__ == "__main__":
    print(gold(build()))

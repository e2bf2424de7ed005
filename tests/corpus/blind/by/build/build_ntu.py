"""ntu-teamworking-development-activities.html: a Word document saved as "Web Page, Filtered" (*.htm) by
Word 2016: windows-1252 bytes (curly quotes and dashes as single cp1252 bytes), the Word style sheet in
<style> with mso classes, <div class=WordSection1>, bullets NOT as <ul> but as
<p class=MsoListParagraphCxSpFirst/Middle/Last> paragraphs whose first span holds the Symbol-font "·" glyph
and a run of &nbsp; (inside <![if !supportLists]> ... <![endif]>), headings as <h1>/<h2> plus bold MsoNormal
pseudo-headings, the reading list as hanging-indent MsoNormal paragraphs, and source lines wrapped at about
76 columns in the middle of text and tags, as Word writes them.

Modelled on Nottingham Trent University, Centre for Professional Learning and Development, "Competency
development tool" (http://www.ntu.ac.uk/cpld/cpd_planning/cpd_frameworks/competency_development_tool/):
nine behavioural competencies in three groups (Working with others: Teamworking, Customer focus,
Communicating and influencing; ...), each split into four levels ("Level one" ... "Level four"), with a
downloadable document of suggested development activities per level; the index notes that level-four
readers may find ideas in levels one to three. This document joins the four Teamworking level documents into
one Word file (as a member of staff would keep them). The per-level documents were not in the stored copy:
the level behaviours, activities, the workshop list and the reading list are ours.
"""
import re
import sys

import bylib as L

DOC = "ntu-teamworking-development-activities"
OUT = L.DOCS / f"{DOC}.html"

NAME = "Teamworking"
DEFINITION = ("Works co-operatively with colleagues inside and outside the team, shares knowledge and "
              "information openly, and helps to build a supportive and inclusive team climate in which shared "
              "goals are met.")

LEVELS = [
    ("Level one",
     ["Shares information and knowledge with team colleagues without being asked.",
      "Offers help to colleagues when they are under pressure.",
      "Treats all colleagues with courtesy and respect, whatever their role.",
      "Accepts a fair share of the team\u2019s workload, including less popular tasks."],
     ["Ask your line manager to explain how your team\u2019s work supports the wider objectives of your "
      "school or department.",
      "Keep a short log for a month of the times you helped a colleague or asked for help, and discuss it at "
      "your next one-to-one.",
      "Volunteer to cover a colleague\u2019s work during a busy period or absence, and note what you learned "
      "about their role.",
      "Prepare one point you want to raise before each team meeting in your area."]),
    ("Level two",
     ["Builds effective working relationships with colleagues in other teams.",
      "Takes account of other people\u2019s views and ideas, even when they differ from own.",
      "Deals with minor disagreements in the team constructively and promptly.",
      "Contributes own ideas to improve the way the team works."],
     ["Arrange to shadow a colleague in a team you work with closely, and agree one way of making the "
      "hand-over between your teams smoother.",
      "Take on a role in a cross-university working group or project team.",
      "After a team meeting, reflect on whose views were heard and whose were not, and think about how you "
      "could draw in quieter colleagues next time.",
      "Use a team-role questionnaire (for example Belbin) to identify your preferred team roles and discuss "
      "the results with your team."]),
    ("Level three",
     ["Creates a team climate in which people feel able to share ideas and raise concerns.",
      "Brings together colleagues from different teams to solve shared problems.",
      "Recognises and celebrates the contributions of team members.",
      "Addresses conflict within the team openly and fairly."],
     ["Lead a short project that involves staff from at least two other departments, and review with the "
      "group what helped and what hindered the collaboration.",
      "Introduce a regular slot in team meetings for members to share successes and lessons learned.",
      "Ask a colleague whose team is known for working well together to act as your mentor for six months.",
      "Facilitate a team session to agree ground rules for how the team will work together."]),
    ("Level four",
     ["Promotes collaborative working across the University and with external partners.",
      "Removes barriers that prevent teams from working together effectively.",
      "Builds high-performing teams by matching people\u2019s strengths to the work.",
      "Acts as a role model for co-operative working at a senior level."],
     ["Sponsor a cross-university initiative and take responsibility for keeping its partners engaged.",
      "Review the structures in your area for any that discourage joint working, and agree changes with "
      "the teams affected.",
      "Invite feedback from peers and partners on how collaborative your leadership is, for example "
      "through a 360 degree review."]),
]

WORKSHOPS = ["Working effectively in teams (half day)",
             "Managing conflict at work (one day)",
             "Introduction to coaching skills for managers (one day)"]

READINGS = [
    ("Belbin, R.M. (2010) <i>Team roles at work</i>. 2nd edn. Oxford: Butterworth-Heinemann.",
     "Team roles at work", ["R.M. Belbin"], "Butterworth-Heinemann", 2010),
    ("Katzenbach, J.R. and Smith, D.K. (1993) <i>The wisdom of teams: creating the high-performance "
     "organization</i>. Boston: Harvard Business School Press.",
     "The wisdom of teams: creating the high-performance organization", ["J.R. Katzenbach", "D.K. Smith"],
     "Harvard Business School Press", 1993),
    ("Lencioni, P. (2002) <i>The five dysfunctions of a team: a leadership fable</i>. San Francisco: "
     "Jossey-Bass.",
     "The five dysfunctions of a team: a leadership fable", ["P. Lencioni"], "Jossey-Bass", 2002),
    ("West, M.A. (2012) <i>Effective teamwork: practical lessons from organizational research</i>. 3rd edn. "
     "Chichester: BPS Blackwell.",
     "Effective teamwork: practical lessons from organizational research", ["M.A. West"], "BPS Blackwell",
     2012),
]

HEAD = """<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>Competency Development Tool</title>
<style>
<!--
 /* Font Definitions */
 @font-face
\t{font-family:Wingdings;
\tpanose-1:5 0 0 0 0 0 0 0 0 0;}
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
\t{font-family:"Calibri Light";
\tpanose-1:2 15 3 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:8.0pt;
\tmargin-left:0cm;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
h1
\t{mso-style-link:"Heading 1 Char";
\tmargin-top:12.0pt;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:0cm;
\tline-height:107%;
\tpage-break-after:avoid;
\tfont-size:16.0pt;
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#5B2C6F;
\tfont-weight:normal;}
h2
\t{mso-style-link:"Heading 2 Char";
\tmargin-top:2.0pt;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:0cm;
\tline-height:107%;
\tpage-break-after:avoid;
\tfont-size:13.0pt;
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#5B2C6F;
\tfont-weight:normal;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
\t{mso-style-link:"Title Char";
\tmargin:0cm;
\tfont-size:28.0pt;
\tfont-family:"Calibri Light",sans-serif;
\tletter-spacing:-.5pt;}
p.MsoSubtitle, li.MsoSubtitle, div.MsoSubtitle
\t{mso-style-link:"Subtitle Char";
\tmargin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:8.0pt;
\tmargin-left:0cm;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tcolor:#5A5A5A;
\tletter-spacing:.75pt;}
a:link, span.MsoHyperlink
\t{color:#0563C1;
\ttext-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:8.0pt;
\tmargin-left:36.0pt;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:36.0pt;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:36.0pt;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:8.0pt;
\tmargin-left:36.0pt;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
span.Heading1Char
\t{mso-style-name:"Heading 1 Char";
\tmso-style-link:"Heading 1";
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#5B2C6F;}
span.Heading2Char
\t{mso-style-name:"Heading 2 Char";
\tmso-style-link:"Heading 2";
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#5B2C6F;}
.MsoChpDefault
\t{font-family:"Calibri",sans-serif;}
.MsoPapDefault
\t{margin-bottom:8.0pt;
\tline-height:107%;}
 /* Page Definitions */
 @page WordSection1
\t{size:595.3pt 841.9pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
 /* List Definitions */
 ol
\t{margin-bottom:0cm;}
ul
\t{margin-bottom:0cm;}
-->
</style>

</head>
"""


def wordwrap(s, width=76):
    """Word's HTML writer breaks source lines at a space after about 76 columns (also inside tags)."""
    out, line = [], ""
    for tok in re.split(r"( )", s):
        if tok == " " and len(line) >= width:
            out.append(line)
            line = ""
            continue
        line += tok
    out.append(line)
    return "\n".join(out)


def bullet(text, pos):
    cls = {"first": "MsoListParagraphCxSpFirst", "middle": "MsoListParagraphCxSpMiddle",
           "last": "MsoListParagraphCxSpLast", "only": "MsoListParagraph"}[pos]
    return wordwrap(f"<p class={cls} style='text-indent:-18.0pt'><![if !supportLists]><span "
                    f"style='font-family:Symbol'>\u00b7<span style='font:7.0pt \"Times New Roman\"'>"
                    f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>{text}</p>")


def bullets(texts):
    out = []
    for i, t in enumerate(texts):
        pos = "only" if len(texts) == 1 else "first" if i == 0 else "last" if i == len(texts) - 1 else "middle"
        out.append(bullet(t, pos))
    return out


def normal(text, style=""):
    st = f" style='{style}'" if style else ""
    return wordwrap(f"<p class=MsoNormal{st}>{text}</p>")


def pseudo_heading(text):
    return wordwrap(f"<p class=MsoNormal style='margin-bottom:4.0pt'><b><span style='font-size:12.0pt;"
                    f"line-height:107%;color:#5B2C6F'>{text}</span></b></p>")


def body():
    out = ["<body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>", "",
           "<div class=WordSection1>", ""]
    out.append("<p class=MsoTitle>Competency Development Tool</p>")
    out.append("<p class=MsoSubtitle>Working with others \u2013 Teamworking, levels one to four</p>")
    out.append(normal("<span style='font-size:9.0pt;line-height:107%;color:#595959'>Centre for Professional "
                      "Learning and Development (CPLD) | Nottingham Trent University</span>"))
    out.append(normal("&nbsp;"))
    out.append(normal("These pages suggest activities to help you develop the competency at the level your "
                      "role requires, or at the next level if you are planning your own progression. You will "
                      "find the competency requirements for your role in your person specification or on "
                      "your PDCR form. If you are looking for development ideas at level four you may also "
                      "find useful ideas in levels one to three."))
    out.append(wordwrap("<h1>Teamworking</h1>"))
    out.append(normal(f"<b>Definition: </b>{DEFINITION}"))
    for label, behaviours, activities in LEVELS:
        out.append(wordwrap(f"<h2>{label}</h2>"))
        out.append(pseudo_heading("What this looks like"))
        out += bullets(behaviours)
        out.append(pseudo_heading("Suggested development activities"))
        out += bullets(activities)
    out.append(wordwrap("<h2>Related CPLD workshops</h2>"))
    out += bullets(WORKSHOPS)
    out.append(wordwrap("<h2>Further reading</h2>"))
    for cit, *_ in READINGS:
        out.append(normal(cit, "margin-left:36.0pt;text-indent:-36.0pt"))
    out.append(normal("&nbsp;"))
    out += ["</div>", "", "</body>", "", "</html>", ""]
    return "\n\n".join(out)


def gold():
    levels = [L.level(DOC, i, label, beh) for i, (label, beh, _) in enumerate(LEVELS, 1)]
    acts = []
    for label, _, activities in LEVELS:
        acts += L.items(DOC, activities, group=label)
    readings = [L.reading(DOC, re.sub(r"</?i>", "", cit), t, a, pub, y) for cit, t, a, pub, y in READINGS]
    return [L.competency(DOC, NAME, DEFINITION, levels=levels, activities=acts,
                         courses=L.items(DOC, WORKSHOPS), readings=readings)]


def main():
    text = HEAD + "\n" + body()
    OUT.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    L.write_gold(OUT, "html", "Competency Development Tool", gold())
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())

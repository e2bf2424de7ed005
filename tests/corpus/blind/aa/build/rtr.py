"""Rent the Runway (RTR) engineering ladder - the public Google Sheet "Software Development/Leadership
Ladder, multi-track, public", as Google Sheets publishes it to the web (pubhtml): a "waffle" grid with
column letters and row numbers, a row of RPG stat labels (Dex, Str, Wis, Cha) above the header row
Technical Skill | G(et)S(tuff)D(one) | Impact | Communication & Leadership | NOTES, levels as rows in
column A (one level spanning two rows through a merged cell), several statements per cell separated by
blank lines, empty spacer rows. docs/rtr-engineering-ladder.html (excerpt: the first five levels)."""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "rtr-engineering-ladder"
TITLE = "Software Development/Leadership Ladder, multi-track, public"
COLS = ["Technical Skill", "G(et)S(tuff)D(one)", "Impact", "Communication & Leadership"]
STATS = ["Dex", "Str", "Wis", "Cha"]

# level label, list of sheet rows; each sheet row = 4 competency cells (each a list of statements) + note
LEVELS = [
    ("Engineer I (<1-2)", [
        ([["Broad grasp of core CS concepts.",
           "Concentrates on growing as an engineer and on learning the existing tools, resources and processes"],
          ["Builds productivity skills by learning source control, editors, the build system and other tools, "
           "as well as good testing practice",
           "Able to take well-defined sub-tasks and finish them"],
          ["Building knowledge of one component of our architecture"],
          ["Communicates status to the team effectively",
           "Shows RTR's core values and concentrates on understanding and living them",
           "Takes feedback graciously and learns from everything they do"]], ""),
    ]),
    ("Engineer II (2-6+)", [
        ([["Writes correct, clean code with guidance; reliably follows the agreed best practices",
           "Takes part in the technical design of features with guidance"],
          ["Makes steady progress on tasks; knows when to ask for help to get unblocked"],
          ["Self-sufficient in at least one large area of the codebase (several services in a pillar, or all "
           "the frontend code for a main funnel flow), with a high-level understanding of the other components"],
          ["Gives peers and managers timely, useful feedback",
           "States assumptions and clarifies tasks up front so that less rework is needed"]],
         "A broad role. Only some of the basic requirements are listed here."),
        ([["Seldom makes the same mistake twice; starts to build expertise in one or more areas (e.g., "
           "Java/JS/Ruby/iOS development, performance best practices, efficient use of data stores, "
           "messaging, etc).",
           "Learns fast and makes steady progress without needing constant, significant feedback from more "
           "senior engineers."],
          ["Able to own small-to-medium features from technical design to completion;",
           "Can prioritize tasks; does not get caught up in unimportant details and endless \"bikeshedding\""],
          ["Able to provide on-call support for their area, including systems they do not know well"],
          ["Asks others for feedback and is keen to act on it"]], ""),
    ]),
    ("Senior Engineer I (5+)", [
        ([["Understands and makes well-reasoned design decisions and tradeoffs in their area; can work in "
           "other areas of the codebase with guidance",
           "Does not flail when debugging"],
          ["Takes a complex user story, breaks it into sub-tasks and completes them with little oversight",
           "Delivers work to QA that they believe is well-baked and free of bugs"],
          ["Has end-to-end responsibility for projects of growing complexity",
           "Contributes to the team's shared code bases and standards"],
          ["Understands the business their code supports and has empathy for its users",
           "Helps QA to identify and validate test cases"]], ""),
    ]),
    ("Senior Engineer II (7+)", [
        ([["Go-to expert in one area of the codebase; understands the broad architecture of the whole system",
           "Sought out for technical guidance; anticipates technical issues at the product level and makes "
           "design decisions to avoid them"],
          ["Leads the technical delivery of projects that involve several engineers",
           "Identifies risks early and escalates them"],
          ["Gives technical advice and weighs in on technical decisions that affect other teams or the "
           "company as a whole",
           "Researches and proposes new technologies"],
          ["Mentors more junior engineers",
           "Leads technical discussions within the team"]],
         "Expected to be able to act as tech lead on a team."),
    ]),
    ("Principal Engineer (10+)", [
        ([["Owns and is the expert on large sections of our codebase"],
          ["Has a record of sweeping improvements in stability, performance and scalability across major "
           "business-critical systems"],
          ["Sets technical direction across several teams"],
          ["Explains technical strategy clearly to engineers and to the business",
           "Grows the next generation of senior engineers"]], ""),
    ]),
]

CSS = ('.ritz .waffle a { color: inherit; }.ritz .waffle .s0{background-color:#ffffff;text-align:left;'
       'color:#000000;font-family:Arial;font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;'
       'padding:2px 3px 2px 3px;}.ritz .waffle .s1{background-color:#ffffff;text-align:center;font-weight:bold;'
       'color:#999999;font-family:Arial;font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;'
       'padding:2px 3px 2px 3px;}.ritz .waffle .s2{background-color:#d9ead3;text-align:center;font-weight:bold;'
       'color:#000000;font-family:Arial;font-size:11pt;vertical-align:bottom;white-space:nowrap;direction:ltr;'
       'padding:2px 3px 2px 3px;}.ritz .waffle .s3{background-color:#ffffff;text-align:left;font-weight:bold;'
       'color:#000000;font-family:Arial;font-size:10pt;vertical-align:top;white-space:normal;overflow:hidden;'
       'word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}.ritz .waffle .s4{background-color:#ffffff;'
       'text-align:left;color:#000000;font-family:Arial;font-size:10pt;vertical-align:top;white-space:normal;'
       'overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}.ritz .waffle .s5{'
       'background-color:#fff2cc;text-align:left;font-style:italic;color:#000000;font-family:Arial;'
       'font-size:10pt;vertical-align:top;white-space:normal;overflow:hidden;word-wrap:break-word;'
       'direction:ltr;padding:2px 3px 2px 3px;}')


def cell_html(stmts):
    return "<br><br>".join(html.escape(s, quote=False) for s in stmts)


def page():
    rows = []          # list of lists of <td>/<th> html for rows 1..n
    rows.append(['<td class="s0"></td>'] * 6)
    rows.append(['<td class="s0"></td>'] + [f'<td class="s1">{s}</td>' for s in STATS] + ['<td class="s0"></td>'])
    rows.append(['<td class="s0"></td>'] + [f'<td class="s2">{html.escape(c, quote=False)}</td>' for c in COLS]
                + ['<td class="s2">NOTES</td>'])
    rows.append(['<td class="s0"></td>'] * 6)
    for label, srows in LEVELS:
        for i, (cells, note) in enumerate(srows):
            r = []
            if i == 0:
                span = f' rowspan="{len(srows)}"' if len(srows) > 1 else ""
                r.append(f'<td class="s3"{span}>{html.escape(label, quote=False)}</td>')
            r += [f'<td class="s4">{cell_html(c)}</td>' for c in cells]
            r.append(f'<td class="s5">{html.escape(note, quote=False)}</td>' if note else '<td class="s4"></td>')
            rows.append(r)
        rows.append(['<td class="s0"></td>'] * 6)
    widths = [150, 260, 260, 220, 260, 180]
    o = ['<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">'
         '<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, '
         'user-scalable=no">',
         f'<title>{html.escape(TITLE)} - Google Drive</title>',
         '<link rel="shortcut icon" href="//ssl.gstatic.com/docs/spreadsheets/spreadsheets_2023q4.ico">',
         f'<style type="text/css">{CSS}</style>',
         '<link type="text/css" rel="stylesheet" href="//ssl.gstatic.com/docs/spreadsheets/published/'
         'waffle_published.css">',
         '<script nonce="x7Kq2Rz">var DOCS_timing={};DOCS_timing[\'pls\']=new Date().getTime();</script>',
         '</head><body>',
         '<div id="top-bar"><div id="doc-title"><span class="name">' + html.escape(TITLE) + '</span></div>'
         '<div id="docs-editor-warning"></div></div>',
         '<div id="sheet-menu"><ul id="sheet-tabs"><li id="sheet-button-0" class="active"><a href="#">'
         'Engineering</a></li><li id="sheet-button-1"><a href="#">Engineering Management</a></li></ul></div>',
         '<div id="sheets-viewport"><div id="0" style="display:none;position:relative;" dir="ltr">'
         '<div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" cellpadding="0">',
         '<thead><tr><th class="row-header freezebar-origin-ltr"></th>'
         + "".join(f'<th id="0C{i}" style="width:{w}px;" class="column-headers-background">{chr(65 + i)}</th>'
                   for i, w in enumerate(widths)) + '</tr></thead><tbody>']
    for n, r in enumerate(rows):
        h = 20 if all('s0' in c for c in r) else 60
        o.append(f'<tr style="height: {h}px"><th id="0R{n}" style="height: {h}px;" class="row-headers-background">'
                 f'<div class="row-header-wrapper" style="line-height: {h}px">{n + 1}</div></th>' + "".join(r)
                 + '</tr>')
    o += ['</tbody></table></div></div></div>',
          '<div id="footer"><a href="https://docs.google.com/spreadsheets/" target="_blank">Published by '
          'Google Sheets</a> \u2013 <a href="#" target="_blank">Report Abuse</a> \u2013 Updated automatically '
          'every 5 minutes</div>',
          '<script type="text/javascript" nonce="x7Kq2Rz">function switchToSheet(id){var el=document.'
          'getElementById(id);document.querySelectorAll("#sheets-viewport > div").forEach(function(d){'
          'd.style.display="none"});el.style.display="block";}switchToSheet("0");</script>',
          '</body></html>']
    return "\n".join(o)


def gold():
    out = []
    for ci, name in enumerate(COLS):
        levels = []
        for rank, (label, srows) in enumerate(LEVELS, 1):
            beh = [H.it(" ".join(cells[ci]), STEM) for cells, _note in srows if cells[ci]]
            levels.append(H.lv(rank, label, beh))
        out.append(H.comp(name, STEM, None, levels=levels))
    return out


def main():
    (H.DOCS / f"{STEM}.html").write_text(page(), encoding="utf-8")
    H.write_gold(STEM, f"{STEM}.html", "html", TITLE, gold())


if __name__ == "__main__":
    main()

"""univ: three documents modeled on the University of Limerick (Human Resources Division)
behavioural competency documents.

  univ-ul-competency-interview-questions.html   UL HR web page (site header, main nav, breadcrumbs,
                                                sidebar, footer with copyright, script/style) around two
                                                competencies in the Question Bank's numbered layout
                                                (N.0 name, N.1 Definition, N.2 Why is this important to the
                                                University of Limerick?, key behaviours, numbered questions)
  univ-ul-decision-making-problem-solving.docx  one competency in the Behavioural Competency Framework's
                                                layout: definition, common behavioural descriptors, Level 1 ..
                                                Level 5 (low to high), then interview questions; page header
                                                and footer "Page N of M / Document Number HRD011.1"
  univ-ul-change-adaptability-flexibility.txt   plain-text export of one Question Bank page (hard-wrapped
                                                lines, numbered questions, running footer)

All wording is invented for the test corpus; only the layout follows UL's documents.
Run:  /tmp/venvtest/bin/python build.py
"""
import html
import os
import sys
import tempfile
import textwrap
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # build/: the shared common.py
import common as C  # noqa: E402

WORK = Path(os.environ.get("KEEP_WORK") or tempfile.mkdtemp(prefix="univ-build-"))
WORK.mkdir(parents=True, exist_ok=True)
WHY = "Why is this important to the University of Limerick?"

# ============================================================== HTML page (2 competencies)
HTML_TITLE = "Competency Based Interview Questions"
HTML_COMPS = [
    {
        "num": 3,
        "name": "Planning & Organising",
        "definition": "Plans work in a structured way, sets realistic timeframes and priorities, and organises "
                      "people and resources so that objectives are met on time and to the required standard.",
        "why": "The University runs on academic calendars, funding cycles and statutory deadlines that leave "
               "little room for slippage. Staff who plan ahead and organise their work carefully keep services "
               "to students and colleagues running smoothly, even during peak periods such as registration "
               "and examinations.",
        "behaviours": [(None, [
            "Breaks large tasks into manageable steps and sets a realistic timeframe for each.",
            "Prioritises work according to urgency and impact and revisits priorities when circumstances change.",
            "Keeps accurate records and files so that work can be picked up by others when required.",
            "Anticipates busy periods and prepares resources in advance.",
            "Monitors progress against plans and takes early action when targets are at risk.",
        ])],
        "questions": [
            "Tell us about a time when you had to plan a piece of work with a fixed deadline. How did you go "
            "about it and what was the result?",
            "Describe a period when several urgent demands arrived at once. How did you decide what to deal "
            "with first?",
            "Give an example of a plan that did not work out as expected. What did you do to get it back on track?",
            "How do you keep track of your own tasks and commitments from week to week? Give us a recent example.",
            "Tell us about a time when you had to organise other people or resources to deliver an event or project.",
            "Describe a process you reorganised to make it more efficient. How did you measure the improvement?",
        ],
    },
    {
        "num": 7,
        "name": "Team & Collaborative Working",
        "definition": "Works cooperatively with colleagues within and beyond the immediate team, shares "
                      "information and effort willingly, and puts the success of the team ahead of personal "
                      "recognition.",
        "why": "Most services at the University depend on several units working together, from faculties and "
               "departments to central support functions. Effective collaboration reduces duplication, "
               "improves the experience of students and staff, and allows the University\u2019s services to "
               "respond quickly to new demands.",
        "behaviours": [
            ("Within the team", [
                "Contributes fully to team tasks and takes on a fair share of the workload.",
                "Shares knowledge, information and ideas openly with team members.",
                "Offers support to colleagues under pressure, even when the task is outside own role.",
            ]),
            ("Across the University", [
                "Builds cooperative working relationships with staff in other units and faculties.",
                "Considers the impact of own decisions on other areas before acting.",
                "Represents the views of the team constructively at cross-functional meetings.",
            ]),
        ],
        "questions": [
            "Tell us about a team you worked in that performed well. What was your contribution to its success?",
            "Describe a situation in which a colleague was struggling with their workload. What did you do?",
            "Give an example of a time when you had to work with another department to achieve a shared goal. "
            "What challenges arose and how did you handle them?",
            "Tell us about a disagreement within a team you were part of. How was it resolved and what was "
            "your role?",
            "Describe a time when you put the needs of the team ahead of your own preferences.",
        ],
    },
]


def e(s):
    """Escape for HTML the way the CMS writes it: curly quotes as numeric entities."""
    s = html.escape(s, quote=False)
    for ch in "\u2018\u2019\u201c\u201d\u2013":
        s = s.replace(ch, f"&#{ord(ch)};")
    return s


def build_html():
    body = []
    for c in HTML_COMPS:
        n = c["num"]
        anchor = C.slug(c["name"])
        body.append(f'<h2 id="{anchor}">{n}.0 {e(c["name"])}</h2>')
        body.append(f'<h3>{n}.1 Definition</h3>')
        body.append(f'<p>{e(c["definition"])}</p>')
        body.append(f'<h3>{n}.2 {e(WHY)}</h3>')
        body.append(f'<p>{e(c["why"])}</p>')
        body.append(f'<h3>{n}.3 Key Behaviours</h3>')
        for group, items in c["behaviours"]:
            if group:
                body.append(f'<h4>{e(group)}</h4>')
            body.append('<ul class="key-behaviours">')
            body += [f'  <li>{e(x)}</li>' for x in items]
            body.append('</ul>')
        body.append(f'<h3>{n}.4 Interview Questions</h3>')
        body.append('<ol class="interview-questions">')
        body += [f'  <li>{e(q)}</li>' for q in c["questions"]]
        body.append('</ol>')
        body.append('<p class="back-to-top"><a href="#main-content">Back to top</a></p>')
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<title>{e(HTML_TITLE)} | Human Resources | University of Limerick</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_hr_main.css?s3k1qa">
<style>
  .key-behaviours li, .interview-questions li {{ margin-bottom: .35em; }}
  .visually-hidden {{ position: absolute !important; clip: rect(1px, 1px, 1px, 1px); }}
</style>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-UL0000HR');
</script>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="site-header">
  <div class="utility-bar">
    <ul class="menu menu--utility">
      <li><a href="/students">Students</a></li>
      <li><a href="/staff">Staff</a></li>
      <li><a href="/alumni">Alumni</a></li>
      <li><a href="/library">Library</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </div>
  <div class="branding">
    <a href="/" title="Home" rel="home"><img src="/themes/custom/ul/logo.svg" alt="University of Limerick | Ollscoil Luimnigh"></a>
    <div class="site-name"><a href="/hr">Human Resources Division</a></div>
  </div>
  <nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="main-nav">
    <h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
    <ul class="menu menu--main">
      <li><a href="/hr/current-staff">Current Staff</a></li>
      <li><a href="/hr/hr-services">HR Services</a></li>
      <li><a href="/hr/pay-benefits">Pay &amp; Benefits</a></li>
      <li class="is-active"><a href="/hr/recruitment">Recruitment</a></li>
      <li><a href="/hr/learning-development">Learning &amp; Development</a></li>
      <li><a href="/hr/policies-procedures">Policies &amp; Procedures</a></li>
    </ul>
  </nav>
</header>
<div class="region region-breadcrumb">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/hr">Human Resources</a></li>
      <li><a href="/hr/recruitment">Recruitment</a></li>
      <li>{e(HTML_TITLE)}</li>
    </ol>
  </nav>
</div>
<main role="main" class="layout-main">
  <a id="main-content" tabindex="-1"></a>
  <div class="layout-content">
    <h1 class="page-title"><span class="field field--name-title">{e(HTML_TITLE)}</span></h1>
    <article class="node node--type-page node--view-mode-full">
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{chr(10).join('        ' + line for line in body)}
      </div>
    </article>
  </div>
  <aside class="layout-sidebar-first" role="complementary">
    <nav class="menu--section" aria-label="In this section">
      <h2>In this section</h2>
      <ul>
        <li><a href="/hr/recruitment/vacancies">Current Vacancies</a></li>
        <li><a href="/hr/recruitment/interview-boards">Interview Boards</a></li>
        <li class="is-active"><a href="/hr/recruitment/competency-questions">{e(HTML_TITLE)}</a></li>
        <li><a href="/hr/recruitment/competency-framework">Behavioural Competency Framework</a></li>
      </ul>
    </nav>
  </aside>
</main>
<footer role="contentinfo" class="site-footer">
  <div class="footer-contact">University of Limerick, Limerick, V94 T9PX, Ireland. T: +353 (0)61 202700</div>
  <ul class="menu menu--footer">
    <li><a href="/disclaimer">Disclaimer</a></li>
    <li><a href="/privacy">Privacy &amp; Cookie Statement</a></li>
    <li><a href="/enquiries">Enquiries</a></li>
    <li><a href="/location">Location</a></li>
  </ul>
  <p class="copyright">&copy; University of Limerick Human Resources Division 2013. All rights reserved.</p>
</footer>
</div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
<script>jQuery(function($){{ $('.main-nav').attr('data-ready', '1'); }});</script>
</body>
</html>
"""
    out = C.DOCS / "univ-ul-competency-interview-questions.html"
    out.write_text(page, encoding="utf-8")
    return out


def gold_html(path):
    doc_id = path.stem
    comps = []
    for c in HTML_COMPS:
        g = C.competency(doc_id, c["name"], c["definition"])
        for group, items in c["behaviours"]:
            g["indicators"] += [C.item(doc_id, x, None, group) for x in items]
        g["interview_questions"] = [C.item(doc_id, q) for q in c["questions"]]
        g["notes"] = [C.item(doc_id, c["why"], None, WHY)]
        comps.append(g)
    return C.write_gold(path, "html", HTML_TITLE, comps)


# ============================================================== DOCX (framework page + questions)
FW_TITLE = "Behavioural Competency Framework"
FW = {
    "name": "Decision Making & Problem Solving",
    "definition": "Identifies the real cause of problems, gathers and weighs relevant information, and reaches "
                  "sound, timely decisions that take account of their impact on students, staff and the University.",
    "common": [
        "Gathers the facts before reaching conclusions.",
        "Distinguishes between symptoms and underlying causes.",
        "Consults appropriately and explains the reasons for decisions.",
    ],
    "levels": [
        ["Resolves routine queries using established procedures and guidelines.",
         "Recognises when a problem falls outside own authority and refers it promptly."],
        ["Analyses information from several sources to resolve non-routine problems.",
         "Proposes practical options and outlines the advantages and drawbacks of each."],
        ["Makes decisions on complex issues within the area of responsibility, balancing competing priorities.",
         "Anticipates problems and puts preventive measures in place.",
         "Uses data and evidence to test assumptions before recommending change."],
        ["Takes decisions with significant implications for a unit or function, often with incomplete information.",
         "Develops solutions that address problems shared by several units."],
        ["Makes strategic decisions that shape University policy and the allocation of resources.",
         "Evaluates long-term risks and consequences at institutional level and acts to manage them."],
    ],
    "questions": [
        "Describe a problem at work that was more complicated than it first appeared. How did you get to the "
        "root of it?",
        "Tell us about a decision you made that was unpopular. How did you reach it and how did you "
        "communicate it?",
        "Give an example of a time when you had to decide quickly without all the information you wanted.",
        "Tell us about a time when you identified a recurring problem and introduced a lasting solution.",
        "Describe a decision you would make differently if you faced it again. What did you learn?",
    ],
}


def build_docx():
    d = docx.Document()
    C.clear_core_props(d, title=FW_TITLE)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name, sz in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5)):
        d.styles[name].font.name = "Calibri"
        d.styles[name].font.size = Pt(sz)
        d.styles[name].font.color.rgb = RGBColor(0x00, 0x5A, 0x32)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)      # A4
    sec.left_margin = sec.right_margin = Inches(1)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("The University of Limerick")
    hr.italic = True
    hr.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.27), WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run(f"{FW_TITLE}\t\tPage ")  # Footer style: centre tab 3.25in, then our right tab
    C.add_field(fp, "PAGE")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES")
    fp2 = sec.footer.add_paragraph("Document Number HRD011.1")
    for p in (fp, fp2):
        for r in p.runs:
            r.font.size = Pt(8)

    bullet_abs = C.add_abstract(d, C.BULLET_LVL.format(left=720, hang=360), "7D0C3E55")
    dec_abs = C.add_abstract(d, C.DECIMAL_LVL.format(left=720, hang=360), "1A9F2C40")

    d.add_heading(FW_TITLE, level=1)
    d.add_heading(FW["name"], level=2)
    dp = d.add_paragraph()
    dp.add_run("Definition: ").bold = True
    dp.add_run(FW["definition"])
    d.add_heading("Common Behavioural Descriptors (all levels)", level=3)
    nid = C.add_num(d, bullet_abs)
    for x in FW["common"]:
        C.set_num(d.add_paragraph(x, style="List Paragraph"), nid)
    for i, items in enumerate(FW["levels"], start=1):
        d.add_heading(f"Level {i}", level=3)
        nid = C.add_num(d, bullet_abs)
        for x in items:
            C.set_num(d.add_paragraph(x, style="List Paragraph"), nid)
    d.add_heading("Interview Questions", level=3)
    nid = C.add_num(d, dec_abs, restart=True)
    for q in FW["questions"]:
        C.set_num(d.add_paragraph(q, style="List Paragraph"), nid)
    out = C.DOCS / "univ-ul-decision-making-problem-solving.docx"
    d.save(out)
    return out


def gold_docx(path):
    doc_id = path.stem
    g = C.competency(doc_id, FW["name"], FW["definition"])
    g["indicators"] = [C.item(doc_id, x) for x in FW["common"]]
    g["levels"] = [{"rank": i, "label": f"Level {i}", "behaviors": [C.item(doc_id, x) for x in items]}
                   for i, items in enumerate(FW["levels"], start=1)]
    g["interview_questions"] = [C.item(doc_id, q) for q in FW["questions"]]
    return C.write_gold(path, "docx", FW_TITLE, [g])


# ============================================================== TXT (plain-text export of one page)
TXT_TITLE = "Behavioural Competency Based Interview Question Bank"
TXT = {
    "num": 10,
    "name": "Change, Adaptability & Flexibility",
    "definition": "Responds positively to new ways of working, adjusts plans and approaches when circumstances "
                  "change, and helps colleagues to see change as an opportunity rather than a threat.",
    "why": "Higher education is changing quickly, with new technologies, new student expectations and new "
           "funding models. The University needs staff who can adapt their work to these conditions while "
           "keeping the quality of service high.",
    "questions": [
        "Tell us about a significant change in your workplace. How did it affect you and how did you respond?",
        "Describe a time when you had to learn a new system or procedure quickly. What approach did you take?",
        "Give an example of a situation in which your plans were overtaken by events. How did you adjust?",
        "Tell us about a time when you helped a colleague who was finding a change difficult.",
        "Describe an occasion when you suggested a change to the way work was done. How did you win "
        "support for it?",
        "How do you stay effective when priorities shift several times in a short period? Give a recent example.",
    ],
}


def build_txt():
    n = TXT["num"]
    W = 78
    lines = [TXT_TITLE, "", "", f"{n}.0  {TXT['name']}", "", f"{n}.1  Definition", ""]
    lines += textwrap.wrap(TXT["definition"], W)
    lines += ["", f"{n}.2  {WHY}", ""]
    lines += textwrap.wrap(TXT["why"], W)
    lines += ["", f"{n}.3  Interview Questions", ""]
    for i, q in enumerate(TXT["questions"], start=1):
        lines += textwrap.wrap(q, W, initial_indent=f"   {i}. ", subsequent_indent="      ")
        lines.append("")
    lines += ["", "", f"{TXT_TITLE:<66}Page 22", "Document Number HRD012.1", "\f"]
    out = C.DOCS / "univ-ul-change-adaptability-flexibility.txt"
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


def gold_txt(path):
    doc_id = path.stem
    g = C.competency(doc_id, TXT["name"], TXT["definition"])
    g["interview_questions"] = [C.item(doc_id, q) for q in TXT["questions"]]
    g["notes"] = [C.item(doc_id, TXT["why"], None, WHY)]
    return C.write_gold(path, "txt", TXT_TITLE, [g])


if __name__ == "__main__":
    ok = True
    h = build_html()
    ok &= C.check(h, gold_html(h))
    dx = build_docx()
    ok &= C.check(dx, gold_docx(dx))
    t = build_txt()
    ok &= C.check(t, gold_txt(t))
    sys.exit(0 if ok else 1)

"""Batch BC documents 1-4: Indiana DOC appraisal form (DOCX), Mn/DOT core competencies (TXT),
County of San Mateo performance factor list (HTML), Pittsburg State performance factors (PDF)."""
import html
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import bclib as B
from bclib import C, comp, it, lv

# ====================================================================== 1. Indiana DOC appraisal (DOCX)
IN_STEM = "indoc-performance-appraisal"
IN_TITLE = "EMPLOYEE PERFORMANCE APPRAISAL \u2013 SUPERVISORY/MANAGERIAL"
IN_COMPS = [
    ("Job Knowledge",
     "Has the knowledge, skills and experience the duties of the job call for; understands what the work "
     "unit is there to do and how the position serves the overall mission of the agency; keeps current in "
     "the essential areas of the job."),
    ("Teamwork",
     "Builds cooperation, pride, trust and a shared identity in the group; encourages commitment and team "
     "spirit; works together with others to reach goals."),
    ("Customer Service",
     "Finds out and responds to the needs of internal and external customers; delivers services that are "
     "timely, accurate and courteous; follows up until the customer\u2019s problem is resolved."),
    ("Leadership",
     "Sets clear direction and expectations for staff; models the values of the agency in daily work; holds "
     "self and others accountable for results and for safe, secure operations."),
    ("Developing Others",
     "Coaches staff and gives them timely, specific feedback; identifies training needs and creates "
     "opportunities for employees to build their skills and prepare for greater responsibility."),
]


def _cell_text(cell, text, bold=False, size=9):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


def _checkbox_lines(cell, labels, size=9):
    first = True
    for lab in labels:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run("\u2610 " + lab)
        r.font.size = Pt(size)


def build_indiana():
    d = docx.Document()
    C.clear_core_props(d, "Employee Performance Appraisal")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Inches(0.6))
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    # footer: form line + page x of y
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Supervisory/Managerial Appraisal (rev. 01/2013)\t\tPage ")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")
    r = fp.add_run(" of ")
    r.font.size = Pt(8)
    C.add_field(fp, "NUMPAGES")

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run(IN_TITLE)
    rr.bold = True
    rr.font.size = Pt(12)

    # identification block (table)
    idt = d.add_table(rows=4, cols=2)
    idt.style = "Table Grid"
    rows = [("Name of Employee", "Employee Identification Number/Last Four (4) Digits of SSN"),
            ("Agency/Division\nDepartment of Correction /", "Business Unit\n00615"),
            ("Class Title/Class Code\nSUPERVISORY/MANAGERIAL /", "Review Period\nFrom                    to"),
            ("Type of Evaluation", "")]
    for i, (a, b) in enumerate(rows):
        for j, txt in enumerate((a, b)):
            cell = idt.rows[i].cells[j]
            lines = txt.split("\n")
            _cell_text(cell, lines[0], bold=True, size=8)
            for extra in lines[1:]:
                p = cell.add_paragraph()
                p.add_run(extra).font.size = Pt(9)
    tcell = idt.rows[3].cells[0].merge(idt.rows[3].cells[1])
    for lab in ["Annual Appraisal",
                "Employee is moving to a new supervisor or a new job classification (Send a copy to the new Supervisor).",
                "Employee is going on leave of absence anticipated to last more than thirty (30) calendar days.",
                "Other:"]:
        p = tcell.add_paragraph()
        p.add_run("\u2610 " + lab).font.size = Pt(9)
    C.fix_widths(idt, [3.65, 3.65])

    d.add_paragraph()
    h = d.add_paragraph()
    h.add_run("Purpose of Organization and Position").bold = True
    pt = d.add_table(rows=2, cols=1)
    pt.style = "Table Grid"
    c0 = pt.rows[0].cells[0]
    _cell_text(c0, "Organizational Vision, Mission and/or Objectives:", bold=True, size=9)
    p = c0.add_paragraph()
    p.add_run("Mission Statement").bold = True
    c0.add_paragraph("The Indiana Department of Correction works for public safety and successful re-entry "
                     "through active supervision, programming and partnerships.")
    p = c0.add_paragraph()
    p.add_run("Vision Statement").bold = True
    c0.add_paragraph("As the model of public safety, the Department returns productive citizens to our "
                     "communities and supports a culture of inspiration, collaboration and achievement.")
    c1 = pt.rows[1].cells[0]
    _cell_text(c1, "Purpose of Position (How does this position fit into the Organization/Division/Facility? "
               "What does this position contribute to the Organization/Division/Facility objectives?):",
               bold=True, size=9)
    c1.add_paragraph()
    c1.add_paragraph()
    C.fix_widths(pt, [7.3])

    d.add_paragraph()
    h = d.add_paragraph()
    rr = h.add_run("A. COMPETENCIES")
    rr.bold = True
    rr.font.size = Pt(11)
    ins = d.add_paragraph()
    rr = ins.add_run("Instructions: ")
    rr.bold = True
    ins.add_run("The form can be filled in electronically: tab through the fields and use the space bar to "
                "check or uncheck a box when it is highlighted or clicked with the mouse. Employees must be "
                "rated on the three (3) required Competencies and on the discretionary Competencies the "
                "agency has added.")

    num = C.add_numbering(d, C.decimal_lvl("%1.", left=360, hanging=360), "1BC0A001")
    for name, definition in IN_COMPS:
        p = d.add_paragraph()
        C.set_num(p, num)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.keep_with_next = True
        rr = p.add_run(name)
        rr.bold = True
        p.add_run(" \u2013 " + definition)
        rt = d.add_table(rows=2, cols=2)
        rt.style = "Table Grid"
        _cell_text(rt.rows[0].cells[0], "Rating", bold=True)
        _cell_text(rt.rows[0].cells[1], "Behaviors during the review period which support the rating", bold=True)
        _checkbox_lines(rt.rows[1].cells[0], ["Meets", "Exceeds", "Does Not Meet"])
        for row in rt.rows:
            C.row_flags(row)
        C.fix_widths(rt, [1.4, 5.9])

    d.add_paragraph()
    h = d.add_paragraph()
    h.add_run("Signatures").bold = True
    sg = d.add_table(rows=3, cols=2)
    sg.style = "Table Grid"
    for i, who in enumerate(["Evaluator", "Employee", "Reviewing Officer / Appointing Authority"]):
        _cell_text(sg.rows[i].cells[0], who + " Signature", size=8)
        _cell_text(sg.rows[i].cells[1], "Date", size=8)
    C.fix_widths(sg, [5.3, 2.0])

    out = B.DOCS / f"{IN_STEM}.docx"
    d.save(out)
    return out


def gold_indiana(path):
    comps = [comp(IN_STEM, n, dfn) for n, dfn in IN_COMPS]
    return B.write_gold(path, "docx", IN_TITLE, comps)


# ====================================================================== 2. Mn/DOT core competencies (TXT)
MN_STEM = "mndot-core-competencies"
MN_COMPS = [
    ("Leadership", [
        "Build working relationships that move the work forward.",
        "Take risks that have been thought through.",
        "Act firmly and quickly in a crisis.",
        "Communicate clearly and effectively.",
        "Take action to improve practices and procedures.",
        "Sought out by colleagues for counsel and advice.",
    ]),
    ("Learning/strategic systems thinking", [
        "Take responsibility for your own continued learning and improvement.",
        "Acquire new skills and competencies that are of benefit to the agency.",
        "Appreciate the mission of each work unit and how the individual units fit together as parts of "
        "the whole operation.",
        "Consider every mode of transportation when planning and solving problems.*",
    ]),
]


def _wrap(text, first, cont, width=72):
    words, lines, cur = text.split(), [], first
    for w in words:
        if len(cur) + len(w) + (0 if cur.endswith(("\t", " ")) else 1) > width and cur.strip():
            lines.append(cur.rstrip())
            cur = cont + w
        else:
            cur = cur + ("" if cur.endswith(("\t", " ")) else " ") + w
    lines.append(cur.rstrip())
    return lines


def build_mndot():
    L = ["Minnesota Department of Transportation",
         "Mn/DOT INDIVIDUAL CORE COMPETENCIES",
         "",
         "(Asterisked items apply to managers and supervisors)",
         ""]
    for name, bullets in MN_COMPS:
        L.append(name)
        for b in bullets:
            L += _wrap(b, "\u2022\t", "\t", width=64)
        L.append("")
    L += ["", "Office of Human Resources - Workforce Planning", "\f"]
    out = B.DOCS / f"{MN_STEM}.txt"
    out.write_bytes("\r\n".join(L).encode("utf-8"))
    return out


def gold_mndot(path):
    comps = [comp(MN_STEM, n, indicators=[it(MN_STEM, b) for b in bl]) for n, bl in MN_COMPS]
    return B.write_gold(path, "txt", "Mn/DOT INDIVIDUAL CORE COMPETENCIES", comps)


# ====================================================================== 3. County of San Mateo (HTML)
SMC_STEM = "smc-performance-factors"
SMC = [
    ("Individual Contribution", [
        ("Quantity", ["Completes a suitable volume of work or services within the expected time"]),
        ("Quality", ["Turns out work that is complete, thorough, effective and accurate"]),
        ("Innovation", [
            "Takes measured risks that benefit customers and/or the organization",
            "Applies information technology to work more effectively and to get results",
            "Keeps an open mind when offered a new point of view or new ideas",
            "Searches for other solutions when the usual methods do not work",
        ]),
        ("Level of Effort", [
            "Motivates self and keeps up the effort in spite of obstacles and setbacks",
            "Reaches assigned individual goals and objectives effectively, efficiently, and to the expected "
            "standards",
            "Notices opportunities or likely problems and takes the initiative to act on them instead of "
            "waiting for problems to appear",
        ]),
        ("Commitment to Service", [
            "Shows a commitment to quality public service in both words and actions",
            "Takes personal responsibility for keeping commitments to internal and external customers and for "
            "putting problems right",
            "Readily shifts priorities to meet current needs and changing customer demands",
        ]),
        ("Attendance", [
            "Meets attendance requirements",
            "Starts work on time",
            "Keeps to the scheduled lunch hour and break periods",
        ]),
        ("Attention to Safety", [
            "Follows safety processes and procedures and works safely in every action and activity",
        ]),
    ]),
    ("Professionalism", [
        ("Adherence to County Standards and Policies", []),
        ("Integrity", [
            "Accepts responsibility and accountability for own decisions and actions",
            "Holds to high standards of honesty, trust, and openness",
        ]),
        ("Respect", ["Treats every person with courtesy and respect"]),
        ("Cooperation", [
            "Is willing to help others",
            "Values what others contribute and know and is willing to learn from them",
            "Builds and keeps up cooperative working relationships over time",
            "Is open to feedback",
            "Asks for and accepts help or assistance when it is needed",
        ]),
        ("Responsiveness", [
            "Anticipates change from outside the organization and responds to it",
            "Stays flexible under outside constraints and quickly adjusts methods and ideas to immediate or "
            "expected changes in the work environment",
        ]),
    ]),
]

SMC_HEAD = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Performance Factor List | County of San Mateo, CA</title>
<link rel="canonical" href="https://www.smcgov.org/hr/performance-factor-list">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_smc_theme_v3.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/21874","currentLanguage":"en"},"gtag":{"tagId":"G-XXXXXXXXXX"},"user":{"uid":0}}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date()); gtag('config', 'G-XXXXXXXXXX');
</script>
</head>
"""

SMC_TOP = """<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="smc-alert-bar" role="region" aria-label="Site alert">Find the latest County news and emergency information at <a href="/ceo/news">smcgov.org/news</a></div>
<header class="smc-header" role="banner">
  <div class="smc-header__brand"><a href="/" rel="home"><img src="/themes/custom/smc/logo.svg" alt="County of San Mateo"><span class="smc-header__name">County of San Mateo</span></a></div>
  <div class="smc-header__tools">
    <div class="language-switcher"><label for="gt-select">Select a language:</label>
      <select id="gt-select"><option>English</option><option>Espa\u00f1ol</option><option>\u4e2d\u6587</option><option>Tagalog</option></select></div>
    <form class="smc-search" action="/search" method="get"><label for="q" class="visually-hidden">Search</label><input id="q" name="keys" type="search" placeholder="Search smcgov.org"><button type="submit">Search</button></form>
  </div>
  <nav class="smc-mainnav" aria-label="Main">
    <ul>
      <li><a href="/departments">Departments</a></li>
      <li><a href="/services">Services</a></li>
      <li><a href="/government">Government</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/jobs">Jobs</a></li>
      <li><a href="/contact">Contact Us</a></li>
    </ul>
  </nav>
</header>
<div class="smc-dept-banner"><a href="/hr">Human Resources</a></div>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol><li><a href="/">Home</a></li><li><a href="/hr">Human Resources</a></li><li><a href="/hr/performance-management">Performance Management</a></li><li>Performance Factor List</li></ol>
</nav>
<main id="main-content" role="main">
<div class="layout-container">
<aside class="smc-sidebar" role="complementary">
  <h2 class="visually-hidden">Human Resources menu</h2>
  <ul class="menu">
    <li><a href="/hr/benefits">Benefits</a></li>
    <li><a href="/hr/classification">Classification &amp; Compensation</a></li>
    <li><a href="/hr/employee-relations">Employee &amp; Labor Relations</a></li>
    <li class="active"><a href="/hr/performance-management">Performance Management</a></li>
    <li><a href="/hr/learning">Learning &amp; Development</a></li>
  </ul>
</aside>
<article class="node node--type-page">
<h1 class="page-title"><span>Performance Factor List</span></h1>
<div class="field field--name-body clearfix text-formatted">
"""

SMC_BOTTOM = """</div>
<div class="smc-page-meta">Last updated: <time datetime="2022-03-09">March 9, 2022</time></div>
</article>
</div>
</main>
<footer class="smc-footer" role="contentinfo">
  <div class="smc-footer__contact">
    <p><strong>County of San Mateo</strong><br>400 County Center<br>Redwood City, CA 94063<br>Phone: <a href="tel:6503634000">(650) 363-4000</a></p>
  </div>
  <ul class="smc-footer__links">
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/privacy">Privacy Policy</a></li>
    <li><a href="/disclaimer">Disclaimer</a></li>
    <li><a href="/sitemap">Site Map</a></li>
  </ul>
  <ul class="smc-social"><li><a href="https://www.facebook.com/CountyofSanMateo">Facebook</a></li><li><a href="https://twitter.com/sanmateoco">Twitter</a></li><li><a href="https://www.youtube.com/user/SanMateoCounty">YouTube</a></li></ul>
  <p class="copyright">&copy; 2022 County of San Mateo. All rights reserved.</p>
</footer>
<script src="/sites/default/files/js/js_smc_theme_v3.js"></script>
<script src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
</body>
</html>
"""


def build_smc():
    body = []
    for group, factors in SMC:
        body.append(f"<h2>{html.escape(group)}</h2>")
        body.append("<ul>")
        for name, bullets in factors:
            if bullets:
                inner = "\n".join(f"    <li>{html.escape(b)}</li>" for b in bullets)
                body.append(f"  <li>{html.escape(name)}\n  <ul>\n{inner}\n  </ul>\n  </li>")
            else:
                body.append(f"  <li>{html.escape(name)}</li>")
        body.append("</ul>")
        body.append("")
    page = SMC_HEAD + SMC_TOP + "\n".join(body) + "\n" + SMC_BOTTOM
    out = B.DOCS / f"{SMC_STEM}.html"
    out.write_text(page, encoding="utf-8")
    return out


def gold_smc(path):
    comps = []
    for _group, factors in SMC:
        for name, bullets in factors:
            comps.append(comp(SMC_STEM, name, indicators=[it(SMC_STEM, b) for b in bullets]))
    return B.write_gold(path, "html", "Performance Factor List", comps)


# ====================================================================== 4. Pittsburg State (PDF, browser print)
PSU_STEM = "pittstate-performance-factors"
PSU_TITLE = "Performance Management Process - Performance Factors"
PSU_URL = ("www.pittstate.edu/office/hr/policies-and-procedures/"
           "performance-management-process---performance-factors.dot")
PSU = [
    ("Essential Requirements", None, None),
    ("Dependability",
     "Understands own responsibilities to the agency and uses sound work habits and attitudes to meet the "
     "requirements of the work. Gets tasks done by attending to every part of the job and keeps the workload "
     "under control or finishes tasks on time.",
     [("Meets Expectations", "Comes to work regularly and on time. Plans ahead properly for absences. Takes "
       "personal accountability for own work."),
      ("Unsatisfactory", "A rating of Unsatisfactory in Dependability results in an Overall Performance Rating "
       "of Unsatisfactory.")]),
    ("Agency Values",
     "People who live by the agency values hold their actions to high standards of conduct, take "
     "responsibility for their behavior and show personal integrity at all times. Serves as a role model for "
     "other employees and does the right thing even when nobody is watching. Does not waste agency "
     "resources (i.e., time, material).",
     [("Meets Expectations", "Shows personal integrity and ethical behavior. Takes good care of public "
       "resources. Adjusts to changes in processes, procedures or responsibilities."),
      ("Unsatisfactory", "A rating of Unsatisfactory in Agency Values results in an Overall Performance Rating "
       "of Unsatisfactory.")]),
    ("Core Competencies", None, None),
    ("Job Responsibilities",
     "Please rate the individual on how well they carry out their expected day-to-day responsibilities and on "
     "the specialized knowledge set out in the job description. Specialized Knowledge is knowledge of and/or "
     "skill in a particular field (e.g., marketing, engineering, etc.) or trade (e.g., electrician, "
     "housekeeping, etc.) and the ability to use that knowledge and/or skill in a variety of business "
     "situations.",
     [("Learner", "Has limited ability to carry out job responsibilities; needs more experience or practice. "
       "Needs clear and specific instructions to get the job done. Knows enough to handle some routine tasks of "
       "the job without help. Knows the regulations and policies and applies them correctly."),
      ("Experienced Knowledge", "Carries out the full range of regular job responsibilities with little "
       "supervision. Solves most non-routine problems by drawing on established practice. Keeps knowledge of "
       "the field current and passes it on to co-workers when asked.")]),
]


def _para(d, text, size=10, bold=False, italic=False, color=None, before=0, after=4, indent=None, align=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if indent is not None:
        pf.left_indent = Inches(indent)
    if align:
        p.alignment = align
    return p


def build_pittstate():
    d = docx.Document()
    C.clear_core_props(d, PSU_TITLE)
    d.styles["Normal"].font.name = "Liberation Sans"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.5)
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    sec.header_distance = sec.footer_distance = Inches(0.25)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(2.3))
    r = hp.add_run("4/2/2013\t" + PSU_TITLE + " : Pittsburg State University")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(7.5), alignment=2)
    r = fp.add_run(PSU_URL + "\t")
    r.font.size = Pt(8)
    # page numbers as the browser prints them: n/5 (only pages 1-2 were printed)
    C.add_field(fp, "PAGE")
    r = fp.add_run("/5")
    r.font.size = Pt(8)

    _para(d, "PITTSBURG STATE UNIVERSITY", size=16, bold=True, color="6F263D", after=0)
    _para(d, "Admission     Academics     Athletics     Alumni & Friends     Campus Life     About PSU     "
             "A-Z Index", size=8, color="555555", after=2)
    _para(d, "Home  >  Offices  >  Human Resource Services  >  Policies and Procedures", size=8,
          color="555555", after=6)
    _para(d, "Share page:", size=8, color="555555", after=6)
    _para(d, "Policies and Procedures", size=14, bold=True, color="6F263D", after=2)
    _para(d, "University Support Staff", size=11, bold=True, after=2)
    _para(d, PSU_TITLE, size=11, bold=True, after=8)
    for name, definition, levels in PSU:
        if definition is None:
            _para(d, name, size=12, bold=True, color="6F263D", before=10, after=6)
            continue
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(8)
        p.paragraph_format.line_spacing = 1.1
        r = p.add_run(name + ":")
        r.bold = True
        p.add_run("  " + definition)
        for label, text in levels:
            q = d.add_paragraph()
            q.paragraph_format.left_indent = Inches(0.5)
            q.paragraph_format.space_after = Pt(7)
            q.paragraph_format.line_spacing = 1.1
            r = q.add_run(label)
            r.bold = True
            if name == "Job Responsibilities":
                q.add_run(": (" + text + ")")
            else:
                q.add_run(" (" + text + ")")
    tmp = B.BATCH / "build" / f"{PSU_STEM}.docx"
    d.save(tmp)
    out = B.DOCS / f"{PSU_STEM}.pdf"
    B.docx_to_pdf(tmp, out)
    tmp.unlink()
    return out


def gold_pittstate(path):
    comps = []
    for name, definition, levels in PSU:
        if definition is None:
            continue
        n = len(levels)
        if name == "Job Responsibilities":
            ranks = list(range(1, n + 1))          # Learner (lowest) printed first
        else:
            ranks = list(range(n, 0, -1))          # Meets Expectations printed above Unsatisfactory
        lvls = [lv(PSU_STEM, rk, lab, [txt]) for rk, (lab, txt) in zip(ranks, levels)]
        comps.append(comp(PSU_STEM, name, definition, levels=lvls))
    return B.write_gold(path, "pdf", PSU_TITLE, comps)

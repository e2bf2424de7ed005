"""Blind batch y: build the 8 documents and their gold.  Run: /work/main/.venv/bin/python build.py"""
import sys, tempfile, shutil, html as H
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import common as C
from docx import Document
from docx.shared import Pt, Inches, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH

DOCS, GOLD = C.DOCS, C.GOLD
DOCS.mkdir(parents=True, exist_ok=True); GOLD.mkdir(parents=True, exist_ok=True)
I = C.item
E = H.escape


def lv(rank, label, texts, doc, group=None):
    return {"rank": rank, "label": label, "behaviors": [I(t, doc, group=group) for t in texts]}


def lvg(rank, label, grouped, doc):
    """grouped: [(group, [texts])]"""
    return {"rank": rank, "label": label,
            "behaviors": [I(t, doc, group=g) for g, ts in grouped for t in ts]}


def docx_to_pdf(docx_path, pdf_name):
    tmp = Path(tempfile.mkdtemp(prefix="y-pdf-"))
    src = tmp / (Path(pdf_name).stem + ".docx")
    shutil.copy(docx_path, src)
    C.soffice(src, "pdf", tmp)
    shutil.copy(tmp / (Path(pdf_name).stem + ".pdf"), DOCS / pdf_name)
    shutil.rmtree(tmp, ignore_errors=True)


def bullets(cell_or_doc, texts, num_id, first_in_cell=False, size=9):
    out = []
    for k, t in enumerate(texts):
        if first_in_cell and k == 0:
            p = cell_or_doc.paragraphs[0]
        else:
            p = cell_or_doc.add_paragraph()
        r = p.add_run(t)
        r.font.size = Pt(size)
        C.set_num(p, num_id)
        p.paragraph_format.space_after = Pt(2)
        out.append(p)
    return out


def cell_text(cell, text, bold=False, size=9):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


# =====================================================================================
# 1. MGH Clinical Recognition Program, Levels of Practice: Nursing (HTML, table per theme)
# =====================================================================================
MGH = "mgh-clinical-recognition-levels-of-practice"
MGH_LEVELS = ["Entry", "Clinician", "Advanced Clinician", "Clinical Scholar"]
MGH_THEMES = [
    ("Clinician-Patient Relationship",
     "The clinician-patient relationship is about how the nurse comes to know the patient and family as "
     "people, respects what matters to them, and brings them into care as partners.",
     [["Concentrates on completing tasks and routines while beginning to notice the patient as a person",
       "Learns about the patient mainly through assessment tools and the plan of care",
       "Asks for help when a patient's or family's reaction is unexpected"],
      ["Gets to know patients and families and uses what is learned to shape care",
       "Recognizes patient and family concerns and answers them with sensitivity",
       "Sets appropriate boundaries in the relationship"],
      ["Reads subtle changes in the patient and responds before problems escalate",
       "Engages the patient and family as partners in decisions about care",
       "Advocates for the patient when goals of care conflict"],
      ["Draws on a deep understanding of the human experience of illness to guide others",
       "Creates an environment in which patients and families feel known and safe",
       "Coaches colleagues through difficult conversations with patients and families"]]),
    ("Teamwork and Collaboration",
     "Teamwork and collaboration describe how the nurse works with colleagues in every discipline to "
     "coordinate care and reach the best outcomes for patients.",
     [["Understands own role on the team and asks colleagues for guidance",
       "Reports the patient's status accurately at hand-off"],
      ["Works readily with other disciplines to coordinate the plan of care",
       "Serves as a resource to newer staff on the unit"],
      ["Anticipates the needs of the team and mobilizes resources",
       "Takes the lead in resolving conflict that affects patient care"],
      ["Builds collaborative relationships across units and disciplines",
       "Leads initiatives that change practice for a patient population"]]),
]


def build_mgh():
    nav = ["PCS Home Page", "Nursing", "Chaplaincy", "Institute for Patient Care", "Occupational Therapy",
           "Orthotics &amp; Prosthetics", "Physical Therapy", "Respiratory Care Services", "Social Service",
           "Speech Language &amp; Swallowing Disorders", "Clinical Resources", "MGH Internal Access Only"]
    sections = []
    for name, intro, cols in MGH_THEMES:
        rows = "".join(
            "<td valign=\"top\"><ul>" + "".join(f"<li>{E(t)}</li>" for t in col) + "</ul></td>" for col in cols)
        sections.append(f"""
<a name="{C.slug(name)}"></a>
<h3 class="theme">{E(name)}</h3>
<p class="themeintro">{E(intro)}</p>
<table class="levels" border="1" cellpadding="4" cellspacing="0" width="100%">
  <tr bgcolor="#d9e2ef">{''.join(f'<th width="25%">{E(l)}</th>' for l in MGH_LEVELS)}</tr>
  <tr>{rows}</tr>
</table>
<p class="top"><a href="#top">return to top</a></p>""")
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>Clinical Recognition Program - Levels of Practice: Nursing</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link href="/css/pcs.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/menu.js"></script>
<script type="text/javascript">
  var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-0000000-1']); _gaq.push(['_trackPageview']);
</script>
</head>
<body>
<a name="top"></a>
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td class="banner"><img src="/images/pcs_banner.jpg" alt="Massachusetts General Hospital Patient Care Services">
<div class="bannertext">Massachusetts General Hospital Patient Care Services</div>
<div class="tagline">Excellence Every Day</div>
<div class="eed"><a href="/EED_Portal/">EXCELLENCE EVERY DAY PORTAL</a> <a href="/EED_Portal/">click here</a></div></td></tr>
<tr><td class="topnav">{' '.join(f'<a href="#">{n}</a>' for n in nav)}</td></tr>
<tr><td>
<table width="100%" border="0"><tr>
<td class="leftnav" width="180" valign="top">
<div class="lefthead">Patient Care Services</div>
<ul class="leftmenu"><li><a href="/ipc/">Institute for Patient Care</a></li><li><a href="/ipc/affiliations.asp">Clinical Affilations Program</a></li>
<li><a href="/ipc/Programs/Recognition/">Clinical Recognition Program</a></li></ul>
</td>
<td class="content" valign="top">
<h1>Clinical Recognition Program</h1>
<h2>Levels of Practice: Nursing</h2>
<p>The themes and levels of practice below were drawn from narratives written by MGH clinicians and
checked with clinicians and leaders. Each theme is described at four levels of practice.</p>
{''.join(sections)}
</td></tr></table>
</td></tr>
<tr><td class="footer">Massachusetts General Hospital | 55 Fruit Street | Boston, MA 02114 |
<a href="/contact.asp">Contact Us</a> | <a href="/privacy.asp">Privacy</a><br>
&copy; 2026 Massachusetts General Hospital. All rights reserved.</td></tr>
</table>
<script type="text/javascript">
  (function() {{ var ga = document.createElement('script'); ga.src = 'https://ssl.google-analytics.com/ga.js';
  var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); }})();
</script>
</body>
</html>
"""
    path = DOCS / f"{MGH}.html"
    path.write_text(page, encoding="utf-8")
    comps = [C.competency(name, MGH, definition=intro,
                          levels=[lv(i + 1, MGH_LEVELS[i], cols[i], MGH) for i in range(4)])
             for name, intro, cols in MGH_THEMES]
    C.write_gold(path, "html", "Levels of Practice: Nursing", comps)
    return path


# =====================================================================================
# 2. LFRS Competency Framework by role (PDF; role sections high -> low; indicator tables)
# =====================================================================================
LFRS = "lfrs-competency-framework-by-role"
LFRS_DEFS = {
    "Deciding and Initiating Action":
        "Owns actions, projects and people; acts on own initiative and direction; starts activity and brings "
        "changes into work processes; makes prompt, clear decisions, including difficult choices or calculated risks.",
    "Working with People":
        "Shows respect for colleagues and the public; works well in teams and builds team spirit; consults "
        "others and shares information; supports and cares for others.",
}
LFRS_ROLES = [  # printed order: higher role first
    ("Watch Manager / Crew Manager", 2, {
        "Deciding and Initiating Action": (
            ["Makes timely decisions at incidents and on station, even when information is incomplete",
             "Accepts accountability for the watch's performance and outcomes",
             "Steps in to take control when a situation calls for it"],
            ["Does not set clear actions or priorities for the crew",
             "Puts off decisions or passes them upward without need"]),
        "Working with People": (
            ["Builds a cohesive watch in which everyone is valued",
             "Consults crew members and keeps them informed of changes"],
            ["Tolerates behaviour that excludes or belittles others",
             "Keeps information to themselves"]),
    }),
    ("Firefighter", 1, {
        "Deciding and Initiating Action": (
            ["Takes responsibility for own actions and their results",
             "Uses initiative to complete tasks without waiting to be told",
             "Makes sound decisions within own role during incidents"],
            ["Does not act unless instructed",
             "Avoids taking responsibility when things go wrong"]),
        "Working with People": (
            ["Works cooperatively with colleagues on the watch",
             "Treats members of the public with respect and patience"],
            ["Does not listen to the views of others"]),
    }),
]


def build_lfrs():
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    hp = sec.header.paragraphs[0]; hp.text = "LFRS Competency Framework"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8); hp.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    C.add_field(fp, "PAGE")
    num = C.add_numbering(d, C.bullet_lvl(glyph="\u2022", left=284, hanging=284), "1A2B3C01")
    t = d.add_paragraph(); r = t.add_run("LFRS Competency Framework"); r.bold = True; r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    for line in ["Created: June 2020", "Reviewed: June 2020", "Owner: Human Resources"]:
        d.add_paragraph(line)
    d.add_heading("Competency Framework by Role", level=1)
    d.add_paragraph("The competencies below are set out for each role. Extracts by role are available on "
                    "SharePoint.")
    for role, _rank, comps in LFRS_ROLES:
        d.add_heading(role, level=2)
        for name, (pos, neg) in comps.items():
            p = d.add_paragraph(); r = p.add_run(name); r.bold = True; r.font.size = Pt(11)
            p.paragraph_format.keep_with_next = True
            p = d.add_paragraph(LFRS_DEFS[name]); p.paragraph_format.keep_with_next = True
            tb = d.add_table(rows=2, cols=2); tb.style = "Table Grid"
            C.row_flags(tb.rows[0], header=True); C.row_flags(tb.rows[1])
            for j, head in enumerate(["Positive Indicators", "Negative Indicators"]):
                cell_text(tb.rows[0].cells[j], head, bold=True, size=10)
                C.shade(tb.rows[0].cells[j], "F2DCDB")
            bullets(tb.rows[1].cells[0], pos, num, first_in_cell=True)
            bullets(tb.rows[1].cells[1], neg, num, first_in_cell=True)
            C.fix_widths(tb, [3.35, 3.35])
            d.add_paragraph()
    C.clear_core_props(d, "LFRS Competency Framework")
    tmp = Path(tempfile.mkdtemp()) / f"{LFRS}.docx"
    d.save(tmp)
    docx_to_pdf(tmp, f"{LFRS}.pdf")
    comps = []
    for name, dfn in LFRS_DEFS.items():
        levels = []
        for role, rank, cs in LFRS_ROLES:
            pos, neg = cs[name]
            levels.append(lvg(rank, role, [("Positive Indicators", pos), ("Negative Indicators", neg)], LFRS))
        comps.append(C.competency(name, LFRS, definition=dfn, levels=levels))
    path = DOCS / f"{LFRS}.pdf"
    C.write_gold(path, "pdf", "LFRS Competency Framework", comps)
    return path


# =====================================================================================
# 3. Rwanda Public Service Competency Framework (TXT export, numbered sections + numbered indicators)
# =====================================================================================
RW = "rwanda-public-service-competency-framework"
RW_COMPS = [
    ("2.3.1", "Integrity",
     "Acts honestly, ethically and openly, in line with the values of the Rwanda Public Service, and places "
     "the public interest above personal gain.",
     ["Keeps commitments and tells the truth in all official dealings",
      "Declines gifts or favours that could compromise impartiality",
      "Reports corruption and misconduct through the proper channels",
      "Applies rules and procedures in the same way to every client"]),
    ("2.3.2", "Teamwork",
     "Works together with colleagues within and across institutions to achieve shared objectives and the "
     "targets of the institution's performance contract (Imihigo).",
     ["Shares information and knowledge with colleagues willingly",
      "Contributes a fair share of effort to team tasks and deadlines",
      "Respects the views of others and resolves disagreements constructively",
      "Supports colleagues who need help to deliver their part of the work"]),
    ("2.3.3", "Client Orientation",
     "Provides services to citizens and other clients promptly, courteously and to an agreed standard, and "
     "seeks to understand and respond to their needs.",
     ["Treats every client with courtesy and respect",
      "Responds to requests and complaints within the agreed service time",
      "Explains procedures and decisions clearly to clients",
      "Uses client feedback to improve the service"]),
]


def wrap(text, width=78, indent=""):
    import textwrap
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent)


def build_rwanda():
    RH = "The Republic of Rwanda | Competency Framework for Rwanda Public Service"
    PN = " " * 70
    L = ["REPUBULIKA YU RWANDA", "MINISITERI Y'ABAKOZI BA LETA N'UMURIMO", "",
         "REPUBLIC OF RWANDA", "MINISTRY OF PUBLIC SERVICE AND LABOR", "",
         "PUBLIC SERVICE COMPETENCY FRAMEWORK", "", "JANUARY 2015", "", "\f" + RH, "",
         "2.0 CHAPTER TWO: THE COMPETENCY FRAMEWORK", "", "2.3 Core Competencies", "",
         wrap("Core competencies are required of every public servant, whatever the position, grade or "
              "institution. They are assessed during recruitment and in the annual Performance Appraisal "
              "System (PAS)."), ""]
    for k, (num, name, dfn, beh) in enumerate(RW_COMPS):
        if k == 2:
            L += ["", PN + "20", "\f" + RH, ""]
        L += [f"{num} {name}", "", wrap("Definition: " + dfn), "", "Behavioural Indicators:"]
        for i, b in enumerate(beh, 1):
            ws = wrap(b, width=74).split("\n")
            L += [(f"{i}) " if j == 0 else "   ") + w for j, w in enumerate(ws)]
            if k == 1 and i == 2:   # page break inside the list of 2.3.2
                L += ["", PN + "19", "\f" + RH, ""]
        L.append("")
    L += [PN + "21", ""]
    path = DOCS / f"{RW}.txt"
    path.write_bytes("\n".join(L).replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))
    comps = [C.competency(name, RW, definition=dfn, indicators=[I(b, RW) for b in beh])
             for num, name, dfn, beh in RW_COMPS]
    C.write_gold(path, "txt", "PUBLIC SERVICE COMPETENCY FRAMEWORK", comps)
    return path


# =====================================================================================
# 4. British Council Behavioural Competency Dictionary (DOCX, landscape, tables)
# =====================================================================================
BC = "britishcouncil-behavioural-competency-dictionary"
BC_COMPS = [
    ("Achievement Orientation",
     "Sets high standards for own performance and works to deliver results that add value, looking for ways "
     "to do things better and more efficiently.",
     "Our work depends on delivering high-quality results with limited resources. Staff who push for better "
     "outcomes help us increase our impact in every country where we operate.",
     [("Does the job well", ["Completes own work accurately and on time",
                             "Checks own work against agreed standards"]),
      ("Sets and meets own goals", ["Sets personal targets that stretch current performance",
                                    "Monitors progress and adjusts plans to stay on track"]),
      ("Improves performance", ["Finds ways to make processes simpler, faster or cheaper",
                                "Uses feedback and data to raise the quality of the team's work"]),
      ("Takes calculated risks for results", ["Commits resources to new ventures after weighing costs and benefits",
                                              "Drives ambitious targets for the business area and sees them through"])],
     ["Accepts work that is merely adequate", "Gives up when obstacles appear"],
     ["Shows pride in the quality of own work", "Looks for measurable outcomes"]),
    ("Team Working",
     "Works cooperatively with others as part of a team, rather than separately or competitively, to achieve "
     "shared goals.",
     "Much of what we achieve comes from colleagues in different countries and functions pooling what they "
     "know. Effective teams make the most of that diversity.",
     [("Cooperates", ["Does a fair share of the team's work",
                      "Keeps colleagues informed about relevant activities"]),
      ("Values others' input", ["Asks team members for their ideas and opinions",
                                "Acknowledges others' expertise and learns from it"]),
      ("Encourages others", ["Gives credit publicly to colleagues who have performed well",
                             "Helps the team resolve disagreements constructively"]),
      ("Builds team commitment", ["Creates a shared sense of purpose across teams and locations",
                                  "Removes barriers that stop teams working together"])],
     ["Withholds information from colleagues", "Puts personal success ahead of the team's"],
     ["Offers help without being asked", "Speaks well of the team to others"]),
]


def build_bc():
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.8)
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("- "); C.add_field(fp, "PAGE"); fp.add_run(" -")
    num = C.add_numbering(d, C.bullet_lvl(glyph="\u2022", left=284, hanging=284), "2B3C4D02")
    for txt, sz in [("The British Council", 20), ("Behavioural Competency Dictionary", 16),
                    ("External Version: August 2006", 11)]:
        p = d.add_paragraph(); r = p.add_run(txt); r.bold = sz > 11; r.font.size = Pt(sz)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x93)
    d.add_paragraph("At the British Council we use a standard set of 13 behavioural competencies. This "
                    "dictionary explains what each one means and the levels at which it can be shown.")
    d.add_heading("2. The Behavioural Competencies", level=1)
    for k, (name, dfn, why, levels, warn, posi) in enumerate(BC_COMPS):
        if k:
            d.add_page_break()
        d.add_heading(name, level=2)
        t1 = d.add_table(rows=1, cols=2); t1.style = "Table Grid"
        cell_text(t1.rows[0].cells[0], dfn, size=10)
        c = t1.rows[0].cells[1]
        cell_text(c, "Why is this competency important to the British Council?", bold=True, size=10)
        p = c.add_paragraph(); r = p.add_run(why); r.font.size = Pt(10)
        C.fix_widths(t1, [4.9, 5.1])
        d.add_paragraph()
        t2 = d.add_table(rows=1 + len(levels), cols=2); t2.style = "Table Grid"
        C.row_flags(t2.rows[0], header=True)
        for j, head in enumerate(["Competency levels", "Behavioural indicators"]):
            cell_text(t2.rows[0].cells[j], head, bold=True, size=10); C.shade(t2.rows[0].cells[j], "C6D9F1")
        for i, (title, beh) in enumerate(levels, 1):
            row = t2.rows[i]; C.row_flags(row)
            cell_text(row.cells[0], f"Level {i}", bold=True)
            p = row.cells[0].add_paragraph(); r = p.add_run(title); r.font.size = Pt(9)
            bullets(row.cells[1], beh, num, first_in_cell=True)
        C.fix_widths(t2, [2.6, 7.4])
        d.add_paragraph()
        t3 = d.add_table(rows=2, cols=2); t3.style = "Table Grid"
        for j, head in enumerate(["Warning signs", "Positive indicators"]):
            cell_text(t3.rows[0].cells[j], head, bold=True, size=10); C.shade(t3.rows[0].cells[j], "C6D9F1")
        bullets(t3.rows[1].cells[0], warn, num, first_in_cell=True)
        bullets(t3.rows[1].cells[1], posi, num, first_in_cell=True)
        C.fix_widths(t3, [5.0, 5.0])
    C.clear_core_props(d, "Behavioural Competency Dictionary")
    path = DOCS / f"{BC}.docx"
    d.save(path)
    comps = []
    for name, dfn, why, levels, warn, posi in BC_COMPS:
        comps.append(C.competency(
            name, BC, definition=dfn,
            indicators=[I(t, BC, group="Warning signs") for t in warn] + [I(t, BC, group="Positive indicators") for t in posi],
            levels=[lv(i, f"Level {i} {title}", beh, BC) for i, (title, beh) in enumerate(levels, 1)],
            notes=[I(why, BC, group="Why is this competency important to the British Council?")]))
    C.write_gold(path, "docx", "Behavioural Competency Dictionary", comps)
    return path
# =====================================================================================
# 5. CircleCI Engineering Competency Matrix (Markdown, levels as table columns E1..E6)
# =====================================================================================
CCI = "circleci-engineering-competency-matrix"
CCI_AREAS = [
    ("Technical skills", "Quality & testing", [
        ("Writing code", [
            "Writes code with readability, testability, edge cases and error handling in mind.",
            "Regularly writes functions that other developers can test and follow easily, covering edge cases and errors. Uses docstrings where they help.",
            "Regularly produces production-ready code that is easy to test and understand and handles edge cases and errors. Knows when a comment helps, but prefers code that explains itself.",
            "see E3", "see E3", "see E3"]),
        ("Testing", [
            "Knows the testing pyramid. Writes unit tests, sometimes with support from more senior engineers.",
            "Writes unit tests in line with the testing pyramid and, with help, higher-level tests. Always covers expected edge cases and errors as well as the happy path.",
            "Writes unit and higher-level tests in line with the testing pyramid, and makes sure expected edge cases and errors are handled gracefully.",
            "Knows the team's testing approach and uses quality metrics to find gaps. Recommends solutions to the team that fit accepted testing frameworks.",
            "Knows the testing approach of several teams, uses quality metrics to find gaps, and works with those teams on solutions.",
            "Shapes the organization's testing strategy and the tooling that supports it."]),
    ]),
    ("Technical skills", "Debugging & observability", [
        ("Debugging", [
            "Debugs problems within a single service using a systematic approach, with guidance.",
            "Debugs issues within the team's services systematically and independently.",
            "Diagnoses issues that span several services and helps teammates debug.",
            "Leads the team's incident investigations and improves its debugging practices.",
            "Coordinates the debugging of complex incidents across several teams.",
            "Leads incident response for the whole organization and sets debugging standards."]),
        ("Observability", [
            "Knows that the team has a monitoring philosophy and where its dashboards are.",
            "Adds useful metrics and logs to own code and reads the team's dashboards.",
            "Uses the team's monitoring to propose stability and performance improvements.",
            "Drives the team's monitoring work and defines what should be alerted on.",
            "Builds a culture of observability across several teams.",
            "Sets the observability direction for the organization."]),
    ]),
]


def build_circleci():
    lv_head = "| Competency | E1 | E2 | E3 | E4 | E5 | E6 |\n|---|---|---|---|---|---|---|\n"
    out = ["# Engineering Competency Matrix", "",
           "License: This document is licensed under [Creative Commons Attribution 4.0 International (CC BY 4.0)](https://creativecommons.org/licenses/by/4.0/)",
           "", "See the [Engineering Competency Matrix Guidelines & FAQ](./guidelines.md) before using this matrix.", "",
           "| | E1 | E2 | E3 | E4 | E5 | E6 |", "|---|---|---|---|---|---|---|",
           "| **Title** | Associate Engineer | Engineer | Senior Engineer | Staff Engineer | Senior Staff Engineer | Principal Engineer |",
           "| **Focus** | execution of work | | | facilitating, guiding and mentoring others in areas of work | | |",
           "| **Scaling of competencies** | within task | within epic | within team | within team & with the team's business stakeholders | across several teams | across the organization |",
           ""]
    last_area = None
    for area, attr, comps in CCI_AREAS:
        if area != last_area:
            out += [f"## {area}", ""]; last_area = area
        out += [f"### {attr}", "", lv_head.rstrip("\n")]
        for name, cells in comps:
            out.append(f"| **{name}** | " + " | ".join(cells) + " |")
        out.append("")
    out += ["---", "", "[Back to Engineering Handbook](../README.md) · Last updated: 2019-01-07", ""]
    path = DOCS / f"{CCI}.md"
    path.write_text("\n".join(out), encoding="utf-8")
    comps = [C.competency(name, CCI, levels=[lv(i + 1, f"E{i + 1}", [cells[i]], CCI) for i in range(6)])
             for _a, _t, cs in CCI_AREAS for name, cells in cs]
    C.write_gold(path, "md", "Engineering Competency Matrix", comps)
    return path


# =====================================================================================
# 6. Kim Marshall Teacher Evaluation Rubrics (DOCX, landscape, levels HIGH -> LOW columns)
# =====================================================================================
KM = "marshall-teacher-evaluation-rubrics"
KM_LEVELS = ["Highly Effective", "Effective", "Improvement Necessary", "Does Not Meet Standards"]
KM_DOMAINS = [
    ("A. Planning and Preparation for Learning", [
        ("a.", "Knowledge", [
            "Has deep command of the subject and of current research on how children learn it, and anticipates typical misconceptions.",
            "Knows the subject and its developmental demands well and can foresee common misunderstandings.",
            "Knows the subject only partly and has little sense of how students learn it.",
            "Has serious gaps in subject knowledge and in understanding how students learn."]),
        ("b.", "Standards", [
            "Has a detailed map of grade-level standards and of the assessments students will face, and plans backward from them.",
            "Knows the grade-level standards and the assessments that measure them.",
            "Has a general idea of the standards and tests for the grade.",
            "Pays little attention to standards or assessments when planning."]),
        ("c.", "Units", [
            "Plans nearly every unit backward from clear goals, with big ideas and essential questions that engage students.",
            "Plans most units backward from goals, using big ideas and essential questions.",
            "Plans lesson by lesson, with some thought to larger goals.",
            "Teaches day to day with no unit plan."]),
    ]),
    ("B. Classroom Management", [
        ("a.", "Expectations", [
            "Explains clear, high expectations for behavior and routines at the start of the year and enforces them consistently.",
            "Sets out and enforces clear expectations for classroom behavior.",
            "States expectations but enforces them unevenly.",
            "Leaves rules unclear or does not enforce them."]),
        ("b.", "Relationships", [
            "Builds warm, respectful relationships with every student and is seen as fair and trustworthy.",
            "Is fair and respectful toward students and builds positive relationships.",
            "Is fair and respectful toward most students.",
            "Is sometimes unfair or disrespectful toward students, or plays favorites."]),
    ]),
]


def build_marshall():
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.6); sec.top_margin = sec.bottom_margin = Inches(0.6)
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(10)
    num = C.add_numbering(d, C.decimal_lvl(), "3C4D5E03")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Teacher Evaluation Rubrics"); r.bold = True; r.font.size = Pt(16)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("by Kim Marshall \u2013 Revised January 2, 2014").italic = True
    p = d.add_paragraph(); p.add_run("Organization, Rationale, and Suggestions for Implementation").bold = True
    for t in ["The rubrics cover six domains of a teacher's work: A. Planning and Preparation for Learning; "
              "B. Classroom Management; C. Delivery of Instruction; D. Monitoring, Assessment, and Follow-Up; "
              "E. Family and Community Outreach; F. Professional Responsibilities.",
              "Each criterion is rated on four levels: 4 \u2013 Highly Effective, 3 \u2013 Effective, "
              "2 \u2013 Improvement Necessary, 1 \u2013 Does Not Meet Standards.",
              "To score, read across the four levels of each row, highlight the cell that best fits the "
              "teacher's performance, then give an overall rating for the domain at the bottom of the page."]:
        p = d.add_paragraph(t); C.set_num(p, num)
    for k, (dom, rows) in enumerate(KM_DOMAINS):
        d.add_page_break()
        p = d.add_paragraph(); r = p.add_run(dom); r.bold = True; r.font.size = Pt(13)
        tb = d.add_table(rows=1 + len(rows) + 1, cols=5); tb.style = "Table Grid"
        C.row_flags(tb.rows[0], header=True)
        for j, head in enumerate(["The teacher:"] + KM_LEVELS):
            cell_text(tb.rows[0].cells[j], head, bold=True, size=10); C.shade(tb.rows[0].cells[j], "D9D9D9")
        for i, (letter, comp, cells) in enumerate(rows, 1):
            row = tb.rows[i]; C.row_flags(row)
            cell_text(row.cells[0], f"{letter}\n{comp}", bold=True, size=10)
            for j, t in enumerate(cells, 1):
                cell_text(row.cells[j], t, size=9)
        last = tb.rows[-1]
        m = last.cells[0].merge(last.cells[4])
        cell_text(m, "Overall rating: ____        Comments:", bold=True, size=10)
        C.fix_widths(tb, [1.2, 2.2, 2.2, 2.1, 2.1])
    C.clear_core_props(d, "Teacher Evaluation Rubrics")
    path = DOCS / f"{KM}.docx"
    d.save(path)
    comps = []
    for dom, rows in KM_DOMAINS:
        for letter, comp, cells in rows:
            comps.append(C.competency(comp, KM, levels=[lv(4 - j, KM_LEVELS[j], [cells[j]], KM) for j in range(4)]))
    C.write_gold(path, "docx", "Teacher Evaluation Rubrics", comps)
    return path


# =====================================================================================
# 7. Sales Consultants: Six Competency Levels in Complex Sales (HTML blog post, levels as sections)
# =====================================================================================
SC = "salesconsultants-six-competency-levels-complex-sales"
SC_LEVELS = [
    ("Level 1 \u2013 The Beginner",
     "A Level 1 salesperson has usually moved into field sales from an internal role such as customer service or sales support, often as a step towards a management position within two or three years.",
     "Feelings range from eager anticipation and high hopes to nervousness, anxiety and self-doubt.",
     "Brings product, industry and client knowledge from the previous role, but has little grasp of what field sales demands or of how clients reach a purchasing decision; what they know about selling comes from books, the internet or other salespeople.",
     ["Keeps developing relationships with existing clients", "Weak at developing new business",
      "Cannot yet structure a sales process", "Asks few questions in a first sales call",
      "Presents products or services too soon after the introduction", "Struggles to handle objections",
      "Does not ask for referrals."]),
    ("Level 2 \u2013 The Novice",
     "Novice salespeople may have been selling for six months or for several years; their early excitement has given way to a more subdued approach to the work.",
     "They know they lack sales competence, and this awareness often turns into frustration that spills over onto sales support and management.",
     "Sales knowledge has been picked up mostly through trial and error, with gaps in understanding how clients decide.",
     ["Can hold a structured conversation with familiar clients",
      "Asks more questions but seldom explores needs in depth",
      "Handles simple objections but gives way on price",
      "Closes passively and waits for the client to decide."]),
    ("Level 3 \u2013 The Disciplined",
     "Disciplined salespeople follow a consistent routine and reach their targets most of the time; this is the average level in B-to-B sales.",
     "Reliable and well organised, but reluctant to move outside familiar methods.",
     "Understands the sales process and the main purchasing influences in client organisations.",
     ["Plans and prioritises the sales territory", "Qualifies opportunities before investing time in them",
      "Presents solutions that are linked to the needs identified", "Asks for the order with confidence."]),
]


def build_sales():
    body = []
    for label, ov, at, kn, sk in SC_LEVELS:
        body.append(f"""<h2 class="wp-block-heading">{E(label)}</h2>
<h3 class="wp-block-heading">Overview</h3>
<p>{E(ov)}</p>
<h3 class="wp-block-heading">Attributes</h3>
<p>{E(at)}</p>
<h3 class="wp-block-heading">Knowledge</h3>
<p>{E(kn)}</p>
<h3 class="wp-block-heading">Skills</h3>
<ul class="wp-block-list">
{''.join(f'<li>{E(s)}</li>' for s in sk)}
</ul>
""")
    page = f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Six Competency Levels in Complex Sales - Sales Consultants</title>
<link rel="stylesheet" id="astra-theme-css-css" href="https://salesconsultants.com.au/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<script src="https://salesconsultants.com.au/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","headline":"Six Competency Levels in Complex Sales"}}</script>
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header">
  <div class="site-branding"><p class="site-title"><a href="https://salesconsultants.com.au/">Sales Consultants</a></p>
  <p class="site-description">B2B sales training, coaching and recruitment</p></div>
  <nav class="main-navigation"><ul>
    <li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/sales-training/">Sales Training</a></li>
    <li><a href="/sales-coaching/">Sales Coaching</a></li><li><a href="/blog/">Blog</a></li><li><a href="/contact/">Contact</a></li>
  </ul></nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article class="post type-post status-publish">
<header class="entry-header">
<h1 class="entry-title">Six Competency Levels in Complex Sales</h1>
<div class="entry-meta">Posted in <a href="/category/sales-competence/">Sales Competence</a> | By <span class="author">Sales Consultants</span></div>
</header>
<div class="entry-content">
{''.join(body)}
</div>
<footer class="entry-footer">
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">LinkedIn</a></li><li><a href="#">Facebook</a></li><li><a href="#">Email</a></li></ul></div>
<nav class="post-navigation"><a href="/how-to-develop-a-strategic-sales-advantage/" rel="prev">&larr; How to Develop a Strategic Sales Advantage</a>
<a href="/sales-call-planning/" rel="next">Sales Call Planning &rarr;</a></nav>
</footer>
</article>
</main>
<aside class="widget-area"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="#">Why Sales Training Fails</a></li><li><a href="#">Qualifying the Opportunity</a></li></ul></aside>
</div>
<footer class="site-footer"><div class="ast-small-footer">Copyright &copy; 2026 Sales Consultants | Powered by Astra WordPress Theme</div></footer>
<script src="https://salesconsultants.com.au/wp-content/themes/astra/assets/js/minified/frontend.min.js" id="astra-theme-js-js"></script>
</body>
</html>
"""
    path = DOCS / f"{SC}.html"
    path.write_text(page, encoding="utf-8")
    levels = [lvg(i, label, [("Overview", [ov]), ("Attributes", [at]), ("Knowledge", [kn]), ("Skills", sk)], SC)
              for i, (label, ov, at, kn, sk) in enumerate(SC_LEVELS, 1)]
    comps = [C.competency("Complex Sales", SC, levels=levels)]
    C.write_gold(path, "html", "Six Competency Levels in Complex Sales", comps)
    return path


# =====================================================================================
# 8. COPFS job description with competencies at the level required (PDF)
# =====================================================================================
CO = "copfs-legal-administrative-officer-job-description"
CO_COMPS = [
    ("Communicating", 2,
     "Shares information clearly and accurately, listens to others and adapts the message to the audience.",
     ["Explains procedures and decisions to witnesses, victims and members of the public in plain language",
      "Prepares clear, accurate correspondence and case papers",
      "Listens carefully and checks understanding before responding"]),
    ("Delivering Results", 2,
     "Plans and organises work to meet deadlines and quality standards, and takes responsibility for outcomes.",
     ["Prioritises a varied caseload so that court deadlines are met",
      "Checks own work for accuracy and completeness",
      "Flags risks to delivery to the line manager at an early stage"]),
    ("Working Together", 1,
     "Works cooperatively with colleagues and partner agencies to achieve shared aims.",
     ["Supports colleagues during busy periods",
      "Shares information with the team promptly",
      "Treats colleagues and partners with courtesy and respect"]),
]


def build_copfs():
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    hp = sec.header.paragraphs[0]; hp.text = "Crown Office & Procurator Fiscal Service"
    hp.runs[0].font.size = Pt(9); hp.runs[0].bold = True; hp.runs[0].font.color.rgb = RGBColor(0x00, 0x33, 0x66)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Job Description \u2013 Legal Administrative Officer (Band B1)\t\tPage ")
    C.add_field(fp, "PAGE"); fp.add_run(" of "); C.add_field(fp, "NUMPAGES", "2")
    for r in fp.runs: r.font.size = Pt(8)
    num = C.add_numbering(d, C.bullet_lvl(glyph="\u2022", left=360, hanging=360), "4D5E6F04")
    p = d.add_paragraph(); r = p.add_run("Job Description"); r.bold = True; r.font.size = Pt(18)
    tb = d.add_table(rows=5, cols=2); tb.style = "Table Grid"
    for i, (k, v) in enumerate([("Job Title", "Legal Administrative Officer"), ("Band", "B1"),
                                ("Business Area", "Local Court \u2013 Sheriff and Justice of the Peace Courts"),
                                ("Location", "Various locations across Scotland"),
                                ("Reports to", "Legal Support Manager (Band B2)")]):
        cell_text(tb.rows[i].cells[0], k, bold=True, size=10); C.shade(tb.rows[i].cells[0], "DCE6F1")
        cell_text(tb.rows[i].cells[1], v, size=10)
    C.fix_widths(tb, [1.8, 4.9])
    d.add_heading("Purpose of the Job", level=2)
    d.add_paragraph("To provide legal administrative support to Procurators Fiscal in the preparation and "
                    "progression of summary cases, ensuring that case papers are accurate and ready for court.")
    d.add_heading("Main Responsibilities", level=2)
    bullets(d, ["Prepare and update case files in the case management system",
                "Cite witnesses and arrange their attendance at court",
                "Respond to enquiries from victims, witnesses, the police and defence agents",
                "Record court outcomes and carry out follow-up actions"], num, size=10)
    d.add_heading("Competencies", level=2)
    d.add_paragraph("Applicants will be assessed against the following competencies from the COPFS "
                    "Competency Framework at the level shown. Please refer to the Framework for the full "
                    "description of each level.")
    for name, level, dfn, beh in CO_COMPS:
        p = d.add_paragraph(); r = p.add_run(f"{name} \u2013 Level {level}"); r.bold = True; r.font.size = Pt(11)
        p.paragraph_format.keep_with_next = True
        p = d.add_paragraph(dfn); p.paragraph_format.keep_with_next = True
        p = d.add_paragraph("Expected behaviours at this level:"); p.paragraph_format.keep_with_next = True
        bullets(d, beh, num, size=10)
    d.add_heading("How to Apply", level=2)
    d.add_paragraph("Please complete the online application form, giving examples of how you meet each "
                    "competency at the level shown. Closing date: 16 January 2027.")
    C.clear_core_props(d, "Job Description")
    tmp = Path(tempfile.mkdtemp()) / f"{CO}.docx"
    d.save(tmp)
    docx_to_pdf(tmp, f"{CO}.pdf")
    path = DOCS / f"{CO}.pdf"
    comps = [C.competency(name, CO, definition=dfn, levels=[lv(level, f"Level {level}", beh, CO)])
             for name, level, dfn, beh in CO_COMPS]
    C.write_gold(path, "pdf", "Job Description", comps)
    return path


if __name__ == "__main__":
    import json
    builders = [build_mgh, build_lfrs, build_rwanda, build_bc, build_circleci, build_marshall, build_sales, build_copfs]
    if len(sys.argv) > 1:
        builders = [b for b in builders if b.__name__ in sys.argv[1:]]
    for b in builders:
        p = b()
        g = GOLD / f"{p.stem}.json"
        n, missing, last = C.check_gold(g)
        print(f"{p.name}: {n} texts, {len(missing)} missing; {last}")
        for m in missing:
            print("    MISSING", m)

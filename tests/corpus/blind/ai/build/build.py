"""Build the eight batch-AI documents into ../docs (python-docx, LibreOffice, hand-written HTML/TXT).
Run:  /work/main/.venv/bin/python build/build.py      (then build/gold.py, build/check.py)"""
import shutil
import sys
import tempfile
import textwrap
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402
from content import ACGME, CDU, AAMC, PSA, RIT, CANMEDS, MRPBA, MIT  # noqa: E402

import docx  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Pt, Inches, RGBColor  # noqa: E402

DOCS = C.DOCS
DOCS.mkdir(parents=True, exist_ok=True)


def to_pdf(docx_path, pdf_name):
    tmp = Path(tempfile.mkdtemp(prefix="ai-pdf-"))
    src = tmp / (Path(pdf_name).stem + ".docx")
    shutil.copy(docx_path, src)
    C.soffice(src, "pdf", tmp)
    shutil.move(str(tmp / (src.stem + ".pdf")), str(DOCS / pdf_name))
    shutil.rmtree(tmp, ignore_errors=True)


def base_doc(font="Arial", size=10):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    C.clear_core_props(d)
    return d


def para(d_or_cell, text="", bold=False, size=None, color=None, italic=False, align=None, space_after=None, style=None):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def footer_page(section, prefix="Page ", of_total=False, left_text=None, size=8):
    p = section.footer.paragraphs[0]
    if left_text:
        r = p.add_run(left_text + "\t\t")
        r.font.size = Pt(size)
    r = p.add_run(prefix)
    r.font.size = Pt(size)
    C.add_field(p, "PAGE")
    if of_total:
        p.add_run(" of ").font.size = Pt(size)
        C.add_field(p, "NUMPAGES")
    for r in p.runs:
        r.font.size = Pt(size)


# =============================================================== 1 ACGME
def build_acgme():
    d = base_doc("Arial", 9)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Inches(0.6))
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    hp = sec.header.paragraphs[0]
    hp.add_run("Internal Medicine Milestones").bold = True
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("©2020 Accreditation Council for Graduate Medical Education (ACGME)\nAll rights reserved except "
                   "the copyright owners grant third parties the right to use the Internal Medicine Milestones on a "
                   "non-exclusive basis for educational purposes.\t")
    r.font.size = Pt(7)
    C.add_field(fp, "PAGE")
    for i, (name, levels) in enumerate(ACGME):
        if i:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        t = d.add_table(rows=4, cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        top.paragraphs[0].add_run(name).bold = True
        top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        C.shade(top, "1F3864")
        for j in range(5):
            c = t.rows[1].cells[j]
            c.paragraphs[0].add_run(f"Level {j + 1}").bold = True
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            C.shade(c, "D9E2F3")
            cell = t.rows[2].cells[j]
            for k, ms in enumerate(levels[j]):
                if k:
                    cell.add_paragraph()  # empty spacer paragraph between milestones
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                p.text = ms
        com = t.rows[3].cells[0].merge(t.rows[3].cells[4])
        com.paragraphs[0].add_run("Comments:").bold = True
        com.add_paragraph()
        com.add_paragraph()
        C.fix_widths(t, [1.96] * 5)
        p = d.add_paragraph()
        p.add_run("\u2610 ")
        p.add_run("Not Yet Completed Level 1")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tmp = Path(tempfile.mkdtemp()) / "x.docx"
    d.save(tmp)
    to_pdf(tmp, "acgme-internal-medicine-milestones.pdf")


# =============================================================== 2 Charles Darwin University
def build_cdu():
    d = base_doc("Arial", 10)
    sec = d.sections[0]
    sec.header.paragraphs[0].add_run("Charles Darwin University \u2013 Staff Competency Framework").font.size = Pt(8)
    footer_page(sec, "Page ", of_total=True, left_text="Staff Competency Framework, July 2006")
    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", 540, 270), "1A2B3C4D")
    para(d, "STAFF COMPETENCY FRAMEWORK", bold=True, size=18, color="E35205")
    para(d, "Competency Dictionary", bold=True, size=13)
    para(d, "Each competency is described by a definition and by examples of behaviour at three levels. "
            "Level 1 applies to all staff; levels 2 and 3 describe the additional behaviour expected in "
            "more complex or senior roles.", italic=True, space_after=12)
    for i, c in enumerate(CDU):
        if i:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(d, c["name"], bold=True, size=14, space_after=4)
        p = para(d)
        p.add_run("Definition: ").bold = True
        p.add_run(c["definition"])
        for n, beh in enumerate(c["levels"], 1):
            para(d, f"Level {n}", bold=True, space_after=2)
            for b in beh:
                bp = d.add_paragraph()
                C.set_num(bp, bullet)
                bp.add_run(b)
                bp.paragraph_format.space_after = Pt(2)
        if c["related"]:
            p = para(d)
            p.paragraph_format.space_before = Pt(8)
            p.add_run("Related competencies: ").bold = True
            p.add_run("; ".join(c["related"]))
    tmp = Path(tempfile.mkdtemp()) / "x.docx"
    d.save(tmp)
    to_pdf(tmp, "cdu-staff-competency-framework.pdf")


# =============================================================== 3 AAMC two-column
def set_cols(section, num, space=360):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{space}"/>'))


def build_aamc():
    d = base_doc("Calibri", 9.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin = Inches(0.6)
    fp = sec.footer.paragraphs[0]
    fp.add_run("\u00a9 2017 Association of American Medical Colleges. May be reproduced and distributed with "
               "attribution for educational, noncommercial purposes only.\taamc.org").font.size = Pt(7)
    para(d, "AAMC", bold=True, size=16, color="00426A", space_after=0)
    para(d, "Core Competencies for Entering Medical Students", bold=True, size=16, color="00426A", space_after=2)
    para(d, "Endorsed by the AAMC Group on Student Affairs Committee on Admissions. The competencies describe "
            "what entering students should be able to do; they are grouped into four categories.",
         italic=True, size=9, space_after=6)
    new = d.add_section(WD_SECTION.CONTINUOUS)
    set_cols(new, 2)
    for cat, comps in AAMC:
        p = para(d, cat, bold=True, size=11, color="7A1E3A", space_after=3)
        p.paragraph_format.space_before = Pt(6)
        for name, defi in comps:
            para(d, name, bold=True, space_after=0)
            para(d, defi, space_after=5)
    tmp = Path(tempfile.mkdtemp()) / "x.docx"
    d.save(tmp)
    to_pdf(tmp, "aamc-core-competencies-entering-students.pdf")


# =============================================================== 4 PSA (DOCX, Word numbering, nested bullets)
def psa_lvls(prefix):
    return ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{prefix}%1"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="1080" w:hanging="360"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:hint="default"/></w:rPr></w:lvl>')


def build_psa():
    d = base_doc("Arial", 10)
    sec = d.sections[0]
    sec.header.paragraphs[0].add_run("National Competency Standards Framework for Pharmacists in Australia 2016"
                                     ).font.size = Pt(8)
    footer_page(sec, "", left_text="Pharmaceutical Society of Australia")
    d.add_heading("Domain 1. Professionalism and ethics", level=1)
    para(d, "This domain describes the legal and ethical foundations of pharmacy practice, whatever the setting "
            "in which a pharmacist works.", space_after=8)
    for k, s in enumerate(PSA):
        num = C.add_numbering(d, psa_lvls(s["num"] + "."), f"5A5A0{k}0{k}")
        d.add_heading(f"Standard {s['num']}  {s['name']}", level=2)
        para(d, "Perspective", bold=True, space_after=2)
        para(d, s["perspective"], space_after=6)
        para(d, "Enabling competencies and behaviours", bold=True, space_after=4)
        for ec, behs in s["enabling"]:
            p = d.add_paragraph()
            C.set_num(p, num, 0)
            p.add_run(ec).bold = True
            for b in behs:
                bp = d.add_paragraph()
                C.set_num(bp, num, 1)
                bp.add_run(b)
    d.save(DOCS / "psa-competency-standards-pharmacists.docx")


# =============================================================== 5 RIT (HTML tables)
def build_rit():
    sections = []
    for c in RIT:
        rows = "\n".join(
            f"""        <tr>
          <th scope="row">{escape(r[0])}</th>
          <td>{escape(r[1])}</td>
          <td>{escape(r[2])}</td>
          <td>{escape(r[3])}</td>
          <td class="rating"><select aria-label="Self-rating for {escape(r[0])}"><option>--</option><option>1</option><option>2</option><option>3</option></select></td>
        </tr>""" for r in c["rows"])
        sections.append(f"""    <section class="competency-area" id="{C.slug(c['name'])}">
      <h2>{escape(c['name'])}</h2>
      <p class="area-definition">{escape(c['definition'])}</p>
      <table class="rubric">
        <thead>
        <tr><th scope="col">Skill</th><th scope="col">Beginner</th><th scope="col">Intermediate</th><th scope="col">Advanced</th><th scope="col">Self-rating</th></tr>
        </thead>
        <tbody>
{rows}
        </tbody>
      </table>
      <p class="back-to-top"><a href="#main">Back to top</a></p>
    </section>""")
    body = "\n".join(sections)
    html = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Professional Competency Tool | Division of Student Affairs | RIT</title>
  <link rel="stylesheet" href="/studentaffairs/themes/rit_theme/css/style.css">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-RITSA01"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-RITSA01');</script>
</head>
<body class="path-node page-node-type-page">
  <a href="#main" class="visually-hidden focusable skip-link">Skip to main content</a>
  <header class="rit-header">
    <div class="container">
      <a class="rit-logo" href="https://www.rit.edu/">RIT | Rochester Institute of Technology</a>
      <nav class="utility-nav" aria-label="Utility">
        <ul>
          <li><a href="https://www.rit.edu/admissions">Apply</a></li>
          <li><a href="https://www.rit.edu/giving">Give</a></li>
          <li><a href="https://www.rit.edu/visit">Visit</a></li>
          <li><a href="https://www.rit.edu/search">Search</a></li>
        </ul>
      </nav>
    </div>
  </header>
  <div class="site-name"><a href="/studentaffairs/">Division of Student Affairs</a></div>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/studentaffairs/about">About</a></li>
      <li><a href="/studentaffairs/departments">Departments</a></li>
      <li><a href="/studentaffairs/assessment">Assessment</a></li>
      <li class="active"><a href="/studentaffairs/professional-development">Professional Development</a></li>
      <li><a href="/studentaffairs/contact">Contact</a></li>
    </ul>
  </nav>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/studentaffairs/">Student Affairs</a></li>
      <li><a href="/studentaffairs/professional-development">Professional Development</a></li>
      <li aria-current="page">Professional Competency Tool</li>
    </ol>
  </nav>
  <main id="main" class="container">
    <h1>Division of Student Affairs Professional Competency Tool</h1>
    <p class="lead">This professional development tool lets members of the Division of Student Affairs rate themselves on selected professional competencies. It is adapted from the ACPA/NASPA professional competency rubrics.</p>
    <div class="instructions">
      <h3>Instructions</h3>
      <p>Rate yourself on each skill below (1 = Beginner, 2 = Intermediate, 3 = Advanced). With your supervisor, choose one or more areas to concentrate on this year and record your goal and action plan at the bottom of the page.</p>
    </div>
{body}
    <section class="action-plan">
      <h2>My goal and action plan</h2>
      <form>
        <label for="goal">Goal</label> <textarea id="goal" rows="3"></textarea>
        <label for="plan">Action steps</label> <textarea id="plan" rows="5"></textarea>
        <button type="button" onclick="window.print()">Print this page</button>
      </form>
    </section>
  </main>
  <footer class="rit-footer">
    <div class="container">
      <p>Division of Student Affairs<br>Rochester Institute of Technology<br>One Lomb Memorial Drive, Rochester, NY 14623</p>
      <ul class="footer-links">
        <li><a href="https://www.rit.edu/copyright">Copyright</a></li>
        <li><a href="https://www.rit.edu/disclaimer">Disclaimer</a></li>
        <li><a href="https://www.rit.edu/nondiscrimination">Nondiscrimination</a></li>
      </ul>
      <p>&copy; Rochester Institute of Technology. All Rights Reserved.</p>
    </div>
  </footer>
  <script src="/studentaffairs/core/assets/vendor/jquery/jquery.min.js"></script>
  <script src="/studentaffairs/themes/rit_theme/js/menu.js"></script>
</body>
</html>
"""
    (DOCS / "rit-student-affairs-competency-tool.html").write_text(html, encoding="utf-8")


# =============================================================== 6 CanMEDS (HTML)
def build_canmeds():
    c = CANMEDS
    desc = "\n".join(f"      <p>{escape(p)}</p>" for p in c["description"])
    concepts = "\n".join(f"        <li>{escape(k)}</li>" for k in c["key_concepts"])
    keys = []
    for i, (kc, ens) in enumerate(c["key"], 1):
        en = "\n".join(f'            <li><span class="num">{i}.{j}</span> {escape(e)}</li>'
                       for j, e in enumerate(ens, 1))
        keys.append(f"""        <li class="key-competency">
          <p class="kc"><span class="num">{i}.</span> {escape(kc)}</p>
          <ul class="enabling">
{en}
          </ul>
        </li>""")
    keys = "\n".join(keys)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>CanMEDS Framework: Communicator | Royal College of Physicians and Surgeons of Canada</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/etc.clientlibs/rcpsc/clientlibs/clientlib-site.min.css">
<script src="/etc.clientlibs/rcpsc/clientlibs/clientlib-dependencies.min.js"></script>
</head>
<body>
<div class="skip"><a href="#content">Skip to main content</a></div>
<header class="rc-header">
  <div class="rc-top">
    <a href="/en.html" class="rc-logo"><img src="/content/dam/rcpsc/logo-en.svg" alt="Royal College of Physicians and Surgeons of Canada"></a>
    <ul class="rc-utility">
      <li><a href="/fr.html" lang="fr">Français</a></li>
      <li><a href="/en/contact-us.html">Contact us</a></li>
      <li><a href="https://login.royalcollege.ca/">Sign in</a></li>
    </ul>
  </div>
  <nav class="rc-mainnav" aria-label="Main navigation">
    <ul>
      <li><a href="/en/about.html">About</a></li>
      <li><a href="/en/eligibility-exams.html">Exams</a></li>
      <li><a href="/en/standards-accreditation.html">Standards and accreditation</a></li>
      <li class="active"><a href="/en/canmeds.html">CanMEDS</a></li>
      <li><a href="/en/cpd.html">Continuing professional development</a></li>
    </ul>
  </nav>
</header>
<nav class="rc-breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/en.html">Home</a></li>
    <li><a href="/en/canmeds.html">CanMEDS</a></li>
    <li><a href="/en/canmeds/canmeds-framework.html">CanMEDS Framework</a></li>
    <li>Communicator</li>
  </ol>
</nav>
<main id="content" class="rc-content">
  <div class="rc-layout">
    <aside class="rc-sidenav">
      <h2>CanMEDS Roles</h2>
      <ul>
        <li><a href="/en/canmeds/canmeds-framework/medical-expert.html">Medical Expert</a></li>
        <li class="active"><a href="/en/canmeds/canmeds-framework/communicator.html">Communicator</a></li>
        <li><a href="/en/canmeds/canmeds-framework/collaborator.html">Collaborator</a></li>
        <li><a href="/en/canmeds/canmeds-framework/leader.html">Leader</a></li>
        <li><a href="/en/canmeds/canmeds-framework/health-advocate.html">Health Advocate</a></li>
        <li><a href="/en/canmeds/canmeds-framework/scholar.html">Scholar</a></li>
        <li><a href="/en/canmeds/canmeds-framework/professional.html">Professional</a></li>
      </ul>
    </aside>
    <article class="rc-article">
      <h1>Communicator</h1>
      <div class="rc-share"><button type="button" onclick="window.print()">Print</button> <a href="#" class="share">Share</a></div>
      <h2>Definition</h2>
      <p>{escape(c['definition'])}</p>
      <h2>Description</h2>
{desc}
      <h2>Key concepts</h2>
      <ul class="key-concepts">
{concepts}
      </ul>
      <h2>Key and enabling competencies</h2>
      <p class="lead-in">Physicians are able to:</p>
      <ol class="key-competencies">
{keys}
      </ol>
    </article>
  </div>
</main>
<footer class="rc-footer">
  <div class="rc-footer-cols">
    <ul>
      <li><a href="/en/about/careers.html">Careers</a></li>
      <li><a href="/en/about/privacy.html">Privacy</a></li>
      <li><a href="/en/about/accessibility.html">Accessibility</a></li>
      <li><a href="/en/about/terms-of-use.html">Terms of use</a></li>
    </ul>
    <address>774 Echo Drive, Ottawa, ON K1S 5N8 Canada &middot; 1-800-668-3740</address>
  </div>
  <p class="copyright">&copy; 2024 The Royal College of Physicians and Surgeons of Canada. All rights reserved.</p>
</footer>
<script src="/etc.clientlibs/rcpsc/clientlibs/clientlib-site.min.js"></script>
<script>window.dataLayer=window.dataLayer||[];</script>
</body>
</html>
"""
    (DOCS / "royalcollege-canmeds-communicator.html").write_text(html, encoding="utf-8")


# =============================================================== 7 MRPBA (TXT)
def wrap(text, indent, hang, width=78):
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=hang)


def build_mrpba():
    L = []
    L += ["Medical Radiation Practice Board of Australia", "",
          "Professional capabilities for medical radiation practice", "",
          "Effective from: 1 March 2020", "", ""]
    L += [wrap("The professional capabilities identify the minimum knowledge, skills and professional "
               "attributes needed for safe, independent practice as a diagnostic radiographer, nuclear medicine "
               "technologist or radiation therapist. Each domain is made up of key capabilities, and each key "
               "capability is described by enabling components.", "", ""), ""]
    footer = ("Medical Radiation Practice Board of Australia | Professional capabilities for medical radiation "
              "practice")
    page = 7
    for dom in MRPBA:
        L += ["", f"Domain {dom['num']}: {dom['name']}", ""]
        L += [wrap(dom["description"], "", ""), ""]
        for i, (cap, comps) in enumerate(dom["caps"], 1):
            L += [wrap(f"Key capability {i}. {cap}", "", "   "), ""]
            L += ["   Enabling components", ""]
            for j, comp in enumerate(comps):
                L += [wrap(f"{'abcdefgh'[j]}. {comp}", "   ", "      ")]
            L += [""]
        L += ["", footer, f"Page {page}", "\f"]
        page += 1
    (DOCS / "mrpba-professional-capabilities.txt").write_text("\n".join(L) + "\n", encoding="utf-8")


# =============================================================== 8 MIT interview guide (DOCX)
def mit_lvls():
    return ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            '<w:lvlText w:val="o"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="1080" w:hanging="360"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:hint="default"/></w:rPr></w:lvl>')


def build_mit():
    d = base_doc("Times New Roman", 11)
    sec = d.sections[0]
    sec.header.paragraphs[0].add_run("MIT Human Resources \u2013 Competency-Based Interview Guide").font.size = Pt(8)
    footer_page(sec, "", of_total=False)
    d.add_heading("Competency-Based Interview Guide", level=0)
    para(d, "Choose two or three competencies that matter most for the position and ask every candidate the same "
            "questions. Use the follow-up probes to get past general answers to what the candidate actually did.",
         space_after=6)
    para(d, "Take notes during the interview and rate each competency afterwards.", space_after=10)
    bullets = C.add_numbering(d, C.bullet_lvl("\u2022", 720, 360), "3C3C3C3C")
    for k, c in enumerate(MIT):
        num = C.add_numbering(d, mit_lvls(), f"4D4D4D0{k}")
        d.add_heading(c["name"], level=1)
        para(d, c["definition"], italic=True, space_after=6)
        para(d, "Questions", bold=True, space_after=2)
        for q, probes in c["questions"]:
            p = d.add_paragraph()
            C.set_num(p, num, 0)
            p.add_run(q)
            for pr in probes:
                pp = d.add_paragraph()
                C.set_num(pp, num, 1)
                pp.add_run(pr)
        para(d, "Listen for:", bold=True, space_after=2).paragraph_format.space_before = Pt(6)
        for li in c["listen"]:
            lp = d.add_paragraph()
            C.set_num(lp, bullets)
            lp.add_run(li)
    d.save(DOCS / "mit-competency-interview-guide.docx")


if __name__ == "__main__":
    build_acgme()
    build_cdu()
    build_aamc()
    build_psa()
    build_rit()
    build_canmeds()
    build_mrpba()
    build_mit()
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)

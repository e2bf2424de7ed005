"""Regenerate every batch-P document from scratch:  /work/main/.venv/bin/python build.py

python-docx for the Word sources, LibreOffice (throwaway profile per call) for DOCX -> PDF,
hand-written HTML and Markdown."""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import content as K  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
TMP = ROOT / "build" / "tmp"
_n = [0]


# ------------------------------------------------------------------ helpers
def soffice_pdf(src):
    _n[0] += 1
    prof = f"/tmp/lo-batchp-{os.getpid()}-{_n[0]}"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(DOCS), str(src)],
                   check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)


def add_field(par, instr):
    def fld(kind):
        r = par.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    fld("begin")
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    par.add_run("1")
    fld("end")


def numbering(doc, lvl_xml, nsid):
    numbering = doc.part.numbering_part.element
    aids = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    nids = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    aid, nid = max(aids + [-1]) + 1, max(nids + [0]) + 1
    absnum = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:nsid w:val="{nsid}"/>'
                       f'<w:multiLevelType w:val="hybridMultilevel"/>{lvl_xml}</w:abstractNum>')
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def bullet_lvl(glyph="\u2022", font="Arial", left=720, hang=360):
    return ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr></w:lvl>')


def decimal_lvl(left=360, hang=360):
    return ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr></w:lvl>')


def set_num(par, nid):
    numPr = par._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = nid


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def borders(table, sz=4):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="000000"/>'
            for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))


def widths(table, ws):
    table.autofit = False
    for row in table.rows:
        for c, w in zip(row.cells, ws):
            c.width = Inches(w)


def clear_props(doc, title):
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by, cp.comments = title, "", "", ""


def cell_text(cell, text, bold=False, size=None, align=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


# ------------------------------------------------------------------ 1. Glendale (PDF)
def glendale():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin, sec.header_distance = Inches(0.6), Inches(0.4)
    hdr = sec.header
    hp = hdr.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("PUBLIC FACILITIES, RECREATION & SPECIAL EVENTS DEPARTMENT")
    r.bold = True
    t = hdr.add_table(rows=3, cols=2, width=Inches(6.5))
    borders(t)
    cells = [("POLICY NUMBER 3.1", "CORE COMPETENCIES"),
             ("Effective Date: 4/5/2006", "Revised: 3/11/2014; 11/10/2020"),
             ("Section 3 \u2013 Personnel", None)]
    for row, (a, b) in zip(t.rows, cells):
        cell_text(row.cells[0], a, bold=True, size=10)
        if b:
            cell_text(row.cells[1], b, bold=(b == "CORE COMPETENCIES"), size=10)
        else:
            p = row.cells[1].paragraphs[0]
            for txt, fld in (("Page ", None), (None, "PAGE"), (" of ", None), (None, "NUMPAGES")):
                if txt:
                    p.add_run(txt).font.size = Pt(10)
                else:
                    add_field(p, fld)
    hdr.add_paragraph()
    bul = numbering(doc, bullet_lvl(), "1A2B3C4D")

    def head(text):
        p = doc.add_paragraph()
        p.add_run(text).bold = True
        p.paragraph_format.space_before = Pt(6)

    head("I.\tPURPOSE")
    p = doc.add_paragraph(K.GLENDALE["purpose"])
    p.paragraph_format.left_indent = Inches(0.5)
    head("II.\tPROCEDURES")
    for letter, name, definition, items in K.GLENDALE["comps"]:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Inches(0.5)
        p.paragraph_format.first_line_indent = Inches(-0.3)
        p.paragraph_format.space_before = Pt(6)
        p.add_run(f"{letter}.\t")
        p.add_run(name).bold = True
        p.add_run(f" - {definition}")
        for it in items:
            q = doc.add_paragraph(it)
            set_num(q, bul)
            q.paragraph_format.space_after = Pt(0)
    clear_props(doc, "Core Competencies")
    src = TMP / "glendale-core-competencies.docx"
    doc.save(src)
    soffice_pdf(src)


# ------------------------------------------------------------------ 2. Penn State (DOCX)
def psu():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(9)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.6)
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("PennState\tHuman Resources")
    r.font.size, r.font.color.rgb = Pt(9), RGBColor(0x1E, 0x40, 0x7C)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Recruitment and Compensation \u203a Job Responsibilities Worksheet \u2003|\u2003Page ").font.size = Pt(8)
    add_field(fp, "PAGE")
    doc.add_paragraph("Recruitment and Compensation  \u203a  Job Responsibilities Worksheet")
    doc.add_heading("Core Competencies Non-Management", level=1)
    for i, (label, caption, cols) in enumerate(K.PSU_LEVELS):
        if i:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading(label, level=2)
        cap = doc.add_paragraph()
        cap.add_run(caption).bold = True
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths(t, [1.96] * 5)
        for c, name in zip(t.rows[0].cells, K.PSU_COMPS):
            cell_text(c, name, bold=True)
            shade(c, "1E407C")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        for c, stmts in zip(t.rows[1].cells, cols):
            for j, s in enumerate(stmts):
                p = c.paragraphs[0] if j == 0 else c.add_paragraph()
                p.add_run(s)
                p.paragraph_format.space_after = Pt(6)
    clear_props(doc, "Core Competencies Non-Management")
    doc.save(DOCS / "psu-core-competencies-non-management.docx")


# ------------------------------------------------------------------ 3. Richmond Fellowship (HTML)
def richmond():
    from html import escape as e
    sections = []
    for name, desc, cols in K.RF_COMPS:
        anchor = name.lower().replace(" ", "-")
        head = "".join(f'<th scope="col">{e(lab)}<br>\n{e(gr)}</th>' for lab, gr in K.RF_LEVELS)
        cells = []
        for col in cols:
            cells.append("<td>\n" + "\n".join(f"<p>{i}. {e(b)}</p>" for i, b in enumerate(col, 1)) + "\n</td>")
        sections.append(f"""
<div class="competency" id="{anchor}">
<h2>{e(name)}</h2>
<p>{e(desc)}</p>
<div class="table-responsive">
<table class="competency-table">
<thead><tr>{head}</tr></thead>
<tbody><tr>
{chr(10).join(cells)}
</tr></tbody>
</table>
</div>
</div>""")
    html = f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our competency framework - Richmond Fellowship</title>
<meta name="description" content="Our competency framework outlines the capabilities we require for the roles we advertise.">
<link rel="canonical" href="https://www.richmondfellowship.org.uk/our-competency-framework/">
<link rel="stylesheet" id="rf-main-css" href="/wp-content/themes/richmond-fellowship/assets/css/main.min.css?ver=3.2.1" type="text/css" media="all">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-RF0000000"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-RF0000000');</script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<style>.competency-table th{{background:#5b2c83;color:#fff;vertical-align:top}} .competency-table td{{vertical-align:top}}</style>
</head>
<body class="page-template-default page page-id-2741">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="cookie-notice" role="dialog" aria-live="polite">
  <p>We use cookies to make our website work and to understand how you use it. <a href="/privacy-policy/">Read our privacy policy</a>.</p>
  <button type="button" class="btn btn-accept">Accept all cookies</button> <button type="button" class="btn btn-settings">Cookie settings</button>
</div>
<header class="site-header">
  <div class="topbar"><div class="container">
    <ul class="topbar-links"><li><a href="/contact-us/">Contact us</a></li><li><a href="/news/">News</a></li><li><a href="https://www.recoveryfocus.org.uk/">Recovery Focus</a></li></ul>
    <form role="search" class="search-form" action="/"><label for="s" class="screen-reader-text">Search for:</label><input type="search" id="s" name="s" placeholder="Search"><button type="submit">Search</button></form>
  </div></div>
  <div class="container">
    <a class="logo" href="/"><img src="/wp-content/uploads/2021/03/rf-logo.svg" alt="Richmond Fellowship - part of Recovery Focus"></a>
    <nav class="main-nav" aria-label="Main menu">
      <ul>
        <li><a href="/find-a-service/">Find a service</a></li>
        <li><a href="/about-us/">About us</a></li>
        <li><a href="/get-involved/">Get involved</a></li>
        <li class="current-menu-ancestor"><a href="/work-for-us/">Work for us</a></li>
        <li><a href="/donate/" class="btn-donate">Donate</a></li>
      </ul>
    </nav>
  </div>
</header>
<div class="breadcrumbs container"><span><a href="/">Home</a> &raquo; <a href="/work-for-us/">Work for us</a> &raquo; <span class="breadcrumb_last" aria-current="page">Our competency framework</span></span></div>
<main id="main" class="site-main container">
<div class="row">
<article class="col-md-8 entry-content">
<h1 class="entry-title">Our competency framework</h1>
<p>We expect a great deal of our people, and our competency framework sets out the capabilities we look for in the roles we advertise.</p>
<p>The framework describes the behaviours we expect our people to show in their everyday work.</p>
<p>If you apply to join us, we will ask you during recruitment to tell us how you have shown these qualities and skills in the past. The competencies help us judge how well you match the requirements of the role.</p>
<p>The framework holds six core competency descriptions that apply to all staff, plus two additional competencies that apply to certain roles. Together they describe the kinds of behaviour we want to encourage.</p>
{"".join(sections)}
<p class="back-to-top"><a href="#main">Back to top</a></p>
</article>
<aside class="col-md-4 sidebar">
  <h3>In this section</h3>
  <ul class="subnav">
    <li><a href="/work-for-us/current-vacancies/">Current vacancies</a></li>
    <li><a href="/work-for-us/why-work-for-us/">Why work for us</a></li>
    <li class="current"><a href="/our-competency-framework/">Our competency framework</a></li>
    <li><a href="/work-for-us/benefits/">Staff benefits</a></li>
    <li><a href="/work-for-us/volunteering/">Volunteering</a></li>
  </ul>
  <div class="cta-box"><h3>Need help?</h3><p>Contact our recruitment team if you have questions about your application.</p><a class="btn" href="/contact-us/">Get in touch</a></div>
</aside>
</div>
</main>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links"><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy-policy/">Privacy policy</a></li><li><a href="/modern-slavery-statement/">Modern slavery statement</a></li><li><a href="/sitemap/">Sitemap</a></li></ul>
    <p>Richmond Fellowship is part of Recovery Focus, a registered charity and a company limited by guarantee.</p>
    <p>&copy; 2026 Richmond Fellowship. All rights reserved.</p>
  </div>
</footer>
<script src="/wp-content/themes/richmond-fellowship/assets/js/main.min.js?ver=3.2.1" id="rf-main-js"></script>
<script>jQuery('.btn-accept').on('click', function(){{ jQuery('#cookie-notice').hide(); }});</script>
</body>
</html>
"""
    (DOCS / "richmondfellowship-competency-framework.html").write_text(html, encoding="utf-8")


# ------------------------------------------------------------------ 4. M.A.G (PDF)
def mag():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    purple = RGBColor(0x5C, 0x1F, 0x6E)
    bul = numbering(doc, bullet_lvl(left=216, hang=216), "5C1F6E01")
    for k, (name, first_page, strap, para, cols) in enumerate(K.MAG_COMPS):
        if k:
            doc.add_section()
        s = doc.sections[-1]
        s.footer.is_linked_to_previous = False
        fp = s.footer.paragraphs[0]
        fp.text = ""
        fp.add_run("The M.A.G Leadership Framework").font.size = Pt(8)
        fp.add_run("\t\t")
        add_field(fp, "PAGE")
        pgnum = parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="{first_page}"/>')
        s._sectPr.append(pgnum)
        h = doc.add_paragraph()
        r = h.add_run(name)
        r.bold, r.font.size, r.font.color.rgb = True, Pt(24), purple
        p = doc.add_paragraph()
        r = p.add_run(strap)
        r.italic, r.font.size = True, Pt(13)
        doc.add_paragraph(para)
        lab = doc.add_paragraph()
        r = lab.add_run("What we expect at each level of leadership")
        r.bold, r.font.color.rgb = True, purple
        t = doc.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        widths(t, [2.3] * 3)
        for c, lv in zip(t.rows[0].cells, K.MAG_LEVELS):
            cell_text(c, lv, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            shade(c, "E6D9EC")
        for c, items in zip(t.rows[1].cells, cols):
            for j, it in enumerate(items):
                pp = c.paragraphs[0] if j == 0 else c.add_paragraph()
                pp.add_run(it)
                set_num(pp, bul)
    clear_props(doc, "The M.A.G Leadership Framework")
    src = TMP / "mag-leadership-framework.docx"
    doc.save(src)
    soffice_pdf(src)


# ------------------------------------------------------------------ 5. BIDMC (DOCX)
def bidmc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    fp = sec.footer.paragraphs[0]
    fp.add_run("BIDMC Human Resources \u2013 Interview Resource Guide \u2013 rev. 03/2016\t\tPage ").font.size = Pt(8)
    add_field(fp, "PAGE")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, lab in zip(t.rows[0].cells, ["Applicant Name:", "Date:", "Interviewer:"]):
        cell_text(c, lab, bold=True)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = title.add_run("BIDMC Interview Resource Guide")
    r.bold, r.font.size = True, Pt(16)
    doc.add_heading("Part I: Interview Outline", level=1)
    doc.add_paragraph("For guidelines on what NOT to ask, CTRL+click on this link from the MA Commission Against Discrimination.")
    doc.add_paragraph("Or, go to BIDMC General Portal > Employee References / Manager Resource Express > Manage Employees.")
    bul = numbering(doc, bullet_lvl(), "B1DC0001")
    doc.add_heading("Section 1: Welcoming the Candidate", level=2)
    doc.add_paragraph("Put the candidate at ease and help them feel welcome.")
    doc.add_paragraph("a)\tIntroduce yourself and use the candidate\u2019s name")
    doc.add_paragraph("b)\tMake brief small talk to relax the candidate. Keep it legal and appropriate.")
    p = doc.add_paragraph("Example: \u201cCan you believe how cold it is today?\u201d")
    set_num(p, bul)
    doc.add_paragraph("Tell the candidate how the interview time will be used.")
    doc.add_paragraph("\u201cIn the hour we have together, I will\u2026\u201d")
    for s in ["Ask you some questions", "Describe the position", "Take a few notes so I remember our conversation",
              "Leave time for your questions", "Finish by explaining the next steps"]:
        set_num(doc.add_paragraph(s), bul)
    doc.add_heading("Section 2: Interviewing the Candidate", level=2)
    p = doc.add_paragraph()
    p.add_run("NOTE: ").bold = True
    p.add_run("For EACH question, be sure to:")
    for s in ["Adapt, edit, or change the question to suit the position and your department.",
              "Use STAR model for follow-up questions (Situation, Thoughts, Actions, Results)",
              "Ask your Staffing Partner if you need more help."]:
        set_num(doc.add_paragraph(s), bul)
    dec = numbering(doc, decimal_lvl(), "B1DC0002")

    def block(first_runs, link_text):
        p = doc.add_paragraph()
        for text, bold in first_runs:
            p.add_run(text).bold = bold
        set_num(p, dec)
        p.paragraph_format.space_before = Pt(10)
        if link_text:
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Inches(0.25)
            r = q.add_run(link_text)
            r.font.color.rgb, r.underline = RGBColor(0x05, 0x63, 0xC1), True
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Inches(0.25)
        q.add_run("Follow Up Questions: ").bold = True
        q.add_run("Use STAR Model (Situation Thoughts Actions Results) or the samples provided")
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Inches(0.25)
        q.add_run("Notes:").bold = True
        for _ in range(3):
            doc.add_paragraph()

    block([("Required competency: service quality", True)], "CTRL+click here for sample Service Quality questions.")
    block([("required competency: cultural competency", True)], "CTRL+click here for sample Cultural Competency questions.")
    block([("Collaboration and Teamwork: ", True), ("(Optional question) ", False), (K.BIDMC_OPTIONAL_Q, False),
           (" OR CTRL+click here for more sample behavioral interview questions.", False)], None)
    doc.add_heading("Section 3: Closing the Interview", level=2)
    for s in ["Ask the candidate whether they have any questions.", "Explain the next steps and the expected timeline.",
              "Thank the candidate for their time."]:
        set_num(doc.add_paragraph(s), bul)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Part II: Sample Behavioral Questions", level=1)
    doc.add_paragraph("Choose one or two questions per competency. Probes in parentheses help you get the full STAR answer.")
    for name, definition, qs in K.BIDMC_PART2:
        doc.add_heading(name, level=2)
        p = doc.add_paragraph()
        p.add_run("Definition: ").bold = True
        p.add_run(definition)
        dq = numbering(doc, decimal_lvl(), "B1DC01" + name[:2].upper().encode().hex()[:2])
        for q in qs:
            set_num(doc.add_paragraph(q), dq)
    clear_props(doc, "BIDMC Interview Resource Guide")
    doc.save(DOCS / "bidmc-interview-resource-guide.docx")


# ------------------------------------------------------------------ 6. Sendwithus (MD)
def sendwithus():
    (DOCS / "sendwithus-competency-communication.md").write_text(K.SWU_MD, encoding="utf-8")


if __name__ == "__main__":
    for d in (DOCS, TMP):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    glendale()
    psu()
    richmond()
    mag()
    bidmc()
    sendwithus()
    shutil.rmtree(TMP, ignore_errors=True)
    for p in sorted(DOCS.iterdir()):
        print(p.name, p.stat().st_size)

"""Batch r: render the seven documents into ../docs and write their gold into ../gold.

    /work/main/.venv/bin/python build.py        (python-docx, lxml; LibreOffice `soffice` on PATH)

The gold is written from the same content structures the renderer prints (content.py), following
the annotation rules of the dev README; check.py then verifies every gold string against the text
extracted from the rendered documents (pdfplumber / python-docx / lxml / plain text).
"""
import html
import shutil
import sys
import tempfile
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402  (copy of tests/corpus/build/common.py, DOCS/GOLD -> /work/blind/r)
import content as K  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"
DOCS.mkdir(exist_ok=True)
GOLD.mkdir(exist_ok=True)


# ============================================================================ shared helpers
def soffice_pdf(src, outdir):
    """DOCX -> PDF with a throwaway LibreOffice profile."""
    prof = tempfile.mkdtemp(prefix="lo-blind-r-")
    import subprocess
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    shutil.rmtree(prof, ignore_errors=True)


def it(doc, text, group=None):
    return C.item(doc, text, None, group)


def write_gold(path, fmt, title, comps):
    return C.write_gold(path, fmt, title, comps)   # GOLD = /work/blind/r/gold


def set_cell_margins(cell, top=60, bottom=60, left=100, right=100):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(
        f'<w:tcMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tcMar>'))


def table_borders(table, color="999999", sz=4):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{b} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
            for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def para_space(p, before=0, after=4, line=None):
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = line


def base_font(d, name="Arial", size=10):
    st = d.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


# ============================================================================ 1. NFCC booklet (PDF)
def build_nfcc():
    stem = "nfcc-leadership-framework"
    d = Document()
    base_font(d, "Arial", 10)
    C.clear_core_props(d, "NFCC Leadership Framework")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin, sec.bottom_margin = Inches(0.9), Inches(0.8)
    RED = RGBColor(0xB0, 0x1C, 0x2E)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("NFCC Leadership Framework")
    r.font.size, r.font.color.rgb = Pt(8), RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("National Fire Chiefs Council  |  ")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")
    for run in fp.runs:
        run.font.size = Pt(8)

    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=284, hanging=227), "6A1B0C01")

    # page 1: how to use
    p = d.add_paragraph()
    r = p.add_run("Leadership Framework")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(24), RED
    p = d.add_paragraph()
    r = p.add_run("How to use this framework")
    r.bold, r.font.size = True, Pt(14)
    para_space(p, 6, 6)
    for t in K.NFCC_HOWTO:
        para_space(d.add_paragraph(t), 0, 6)
    p = d.add_paragraph("The four levels are:")
    para_space(p, 0, 4)
    for name, who in K.NFCC_HOWTO_LEVELS:
        p = d.add_paragraph()
        r = p.add_run(name)
        r.bold = True
        p.add_run(" \u2013 " + who)
        C.set_num(p, bullet)
        para_space(p, 0, 2)
    for t in K.NFCC_HOWTO_AFTER:
        para_space(d.add_paragraph(t), 6, 0)

    for comp in K.NFCC:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        # banner
        ban = d.add_table(rows=1, cols=1)
        ban.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = ban.rows[0].cells[0]
        C.shade(c, "B01C2E")
        set_cell_margins(c, 160, 160, 200, 200)
        bp = c.paragraphs[0]
        r = bp.add_run(comp["name"])
        r.bold, r.font.size, r.font.color.rgb = True, Pt(20), RGBColor(0xFF, 0xFF, 0xFF)
        C.fix_widths(ban, [6.67])
        p = d.add_paragraph()
        para_space(p, 10, 2)
        r = p.add_run("What it means")
        r.bold, r.font.size, r.font.color.rgb = True, Pt(12), RED
        p = d.add_paragraph(comp["means"])
        para_space(p, 0, 10)
        t = d.add_table(rows=1, cols=2)
        table_borders(t, "B01C2E", 6)
        hdr = t.rows[0].cells
        for cell, txt in zip(hdr, ("Level", "Behaviours")):
            C.shade(cell, "F2D4D8")
            rr = cell.paragraphs[0].add_run(txt)
            rr.bold = True
        C.mark_header_row(t.rows[0])
        for rank in (4, 3, 2, 1):                      # printed highest first
            row = t.add_row()
            C.row_flags(row, cant_split=True)
            lc, bc = row.cells
            set_cell_margins(lc, 80, 80, 100, 100)
            set_cell_margins(bc, 80, 80, 100, 100)
            rr = lc.paragraphs[0].add_run(K.NFCC_LEVELS[rank])
            rr.bold = True
            first = True
            for b in comp["levels"][rank]:
                bp = bc.paragraphs[0] if first else bc.add_paragraph()
                first = False
                bp.add_run(b)
                C.set_num(bp, bullet)
                para_space(bp, 0, 3)
        C.fix_widths(t, [1.75, 4.92])

    docx_path = Path(tempfile.mkdtemp(prefix="blind-r-")) / f"{stem}.docx"
    d.save(docx_path)
    soffice_pdf(docx_path, DOCS)
    pdf = DOCS / f"{stem}.pdf"

    comps = []
    for comp in K.NFCC:
        levels = [{"rank": rk, "label": K.NFCC_LEVELS[rk],
                   "behaviors": [it(stem, b) for b in comp["levels"][rk]]} for rk in (1, 2, 3, 4)]
        comps.append(C.competency(comp["name"], stem, definition=comp["means"], levels=levels))
    write_gold(pdf, "pdf", "Leadership Framework", comps)


# ============================================================================ 2. CVS Inverclyde (DOCX)
def build_cvsi():
    stem = "cvsi-competency-framework"
    d = Document()
    base_font(d, "Calibri", 11)
    C.clear_core_props(d, "Competency Framework")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run("CVS Inverclyde").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Competency Framework \u2013 Page ")
    C.add_field(fp, "PAGE")
    for run in fp.runs:
        run.font.size = Pt(9)
    bul = C.add_numbering(d, C.bullet_lvl("\uf0b7", left=720, hanging=360, font="Symbol"), "4C5D2A11")

    d.add_paragraph("Competency Framework", style="Title")
    for t in K.CVSI_INTRO:
        d.add_paragraph(t)
    d.add_paragraph("Our values, as set out in our strategic plan, are:")
    for v in K.CVSI_VALUES:
        p = d.add_paragraph(v, style="List Paragraph")
        C.set_num(p, bul)
    for cluster, comps in K.CVSI:
        d.add_paragraph(cluster, style="Heading 1")
        for comp in comps:
            d.add_paragraph(comp["name"], style="Heading 2")
            d.add_paragraph(comp["desc"])
            for head, key in (("Effective behaviours", "eff"), ("Ineffective behaviours", "ineff")):
                d.add_paragraph(head, style="Heading 3")
                for b in comp[key]:
                    p = d.add_paragraph(b, style="List Paragraph")
                    C.set_num(p, bul)
    path = DOCS / f"{stem}.docx"
    d.save(path)

    gold = []
    for cluster, comps in K.CVSI:
        for comp in comps:
            ind = [it(stem, b, "Effective behaviours") for b in comp["eff"]] + \
                  [it(stem, b, "Ineffective behaviours") for b in comp["ineff"]]
            gold.append(C.competency(comp["name"], stem, definition=comp["desc"], indicators=ind))
    write_gold(path, "docx", "Competency Framework", gold)


# ============================================================================ 3. Estonia (HTML)
def build_estonia():
    stem = "riigikantselei-tcs-competency-framework"
    e = html.escape
    dl = "\n".join(
        f'            <dt id="k{i}">{e(n)}</dt>\n            <dd>{e(dfn)}</dd>'
        for i, (n, dfn) in enumerate(K.EST, 1))
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Competency framework | Riigikantselei</title>
  <link rel="canonical" href="https://www.riigikantselei.ee/en/supporting-government/top-executives-civil-service/competency-framework">
  <link rel="alternate" hreflang="et" href="https://www.riigikantselei.ee/tippjuhtide-kompetentsimudel">
  <meta property="og:site_name" content="Riigikantselei">
  <link rel="stylesheet" media="all" href="/themes/custom/rk/dist/css/main.css?s8k2lq">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-7RK0XQ2B1M', {{"anonymize_ip": true}});</script>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
</head>
<body class="path-node page-node-type-article lang-en">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <div class="cookie-banner" role="dialog" aria-label="Cookies">
    <p>This website uses cookies to make browsing more convenient. <a href="/en/privacy">Read more</a></p>
    <button type="button" class="btn btn-accept">I agree</button>
  </div>
  <header class="site-header">
    <div class="container header-top">
      <a href="/en" class="logo" rel="home"><img src="/themes/custom/rk/logo-en.svg" alt="Government Office of Estonia"></a>
      <ul class="language-switcher" aria-label="Language">
        <li><a href="/tippjuhtide-kompetentsimudel" hreflang="et" lang="et">EST</a></li>
        <li class="is-active"><a href="/en/supporting-government/top-executives-civil-service/competency-framework" hreflang="en">ENG</a></li>
        <li><a href="/ru" hreflang="ru" lang="ru">RUS</a></li>
      </ul>
      <form class="search-form" action="/en/search" method="get" role="search">
        <label for="edit-keys" class="visually-hidden">Search</label>
        <input type="search" id="edit-keys" name="keys" placeholder="Search">
        <button type="submit">Search</button>
      </form>
    </div>
    <nav class="main-menu" aria-label="Main navigation">
      <ul>
        <li><a href="/en/government-office">Government Office</a></li>
        <li><a href="/en/supporting-government" class="is-active-trail">Supporting the Government</a></li>
        <li><a href="/en/strategic-planning">Strategic planning</a></li>
        <li><a href="/en/security-defence">Security and defence</a></li>
        <li><a href="/en/news">News</a></li>
        <li><a href="/en/contact">Contact</a></li>
      </ul>
    </nav>
  </header>
  <div class="container">
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <ol>
        <li><a href="/en">Home</a></li>
        <li><a href="/en/supporting-government">Supporting the Government</a></li>
        <li><a href="/en/supporting-government/top-executives-civil-service">Top executives in civil service</a></li>
        <li aria-current="page">Competency framework</li>
      </ol>
    </nav>
    <div class="layout-sidebar">
      <aside class="sidebar-menu" aria-label="In this section">
        <h2 class="visually-hidden">In this section</h2>
        <ul>
          <li><a href="/en/supporting-government/top-executives-civil-service">Top executives in civil service</a></li>
          <li class="is-active"><a href="/en/supporting-government/top-executives-civil-service/competency-framework">Competency framework</a></li>
          <li><a href="/en/supporting-government/top-executives-civil-service/selection">Selection of top executives</a></li>
          <li><a href="/en/supporting-government/top-executives-civil-service/development">Development of top executives</a></li>
          <li><a href="/en/supporting-government/top-executives-civil-service/future-leaders">Future leaders programme</a></li>
        </ul>
      </aside>
      <main id="main-content" class="main-content" role="main">
        <article class="node node--article">
          <h1 class="page-title">Competency framework</h1>
          <div class="field field--body">
            <p>The competency framework of the Estonian top civil service consists of six competences. In the full model each competence is described through influential and non-influential activities.</p>
            <p>The framework is used in the recruitment, selection, assessment and development of top civil servants and of future leaders. It describes a leader who can cope with the main global trends affecting the civil service: globalisation, competition between states, new technologies and increasingly demanding target groups.</p>
            <h2>The six competences</h2>
            <dl class="competences">
{dl}
            </dl>
            <p class="file-link"><a href="/sites/default/files/documents/tippjuhtide_kompetentsimudel.pdf">Tippjuhtide kompetentsimudel (PDF, in Estonian)</a></p>
          </div>
          <footer class="node-meta">
            <p>Last updated: 14.03.2023</p>
            <ul class="share-links" aria-label="Share">
              <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.riigikantselei.ee%2Fen">Share on Facebook</a></li>
              <li><a href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fwww.riigikantselei.ee%2Fen">Share on LinkedIn</a></li>
              <li><a href="javascript:window.print()">Print</a></li>
            </ul>
          </footer>
        </article>
      </main>
    </div>
  </div>
  <footer class="site-footer">
    <div class="container footer-columns">
      <div class="footer-col">
        <p><strong>Government Office</strong></p>
        <p>Stenbock House, Rahukohtu 3, 15161 Tallinn</p>
        <p>Phone <a href="tel:+3726935555">+372 693 5555</a></p>
        <p><a href="mailto:riigikantselei@riigikantselei.ee">riigikantselei@riigikantselei.ee</a></p>
      </div>
      <div class="footer-col">
        <ul>
          <li><a href="/en/accessibility">Accessibility</a></li>
          <li><a href="/en/privacy">Processing of personal data</a></li>
          <li><a href="/en/sitemap">Sitemap</a></li>
        </ul>
      </div>
      <div class="footer-col">
        <ul class="social">
          <li><a href="https://www.facebook.com/riigikantselei">Facebook</a></li>
          <li><a href="https://x.com/riigikantselei">X</a></li>
          <li><a href="https://www.youtube.com/@riigikantselei">YouTube</a></li>
        </ul>
      </div>
    </div>
  </footer>
  <script src="/themes/custom/rk/dist/js/main.js?s8k2lq"></script>
  <script>jQuery('.btn-accept').on('click', function () {{ document.cookie = 'rk_cookie_consent=1; path=/; max-age=31536000'; jQuery('.cookie-banner').hide(); }});</script>
</body>
</html>
"""
    path = DOCS / f"{stem}.html"
    path.write_text(page, encoding="utf-8")
    comps = [C.competency(n, stem, definition=dfn) for n, dfn in K.EST]
    write_gold(path, "html", "Competency framework", comps)


# ============================================================================ 4. Kent Police (TXT)
def build_kent():
    stem = "kentpol-intelligence-analyst-profile"
    W = 72
    out = []

    def para(t, indent=""):
        out.extend(textwrap.wrap(t, W, initial_indent=indent, subsequent_indent=indent,
                                 break_on_hyphens=False))

    def bullet(t, ind="    - ", sub="      "):
        out.extend(textwrap.wrap(t, W, initial_indent=ind, subsequent_indent=sub,
                                 break_on_hyphens=False))

    def head(t):
        out.extend(["", t.upper(), "=" * len(t)])

    out += ["KENT POLICE", "Police Staff Job Profile", "",
            "Job title:        Intelligence Analyst",
            "Grade:            G",
            "Directorate:      Serious Crime Directorate",
            "Department:       Force Intelligence Bureau",
            "Reports to:       Principal Analyst",
            "Location:         Police Headquarters, Maidstone",
            "Vetting level:    Management Vetting (MV)",
            "Profile ref:      PS/INT/0417 (reviewed March 2024)"]
    head("Job purpose")
    para("To collect, evaluate and analyse information and intelligence from a wide range of sources "
         "and to produce timely, accurate analytical products that help the force to understand, "
         "prioritise and reduce crime and harm in Kent.")
    head("Key accountabilities")
    accts = [
        "Produce strategic and tactical assessments, problem profiles and subject profiles in line "
        "with the National Intelligence Model.",
        "Carry out network, telephony, financial and geospatial analysis to support operations and "
        "investigations.",
        "Brief senior officers, investigation teams and partner agencies on analytical findings and "
        "recommendations.",
        "Maintain the accuracy and security of intelligence records in accordance with the "
        "Management of Police Information (MoPI) guidance and data protection law.",
        "Identify emerging threats and intelligence gaps and propose collection plans to fill them.",
        "Contribute to the development of analytical standards, tools and training within the "
        "Force Intelligence Bureau.",
    ]
    for i, a in enumerate(accts, 1):
        out.extend(textwrap.wrap(a, W, initial_indent=f"{i}.  ", subsequent_indent="    ",
                                 break_on_hyphens=False))
    head("Core competencies required")
    para("Kent Police uses the national Competency and Values Framework (CVF). The level shown after "
         "each competency is the level required for this role; the indicators listed are those for "
         "that level. All staff are also expected to uphold the four CVF values of integrity, "
         "impartiality, public service and transparency.")
    for comp in K.KENT_COMPS:
        out.append("")
        title = f"{comp['name']} (Level {comp['level']})"
        out += [title, "-" * len(title)]
        para(comp["para"])
        out.append("")
        for b in comp["ind"]:
            bullet(b)
    head("Qualifications and experience")
    for b in ["Degree in a relevant subject, or equivalent analytical experience.",
              "Proven experience of analysing large and complex data sets.",
              "Advanced user of Microsoft Excel; working knowledge of i2 Analyst's Notebook or a "
              "similar charting package.",
              "Full UK driving licence, or the ability to travel across the county."]:
        bullet(b, "  * ", "    ")
    out += ["", "-" * W,
            "Kent Police is an equal opportunities employer. This profile is not",
            "exhaustive and may be amended to reflect the changing needs of the",
            "force, in consultation with the postholder.", ""]
    path = DOCS / f"{stem}.txt"
    path.write_text("\n".join(out), encoding="utf-8")

    comps = []
    for comp in K.KENT_COMPS:
        lv = [{"rank": comp["level"], "label": f"Level {comp['level']}",
               "behaviors": [it(stem, b) for b in comp["ind"]]}]
        comps.append(C.competency(comp["name"], stem, definition=comp["para"], levels=lv))
    write_gold(path, "txt", "Police Staff Job Profile", comps)


# ============================================================================ 5. Bhutan GAO (DOCX)
def build_bhutan():
    stem = "dlg-bhutan-gao-competency-framework"
    d = Document()
    base_font(d, "Times New Roman", 12)
    C.clear_core_props(d, "Competency Based Framework for GAOs")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(1)
    hp = sec.header.paragraphs[0]
    hp.add_run("Competency Based Framework for GAOs").italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    C.add_field(fp, "PAGE")

    for t, sz in (("DEPARTMENT OF LOCAL GOVERNANCE", 14), ("MINISTRY OF HOME AND CULTURAL AFFAIRS", 14),
                  ("COMPETENCY BASED FRAMEWORK", 20), ("GEWOG ADMINISTRATIVE OFFICERS", 16)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold, r.font.size = True, Pt(sz)
    d.add_paragraph("Background", style="Heading 1")
    d.add_paragraph(
        "The Gewog Administrative Officer (GAO) is the chief administrative officer of the gewog "
        "administration and supports the Gup and the Gewog Tshogde in planning, implementing and "
        "monitoring local development activities and in delivering public services.")
    d.add_paragraph(
        "This competency based framework was developed by a working group of the Department with the "
        "support of the Royal Civil Service Commission. It identifies the competencies that a GAO needs "
        "to perform the key roles of the position and describes each competency at four proficiency "
        "levels. It will guide recruitment, performance management and the planning of training and "
        "development for GAOs.")
    d.add_paragraph("Proficiency Levels", style="Heading 1")
    d.add_paragraph("The four proficiency levels used in this framework are defined as follows:")
    t = d.add_table(rows=1, cols=2)
    t.style = d.styles["Table Grid"]
    for cell, txt in zip(t.rows[0].cells, ("Proficiency level", "Description")):
        cell.paragraphs[0].add_run(txt).bold = True
        C.shade(cell, "D9E2F3")
    for lab, desc in K.BT_LEVEL_TABLE:
        row = t.add_row().cells
        row[0].paragraphs[0].add_run(lab)
        row[1].paragraphs[0].add_run(desc)
    C.fix_widths(t, [1.6, 4.67])
    d.add_paragraph()
    for comp in K.BT:
        d.add_paragraph(comp["name"], style="Heading 1")
        d.add_paragraph(comp["def"])
        for lab, txt in zip(K.BT_LEVELS, comp["levels"]):
            p = d.add_paragraph()
            p.add_run(lab + ":").bold = True
            p.add_run(" " + txt)
        p = d.add_paragraph()
        p.add_run("Related competencies:").italic = True
        p.add_run(" " + "; ".join(comp["related"]))
    path = DOCS / f"{stem}.docx"
    d.save(path)

    comps = []
    for comp in K.BT:
        lv = [{"rank": i, "label": lab, "behaviors": [it(stem, txt)]}
              for i, (lab, txt) in enumerate(zip(K.BT_LEVELS, comp["levels"]), 1)]
        comps.append(C.competency(comp["name"], stem, definition=comp["def"], levels=lv,
                                  related=list(comp["related"])))
    write_gold(path, "docx", "Competency Based Framework", comps)


# ============================================================================ 6. Public Impact (HTML)
def build_publicimpact():
    stem = "opportunityculture-interview-questions"
    e = html.escape
    blocks = []
    for comp in K.PI:
        lis = []
        for q, probes in comp["qs"]:
            if probes:
                sub = "\n".join(f"                  <li>{e(pr)}</li>" for pr in probes)
                lis.append(f"              <li>{e(q)}\n                <ul class=\"probes\">\n{sub}\n"
                           f"                </ul>\n              </li>")
            else:
                lis.append(f"              <li>{e(q)}</li>")
        blocks.append(
            f'            <h2 id="{C.slug(comp["name"])}">{e(comp["name"])}</h2>\n'
            f'            <p class="definition">{e(comp["def"])}</p>\n'
            f'            <ul>\n' + "\n".join(lis) + "\n            </ul>")
    body = "\n".join(blocks)
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Competency-Based Interview Questions: Multi-Classroom Leaders &#8211; Opportunity Culture</title>
<meta name="description" content="Sample behavioral interview questions for selecting multi-classroom leaders and other advanced teaching roles.">
<link rel="stylesheet" id="oc-theme-css" href="https://www.opportunityculture.org/wp-content/themes/opportunityculture/style.css?ver=5.8.2" media="all">
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-31247820-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-31247820-1');</script>
</head>
<body class="page-template-default page page-id-7711">
<div id="page" class="site">
  <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
  <header id="masthead" class="site-header">
    <div class="site-branding">
      <a href="https://www.opportunityculture.org/" rel="home"><img src="https://www.opportunityculture.org/wp-content/uploads/2017/06/oc-logo.png" alt="Opportunity Culture"></a>
      <p class="site-description">An initiative of Public Impact</p>
    </div>
    <nav id="site-navigation" class="main-navigation">
      <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
      <ul id="primary-menu" class="menu">
        <li class="menu-item"><a href="https://www.opportunityculture.org/about/">About</a></li>
        <li class="menu-item"><a href="https://www.opportunityculture.org/our-impact/">Our Impact</a></li>
        <li class="menu-item current-menu-ancestor"><a href="https://www.opportunityculture.org/reach-tools/">Tools &amp; Resources</a></li>
        <li class="menu-item"><a href="https://www.opportunityculture.org/educator-voices/">Educator Voices</a></li>
        <li class="menu-item"><a href="https://www.opportunityculture.org/news/">News</a></li>
        <li class="menu-item"><a href="https://www.opportunityculture.org/contact/">Contact</a></li>
      </ul>
    </nav>
  </header>
  <div id="content" class="site-content">
    <div class="breadcrumbs" typeof="BreadcrumbList"><a href="https://www.opportunityculture.org/">Home</a> &raquo; <a href="https://www.opportunityculture.org/reach-tools/">Tools &amp; Resources</a> &raquo; <a href="https://www.opportunityculture.org/reach-tools/selection/">Selection &amp; Hiring</a> &raquo; <span>Competency-Based Interview Questions</span></div>
    <div id="primary" class="content-area">
      <main id="main" class="site-main">
        <article id="post-7711" class="page type-page status-publish">
          <header class="entry-header"><h1 class="entry-title">Competency-Based Interview Questions: Multi-Classroom Leaders</h1></header>
          <div class="entry-content">
            <p>These sample questions help selection teams gather evidence of the competencies that matter most for success in a multi-classroom leader role. Choose two or three questions for each competency you are screening for, and use the same questions with every candidate for the role.</p>
            <p>Ask candidates to describe real situations, not what they would do. Listen for what the candidate personally did, said and thought, and use the follow-up questions to get specific details when an answer stays general.</p>
            <p><a class="button" href="https://www.opportunityculture.org/wp-content/uploads/2018/05/Behavioral_Event_Interview_Guidance.docx">Download the full interview guidance (Word)</a></p>
{body}
            <p class="copyright">&copy;2015, 2018 Public Impact. To copy or adapt this material, see <a href="https://www.opportunityculture.org/terms-of-use/">OpportunityCulture.org/terms-of-use</a>.</p>
          </div>
        </article>
      </main>
    </div>
    <aside id="secondary" class="widget-area">
      <section class="widget widget_nav_menu"><h2 class="widget-title">Selection &amp; Hiring</h2>
        <ul>
          <li><a href="https://www.opportunityculture.org/reach-tools/selection/job-descriptions/">Job Descriptions</a></li>
          <li><a href="https://www.opportunityculture.org/reach-tools/selection/screening-competencies/">Screening Competencies</a></li>
          <li class="current-menu-item"><a href="https://www.opportunityculture.org/reach-tools/selection/interview-questions/">Interview Questions</a></li>
          <li><a href="https://www.opportunityculture.org/reach-tools/selection/rubrics/">Scoring Rubrics</a></li>
        </ul>
      </section>
      <section class="widget widget_newsletter"><h2 class="widget-title">Get Our Newsletter</h2>
        <form action="https://publicimpact.us4.list-manage.com/subscribe/post" method="post"><input type="email" name="EMAIL" placeholder="Email address"><button type="submit">Sign Up</button></form>
      </section>
    </aside>
  </div>
  <footer id="colophon" class="site-footer">
    <div class="footer-widgets">
      <p>Opportunity Culture is an initiative of <a href="https://publicimpact.com/">Public Impact</a>, Chapel Hill, NC.</p>
      <ul class="social-links"><li><a href="https://twitter.com/OppCulture">Twitter</a></li><li><a href="https://www.facebook.com/OpportunityCulture">Facebook</a></li><li><a href="https://www.youtube.com/user/PublicImpact">YouTube</a></li></ul>
    </div>
    <div class="site-info">&copy; 2024 Public Impact &middot; <a href="https://www.opportunityculture.org/terms-of-use/">Terms of Use</a> &middot; <a href="https://www.opportunityculture.org/privacy-policy/">Privacy Policy</a></div>
  </footer>
</div>
<script src="https://www.opportunityculture.org/wp-content/themes/opportunityculture/js/navigation.js?ver=20151215"></script>
<script src="https://www.opportunityculture.org/wp-includes/js/wp-embed.min.js?ver=5.8.2"></script>
</body>
</html>
"""
    path = DOCS / f"{stem}.html"
    path.write_text(page, encoding="utf-8")
    comps = []
    for comp in K.PI:
        qs = [it(stem, " ".join([q] + probes)) for q, probes in comp["qs"]]
        comps.append(C.competency(comp["name"], stem, definition=comp["def"], interview_questions=qs))
    write_gold(path, "html", "Competency-Based Interview Questions: Multi-Classroom Leaders", comps)


# ============================================================================ 7. NMS matrix (PDF)
def build_nms():
    stem = "nms-competency-matrix"
    d = Document()
    base_font(d, "Arial", 9)
    C.clear_core_props(d, "Competency Framework")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.6)
    sec.top_margin, sec.bottom_margin = Inches(0.6), Inches(0.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("National Museums Scotland  \u00b7  Competency Framework  \u00b7  Page ")
    C.add_field(fp, "PAGE")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES", "2")
    for r in fp.runs:
        r.font.size = Pt(8)
    TEAL = RGBColor(0x00, 0x5A, 0x70)
    p = d.add_paragraph()
    r = p.add_run("National Museums Scotland")
    r.font.size, r.font.color.rgb = Pt(10), TEAL
    para_space(p, 0, 0)
    p = d.add_paragraph()
    r = p.add_run("Competency Framework \u2013 summary matrix")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(16), TEAL
    para_space(p, 0, 4)
    p = d.add_paragraph("The framework describes how we expect our staff to carry out the tasks and objectives "
                        "of their job. Every role has been evaluated and assigned a level for each competency; "
                        "the levels are cumulative.")
    para_space(p, 0, 4)
    p = d.add_paragraph()
    p.add_run("Levels: ").bold = True
    for i, (lab, who) in enumerate(K.NMS_LEGEND):
        p.add_run(lab).bold = True
        p.add_run(" \u2013 " + who + ("   " if i < 3 else ""))
    para_space(p, 0, 8)

    t = d.add_table(rows=1, cols=5)
    table_borders(t, "7F7F7F", 4)
    for cell, txt in zip(t.rows[0].cells, ("Competency", "Level 1", "Level 2", "Level 3", "Level 4")):
        C.shade(cell, "005A70")
        rr = cell.paragraphs[0].add_run(txt)
        rr.bold, rr.font.color.rgb, rr.font.size = True, RGBColor(0xFF, 0xFF, 0xFF), Pt(10)
    C.mark_header_row(t.rows[0])
    for comp in K.NMS:
        row = t.add_row()
        C.row_flags(row, cant_split=True)
        cells = row.cells
        C.shade(cells[0], "E6F0F3")
        for c in cells:
            set_cell_margins(c, 70, 70, 90, 90)
        cells[0].paragraphs[0].add_run(comp["name"]).bold = True
        para_space(cells[0].paragraphs[0], 0, 3)
        cells[0].add_paragraph(comp["def"])
        for c, txt in zip(cells[1:], comp["cells"]):
            c.paragraphs[0].add_run(txt)
    C.fix_widths(t, [3.05, 1.86, 1.86, 1.86, 1.86])
    docx_path = Path(tempfile.mkdtemp(prefix="blind-r-")) / f"{stem}.docx"
    d.save(docx_path)
    soffice_pdf(docx_path, DOCS)
    pdf = DOCS / f"{stem}.pdf"

    comps = []
    for comp in K.NMS:
        lv = [{"rank": i, "label": f"Level {i}", "behaviors": [it(stem, txt)]}
              for i, txt in enumerate(comp["cells"], 1)]
        comps.append(C.competency(comp["name"], stem, definition=comp["def"], levels=lv))
    write_gold(pdf, "pdf", "Competency Framework \u2013 summary matrix", comps)


if __name__ == "__main__":
    for f in (build_nfcc, build_cvsi, build_estonia, build_kent, build_bhutan, build_publicimpact,
              build_nms):
        f()
        print("built", f.__name__)

"""Build the unframe-* corpus documents and their gold files.

  unframe-who-global-competency-model.pdf    modeled on the WHO Global Competency Model (core competencies:
                                             "1) NAME", "Definition:", EFFECTIVE / INEFFECTIVE BEHAVIOURS table)
  unframe-who-management-competencies.html   the same model's management competencies as a who.int-style web page

All wording below was written for this corpus (only the structure, headings and layout follow the
model).  Run:  /tmp/venvtest/bin/python build.py   (LibreOffice on PATH)
"""
import html
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # build/: the shared common.py
import common as C  # noqa: E402

WORK = Path(tempfile.mkdtemp(prefix="unframe-"))

# =========================================================================================
# 1. WHO-style PDF: indicators without levels, grouped EFFECTIVE / INEFFECTIVE in two columns
# =========================================================================================
WHO_STEM = "unframe-who-global-competency-model"
WHO_TITLE = "WHO GLOBAL COMPETENCY MODEL"
WHO_HEADER = "WHO Global Competency Model"
EFF, INEFF = "EFFECTIVE BEHAVIOURS", "INEFFECTIVE BEHAVIOURS"

WHO_CORE = [
    ("SHARING KNOWLEDGE OPENLY AND ACCURATELY",
     "Makes information available to colleagues and partners in a timely, truthful and understandable "
     "way. Checks facts before passing them on. Adapts the message to the people who need it.",
     ["Passes on relevant findings promptly to those who depend on them",
      "Verifies data and sources before circulating reports",
      "Explains technical content in plain language suited to the audience",
      "Invites questions and confirms that key points were understood",
      "Records decisions and lessons so that others can reuse them"],
     ["Holds back information to keep an advantage over others",
      "Circulates unverified figures or rumours",
      "Relies on jargon that excludes non-specialists",
      "Assumes that silence means agreement"]),
    ("MANAGING PRIORITIES UNDER UNCERTAINTY",
     "Organizes own work when plans, funding or instructions change at short notice. Separates what is "
     "urgent from what is important. Keeps commitments visible to others.",
     ["Reviews priorities regularly and adjusts plans when the situation shifts",
      "Alerts supervisors early when deadlines are at risk",
      "Breaks large assignments into manageable steps with clear milestones",
      "Keeps working constructively when guidance is incomplete"],
     ["Treats every request as equally urgent",
      "Waits for complete instructions before taking any action",
      "Misses deadlines without warning those affected",
      "Abandons agreed plans at the first sign of difficulty"]),
    ("BUILDING TRUST WITH COUNTRY PARTNERS",
     "Develops relationships with national authorities, communities and other partners that rest on "
     "respect, reliability and shared purpose.",
     ["Delivers on promises made to partners or explains promptly why this is not possible",
      "Listens to local perspectives before proposing solutions",
      "Acknowledges the contributions of partners in reports and meetings",
      "Handles sensitive information about partners with discretion"],
     ["Imposes solutions without consulting those affected",
      "Makes commitments that the Organization cannot honour",
      "Takes credit for work done jointly with others"]),
    ("LEARNING FROM EXPERIENCE AND FEEDBACK",
     "Reflects on own performance, seeks out feedback and uses it to improve. Treats mistakes as "
     "opportunities to learn.",
     ["Asks colleagues for candid feedback after completing major tasks",
      "Reviews what went well and what did not at the end of each project",
      "Keeps own technical knowledge up to date",
      "Shares lessons from errors so that others can avoid them"],
     ["Rejects criticism or blames others for own mistakes",
      "Repeats the same errors despite advice",
      "Shows little interest in developing new skills"]),
    ("PROMOTING WELL-BEING AND SAFETY AT WORK",
     "Looks after own health and safety and that of colleagues, particularly in field and emergency "
     "settings. Respects security rules and speaks up about risks.",
     ["Follows security and safety procedures during missions and field deployments",
      "Notices when colleagues are under strain and offers support or referral",
      "Reports unsafe conditions to the responsible manager without delay",
      "Balances workload to avoid exhaustion during prolonged emergencies"],
     ["Ignores security briefings or travel clearance requirements",
      "Dismisses signs of distress in colleagues",
      "Puts self or others at avoidable risk to meet a deadline"]),
]
# page of each competency (definition + its one-row behaviour table; rows cannot split),
# read off the rendered PDF
WHO_PAGES = {
    "SHARING KNOWLEDGE OPENLY AND ACCURATELY": 1,
    "MANAGING PRIORITIES UNDER UNCERTAINTY": 1,
    "BUILDING TRUST WITH COUNTRY PARTNERS": 1,
    "LEARNING FROM EXPERIENCE AND FEEDBACK": 2,
    "PROMOTING WELL-BEING AND SAFETY AT WORK": 2,
}


def build_who_pdf():
    d = docx.Document()
    C.clear_core_props(d, title="WHO Global Competency Model")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)       # A4
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = Inches(0.9)
    sec.bottom_margin = Inches(0.8)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    hr = hp.add_run(WHO_HEADER)
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor(0x00, 0x5C, 0xA9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Page ").font.size = Pt(8)
    C.add_field(fp, "PAGE")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tr = t.add_run(WHO_TITLE)
    tr.bold = True
    tr.font.size = Pt(15)
    tr.font.color.rgb = RGBColor(0x00, 0x5C, 0xA9)
    t.paragraph_format.space_after = Pt(10)
    h = d.add_paragraph()
    hr = h.add_run("1. Core Competencies")
    hr.bold = True
    hr.font.size = Pt(12)
    h.paragraph_format.space_after = Pt(8)

    for k, (name, definition, eff, ineff) in enumerate(WHO_CORE, 1):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        p.add_run(f"{k}) {name}").bold = True
        p = d.add_paragraph()
        p.paragraph_format.keep_with_next = True
        p.add_run("Definition:").bold = True
        p.add_run(" " + definition)
        tbl = d.add_table(rows=2, cols=2)
        tbl.style = d.styles["Table Grid"]
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(tbl.rows[0].cells, (EFF, INEFF)):
            cp = cell.paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            cp.add_run(text).bold = True
            C.shade(cell, "DDEBF7")
        C.row_flags(tbl.rows[0])
        C.row_flags(tbl.rows[1])
        # keep the header row with the behaviour row
        for cell in tbl.rows[0].cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True
        for j, (cell, items) in enumerate(zip(tbl.rows[1].cells, (eff, ineff))):
            num = C.add_numbering(d, C.decimal_lvl(left=300, hanging=300), f"7A{k:02d}{j:02d}5C")
            for i, text in enumerate(items):
                q = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                q.add_run(text)
                q.paragraph_format.space_after = Pt(2)
                C.set_num(q, num)
        C.fix_widths(tbl, (3.2, 3.2))
    src = WORK / f"{WHO_STEM}.docx"
    d.save(src)
    C.soffice(src, "pdf:writer_pdf_Export", C.DOCS)


def who_pdf_gold():
    doc = WHO_STEM
    comps = []
    for name, definition, eff, ineff in WHO_CORE:
        pg = WHO_PAGES[name]
        ind = [C.item(t, doc, pg, EFF) for t in eff] + [C.item(t, doc, pg, INEFF) for t in ineff]
        comps.append(C.competency(name, doc, definition=definition, indicators=ind))
    return C.write_gold(doc, f"{doc}.pdf", "pdf", WHO_TITLE, comps)


# =========================================================================================
# 2. who.int-style HTML page: management competencies, h3 "Effective behaviours"/"Ineffective behaviours"
# =========================================================================================
WEB_STEM = "unframe-who-management-competencies"
WEB_TITLE = "Management competencies"
WEB_EFF, WEB_INEFF = "Effective behaviours", "Ineffective behaviours"
WHO_MGMT = [
    ("Guiding teams through complex change",
     "Helps teams understand why change is needed, involves them in shaping it and supports them "
     "through the transition.",
     ["Explains the purpose and expected benefits of a change before it is introduced",
      "Involves team members in planning how the change will be implemented",
      "Recognizes the concerns people raise and responds to them honestly",
      "Monitors the effect of the change on workload and adjusts support accordingly"],
     ["Announces changes without explanation or consultation",
      "Dismisses resistance as a lack of commitment",
      "Leaves the team to cope with new demands without additional support"]),
    ("Stewarding resources for results",
     "Plans and uses budgets, staff and assets transparently and efficiently so that programmes "
     "deliver agreed outcomes.",
     ["Aligns budget requests with documented programme priorities",
      "Tracks expenditure regularly and corrects variances early",
      "Assigns staff to tasks that match their skills and development needs",
      "Complies with financial rules and audit recommendations"],
     ["Spends to the end of the budget regardless of need",
      "Ignores audit findings or delays corrective action",
      "Overloads a few reliable staff while others are under-used"]),
    ("Representing the Organization externally",
     "Presents the Organization\u2019s positions credibly to governments, donors, media and the public, "
     "and protects its reputation and independence.",
     ["Prepares thoroughly before meetings with external counterparts",
      "Communicates agreed positions consistently and accurately",
      "Builds networks that advance the Organization\u2019s public health objectives",
      "Declares and manages potential conflicts of interest"],
     ["Offers personal opinions as if they were official positions",
      "Makes public statements without clearance",
      "Neglects follow-up after external meetings"]),
]

PAGE_HEAD = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="Behavioural indicators for the management competencies of the WHO global competency model.">
<link rel="canonical" href="https://www.who.int/about/careers/competency-model/management-competencies">
<link rel="stylesheet" href="/ResourcePackages/WHO/assets/dist/styles/main.min.css?v=20.1.3">
<style>
  .sf-breadcrumb li + li:before {{ content: "\\203A"; padding: 0 .4em; }}
  .competency h3 {{ font-size: 1rem; text-transform: none; color: #008dc9; }}
</style>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-XXXXXXX');
</script>
</head>
<body class="sf-page sf-page--content">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="sf-header" role="banner">
  <div class="sf-header__top">
    <a class="sf-header__logo" href="/" title="World Health Organization"><img src="/images/default-source/infographics/who-emblem.png" alt="World Health Organization"></a>
    <ul class="sf-lang-selector">
      <li><a href="/ar/">\u0627\u0644\u0639\u0631\u0628\u064a\u0629</a></li><li><a href="/zh/">\u4e2d\u6587</a></li><li class="active"><a href="/">English</a></li><li><a href="/fr/">Fran\u00e7ais</a></li><li><a href="/ru/">\u0420\u0443\u0441\u0441\u043a\u0438\u0439</a></li><li><a href="/es/">Espa\u00f1ol</a></li>
    </ul>
  </div>
  <nav class="sf-navigation" aria-label="Main navigation">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/health-topics">Health Topics</a></li>
      <li><a href="/countries">Countries</a></li>
      <li><a href="/news-room">Newsroom</a></li>
      <li><a href="/emergencies">Emergencies</a></li>
      <li><a href="/data">Data</a></li>
      <li><a href="/about">About WHO</a></li>
    </ul>
  </nav>
</header>
<div class="sf-breadcrumb-wrapper">
  <ol class="sf-breadcrumb" aria-label="Breadcrumb">
    <li><a href="/">Home</a></li>
    <li><a href="/about">About WHO</a></li>
    <li><a href="/about/careers">Careers</a></li>
    <li><a href="/about/careers/competency-model">WHO global competency model</a></li>
    <li class="active" aria-current="page"><span>{title}</span></li>
  </ol>
</div>
"""

PAGE_FOOT = """<aside class="sf-related" aria-label="Related">
  <h2 class="sf-related__title">Related</h2>
  <ul>
    <li><a href="/about/careers/competency-model/core-competencies">Core competencies</a></li>
    <li><a href="/about/careers/competency-model/leadership-competencies">Leadership competencies</a></li>
    <li><a href="/about/careers/working-at-who">Working at WHO</a></li>
  </ul>
</aside>
<footer class="sf-footer" role="contentinfo">
  <div class="sf-footer__regions">
    <span>Regions</span>
    <ul>
      <li><a href="https://www.afro.who.int/">Africa</a></li><li><a href="https://www.paho.org/">Americas</a></li><li><a href="https://www.who.int/southeastasia">South-East Asia</a></li><li><a href="https://www.who.int/europe">Europe</a></li><li><a href="https://www.emro.who.int/">Eastern Mediterranean</a></li><li><a href="https://www.who.int/westernpacific">Western Pacific</a></li>
    </ul>
  </div>
  <ul class="sf-footer__links">
    <li><a href="/about/policies/privacy">Privacy policy</a></li>
    <li><a href="/about/policies/publishing/copyright">Copyright</a></li>
    <li><a href="/about/policies/cookies">Cookies</a></li>
    <li><a href="/about/contact-us">Contact us</a></li>
  </ul>
  <p class="sf-footer__copyright">\u00a9 2026 WHO</p>
</footer>
<script src="/ResourcePackages/WHO/assets/dist/scripts/main.min.js?v=20.1.3"></script>
</body>
</html>
"""


def esc(s):
    return html.escape(s, quote=False)


def build_who_html():
    out = [PAGE_HEAD.format(title=esc(WEB_TITLE)),
           '<main id="main-content" class="sf-main" role="main">',
           '<article class="sf-content-block content">',
           f'<h1 class="page-title">{esc(WEB_TITLE)}</h1>']
    for name, definition, eff, ineff in WHO_MGMT:
        out.append(f'<section class="competency" id="{C.slug(name)}">')
        out.append(f"<h2>{esc(name)}</h2>")
        out.append(f"<p><strong>Definition:</strong> {esc(definition)}</p>")
        for head, items in ((WEB_EFF, eff), (WEB_INEFF, ineff)):
            out.append(f"<h3>{head}</h3>")
            out.append("<ol>")
            out += [f"  <li>{esc(x)}</li>" for x in items]
            out.append("</ol>")
        out.append("</section>")
    out += ["</article>", "</main>", PAGE_FOOT]
    (C.DOCS / f"{WEB_STEM}.html").write_text("\n".join(out), encoding="utf-8")


def who_html_gold():
    doc = WEB_STEM
    comps = []
    for name, definition, eff, ineff in WHO_MGMT:
        ind = [C.item(t, doc, None, WEB_EFF) for t in eff] + [C.item(t, doc, None, WEB_INEFF) for t in ineff]
        comps.append(C.competency(name, doc, definition=definition, indicators=ind))
    return C.write_gold(doc, f"{doc}.html", "html", WEB_TITLE, comps)


if __name__ == "__main__":
    C.DOCS.mkdir(parents=True, exist_ok=True)
    C.GOLD.mkdir(parents=True, exist_ok=True)
    build_who_pdf()
    build_who_html()
    ok = True
    for g in (who_pdf_gold(), who_html_gold()):
        n, missing, score = C.check_gold(g)
        print(f"{g.name}: {n} texts checked, {len(missing)} missing; {score}")
        for m in missing:
            print("   MISSING", m)
        ok &= not missing and score == "overall F1 1.000"
    sys.exit(0 if ok else 1)

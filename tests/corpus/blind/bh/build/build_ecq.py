"""e-Competence Quality (e-CQ) site - e-CF competence detail page (?action=show&id=N): hand-written HTML."""
import html

import bhlib as L

STEM = "ecq-e-competence-testing"
DOC = STEM

AREAS = [("A. PLAN", 9), ("B. BUILD", 6), ("C. RUN", 4), ("D. ENABLE", 12), ("E. MANAGE", 9)]

NAME = "Testing"
CODE = "B.3"
DESC = ("Designs and carries out systematic test procedures for ICT systems or for customer usability "
        "requirements to establish that they comply with the design specifications. Makes sure that new or "
        "changed components or systems perform as expected. Makes sure that internal, external, national and "
        "international standards are met, including health and safety, usability, performance, reliability and "
        "compatibility. Produces the documents and reports needed as evidence for certification.")
LEVELS = [
    (1, "Level 1", "Carries out simple tests, following detailed instructions strictly."),
    (2, "Level 2", "Organises test programmes and writes scripts that stress test possible weak points. Records "
                   "and reports the outcomes, with an analysis of the results."),
    (3, "Level 3", "Uses specialist knowledge to supervise complex test programmes. Makes sure that tests and "
                   "results are documented so that they can be used by later process owners such as designers, "
                   "users or maintainers. Is accountable for compliance with test procedures, including a "
                   "documented audit trail."),
    (4, "Level 4", "Uses wide-ranging specialist knowledge to design a process for the whole testing activity, "
                   "including internal standards of practice. Gives expert guidance and advice to the test "
                   "team."),
]
KNOW = [("K1", "the techniques, infrastructure and tools used in the testing process"),
        ("K2", "the life cycle of a testing process"),
        ("K3", "the different kinds of test (functional, integration, performance, usability, stress etc.)"),
        ("K4", "the national and international standards that set quality criteria for testing")]
SKILLS = [("S1", "create and manage a test plan"),
          ("S2", "manage and evaluate the test process"),
          ("S3", "design tests of ICT systems"),
          ("S4", "prepare and run tests of ICT systems"),
          ("S5", "report and document tests and their results")]

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>The European e-Competence Framework | e-Competence Quality</title>
<link rel="stylesheet" type="text/css" href="/css/style.css" />
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-3318740-7']);
  _gaq.push(['_trackPageview']);
</script>
</head>
<body>
<div id="wrapper">
<div id="header">
  <a href="/"><img src="/images/logo-ecq.png" alt="e-CQ e-Competence Quality" width="240" height="70" /></a>
  <div id="lang"><a href="?lang=en">EN</a> | <a href="?lang=it">IT</a> | <a href="?lang=de">DE</a> | <a href="?lang=fr">FR</a></div>
</div>
<div id="menu">
  <ul>
    <li><a href="/">Home</a></li>
    <li class="active"><a href="/the-european-e-competence-framework/">The European e-Competence Framework</a></li>
    <li><a href="/ict-profiles/">ICT Profiles</a></li>
    <li><a href="/certifications/">Certifications</a></li>
    <li><a href="/self-assessment/">Self Assessment</a></li>
    <li><a href="/partners/">Partners</a></li>
    <li><a href="/contact/">Contact</a></li>
  </ul>
</div>
<div id="container">
<div id="sidebar">
  <div class="box">
    <h3>Self Assessment Tool</h3>
    <p>Build your own professional profile, see which ICT profiles match it best and pick the certificates that can help you reach your goals.</p>
    <p>Click the button to begin your self-assessment.</p>
    <p><a class="button" href="/self-assessment/start/">Start self-assessment tool</a></p>
  </div>
</div>
<div id="content">
<h1>The European e-Competence Framework</h1>
<p><img src="/images/ecf-logo.png" alt="" width="120" height="60" /></p>
<p>The e-Competence Framework is a tool for describing the competences of professionals working in ICT roles.The e-CF serves as a reference for job and role descriptions, for skills development and for training and education.It was drawn up by many European ICT and&nbsp; HR experts within the CEN Workshop on ICT Skills.The framework is built on four dimensions, which reflect different levels of business and HR planning needs as well as guidelines on job and work proficiency.</p>
<p>The four dimensions of the e-CF are set out below:</p>
<p><img src="/images/ecf-dimensions.png" alt="e-CF dimensions" width="560" height="180" /></p>
<h2>The 40 e-competencies of the e-CF</h2>
<p>Click a competency code in the list to see its full description.</p>
<table class="codes" cellspacing="0" cellpadding="3">
__CODES__
</table>
<br />
<table class="ecf" cellspacing="0" cellpadding="6" border="1">
<tr><td class="dim"><strong>Dimension 1</strong><br />e-competence area</td><td>__AREA__</td></tr>
<tr><td class="dim"><strong>Dimension 2</strong><br />e-Competence: Title + generic description</td><td><strong>__CODE__ __NAME__</strong><br />__DESC__</td></tr>
<tr><td class="dim"><strong>Dimension 3</strong><br />e-Competence proficiency levels (on e-CF levels e-1 to e-5, related to EQF levels 3 to 8</td><td>
__LEVELS__</td></tr>
<tr><td class="dim"><strong>Dimension 4</strong><br />Knowledge examples Knows/ Aware of/ Familiar with:</td><td>__KNOW__</td></tr>
<tr><td class="dim">Skills examples Able to:</td><td>__SKILLS__</td></tr>
</table>
<p class="back"><a href="/the-european-e-competence-framework/">&laquo; back to the list</a></p>
</div>
</div>
<div id="footer">
  <p><img src="/images/llp-logo.png" alt="Lifelong Learning Programme" width="90" height="40" /> This project has been funded with support from the European Commission. This publication reflects the views only of the author, and the Commission cannot be held responsible for any use which may be made of the information contained therein.</p>
  <p>&copy; e-Competence Quality project &ndash; <a href="/privacy/">Privacy</a> &ndash; <a href="/credits/">Credits</a></p>
</div>
</div>
</body>
</html>
"""


def e(s):
    return html.escape(s, quote=False)


def build():
    rows = []
    ident = 1
    for area, n in AREAS:
        letter = area[0]
        links = []
        for k in range(1, n + 1):
            links.append(f'<a href="?action=show&amp;id={ident}">{letter}.{k}</a>')
            ident += 1
        rows.append(f"<tr><td class=\"area\">{e(area)}</td><td>{' '.join(links)}</td></tr>")
    lv = "\n".join(f"<strong>{e(lab)}</strong><br />\n{e(txt)}<br /><br />" for _, lab, txt in LEVELS)
    know = "<br />\n".join(f"- {k} {e(t)}" for k, t in KNOW)
    sk = "<br />\n".join(f"- {k} {e(t)}" for k, t in SKILLS)
    page = (PAGE.replace("__CODES__", "\n".join(rows)).replace("__AREA__", "B. BUILD")
            .replace("__CODE__", CODE).replace("__NAME__", e(NAME)).replace("__DESC__", e(DESC))
            .replace("__LEVELS__", lv).replace("__KNOW__", know).replace("__SKILLS__", sk))
    path = L.DOCS / f"{STEM}.html"
    path.write_text(page, encoding="utf-8")
    return path


def gold(path):
    inds = ([L.item(DOC, t, "Knowledge examples") for _, t in KNOW]
            + [L.item(DOC, t, "Skills examples") for _, t in SKILLS])
    levels = [L.level(r, lab, [L.item(DOC, t)]) for r, lab, t in LEVELS]
    comp = L.competency(DOC, NAME, DESC, indicators=inds, levels=levels)
    L.write_gold(path, "html", "The European e-Competence Framework | e-Competence Quality", [comp])


if __name__ == "__main__":
    gold(build())

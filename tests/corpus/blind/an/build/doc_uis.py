"""University of Illinois Springfield (UIS), Human Resources - electronic Annual Performance Evaluation form
for Civil Service and Academic Professional staff (Drupal webform): evaluation / employee type radios,
employee details, the "Performance Values" scale (Exceeds Expectations (4) ... Unacceptable (0)), then one
fieldset per category "A. Job Knowledge" ... "I. ..." whose description repeats the name as a run-in label
("Job Knowledge: ..."), five radio buttons and a Comments textarea; overall sections, signatures, submit.
Saved page with UIS chrome (skip link, header, main nav, breadcrumb, footer, drupalSettings / jQuery)."""
from html import escape

from anlib import DOCS, competency, item

STEM = "uis-annual-performance-evaluation-form"
FILE = DOCS / f"{STEM}.html"

VALUES = [("4", "Exceeds Expectations", "Consistently exceeds standards"),
          ("3", "Meets Expectations", "Consistently meets standards"),
          ("2", "Developing", "Often meets standards, but still developing"),
          ("1", "Needs Improvement", "Often fails to meet standards"),
          ("0", "Unacceptable", "Consistently fails to meet standards")]

CATS = [
    ("A", "Job Knowledge",
     "Shows the knowledge and skills needed to do the job well. Understands what the job requires and keeps up with "
     "new developments, technology, methods and practices in the area of responsibility. Takes the initiative to "
     "build own skills and those of others, including through professional development and training.", None),
    ("B", "Judgment and Decision Making",
     "Spots problems early and weighs possible solutions before acting. Is resourceful and open to new or "
     "different approaches, and follows problems through until they are resolved.", None),
    ("C", "Reliability and Commitment to the Job",
     "Works the schedule the position requires and gives advance notice of absences. Uses time efficiently and is "
     "willing to take on difficult or inconvenient tasks when needed.", None),
    ("D", "Customer Service",
     "Listens to and understands the needs of the people served, inside or outside the University, and responds to "
     "those needs in a timely and courteous way.", None),
    ("E", "Productivity and Quality of Work",
     "Produces accurate, thorough work that reflects well on the unit and the University. Completes a reasonable "
     "volume of work and sets priorities so that deadlines are met.", None),
    ("F", "Communication",
     "Shares information clearly and accurately in speech and in writing, listens to others and keeps supervisors "
     "and co-workers informed.", None),
    ("G", "Teamwork and Collaboration",
     "Works co-operatively with co-workers and other units, contributes to shared goals and treats others with "
     "respect.", None),
    ("H", "Safety and Compliance",
     "Follows University policies, procedures and safety rules and helps to keep the workplace safe and secure.",
     None),
    ("I", "Supervision and Leadership",
     "Sets clear expectations, gives regular feedback, develops staff and evaluates their performance fairly and "
     "on time.", "Complete only for employees with supervisory responsibility."),
]

HEAD = """<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://www.uis.edu/form/annual-employee-evaluation" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<link rel="icon" href="/themes/custom/uis/favicon.ico" type="image/vnd.microsoft.icon" />
<title>Annual Employee Evaluation | University of Illinois Springfield</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3pQ1vYv3o0kZ.css?delta=0&amp;language=en&amp;theme=uis" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_webform_0aN7gq.css?delta=1&amp;language=en&amp;theme=uis" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-5NQY3WHS0T"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)};gtag("js", new Date());gtag("config", "G-5NQY3WHS0T");</script>
</head>
"""

TOP = """<body class="path-webform page-node-type-webform">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header" role="banner">
  <div class="site-header__top">
    <ul class="utility-nav">
      <li><a href="/admissions/apply">Apply</a></li>
      <li><a href="/admissions/visit">Visit</a></li>
      <li><a href="/giving">Give</a></li>
      <li><a href="/directory">Directory</a></li>
      <li><a href="https://uisapps.uis.edu/">UIS Apps</a></li>
    </ul>
  </div>
  <div class="site-header__main">
    <a href="/" class="site-logo" rel="home"><img src="/themes/custom/uis/logo.svg" alt="University of Illinois Springfield" width="240" height="60" /></a>
    <nav class="main-nav" role="navigation" aria-label="Main navigation">
      <ul class="menu">
        <li class="menu-item"><a href="/admissions">Admissions</a></li>
        <li class="menu-item"><a href="/academics">Academics</a></li>
        <li class="menu-item"><a href="/cost-aid">Cost &amp; Aid</a></li>
        <li class="menu-item"><a href="/campus-life">Campus Life</a></li>
        <li class="menu-item"><a href="/athletics">Athletics</a></li>
        <li class="menu-item"><a href="/about">About UIS</a></li>
      </ul>
    </nav>
    <form class="search-block-form" action="/search" method="get" role="search">
      <label for="edit-keys" class="visually-hidden">Search</label>
      <input type="search" id="edit-keys" name="keys" placeholder="Search uis.edu" />
      <button type="submit">Search</button>
    </form>
  </div>
</header>
<div class="breadcrumb-wrap">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/hr">Human Resources</a></li>
      <li><a href="/hr/supervisors">Supervisors</a></li>
      <li><a href="/hr/supervisors/performance-evaluation-program">Performance Evaluation Program</a></li>
    </ol>
  </nav>
</div>
<main role="main">
  <a id="main-content" tabindex="-1"></a>
  <div class="layout-content">
    <h1 class="page-title"><span>Annual Employee Evaluation</span></h1>
    <form class="webform-submission-form webform-submission-add-form webform-submission-annual-employee-evaluation-form" data-drupal-selector="webform-submission-annual-employee-evaluation-add-form" action="/form/annual-employee-evaluation" method="post" id="webform-submission-annual-employee-evaluation-add-form" accept-charset="UTF-8">
"""

BOTTOM = """      <input autocomplete="off" data-drupal-selector="form-rx3mq2" type="hidden" name="form_build_id" value="form-rX3mQ2kbV0c9hQ8w" />
      <input data-drupal-selector="edit-webform-submission-annual-employee-evaluation-add-form" type="hidden" name="form_id" value="webform_submission_annual_employee_evaluation_add_form" />
    </form>
  </div>
</main>
<footer class="site-footer" role="contentinfo">
  <div class="site-footer__inner">
    <div class="footer-address">
      <p><strong>University of Illinois Springfield</strong><br />One University Plaza<br />Springfield, IL 62703</p>
      <p><a href="tel:+12172066600">(217) 206-6600</a></p>
    </div>
    <ul class="footer-links">
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/hr/jobs">Jobs at UIS</a></li>
      <li><a href="/emergency">Emergency Information</a></li>
      <li><a href="https://www.vpaa.uillinois.edu/resources/web_privacy">Privacy Statement</a></li>
    </ul>
    <ul class="social-links">
      <li><a href="https://www.facebook.com/uisedu" aria-label="Facebook">Facebook</a></li>
      <li><a href="https://twitter.com/uis" aria-label="Twitter">Twitter</a></li>
      <li><a href="https://www.instagram.com/uofispringfield/" aria-label="Instagram">Instagram</a></li>
    </ul>
    <p class="copyright">&copy; 2023 University of Illinois Board of Trustees</p>
  </div>
</footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"webform\\/annual_employee_evaluation","isFront":false,"currentLanguage":"en"},"webform":{"dialog":{"options":{"narrow":{"title":"Narrow","width":600}}}},"user":{"uid":0,"permissionsHash":"4f1c2c"}}</script>
<script src="/sites/default/files/js/js_jquery_3.6.3.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=uis"></script>
<script src="/modules/contrib/webform/js/webform.states.js?v=9.5.9"></script>
<script src="/modules/contrib/webform/js/webform.form.unsaved.js?v=9.5.9"></script>
</body>
</html>
"""


def _radios(name, options, required=True):
    req = ' required="required" aria-required="true"' if required else ""
    out = [f'<div id="edit-{name}" class="js-webform-radios webform-options-display-one-column form-radios">']
    for value, label in options:
        oid = f"edit-{name}-{value}".replace("_", "-")
        out.append(f'<div class="js-form-item form-item js-form-type-radio form-type-radio">'
                   f'<input data-drupal-selector="{oid}" type="radio" id="{oid}" name="{name}" value="{value}" '
                   f'class="form-radio"{req} /> <label for="{oid}" class="option">{escape(label)}</label></div>')
    out.append("</div>")
    return "\n".join(out)


def _text_field(name, label, kind="textfield"):
    fid = f"edit-{name}".replace("_", "-")
    if kind == "textarea":
        ctrl = f'<textarea id="{fid}" name="{name}" rows="5" cols="60" class="form-textarea"></textarea>'
    else:
        ctrl = f'<input type="text" id="{fid}" name="{name}" size="60" maxlength="255" class="form-text" />'
    return (f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind}">'
            f'<label for="{fid}">{escape(label)}</label>\n{ctrl}\n</div>')


def form_body():
    out = ['<div class="webform-required form-required-note"><span class="form-required" aria-hidden="true"></span> '
           'Indicates required field</div>']
    out.append('<fieldset class="webform-type-radios js-webform-type-radios form-item"><legend><span class="fieldset-legend '
               'js-form-required form-required">Evaluation Type</span></legend>\n'
               + _radios("evaluation_type", [("self", "Employee Self Evaluation"),
                                             ("official", "Official Annual Evaluation")]) + "\n</fieldset>")
    out.append('<fieldset class="webform-type-radios js-webform-type-radios form-item"><legend><span class="fieldset-legend '
               'js-form-required form-required">Employee Type</span></legend>\n'
               + _radios("employee_type", [("cs", "Civil Service"), ("ap", "Academic Professional")]) + "\n</fieldset>")
    out.append('<div class="webform-markup"><p>(If required by your division)</p></div>')
    for n, lab in (("employee_name", "Employee Name"), ("uin", "UIN"), ("position_title", "Position Title"),
                   ("department", "Department"), ("supervisor_name", "Supervisor Name"),
                   ("supervisor_email", "Supervisor Email")):
        out.append(_text_field(n, lab))
    out.append('<div class="webform-markup performance-values">\n<h2>Performance Values:</h2>\n<p>'
               + "<br />\n".join(f"<strong>{lab} ({v}):</strong>&nbsp; {escape(desc)}" for v, lab, desc in VALUES)
               + "</p>\n<p>Supervisors must designate only one performance value per category.</p>\n</div>")
    opts = [(v, f"{lab} ({v})") for v, lab, _ in VALUES]
    for letter, name, definition, note in CATS:
        key = "cat_" + letter.lower()
        out.append(f'<fieldset class="webform-type-radios js-webform-type-radios form-item category" id="edit-{key}--wrapper">'
                   f'\n<legend><span class="fieldset-legend js-form-required form-required">{letter}. {escape(name)}</span></legend>'
                   f'\n<div class="fieldset-wrapper">'
                   + (f'\n<div class="webform-element-help-text"><em>{escape(note)}</em></div>' if note else "")
                   + f'\n<div id="edit-{key}--description" class="webform-element-description">'
                   f'<p><strong>{escape(name)}:</strong>&nbsp; {escape(definition)}</p></div>\n'
                   + _radios(key, opts, required=note is None) + "\n"
                   + _text_field(key + "_comments", "Comments", "textarea")
                   + "\n</div>\n</fieldset>")
    out.append('<fieldset class="form-item"><legend><span class="fieldset-legend">Overall Evaluation</span></legend>\n'
               '<div class="fieldset-wrapper">\n'
               '<div class="webform-markup"><p>The overall score is the average of the category ratings above. '
               'Categories left blank are not included.</p></div>\n'
               + _text_field("overall_score", "Overall Score") + "\n"
               + _text_field("accomplishments", "Major accomplishments during the evaluation period", "textarea") + "\n"
               + _text_field("goals", "Goals for the next evaluation period", "textarea") + "\n"
               + "</div>\n</fieldset>")
    out.append('<fieldset class="form-item"><legend><span class="fieldset-legend">Signatures</span></legend>\n'
               '<div class="fieldset-wrapper">\n'
               '<div class="webform-markup"><p>Signing this evaluation indicates that the employee has received a '
               'copy and that it has been discussed with them. It does not necessarily mean that the employee '
               'agrees with it.</p></div>\n'
               + _text_field("employee_comments", "Employee Comments", "textarea") + "\n"
               + _text_field("employee_signature", "Employee Signature") + "\n"
               + _text_field("supervisor_signature", "Supervisor Signature") + "\n"
               + "</div>\n</fieldset>")
    out.append('<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper" '
               'id="edit-actions"><input class="webform-button--draft button js-form-submit form-submit" type="submit" '
               'id="edit-actions-draft" name="op" value="Save Draft" /> <input class="webform-button--submit button '
               'button--primary js-form-submit form-submit" type="submit" id="edit-actions-submit" name="op" '
               'value="Submit" /></div>')
    return "\n".join(out) + "\n"


def build():
    FILE.write_text(HEAD + TOP + form_body() + BOTTOM, encoding="utf-8")
    return FILE


def gold():
    comps = [competency(STEM, name, definition, notes=[item(STEM, note)] if note else [])
             for _, name, definition, note in CATS]
    return "html", "Annual Employee Evaluation", comps

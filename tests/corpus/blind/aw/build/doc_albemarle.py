"""albemarle-classified-competencies-survey.html: Albemarle County (Virginia), proposed classified employee
competencies put to staff as a SurveyMonkey feedback survey (page saved from the browser).

Hand-written HTML with SurveyMonkey-style chrome (survey header, hidden "Question Title" labels, required
asterisks, comment boxes, Done button, "Powered by SurveyMonkey" footer, scripts). Wording is ours.
"""
import html
from pathlib import Path

import helpers as H

STEM = "albemarle-classified-competencies-survey"
TITLE = "Proposed Classified Employee Competencies"

INTRO = ("The Competency Committee has drafted a new set of competencies for classified employees, shown "
         "below. Under each competency you will find descriptors that give examples of what the competency "
         "looks like in practice. What the committee needs now is your voice. As you read through the "
         "competencies, please keep the questions below in mind and use the comment box after each competency "
         "to tell us what you think.")
INTRO_Q = [
    "Do these competencies describe what you would look for in your ideal Albemarle County employee?",
    "Is anything missing?",
    "Are there traits or attributes you would add?",
]
PROMPT = ("What comments, questions, or suggestions do you have for this competency? Would you add or remove "
          "anything?")
LEAD = "An employee may demonstrate this competency by the following:"

COMPETENCIES = [
    ("Community", "working together to achieve common goals", [
        "Teamwork: respects diversity, shares what they know, builds cooperative working relationships",
        "Customer service: attends to internal and external customers, empathy, patience, respectful of self, "
        "others, and the organization",
        "Communication: listening, speaking, writing, and interpersonal skills",
    ]),
    ("Stewardship", "technical performance", [
        "Job-specific skills",
        "Accountability: owns both successes and failures",
        "Managing time and resources",
        "Results-oriented",
        "Healthy sense of balance: understands own role, keeps things in perspective",
    ]),
    ("Learning", "development", [
        "Self-starter: takes initiative, proactive",
        "Open-minded: flexible, adaptable, curious, learns from mistakes",
        "Professional and personal growth",
    ]),
    ("Integrity", "doing the right thing when no one is watching", [
        "Honesty: truthful and transparent in dealings with others",
        "Ethics: follows County policy and the spirit behind it",
        "Trustworthiness: keeps confidences, follows through on commitments",
    ]),
]

HEAD = """<!DOCTYPE html>
<html lang="en" class="survey-page">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Proposed Classified Employee Competencies Survey</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="https://prod.smassets.net/assets/responseweb/responseweb-base.css">
<link rel="stylesheet" href="https://prod.smassets.net/assets/responseweb/survey-theme-7.css">
<script>
  window.SM = window.SM || {};
  SM.survey = {"surveyId": "PGDFPLS", "collectorType": "weblink", "pageId": 1, "totalPages": 1,
               "locale": "en_US", "isPreview": false};
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
</script>
<style>
  .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);}
  .question-container{margin:28px 0;}
  .required-asterisk{color:#d62c2c;margin-right:4px;}
  textarea.textarea{width:100%;min-height:90px;}
</style>
</head>
"""

TAIL = """<footer class="survey-footer" role="contentinfo">
  <div class="survey-footer-powered-by">
    <span class="powered-by-text">Powered by</span>
    <a href="https://www.surveymonkey.com/?ut_source=survey_poweredby_home" target="_blank" rel="noopener">
      <img src="https://prod.smassets.net/assets/static/images/surveymonkey/logos/horizontal_sabaeus_rgb.svg" alt="SurveyMonkey logo"></a>
  </div>
  <div class="survey-footer-links">
    <p>See how easy it is to <a href="https://www.surveymonkey.com/mp/take-a-tour/?ut_source=survey_poweredby_easy">create a survey</a>.</p>
    <p><a href="https://www.surveymonkey.com/mp/legal/privacy/?ut_source=survey_pp">Privacy</a> &amp; <a href="https://www.surveymonkey.com/mp/legal/cookies/?ut_source=survey_cookies">Cookie Notice</a></p>
  </div>
</footer>
<script src="https://prod.smassets.net/assets/responseweb/vendor.js"></script>
<script src="https://prod.smassets.net/assets/responseweb/responseweb.js"></script>
<script>
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('patas');
    if (form) { form.addEventListener('submit', function () { gtag('event', 'survey_submit'); }); }
  });
</script>
</body>
</html>
"""


def e(s):
    return html.escape(s, quote=False)


def build(out_dir):
    out = []
    out.append(HEAD)
    out.append('<body class="survey-body">\n<div id="survey-container" class="survey-container">\n')
    out.append('<header class="survey-header" role="banner">\n'
               '  <div class="logo-container"><img src="https://surveymonkey-assets.s3.amazonaws.com/survey/'
               '218553614/7c1e0a4e-albemarle-logo.png" alt="Albemarle County logo" class="logo"></div>\n'
               f'  <h1 class="survey-title"><span class="title-text">{e(TITLE)}</span></h1>\n'
               '</header>\n')
    out.append('<main id="main-content" role="main">\n<form name="surveyForm" id="patas" method="post" '
               'action="https://www.surveymonkey.com/r/PGDFPLS">\n')
    out.append('<div class="page-description survey-page-description">\n'
               f'  <span class="user-generated">{e(INTRO)}<br>\n'
               + "".join(f"  \u2022 {e(q)}<br>\n" for q in INTRO_Q) +
               '  </span>\n</div>\n')
    qn = 0
    for name, gloss, bullets in COMPETENCIES:
        qn += 1
        qid = 700102310 + qn * 17
        out.append(f'<div class="question-row" id="question-field-{qid}" data-question-type="open_ended_single">\n'
                   '  <fieldset class="question-fieldset question-legend-padding">\n'
                   '    <legend class="question-legend">\n'
                   f'      <h4 id="question-title-{qid}" class="question-title-container">\n'
                   '        <span class="sr-only">Question Title</span>\n'
                   '        <span class="required-asterisk notranslate">* </span>\n'
                   f'        <span class="question-number notranslate">{qn}<span class="question-dot">.</span></span>\n'
                   f'        <span class="user-generated notranslate">{e(name)}: {e(gloss)}<br>'
                   f'{e(LEAD)}<br>'
                   + "".join(f"\u2022 {e(b)}<br>" for b in bullets) +
                   '</span>\n'
                   '      </h4>\n'
                   '    </legend>\n'
                   '    <div class="question-body clearfix notranslate">\n'
                   f'      <label class="question-label" for="{qid}">{e(PROMPT)}</label>\n'
                   f'      <textarea id="{qid}" name="{qid}" class="textarea" rows="4" cols="60" '
                   'aria-required="true"></textarea>\n'
                   '    </div>\n'
                   '  </fieldset>\n'
                   '</div>\n')
    qn += 1
    out.append('<div class="question-row" id="question-field-700102499" data-question-type="open_ended_single">\n'
               '  <fieldset class="question-fieldset">\n'
               '    <legend class="question-legend"><h4 class="question-title-container">'
               '<span class="sr-only">Question Title</span>'
               f'<span class="question-number notranslate">{qn}<span class="question-dot">.</span></span> '
               '<span class="user-generated notranslate">Is there anything else you would like the Competency '
               'Committee to consider?</span></h4></legend>\n'
               '    <div class="question-body"><textarea id="700102499" name="700102499" class="textarea" '
               'rows="4" cols="60"></textarea></div>\n'
               '  </fieldset>\n</div>\n')
    out.append('<div class="survey-submit-actions center-text clearfix">\n'
               '  <button type="submit" class="btn small next-button survey-page-button user-generated notranslate">'
               'Done</button>\n</div>\n</form>\n</main>\n</div>\n')
    out.append(TAIL)
    path = H.DOCS / f"{STEM}.html"
    path.write_text("".join(out), encoding="utf-8")
    return path


def gold(path):
    d = STEM
    comps = [H.competency(d, name, gloss, indicators=H.items(d, bullets))
             for name, gloss, bullets in COMPETENCIES]
    return H.write_gold(path, "html", TITLE, comps)

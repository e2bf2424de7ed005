"""Total Resource (Australian recruitment agency) - Interview Preparation: behavioural interview questions (HTML).

Modelled on totalresource.com.au/interview-preparation/: page title "Interview Preparation", heading
"Behavioural interview questions (BIQ)", a short explanation, "The CAR method" and "The STAR method"
paragraphs, three tips typed with a "\u25cf" glyph in the text ("\u25cf Practise makes 'perfect' - ...",
"\u25cf Preparation - ...", "\u25cf Research - ..."), then a numbered list of example questions, each
ending with the competency it tests in parentheses ("... (Client-facing Skills)", "... (Ability to Adapt)").
Recruitment-agency site chrome re-created (top bar, logo, nav, breadcrumb, call-to-action, footer with
offices / ABN / copyright, cookie banner, scripts). Questions and wording are ours; labels partly the page's.
"""
import calib as L

STEM = "totalresource-interview-preparation"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Interview Preparation"

QUESTIONS = [
    ("Describe a time when you had to deal with a difficult client, vendor or stakeholder. What happened, and "
     "how did you handle it?", "Client-facing Skills"),
    ("Tell me about a period when you were under a lot of pressure. What was going on, and how did you get "
     "through it?", "Ability to Adapt"),
    ("Give me an example of a disagreement you had with a colleague while working on a project. How did you "
     "resolve it?", "Teamwork"),
    ("Tell me about a time you had several deadlines falling at once. How did you decide what to do first?",
     "Time Management"),
    ("Tell me about a time you had to explain something complicated to a customer or a colleague. How did you "
     "make sure they understood?", "Communication"),
    ("Describe a situation where you noticed a problem and fixed it before it grew. What made you step in?",
     "Using Initiative"),
    ("Tell me about a time you had to pick up a new system or process very quickly.", "Ability to Adapt"),
    ("Give me an example of when you persuaded someone to see things your way.", "Communication"),
    ("Tell me about a mistake you made at work. What did you do about it?", "Accountability"),
    ("Describe a time you were part of a team that was not working well together. What did you do?",
     "Teamwork"),
    ("Tell me about a time you went above and beyond for a client.", "Client-facing Skills"),
    ("Describe a decision you had to make without all the information you wanted. How did you approach it?",
     "Problem Solving"),
]

HTML = """<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Interview Preparation | Total Resource</title>
<meta name="description" content="Behavioural interview questions (BIQ): how to prepare, the CAR and STAR methods and example questions.">
<link rel="canonical" href="https://totalresource.com.au/interview-preparation/">
<link rel="stylesheet" href="/wp-content/themes/totalresource/style.css?ver=3.2.1">
<link rel="stylesheet" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.14.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TR0000000"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-TR0000000');</script>
<style>.topbar{background:#0b2a4a;color:#fff;font-size:13px}.site-nav a{margin:0 10px}.biq-list li{margin-bottom:8px}.cta{background:#f1f5f9;padding:20px}</style>
</head>
<body class="page-template-default page page-id-412 elementor-page">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="topbar"><div class="container"><span>Sydney (02) 9000 0000</span> | <span>Brisbane (07) 3000 0000</span> | <a href="/contact-us/">Email us</a> | <a href="https://www.linkedin.com/company/total-resource/">LinkedIn</a></div></div>
<header class="site-header">
 <div class="container">
  <a class="logo" href="/"><img src="/wp-content/uploads/2021/04/total-resource-logo.svg" alt="Total Resource"></a>
  <nav class="site-nav" aria-label="Main menu">
   <ul>
    <li><a href="/">Home</a></li>
    <li class="has-sub"><a href="/job-seekers/">Job Seekers</a>
     <ul class="sub-menu"><li><a href="/jobs/">Search Jobs</a></li><li><a href="/resume-tips/">Resume Tips</a></li><li><a href="/interview-preparation/">Interview Preparation</a></li></ul></li>
    <li class="has-sub"><a href="/employers/">Employers</a>
     <ul class="sub-menu"><li><a href="/permanent-recruitment/">Permanent Recruitment</a></li><li><a href="/contract-temp/">Contract &amp; Temp</a></li></ul></li>
    <li><a href="/about-us/">About Us</a></li>
    <li><a href="/insights/">Insights</a></li>
    <li><a href="/contact-us/">Contact</a></li>
   </ul>
  </nav>
 </div>
</header>
<div class="page-banner"><div class="container"><p class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/job-seekers/">Job Seekers</a> &raquo; <span>Interview Preparation</span></p></div></div>
<main id="content" class="site-main">
 <div class="container">
  <article class="entry">
   <h1 class="entry-title">Interview Preparation</h1>
   <div class="entry-content">
    <h2>Behavioural interview questions (BIQ)</h2>
    <p>Wondering how to get ready for a behavioural interview? We have put together some guidance and example questions to help you prepare.</p>
    <p>Hiring managers often ask behavioural questions to find out, in detail, how a candidate has acted in particular situations. BIQs are based on the idea that the way you behaved in the past is the best guide to how you will behave in the future.</p>
    <h3>The CAR method</h3>
    <p>This method has three parts: Context (set the scene and describe the situation), Action (give specific examples of what you did) and Result (explain the outcome of your action, using figures or feedback from your manager to back it up).</p>
    <h3>The STAR method</h3>
    <p>STAR gives you a similar structure for answering a BIQ: Situation (set the scene and give the details of your example), Task (explain what you were responsible for), Action (describe what you did) and Result (share the outcomes your actions achieved).</p>
    <p>Using one of these methods to shape your answer makes it much easier to stay focused and give the interviewer a response that is detailed but easy to follow.</p>
    <p>&#9679; Practise makes &lsquo;perfect&rsquo; &ndash; rehearse the CAR or STAR method out loud and keep the letters in mind while you answer, so that you stay on point.<br>
    &#9679; Preparation &ndash; have several different examples ready that you can adapt to the question. Try not to rely on the same one every time.<br>
    &#9679; Research &ndash; find out which skills and behaviours the employer is looking for, then go through your resume and pick out examples that show you are a good fit for the role.</p>
    <h3>Example behavioural interview questions</h3>
    <ol class="biq-list">
{items}
    </ol>
    <div class="cta">
     <p><strong>Have an interview coming up?</strong> Our consultants are happy to talk you through what to expect. <a href="/contact-us/">Get in touch with the team</a>.</p>
    </div>
   </div>
  </article>
 </div>
</main>
<footer class="site-footer">
 <div class="container">
  <div class="footer-col"><h4>Sydney</h4><p>Level 5, 100 George Street<br>Sydney NSW 2000</p></div>
  <div class="footer-col"><h4>Brisbane</h4><p>Level 12, 200 Adelaide Street<br>Brisbane QLD 4000</p></div>
  <div class="footer-col"><h4>Quick links</h4><ul><li><a href="/jobs/">Jobs</a></li><li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/terms/">Terms of Use</a></li></ul></div>
  <p class="copyright">&copy; 2025 Total Resource Pty Ltd. ABN 00 000 000 000. All rights reserved. | Website by Studio Nine</p>
 </div>
</footer>
<div id="cookie-notice" role="dialog"><p>We use cookies to give you the best experience on our website. <a href="/privacy-policy/">Read more</a> <button type="button">Accept</button></p></div>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.0"></script>
<script src="/wp-content/themes/totalresource/js/main.js?ver=3.2.1"></script>
</body>
</html>
"""


def build():
    items = "\n".join(f"     <li>{L.html_escape(q)} ({L.html_escape(lab)})</li>" for q, lab in QUESTIONS)
    OUT.write_text(HTML.replace("{items}", items), encoding="utf-8")


def gold():
    d = STEM
    order = []
    for _, lab in QUESTIONS:
        if lab not in order:
            order.append(lab)
    return [L.competency(d, lab, None,
                         interview_questions=[L.item(d, q) for q, l2 in QUESTIONS if l2 == lab])
            for lab in order]


def main():
    build()
    L.write_gold(OUT, "html", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

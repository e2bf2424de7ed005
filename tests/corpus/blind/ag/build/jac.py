"""Judicial Appointments Commission (JAC, England and Wales), candidate guidance page "Choosing the best
examples in your self-assessment - Judicial Skills and Abilities Framework" -> hand-written HTML.

WordPress page chrome re-created: wp-emoji script, skip link, GOV-style masthead with crest text, primary
menu, search form, breadcrumb, sidebar "Related guidance", share buttons, footer (links, OGL, Crown
copyright), Jetpack "%d bloggers like this:" leftover and tracking scripts. Content: h1, intro paragraphs
(front matter), then per skill an h2, a "... is about" paragraph, advice paragraphs on relevant and
stronger examples, an h3 "Prompts" with its caveat paragraph and a bullet list of prompt questions
(several with follow-up questions in the same bullet)."""
import html

import helpers as H

STEM = "jac-self-assessment-skills-and-abilities"
TITLE = "Choosing the best examples in your self-assessment \u2013 Judicial Skills and Abilities Framework"

SKILLS = [
    ("Legal skills",
     "Legal skills is about how you identify and decide issues of law, making sure that your decisions are "
     "right, fair and legally sound. The panel will look for examples that show you can analyse information "
     "and pick out the key issues for decision; build and use knowledge in unfamiliar or difficult "
     "situations; and make sure that parties receive a fair hearing and due process.",
     ["Examples do not have to come from judgments made in a court or tribunal. You may, for instance, have "
      "made decisions as a member of a professional board, panel or committee. You can use more than one "
      "example to show a range of situations and contexts (some complex, others highly sensitive), but do "
      "not simply list judgments without giving any context.",
      "Stronger examples focus on complex, sensitive or highly charged cases or situations, or on occasions "
      "when you had to work through difficult legal problems to reach a resolution. They should concentrate "
      "on what you did to deal with the situation."],
     ["Describe a complicated case or problem you had to deal with. What were the issues? Why was it "
      "complicated?",
      "Tell us about a time when you had to get to grips quickly with an area of law that was new to you. "
      "How did you go about it?",
      "Give an example of a situation in which you had to make sure that an unrepresented party could take "
      "a full part in proceedings.",
      "When have you had to reach a decision on a point of law on which the authorities conflicted? What "
      "did you decide, and why?"]),
    ("Exercising judgement",
     "Exercising judgement is about reaching decisions that are fair, impartial and well reasoned, and "
     "showing integrity and independence of mind, especially when the situation is difficult or contentious.",
     ["Choose examples in which the outcome was not obvious and you had to weigh competing arguments or "
      "interests. The panel wants to understand how you reached your decision, not only what the decision "
      "was.",
      "Stronger examples show you acting independently under pressure, for example when a decision was "
      "likely to be unpopular with a client, a colleague or the public."],
     ["Tell us about a decision you made that you knew would be unpopular. How did you reach it and how did "
      "you communicate it?",
      "Describe a time when you had to set aside your own views or a possible conflict of interest in order "
      "to act fairly.",
      "Give an example of when you changed your mind after hearing further evidence or argument. What led "
      "you to do so?"]),
    ("Working and communicating with others",
     "Working and communicating with others is about treating everyone with dignity and respect, managing "
     "hearings or meetings with authority, and explaining decisions and procedures clearly to people from "
     "all backgrounds.",
     ["You can draw on experience of dealing with clients, witnesses, colleagues or members of the public. "
      "Think about situations in which people were anxious, distressed or hostile.",
      "Stronger examples show how you adapted your approach to the needs of the people involved, including "
      "vulnerable people and those with additional needs, and what difference this made."],
     ["Describe a time when you had to take control of a meeting or hearing that was becoming difficult. "
      "What did you do?",
      "Tell us about an occasion when you explained a complex decision or process to someone without legal "
      "training. How did you check that they had understood?",
      "Give an example of how you made adjustments so that a vulnerable person could take part effectively."]),
]

CAVEAT = ("These prompts may help you decide which examples from your own experience are relevant to your "
          "self-assessment under {name}. They are suggestions only; you do not need to answer these questions "
          "in your self-assessment.")

HEAD = """<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Choosing the best examples in your self-assessment &#8211; Judicial Skills and Abilities Framework &#8211; Judicial Appointments Commission</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel="alternate" type="application/rss+xml" title="Judicial Appointments Commission &raquo; Feed" href="https://judicialappointments.gov.uk/feed/" />
<script type="text/javascript">
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{"concatemoji":"https:\\/\\/judicialappointments.gov.uk\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.2.2"}};
/*! This file is auto-generated */
!function(e,a,t){var n,r,o,i=a.createElement("canvas"),p=i.getContext&&i.getContext("2d");}(window,document,window._wpemojiSettings);
</script>
<style type="text/css">
img.wp-smiley, img.emoji { display: inline !important; border: none !important; height: 1em !important; }
</style>
<link rel='stylesheet' id='wp-block-library-css' href='https://judicialappointments.gov.uk/wp-includes/css/dist/block-library/style.min.css?ver=6.2.2' type='text/css' media='all' />
<link rel='stylesheet' id='jac-theme-style-css' href='https://judicialappointments.gov.uk/wp-content/themes/jac/style.css?ver=2.4.1' type='text/css' media='all' />
<script type='text/javascript' src='https://judicialappointments.gov.uk/wp-includes/js/jquery/jquery.min.js?ver=3.6.4' id='jquery-core-js'></script>
<link rel="canonical" href="https://judicialappointments.gov.uk/choosing-the-best-examples-in-your-self-assessment/" />
<link rel='shortlink' href='https://judicialappointments.gov.uk/?p=3781' />
</head>
"""

BODY_TOP = """<body class="page-template-default page page-id-3781 wp-custom-logo">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use some essential cookies to make this website work. We&#8217;d also like to set analytics cookies to help us improve it.</p>
  <button class="button" id="cookie-accept">Accept analytics cookies</button> <button class="button" id="cookie-reject">Reject analytics cookies</button> <a href="https://judicialappointments.gov.uk/cookies/">View cookies</a>
</div>
<div id="page" class="site">
<header id="masthead" class="site-header" role="banner">
  <div class="site-branding">
    <a href="https://judicialappointments.gov.uk/" class="custom-logo-link" rel="home"><img src="https://judicialappointments.gov.uk/wp-content/uploads/2021/03/jac-logo.png" class="custom-logo" alt="Judicial Appointments Commission" /></a>
    <p class="site-title"><a href="https://judicialappointments.gov.uk/" rel="home">Judicial Appointments Commission</a></p>
    <p class="site-description">Selecting judges on merit, through fair and open competition</p>
  </div>
  <nav id="site-navigation" class="main-navigation" aria-label="Primary menu">
    <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
    <ul id="primary-menu" class="menu">
      <li class="menu-item"><a href="https://judicialappointments.gov.uk/">Home</a></li>
      <li class="menu-item"><a href="https://judicialappointments.gov.uk/current-vacancies/">Current vacancies</a></li>
      <li class="menu-item"><a href="https://judicialappointments.gov.uk/future-vacancies/">Future vacancies</a></li>
      <li class="menu-item current-menu-ancestor"><a href="https://judicialappointments.gov.uk/guidance-for-candidates/">Guidance for candidates</a></li>
      <li class="menu-item"><a href="https://judicialappointments.gov.uk/about-the-jac/">About the JAC</a></li>
      <li class="menu-item"><a href="https://judicialappointments.gov.uk/news/">News</a></li>
      <li class="menu-item"><a href="https://judicialappointments.gov.uk/contact-us/">Contact us</a></li>
    </ul>
  </nav>
  <form role="search" method="get" class="search-form" action="https://judicialappointments.gov.uk/">
    <label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label>
    <input type="submit" class="search-submit" value="Search" />
  </form>
</header>
<div id="content" class="site-content">
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <span><a href="https://judicialappointments.gov.uk/">Home</a></span> &gt;
    <span><a href="https://judicialappointments.gov.uk/guidance-for-candidates/">Guidance for candidates</a></span> &gt;
    <span><a href="https://judicialappointments.gov.uk/guidance-for-candidates/self-assessment/">Self-assessment</a></span> &gt;
    <span class="breadcrumb_last" aria-current="page">Choosing the best examples in your self-assessment</span>
  </nav>
  <div id="primary" class="content-area">
    <main id="main" class="site-main">
<article id="post-3781" class="post-3781 page type-page status-publish hentry">
  <header class="entry-header">
    <h1 class="entry-title">Choosing the best examples in your self-assessment &#8211; Judicial Skills and Abilities Framework</h1>
  </header>
  <div class="entry-content">
<p>In your self-assessment you are asked to give specific examples for each of the five or six skills and abilities that apply to the role. The panel will assess the evidence you provide against the skills and abilities required for the role you have applied for.</p>
<p>Below is some information on what each skill and ability covers, what strong examples contain, and some prompts that may help you to think about which of your examples are relevant to each area.</p>
"""

BODY_BOTTOM = """<p class="last-updated"><em>Last updated: 14 March 2023</em></p>
  </div>
  <footer class="entry-footer">
    <div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="https://judicialappointments.gov.uk/choosing-the-best-examples-in-your-self-assessment/?share=twitter" target="_blank" title="Click to share on Twitter"><span>Twitter</span></a></li><li class="share-linkedin"><a rel="nofollow noopener noreferrer" class="share-linkedin sd-button share-icon" href="https://judicialappointments.gov.uk/choosing-the-best-examples-in-your-self-assessment/?share=linkedin" target="_blank" title="Click to share on LinkedIn"><span>LinkedIn</span></a></li><li class="share-end"></li></ul></div></div></div>
  </footer>
</article>
    </main>
  </div>
  <aside id="secondary" class="widget-area" aria-label="Sidebar">
    <section id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">Related guidance</h2>
      <ul class="menu">
        <li><a href="https://judicialappointments.gov.uk/guidance-for-candidates/self-assessment/">Writing your self-assessment</a></li>
        <li><a href="https://judicialappointments.gov.uk/competency-frameworks/">Competency frameworks</a></li>
        <li><a href="https://judicialappointments.gov.uk/guidance-for-candidates/references/">Independent assessors and references</a></li>
        <li><a href="https://judicialappointments.gov.uk/guidance-for-candidates/selection-day/">Preparing for selection day</a></li>
      </ul>
    </section>
  </aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo">
  <ul class="footer-links">
    <li><a href="https://judicialappointments.gov.uk/accessibility-statement/">Accessibility statement</a></li>
    <li><a href="https://judicialappointments.gov.uk/privacy-policy/">Privacy policy</a></li>
    <li><a href="https://judicialappointments.gov.uk/cookies/">Cookies</a></li>
    <li><a href="https://judicialappointments.gov.uk/freedom-of-information/">Freedom of information</a></li>
  </ul>
  <p class="licence">All content is available under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated.</p>
  <p class="copyright">&copy; Crown copyright</p>
</footer>
</div>
<div style="display:none">
  <div class="grofile-hash-map-0e3f5a2d0c6f8a1b"></div>
</div>
<div id="likes-other-gravatars"><div class="likes-text"><span>%d</span> bloggers like this:</div><ul class="wpl-avatars sd-like-gravatars"></ul></div>
<script type='text/javascript' src='https://judicialappointments.gov.uk/wp-content/themes/jac/js/navigation.js?ver=2.4.1' id='jac-navigation-js'></script>
<script defer type='text/javascript' src='https://stats.wp.com/e-202311.js' id='jetpack-stats-js'></script>
<script type='text/javascript' id='jetpack-stats-js-after'>
_stq = window._stq || [];
_stq.push([ "view", {v:'ext',blog:'123456789',post:'3781',tz:'0',srv:'judicialappointments.gov.uk',j:'1:12.0'} ]);
_stq.push([ "clickTrackerInit", "123456789", "3781" ]);
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-JAC0000000"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-JAC0000000', { 'anonymize_ip': true });
</script>
</body>
</html>
"""


def esc(s):
    return html.escape(s, quote=False).replace("\u2019", "&#8217;")


def build():
    parts = [HEAD, BODY_TOP]
    for name, about, advice, prompts in SKILLS:
        parts.append(f'<h2 class="wp-block-heading">{esc(name)}</h2>\n')
        parts.append(f"<p>{esc(about)}</p>\n")
        for a in advice:
            parts.append(f"<p>{esc(a)}</p>\n")
        parts.append('<h3 class="wp-block-heading">Prompts</h3>\n')
        parts.append(f"<p>{esc(CAVEAT.format(name=name))}</p>\n")
        parts.append('<ul class="wp-block-list">\n')
        for q in prompts:
            parts.append(f"<li>{esc(q)}</li>\n")
        parts.append("</ul>\n\n")
    parts.append(BODY_BOTTOM)
    out = H.DOCS / f"{STEM}.html"
    out.write_text("".join(parts), encoding="utf-8")
    return out


def gold(doc_path):
    comps = []
    for name, about, advice, prompts in SKILLS:
        comps.append(H.comp(name, STEM, about, tips=H.items(advice, STEM),
                            interview_questions=H.items(prompts, STEM, "Prompts"),
                            notes=[H.it(CAVEAT.format(name=name), STEM, "Prompts")]))
    return H.write_gold(doc_path, "html", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))

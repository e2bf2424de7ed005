"""ZoomInfo, The Pipeline blog: "Sales Competency Model" post: hand-written HTML.

WordPress-style blog chrome (promo bar, header nav, blog category bar, byline, share buttons, jump-link table of
contents, author box, related posts, newsletter form, footer, scripts). The article: narrative sections, then
"ZoomInfo's Core Sales Competencies" with one <h3> per DEAL pillar (Discover, Educate, Align, Lock), each followed
by a THREE-COLUMN TABLE: Competency | Definition | Observable behaviors (a <ul> in the cell); then a generic
rating scale (1 Learning ... 4 Mastery, front matter), build steps, and an FAQ in <details>.
"""
from html import escape

import helpers as H

STEM = "zoominfo-sales-competency-model"
TITLE = "Sales Competency Model: A Framework for Building High-Performing Revenue Teams"

PILLARS = [
    ("Discover", "Uncover the prospect\u2019s business problem before talking about the product.", [
        ("Pre-Call Research",
         "Builds a working picture of the account, its buying committee and its likely priorities before the "
         "first conversation.",
         ["Reviews firmographic, technographic and intent data before every first call",
          "Identifies likely stakeholders and their roles in the buying decision",
          "Forms a hypothesis about the prospect\u2019s pain to test on the call"]),
        ("Discovery Questioning",
         "Uses open, layered questions to uncover the prospect\u2019s goals, challenges and the cost of doing "
         "nothing.",
         ["Asks open-ended questions and follows up on vague answers",
          "Quantifies the business impact of the problem with the prospect",
          "Confirms understanding by summarizing the prospect\u2019s situation in their own words"])]),
    ("Educate", "Teach the buyer something new about their business and how to solve the problem.", [
        ("Insight Delivery",
         "Shares relevant data and perspectives that reframe how the buyer thinks about the problem.",
         ["Tailors insights to the prospect\u2019s industry and role",
          "Connects product capabilities to the outcomes the buyer cares about",
          "Uses customer stories with measurable results"])]),
    ("Align", "Get every stakeholder agreeing on the problem, the solution and the path to a decision.", [
        ("Multi-Threading",
         "Builds relationships with several stakeholders so the deal does not depend on a single champion.",
         ["Engages economic buyers, end users and technical evaluators early",
          "Maps the decision process and each stakeholder\u2019s criteria",
          "Equips the champion with materials to sell internally"])]),
    ("Lock", "Secure commitment and close the deal on a mutually agreed timeline.", [
        ("Negotiation",
         "Protects deal value while reaching terms that work for both sides.",
         ["Anchors the conversation on value before discussing price",
          "Trades concessions rather than giving them away",
          "Knows the walk-away point before the negotiation starts"]),
        ("Closing and Forecasting",
         "Drives the deal to signature and forecasts it accurately.",
         ["Agrees a mutual action plan with dates and owners",
          "Updates the opportunity stage and close date in the CRM after every meaningful interaction",
          "Flags risks to the forecast early and asks for help"])]),
]


def pillar_html(name, blurb, comps):
    rows = "".join(
        f"""
        <tr>
          <td><strong>{escape(c)}</strong></td>
          <td>{escape(dfn)}</td>
          <td>
            <ul>
{"".join(f"              <li>{escape(b)}</li>{chr(10)}" for b in beh)}            </ul>
          </td>
        </tr>""" for c, dfn, beh in comps)
    return f"""
      <h3 id="{name.lower()}">{name}</h3>
      <p>{escape(blurb)}</p>
      <div class="table-wrap">
      <table class="wp-block-table">
        <thead>
          <tr><th>Competency</th><th>Definition</th><th>Observable behaviors</th></tr>
        </thead>
        <tbody>{rows}
        </tbody>
      </table>
      </div>"""


def page():
    pillars = "".join(pillar_html(*p) for p in PILLARS)
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sales Competency Model: A Framework for Building High-Performing Revenue Teams | The Pipeline | ZoomInfo</title>
<link rel="canonical" href="https://pipeline.zoominfo.com/sales/core-competency-sales-program">
<meta property="og:type" content="article">
<link rel="stylesheet" id="pipeline-theme-css" href="https://pipeline.zoominfo.com/wp-content/themes/pipeline/dist/main.css?ver=3.8.2" media="all">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","headline":"Sales Competency Model","publisher":{{"@type":"Organization","name":"ZoomInfo"}}}}</script>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});}})(window,document,'script','dataLayer','GTM-PX8ZB3');</script>
</head>
<body class="post-template-default single single-post">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-PX8ZB3" height="0" width="0" style="display:none"></iframe></noscript>
<div class="promo-bar"><a href="https://www.zoominfo.com/free-trial">Start your free trial of ZoomInfo today &rarr;</a></div>
<header class="site-header">
  <a class="logo" href="https://www.zoominfo.com/"><img src="/wp-content/themes/pipeline/img/zoominfo-logo.svg" alt="ZoomInfo"></a>
  <nav class="primary-nav">
    <ul>
      <li><a href="https://www.zoominfo.com/products">Products</a></li>
      <li><a href="https://www.zoominfo.com/solutions">Solutions</a></li>
      <li><a href="https://www.zoominfo.com/resources">Resources</a></li>
      <li><a href="https://www.zoominfo.com/pricing">Pricing</a></li>
    </ul>
  </nav>
  <a class="btn btn-primary" href="https://www.zoominfo.com/contact">Contact Sales</a>
</header>
<div class="blog-bar">
  <a class="blog-title" href="/">The Pipeline</a>
  <ul class="blog-cats">
    <li><a href="/sales">Sales</a></li>
    <li><a href="/marketing">Marketing</a></li>
    <li><a href="/operations">Operations</a></li>
    <li><a href="/recruiting">Recruiting</a></li>
    <li><a href="/podcasts">Podcasts</a></li>
  </ul>
</div>
<main id="content">
  <article class="post">
    <header class="post-header">
      <a class="post-cat" href="/sales">Sales</a>
      <h1>Sales Competency Model: A Framework for Building High-Performing Revenue Teams</h1>
      <div class="byline"><img src="/wp-content/uploads/avatars/pipeline-team.png" alt=""><span>By The Pipeline Team</span> <span class="sep">&middot;</span> <span>8 min read</span></div>
      <div class="share"><span>Share</span> <a href="#" aria-label="Share on LinkedIn">in</a> <a href="#" aria-label="Share on X">X</a> <a href="#" aria-label="Copy link">Copy link</a></div>
    </header>
    <nav class="toc">
      <p class="toc-title">In this article</p>
      <ul>
        <li><a href="#what-is">What is a sales competency model?</a></li>
        <li><a href="#why">Why sales competency models matter</a></li>
        <li><a href="#core">ZoomInfo&rsquo;s core sales competencies</a></li>
        <li><a href="#rating">How we rate reps</a></li>
        <li><a href="#build">How to build your own model</a></li>
        <li><a href="#faq">FAQs</a></li>
      </ul>
    </nav>
    <div class="post-body">
      <p>B2B sales jobs have a notoriously high turnover rate. What if reps were genuinely invested in their own development, knew exactly what to work on after every deal, and had the resources to do it?</p>
      <p>A sales competency model makes that possible. It spells out the knowledge, skills and behaviors that success in a given sales role requires, and it gives reps and managers a shared framework for development.</p>
      <h2 id="what-is">What is a sales competency model?</h2>
      <p>A sales competency model is a structured framework that defines what proficiency looks like at each stage of a seller&rsquo;s career. It is a forward-looking development guide rather than a backward-looking performance review: account executives assess themselves and agree their baseline ratings with their managers.</p>
      <blockquote><p>&ldquo;We want to see where our reps are today, where we want them to be, and where they ultimately want to go in their careers as salespeople.&rdquo;</p><cite>Principal sales enablement manager, ZoomInfo</cite></blockquote>
      <h2 id="why">Why sales competency models matter for revenue teams</h2>
      <p>Revenue leaders are under pressure to hit aggressive targets with leaner teams. A competency model gives them a common language for coaching, makes ramp time more predictable and shows where enablement budget will have the most effect.</p>
      <h2 id="core">ZoomInfo&rsquo;s core sales competencies</h2>
      <p>At ZoomInfo, sales teams follow the DEAL methodology, which stands for Discover, Educate, Align and Lock. The core competencies break each pillar down into the specific skills and behaviors managers can observe.</p>
{pillars}
      <h2 id="rating">How we rate reps</h2>
      <p>Each competency is rated on the same four-point scale:</p>
      <ol class="rating-scale">
        <li><strong>1 &ndash; Learning:</strong> understands the concept and is starting to apply it with support.</li>
        <li><strong>2 &ndash; Developing:</strong> applies it in most deals, with occasional coaching.</li>
        <li><strong>3 &ndash; Proficient:</strong> applies it consistently and independently.</li>
        <li><strong>4 &ndash; Mastery:</strong> applies it in complex deals and coaches peers.</li>
      </ol>
      <h2 id="build">How to build your own sales competency model</h2>
      <ol>
        <li>Start from your sales methodology, so the competencies reflect how your team actually sells.</li>
        <li>Interview top performers and their managers about what they do differently.</li>
        <li>Write behaviors that a manager could observe on a call or in the CRM.</li>
        <li>Pilot the model with one team, then refine it before rolling it out.</li>
      </ol>
      <h2 id="faq">FAQs</h2>
      <details><summary>How often should reps be rated?</summary><p>Quarterly works well for most teams: often enough to track progress, not so often that it becomes a box-ticking exercise.</p></details>
      <details><summary>Should the model be tied to compensation?</summary><p>We recommend keeping it separate from compensation so that reps rate themselves honestly.</p></details>
    </div>
    <footer class="post-footer">
      <div class="author-box"><p class="author-name">The Pipeline Team</p><p>The Pipeline is ZoomInfo&rsquo;s blog for go-to-market professionals.</p></div>
      <div class="tags"><a href="/tag/sales-enablement">Sales Enablement</a> <a href="/tag/sales-coaching">Sales Coaching</a></div>
    </footer>
  </article>
  <aside class="related">
    <h2>Related posts</h2>
    <ul>
      <li><a href="/sales/do-better-aes-deserve-better-leads-yes-heres-why">Do Better AEs Deserve Better Leads? Yes, Here&rsquo;s Why</a></li>
      <li><a href="/sales/sales-coaching-tips">Sales Coaching Tips That Actually Change Behavior</a></li>
      <li><a href="/sales/discovery-call-questions">Discovery Call Questions Top Reps Ask</a></li>
    </ul>
  </aside>
</main>
<section class="newsletter-signup">
  <h2>Get the latest from The Pipeline</h2>
  <form action="https://pipeline.zoominfo.com/subscribe" method="post"><input type="email" name="email" placeholder="Business email" aria-label="Business email"><button type="submit">Subscribe</button></form>
</section>
<footer class="site-footer">
  <p>&copy; 2025 ZoomInfo Technologies LLC. All rights reserved.</p>
  <ul><li><a href="https://www.zoominfo.com/legal/privacy">Privacy Policy</a></li><li><a href="https://www.zoominfo.com/legal/terms">Terms</a></li><li><a href="#" class="cookie-prefs">Cookie Preferences</a></li></ul>
</footer>
<script src="https://pipeline.zoominfo.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="https://pipeline.zoominfo.com/wp-content/themes/pipeline/dist/main.js?ver=3.8.2" id="pipeline-main-js"></script>
</body>
</html>
"""


def build():
    path = H.DOCS / f"{STEM}.html"
    path.write_text(page(), encoding="utf-8")
    comps = []
    for pillar, blurb, items in PILLARS:
        for name, definition, beh in items:
            comps.append(H.competency(STEM, name, definition, indicators=H.items(STEM, beh)))
    H.write_gold(path, "html", TITLE, comps)


if __name__ == "__main__":
    build()

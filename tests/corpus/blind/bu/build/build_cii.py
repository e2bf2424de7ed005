"""The Chartered Insurance Institute (CII) - "The Professional Map", Explore the map page (HTML).

Modelled on ciigroup.org/en/professional-map/explore-the-map/: site header, navigation and breadcrumb; h1
"Explore the map", intro; "BEHAVIOURS" with a line inviting the reader to select a behaviour; per behaviour an
h3 "Behaviours: <name>" (upper-cased by CSS), a one-paragraph description, "Explore what this means for each
band:" and Bootstrap-style tabs "Band 1" ... "Band 4" whose panes (all in the page, hidden by CSS but the
first) hold the band line "These competency standards typically apply to ...", a list of "I ..." statements
and "Associated terms and attributes:" with a list that ends with an empty item (as on the stored page);
ENABLERS and TECHNICAL EXPERTISE teasers; footer, cookie banner, scripts. Excerpt: three of the seven
behaviours. Behaviour names and band lines follow the stored page; statements, terms and wording are ours.
"""
import bulib as L

STEM = "cii-professional-map-behaviours"
OUT = L.DOCS / f"{STEM}.html"
E = L.html_escape

BANDS = [
    "These competency standards typically apply to front line staff, administrative and entry level roles:",
    "These competency standards typically apply to first-line managers, team leaders, regulated or specialist "
    "roles operating at mid-level:",
    "These competency standards typically apply to middle managers and senior technical roles:",
    "These competency standards typically apply to senior leaders and business owners:",
]

BEHAVIOURS = [
    dict(
        name="Curiosity", slug="curiosity",
        description=("Looks to the future, asks questions and keeps an open mind; takes an interest in what is "
                     "happening around them; wants to learn and grow; comes up with new ideas, thinks "
                     "creatively and is open and adaptable to change."),
        bands=[
            (["I take an interest in my work and in activities beyond my own responsibilities",
              "I reflect on my abilities, welcome new learning opportunities and keep developing my skills",
              "I am open to new ways of working",
              "I suggest fresh approaches to issues and offer different ideas",
              "I keep aware of changes in the business, in technology and in the economy"],
             ["Adaptability", "Continuous learning and growth", "Environmental awareness", "Innovation",
              "Purpose", "Teamwork"]),
            (["I ask why things are done the way they are and look beyond the obvious",
              "I broaden my experience and make time for learning so that I stay current and ready for the future",
              "I welcome change, explain its benefits and help put it into practice",
              "I put forward realistic, innovative improvements",
              "I adapt quickly to changes in the business, in technology and in the economy"],
             ["Adaptability", "Continuous learning and growth", "Environmental awareness", "Innovation",
              "Purpose", "Teamwork"]),
            (["I encourage my team to question how things are done and to look for better ways",
              "I build a culture in which learning and development are part of everyday work",
              "I lead change in my area and help others through it",
              "I sponsor new ideas and give them the resources to be tested",
              "I scan the wider market for trends that will affect my area"],
             ["Adaptability", "Change leadership", "Continuous learning and growth", "Innovation", "Purpose"]),
            (["I set a culture of curiosity, openness and continuous learning across the organisation",
              "I challenge established thinking and encourage others to do the same",
              "I anticipate developments in the sector and position the organisation to respond",
              "I champion innovation and accept that some new ideas will not succeed",
              "I seek out views from outside the organisation and the sector"],
             ["Change leadership", "Innovation", "Purpose", "Vision"]),
        ]),
    dict(
        name="Customer focus", slug="customer-focus",
        description=("Understands what customers need, meets their requirements and adds value to the outcomes "
                     "they receive; balances the demands of customers and of the business and shows commercial "
                     "awareness."),
        bands=[
            (["I treat every customer with courtesy and respect",
              "I listen carefully to understand what the customer needs",
              "I explain products and processes clearly and check that I have been understood",
              "I follow up on what I have promised",
              "I recognise when a customer may be vulnerable and get them the right support"],
             ["Customer outcomes", "Empathy", "Fairness", "Relationship building"]),
            (["I make sure my team understands and meets customer needs",
              "I use feedback and complaints to improve the service we give",
              "I balance what the customer wants with what the business can deliver",
              "I make sure customers are treated fairly at every stage",
              "I build lasting relationships with key customers and intermediaries"],
             ["Commercial awareness", "Customer outcomes", "Fairness", "Relationship building"]),
            (["I design services around good customer outcomes",
              "I use customer data and insight to shape decisions in my area",
              "I hold my teams to account for the outcomes customers receive",
              "I balance commercial targets with the fair treatment of customers"],
             ["Commercial awareness", "Customer insight", "Customer outcomes", "Fair value"]),
            (["I put customer outcomes at the heart of the organisation\u2019s strategy and culture",
              "I make sure our products offer fair value throughout their life",
              "I hold the organisation to account for how customers are treated",
              "I represent the interests of customers in decisions at the highest level"],
             ["Commercial awareness", "Customer outcomes", "Fair value", "Purpose"]),
        ]),
    dict(
        name="Drive to deliver", slug="drive-to-deliver",
        description=("Owns their work, organises and prioritises it and delivers results; is action-oriented, "
                     "sets and reaches goals and shows resilience."),
        bands=[
            (["I take ownership of my work and see tasks through to completion",
              "I plan and prioritise my workload to meet deadlines",
              "I get on with tasks without waiting to be asked",
              "I stay positive and keep going when things get difficult",
              "I ask for help when I need it"],
             ["Accountability", "Prioritisation", "Resilience", "Time management"]),
            (["I set clear goals for myself and my team and track progress against them",
              "I organise work and resources so that deadlines are met",
              "I remove obstacles that slow my team down",
              "I keep going under pressure and help my team to do the same"],
             ["Accountability", "Planning", "Resilience", "Results orientation"]),
            (["I turn business plans into clear objectives and measures",
              "I hold people to account for delivering what they have committed to",
              "I manage competing priorities across several teams",
              "I build resilience in my teams so that they can cope with setbacks",
              "I make timely decisions to keep work moving"],
             ["Accountability", "Decision making", "Performance management", "Resilience"]),
            (["I set ambitious goals for the organisation and make sure they are achievable",
              "I create a culture of accountability and delivery",
              "I direct resources to where they will have the most impact",
              "I show resilience and steady the organisation through difficult periods"],
             ["Accountability", "Decision making", "Resilience", "Results orientation"]),
        ]),
]

HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Explore the map | Professional Map | CII</title>
<meta name="description" content="Explore the behaviours, enablers and technical expertise within the Professional Map from the CII.">
<link rel="canonical" href="https://www.ciigroup.org/en/professional-map/explore-the-map/">
<link rel="stylesheet" href="/dist/css/main.min.css?v=4.12.0">
<style>
  .behaviour-title { text-transform: uppercase; letter-spacing: .04em; }
  .tab-content > .tab-pane { display: none; }
  .tab-content > .tab-pane.active { display: block; }
  .nav-tabs .nav-link.active { background: #0b2a4a; color: #fff; }
</style>
<script>
  (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
  var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;
  j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
  })(window,document,'script','dataLayer','GTM-PXK9M4');
</script>
</head>
<body class="page-professional-map">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-PXK9M4" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookie consent">
  <p>We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies. <a href="/en/cookie-policy/">Find out more</a></p>
  <button type="button" class="btn btn-cookie" id="cookie-accept">Accept and close</button>
</div>
<header class="site-header">
  <div class="utility-bar">
    <ul class="utility-links">
      <li><a href="/en/find-a-member/">Find a member</a></li>
      <li><a href="/en/contact-us/">Contact us</a></li>
      <li><a href="https://my.cii.co.uk/login" class="login">Log in</a></li>
    </ul>
  </div>
  <div class="masthead">
    <a class="logo" href="/en/"><img src="/media/logo-cii-group.svg" alt="The Chartered Insurance Institute"></a>
    <form class="site-search" action="/en/search/" role="search">
      <label for="q" class="sr-only">Search</label>
      <input id="q" name="q" type="search" placeholder="Search">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/en/qualifications/">Qualifications</a></li>
      <li><a href="/en/learning/">Learning</a></li>
      <li><a href="/en/membership/">Membership</a></li>
      <li><a href="/en/professional-standards/">Professional standards</a></li>
      <li><a href="/en/knowledge/">Knowledge</a></li>
      <li><a href="/en/professional-map/" class="active">Professional Map</a></li>
      <li><a href="/en/events/">Events</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/en/">Home</a></li>
    <li><a href="/en/professional-map/">Professional Map</a></li>
    <li aria-current="page">Explore the map</li>
  </ol>
</nav>
<main id="main">
<div class="container">
<h1>Explore the map</h1>
<p class="lead">The Professional Map sets the international benchmark for professional excellence in your sector. Find out what it means for you by exploring the behaviours, enablers and technical expertise that make up the map.</p>

<section class="map-section" id="behaviours">
<h2>BEHAVIOURS</h2>
<p>Think about the way you approach your work and your working relationships, then choose from the behaviours below to map your route to professional success.</p>
<ul class="behaviour-picker">
"""

FOOT = """</section>

<section class="map-section" id="enablers">
<h2>ENABLERS</h2>
<p>The enablers are the foundations that every professional needs, whatever their role: ethical working, data and technology, and core knowledge.</p>
<p><a class="btn btn-secondary" href="/en/professional-map/explore-the-map/enablers/">Explore the enablers</a></p>
</section>

<section class="map-section" id="technical-expertise">
<h2>TECHNICAL EXPERTISE</h2>
<p>Technical expertise sets out the specialist knowledge and skills for underwriting, claims, broking, protection advice and supporting functions.</p>
<p><a class="btn btn-secondary" href="/en/professional-map/explore-the-map/technical-expertise/">Explore technical expertise</a></p>
</section>

<aside class="cta-panel">
  <h2>Map your development</h2>
  <p>Members can assess themselves against the Professional Map and build a personal development plan in MyCII.</p>
  <a class="btn btn-primary" href="https://my.cii.co.uk/">Go to MyCII</a>
</aside>
</div>
</main>
<footer class="site-footer">
  <div class="footer-cols">
    <div>
      <h3>The Chartered Insurance Institute</h3>
      <p>3rd Floor, 20 Fenchurch Street<br>London EC3M 3BY</p>
      <p>Tel: +44 (0)20 8989 8464</p>
    </div>
    <div>
      <h3>Quick links</h3>
      <ul>
        <li><a href="/en/about-us/">About us</a></li>
        <li><a href="/en/careers/">Careers at the CII</a></li>
        <li><a href="/en/accessibility/">Accessibility</a></li>
        <li><a href="/en/privacy-policy/">Privacy policy</a></li>
        <li><a href="/en/terms-and-conditions/">Terms and conditions</a></li>
      </ul>
    </div>
    <div>
      <h3>Follow us</h3>
      <ul class="social">
        <li><a href="https://www.linkedin.com/company/cii/">LinkedIn</a></li>
        <li><a href="https://twitter.com/CIIGroup">X (Twitter)</a></li>
        <li><a href="https://www.youtube.com/user/CIIvideo">YouTube</a></li>
      </ul>
    </div>
  </div>
  <p class="copyright">&copy; The Chartered Insurance Institute 2024. The CII is incorporated by Royal Charter (RC000028).</p>
</footer>
<script src="/dist/js/vendor/jquery-3.6.0.min.js"></script>
<script src="/dist/js/vendor/bootstrap.bundle.min.js"></script>
<script>
  $(function () {
    $('.nav-tabs .nav-link').on('click', function (e) {
      e.preventDefault();
      var $t = $(this), $c = $($t.attr('href'));
      $t.closest('.nav-tabs').find('.nav-link').removeClass('active').attr('aria-selected', 'false');
      $t.addClass('active').attr('aria-selected', 'true');
      $c.siblings('.tab-pane').removeClass('active');
      $c.addClass('active');
    });
    $('#cookie-accept').on('click', function () { $('#cookie-banner').hide(); });
  });
</script>
</body>
</html>
"""


def behaviour_html(b):
    out = [f'<div class="behaviour" id="{b["slug"]}">',
           f'<h3 class="behaviour-title">Behaviours: {E(b["name"])}</h3>',
           f'<p>{E(b["description"])}</p>',
           '<p><strong>Explore what this means for each band:</strong></p>',
           f'<ul class="nav nav-tabs" role="tablist">']
    for i in range(4):
        act = " active" if i == 0 else ""
        out.append(f'  <li class="nav-item" role="presentation"><a class="nav-link{act}" href="#{b["slug"]}-band{i+1}" '
                   f'role="tab" aria-selected="{"true" if i == 0 else "false"}">Band {i+1}</a></li>')
    out.append('</ul>')
    out.append('<div class="tab-content">')
    for i, (stmts, terms) in enumerate(b["bands"]):
        act = " active" if i == 0 else ""
        out.append(f'<div class="tab-pane{act}" id="{b["slug"]}-band{i+1}" role="tabpanel">')
        out.append(f'<p>{E(BANDS[i])}</p>')
        out.append('<ul>')
        out += [f'  <li>{E(s)}</li>' for s in stmts]
        out.append('</ul>')
        out.append('<p><strong>Associated terms and attributes:</strong></p>')
        out.append('<ul class="terms">')
        out += [f'  <li>{E(t)}</li>' for t in terms]
        if i == 0:
            out.append('  <li>&nbsp;</li>')
        out.append('</ul>')
        out.append('</div>')
    out.append('</div>')
    out.append('</div>')
    return "\n".join(out) + "\n"


def build():
    picker = "".join(f'  <li><a href="#{b["slug"]}">{E(b["name"])}</a></li>\n' for b in BEHAVIOURS)
    picker += ('  <li><a href="/en/professional-map/explore-the-map/behaviours/">See all behaviours</a></li>\n'
               '</ul>\n')
    html = HEAD + picker + "".join(behaviour_html(b) for b in BEHAVIOURS) + FOOT
    OUT.write_text(html, encoding="utf-8")


def gold():
    comps = []
    for b in BEHAVIOURS:
        levels = [L.level(STEM, i + 1, f"Band {i+1}", stmts) for i, (stmts, _t) in enumerate(b["bands"])]
        kw = []
        for _s, terms in b["bands"]:
            for t in terms:
                if t not in kw:
                    kw.append(t)
        comps.append(L.competency(STEM, b["name"], b["description"], key_words=kw, levels=levels))
    L.write_gold(OUT, "html", "Explore the map", comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

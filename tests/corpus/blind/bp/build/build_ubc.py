"""UBC IT Career Framework - "Competencies and Definitions" page (hand-written HTML, WordPress UBC CLF).

UBC CLF chrome (global crest bar, unit name bar, main menu, breadcrumb, left sub-navigation, UBC footer
blocks, scripts); content: h1, h2 "List of Competencies", per competency an h3 name, one definition
paragraph and a <ul> of five levels, each <li> starting with a bold label "Being Developed (BD):" ...
"Expert (E):" followed by one paragraph of behaviours.
"""
import html

import bplib as L

STEM = "ubc-it-career-framework-competencies"
TITLE = "Competencies and Definitions"
LEVELS = ["Being Developed (BD)", "Basic (B)", "Intermediate (I)", "Advanced (A)", "Expert (E)"]

COMPS = [
    ("Establishing Accountability",
     "Makes the expectations that self and others share explicit. Acts to make sure commitments are met. "
     "Adjusts standards when circumstances change.",
     ["Asks questions and gives feedback to make shared expectations clearer. Looks for advice on tasks and "
      "responsibilities when unsure.",
      "Tests assumptions about what others expect and confirms the standard of work required. Checks the "
      "scope of own and others' responsibilities. Watches daily performance and corrects course when "
      "results fall short.",
      "Sets objectives that serve the needs of the organization. Recommends to individuals and teams how "
      "they can improve and reach agreed objectives. Tracks individual and team results against standards "
      "and gives feedback.",
      "Sets stretch objectives for self and others. Watches performance trends and finds chances to raise "
      "standards. Gives regular feedback and proposes other approaches when needed to reach organizational "
      "objectives. Delegates and moves resources so that priorities in own area are met.",
      "Defines areas of strategic responsibility. Plans and decides on the reassignment of significant "
      "organizational resources. Sponsors and influences decisions across the organization on priorities, "
      "resource allocation and long-term performance standards."]),
    ("Analytical Thinking",
     "Breaks raw information and loosely defined problems into specific, workable parts that make the "
     "issues clear. Draws logical conclusions, foresees obstacles and weighs different approaches when "
     "making decisions.",
     ["Collects and connects data from a few sources to understand a simple problem. Asks for help in "
      "choosing the method of analysis.",
      "Separates a problem into its main parts and lists them in order of importance. Uses standard tools "
      "to compare options.",
      "Analyzes problems that involve several systems or groups. Spots patterns and gaps in information and "
      "tests conclusions before recommending a course of action.",
      "Untangles complex, ambiguous problems across the organization. Anticipates the effects of each "
      "option and builds contingency plans.",
      "Sets the analytical approach for issues that affect the whole institution. Is sought out by senior "
      "leaders to frame problems that have no precedent."]),
    ("Client Focus",
     "Puts the needs of clients at the centre of the work. Builds relationships that let IT understand and "
     "meet client needs, and holds self accountable for client satisfaction.",
     ["Answers client requests politely and passes on those that need someone else. Learns who the unit's "
      "clients are.",
      "Follows up on client requests until they are resolved. Asks clients whether the solution met their "
      "needs.",
      "Looks beyond the request to the client's underlying business need. Suggests services that would help "
      "the client before being asked.",
      "Builds lasting partnerships with client groups. Uses client feedback to change how the team delivers "
      "services.",
      "Shapes IT strategy around the long-term needs of faculties and administrative units. Sponsors "
      "service improvements that change the client experience across campus."]),
    ("Collaboration",
     "Works cooperatively with others across organizational boundaries to reach shared goals. Shares "
     "information and credit, and values the contributions of people with different perspectives.",
     ["Takes part in team activities and does an equal share of the work. Shares information with "
      "teammates when asked.",
      "Offers help to colleagues without being asked. Shares knowledge and resources freely within the "
      "team.",
      "Builds working relationships with other teams to finish joint work. Resolves disagreements in a way "
      "that keeps relationships intact.",
      "Creates partnerships across departments and faculties to deliver shared solutions. Encourages staff "
      "to work across unit boundaries.",
      "Establishes institution-wide and external alliances. Removes structural barriers to collaboration "
      "across UBC."]),
]


def comp_html(name, definition, texts):
    lis = "\n".join(f"            <li><strong>{html.escape(lab)}:</strong> {html.escape(t)}</li>"
                    for lab, t in zip(LEVELS, texts))
    anchor = name.lower().replace(" ", "-")
    return (f'        <h3 id="{anchor}">{html.escape(name)}</h3>\n'
            f"        <p>{html.escape(definition)}</p>\n"
            f'        <ul class="proficiency-levels">\n{lis}\n        </ul>\n')


BODY = "\n".join(comp_html(*c) for c in COMPS)

PAGE = f"""<!DOCTYPE html>
<!--[if IE 8]><html class="no-js lt-ie9" lang="en-US"><![endif]-->
<!--[if gt IE 8]><!--><html class="no-js" lang="en-US"><!--<![endif]-->
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{TITLE} | IT Career Framework</title>
  <link rel="stylesheet" href="https://cdn.ubc.ca/clf/7.0.4/css/ubc-clf-full.min.css">
  <link rel="stylesheet" href="https://careerframework.ubc.ca/wp-content/themes/clf/style.css?ver=5.2.2">
  <script src="https://careerframework.ubc.ca/wp-includes/js/jquery/jquery.js?ver=1.12.4"></script>
  <script>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-12345678-1']); _gaq.push(['_trackPageview']);</script>
</head>
<body class="page-template-default page page-id-212 page-child parent-pageid-38">
  <a href="#content" class="skip-link">Skip to content</a>
  <!-- UBC Global Utility Menu -->
  <div class="collapse expand" id="ubc7-global-menu">
    <div id="ubc7-search" class="expand">
      <form class="form-search" method="get" action="https://www.ubc.ca/search/refine/" role="search">
        <input type="text" name="q" placeholder="Search IT Career Framework" class="input-xlarge search-query">
        <input type="hidden" name="label" value="IT Career Framework">
        <button type="submit" class="btn">Search</button>
      </form>
    </div>
    <div id="ubc7-global-header" class="expand">
      <span class="ubc7-campus" id="ubc7-vancouver-campus">Vancouver campus</span>
      <span class="ubc7-campus" id="ubc7-okanagan-campus">Okanagan campus</span>
      <ul>
        <li><a href="https://www.ubc.ca/about/" target="_blank">About UBC</a></li>
        <li><a href="https://you.ubc.ca/" target="_blank">Admissions</a></li>
        <li><a href="https://www.ubc.ca/academics/" target="_blank">Academics</a></li>
        <li><a href="https://www.ubc.ca/campus-life/" target="_blank">Campus Life</a></li>
        <li><a href="https://research.ubc.ca" target="_blank">Research</a></li>
      </ul>
    </div>
  </div>
  <!-- UBC Header -->
  <header id="ubc7-header" class="row-fluid expand" role="banner">
    <div class="span1"><div id="ubc7-logo"><a href="https://www.ubc.ca" title="The University of British Columbia (UBC)">The University of British Columbia</a></div></div>
    <div class="span2"><div id="ubc7-apom"><a href="https://cdn.ubc.ca/clf/ref/aplaceofmind" title="UBC a place of mind">UBC - A Place of Mind</a></div></div>
    <div class="span9" id="ubc7-wordmark-block">
      <div id="ubc7-wordmark"><a href="https://www.ubc.ca" title="The University of British Columbia (UBC)">The University of British Columbia</a></div>
      <div id="ubc7-global-utility"><button type="button" data-toggle="collapse" data-target="#ubc7-global-menu"><span>UBC Search</span></button></div>
    </div>
  </header>
  <!-- Unit Name -->
  <div id="ubc7-unit" class="row-fluid expand">
    <div class="span12">
      <div id="ubc7-unit-name"><a href="https://careerframework.ubc.ca/"><span id="ubc7-unit-faculty">UBC Information Technology</span><span id="ubc7-unit-identifier">IT Career Framework</span></a></div>
    </div>
  </div>
  <!-- Navigation -->
  <div id="ubc7-unit-menu" class="navbar expand" role="navigation">
    <div class="navbar-inner expand"><div class="container">
      <ul class="nav">
        <li><a href="https://careerframework.ubc.ca/">Home</a></li>
        <li><a href="https://careerframework.ubc.ca/introduction/">Introduction</a></li>
        <li><a href="https://careerframework.ubc.ca/career-ladders/">Career Ladders</a></li>
        <li class="current-menu-ancestor"><a href="https://careerframework.ubc.ca/competencies/">Competencies</a></li>
        <li><a href="https://careerframework.ubc.ca/resources/">Resources</a></li>
        <li><a href="https://careerframework.ubc.ca/contact/">Contact Us</a></li>
      </ul>
    </div></div>
  </div>
  <div class="expand" id="ubc7-unit-alternate-navigation"></div>
  <div id="container" class="expand">
    <ul class="breadcrumb expand">
      <li><a href="https://careerframework.ubc.ca">Home</a><span class="divider">/</span></li>
      <li><a href="https://careerframework.ubc.ca/competencies/">Competencies</a><span class="divider">/</span></li>
      <li>{TITLE}</li>
    </ul>
    <div class="full-width-container">
      <div id="content" class="expand row-fluid" role="main">
        <div id="primary-secondary" class="sidenav accordion span3" role="navigation">
          <div class="accordion-group"><div class="accordion-heading"><a class="accordion-toggle" href="https://careerframework.ubc.ca/competencies/">Competencies</a></div>
            <div class="accordion-body"><div class="accordion-inner">
              <a href="https://careerframework.ubc.ca/competencies/competencies-and-definitions/" class="opened">{TITLE}</a>
              <a href="https://careerframework.ubc.ca/competencies/job-ladder-competency-matrix/">Job Ladder &amp; Competency Matrix</a>
              <a href="https://careerframework.ubc.ca/competencies/competency-proficiency-definitions/">Competency Proficiency Definitions</a>
            </div></div></div>
        </div>
        <div class="span9">
          <article id="post-212" class="post-212 page type-page status-publish hentry">
            <h1 class="entry-title">{TITLE}</h1>
            <div class="entry-content">
        <h2>List of Competencies</h2>
{BODY}
            </div>
          </article>
        </div>
      </div>
    </div>
  </div>
  <footer id="ubc7-footer" class="expand" role="contentinfo">
    <div class="row-fluid expand" id="ubc7-unit-footer">
      <div class="span10" id="ubc7-unit-address">
        <div id="ubc7-address-unit-name">UBC Information Technology</div>
        <div id="ubc7-address-street">6356 Agricultural Road</div>
        <div id="ubc7-address-location"><span id="ubc7-address-city">Vancouver</span>, <span id="ubc7-address-province">BC</span> <span id="ubc7-address-country">Canada</span> <span id="ubc7-address-postal">V6T 1Z2</span></div>
        <div id="ubc7-address-website">Website <a href="https://it.ubc.ca">it.ubc.ca</a></div>
      </div>
    </div>
    <div class="row-fluid expand ubc7-back-to-top"><div class="span2"><a href="#" title="Back to top">Back to top <div class="ubc7-arrow up-arrow grey"></div></a></div></div>
    <div class="row-fluid expand" id="ubc7-global-footer">
      <div class="span5" id="ubc7-signature"><a href="https://www.ubc.ca/" title="The University of British Columbia (UBC)">The University of British Columbia</a></div>
      <div class="span7" id="ubc7-footer-menu">
        <div class="row-fluid"><div class="span6"><h3>About UBC</h3><div><a href="https://cdn.ubc.ca/clf/ref/contact">Contact UBC</a></div><div><a href="https://cdn.ubc.ca/clf/ref/about">About the University</a></div><div><a href="https://cdn.ubc.ca/clf/ref/news">News</a></div><div><a href="https://cdn.ubc.ca/clf/ref/events">Events</a></div><div><a href="https://cdn.ubc.ca/clf/ref/careers">Careers</a></div><div><a href="https://cdn.ubc.ca/clf/ref/gift">Make a Gift</a></div><div><a href="https://cdn.ubc.ca/clf/ref/search">Search UBC.ca</a></div></div>
        <div class="span6"><h3>UBC Campuses</h3><div><a href="https://cdn.ubc.ca/clf/ref/vancouver">Vancouver Campus</a></div><div><a href="https://cdn.ubc.ca/clf/ref/okanagan">Okanagan Campus</a></div></div></div>
      </div>
    </div>
    <div class="row-fluid expand" id="ubc7-minimal-footer">
      <div class="span12"><ul><li><a href="https://cdn.ubc.ca/clf/ref/emergency" title="Emergency Procedures">Emergency Procedures</a> <span class="divider">|</span></li><li><a href="https://cdn.ubc.ca/clf/ref/terms" title="Terms of Use">Terms of Use</a> <span class="divider">|</span></li><li><a href="https://cdn.ubc.ca/clf/ref/copyright" title="UBC Copyright">Copyright</a> <span class="divider">|</span></li><li><a href="https://cdn.ubc.ca/clf/ref/accessibility" title="Accessibility">Accessibility</a></li></ul></div>
    </div>
  </footer>
  <script src="https://cdn.ubc.ca/clf/7.0.4/js/ubc-clf.min.js"></script>
  <script>(function(){{var ga=document.createElement('script');ga.async=true;ga.src='https://ssl.google-analytics.com/ga.js';document.body.appendChild(ga);}})();</script>
</body>
</html>
"""


def build():
    out = L.DOCS / f"{STEM}.html"
    out.write_text(PAGE, encoding="utf-8")
    return out


def gold(out):
    comps = []
    for name, definition, texts in COMPS:
        levels = [L.level(STEM, i + 1, LEVELS[i], [texts[i]]) for i in range(5)]
        comps.append(L.competency(STEM, name, definition, levels=levels))
    L.write_gold(out, "html", TITLE, comps)


def main():
    out = build()
    gold(out)
    print("built", out.name)


if __name__ == "__main__":
    main()

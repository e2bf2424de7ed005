"""City of Ottawa careers site, "Core behaviours" page (SAP SuccessFactors Career Site Builder chrome)."""
from axlib import DOCS, comp, write_gold

STEM = "ax-ottawa-core-behaviours"

INTRO = ("Core behaviours set out what the City expects to see from employees in the way they carry out "
         "their work. They mirror the City&rsquo;s culture and values and shape everything we do, today and in "
         "the future. Every employee is encouraged to learn, live and demonstrate these core behaviours.")

BEHAVIOURS = [
    ("Client service commitment",
     "Gives internal and external clients a consistent and positive service experience. Listens carefully to "
     "understand what clients need and responds to their requests, questions or problems promptly and "
     "effectively, showing care and respect. Brings client issues to the right people in the organization "
     "for resolution and, where possible, follows up on requests to make sure the service met expectations. "
     "Uses what they learn about client needs to keep improving the service experience."),
    ("Innovation",
     "Brings creativity and originality to daily work and, where it makes sense, asks whether the current way "
     "of doing things is still the best way. Proposes or tries new ways of dealing with ongoing work issues "
     "and challenges. Notices possibilities that others have not yet seen, or combines ideas and approaches "
     "put forward by others in a way that leads to improvements and solutions."),
    ("Interactive communication",
     "Communicates clearly and appropriately, and is skilled, professional and courteous in spoken and "
     "written communication. Communicates in an honest and open way. Uses good judgment about what to "
     "communicate, to whom, and the best way to do it. Speaks clearly and credibly, choosing a tone that "
     "suits the situation and the audience. Asks for and offers constructive feedback, listens actively and "
     "gives others the chance to express themselves fully."),
    ("Leadership",
     "The degree to which an employee shows behaviours that model Servant Leadership, along with the "
     "organization&rsquo;s goals and values. Shows confidence in self and in others, takes ownership of their "
     "work and sets a positive example for colleagues. Helps others reach their goals and shares knowledge "
     "and experience freely."),
    ("Teamwork",
     "Works cooperatively with colleagues across the organization to reach shared goals. Respects the "
     "contributions and points of view of others, shares information and resources willingly and helps "
     "settle differences in a constructive way. Puts team and City priorities ahead of personal interests."),
]


def html():
    sections = "\n".join(
        f'''            <div class="inner">
              <h2 class="rmscontent-h2">{name}</h2>
              <p>{text}</p>
            </div>''' for name, text in BEHAVIOURS)
    return f'''<!DOCTYPE html>
<html lang="en-GB" class="html5">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>Core behaviours | City of Ottawa</title>
  <meta name="description" content="Core behaviours define the City's expectations of the behaviours employees should demonstrate.">
  <link rel="canonical" href="https://jobs-emplois.ottawa.ca/city-jobs/content/Core-behaviours/?locale=en_GB">
  <link rel="alternate" hreflang="fr-FR" href="https://jobs-emplois.ottawa.ca/city-jobs/content/Core-behaviours/?locale=fr_FR">
  <link rel="stylesheet" href="/platform/bootstrap/3.4.8/css/bootstrap.min.css">
  <link rel="stylesheet" href="/platform/css/j2w/min/sitebuilderframework.min.css?h=906dcb68">
  <link rel="stylesheet" href="/sites/ottawa/css/custom.css?h=1b2c71e0">
  <script type="text/javascript">
    var j2w = j2w || {{}};
    j2w.init({{"locale":"en_GB","siteTypeId":1,"isRmsEnabled":false,"cookieBanner":true}});
  </script>
  <script src="/platform/js/jquery/jquery-3.5.1.min.js"></script>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-OTTAWAJOBS1"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date());
    gtag('config', 'G-OTTAWAJOBS1');
  </script>
</head>
<body class="coreCSB body" id="body">
  <div id="skip-content"><a href="#content" class="skipLink">Skip to main content</a></div>
  <div id="header" class="custom-header" role="banner">
    <div class="custom-header-row-0 row displayDTM">
      <div class="custom-header-signinLanguage">
        <ul class="language-list">
          <li><a href="/city-jobs/content/Core-behaviours/?locale=fr_FR" lang="fr-FR">Fran&ccedil;ais</a></li>
        </ul>
        <a class="headerSignIn" href="/city-jobs/talentcommunity/login/">Sign in</a>
      </div>
    </div>
    <div class="custom-header-row-1 row">
      <div class="custom-header-logo">
        <a href="https://jobs-emplois.ottawa.ca/city-jobs/?locale=en_GB" title="City of Ottawa Jobs">
          <img src="/sites/ottawa/images/ottawa-logo.svg" alt="City of Ottawa">
        </a>
      </div>
      <nav class="custom-header-menu" aria-label="Main navigation">
        <ul class="nav nav-pills" role="menubar">
          <li role="none"><a role="menuitem" href="/city-jobs/search/?locale=en_GB">Search jobs</a></li>
          <li role="none"><a role="menuitem" href="/city-jobs/content/Working-at-the-City/?locale=en_GB">Working at the City</a></li>
          <li role="none"><a role="menuitem" href="/city-jobs/content/Students/?locale=en_GB">Students</a></li>
          <li role="none" class="active"><a role="menuitem" href="/city-jobs/content/Core-behaviours/?locale=en_GB">Core behaviours</a></li>
          <li role="none"><a role="menuitem" href="/city-jobs/content/Leadership-competencies/?locale=en_GB">Leadership competencies</a></li>
          <li role="none"><a role="menuitem" href="/city-jobs/talentcommunity/subscribe/?locale=en_GB">Join our talent community</a></li>
        </ul>
      </nav>
    </div>
  </div>
  <div id="innershell">
    <div id="content" role="main">
      <div class="breadcrumbtrail">
        <nav aria-label="Breadcrumb">
          <ul class="breadcrumb">
            <li><a href="/city-jobs/?locale=en_GB">Home</a></li>
            <li aria-current="page">Core behaviours</li>
          </ul>
        </nav>
      </div>
      <div class="rmscontent">
        <div class="row">
          <div class="col-xs-12 inner">
            <div class="rmscontent-section">
              <h1>Core behaviours</h1>
              <p>{INTRO}</p>
            </div>
{sections}
          </div>
        </div>
      </div>
    </div>
  </div>
  <div id="footer" role="contentinfo">
    <div id="footerRowTop" class="footer footerRow">
      <div class="container">
        <ul class="social-links">
          <li><a href="https://www.linkedin.com/company/city-of-ottawa" title="LinkedIn"><span class="sr-only">LinkedIn</span></a></li>
          <li><a href="https://twitter.com/ottawacity" title="X"><span class="sr-only">X (Twitter)</span></a></li>
          <li><a href="https://www.facebook.com/CityofOttawa" title="Facebook"><span class="sr-only">Facebook</span></a></li>
        </ul>
        <ul class="footer-links">
          <li><a href="https://ottawa.ca/en">ottawa.ca</a></li>
          <li><a href="https://ottawa.ca/en/accessibility">Accessibility</a></li>
          <li><a href="https://ottawa.ca/en/privacy">Privacy</a></li>
          <li><a href="https://ottawa.ca/en/terms-use">Terms of use</a></li>
        </ul>
      </div>
    </div>
    <div id="footerRowBottom" class="footer footerRow">
      <div class="container">
        <p class="copyright">&copy; City of Ottawa</p>
        <p class="poweredBy">Powered by SAP SuccessFactors</p>
      </div>
    </div>
  </div>
  <div id="cookiePolicy" class="cookiePolicy" role="region" aria-label="Cookie consent" hidden>
    <p>This site uses cookies to improve your experience.</p>
    <button type="button" class="btn cookieAccept">Accept all cookies</button>
    <button type="button" class="btn cookieDecline">Decline</button>
  </div>
  <script src="/platform/bootstrap/3.4.8/js/bootstrap.min.js"></script>
  <script src="/platform/js/j2w/min/j2w.core.min.js?h=3b2a1c80"></script>
  <script>
    $(function(){{ j2w.Cookie.init({{"bannerId":"cookiePolicy"}}); }});
  </script>
</body>
</html>
'''


def build():
    path = DOCS / f"{STEM}.html"
    path.write_text(html(), encoding="utf-8")
    comps = [comp(STEM, name, text.replace("&rsquo;", "\u2019")) for name, text in BEHAVIOURS]
    return write_gold(path, "html", "Core behaviours", comps)


if __name__ == "__main__":
    print(build())

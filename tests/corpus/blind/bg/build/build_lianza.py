"""LIANZA (Te Rau Herenga o Aotearoa) - Professional Registration, Body of Knowledge page "BOK 11".

Hand-written Drupal-style HTML page: skip link, header with logo and Te Reo name, member login, main nav,
breadcrumb, left "Bodies of Knowledge" menu (BoK 1 - BoK 11 links), content: h1, "What is included"
list, a reflection paragraph, an <ol> of example activities, a values lead-in and <ul>; "Share this on"
links, footer with contact details, copyright, social links, scripts.
"""
import bglib as L

STEM = "lianza-bok-11-indigenous-knowledge"
TITLE = "BOK 11 Awareness of Indigenous Knowledge Paradigms"
NAME = "Awareness of Indigenous Knowledge Paradigms"

INCLUDED = [
    "Understanding why Māori knowledge (mātauranga Māori) matters, how diverse it is and how it is structured",
    "Understanding that Māori processes, philosophies and language (kaupapa, tikanga and te reo Māori) are an "
    "intrinsic part of Māori knowledge frameworks",
    "Understanding why Māori research methodologies matter when you help clients with their information needs",
]
REFLECT = ("When you reflect on your activities, ask yourself: ‘What did I learn or practise in this "
           "area?’ ‘How did it affect my work?’ ‘What did I do as a result of the activity?’")
ACTIVITIES = [
    "Attending a workshop on mātauranga Māori in New Zealand libraries",
    "Pronouncing local Māori names of people, places and iwi correctly",
    "Finding out about the marae, hapū and iwi in your area",
    "Reading an article about Māori repositories, or about a Māori knowledge framework such as Te Wheke "
    "or Te Whare Tapa Whā",
    "Learning about marae protocols",
    "Taking part in a whakatau or pōwhiri",
    "Learning the LIANZA waiata",
    "Opening or closing a presentation with a mihi",
    "Using te reo Māori every day, for example in greetings, farewells, emails and letters",
    "Putting culturally appropriate protocols into practice in your workplace",
]
VALUES = [
    ("Taonga", "(treasures, prized and protected possessions). Recognising how taonga tuku iho, the "
     "treasures handed down from one generation to the next, contribute to the survival of Māori as a "
     "people"),
    ("Whakatupu mātauranga", "(growing new knowledge). Supporting creative activity that meets the "
     "information and recreational needs of clients"),
    ("Manaakitanga", "(behaviour that enhances the mana of others). Caring for clients and colleagues "
     "and treating them with respect and generosity"),
    ("Kaitiakitanga", "(guardianship). Looking after information and taonga on behalf of present and "
     "future generations"),
]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page():
    rows = []
    for i in range(1, 12):
        li_cls = "leaf active-trail" if i == 11 else "leaf"
        a_cls = ' class="active"' if i == 11 else ""
        rows.append(f'          <li class="{li_cls}"><a href="/bok-{i}"{a_cls}>BoK {i}</a></li>')
    boks = "\n".join(rows)
    inc = "\n".join(f"            <li>{esc(t)}</li>" for t in INCLUDED)
    acts = "\n".join(f"            <li>{esc(t)}</li>" for t in ACTIVITIES)
    vals = "\n".join(f"            <li><strong>{esc(a)}</strong> {esc(b)}</li>" for a, b in VALUES)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: http://ogp.me/ns#">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <meta name="Generator" content="Drupal 7 (http://drupal.org)" />
  <link rel="canonical" href="https://lianza.org.nz/bok-11-awareness-indigenous-knowledge-paradigms" />
  <link rel="shortcut icon" href="https://lianza.org.nz/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
  <title>BOK 11 Awareness of Indigenous Knowledge Paradigms | Library and Information Association of New Zealand Aotearoa</title>
  <link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_lQaZfjVpwP_oGNqdtWCSpJT1EMqXdMiU84ekLLxQnc4.css" media="all" />
  <link type="text/css" rel="stylesheet" href="/sites/all/themes/lianza/css/style.css" media="all" />
  <script src="/sites/default/files/js/js_xAPl0qIk9eowy_iS9tNkCWXLUVoat94SQT48UBCFkyQ.js"></script>
  <script>jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"lianza","theme_token":"Xq1mS0u7"}}}});</script>
  <script async src="https://www.googletagmanager.com/gtag/js?id=UA-2716301-1"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-2716301-1');</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node-1187 node-type-page">
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
  <div id="page-wrapper"><div id="page">
    <header id="header" role="banner">
      <a href="/" title="Home" rel="home" id="logo"><img src="/sites/all/themes/lianza/logo.png" alt="Home" /></a>
      <div id="name-and-slogan">
        <div id="site-name"><a href="/" title="Home" rel="home"><span>Library and Information Association of New Zealand Aotearoa</span></a></div>
        <div id="site-slogan">Te Rau Herenga O Aotearoa</div>
      </div>
      <div class="region region-header">
        <ul class="menu user-menu"><li class="first leaf"><a href="/user/login">Member login</a></li><li class="last leaf"><a href="/join">Join LIANZA</a></li></ul>
        <form action="/search/node" method="post" id="search-block-form"><label class="element-invisible" for="edit-search-block-form--2">Search</label><input type="text" id="edit-search-block-form--2" name="search_block_form" size="15" /><input type="submit" value="Search" /></form>
      </div>
    </header>
    <nav id="navigation" role="navigation">
      <ul class="menu main-menu">
        <li class="first leaf"><a href="/about">About us</a></li>
        <li class="leaf"><a href="/membership">Membership</a></li>
        <li class="leaf active-trail"><a href="/professional-registration" class="active-trail">Professional Registration</a></li>
        <li class="leaf"><a href="/events">Events</a></li>
        <li class="leaf"><a href="/awards">Awards &amp; Grants</a></li>
        <li class="last leaf"><a href="/news">News</a></li>
      </ul>
    </nav>
    <div class="breadcrumb"><a href="/">Home</a> » <a href="/professional-registration">Professional Registration</a> » <a href="/bodies-knowledge">Bodies of Knowledge</a> » BOK 11 Awareness of Indigenous Knowledge Paradigms</div>
    <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
      <aside id="sidebar-first" class="column sidebar"><div class="section">
        <div class="block block-menu" id="block-menu-menu-bodies-of-knowledge">
          <h2>Bodies of Knowledge</h2>
          <ul class="menu">
{boks}
          </ul>
        </div>
        <div class="block block-block" id="block-block-12">
          <h2>Need help?</h2>
          <p>Email <a href="mailto:registration@lianza.org.nz">registration@lianza.org.nz</a></p>
        </div>
      </div></aside>
      <div id="content" class="column" role="main"><div class="section">
        <a id="main-content"></a>
        <h1 class="title" id="page-title">BOK 11 Awareness of Indigenous Knowledge Paradigms</h1>
        <div class="node node-page clearfix" id="node-1187">
          <div class="content"><div class="field field-name-body"><div class="field-items"><div class="field-item even" property="content:encoded">
          <h3>What is included in BoK 11?</h3>
          <ul>
{inc}
          </ul>
          <p>&nbsp;</p>
          <p>{esc(REFLECT)}</p>
          <p>&nbsp;</p>
          <p><strong>Some examples of activities include:</strong></p>
          <ol>
{acts}
          </ol>
          <p>&nbsp;</p>
          <p>BoK 11 is guided by kaupapa Māori values such as</p>
          <ul>
{vals}
          </ul>
          </div></div></div></div>
          <div class="service-links"><h2 class="element-invisible">Share this on</h2><span>Share this on</span>
            <ul class="links"><li><a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Flianza.org.nz%2Fbok-11" class="service-links-facebook" rel="nofollow">Facebook</a></li><li><a href="https://twitter.com/share?url=https%3A%2F%2Flianza.org.nz%2Fbok-11" class="service-links-twitter" rel="nofollow">Twitter</a></li><li><a href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Flianza.org.nz%2Fbok-11" class="service-links-linkedin" rel="nofollow">LinkedIn</a></li></ul>
          </div>
        </div>
      </div></div>
    </div></div>
    <footer id="footer" role="contentinfo"><div class="section">
      <div class="block" id="block-block-3">
        <p><strong>LIANZA</strong><br />PO Box 12-212, Thorndon, Wellington 6144<br />Phone +64 4 801 5542<br /><a href="mailto:officeadmin@lianza.org.nz">officeadmin@lianza.org.nz</a></p>
      </div>
      <ul class="menu footer-menu"><li class="first leaf"><a href="/contact">Contact us</a></li><li class="leaf"><a href="/privacy">Privacy</a></li><li class="last leaf"><a href="/sitemap">Site map</a></li></ul>
      <p class="copyright">© 2019 LIANZA. All rights reserved.</p>
      <ul class="social"><li><a href="https://www.facebook.com/LIANZA">Facebook</a></li><li><a href="https://twitter.com/LIANZA">Twitter</a></li></ul>
    </div></footer>
  </div></div>
  <script src="/sites/all/modules/service_links/js/service_links.js"></script>
</body>
</html>
"""


def build():
    out = L.DOCS / f"{STEM}.html"
    out.write_text(page(), encoding="utf-8")
    g = L.Gold(STEM)
    g.comp(NAME, None,
           indicators=g.items(INCLUDED),
           tips=g.items([REFLECT]),
           activities=g.items(ACTIVITIES),
           notes=g.items([f"{a} {b}" for a, b in VALUES]))
    g.write(out, "html", TITLE)


if __name__ == "__main__":
    build()

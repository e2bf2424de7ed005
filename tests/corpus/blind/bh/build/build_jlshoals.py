"""Junior League of the Shoals - "Nominating: Core Competencies for Nonprofit Leadership" (WordPress page)."""
import html

import bhlib as L

STEM = "jlshoals-core-competencies-nonprofit-leadership"
DOC = STEM

# (section heading, style, [(name, definition parts)]) - style "ul": <li><strong>Name:</strong> ...</li>;
# "p-strong": <p><strong>Name:</strong> ...</p>; "p-plain": <p>Name: ...</p>.
# A definition given as two parts is split over two blocks in the page (as in the stored copy).
SECTIONS = [
    ("1. Self-Knowledge", "ul", [
        ("Integrity", ["Keeps her word; is trusted and seen as direct; open and honest; protects confidential "
                       "information"]),
        ("Conflict Management", ["Deals with disagreements and problems with others directly and objectively; "
                                 "sees conflict as a chance to hear different opinions"]),
    ]),
    ("2. Interpersonal Relationships", "ul", [
        ("Relationship Building and Maintenance", ["Builds relationships that cross internal and external "
                                                   "organizational boundaries; brings people to agreement; works "
                                                   "well in a group"]),
        ("Listening and Understanding", ["Lets others speak without interrupting or arguing;",
                                         "shows a genuine wish to listen to others and to help them"]),
        ("Influence and Persuasion", ["Is able to bring others around to her point of view; is trusted and "
                                      "respected for her opinions; looks for win-win alternatives"]),
        ("Facilitation", ["Protects the fairness of the process; makes sure every voice can be heard; allows for "
                          "differences of opinion; stays neutral when leading a group"]),
    ]),
    ("3. Strategic Thinking", "p-strong", [
        ("Strategic Leadership", ["Identifies the results the organization will achieve; examines its strengths, "
                                  "weaknesses, opportunities and threats in relation to those results"]),
        ("Vision", ["Describes a shared vision that is easy to understand, compelling and widely accepted; can "
                    "imagine what is possible and believes it can become real"]),
        ("Organizational Identification and Representation", ["Believes in and acts in line with the "
                                                              "organization\u2019s mission, vision and services; "
                                                              "presents the organization, its policies, programs "
                                                              "and services to others in a favorable light"]),
    ]),
    ("4. Leadership Skills", "p-plain", [
        ("Oral Presentation", ["Is comfortable speaking one-on-one, to a group and to all levels",
                               "of the organization; adapts message and style to the audience; presents ideas "
                               "clearly"]),
        ("Written Communication", ["Is able to analyze, interpret and present information in writing; writes "
                                   "clearly and concisely for the intended reader"]),
        ("Meeting Management", ["Prepares focused agendas; keeps discussion on track and on time; makes sure "
                                "decisions and assignments are recorded and followed up"]),
        ("Delegation", ["Matches tasks to members\u2019 skills and interests; gives clear expectations and the "
                        "authority to act; checks progress without taking the work back"]),
    ]),
]

HEAD = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nominating: Core Competencies for Nonprofit Leadership &#8211; Junior League of the Shoals</title>
<link rel='stylesheet' id='wp-block-library-css' href='https://www.jltheshoals.org/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.jltheshoals.org/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' type='text/css' media='all' />
<script type="text/javascript" src="https://www.jltheshoals.org/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript">
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png"};
</script>
<link rel="canonical" href="https://www.jltheshoals.org/nominating-core-competencies-for-nonprofit-leadership/" />
</head>
<body class="page-template-default page page-id-1187 ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<header class="site-header" id="masthead">
  <div class="site-branding">
    <a href="https://www.jltheshoals.org/" rel="home"><img src="https://www.jltheshoals.org/wp-content/uploads/2019/08/JLS-logo.png" alt="Junior League of the Shoals" width="220" height="80"></a>
    <p class="site-title"><a href="https://www.jltheshoals.org/">Junior League of the Shoals</a></p>
    <p class="site-description">Women building better communities</p>
  </div>
  <nav id="site-navigation" class="main-navigation" aria-label="Site Navigation">
    <ul id="primary-menu" class="main-header-menu">
      <li class="menu-item"><a href="https://www.jltheshoals.org/about/">About</a></li>
      <li class="menu-item"><a href="https://www.jltheshoals.org/membership/">Membership</a></li>
      <li class="menu-item"><a href="https://www.jltheshoals.org/community-impact/">Community Impact</a></li>
      <li class="menu-item"><a href="https://www.jltheshoals.org/events/">Events</a></li>
      <li class="menu-item"><a href="https://www.jltheshoals.org/members-only/">Members Only</a></li>
      <li class="menu-item"><a href="https://www.jltheshoals.org/donate/">Donate</a></li>
      <li class="menu-item"><a href="https://www.jltheshoals.org/contact/">Contact</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content">
<div class="ast-container">
<div id="primary" class="content-area primary">
<nav class="ast-breadcrumbs" aria-label="Breadcrumbs"><span><a href="https://www.jltheshoals.org/">Home</a></span> &raquo; <span><a href="https://www.jltheshoals.org/members-only/">Members Only</a></span> &raquo; <span>Nominating: Core Competencies for Nonprofit Leadership</span></nav>
<main id="main" class="site-main">
<article id="post-1187" class="post-1187 page type-page status-publish">
<header class="entry-header">
<h1 class="entry-title" itemprop="headline">Nominating: Core Competencies for Nonprofit Leadership</h1>
</header>
<div class="entry-content clear" itemprop="text">
<p>The Nominating Committee looks for the following competencies when it considers members for Board and committee leadership. If you are thinking about a leadership role, use them to reflect on your own strengths and on the experience you would like to gain.</p>
<h2 class="wp-block-heading">Core Competencies for Nonprofit Leadership</h2>
"""

TAIL = """<p>&nbsp;</p>
<p><em>Questions? Contact the Nominating Chair at <a href="mailto:nominating@jltheshoals.org">nominating@jltheshoals.org</a>.</em></p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="https://www.jltheshoals.org/nominating-core-competencies-for-nonprofit-leadership/?share=facebook" target="_blank">Facebook</a></li><li><a class="share-twitter" href="https://www.jltheshoals.org/nominating-core-competencies-for-nonprofit-leadership/?share=twitter" target="_blank">X</a></li><li><a class="share-email" href="mailto:?subject=Core%20Competencies">Email</a></li></ul></div>
</div>
</article>
</main>
</div>
<div class="widget-area secondary" id="secondary" role="complementary">
  <aside id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">Nominating</h2>
    <ul class="menu">
      <li><a href="https://www.jltheshoals.org/members-only/nominating/">Nominating Committee</a></li>
      <li><a href="https://www.jltheshoals.org/members-only/leadership-interest-form/">Leadership Interest Form</a></li>
      <li><a href="https://www.jltheshoals.org/nominating-core-competencies-for-nonprofit-leadership/" aria-current="page">Core Competencies</a></li>
    </ul>
  </aside>
  <aside id="text-2" class="widget widget_text"><h2 class="widget-title">Upcoming</h2>
    <div class="textwidget"><p>General Membership Meeting &#8211; second Tuesday of the month, 6:00 p.m.</p></div>
  </aside>
</div>
</div>
</div>
<footer class="site-footer" id="colophon">
  <div class="footer-widgets">
    <p>Junior League of the Shoals &bull; Florence, Alabama</p>
    <p>The Junior League of the Shoals is an organization of women committed to promoting voluntarism, developing the potential of women and improving the community through the effective action and leadership of trained volunteers. Its purpose is exclusively educational and charitable.</p>
  </div>
  <div class="ast-small-footer"><p>Copyright &copy; 2024 Junior League of the Shoals | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></p></div>
</footer>
</div>
<script type="text/javascript" src="https://www.jltheshoals.org/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script type="text/javascript" src="https://stats.wp.com/e-202410.js" id="jetpack-stats-js" defer="defer"></script>
</body>
</html>
"""


def e(s):
    return html.escape(s, quote=False)


def build():
    out = [HEAD]
    for head, style, comps in SECTIONS:
        out.append(f"<h3 class=\"wp-block-heading\">{e(head)}</h3>\n")
        if style == "ul":
            out.append("<ul>\n")
            for name, parts in comps:
                out.append(f"<li><strong>{e(name)}:</strong> {e(parts[0])}</li>\n")
                if len(parts) > 1:
                    # the stored copy breaks this bullet: the rest stands in a paragraph after the list item
                    out.append("</ul>\n<p>" + e(parts[1]) + "</p>\n<ul>\n")
            out.append("</ul>\n")
        else:
            for name, parts in comps:
                lab = f"<strong>{e(name)}:</strong>" if style == "p-strong" else f"{e(name)}:"
                out.append(f"<p>{lab} {e(parts[0])}</p>\n")
                for more in parts[1:]:
                    out.append(f"<p>{e(more)}</p>\n")
    out.append(TAIL)
    path = L.DOCS / f"{STEM}.html"
    path.write_text("".join(out), encoding="utf-8")
    return path


def gold(path):
    comps = []
    for _, _, cs in SECTIONS:
        for name, parts in cs:
            comps.append(L.competency(DOC, name, " ".join(parts)))
    L.write_gold(path, "html", "Nominating: Core Competencies for Nonprofit Leadership", comps)


if __name__ == "__main__":
    gold(build())

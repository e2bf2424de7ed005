"""NRECA: cooperative.com (SharePoint + Bootstrap) page "Electric Cooperative Director Competencies", hand-written
HTML: utility bar, mega-menu nav, breadcrumb, h1, intro with a bulleted list that names competencies in brackets
("[See competency: ...]"), download links, then per competency area an h2 + one-line description and a Bootstrap
ACCORDION whose panels (collapsed, toggled by buttons) hold one competency each: definition sentence and a
two-column table "Board Key Behaviors | Board Chair Key Behaviors" with a <ul> per cell (one chair cell empty);
contact line, footer, scripts."""
from html import escape

import bjlib as L

STEM = "nreca-director-competencies"
HTML = L.DOCS / f"{STEM}.html"
TITLE = "Electric Cooperative Director Competencies"
BOARD, CHAIR = "Board Key Behaviors", "Board Chair Key Behaviors"

AREAS = [
    ("Governance Structures and Practices", "Makes sure the board practices good governance.", [
        ("Protocol and Practices",
         "Takes part in activities that help the board decide its own priorities and information needs.",
         ["Takes part in board discussions regularly.",
          "Proposes items for the board agenda when appropriate.",
          "Applies the seven cooperative principles to decisions and to dealings with the membership.",
          "Understands the purpose and value of parliamentary procedure.",
          "Keeps dialogue with fellow board members, the CEO, staff and other agents of the board civil, "
          "respectful and constructive.",
          "Stays with strategic questions rather than operational ones; recognizes that the board sets goals and "
          "limits for results but does not direct how they are achieved."],
         ["Keeps the board focused on its agenda.",
          "Leads the board in carrying out its governance functions.",
          "Makes sure parliamentary procedure is used correctly.",
          "Upholds the cooperative\u2019s policies, bylaws, legal practices and code of ethics.",
          "Builds a shared understanding among directors of the cooperative\u2019s goals and strategies and guides "
          "the board to work together toward them.",
          "Sees that new board members are recruited, oriented and developed."]),
        ("Policy Development",
         "Sets policies that give direction and define expectations for performance.",
         ["Reviews board policies on a regular schedule.",
          "Distinguishes board policy from management procedure.",
          "Considers the effect of proposed policies on members and employees."],
         ["Schedules policy reviews and keeps them on track.",
          "Makes sure every director has the information needed to vote on policy changes."]),
    ]),
    ("Fiscal Responsibility", "Protects the financial health of the cooperative.", [
        ("Financial Literacy",
         "Reads and interprets the cooperative\u2019s financial statements and key ratios.",
         ["Asks informed questions about financial reports.",
          "Understands margins, equity, capital credits and debt service coverage.",
          "Relates financial results to the strategic plan."],
         []),
        ("Risk Oversight",
         "Makes sure the cooperative identifies and manages its major risks.",
         ["Reviews the cooperative\u2019s risk profile at least once a year.",
          "Asks management how key risks are being mitigated."],
         ["Places enterprise risk on the board\u2019s annual work plan.",
          "Makes sure the board receives timely reports on emerging risks."]),
    ]),
]

NAV = [("Advocacy", ["Regulatory Issues", "Legislative Issues", "Grassroots"]),
       ("Conferences &amp; Education", ["Conferences", "Courses", "Director Education", "Competencies",
                                        "Online Learning"]),
       ("Products &amp; Services", ["Benefits", "Insurance", "Consulting"]),
       ("Topics", ["Cybersecurity", "Safety", "Technology", "Workforce"]),
       ("News &amp; Resources", ["RE Magazine", "Publications", "Research"])]


def ul(items):
    if not items:
        return "&nbsp;"
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def accordion(area_idx, comps):
    out = [f'<div class="accordion nreca-accordion" id="accordion{area_idx}">']
    for k, (name, definition, board, chair) in enumerate(comps):
        cid = f"collapse{area_idx}{k}"
        out.append(f'''  <div class="card">
    <div class="card-header" id="heading{area_idx}{k}">
      <h3 class="mb-0">
        <button class="btn btn-link collapsed" type="button" data-toggle="collapse" data-target="#{cid}" aria-expanded="false" aria-controls="{cid}">{escape(name)}<span class="accordion-icon" aria-hidden="true"></span></button>
      </h3>
    </div>
    <div id="{cid}" class="collapse" aria-labelledby="heading{area_idx}{k}" data-parent="#accordion{area_idx}">
      <div class="card-body">
        <p>{escape(definition)}</p>
        <table class="ms-rteTable-default competency-table" width="100%">
          <thead><tr><th class="ms-rteTableHeaderEvenCol-default">{BOARD}</th><th class="ms-rteTableHeaderOddCol-default">{CHAIR}</th></tr></thead>
          <tbody><tr><td class="ms-rteTableEvenCol-default">{ul(board)}</td><td class="ms-rteTableOddCol-default">{ul(chair)}</td></tr></tbody>
        </table>
      </div>
    </div>
  </div>''')
    out.append("</div>")
    return "\n".join(out)


def page():
    nav = "\n".join(
        f'''        <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">{top}</a>
          <ul class="dropdown-menu">{"".join(f'<li><a href="#">{s}</a></li>' for s in subs)}</ul></li>'''
        for top, subs in NAV)
    areas = "\n".join(
        f'''<section class="competency-area">
<h2>{escape(area)}</h2>
<p class="area-description">{escape(desc)}</p>
{accordion(i, comps)}
</section>''' for i, (area, desc, comps) in enumerate(AREAS))
    return f'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Director Competencies</title>
<link rel="stylesheet" href="/_layouts/15/1033/styles/Themable/corev15.css?rev=2a8jAfH4m9Lk">
<link rel="stylesheet" href="/Style%20Library/NRECA/css/bootstrap.min.css">
<link rel="stylesheet" href="/Style%20Library/NRECA/css/nreca.css?v=4.2">
<style>
  .nreca-accordion .card-header .btn-link {{ color:#00558c; font-weight:600; text-decoration:none; }}
  .competency-table th {{ background:#e6eef5; width:50%; }}
  .collapse:not(.show) {{ display:none; }}
</style>
<script type="text/javascript">
  var _spPageContextInfo = {{webServerRelativeUrl:"/conferences-education/competencies", webLanguage:1033, currentLanguage:1033}};
</script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-XXXXXX"></script>
</head>
<body>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-XXXXXX" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<form method="post" action="./director-competencies.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0"></div>
<div id="s4-workspace">
<header class="site-header">
  <div class="utility-bar">
    <div class="container">
      <ul class="utility-links">
        <li><a href="#">NRECA.coop</a></li>
        <li><a href="#">America\u2019s Electric Cooperatives</a></li>
        <li><a href="#">Contact Us</a></li>
        <li><a href="#" class="sign-in">Sign In</a></li>
      </ul>
    </div>
  </div>
  <div class="container header-main">
    <a class="brand" href="/"><img src="/Style%20Library/NRECA/images/cooperative-com-logo.svg" alt="cooperative.com"></a>
    <div class="site-search"><label for="q" class="sr-only">Search</label><input id="q" type="search" placeholder="Search cooperative.com"><button type="button">Search</button></div>
  </div>
  <nav class="navbar navbar-default main-nav" role="navigation">
    <div class="container">
      <ul class="nav navbar-nav">
{nav}
      </ul>
    </div>
  </nav>
</header>
<div class="container page-content">
  <ol class="breadcrumb">
    <li><a href="/">Home</a></li>
    <li><a href="/conferences-education/Pages/default.aspx">Conferences &amp; Education</a></li>
    <li><a href="/conferences-education/competencies/Pages/default.aspx">Competencies</a></li>
    <li class="active">Director Competencies</li>
  </ol>
  <div class="row">
    <div class="col-md-9" id="DeltaPlaceHolderMain">
      <div class="ms-rtestate-field">
<h1>{escape(TITLE)}</h1>
<p>NRECA wants to help electric cooperative directors keep up with an industry that is changing quickly, in the boardroom and beyond it. To describe the knowledge, skills and abilities that effective governance calls for, we have built a competency framework written for cooperative directors.</p>
<p>Feedback from recent NRECA courses and surveys points to the following qualities as key for directors:</p>
<ul class="key-qualities">
  <li>Learns quickly [See competency: Self-Awareness/Continual Learning]</li>
  <li>Is open to new ideas [See competency: Flexibility]</li>
  <li>Understands and engages members as their expectations change [See competencies: Member Focus; Interpersonal Communications]</li>
  <li>Connects with fellow directors from other generations [See competencies: Diversity and Inclusion; Builds Relationships and Influences Others]</li>
  <li>Analyzes complex options well enough to make sound decisions [See competency: Analytical Thinking and Decision Making]</li>
</ul>
<p><a class="download-link" href="/conferences-education/competencies/Documents/Director-Competency-Framework.pdf">Download a PDF version of NRECA\u2019s Electric Cooperative Director Competency Framework</a></p>
<p class="instructions">Select a competency below to see the key behaviors expected of all directors and of the board chair.</p>
{areas}
<p><a class="download-link" href="/conferences-education/competencies/Documents/Director-Competency-Map.pdf">Download the competency map</a> to see how NRECA learning offerings line up with the Electric Cooperative Director Competencies.</p>
<p>We will keep adding competency information to each NRECA program page.</p>
<p>For information on using competencies to identify learning needs and choose education, contact NRECA Director Education at <a href="#">directoreducation@nreca.coop</a>.</p>
      </div>
    </div>
    <aside class="col-md-3 sidebar">
      <h4>Competencies</h4>
      <ul class="side-nav">
        <li><a href="#">Employee Competencies</a></li>
        <li><a href="#">Core Competencies</a></li>
        <li><a href="#">Role-Specific Competencies</a></li>
        <li><a href="#">Supervisory, Management and Leadership Competencies</a></li>
        <li class="active"><a href="#">Director Competencies</a></li>
      </ul>
      <div class="promo"><h4>Director Education Catalog</h4><p>Chart your course for professional development.</p><a href="#">View the catalog</a></div>
    </aside>
  </div>
</div>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links"><li><a href="#">About NRECA</a></li><li><a href="#">Careers</a></li><li><a href="#">Privacy Policy</a></li><li><a href="#">Terms of Use</a></li></ul>
    <p>National Rural Electric Cooperative Association, 4301 Wilson Boulevard, Arlington, VA 22203</p>
    <p>&copy; 2024 National Rural Electric Cooperative Association. All rights reserved.</p>
  </div>
</footer>
</div>
</form>
<script src="/Style%20Library/NRECA/js/jquery-3.5.1.min.js"></script>
<script src="/Style%20Library/NRECA/js/bootstrap.bundle.min.js"></script>
<script>
  $(function () {{ $('.nreca-accordion .collapse').on('shown.bs.collapse', function () {{ $(this).prev().find('button').removeClass('collapsed'); }}); }});
</script>
</body>
</html>
'''


def gold():
    comps = []
    for _area, _desc, cs in AREAS:
        for name, definition, board, chair in cs:
            ind = [L.item(STEM, b, BOARD) for b in board] + [L.item(STEM, c, CHAIR) for c in chair]
            comps.append(L.competency(STEM, name, definition, indicators=ind))
    return comps


def main():
    HTML.write_text(page(), encoding="utf-8")
    L.write_gold(HTML, "html", TITLE, gold())
    print("wrote", HTML)


if __name__ == "__main__":
    main()

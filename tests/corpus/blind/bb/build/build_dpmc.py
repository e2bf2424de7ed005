"""DPMC (New Zealand) Policy Project - "Development Pathways Tool: Leading level skills" (HTML).

Hand-written Drupal-style government page: skip links, header with logo text and utility links, search
toggle, main navigation, breadcrumb, h1, issue date/status, "See also" links, two explanatory sections
(the framework's skill list by element, how the profiles are organised) with "#" anchors and "Print this
section" links, then the skill profiles grouped under element headings: h3 name, description paragraph,
summary paragraph, and three h4 checklists by way of learning; feedback widget, footer, scripts.
Excerpt: three of the twenty profiles.
"""
import html as H
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bblib as B

STEM = "dpmc-development-pathways-leading"
WAYS = ["On-the-job learning", "Learning from others", "Formal training"]

SKILL_LIST = [
    ("Knowledge", ["Constitutional and Government Systems and Processes",
                   "Te Ao M\u0101ori, Treaty, and M\u0101ori Crown Relationships",
                   "Political Context and Priorities", "Domain Knowledge"]),
    ("Applied Skills", ["Policy Analysis", "Evidence and Insights", "Strategic and Futures Thinking",
                        "Systems Awareness", "Advice and Influence", "Monitoring and Evaluation"]),
    ("Behaviours", ["Integrity and Political Savvy", "Stewardship", "Responsive and Adaptive",
                    "Self Aware and Inclusive", "Continuous Learning"]),
    ("Practices", ["Plan and Manage Work", "Engage and Sustain Relationships", "Design for Implementation",
                   "Improvement and Innovation", "Communication"]),
]

PROFILES = [
    ("Applied Skills", "Systems Awareness",
     "Understands how the parts of a system interact and affect one another, and uses that understanding to "
     "design policy that works across organisational and sector boundaries.",
     "The Framework describes this skill in terms of mapping the system an issue sits in, identifying leverage "
     "points and unintended consequences, and working with others across the system to shape outcomes.",
     [["Lead a cross-agency piece of work that requires you to map the wider system around a policy problem.",
       "Use system mapping tools to identify leverage points, and test your advice against them.",
       "Review a past policy initiative and trace its intended and unintended effects across the system."],
      ["Seek out a mentor who leads system-level work in another agency or sector.",
       "Take part in, or convene, a community of practice on systems thinking.",
       "Invite stakeholders from outside government to challenge your view of how the system works."],
      ["Complete an advanced course in systems thinking or complexity for policy practitioners.",
       "Attend a workshop on system mapping or causal loop diagrams."]]),
    ("Practices", "Engage and Sustain Relationships",
     "Builds and maintains trusted relationships with colleagues, stakeholders, Ministers and communities, and "
     "uses them to deliver shared outcomes.",
     "The Framework covers building networks inside and outside government, managing expectations, working in "
     "partnership with M\u0101ori and with communities, and keeping relationships strong through difficult "
     "conversations.",
     [["Take the lead in managing the relationship with a key external partner or stakeholder group.",
       "Represent your agency on a cross-government governance or steering group.",
       "Plan and run an engagement process on a contested or sensitive issue."],
      ["Ask a senior leader known for strong stakeholder relationships if you can observe how they prepare for, "
       "and handle, a difficult meeting.",
       "Coach a less experienced colleague in stakeholder engagement.",
       "Reflect with peers after major engagements on what worked and what did not."],
      ["Complete an advanced course in negotiation, facilitation or influencing.",
       "Undertake training in engagement with M\u0101ori and in obligations under Te Tiriti o Waitangi."]]),
    ("Practices", "Plan and Manage Work",
     "Plans, organises and manages policy work so that quality advice is delivered on time and within the "
     "resources available.",
     "The Framework covers scoping and planning policy projects, managing priorities and risks, coordinating "
     "contributors, and adjusting plans as circumstances and Ministers\u2019 priorities change.",
     [["Lead the planning of a large or multi-agency policy project, including its governance and risk "
       "management.",
       "Manage a work programme that balances competing priorities, and renegotiate deadlines when they shift.",
       "Set up the processes a team uses to track commitments to Ministers."],
      ["Ask an experienced programme or project manager to review your plan and discuss it with you.",
       "Share your planning approaches and templates with other policy teams."],
      ["Complete a project or programme management qualification.",
       "Attend training on risk management or on commissioning and managing contractors."]]),
]


def e(s):
    return H.escape(s, quote=False)


def anchor(s):
    return B.slug(s)


def page():
    o = []
    o.append("""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta name="description" content="This publication collects the 20 Leading level checklists of actions from the Development Pathways Tool.">
  <title>Development Pathways Tool: Leading level skills | Department of the Prime Minister and Cabinet (DPMC)</title>
  <link rel="stylesheet" media="all" href="/themes/custom/dpmc/css/style.css?s9k2lq">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-DPMC0001');</script>
</head>
<body class="path-node page-node-type-publication">
  <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
  <a href="#main-nav" class="visually-hidden focusable skip-link">Skip to navigation</a>
  <div class="dialog-off-canvas-main-canvas">
  <header class="site-header" role="banner">
    <a href="#top" class="back-to-top visually-hidden">Back to top anchor</a>
    <div class="site-header__logo"><a href="/" rel="home" title="Home">Department of the Prime Minister and Cabinet (DPMC)</a></div>
    <nav class="utility-nav" aria-label="Utility">
      <ul><li><a href="/events">Events</a></li><li><a href="/media">Media</a></li><li><a href="/contact-us">Contact us</a></li></ul>
    </nav>
    <div class="site-search">
      <button class="search-toggle" aria-expanded="false">Open search</button>
      <form action="/search" method="get"><label for="edit-keys" class="visually-hidden">Search</label>
        <input type="search" id="edit-keys" name="keys" placeholder="Search DPMC"><button type="submit">Search</button>
        <button class="search-close" type="button">Close search</button></form>
    </div>
  </header>
  <nav id="main-nav" class="main-nav" aria-label="Main navigation">
    <ul>
      <li><a href="/about-dpmc">About DPMC</a></li>
      <li><a href="/our-business-units">Our business units</a></li>
      <li><a href="/our-programmes">Our programmes</a></li>
      <li><a href="/publications">Publications</a></li>
      <li><a href="/careers">Careers</a></li>
    </ul>
  </nav>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/our-programmes">Our programmes</a></li>
      <li><a href="/our-programmes/policy-project">The Policy Project</a></li>
      <li><a href="/our-programmes/policy-project/policy-improvement-frameworks">Policy improvement frameworks</a></li>
      <li><a href="/our-programmes/policy-project/policy-improvement-frameworks/policy-skills">Policy Skills Framework</a></li>
      <li><a href="/our-programmes/policy-project/policy-improvement-frameworks/policy-skills/development-pathways">Development Pathways Tool</a></li>
    </ol>
  </nav>
  <main id="main-content" role="main">
    <article class="node node--type-publication">
      <h1 class="page-title">Development Pathways Tool: Leading level skills</h1>
      <dl class="publication-meta">
        <dt>Issue date:</dt><dd>Wednesday, 17 July 2024</dd>
        <dt>Issue status:</dt><dd>Current</dd>
      </dl>
      <div class="field--name-body">
        <p>This publication brings together the 20 Leading level checklists of actions from the Development Pathways Tool.</p>
        <p>See also the following products:</p>
        <ul class="related-products">
          <li><a href="/publications/development-pathways-tool-developing-level-skills">Development Pathways Tool: Developing level skills</a></li>
          <li><a href="/publications/development-pathways-tool-practising-level-skills">Development Pathways Tool: Practising level skills</a></li>
          <li><a href="/publications/full-development-pathways-tool-html">Full Development Pathways Tool</a></li>
        </ul>
""")
    o.append("""        <h2 id="how-the-tool-supports-the-policy-skills-framework">How the Tool supports the Policy Skills Framework<a class="anchor-link" href="#how-the-tool-supports-the-policy-skills-framework" aria-label="Link to this section">#</a></h2>
        <p class="print-section"><a href="#" onclick="window.print(); return false;">Print this section</a></p>
        <p>The Development Pathways Tool sets out actions you can take to build the range of skills policy practitioners need. Those skills are identified in the Policy Skills Framework, which describes knowledge, applied skills, behaviours and practices at three levels:</p>
        <ul>
          <li>Developing</li>
          <li>Practising</li>
          <li>Leading.</li>
        </ul>
        <p>The skills that sit within these elements are as follows.</p>
""")
    for element, names in SKILL_LIST:
        o.append(f"        <h3>{e(element)}</h3>\n        <ul>\n")
        for n in names:
            o.append(f"          <li>{e(n)}</li>\n")
        o.append("        </ul>\n")
    o.append("""        <h2 id="using-the-development-pathways-tool-profiles">Using the Development Pathways Tool profiles<a class="anchor-link" href="#using-the-development-pathways-tool-profiles" aria-label="Link to this section">#</a></h2>
        <p class="print-section"><a href="#" onclick="window.print(); return false;">Print this section</a></p>
        <p>Each profile opens with the description of the skill (taken word for word from the Policy Skills Framework), followed by a summary of what the Framework says about it.</p>
        <p>The actions in the checklists are grouped into three ways of learning:</p>
        <ul>
          <li>on-the-job learning and work experience</li>
          <li>learning from others (including colleagues)</li>
          <li>formal training, such as courses, workshops, and qualifications.</li>
        </ul>
""")
    current = None
    for element, name, descr, summary, ways in PROFILES:
        if element != current:
            current = element
            o.append(f"""        <h2 id="{anchor(element)}">{e(element)}<a class="anchor-link" href="#{anchor(element)}" aria-label="Link to this section">#</a></h2>
        <p class="print-section"><a href="#" onclick="window.print(); return false;">Print this section</a></p>
""")
        o.append(f"""        <div class="skill-profile" id="{anchor(name)}">
          <h3>{e(name)}<a class="anchor-link" href="#{anchor(name)}" aria-label="Link to this section">#</a></h3>
          <p class="skill-description">{e(descr)}</p>
          <p class="skill-summary">{e(summary)}</p>
""")
        for way, acts in zip(WAYS, ways):
            o.append(f"          <h4>{e(way)}</h4>\n          <ul class=\"checklist\">\n")
            for a in acts:
                o.append(f"            <li>{e(a)}</li>\n")
            o.append("          </ul>\n")
        o.append("        </div>\n")
    o.append("""      </div>
      <div class="last-updated">Last updated: Wednesday, 17 July 2024</div>
    </article>
    <section class="feedback-widget">
      <h2>Help us improve DPMC</h2>
      <p>Was this page helpful?</p>
      <button type="button" data-answer="yes">Yes</button> <button type="button" data-answer="no">No</button>
    </section>
  </main>
  <footer class="site-footer" role="contentinfo">
    <ul class="footer-links">
      <li><a href="/copyright">Copyright</a></li><li><a href="/privacy">Privacy</a></li>
      <li><a href="/accessibility">Accessibility</a></li><li><a href="/terms-use">Terms of use</a></li>
    </ul>
    <p class="govt-logo"><a href="https://www.govt.nz">New Zealand Government</a></p>
    <p>Te Tari o te Pirimia me te Komiti Matua</p>
  </footer>
  </div>
  <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
  <script src="/themes/custom/dpmc/js/search-toggle.js?s9k2lq"></script>
</body>
</html>
""")
    return "".join(o)


def build():
    out = B.DOCS / f"{STEM}.html"
    out.write_text(page(), encoding="utf-8")
    return out


def gold(path):
    g = B.Gold(path, "html", "Development Pathways Tool: Leading level skills")
    for element, name, descr, summary, ways in PROFILES:
        acts = []
        for way, items in zip(WAYS, ways):
            acts += g.items(items, way)
        g.competency(name, descr, activities=acts, notes=[g.item(summary)])
    return g.write()


if __name__ == "__main__":
    print(gold(build()))

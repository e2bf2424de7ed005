"""NHS England, NHS leadership competency framework for board members (long read, February 2024):
hand-written HTML page with site chrome, a contents sidebar, a CSS-grid 'domains at a glance' panel and,
per domain, a CSS card grid of themed competency statements."""
import bwlib as L
from bwlib import esc

STEM = "nhse-leadership-competency-framework-board-members"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "NHS leadership competency framework for board members"

ALL_DOMAINS = [
    ("1", "Driving high quality and sustainable outcomes", "Commitment to quality of care"),
    ("2", "Setting strategy and delivering long-term transformation", "Improving lives"),
    ("3", "Promoting equality and inclusion, and reducing health and workforce inequalities", "Everyone counts"),
    ("4", "Creating a compassionate, just and positive culture", "Compassion; Respect and dignity"),
    ("5", "Providing robust governance and assurance", "Commitment to quality of care"),
    ("6", "Building a trusted relationship with partners and communities", "Working together for patients"),
]

DOMAINS = [
    ("1", "Driving high quality and sustainable outcomes",
     "The skills, knowledge and behaviours needed to deliver safe, effective and efficient services that give the "
     "best outcomes for patients and make good use of public money.",
     [("Quality and safety", [
         "Makes sure the board has a clear understanding of the quality and safety of services, using data, patient feedback and first-hand observation",
         "Takes prompt action when concerns about patient safety are raised, and checks that the action has worked",
         "Champions continuous improvement and learning from incidents"]),
      ("Performance and resources", [
          "Holds the organisation to account for delivering agreed performance standards",
          "Understands the financial position of the organisation and how it links to quality",
          "Supports decisions that balance short-term pressures with long-term sustainability"]),
      ("Using evidence", [
          "Asks for and uses reliable information to test assumptions before decisions are made",
          "Uses benchmarking and research to identify where services can improve"])]),
    ("4", "Creating a compassionate, just and positive culture",
     "The skills, knowledge and behaviours needed to build a culture in which staff feel safe, valued and able to "
     "speak up, and in which patients are treated with compassion.",
     [("Compassionate leadership", [
         "Listens with care to staff, patients and colleagues and acts on what they hear",
         "Treats everyone with kindness, respect and dignity",
         "Looks after their own wellbeing and encourages others to do the same"]),
      ("Speaking up", [
          "Makes sure there is a safe culture of speaking up for the whole workforce",
          "Challenges constructively when they see behaviour that is inappropriate or that leaves staff or patients feeling unsafe",
          "Speaks up against racism, discrimination, bullying or harassment, even when theirs may be the only voice"]),
      ("Just culture", [
          "Responds to mistakes with a focus on learning rather than blame",
          "Makes sure that processes for concerns, grievances and disciplinary action are fair and timely"])]),
    ("6", "Building a trusted relationship with partners and communities",
     "The skills, knowledge and behaviours needed to work with partners across health, care and the wider public "
     "sector, and with the communities the organisation serves.",
     [("Partnership working", [
         "Builds open and constructive relationships with partners in the integrated care system",
         "Puts the interests of the wider system and the population ahead of the interests of the organisation",
         "Works with partners to agree shared priorities and how resources are used"]),
      ("Engaging communities", [
          "Involves patients, carers and communities in shaping services",
          "Is visible and accessible to the communities the organisation serves",
          "Explains decisions openly, including when they are difficult"])]),
]

SCALE = [("Almost always", "I show this competency consistently, in most situations"),
         ("Often", "I show this competency in many situations"),
         ("Sometimes", "I show this competency in some situations"),
         ("Rarely", "I seldom show this competency"),
         ("No opportunity to demonstrate", "I have not yet had the chance to show this competency")]

CSS = """
*{box-sizing:border-box}body{margin:0;font-family:Frutiger,Arial,sans-serif;color:#212b32;background:#f0f4f5;line-height:1.5}
a{color:#005eb8}.skip-link{position:absolute;left:-9999px}.skip-link:focus{left:8px;top:8px}
.cookie-banner{background:#fff;border-bottom:4px solid #005eb8;padding:12px 24px;font-size:14px}
.cookie-banner button{margin-right:8px;background:#007f3b;color:#fff;border:0;padding:6px 12px}
.site-header{background:#005eb8;color:#fff;padding:12px 24px;display:flex;align-items:center;justify-content:space-between}
.logo{font-weight:700;font-size:22px;color:#fff;text-decoration:none}.logo span{background:#fff;color:#005eb8;padding:0 6px;margin-right:6px}
.site-search input{padding:6px;border:0;width:220px}
.main-nav{background:#fff;border-bottom:1px solid #d8dde0}.main-nav ul{list-style:none;margin:0;padding:0 24px;display:flex;gap:24px}
.main-nav a{display:block;padding:10px 0;font-weight:600;text-decoration:none}
.breadcrumb{padding:10px 24px;font-size:14px}.breadcrumb ol{list-style:none;margin:0;padding:0;display:flex;gap:6px}
.breadcrumb li+li:before{content:"\\203A";margin-right:6px}
.page{display:grid;grid-template-columns:260px 1fr;gap:32px;max-width:1200px;margin:0 auto;padding:16px 24px 48px}
.contents{position:sticky;top:16px;align-self:start;background:#fff;padding:16px;border-top:4px solid #005eb8;font-size:14px}
.contents ol{padding-left:18px;margin:0}
article{background:#fff;padding:24px 32px}
.doc-type{display:inline-block;background:#41b6e6;color:#fff;font-size:13px;font-weight:700;padding:2px 8px;text-transform:uppercase}
.meta{color:#4c6272;font-size:14px}.meta dt{float:left;font-weight:700;margin-right:4px}.meta dd{margin:0 0 2px}
.at-a-glance{display:grid;grid-template-columns:repeat(3,1fr);gap:12px;margin:16px 0 24px;padding:0;list-style:none}
.at-a-glance li{background:#005eb8;color:#fff;padding:14px;border-radius:4px;min-height:110px}
.at-a-glance .num{font-size:28px;font-weight:700;display:block}.at-a-glance .val{font-size:12px;opacity:.85;display:block;margin-top:6px}
.domain{border-top:1px solid #d8dde0;margin-top:32px;padding-top:8px}
.domain-lede{font-size:19px}
.card-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:16px;margin:12px 0 8px}
.card{background:#f0f4f5;border-left:6px solid #41b6e6;padding:12px 16px}.card h5{margin:0 0 8px;font-size:17px}
.card ul{margin:0;padding-left:20px}.card li{margin-bottom:6px}
table.scale{border-collapse:collapse;width:100%}table.scale th,table.scale td{border:1px solid #d8dde0;padding:8px;text-align:left}
.back-to-top{font-size:14px}
.site-footer{background:#d8dde0;padding:24px;font-size:14px}.site-footer ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:16px}
@media (max-width:800px){.page{grid-template-columns:1fr}.at-a-glance{grid-template-columns:1fr}}
"""


def build():
    glance = "".join(f'<li><span class="num">{n}</span><a href="#domain-{n}" style="color:#fff">{esc(name)}</a>'
                     f'<span class="val">NHS value: {esc(val)}</span></li>' for n, name, val in ALL_DOMAINS)
    domains = ""
    for n, name, desc, themes in DOMAINS:
        cards = "".join(f'<div class="card"><h5>{esc(t)}</h5><ul>' + "".join(f"<li>{esc(s)}</li>" for s in stmts)
                        + "</ul></div>" for t, stmts in themes)
        domains += (f'<section class="domain" id="domain-{n}">\n<h3>Domain {n}: {esc(name)}</h3>\n'
                    f'<h4>Description</h4>\n<p class="domain-lede">{esc(desc)}</p>\n'
                    f'<h4>What good looks like</h4>\n<p>A board member who does this well:</p>\n'
                    f'<div class="card-grid">{cards}</div>\n<p class="back-to-top"><a href="#top">Back to top</a></p>\n</section>\n')
    scale = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in SCALE)
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NHS England &raquo; {esc(TITLE)}</title>
<meta name="description" content="The framework supports the appointment, appraisal and development of NHS board members.">
<link rel="canonical" href="https://www.england.nhs.uk/long-read/nhs-leadership-competency-framework-for-board-members/">
<style>{CSS}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-XXXXXXX');</script>
</head>
<body id="top">
<a class="skip-link" href="#maincontent">Skip to main content</a>
<div class="cookie-banner" id="cookiebanner"><p>We use necessary cookies to make our site work. We would also like to set optional analytics cookies to help us improve it.</p>
<button type="button">Accept analytics cookies</button><button type="button">Reject analytics cookies</button> <a href="/privacy-policy/">Cookie policy</a></div>
<header class="site-header" role="banner">
<a class="logo" href="/"><span>NHS</span>England</a>
<form class="site-search" role="search" action="/"><label for="s" class="skip-link">Search</label><input id="s" name="s" type="search" placeholder="Search NHS England"></form>
</header>
<nav class="main-nav" aria-label="Primary navigation"><ul>
<li><a href="/">Home</a></li><li><a href="/about/">About us</a></li><li><a href="/our-work/">Our work</a></li>
<li><a href="/commissioning/">Commissioning</a></li><li><a href="/publication/">Publications</a></li><li><a href="/news/">News</a></li><li><a href="/contact-us/">Contact us</a></li></ul></nav>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/publication/">Publications</a></li><li>{esc(TITLE)}</li></ol></nav>
<div class="page">
<aside class="contents" aria-label="Contents"><h2>Contents</h2><ol>
<li><a href="#introduction">Introduction</a></li><li><a href="#domains">The competency domains</a></li>
<li><a href="#using">Using the framework</a></li><li><a href="#appendix-2">Appendix 2: Self-assessment scoring guide</a></li></ol></aside>
<main id="maincontent">
<article>
<span class="doc-type">Long read</span>
<h1>{esc(TITLE)}</h1>
<dl class="meta"><dt>Classification:</dt><dd>Official</dd><dt>Published:</dt><dd>28 February 2024</dd></dl>
<section id="introduction">
<h2>1. Introduction</h2>
<p>Leaders in the NHS help to deliver better health and care by setting the tone for the culture and performance of their organisations. We worked with leaders from across the NHS, and with NHS Providers, NHS Employers and the NHS Confederation, to describe what board members do when they are at their best.</p>
<p>The framework has six competency domains. They reflect the NHS values, Our NHS People Promise, Our Leadership Way and the Seven Principles of Public Life. For each domain there is a description and a set of statements of what good looks like.</p>
<p>It is unlikely that any board member will show every competency all of the time. First-time directors in particular may need time to develop. The framework should be used to guide development as well as appraisal.</p>
<h3>The domains at a glance</h3>
<ul class="at-a-glance">{glance}</ul>
</section>
<section id="domains">
<h2>2. The competency domains</h2>
<p>This page sets out three of the six domains. The full framework, including the remaining domains, is available as a PDF.</p>
{domains}</section>
<section id="using">
<h2>3. Using the framework</h2>
<p>The six domains should be included in all board member role descriptions and recruitment processes from 1 April 2024, and should form a core part of board member appraisal. Board members can use the optional scoring guide to assess themselves against each statement.</p>
</section>
<section id="appendix-2">
<h2>Appendix 2: Self-assessment scoring guide</h2>
<table class="scale"><thead><tr><th scope="col">Rating</th><th scope="col">What it means</th></tr></thead><tbody>{scale}</tbody></table>
</section>
<p class="meta">Publication reference: PRN01106</p>
</article>
</main>
</div>
<footer class="site-footer" role="contentinfo"><ul>
<li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy-policy/">Privacy and cookies</a></li>
<li><a href="/terms-and-conditions/">Terms and conditions</a></li><li><a href="/contact-us/">Contact us</a></li></ul>
<p>&copy; NHS England</p></footer>
<script src="/wp-content/themes/nhsengland/js/main.min.js" defer></script>
<script>document.querySelectorAll('.cookie-banner button').forEach(function(b){{b.addEventListener('click',function(){{document.getElementById('cookiebanner').hidden=true;}});}});</script>
</body>
</html>
"""
    OUT.write_text(html, encoding="utf-8")


def gold():
    comps = []
    for n, name, desc, themes in DOMAINS:
        inds = [it for t, stmts in themes for it in L.items(STEM, stmts, t)]
        comps.append(L.competency(STEM, name, desc, indicators=inds))
    L.write_gold(OUT, "html", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

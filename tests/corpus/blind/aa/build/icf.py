"""International Coaching Federation (ICF) - "ICF Core Competencies" web page (updated model, 2019):
domains "A. Foundation", "B. Co-Creating the Relationship" as section headings, numbered competencies
("1. Demonstrates Ethical Practice"), a "Definition:" paragraph and a numbered list of behaviours.
Hand-written HTML with the site chrome re-created: docs/icf-core-competencies.html (excerpt: domains A
and B, competencies 1-4)."""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "icf-core-competencies"
TITLE = "ICF Core Competencies"

INTRO = [
    "The ICF Core Competencies were revised after a large job analysis study of what coaches actually do, "
    "drawing on the experience of more than 1,300 coaches around the world, from many coaching disciplines "
    "and with very different training and levels of experience.",
    "The revised model is simpler and more streamlined. It builds in elements that run through every "
    "competency \u2013 ethical behavior and confidentiality, a coaching mindset and ongoing reflective "
    "practice, the different levels of a coaching agreement, partnership between coach and client, and the "
    "importance of cultural, systemic and contextual awareness.",
]

DOMAINS = [
    ("A. Foundation", [
        (1, "Demonstrates Ethical Practice",
         "Understands coaching ethics and coaching standards and applies them consistently.", [
             "Shows personal integrity and honesty in dealings with clients, sponsors and relevant stakeholders",
             "Is sensitive to the identity, environment, experiences, values and beliefs of clients",
             "Uses language that is appropriate and respectful with clients, sponsors and relevant stakeholders",
             "Follows the ICF Code of Ethics and upholds the Core Values",
             "Keeps client information confidential, in line with stakeholder agreements and the relevant laws",
             "Keeps the distinctions between coaching, consulting, psychotherapy and other support professions",
             "Refers clients to other support professionals when appropriate"]),
        (2, "Embodies a Coaching Mindset",
         "Develops and keeps up a mindset that is open, curious, flexible and centered on the client.", [
             "Recognizes that clients are responsible for their own choices",
             "Takes part in continuing learning and development as a coach",
             "Builds a continuing reflective practice to improve their coaching",
             "Stays aware of, and open to, how context and culture influence self and others",
             "Draws on self-awareness and intuition for the benefit of clients",
             "Develops and keeps up the ability to regulate their own emotions",
             "Prepares mentally and emotionally for sessions",
             "Looks for help from outside sources when it is needed"]),
    ]),
    ("B. Co-Creating the Relationship", [
        (3, "Establishes and Maintains Agreements",
         "Works with the client and relevant stakeholders to create clear agreements about the coaching "
         "relationship, process, plans and goals. Sets up agreements for the coaching engagement as a whole "
         "and for each coaching session.", [
             "Explains to the client and relevant stakeholders what coaching is and is not, and describes the "
             "process",
             "Agrees on what is and is not appropriate in the relationship, what is and is not being offered, "
             "and what the client and relevant stakeholders are responsible for",
             "Agrees on the guidelines and specific terms of the coaching relationship, such as logistics, "
             "fees, scheduling, duration, ending, confidentiality and the involvement of others",
             "Works with the client and relevant stakeholders to set an overall coaching plan and goals",
             "Works with the client to find out whether client and coach are a good fit",
             "Works with the client to identify or reconfirm what they want to achieve in the session",
             "Works with the client to define what they believe they need to address or resolve to achieve "
             "what they want from the session",
             "Works with the client to define or reconfirm how success will be measured for the coaching "
             "engagement or the individual session",
             "Works with the client to manage the time and focus of the session",
             "Keeps coaching toward the outcome the client wants, unless the client indicates otherwise",
             "Works with the client to close the coaching relationship in a way that honors the experience"]),
        (4, "Cultivates Trust and Safety",
         "Works with the client to create a safe, supportive environment in which the client can share "
         "freely. Keeps up a relationship of mutual respect and trust.", [
             "Seeks to understand the client in their context, which may include their identity, environment, "
             "experiences, values and beliefs",
             "Shows respect for the client\u2019s identity, perceptions, style and language, and adapts their "
             "coaching to the client",
             "Acknowledges and respects the client\u2019s unique talents, insights and work in the coaching process",
             "Shows support, empathy and concern for the client",
             "Acknowledges and supports the client\u2019s expression of feelings, perceptions, concerns, beliefs "
             "and suggestions",
             "Shows openness and transparency as a way of displaying vulnerability and building trust with "
             "the client"]),
    ]),
]

NAV = ["Find a Coach", "Credentials &amp; Standards", "Education", "Membership", "Events", "Resources",
       "Get Involved", "About ICF"]


def page():
    e = html.escape
    o = ['<!DOCTYPE html>', '<html lang="en-us">', '<head>', '<meta charset="utf-8">',
         f'<title>{TITLE} - International Coaching Federation</title>',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<meta name="description" content="The ICF Core Competencies support greater understanding about '
         'the skills and approaches used within today\'s coaching profession.">',
         '<link rel="stylesheet" href="/hubfs/hub_generated/template_assets/icf-main.min.css">',
         '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ICF0000000"></script>',
         '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}'
         'gtag("js",new Date());gtag("config","G-ICF0000000");</script>',
         '</head>', '<body class="page-core-competencies">',
         '<div id="hs-eu-cookie-confirmation"><div id="hs-eu-cookie-confirmation-inner">'
         '<p>This website stores cookies on your computer. These cookies are used to improve your website '
         'experience and provide more personalized services to you.</p>'
         '<a id="hs-eu-confirmation-button" href="#">Accept</a> <a id="hs-eu-decline-button" href="#">Decline</a>'
         '</div></div>',
         '<header class="site-header">',
         '<div class="utility-bar"><a href="/login">Log In</a> <a href="/join">Join ICF</a> '
         '<a href="/search" aria-label="Search">Search</a></div>',
         '<div class="logo"><a href="/"><img src="/hubfs/icf-logo.svg" alt="ICF - International Coaching '
         'Federation"></a></div>',
         '<nav class="main-nav"><ul>' + "".join(f'<li><a href="#">{n}</a></li>' for n in NAV) + '</ul></nav>',
         '</header>',
         '<main id="main-content">',
         '<div class="breadcrumbs"><a href="/">Home</a> / <a href="/credentials-and-standards">Credentials '
         '&amp; Standards</a> / <span>Core Competencies</span></div>',
         '<section class="hero"><h1>ICF Core Competencies</h1></section>',
         '<section class="body-content">']
    o += [f'<p>{e(p)}</p>' for p in INTRO]
    o += ['<p><a class="btn" href="/hubfs/ICF-Core-Competencies-updated.pdf">Download the ICF Core '
          'Competencies (PDF)</a></p>',
          '<p class="translations">Also available in: <a href="#">Deutsch</a> | <a href="#">Español</a> | '
          '<a href="#">Français</a> | <a href="#">日本語</a></p>']
    for dom, comps in DOMAINS:
        o.append(f'<h2 class="domain">{e(dom)}</h2>')
        for n, name, definition, behaviors in comps:
            o.append(f'<h3>{n}. {e(name)}</h3>')
            o.append(f'<p><strong>Definition:</strong> {e(definition)}</p>')
            o.append('<ol>' + "".join(f'\n  <li>{e(b)}</li>' for b in behaviors) + '\n</ol>')
    o += ['</section>',
          '<aside class="related"><h4>Related Resources</h4><ul><li><a href="#">ICF Code of Ethics</a></li>'
          '<li><a href="#">ICF Credentials</a></li><li><a href="#">PCC Markers</a></li>'
          '<li><a href="#">Team Coaching Competencies</a></li></ul></aside>',
          '</main>',
          '<footer class="site-footer"><div class="footer-links"><a href="#">Contact Us</a> | '
          '<a href="#">Careers</a> | <a href="#">Privacy Policy</a> | <a href="#">Terms of Use</a></div>'
          '<p>&copy; 2024 International Coaching Federation. All Rights Reserved.</p></footer>',
          '<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>',
          '<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/'
          '0000000.js"></script>',
          '</body></html>']
    return "\n".join(o)


def gold():
    out = []
    for _dom, comps in DOMAINS:
        for _n, name, definition, behaviors in comps:
            out.append(H.comp(name, STEM, definition, indicators=H.items(behaviors, STEM)))
    return out


def main():
    (H.DOCS / f"{STEM}.html").write_text(page(), encoding="utf-8")
    H.write_gold(STEM, f"{STEM}.html", "html", TITLE, gold())


if __name__ == "__main__":
    main()

"""Etsy Engineering Career Ladder, Competencies page (HTML, GitHub Pages style).

Levels as TABLE COLUMNS (Beginner .. Leading Expert), each cell a bulleted list; "Example Skills:" line.
"""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bflib as L  # noqa: E402

STEM = "etsy-engineering-career-ladder-competencies"
DOC = L.DOCS / f"{STEM}.html"
LEVELS = ["Beginner", "Intermediate", "Advanced", "Expert", "Leading Expert"]

COMPS = [
    {
        "name": "Delivery",
        "definition": "Getting your work out the door: planning it, checking its quality and seeing it through to "
                      "production and beyond, at a pace others can rely on.",
        "skills": ["Scoping and prioritization", "Testing and monitoring", "Shipping to production", "Initiative"],
        "cells": [
            ["You make sure you understand the scope of a task before you pick it up.",
             "You test your changes, following existing examples in the codebase.",
             "You own your work once it ships and fix problems quickly when they surface.",
             "You gather feedback (for example, code review comments) and act on it to get your work shipped."],
            ["You follow your team\u2019s established practices to get work into production.",
             "You take part in team planning and are learning to estimate how long work will take.",
             "You give accurate estimates for tasks and deliver at a steady, predictable pace that meets your deadlines.",
             "You use a range of testing approaches and monitoring tools to confirm your work is ready for production, both before and after release."],
            ["You design for many different use cases without over-engineering.",
             "You ship complete solutions, but release them in small, safe increments.",
             "You use our shared infrastructure responsibly, thinking about how your work affects teams outside your own and their ability to deliver.",
             "You spot important tradeoffs and negotiate them, either on your own or with your team."],
            ["You plan large tracks of work together with others, with dependable estimates of time, effort and risk, and you help your team hit its deadlines.",
             "You keep teammates, collaborators and stakeholders informed and take responsibility for your plans, whether they are on track or not.",
             "You combine automated tests, analysis and ad-hoc checks to ensure the quality of complex systems."],
            ["You set delivery practices that teams across Engineering adopt.",
             "You lead the planning of efforts that span several teams and make sure risks come to light early.",
             "You step in to unblock critical projects when they stall, and coach their leads through the recovery."],
        ],
    },
    {
        "name": "Domain Expertise",
        "definition": "Knowing the languages, tools, systems and practices of your area well enough to do excellent "
                      "work in it and to help others do the same.",
        "skills": ["Language and framework knowledge", "Familiarity with our codebase", "Tooling", "Best practices"],
        "cells": [
            ["You are learning the main languages, frameworks and tools your team uses.",
             "You find your way around the parts of the codebase you work in, asking for help when you get lost."],
            ["You are productive in your team\u2019s languages and frameworks without close guidance.",
             "You know the conventions of the systems you work in and follow them.",
             "You use our internal tools and documentation to answer your own questions."],
            ["You have deep knowledge of at least one area of our stack and are a go-to person for it on your team.",
             "You recognize when a system\u2019s conventions no longer serve it and propose better ones.",
             "You share what you know through code review, pairing and documentation."],
            ["You are recognized across Engineering as an authority in your area.",
             "You shape the technical direction of the systems you know best.",
             "You grow expertise in others by teaching, writing guides and running <a href=\"#\">internal workshops</a>."],
            ["Your expertise is known outside Etsy, through talks, writing or open source work.",
             "You set the standards and best practices for your discipline across the company."],
        ],
    },
    {
        "name": "Problem Solving",
        "definition": "Working through technical problems methodically, understanding their causes and choosing "
                      "sound solutions with the right amount of complexity.",
        "skills": ["Debugging", "Root cause analysis", "Technical design", "Decision making"],
        "cells": [
            ["You debug problems in your own code with some support from teammates.",
             "You break well-defined tasks down into smaller steps.",
             "You ask questions to understand the problem before you start writing code."],
            ["You debug issues in the systems your team owns on your own.",
             "You look for the root cause of a problem rather than only treating its symptoms.",
             "You weigh a few possible approaches before choosing one, and explain your choice."],
            ["You untangle ambiguous problems that cross several systems.",
             "You write technical designs for your team\u2019s projects and invite feedback on them.",
             "You lead incident investigations and follow up on what was learned."],
            ["You solve the hardest problems your organization faces, often before others notice them.",
             "You make decisions that balance short-term needs with the long-term health of our systems."],
            ["You frame company-wide technical problems so that many teams can work on them.",
             "You guide Engineering through its most complex architectural decisions."],
        ],
    },
]


def strip_tags(s):
    import re
    return re.sub(r"<[^>]+>", "", s)


def render():
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w('<html lang="en-US">')
    w("<head>")
    w('  <meta charset="UTF-8">')
    w('  <meta http-equiv="X-UA-Compatible" content="IE=edge">')
    w('  <meta name="viewport" content="width=device-width, initial-scale=1">')
    w("  <title>Competencies | Etsy Engineering Career Ladder</title>")
    w('  <meta name="description" content="Etsy Engineering Career Ladder">')
    w('  <link rel="stylesheet" href="/Etsy-Engineering-Career-Ladder/assets/css/style.css?v=3f9a2c1">')
    w("  <script async src=\"https://www.googletagmanager.com/gtag/js?id=UA-2409-21\"></script>")
    w("  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}"
      " gtag('js', new Date()); gtag('config', 'UA-2409-21');</script>")
    w("</head>")
    w("<body>")
    w('  <div class="container-lg px-3 my-5 markdown-body">')
    w('    <h1><a href="https://etsy.github.io/Etsy-Engineering-Career-Ladder/">Etsy Engineering Career Ladder</a></h1>')
    w('    <p class="site-nav"><a href="index.html">Level Progression</a> | <a href="competencies.html">Competencies</a>'
      ' (<a href="Etsy-Engineering-Career-Ladder.pdf">download as .pdf</a>)</p>')
    w("    <hr>")
    w("    <p>Mastery of a competency is cumulative. At each level, engineers are expected to keep the skills and"
      " behaviors required at the levels below it.</p>")
    w("    <p>Each competency lists example skills and describes what mastery looks like at five levels. The"
      " levels are not job titles: an engineer\u2019s level in one competency may differ from their level in another.</p>")
    for c in COMPS:
        anchor = c["name"].lower().replace(" ", "-")
        w(f'    <h2 id="{anchor}">{html.escape(c["name"])}</h2>')
        w(f"    <p>{html.escape(c['definition'])}</p>")
        w(f"    <p><strong>Example Skills:</strong> {html.escape(', '.join(c['skills']))}</p>")
        w('    <table class="competency-table">')
        w("      <thead>")
        w("        <tr>" + "".join(f"<th>{lv}</th>" for lv in LEVELS) + "</tr>")
        w("      </thead>")
        w("      <tbody>")
        w("        <tr>")
        for cell in c["cells"]:
            w('          <td valign="top">')
            w("            <ul>")
            for b in cell:
                w(f"              <li>{b.replace('&', '&amp;') if '<a ' not in b else b}</li>")
            w("            </ul>")
            w("          </td>")
        w("        </tr>")
        w("      </tbody>")
        w("    </table>")
        w('    <p class="back-to-top"><a href="#">Back to top</a></p>')
    w('    <div class="footer border-top border-gray-light mt-5 pt-3 text-right text-gray">')
    w('      Read more about the ladder on <a href="https://codeascraft.com/">Code as Craft</a>, Etsy\u2019s engineering blog.'
      " This site is open source. <a href=\"https://github.com/etsy/Etsy-Engineering-Career-Ladder\">Improve this page</a>.")
    w("    </div>")
    w("  </div>")
    w('  <script src="https://cdnjs.cloudflare.com/ajax/libs/anchor-js/4.1.0/anchor.min.js"></script>')
    w("  <script>anchors.add();</script>")
    w("</body>")
    w("</html>")
    DOC.write_text("\n".join(out) + "\n", encoding="utf-8")


def gold():
    comps = []
    for c in COMPS:
        levels = [L.level(i + 1, LEVELS[i], [strip_tags(b) for b in cell], STEM) for i, cell in enumerate(c["cells"])]
        comps.append(L.competency(c["name"], STEM, c["definition"], key_words=list(c["skills"]), levels=levels))
    return L.write_gold(DOC, "html", "Etsy Engineering Career Ladder", comps)


if __name__ == "__main__":
    render()
    print(gold())

"""Scottish Government, 'Recruitment: candidate guide' - Our assessment framework (Skills for
Success, Bands A-C), as a plain-text export of the gov.scot page.

Page chrome kept as a text export has it (skip link, site name, breadcrumb, publication metadata,
contents list, "Back to top", previous/next links, footer). Letter levels Band A / Band B / Band C,
whose order is given once by the page's own key (A = entry band ... C = senior band). Bullets typed
as "*" and, in the Band C lists (a second list style in the source), as "o"; every bullet
hard-wrapped at 78 columns with a hanging indent.
"""
import textwrap

import lib

STEM = "scotgov-skills-for-success"
g = lib.G(STEM)
TITLE = "Recruitment: candidate guide"

SKILLS = [
    ("Self Awareness",
     "Understands own strengths and development needs, takes responsibility for own "
     "performance, health and wellbeing, and learns from feedback.",
     [["Knows own strengths, takes pride in and responsibility for own performance, and "
       "responds positively to constructive feedback.",
       "Takes responsibility for own behaviour, actions, health and wellbeing."],
      ["Reflects on own performance and its impact on others, and seeks out feedback in order "
       "to improve.",
       "Manages own workload and wellbeing under pressure and asks for support when it is "
       "needed.",
       "Acts as a positive role model for colleagues."],
      ["Uses a clear understanding of own leadership style to get the best from others.",
       "Invites challenge on own performance and is seen to act on feedback.",
       "Creates a climate in which people can talk openly about wellbeing and development."]]),
    ("Team Work",
     "Works with others to achieve shared goals, contributing fully to the team and "
     "understanding how its work supports the wider organisation.",
     [["Can be relied on to deliver agreed personal objectives and knows how own work "
       "connects with the work of colleagues.",
       "Shares information and helps colleagues when the team is busy."],
      ["Plans and organises the work of the team so that its objectives are met.",
       "Encourages colleagues to share ideas and builds a supportive team climate.",
       "Deals promptly and fairly with poor working relationships in the team."],
      ["Builds teams with the right mix of skills and experience to deliver business "
       "priorities.",
       "Works across directorate boundaries to achieve shared outcomes.",
       "Recognises and celebrates what teams achieve."]]),
    ("Customer Service",
     "Understands who our customers are and what they need, and gives them a professional "
     "and responsive service.",
     [["Understands what customers need and expect, and responds in a helpful and "
       "professional way.",
       "Knows who the internal and external customers are and how they fit into the Scottish "
       "Government and the wider public sector."],
      ["Sets and monitors service standards for the team and acts when they are not met.",
       "Uses customer feedback to improve the way services are delivered."],
      ["Designs services around the needs of customers and involves them in shaping "
       "improvements.",
       "Builds strong relationships with partner organisations to deliver joined-up services.",
       "Holds teams to account for the quality of the service they provide."]]),
]
BANDS = ["Band A", "Band B", "Band C"]


def wrap(text, width=78, indent=""):
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent)


def bullet(text, glyph):
    return textwrap.fill(text, width=78, initial_indent=f"  {glyph} ", subsequent_indent="    ")


def page():
    out = []
    A = out.append
    A("Skip to main content")
    A("")
    A("gov.scot")
    A("")
    A("Home > Publications > Recruitment: candidate guide")
    A("")
    A("Recruitment: candidate guide")
    A("")
    A(wrap("A detailed guide for applicants interested in applying for a job with the Scottish "
           "Government."))
    A("")
    A("Part of: Public sector")
    A("Published: 14 March 2019")
    A("")
    A("Contents")
    for i, c in enumerate(["Introduction", "Our assessment framework", "Applying for a job",
                           "Interviews", "After the interview"], 1):
        A(f"  {i}. {c}")
    A("")
    A("Our assessment framework")
    A("========================")
    A("")
    A(wrap("We assess applicants against 'Skills for Success', the framework that sets out the "
           "core competencies for our posts. Competencies are core skills: they are not tied to "
           "one job and can be applied in a wide range of roles and settings."))
    A("")
    A(wrap("The framework describes each competency we assess and the level we expect at the "
           "grade of the post. You do not need to give evidence for every competency, only for "
           "those named in the job advert - usually the four most relevant to the role."))
    A("")
    A("How the bands work")
    A("------------------")
    A("")
    A(wrap("Our grades run from Band A to Band C, with the Senior Civil Service above them. "
           "Each core skill has a descriptor for each band:"))
    A("")
    A("  Band A   administrative and support roles (the entry band)")
    A("  Band B   officer and first-line manager roles")
    A("  Band C   middle and senior manager roles")
    A("")
    A(wrap("The bands build on one another, so a Band C post also calls for what is described "
           "at Band A and Band B."))
    A("")
    A("Core skills for Band A to C roles")
    A("---------------------------------")
    comps = []
    for name, definition, bands in SKILLS:
        A("")
        A(name)
        A("~" * len(name))
        A("")
        A(wrap(definition))
        for bi, items in enumerate(bands):
            A("")
            A(BANDS[bi])
            glyph = "o" if bi == 2 else "*"
            for t in items:
                A(bullet(t, glyph))
        comps.append(g.comp(name, definition, levels=[
            g.lvl(i + 1, BANDS[i], bands[i]) for i in range(3)]))
    A("")
    A(wrap("Alongside the core skills, Skills for Success includes professional skills "
           "frameworks for specialist roles. Where a post needs them, the job advert will say "
           "so."))
    A("")
    A("Back to top")
    A("")
    A("Previous: Introduction            Next: Applying for a job")
    A("")
    A("-" * 78)
    A("Accessibility | Contact | Cookies | Privacy | Terms and conditions")
    A("All content is available under the Open Government Licence v3.0, except for graphic")
    A("assets and where otherwise stated")
    A("(c) Crown Copyright")
    return "\n".join(out) + "\n", comps


def build():
    text, comps = page()
    (lib.DOCS / f"{STEM}.txt").write_text(text, encoding="utf-8")
    g.write("txt", TITLE, comps)


if __name__ == "__main__":
    build()

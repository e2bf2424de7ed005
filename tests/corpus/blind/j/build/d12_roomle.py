"""Roomle GmbH (Linz, Austria), engineering career ladder: "Axes" page (docs/axes.md of the career-ladder repo).

Markdown with YAML front matter (Obsidian / Confluence publishing keys), an intro with relative links, then one
"## Axis" section per competency: a rationale paragraph, for the first two axes a lead-in line ("There are 5
stages of ... (each stage includes the previous stage):"), and a pipe table per axis with a numeric "Level"
column, a bold "Stage" verb and a lower-case description; a closing paragraph after the first table. The source
page lists the stages as a numbered list; the table per axis was asked for by the layout assignment.
"""
import helpers as H

STEM = "roomle-career-ladder-axes"
DOC = STEM
TITLE = "Axes"

AXES = [
    ("Technical Mastery",
     "Technical mastery matters for software engineers because it lets them build high-quality software that "
     "meets users\u2019 needs and that scales and stays maintainable. It also lets them talk effectively with "
     "teammates, take part in technical decisions and keep up with what is happening in the industry. In the "
     "end, technical mastery is what allows an engineer to deliver solutions that work and to contribute to the "
     "success of the business.",
     "There are 5 stages of technical mastery (each stage includes the previous stage):",
     [("Applies", "applies known patterns and tools to well-defined problems in their own area."),
      ("Solves", "solves standard problems in their domain without help."),
      ("Designs", "designs solutions to complex problems and can teach others how."),
      ("Masters", "has mastered the full stack or domain and drives technical decisions."),
      ("Creates", "creates new approaches and technologies that others adopt.")],
     "Subject-specific technical skills (for example, what separates a frontend engineer from a backend engineer "
     "at the same level) live in the [domain](role-profiles/web-frontend.md) and "
     "[cross-cutting](role-profiles/ai-tooling.md) role profiles, not in this general axis."),
    ("Learning",
     "Being able to learn and pick up new things matters because software development keeps changing, and "
     "engineers have to adapt to new technologies and techniques to stay relevant and effective. Engineers also "
     "often work on projects in unfamiliar domains, so understanding those domains quickly is essential.",
     "There are 5 stages of learning (each stage includes the previous stage):",
     [("Adopts", "learns and adopts the patterns that are shown to them."),
      ("Grows", "builds up knowledge within their own knowledge domain."),
      ("Explores", "takes the initiative to learn new things, also outside their own knowledge domain."),
      ("Educates", "is able to teach new insights to others."),
      ("Evangelizes", "can win support for new ideas they have learned.")],
     None),
    ("Responsibility and Ownership",
     "Responsibility and ownership matter because software development involves complex systems and processes "
     "that need attention to detail, critical thinking and problem solving. Responsibility means being aware of "
     "how one\u2019s work can affect end users and stakeholders; ownership means being accountable for its "
     "quality and timeliness. This mindset builds trust, collaboration and continuous improvement, and so better "
     "software products.",
     None,
     [("Acknowledges", "understands why responsibility and ownership matter, but has not yet fully made them "
                       "part of their work."),
      ("Owns", "takes responsibility for their own work and accepts the consequences of their actions."),
      ("Drives", "looks actively for ways to improve their work and takes ownership of projects beyond the tasks "
                 "assigned to them."),
      ("Empowers", "is trusted to make decisions and given autonomy to manage projects; helps others take "
                   "ownership."),
      ("Mentors", "is a role model and mentor who builds a culture of responsibility and ownership in the "
                  "team.")],
     None),
    ("Collaboration and Communication",
     "Collaboration and communication are critical for a software engineer because software development is "
     "rarely done alone. Working with teammates and stakeholders keeps everyone aligned on goals and "
     "expectations and makes sure the product meets the needs of its users. Good communication prevents "
     "misunderstandings, reduces errors and builds a culture of trust and teamwork.",
     None,
     [("Contributes", "takes part in team efforts and reports the status of their own work."),
      ("Collaborates", "works actively with teammates, communicates well and adds to a positive team culture."),
      ("Facilitates", "enables collaboration and communication within the team, so that everyone is aligned on "
                      "goals and expectations."),
      ("Leads", "takes on leadership roles in the team, moderates discussions and drives alignment across "
                "stakeholders."),
      ("Advocates", "champions collaboration and communication across the organization, promoting good practice "
                    "and mentoring others.")],
     None),
    ("Influence",
     "Influence inside the organization matters because it lets engineers drive positive change and contribute "
     "to the organization\u2019s success. By building strong relationships, showing expertise and communicating "
     "well, an engineer can shape decisions and the direction of projects and initiatives, which leads to better "
     "software and better outcomes for the organization.",
     None,
     [("Observes", "is learning how the organization works and building first relationships."),
      ("Contributes", "contributes actively to projects and initiatives and builds credibility in the team."),
      ("Influences", "has established expertise and credibility in the organization and can influence "
                     "decisions."),
      ("Leads", "inspires and guides others toward common goals and influences direction beyond their own team."),
      ("Shapes", "shapes the long-term vision and strategy of the organization.")],
     None),
]


def markdown():
    out = ["---", "title: Axes", "aliases: [Axes, Axis Definitions]", "type: reference",
           "tags: [career-ladder, axes, reference]", "connie-publish: true", "---", "", "# Axes", "",
           "The career ladder looks at every level along **five axes**. Each axis has its own expectation per "
           "level; the verbs (*Applies / Solves / Designs / Masters / Creates*, and so on) are what the dots in "
           "the [Overview shape table](00%20Overview.md#what-the-shape-looks-like-by-level) stand for.", "",
           "The axes are loosely based on [engineeringladders.com](https://www.engineeringladders.com/) \u2014 the "
           "original Technology / System / People / Process / Influence model \u2014 but adapted to the way "
           "Roomle works.", ""]
    for name, para, lead, stages, after in AXES:
        out += [f"## {name}", "", para, ""]
        if lead:
            out += [lead, ""]
        out += ["| Level | Stage | What it looks like |", "|:-----:|-------|--------------------|"]
        out += [f"| {i} | **{s}** | {d} |" for i, (s, d) in enumerate(stages, 1)]
        out.append("")
        if after:
            out += [after, ""]
    return "\n".join(out)


def build():
    out = H.DOCS / f"{STEM}.md"
    out.write_text(markdown(), encoding="utf-8")
    comps = []
    for name, para, lead, stages, after in AXES:
        lv = [H.level(i, s, [H.item(DOC, d)]) for i, (s, d) in enumerate(stages, 1)]
        notes = [H.item(DOC, after.replace("[domain](role-profiles/web-frontend.md)", "domain")
                        .replace("[cross-cutting](role-profiles/ai-tooling.md)", "cross-cutting"))] if after else []
        comps.append(H.competency(DOC, name, para, levels=lv, notes=notes))
    H.write_gold(out, "md", TITLE, comps)

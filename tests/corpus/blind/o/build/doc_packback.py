"""packback-software-engineer-path.md: Packback (Chicago), engineering-docs handbook, careers/software-engineer.md.

Markdown as the handbook stores it: a by-level layout (each "## <Title> (IC n)" level repeats the same five
bold-labelled competency paragraphs "**Technical Knowledge:** ..."), a one-line description of each level,
and an empty "### Responsibilties" section (heading misspelt, "- TBD" placeholder) under every level."""
import lib as L

STEM = "packback-software-engineer-path"
TITLE = "Software Engineer Path"

COMPS = ["Technical Knowledge", "Productivity", "Impact", "Communication", "Collaboration"]

LEVELS = [
    ("Apprentice (IC 1)",
     "An apprentice engineer concentrates on picking up the basic skills of software engineering.",
     {
         "Technical Knowledge": "They know the core concepts and good practices in theory but have used few of them in practice, and some key ideas may still be new to them. They can write basic code and can tell when a change has broken an existing test, but many of the tools and techniques for writing well-abstracted, performant code are still unfamiliar.",
         "Productivity": "They can finish small, clearly defined tasks with little uncertainty when other engineers help them. They talk to a teammate before starting each ticket and make a plan to finish it on time. They can draft a first plan for testing their code but may need help to complete it.",
         "Impact": "They pick up work that helps the team reach its sprint goals. Their focus is on learning the team's process and taking part in it, and they get steadily better at following the conventions of each project.",
         "Communication": "They ask questions to see how their work fits into the bigger picture. They say early whether their work is ahead, on track or behind. They welcome feedback and carry what they learn into other work.",
         "Collaboration": "They pair often. Before starting a new task they make a plan and check it with a teammate. If they are stuck on a problem for more than 30 minutes, they ask for help. They take part in code review with a teammate's support.",
     }),
    ("Engineer I (IC 2)",
     "An engineer I can take on clearly defined technical problems and manages their own work within a sprint.",
     {
         "Technical Knowledge": "They understand the core concepts and good practices of software engineering in theory and have put some of them into practice. They know the basics of writing performant, well-abstracted code but need help with complex tasks.",
         "Productivity": "They finish small, clearly defined tasks on time with little help from other engineers. They know the limits of their technical skills and allow for them when they plan. They concentrate on delivering good work reliably and on time, and they review their own code before opening a PR.",
         "Impact": "They deliver clearly defined tasks that feed into the team's sprint goals. They take an active part in the team's norms, processes and expectations, and they deliver the work given to them in a sprint more and more reliably over time.",
         "Communication": "They ask questions to see how their work fits into the bigger picture. They say early whether their work is ahead, on track or behind, and they are especially careful to speak up when something is taking longer than expected. They welcome feedback and carry what they learn into other work.",
         "Collaboration": "They pair often. They notice quickly when they are stuck and ask for help. On harder tasks they draw on what their peers know to plan and finish the work on time. They give useful feedback in code review and know when they need help to make that feedback meaningful.",
     }),
    ("Engineer II (IC 3a)",
     "An engineer II can take on most technical problems and coordinates work that runs over several sprints.",
     {
         "Technical Knowledge": "They have hands-on experience with the core concepts and good practices of software engineering. They write performant, well-abstracted code with little help from others. They can solve most problems in their own area but may need help with complex tasks and with work outside it.",
         "Productivity": "They reliably deliver the work given to them in a sprint. When a problem turns out to be complex, they use what their peers know to find a workable solution, even if that means changing the scope. By the time a PR is opened, their code is well built and mostly free of careless mistakes.",
         "Impact": "They regularly lead the delivery of work that is critical to the sprint goal and can plan, on their own, work that several engineers will complete over a few sprints. Rather than simply carrying out a task as written, they question the proposed solution and suggest changes so that it fully solves the problem.",
         "Communication": "They review code well in their own area and often point out ways to improve it. They raise concerns about planned or current sprint work as soon as they notice them. They can explain the trade-offs between different ways of solving a problem.",
         "Collaboration": "They keep track of what others are working on and can critique or improve other people's plans. They ask for help when stuck but can also help their peers get unstuck. With regular coaching they can run small and medium-sized projects well.",
     }),
    ("Engineer III (IC 4a)",
     "An engineer III can take on complex technical problems and coordinates work that runs over several months.",
     {
         "Technical Knowledge": "They know their technical specialty in depth and have a working knowledge of other areas. They can solve most problems in their own area. Their code is well abstracted and performant and seldom needs a major rework at the PR stage. When an unexpected issue or bug comes up, they treat finding the fix as their own responsibility.",
         "Productivity": "They can deliver a large amount of work however complex or uncertain it is. They give dependable estimates for features that take more than one sprint.",
         "Impact": "An Engineer III owns the \"how\" of the features they build, with a \"the buck stops here\" attitude. They can plan, on their own, work for several engineers that will take a number of sprints. They spot strategic opportunities and risks in a proposed plan and shape the direction of the team.",
         "Communication": "They point out new opportunities for refactoring in code review. They work ahead of time to prevent or reduce problems before they happen.",
         "Collaboration": "Teammates come to them for help in their area of expertise, and they make time for it. They can run small and medium-sized projects well with little or no coaching but need support to manage large projects successfully.",
     }),
]


def render():
    out = ["[\u2190 Engineering Ladder](readme.md)", "",
           f"# {TITLE}", "",
           "The Software Engineer path exists to help engineers master the fundamentals of software engineering "
           "and to get them ready to succeed on one of the senior paths.", ""]
    for title, intro, paras in LEVELS:
        out += [f"## {title}", "", intro, ""]
        for c in COMPS:
            out += [f"**{c}:** {paras[c]}", ""]
        out += ["### Responsibilties", "", "- TBD", ""]
    return "\n".join(out)


def build():
    out = L.DOCS / f"{STEM}.md"
    out.write_text(render(), encoding="utf-8")
    return out


def gold():
    comps = []
    for c in COMPS:
        levels = [L.level(STEM, rank, title, [paras[c]]) for rank, (title, _intro, paras) in enumerate(LEVELS, 1)]
        comps.append(L.comp(STEM, c, None, levels=levels))
    return L.write_gold(L.DOCS / f"{STEM}.md", "md", TITLE, comps)


if __name__ == "__main__":
    print(build())
    print(gold())

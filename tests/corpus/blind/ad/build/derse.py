"""derse-rse-foundational-competencies.md: teachingRSE project / de-RSE community paper (Markdown source).

Pandoc Markdown with a YAML front matter block (title, authors, keywords, abstract), section labels
"{#sec:...}", citation keys "[@...]"; pillar sections ("## Software/technical skills") holding competency
headings with their short code in parentheses ("### Producing documented code building blocks (DOCBB)")
and a description paragraph; then a "How much do different people need to know?" section with a career
level key (front matter for the table) and ONE pipe table for all competencies: rows keyed by the
competency CODE only, columns Junior | Senior | Principal RSE (levels as columns), cells that say
"same as Junior, but ..."; a closing "Current-day examples" list that cites codes (not competencies)."""
import helpers as H

STEM = "derse-rse-foundational-competencies"
TITLE = "Foundational Competencies of a Research Software Engineer"

PILLARS = [
    ("Software/technical skills",
     "RSEs create and maintain research software that is complex and that follows the FAIR principles, so "
     "they need sound software engineering skills.",
     [("Producing documented code building blocks", "DOCBB",
       "An RSE can turn source code into building blocks that other people can reuse. This ranges from "
       "writing a single well-documented function to designing a library with a stable interface, and it "
       "includes choosing names, comments and examples that make the intent of the code clear to others."),
      ("Modelling and analysing software behaviour", "MOD",
       "An RSE can build a mental model of a piece of software running in a particular environment and use "
       "it to predict how the software will behave. This kind of analytical thinking underpins everyday "
       "tasks such as debugging, profiling, designing good tests and anticipating how users will interact "
       "with the software.")]),
    ("Communication skills",
     "RSEs work closely with researchers, users and other developers, so they need strong communication "
     "skills.",
     [("Teaching and mentoring", "TEACH",
       "Working in a group means being able to bring colleagues up to speed, from informal onboarding to "
       "more formal teaching. Consulting, mentoring and giving code reviews belong here too, since all of "
       "them aim to help other people improve their skills."),
      ("Working in a team", "TEAM",
       "Team work has many facets, from being a reliable member of a team to leading one. It includes the "
       "practices that hold a team together, such as sharing knowledge and reviewing each other's code.")]),
]

LEVELS = ["Junior", "Senior", "Principal RSE"]
TABLE = {
    "DOCBB": ["Writes code units that others can reuse and documents them",
              "Same as Junior, but the quality of their code sets the standard for the project and follows "
              "current good practice",
              "Knows current good practice and points team members to the right resources"],
    "MOD": ["Understands their own part of the code well enough to use basic tools such as a debugger",
            "Understands how large parts of the code base behave, judged by a range of metrics",
            "Grasps the overall design of the software and can define the problem it is meant to solve"],
    "TEACH": ["Can onboard a new colleague on simple tasks, peer to peer",
              "Can explain the logical components of the software to other RSEs",
              "Communicates clearly about every major part of the project"],
    "TEAM": ["Works in the team to complete the tasks given and learns from code review",
             "Breaks large tasks down into smaller ones that others can pick up",
             "Leads the team and sets its direction"],
}


def render():
    L = ["---",
         f"title: \"{TITLE}\"",
         "author:",
         "  - The teachingRSE project",
         "  - de-RSE e.V. - Society for Research Software",
         "keywords:",
         "  - research software engineering",
         "  - RSE",
         "  - competencies",
         "  - curriculum design",
         "abstract: \"",
         "Research Software Engineers (RSEs) work between research and software engineering.",
         "This paper sets out a small set of foundational competencies that RSEs acquire",
         "during training and formal education, and shows how the expected depth of each",
         "competency grows with career level.",
         "\"",
         "xnos-cleveref: True",
         "---",
         "",
         "# Introduction {#sec:introduction}",
         "",
         "Software is now part of almost every research process, yet many researchers are never",
         "taught how to write it well [@NamingPain]. This section of the paper lists the",
         "foundational competencies of an RSE. We group them into pillars that reflect the",
         "hybrid nature of the role; each competency has a short code that we use in the tables",
         "below.",
         "",
         "# Foundational competencies {#sec:competencies}",
         ""]
    for pillar, intro, comps in PILLARS:
        L += [f"## {pillar}", "", intro, ""]
        for name, code, desc in comps:
            L += [f"### {name} ({code})", ""]
            # hard-wrapped source paragraph, one sentence per line as in the repository
            for sent in desc.split(". "):
                s = sent if sent.endswith(".") else sent + "."
                L.append(s)
            L.append("")
    L += ["# How much do different people need to know? {#sec:levels}",
          "",
          "Not every RSE needs every competency to the same depth. We distinguish three career",
          "levels, as they are often found within a single project:",
          "",
          "- Junior RSE: has just started, but can already contribute to a software project.",
          "- Senior RSE: has gained experience and sets an example for the rest of the project.",
          "- Principal RSE: leads an RSE team or a research group and brings in the funding that",
          "  keeps projects going; guides projects from a technical and a research point of view.",
          "",
          "The expected skills per career level are given in @tbl:levels.",
          "",
          "|         | " + " | ".join(LEVELS) + " |",
          "| ------- | " + " | ".join("-" * len(x) for x in LEVELS) + " |"]
    for code, cells in TABLE.items():
        L.append(f"| {code:<7} | " + " | ".join(cells) + " |")
    L += ["",
          ": Skills expected at each career level. {#tbl:levels}",
          "",
          "## Current-day examples",
          "",
          "Participants of the workshops named the following among the things they wished they had",
          "learnt earlier:",
          "",
          "- Testing, which draws on DOCBB and MOD: good tests need a model of the software.",
          "- Contributing to large projects, which needs DOCBB and TEAM as well as familiarity with",
          "  collaborative platforms and a project's code of conduct.",
          ""]
    return "\n".join(L)


def gold(doc_path):
    comps = []
    for pillar, intro, cs in PILLARS:
        for name, code, desc in cs:
            levels = [H.level(STEM, k, lab, [cell]) for k, (lab, cell) in
                      enumerate(zip(LEVELS, TABLE[code]), start=1)]
            comps.append(H.competency(STEM, name, desc, levels=levels))
    return H.write_gold(doc_path, "md", TITLE, comps)


def build():
    path = H.DOCS / f"{STEM}.md"
    path.write_text(render(), encoding="utf-8")
    return gold(path)


if __name__ == "__main__":
    print(build())

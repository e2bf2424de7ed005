"""phac-core-competencies-public-health.txt: text copied out of a PDF viewer (Select All, Copy, paste into
Notepad, save): every PDF line is a hard line (CRLF), words hyphenated at line ends by the PDF's justified
layout come apart ("organiza-" / "tions"), the running footer and the page number land in the flow wherever
the page ended (also in the middle of a statement), the contents page keeps its dot leaders, and the
statement numbers "1.1" stay at the start of their lines.

Modelled on the Public Health Agency of Canada, "Core Competencies for Public Health in Canada: Release 1.0"
(2008): seven categories, each with a description paragraph, the lead-in "A public health practitioner is
able to:" and numbered statements (36 in all). Statement and category wording reworded. The copied selection
ends after category 6 (Communication): category 7 (Leadership) and the glossary are in the contents only.
"""
import re
import sys

import bylib as L

DOC = "phac-core-competencies-public-health"
OUT = L.DOCS / f"{DOC}.txt"
WIDTH = 92
LINES_PER_PAGE = 43
FOOTER = "Core Competencies for Public Health in Canada: Release 1.0"
LEAD = "A public health practitioner is able to:"

CATEGORIES = [
    ("1.0", "Public Health Sciences",
     "This category covers the core knowledge and critical-thinking skills of the public health sciences: "
     "the behavioural and social sciences, biostatistics, epidemiology, environmental public health, "
     "demography and workplace health, together with the prevention of chronic and infectious diseases, "
     "psychosocial problems and injuries. Competence here means being able to put that knowledge to use in "
     "practice.",
     ["Show an understanding of the health status of populations, of health inequities and of the "
      "determinants of health and illness, of strategies for health promotion, disease and injury "
      "prevention and health protection, and of the factors that shape how health services are delivered "
      "and used.",
      "Describe how public health and health care services came about, how they are organized and how they "
      "interact at the local, provincial/territorial, national and international levels.",
      "Use the public health sciences in day-to-day practice.",
      "Draw on evidence and research so that health policies and programs are evidence-informed.",
      "Seek out and take up opportunities for lifelong learning in the field of public health."]),
    ("2.0", "Assessment and Analysis",
     "This category sets out the competencies needed to gather, judge, analyze and use information, whether "
     "data, facts, concepts or theories. They underpin evidence-based decisions, the preparation of budgets "
     "and reports, the conduct of investigations and the recommendations made for policy and program "
     "development.",
     ["Identify when a health concern or issue exists.",
      "Find sources of information that are relevant and suitable, including the assets and resources of "
      "the community.",
      "Gather, store, retrieve and use information on public health issues that is accurate and fit for "
      "purpose.",
      "Analyze information to work out what it implies, how it can be used, and where its gaps and "
      "limitations lie.",
      "Interpret information in the light of its current ethical, political, scientific, socio-cultural and "
      "economic context.",
      "Propose specific actions that follow from the analysis of information."]),
    ("3.0", "Policy and Program Planning, Implementation and Evaluation",
     "This category covers the competencies needed to choose between options and to plan, carry out and "
     "evaluate public health policies and/or programs effectively, including the management of incidents "
     "such as outbreaks and emergencies.",
     ["Set out a range of policy and program options for dealing with a particular public health issue.",
      "Explain what each option would mean, particularly for the determinants of health, and recommend or "
      "choose a course of action.",
      "Draw up an implementation plan for the chosen course of action that takes account of the relevant "
      "evidence, legislation, regulations, policies and emergency planning procedures.",
      "Put a policy or program into effect, and/or take suitable action, to address a particular public "
      "health issue.",
      "Apply practice guidelines effectively.",
      "Evaluate an action, a policy or a program.",
      "Set priorities and keep to them, getting the best outcomes from the resources available.",
      "Take on an assigned functional role when responding to a public health emergency."]),
    ("4.0", "Partnerships, Collaboration and Advocacy",
     "This category brings together the competencies needed to influence others and to work with them "
     "towards a shared goal of better health and well-being for the public. Partnership and collaboration "
     "improve performance by pooling resources and responsibilities. Advocacy, which means speaking, writing "
     "or acting in support of a cause, a policy or a group of people, is often aimed at narrowing inequities "
     "in health status or in access to health services.",
     ["Recognize potential partners and work with them on public health issues.",
      "Build partnerships using skills such as team building, negotiation, conflict management and the "
      "facilitation of groups.",
      "Broker agreement between competing interests in the pursuit of health and well-being, and help "
      "resources to be allocated.",
      "Speak up for healthy public policies and for services that promote and protect the health and "
      "well-being of individuals and communities."]),
    ("5.0", "Diversity and Inclusiveness",
     "This category names the socio-cultural competencies needed to deal effectively with diverse "
     "individuals, groups and communities. It is expressed in attitudes and practices that lead to inclusive "
     "behaviours, practices, programs and policies.",
     ["Understand how the biological, social, cultural, economic and physical determinants of health affect "
      "the health and well-being of particular population groups.",
      "Take the diversity of the population into account when planning, carrying out, adapting and "
      "evaluating public health programs and policies.",
      "Use approaches that are culturally relevant and appropriate with people of every cultural, "
      "socioeconomic and educational background, and with people of all ages, genders, states of health, "
      "sexual orientations and abilities."]),
    ("6.0", "Communication",
     "Communication is the exchange of ideas, opinions and information. This category takes in its many "
     "dimensions: internal and external exchanges; written, spoken and non-verbal skills and listening; "
     "computer literacy; giving suitable information to different audiences; dealing with the media; and "
     "social marketing techniques.",
     ["Communicate well with individuals, families, groups, communities and colleagues.",
      "Explain information to professional, lay and community audiences.",
      "Mobilize individuals and communities through suitable media, community resources and social "
      "marketing techniques.",
      "Communicate effectively using current technology."]),
    ("7.0", "Leadership",
     "This category is about the leadership competencies that build capacity, raise performance and improve "
     "the quality of the working environment. They also help organizations and communities to create, share "
     "and act on common visions, missions and values.",
     ["Explain the mission and priorities of one's own public health organization and put them into "
      "practice.",
      "Help to shape core values and a shared vision when public health programs and policies are planned "
      "and carried out in the community.",
      "Apply public health ethics in managing oneself, other people, information and resources.",
      "Take part in team and organizational learning that moves public health goals forward.",
      "Help to uphold the organization's performance standards.",
      "Build community capacity by sharing knowledge, tools, expertise and experience."]),
]

COPIED = 6      # the selection ended after category 6: "7.0 Leadership" (listed in the contents) was not copied
ORDINALS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven"]


def wrap(text, width=WIDTH, indent=""):
    """Greedy justified-PDF-like wrapping: a long word that does not fit is hyphenated (prefix and rest at
    least 3 letters); a hyphenated compound may break after its own hyphen."""
    words = text.split()
    lines, cur = [], indent
    for w in words:
        sep = "" if cur.strip() == "" else " "
        if len(cur) + len(sep) + len(w) <= width:
            cur += sep + w
            continue
        room = width - len(cur) - len(sep) - 1
        core = re.match(r"^([A-Za-z]+)(.*)$", w)
        if "-" in w[:-1] and w.index("-") + 1 <= room + 1 and w.index("-") >= 3:
            k = w.index("-") + 1                       # compound: break after its hyphen
            lines.append(cur + sep + w[:k])
            cur = indent + w[k:]
        elif core and len(core.group(1)) >= 9 and room >= 4 and w[0].islower():
            k = min(room, len(core.group(1)) - 3)
            lines.append(cur + sep + w[:k] + "-")
            cur = indent + w[k:]
        else:
            lines.append(cur)
            cur = indent + w
    lines.append(cur)
    return lines


def statement_lines(num, text):
    first = wrap(f"{num} {text}", WIDTH)
    return first


def build_lines():
    # ---- cover and contents (pages 1-2 of the PDF)
    cover = ["CORE COMPETENCIES", "FOR PUBLIC HEALTH", "IN CANADA", "Release 1.0", "",
             "Promoting and protecting the health of Canadians through leadership, partnership, innovation",
             "and action in public health.",
             "\u2014Public Health Agency of Canada", "",
             "\u00a9Her Majesty the Queen in Right of Canada, represented by the Minister of Health, 2008",
             "Cat.: HP5-51/2008", "ISBN: 978-0-662-05421-4"]
    contents = ["CONTENTS",
                "INTRODUCTION" + "." * 60 + " 1",
                "What are core competencies? " + ". " * 30 + "1",
                "Why do we need core competencies? " + ". " * 27 + "1",
                "Who are the core competencies for? " + ". " * 27 + "1",
                "CORE COMPETENCY STATEMENTS" + "." * 41 + " 2",
                "Attitudes and values " + ". " * 34 + "2",
                "Statements in seven categories " + ". " * 29 + "2"]
    pages = [cover, contents]
    # ---- introduction (front matter)
    intro = []
    intro.append("INTRODUCTION")
    intro.append("What are core competencies?")
    intro += wrap("Core competencies are the essential knowledge, skills and attitudes that the practice of "
                  "public health calls for. They cut across the boundaries of the individual disciplines and "
                  "do not depend on any one program or topic. They are the building blocks of effective "
                  "public health practice and of an overall public health approach.")
    intro.append("Why do we need core competencies?")
    intro += wrap("Core competencies can improve the health of the public by making the workforce more "
                  "effective, by encouraging services that are evidence-based, population-focused, ethical "
                  "and equitable, and by giving practitioners a shared understanding of key concepts and "
                  "practices.")
    intro.append("Who are the core competencies for?")
    intro += wrap("They are meant for everyone who works in public health in Canada, whatever the "
                  "discipline, program or setting, from frontline providers to consultants, specialists and "
                  "managers.")
    body = []
    body.append("CORE COMPETENCY STATEMENTS")
    body.append("Attitudes and values")
    body += wrap("Certain attitudes and values form the context in which the competencies are practised. "
                 "Public health practitioners are expected to share a commitment to:")
    for v in ["equity", "social justice", "sustainable development", "recognition of the importance of the "
              "health of the community as well as that of the individual", "respect for diversity, "
              "self-determination, empowerment and community participation"]:
        body += wrap("\u2022 " + v)
    body.append("Statements in seven categories")
    body += wrap("The 36 core competency statements are grouped in seven categories. The statements in "
                 "each category are numbered for reference only; the numbering implies no order of "
                 "importance.")
    for num, name, desc, stmts in CATEGORIES[:COPIED]:
        body.append("")
        body.append(f"{num} {name}")
        body += wrap(desc)
        body.append(LEAD)
        major = num.split(".")[0]
        for i, s in enumerate(stmts, 1):
            body += statement_lines(f"{major}.{i}", s)
    # paginate: the introduction on page 1, the statements from page 2; the running footer and the page
    # number land in the flow wherever a page ends
    chunks = [intro] + [body[i:i + LINES_PER_PAGE] for i in range(0, len(body), LINES_PER_PAGE)]
    starts = {}
    for n, pg in enumerate(chunks, 1):
        for ln in pg:
            for num, name, _, _ in CATEGORIES:
                if ln == f"{num} {name}":
                    starts[name] = n
    contents = pages[1]
    for i, (_, name, _, _) in enumerate(CATEGORIES):
        pg = starts.get(name, len(chunks))
        contents.append(f"{ORDINALS[i]}... {name} " + ". " * max(4, 30 - len(name) // 2) + f"{pg}")
    contents += ["GLOSSARY" + "." * 64 + f" {len(chunks) + 1}"]
    lines = pages[0] + contents
    for n, pg in enumerate(chunks, 1):
        lines += pg
        if n < len(chunks):             # the selection ended in the middle of the last page
            lines.append(f"{n}")
            lines.append(FOOTER)
    return lines


def gold():
    comps = []
    for num, name, desc, stmts in CATEGORIES[:COPIED]:
        comps.append(L.competency(DOC, name, desc, indicators=L.items(DOC, stmts)))
    return comps


def main():
    lines = build_lines()
    # Acrobat copy: a trailing space after most lines that end in a word, CRLF line ends
    text = "\r\n".join((ln + " ") if ln and ln[-1].isalpha() else ln for ln in lines) + "\r\n"
    OUT.write_bytes(text.encode("utf-8"))
    L.write_gold(OUT, "txt", FOOTER, gold())
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())

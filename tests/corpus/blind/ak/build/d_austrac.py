"""austrac-capability-framework.txt: AUSTRAC Capability Framework (OFFICIAL), as the plain text that
`pdftotext -layout` gives for a print range of the PDF (pages 1, 5, 6, 7, 8, 9 of 34): protective marking
'OFFICIAL' centred at the top of each page, the running footer 'AUSTRAC Capability Framework  OFFICIAL
Page n of 34' on one line, a form feed after every page, a dotted table of contents, the proficiency
level key, the PERSONAL ATTRIBUTES group page, and one capability per page with a description and a
two-column 'Proficiency level | Behaviours' table whose bullets wrap in the right-hand column."""
import textwrap

import akcommon as C

STEM = "austrac-capability-framework"
TITLE = "AUSTRAC Capability Framework"
WIDTH = 98
RIGHT = 24            # column where the behaviours column starts

TOC = [("ABOUT THE CAPABILITY FRAMEWORK", 0, 3), ("Composition of the Capability Framework", 1, 3),
       ("CORE GROUPS AND CAPABILITIES", 0, 4), ("Proficiency Levels", 1, 5),
       ("PERSONAL ATTRIBUTES", 0, 6), ("Values Based", 1, 7), ("Creative and Innovative", 1, 8),
       ("Communicate Effectively", 1, 9), ("Plan and Organise", 1, 10),
       ("WORKING RELATIONSHIPS", 0, 11), ("Collaborate and Engage", 1, 12),
       ("Build Trusted Relationships", 1, 13), ("Develop Self and Others", 1, 14),
       ("Lead and Manage People", 1, 15), ("DELIVERING RESULTS", 0, 16),
       ("Achieve Outcomes", 1, 17), ("Think Critically and Analyse", 1, 18),
       ("Manage Risk and Compliance", 1, 19), ("Use Technology and Data", 1, 20),
       ("STRATEGIC DIRECTION", 0, 21), ("Shape Strategic Thinking", 1, 22),
       ("Lead Change", 1, 23), ("Understand the Operating Environment", 1, 24),
       ("TECHNICAL CAPABILITIES", 0, 25), ("Financial Intelligence", 1, 26),
       ("Regulation and Supervision", 1, 28), ("Intelligence Analysis", 1, 30),
       ("USING THE CAPABILITY FRAMEWORK", 0, 32), ("Further information", 1, 34)]

PROF_INTRO = ("Within each group, each core capability is mapped against six proficiency levels (see "
              "picture below). The levels are cumulative: staff working at one level are expected to "
              "show the behaviours described for the levels below it as well. The levels broadly align "
              "with the APS classification structure.")
PROF_MAP = [("Level 1", "APS 1 \u2013 APS 2"), ("Level 2", "APS 3 \u2013 APS 4"),
            ("Level 3", "APS 5 \u2013 APS 6"), ("Level 4", "Executive Level 1"),
            ("Level 5", "Executive Level 2"), ("Level 6", "Senior Executive Service")]
PROF_NOTE = ("Proficiency levels describe capability, not classification. A staff member may work at a "
             "higher level in one capability than in another.")

GROUP_INTRO = ("Personal attributes describe how we conduct ourselves, how we think and how we "
               "communicate. They are the foundation for every role at AUSTRAC. This group has four core "
               "capabilities: Values Based; Creative and Innovative; Communicate Effectively; and Plan and "
               "Organise.")

CAPS = [
    ("Values Based", 7,
     "Upholds the APS Values, Employment Principles and Code of Conduct, and acts with integrity and "
     "professionalism in line with the AUSTRAC culture statement.",
     [["Follows the APS Values and Code of Conduct in everyday work.",
       "Treats colleagues and stakeholders with courtesy and respect."],
      ["Applies the APS Values when making routine decisions.",
       "Raises concerns about behaviour that falls short of expected standards."],
      ["Models ethical behaviour for the team and explains why it matters.",
       "Recognises and manages conflicts of interest in own work and in the work of others."],
      ["Builds a team culture in which integrity is expected and discussed openly.",
       "Deals promptly with conduct issues in the team."],
      ["Promotes the APS Values across the branch and takes a firm stand on ethical issues.",
       "Makes sure branch processes support transparent and accountable decisions."],
      ["Champions an ethical culture across AUSTRAC and the wider APS.",
       "Sets the example of integrity in the agency\u2019s dealings with government, industry and "
       "international partners."]]),
    ("Creative and Innovative", 8,
     "Generates new ideas, is open to change and looks for better ways to deliver AUSTRAC\u2019s work.",
     [["Suggests small improvements to the way tasks are done.",
       "Is open to new ways of working."],
      ["Questions established practices when they no longer work well.",
       "Tries out new tools and shares what works with the team."],
      ["Develops practical options to improve processes in the work area.",
       "Encourages colleagues to put forward ideas and builds on them."],
      ["Creates a team environment where new ideas can be tested safely.",
       "Turns promising ideas into trials with clear measures of success."],
      ["Sponsors innovation across the branch and removes barriers to change.",
       "Draws on good practice in other agencies, sectors and jurisdictions."],
      ["Sets the direction for innovation across the agency.",
       "Invests in ideas that change how AUSTRAC delivers its purpose."]]),
    ("Communicate Effectively", 9,
     "Communicates clearly, listens to others and adjusts the style and content of the message to the "
     "audience.",
     [["Writes and speaks clearly in routine situations.",
       "Listens carefully to instructions and asks questions to check understanding."],
      ["Prepares accurate correspondence and summaries for review.",
       "Adjusts tone and language to suit different audiences."],
      ["Drafts briefs and reports that present complex information logically.",
       "Explains the reasons for decisions to internal and external stakeholders."],
      ["Leads discussions and presents the team\u2019s position with confidence.",
       "Handles sensitive and contentious messages with tact."],
      ["Represents AUSTRAC in forums with partner agencies and industry.",
       "Negotiates persuasively while keeping working relationships intact."],
      ["Communicates the agency\u2019s strategic direction inside and outside AUSTRAC.",
       "Speaks with authority for the agency in high-stakes settings."]]),
]


def page(body_lines, n):
    top = ["", " " * 45 + "OFFICIAL", "", ""]
    foot = ["", "",
            "AUSTRAC Capability Framework" + " " * 17 + "OFFICIAL" + " " * 32 + f"Page {n} of 34"]
    return "\n".join(top + body_lines + foot) + "\n\f"


def wrap(text, width=WIDTH, indent=""):
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_on_hyphens=False)


def toc_page():
    L = ["Table of contents", ""]
    for text, depth, pg in TOC:
        lead = ("   " * depth) + text + " "
        dots = "." * (WIDTH - len(lead) - len(str(pg)) - 1)
        L.append(f"{lead}{dots} {pg}")
    return page(L, 1)


def prof_page():
    L = ["Proficiency Levels", ""] + wrap(PROF_INTRO) + ["", ""]
    L.append("Proficiency level       Broadly aligned classification")
    for a, b in PROF_MAP:
        L.append(f"{a:<{RIGHT}}{b}")
    L += [""] + wrap(PROF_NOTE)
    return page(L, 5)


def group_page():
    L = ["PERSONAL ATTRIBUTES", ""] + wrap(GROUP_INTRO)
    return page(L, 6)


def cap_page(name, n, desc, levels):
    L = [name, ""] + wrap(desc) + ["", ""]
    L.append(f"{'Proficiency level':<{RIGHT}}Behaviours")
    L.append("")
    for i, bullets in enumerate(levels, 1):
        first = True
        for b in bullets:
            lines = textwrap.wrap(b, width=WIDTH - RIGHT - 2, break_on_hyphens=False)
            for j, ln in enumerate(lines):
                left = f"Level {i}" if first else ""
                mark = "\u2022 " if j == 0 else "  "
                L.append(f"{left:<{RIGHT}}{mark}{ln}".rstrip())
                first = False
        L.append("")
    return page(L, n)


def cover_page():
    L = ["", " " * 45 + "OFFICIAL", "", "", "", "", "", "", "", "",
         " " * 36 + "CAPABILITY FRAMEWORK", "", "", "", "", "", "", "", "", "", " " * 45 + "OFFICIAL"]
    return "\n".join(L) + "\n\f"


def render(path):
    parts = [cover_page(), toc_page(), prof_page(), group_page()] + [cap_page(n, p, d, lv) for n, p, d, lv in CAPS]
    path.write_text("".join(parts), encoding="utf-8")


def gold():
    d = STEM
    comps = []
    for name, _, desc, levels in CAPS:
        lvls = [C.level(d, i, f"Level {i}", b) for i, b in enumerate(levels, 1)]
        comps.append(C.competency(d, name, desc, levels=lvls))
    return comps


def build():
    path = C.DOCS / f"{STEM}.txt"
    render(path)
    return C.write_gold(path, "txt", TITLE, gold())

"""Government Statistical Service (GSS, UK; Government Statistician Group) - Statistician Competence
Framework. Plain text, as a text export of the published framework: hard-wrapped at 78 columns, pages
separated by form feeds with a running head and "Page n of 3" foot.

Page 1 (front matter): title, "The aim", "The content", "What the framework does not cover", and the
level key ("Level 1", "Level 2", "Level 3", "SCS" with hanging-indented descriptions). Then numbered
competences ("1. Data collection and management") with a one-paragraph description and inline level
lines "Level 1 - text" (en dash), wrapped with a 10-column hanging indent; the SCS line is "SCS - text".
One competence is split over a page break (its Level 3 and SCS lines on the next page)."""
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "gss-statistician-competence-framework"
W = 78
TITLE = "STATISTICIAN COMPETENCE FRAMEWORK"

FRONT = [
    ("The aim",
     "This competence framework aims to make the approach to the professional statistical grades (the "
     "Government Statistician Group - GSG) more consistent across the Government Statistical Service "
     "(GSS). It lets managers set out what a GSG post requires in a GSS setting and judge when people "
     "are ready to meet those requirements. It guides individuals and their managers on how they should "
     "develop, and it gives managers a basis for assessing overall statistical capacity, particularly "
     "when planning."),
    ("The content",
     "Statistical posts across the GSS range from those that need general skills in delivering "
     "statistical services to those that need subject or methodological expertise, so no set of "
     "competences could cover every case in detail. The framework instead sets out the core areas of "
     "knowledge and expertise expected of statistical staff in the GSS. It has deliberately been kept "
     "short and simple."),
    ("What the framework does not cover",
     "The framework does not repeat the core skills in the Civil Service Competency Framework. To be "
     "fully effective, members of the GSS need both those core skills and the core statistical "
     "competences set out here. Wherever possible this framework should be built into departmental "
     "competence frameworks and into performance and pay systems."),
]
KEY_LEAD = ("The framework shows what would be expected of people at three levels, and also includes "
            "Senior Civil Service competences (Pay Band 1).")
KEY = [
    ("Level 1", "After about a year in post at the start of a career (Assistant Statistician or "
                "Statistical Officer, or equivalent)."),
    ("Level 2", "After a few years' experience, with some project or team management responsibility "
                "(Assistant Statistician after probation, or Higher Statistical Officer, or equivalent). "
                "Senior Statistical Officers would be expected to be solidly at level 2, with perhaps some "
                "level 3 competences."),
    ("Level 3", "As a main grade statistician (Grade 7 or equivalent), managing statistical work and "
                "giving expert advice."),
    ("SCS", "Senior Civil Service, Pay Band 1: heads of profession and senior statisticians leading "
            "statistical work across a department."),
]
LABELS = ["Level 1", "Level 2", "Level 3", "SCS"]

COMPS = [
    ("Data collection and management",
     "Obtains data from surveys, administrative records and other suppliers, and manages it securely so "
     "that it is fit for statistical use.",
     ["Follows set procedures to collect, validate and store data. Checks returns for obvious errors and "
      "raises queries with data suppliers.",
      "Designs the collection of data from a survey or administrative source of moderate complexity. Puts "
      "quality checks in place and documents how the data were processed.",
      "Advises on the best source and design for new data needs, balancing cost, the burden on "
      "respondents and quality. Negotiates access to data held by other departments and organisations.",
      "Sets the strategy for data sources across the department. Makes sure that data are held and "
      "shared in line with legislation and the Code of Practice for Official Statistics."]),
    ("Statistical methods and analysis",
     "Chooses and applies sound statistical methods to turn data into reliable estimates, analysis and "
     "insight.",
     ["Applies standard techniques such as summary statistics, index numbers and simple regression, with "
      "guidance. Uses statistical software to produce routine tables.",
      "Selects suitable methods for a given problem and explains their limitations. Carries out analysis "
      "independently and quality assures the work of others.",
      "Develops or adapts methods for complex problems and judges when specialist methodological advice "
      "is needed. Is recognised as an expert in at least one area of statistics.",
      "Promotes the use of statistical thinking in policy making. Makes sure the department has the "
      "methodological capability it needs."]),
    ("Presentation and dissemination",
     "Presents statistics and analysis clearly and impartially, so that users understand them and can "
     "use them with confidence.",
     ["Produces clear tables and charts that follow house style. Drafts short commentary for routine "
      "releases.",
      "Writes statistical releases and briefing that explain the main messages and how reliable they "
      "are. Tailors presentation to the needs of different users.",
      "Leads the release of high-profile statistics and handles questions from ministers, the media and "
      "the public. Challenges the misuse of statistics.",
      "Acts as the department's authoritative voice on its statistics. Upholds the orderly release of "
      "official statistics and defends their integrity."]),
]


def wrap(text, indent="", hang=""):
    return textwrap.wrap(text, W, initial_indent=indent, subsequent_indent=hang,
                         break_long_words=False, break_on_hyphens=False)


def page(lines, n, total):
    head = [TITLE.ljust(W - len("Government Statistical Service")) + "Government Statistical Service", ""]
    foot = ["", f"Page {n} of {total}".rjust(W)]
    return head + lines + foot


def build_txt(path):
    p1 = ["", "Government Statistical Service", TITLE, ""]
    for h, t in FRONT:
        p1 += [h, ""] + wrap(t) + [""]
    p1 += wrap(KEY_LEAD) + [""]
    for lab, t in KEY:
        p1 += wrap(t, lab.ljust(10), " " * 10)
    comp_blocks = []
    for i, (name, desc, levels) in enumerate(COMPS, 1):
        b = [f"{i}. {name}", ""] + wrap(desc) + [""]
        lines = []
        for lab, t in zip(LABELS, levels):
            lines.append(wrap(f"{lab} \u2013 {t}", "", " " * 10))
        comp_blocks.append((b, lines))
    # page 2: competence 1 complete, competence 2 up to its Level 2 line; page 3: the rest
    b1, l1 = comp_blocks[0]
    b2, l2 = comp_blocks[1]
    b3, l3 = comp_blocks[2]
    p2 = [""] + b1 + sum(l1, []) + ["", ""] + b2 + sum(l2[:2], [])
    p3 = [""] + sum(l2[2:], []) + ["", ""] + b3 + sum(l3, [])
    pages = [page(p1, 1, 3), page(p2, 2, 3), page(p3, 3, 3)]
    text = "\n\f".join("\n".join(pg) for pg in pages) + "\n"
    Path(path).write_text(text, encoding="utf-8")


def gold(path):
    d = STEM
    comps = []
    for name, desc, levels in COMPS:
        lv = [H.level(d, j + 1, LABELS[j], [levels[j]]) for j in range(4)]
        comps.append(H.competency(d, name, desc, levels=lv))
    return H.write_gold(path, "txt", "STATISTICIAN COMPETENCE FRAMEWORK", comps)


def build():
    out = H.DOCS / f"{STEM}.txt"
    build_txt(out)
    return gold(out)


if __name__ == "__main__":
    print(build())

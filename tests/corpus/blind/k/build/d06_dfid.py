"""UK Department for International Development (DFID), DFID Core Competency Framework (2000s staff framework).
Excerpt.

Plain text, a PDF-to-text export: form feeds between pages, each page ending with the running footer
"DFID Core Competency Framework" and a right-aligned page number; hard-wrapped at 78 columns. Front matter ("WHAT
ARE CORE COMPETENCIES?", the levels key: four levels of complexity plus an ineffective level 0), then the GREEN
CLUSTER banner with its cluster introduction, and two competencies: name in capitals, a definition paragraph,
"LEVEL 1" ... "LEVEL 4" headings with "-" bullets (wrapped with a hanging indent), and last a "LEVEL 0 -
INEFFECTIVE" heading with its bullets.
"""
import textwrap

import helpers as H

STEM = "dfid-core-competency-framework"
TITLE = "DFID CORE COMPETENCY FRAMEWORK"
W = 78

FRONT = [
    ("WHAT ARE CORE COMPETENCIES?",
     ["Core competencies are the personal attributes and underlying characteristics which, together with "
      "technical or professional skills, allow a person to deliver a role or posting. They set out the areas "
      "and levels of performance we expect, and show what is valued and rewarded.",
      "The framework presents nine core competencies in three clusters. The red cluster holds the work-related "
      "competencies, the green cluster the people-related competencies and the blue cluster the organisational "
      "competencies.",
      "Each competency has levels. There are four levels of increasing complexity, and an ineffective level:"]),
]
KEY = ["0  Ineffective - does not show the behaviours expected",
       "1  Basic - the behaviours needed in a defined role with close guidance",
       "2  Developing - the behaviours needed when working independently",
       "3  Proficient - the behaviours needed when leading work or others",
       "4  Advanced - the behaviours needed at a senior or strategic level"]

CLUSTER = ("GREEN CLUSTER - PEOPLE-RELATED COMPETENCIES",
           "The green cluster is about how we work with people: within our teams, across DFID and with partners "
           "in government, civil society and other donors. These competencies matter in every posting, in "
           "London, East Kilbride and overseas.")

LABELS = {1: "LEVEL 0 - INEFFECTIVE", 2: "LEVEL 1", 3: "LEVEL 2", 4: "LEVEL 3", 5: "LEVEL 4"}

COMPS = [
    ("WORKING WITH OTHERS",
     "Working cooperatively with colleagues and partners, respecting their contributions and building the "
     "relationships needed to achieve shared objectives.",
     {2: ["Shares information with colleagues and keeps them up to date",
          "Offers help to others in the team when workloads are heavy",
          "Treats colleagues with respect and courtesy"],
      3: ["Builds good working relationships with people in other teams and departments",
          "Recognises the strengths of others and makes use of them",
          "Deals with disagreements openly and looks for solutions that work for everyone"],
      4: ["Creates a team climate in which people support one another and share credit",
          "Builds partnerships with external organisations to achieve common goals",
          "Brings together people with different views and helps them reach agreement"],
      5: ["Sets up and sustains alliances with governments, donors and civil society at a senior level",
          "Promotes joint working across DFID and Whitehall",
          "Champions diversity and makes sure different perspectives shape decisions"],
      1: ["Works in isolation and does not share information",
          "Ignores or dismisses the views of others",
          "Allows conflict to damage working relationships"]}),
    ("COMMUNICATING WITH OTHERS",
     "Sharing information and ideas clearly and in a form suited to the audience, listening to others and "
     "checking that messages have been understood.",
     {2: ["Writes and speaks clearly and concisely",
          "Listens carefully and asks questions to check understanding",
          "Passes on information promptly to those who need it"],
      3: ["Adapts the style and content of communication to different audiences",
          "Presents complex information in a way that non-specialists can follow",
          "Uses a range of methods, including e-mail, meetings and presentations, to suit the message"],
      4: ["Communicates DFID's objectives and policies convincingly to external audiences",
          "Handles sensitive or difficult messages with tact",
          "Encourages open two-way communication within and across teams"],
      5: ["Represents DFID in high-profile and international forums",
          "Shapes the communication strategy for a department or country programme",
          "Communicates a clear vision that motivates staff and partners"],
      1: ["Uses jargon or an unsuitable style for the audience",
          "Does not listen to others or interrupts them",
          "Keeps information to self or passes it on late"]}),
]


def wrap(text, indent="", sub=""):
    return textwrap.wrap(text, W, initial_indent=indent, subsequent_indent=sub)


class Pager:
    def __init__(self, start):
        self.pages, self.cur, self.no = [], [], start

    def add(self, lines):
        self.cur += lines

    def close(self):
        while len(self.cur) < 52:
            self.cur.append("")
        foot = "DFID Core Competency Framework"
        self.cur.append(foot + str(self.no).rjust(W - len(foot)))
        self.pages.append("\n".join(self.cur))
        self.cur = []
        self.no += 1

    def text(self):
        return "\f".join(self.pages) + "\n"


def render(path):
    pg = Pager(1)
    pg.add([TITLE, ""])
    for head, paras in FRONT:
        pg.add([head, ""])
        for p in paras:
            pg.add(wrap(p) + [""])
    pg.add(["    " + k for k in KEY] + [""])
    pg.add(["The levels are cumulative: someone working at level 3 is expected to show the",
            "behaviours at levels 1 and 2 as well.", ""])
    pg.close()
    for i, (name, definition, levels) in enumerate(COMPS):
        if i == 0:
            pg.add([CLUSTER[0], "=" * len(CLUSTER[0]), ""] + wrap(CLUSTER[1]) + ["", ""])
        pg.add([name, ""] + wrap(definition) + [""])
        for rank in (2, 3, 4, 5, 1):
            pg.add([LABELS[rank]])
            for b in levels[rank]:
                pg.add(wrap(b, "  - ", "    "))
            pg.add([""])
        pg.close()
    path.write_text(pg.text(), encoding="utf-8")


def gold(path):
    comps = []
    for name, definition, levels in COMPS:
        lv = [H.level(r, LABELS[r], H.items(STEM, levels[r])) for r in sorted(levels)]
        comps.append(H.competency(STEM, name, definition, levels=lv))
    H.write_gold(path, "txt", TITLE, comps)


def build():
    path = H.DOCS / f"{STEM}.txt"
    render(path)
    gold(path)

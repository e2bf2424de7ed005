"""Health Promotion Forum of New Zealand - Health Promotion Competencies 2012 (Ngā Kaiakatanga Hauora mō
Aotearoa) -> plain text, as a PDF-to-text export of the booklet (excerpt: title page, contents, "How these
competencies are made up", domains 6 and 7).

Export quirks: form feeds between pages, the running header "Health Promotion Competencies 2012" and a
right-aligned page number on every page after the first, dot-leader contents lines, text hard-wrapped at
86 columns, numbered statements with a hanging indent, a statement broken by a page break.
"""
import textwrap

import bqlib as L

STEM = "hpf-health-promotion-competencies-2012"
DOC = L.DOCS / f"{STEM}.txt"
WIDTH = 86
RUNNING = "Health Promotion Competencies 2012"

TOC = [("Mihi", 3), ("Ngā Whakawhetai \u2013 Acknowledgements", 3),
       ("Mō wai mā Ngā Kaiakatanga \u2013 Who are these Competencies for?", 3),
       ("Whāinga \u2013 Purpose", 4), ("Whakatūwheratanga \u2013 Introduction", 4),
       ("Te Tiriti o Waitangi", 6), ("How these competencies are made up", 8),
       ("Ngā Tikanga Manaaki \u2013 Values and Ethics", 9), ("Ngā Mātauranga \u2013 Knowledge", 10),
       ("Ngā Kaiakatanga \u2013 The Competencies", 12), ("Glossary", 22)]

MADE_UP = [
    "The competencies are grouped into nine areas. Each area opens with a short statement of what "
    "health promoters do in that area, followed by the specific competencies a health promoter needs "
    "to demonstrate. The values and knowledge described in the previous sections underpin every area "
    "and are not repeated under each one.",
    "Not every health promoter will use every competency. The competencies describe what is expected "
    "of a practitioner who has completed an entry-level qualification and gained some experience in "
    "the field; they can also be used to plan further learning.",
]

LEAD = "Health promoters are able to:"

DOMAINS = [
    ("6", "Assessment",
     "Assess needs and strengths together with communities and organisations, to identify the "
     "determinants of health and to guide health promotion action.",
     ["Use participatory methods that involve whānau, hapū, iwi and communities in identifying their "
      "own health needs and strengths",
      "Gather and analyse information on the social, economic, cultural and environmental determinants "
      "of health",
      "Identify inequities in health between population groups, in particular between Māori and "
      "non-Māori",
      "Draw on Māori, Pacific and other cultural knowledge alongside research evidence when assessing "
      "needs",
      "Set priorities for action that reflect the evidence, community views and obligations under Te "
      "Tiriti o Waitangi"]),
    ("7", "Planning",
     "Set measurable goals and objectives for health promotion action, drawing on the assessment and "
     "working in partnership with communities and stakeholders.",
     ["Involve key stakeholders, including Māori and Pacific partners, from the start of planning and "
      "build agreement on priorities",
      "Use current models and theory to design programmes that are realistic and culturally appropriate",
      "Develop a plan with clear objectives, timelines, resources and responsibilities",
      "Build evaluation into the plan from the outset",
      "Identify risks to the plan and ways of managing them"]),
]


def wrap(text, indent=0, hang=None):
    hang = indent if hang is None else hang
    return textwrap.wrap(text, WIDTH, initial_indent=" " * indent, subsequent_indent=" " * hang,
                         break_on_hyphens=False, break_long_words=False)


def page_footer(n):
    return [" " * (WIDTH - len(str(n))) + str(n)]


def build():
    pages = []
    # p. 1: title page
    p1 = ["", "", "", " " * 22 + "Ngā Kaiakatanga Hauora mō Aotearoa", "",
          " " * 16 + "Health Promotion Competencies for Aotearoa-New Zealand", "",
          " " * 38 + "2012", "", "", "",
          "January 2012",
          "This document is available on the website of the Health Promotion Forum of New Zealand:",
          "http://www.hauora.co.nz",
          "Rūnanga Whakapiki Ake i te Hauora o Aotearoa \u2013 Health Promotion Forum of New Zealand",
          "Charities Commission Registration Number: CC36008", "", "", " " * (WIDTH - 1) + "1"]
    pages.append(p1)
    # p. 2: contents
    p2 = [RUNNING, "", "Table of Contents", ""]
    for lab, pg in TOC:
        dots = "." * (WIDTH - len(lab) - len(str(pg)) - 2)
        p2.append(f"{lab} {dots} {pg}")
    p2 += ["", ""] + page_footer(2)
    pages.append(p2)
    # p. 8: how these competencies are made up
    p8 = [RUNNING, "", "How these competencies are made up", ""]
    for para in MADE_UP:
        p8 += wrap(para) + [""]
    p8 += [""] + page_footer(8)
    pages.append(p8)
    # pp. 16-17: domains 6 and 7 (statement 7.1 broken by the page break)
    body = []
    for num, name, desc, stmts in DOMAINS:
        body += [f"{num}. {name}", ""] + wrap(desc) + ["", LEAD, ""]
        for j, s in enumerate(stmts, 1):
            code = f"{num}.{j}"
            lines = textwrap.wrap(s, WIDTH - 7, break_on_hyphens=False)
            out = [f"{code}".ljust(7) + lines[0]] + [" " * 7 + ln for ln in lines[1:]]
            body += out + [""]
        body += [""]
    # split body: page 16 ends inside statement 7.1 (after its first line)
    cut = next(i for i, ln in enumerate(body) if ln.startswith("7.1")) + 1
    pages.append([RUNNING, ""] + body[:cut] + ["", ""] + page_footer(16))
    pages.append([RUNNING, ""] + body[cut:] + page_footer(17))
    text = "\f".join("\n".join(pg) + "\n" for pg in pages)
    DOC.write_text(text, encoding="utf-8")


def gold():
    doc = STEM
    comps = [L.competency(doc, name, desc, indicators=L.items(doc, stmts))
             for num, name, desc, stmts in DOMAINS]
    L.write_gold(DOC, "txt", "Ngā Kaiakatanga Hauora mō Aotearoa", comps)


if __name__ == "__main__":
    build()
    gold()
    print("built", DOC.name)

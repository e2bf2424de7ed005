"""American Library Association (ALA) - "ALA's Core Competences of Librarianship" (final version, 2009),
as a plain-text export of the PDF (pdftotext-style: hard line breaks, items wrapped flush left, a page
number alone on a line and a form feed at each page end).

Title block with the two approval lines, intro paragraph, CONTENTS (all eight areas), the lead sentence
"A person graduating ... should know and, where appropriate, be able to employ:", then numbered areas
with lettered items "1A." ... Excerpt: areas 1-3 (pages 1-3 of the export).
"""
import textwrap

import ucommon as C

STEM = "ala-core-competences-of-librarianship"
NAME = STEM + ".txt"
TITLE = "ALA's Core Competences of Librarianship"
WIDTH = 84

CONTENTS = ["Foundations of the Profession", "Information Resources",
            "Organization of Recorded Knowledge and Information", "Technological Knowledge and Skills",
            "Reference and User Services", "Research", "Continuing Education and Lifelong Learning",
            "Administration and Management"]

AREAS = [
    ("Foundations of the Profession", [
        "The ethics, values and foundational principles of the library and information profession.",
        "How library and information professionals advance democratic principles and intellectual freedom "
        "(including freedom of expression, thought, and conscience).",
        "The history of libraries and of librarianship.",
        "The history of human communication and the ways it has shaped libraries.",
        "The present kinds of library (school, public, academic, special, and so on) and closely related "
        "information agencies.",
        "National and international social, public, information, economic, and cultural policies and trends "
        "that matter to the library and information profession.",
        "The legal framework in which libraries and information agencies operate. That framework takes in "
        "the law on copyright, privacy, freedom of expression, equal rights (e.g., the Americans with "
        "Disabilities Act), and intellectual property.",
        "Why effective advocacy for libraries, librarians, other library workers, and library services "
        "matters.",
        "Methods for analyzing complex problems and devising suitable solutions.",
        "Effective techniques of communication (spoken and written).",
        "The certification and/or licensure requirements of specialized areas of the profession.",
    ]),
    ("Information Resources", [
        "Concepts and issues in the lifecycle of recorded knowledge and information, from its creation "
        "through the stages of its use to its disposition.",
        "Concepts, issues, and methods in acquiring and disposing of resources, including evaluation, "
        "selection, purchasing, processing, storage, and deselection.",
        "Concepts, issues, and methods in managing collections of many kinds.",
        "Concepts, issues, and methods in maintaining collections, including preservation and conservation.",
    ]),
    ("Organization of Recorded Knowledge and Information", [
        "The principles that underlie the organization and representation of recorded knowledge and "
        "information.",
        "The developmental, descriptive, and evaluative skills needed to organize recorded knowledge and "
        "information resources.",
        "The systems of cataloging, metadata, indexing, and classification standards and methods used to "
        "organize recorded knowledge and information.",
    ]),
]

INTRO = ("This document sets out the basic knowledge that every person graduating from an ALA-accredited "
         "master\u2019s program in library and information studies should possess. Librarians who work in "
         "school, academic, public, special, and governmental libraries, and in other settings, will need "
         "specialized knowledge beyond what is described here.")
LEAD = ("A person graduating from an ALA-accredited master\u2019s program in library and information studies "
        "should know and, where appropriate, be able to employ:")


def wrap(s):
    return textwrap.wrap(s, WIDTH, break_on_hyphens=False)


def render():
    pages = []
    p1 = ["ALA\u2019s Core Competences of Librarianship", "", "Final version",
          "Approved by the ALA Executive Board, October 25th 2008",
          "Approved and adopted as policy by the ALA Council, January 27th 2009", ""]
    p1 += wrap(INTRO) + ["", "CONTENTS"]
    p1 += [f"{i}. {n}" for i, n in enumerate(CONTENTS, 1)] + [""]
    p1 += wrap(LEAD) + [""]
    # area 1, items A-F on page 1, the rest on page 2
    body = []
    for i, (name, items) in enumerate(AREAS, 1):
        block = [f"{i}. {name}"]
        for j, t in enumerate(items):
            block.append(("\n".join(wrap(f"{i}{chr(65 + j)}. {t}"))))
        body.append(block)
    a1 = body[0]
    p1 += [a1[0]] + a1[1:7]
    pages.append(p1 + ["", "1"])
    p2 = a1[7:] + [""] + body[1] + [""]
    pages.append(p2 + ["", "2"])
    p3 = body[2] + [""]
    pages.append(p3 + ["", "3"])
    text = "\f".join("\n".join(p) + "\n" for p in pages) + "\f"
    return text


def gold():
    comps = []
    for name, items in AREAS:
        comps.append(C.competency(name, STEM, indicators=[C.item(t, STEM) for t in items]))
    return comps


def build():
    (C.DOCS / NAME).write_text(render(), encoding="utf-8")
    return C.write_gold(STEM, NAME, "txt", "ALA\u2019s Core Competences of Librarianship", gold())


if __name__ == "__main__":
    print(build())

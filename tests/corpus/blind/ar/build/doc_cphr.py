"""CPHR Canada - "HR Competency Framework Classification System" (Chartered Professional in Human Resources
Competency Framework, version 1.17), as a plain-text export of the PDF in reading order (the way pdftotext
without -layout and the document-sharing sites give it).

The PDF is a four-column table CODE | COMPETENCY | PROFICIENCY | ASSESSMENT: a functional-area row
("10000 Strategy"), competency rows written as statements with a five-digit code, the proficiency and the
assessment method in the right-hand columns, then "KNOWLEDGE OF:" and "SKILL IN:" with coded items. In the
export every cell comes out on its own line(s): column headings first, the proficiency/assessment words
interleaved with the wrapped statement when the statement cell is taller, the running footer
"Chartered Professionals in Human Resources (CPHR) Competency Framework / CPHR Canada / 1.17" and the page
number, then a form feed; the column headings repeat on the next page.
"""
import helpers as H

STEM = "cphr-competency-framework-classification"
TITLE = "HR Competency Framework Classification System"
FOOTER = "Chartered Professionals in Human Resources (CPHR) Competency Framework / CPHR Canada / 1.17"

# (code, statement lines as exported, proficiency, assessment, knowledge [(code, lines)], skills [(code, lines)])
# In the export of the second competency, the proficiency and assessment words fall between statement lines.
COMPS = [
    ("10100",
     ["Influence the organization and its human resources practices by applying a",
      "strategic perspective shaped by economic, social, technological, political and",
      "demographic trends, so as to increase the value of human resources."],
     ["Awareness"], ["Exam"],
     [("10101", ["Economic, social, technological, political and demographic trends and their actual or possible",
                 "effect on business and human resources practice"]),
      ("10102", ["Major developments that affect, or will affect, the business environment and human resources",
                 "practice"]),
      ("10103", ["Current leading ideas in business administration and human resources management"])],
     [("10104", ["Working at different levels of abstraction, seeing the practical implications and uses of",
                 "abstract ideas and concepts"]),
      ("10105", ["Taking actions over different time horizons, from decisions with immediate effect to decisions",
                 "whose effect will only be felt several years later"])]),
    ("10200",
     ["Build an understanding of how governance principles and methods are applied by",
      "keeping up with leading practices, in order to contribute to and carry out the",
      "approved strategy."],
     ["Awareness"], ["Exam"],
     [("10201", ["Leading practices and principles of governance"]),
      ("10202", ["Organizational strategy and objectives"]),
      ("10203", ["Principles of organizational development"]),
      ("10204", ["Change management"]),
      ("10205", ["Budgeting and financial management"]),
      ("10206", ["Accountability matrices and decision-making frameworks"]),
      ("10207", ["Ethical standards and practices"]),
      ("10208", ["Corporate social responsibility"])],
     [("10209", ["Planning and facilitating meetings with senior stakeholders"])]),
    ("10300",
     ["Contribute to the development of the organization’s vision, mission, values and",
      "strategy, and align human resources plans with them."],
     ["Awareness and", "comprehension"], ["Exam and", "experience"],
     [("10301", ["Strategic planning processes and tools"]),
      ("10302", ["Methods of environmental scanning and stakeholder analysis"]),
      ("10303", ["Human resources planning models"])],
     [("10304", ["Translating organizational goals into human resources objectives and measures"]),
      ("10305", ["Presenting the business case for human resources initiatives to the leadership team"])]),
]


def _items(lines, kind, items):
    lines.append(kind)
    for code, text in items:
        lines.append(code)
        lines.extend(text)


def build():
    c1, c2, c3 = COMPS
    L = [TITLE, "CODE", "COMPETENCY", "10000", "Strategy"]
    # competency 1: statement, then the column headings of the right-hand cells, then their values
    L += [c1[0]] + c1[1] + ["PROFICIENCY", "ASSESSMENT"] + c1[2] + c1[3]
    _items(L, "KNOWLEDGE OF:", c1[4])
    _items(L, "SKILL IN:", c1[5])
    # competency 2: the proficiency / assessment words fall between the lines of the statement
    L += [c2[0], c2[1][0]] + c2[2] + [c2[1][1]] + c2[3] + [c2[1][2]]
    _items(L, "KNOWLEDGE OF:", c2[4])
    _items(L, "SKILL IN:", c2[5])
    L += [FOOTER, "1", "\f" + "CODE", "COMPETENCY", "PROFICIENCY", "ASSESSMENT"]
    # competency 3 on page 2
    L += [c3[0]] + c3[1] + c3[2] + c3[3]
    _items(L, "KNOWLEDGE OF:", c3[4])
    _items(L, "SKILL IN:", c3[5])
    L += [FOOTER, "2", "\f"]
    out = H.DOCS / f"{STEM}.txt"
    out.write_text("\n".join(L), encoding="utf-8")
    return out


def gold(path):
    comps = []
    for code, stmt, prof, assess, know, skill in COMPS:
        ind = [H.item(STEM, " ".join(t), "KNOWLEDGE OF") for _, t in know]
        ind += [H.item(STEM, " ".join(t), "SKILL IN") for _, t in skill]
        notes = [H.item(STEM, " ".join(prof), "PROFICIENCY"), H.item(STEM, " ".join(assess), "ASSESSMENT")]
        comps.append(H.competency(STEM, " ".join(stmt), None, indicators=ind, notes=notes))
    return H.write_gold(path, "txt", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))

"""SLIDA (Sri Lanka Institute of Development Administration), Competency Framework for the Sri Lankan Public
Sector, "4D Model", Version 1.0: plain text exported from a spreadsheet (tab-separated, CRLF).

Title rows, a level key (Level I = junior ... Level III = senior), a header row
Area | Competency | Description | Level III | Level II | Level I (levels printed HIGH -> LOW, roman numerals),
area rows ("DESIGN<tab>1. Design Competencies"), competency rows ("<tab>a. Think and plan strategically<tab>
description<tab>behaviour III<tab>behaviour II<tab>behaviour I") followed by continuation rows whose first three
cells are empty (merged cells exported as blanks); cells that held a line break are exported in double quotes
with the break inside; trailing empty cells; a final "Prepared by" row.
"""
import helpers as H

STEM = "slida-4d-competency-framework-export"
TITLE = "Competency Framework for Sri Lankan Public Sector - 4D Model"
LEVELS = ["Level III", "Level II", "Level I"]
RANK = {"Level I": 1, "Level II": 2, "Level III": 3}

# area, area heading, [(letter, name, description, rows)] where a row = [III, II, I] ("" = empty cell;
# "\n" inside a text = a line break inside the spreadsheet cell)
AREAS = [
    ("DESIGN", "1. Design Competencies", [
        ("a.", "Think and plan strategically",
         "Sets the long-term direction of the organization in line with national policy and plans how to get "
         "there.",
         [["Formulates long-term strategies for the organization in line with national development policies",
           "Translates the organization's strategy into divisional plans with clear targets",
           "Understands the vision and mission of the organization and how own work contributes to them"],
          ["Anticipates economic, social and political trends and their effect on the public sector",
           "Identifies risks to the achievement of plans and\nproposes measures to manage them",
           "Prepares own work plan in line with the divisional plan"]]),
        ("b.", "Think and plan systematically",
         "Approaches problems and plans in a logical, step-by-step way and sees how the parts of a system relate "
         "to one another.",
         [["Designs systems and procedures that link the work of several institutions",
           "Breaks complex assignments into stages with milestones and responsibilities",
           "Follows established procedures in a logical order"],
          ["Reviews the overall system to remove duplication and delay",
           "Monitors progress against the plan and adjusts resources as needed",
           "Keeps accurate records so that work can be tracked"]]),
    ]),
    ("DEVELOP", "2. Develop Competencies", [
        ("a.", "Handling diversity",
         "Works effectively with people of different ethnic, religious, linguistic and social backgrounds, and "
         "makes sure that public services reach all citizens fairly.",
         [["Promotes policies that ensure equal access to public services for all communities",
           "Manages teams of mixed backgrounds fairly and resolves conflicts that arise from differences",
           "Treats all citizens and colleagues with respect, regardless of background"],
          ["Builds an organizational culture that values diversity,\nincluding the use of both national languages",
           "Adapts service delivery to the needs of different communities",
           "Communicates with citizens in the language they prefer, where possible"]]),
        ("b.", "International exposure",
         "Learns from international good practice and benchmarks the performance of the organization against it.",
         [["Represents the country in international forums and negotiations",
           "Studies international good practice and adapts it to local conditions",
           "Keeps up to date with international developments relevant to own work"],
          ["Uses international benchmarks to set performance standards for the organization",
           "Maintains networks with counterparts in other countries",
           ""]]),
    ]),
]


def cell(text):
    if "\n" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def build():
    lines = [
        "Competency Framework for Sri Lankan Public Sector - 4D Model\t\t\t\t\t",
        "Version 1.0\t\t\t\t\t",
        "Sri Lanka Institute of Development Administration (SLIDA)\t\t\t\t\t",
        "\t\t\t\t\t",
        "Competence levels:\tLevel I = Junior management (Management Assistant and Development Officer grades); "
        "Level II = Middle management (SLAS Class III and Class II); Level III = Senior management (SLAS Class I "
        "and Special Grade)\t\t\t\t",
        "\t\t\t\t\t",
        "Area\tCompetency\tDescription\tLevel III\tLevel II\tLevel I",
    ]
    for area, heading, comps in AREAS:
        lines.append(f"{area}\t{heading}\t\t\t\t")
        for letter, name, desc, rows in comps:
            for i, row in enumerate(rows):
                lead = f"\t{letter} {name}\t{desc}" if i == 0 else "\t\t"
                lines.append(lead + "\t" + "\t".join(cell(c) for c in row))
    lines += ["\t\t\t\t\t", "Prepared by: Research and Consultancy Division, SLIDA, Colombo 07\t\t\t\t\t"]
    path = H.DOCS / f"{STEM}.txt"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))

    comps = []
    for area, heading, cs in AREAS:
        for letter, name, desc, rows in cs:
            lv = []
            for j, label in enumerate(LEVELS):
                beh = [H.item(STEM, r[j].replace("\n", " ")) for r in rows if r[j]]
                lv.append(H.level(RANK[label], label, beh))
            comps.append(H.competency(STEM, name, desc, levels=lv))
    H.write_gold(path, "txt", TITLE, comps)


if __name__ == "__main__":
    build()

"""hkqf-scs-banking-quality-management.txt: Hong Kong Qualifications Framework, text-only page of units of
competency (UoC) from a Specification of Competency Standards (SCS).

Plain text as saved from the QF website's text-only version: government/bureau banner lines, language
and "Graphical Interface" links, a "|"-separated menu, page title and functional-area path, then each UoC
as a two-column text table (labels "1. Title" ... "8. Remark" in a 24-character left column, values
hard-wrapped at 80 columns in the right column): Title, Code, Range, Level, Credit, Competency
("Performance Requirements", numbered requirements, "Be able to:" and "*" bullets), Assessment Criteria
("(i)", "(ii)"), Remark (empty for the first unit); "----" rules between units; footer with notices and
revision date. CRLF line ends."""
import textwrap

import helpers as H

STEM = "hkqf-scs-banking-quality-management"
TITLE = "Specification of Competency Standards for the Banking Industry"
LW, W = 24, 80

UOCS = [
    {"title": "Collect customer satisfaction data by survey",
     "code": "BCQMCU305A",
     "range": "Carrying out a data collection plan to gather customers' views on the bank's products and "
              "services. This applies to satisfaction surveys of different customer groups and of different "
              "scales.",
     "level": "3", "credit": "3",
     "reqs": [("Understand the survey plan",
               ["Summarise the objectives, target respondents and timetable of the data collection plan",
                "Explain each survey question and its purpose to the members of the data collection team"]),
              ("Conduct the survey",
               ["Arrange interviews or distribute questionnaires according to the sampling plan",
                "Record responses accurately and keep them secure in line with the bank's data privacy "
                "policy",
                "Monitor the response rate and take follow-up action where it falls short of target"]),
              ("Exhibit professionalism",
               ["Respect the privacy of customers and handle their personal data in accordance with the "
                "Personal Data (Privacy) Ordinance"])],
     "criteria": ["Ability to carry out the survey according to the data collection plan; and",
                  "Ability to record and store customers' responses accurately and securely."],
     "remark": ""},
    {"title": "Analyse trends in customer complaints",
     "code": "BCQMCU402A",
     "range": "Reviewing complaint records over a period to identify recurring issues and their root "
              "causes. This covers complaints received through all service channels.",
     "level": "4", "credit": "4",
     "reqs": [("Master the complaint data",
               ["Describe the complaint categories and the coding scheme used by the bank",
                "Identify gaps or errors in complaint records and arrange for them to be corrected"]),
              ("Analyse and report on trends",
               ["Apply suitable statistical methods to find patterns in complaint volumes and types",
                "Trace recurring complaints to their root causes in processes, products or staff practices",
                "Prepare a report with recommendations for improving service quality"]),
              ("Exhibit professionalism",
               ["Present findings objectively and without assigning blame to individual staff"])],
     "criteria": ["Ability to identify the main complaint trends and their root causes; and",
                  "Ability to make practical recommendations for improving service quality."],
     "remark": "Candidates are advised to complete the UoC on handling customer complaints at QF Level 3 "
               "first."},
]


def field(label, text=""):
    """Lines of a two-column row: label in the left column, text wrapped in the right column."""
    if not text:
        return [label]
    lines = textwrap.wrap(text, width=W - LW, break_long_words=False, break_on_hyphens=False)
    return [f"{label:<{LW}}{lines[0]}"] + [" " * LW + ln for ln in lines[1:]]


def hang(prefix, text, indent):
    """Right-column lines of a hanging item: prefix ('* ', '(i) ', '1. ') then text, continuation aligned."""
    width = W - LW - indent - len(prefix)
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)
    out = [" " * (LW + indent) + prefix + lines[0]]
    out += [" " * (LW + indent + len(prefix)) + ln for ln in lines[1:]]
    return out


def render():
    L = []
    L += ["The Government of the Hong Kong Special Administrative Region",
          "Education Bureau",
          "",
          "Qualifications Framework",
          "",
          "Trad. Chinese  |  Simp. Chinese  |  Graphical Interface  |  Site Map  |  Search",
          "",
          "Home  |  Qualifications Framework (QF)  |  Committees  |  Specification of",
          "Competency Standards (SCS)  |  Quality Assurance  |  Recognition of Prior",
          "Learning (RPL)  |  Resources Centre  |  What's New  |  FAQs  |  Contact Us",
          "",
          "",
          "Specification of Competency Standards for the Banking Industry",
          "",
          "Functional Area: Quality Management > Customer Retention / Loyalty",
          "",
          "The competency standards of the banking industry are presented as Units of",
          "Competency (UoCs). Each UoC sets out its title, code, range, QF level, QF",
          "credit, the competency required, the assessment criteria and any remarks. The",
          "UoCs below are shown in text form; the graphical version gives them as tables.",
          "",
          ""]
    for u in UOCS:
        L.append("-" * W)
        L += field("1. Title", u["title"])
        L.append("")
        L += field("2. Code", u["code"])
        L.append("")
        L += field("3. Range", u["range"])
        L.append("")
        L += field("4. Level", u["level"])
        L.append("")
        L += field("5. Credit", u["credit"])
        L.append("")
        L += field("6. Competency", "Performance Requirements")
        for n, (head, bullets) in enumerate(u["reqs"], start=1):
            L += hang(f"{n}. ", head, 0)
            if head != "Exhibit professionalism":
                L.append(" " * (LW + 3) + "Be able to:")
            for b in bullets:
                L += hang("* ", b, 3)
            L.append("")
        L += field("7. Assessment Criteria", "The integrated outcome requirements of this UoC are:")
        for k, c in zip(("(i) ", "(ii) ", "(iii) "), u["criteria"]):
            L += hang(k, c, 0)
        L.append("")
        L += field("8. Remark", u["remark"])
        L.append("")
    L.append("-" * W)
    L += ["",
          "Back to top",
          "",
          "2014 (c)   |   Important Notices   |   Privacy Policy",
          "Last revision date: 30 June 2014",
          ""]
    for ln in L:
        assert len(ln) <= W, ln
    return "\r\n".join(L)


def gold(doc_path):
    comps = []
    for u in UOCS:
        ind = []
        for head, bullets in u["reqs"]:
            ind += H.items(STEM, bullets, group=head)
        notes = [H.item(STEM, u["range"], group="Range"),
                 H.item(STEM, f"Level {u['level']}"),
                 H.item(STEM, f"Credit {u['credit']}")]
        notes += H.items(STEM, u["criteria"], group="Assessment Criteria")
        if u["remark"]:
            notes.append(H.item(STEM, u["remark"], group="Remark"))
        comps.append(H.competency(STEM, u["title"], None, indicators=ind, notes=notes))
    return H.write_gold(doc_path, "txt", TITLE, comps)


def build():
    path = H.DOCS / f"{STEM}.txt"
    path.write_bytes(render().encode("utf-8"))
    return gold(path)


if __name__ == "__main__":
    print(build())

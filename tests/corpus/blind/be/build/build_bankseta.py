"""BANKSETA (South Africa) - Banking Sector Competence Framework, Appendix A of the Report on Sector Critical
Skills Audit: section 2.2 as a plain-text export of the PDF (pdftotext-style: hard-wrapped lines, running
header and footer on each page, form feeds between pages). Levels printed as labelled paragraphs."""
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import belib as B

STEM = "bankseta-banking-competence-framework"
DOC = B.DOCS / f"{STEM}.txt"
TITLE = "APPENDIX A \u2013 BANKING SECTOR COMPETENCE FRAMEWORK"

HEADER = ["BANKSETA \u2013 REPORT ON SECTOR CRITICAL SKILLS AUDIT",
          "APPENDIX A \u2013 BANKING SECTOR COMPETENCE FRAMEWORK"]
LABELS = ["Level 1 \u2013 Foundation", "Level 2 \u2013 Intermediate", "Level 3 \u2013 Advanced", "Level 4 \u2013 Expert"]

SECTION = ("2.2", "Customer Interface Skills",
           "Customer interface skills are the competencies needed by staff who deal directly with the bank\u2019s "
           "customers, whether face to face, by telephone or through electronic channels. Four proficiency levels "
           "are described for each competency; each level includes the levels below it.")

COMPS = [
    ("2.2.1", "Client Needs Analysis",
     "The ability to establish a customer\u2019s financial circumstances, goals and needs through structured "
     "questioning, and to match those needs with appropriate products and services.",
     ["Gathers basic customer information using standard forms and checklists. Refers customers with more "
      "complex needs to a colleague or supervisor.",
      "Uses open questions to build a fuller picture of the customer\u2019s situation. Identifies the most "
      "suitable standard products and explains their features and benefits.",
      "Analyses complex financial situations, including those of small businesses, and recommends suitable "
      "combinations of products. Identifies needs the customer has not expressed.",
      "Designs needs-analysis tools and approaches for the business unit. Coaches others in analysing customer "
      "needs and reviews the quality of their recommendations."]),
    ("2.2.2", "Complaint Resolution",
     "The ability to receive, investigate and resolve customer complaints fairly and promptly, in line with the "
     "bank\u2019s procedures and the Code of Banking Practice.",
     ["Receives complaints courteously and records the details accurately. Resolves simple queries on the spot "
      "and escalates other matters according to procedure.",
      "Investigates complaints within own area, keeps the customer informed and proposes fair solutions within "
      "own mandate.",
      "Handles complex or sensitive complaints, including those referred by the Ombudsman for Banking Services. "
      "Identifies recurring causes and recommends changes to processes.",
      "Sets complaint-handling standards and procedures for the business. Analyses complaint trends and reports "
      "on them to senior management."]),
    ("2.2.3", "Relationship Building",
     "The ability to establish and maintain long-term relationships with customers that build loyalty and grow "
     "the value of the relationship to both the customer and the bank.",
     ["Builds rapport with customers during routine contact and remembers the preferences of regular customers.",
      "Maintains regular contact with an allocated portfolio of customers and follows up on commitments made.",
      "Manages relationships with high-value and business customers, anticipating their needs and coordinating "
      "the involvement of specialists.",
      "Develops relationship-management strategies for a customer segment or region and mentors relationship "
      "managers."]),
]

W = 78


def wrap(text, width=W):
    return textwrap.wrap(text, width=width, break_on_hyphens=False)


def page_footer(n):
    return ["", "", "\u00a9 Copyright BANKSETA".rjust(W), f"Page {n}".rjust(W)]


def build_txt():
    pages = []
    lines = HEADER + ["", ""]
    num, name, intro = SECTION
    lines += [f"{num}   {name}", ""] + wrap(intro) + [""]
    page_no = 14
    for ci, (cnum, cname, definition, levels) in enumerate(COMPS):
        lines += ["", f"{cnum} {cname}", ""]
        lines += wrap(f"Definition: {definition}") + [""]
        lines += ["Proficiency levels:", ""]
        for li, (lab, txt) in enumerate(zip(LABELS, levels)):
            # page break inside Complaint Resolution, between Level 2 and Level 3
            if ci == 1 and li == 2:
                pages.append(lines + page_footer(page_no))
                page_no += 1
                lines = HEADER + ["", ""]
            lines += wrap(f"{lab}: {txt}") + [""]
    pages.append(lines + page_footer(page_no))
    return "\f".join("\n".join(p) + "\n" for p in pages)


def gold():
    comps = []
    for _, cname, definition, levels in COMPS:
        lv = [B.level(i + 1, lab, [txt], STEM) for i, (lab, txt) in enumerate(zip(LABELS, levels))]
        comps.append(B.competency(cname, STEM, definition=definition, levels=lv))
    return comps


def main():
    DOC.write_text(build_txt(), encoding="utf-8")
    print(B.write_gold(DOC, "txt", TITLE, gold()))


if __name__ == "__main__":
    main()

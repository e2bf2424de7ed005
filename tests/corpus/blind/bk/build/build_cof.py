"""Council on Foundations, "Competencies for Chief Executive Officers of Private Foundations" excerpt -> DOCX.

Layout: python-docx, US Letter, real Word styles: a cover block ("COMPETENCIES FOR" in expanded character
spacing, "Chief Executive Officers" / "of" / "Private Foundations"), VISION / MISSION / STATEMENT OF
INCLUSIVENESS blocks, page break; Heading 1 "Introduction", "How to Use This Document" (List Bullet), "How the
Competencies Are Organized"; Heading 1 per CEO function ("Function 1: Governance and Board Relations"), Heading 2
per competency, a definition paragraph, Heading 3 "Key Behaviors" and "Suggested Development Activities" with
List Bullet items, and a "Related competencies:" line (semicolon-separated). Different first page; footer with
the publication name and a PAGE field from page 2.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bklib as L  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Inches, Pt  # noqa: E402

STEM = "cof-ceo-competencies-private-foundations"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "Competencies for Chief Executive Officers of Private Foundations"
FONT = "Liberation Serif"
HFONT = "Liberation Sans"

VISION = ("The Council pictures a lively, growing and accountable philanthropic sector that works for the "
          "common good. We count ourselves part of a wide philanthropic community that will help bring this "
          "about, and we aim to lead the way toward it.")
MISSION = ("The Council on Foundations gives philanthropic organizations the opportunities, leadership and "
           "tools they need to extend, strengthen and sustain their ability to advance the common good.")
INCLUSIVE = ("The Council was formed to promote responsible and effective philanthropy. Its mission calls for "
             "inclusiveness as a basic operating principle and for a continuing effort to value human "
             "diversity in all its forms. We ask our members to make the same commitment.")

INTRO = ["The chief executive of a private foundation holds a role unlike any other in the nonprofit world. "
         "The CEO answers to a board that is often made up of family members or the founder's close "
         "associates, spends money rather than raising it, and must earn the trust of grantees who are rarely "
         "in a position to say what they think.",
         "This document describes the competencies that experienced foundation CEOs, trustees and search "
         "consultants consider most important for success in the role. It draws on interviews and focus groups "
         "held by the Council with CEOs of independent and family foundations of different sizes."]

USES = ["as a self-assessment tool for sitting CEOs;",
        "as a framework for the board's annual review of the CEO;",
        "by search committees when they write a position profile and interview candidates; and",
        "to plan the professional development of CEOs and of staff preparing for the role."]

ORGANIZED = ("The competencies are grouped under the main functions of the CEO role. For each competency you "
             "will find a short definition, the key behaviors that show it in practice, suggested development "
             "activities and the competencies most closely related to it. This excerpt covers the first two "
             "functions.")

FUNCTIONS = [
    ("Function 1: Governance and Board Relations", [
        ("Board Partnership",
         "Builds a relationship of trust and candor with the board, helping trustees carry out their governance "
         "role while keeping the roles of board and staff clear.",
         ["Keeps the board informed of opportunities, risks and bad news in good time.",
          "Helps the board chair plan meetings that focus on strategy rather than routine business.",
          "Supports the orientation and education of new trustees.",
          "Respects the boundary between the governance role of the board and the management role of staff."],
         ["Ask the board chair for structured feedback on your working relationship once a year.",
          "Attend a governance program for foundation CEOs and trustees together with your chair.",
          "Review the board minutes of the past two years to see which issues took most of the board's time."],
         ["Ethics and Accountability", "Communication"]),
    ]),
    ("Function 2: Strategy and Grantmaking", [
        ("Strategic Leadership",
         "Sets the direction of the foundation together with the board, turning its mission and values into "
         "clear goals, priorities and ways of measuring progress.",
         ["Leads the board and staff through regular reviews of the foundation's strategy.",
          "Scans the social, economic and policy environment for trends that affect the foundation's work.",
          "Makes hard choices about where the foundation will and will not invest.",
          "Links budgets, staffing and grant programs to the strategic plan."],
         ["Visit peer foundations that have recently changed their strategy and discuss what they learned.",
          "Take part in a scenario-planning exercise with community leaders in your field.",
          "Find a mentor among experienced foundation CEOs."],
         ["Grantmaking Stewardship", "Board Partnership"]),
        ("Grantmaking Stewardship",
         "Ensures that the grantmaking of the foundation is effective, fair and responsive to grantees and "
         "communities, and that it complies with the law.",
         ["Sets clear and transparent guidelines and processes for grant applications.",
          "Treats grantees as partners and invites their feedback on the foundation's practices.",
          "Makes sure that grants are monitored and evaluated in proportion to their size and risk.",
          "Ensures compliance with the rules for private foundations, including the payout and self-dealing "
          "rules."],
         ["Commission an anonymous survey of grantees about the foundation's processes.",
          "Sit in on site visits and grant review meetings with program staff.",
          "Attend a legal update on the rules that govern private foundations."],
         ["Strategic Leadership", "Ethics and Accountability"]),
    ]),
]


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    L.style_font(d, "Normal", FONT, 11.5)
    d.styles["Normal"].paragraph_format.space_after = Pt(6)
    L.style_font(d, "Heading 1", HFONT, 15, bold=True, color="1B4F72")
    L.style_font(d, "Heading 2", HFONT, 12.5, bold=True, color="117A65")
    L.style_font(d, "Heading 3", HFONT, 10.5, bold=True, color="333333")
    L.style_font(d, "List Bullet", FONT, 11.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1.1)
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, Inches(6.3))
    L.font(fp.add_run("Council on Foundations  |  " + TITLE), HFONT, 8, color="666666")
    fp.add_run("\t")
    L.add_field(fp, "PAGE", "2")
    for r in fp.runs[1:]:
        L.font(r, HFONT, 8)

    # cover block
    for _ in range(3):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = L.font(p.add_run("COMPETENCIES FOR"), HFONT, 16, bold=True, color="117A65")
    r._r.get_or_add_rPr().append(parse_xml(f'<w:spacing {nsdecls("w")} w:val="120"/>'))
    for txt, size in (("Chief Executive Officers", 28), ("of", 16), ("Private Foundations", 28)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
        L.font(p.add_run(txt), HFONT, size, bold=(size > 20), color="1B4F72")
    for _ in range(3):
        d.add_paragraph()
    for head, body in (("VISION", VISION), ("MISSION", MISSION), ("STATEMENT OF INCLUSIVENESS", INCLUSIVE)):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        L.font(p.add_run(head), HFONT, 9, bold=True, color="117A65")
        p = d.add_paragraph()
        L.font(p.add_run(body), FONT, 9.5)
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    d.add_heading("Introduction", level=1)
    for t in INTRO:
        d.add_paragraph(t)
    d.add_heading("How to Use This Document", level=1)
    d.add_paragraph("The competencies can be used in several ways:")
    for u in USES:
        d.add_paragraph(u, style="List Bullet")
    d.add_heading("How the Competencies Are Organized", level=1)
    d.add_paragraph(ORGANIZED)

    for fname, comps in FUNCTIONS:
        h = d.add_heading(fname, level=1)
        h.paragraph_format.space_before = Pt(18)
        for name, definition, behaviors, activities, related in comps:
            d.add_heading(name, level=2)
            d.add_paragraph(definition)
            d.add_heading("Key Behaviors", level=3)
            for b in behaviors:
                d.add_paragraph(b, style="List Bullet")
            d.add_heading("Suggested Development Activities", level=3)
            for a in activities:
                d.add_paragraph(a, style="List Bullet")
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(4)
            L.font(p.add_run("Related competencies: "), FONT, 11, bold=True, italic=True)
            L.font(p.add_run("; ".join(related)), FONT, 11, italic=True)
    d.save(str(OUT))


def gold():
    doc = STEM
    comps = []
    for _, cl in FUNCTIONS:
        for name, definition, behaviors, activities, related in cl:
            comps.append(L.competency(doc, name, definition, indicators=L.items(doc, behaviors),
                                      activities=L.items(doc, activities), related=list(related)))
    return L.write_gold(OUT, "docx", TITLE, comps)


if __name__ == "__main__":
    build()
    print(gold())

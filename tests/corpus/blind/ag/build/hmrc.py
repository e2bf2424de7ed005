"""HM Revenue & Customs (HMRC, UK tax and customs authority), "Tax Competency Framework" -> DOCX.

python-docx with ONE real Word multilevel list (w:abstractNum, multiLevelType "multilevel"):
  ilvl 0  "%1."  decimal  - the core tax competencies ("1. Application of Tax Knowledge"), Heading 2 style
  ilvl 1  none   (no number, empty lvlText) - the level sub-headings typed as text "Level 1" ... "Level 3";
                 being a list level they restart the numbering below them
  ilvl 2  "%3"   decimal  - the numbered capability statements, restarting at 1 under every level
The numbers themselves are not in the text. Intro with the diagram caption and the note that the levels do
not match grades (front matter); closing section "Building and Maintaining Tax Professional Competence"
(Heading 2, not numbered) with two bullet statements that apply at every level."""
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

import common as C
import helpers as H

STEM = "hmrc-tax-competency-framework"
TITLE = "Tax Competency Framework"

COMPS = [
    ("Application of Tax Knowledge",
     {"Level 1": ["Uses HMRC published guidance to answer customers' questions and to decide straightforward "
                  "cases",
                  "Shows an awareness of the legislative framework within which HMRC operates",
                  "Shows an awareness of how reviews and appeals are handled and of the nature of legal "
                  "evidence",
                  "Shows an awareness of the taxes and duties customers must pay and of the credits, repayments "
                  "or reliefs they may be entitled to"],
      "Level 2": ["Understands how UK tax law is made and amended",
                  "Interprets legislation correctly and builds arguments on it",
                  "Understands how the different taxes, duties and credits interact",
                  "Identifies risks across different tax regimes and explains them to colleagues",
                  "Researches case law and technical guidance to resolve cases that are not covered by published "
                  "guidance"],
      "Level 3": ["Applies expert knowledge of legislation and case law to the most complex cases",
                  "Contributes to the design of new legislation and guidance",
                  "Acts as a recognised technical authority inside and outside the Department",
                  "Anticipates how changes in law and in business practice will affect the tax base"]}),
    ("Application of Powers & Compliance Skills",
     {"Level 1": ["Uses HMRC information powers correctly under supervision",
                  "Follows the correct procedures for checking returns and records",
                  "Keeps accurate records of contact with customers and of the evidence obtained"],
      "Level 2": ["Chooses the right powers and interventions for the risk presented",
                  "Plans and carries out compliance checks with minimal supervision",
                  "Negotiates settlements that are supported by the evidence and the law",
                  "Recognises signs of fraud or evasion and refers cases appropriately"],
      "Level 3": ["Leads complex or high-risk compliance work involving several taxes or jurisdictions",
                  "Decides when to use the most intrusive powers and is accountable for that decision",
                  "Develops compliance strategies for a customer group or sector",
                  "Coaches colleagues on the use of powers and on the handling of difficult cases"]}),
]

PROFESSIONAL = ("Building and Maintaining Tax Professional Competence",
                ["Undertakes continuous professional development to keep tax knowledge and skills up to date",
                 "Coaches and supports other tax professionals by sharing knowledge and expertise"])


def _multilevel(document):
    lvls = (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val=""/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:firstLine="0"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="426"/></w:pPr></w:lvl>')
    numbering = document.part.numbering_part.element
    aid, _ = C._next_ids(numbering)
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        f'<w:nsid w:val="2B5E7C11"/><w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
    first = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first is not None:
        first.addprevious(absnum)
    else:
        numbering.append(absnum)
    return C.add_num(document, aid)


def build():
    d = Document()
    H.set_font(d, "Arial", 11)
    H.style_font(d, "Title", "Arial", 22, True, "00703C")
    H.style_font(d, "Heading 2", "Arial", 14, True, "00703C")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)

    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph(
        "The framework has four core tax competencies: Application of Tax Knowledge, Application of "
        "Commercial Understanding, Interpretation of Financial Information, and Application of Powers & "
        "Compliance Skills. They rest on a shared foundation, Building and Maintaining Tax Professional "
        "Competence.")
    d.add_paragraph(
        "Each of the four core tax competencies has three levels of capability. The levels do not correspond "
        "directly to a grade or pay band: different tax roles make different demands, and a role may call for "
        "different levels in different competencies.")
    d.add_paragraph("This extract shows two of the core competencies.")

    num = _multilevel(d)
    for name, levels in COMPS:
        h = d.add_paragraph(name, style="Heading 2")
        C.set_num(h, num, 0)
        for lab, stmts in levels.items():
            p = d.add_paragraph()
            r = p.add_run(lab)
            r.bold = True
            C.set_num(p, num, 1)
            H.space(p, 8, 3)
            for s in stmts:
                q = d.add_paragraph(s)
                C.set_num(q, num, 2)
                H.space(q, 0, 3)

    d.add_paragraph(PROFESSIONAL[0], style="Heading 2")
    bl = C.add_numbering(d, C.bullet_lvl("\u2022", left=425, hanging=425), "2B5E7C12")
    for s in PROFESSIONAL[1]:
        q = d.add_paragraph(s)
        C.set_num(q, bl)

    C.clear_core_props(d, TITLE)
    out = H.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


def gold(doc_path):
    comps = []
    for name, levels in COMPS:
        lv = [H.lvl(i + 1, lab, stmts, STEM) for i, (lab, stmts) in enumerate(levels.items())]
        comps.append(H.comp(name, STEM, None, levels=lv))
    comps.append(H.comp(PROFESSIONAL[0], STEM, None, indicators=H.items(PROFESSIONAL[1], STEM)))
    return H.write_gold(doc_path, "docx", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))

"""Lincolnshire County Council, "Core values and behaviours framework" (HR employment policies).

Rendered python-docx (Word styles, real bullet numbering, running header/footer) -> LibreOffice PDF ->
pdftotext in its default mode (NO -layout). Only the .txt is shipped:
docs/lincs-core-values-behaviours-framework.txt (form feeds, running header/footer lines and the
wrapped lines are left as pdftotext writes them)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docx
from docx.shared import Cm, Pt, RGBColor

import common as C
import helpers as H

STEM = "lincs-core-values-behaviours-framework"
TITLE = "Core values and behaviours framework"
ACHIEVE = ("To achieve this at your level in the organisation you will need to demonstrate the following "
           "values and behaviours:")
MGR = "In addition for managers:"
COULD = "This could include:"

VALUES = [
    {
        "name": "Political and commercial focus",
        "why": ["We want a workforce that knows and understands the political and business setting in which "
                "we work. It matters that everyone understands the main issues that shape our priorities."],
        "why_bullets": [],
        "achieve": [
            "understand how our political framework works and the part members play in setting direction",
            "be aware of how our finance and budget process affects decisions about services",
            "know who your customers, partners and key stakeholders are"],
        "achieve_mgr": [
            "show a sound grasp of political drivers and central government processes and how they affect "
            "public services",
            "lead the development of practical strategies that deliver political objectives; understand the "
            "role of members; know who the key influencers are inside and outside the council and how to "
            "involve them when needed",
            "engage with integrity and impartiality",
            "understand, analyse and interpret a wide range of data to inform strategic and operational "
            "decisions",
            "find ways to add value to services without raising overheads"],
        "levels": [
            ("Low", [
                "is not aware of our political framework",
                "shares confidential information; shows a lack of integrity",
                "does not understand how budgets affect the service",
                "does not know who customers and, or key stakeholders are; is unaware of what customers need"], [
                "does not keep up to date with new political and council priorities",
                "does not identify or assess current or future risks and put effective mitigation in place; "
                "uses risk as a reason to avoid action",
                "does not make effective use of numerical, financial or market data to spot issues or problems "
                "and, or to plan strategically"]),
            ("Expected", [
                "understands how decisions are made in the council and the role of elected members",
                "treats sensitive and political information with discretion",
                "understands the budget for own area and works within it",
                "knows own customers and stakeholders and what they need"], [
                "keeps up to date with political and council priorities and explains them to the team",
                "identifies risks and puts proportionate controls in place",
                "uses data and financial information to plan and to make decisions"]),
            ("Outstanding", [
                "anticipates how political and commercial changes will affect own work",
                "spots opportunities to save money or to generate income and acts on them",
                "builds strong relationships with customers and stakeholders, based on a clear understanding "
                "of their needs"], [
                "is trusted by members and senior officers for sound, impartial advice",
                "shapes strategy in response to the political and financial environment",
                "develops commercial awareness across the team"]),
        ],
    },
    {
        "name": "Consistently deliver results",
        "why": ["We want a workforce that delivers our objectives and meets customer expectations by "
                "concentrating on outcomes. This calls for lasting energy and determination when faced with "
                "obstacles caused by:"],
        "why_bullets": ["conflicting priorities", "a lack of resources",
                        "change in the internal or external environment"],
        "achieve": [
            "focus on outcomes; what counts is the effect of what you deliver, not the effort or input",
            "consistently show drive and accountability for high performance and for delivering results and "
            "customer service",
            "respect the involvement and contribution of others while achieving your own goals",
            "measure progress against targets and make sure decisions are sustainable \u2013 be practical and "
            "avoid overthinking and red tape"],
        "achieve_mgr": [
            "steps in quickly and consistently when performance slips, using the right processes",
            "is resourceful, finding effective answers to problems, resource issues and obstacles",
            "moves easily between strategy and operational detail, getting the most from results in the short "
            "and long term",
            "understands how business decisions affect different services, customers and other stakeholders"],
        "levels": [
            ("Low", [
                "stops and gives up at the first hurdle. Seldom meets agreed targets or results. Has to be "
                "chased to finish a job",
                "loses sight of how a task fits with wider objectives; puts barriers in the way of delivery",
                "mistakes being busy for being productive; does just enough to get by; concentrates on process",
                "fails to deliver on time; focuses on areas that matter less than delivering objectives and "
                "targets"], [
                "sets unclear or conflicting objectives",
                "accepts poor performance and does not challenge it",
                "does not plan resources to meet demand"]),
            ("Expected", [
                "meets agreed targets and deadlines to the standard required",
                "plans and prioritises own work to deliver results",
                "keeps going when obstacles arise and asks for help when it is needed",
                "checks progress and adjusts the approach to stay on track"], [
                "sets clear objectives and holds people to account for delivering them",
                "deals with underperformance promptly and fairly",
                "makes the best use of the resources available"]),
            ("Outstanding", [
                "consistently exceeds targets and the expectations of customers",
                "finds new ways to deliver better outcomes with the same or fewer resources",
                "inspires others to stay focused on results"], [
                "creates a high performance culture in which the team owns its results",
                "delivers results across service boundaries and over the long term"]),
        ],
    },
]

INTRO = [
    "The Core Values and Behaviours have been developed to enable great performance. This document sets "
    "a standard of behaviour by describing positive and negative examples. The context and the work of "
    "each service area should also be taken into account to bring the behaviours to life for employees.",
    "In some roles, for example, there will be a light touch when it comes to \u2018Political and Commercial "
    "Focus\u2019. We all need to understand the environment we work in, but we do not all need to work with "
    "members. Use your judgement to bring the behaviours and expectations to life.",
    "\u2018What\u2019 we do (the delivery of our work) and \u2018how\u2019 we do it (the behaviours and values we "
    "show) matter equally, especially as we are a public body and open to scrutiny.",
]


def build_docx(path):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    for name, size in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11)):
        s = d.styles[name]
        s.font.name = "Arial"
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor.from_string("1D5C3A")
    hp = sec.header.paragraphs[0]
    H.run(hp, "Lincolnshire County Council", bold=True, size=9, color="1D5C3A", font="Arial")
    hp.alignment = 2
    fp = sec.footer.paragraphs[0]
    H.run(fp, "Core Values and Behaviours Framework\t\t", size=8, font="Arial")
    C.add_field(fp, "PAGE")
    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=567, hanging=284), "1A2B3C4D")
    sub = C.add_numbering(d, C.bullet_lvl("\u2022", left=567, hanging=284), "1A2B3C4E")

    def bullets(lst, num=bullet):
        for b in lst:
            p = d.add_paragraph()
            H.run(p, b)
            C.set_num(p, num)
            p.paragraph_format.space_after = Pt(3)

    d.add_heading(TITLE, level=1)
    d.add_heading("Introduction", level=2)
    for t in INTRO:
        H.para(d, t, after=6)
    for v in VALUES:
        d.add_page_break()
        d.add_heading(v["name"], level=1)
        d.add_heading("Why is this important?", level=2)
        for t in v["why"]:
            H.para(d, t, after=4)
        bullets(v["why_bullets"], sub)
        H.para(d, ACHIEVE, after=4, before=6)
        bullets(v["achieve"])
        H.para(d, MGR, bold=True, after=4, before=4)
        bullets(v["achieve_mgr"])
        for label, staff, mgr in v["levels"]:
            d.add_heading(label, level=3)
            H.para(d, COULD, after=4)
            bullets(staff)
            H.para(d, MGR, bold=True, after=4, before=4)
            bullets(mgr)
    d.save(path)


def gold():
    comps = []
    for v in VALUES:
        notes = H.items(v["why"] + v["why_bullets"], STEM, "Why is this important?")
        ind = H.items(v["achieve"], STEM) + H.items(v["achieve_mgr"], STEM, MGR.rstrip(":"))
        levels = [H.lv(i + 1, label, H.items(staff, STEM) + H.items(mgr, STEM, MGR.rstrip(":")))
                  for i, (label, staff, mgr) in enumerate(v["levels"])]
        comps.append(H.comp(v["name"], STEM, None, indicators=ind, levels=levels, notes=notes))
    return comps


def main():
    src = H.WORK / f"{STEM}.docx"
    build_docx(src)
    pdf = H.soffice(src, "pdf:writer_pdf_Export", H.WORK)
    H.pdftotext(pdf, H.DOCS / f"{STEM}.txt", layout=False)
    H.write_gold(STEM, f"{STEM}.txt", "txt", TITLE, gold())


if __name__ == "__main__":
    main()

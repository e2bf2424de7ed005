"""cgma-competency-framework-people-skills.pdf: AICPA & CIMA (Chartered Global Management Accountant),
"CGMA Competency Framework - People skills" (knowledge-area booklet).

Landscape A4, python-docx -> LibreOffice. Page 1: title, the four proficiency-level definitions as run-in
"Foundational:" ... "Expert:" paragraphs (front matter: the level scheme), a contents list of the four
competencies with page numbers, a knowledge-area strip. Pages 2-5: one competency per page, name heading,
definition paragraph, one 4-column table whose header row is Foundational | Intermediate | Advanced | Expert
and whose single body row holds Word-bulleted behaviours. Footer: "CGMA Competency Framework" / "People
skills" / page number."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.shared import Pt, Inches, RGBColor

import common as C
import helpers as H

STEM = "cgma-competency-framework-people-skills"
DOC = H.DOCS / f"{STEM}.pdf"
TITLE = "CGMA Competency Framework People skills"
LEVELS = ["Foundational", "Intermediate", "Advanced", "Expert"]
PURPLE = RGBColor(0x5B, 0x2C, 0x6F)

LEGEND = [
    ("Foundational", "This calls for a basic grasp of the business structures, operations and financial "
                     "performance, and covers carrying out tasks and delivering results through your own "
                     "actions rather than through others."),
    ("Intermediate", "This calls for a reasonable grasp of the business\u2019s operations and measures as a "
                     "whole, including responsibility for monitoring how strategy is put into effect. It may "
                     "involve limited or informal responsibility for colleagues, or the need to weigh wider "
                     "approaches and consequences."),
    ("Advanced", "This calls for a strong grasp of the organisation\u2019s environment, strategic position and "
                 "direction, sharp analytical skills and the ability to advise on strategic options. It "
                 "includes formal responsibility for colleagues and their work, and decisions with a wider "
                 "impact."),
    ("Expert", "This calls for expert knowledge to set the strategic vision and to give distinctive insight into "
               "the overall direction and success of the organisation. It carries formal responsibility for "
               "areas of the business, and actions and decisions with a strategic impact at the highest level."),
]

COMPS = [
    ("Influence",
     "Building and managing relationships inside and outside the organisation in order to meet its objectives "
     "and governance responsibilities.",
     [["Adjust your personal style to different people and situations",
       "Put forward your views clearly and with confidence",
       "Build working relationships with colleagues in your own area"],
      ["Win support for your own ideas by linking them to the needs and goals of others",
       "Build networks beyond your own team",
       "Anticipate objections and prepare your responses to them"],
      ["Combine logic, personal conviction and interpersonal skill to persuade senior stakeholders",
       "Shape decisions across business units through formal and informal networks"],
      ["Influence and work effectively with organisations from different cultures and sectors",
       "Win the confidence of the board and of external stakeholders on strategic matters",
       "Act as a recognised voice for the organisation in its wider community"]]),
    ("Negotiation and decision-making",
     "Reaching agreements that serve the organisation well, and making sound, well-founded decisions in the "
     "interests of the business.",
     [["Identify the facts and options that bear on a routine decision",
       "Prepare the information others need for their negotiations"],
      ["Negotiate agreements with internal customers and suppliers",
       "Weigh the financial and non-financial effects of each option before deciding",
       "Recognise when a decision should be escalated"],
      ["Lead negotiations with external parties on significant contracts",
       "Make decisions under uncertainty and take responsibility for them"],
      ["Negotiate agreements of strategic importance to the organisation",
       "Set the framework within which others take decisions"]]),
    ("Communication",
     "Conveying information and ideas clearly and persuasively, in writing and in person, to audiences inside "
     "and outside the organisation.",
     [["Write clear, accurate reports and emails",
       "Listen actively and check that you have understood",
       "Present routine financial information to colleagues"],
      ["Turn financial data into messages that non-finance colleagues can act on",
       "Adapt the channel and the level of detail to the audience"],
      ["Present complex analysis to senior management and defend its conclusions",
       "Plan the communication that accompanies major change"],
      ["Communicate the organisation\u2019s strategy and performance to the board, investors and the public",
       "Handle sensitive communication during a crisis"]]),
    ("Collaboration and partnering",
     "Working with others inside and outside the organisation and building partnerships that achieve shared "
     "goals.",
     [["Work cooperatively with colleagues in your own team",
       "Share information and knowledge readily"],
      ["Work across functions to deliver joint objectives",
       "Resolve differences of view constructively"],
      ["Build partnerships between finance and the rest of the business",
       "Lead cross-functional teams on significant projects"],
      ["Create strategic alliances with external partners",
       "Foster a culture of collaboration across the organisation"]]),
]


def render():
    H.WORK.mkdir(parents=True, exist_ok=True)
    d = Document()
    C.clear_core_props(d, "CGMA Competency Framework \u2013 People skills")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin, sec.bottom_margin = Inches(0.6), Inches(0.7)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("CGMA Competency Framework\tPeople skills\t")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(5.1))
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(10.2))

    p = d.add_paragraph()
    r = p.add_run("CGMA Competency")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(26), PURPLE
    p.paragraph_format.space_after = Pt(0)
    p = d.add_paragraph()
    r = p.add_run("Framework")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(26), PURPLE
    p = d.add_paragraph()
    r = p.add_run("People skills")
    r.font.size, r.font.color.rgb = Pt(18), PURPLE
    p.paragraph_format.space_after = Pt(12)

    for label, text in LEGEND:
        p = d.add_paragraph()
        r = p.add_run(f"{label}: ")
        r.bold = True
        p.add_run(text)
        p.paragraph_format.space_after = Pt(6)

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Contents")
    r.bold, r.font.size = True, Pt(12)
    for i, (name, _, _) in enumerate(COMPS, 2):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Inches(3.5))
        p.add_run(f"{name}\t{i}")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Technical skills  |  Business skills  |  People skills  |  Leadership skills  |  "
                  "Ethics, integrity and professionalism")
    r.font.size, r.font.color.rgb = Pt(8), PURPLE

    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=200, hanging=200), "6C3A9B01")
    width = (11.69 - 1.4) / 4
    for name, definition, cells in COMPS:
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        r = p.add_run(name)
        r.bold, r.font.size, r.font.color.rgb = True, Pt(18), PURPLE
        p = d.add_paragraph(definition)
        p.paragraph_format.space_after = Pt(10)
        t = d.add_table(rows=2, cols=4)
        t.style = "Table Grid"
        for j, lv in enumerate(LEVELS):
            c = t.cell(0, j)
            c.text = ""
            rr = c.paragraphs[0].add_run(lv)
            rr.bold, rr.font.color.rgb = True, RGBColor(0xFF, 0xFF, 0xFF)
            C.shade(c, "5B2C6F")
            c = t.cell(1, j)
            first = True
            for b in cells[j]:
                q = c.paragraphs[0] if first else c.add_paragraph()
                q.text = b
                C.set_num(q, bullet)
                first = False
        C.fix_widths(t, [width] * 4)
    src = H.WORK / f"{STEM}.docx"
    d.save(src)
    H.to_pdf(src, H.DOCS)


def gold():
    comps = []
    for name, definition, cells in COMPS:
        lvls = [H.level(STEM, i, lv, cells[i - 1]) for i, lv in enumerate(LEVELS, 1)]
        comps.append(H.competency(STEM, name, definition, levels=lvls))
    H.write_gold(DOC, "pdf", TITLE, comps)


def build():
    render()
    gold()
    return DOC


if __name__ == "__main__":
    print(build())

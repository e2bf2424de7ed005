"""HETI (Health Education and Training Institute, NSW Health) - "Leadership Self Assessment Tool" (PDF).

Modelled on HETI's "Leadership Self Assessment Tool" (c 2014 Health Education and Training Institute), the
self-assessment companion of the NSW Health Leadership Framework, and on HETI's framework page "Domain 2:
Developing and Leading Self" (capabilities 2.1-2.4, each with three numbered behavioural descriptors). Laid out
as a HETI workbook: running header and copyright footer with page number, title block, introduction, "How to use
this tool" steps, a rating key (1 Rarely ... 4 Consistently), then the domain with one table per capability
(Ref | Behavioural descriptor | 1 | 2 | 3 | 4 with empty check boxes), a "Reflection" question list and a
table of HETI programs (names from HETI's Leadership and Management Programs brochure), and a blank "My
development priorities" page. Descriptors are paraphrased; reflection questions, program formats and
durations, and all other wording are ours. python-docx -> LibreOffice, A4.
"""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

import bvlib as L

STEM = "heti-leadership-self-assessment-tool"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "LEADERSHIP SELF ASSESSMENT TOOL"
TEAL = RGBColor(0x00, 0x6D, 0x77)
GREY = RGBColor(0x55, 0x55, 0x55)
BOX = "\u2610"

DOMAIN_INTRO = [
    "This domain is about understanding why we choose to lead, what helps or hinders our success, and "
    "using that understanding to grow as a person and as a leader.",
    "Every one of us brings different qualities to leadership, but we share one purpose: better care for "
    "patients and the community. Self-awareness means thinking about what drives us and about the qualities "
    "we use to influence others.",
]

CAPS = [
    dict(code="2.1", name="Demonstrating self-awareness",
         desc=["Notices and challenges own assumptions, attitudes and beliefs",
               "Stays open to other views and ideas and holds back from judging too early",
               "Thinks back on own contribution and experience"],
         reflect=["When did someone last see a situation very differently from you? What did that tell you "
                  "about your own assumptions?",
                  "Which of your beliefs about patients, colleagues or the health system have you tested "
                  "recently?",
                  "How do you make time to look back on your own contribution after a busy shift or meeting?"],
         programs=[("Emotional Intelligence in Practice", "Face-to-face workshop", "2 days")]),
    dict(code="2.2", name="Actively seeking personal growth",
         desc=["Knows own strengths and builds on them",
               "Asks for feedback and acts on it, including signs that a change in behaviour or further "
               "development is needed",
               "Shows openness to own learning and development"],
         reflect=["What feedback have you asked for in the last three months, and what did you do with it?",
                  "Which of your strengths could you use more deliberately in your current role?",
                  "What is one thing you want to learn this year, and who could help you learn it?"],
         programs=[("Leading Change and Growing Trust", "Blended (online and workshop)", "1 day + 2 online modules"),
                   ("Strategic Time Management", "Virtual classroom", "3.5 hours")]),
    dict(code="2.3", name="Modelling desired behaviours and values",
         desc=["Keeps words and actions consistent",
               "Inspires others by living the NSW Health CORE values",
               "Recognises own emotions and manages own responses"],
         reflect=["Would your team describe how you behave under pressure in the same way you would?",
                  "Which CORE value - Collaboration, Openness, Respect or Empowerment - do you find hardest to "
                  "model, and why?",
                  "What helps you notice your emotions before they shape your response?"],
         programs=[("CORE Chat: Our Values in Action", "Face-to-face, delivered locally", "3 hours"),
                   ("Positively Resolving Workplace Conflict", "Face-to-face workshop", "1 day")]),
    dict(code="2.4", name="Taking responsibility for own performance and contribution to the service agreement",
         desc=["Sees own performance in the context of organisational and system goals",
               "Shapes own performance with service to others in mind",
               "Perseveres and shows resilience when working towards goals"],
         reflect=["How does your work connect to your organisation\u2019s service agreement?",
                  "Who relies on the quality of your work, and how do you know whether you are meeting their "
                  "needs?",
                  "What keeps you going when progress towards a goal is slow?"],
         programs=[("Purposeful Meetings", "Virtual classroom", "2 hours")]),
]


def build():
    d = Document()
    st = d.styles["Normal"]
    L.style_font(st, "Arial")
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    for s in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        L.style_font(d.styles[s], "Arial")
        d.styles[s].font.color.rgb = TEAL
    d.styles["Heading 1"].font.size = Pt(15)
    d.styles["Heading 2"].font.size = Pt(12.5)
    d.styles["Heading 3"].font.size = Pt(11)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    # header / footer
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, 17.0)
    r = hp.add_run("NSW HEALTH LEADERSHIP FRAMEWORK")
    r.font.size, r.font.color.rgb, r.bold = Pt(8), GREY, True
    r = hp.add_run("\tHETI  Health Education & Training Institute")
    r.font.size, r.font.color.rgb = Pt(8), TEAL
    L.para_border(hp, ("bottom",), color="006D77", size=6)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 17.0)
    r = fp.add_run("\u00a9 2014 Health Education and Training Institute\t")
    r.font.size, r.font.color.rgb = Pt(8), GREY
    L.add_field(fp, "PAGE")
    for run in fp.runs[1:]:
        run.font.size = Pt(8)

    # title block
    p = d.add_paragraph(style="Title")
    p.add_run(TITLE).bold = True
    p.runs[0].font.size = Pt(24)
    p = d.add_paragraph()
    r = p.add_run("The pace and reach of political, demographic and technological change in the way health "
                  "services will be designed and delivered is plain to see. How we anticipate, start, respond to "
                  "and make sense of these changes, together with others, is the work of leadership.")
    r.italic = True
    d.add_heading("THE NSW HEALTH LEADERSHIP FRAMEWORK SELF ASSESSMENT TOOL", level=1)
    d.add_paragraph("This tool helps you take charge of your own learning and development and reflect on the "
                    "domains of the NSW Health Leadership Framework that you would like to develop further. It "
                    "is for your own use: you may choose to share your results with your manager, a mentor or "
                    "a coach when you plan your development.")
    d.add_paragraph("The framework takes a collaborative view of leadership. Leadership can be exercised anywhere "
                    "in a health service organisation; it is not only the job of people in leadership positions.")
    d.add_heading("How to use this tool", level=2)
    num = L.add_numbering(d, L.decimal_lvl(left=360, hanging=360), "5A1B2C3D")
    for t in ["Read each behavioural descriptor and think about your practice over the last six months.",
              "Tick the box that best describes how often you show the behaviour, using the rating key below.",
              "Work through the reflection questions for each capability and note your thoughts.",
              "Choose two or three priorities and record them on the \u201cMy development priorities\u201d page."]:
        p = d.add_paragraph(t)
        L.set_num(p, num)
    d.add_heading("Rating key", level=3)
    key = d.add_table(rows=2, cols=4)
    key.style = "Table Grid"
    key.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (lab, expl) in enumerate([("1 Rarely", "I seldom show this behaviour"),
                                      ("2 Sometimes", "I show this behaviour in some situations"),
                                      ("3 Often", "I show this behaviour in most situations"),
                                      ("4 Consistently", "I show this behaviour in all situations, "
                                                         "including under pressure")]):
        c = key.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(lab)
        rr.bold = True
        L.shade(c, "D9EEF0")
        key.rows[1].cells[i].text = expl
    L.fix_widths_cm(key, [4.25] * 4)

    # domain
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("DOMAIN 2: DEVELOPING AND LEADING SELF", level=1)
    for t in DOMAIN_INTRO:
        d.add_paragraph(t)
    for i, cap in enumerate(CAPS):
        h = d.add_heading(f"{cap['code']} {cap['name']}", level=2)
        L.keep_with_next(h)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        hdr = ["Ref", "Behavioural descriptor", "1", "2", "3", "4"]
        for j, txt in enumerate(hdr):
            c = t.rows[0].cells[j]
            c.text = ""
            rr = c.paragraphs[0].add_run(txt)
            rr.bold = True
            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            L.shade(c, "006D77")
            if j >= 2:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        L.row_flags(t.rows[0], header=True)
        for k, desc in enumerate(cap["desc"], start=1):
            row = t.add_row()
            L.row_flags(row)
            row.cells[0].text = f"{cap['code']}.{k}"
            row.cells[1].text = desc
            for j in range(2, 6):
                row.cells[j].text = BOX
                row.cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        L.fix_widths_cm(t, [1.3, 10.6, 1.1, 1.1, 1.1, 1.1])
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        rr = p.add_run("Reflection")
        rr.bold = True
        rr.font.color.rgb = TEAL
        L.keep_with_next(p)
        bn = L.add_numbering(d, L.bullet_lvl(glyph="\u2022", left=360, hanging=360), f"6B{i}C{i}D0E")
        for q in cap["reflect"]:
            p = d.add_paragraph(q)
            L.set_num(p, bn)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        rr = p.add_run("HETI programs that support this capability")
        rr.bold = True
        rr.font.color.rgb = TEAL
        L.keep_with_next(p)
        pt = d.add_table(rows=1, cols=3)
        pt.style = "Table Grid"
        for j, txt in enumerate(["Program", "Delivery", "Duration"]):
            c = pt.rows[0].cells[j]
            c.text = ""
            c.paragraphs[0].add_run(txt).bold = True
            L.shade(c, "D9EEF0")
        for prog in cap["programs"]:
            row = pt.add_row()
            L.row_flags(row)
            for j, v in enumerate(prog):
                row.cells[j].text = v
        L.fix_widths_cm(pt, [8.0, 5.3, 3.7])
        d.add_paragraph()

    # priorities page
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("My development priorities", level=1)
    d.add_paragraph("Record the two or three capabilities you will focus on over the next twelve months and "
                    "discuss them with your manager at your next performance and development review.")
    pr = d.add_table(rows=4, cols=4)
    pr.style = "Table Grid"
    for j, txt in enumerate(["Capability", "What I will do", "Support I need", "By when"]):
        c = pr.rows[0].cells[j]
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        L.shade(c, "D9EEF0")
    for row in pr.rows[1:]:
        row.height = Cm(2.2)
    L.fix_widths_cm(pr, [4.0, 5.5, 4.5, 3.0])
    d.add_paragraph()
    d.add_paragraph("Notes: ____________________________________________________________________________")
    d.add_paragraph("_________________________________________________________________________________")
    L.clear_core_props(d, "Leadership Self Assessment Tool")
    L.docx_to_pdf(d, OUT)


def gold():
    doc = STEM
    comps = []
    for cap in CAPS:
        comps.append(L.competency(
            doc, cap["name"], None,
            indicators=L.items(doc, cap["desc"]),
            tips=L.items(doc, cap["reflect"]),
            courses=L.items(doc, [" | ".join(p) for p in cap["programs"]])))
    L.write_gold(OUT, "pdf", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

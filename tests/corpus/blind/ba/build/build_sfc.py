"""sfc-leadership-qualities.pdf: a designed brochure (Skills for Care, Leadership Qualities Framework).

python-docx (Word sections with two newspaper columns, shaded banner tables, a shaded "in practice"
box, bordered pull quotes, a running header/footer with page numbers starting at 11) -> LibreOffice -> PDF.
"""
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

import balib as B

OUT = B.DOCS / "sfc-leadership-qualities.pdf"
PLUM = "7A1E5A"
PLUM_RGB = RGBColor(0x7A, 0x1E, 0x5A)
TINTS = ["F6E8F1", "EDD3E4", "E2BCD6"]
DIMENSION = "Demonstrating personal qualities"

INTRO = [
    "Leaders who show strong personal qualities know what they value and why, and they understand how "
    "this shapes the way they work with people who use services, carers and colleagues. They look after "
    "their own development and behave in a way that others can trust.",
    "These qualities matter wherever you work in social care, whether you support one person in their own "
    "home or run a large organisation. They are the foundation on which all the other dimensions of the "
    "framework are built.",
    "This section describes four elements. For each one you will find a short description, the behaviours "
    "we would expect to see, and examples of how the element might look in practice at different points "
    "in a career.",
]
INTRO_QUOTE = "\u201cGood leadership in social care starts with knowing yourself.\u201d"

ELEMENTS = [
    {
        "name": "Developing self awareness",
        "definition": "Being aware of your own values, principles and assumptions, and being able to learn "
                      "from your experiences.",
        "quote": "\u201cBeing aware of your own values, principles and assumptions\u201d",
        "bullets": [
            "recognise how their own values and beliefs shape the way they behave and the decisions they make",
            "notice the effect their emotions and behaviour have on people who use services, their families "
            "and colleagues",
            "ask others for feedback and use it to understand their strengths and the areas they need to develop",
            "reflect after difficult situations on what went well and what could have been done differently",
        ],
        "practice": [
            "You think about how your own background and views might colour the support you give, and you "
            "check with the person you support that things are done the way they want.",
            "You invite your team to tell you how your style affects them, and you change the way you work "
            "when their feedback shows a need to.",
            "You build time for reflection into the routines of the organisation and show openly how you have "
            "acted on what people told you about your own leadership.",
        ],
    },
    {
        "name": "Managing yourself",
        "definition": "Organising and managing yourself while taking account of the needs and priorities "
                      "of others.",
        "quote": "\u201cTaking account of the needs and priorities of others\u201d",
        "bullets": [
            "plan their work so that the commitments made to people who use services are kept",
            "stay calm and think clearly when they are under pressure or something unexpected happens",
            "know the limits of their own role and ask for help when it is needed",
            "look after their own health and wellbeing so that they can keep working well",
            "take responsibility for their own actions and for what follows from them",
        ],
        "practice": [
            "You organise your visits so that nobody is left waiting, and you tell your supervisor early "
            "when you cannot get everything done.",
            "You balance your own workload against the support your team needs from you, and you show them "
            "how to handle competing demands without cutting corners.",
            "You set realistic priorities for the organisation, protect time for what matters most to the "
            "people who use your services, and model healthy ways of working.",
        ],
    },
    {
        "name": "Continuing personal development",
        "definition": "Learning through taking part in continuing professional development and from "
                      "experience and feedback.",
        "quote": "\u201cLearning through taking part in continuing professional development\u201d",
        "bullets": [
            "look for chances to learn, both through formal training and through day-to-day work",
            "agree a development plan with their manager and review it regularly",
            "put what they have learned into practice and share it with colleagues",
            "learn from people who use services and their carers as well as from other professionals",
        ],
        "practice": [
            "You keep a record of your learning, ask to shadow experienced colleagues and try out new "
            "approaches with the support of your supervisor.",
            "You make sure every member of your team has a development plan and you use supervision to talk "
            "about learning, including your own.",
            "You make learning part of the culture of the organisation and set aside budget and time so "
            "that staff at every level can develop.",
        ],
    },
    {
        "name": "Acting with integrity",
        "definition": "Behaving in an open, honest and inclusive way, upholding personal and professional "
                      "ethics and values.",
        "quote": "\u201cOpen, honest and inclusive\u201d",
        "bullets": [
            "treat everyone with dignity and respect, whatever their background",
            "speak up when they see poor practice or behaviour that puts people at risk",
            "are honest about mistakes and take steps to put things right",
            "respect confidentiality and the choices people make about their own lives",
            "challenge discrimination and help to create a culture in which diversity is valued",
        ],
        "practice": [
            "You raise concerns through the right channels when something does not look right, even if it "
            "would be easier to say nothing.",
            "You make it safe for your team to admit mistakes and you deal fairly and consistently with "
            "poor practice.",
            "You make sure that the values of the organisation are reflected in its decisions, policies and "
            "the way it treats its own staff.",
        ],
    },
]
PRACTICE_LABELS = ["If you work on the frontline", "If you lead a team", "If you lead an organisation"]


def set_cols(section, num, space_twips=500):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{space_twips}"/>'))


def nopg(section):
    for e in section._sectPr.findall(qn("w:pgNumType")):
        section._sectPr.remove(e)


def spacing(p, before=0, after=4, line=None):
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if line:
        pf.line_spacing = line


def para_shade(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    ind = p.paragraph_format
    ind.left_indent = Cm(0.0)


def banner(doc, label, title):
    t = doc.add_table(rows=1, cols=1)
    B.no_borders(t)
    c = t.rows[0].cells[0]
    B.shade(c, PLUM)
    B.cell_margins(c, 220, 220, 260, 260)
    p = c.paragraphs[0]
    if label:
        r = p.add_run(label.upper())
        r.font.size, r.font.bold = Pt(9), True
        r.font.color.rgb = RGBColor(0xF2, 0xD7, 0xE8)
        spacing(p, 0, 2)
        p = c.add_paragraph()
    r = p.add_run(title)
    r.font.size, r.font.bold = Pt(24 if label else 28), True
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    spacing(p, 0, 0)
    B.fix_widths(t, [6.9])


def body(doc, text, size=10, bold=False, color=None, italic=False, after=6):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size, r.font.bold, r.font.italic = Pt(size), bold, italic
    if color:
        r.font.color.rgb = color
    spacing(p, 0, after, 1.1)
    return p


def pull_quote(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size, r.font.italic = Pt(15), True
    r.font.color.rgb = PLUM_RGB
    B.para_border(p, color=PLUM, size=12, space=6)
    spacing(p, 10, 10, 1.05)
    return p


def build():
    doc = docx.Document()
    B.clear_core_props(doc, "The Leadership Qualities Framework for Adult Social Care")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    B.a4(sec, margins_cm=(2.0, 1.8, 2.0, 1.8))
    sec.header_distance, sec.footer_distance = Cm(0.9), Cm(0.9)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="11"/>'))
    # running header and footer
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("The Leadership Qualities Framework for Adult Social Care")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    fp = sec.footer.paragraphs[0]
    B.add_field(fp, "PAGE", "11", Pt(9))
    r = fp.add_run("   |   Skills for Care")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    bullet = B.add_numbering(doc, B.bullet_lvl("\u25cf", 280, 280, "Liberation Sans", color=PLUM), "5FC0A001")

    # ---- dimension opener
    banner(doc, None, DIMENSION)
    s = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(s, 2)
    nopg(s)
    body(doc, "")
    for i, para in enumerate(INTRO):
        body(doc, para, size=11 if i == 0 else 10)
    pull_quote(doc, INTRO_QUOTE)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.COLUMN)
    r = p.add_run("In this section")
    r.font.bold, r.font.size = True, Pt(12)
    r.font.color.rgb = PLUM_RGB
    para_shade(p, TINTS[0])
    spacing(p, 0, 0)
    for i, el in enumerate(ELEMENTS):
        q = doc.add_paragraph()
        r = q.add_run(f"{el['name']}")
        r.font.size = Pt(10)
        q.add_run(f"  \u2192  {12 + i}").font.size = Pt(10)
        para_shade(q, TINTS[0])
        spacing(q, 0, 0, 1.6)

    # ---- one element per page
    for el in ELEMENTS:
        s = doc.add_section(WD_SECTION.NEW_PAGE)
        set_cols(s, 1)
        nopg(s)
        banner(doc, DIMENSION, el["name"])
        s = doc.add_section(WD_SECTION.CONTINUOUS)
        set_cols(s, 2)
        nopg(s)
        body(doc, "", after=2)
        body(doc, el["definition"], size=12, bold=True, color=PLUM_RGB, after=10)
        body(doc, "Leaders in adult social care:", bold=True, after=4)
        for b in el["bullets"]:
            p = doc.add_paragraph()
            p.add_run(b)
            B.set_num(p, bullet)
            spacing(p, 0, 4, 1.1)
        pull_quote(doc, el["quote"])
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.COLUMN)
        r = p.add_run("What this looks like in practice")
        r.font.bold, r.font.size = True, Pt(11)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        para_shade(p, PLUM)
        spacing(p, 0, 0)
        for i, (lab, txt) in enumerate(zip(PRACTICE_LABELS, el["practice"])):
            p = doc.add_paragraph()
            r = p.add_run(lab)
            r.font.bold, r.font.size = True, Pt(10)
            r.font.color.rgb = PLUM_RGB
            para_shade(p, TINTS[i])
            spacing(p, 0, 0, 1.3)
            q = doc.add_paragraph()
            q.add_run(txt).font.size = Pt(9.5)
            para_shade(q, TINTS[i])
            spacing(q, 0, 0, 1.15)
            gap = doc.add_paragraph()
            para_shade(gap, TINTS[i])
            spacing(gap, 0, 0, 0.6)

    # Word's "do not balance text columns within a section" (the layout keeps the box in column 2)
    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = parse_xml(f'<w:compat {nsdecls("w")}/>')
        settings.append(compat)
    compat.insert(0, parse_xml(f'<w:noColumnBalance {nsdecls("w")}/>'))
    tmp = Path(tempfile.mkdtemp(prefix="ba-sfc-"))
    src = tmp / "sfc-leadership-qualities.docx"
    doc.save(src)
    B.to_pdf(src, OUT)
    return OUT


if __name__ == "__main__":
    print(build())

"""Fire and Emergency New Zealand - Leadership Framework, values in action (levels printed high -> low).

PDF via python-docx -> LibreOffice: cover block, "About this framework" page, then one section per value:
a red one-cell banner table with "English value – te reo name", a definition paragraph, "What this looks
like", and the four leadership levels as Heading 2 from "Leading the organisation" down to "Leading self",
each with Word bullets.
"""
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

import bglib as L

STEM = "fenz-leadership-framework-values"
TITLE = "Leadership Framework"
RED = RGBColor(0xB4, 0x1E, 0x22)

LEVELS_HIGH_TO_LOW = ["Leading the organisation", "Leading leaders", "Leading others", "Leading self"]

VALUES = [
    ("We do the right thing – Kia tika",
     "We are honest and fair, we keep our promises and we take ownership of our actions and decisions.",
     {"Leading the organisation": [
         "Sets an ethical tone for the whole organisation and holds senior leaders to account for upholding it",
         "Makes difficult decisions in the long-term interests of our communities and explains the reasons openly",
         "Builds systems that make it safe for people to speak up about wrongdoing"],
      "Leading leaders": [
         "Makes sure policies and procedures are applied consistently and fairly across teams",
         "Deals promptly with behaviour that falls short of our values, whoever is involved",
         "Shares the reasoning behind decisions with the leaders who report to them"],
      "Leading others": [
         "Treats every member of the team fairly and consistently",
         "Sets clear expectations about safety and conduct, and follows them personally",
         "Admits own mistakes in front of the team and shows what has been learnt"],
      "Leading self": [
         "Is honest and open in all dealings with colleagues and the public",
         "Follows safe work practices and speaks up when something is unsafe",
         "Takes responsibility for own actions and their outcomes"]}),
    ("We serve and support – Manaakitanga",
     "We care for our people and our communities, and we show respect and kindness in everything we do.",
     {"Leading the organisation": [
         "Puts the needs of communities at the centre of strategy and investment decisions",
         "Champions the wellbeing of our people, our volunteers and their whānau across the organisation",
         "Builds enduring relationships with iwi, partner agencies and communities"],
      "Leading leaders": [
         "Makes sure leaders have the time and resources to look after their people",
         "Encourages districts to work alongside local communities when planning services",
         "Recognises and celebrates service that goes beyond what is expected"],
      "Leading others": [
         "Checks in regularly on the welfare of team members, especially after traumatic incidents",
         "Involves the team in finding better ways to serve the community",
         "Makes sure new members feel welcome and supported"],
      "Leading self": [
         "Treats everyone they deal with respectfully and with care",
         "Looks out for colleagues and offers help when it is needed",
         "Looks after own health and wellbeing so they can keep serving others"]}),
]

ABOUT = [
    "Our Leadership Framework describes the behaviours we expect from everyone at Fire and Emergency, "
    "whether they are a volunteer firefighter, a member of a support team or a member of the Executive "
    "Leadership Team. The behaviours bring our four values to life.",
    "Behaviours are described for four leadership levels. For each value the levels are set out from "
    "the most senior, Leading the organisation, down to Leading self. Each level builds on the "
    "behaviours described for the levels below it.",
    "Use the framework to reflect on your own leadership, to guide development conversations, and "
    "when you are preparing for recruitment and promotion processes.",
]
VALUE_LIST = ["We do the right thing – Kia tika", "We serve and support – Manaakitanga",
              "We are better together – Whanaungatanga", "We strive to improve – Auahatanga"]


def para(doc, text="", bold=False, italic=False, size=11, color=None, before=0, after=6, align=None,
         style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build():
    doc = Document()
    L.clear_core_props(doc, "")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    h2 = doc.styles["Heading 2"]
    h2.font.name = "Arial"
    h2.font.size = Pt(12)
    h2.font.color.rgb = RED
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.add_run("Leadership Framework  |  Fire and Emergency New Zealand  |  ").font.size = Pt(8)
    L.add_field(fp, "PAGE", "2")
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # cover
    para(doc, "Fire and Emergency New Zealand", bold=True, size=14, color=RED, before=120, after=4)
    para(doc, "Whakaratonga Iwi", italic=True, size=12, after=40)
    para(doc, "Leadership Framework", bold=True, size=30, after=4)
    para(doc, "Our values in action", size=18, after=4)
    para(doc, "Ā mātou uara i te mahi", italic=True, size=14, after=80)
    para(doc, "Version 1.0  |  November 2020", size=10)
    page_break(doc)

    # about
    para(doc, "About this framework", bold=True, size=18, color=RED, after=10)
    for t in ABOUT:
        para(doc, t, after=8)
    para(doc, "Our values | Ngā uara", bold=True, size=13, before=8, after=4)
    bul = L.add_numbering(doc, L.bullet_lvl("\u25aa", left=400, hanging=280), nsid="0B6FE001")
    for v in VALUE_LIST:
        p = doc.add_paragraph(v)
        L.set_num(p, bul)
    para(doc, "This extract covers the first two values.", italic=True, size=9, before=10)
    page_break(doc)

    for i, (name, definition, levels) in enumerate(VALUES):
        t = doc.add_table(rows=1, cols=1)
        c = t.rows[0].cells[0]
        L.shade(c, "B41E22")
        cp = c.paragraphs[0]
        r = cp.add_run(name)
        r.bold = True
        r.font.size = Pt(20)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        cp.paragraph_format.space_before = Pt(8)
        cp.paragraph_format.space_after = Pt(8)
        L.fix_widths(t, [6.7])
        para(doc, definition, size=12, before=10, after=10)
        para(doc, "What this looks like", bold=True, size=13, after=4)
        for lv in LEVELS_HIGH_TO_LOW:
            doc.add_paragraph(lv, style="Heading 2")
            bul = L.add_numbering(doc, L.bullet_lvl("\u2022", left=400, hanging=280),
                                  nsid=f"0B6FE{i}{LEVELS_HIGH_TO_LOW.index(lv)}1")
            for b in levels[lv]:
                p = doc.add_paragraph(b)
                p.paragraph_format.space_after = Pt(2)
                L.set_num(p, bul)
        if i < len(VALUES) - 1:
            page_break(doc)

    tmp = Path(tempfile.mkdtemp(prefix="bg-fenz-"))
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    out = L.DOCS / f"{STEM}.pdf"
    L.to_pdf(src, out)

    g = L.Gold(STEM)
    for name, definition, levels in VALUES:
        lv = [g.level(4 - LEVELS_HIGH_TO_LOW.index(label), label, levels[label]) for label in LEVELS_HIGH_TO_LOW]
        g.comp(name, definition, levels=lv)
    g.write(out, "pdf", TITLE)


if __name__ == "__main__":
    build()

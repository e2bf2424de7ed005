"""SSSC / IRISS - The Framework for Continuous Learning in Social Services, Appendix 1 excerpt.

PDF via python-docx -> LibreOffice: running header "CONTINUOUS LEARNING FRAMEWORK", page numbers from
21; the capability groups ("Managing relationships:", "Managing self:") as Heading 1, the capabilities as
Heading 2 printed with the booklet's "»" marker; per capability a description, "Workers with this
capability:" bullets, "Questions to help you reflect" bullets and a "Links to other capabilities" sentence.
"""
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

import bglib as L

STEM = "sssc-continuous-learning-framework-capabilities"
TITLE = "CONTINUOUS LEARNING FRAMEWORK"
PURPLE = RGBColor(0x5B, 0x2C, 0x6F)

GROUPS = [
    ("Managing relationships:",
     "These capabilities are about how workers build and sustain relationships with people who use "
     "services, carers, colleagues and partner agencies.",
     [("Empathy",
       "Empathy is about recognising and understanding the thoughts, feelings and concerns of other "
       "people, even when these are not expressed openly, and responding to them in a helpful way.",
       ["listen carefully and pay attention to what people communicate without words as well as with "
        "them",
        "show the other person that they understand how he or she sees the situation",
        "take account of each person's culture, background and circumstances",
        "notice when their own feelings are getting in the way of understanding someone else"],
       ["How do you check that you have understood how another person is feeling?",
        "Can you think of a time when your own reaction made it harder to understand someone? What "
        "would you do differently now?"],
       "Empathy links closely with Awareness of impact on others and Dealing with conflict.",
       ["Awareness of impact on others", "Dealing with conflict"]),
      ("Dealing with conflict",
       "Dealing with conflict is about recognising when disagreement is building up and handling it "
       "in a way that respects everyone involved and keeps the focus on good outcomes for people who "
       "use services.",
       ["recognise early signs of tension and address them before they escalate",
        "stay calm and respectful when others are angry or distressed",
        "help people to find common ground and agree a way forward",
        "know when to involve others, and seek support after a difficult situation"],
       ["What helps you to stay calm when a conversation becomes heated?",
        "Who could you ask for feedback on how you handled a recent disagreement?"],
       "This capability links with Empathy, Resilience and Working in partnership.",
       ["Empathy", "Resilience", "Working in partnership"])]),
    ("Managing self:",
     "These capabilities are about how workers manage their own practice, learning and wellbeing.",
     [("Resilience",
       "Resilience is about being able to keep going and continue to work well in difficult "
       "circumstances, and to recover from setbacks and learn from them.",
       ["keep a sense of perspective when things go wrong",
        "use supervision and peer support to reflect on difficult experiences",
        "look after their own health and wellbeing",
        "adapt their approach when a plan is not working"],
       ["What are the early signs that you are under too much pressure, and what do you do about them?",
        "What have you learnt from a recent setback at work?"],
       "Resilience links with Confidence and Lifelong learning.",
       ["Confidence", "Lifelong learning"])]),
]


def para(doc, text="", bold=False, italic=False, size=11, color=None, before=0, after=6, style=None):
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
    return p


def build():
    doc = Document()
    L.clear_core_props(doc, "")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for hn, size in (("Heading 1", 18), ("Heading 2", 15)):
        h = doc.styles[hn]
        h.font.name = "Arial"
        h.font.size = Pt(size)
        h.font.color.rgb = PURPLE
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="21"/>'))
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("CONTINUOUS LEARNING FRAMEWORK")
    hr.bold = True
    hr.font.size = Pt(8)
    hr.font.color.rgb = PURPLE
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    L.add_field(fp, "PAGE", "21")

    k = 0
    for gi, (group, intro, caps) in enumerate(GROUPS):
        if gi:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_paragraph(group, style="Heading 1")
        para(doc, intro, italic=True, after=10)
        for ci, (name, definition, inds, questions, links, _rel) in enumerate(caps):
            if ci:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            doc.add_paragraph(f"\u00bb {name}", style="Heading 2")
            para(doc, definition, size=12, after=10)
            para(doc, "Workers with this capability:", bold=True, after=3)
            k += 1
            nid = L.add_numbering(doc, L.bullet_lvl("\u2022", left=420, hanging=280), nsid=f"0B655C{k:02d}")
            for t in inds:
                p = doc.add_paragraph(t)
                p.paragraph_format.space_after = Pt(3)
                L.set_num(p, nid)
            para(doc, "Questions to help you reflect", bold=True, before=10, after=3)
            k += 1
            nid = L.add_numbering(doc, L.bullet_lvl("\u2022", left=420, hanging=280), nsid=f"0B655C{k:02d}")
            for t in questions:
                p = doc.add_paragraph(t)
                p.paragraph_format.space_after = Pt(3)
                L.set_num(p, nid)
            para(doc, "Links to other capabilities", bold=True, before=10, after=3)
            para(doc, links)

    tmp = Path(tempfile.mkdtemp(prefix="bg-sssc-"))
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    out = L.DOCS / f"{STEM}.pdf"
    L.to_pdf(src, out)

    g = L.Gold(STEM)
    for group, intro, caps in GROUPS:
        for name, definition, inds, questions, links, rel in caps:
            g.comp(name, definition, indicators=g.items(inds), tips=g.items(questions), related=rel)
    g.write(out, "pdf", TITLE)


if __name__ == "__main__":
    build()

"""amc-core-competencies-deck.pdf: a slide deck exported to PDF (Asia Masters Center deck style).

python-pptx (4:3 slides, Title / Title-and-Content layouts, a "(cont.)" slide, a copyright line and a
slide number typed on every slide) -> LibreOffice Impress -> PDF. python-pptx is not in the project venv:
balib.ensure_vendor() pip-installs it (no dependencies) into /tmp/ba-vendor on first use.
"""
import sys
import tempfile
from pathlib import Path

import balib as B  # noqa: E402

B.ensure_vendor()

from pptx import Presentation  # noqa: E402
from pptx.dml.color import RGBColor  # noqa: E402
from pptx.util import Inches, Pt  # noqa: E402

OUT = B.DOCS / "amc-core-competencies-deck.pdf"
NAVY = RGBColor(0x1F, 0x3A, 0x68)
GOLD = RGBColor(0xC8, 0x8A, 0x12)
FOOT = "\u00a9 www.asia-masters.com"

SLIDES = [
    ("title", "Developing a University-Wide Integrated Employee Core Competency Framework",
     ["A Presentation to the Cabinet", "(or)", "A Presentation to Stakeholders"]),
    ("list", "Our University Core Competencies",
     [("b", "Collaborating & Partnership"), ("b", "Service Excellence"), ("b", "Accountability"),
      ("p", ""),
      ("p", "Expected of every employee, in every role and at every level. Each competency is defined "
            "and illustrated on the slides that follow.")]),
    ("list", "Core Competency: \u201cCollaborating & Partnership\u201d",
     [("h", "Definition:"),
      ("p", "Builds effective working relationships and works jointly with all stakeholders; values "
            "teamwork and uses a range of approaches to meet the needs of a diverse university community."),
      ("h", "Behavioral Descriptors:"),
      ("b", "Balances own responsibilities with the interests of the team and department; respects group goals"),
      ("b", "Shares knowledge, responsibilities and expertise with others willingly and respectfully"),
      ("b", "Seeks out and values the ideas and perspectives of colleagues from other units"),
      ("b", "Builds partnerships across departments to reach shared outcomes"),
      ("b", "Handles disagreement constructively and works toward solutions all parties can support")]),
    ("list", "Core Competency: \u201cService Excellence\u201d",
     [("h", "Definition:"),
      ("p", "Anticipates, understands and responds to the needs of students, faculty, staff and external "
            "constituents; delivers service that meets or exceeds their expectations."),
      ("h", "Behavioral Descriptors:"),
      ("b", "Treats every constituent with courtesy, patience and respect"),
      ("b", "Listens carefully to find the real need behind a request"),
      ("b", "Responds to enquiries promptly and keeps people informed of progress"),
      ("b", "Takes ownership of problems and follows them through to resolution"),
      ("b", "Explains university policies and procedures clearly and accurately")]),
    ("list", "Core Competency: \u201cService Excellence\u201d (cont.)",
     [("h", "Behavioral Descriptors (cont.):"),
      ("b", "Looks for ways to improve processes so that service becomes simpler and faster"),
      ("b", "Asks for feedback on the service provided and acts on what is learned")]),
    ("list", "Core Competency: \u201cAccountability\u201d",
     [("h", "Definition:"),
      ("p", "Takes responsibility for own actions, decisions and results; acts with honesty and in line "
            "with university values and policies."),
      ("h", "Behavioral Descriptors:"),
      ("b", "Meets commitments and deadlines, or tells others early when they cannot be met"),
      ("b", "Owns mistakes and learns from them rather than blaming others"),
      ("b", "Uses university resources responsibly and efficiently"),
      ("b", "Follows policies and procedures and raises concerns about unethical conduct"),
      ("b", "Is open and transparent in decisions and in dealings with others")]),
]


def footer(slide, n):
    tb = slide.shapes.add_textbox(Inches(0.4), Inches(7.0), Inches(4), Inches(0.35))
    p = tb.text_frame.paragraphs[0]
    r = p.add_run()
    r.text = FOOT
    r.font.size, r.font.color.rgb = Pt(11), RGBColor(0x59, 0x59, 0x59)
    tb = slide.shapes.add_textbox(Inches(9.0), Inches(7.0), Inches(0.6), Inches(0.35))
    p = tb.text_frame.paragraphs[0]
    r = p.add_run()
    r.text = str(n)
    r.font.size, r.font.color.rgb = Pt(11), RGBColor(0x59, 0x59, 0x59)
    line = slide.shapes.add_shape(1, Inches(0.4), Inches(6.9), Inches(9.2), Inches(0.04))
    line.fill.solid()
    line.fill.fore_color.rgb = GOLD
    line.line.fill.background()


def build():
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(10), Inches(7.5)
    prs.core_properties.title = SLIDES[0][1]
    prs.core_properties.author = ""
    for n, (kind, title, body) in enumerate(SLIDES, 1):
        if kind == "title":
            s = prs.slides.add_slide(prs.slide_layouts[0])
            s.shapes.title.text = title
            for para in s.shapes.title.text_frame.paragraphs:
                for r in para.runs:
                    r.font.size, r.font.bold, r.font.color.rgb = Pt(36), True, NAVY
            sub = s.placeholders[1].text_frame
            for i, line in enumerate(body):
                p = sub.paragraphs[0] if i == 0 else sub.add_paragraph()
                r = p.add_run()
                r.text = line
                r.font.size = Pt(22)
        else:
            s = prs.slides.add_slide(prs.slide_layouts[1])
            s.shapes.title.text = title
            t = s.shapes.title
            t.left, t.top, t.width, t.height = Inches(0.4), Inches(0.3), Inches(9.2), Inches(1.1)
            for para in t.text_frame.paragraphs:
                for r in para.runs:
                    r.font.size, r.font.bold, r.font.color.rgb = Pt(30), True, NAVY
            ph = s.placeholders[1]
            ph.left, ph.top, ph.width, ph.height = Inches(0.5), Inches(1.5), Inches(9.0), Inches(5.3)
            tf = ph.text_frame
            for i, (k, text) in enumerate(body):
                p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
                r = p.add_run()
                r.text = text
                if k == "h":
                    r.font.bold, r.font.size, r.font.color.rgb = True, Pt(20), GOLD
                    p.level = 0
                    _no_bullet(p)
                elif k == "p":
                    r.font.size = Pt(18)
                    _no_bullet(p)
                else:
                    r.font.size = Pt(18)
                    p.level = 1 if any(x[0] == "h" for x in body) else 0
        footer(s, n)
    tmp = Path(tempfile.mkdtemp(prefix="ba-amc-"))
    src = tmp / "amc-core-competencies-deck.pptx"
    prs.save(src)
    B.to_pdf(src, OUT)
    return OUT


def _no_bullet(p):
    from pptx.oxml.ns import qn
    pPr = p._p.get_or_add_pPr()
    pPr.set("marL", "0")
    pPr.set("indent", "0")
    for old in pPr.findall(qn("a:buNone")):
        pPr.remove(old)
    pPr.insert(0, pPr.makeelement(qn("a:buNone"), {}))


if __name__ == "__main__":
    print(build())

"""CHS Alliance / Start Network, A Guide to the Humanitarian Competency Framework (CHCF), Part 3:
'CHCF competency-based question bank' (excerpt: three of the six domains).

python-docx -> LibreOffice -> PDF. Running header with the guide title, footer with the part name
and the guide's own page numbers (starting at 41). Per domain: numbered heading ("2. Achieving
results"), italic description, then questions as a real Word-numbered list (1., 2., 3., restarting
per domain); a follow-up question is an unnumbered, indented, italic paragraph under its question.
"""
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm, RGBColor, Inches

import lib
from lib import C

STEM = "chcf-question-bank"
g = lib.G(STEM)
TITLE = "CHCF competency-based question bank"
RED = RGBColor(0xC8, 0x10, 0x2E)

DOMAINS = [
    (2, "Achieving results",
     "Being accountable for delivering results that meet the needs of crisis-affected people, "
     "using resources responsibly and keeping up quality in difficult conditions.",
     [("Tell me about a time you had to deliver a programme with fewer resources than you had "
       "planned for.",
       "What did you prioritise, and what difference did it make to the people you were "
       "serving?"),
      ("Describe a situation in which you noticed that an activity was not achieving what it was "
       "meant to achieve.",
       "How did you find out, and what did you change?"),
      ("Give an example of how you made sure that the quality of your work did not slip when you "
       "were under time pressure.", None)]),
    (3, "Developing and maintaining collaborative relationships",
     "Working with colleagues, partners and communities in ways that build trust, respect "
     "diversity and lead to a more coherent humanitarian response.",
     [("Tell me about a time you worked with a partner organisation whose priorities were "
       "different from yours.",
       "How did you reach agreement, and what did you learn?"),
      ("Describe how you have involved members of an affected community in decisions about a "
       "project.", None),
      ("Give an example of a time you built trust with a colleague from a very different "
       "cultural background.",
       "What did you do differently as a result?")]),
    (5, "Managing yourself in a pressured and changing environment",
     "Staying effective, adaptable and resilient in insecure, fast-changing and stressful "
     "situations, while looking after your own wellbeing.",
     [("Tell me about a time when the situation changed suddenly and your plans no longer "
       "worked.",
       "How did you respond in the first 24 hours?"),
      ("Describe a period when you were under sustained pressure at work.",
       "What did you do to look after your own wellbeing and that of your team?"),
      ("Give an example of a mistake you made in a stressful situation and how you dealt with "
       "it.", None)]),
]


def build():
    d = Document()
    C.clear_core_props(d, "A Guide to the Humanitarian Competency Framework")
    normal = d.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.4)
    # the guide's own page numbering: this part starts at page 41
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="41"/>'))
    hp = sec.header.paragraphs[0]
    r = hp.add_run("A GUIDE TO THE HUMANITARIAN COMPETENCY FRAMEWORK")
    r.font.size = Pt(8)
    r.font.color.rgb = RED
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.3), WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run("PART 3 - THE TOOLKIT – PRACTICAL GUIDANCE WITH COMPETENCY-BASED TEMPLATES\t").font.size = Pt(8)
    C.add_field(fp, "PAGE")

    aid = C.add_abstract(d, C.DECIMAL_LVL.format(left=425, hang=425), "C4CF0041")

    p = d.add_paragraph()
    rr = p.add_run(TITLE.upper())
    rr.bold = True
    rr.font.size = Pt(18)
    rr.font.color.rgb = RED
    for t in ("This question bank supports the competency-based interview template earlier in "
              "this part. The questions are grouped by the domains of the CHCF. Each asks the "
              "candidate for a real example from past experience; where a follow-up question is "
              "given, use it to draw out what the candidate actually did and what the outcome "
              "was.",
              "Select one or two questions for each domain that matters most for the role, and "
              "ask every candidate the same questions. Score each answer against the behaviours "
              "of the CHCF at the level the role requires."):
        d.add_paragraph(t)

    comps = []
    for num, name, desc, qs in DOMAINS:
        h = d.add_paragraph()
        h.paragraph_format.space_before = Pt(14)
        hr = h.add_run(f"{num}. {name}")
        hr.bold = True
        hr.font.size = Pt(13)
        hr.font.color.rgb = RED
        dp = d.add_paragraph()
        dp.add_run(desc).italic = True
        nid = C.add_num(d, aid, restart=True)
        items = []
        for q, follow in qs:
            qp = d.add_paragraph(q)
            qp.paragraph_format.space_after = Pt(2 if follow else 8)
            C.set_num(qp, nid)
            if follow:
                fpp = d.add_paragraph()
                fpp.paragraph_format.left_indent = Cm(0.75)
                fpp.paragraph_format.space_after = Pt(8)
                fpp.add_run(follow).italic = True
                items.append(f"{q} {follow}")
            else:
                items.append(q)
        comps.append(g.comp(name, desc, interview_questions=g.items(items)))

    tmp = Path(tempfile.mkdtemp(prefix="chcf-"))
    src = tmp / f"{STEM}.docx"
    d.save(src)
    lib.to_pdf(src)
    shutil.rmtree(tmp, ignore_errors=True)
    g.write("pdf", TITLE, comps)


if __name__ == "__main__":
    build()

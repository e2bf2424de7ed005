"""NCSS / MOH / MSF Singapore - "Talent Handbook: A Guide for Competency-Based Talent Management" (2015):
excerpt with the core competencies table (definition + key behaviours) and the sample interview questions
section (python-docx, built-in Heading styles, real Word numbering)."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import belib as B

STEM = "ncss-talent-handbook-core-competencies"
DOC = B.DOCS / f"{STEM}.docx"
TITLE = "TALENT HANDBOOK: A Guide for Competency-Based Talent Management"
HEADER = "TALENT HANDBOOK: A Guide for Competency-Based Talent Management"

CORE_INTRO = ("Core competencies are the behaviours and attributes expected of every staff member in the social "
              "service sector, whatever their role or level. They complement the technical competencies set out in "
              "the National Social Work Competency Framework. The four core competencies are described below.")
COMPS = [
    ("Client-Centredness",
     "Places the needs, dignity and well-being of clients and their families at the centre of all work.",
     ["Treats clients with respect and without judgement",
      "Involves clients in decisions that affect them",
      "Adapts services to the circumstances and strengths of each client"]),
    ("Collaboration",
     "Works with colleagues, partner agencies and the community to achieve better outcomes for clients.",
     ["Builds and maintains positive working relationships across teams and agencies",
      "Shares information and resources appropriately",
      "Resolves differences in a constructive way"]),
    ("Professional Integrity",
     "Acts in an honest, ethical and accountable way, in line with the values of the sector and the organisation.",
     ["Follows the code of ethics and organisational policies",
      "Maintains the confidentiality of client information",
      "Takes responsibility for own actions and decisions"]),
    ("Resilience and Self-Care",
     "Manages pressure and emotionally demanding situations while looking after own well-being.",
     ["Stays composed in difficult or distressing situations",
      "Seeks support and supervision when needed",
      "Maintains a healthy balance between work and personal life"]),
]

IQ_INTRO = [
    "Behavioural questions ask candidates to describe what they actually did in past situations, on the "
    "premise that past behaviour is a good guide to future behaviour. The STAR approach (Situation, Task, "
    "Action, Result) helps interviewers probe for complete answers.",
    "Sample questions for each core competency are given below. Interviewers may choose two or three "
    "questions per competency and should use the same questions for all candidates for a position.",
]
QUESTIONS = {
    "Client-Centredness": [
        "Tell us about a time when you had to balance what a client wanted with what you judged to be in their "
        "best interest. What did you do, and what was the outcome?",
        "Describe a situation in which you involved a client or their family in planning the support they "
        "received. How did you go about it?",
        "Give an example of how you adapted your approach for a client whose background was very different "
        "from your own.",
    ],
    "Collaboration": [
        "Describe a time when you worked with another agency to support a client. What challenges did you "
        "face, and how did you handle them?",
        "Tell us about a disagreement you had with a colleague over how to handle a case. How was it resolved?",
        "Give an example of information or resources you shared that helped another team achieve its goals.",
    ],
    "Professional Integrity": [
        "Tell us about a time when you had to keep information confidential even though you were under "
        "pressure to share it.",
        "Describe a situation in which you made a mistake at work. What did you do about it?",
        "Give an example of an ethical dilemma you faced. How did you decide what to do?",
    ],
    "Resilience and Self-Care": [
        "Describe a particularly demanding period at work. How did you manage your workload and your own "
        "well-being?",
        "Tell us about a time when a case affected you emotionally. What support did you seek?",
    ],
}
NOTES = {
    "Resilience and Self-Care":
        "Note: Interviewers should ask questions on this competency with sensitivity and should not probe into "
        "a candidate\u2019s personal health history.",
}


def build_docx(path):
    d = Document()
    B.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for hs, size, color in [("Heading 1", 16, (0x00, 0x6E, 0x7F)), ("Heading 2", 13, (0x00, 0x6E, 0x7F)),
                            ("Heading 3", 11.5, (0x33, 0x33, 0x33))]:
        h = d.styles[hs]
        h.font.name = "Calibri"
        h.font.size = Pt(size)
        h.font.color.rgb = RGBColor(*color)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(HEADER)
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    B.add_field(fp, "PAGE", "14")
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="14"/>'))

    d.add_heading("Chapter 1: Understanding Competencies", level=1)
    d.add_heading("1.2 Core Competencies for Social Service Staff", level=2)
    d.add_paragraph(CORE_INTRO)

    bullet = B.add_numbering(d, B.bullet_lvl("\u2022", left=284, hanging=227), "0BE3C001")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0]
    B.row_flags(hdr, cant_split=True, header=True)
    for cell, txt in zip(hdr.cells, ["Core Competency", "Definition", "Key Behaviours"]):
        B.shade(cell, "006E7F")
        rr = cell.paragraphs[0].add_run(txt)
        rr.bold = True
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for name, definition, behaviours in COMPS:
        row = t.add_row()
        B.row_flags(row, cant_split=True)
        row.cells[0].paragraphs[0].add_run(name).bold = True
        row.cells[1].paragraphs[0].add_run(definition)
        for i, b in enumerate(behaviours):
            p = row.cells[2].paragraphs[0] if i == 0 else row.cells[2].add_paragraph()
            p.add_run(b)
            B.set_num(p, bullet)
    B.fix_widths(t, [1.55, 2.2, 2.7])

    d.add_paragraph()
    d.add_heading("Chapter 2: Recruitment and Selection", level=1)
    d.add_heading("2.4 Sample Competency-Based Interview Questions", level=2)
    for t_ in IQ_INTRO:
        d.add_paragraph(t_)
    qabs = B.add_abstract(d, B.decimal_lvl("%1.", left=426, hanging=426), "0BE3C002")
    for name, _, _ in COMPS:
        d.add_heading(name, level=3)
        nid = B.add_num(d, qabs, restart=True)
        for q in QUESTIONS[name]:
            p = d.add_paragraph(q)
            B.set_num(p, nid)
            p.paragraph_format.space_after = Pt(4)
        if name in NOTES:
            p = d.add_paragraph()
            rr = p.add_run(NOTES[name])
            rr.italic = True
            rr.font.size = Pt(10)
    d.save(path)


def gold():
    comps = []
    for name, definition, behaviours in COMPS:
        kw = {}
        if name in NOTES:
            kw["notes"] = [B.item(NOTES[name], STEM)]
        comps.append(B.competency(name, STEM, definition=definition, indicators=B.items(behaviours, STEM),
                                  interview_questions=B.items(QUESTIONS[name], STEM), **kw))
    return comps


def main():
    build_docx(DOC)
    print(B.write_gold(DOC, "docx", TITLE, gold()))


if __name__ == "__main__":
    main()

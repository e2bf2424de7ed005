"""hse-competency-interview-guide-grade-v.docx: Health Service Executive (Ireland) interview guide for board
members, Grade V. python-docx: cover form table, "Approach to questioning" and a marking-guideline table
(front matter), then "Competency n: Name" headings, an unlabelled italic definition, an
"Effective behaviours | Ineffective behaviours" table, "Sample questions" as a Word-numbered list
restarted per competency with "Follow-up:" lines, a "Tip for board members:" line, and notes/mark lines."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

import common as C
import helpers as H

STEM = "hse-competency-interview-guide-grade-v"
TITLE = "Competency Based Interview Guide for Board Members"
HSE_GREEN = RGBColor(0x00, 0x6C, 0x5B)

APPROACH = [
    "Each board member should explore the competencies assigned to them using the sample questions below. "
    "The questions are a starting point: ask for one specific example per question and use the follow-up "
    "questions to find out what the candidate personally did and what the result was.",
    "Allow roughly eight to ten minutes per competency. Take notes of the evidence the candidate gives and "
    "mark each competency independently before the board discusses the candidate.",
]
MARKS = [("9 \u2013 10", "Excellent: strong, specific evidence across most effective behaviours"),
         ("7 \u2013 8", "Good: clear evidence with minor gaps"),
         ("5 \u2013 6", "Satisfactory: some relevant evidence, largely general"),
         ("0 \u2013 4", "Weak: little or no relevant evidence, or ineffective behaviours shown")]

COMPS = [
    {
        "name": "Planning and Managing Resources",
        "def": "Plans and organises the work of self and others so that resources are used well and services "
               "are delivered on time.",
        "eff": ["Breaks large pieces of work into clear steps with deadlines",
                "Anticipates pressure points and plans for them",
                "Keeps accurate records of resources and spending",
                "Reviews progress and re-plans when priorities change"],
        "ineff": ["Works without a plan and reacts to events",
                  "Misses deadlines without warning others",
                  "Overlooks the cost of the resources used"],
        "qs": [("Describe a piece of work where you had to plan the use of staff, time or money. How did you go "
                "about it?", ["What would you do differently if you did it again?"]),
               ("Tell us about a time when a plan you were working to had to change at short notice.",
                ["How did you decide what to drop?", "Who did you inform, and when?"])],
        "tip": "Listen for the candidate\u2019s own actions; probe \u2018we\u2019 answers for what the candidate "
               "personally did.",
    },
    {
        "name": "Team Player",
        "def": "Works openly and supportively with colleagues and across teams to achieve shared objectives.",
        "eff": ["Shares information and expertise readily",
                "Supports colleagues who are under pressure",
                "Contributes constructively at team meetings",
                "Deals with disagreement in a respectful way"],
        "ineff": ["Works in isolation and keeps information to self",
                  "Criticises colleagues in front of others",
                  "Shows little interest in the team\u2019s overall results"],
        "qs": [("Give an example of a team you were part of that achieved something significant. What was your "
                "contribution?", ["How did the other members see your role?"]),
               ("Tell us about a time when there was tension in your team. What did you do?", []),
               ("Describe how you have helped a new colleague to get up to speed.",
                ["What did you learn from the experience?"])],
        "tip": None,
    },
    {
        "name": "Commitment to a Quality Service",
        "def": "Puts the needs of service users at the centre of the work and looks for ways to improve the "
               "quality of the service.",
        "eff": ["Treats service users with dignity and respect",
                "Checks work for accuracy before it goes out",
                "Suggests practical improvements to processes",
                "Follows policies and procedures consistently"],
        "ineff": ["Sees service users\u2019 concerns as a nuisance",
                  "Accepts errors as unavoidable",
                  "Resists changes to established routines"],
        "qs": [("Tell us about an improvement you made to the way a service was delivered.",
                ["How did you know it made a difference?"]),
               ("Describe a time you dealt with a complaint from a service user or a member of the public.",
                ["What was the outcome for the person who complained?"])],
        "tip": "Candidates without direct patient contact may draw their examples from internal customers; "
               "this is acceptable.",
    },
    {
        "name": "Communication and Interpersonal Skills",
        "def": "Communicates clearly and courteously, in writing and in person, adapting the approach to the "
               "audience.",
        "eff": ["Presents information in a clear, logical way",
                "Listens carefully and checks understanding",
                "Writes accurately and concisely",
                "Remains courteous in difficult exchanges"],
        "ineff": ["Uses jargon that the audience cannot follow",
                  "Interrupts or dismisses the views of others",
                  "Produces written work that needs significant correction"],
        "qs": [("Give an example of a time you had to present complex information to people who were unfamiliar "
                "with the subject.", ["How did you check that they had understood?"]),
               ("Tell us about a difficult conversation you had with a colleague or a service user.", [])],
        "tip": "This competency is also assessed throughout the interview, from the way the candidate answers "
               "all of the questions.",
    },
]


def _run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    return r


def build(path):
    d = Document()
    C.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    h2 = d.styles["Heading 2"]
    h2.font.name, h2.font.size, h2.font.color.rgb = "Arial", Pt(13), HSE_GREEN
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    _run(hp, "Feidhmeannacht na Seirbh\u00edse Sl\u00e1inte | Health Service Executive", size=8, color=HSE_GREEN)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(fp, "Interview Guide \u2013 Grade V \u2013 Confidential when completed \u2013 ", size=7.5)
    C.add_field(fp, "PAGE")

    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=300, hanging=220), "45E00001")
    qnum = C.add_abstract(d, C.DECIMAL_LVL.format(left=360, hang=360), "45E00002")

    p = d.add_paragraph()
    _run(p, TITLE, bold=True, size=17, color=HSE_GREEN)
    p = d.add_paragraph()
    _run(p, "Grade V \u2013 Staff Officer (General Panel)", bold=True, size=12)
    form = d.add_table(rows=2, cols=4)
    form.style = d.styles["Table Grid"]
    for (r, c), txt in zip(((0, 0), (0, 2), (1, 0), (1, 2)),
                           ("Campaign reference:", "Candidate name:", "Board member:", "Date of interview:")):
        form.rows[r].cells[c].paragraphs[0].add_run(txt).bold = True
    C.fix_widths(form, [1.45, 1.95, 1.45, 1.95])

    d.add_heading("Approach to questioning", level=2)
    for para in APPROACH:
        d.add_paragraph(para)
    d.add_heading("Marking guideline", level=2)
    mt = d.add_table(rows=1, cols=2)
    mt.style = d.styles["Table Grid"]
    for cell, head in zip(mt.rows[0].cells, ("Marks", "Description")):
        cell.paragraphs[0].add_run(head).bold = True
        C.shade(cell, "DCEFEA")
    for m, desc in MARKS:
        cells = mt.add_row().cells
        cells[0].paragraphs[0].add_run(m)
        cells[1].paragraphs[0].add_run(desc)
    C.fix_widths(mt, [1.0, 5.8])

    for i, c in enumerate(COMPS, 1):
        h = d.add_heading(f"Competency {i}: {c['name']}", level=2)
        h.paragraph_format.page_break_before = True
        p = d.add_paragraph()
        _run(p, c["def"], italic=True)
        t = d.add_table(rows=2, cols=2)
        t.style = d.styles["Table Grid"]
        for j, head in enumerate(("Effective behaviours", "Ineffective behaviours")):
            cell = t.rows[0].cells[j]
            cell.paragraphs[0].add_run(head).bold = True
            C.shade(cell, "DCEFEA")
        for j, key in enumerate(("eff", "ineff")):
            cell = t.rows[1].cells[j]
            for k, txt in enumerate(c[key]):
                cp = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                cp.add_run(txt)
                C.set_num(cp, bullet)
        C.fix_widths(t, [3.4, 3.4])
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        _run(p, "Sample questions", bold=True, color=HSE_GREEN)
        nid = C.add_num(d, qnum, restart=True)
        for q, fus in c["qs"]:
            C.set_num(d.add_paragraph(q), nid)
            for fu in fus:
                fp_ = d.add_paragraph()
                fp_.paragraph_format.left_indent = Cm(1.2)
                _run(fp_, "Follow-up: ", italic=True, bold=True)
                _run(fp_, fu, italic=True)
        if c["tip"]:
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            _run(p, "Tip for board members: ", bold=True)
            p.add_run(c["tip"])
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        _run(p, "Notes:", bold=True)
        for _ in range(3):
            d.add_paragraph("_" * 86)
        p = d.add_paragraph()
        _run(p, "Mark awarded (out of 10): ______", bold=True)
    d.save(path)


def gold(path):
    doc = STEM
    comps = []
    for c in COMPS:
        comps.append(H.comp(
            doc, c["name"], c["def"],
            indicators=[H.it(doc, e, "Effective behaviours") for e in c["eff"]]
                       + [H.it(doc, e, "Ineffective behaviours") for e in c["ineff"]],
            interview_questions=[H.it(doc, " ".join([q] + fus)) for q, fus in c["qs"]],
            tips=[H.it(doc, c["tip"])] if c["tip"] else [],
        ))
    return H.write_gold(path, "docx", TITLE, comps)


def main():
    path = H.DOCS / f"{STEM}.docx"
    build(path)
    return gold(path)


if __name__ == "__main__":
    print(main())

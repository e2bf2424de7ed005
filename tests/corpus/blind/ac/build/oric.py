"""oric-sample-interview-questions.pdf: ORIC (Australian Government) "Sample interview questions" for
Aboriginal and Torres Strait Islander corporations. python-docx -> LibreOffice -> PDF.
Numbered questions (Word numbering restarted per area) with italic "Probe:" lines, and a two-column
"A strong answer shows / A weaker answer shows" table under each area; footer with page numbers."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

import common as C
import helpers as H

STEM = "oric-sample-interview-questions"
TITLE = "Sample interview questions"
OCHRE = RGBColor(0x9C, 0x4A, 0x1A)

INTRO = ("These sample questions are provided to help Aboriginal and Torres Strait Islander corporations "
         "when they recruit staff.")
USING = [
    "What a person has done before is a good guide to what they are likely to do next. A structured "
    "interview built on behaviour-based questions helps the panel judge how an applicant is likely to "
    "perform in the job.",
    "Behaviour-based questions ask the applicant to describe a real situation, what they did and how it "
    "turned out. If the first answer is too general, use the probes to get the detail.",
]
HOW = [
    "Pick the areas that match the selection criteria for the job.",
    "Ask every applicant the same main questions, in the same order.",
    "Write down what the applicant says, not what you think of it.",
    "Score each area after the interview, using the guide under each set of questions.",
]

AREAS = [
    {
        "name": "Communication skills",
        "desc": "The ability to share information clearly with people inside and outside the corporation, "
                "both by speaking and in writing.",
        "qs": [
            ("Tell us about a time you had to explain something complicated to a member or a client. How did "
             "you make sure they understood?",
             ["What did you change about the way you explained it?",
              "How did you know the message had got through?"]),
            ("Describe a letter, report or email you wrote that you were proud of. Who was it for and what was "
             "it meant to achieve?",
             ["Did anyone check it before it went out?"]),
            ("Give an example of a time you had to pass on bad news. What did you say and how was it received?",
             []),
        ],
        "strong": ["adjusting the message to suit the listener", "checking that the other person understood",
                   "a clear example with a result"],
        "weak": ["talking in general terms only", "blaming the listener for any misunderstanding",
                 "no thought given to who the audience was"],
    },
    {
        "name": "Working in a team",
        "desc": "The ability to work cooperatively with other staff, directors and community members to get "
                "the job done.",
        "qs": [
            ("Tell us about a team you were part of that worked well. What was your part in it?",
             ["What did you do when someone was not pulling their weight?"]),
            ("Describe a time you disagreed with a co-worker about how a job should be done. What happened?",
             ["Looking back, would you handle it differently?"]),
            ("Give an example of a time you helped a new staff member to settle in.", []),
        ],
        "strong": ["sharing the credit with others", "raising problems early and respectfully",
                   "offering help without being asked"],
        "weak": ["saying \u2018I\u2019 for every success and \u2018they\u2019 for every problem",
                 "avoiding disagreement altogether", "little interest in other people\u2019s work"],
    },
    {
        "name": "Planning and organising",
        "desc": "The ability to set priorities, plan work and meet deadlines, including when demands change.",
        "qs": [
            ("Tell us about a time you had several deadlines at once. How did you decide what to do first?",
             ["Did you meet all of the deadlines? If not, what did you do?"]),
            ("Describe a project or an event that you organised from start to finish.",
             ["What tools did you use to keep track of the tasks?",
              "What would you plan differently next time?"]),
            ("Give an example of a time your plans were upset by something you did not expect. How did you "
             "respond?", []),
        ],
        "strong": ["a clear way of setting priorities", "telling others early when a deadline is at risk",
                   "learning from what went wrong"],
        "weak": ["relying on others to remind them", "no example of planning ahead",
                 "treating every task as urgent"],
    },
    {
        "name": "Working with the community",
        "desc": "The ability to build respectful relationships with members, Elders and the wider community, "
                "and to work in a culturally appropriate way.",
        "qs": [
            ("Tell us about a time you worked with community members to solve a problem. What did you do to "
             "make sure their views were heard?",
             ["How did you find out who needed to be involved?"]),
            ("Describe a situation where you had to follow cultural protocols at work. How did you learn what "
             "was expected of you?", []),
            ("Give an example of how you have kept confidential information safe in a small community.",
             ["What would you do if a family member asked you about a client?"]),
        ],
        "strong": ["respect for cultural protocols and for Elders", "listening before acting",
                   "a clear understanding of confidentiality"],
        "weak": ["assuming one approach suits every community", "treating consultation as a formality",
                 "being unsure how to keep information private"],
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


def _borders(table, color="9C4A1A"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def build_docx(path):
    d = Document()
    C.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    _run(fp, "Office of the Registrar of Indigenous Corporations", size=8)
    fp.add_run("\t")
    C.add_field(fp, "PAGE")

    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=360, hanging=240), "0A1C0001")
    dec_abs = C.add_abstract(d, C.DECIMAL_LVL.format(left=400, hang=400), "0A1C0002")

    p = d.add_paragraph()
    _run(p, "10_0051", size=7)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    _run(p, TITLE, bold=True, size=24, color=OCHRE)
    d.add_paragraph(INTRO)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    _run(p, "Using behaviourally-based questions", bold=True, size=13, color=OCHRE)
    for para in USING:
        d.add_paragraph(para)
    p = d.add_paragraph()
    _run(p, "How to use these questions", bold=True, size=13, color=OCHRE)
    for h in HOW:
        C.set_num(d.add_paragraph(h), bullet)

    for area in AREAS:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(16)
        p.paragraph_format.keep_with_next = True
        _run(p, area["name"], bold=True, size=14, color=OCHRE)
        p = d.add_paragraph()
        _run(p, area["desc"], italic=True)
        nid = C.add_num(d, dec_abs, restart=True)
        for q, probes in area["qs"]:
            qp = d.add_paragraph(q)
            C.set_num(qp, nid)
            qp.paragraph_format.space_after = Pt(2)
            for pr in probes:
                pp = d.add_paragraph()
                pp.paragraph_format.left_indent = Cm(1.3)
                pp.paragraph_format.space_after = Pt(2)
                _run(pp, "Probe: ", bold=True, italic=True, size=9.5)
                _run(pp, pr, italic=True, size=9.5)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        _run(p, "What to look for", bold=True)
        t = d.add_table(rows=2, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        _borders(t)
        for j, head in enumerate(("A strong answer shows", "A weaker answer shows")):
            cell = t.rows[0].cells[j]
            C.shade(cell, "F3E2D6")
            _run(cell.paragraphs[0], head, bold=True)
        C.row_flags(t.rows[0], header=True)
        C.row_flags(t.rows[1])
        for j, key in enumerate(("strong", "weak")):
            cell = t.rows[1].cells[j]
            first = True
            for txt in area[key]:
                cp = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                cp.add_run(txt)
                C.set_num(cp, bullet)
        C.fix_widths(t, [3.22, 3.22])  # inches

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(24)
    _run(p, "\u00a9 Commonwealth of Australia 2010. Produced by ORIC, November 2010, first edition.", size=8)
    d.save(path)


def gold(pdf):
    doc = STEM
    comps = []
    for a in AREAS:
        comps.append(H.comp(
            doc, a["name"], a["desc"],
            indicators=[H.it(doc, s, "A strong answer shows") for s in a["strong"]]
                       + [H.it(doc, w, "A weaker answer shows") for w in a["weak"]],
            interview_questions=[H.it(doc, " ".join([q] + probes)) for q, probes in a["qs"]],
        ))
    return H.write_gold(pdf, "pdf", TITLE, comps)


def main():
    H.WORK.mkdir(parents=True, exist_ok=True)
    src = H.WORK / f"{STEM}.docx"
    build_docx(src)
    pdf = H.docx_to_pdf(src, f"{STEM}.pdf")
    return gold(pdf)


if __name__ == "__main__":
    print(main())

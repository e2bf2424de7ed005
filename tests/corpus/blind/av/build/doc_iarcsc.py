"""IARCSC (Afghanistan) - Competency-based Interview Guide: cover, Part One contents page (page 4) and the
competency profiles with questions and indicator tables (pages 7-9). python-docx -> LibreOffice -> PDF."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_SECTION  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Pt, Inches, RGBColor  # noqa: E402

STEM = "iarcsc-competency-based-interview-guide"
FOOTER = "Guidelines for Effective Interviewing H. Massoudi September 2011"

CONTENTS = [
    ("Nature of the competency-based interview", "5", 0),
    ("AREAS OF SKILLS & COMPETENCIES", "6", 0),
    ("Testing skills and competencies through competency-based interview", "6", 1),
    ("COMPETENCY PROFILE & COMPETENCY-BASED QUESTIONS", "7", 0),
    ("Communication", "7", 1),
    ("Teamwork", "8", 1),
    ("Integrity and Professionalism", "9", 1),
    ("EVALUATION OF CANDIDATE RESPONSES", "10", 0),
    ("Rating scale and panel score sheet", "10", 1),
]

INTRO = ("The profiles below list, for each competency, a short definition, a bank of competency-based "
         "questions and the indicators the panel should listen for. Panel members agree beforehand which two "
         "or three questions each of them will ask, and probe every answer until the candidate has described "
         "what he or she actually did.")

COMPETENCIES = [
    {
        "name": "Communication",
        "definition": ("Expresses ideas and information clearly and accurately, both orally and in writing, "
                       "listens carefully to others and adapts the message to the audience."),
        "questions": [
            "Describe a situation in which you had to explain a complicated rule or procedure to people who were "
            "not familiar with it. How did you make sure they understood?",
            "Tell us about a time when a colleague or a member of the public misunderstood something you had "
            "written. What happened, and what did you change afterwards?",
            "Give an example of a meeting where you had to present a position that your audience did not agree "
            "with. How did you prepare?",
            "When have you had to pass on bad news to a team or to a client? What did you say and how did they "
            "react?",
        ],
        "positive": [
            "Structures the answer and keeps to the point",
            "Checks that the listener has understood and invites questions",
            "Chooses words and format to suit the audience (officials, community elders, donors)",
            "Listens to other views before responding",
        ],
        "negative": [
            "Uses jargon or long explanations that confuse the listener",
            "Assumes the message was understood without checking",
            "Interrupts or dismisses views that differ from own",
        ],
    },
    {
        "name": "Teamwork",
        "definition": ("Works cooperatively with colleagues inside and outside own unit to reach shared goals, "
                       "shares information and credit, and supports team decisions once they are made."),
        "questions": [
            "Tell us about a team you worked in that achieved a good result. What was your own contribution?",
            "Describe a time when two members of your team were in conflict. What did you do?",
            "Give an example of when you had to work with another ministry or department to finish a task. "
            "What obstacles did you meet and how did you deal with them?",
        ],
        "positive": [
            "Speaks of team results as well as of own part, using \u201cwe\u201d and \u201cI\u201d accurately",
            "Shows respect for colleagues of different backgrounds, provinces and languages",
            "Acts to resolve disagreement rather than avoiding it",
        ],
        "negative": [
            "Takes credit for the work of others",
            "Prefers to work alone and withholds information",
            "Blames team members when things go wrong",
        ],
    },
    {
        "name": "Integrity and Professionalism",
        "definition": ("Acts in line with the Civil Service Law and the code of conduct, resists undue pressure "
                       "and personal interest, and takes responsibility for the quality of own work."),
        "questions": [
            "Describe a situation where you were asked to do something that you believed was against the rules. "
            "What did you do?",
            "Tell us about a mistake you made at work. How did you handle it and what did you learn?",
            "Give an example of a time when a relative, a friend or a senior person asked you for a favour "
            "connected with your official duties. How did you respond?",
            "How have you kept your professional knowledge up to date in the last two years? Give examples.",
        ],
        "positive": [
            "Gives concrete examples of refusing improper requests",
            "Admits own mistakes and describes the corrective action taken",
            "Shows knowledge of the rules that apply to the post",
        ],
        "negative": [
            "Treats favouritism or gifts as normal practice",
            "Gives only general statements without examples",
            "Shifts responsibility for errors to others",
        ],
    },
]


def _pgnum_start(section, start):
    sectPr = section._sectPr
    sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="{start}"/>'))


def _header_footer(section):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run()
    r.font.size = Pt(9)
    H.add_field(hp, "PAGE", "1")
    for run in hp.runs:
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    r2 = hp.add_run(" Competency-based Interview")
    r2.font.size = Pt(9)
    r2.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    H.bottom_border(hp, "1F3A5F", 8)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fr = fp.add_run(FOOTER)
    fr.italic = True
    fr.font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build():
    doc = Document()
    H.clear_core_props(doc, "Competency-based Interview Guide", "H. Massoudi")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    for s in ("left_margin", "right_margin"):
        setattr(sec, s, Inches(1))
    sec.different_first_page_header_footer = False

    # ---- cover (no header; footer line only)
    sec.header.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run(FOOTER)
    fr.italic = True
    fr.font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("APPOINTMENT BOARD")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Afghanistan Independent Administrative Reform and Civil Service Commission")
    r.font.size = Pt(13)
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Competency-based\nInterview Guide")
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Civil Service Commission - Afghanistan")
    r.font.size = Pt(12)

    # ---- contents page, numbered 4
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    _pgnum_start(s2, 4)
    _header_footer(s2)
    p = doc.add_paragraph()
    r = p.add_run("Table of Contents")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.add_paragraph()
    for text, page, indent in CONTENTS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Inches(0.3 * indent)
        p.paragraph_format.space_after = Pt(6)
        fill = "_" * max(6, 70 - len(text) - 6 * indent)
        r = p.add_run(f"{text} {fill}{page}")
        r.bold = indent == 0
        r.font.size = Pt(10 if indent == 0 else 9.5)

    # ---- competency profiles, pages 7-9
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    _pgnum_start(s3, 7)
    _header_footer(s3)
    p = doc.add_paragraph()
    r = p.add_run("COMPETENCY PROFILE & COMPETENCY-BASED QUESTIONS")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.add_paragraph(INTRO)

    dec = H.add_abstract(doc, H.decimal_lvl("%1.", 360, 360), "5A1C0E31")
    bul = H.add_numbering(doc, H.bullet_lvl("\u2022", 240, 200), "5A1C0E32")
    for i, c in enumerate(COMPETENCIES):
        if i:
            doc.add_page_break()
        t = doc.add_table(rows=2, cols=2)
        H.grid_borders(t, "1F3A5F", 6)
        H.set_cell_text(t.cell(0, 0), "Competency", bold=True)
        H.set_cell_text(t.cell(0, 1), c["name"], bold=True, size=12)
        H.shade(t.cell(0, 0), "D9E2F3")
        H.shade(t.cell(0, 1), "D9E2F3")
        H.set_cell_text(t.cell(1, 0), "Definition", bold=True)
        H.set_cell_text(t.cell(1, 1), c["definition"])
        H.fix_widths(t, [1.3, 4.97])
        doc.add_paragraph()
        p = doc.add_paragraph()
        r = p.add_run("Competency-based questions")
        r.bold = True
        num = H.add_num(doc, dec, restart=True)
        for q in c["questions"]:
            qp = doc.add_paragraph(q)
            H.set_num(qp, num)
            qp.paragraph_format.space_after = Pt(4)
        doc.add_paragraph()
        p = doc.add_paragraph()
        r = p.add_run("Evaluation criteria: indicators")
        r.bold = True
        t = doc.add_table(rows=2, cols=2)
        H.grid_borders(t, "808080", 4)
        H.set_cell_text(t.cell(0, 0), "Positive indicators", bold=True)
        H.set_cell_text(t.cell(0, 1), "Negative indicators", bold=True)
        H.shade(t.cell(0, 0), "E2EFD9")
        H.shade(t.cell(0, 1), "FBE4D5")
        for col, key in ((0, "positive"), (1, "negative")):
            cell = t.cell(1, col)
            first = True
            for txt in c[key]:
                cp = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                cp.add_run(txt)
                H.set_num(cp, bul)
        H.fix_widths(t, [3.13, 3.14])
        doc.add_paragraph()
        p = doc.add_paragraph("Score (1\u20135): ______     Panel member: ________________________")
        p.runs[0].font.size = Pt(9)
    out_docx = H.BATCH / "build" / "tmp" / f"{STEM}.docx"
    out_docx.parent.mkdir(exist_ok=True)
    doc.save(out_docx)
    H.docx_to_pdf(out_docx, H.DOCS / f"{STEM}.pdf")
    return H.DOCS / f"{STEM}.pdf"


def gold():
    D = STEM
    comps = []
    for c in COMPETENCIES:
        comps.append(H.competency(
            D, c["name"], c["definition"],
            indicators=H.items(D, c["positive"], "Positive indicators")
            + H.items(D, c["negative"], "Negative indicators"),
            interview_questions=H.items(D, c["questions"])))
    return H.write_gold(H.DOCS / f"{STEM}.pdf", "pdf", "Competency-based Interview Guide", comps)


if __name__ == "__main__":
    print(build())
    print(gold())

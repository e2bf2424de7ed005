"""New York State Department of Civil Service / GOER - Report of the Competencies Workgroup (PDF excerpt:
cover, Section 3 with the competencies list, Section 4 group headings, note). python-docx -> LibreOffice PDF."""
from pathlib import Path
import shutil
import tempfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.shared import Inches, Pt

import helpers as H

NAME = "nys-competencies-workgroup-report.pdf"

COVER = [
    ("C O M P E T E N C I E S", 26, True),
    ("", 12, False),
    ("Report of the", 16, False),
    ("Competencies", 16, True),
    ("Workgroup", 16, False),
    ("", 12, False),
    ("Sponsored by:", 11, True),
    ("NYS Department of Civil Service", 11, False),
    ("George C. Sinnott, Commissioner", 11, False),
    ("NYS Governor\u2019s Office of Employee Relations", 11, False),
    ("George H. Madison, Director", 11, False),
    ("George E. Pataki, Governor", 11, False),
    ("", 11, False),
    ("September 2002 (Updated 10/02)", 11, False),
]
DISCLAIMER = ("In sponsoring the workgroup, the Department of Civil Service and the Governor\u2019s Office of "
              "Employee Relations do not thereby endorse the views, opinions or recommendations set out in this "
              "report.")

SEC3_INTRO = [
    "The workgroup has put together a list of competencies from which you can build a leadership or "
    "management competency model. The list draws on many existing models. Choose the competencies that fit "
    "your agency and edit the behavioral descriptions as you see fit. We decided to define each competency "
    "through behavioral descriptions, because behavioral statements give a more concrete standard for judging "
    "whether the competency is present. The approach has a drawback, however: no list can cover every "
    "behavior that might show a competency. (3)",
    "Sample competency group headings are given in Section 4. You may find that some of the competencies "
    "listed below work better as group headings than as individual competencies.",
]

COMPETENCIES = [
    ("Coaching and Mentoring", [
        "Helps employees identify their strengths and the areas in which they need to grow.",
        "Gives timely, specific feedback on performance, both positive and corrective.",
        "Shares knowledge and experience willingly and serves as a sounding board for less experienced staff.",
        "Encourages staff to take on assignments that stretch their abilities, and supports them along the way.",
        "Recognizes employees\u2019 progress and achievements.",
    ]),
    ("Conflict Management", [
        "Recognizes signs of conflict early and deals with them before they escalate.",
        "Brings the parties together to talk through their differences constructively.",
        "Listens to all sides and looks for the interests that lie behind stated positions.",
        "Works toward solutions that all parties can accept and support.",
        "Stays calm and objective in tense or emotional situations.",
    ]),
    ("Political Savvy", [
        "Understands how decisions are actually made, formally and informally, in the agency and in State "
        "government.",
        "Identifies the key players, their interests, and the likely effect of their positions on agency "
        "programs.",
        "Anticipates how proposals will be received by the Legislature, control agencies, unions and the "
        "public, and plans accordingly.",
        "Works effectively within the political environment while holding to the agency\u2019s mission and "
        "ethical standards.",
    ]),
    ("Strategic Planning", [
        "Develops long-range goals and objectives that support the agency\u2019s mission.",
        "Scans the environment for trends and changes that may affect the agency\u2019s programs and workforce.",
        "Translates the agency\u2019s strategic direction into operational plans with measurable outcomes.",
        "Involves staff and stakeholders in setting priorities.",
        "Reviews progress against the plan regularly and makes adjustments as needed.",
    ]),
]

SEC4_INTRO = ("Agencies often organize their competencies under a small number of headings. The following "
              "group headings, several of them taken from the federal Executive Core Qualifications, are "
              "offered as examples:")
SEC4_LIST = ["Leading Change", "Leading People", "Results Driven", "Business Acumen",
             "Building Coalitions/Communication"]
NOTE = ("(3) Lucia, A. D., & Lepsinger, R. (1999). The Art and Science of Competency Models: Pinpointing "
        "Critical Success Factors in Organizations. San Francisco: Jossey-Bass/Pfeiffer.")


def _font(run, size=12, bold=False, italic=False):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic


def _p(doc, text="", size=12, bold=False, italic=False, after=6, before=0, align=None, keep=False):
    p = doc.add_paragraph()
    if text:
        _font(p.add_run(text), size, bold, italic)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    pf.keep_with_next = keep
    if align is not None:
        p.alignment = align
    return p


def build(out_dir):
    doc = docx.Document()
    H.clear_core_props(doc, "Competencies")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(1.0)
    sec.top_margin = sec.bottom_margin = Inches(1.0)
    sec.different_first_page_header_footer = True
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="0"/>'))
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
    _font(hp.add_run("Competencies\t\t"), 10, italic=True)
    H.add_field(hp, "PAGE")
    for run in hp.runs:
        run.font.name = "Times New Roman"
        run.font.size = Pt(10)
    H.para_border_bottom(hp)

    bullet_abs = H.add_abstract(doc, H.bullet_lvl("\u2022", left=720, hanging=360, font="Symbol"), "3C7A11D4")

    # cover
    _p(doc, "", after=60)
    for text, size, bold in COVER:
        _p(doc, text, size, bold, after=4, align=WD_ALIGN_PARAGRAPH.CENTER)
    _p(doc, "", after=60)
    _p(doc, DISCLAIMER, 9, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # section 3
    _p(doc, "3. Competency Models", 14, bold=True, after=10, keep=True)
    for para in SEC3_INTRO:
        _p(doc, para, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=8)
    _p(doc, "Competencies List", 13, bold=True, before=6, after=6, keep=True)
    for name, bullets in COMPETENCIES:
        _p(doc, name, 12, bold=True, before=6, after=3, keep=True)
        num = H.add_num(doc, bullet_abs)
        for b in bullets:
            p = _p(doc, b, after=2)
            H.set_num(p, num)

    # section 4
    _p(doc, "4. Competency Group Headings", 14, bold=True, before=16, after=10, keep=True)
    _p(doc, SEC4_INTRO, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    num = H.add_num(doc, bullet_abs)
    for b in SEC4_LIST:
        p = _p(doc, b, after=2)
        H.set_num(p, num)
    _p(doc, "Notes", 12, bold=True, before=18, after=4, keep=True)
    _p(doc, NOTE, 10)

    tmp = Path(tempfile.mkdtemp(prefix="aq-nys-")) / "nys.docx"
    doc.save(tmp)
    out = Path(out_dir) / NAME
    H.docx_to_pdf(tmp, out)
    shutil.rmtree(tmp.parent, ignore_errors=True)
    return out

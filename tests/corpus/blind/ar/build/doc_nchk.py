"""The Nursing Council of Hong Kong - "Core-Competencies for Registered Nurses (General)" (February 2012),
as a PDF: python-docx -> LibreOffice.

Title block and CONTENT list on an unnumbered first page; then I. Preamble, II. Philosophy of Nursing,
III. Scope ..., the five "Competence area N: Name" headings each followed by statements numbered as typed
text ("1.1", "1.2" ...) with a hanging indent; Bibliography. Centred page numbers from 1 after the contents.
"""
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt

import helpers as H

STEM = "nchk-core-competencies-registered-nurses-general"
TITLE = "Core-Competencies for Registered Nurses (General)"

CONTENTS = [
    ("I.", "Preamble", "1"),
    ("II.", "Philosophy of Nursing", "2"),
    ("III.", "Scope of Core-competencies Required of a Registered Nurse (General)", "3"),
    ("", "Competence area 1: Professional, Legal and Ethical Nursing Practice", "3"),
    ("", "Competence area 2: Health Promotion and Health Education", "3"),
    ("", "Competence area 3: Management and Leadership", "3"),
    ("", "Competence area 4: Research", "4"),
    ("", "Competence area 5: Personal Effectiveness and Professional Development", "4"),
    ("", "Bibliography", "4"),
]

PREAMBLE = [
    "The role of the nurse keeps changing as the delivery of health care services has changed a great deal, "
    "both locally and overseas, over the past decades. Following international trends, our health care "
    "system aims to provide holistic care throughout life, to promote health, to improve the quality of life "
    "and to support human development. Qualified and competent health care professionals are the key to "
    "quality health care services. Since nurses play a central part in promoting, maintaining and restoring "
    "health, we need competent nurses who can take up extended and expanded roles in primary, secondary and "
    "tertiary care.",
    "Besides the role of caregiver, the nurse therefore needs the competencies for the roles of health "
    "promoter, educator, counsellor, care coordinator, case manager and researcher, as well as that of client "
    "advocate. Programmes that prepare nurses must make sure that students acquire the essential competencies "
    "to fulfil these roles competently and ethically.",
    "This document has been developed by the Nursing Council of Hong Kong (NCHK) for the following purposes:",
]
PURPOSES = [
    "To state the philosophy of nursing on which nursing practice in Hong Kong is based;",
    "To give an overview of the professional roles of nurses in Hong Kong and of the competencies these "
    "roles require; and",
    "To serve as a reference for nursing education institutions in designing and reviewing pre-registration "
    "nursing programmes.",
]
PHILOSOPHY = [
    "Nursing is both an art and a science. It is concerned with the responses of individuals, families and "
    "communities to actual or potential health problems throughout the life span, and it is practised in "
    "partnership with clients and with other members of the health care team.",
    "The NCHK believes that every person has a right to health care that respects his or her dignity, values "
    "and culture. Nurses use a systematic, evidence-based approach to assess, plan, implement and evaluate "
    "care, and they remain accountable to the public for the standard of the care they give.",
]
SCOPE = ("The core-competencies describe the knowledge, skills and attitudes that a Registered Nurse (General) "
         "is expected to possess at the point of registration. They are grouped under the following five "
         "competence areas.")

AREAS = [
    ("1", "Professional, Legal and Ethical Nursing Practice", [
        "Practise in accordance with the Nurses Registration Ordinance (Cap. 164), the Code of Professional "
        "Conduct and Code of Ethics for Nurses in Hong Kong, and other relevant legislation.",
        "Accept accountability for own professional judgement, actions and the outcomes of care, and recognise "
        "the limits of own competence.",
        "Respect the dignity, privacy, cultural background and beliefs of clients, and keep client information "
        "confidential.",
        "Act as an advocate for clients and help them to make informed decisions about their care.",
        "Recognise ethical dilemmas in practice and take part in resolving them through appropriate channels.",
        "Keep accurate, legible and timely records of nursing care in line with legal and organisational "
        "requirements.",
    ]),
    ("2", "Health Promotion and Health Education", [
        "Assess the health education needs of individuals, families and communities, taking into account their "
        "readiness to learn.",
        "Plan, implement and evaluate health education that promotes healthy lifestyles and self-care.",
        "Give clients and carers relevant information on the prevention of illness, treatment and "
        "rehabilitation in a form they can understand.",
        "Work with other health care professionals and community partners in health promotion activities.",
        "Apply the principles of teaching and learning when instructing students, junior staff and health care "
        "assistants.",
    ]),
    ("3", "Management and Leadership", [
        "Plan, organise, coordinate and prioritise nursing care for a group of clients.",
        "Delegate tasks appropriately to other members of the care team and supervise their performance.",
        "Use human, material and financial resources efficiently and safely.",
        "Contribute to quality improvement and risk management, including the reporting of adverse incidents "
        "and learning from them.",
        "Collaborate and communicate effectively within the multidisciplinary team.",
        "Respond to emergencies and to changing situations by setting priorities and acting decisively.",
    ]),
    ("4", "Research", [
        "Recognise the importance of research in developing nursing knowledge and improving practice.",
        "Search for, appraise and apply research findings and other evidence in nursing practice.",
        "Identify problems in practice that need investigation and take part in research activities.",
        "Observe ethical principles in research involving human subjects.",
    ]),
    ("5", "Personal Effectiveness and Professional Development", [
        "Reflect on own practice and identify own learning needs.",
        "Take responsibility for lifelong learning and continuing professional development.",
        "Manage own stress and maintain personal well-being so as to give safe care.",
        "Contribute to the development of the nursing profession and promote a positive image of nursing.",
    ]),
]

BIBLIOGRAPHY = [
    "International Council of Nurses. (2008). Nursing care continuum framework and competencies. Geneva: "
    "International Council of Nurses.",
    "Nursing and Midwifery Council. (2010). Standards for pre-registration nursing education. London: "
    "Nursing and Midwifery Council.",
    "The Nursing Council of Hong Kong. (2002). Code of professional conduct and code of ethics for nurses in "
    "Hong Kong. Hong Kong: The Nursing Council of Hong Kong.",
]

FONT = "Times New Roman"


def _p(doc, text="", bold=False, size=12, align=None, after=6, before=0, underline=False, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.underline, r.italic = bold, underline, italic
        r.font.size = Pt(size)
        r.font.name = FONT
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after, pf.space_before = Pt(after), Pt(before)
    return p


def build():
    doc = Document()
    H.clear_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(1.0)
    sec.top_margin = sec.bottom_margin = Inches(1.0)

    _p(doc, "The Nursing Council of Hong Kong", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER,
       before=60, after=24)
    _p(doc, TITLE, bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    _p(doc, "(February 2012)", size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=48)
    _p(doc, "CONTENT", bold=True, size=12, after=12)
    for num, text, page in CONTENTS:
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(Inches(0.5))
        pf.tab_stops.add_tab_stop(Inches(6.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.SPACES)
        pf.space_after = Pt(8)
        if not num:
            pf.left_indent = Inches(0.5)
        r = p.add_run(f"{num}\t{text}\t{page}" if num else f"{text}\t{page}")
        r.font.name, r.font.size = FONT, Pt(12)

    # body section: page numbers from 1
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.footer.is_linked_to_previous = False
    sec2._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>'))
    fp = sec2.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.name, r.font.size = FONT, Pt(11)
    sec.footer.is_linked_to_previous = False       # first section: no page number

    _p(doc, "I.  Preamble", bold=True, after=8)
    for t in PREAMBLE:
        _p(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=8)
    for i, t in enumerate(PURPOSES, 1):
        p = _p(doc, f"{i}.\t{t}", align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4)
        p.paragraph_format.left_indent = Inches(0.4)
        p.paragraph_format.first_line_indent = Inches(-0.4)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(0.4))

    doc.add_page_break()
    _p(doc, "II.  Philosophy of Nursing", bold=True, after=8)
    for t in PHILOSOPHY:
        _p(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=8)

    doc.add_page_break()
    _p(doc, "III.  Scope of Core-competencies Required of a Registered Nurse (General)", bold=True, after=8)
    _p(doc, SCOPE, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=12)
    for num, name, stmts in AREAS:
        _p(doc, f"Competence area {num}: {name}", bold=True, underline=True, before=6, after=8)
        for j, s in enumerate(stmts, 1):
            p = _p(doc, f"{num}.{j}\t{s}", align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6)
            pf = p.paragraph_format
            pf.left_indent = Inches(0.55)
            pf.first_line_indent = Inches(-0.55)
            pf.tab_stops.add_tab_stop(Inches(0.55))

    _p(doc, "Bibliography", bold=True, before=12, after=8)
    for b in BIBLIOGRAPHY:
        p = _p(doc, b, after=6)
        p.paragraph_format.left_indent = Inches(0.5)
        p.paragraph_format.first_line_indent = Inches(-0.5)

    tmp = Path(tempfile.mkdtemp(prefix="ar-nchk-"))
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    H.soffice(src, "pdf", tmp)
    out = H.DOCS / f"{STEM}.pdf"
    shutil.copy(tmp / f"{STEM}.pdf", out)
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def gold(path):
    comps = [H.competency(STEM, name, None, indicators=[H.item(STEM, s) for s in stmts])
             for _, name, stmts in AREAS]
    return H.write_gold(path, "pdf", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(p, gold(p))

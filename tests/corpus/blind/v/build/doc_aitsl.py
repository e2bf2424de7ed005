"""AITSL, Australian Professional Standards for Teachers: excerpt (Standards 1 and 6), landscape PDF.

Layout (after the AITSL/NESA print of the Standards): landscape A4; a front page with the title, a short
"Organisation of the Standards" note and the four career stages; then, per standard, the domain band
("Professional Knowledge"), "Standard 1" + standard title, and per focus area a three-row table: a shaded
full-width row "1.1 <focus area>", a row of career-stage headings (Graduate | Proficient | Highly
Accomplished | Lead) and a row with the four descriptors. Running header, footer with site + page number.
"""
import shutil
from pathlib import Path

from docx.shared import Cm, Pt

import vcommon as C
import vhelp as H

STEM = "aitsl-australian-professional-standards-for-teachers"
TITLE = "AUSTRALIAN PROFESSIONAL STANDARDS FOR TEACHERS"
STAGES = ["Graduate", "Proficient", "Highly Accomplished", "Lead"]

STANDARDS = [
    ("Professional Knowledge", "1", "Know students and how they learn", [
        ("1.1", "Physical, social and intellectual development and characteristics of students", [
            "Show knowledge and understanding of students’ physical, social and intellectual development and characteristics, and of how these can influence learning.",
            "Apply teaching strategies grounded in knowledge of students’ physical, social and intellectual development and characteristics to lift student learning.",
            "Choose from a flexible and effective range of teaching strategies to suit the physical, social and intellectual development and characteristics of students.",
            "Lead colleagues in selecting and developing teaching strategies that improve student learning, drawing on knowledge of students’ physical, social and intellectual development and characteristics.",
        ]),
        ("1.2", "Understand how students learn", [
            "Show knowledge and understanding of research on how students learn and of what it means for teaching.",
            "Build teaching programs on research and on advice from colleagues about how students learn.",
            "Deepen understanding of how students learn through research and knowledge gained in the workplace.",
            "Lead processes that evaluate how well teaching programs work, using research and workplace knowledge of how students learn.",
        ]),
        ("1.3", "Students with diverse linguistic, cultural, religious and socioeconomic backgrounds", [
            "Show knowledge of teaching strategies that respond to the learning strengths and needs of students from diverse linguistic, cultural, religious and socioeconomic backgrounds.",
            "Design and carry out teaching strategies that respond to the learning strengths and needs of students from diverse linguistic, cultural, religious and socioeconomic backgrounds.",
            "Help colleagues to develop effective teaching strategies that address the learning strengths and needs of students from diverse linguistic, cultural, religious and socioeconomic backgrounds.",
            "Review and revise school learning and teaching programs, drawing on specialist and community knowledge, so that they meet the needs of students from diverse linguistic, cultural, religious and socioeconomic backgrounds.",
        ]),
        ("1.4", "Strategies for teaching Aboriginal and Torres Strait Islander students", [
            "Show broad knowledge and understanding of the effect of culture, cultural identity and linguistic background on the education of students from Aboriginal and Torres Strait Islander backgrounds.",
            "Design and carry out effective teaching strategies suited to the local community and cultural setting and to the linguistic backgrounds and histories of Aboriginal and Torres Strait Islander students.",
            "Advise and support colleagues in using effective teaching strategies for Aboriginal and Torres Strait Islander students, drawing on knowledge of, and support from, community representatives.",
            "Work with community representatives and parents/carers to build teaching programs that support the equitable and ongoing participation of Aboriginal and Torres Strait Islander students, and evaluate how well they work.",
        ]),
        ("1.5", "Differentiate teaching to meet the specific learning needs of students across the full range of abilities", [
            "Show knowledge and understanding of strategies for differentiating teaching to meet the specific learning needs of students across the full range of abilities.",
            "Develop teaching activities that use differentiated strategies to meet the specific learning needs of students across the full range of abilities.",
            "Use student assessment data to evaluate learning and teaching programs that are differentiated for the specific learning needs of students across the full range of abilities.",
            "Lead colleagues in evaluating learning and teaching programs that are differentiated for the specific learning needs of students across the full range of abilities.",
        ]),
        ("1.6", "Strategies to support full participation of students with disability", [
            "Show broad knowledge and understanding of legislative requirements and of teaching strategies that support the participation and learning of students with disability.",
            "Design and carry out teaching activities that support the participation and learning of students with disability and that meet the relevant policy and legislative requirements.",
            "Work with colleagues to draw on specialist knowledge and on relevant policy and legislation in developing teaching programs that support the participation and learning of students with disability.",
            "Start and lead reviews of school policies so that they support the engagement and full participation of students with disability and comply with legislative and/or system policies.",
        ]),
    ]),
    ("Professional Engagement", "6", "Engage in professional learning", [
        ("6.1", "Identify and plan professional learning needs", [
            "Show an understanding of the part the Australian Professional Standards for Teachers play in identifying professional learning needs.",
            "Use the Australian Professional Standards for Teachers and advice from colleagues to identify and plan professional learning needs.",
            "Analyse the Australian Professional Standards for Teachers to plan personal professional development goals, help colleagues to identify and reach their own goals, and coach pre-service teachers.",
            "Draw on thorough knowledge of the Australian Professional Standards for Teachers to plan and lead professional learning policies and programs that meet the learning needs of colleagues and pre-service teachers.",
        ]),
        ("6.2", "Engage in professional learning and improve practice", [
            "Understand which sources of professional learning for teachers are relevant and suitable.",
            "Take part in learning that updates knowledge and practice and is aimed at professional needs and at school and/or system priorities.",
            "Plan professional learning by drawing on research and curriculum development, and apply it to raise student learning.",
            "Set up collaborative relationships that widen professional learning opportunities, take part in research, and offer colleagues good-quality opportunities to improve their practice.",
        ]),
        ("6.3", "Engage with colleagues and improve practice", [
            "Ask for and act on constructive feedback from supervisors and teachers to strengthen teaching practice.",
            "Work with colleagues to refine professional knowledge and practice through constructive professional discussion and openness to feedback and advice.",
            "Start and take part in professional discussions with colleagues in a range of forums to review practice, with the aim of improving professional knowledge and practice and the educational outcomes of students.",
            "Use professional dialogue within the school or professional learning network(s), informed by current research, classroom observation and feedback from students and colleagues, to improve the educational outcomes of students.",
        ]),
        ("6.4", "Apply professional learning and improve student learning", [
            "Show an understanding of why professional learning should continue and of what it means for improved student learning.",
            "Take on professional learning and apply it to improve student learning.",
            "Take on professional learning aimed at improving student learning, and evaluate how far it improves the learning outcomes of students.",
            "Encourage and support professional learning for colleagues so that they can improve student learning.",
        ]),
    ]),
]

NAVY = "1F3864"
TEAL = "D9E7F2"


def render(path):
    d = H.new_document(font="Arial", size=9, landscape=True, margins_cm=(1.6, 1.8, 1.6, 1.8))
    H.header_footer(d, header_text="AUSTRALIAN PROFESSIONAL STANDARDS FOR TEACHERS",
                    footer_left="aitsl.edu.au", page_field=True)
    # front page (front matter)
    H.para(d, "AUSTRALIAN", bold=True, size=26, color=NAVY, space_after=0)
    H.para(d, "PROFESSIONAL", bold=True, size=26, color=NAVY, space_after=0)
    H.para(d, "STANDARDS FOR", bold=True, size=26, color=NAVY, space_after=0)
    H.para(d, "TEACHERS", bold=True, size=26, color=NAVY, space_after=18)
    H.para(d, "Organisation of the Standards", bold=True, size=13, space_after=6)
    H.para(d, "The Standards are grouped into three domains of teaching: Professional Knowledge, Professional "
              "Practice and Professional Engagement. Each standard is broken down into focus areas, and each "
              "focus area carries a descriptor for each of the four career stages below. This extract reproduces "
              "Standard 1 and Standard 6.", size=10, space_after=8)
    H.para(d, "Career stages", bold=True, size=11, space_after=4)
    for s, txt in [("Graduate", "teachers who have completed an accredited initial teacher education program"),
                   ("Proficient", "teachers who have met the requirements for full registration"),
                   ("Highly Accomplished", "highly effective, skilled classroom practitioners who work independently and with colleagues"),
                   ("Lead", "exemplary teachers who lead improvement in their schools and beyond")]:
        p = H.para(d, "", size=10, space_after=2)
        H.run(p, s + " – ", bold=True, size=10)
        H.run(p, txt, size=10)
    first = True
    for domain, num, title, areas in STANDARDS:
        H.page_break(d)
        band = d.add_table(rows=1, cols=1)
        C.shade(band.rows[0].cells[0], NAVY)
        H.cell_text(band.rows[0].cells[0], domain, bold=True, size=12, color="FFFFFF")
        H.para(d, "", space_after=2)
        H.para(d, f"Standard {num}", bold=True, size=16, color=NAVY, space_after=0, keep_next=True)
        H.para(d, title, bold=True, size=16, color=NAVY, space_after=8, keep_next=True)
        for code, area, desc in areas:
            t = d.add_table(rows=3, cols=4)
            t.style = d.styles["Table Grid"]
            H.cell_margins(t)
            top = H.merge_row(t, 0)
            C.shade(top, TEAL)
            p = top.paragraphs[0]
            H.run(p, "Focus area  ", size=8, color=NAVY)
            H.run(p, f"{code}  {area}", bold=True, size=10)
            for i, s in enumerate(STAGES):
                H.cell_text(t.rows[1].cells[i], s, bold=True, size=9, color=NAVY)
                H.cell_text(t.rows[2].cells[i], desc[i], size=9)
            for r in t.rows:
                C.row_flags(r, cant_split=True)
                for c in r.cells:
                    for pp in c.paragraphs:
                        pp.paragraph_format.keep_with_next = True
            for c in t.rows[2].cells:
                for pp in c.paragraphs:
                    pp.paragraph_format.keep_with_next = False
            C.fix_widths(t, [2.55, 2.55, 2.55, 2.55])
            H.para(d, "", space_after=4, size=4)
    d.save(path)


def gold(doc_id):
    comps = []
    for domain, num, title, areas in STANDARDS:
        for code, area, desc in areas:
            levels = [{"rank": i + 1, "label": STAGES[i],
                       "behaviors": [C.item(doc_id, desc[i])]} for i in range(4)]
            comps.append(C.competency(area, doc_id, definition=None, levels=levels))
    return comps


def build():
    tmp = H.tmpdir()
    src = tmp / f"{STEM}.docx"
    render(src)
    pdf = H.to_pdf(src, tmp)
    out = C.DOCS / f"{STEM}.pdf"
    shutil.copy(pdf, out)
    H.rm(tmp)
    return C.write_gold(STEM, out.name, "pdf", TITLE, gold(STEM))


if __name__ == "__main__":
    print(build())

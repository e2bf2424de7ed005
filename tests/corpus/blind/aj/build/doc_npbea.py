"""NPBEA Professional Standards for Educational Leaders 2015, Standards 1-4.

DOCX with no heading styles at all: every paragraph is 'Normal'; standard titles are bold Normal paragraphs,
elements typed as "a)" ... with a hanging indent (no Word numbering)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from ajlib import DOCS, clear_core_props, competency, item

STEM = "npbea-psel-standards-1-4"
FILE = DOCS / f"{STEM}.docx"
TITLE = "Professional Standards for Educational Leaders 2015"

STANDARDS = [
    (1, "Mission, Vision, and Core Values",
     "Effective educational leaders build, champion, and act on a shared mission, vision, and set of core values "
     "centered on high-quality education and on the academic success and well-being of every student.",
     ["Shape an educational mission for the school aimed at the academic success and well-being of every student.",
      "Together with members of the school and the wider community, and using relevant data, shape and promote a "
      "vision of every child learning and developing successfully, and of the teaching and organizational practices "
      "that make this possible.",
      "State, defend, and nurture the core values that give the school its culture, with emphasis on education "
      "centered on the child; high expectations matched by support for students; equity, inclusion, and social "
      "justice; openness, care, and trust; and steady improvement.",
      "Plan, carry out, and evaluate actions in a strategic way so that the school's vision is realized.",
      "Revisit the school's mission and vision and revise them as the expectations and opportunities facing the "
      "school, and the needs and circumstances of its students, change.",
      "Build a common understanding of, and commitment to, the mission, vision, and core values across the school "
      "and its community.",
      "Embody and pursue the school's mission, vision, and core values in all of their leadership work."]),
    (2, "Ethics and Professional Norms",
     "Effective educational leaders behave ethically and uphold professional norms in order to promote the academic "
     "success and well-being of every student.",
     ["Behave ethically and professionally in their own conduct, in their dealings with others, in the decisions they "
      "make, in their care of the school's resources, and in every other part of school leadership.",
      "Uphold and promote the professional norms of integrity, fairness, openness, trust, collaboration, "
      "perseverance, learning, and ongoing improvement.",
      "Put children at the heart of education and take responsibility for the academic success and well-being of "
      "every student.",
      "Protect and advance the values of democracy, individual freedom and responsibility, equity, social justice, "
      "community, and diversity.",
      "Lead with strong interpersonal and communication skills, social and emotional insight, and an understanding of "
      "the backgrounds and cultures of all students and staff.",
      "Give the school moral direction and encourage ethical, professional conduct among teachers and staff."]),
    (3, "Equity and Cultural Responsiveness",
     "Effective educational leaders pursue equity of educational opportunity and culturally responsive practice in "
     "order to promote the academic success and well-being of every student.",
     ["See that every student is treated fairly and with respect, and with an understanding of the student's culture "
      "and circumstances.",
      "Value every student's strengths, diversity, and culture, and use them as assets for teaching and learning.",
      "See that every student has fair access to effective teachers, to learning opportunities, to academic and "
      "social support, and to the other resources that success depends on.",
      "Frame student policies, and respond to student misconduct, in ways that are positive, fair, and free of bias.",
      "Challenge and change the institutional biases that push students to the margins, treat them as deficient, or "
      "hold low expectations of them because of race, class, culture and language, gender and sexual orientation, or "
      "disability or special status.",
      "Prepare students to lead productive lives in, and to contribute to, the varied cultural settings of a global "
      "society.",
      "Bring cultural competence and responsiveness to their interactions, their decisions, and their practice.",
      "Attend to equity and cultural responsiveness throughout their leadership."]),
    (4, "Curriculum, Instruction, and Assessment",
     "Effective educational leaders build and sustain demanding, coherent systems of curriculum, instruction, and "
     "assessment in order to promote the academic success and well-being of every student.",
     ["Put in place coherent systems of curriculum, instruction, and assessment that serve the school's mission, "
      "vision, and core values, set high expectations for learning, match academic standards, and respond to "
      "students' cultures.",
      "Line up curriculum, instruction, and assessment within and between grade levels so that they support academic "
      "success, a love of learning, students' identities and habits as learners, and a healthy sense of self.",
      "Encourage teaching that reflects what is known about learning and development, sound pedagogy, and the needs "
      "of every student.",
      "See that teaching stretches students intellectually, connects with their own experience, builds on their "
      "strengths, and is differentiated and personalized.",
      "Encourage technology to be used well in support of teaching and learning.",
      "Use valid assessments that reflect what is known about learning and development and that meet technical "
      "standards of measurement.",
      "Use assessment data appropriately, and within its technical limits, to track student progress and to improve "
      "teaching."]),
]

INTRO = [
    "The Professional Standards for Educational Leaders 2015 set out the work and qualities of educational leaders "
    "that are most likely to improve student learning. They were developed by the National Policy Board for "
    "Educational Administration (NPBEA) with its member organizations and replace the earlier ISLLC Standards.",
    "Each Standard has a title and a statement that says what effective leaders do to promote student learning. "
    "The elements that follow each statement describe the work that makes up the Standard. The Standards are "
    "interdependent and should be read as a whole.",
]


def build():
    doc = Document()
    clear_core_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    st.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(27.94), Cm(21.59)
    sec.left_margin = sec.right_margin = Cm(2.54)
    fp = sec.footer.paragraphs[0]
    fp.text = "Professional Standards for Educational Leaders 2015"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(9)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Professional Standards for Educational Leaders 2015")
    r.bold, r.font.size = True, Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("National Policy Board for Educational Administration").italic = True
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("The 2015 Standards").bold = True
    for t in INTRO:
        doc.add_paragraph(t)
    for n, name, stmt, elements in STANDARDS:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = True
        p.add_run(f"Standard {n}. {name}").bold = True
        p = doc.add_paragraph()
        p.add_run(stmt).italic = True
        p = doc.add_paragraph("Effective leaders:")
        for k, el in enumerate(elements):
            ep = doc.add_paragraph(f"{chr(97 + k)})\t{el}")
            ep.paragraph_format.left_indent = Cm(1.27)
            ep.paragraph_format.first_line_indent = Cm(-0.63)
            ep.paragraph_format.space_after = Pt(3)
    doc.save(FILE)
    return FILE


def gold():
    comps = [competency(STEM, name, stmt, indicators=[item(STEM, e) for e in elements])
             for n, name, stmt, elements in STANDARDS]
    return "docx", TITLE, comps

"""Edith Cowan University, Human Resources Services Centre (Recruitment): "Sample of Interview Questions".

python-docx -> LibreOffice PDF. Cover page, a contents page with dot-leader tabs and page numbers,
footer "Human Resources Services Centre Telephone ... Web ..." plus page number on every page,
section headings (ECU values / skills) over sub-headings that name the value or skill, and
bulleted questions (Word bullets); introduction and presentation questions that belong to no
competency; a closing "Questions to avoid" note."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Pt, RGBColor, Inches, Cm

import helpers as H

FILE = "ecu-sample-interview-questions.pdf"
DOCX = "ecu-sample-interview-questions.docx"

INTRO_QUESTIONS = [
    "Why have you applied for this position?",
    "What do you know about Edith Cowan University and the area you would be working in?",
    "Briefly describe your current (or most recent) role and how it relates to this position.",
]

VALUES = [
    ("Respect", [
        "Give us an example of how you have shown respect for the views of others when they differed from your own.",
        "Describe a time when you worked with someone whose background or values were very different from yours. How did you make the working relationship effective?",
        "How do you make sure that everyone in a meeting has the chance to contribute?",
    ]),
    ("Integrity", [
        "Tell us about a situation where you were asked to do something you felt was not right. What did you do?",
        "Describe a time when you made a commitment that you later found hard to keep. How did you handle it?",
        "How would you respond if you noticed a colleague breaching a University policy?",
    ]),
]

SKILLS = [
    ("Interpersonal Skills", [
        "Tell us about a time you had to deal with a difficult client or colleague. What was the outcome?",
        "How do you build effective working relationships with people you do not see regularly?",
    ]),
    ("Attention to Detail", [
        "Describe a task you completed that required a high level of accuracy. How did you check your work?",
        "Give an example of an error you found in someone else\u2019s work. What did you do about it?",
    ]),
    ("Problem Solving", [
        "Describe a complex problem you faced at work. What steps did you take to solve it, and what was the result?",
        "Tell us about a time when the usual procedure did not work. What did you do instead?",
        "If two managers gave you urgent tasks at the same time, how would you decide which to do first?",
    ]),
]

ECU_BLUE = RGBColor(0x00, 0x3B, 0x71)


def build(docs_dir, tmp_dir):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    for s, size in (("Heading 1", 15), ("Heading 2", 12)):
        d.styles[s].font.name = "Arial"
        d.styles[s].font.size = Pt(size)
        d.styles[s].font.color.rgb = ECU_BLUE
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Human Resources Services Centre Telephone: +61 8 6304 5995 Web: www.ecu.edu.au/hrsc")
    fp.add_run("\t")
    H.add_field(fp, "PAGE", "1")
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    for r in fp.runs:
        r.font.size = Pt(8)

    bullets = H.add_numbering(d, H.lvl(0, "bullet", "\u2022", 567, 283, font="Arial"), nsid="EC000001")

    # ---- cover
    for txt, size, bold in (("Edith Cowan University", 20, True), ("Human Resources Services Centre", 14, False),
                            ("Recruitment", 14, False)):
        p = d.add_paragraph()
        r = p.add_run(txt)
        r.font.size = Pt(size)
        r.bold = bold
        r.font.color.rgb = ECU_BLUE
    for _ in range(6):
        d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Sample of Interview Questions")
    r.font.size = Pt(26)
    r.bold = True
    r.font.color.rgb = ECU_BLUE
    p.add_run().add_break(WD_BREAK.PAGE)

    # ---- contents
    c = d.add_paragraph()
    cr = c.add_run("Contents")
    cr.bold = True
    cr.font.size = Pt(15)
    cr.font.color.rgb = ECU_BLUE
    toc = [("Introduction Questions", 3, 0), ("ECU Values-Orientated Questions", 3, 0)]
    toc += [(n, 3, 1) for n, _ in VALUES]
    toc += [("Demonstration of Skills / Ability / Personal Attributes", 4, 0)]
    toc += [(n, 4, 1) for n, _ in SKILLS]
    toc += [("Questions to Avoid", 4, 0)]
    for text, page, indent in toc:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6 * indent)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(3)
        p.add_run(f"{text}\t{page}")
    d.add_paragraph()
    d.add_heading("About this guide", level=1)
    d.add_paragraph(
        "These sample questions are a starting point for selection panels. Choose questions that relate "
        "directly to the selection criteria in the position description, and ask every applicant the same "
        "core questions. Panel members may ask follow-up questions to clarify or expand on an answer.")
    d.add_paragraph(
        "Behavioural questions ask applicants to describe what they actually did in a past situation; "
        "they are generally the most reliable guide to future performance.")
    d.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

    def qlist(questions):
        for q in questions:
            p = d.add_paragraph(q, style="List Paragraph")
            H.set_num(p, bullets)
            p.paragraph_format.space_after = Pt(4)

    d.add_heading("Introduction Questions", level=1)
    qlist(INTRO_QUESTIONS)
    d.add_heading("ECU Values-Orientated Questions", level=1)
    d.add_paragraph("ECU\u2019s values are Integrity, Respect, Rational Inquiry and Personal Excellence. "
                    "The questions below help the panel to assess how an applicant\u2019s approach to work "
                    "aligns with them.")
    for name, qs in VALUES:
        d.add_heading(name, level=2)
        qlist(qs)
    d.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)
    d.add_heading("Demonstration of Skills / Ability / Personal Attributes", level=1)
    for name, qs in SKILLS:
        d.add_heading(name, level=2)
        qlist(qs)
    d.add_heading("Questions to Avoid", level=1)
    d.add_paragraph("Do not ask questions about an applicant\u2019s age, marital status, family responsibilities, "
                    "religion, health or any other personal characteristic that is not relevant to the "
                    "inherent requirements of the position. If in doubt, contact your HR Advisor.")

    H.clear_core_props(d, title="Sample of Interview Questions", author="HRSC")
    docx_path = tmp_dir / DOCX
    d.save(docx_path)
    H.soffice(docx_path, "pdf", docs_dir)
    return docs_dir / FILE

"""City and County of Denver, Office of Human Resources - "Guide to Interview Questions" (PDF).

Modelled on the Denver OHR Talent Acquisition guide (stored copy dated 2019-07-24, 13 pages): cover "Guide to
Interview Questions / TALENT ACQUISITION, OFFICE OF HUMAN RESOURCES", "This page left intentionally blank.",
"Contents" with dot leaders (Types of Interview Questions; Technical Questions: Knowledge, Skills, and
Abilities / Work Experience / Job Performance; Behavioral/Competency-Based Questions ...), running header
"Guide to Interview Questions" + page number. Technical question types carry sample questions that belong to no
competency; the behavioral section ("Focus on temperament, attitude, and interpersonal skills") is a two-column
table "Competency | Sample Questions" whose left cell holds the competency name and its definition; then
situational and closing questions and questions to avoid. Wording, competencies and questions are ours
(excerpt-length guide of 9 pages). python-docx -> LibreOffice PDF, US Letter.
"""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Inches, Pt, RGBColor

import bslib as L

STEM = "denver-guide-to-interview-questions"
OUT = L.DOCS / f"{STEM}.pdf"
BLUE = RGBColor(0x00, 0x38, 0x6B)
GOLDC = RGBColor(0xB8, 0x8B, 0x00)
TITLE = "Guide to Interview Questions"

TECH = [
    ("Knowledge, Skills, and Abilities",
     "Ask about the specific knowledge, skills and abilities listed in the job posting.",
     ["What experience do you have with the software this position uses every day?",
      "Walk us through how you would reconcile two reports that do not agree.",
      "Which certifications or licenses do you hold that relate to this position?"]),
    ("Work Experience",
     "Ask about the candidate\u2019s background and how it prepares them for the position.",
     ["Describe your current or most recent position and your main duties.",
      "What part of your past experience is most relevant to this position, and why?"]),
    ("Job Performance",
     "Ask how the candidate has performed and how others would describe their work.",
     ["How would your current supervisor describe your work?",
      "Tell us about an accomplishment you are proud of from the last two years."]),
]

COMPS = [
    ("Accountability",
     "Takes responsibility for own actions and results, follows through on commitments and owns mistakes.",
     ["Tell us about a time you missed a deadline or made a mistake. What did you do?",
      "Describe a commitment you made that became hard to keep. How did you handle it?",
      "Give an example of when you held yourself to a higher standard than was required."]),
    ("Adaptability",
     "Adjusts to changing priorities, conditions and information, and stays effective during change.",
     ["Tell us about a time your priorities changed suddenly. How did you adjust?",
      "Describe a new system or process you had to learn quickly. What did you do to get up to speed?",
      "Give an example of when you had to change your approach because your first plan was not working."]),
    ("Collaboration",
     "Works cooperatively with others across teams and agencies to reach shared goals.",
     ["Describe a project where you worked with people from other departments or agencies. What was your "
      "role?",
      "Tell us about a time you disagreed with a coworker on how to do something. How did you resolve it?",
      "Give an example of how you helped a team member who was struggling."]),
    ("Customer Service",
     "Understands and meets the needs of residents, customers and coworkers, and treats every person with "
     "courtesy and respect.",
     ["Tell us about a time you dealt with an upset customer or resident. What was the outcome?",
      "Describe a time you went beyond what was expected to help someone.",
      "How do you find out what a customer needs when they are not sure themselves?",
      "Give an example of a time you had to say no to a customer. How did you do it?"]),
    ("Decision Making",
     "Gathers and weighs relevant information, considers options and makes timely, sound decisions.",
     ["Tell us about a difficult decision you made at work. How did you reach it?",
      "Describe a time you had to decide quickly without all the facts. What did you do?",
      "Give an example of a decision you made that was unpopular. How did you explain it?"]),
    ("Equity, Diversity, and Inclusion",
     "Values differences, treats people fairly and helps create a workplace and services that include everyone.",
     ["Tell us about a time you worked with someone whose background or point of view was very different from "
      "yours.",
      "Describe something you have done to make a team or service more inclusive.",
      "How have you responded when you saw someone being treated unfairly?"]),
    ("Planning and Organizing",
     "Sets priorities, plans work and uses time and resources well to meet deadlines.",
     ["Walk us through how you plan a typical week.",
      "Tell us about a time you managed several projects at once. How did you keep track of them?",
      "Describe a plan you made that had to be changed. What did you do?"]),
]

SITUATIONAL = [
    "What would you do if a coworker repeatedly asked you to cover their work?",
    "How would you respond if a resident asked for information you are not allowed to share?",
    "What would you do if you noticed an error in a report that had already been sent to your manager?",
]
AVOID = ["Age or date of birth", "Marital or family status", "Religion", "National origin or citizenship",
         "Disability or medical history", "Arrest record"]

TOC = [("Types of Interview Questions", "4", 0), ("Technical Questions", "5", 0),
       ("Knowledge, Skills, and Abilities", "5", 1), ("Work Experience", "5", 1), ("Job Performance", "5", 1),
       ("Behavioral/Competency-Based Questions", "6", 0), ("Situational Questions", "8", 0),
       ("Closing Questions", "8", 0), ("Questions to Avoid", "8", 0)]


def style(doc):
    st = doc.styles["Normal"]
    L.style_font(st, "Liberation Sans")
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(5)
    for name, size in (("Heading 1", 16), ("Heading 2", 12.5)):
        s = doc.styles[name]
        L.style_font(s, "Liberation Sans")
        s.font.size = Pt(size)
        s.font.color.rgb = BLUE
        s.font.italic = False


def pbreak(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build_doc():
    doc = Document()
    style(doc)
    L.clear_core_props(doc, TITLE)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, 16.5)
    r = hp.add_run(TITLE + "\t")
    r.font.size = Pt(9)
    r.font.color.rgb = BLUE
    L.add_field(hp, "PAGE", "2")
    hp.runs[-1].font.size = Pt(9)
    L.para_border(hp, ("bottom",), color="B88B00", size=6)
    bul = L.add_numbering(doc, L.bullet_lvl("\u2022", left=288, hanging=216, font="Liberation Sans"), "708192A3")

    # cover
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(34)
    r.font.color.rgb = BLUE
    p = doc.add_paragraph()
    L.para_border(p, ("top",), color="B88B00", size=18, space=6)
    r = p.add_run("TALENT ACQUISITION, OFFICE OF HUMAN RESOURCES")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = GOLDC
    for _ in range(12):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("DENVER")
    r.bold = True
    r.font.size = Pt(20)
    r = p.add_run("\nTHE MILE HIGH CITY")
    r.font.size = Pt(9)
    pbreak(doc)
    # page 2
    for _ in range(14):
        doc.add_paragraph()
    p = doc.add_paragraph("This page left intentionally blank.")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pbreak(doc)
    # page 3: contents
    doc.add_paragraph("Contents", style="Heading 1")
    for text, pg, lvl in TOC:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Inches(0.3 * lvl)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{text}\t{pg}")
    pbreak(doc)
    # page 4
    doc.add_paragraph("Types of Interview Questions", style="Heading 1")
    doc.add_paragraph("A good interview combines several types of questions. Technical questions tell you whether "
                      "a candidate has the knowledge and experience the job requires. Behavioral, or "
                      "competency-based, questions tell you how the candidate has acted in real situations, which "
                      "is the best predictor of how they will act in the future. Situational questions show how a "
                      "candidate would think through a problem they have not faced before.")
    doc.add_paragraph("Select questions that relate directly to the duties and minimum qualifications in the job "
                      "posting. Every candidate for the same position must be asked the same core questions. "
                      "Follow-up questions may differ, as long as they explore the candidate\u2019s own answers.")
    doc.add_paragraph("Contact your Talent Acquisition partner if you need help building an interview guide or "
                      "rating scale.")
    pbreak(doc)
    # page 5: technical
    doc.add_paragraph("Technical Questions", style="Heading 1")
    doc.add_paragraph("Focus on what the candidate knows and has done.")
    for h, lead, qs in TECH:
        doc.add_paragraph(h, style="Heading 2")
        doc.add_paragraph(lead)
        for q in qs:
            p = doc.add_paragraph(q)
            L.set_num(p, bul)
            p.paragraph_format.space_after = Pt(2)
    pbreak(doc)
    # page 6+: behavioral
    doc.add_paragraph("Behavioral/Competency-Based Questions", style="Heading 1")
    doc.add_paragraph("Focus on temperament, attitude, and interpersonal skills. Ask the candidate to describe "
                      "a specific situation, what they did and what the result was. Choose the competencies that "
                      "matter most for the position; you do not need to ask every question listed.")
    t = doc.add_table(rows=1, cols=2)
    t.style = doc.styles["Table Grid"]
    L.row_flags(t.rows[0], cant_split=True, header=True)
    for c, lab in zip(t.rows[0].cells, ("Competency", "Sample Questions")):
        r = c.paragraphs[0].add_run(lab)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        L.shade(c, "00386B")
    for name, definition, qs in COMPS:
        row = t.add_row()
        L.row_flags(row, cant_split=True)
        c0, c1 = row.cells
        r = c0.paragraphs[0].add_run(name)
        r.bold = True
        p = c0.add_paragraph()
        r = p.add_run(definition)
        r.italic = True
        r.font.size = Pt(9.5)
        for i, q in enumerate(qs):
            p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
            L.set_num(p, bul)
            p.paragraph_format.space_after = Pt(3)
            p.add_run(q).font.size = Pt(10)
    L.fix_widths(t, [2.1, 4.4])
    pbreak(doc)
    doc.add_paragraph("Situational Questions", style="Heading 1")
    doc.add_paragraph("Describe a realistic situation from the job and ask what the candidate would do.")
    for q in SITUATIONAL:
        p = doc.add_paragraph(q)
        L.set_num(p, bul)
    doc.add_paragraph("Closing Questions", style="Heading 1")
    for q in ("Is there anything else you would like us to know about your qualifications?",
              "What questions do you have for us?"):
        p = doc.add_paragraph(q)
        L.set_num(p, bul)
    doc.add_paragraph("Questions to Avoid", style="Heading 1")
    doc.add_paragraph("Do not ask about, or make decisions based on, any of the following:")
    for q in AVOID:
        p = doc.add_paragraph(q)
        L.set_num(p, bul)
    return doc


def gold():
    d = STEM
    return [L.competency(d, name, definition, interview_questions=L.items(d, qs))
            for name, definition, qs in COMPS]


def main():
    L.docx_to_pdf(build_doc(), OUT)
    L.write_gold(OUT, "pdf", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

"""Victoria University of Wellington, Career Development and Employment - "Behavioural/Competency-based Interviews" (PDF).

Modelled on the VUW careers handout (stored copies on Scribd): header "VUW CAREER DEVELOPMENT AND EMPLOYMENT",
footer "Behavioural/Competency-based Interviews" + page number; page 1 in TWO COLUMNS (what behavioural interviews
are, what a competency is, the five competency types from M Parkinson's book with their attribute lists and the
"reference copy" note, the STAR model); then, in one column, "Take a look at this extract from the interview
guidelines of a major Wellington-based employer" with a boxed Customer Focus extract (Competency: / Definition: /
questions with probes / positive and negative indicators), and sample behavioural questions under competency
headings, closing tips and the office's contact block. Wording ours; the question bank lists were asked for by
the batch assignment. python-docx -> LibreOffice PDF, A4.
"""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

import bslib as L

STEM = "vuw-behavioural-competency-interviews"
OUT = L.DOCS / f"{STEM}.pdf"
GREEN = RGBColor(0x00, 0x4B, 0x34)
TITLE = "Behavioural/Competency-based Interviews"

TYPES = [
    ("Individual competencies", "your personal attributes: Flexibility, decisiveness, tenacity, independence, "
     "risk taking, personal integrity"),
    ("Managerial competencies", "taking charge of other people: Leadership, empowerment, strategic planning, "
     "corporate sensitivity, project management, management control"),
    ("Analytical competencies", "the elements of decision making: Innovation, analytical skills, numerical "
     "problem solving, problem solving, practical learning, detail consciousness"),
    ("Interpersonal competencies", "dealing with other people: Communication, impact, persuasiveness, personal "
     "awareness, teamwork, openness"),
    ("Motivational competencies", "the things that drive you: Resilience, energy, motivation, achievement "
     "orientation, initiative, quality focus"),
]

CF_DEF = ("People who show this competency understand why the customer matters and act on it. They take the "
          "time to find out what customers need, keep them informed, and look for ways to improve the service "
          "they receive, whether the customer is a member of the public or a colleague in another team.")
CF_QUESTIONS = [
    "Tell us about a time when you went out of your way to help a customer. What did you do? What was the "
    "outcome for the customer?",
    "Describe a situation where you had to deal with a customer who was unhappy with the service. How did you "
    "find out what the problem was? What did you do to put it right?",
    "Give us an example of a change you made to the way a service was delivered because of customer feedback. "
    "How did you know the change had worked?",
]
CF_POS = [
    "Asks questions to understand what the customer actually needs",
    "Keeps the customer informed without being chased",
    "Follows through on promises and checks the customer is satisfied",
    "Takes ownership of a problem rather than passing it on",
]
CF_NEG = [
    "Blames the customer or other staff when things go wrong",
    "Focuses on rules and procedures rather than the customer\u2019s problem",
    "Makes promises that cannot be kept",
    "Cannot give a specific example",
]

BANK = [
    ("Teamwork", [
        "Tell me about a time you worked in a team that was not getting on. What was your role in improving "
        "things?",
        "Describe a group project at university. What part did you play, and how did you make sure the work was "
        "shared fairly?",
        "Give an example of when you put the team\u2019s goal ahead of your own preference.",
    ]),
    ("Communication", [
        "Tell me about a time you had to explain something complicated to someone with no background in the "
        "subject.",
        "Describe a piece of writing you are proud of. Who was it for, and how did you adapt it to them?",
        "Give an example of a time you had to pass on bad news. How did you go about it?",
    ]),
    ("Problem Solving", [
        "Describe a problem you solved by looking at it in a new way.",
        "Tell me about a time you had to make a decision without all the information you wanted. What did you "
        "do to reduce the risk?",
        "Give an example of a mistake you made. How did you fix it and what did you learn?",
    ]),
    ("Initiative", [
        "Tell me about something you started on your own because you saw it needed doing.",
        "Describe a time you went beyond what was asked of you in a job or club role.",
    ]),
    ("Leadership", [
        "Tell me about a time you led a group towards a goal. How did you keep people motivated?",
        "Describe a situation where you had to persuade people to accept an idea they first resisted.",
        "Give an example of when you had to deal with a team member who was not pulling their weight.",
    ]),
    ("Coping with Pressure", [
        "Tell me about a time you had several deadlines at once. How did you decide what came first?",
        "Describe a setback that affected you. How did you respond and what happened next?",
    ]),
]


def set_cols(section, num, space=567):
    sectPr = section._sectPr
    for c in sectPr.findall(qn("w:cols")):
        sectPr.remove(c)
    sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{space}"/>'))


def hf(section):
    h = section.header
    hp = h.paragraphs[0]
    r = hp.add_run("VUW CAREER DEVELOPMENT AND EMPLOYMENT")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = GREEN
    L.para_border(hp, ("bottom",), color="004B34", size=6)
    fp = section.footer.paragraphs[0]
    L.right_tab(fp, 17)
    r = fp.add_run("\t" + TITLE + "   ")
    r.italic = True
    r.font.size = Pt(8.5)
    L.add_field(fp, "PAGE", "1")


def heading(doc, text, size=12, before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(3)
    L.keep_with_next(p)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = GREEN
    return p


def body(doc, text, justify=True):
    p = doc.add_paragraph(text)
    if justify:
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def build_doc():
    doc = Document()
    st = doc.styles["Normal"]
    L.style_font(st, "Liberation Sans")
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(5)
    L.clear_core_props(doc, TITLE)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    hf(sec)
    set_cols(sec, 2)
    bul = L.add_numbering(doc, L.bullet_lvl("\u2022", left=284, hanging=284, font="Liberation Sans"), "3C4D5E6F")

    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = GREEN
    body(doc, "Behavioural interviews rest on the idea that the way you behaved in the past is the best guide to "
              "the way you will behave in the future. The interviewer wants specific examples of when and how you "
              "showed particular behaviours. Before the interview each position is analysed for the skills, "
              "competencies and characteristics that lead to success in the job, and questions are written to "
              "probe those areas. Every candidate is asked the same questions and notes are taken so that "
              "candidates can be compared fairly.")
    body(doc, "The word competency is used widely in business and in personnel psychology for the behaviours "
              "needed to achieve the goals of an organisation. A competency can be measured, and a list of "
              "competencies gives a common language for describing how people perform. Any job can be described "
              "by its key competencies, so they are used for appraisals, training needs analysis and, of course, "
              "selection.")
    for lead, rest in TYPES:
        p = doc.add_paragraph()
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.add_run(lead + " ").bold = True
        p.add_run(rest)
    p = doc.add_paragraph()
    r = p.add_run("Taken from How to Master Psychometric Tests by M Parkinson (reference copy available at VUW "
                  "Careers Resource Library)")
    r.italic = True
    r.font.size = Pt(8.5)
    heading(doc, "Preparing for a behavioural interview", 11)
    body(doc, "Read the job description closely and pick out the skills and qualities the employer wants. For "
              "each one, think of two or three real examples from work, study, sport, volunteering or family "
              "life that show it. Competency-focused, well-structured answers are very powerful and can win you "
              "the job.")
    heading(doc, "The STAR model", 11)
    body(doc, "STAR gives your answers a clear structure:", justify=False)
    for lead, rest in (("Situation", "describe a situation or problem you faced"),
                       ("Task", "explain what the situation required of you, or your ideas for dealing with it"),
                       ("Action", "describe what you did and the obstacles you had to overcome"),
                       ("Results", "highlight what you achieved and what you learned")):
        p = doc.add_paragraph()
        L.set_num(p, bul)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(lead).bold = True
        p.add_run(" \u2013 " + rest)
    body(doc, "Keep the focus on your own part. Interviewers will ask follow-up questions such as \u201cWhat "
              "exactly did you say?\u201d or \u201cWhat would you do differently?\u201d, so choose examples you "
              "remember in detail.")

    # single column from page 2
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_cols(sec2, 1)
    heading(doc, "An employer\u2019s interview guide", 13, before=0)
    body(doc, "Take a look at this extract from the interview guidelines of a major Wellington-based employer. "
              "It shows how a competency is defined, which questions are asked and what the panel listens for.")
    t = doc.add_table(rows=1, cols=1)
    L.table_borders(t, color="004B34", size=8, inside=False)
    L.set_cell_margins(t, top=120, bottom=120, left=160, right=160)
    cell = t.rows[0].cells[0]
    L.shade(cell, "EEF4F1")
    cp = cell.paragraphs[0]
    cp.add_run("Competency: ").bold = True
    cp.add_run("Customer Focus")
    cp = cell.add_paragraph()
    cp.add_run("Definition: ").bold = True
    cp.add_run(CF_DEF)
    cp = cell.add_paragraph()
    cp.paragraph_format.space_before = Pt(4)
    cp.add_run("Questions").bold = True
    qnum = L.add_numbering(doc, L.decimal_lvl("%1.", left=360, hanging=360), "4D5E6F70")
    for q in CF_QUESTIONS:
        cp = cell.add_paragraph(q)
        L.set_num(cp, qnum)
        cp.paragraph_format.space_after = Pt(2)
    for lab, lst in (("Positive indicators", CF_POS), ("Negative indicators", CF_NEG)):
        cp = cell.add_paragraph()
        cp.paragraph_format.space_before = Pt(4)
        cp.add_run(lab).bold = True
        for x in lst:
            cp = cell.add_paragraph(x)
            L.set_num(cp, bul)
            cp.paragraph_format.space_after = Pt(1)

    heading(doc, "Examples of behavioural questions", 13, before=12)
    body(doc, "The questions below are typical of those asked by New Zealand graduate employers. Practise "
              "answering them aloud using the STAR model.")
    for name, qs in BANK:
        heading(doc, name, 10.5, before=6)
        for q in qs:
            p = doc.add_paragraph(q)
            L.set_num(p, bul)
            p.paragraph_format.space_after = Pt(2)
    heading(doc, "After the interview", 11, before=10)
    body(doc, "Make notes on the questions you were asked and how you answered. If you are unsuccessful, ask the "
              "employer for feedback; it will help you prepare for the next one.")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Career Development and Employment\nKelburn Campus, Victoria University of Wellington\n"
                  "www.victoria.ac.nz/careers")
    r.font.size = Pt(8.5)
    r.font.color.rgb = GREEN
    return doc


def gold():
    d = STEM
    comps = [L.competency(
        d, "Customer Focus", CF_DEF,
        indicators=L.items(d, CF_POS, "Positive indicators") + L.items(d, CF_NEG, "Negative indicators"),
        interview_questions=L.items(d, CF_QUESTIONS))]
    for name, qs in BANK:
        comps.append(L.competency(d, name, None, interview_questions=L.items(d, qs)))
    return comps


def main():
    L.docx_to_pdf(build_doc(), OUT)
    L.write_gold(OUT, "pdf", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

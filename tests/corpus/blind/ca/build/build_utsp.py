"""The University of Texas System Police - DP-7 Pre-Employment Interview Booklet (DOCX).

Modelled on the UT System Police "DP-7 Pre-Employment Interview Booklet" (stored copies on docsbay.net,
studylib.net, pdfslide.us; the computation sheet DP#12 on studylib.net): cover block (agency, form number,
booklet title), TABLE OF CONTENTS with dot leaders and page numbers (I. INTRODUCTION ... VI. RATING SCALES),
roman-numbered section headings, III. INTERVIEW DIMENSIONS with numbered factors under each dimension (the
Interpersonal Skills factors are the ones the stored copy shows, reworded), IV. INTERVIEW GUIDE with the board
chair's opening statement and standardized questions per dimension, V. INTERVIEW COMPUTATION SHEET (DP#12) as a
Word table (Dimension | #1..#5 | TOTAL) with its instructions ("1" lowest to "5" highest; a "3" is average), and
VI. RATING SCALES: one five-point behaviorally-anchored table per dimension, printed 5 (top) to 1 (bottom).
All wording (definitions, factors, questions, anchors) is ours. python-docx, US Letter, Times New Roman.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Inches, Pt

import calib as L

STEM = "utsp-dp7-pre-employment-interview-booklet"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "DP-7 Pre-Employment Interview Booklet"

LEVEL_LABELS = {5: "5 \u2013 Excellent", 4: "4 \u2013 Above Average", 3: "3 \u2013 Average",
                2: "2 \u2013 Below Average", 1: "1 \u2013 Poor"}

DIMENSIONS = [
    {"name": "Dependability",
     "definition": "The extent to which the applicant can be relied upon to meet obligations: to be at work and "
                   "on time, to finish what has been assigned, and to follow rules, policies and lawful "
                   "instructions.",
     "factors": ["Punctuality and attendance",
                 "Following through on commitments",
                 "Accepting responsibility for one\u2019s own actions",
                 "Compliance with rules, policies and instructions"],
     "questions": [
         "Describe your attendance at your present or most recent job. How many days did you miss in the past "
         "year, and for what reasons?",
         "Tell us about a time you agreed to do something that later became hard to do. What did you do?",
         "Have you ever been counseled or disciplined by an employer? (If yes, what happened, and what did you "
         "learn from it?)",
         "Give us an example of a rule or policy at work that you did not agree with. How did you deal with it?"],
     "anchors": {
         5: "Has a consistent record of reliable attendance and punctuality. Meets every commitment without "
            "reminders and owns up to mistakes. Can be expected to follow policy and direction without "
            "exception.",
         4: "Attendance and punctuality are very good, with rare lapses that are well explained. Follows "
            "through on assignments with little supervision and generally accepts responsibility.",
         3: "Attendance and punctuality are acceptable. Usually meets commitments, though reminders are "
            "sometimes needed. Accepts responsibility once a mistake is pointed out.",
         2: "Some history of absences, lateness or unfinished assignments. Tends to explain mistakes away and "
            "may need close supervision to meet obligations.",
         1: "A pattern of unreliable attendance or broken commitments. Blames others for problems and shows "
            "disregard for rules or instructions."}},
    {"name": "Initiative",
     "definition": "Willingness to act without being told. The degree to which the applicant looks for work "
                   "that needs doing, tries to improve the way things are done, and takes charge of his or her "
                   "own development.",
     "factors": ["Self-motivation",
                 "Seeking out additional responsibility",
                 "Recognizing problems and acting on them",
                 "Pursuing education and training"],
     "questions": [
         "Tell us about something you did at work or at school that went beyond what was expected of you.",
         "Describe a problem you noticed that others had overlooked. What did you do about it?",
         "What have you done in the last two years to improve your knowledge or skills? (Ask what led the "
         "applicant to do it.)"],
     "anchors": {
         5: "Regularly takes on tasks and responsibilities beyond the job without being asked. Spots problems "
            "early and acts on them. Has a clear record of self-directed learning.",
         4: "Often volunteers for additional work and suggests improvements. Has taken steps to develop skills "
            "that go beyond what was required.",
         3: "Does what is asked and occasionally more. Acts on problems once they are brought to his or her "
            "attention. Some effort at self-development.",
         2: "Seldom goes beyond assigned duties. Waits to be told what to do and shows little interest in "
            "further training.",
         1: "Does the minimum, and only when directed. No evidence of effort to improve self or the work."}},
    {"name": "Interpersonal Skills",
     "definition": "The ability to get along with and work well with people of all backgrounds, including "
                   "co-workers, supervisors, students, faculty, staff and visitors to the campus.",
     "factors": ["Dealing with others effectively and in a positive way",
                 "Interest in working with people",
                 "Wanting to be of service to others",
                 "Fairness"],
     "questions": [
         "Describe a time when you had to deal with someone who was angry or upset. How did you handle the "
         "situation?",
         "Tell us about your experience working with people whose backgrounds or opinions were very different "
         "from your own.",
         "Give us an example of a time you helped someone without being asked. Why did you do it?"],
     "anchors": {
         5: "Shows genuine interest in people and a strong wish to serve. Calms difficult people with tact and "
            "patience, and treats everyone the same regardless of background.",
         4: "Relates well to most people and handles conflict in a positive way. Shows interest in serving "
            "others and in treating them fairly.",
         3: "Gets along with others in ordinary situations. Handles some conflict adequately but may become "
            "impatient under provocation.",
         2: "Has some difficulty relating to people unlike himself or herself. Tends to avoid or escalate "
            "conflict.",
         1: "Abrasive, intolerant or indifferent toward others. Likely to generate complaints from the "
            "public."}},
    {"name": "Situational Reasoning Ability",
     "definition": "The ability to size up a situation quickly, identify what matters most, weigh the "
                   "alternatives and choose a sound, lawful and ethical course of action.",
     "factors": ["Recognizing the key elements of a situation",
                 "Setting priorities",
                 "Weighing alternatives and their consequences",
                 "Using sound judgment under pressure"],
     "questions": [
         "You are on foot patrol near a residence hall late at night and find a student who appears to be "
         "intoxicated, sitting alone on the steps. What would you do?",
         "While off duty in a restaurant, you see a fellow officer pocket the tip left on a table for the "
         "server. What would you do, and why?",
         "Your supervisor has told you to finish a report before the end of your shift, and you are then "
         "dispatched to a call for service. How would you handle both demands?"],
     "anchors": {
         5: "Identifies every important element of the situation, sets clear priorities with safety first, "
            "and chooses a course of action that is lawful, ethical and well reasoned. Explains the reasons "
            "without prompting.",
         4: "Identifies most of the important elements and chooses a sound course of action. Reasoning is "
            "clear, with minor gaps.",
         3: "Identifies the obvious elements and arrives at a workable course of action, though some "
            "consequences are overlooked.",
         2: "Misses important elements of the situation. The course of action is poorly reasoned or may "
            "create new problems.",
         1: "Unable to arrive at a workable course of action, or chooses one that is unsafe, unlawful or "
            "unethical."}},
    {"name": "Communication Skills",
     "definition": "The ability to express ideas clearly and concisely, to listen carefully, and to adjust the "
                   "message to the person being addressed.",
     "factors": ["Clear and organized speech",
                 "Listening and answering the question that was asked",
                 "Appropriate vocabulary and grammar",
                 "Poise and eye contact"],
     "questions": [],
     "note": "There are no standardized questions for this dimension. Board members rate it on the "
             "applicant\u2019s oral communication throughout the whole interview.",
     "anchors": {
         5: "Speaks clearly, concisely and with confidence. Answers are well organized and on point. Listens "
            "carefully and maintains good eye contact throughout.",
         4: "Speaks clearly and is easily understood. Answers are mostly organized and relevant.",
         3: "Gets the point across, although answers may ramble or need clarifying questions from the board.",
         2: "Often hard to follow. Answers wander from the question or are very brief; some difficulty with "
            "grammar or vocabulary.",
         1: "Unable to express ideas in an understandable way. Does not listen to or answer the questions "
            "asked."}},
]


def style(doc):
    st = doc.styles["Normal"]
    L.style_font(st, "Times New Roman")
    st.font.size = Pt(12)
    st.paragraph_format.space_after = Pt(6)
    for name, size in (("Heading 1", 13), ("Heading 2", 12)):
        s = doc.styles[name]
        L.style_font(s, "Times New Roman")
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.italic = False
        s.font.color.rgb = None
        s.paragraph_format.space_before = Pt(12)
        s.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(1)
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE", "2")
    for r in fp.runs:
        r.font.size = Pt(11)


def para(doc, text, bold=False, align=None, size=None, space_after=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_par(cell, text, bold=False, size=11, first=True, align=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    if align is not None:
        p.alignment = align
    return p


def build_doc():
    doc = Document()
    style(doc)
    L.clear_core_props(doc, TITLE)
    dec = L.decimal_lvl("%1.", left=720, hanging=360)
    abs_id = L.C.add_abstract(doc, dec, "7A1B2C3D")

    # cover
    for _ in range(6):
        doc.add_paragraph()
    para(doc, "THE UNIVERSITY OF TEXAS SYSTEM POLICE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
    para(doc, "DP-7", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
    para(doc, "PRE-EMPLOYMENT INTERVIEW BOOKLET", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
    doc.add_page_break()

    # contents
    para(doc, "TABLE OF CONTENTS", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for num, title, page in (("I.", "INTRODUCTION", 3), ("II.", "INTERVIEW FORMAT", 3),
                             ("III.", "INTERVIEW DIMENSIONS", 4), ("IV.", "INTERVIEW GUIDE", 5),
                             ("V.", "INTERVIEW COMPUTATION SHEET (DP#12)", 7), ("VI.", "RATING SCALES", 8)):
        p = doc.add_paragraph()
        ts = p.paragraph_format.tab_stops
        ts.add_tab_stop(Inches(0.6))
        ts.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{num}\t{title}\t{page}")
    doc.add_page_break()

    doc.add_paragraph("I.\tINTRODUCTION", style="Heading 1")
    doc.add_paragraph(
        "This booklet is the guide for board members who interview applicants. Its content has been prepared "
        "with care, and the rating scales were developed to match it. Board members must follow the booklet "
        "when conducting interviews. It describes a structured interview: the board uses the same general "
        "format with every applicant. The board is not limited to the questions suggested here; it will often "
        "be appropriate, and sometimes necessary, to ask further clarifying questions about an applicant\u2019s "
        "qualifications in order to rate the applicant accurately. Questions that are irrelevant or not "
        "directly related to the requirements of the job must be avoided.")
    doc.add_paragraph(
        "Board members must be thoroughly familiar with this booklet before the oral interviews begin. Any "
        "question about its content should be discussed by the whole board so that every member understands it "
        "in the same way.")
    doc.add_paragraph("II.\tINTERVIEW FORMAT", style="Heading 1")
    doc.add_paragraph(
        "When an oral review board is needed for a Police Cadet or a Lateral Police Officer, the Chief of Police "
        "selects the board chairperson and four board members. Boards for Telecommunicator and Public Safety "
        "Officer positions may depart from this format with the approval of the component\u2019s Chief of "
        "Police, but the DP-7 is still used, amended as needed for the position.")
    doc.add_paragraph(
        "Each interview lasts about forty-five minutes. The chairperson opens the interview, each board member "
        "asks the standardized questions assigned to him or her, and the chairperson closes the interview. "
        "Board members take notes during the interview and rate the applicant independently immediately "
        "afterwards.")

    doc.add_paragraph("III.\tINTERVIEW DIMENSIONS", style="Heading 1")
    doc.add_paragraph("Applicants are rated on the following dimensions. Each dimension is made up of the "
                      "factors listed beneath it.")
    for i, d in enumerate(DIMENSIONS, 1):
        doc.add_paragraph(f"{i}.  {d['name']}", style="Heading 2")
        doc.add_paragraph(d["definition"])
        nid = L.C.add_num(doc, abs_id, restart=True)
        for f in d["factors"]:
            p = doc.add_paragraph(f)
            L.set_num(p, nid)
            p.paragraph_format.space_after = Pt(0)
        doc.paragraphs[-1].paragraph_format.space_after = Pt(6)

    doc.add_paragraph("IV.\tINTERVIEW GUIDE", style="Heading 1")
    doc.add_paragraph("Opening Statement (read by the chairperson)", style="Heading 2")
    para(doc, "\u201cGood morning (afternoon). Thank you for coming. The members of this board will ask you a "
              "series of questions about your background and about how you would handle certain situations. "
              "Every applicant is asked the same questions. Take your time, and ask us to repeat a question if "
              "you need to. The interview will last about forty-five minutes. Do you have any questions before "
              "we begin?\u201d", italic=True)
    para(doc, "Standardized Questions", bold=True)
    for i, d in enumerate(DIMENSIONS, 1):
        doc.add_paragraph(f"{i}.  {d['name']}", style="Heading 2")
        if d["questions"]:
            nid = L.C.add_num(doc, abs_id, restart=True)
            for q in d["questions"]:
                p = doc.add_paragraph(q)
                L.set_num(p, nid)
        else:
            doc.add_paragraph(d["note"])
    doc.add_paragraph("Closing Statement (read by the chairperson)", style="Heading 2")
    para(doc, "\u201cThat completes our questions. Is there anything else you would like the board to know "
              "about your qualifications? Thank you for your time. You will be notified in writing of the "
              "results.\u201d", italic=True)
    doc.add_page_break()

    doc.add_paragraph("V.\tINTERVIEW COMPUTATION SHEET (DP#12)", style="Heading 1")
    para(doc, "UNIVERSITY OF TEXAS SYSTEM POLICE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "INTERVIEW COMPUTATION SHEET", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for lab in ("APPLICANT:", "CHAIRPERSON:", "DATE:"):
        para(doc, f"{lab} ______________________________", space_after=2)
    t = doc.add_table(rows=1, cols=7)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, lab in zip(t.rows[0].cells, ("DIMENSION", "#1", "#2", "#3", "#4", "#5", "TOTAL")):
        cell_par(c, lab, bold=True, size=10)
        L.shade(c, "D9D9D9")
    rows = [f"{i}. {d['name']}" for i, d in enumerate(DIMENSIONS, 1)] + ["6. Overall Suitability for Employment",
                                                                        "GRAND TOTAL", "TOTAL AVERAGE SCORE"]
    for lab in rows:
        r = t.add_row()
        cell_par(r.cells[0], lab, size=10, bold=lab.isupper())
    L.fix_widths(t, [2.6, 0.55, 0.55, 0.55, 0.55, 0.55, 0.75])
    para(doc, "INSTRUCTIONS:", bold=True).paragraph_format.space_before = Pt(10)
    doc.add_paragraph(
        "Each applicant is rated on a scale of \u201c1\u201d (lowest) to \u201c5\u201d (highest). Use the "
        "five-point behaviorally-anchored rating scales in Section VI of this booklet as a guide. For each "
        "dimension, write the number that comes closest to describing how the applicant would be expected to "
        "perform if hired. As a principle of rating, a \u201c3\u201d is given to an applicant who is average "
        "on the dimension; higher and lower ratings must be supported by what the applicant said or did.")
    doc.add_page_break()

    doc.add_paragraph("VI.\tRATING SCALES", style="Heading 1")
    for i, d in enumerate(DIMENSIONS, 1):
        h = doc.add_paragraph(f"{i}.  {d['name']}", style="Heading 2")
        h.paragraph_format.keep_with_next = True
        t = doc.add_table(rows=1, cols=2)
        t.style = doc.styles["Table Grid"]
        L.row_flags(t.rows[0], cant_split=True, header=True)
        cell_par(t.rows[0].cells[0], "Rating", bold=True, size=10)
        cell_par(t.rows[0].cells[1], "Behavioral Description", bold=True, size=10)
        for c in t.rows[0].cells:
            L.shade(c, "D9D9D9")
        for rank in (5, 4, 3, 2, 1):
            r = t.add_row()
            L.row_flags(r, cant_split=True)
            cell_par(r.cells[0], LEVEL_LABELS[rank], bold=True, size=10)
            cell_par(r.cells[1], d["anchors"][rank], size=10)
        L.fix_widths(t, [1.45, 5.05])
        doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return doc


def gold():
    d = STEM
    comps = []
    for dim in DIMENSIONS:
        levels = [L.level(d, rank, LEVEL_LABELS[rank], [dim["anchors"][rank]]) for rank in (1, 2, 3, 4, 5)]
        comps.append(L.competency(
            d, dim["name"], dim["definition"],
            indicators=L.items(d, dim["factors"]),
            levels=levels,
            interview_questions=L.items(d, dim["questions"]),
            notes=L.items(d, [dim["note"]]) if dim.get("note") else []))
    return comps


def main():
    build_doc().save(str(OUT))
    L.write_gold(OUT, "docx", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

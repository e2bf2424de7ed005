"""University of Illinois Chicago, Office for Access and Equity: structured interview guide with scoring rubrics.

DOCX via python-docx. Title block, position line, "How to use this guide" bullets and the general rating scale
(front matter), then per competency: "Competency N: Name" (Heading 2), "Definition:" paragraph, "Question N"
label, the question in bold with a "Follow-up:" sentence in italics below it, a "Look for:" label with bullets,
and a RUBRIC TABLE whose rows give the anchor for each score, printed 5 -> 1 as number and name
("5 \u2013 Excellent"); a "Score: ____  Notes:" line under each. Closing section and a score summary table.
"""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Pt, Inches

import helpers as H

STEM = "uic-structured-interview-guide"
TITLE = "Structured Interview Guide and Scoring Rubric"
NAVY = "001E62"
RED = "D50032"
NAMES = {5: "Excellent", 4: "Strong", 3: "Adequate", 2: "Weak", 1: "Inadequate"}

COMPS = [
    ("Student-Centered Service",
     "Puts the needs of students at the center of the work; listens to understand their goals and circumstances, "
     "and connects them with the right resources.",
     "Tell me about a time when a student came to you with a problem that was outside your area of "
     "responsibility. What did you do, and what was the outcome?",
     "Looking back, what would you do differently?",
     ["Listened to the student and clarified the real need before acting",
      "Knew, or found out, which office or resource could help",
      "Followed up to make sure the problem was resolved",
      "Kept the student informed and treated them with respect throughout"],
     {5: "Gives a specific, relevant example; clarified the student\u2019s need, made a warm referral to the right "
         "resource, followed up, and reflects on what they learned.",
      4: "Gives a specific example with a good outcome; most of the look-for points are present, but follow-up or "
         "reflection is limited.",
      3: "Describes a reasonable response that meets the basic need; the example is somewhat general.",
      2: "The example is vague or hypothetical; the student was sent elsewhere with little ownership of the "
         "outcome.",
      1: "No relevant example, or the answer shows indifference to the student\u2019s need."}),
    ("Collaboration",
     "Works cooperatively with colleagues across units to reach shared goals; shares information and credit, and "
     "handles disagreement constructively.",
     "Describe a project in which you had to work with colleagues from another department whose priorities were "
     "different from yours. How did you reach agreement?",
     "What was your own contribution?",
     ["Sought to understand the other department\u2019s priorities and constraints",
      "Communicated openly and kept all parties informed",
      "Found common ground or a compromise that served the shared goal",
      "Gave credit to others"],
     {5: "Describes a complex, cross-unit project; took the initiative to understand each party\u2019s interests, "
         "brokered an agreement that served the shared goal, and credits others generously.",
      4: "Clear example of productive work across units; reached agreement through open communication, with "
         "some gaps in how differences were handled.",
      3: "Worked with another unit and reached an acceptable result, but the candidate\u2019s own role in "
         "resolving differences is not clear.",
      2: "Describes the collaboration mostly in terms of the other party\u2019s failings; little evidence of "
         "seeking common ground.",
      1: "No relevant example, or prefers to avoid working with other units."}),
    ("Problem Solving",
     "Identifies problems, gathers and analyzes the relevant information, considers alternatives and chooses a "
     "sound course of action.",
     "Walk us through a process at work that was not working well and that you helped to improve. How did you "
     "work out what the problem was?",
     "How did you know that the change had worked?",
     ["Used data or other evidence to define the problem",
      "Considered more than one solution and weighed the trade-offs",
      "Involved the people affected by the change",
      "Measured the result and made adjustments where needed"],
     {5: "Defines the problem with evidence, compares several options, involves stakeholders, and shows measured "
         "results and follow-up adjustments.",
      4: "Sound, evidence-based approach with a positive result; the comparison of options or the measurement of "
         "results is less developed.",
      3: "Identifies the problem and a workable solution, but relies mainly on intuition rather than evidence.",
      2: "Describes the problem but not a clear process for solving it; the result is unclear.",
      1: "Cannot describe a relevant example, or blames others for the problem without offering a solution."}),
]

HOW_TO = [
    "Ask every candidate the same questions, in the same order. Follow-up questions may be used with every "
    "candidate.",
    "Take notes on what the candidate says and did, not on your impressions of the candidate.",
    "Score each answer immediately after it is given, using the anchors in the rubric for that question.",
    "Do not ask about, or record, age, marital or family status, religion, pregnancy, national origin or any "
    "other protected characteristic.",
]

SCALE = [
    ("5/5", "An excellent answer: exactly what the committee is looking for."),
    ("4/5", "A strong answer that goes beyond the basic requirements of the question."),
    ("3/5", "A basically adequate answer that covers the key points but goes no further."),
    ("2/5", "A poor or incomplete answer that nevertheless contains some good points."),
    ("1/5", "The answer missed the point of the question or was otherwise wholly inadequate."),
]


def build_docx(path):
    d = docx.Document()
    H.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    for hn, size in (("Heading 1", 16), ("Heading 2", 13)):
        hs = d.styles[hn]
        hs.font.name = "Arial"
        hs.font.size = Pt(size)
        hs.font.color.rgb = docx.shared.RGBColor.from_string(NAVY)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    hp = sec.header.paragraphs[0]
    hp.style = d.styles["Normal"]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.7), WD_TAB_ALIGNMENT.RIGHT)
    H.run(hp, "UIC  ", bold=True, size=11, color=RED)
    H.run(hp, "Office for Access and Equity\tAcademic Hiring Process", size=8, color="555555")
    fp = sec.footer.paragraphs[0]
    fp.style = d.styles["Normal"]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.7), WD_TAB_ALIGNMENT.RIGHT)
    H.run(fp, "Confidential \u2013 for use by search committee members only\t", size=8, color="555555")
    H.add_field(fp, "PAGE")
    bullet = H.add_numbering(d, H.bullet_lvl("\u2022", left=360, hanging=240), "55494301")

    d.add_heading(TITLE, level=1)
    p = d.add_paragraph()
    H.run(p, "Position: ", bold=True)
    H.run(p, "Academic Advisor, College of Liberal Arts and Sciences      ")
    H.run(p, "Search No.: ", bold=True)
    H.run(p, "_________")
    p = d.add_paragraph()
    H.run(p, "Candidate: ", bold=True)
    H.run(p, "_______________________    ")
    H.run(p, "Interviewer: ", bold=True)
    H.run(p, "__________________    ")
    H.run(p, "Date: ", bold=True)
    H.run(p, "__________")

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    H.run(p, "How to use this guide", bold=True, size=11, color=NAVY)
    for t in HOW_TO:
        bp = d.add_paragraph()
        H.set_num(bp, bullet)
        H.run(bp, t)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    H.run(p, "General rating scale", bold=True, size=11, color=NAVY)
    t = d.add_table(rows=0, cols=2)
    H.no_borders(t)
    for score, desc in SCALE:
        r = t.add_row()
        H.run(r.cells[0].paragraphs[0], score, bold=True)
        H.run(r.cells[1].paragraphs[0], desc)
    H.fix_widths(t, [0.6, 6.1])

    for i, (name, definition, question, follow, look, anchors) in enumerate(COMPS, 1):
        h = d.add_heading(f"Competency {i}: {name}", level=2)
        h.paragraph_format.space_before = Pt(14)
        p = d.add_paragraph()
        H.run(p, "Definition: ", bold=True)
        H.run(p, definition)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        H.run(p, f"Question {i}", bold=True, color=RED)
        p = d.add_paragraph()
        H.run(p, question, bold=True)
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Inches(0.3)
        H.run(p, "Follow-up: ", italic=True, bold=True)
        H.run(p, follow, italic=True)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        H.run(p, "Look for:", bold=True)
        for b in look:
            bp = d.add_paragraph()
            H.set_num(bp, bullet)
            H.run(bp, b)
        t = d.add_table(rows=1, cols=2)
        H.grid_borders(t, color="8C8C8C", sz=4)
        for c, txt in zip(t.rows[0].cells, ("Score", "Anchor: what the answer sounds like")):
            H.shade(c, NAVY)
            H.run(c.paragraphs[0], txt, bold=True, color="FFFFFF", size=9)
        for s in (5, 4, 3, 2, 1):
            r = t.add_row()
            H.cant_split(r)
            H.run(r.cells[0].paragraphs[0], f"{s} \u2013 {NAMES[s]}", bold=True, size=9)
            H.run(r.cells[1].paragraphs[0], anchors[s], size=9)
        H.fix_widths(t, [1.3, 5.4])
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        H.run(p, "Score: ______     Notes: ________________________________________________________", size=9)

    h = d.add_heading("Closing", level=2)
    h.paragraph_format.space_before = Pt(14)
    d.add_paragraph("Ask the candidate whether they have any questions for the committee, explain the next steps "
                    "and the expected timeline, and thank the candidate for their time.")
    t = d.add_table(rows=1, cols=4)
    H.grid_borders(t, color="8C8C8C", sz=4)
    for c, txt in zip(t.rows[0].cells, ("Question 1", "Question 2", "Question 3", "Total (out of 15)")):
        H.run(c.paragraphs[0], txt, bold=True, size=9)
    t.add_row()
    H.fix_widths(t, [1.6, 1.6, 1.6, 1.9])
    d.save(path)


def build():
    path = H.DOCS / f"{STEM}.docx"
    build_docx(path)
    comps = []
    for name, definition, question, follow, look, anchors in COMPS:
        lv = [H.level(s, f"{s} \u2013 {NAMES[s]}", [H.item(STEM, anchors[s])]) for s in (1, 2, 3, 4, 5)]
        comps.append(H.competency(STEM, name, definition, levels=lv,
                                  indicators=H.items(STEM, look, "Look for"),
                                  interview_questions=[H.item(STEM, f"{question} {follow}")]))
    H.write_gold(path, "docx", TITLE, comps)


if __name__ == "__main__":
    build()

"""University of Tennessee, Knoxville, UT Libraries - "ACE: Achieve Core Enrichment" coaching and development guide
for the foundational competencies (DOCX).

Modelled on the UT Libraries employee development framework "ACE: Achieve Core Enrichment" (report of the
Libraries Training and Development Task Force, August 30, 2019; section 5 "A Dynamic Duo: Coaching & Traditional
Development Activities") and the UT Libraries competency model web pages ("UT Libraries' Framework for Lifelong
Learning", Foundational / Specialized / Leadership / Managerial competencies; the foundational competency names
Adaptability & Flexibility, Collaboration and Prioritization & Planning are real). Laid out as a Word companion
guide: header, footer with page number, title/subtitle, "A Dynamic Duo" introduction and "How to use this guide",
then per competency a Heading 1, a definition, Word-numbered "Coaching questions", bulleted "Traditional
development activities", a LinkedIn Learning table (Course | Length), "Recommended reading" in Chicago style and
Word-numbered "Tips for supervisors". Definitions, questions, activities, course titles/lengths and tips are ours;
readings are real books. python-docx, US Letter.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Inches, Pt, RGBColor

import bvlib as L

STEM = "utlib-ace-coaching-development-guide"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "ACE: Achieve Core Enrichment"
ORANGE = RGBColor(0xC7, 0x5B, 0x12)
SMOKEY = RGBColor(0x4B, 0x4B, 0x4B)

COMPS = [
    dict(name="Adaptability & Flexibility",
         definition="Adjusts readily to new situations, priorities and technologies; stays effective and positive "
                    "when plans change and helps others do the same.",
         questions=["Think of a recent change in the Libraries. What was your first reaction, and how did it shift "
                    "over time?",
                    "What part of your work is changing fastest right now, and how are you keeping up?",
                    "When a plan falls through, what do you do first?",
                    "What would help you feel more comfortable trying an unfamiliar task?",
                    "How could you help a colleague who is struggling with the same change?"],
         activities=["Volunteer to test a new system or workflow before it is rolled out.",
                     "Cover a service point or task outside your usual area for a week.",
                     "Keep a short journal during a period of change and note what helped you adjust.",
                     "Attend a Libraries town hall or brown-bag session on a new initiative and report back to "
                     "your unit.",
                     "Agree with your supervisor on one routine you will do differently this semester."],
         courses=[("Embracing Change", "38m"), ("Building Resilience", "1h 4m")],
         readings=[("Heath, Chip, and Dan Heath. ", "Switch: How to Change Things When Change Is Hard",
                    ". New York: Broadway Books, 2010.", ["Chip Heath", "Dan Heath"], "Broadway Books", 2010),
                   ("Dweck, Carol S. ", "Mindset: The New Psychology of Success",
                    ". New York: Random House, 2006.", ["Carol S. Dweck"], "Random House", 2006)],
         tips=["Explain the reason behind a change before you explain the details.",
               "Acknowledge the extra effort that adapting takes, and say so in one-on-ones.",
               "Give employees low-risk chances to practice new skills before a change goes live."]),
    dict(name="Collaboration",
         definition="Works cooperatively with others across units and roles, shares information and credit, and "
                    "puts shared goals ahead of individual interests.",
         questions=["Who outside your unit do you depend on most, and how well is that relationship working?",
                    "Tell me about a project where the team worked especially well. What made the difference?",
                    "When you disagree with a teammate, how do you usually handle it?",
                    "What information do you have that others could use?",
                    "How do you make sure everyone on a team has a chance to contribute?"],
         activities=["Join a cross-departmental committee or task force in the Libraries.",
                     "Co-plan an instruction session or event with a colleague from another unit.",
                     "Set up a shared document or channel to keep a project team informed.",
                     "Ask a colleague in another department to walk you through how their work connects to yours.",
                     "Facilitate a team meeting and use a round-robin so that every voice is heard."],
         courses=[("Collaboration Principles and Process", "48m"), ("Managing Team Conflict", "1h 3m")],
         readings=[("Hansen, Morten T. ", "Collaboration: How Leaders Avoid the Traps, Create Unity, and Reap Big "
                    "Results", ". Boston: Harvard Business Press, 2009.", ["Morten T. Hansen"],
                    "Harvard Business Press", 2009),
                   ("Lencioni, Patrick. ", "The Five Dysfunctions of a Team: A Leadership Fable",
                    ". San Francisco: Jossey-Bass, 2002.", ["Patrick Lencioni"], "Jossey-Bass", 2002)],
         tips=["Recognize team achievements publicly, not just individual ones.",
               "Pair employees from different units on short projects.",
               "Model collaboration by asking for input before you decide."]),
    dict(name="Prioritization & Planning",
         definition="Sets priorities, plans work and manages time and resources so that important tasks are "
                    "completed well and on schedule.",
         questions=["Walk me through how you decided what to work on this week.",
                    "Which tasks take more of your time than they should?",
                    "How do you handle a new request when your plate is already full?",
                    "What early warning signs tell you that a deadline is at risk?",
                    "What would you stop doing if you had to free up two hours a week?"],
         activities=["Plan a small project on a timeline with milestones and review it with your supervisor.",
                     "Try a prioritization method, such as an urgent/important matrix, for two weeks.",
                     "Track how you spend your time for one week and look for patterns.",
                     "Take responsibility for scheduling a recurring unit task or event.",
                     "Break a large assignment into steps and share your plan with the people it affects."],
         courses=[("Time Management Fundamentals", "1h 35m"), ("Project Management Foundations", "2h 10m")],
         readings=[("McKeown, Greg. ", "Essentialism: The Disciplined Pursuit of Less",
                    ". New York: Crown Business, 2014.", ["Greg McKeown"], "Crown Business", 2014),
                   ("Allen, David. ", "Getting Things Done: The Art of Stress-Free Productivity",
                    ". Rev. ed. New York: Penguin Books, 2015.", ["David Allen"], "Penguin Books", 2015)],
         tips=["Be clear about which priorities are fixed and which are flexible.",
               "Check in on workload before you assign something new.",
               "Help employees say no, or not yet, when requests compete."]),
]


def label(d, text):
    p = d.add_paragraph(text, style="Heading 2")
    L.keep_with_next(p)
    return p


def build():
    d = Document()
    st = d.styles["Normal"]
    L.style_font(st, "Georgia")
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(5)
    for s in ("Heading 1", "Heading 2", "Title", "Subtitle"):
        L.style_font(d.styles[s], "Arial")
    d.styles["Heading 1"].font.color.rgb = ORANGE
    d.styles["Heading 1"].font.size = Pt(16)
    d.styles["Heading 2"].font.color.rgb = SMOKEY
    d.styles["Heading 2"].font.size = Pt(11.5)
    d.styles["Title"].font.color.rgb = ORANGE
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, 16.5)
    r = hp.add_run("THE UNIVERSITY OF TENNESSEE, KNOXVILLE")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(8), ORANGE
    r = hp.add_run("\tUT Libraries \u2022 Training & Development")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 16.5)
    r = fp.add_run("ACE Coaching and Development Guide \u2013 Foundational Competencies (rev. 08/2019)\t")
    r.font.size = Pt(8)
    L.add_field(fp, "PAGE")

    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph("Coaching and Development Guide: Foundational Competencies", style="Subtitle")
    d.add_heading("A Dynamic Duo: Coaching & Traditional Development Activities", level=1)
    d.add_paragraph("ACE, the UT Libraries\u2019 employee development framework, pairs two kinds of support. "
                    "Coaching conversations between supervisors and employees help people reflect on their own "
                    "practice and find their own next steps. Traditional development activities \u2013 assignments, "
                    "training and reading \u2013 give them the experience and knowledge to act on what they find. "
                    "Used together, each makes the other more effective.")
    d.add_paragraph("Foundational competencies are shared by every position in the Libraries. This guide covers "
                    "three of them; guides for the remaining foundational competencies, and for the specialized, "
                    "leadership and managerial competencies, are in preparation.")
    d.add_heading("How to use this guide", level=2)
    bn = L.add_numbering(d, L.bullet_lvl(glyph="\u2022", left=360, hanging=360), "A1B2C3D4")
    for t in ["Choose one competency to focus on with your supervisor during your annual planning meeting.",
              "Use two or three coaching questions in each one-on-one; you do not need to use them all.",
              "Pick development activities and resources that fit the time you have this semester.",
              "Record what you chose in your ACE development plan."]:
        L.set_num(d.add_paragraph(t), bn)
    d.add_paragraph("All LinkedIn Learning courses are free to UT faculty and staff through the university\u2019s "
                    "license. Books are available from the Libraries\u2019 collections.")

    for i, c in enumerate(COMPS):
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        h = d.add_heading(c["name"], level=1)
        L.keep_with_next(h)
        p = d.add_paragraph()
        p.add_run(c["definition"]).italic = True
        label(d, "Coaching questions")
        qn = L.add_numbering(d, L.decimal_lvl(left=360, hanging=360), f"A2B{i}C0D1")
        for q in c["questions"]:
            L.set_num(d.add_paragraph(q), qn)
        label(d, "Traditional development activities")
        an = L.add_numbering(d, L.bullet_lvl(glyph="\u2022", left=360, hanging=360), f"A2B{i}C0D2")
        for a in c["activities"]:
            L.set_num(d.add_paragraph(a), an)
        label(d, "LinkedIn Learning")
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        for j, h2 in enumerate(["Course", "Length"]):
            cell = t.rows[0].cells[j]
            cell.text = ""
            cell.paragraphs[0].add_run(h2).bold = True
            L.shade(cell, "F6E0CC")
        for crs in c["courses"]:
            row = t.add_row()
            row.cells[0].text, row.cells[1].text = crs
        L.fix_widths_cm(t, [12.0, 4.0])
        label(d, "Recommended reading")
        for pre, ital, post, *_ in c["readings"]:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            p.add_run(pre)
            p.add_run(ital).italic = True
            p.add_run(post)
        label(d, "Tips for supervisors")
        tn = L.add_numbering(d, L.decimal_lvl(left=360, hanging=360), f"A2B{i}C0D3")
        for t_ in c["tips"]:
            L.set_num(d.add_paragraph(t_), tn)
    L.clear_core_props(d, TITLE)
    d.save(str(OUT))


def gold():
    doc = STEM
    comps = []
    for c in COMPS:
        reads = [L.reading(doc, pre + ital + post, ital, authors, pub, year)
                 for pre, ital, post, authors, pub, year in c["readings"]]
        comps.append(L.competency(
            doc, c["name"], c["definition"],
            activities=L.items(doc, c["activities"]),
            courses=L.items(doc, [" | ".join(x) for x in c["courses"]]),
            readings=reads,
            tips=L.items(doc, c["questions"], "Coaching questions") + L.items(doc, c["tips"], "Tips for supervisors")))
    L.write_gold(OUT, "docx", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

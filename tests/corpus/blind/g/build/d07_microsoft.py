"""Microsoft, Education Competencies (developed with Lominger International), excerpt: DOCX.

Cover lines and an introduction naming what every competency page holds; then per competency (Heading 1)
a "Definition" (Heading 2) paragraph, a four-column proficiency table (Basic | Intermediate | Advanced |
Expert, header row + one row of bulleted cells), Word-numbered "Sample Interview Questions",
"Overdoing It" examples (bullets), "Activities to Develop This Competency" (bullets) and "Resources"
with books in the style "Title by Author (Publisher, Year)". Running footer with copyright and page."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt

import helpers as H

STEM = "microsoft-education-competencies"
TITLE = "Education Competencies"
LEVELS = ["Basic", "Intermediate", "Advanced", "Expert"]

INTRO = [
    "The Education Competencies describe the behaviors, skills and abilities that lead to success in "
    "schools and school systems. Microsoft developed them with Lominger International, building on the "
    "competency research that Lominger first carried out for Microsoft\u2019s own workforce.",
    "Each competency page gives a definition, four levels of proficiency, sample interview questions, "
    "examples of overdoing the competency, and activities and resources for developing it.",
]

COMPS = [
    dict(name="Listening",
         definition="Listens attentively and actively; is patient enough to let people finish; can restate "
                    "other people\u2019s views accurately, even when he or she does not share them.",
         levels=[["Listens without interrupting", "Asks questions to check understanding"],
                 ["Restates what others have said before responding",
                  "Notices the feelings behind what students, parents and colleagues say"],
                 ["Hears people out even in tense or emotional conversations",
                  "Draws out the views of people who are reluctant to speak"],
                 ["Is sought out by others as someone who truly listens",
                  "Builds structures in the school that make sure every voice is heard"]],
         questions=["Tell me about a time when listening carefully to a student or parent changed the way you handled a situation.",
                    "Describe a conversation in which you disagreed strongly with the other person. How did you make sure you understood their point of view?",
                    "How do you find out what your colleagues really think about a new initiative?"],
         overdoing=["Listens for so long that decisions are delayed",
                    "Gives the impression of agreeing when he or she does not",
                    "Spends too much time hearing out complaints that have already been addressed"],
         activities=["In your next three meetings, summarize what the previous speaker said before you add your own point.",
                     "Ask a trusted colleague to observe you in a parent conference and give you feedback on how well you listened.",
                     "Keep a log for two weeks of the times you interrupted someone, and note what prompted it."],
         books=[("The Lost Art of Listening: How Learning to Listen Can Improve Relationships by Michael P. Nichols (Guilford Press, 1995)",
                 "The Lost Art of Listening: How Learning to Listen Can Improve Relationships",
                 ["Michael P. Nichols"], "Guilford Press", 1995),
                ("Crucial Conversations: Tools for Talking When Stakes Are High by Kerry Patterson, Joseph Grenny, Ron McMillan and Al Switzler (McGraw-Hill, 2002)",
                 "Crucial Conversations: Tools for Talking When Stakes Are High",
                 ["Kerry Patterson", "Joseph Grenny", "Ron McMillan", "Al Switzler"], "McGraw-Hill", 2002),
                ("Are You Really Listening? Keys to Successful Communication by Paul J. Donoghue and Mary E. Siegel (Sorin Books, 2005)",
                 "Are You Really Listening? Keys to Successful Communication",
                 ["Paul J. Donoghue", "Mary E. Siegel"], "Sorin Books", 2005)]),
    dict(name="Dealing with Ambiguity",
         definition="Copes well with change and switches direction without difficulty; can decide and act "
                    "before the whole picture is clear; is at ease with risk and uncertainty.",
         levels=[["Keeps working productively when plans change", "Asks for clarification when instructions are unclear"],
                 ["Makes reasonable decisions with incomplete information",
                  "Adjusts lesson and work plans quickly when circumstances change"],
                 ["Helps colleagues stay focused during periods of change",
                  "Moves ahead on new initiatives before every detail is settled"],
                 ["Leads the school or district through major change with a steady hand",
                  "Creates a culture in which staff are willing to try new approaches and take sensible risks"]],
         questions=["Tell me about a time you had to act before you had all the information you wanted. What did you do?",
                    "Describe a change in your school that you did not agree with. How did you respond?",
                    "Give an example of a plan that fell apart at the last minute. How did you adjust?"],
         overdoing=["Moves ahead too quickly without gathering enough information",
                    "Changes direction so often that others find it hard to follow",
                    "Takes risks that are not necessary"],
         activities=["Volunteer to pilot a new program or technology before all of its details have been worked out.",
                     "Before your next decision, write down what you know, what you do not know, and what you would need to know; then decide with what you have.",
                     "Interview a leader you admire about a time he or she had to act in uncertain conditions."],
         books=[("Managing Transitions: Making the Most of Change by William Bridges (Perseus Books, 2003)",
                 "Managing Transitions: Making the Most of Change", ["William Bridges"], "Perseus Books", 2003),
                ("Leading in a Culture of Change by Michael Fullan (Jossey-Bass, 2001)",
                 "Leading in a Culture of Change", ["Michael Fullan"], "Jossey-Bass", 2001),
                ("Thriving on Chaos: Handbook for a Management Revolution by Tom Peters (Alfred A. Knopf, 1987)",
                 "Thriving on Chaos: Handbook for a Management Revolution", ["Tom Peters"], "Alfred A. Knopf", 1987)]),
]


def render(out_path):
    doc = docx.Document()
    H.clear_core_props(doc, TITLE, "Microsoft Corporation")
    st = doc.styles["Normal"]
    st.font.name = "Segoe UI"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run("Microsoft Education Competencies \u00a9 2008 Microsoft Corporation. All rights reserved.\t").font.size = Pt(7.5)
    H.add_field(fp, "PAGE").font.size = Pt(8)
    bullet = H.add_num(doc, H.add_abstract(doc, H.lvl(0, "bullet", "\u2022", 360, 360, "Symbol"), "4E6F8A01"))
    dec_aid = H.add_abstract(doc, H.lvl(0, "decimal", "%1.", 360, 360), "4E6F8A02")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Microsoft Partners in Learning")
    r.font.size = Pt(12)
    doc.add_paragraph(TITLE, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for para in INTRO:
        doc.add_paragraph(para)

    for c in COMPS:
        h = doc.add_paragraph(c["name"], style="Heading 1")
        h.paragraph_format.page_break_before = True
        doc.add_paragraph("Definition", style="Heading 2")
        doc.add_paragraph(c["definition"])
        doc.add_paragraph("Proficiency Levels", style="Heading 2")
        t = doc.add_table(rows=2, cols=4)
        t.style = "Table Grid"
        for cell, lab in zip(t.rows[0].cells, LEVELS):
            cell.paragraphs[0].add_run(lab).bold = True
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            H.shade(cell, "DEEAF6")
        for cell, items in zip(t.rows[1].cells, c["levels"]):
            for i, it in enumerate(items):
                para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                para.add_run(it)
                H.set_num(para, bullet)
        H.fix_widths(t, [1.72] * 4)
        doc.add_paragraph("Sample Interview Questions", style="Heading 2")
        num = H.add_num(doc, dec_aid, restart=True)
        for q in c["questions"]:
            H.set_num(doc.add_paragraph(q), num)
        doc.add_paragraph("Overdoing It", style="Heading 2")
        for o in c["overdoing"]:
            H.set_num(doc.add_paragraph(o), bullet)
        doc.add_paragraph("Activities to Develop This Competency", style="Heading 2")
        for a in c["activities"]:
            H.set_num(doc.add_paragraph(a), bullet)
        doc.add_paragraph("Resources", style="Heading 2")
        for line, *_ in c["books"]:
            H.set_num(doc.add_paragraph(line), bullet)
    doc.save(out_path)


def gold(doc_path):
    g = H.Gold(STEM)
    for c in COMPS:
        levels = [g.level(i + 1, lab, g.items(items)) for i, (lab, items) in enumerate(zip(LEVELS, c["levels"]))]
        reads = [g.reading(line, title, authors, pub, year) for line, title, authors, pub, year in c["books"]]
        g.comp(c["name"], c["definition"], levels=levels, interview_questions=g.items(c["questions"]),
               indicators=g.items(c["overdoing"], "Overdoing It"), activities=g.items(c["activities"]),
               readings=reads)
    return g.write(doc_path, "docx", TITLE)

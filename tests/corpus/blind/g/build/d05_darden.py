"""University of Virginia Darden School of Business, Behavioral Interview Guide (excerpt): DOCX.

Title + a typed table of contents (dot leaders), front matter (Overview with STAR bullets, Sample
Competencies), then one page per competency "Competency: Name". Built with Word's built-in styles but
INCONSISTENT manual formatting: the second competency heading is a Normal paragraph made to look like a
heading (bold 14 pt), "Definition:" is a bold run-in label on two entries and missing on the third
(italic paragraph); questions are Word-numbered (restarting per competency), each followed by a
"Probes:" label (bold on some, plain on others) and Word-bulleted follow-up probes; a form line
"Rating: 1 2 3 4 5" and "Notes:" closes each page."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Inches, Pt

import helpers as H

STEM = "darden-behavioral-interview-guide"
TITLE = "Behavioral Interview Guide"

TOC = [("Overview", 2), ("Distinguishing Behavior from Opinions", 3), ("Handling Tough Candidate Situations", 4),
       ("Moving Through the Interview Pattern", 6), ("Sample Competencies", 7),
       ("Competency: Flexibility & Openness", 8), ("Competency: Organizational Know-How", 9),
       ("Competency: Commitment to Task", 10), ("Competency: Innovation and Continuous Improvement", 11),
       ("Competency: Communication", 12), ("Competency: Coaching", 13),
       ("Competency: Problem Solving and Decision Making", 14), ("Competency: Team Contributions", 18)]

OVERVIEW = [
    "A behavioral interview rests on a simple idea: the way a candidate handled situations in the past is "
    "the best guide to how he or she will handle similar situations in the future. Rather than asking what "
    "a candidate would do, the interviewer asks what the candidate actually did.",
    "Listen for complete examples. A complete example describes:",
]
STAR = ["Situation \u2013 the circumstances the candidate faced",
        "Task \u2013 what needed to be done",
        "Action \u2013 what the candidate personally did",
        "Result \u2013 what happened as a consequence"]
SAMPLE = ("The following pages give a definition and sample questions for each competency. Choose two or "
          "three questions per competency and use the probes to fill in any part of the example that is "
          "missing.")

COMPS = [
    dict(name="Flexibility & Openness", style="heading", deflabel=True, probe_bold=True,
         definition="Adjusts readily to changing priorities, new information and unfamiliar situations; "
                    "considers ideas that differ from one\u2019s own and changes course when the evidence "
                    "warrants it.",
         questions=[
             ("Tell me about a time when your priorities changed suddenly in the middle of a project.",
              ["What did you do first?", "How did you explain the change to others?", "What was the result?"]),
             ("Describe a situation in which a colleague\u2019s idea turned out to be better than your own.",
              ["How did you come to realize it?", "What did you do next?"]),
             ("Give me an example of a time you had to follow a procedure you disagreed with.",
              ["How did you handle your disagreement?", "What did you learn from the experience?"])]),
    dict(name="Communication", style="fake", deflabel=False, probe_bold=False,
         definition="Conveys information and ideas clearly and concisely, in writing and in speech, and "
                    "adapts the message to the audience; listens actively and checks for understanding.",
         questions=[
             ("Tell me about a time you had to explain a complex idea to someone with little background in "
              "the subject.", ["How did you prepare?", "How did you know the person understood?"]),
             ("Describe a piece of writing you produced that had a significant effect on a decision.",
              ["Who was the audience?", "What feedback did you receive?"]),
             ("Give an example of a misunderstanding that arose from something you said or wrote.",
              ["How did you find out about the misunderstanding?", "What did you do to correct it?",
               "What would you do differently now?"])]),
    dict(name="Team Contributions", style="heading", deflabel=True, probe_bold=True,
         definition="Works cooperatively with others toward shared goals; shares information and credit, "
                    "and supports the decisions the team has made.",
         questions=[
             ("Tell me about the most effective team you have been part of. What was your role?",
              ["What did you personally contribute?", "How did the team deal with disagreements?"]),
             ("Describe a time when a team member was not doing his or her share of the work.",
              ["What did you do about it?", "What was the outcome for the team?"])]),
]


def render(out_path):
    doc = docx.Document()
    H.clear_core_props(doc, TITLE, "Darden Career Services")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE")

    bullet_aid = H.add_abstract(doc, H.lvl(0, "bullet", "\u2022", 1080, 360, "Symbol"), "2D4A6B01")
    bullet = H.add_num(doc, bullet_aid)
    dec_aid = H.add_abstract(doc, H.lvl(0, "decimal", "%1.", 360, 360), "2D4A6B02")

    doc.add_paragraph(TITLE, style="Title")
    for entry, page in TOC:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.3), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{entry}\t{page}")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("For more information, please contact Darden Alumni Career Services.").italic = True

    h = doc.add_paragraph("Overview", style="Heading 1")
    h.paragraph_format.page_break_before = True
    for para in OVERVIEW:
        doc.add_paragraph(para)
    for s in STAR:
        p = doc.add_paragraph(s)
        H.set_num(p, bullet)
    doc.add_paragraph("Sample Competencies", style="Heading 1")
    doc.add_paragraph(SAMPLE)

    for c in COMPS:
        if c["style"] == "heading":
            h = doc.add_paragraph(f"Competency: {c['name']}", style="Heading 1")
        else:   # a Normal paragraph formatted by hand to look like a heading
            h = doc.add_paragraph()
            r = h.add_run(f"Competency: {c['name']}")
            r.bold = True
            r.font.size = Pt(14)
            h.paragraph_format.space_before = Pt(12)
        h.paragraph_format.page_break_before = True
        p = doc.add_paragraph()
        if c["deflabel"]:
            p.add_run("Definition: ").bold = True
            p.add_run(c["definition"])
        else:
            p.add_run(c["definition"]).italic = True
        p = doc.add_paragraph()
        p.add_run("Questions").bold = True
        num = H.add_num(doc, dec_aid, restart=True)
        for q, probes in c["questions"]:
            qp = doc.add_paragraph(q)
            H.set_num(qp, num)
            lp = doc.add_paragraph()
            lp.paragraph_format.left_indent = Inches(0.5)
            lp.paragraph_format.space_after = Pt(0)
            lr = lp.add_run("Probes:")
            lr.bold = c["probe_bold"]
            for pr in probes:
                pp = doc.add_paragraph(pr)
                pp.paragraph_format.space_after = Pt(0)
                H.set_num(pp, bullet)
            doc.add_paragraph()
        p = doc.add_paragraph("Rating:   1   2   3   4   5")
        p = doc.add_paragraph("Notes: " + "_" * 60)
    doc.save(out_path)


def gold(doc_path):
    g = H.Gold(STEM)
    for c in COMPS:
        qs = [g.item(" ".join([q] + probes)) for q, probes in c["questions"]]
        g.comp(c["name"], c["definition"], interview_questions=qs)
    return g.write(doc_path, "docx", TITLE)

"""Buckinghamshire New University - BBF Behavioural Based Interviews Question Bank (DOCX).

Modelled on "Bucks Behaviours Framework (BBF) Behavioural Based Interviews Question Bank" (July 2023, on
issuu.com/buckinghamshirenewuniversity): title and subtitle "Based on the Bucks Behaviours Framework and the
DRIVE for Excellence values", a Contents list (SECTION 1: Introduction; Interviewing with four sub-items;
SECTION 2: Sample interview questions 1-9 with the nine behaviour names), SECTION 1 prose (introduction,
using behavioural competency-based interviews, preparing, conducting, assessing), SECTION 2 with one numbered
heading per behaviour. Under each behaviour: a short description, then the sample questions as a real Word
numbered list (decimal, restarting per behaviour) with the probing questions as an indented second-level
bullet list under their question. Header / footer with page number. The wording is ours.
python-docx, A4, Arial.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

import calib as L

STEM = "bnu-bbf-interview-question-bank"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "Bucks Behaviours Framework (BBF) Behavioural Based Interviews Question Bank"
NAVY = RGBColor(0x1D, 0x2B, 0x4F)
TEAL = RGBColor(0x00, 0x7A, 0x87)

BEHAVIOURS = [
    ("Managing self and personal skills",
     "Taking responsibility for our own wellbeing, workload and behaviour; staying calm, positive and "
     "professional, and being aware of the impact we have on others.",
     [("Tell me about a time when you had several urgent tasks at once. How did you decide what to do first?",
       ["What did you do when the priorities changed?", "How did you keep other people informed?",
        "What was the result?"]),
      ("Describe a situation at work that you found stressful. How did you manage it?",
       ["What helped you to stay focused?", "Looking back, what would you do differently?"]),
      ("Give me an example of feedback you were given that was difficult to hear.",
       ["How did you respond at the time?", "What did you change as a result?"])]),
    ("Delivering excellent service",
     "Putting students, colleagues and other customers at the heart of what we do, understanding what they "
     "need and going the extra mile to provide it.",
     [("Tell me about a time you went out of your way to help a student or customer.",
       ["What made you decide to do more than was expected?", "How did you know they were satisfied?"]),
      ("Describe a time when you had to deal with a complaint.",
       ["What was the complaint about?", "What did you do to resolve it?",
        "Did anything change as a result?"])]),
    ("Finding solutions",
     "Analysing problems, using evidence and sound judgement to reach decisions, and looking for practical "
     "ways forward rather than obstacles.",
     [("Give me an example of a problem you solved where the answer was not obvious.",
       ["How did you gather the information you needed?", "What options did you consider?",
        "How did you choose between them?"]),
      ("Tell me about a decision you made that turned out to be the wrong one.",
       ["What did you do once you realised?", "What did you learn from it?"])]),
    ("Embracing change",
     "Being open to new ideas and new ways of working, adapting quickly when circumstances change and "
     "helping others to do the same.",
     [("Tell me about a significant change at work that affected you.",
       ["How did you feel about it at first?", "What did you do to adapt?",
        "How did you support others through it?"]),
      ("Describe an idea you put forward to improve the way something was done.",
       ["How did you persuade others to try it?", "What happened?"])]),
    ("Using resources effectively",
     "Making the best use of time, money, space and technology, planning ahead and avoiding waste.",
     [("Tell me about a time you found a way to save time or money.",
       ["How did you identify the saving?", "Who did you involve?", "What difference did it make?"]),
      ("Describe how you planned a piece of work with a tight budget or deadline.",
       ["What did you use to keep track of progress?", "What would you do differently next time?"])]),
    ("Engaging with the wider context",
     "Understanding the University\u2019s priorities and the higher education sector, and building links "
     "with partners, employers and the wider community.",
     [("How do you keep up to date with developments in your field or in higher education?",
       ["Give me an example of how this has shaped your work."]),
      ("Tell me about a time you worked with an external organisation or partner.",
       ["What did each side want from the relationship?", "How did you keep the relationship going?"])]),
    ("Developing self and others",
     "Taking ownership of our own learning, sharing what we know and supporting colleagues to grow.",
     [("Tell me about something new you have learned in the last year and how you have used it.",
       ["Why did you choose to learn it?", "What difference has it made to your work?"]),
      ("Describe a time when you helped a colleague to develop a new skill.",
       ["How did you go about it?", "How did you know it had worked?"])]),
    ("Working together",
     "Building positive relationships, sharing information and working across teams towards shared goals, "
     "valuing what everyone brings.",
     [("Tell me about a time you worked with colleagues from another team to achieve something.",
       ["What was your role?", "How did you handle any disagreements?"]),
      ("Give me an example of when you made sure that someone in your team felt included.",
       ["What prompted you to act?", "What was the outcome?"])]),
    ("Achieving results",
     "Setting clear goals, seeing things through and taking responsibility for delivering high-quality "
     "outcomes.",
     [("Tell me about an objective you achieved that you are particularly proud of.",
       ["What obstacles did you face?", "How did you overcome them?", "How did you measure success?"]),
      ("Describe a time when a piece of work did not go to plan.",
       ["What did you do to get it back on track?", "What did you learn?"])]),
]


def multilevel(doc):
    """One abstractNum: level 0 decimal '1.', level 1 'o' bullet indented under it."""
    lvls = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="426" w:hanging="426"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="357"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/>'
            '</w:rPr></w:lvl>')
    return L.C.add_abstract(doc, lvls, "4B4E5531")


def setup(doc):
    st = doc.styles["Normal"]
    L.style_font(st, "Arial")
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.1
    for name, size, color in (("Title", 24, NAVY), ("Subtitle", 13, TEAL), ("Heading 1", 16, NAVY),
                              ("Heading 2", 13, TEAL), ("Heading 3", 11, NAVY)):
        s = doc.styles[name]
        L.style_font(s, "Arial")
        s.font.size = Pt(size)
        s.font.color.rgb = color
        s.font.bold = name != "Subtitle"
        s.font.italic = False
        s.paragraph_format.space_before = Pt(12 if name.startswith("Heading") else 0)
        s.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.4)
    sec.bottom_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Buckinghamshire New University")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = NAVY
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 16.6)
    r = fp.add_run("BBF Behavioural Based Interviews Question Bank \u2013 July 2023\t")
    r.font.size = Pt(8)
    L.add_field(fp, "PAGE", "1")
    fp.runs[-2].font.size = Pt(8)


def bullets(doc, num_id, texts, ilvl=0):
    for t in texts:
        p = doc.add_paragraph(t)
        L.set_num(p, num_id, ilvl)
        p.paragraph_format.space_after = Pt(2)


def build_doc():
    doc = Document()
    setup(doc)
    L.clear_core_props(doc, TITLE)
    bul = L.add_numbering(doc, L.bullet_lvl("\u2022", left=360, hanging=360, font="Arial"), "4B4E5530")
    abs_q = multilevel(doc)
    sub = L.add_numbering(doc, L.bullet_lvl("o", left=1077, hanging=357, font="Courier New"), "4B4E5532")

    doc.add_paragraph("Bucks Behaviours Framework (BBF)", style="Title")
    doc.add_paragraph("Behavioural Based Interviews Question Bank", style="Title")
    doc.add_paragraph("Based on the Bucks Behaviours Framework and the DRIVE for Excellence values",
                      style="Subtitle")

    doc.add_paragraph("Contents:", style="Heading 3")
    doc.add_paragraph("SECTION 1").runs[0].bold = True
    bullets(doc, bul, ["Introduction", "Interviewing"])
    for t in ("Using behavioural competency-based interviews for selection", "Preparing for the interview",
              "Conducting the interview", "Assessing the candidate"):
        p = doc.add_paragraph(t)
        L.set_num(p, sub)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph("SECTION 2").runs[0].bold = True
    bullets(doc, bul, ["Sample interview questions"])
    for i, (name, _, _) in enumerate(BEHAVIOURS, 1):
        p = doc.add_paragraph(f"{i}. {name}")
        p.paragraph_format.left_indent = Cm(1.27)
        p.paragraph_format.space_after = Pt(0)
    doc.add_page_break()

    doc.add_paragraph("SECTION 1", style="Heading 1")
    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "A diverse and inclusive workplace that values high performance is central to the University\u2019s "
        "success, and inclusive recruitment sits at the heart of our Recruitment and People Strategies. The "
        "Bucks Behaviours Framework has been designed to give you and your candidates a fair, accessible "
        "experience.")
    doc.add_paragraph(
        "The DRIVE for Excellence values and the Bucks Behaviours Framework (BBF) were developed by our own "
        "staff. They set out clearly the behaviours that will help us achieve lasting change. Used alongside "
        "the job description and person specification, the framework gives a full picture of what effective "
        "performance looks like in a role, helps candidates shape their applications and gives you a sound "
        "basis for feedback.")
    doc.add_paragraph("Interviewing", style="Heading 2")
    doc.add_paragraph("Using behavioural competency-based interviews for selection", style="Heading 3")
    doc.add_paragraph(
        "Behavioural interviews rest on the idea that how someone has behaved in the past is the best guide to "
        "how they will behave in the future. Questions ask candidates to describe real situations, what they "
        "did and what happened as a result.")
    doc.add_paragraph("Preparing for the interview", style="Heading 3")
    bullets(doc, bul, [
        "Choose the behaviours most important to the role from the person specification (usually three to five).",
        "Select one or two questions for each behaviour from Section 2 and agree who will ask them.",
        "Ask every candidate the same main questions."])
    doc.add_paragraph("Conducting the interview", style="Heading 3")
    doc.add_paragraph(
        "Explain the format at the start and let candidates know they can take a moment to think. Use the "
        "probing questions listed under each main question to draw out the detail of what the candidate "
        "personally did; you do not need to ask all of them.")
    doc.add_paragraph("Assessing the candidate", style="Heading 3")
    doc.add_paragraph(
        "Take notes during the interview and assess each candidate independently against the behaviours "
        "before the panel discusses them. Base your assessment only on the evidence given.")
    doc.add_page_break()

    doc.add_paragraph("SECTION 2", style="Heading 1")
    doc.add_paragraph("Sample interview questions", style="Heading 2")
    for i, (name, desc, questions) in enumerate(BEHAVIOURS, 1):
        h = doc.add_paragraph(f"{i}. {name}", style="Heading 2")
        h.paragraph_format.keep_with_next = True
        p = doc.add_paragraph()
        r = p.add_run(desc)
        r.italic = True
        nid = L.C.add_num(doc, abs_q, restart=True)
        for q, probes in questions:
            p = doc.add_paragraph(q)
            L.set_num(p, nid, 0)
            p.paragraph_format.space_before = Pt(4)
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
            for k, pr in enumerate(probes):
                pp = doc.add_paragraph(pr)
                L.set_num(pp, nid, 1)
                pp.paragraph_format.space_after = Pt(0)
                pp.paragraph_format.keep_with_next = k < len(probes) - 1
    return doc


def gold():
    d = STEM
    comps = []
    for name, desc, questions in BEHAVIOURS:
        iq = [L.item(d, q + " " + " ".join(probes)) for q, probes in questions]
        comps.append(L.competency(d, name, desc, interview_questions=iq))
    return comps


def main():
    build_doc().save(str(OUT))
    L.write_gold(OUT, "docx", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

"""Lancashire Constabulary - Police Officer Interview Guide (PDF).

Modelled on Lancashire Constabulary's "Police Officer Interview Guide" for the final interview (the opening of
the guide as quoted on noiseclient.co.uk "Preparing For Police Recruitment Final Interview": "At your interview
with Lancashire Constabulary for the Police Officer role you will be asked a range of questions ... This guide
has been designed to help you prepare ... Interview Format ...") and the force's application-process pages
(lancashire.police.uk, STAR structure). UK police recruitment documents carry a protective marking (OFFICIAL)
at top and bottom. The competencies are the College of Policing Competency and Values Framework (CVF) names;
laid out, as this batch's assignment asks, with the positive and negative indicators BESIDE each example
question in a three-column table (Example question | Positive indicators | Negative indicators). Values listed
in the introduction only; motivation questions without a competency; after-the-interview section. All wording
is ours. python-docx -> LibreOffice PDF, A4.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import calib as L

STEM = "lancs-police-officer-interview-guide"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Police Officer Interview Guide"
BLUE = RGBColor(0x00, 0x2F, 0x6C)

COMPETENCIES = [
    ("We are emotionally aware",
     "We understand our own emotions and those of other people, and use that understanding to treat everyone "
     "with respect and empathy, changing the way we communicate to suit the situation.",
     [("Tell us about a time when you had to deal with someone who was upset or distressed. What did you do, "
       "and how did you know your approach was working?",
       ["Recognises how the other person is feeling and responds with empathy",
        "Adapts tone and language to suit the person",
        "Stays calm and in control of their own emotions",
        "Listens without interrupting and checks understanding"],
       ["Focuses on the task and ignores the person\u2019s feelings",
        "Uses the same approach whatever the situation",
        "Becomes defensive or frustrated",
        "Makes assumptions about the person"])]),
    ("We take ownership",
     "We take personal responsibility for our actions and decisions, see things through, and admit our "
     "mistakes so that we and others can learn from them.",
     [("Describe a time when you made a mistake. What did you do about it?",
       ["Admits the mistake openly and without delay",
        "Takes action to put things right",
        "Reflects on what they learned and has changed their behaviour",
        "Keeps the people affected informed"],
       ["Blames other people or circumstances",
        "Hides or plays down the mistake",
        "Waits for someone else to sort it out",
        "Shows no learning"])]),
    ("We are collaborative",
     "We work with colleagues, partner agencies and communities, building trust and sharing information to "
     "achieve the best outcome for the public.",
     [("Give us an example of when you worked with other people to achieve a shared goal. What was your own "
       "contribution?",
       ["Clearly describes their own part in the team\u2019s work",
        "Seeks out and values other people\u2019s views",
        "Shares information and helps others",
        "Deals with disagreement constructively"],
       ["Talks only about what \u201cwe\u201d did, with no personal contribution",
        "Works in isolation",
        "Dismisses the ideas of others",
        "Lets conflict go unresolved"])]),
    ("We deliver, support and inspire",
     "We understand how our work contributes to the wider aims of policing, deliver a high standard of "
     "service, and support and motivate the people around us.",
     [("Tell us about a time you went out of your way to give someone a good service.",
       ["Does more than was required to meet the person\u2019s needs",
        "Keeps going when faced with obstacles",
        "Encourages and supports others",
        "Links their actions to the outcome for the person"],
       ["Does the minimum required",
        "Gives up when things become difficult",
        "Puts their own interests first",
        "Unclear about the effect on others"])]),
]


def setup(doc):
    st = doc.styles["Normal"]
    L.style_font(st, "Arial")
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 22), ("Heading 1", 15), ("Heading 2", 12)):
        s = doc.styles[name]
        L.style_font(s, "Arial")
        s.font.size = Pt(size)
        s.font.color.rgb = BLUE
        s.font.bold = True
        s.font.italic = False
        s.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
        s.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(10)
    h2 = sec.header.add_paragraph()
    h2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = h2.add_run("LANCASHIRE CONSTABULARY")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = BLUE
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("OFFICIAL")
    r.bold = True
    r.font.size = Pt(10)
    f2 = sec.footer.add_paragraph()
    L.right_tab(f2, 17)
    r = f2.add_run("Police Officer Interview Guide\tPage ")
    r.font.size = Pt(8)
    L.add_field(f2, "PAGE", "1")
    f2.add_run(" of ")
    L.add_field(f2, "NUMPAGES", "3")
    for run in f2.runs[1:]:
        run.font.size = Pt(8)


def cell_par(cell, text, bold=False, size=9.5, first=True, color=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(2)
    return p


def build_doc():
    doc = Document()
    setup(doc)
    L.clear_core_props(doc, TITLE)
    bul = L.add_numbering(doc, L.bullet_lvl("\u2022", left=227, hanging=227, font="Arial"), "4C414E43")
    bul2 = L.add_numbering(doc, L.bullet_lvl("\u2022", left=360, hanging=360, font="Arial"), "4C414E44")

    doc.add_paragraph("Police Officer Interview Guide", style="Title")
    doc.add_paragraph(
        "At your interview with Lancashire Constabulary for the role of Police Officer you will be asked a "
        "number of questions, so it is important that you prepare thoroughly. This guide will help you to get "
        "ready and explains what to expect on the day and afterwards.")
    doc.add_paragraph("Interview Format", style="Heading 1")
    doc.add_paragraph(
        "The interview takes around 45 minutes and is conducted by two assessors: a police officer of the rank "
        "of sergeant or above and a member of our People Services team. You will be asked about your "
        "motivation for joining and your knowledge of the force, followed by questions based on the national "
        "Competency and Values Framework (CVF) for policing.")
    doc.add_paragraph("You can bring brief notes, but you should not read from a script. The assessors will "
                      "ask follow-up questions to find out more about what you personally did.")
    doc.add_paragraph("Motivation and knowledge", style="Heading 2")
    for q in ("Why do you want to become a police officer, and why with Lancashire Constabulary?",
              "What do you understand about the day-to-day role of a police officer in Lancashire?",
              "What have you done to prepare yourself for the demands of the role?"):
        p = doc.add_paragraph(q)
        L.set_num(p, bul2)
        p.paragraph_format.space_after = Pt(2)
    doc.add_paragraph("The Competency and Values Framework", style="Heading 2")
    doc.add_paragraph(
        "The CVF sets out the behaviours expected of everyone working in policing. It is underpinned by four "
        "values \u2013 integrity, impartiality, public service and transparency \u2013 which you should show "
        "in all of your answers. The competencies you will be asked about are described below, together with "
        "an example of the type of question you may be asked and the indicators the assessors will use when "
        "marking your answer.")
    doc.add_paragraph(
        "Answer using a real example from work, education, volunteering or your personal life, and structure "
        "it using STAR: the Situation, the Task, the Action you took and the Result.")

    for i, (name, desc, rows) in enumerate(COMPETENCIES):
        h = doc.add_paragraph(name, style="Heading 1")
        h.paragraph_format.keep_with_next = True
        if i in (1, 3):
            h.paragraph_format.page_break_before = True
        p = doc.add_paragraph(desc)
        p.paragraph_format.keep_with_next = True
        t = doc.add_table(rows=1, cols=3)
        t.style = doc.styles["Table Grid"]
        L.row_flags(t.rows[0], cant_split=True, header=True)
        for c, lab in zip(t.rows[0].cells, ("Example question", "Positive indicators", "Negative indicators")):
            cell_par(c, lab, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
            L.shade(c, "002F6C")
        for q, pos, neg in rows:
            row = t.add_row()
            L.row_flags(row, cant_split=True)
            cell_par(row.cells[0], q)
            for cell, lst in ((row.cells[1], pos), (row.cells[2], neg)):
                for k, txt in enumerate(lst):
                    cp = cell_par(cell, txt, first=(k == 0))
                    L.set_num(cp, bul)
            L.shade(row.cells[1], "EAF4EA")
            L.shade(row.cells[2], "FBEAEA")
        L.fix_widths(t, [2.3, 2.2, 2.2])

    doc.add_paragraph("After the interview", style="Heading 1")
    doc.add_paragraph(
        "Each answer is scored by both assessors against the indicators, and the scores are agreed before the "
        "outcome is decided. We aim to tell you the result within two weeks. If you are successful you will "
        "move on to pre-employment checks, including vetting, a medical and a fitness test. Whatever the "
        "outcome, you can ask for feedback on your interview.")
    return doc


def gold():
    d = STEM
    comps = []
    for name, desc, rows in COMPETENCIES:
        ind = []
        for _, pos, neg in rows:
            ind += L.items(d, pos, "Positive indicators") + L.items(d, neg, "Negative indicators")
        comps.append(L.competency(d, name, desc, indicators=ind,
                                  interview_questions=[L.item(d, q) for q, _, _ in rows]))
    return comps


def main():
    L.docx_to_pdf(build_doc(), OUT)
    L.write_gold(OUT, "pdf", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

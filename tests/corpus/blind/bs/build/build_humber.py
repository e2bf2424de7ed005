"""Humber Teaching NHS Foundation Trust - values-based interview question bank (DOCX).

Modelled on the Trust's values-based recruitment material (join.humber.nhs.uk/values-based-recruitment): three
Trust values Caring / Learning / Growing and the Behavioural Standards Framework (Friendly and Welcoming, Being
Respectful, Open and Honest, Being Professional, Putting Patients First, Valuing Everyone, Communicate
Effectively); every interview includes at least three values-based questions about real situations. Laid out as an
NHS trust Word document for recruiting managers: right-aligned NHS identifier header, title and subtitle, values
banner, "How to use this question bank" bullets, a generic 0-3 scoring guide table, then one Heading 1 per
Behavioural Standard with "What this means" and a question TABLE (Ref | Question | Probing questions | What a good
answer will show) whose probe and evidence cells hold Word bullet lists; closing interview-record lines; footer
with version, dates and Page X of Y. Questions, probes, evidence lists and wording are ours (four of the seven
standards; the document says the rest are in Part 2).
python-docx, A4.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import bslib as L

STEM = "humber-values-based-interview-question-bank"
OUT = L.DOCS / f"{STEM}.docx"
NHS_BLUE = RGBColor(0x00, 0x5E, 0xB8)
DARK = RGBColor(0x00, 0x30, 0x87)
TITLE = "Values Based Recruitment"

STANDARDS = [
    ("Friendly and Welcoming", "FW",
     "We greet people warmly, introduce ourselves and help everyone who uses or visits our services, and every "
     "new colleague, to feel at ease.",
     [("Tell us about a time you made someone who was new to a place or situation feel welcome.",
       ["What did you do first?", "How did you know it had helped?", "Is there anything you would do differently?"],
       ["Takes the initiative to approach and introduce themselves",
        "Adapts their approach to the person\u2019s needs",
        "Shows warmth through what they did, not just what they said"]),
      ("Describe a situation where you were busy but someone needed your help.",
       ["How did you balance the two?", "How did the person feel afterwards?"],
       ["Acknowledges the person even when unable to help straight away",
        "Finds someone else to help if they cannot",
        "Stays polite and patient under pressure"])]),
    ("Open and Honest", "OH",
     "We are truthful, we admit our mistakes and raise concerns, and we explain our decisions so that people "
     "understand them.",
     [("Tell us about a time you made a mistake at work.",
       ["Who did you tell, and when?", "What did you learn from it?"],
       ["Owns the mistake without blaming others",
        "Raised it promptly with the right person",
        "Describes what changed as a result"]),
      ("Give an example of when you raised a concern about the way something was being done.",
       ["What made you speak up?", "How did others react?", "What was the outcome?"],
       ["Understands the duty to speak up, including about safety",
        "Raises concerns respectfully and through the right route",
        "Follows up to make sure action is taken"])]),
    ("Putting Patients First", "PP",
     "We involve patients, service users and carers in decisions about their care, listen to what matters to "
     "them and put their needs at the centre of what we do.",
     [("Tell us about a time you went out of your way to make sure a patient, service user or customer got what "
       "they needed.",
       ["What did you find out about their needs?", "Who else did you involve?"],
       ["Asks the person what matters to them",
        "Works with others to meet the person\u2019s needs",
        "Respects the person\u2019s choices and dignity"]),
      ("Describe a time when what a service user wanted conflicted with a rule or routine.",
       ["What did you do?", "How did you explain your decision?", "What did you learn?"],
       ["Balances safety and policy with the person\u2019s wishes",
        "Seeks advice when unsure",
        "Explains decisions clearly and kindly"])]),
    ("Communicate Effectively", "CE",
     "We listen carefully, share information clearly and in good time, and adapt the way we communicate to the "
     "person in front of us.",
     [("Tell us about a time you had to explain something complicated to someone who was anxious or upset.",
       ["How did you check they had understood?", "What did you change about your approach?"],
       ["Uses plain language and checks understanding",
        "Notices and responds to the person\u2019s emotions",
        "Stays calm and patient"]),
      ("Give an example of when poor communication caused a problem.",
       ["What part did you play in putting it right?", "What would you do differently next time?"],
       ["Takes responsibility for their own part",
        "Describes a concrete change in practice",
        "Recognises the value of good handovers and written records"])]),
]

SCORES = [("0", "No evidence: the candidate could not give an example, or the example shows behaviour that "
                "goes against the standard."),
          ("1", "Limited evidence: a general or hypothetical answer with little detail about what the candidate "
                "did."),
          ("2", "Good evidence: a specific example showing most of the behaviours in \u2018What a good answer "
                "will show\u2019."),
          ("3", "Strong evidence: a specific, well-explained example showing all of the behaviours, with "
                "reflection on what was learned.")]


def setup(doc):
    st = doc.styles["Normal"]
    L.style_font(st, "Arial")
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 22), ("Subtitle", 13), ("Heading 1", 15), ("Heading 2", 12)):
        s = doc.styles[name]
        L.style_font(s, "Arial")
        s.font.size = Pt(size)
        s.font.color.rgb = DARK if name != "Subtitle" else NHS_BLUE
        s.font.bold = name != "Subtitle"
        s.font.italic = False
    doc.styles["Title"].paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2)
    # header: right-aligned NHS identifier
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Humber Teaching")
    r.bold = True
    r.font.size = Pt(11)
    r = hp.add_run(" NHS")
    r.bold = True
    r.italic = True
    r.font.size = Pt(13)
    r.font.color.rgb = NHS_BLUE
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run("NHS Foundation Trust")
    r.font.size = Pt(10)
    r.font.color.rgb = NHS_BLUE
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 17)
    r = fp.add_run("Values Based Recruitment \u2013 Interview Question Bank (Part 1)  |  Version 2.1  |  "
                   "Issued March 2023  |  Review March 2025\tPage ")
    r.font.size = Pt(7.5)
    L.add_field(fp, "PAGE", "1")
    fp.add_run(" of ")
    L.add_field(fp, "NUMPAGES", "3")
    for run in fp.runs[1:]:
        run.font.size = Pt(7.5)


def cell_text(cell, text, bold=False, color=None, size=9.5):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    return p


def cell_bullets(cell, items, num_id, first=True):
    for i, t in enumerate(items):
        p = cell.paragraphs[0] if (i == 0 and first) else cell.add_paragraph()
        L.set_num(p, num_id)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(t)
        r.font.size = Pt(9.5)


def build_doc():
    doc = Document()
    setup(doc)
    L.clear_core_props(doc, TITLE)
    bul = L.add_numbering(doc, L.bullet_lvl("\u2022", left=227, hanging=227, font="Arial"), "5E6F7081")
    doc.add_paragraph("Values Based Recruitment", style="Title")
    doc.add_paragraph("Interview Question Bank for Recruiting Managers \u2013 Part 1", style="Subtitle")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    L.para_shading(p, "005EB8")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Caring  \u2022  Learning  \u2022  Growing")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    doc.add_paragraph("Every interview at the Trust includes at least three values-based questions. They help us "
                      "find candidates whose own values and behaviours match our Trust values of Caring, Learning "
                      "and Growing and our seven Behavioural Standards. This part of the question bank covers "
                      "four of the standards; questions for the other three are in Part 2.")
    doc.add_paragraph("How to use this question bank", style="Heading 2")
    for t in ("Choose at least three questions, each from a different Behavioural Standard.",
              "Ask every candidate for the same post the same questions, in the same order.",
              "Use the probing questions to get the detail you need; you do not have to ask them all.",
              "Score each answer on its own, using the scoring guide below, before moving on."):
        p = doc.add_paragraph(t)
        L.set_num(p, bul)
        p.paragraph_format.space_after = Pt(2)
    doc.add_paragraph("Scoring guide", style="Heading 2")
    t = doc.add_table(rows=1, cols=2)
    t.style = doc.styles["Table Grid"]
    cell_text(t.rows[0].cells[0], "Score", bold=True)
    cell_text(t.rows[0].cells[1], "What this looks like", bold=True)
    for c in t.rows[0].cells:
        L.shade(c, "D9E6F5")
    for s, d in SCORES:
        row = t.add_row()
        cell_text(row.cells[0], s, bold=True)
        cell_text(row.cells[1], d)
    L.fix_widths(t, [0.7, 5.9])

    for name, code, desc, questions in STANDARDS:
        h = doc.add_paragraph(name, style="Heading 1")
        h.paragraph_format.page_break_before = code in ("FW", "PP")
        p = doc.add_paragraph()
        r = p.add_run("What this means: ")
        r.bold = True
        p.add_run(desc)
        t = doc.add_table(rows=1, cols=4)
        t.style = doc.styles["Table Grid"]
        L.row_flags(t.rows[0], cant_split=True, header=True)
        for c, lab in zip(t.rows[0].cells, ("Ref", "Question", "Probing questions",
                                              "What a good answer will show")):
            cell_text(c, lab, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
            L.shade(c, "003087")
        for i, (q, probes, good) in enumerate(questions, 1):
            row = t.add_row()
            L.row_flags(row, cant_split=True)
            cell_text(row.cells[0], f"{code}{i}", bold=True)
            cell_text(row.cells[1], q)
            cell_bullets(row.cells[2], probes, bul)
            cell_bullets(row.cells[3], good, bul)
        L.fix_widths(t, [0.55, 2.2, 1.85, 2.3])
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.add_run("Evidence noted: ").bold = True
        p.add_run("_" * 70)
        p = doc.add_paragraph()
        p.add_run("Score (0\u20133): ").bold = True
        p.add_run("______")
    return doc


def gold():
    d = STEM
    comps = []
    for name, code, desc, questions in STANDARDS:
        iq = [L.item(d, q + " " + " ".join(probes)) for q, probes, _ in questions]
        ind = [L.item(d, g) for _, _, good in questions for g in good]
        comps.append(L.competency(d, name, desc, indicators=ind, interview_questions=iq))
    return comps


def main():
    build_doc().save(str(OUT))
    L.write_gold(OUT, "docx", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

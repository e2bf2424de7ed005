"""University of New Mexico Human Resources: "Behavioral Questions by Job Competency" (DOCX, python-docx).

Competency names are bold paragraphs in a real Word bullet list (Wingdings arrow glyph from
numbering.xml, no typed glyph); the questions are a real Word decimal list (w:numPr, restarting at 1
for every competency, no typed numbers); a follow-up sentence sits in its own unnumbered, indented,
italic paragraph under the question it belongs to. Running header and "Page X of Y" footer."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

STEM = "unm-behavioral-questions-by-competency"
DOC = C.DOCS / f"{STEM}.docx"

# (competency, [(question, follow-up or None)])
COMPS = [
    ("Professional Knowledge/Continuous Learning", [
        ("Describe a time when you were not satisfied with your own performance.", "What did you do about it?"),
        ("Describe a situation in which your professional or technical expertise made a real difference.", None),
        ("Tell me how you keep your job knowledge current as practices in your field change.", None),
        ("Tell me about a recent project you volunteered for.",
         "What was your role, and how did the project turn out?"),
        ("Give an example of a time colleagues relied on you as a source of knowledge in your field.", None),
    ]),
    ("Oral and Written Communication", [
        ("Tell me about a time you had to give unwelcome news to a coworker or customer.",
         "How did you prepare, and how was the message received?"),
        ("Describe the most complex written report or proposal you have prepared.", None),
        ("Give an example of a time you changed the way you presented information for a different audience.", None),
    ]),
    ("Customer Service", [
        ("Describe a time you dealt with an upset customer.", "What was the outcome?"),
        ("Tell me about a time you anticipated what a customer needed before they asked.", None),
        ("Give an example of a policy you had to uphold even though the customer disagreed with it.",
         "How did you explain your position?"),
    ]),
    ("Teamwork/Cooperation", [
        ("Tell me about a team project that did not go as planned.",
         "What part did you play in getting it back on track?"),
        ("Describe a time you helped a coworker who was struggling with their workload.", None),
        ("What do you do when a team member is not doing their share of the work?", None),
    ]),
]

ARROW_LVL = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
             '<w:lvlText w:val="\uf0d8"/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>'
             '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl>')


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    hp = sec.header.paragraphs[0]
    hp.text = "The University of New Mexico \u2022 Human Resources"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Behavioral Questions by Job Competency \u2013 Page ")
    C.add_field(fp, "PAGE")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES", "2")

    arrow_abs = C.add_abstract(d, ARROW_LVL, "1A2B3C01")
    dec_abs = C.add_abstract(d, C.DECIMAL_LVL.format(left=1080, hang=360), "1A2B3C02")
    arrow_num = C.add_num(d, arrow_abs)

    t = d.add_paragraph(style="Title")
    t.add_run("Behavioral Questions by Job Competency")
    d.add_paragraph(
        "Choose two or three questions for each competency that matters most for the position and ask the same "
        "questions of every candidate. Where a question is followed by an indented line, ask that line as part "
        "of the same question if the first answer lacks detail.")

    for name, qs in COMPS:
        p = d.add_paragraph()
        C.set_num(p, arrow_num)
        p.paragraph_format.space_before = Pt(12)
        p.add_run(name).bold = True
        num = C.add_num(d, dec_abs, restart=True)
        for q, fu in qs:
            qp = d.add_paragraph(q)
            C.set_num(qp, num)
            qp.paragraph_format.space_after = Pt(2)
            if fu:
                f = d.add_paragraph()
                f.paragraph_format.left_indent = Inches(0.75)
                f.paragraph_format.space_after = Pt(6)
                f.add_run(fu).italic = True
    C.clear_core_props(d, "Behavioral Questions by Job Competency")
    d.save(DOC)

    comps = []
    for name, qs in COMPS:
        items = [C.item(STEM, q + (" " + fu if fu else "")) for q, fu in qs]
        comps.append(C.competency(STEM, name, None, interview_questions=items))
    C.write_gold(DOC, "docx", "Behavioral Questions by Job Competency", comps)


if __name__ == "__main__":
    build()
    print("built", DOC)

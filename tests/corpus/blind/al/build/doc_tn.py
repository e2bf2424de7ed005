"""Tennessee Department of Human Resources - "Tennessee State Government / Strategic Skill" competency table
with skilled behaviors and behaviorally based interview questions (Word document).

Layout (after the stored copy of the TN .doc): no heading styles at all - two bold Normal lines ("Tennessee State
Government", the cluster "Strategic Skill"), then one Word table with a header row "Competency | Skilled Behaviors
| Behaviorally Based Questions"; each row one competency; behaviours are separate plain paragraphs in their cell
(no bullets, no final periods), the questions separate paragraphs in theirs (several with follow-up sentences).
python-docx.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

import allib as L

STEM = "tn-dohr-strategic-skill-competencies"
TITLE = "Tennessee State Government"
FONT = "Times New Roman"

ROWS = [
    ("Business Acumen",
     ["Understands how organizations operate and make money",
      "Keeps current on present and likely future policies, practices, trends, technology, and information that "
      "affect his/her business and organization",
      "Knows who the competitors are",
      "Understands how strategies and tactics play out in the marketplace"],
     ["Describe a time when you brought financial, organizational, and industry data together into a strategic "
      "plan or initiative.",
      "Give me an example of a time when knowing your organization well helped you get something you needed "
      "that you would probably not have gotten otherwise.",
      "Tell me about a time when politics at work had an effect on your job. How did you handle it?",
      "What steps did you take to learn how your current organization works?"]),
    ("Functional/Technical Skills",
     ["Has the functional and technical knowledge and skills to perform the job at a high level of "
      "accomplishment"],
     ["Describe a period in which you were making full use of your functional and technical knowledge and "
      "skills and performing at your best. What was the situation? What did you accomplish, and how?",
      "Tell me about a task or project in which you deliberately chose the tools, technology, or processes you "
      "would use. Which did you use as they were, and which, if any, did you redesign or create? What were the "
      "results?",
      "Briefly describe a few situations in which you shared your technical knowledge or skill with others. "
      "What led you to share it? How did you share it, and what happened as a result?"]),
    ("Technical Learning",
     ["Learns technical material quickly",
      "Is able to pick up new skills and knowledge",
      "Is good at learning new industry, company, product, or technical knowledge",
      "Does well in technical courses and seminars"],
     ["Describe a situation in which you had to learn new technical knowledge and skills. What did you have to "
      "learn, and how did you go about it?",
      "Tell me about the most difficult technical course or seminar you have taken. How did you do?",
      "Give me an example of a time you had to come up to speed on a new product or technology in a short "
      "time. What did you do first?"]),
]


def _run(p, text, bold=False, size=11):
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    r.font.name = FONT
    return r


def _fill(cell, paras, bold=False):
    first = True
    for text in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(4)
        _run(p, text, bold=bold, size=10)


def build():
    doc = Document()
    L.clear_core_props(doc, title="", author="TN DOHR")
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.75)
    sec.top_margin = sec.bottom_margin = Inches(0.75)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, TITLE, bold=True, size=14)
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(6)
    _run(p, "Strategic Skill", bold=True, size=12)

    t = doc.add_table(rows=1 + len(ROWS), cols=3)
    t.style = doc.styles["Table Grid"]
    L.fix_widths(t, [1.5, 2.3, 3.2])
    hdr = t.rows[0]
    L.row_flags(hdr, cant_split=True, header=True)
    for c, text in zip(hdr.cells, ["Competency", "Skilled Behaviors", "Behaviorally Based Questions"]):
        L.shade(c, "D9D9D9")
        _fill(c, [text], bold=True)
    gold = []
    for row, (name, behaviours, questions) in zip(t.rows[1:], ROWS):
        _fill(row.cells[0], [name], bold=True)
        _fill(row.cells[1], behaviours)
        _fill(row.cells[2], questions)
        gold.append(L.competency(STEM, name, None,
                                 indicators=[L.item(STEM, b) for b in behaviours],
                                 interview_questions=[L.item(STEM, q) for q in questions]))
    out = L.DOCS / f"{STEM}.docx"
    doc.save(out)
    L.write_gold(out, "docx", TITLE, gold)
    return out


if __name__ == "__main__":
    print(build())

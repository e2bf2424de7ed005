"""Robert Tearle Consulting - "Competency based interviewing" white paper (PDF).

Modelled on Robert Tearle Consulting's competency-based-interviewing white papers (roberttearle.com
"competency-based-interviewing-generic", "-sales", "-customer-services", "second-interviews"): title "Overview
and generic examples of INTERVIEW QUESTIONS", "What does competency-based interviewing mean?", the list of
typical question openings, "Core behavioural competencies include:" printed as a three-by-four run of names
each ending in a full stop, a paragraph on tailoring those competencies, "The difference between leadership and
management.", then the question bank: one heading per competency with bullet questions, the papers' split into
questions for individual contributors and for managers under two of them. Printed as the white paper PDF with a
running header and a footer with page numbers. Questions and wording are ours. python-docx -> LibreOffice PDF.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import calib as L

STEM = "tearle-competency-based-interviewing"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Competency based interviewing"
GREEN = RGBColor(0x1F, 0x5C, 0x4A)

GRID = [["Initiative and innovation.", "Developing others.", "Delivering results."],
        ["Team leading.", "Interpersonal skills.", "Learning & self-development."],
        ["Communication.", "Planning and organising.", "Analytical thinking."],
        ["Strategic thinking.", "Building relationships.", "Teamwork and collaboration."]]

BANK = [
    ("Initiative and innovation", [(None, [
        "Tell me about a time you spotted an opportunity that others had missed. What did you do with it?",
        "Describe an idea of yours that changed the way your team worked. How did you get it adopted?",
        "Give me an example of when you acted without being asked to. What was the result?",
        "Tell me about a new approach you tried that did not work. What did you learn from it?"])]),
    ("Developing others", [
        ("Individual contributor", [
            "Tell me about a time you helped a colleague to learn something new.",
            "How have you shared your knowledge or expertise with others in your team?"]),
        ("Management", [
            "Give me an example of how you developed a member of your team to take on more responsibility.",
            "Tell me about a time you had to give difficult feedback to someone who reported to you. How did "
            "they respond?",
            "How do you identify the development needs of your team? Give me a recent example."])]),
    ("Delivering results", [(None, [
        "Tell me about the most challenging target you have been set. How did you go about achieving it?",
        "Describe a time when a project was at risk of missing its deadline. What did you do?",
        "Give me an example of when you had to achieve a result with fewer resources than you needed."])]),
    ("Team leading", [
        ("Individual contributor", [
            "Tell me about a time you took the lead in a group without having any formal authority."]),
        ("Management", [
            "Describe how you turned around a team that was under-performing.",
            "Tell me about a time you had to get a team to accept a decision they did not agree with."])]),
    ("Building relationships", [(None, [
        "Tell me about a working relationship you built from scratch. What did you do to establish trust?",
        "Describe a time when a relationship with a client or colleague became strained. How did you repair "
        "it?",
        "How do you keep in touch with the key contacts in your network? Give me an example of when that paid "
        "off."])]),
    ("Planning and organising", [(None, [
        "Talk me through how you plan a typical working week.",
        "Tell me about a time you had to juggle several projects at once. How did you keep track of them?",
        "Describe a plan you put together that had to change part-way through. What did you do?"])]),
]


def setup(doc):
    st = doc.styles["Normal"]
    L.style_font(st, "Calibri")
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 24), ("Subtitle", 14), ("Heading 1", 15), ("Heading 2", 12.5),
                       ("Heading 3", 11)):
        s = doc.styles[name]
        L.style_font(s, "Calibri")
        s.font.size = Pt(size)
        s.font.color.rgb = GREEN if name != "Heading 3" else RGBColor(0x40, 0x40, 0x40)
        s.font.bold = name not in ("Subtitle",)
        s.font.italic = name == "Heading 3"
        s.paragraph_format.space_before = Pt(10 if name.startswith("Heading") else 0)
        s.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.3)
    sec.bottom_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, 16.4)
    r = hp.add_run("Robert Tearle Consulting\tWhite paper")
    r.font.size = Pt(8.5)
    r.font.color.rgb = GREEN
    L.para_border(hp, ("bottom",), color="1F5C4A", size=6)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 16.4)
    r = fp.add_run("\u00a9 Robert Tearle Consulting  |  www.roberttearle.com\t")
    r.font.size = Pt(8)
    L.add_field(fp, "PAGE", "1")
    fp.runs[-2].font.size = Pt(8)


def build_doc():
    doc = Document()
    setup(doc)
    L.clear_core_props(doc, TITLE)
    bul = L.add_numbering(doc, L.bullet_lvl("\u2022", left=360, hanging=360, font="Calibri"), "52544331")

    doc.add_paragraph("Competency based interviewing", style="Title")
    doc.add_paragraph("Overview and generic examples of INTERVIEW QUESTIONS", style="Subtitle")

    doc.add_paragraph("What does competency-based interviewing mean?", style="Heading 1")
    doc.add_paragraph(
        "A competence is a set of characteristics and skills that can be shown and that make someone able to "
        "do a job, or do it better; competency simply means being able to carry out a particular type of "
        "task. A competency-based interview is structured: the interviewer works from questions prepared in "
        "advance.")
    doc.add_paragraph(
        "It rests on the idea that what someone has done before is a reliable guide to what they will do next. "
        "The interviewer asks a series of questions designed to show how far the candidate has the particular "
        "experience and skills needed to succeed in the role being filled.")
    doc.add_paragraph("Competency-based questions usually start with something like:")
    for t in ("Tell me about a time when\u2026", "Describe an occasion when\u2026", "Give me an example of\u2026",
              "How did you go about\u2026", "What approach did you take when\u2026"):
        p = doc.add_paragraph(t)
        L.set_num(p, bul)
        p.paragraph_format.space_after = Pt(1)
    p = doc.add_paragraph("Core behavioural competencies include:")
    p.paragraph_format.space_before = Pt(8)
    p.runs[0].bold = True
    t = doc.add_table(rows=4, cols=3)
    for row, vals in zip(t.rows, GRID):
        for c, v in zip(row.cells, vals):
            c.paragraphs[0].add_run(v)
            c.paragraphs[0].paragraph_format.space_after = Pt(1)
    L.fix_widths(t, [2.1, 2.1, 2.1])
    p = doc.add_paragraph(
        "On their own these competencies are fairly general. You will probably want to find out not only how "
        "capable a candidate is in these areas, but also in more specific ones that depend on what the job "
        "must deliver \u2013 competencies tied to the industry, the occupation and the challenges of the "
        "role.")
    p.paragraph_format.space_before = Pt(8)
    doc.add_paragraph("The difference between leadership and management.", style="Heading 2")
    doc.add_paragraph(
        "When hiring into senior roles it helps to be clear about the difference. Management is the set of "
        "day-to-day processes that keep an organisation running; leadership is about setting direction and "
        "bringing people with you. Good senior candidates can show both.")

    doc.add_paragraph("Question bank \u2013 examples of generic competency based interview questions",
                      style="Heading 1")
    doc.add_paragraph("The questions below can be adapted to the role. Where we have split them, the first set "
                      "suits individual contributors and the second people managers.")
    for name, groups in BANK:
        h = doc.add_paragraph(name, style="Heading 2")
        h.paragraph_format.keep_with_next = True
        for grp, qs in groups:
            if grp:
                g = doc.add_paragraph(grp, style="Heading 3")
                g.paragraph_format.keep_with_next = True
            for q in qs:
                p = doc.add_paragraph(q)
                L.set_num(p, bul)
                p.paragraph_format.space_after = Pt(2)
    p = doc.add_paragraph("Questions for specific occupations \u2013 sales, customer services, finance and "
                          "others \u2013 are covered in our separate white papers.")
    p.paragraph_format.space_before = Pt(10)
    p.runs[0].italic = True
    return doc


def gold():
    d = STEM
    comps = []
    for name, groups in BANK:
        iq = []
        for grp, qs in groups:
            iq += L.items(d, qs, grp)
        comps.append(L.competency(d, name, None, interview_questions=iq))
    return comps


def main():
    L.docx_to_pdf(build_doc(), OUT)
    L.write_gold(OUT, "pdf", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

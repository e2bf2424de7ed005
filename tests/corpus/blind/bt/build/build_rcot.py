"""RCOT, Career Development Framework: Guiding principles for occupational therapy (2nd ed., 2021),
Leadership Pillar, section 5.7 "Career Levels 1-9", excerpt: levels 1-5.

PDF, python-docx -> LibreOffice, A4. Running header (section title), footer with the framework title and page
number (starting at 35); section heading with a pillar paragraph and the three themes, then one page per "Level n –
Leadership Pillar" heading, each with the three theme sub-headings over Word bullets.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Pt, RGBColor, Mm

import btlib as B

STEM = "rcot-career-framework-leadership-pillar"
OUT = B.DOCS / f"{STEM}.pdf"
TITLE = "Career Development Framework: Guiding principles for occupational therapy"
PURPLE = RGBColor(0x5B, 0x2C, 0x6F)

DEFINITION = ("Leadership is part of every occupational therapy role, whatever the career level, setting or job "
              "title. The Leadership Pillar describes how you take responsibility for your own development, how "
              "you guide and support the people you work with, and how you shape and carry through change in "
              "practice, services and the profession.")
THEMES = ["Recognise, review and build own knowledge and skills",
          "Guide, direct and/or support teamwork",
          "Plan, lead and manage professional and/or organisational change"]

LEVELS = {
    1: [["Reflect on your own performance with support and take part in the learning opportunities offered.",
         "Recognise the limits of your role and ask for help when a task is outside them."],
        ["Work as a member of the team, following the guidance and instructions you are given.",
         "Treat colleagues with respect and share information that the team needs."],
        ["Be open to changes in the way work is done and share your ideas when asked."]],
    2: [["Identify your learning needs with the help of a supervisor and keep a record of your learning.",
         "Take up feedback from colleagues and the people you work with."],
        ["Contribute to the work of the team and help colleagues with routine tasks.",
         "Understand how your role fits with the roles of others in the team."],
        ["Take part in changes to your area of work and say how they affect the people who use the service.",
         "Follow new procedures once they have been agreed."]],
    3: [["Take responsibility for your own learning and development, using supervision to plan next steps.",
         "Share what you have learnt with other members of the team."],
        ["Show newer colleagues how to carry out routine tasks.",
         "Organise your own workload, and that of others when asked.",
         "Raise concerns about the way the team works through the proper channels."],
        ["Suggest improvements to routine practice and help to put agreed changes in place."]],
    4: [["Seek feedback from others and use it to develop your practice.",
         "Help colleagues to identify their learning needs."],
        ["Coordinate the day-to-day work of support staff within the team.",
         "Support students and new starters during their induction."],
        ["Gather information to inform a proposed change and monitor its effect on day-to-day work.",
         "Explain the reasons for a change to the people affected by it."]],
    5: [["Use reflection, supervision and feedback to identify, monitor and develop your professional "
         "capability.",
         "Keep a record of continuing professional development that meets regulatory requirements."],
        ["Delegate tasks appropriately and supervise support workers and students.",
         "Work with colleagues from other professions and agencies to agree shared goals for care."],
        ["Lead small-scale changes to practice within your caseload or team.",
         "Use audit and service user feedback to show whether a change has worked."]],
}


def build():
    d = Document()
    B.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    B.set_page_start(sec, 35)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("5.7 Leadership Pillar: Career Levels 1\u20139")
    r.font.size = Pt(8)
    r.font.color.rgb = PURPLE

    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Mm(166), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run(TITLE + "\t")
    r.font.size = Pt(8)
    r.italic = True
    B.add_field(fp, "PAGE", "35")

    bul = B.add_numbering(d, B.bullet_lvl("\u2022", left=360, hanging=240), "5B2C6F01")

    def heading(text, size, space_before=12, color=PURPLE):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        r.font.color.rgb = color
        p.paragraph_format.space_before = Pt(space_before)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.keep_with_next = True
        return p

    heading("5.7 Leadership Pillar: Career Levels 1\u20139", 18, 0)
    heading("Pillar 3 \u2013 Leadership", 12, 2, RGBColor(0x40, 0x40, 0x40))
    p = d.add_paragraph(DEFINITION)
    p.paragraph_format.space_after = Pt(8)
    p = d.add_paragraph("The Leadership Pillar has three themes:")
    p.paragraph_format.space_after = Pt(4)
    for t in THEMES:
        p = d.add_paragraph(t)
        B.set_num(p, bul)
        p.paragraph_format.space_after = Pt(2)

    for n in range(1, 6):
        h = heading(f"Level {n} \u2013 Leadership Pillar", 14, 16)
        if n > 1:
            h.paragraph_format.page_break_before = True
        for theme, bullets in zip(THEMES, LEVELS[n]):
            p = d.add_paragraph()
            r = p.add_run(theme)
            r.bold = True
            r.font.size = Pt(10)
            p.paragraph_format.space_before = Pt(4)
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
            for b in bullets:
                q = d.add_paragraph(b)
                B.set_num(q, bul)
                q.paragraph_format.space_after = Pt(2)
    B.docx_to_pdf(d, OUT)


def gold():
    levels = []
    for n in range(1, 6):
        texts = [(b, theme) for theme, bullets in zip(THEMES, LEVELS[n]) for b in bullets]
        levels.append(B.level(STEM, n, f"Level {n} \u2013 Leadership Pillar", texts))
    comps = [B.competency(STEM, "Leadership", DEFINITION, levels=levels)]
    B.write_gold(OUT, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()

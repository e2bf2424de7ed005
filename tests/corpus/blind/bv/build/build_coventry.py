"""Coventry University Group, Group People / Organisational Development - "Effective Development Planning Guide" (PDF).

Modelled on the Coventry University Group organisational development site (gpod.orgdev.coventry.domains),
"Capability Framework" page: the University Capability Framework's core capabilities describe how we work and
underpin the performance and development objectives agreed in the ongoing "Core Clear Review" check-ins; the page
points staff to an "Effective Development Planning Guide" and a "Development Plan". Laid out as that guide: header
with the Group name and "Organisational Development", footer with guide name, version and "Page X of Y";
introduction, the 70:20:10 model (a generic three-row table), a section per capability with a short description,
a THREE-COLUMN 70:20:10 TABLE (Experience (70%) | Exposure (20%) | Education (10%)) with bullets in the cells and
a shaded "Questions to ask yourself" box, then a SMART-objective example and a blank Development Plan table.
Capability names, descriptions, activities and questions are ours (asked for by the batch assignment).
python-docx -> LibreOffice, A4.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

import bvlib as L

STEM = "coventry-effective-development-planning-guide"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Effective Development Planning Guide"
BLUE = RGBColor(0x00, 0x3E, 0x7E)
COLS = ("Experience (70%)", "Exposure (20%)", "Education (10%)")

CAPS = [
    dict(name="Working Together",
         desc="Builds effective relationships with colleagues, students and partners across the Group, shares "
              "knowledge and supports others to achieve shared goals.",
         cols=[["Join a cross-department project team for a term-time initiative",
                "Offer to induct a new member of your team",
                "Lead a shared task with a colleague from another faculty or service"],
               ["Shadow a colleague in a partner team for a day",
                "Ask a stakeholder for feedback on how you work with them",
                "Take part in a peer learning set with colleagues from across the Group"],
               ["Complete the Collaborative Working e-learning module on the staff learning platform",
                "Attend an Organisational Development workshop on working across teams",
                "Read a book or article on team effectiveness and share one idea with your team"]],
         questions=["Who do I rely on to get my work done, and who relies on me?",
                    "When did I last ask a colleague outside my team for their view?",
                    "What could I share that would help someone else succeed?"]),
    dict(name="Innovating and Improving",
         desc="Looks for better ways of doing things, welcomes new ideas and uses evidence to improve services "
              "for students and colleagues.",
         cols=[["Review one process in your area and propose a simpler way of working",
                "Pilot a new tool or approach with your team and evaluate the results",
                "Volunteer for a service improvement project"],
               ["Visit another university or organisation to see how they deliver a similar service",
                "Join an internal innovation network or community of practice",
                "Ask students for their ideas on improving a service you provide"],
               ["Attend a workshop on continuous improvement methods such as Lean",
                "Complete an online course on creative problem solving",
                "Attend a webinar on trends in the higher education sector"]],
         questions=["What frustrates the people who use my service, and what could I change?",
                    "How do I respond when someone suggests a new way of doing things?",
                    "What evidence do I use to decide whether a change has worked?"]),
    dict(name="Taking Ownership",
         desc="Takes responsibility for own work and development, follows through on commitments and learns "
              "from mistakes.",
         cols=[["Agree a stretch objective at your next check-in and track your progress",
                "Take responsibility for a piece of work from start to finish",
                "Lead the review of a task that did not go to plan and share what you learned"],
               ["Ask your manager how they prioritise competing demands",
                "Find a mentor through the Group mentoring scheme",
                "Keep a learning log and talk it through with a trusted colleague"],
               ["Attend a personal effectiveness or time management workshop",
                "Complete the resilience e-learning module",
                "Read about growth mindset and reflect on how it applies to you"]],
         questions=["Which commitments have I made this month, and have I kept them?",
                    "How do I react when something goes wrong?",
                    "What is one thing I will take responsibility for learning this year?"]),
]


def cell_bullets(d, cell, texts, num_id):
    cell.text = ""
    first = True
    for t in texts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.add_run(t)
        p.paragraph_format.space_after = Pt(3)
        L.set_num(p, num_id)


def build():
    d = Document()
    st = d.styles["Normal"]
    L.style_font(st, "Liberation Sans")
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(5)
    for s in ("Heading 1", "Heading 2", "Title", "Subtitle", "Header", "Footer"):
        L.style_font(d.styles[s], "Liberation Sans")
    for s in ("Heading 1", "Heading 2", "Title"):
        d.styles[s].font.color.rgb = BLUE
    d.styles["Heading 1"].font.size = Pt(16)
    d.styles["Heading 2"].font.size = Pt(12.5)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, 17.0)
    r = hp.add_run("Coventry University Group")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(9), BLUE
    r = hp.add_run("\tGroup People \u2013 Organisational Development")
    r.font.size = Pt(8.5)
    L.para_border(hp, ("bottom",), color="003E7E", size=8)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 17.0)
    r = fp.add_run("Effective Development Planning Guide | Version 2.0 | August 2022\tPage ")
    r.font.size = Pt(8)
    L.add_field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(8)
    L.add_field(fp, "NUMPAGES")
    for run in fp.runs:
        run.font.size = Pt(8)

    p = d.add_paragraph(style="Title")
    p.add_run(TITLE)
    p = d.add_paragraph(style="Subtitle")
    p.add_run("Using the 70:20:10 model and the University Capability Framework to plan your development")
    d.add_heading("Why plan your development?", level=1)
    d.add_paragraph("Development is about building the capabilities you need to do your current role well, to "
                    "prepare for changes in that role and to move towards the career you want. A good plan links "
                    "what you want to learn to your performance objectives and is something you return to at "
                    "every Core Clear Review check-in, not once a year.")
    d.add_paragraph("The University Capability Framework describes how we work: the skills and behaviours that "
                    "help us achieve our objectives, individually and together. Use it to decide which "
                    "capabilities to strengthen, then use the ideas in this guide to choose activities.")
    d.add_heading("The 70:20:10 model", level=1)
    d.add_paragraph("The 70:20:10 model is a rule of thumb: most of what we learn at work comes from doing the "
                    "work itself, a good part from other people, and a smaller part from formal learning. A "
                    "balanced plan includes all three.")
    mt = d.add_table(rows=3, cols=2)
    mt.style = "Table Grid"
    for row, (a, b) in zip(mt.rows, [("70% Experience", "Learning by doing: new tasks, projects, stretch "
                                       "assignments and solving real problems in your role."),
                                      ("20% Exposure", "Learning from others: feedback, coaching, mentoring, "
                                       "shadowing, networks and peer learning."),
                                      ("10% Education", "Structured learning: workshops, e-learning, "
                                       "qualifications, conferences and reading.")]):
        row.cells[0].text = ""
        row.cells[0].paragraphs[0].add_run(a).bold = True
        L.shade(row.cells[0], "D6E4F2")
        row.cells[1].text = b
    L.fix_widths_cm(mt, [3.8, 13.2])

    for i, cap in enumerate(CAPS):
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        if i == 0:
            d.add_heading("Development ideas for the core capabilities", level=1)
            d.add_paragraph("The ideas below are examples, not a checklist. Choose one or two from each column "
                            "that fit your role and agree them with your manager.")
        h = d.add_heading(cap["name"], level=2)
        L.keep_with_next(h)
        d.add_paragraph(cap["desc"])
        t = d.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        for j, c in enumerate(COLS):
            cell = t.rows[0].cells[j]
            cell.text = ""
            rr = cell.paragraphs[0].add_run(c)
            rr.bold = True
            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            L.shade(cell, "003E7E")
            nid = L.add_numbering(d, L.bullet_lvl(glyph="\u2022", left=220, hanging=220), f"8A{i}B{j}C00")
            cell_bullets(d, t.rows[1].cells[j], cap["cols"][j], nid)
        L.fix_widths_cm(t, [5.67, 5.67, 5.66])
        d.add_paragraph()
        q = d.add_table(rows=1, cols=1)
        q.style = "Table Grid"
        cell = q.rows[0].cells[0]
        L.shade(cell, "EAF1F8")
        cell.text = ""
        rr = cell.paragraphs[0].add_run("Questions to ask yourself")
        rr.bold = True
        rr.font.color.rgb = BLUE
        qn = L.add_numbering(d, L.bullet_lvl(glyph="\u2013", left=300, hanging=300), f"8A{i}BFC01")
        for qq in cap["questions"]:
            p = cell.add_paragraph(qq)
            L.set_num(p, qn)
        L.fix_widths_cm(q, [17.0])

    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Writing a SMART development objective", level=1)
    d.add_paragraph("Make each development objective Specific, Measurable, Achievable, Relevant and Time-bound. "
                    "For example:")
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(1)
    p.add_run("\u201cBy the end of March, I will lead the review of our enquiry-handling process with two "
              "colleagues from Student Services and present three recommendations to my team.\u201d").italic = True
    d.add_heading("Development Plan", level=1)
    d.add_paragraph("Name: ____________________   Role: ____________________   Date: ____________")
    dp = d.add_table(rows=4, cols=5)
    dp.style = "Table Grid"
    for j, h in enumerate(["Capability", "Development objective", "Activities (70 / 20 / 10)",
                           "Support needed", "Review date"]):
        cell = dp.rows[0].cells[j]
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
        L.shade(cell, "D6E4F2")
    for row in dp.rows[1:]:
        row.height = Cm(2.4)
    L.fix_widths_cm(dp, [3.0, 4.0, 4.2, 3.3, 2.5])
    L.clear_core_props(d, TITLE)
    L.docx_to_pdf(d, OUT)


def gold():
    doc = STEM
    comps = []
    for cap in CAPS:
        acts = []
        for j, col in enumerate(COLS):
            acts += L.items(doc, cap["cols"][j], col)
        comps.append(L.competency(doc, cap["name"], cap["desc"], activities=acts,
                                  tips=L.items(doc, cap["questions"])))
    L.write_gold(OUT, "pdf", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

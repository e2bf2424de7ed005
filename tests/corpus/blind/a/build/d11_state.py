"""11. state-conflict-management-development-guide.docx -- U.S. Department of State, Bureau of Human Resources,
"Planning Individual Development Activities", Appendix A (Competency Development): one competency.

python-docx: Heading 1 name, unlabelled definition, Heading 2 sections with unusual names: "Why it matters"
(narrative), "Ways to grow" and "Stretch assignments" (bullets), "Further reading" (Word table, header row
Title | Author | Year | Publisher), "Courses" (plain lines: course code, title, duration)."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches, RGBColor

import helpers as H

STEM = "state-conflict-management-development-guide"

NAME = "Conflict Management"
DEFINITION = ("Welcomes healthy tension and differences of opinion, foresees and heads off unproductive "
              "confrontations, and handles conflicts and disagreements in a constructive way.")
WHY = ("Disagreement is a normal part of work in a diverse, high-pressure organization. Handled well, it brings "
       "better ideas to the surface; handled badly, it damages trust and slows the work of the mission.")
WAYS = [
    "Keep a conflict log for a month: note each disagreement you took part in, how you responded and what "
    "happened next.",
    "Ask a trusted colleague to watch how you handle disagreement in meetings and to give you feedback "
    "afterwards.",
    "Before a difficult conversation, write down the other person\u2019s interests as well as your own.",
    "Practise restating the other person\u2019s position in your own words before you reply to it.",
    "Watch a skilled negotiator or mediator at work, and discuss with them afterwards what they did and why.",
    "After a conflict is resolved, review with the people involved what helped and what made things worse.",
]
STRETCH = [
    "Facilitate a meeting between two offices that disagree over shared responsibilities.",
    "Serve on a task force whose members represent competing interests.",
    "Act as the point of contact for a difficult partner or stakeholder for six months.",
    "Volunteer as a peer mediator in your bureau\u2019s informal dispute resolution program.",
]
BOOKS = [
    ("Difficult Conversations: How to Discuss What Matters Most", "Douglas Stone, Bruce Patton, Sheila Heen",
     "1999", "Viking"),
    ("Getting to Yes: Negotiating Agreement Without Giving In", "Roger Fisher, William Ury", "1981",
     "Houghton Mifflin"),
    ("Crucial Conversations: Tools for Talking When Stakes Are High",
     "Kerry Patterson, Joseph Grenny, Ron McMillan, Al Switzler", "2002", "McGraw-Hill"),
    ("Resolving Conflicts at Work: Ten Strategies for Everyone on the Job", "Kenneth Cloke, Joan Goldsmith",
     "2000", "Jossey-Bass"),
    ("The Eight Essential Steps to Conflict Resolution", "Dudley Weeks", "1992", "Jeremy P. Tarcher"),
]
COURSES = [
    "PT-214 Managing Conflict Productively (2 days)",
    "PT-133 Basic Mediation Skills (3 days)",
    "PT-219 Negotiation Skills for Effective Outcomes (2 days)",
    "PT-107 EEO Awareness for Managers and Supervisors (1 day)",
    "PD-510 Difficult Conversations (distance learning, 4 hours)",
]


def build():
    doc = docx.Document()
    H.clear_core_props(doc, "Conflict Management")
    st = doc.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(12)
    for sname, size, color in (("Heading 1", 18, "1B365D"), ("Heading 2", 13, "1B365D")):
        s = doc.styles[sname]
        s.font.name = "Garamond"
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor.from_string(color)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)

    hp = sec.header.paragraphs[0]
    hp.add_run("United States Department of State \u2022 Bureau of Human Resources").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Planning Individual Development Activities \u2013 Appendix A: Competency Development\t").font.size = Pt(8)
    H.add_field(fp, "PAGE")

    bul = H.add_abstract(doc, H.lvl(0, "bullet", "\u2022", 720, 360, font="Symbol"), "1D9F4C33")

    def p(text="", bold=False, italic=False, after=6, before=0, style=None, size=None):
        par = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        par.paragraph_format.space_after = Pt(after)
        par.paragraph_format.space_before = Pt(before)
        if text:
            r = par.add_run(text)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        return par

    t = p("Appendix A: Competency Development", italic=True, size=11, after=2)
    doc.add_paragraph(NAME, style="Heading 1")
    p(DEFINITION, after=10)

    doc.add_paragraph("Why it matters", style="Heading 2")
    p(WHY)

    doc.add_paragraph("Ways to grow", style="Heading 2")
    num = H.add_num(doc, bul)
    for w in WAYS:
        H.set_num(p(w, after=3), num, 0)

    doc.add_paragraph("Stretch assignments", style="Heading 2")
    num = H.add_num(doc, bul)
    for w in STRETCH:
        H.set_num(p(w, after=3), num, 0)

    doc.add_paragraph("Further reading", style="Heading 2")
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = doc.styles["Table Grid"]
    H.row_flags(tbl.rows[0], header=True)
    for c, h in zip(tbl.rows[0].cells, ["Title", "Author", "Year", "Publisher"]):
        c.paragraphs[0].add_run(h).bold = True
        H.shade(c, "D9E2F3")
    for row_vals in BOOKS:
        row = tbl.add_row()
        for c, v in zip(row.cells, row_vals):
            c.paragraphs[0].add_run(v).font.size = Pt(11)
    H.fix_widths(tbl, [2.6, 1.9, 0.6, 1.4])

    doc.add_paragraph("Courses", style="Heading 2")
    for c in COURSES:
        p(c, after=2)

    out = H.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build())

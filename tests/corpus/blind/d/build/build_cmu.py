"""Carnegie Mellon University HR, Leadership Development Model: competency resource guide (DOCX, python-docx).

NO heading styles at all: every competency name is a bold ALL-CAPS run in a Normal paragraph (so is
the "HOW TO USE THIS GUIDE" section title, which is not a competency). Per competency: a definition
paragraph, a "Related competencies: a, b" line, "Development activities" (bold label + real Word
bullet list), "Leadership Development seminars" (a Word table Seminar | Format | Length with a
shaded header row) and "Suggested reading" (APA 7 references with hanging indent and italic titles;
several titles carry a subtitle after a colon)."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

STEM = "cmu-leadership-development-guide"
DOC = C.DOCS / f"{STEM}.docx"

# reading: (authors-part, year, title (italic), rest-before-italic-journal or None, tail, gold fields)
COMPS = [
    {"name": "ACHIEVING RESULTS",
     "definition": "Sets clear goals, plans and organizes work, makes sound decisions and follows through so that "
                   "commitments to the university are met on time and to a high standard.",
     "related": ["Leading and Working as Part of a Team", "Respecting Yourself and Others"],
     "activities": [
         "Pick a project that has slipped in the past and write a one-page plan with milestones, owners and a "
         "check-in schedule.",
         "At the end of each week, compare what you planned with what you finished and note what got in the way.",
         "Ask your manager to let you lead a process-improvement effort in your department.",
         "Interview a colleague known for reliable delivery about how they plan and track their work.",
     ],
     "courses": [("Project Management Fundamentals", "Classroom", "2 half-days"),
                 ("Making Decisions Under Uncertainty", "Classroom", "3 hours"),
                 ("Managing Priorities and Time", "Online", "90 minutes")],
     "readings": [
         ("Allen, D. (2015). ", "Getting things done: The art of stress-free productivity", " (Rev. ed.). Penguin Books.",
          ["D. Allen"], "Penguin Books", 2015),
         ("McChesney, C., Covey, S., & Huling, J. (2012). ",
          "The 4 disciplines of execution: Achieving your wildly important goals", ". Free Press.",
          ["C. McChesney", "S. Covey", "J. Huling"], "Free Press", 2012),
     ]},
    {"name": "LEADING AND WORKING AS PART OF A TEAM",
     "definition": "Works with others toward shared goals, communicates openly, gives and seeks feedback and, when "
                   "leading, builds a team in which people can do their best work.",
     "related": ["Achieving Results", "Respecting Yourself and Others"],
     "activities": [
         "Volunteer to facilitate your team's next planning meeting and ask for feedback afterwards.",
         "Agree on working norms with your team and revisit them after a month.",
         "Pair with a colleague from another department on a shared task.",
     ],
     "courses": [("Crucial Conversations", "Classroom", "2 days"),
                 ("Building High-Performing Teams", "Classroom", "3 hours"),
                 ("Giving and Receiving Feedback", "Online", "1 hour")],
     "readings": [
         ("Lencioni, P. (2002). ", "The five dysfunctions of a team: A leadership fable", ". Jossey-Bass.",
          ["P. Lencioni"], "Jossey-Bass", 2002),
         ("Patterson, K., Grenny, J., McMillan, R., & Switzler, A. (2012). ",
          "Crucial conversations: Tools for talking when stakes are high", " (2nd ed.). McGraw-Hill.",
          ["K. Patterson", "J. Grenny", "R. McMillan", "A. Switzler"], "McGraw-Hill", 2012),
         ("Edmondson, A. C. (2019). ",
          "The fearless organization: Creating psychological safety in the workplace for learning, innovation, "
          "and growth", ". Wiley.", ["A. C. Edmondson"], "Wiley", 2019),
     ]},
    {"name": "RESPECTING YOURSELF AND OTHERS",
     "definition": "Treats everyone with dignity, values differences in background and perspective, looks after own "
                   "well-being and takes responsibility for own growth.",
     "related": ["Leading and Working as Part of a Team"],
     "activities": [
         "Keep a learning journal for a month, noting one piece of feedback and one action each week.",
         "Attend a campus event hosted by a community different from your own and reflect on what you learned.",
     ],
     "courses": [("Inclusive Workplace Practices", "Classroom", "3 hours"),
                 ("Resilience and Well-being at Work", "Online", "1 hour")],
     "readings": [
         ("Stone, D., & Heen, S. (2014). ", "Thanks for the feedback: The science and art of receiving feedback well",
          ". Viking.", ["D. Stone", "S. Heen"], "Viking", 2014),
         ("Goleman, D. (1998). What makes a leader? ", "Harvard Business Review, 76", "(6), 93\u2013102.",
          ["D. Goleman"], "Harvard Business Review", 1998),
         ("Brown, B. (2018). ", "Dare to lead: Brave work. Tough conversations. Whole hearts", ". Random House.",
          ["B. Brown"], "Random House", 2018),
     ]},
]
TITLES = {"Harvard Business Review, 76": "What makes a leader?"}


def label(d, text):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(2)
    p.add_run(text).bold = True
    return p


def build():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    hp = sec.header.paragraphs[0]
    hp.add_run("Carnegie Mellon University").bold = True
    hp.add_run("  |  Human Resources")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Leadership Development Model \u2013 Competency Resource Guide  |  ")
    C.add_field(fp, "PAGE")

    bullet = C.add_numbering(d, C.bullet_lvl(glyph="\u2022", left=360, hanging=360, font="Arial"), "0C3D4E51")

    t = d.add_paragraph()
    r = t.add_run("Leadership Development Model")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0xC4, 0x12, 0x30)
    s = d.add_paragraph()
    s.add_run("Competency Resource Guide for Staff").font.size = Pt(13)

    p = d.add_paragraph()
    p.add_run("HOW TO USE THIS GUIDE").bold = True
    d.add_paragraph(
        "Our Leadership Development seminars are organized around three types of competencies that research links "
        "to success in every kind of position. For each one you will find a short description, activities you can "
        "try on the job, the seminars that support it and a few suggested readings. Talk with your manager about "
        "the competency that would add the most value at your current career stage, and build it into your "
        "professional development plan.")

    for c in COMPS:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(18)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(c["name"])
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0xC4, 0x12, 0x30)
        d.add_paragraph(c["definition"])
        rp = d.add_paragraph()
        rp.add_run("Related competencies: ").italic = True
        rp.add_run(", ".join(c["related"]))

        label(d, "Development activities")
        for a in c["activities"]:
            ap = d.add_paragraph(a)
            C.set_num(ap, bullet)

        label(d, "Leadership Development seminars")
        tbl = d.add_table(rows=1, cols=3)
        tbl.style = "Table Grid"
        for cell, h in zip(tbl.rows[0].cells, ("Seminar", "Format", "Length")):
            cell.text = ""
            cell.paragraphs[0].add_run(h).bold = True
            C.shade(cell, "D9D9D9")
        C.mark_header_row(tbl.rows[0])
        for row in c["courses"]:
            cells = tbl.add_row().cells
            for cell, v in zip(cells, row):
                cell.text = v
        C.fix_widths(tbl, [3.6, 1.4, 1.5])

        label(d, "Suggested reading")
        for pre, ital, post, *_ in c["readings"]:
            rp = d.add_paragraph()
            rp.paragraph_format.left_indent = Inches(0.5)
            rp.paragraph_format.first_line_indent = Inches(-0.5)
            rp.paragraph_format.space_after = Pt(4)
            rp.add_run(pre)
            rp.add_run(ital).italic = True
            rp.add_run(post)
    C.clear_core_props(d, "Leadership Development Model")
    d.save(DOC)

    comps = []
    for c in COMPS:
        readings = []
        for pre, ital, post, authors, pub, year in c["readings"]:
            text = pre + ital + post
            title = TITLES.get(ital, ital)
            readings.append(C.reading(text, title, authors, pub, year, None, STEM))
        comps.append(C.competency(
            STEM, c["name"], c["definition"], related=list(c["related"]),
            activities=[C.item(STEM, a) for a in c["activities"]],
            courses=[C.item(STEM, " | ".join(r)) for r in c["courses"]],
            readings=readings))
    C.write_gold(DOC, "docx", "Leadership Development Model", comps)


if __name__ == "__main__":
    build()
    print("built", DOC)

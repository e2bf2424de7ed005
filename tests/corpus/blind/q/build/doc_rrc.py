"""7. RRC Polytech (Red River College Polytechnic), Human Resource Services - Professional Development:
learning resources keyed by competency.  DOCX (python-docx): Heading 2 per competency, a short definition,
"Learning options" with "On the job" bullets, "Courses" table (Course | Provider | Duration | Format) and
"Reading" (APA references in a Word-numbered list).  No proficiency levels."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches, RGBColor

import qcommon as C

STEM = "rrc-learning-by-competency"
TITLE = "Learning Resources by Competency"

# readings: (citation as printed [list of (text, italic) runs], title, authors, publisher, year)
COMPS = [
    {
        "name": "Communicating with Impact",
        "definition": ("Shares information and ideas clearly and respectfully, in writing and in person, and "
                       "listens to understand the views of students, colleagues and partners."),
        "otj": ["Ask to present your team\u2019s update at the next department meeting, and ask two colleagues for feedback afterwards.",
                "Before you send an important email, have a colleague read it and tell you what they think the main message is.",
                "Practise summarizing what you heard at the end of one-on-one conversations."],
        "courses": [("Business Writing Essentials", "RRC Polytech School of Continuing Education", "6 hours", "In person"),
                    ("Presenting with Confidence", "RRC Polytech Learning and Organizational Development", "3 hours", "In person"),
                    ("Communicating with Tact and Diplomacy", "LinkedIn Learning", "1 hour 10 minutes", "Online, self-paced")],
        "reading": [
            ([("Patterson, K., Grenny, J., McMillan, R., & Switzler, A. (2012). ", False),
              ("Crucial conversations: Tools for talking when stakes are high", True),
              (" (2nd ed.). McGraw-Hill.", False)],
             "Crucial conversations: Tools for talking when stakes are high",
             ["K. Patterson", "J. Grenny", "R. McMillan", "A. Switzler"], "McGraw-Hill", 2012),
            ([("Zinsser, W. (2006). ", False),
              ("On writing well: The classic guide to writing nonfiction", True),
              (" (30th anniversary ed.). Harper Perennial.", False)],
             "On writing well: The classic guide to writing nonfiction",
             ["W. Zinsser"], "Harper Perennial", 2006),
            ([("Stone, D., & Heen, S. (2014). ", False),
              ("Thanks for the feedback: The science and art of receiving feedback well", True),
              (". Viking.", False)],
             "Thanks for the feedback: The science and art of receiving feedback well",
             ["D. Stone", "S. Heen"], "Viking", 2014),
        ],
    },
    {
        "name": "Working Collaboratively",
        "definition": ("Builds positive working relationships across teams and departments and works with "
                       "others toward shared goals."),
        "related": "Related competencies: Communicating with Impact; Embracing Change",
        "otj": ["Join a cross-departmental committee or working group.",
                "Plan a project with a colleague from another area and agree at the start how decisions will be made.",
                "Invite a colleague from a partner department to spend a day with your team."],
        "courses": [("Building Psychologically Safe Teams", "RRC Polytech Learning and Organizational Development", "3 hours", "Virtual, live"),
                    ("Conflict Resolution Skills", "RRC Polytech School of Continuing Education", "12 hours", "Blended"),
                    ("Collaboration Principles and Process", "LinkedIn Learning", "45 minutes", "Online, self-paced")],
        "reading": [
            ([("Lencioni, P. (2002). ", False),
              ("The five dysfunctions of a team: A leadership fable", True),
              (". Jossey-Bass.", False)],
             "The five dysfunctions of a team: A leadership fable", ["P. Lencioni"], "Jossey-Bass", 2002),
            ([("Edmondson, A. C. (2019). ", False),
              ("The fearless organization: Creating psychological safety in the workplace for learning, innovation, and growth", True),
              (". Wiley.", False)],
             "The fearless organization: Creating psychological safety in the workplace for learning, innovation, and growth",
             ["A. C. Edmondson"], "Wiley", 2019),
            ([("Fisher, R., Ury, W., & Patton, B. (2011). ", False),
              ("Getting to yes: Negotiating agreement without giving in", True),
              (" (3rd ed.). Penguin Books.", False)],
             "Getting to yes: Negotiating agreement without giving in",
             ["R. Fisher", "W. Ury", "B. Patton"], "Penguin Books", 2011),
        ],
    },
    {
        "name": "Embracing Change",
        "definition": ("Responds positively to new ways of working, adjusts priorities when circumstances "
                       "change, and helps others through transitions."),
        "otj": ["Volunteer to pilot a new system or process and report back to your team on what you learned.",
                "Keep a short journal during a change at work, noting what helped you adjust and what did not.",
                "Ask your supervisor to involve you in planning the next change in your area."],
        "courses": [("Navigating Change and Transition", "RRC Polytech Learning and Organizational Development", "2 hours", "Virtual, live"),
                    ("Resilience at Work", "Employee and Family Assistance Program", "90 minutes", "Virtual, live"),
                    ("Leading Through Change", "RRC Polytech School of Continuing Education", "7 hours", "In person")],
        "reading": [
            ([("Bridges, W., & Bridges, S. (2016). ", False),
              ("Managing transitions: Making the most of change", True),
              (" (4th ed.). Da Capo Lifelong Books.", False)],
             "Managing transitions: Making the most of change", ["W. Bridges", "S. Bridges"],
             "Da Capo Lifelong Books", 2016),
            ([("Heath, C., & Heath, D. (2010). ", False),
              ("Switch: How to change things when change is hard", True),
              (". Broadway Books.", False)],
             "Switch: How to change things when change is hard", ["C. Heath", "D. Heath"], "Broadway Books", 2010),
            ([("Dweck, C. S. (2006). ", False),
              ("Mindset: The new psychology of success", True),
              (". Random House.", False)],
             "Mindset: The new psychology of success", ["C. S. Dweck"], "Random House", 2006),
        ],
    },
]

RED = "C8102E"


def build():
    doc = docx.Document()
    C.clear_core_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name, size, color in (("Title", 24, "000000"), ("Heading 2", 15, RED), ("Heading 3", 12, "000000"),
                              ("Heading 4", 11, "404040")):
        s = doc.styles[name]
        s.font.name = "Calibri"
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor.from_string(color)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("RRC Polytech \u2022 Human Resource Services \u2022 Professional Development \u2022 ")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")

    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph()
    r = p.add_run("A companion to the Employee Learning Plan")
    r.italic = True
    doc.add_paragraph(
        "Most of what we learn at work comes from doing the job, from the people around us and, to a lesser "
        "extent, from formal courses. For each competency below you will find ideas for learning on the job, "
        "courses offered at RRC Polytech or by our partners, and suggested reading. Talk with your supervisor "
        "about which options fit your goals before you add them to your Employee Learning Plan.")
    p = doc.add_paragraph()
    r = p.add_run("Course dates and registration links are posted on the Professional Development intranet page. "
                  "Costs for external courses may be covered under Policy H10 \u2013 Learning and Development.")
    r.font.size = Pt(9)

    bul_abs = C.add_abstract(doc, C.bullet_lvl("\u2022", left=720, hanging=360), "7C3D4E5F")
    num_abs = C.add_abstract(doc, C.fmt_lvl("decimal", "%1.", left=720, hanging=360), "7C3D4E60")

    for comp in COMPS:
        doc.add_heading(comp["name"], level=2)
        doc.add_paragraph(comp["definition"])
        if comp.get("related"):
            p = doc.add_paragraph()
            r = p.add_run(comp["related"])
            r.italic = True
            r.font.size = Pt(10)
        doc.add_heading("Learning options", level=3)
        doc.add_heading("On the job", level=4)
        nid = C.add_num(doc, bul_abs)
        for a in comp["otj"]:
            p = doc.add_paragraph(a)
            C.set_num(p, nid)
        doc.add_heading("Courses", level=4)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Light Grid Accent 1" if "Light Grid Accent 1" in [s.name for s in doc.styles] else "Table Grid"
        for cell, h in zip(t.rows[0].cells, ["Course", "Provider", "Duration", "Format"]):
            cell.paragraphs[0].add_run(h).bold = True
        C.header_row(t.rows[0])
        for row_txt in comp["courses"]:
            row = t.add_row()
            for cell, txt in zip(row.cells, row_txt):
                cell.paragraphs[0].add_run(txt)
        C.fix_widths(t, [2.1, 2.3, 1.0, 1.1])
        doc.add_heading("Reading", level=4)
        nid = C.add_num(doc, num_abs, restart=True)
        for runs, *_ in comp["reading"]:
            p = doc.add_paragraph()
            for txt, it in runs:
                p.add_run(txt).italic = it
            C.set_num(p, nid)
    out = C.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


def gold(path):
    comps = []
    for comp in COMPS:
        acts = [C.item(a, STEM) for a in comp["otj"]]
        courses = [C.item(" | ".join(r), STEM) for r in comp["courses"]]
        reads = [C.reading("".join(t for t, _ in runs), title, authors, pub, year, STEM)
                 for runs, title, authors, pub, year in comp["reading"]]
        related = []
        if comp.get("related"):
            related = [x.strip() for x in comp["related"].split(":", 1)[1].split(";")]
        comps.append(C.competency(comp["name"], STEM, comp["definition"], activities=acts, courses=courses,
                                  readings=reads, related=related))
    return C.write_gold(path, "docx", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(gold(p))

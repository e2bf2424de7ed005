"""Reading-and-learning resources sheet for two competencies (DOCX, python-docx with Word styles):
APA citations as paragraphs (two followed by a one-sentence description), online courses with provider and
duration (bulleted), 'Tips' as a Word-numbered list. Competency names/definitions in the manner of the UConn HR
Career Progression Competency Library."""
import docx
from docx.shared import Cm, Pt

import common as C
import util as U

STEM = "uconn-learning-resources"
FILE = STEM + ".docx"
TITLE = "Competency Development Resources"

COMPS = [
    {
        "name": "Building Collaborative Relationships",
        "definition": "Develops, maintains and strengthens working partnerships with people inside and outside the "
                      "University who can provide information, help and support.",
        "readings": [
            {"text": "Hansen, M. T. (2009). Collaboration: How leaders avoid the traps, create unity, and reap big results. Harvard Business Press.",
             "title": "Collaboration: How leaders avoid the traps, create unity, and reap big results",
             "authors": ["M. T. Hansen"], "publisher": "Harvard Business Press", "year": 2009,
             "description": "Shows leaders how to tell good collaboration from bad and how to build networks that pay off."},
            {"text": "Edmondson, A. C. (2012). Teaming: How organizations learn, innovate, and compete in the knowledge economy. Jossey-Bass.",
             "title": "Teaming: How organizations learn, innovate, and compete in the knowledge economy",
             "authors": ["A. C. Edmondson"], "publisher": "Jossey-Bass", "year": 2012, "description": None},
            {"text": "Grant, A. (2013). Give and take: A revolutionary approach to success. Viking.",
             "title": "Give and take: A revolutionary approach to success",
             "authors": ["A. Grant"], "publisher": "Viking", "year": 2013,
             "description": "Uses research to explain why people who help others often end up among the most successful."},
            {"text": "Ibarra, H., & Hansen, M. T. (2011). Are you a collaborative leader? Harvard Business Review, 89(7/8), 68–74.",
             "title": "Are you a collaborative leader?",
             "authors": ["H. Ibarra", "M. T. Hansen"], "publisher": "Harvard Business Review", "year": 2011, "description": None},
            {"text": "Lencioni, P. (2002). The five dysfunctions of a team: A leadership fable. Jossey-Bass.",
             "title": "The five dysfunctions of a team: A leadership fable",
             "authors": ["P. Lencioni"], "publisher": "Jossey-Bass", "year": 2002, "description": None},
        ],
        "courses": [
            "Collaboration Principles and Process (LinkedIn Learning, 1 hr 4 min)",
            "Teamwork Skills: Communicating Effectively in Groups (Coursera, University of Colorado Boulder, approx. 14 hours)",
            "Working Across Boundaries (UConn HR Learning & Development, half-day workshop)",
        ],
        "tips": [
            "List the people whose cooperation you need to get your work done, and arrange a short conversation with one of them each month.",
            "Before you ask someone for help, think about what they need and how you could help them in return.",
            "Give credit publicly when a shared piece of work succeeds.",
            "Follow up on your commitments within the time you promised.",
        ],
    },
    {
        "name": "Managing Conflict",
        "definition": "Handles disagreements constructively, addressing issues early and working toward solutions "
                      "that respect the interests of everyone involved.",
        "readings": [
            {"text": "Stone, D., Patton, B., & Heen, S. (2010). Difficult conversations: How to discuss what matters most (10th anniversary ed.). Penguin Books.",
             "title": "Difficult conversations: How to discuss what matters most",
             "authors": ["D. Stone", "B. Patton", "S. Heen"], "publisher": "Penguin Books", "year": 2010,
             "description": "Offers a practical framework for the conversations people tend to put off."},
            {"text": "Patterson, K., Grenny, J., McMillan, R., & Switzler, A. (2012). Crucial conversations: Tools for talking when stakes are high (2nd ed.). McGraw-Hill.",
             "title": "Crucial conversations: Tools for talking when stakes are high",
             "authors": ["K. Patterson", "J. Grenny", "R. McMillan", "A. Switzler"], "publisher": "McGraw-Hill", "year": 2012,
             "description": None},
            {"text": "Fisher, R., Ury, W., & Patton, B. (2011). Getting to yes: Negotiating agreement without giving in (3rd ed.). Penguin Books.",
             "title": "Getting to yes: Negotiating agreement without giving in",
             "authors": ["R. Fisher", "W. Ury", "B. Patton"], "publisher": "Penguin Books", "year": 2011, "description": None},
        ],
        "courses": [
            "Conflict Resolution Foundations (LinkedIn Learning, 1 hr 1 min)",
            "Conversations That Matter (UConn HR Learning & Development, 3-hour workshop)",
        ],
        "tips": [
            "Raise a concern early, while it is still small, and do it in private.",
            "Describe the behavior you saw and its effect, rather than judging the person.",
            "Ask questions to understand the other person’s view before you propose a solution.",
        ],
    },
]


def build():
    d = docx.Document()
    C.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name, size in (("Title", 22), ("Heading 1", 15), ("Heading 2", 12)):
        d.styles[name].font.name = "Calibri"
        d.styles[name].font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    U.set_font(hp.add_run("UConn Human Resources | Career Progression Program"), "Calibri", 8, color="000E2F")
    fp = sec.footer.paragraphs[0]
    U.set_font(fp.add_run("Learning resources are suggestions only; check with your supervisor before enrolling in paid courses."),
               "Calibri", 8, italic=True, color="7F7F7F")

    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph("The resources below support the development of selected Professional Competencies. Use them "
                    "with your supervisor when you plan development activities for your Career Progression Framework.")

    tips_abs = C.add_abstract(d, C.DECIMAL_LVL.format(left=360, hang=360), "3C4D5E01")
    for comp in COMPS:
        d.add_paragraph(comp["name"], style="Heading 1")
        p = d.add_paragraph()
        U.set_font(p.add_run("Definition: "), None, None, bold=True)
        p.add_run(comp["definition"])
        d.add_paragraph("Books and Articles", style="Heading 2")
        for r in comp["readings"]:
            p = d.add_paragraph(r["text"])
            p.paragraph_format.left_indent = Cm(1.27)
            p.paragraph_format.first_line_indent = Cm(-1.27)
            U.para_spacing(p, 0, 4 if r["description"] else 8)
            if r["description"]:
                dp = d.add_paragraph()
                dp.paragraph_format.left_indent = Cm(1.27)
                U.set_font(dp.add_run(r["description"]), None, 10, italic=True, color="404040")
                U.para_spacing(dp, 0, 8)
        d.add_paragraph("Online Courses", style="Heading 2")
        for c in comp["courses"]:
            d.add_paragraph(c, style="List Bullet")
        d.add_paragraph("Tips", style="Heading 2")
        nid = C.add_num(d, tips_abs, restart=True)
        for t in comp["tips"]:
            p = d.add_paragraph(t)
            C.set_num(p, nid)
    d.save(U.DOCS / FILE)


def gold():
    comps = []
    for comp in COMPS:
        readings = [C.reading(r["text"], r["title"], r["authors"], r["publisher"], r["year"], r["description"], STEM)
                    for r in comp["readings"]]
        comps.append(C.competency(comp["name"], STEM, definition=comp["definition"], readings=readings,
                                  courses=[C.item(STEM, c) for c in comp["courses"]],
                                  tips=[C.item(STEM, t) for t in comp["tips"]]))
    return C.write_gold(U.DOCS / FILE, "docx", TITLE, comps)

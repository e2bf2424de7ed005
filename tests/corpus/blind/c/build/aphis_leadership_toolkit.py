"""USDA APHIS Leadership Development Toolkit: competency resource pages (excerpt, two competencies).

python-docx -> LibreOffice -> PDF. Running header (toolkit name | tab name) and tab-page footer
("3-1", "3-2", ...). Front matter: guide title, introduction, "How to Use This Guide" numbered steps.
Each competency: heading, "Definition:" paragraph, "Behavioral Examples" with the five APHIS
leadership levels as sub-HEADINGS (All Employees ... Executive), "Developmental Activities"
(bullets), "Training" (bulleted courses with course codes, delivery and length), "Suggested
Readings" (Word table with a header row Title | Author(s) | Publisher | Year) and a closing
"Related Competencies: a, b, c" line.
"""
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Pt, Cm, RGBColor, Inches

import lib
from lib import C

STEM = "aphis-leadership-toolkit"
g = lib.G(STEM)
TITLE = "Leadership Competency Resource Guide"
GREEN = RGBColor(0x00, 0x5A, 0x32)
LEVELS = ["All Employees", "Team Leader/Project Manager", "Supervisor", "Manager", "Executive"]

COMPS = [
    dict(
        name="Conflict Management",
        definition="Welcomes creative tension and differing opinions. Foresees and acts to prevent "
                   "unproductive confrontations. Handles and resolves conflicts and disagreements "
                   "constructively.",
        levels=[
            ["Listens to the concerns of co-workers without interrupting and restates them to show "
             "understanding.",
             "Raises disagreements with colleagues directly and respectfully instead of avoiding "
             "them.",
             "Looks for common ground when co-workers disagree about inspection or permit "
             "decisions."],
            ["Encourages team members to voice different opinions during project planning "
             "meetings.",
             "Steps in early when friction within the team begins to affect project milestones.",
             "Helps team members agree on ground rules for handling disagreements."],
            ["Addresses conflicts between employees promptly, fairly and in private.",
             "Uses mediation techniques to help employees reach their own solutions.",
             "Consults Employee Relations when a conflict may lead to a formal grievance."],
            ["Anticipates sources of conflict when changing work locations or schedules and plans "
             "for them.",
             "Resolves disputes between units over shared resources in a way that supports "
             "program goals.",
             "Promotes the use of alternative dispute resolution services within the program."],
            ["Creates a culture in which differences of opinion are treated as a source of better "
             "decisions.",
             "Negotiates the resolution of conflicts with stakeholders, industry groups and other "
             "agencies at the national level.",
             "Holds managers accountable for preventing and resolving conflict in their "
             "organizations."],
        ],
        activities=[
            "Volunteer to facilitate a meeting on a topic on which you know opinions are divided.",
            "Ask a colleague who is known for handling conflict well to let you observe how he or "
            "she runs a difficult discussion.",
            "Keep a journal of the conflicts you come across for one month; note what triggered "
            "each one and how it was resolved.",
            "Serve on a labor-management forum or partnership council.",
            "Complete a conflict-style self-assessment and discuss the results with your "
            "supervisor or mentor.",
        ],
        courses=[
            "Resolving Workplace Conflict (AgLearn course code APHIS-LD-0211) – online, 2 hours",
            "Crucial Conversations (course code OD-CC-16) – classroom, 2 days",
            "Mediation Skills for Supervisors (course code APHIS-ER-0045) – classroom, 3 days",
        ],
        readings=[
            ("Crucial Conversations: Tools for Talking When Stakes Are High",
             "Patterson, Grenny, McMillan, Switzler", "McGraw-Hill", "2002",
             ["Patterson", "Grenny", "McMillan", "Switzler"]),
            ("Getting to Yes: Negotiating Agreement Without Giving In", "Fisher, Ury, Patton",
             "Penguin Books", "1991", ["Fisher", "Ury", "Patton"]),
            ("Difficult Conversations: How to Discuss What Matters Most", "Stone, Patton, Heen",
             "Viking", "1999", ["Stone", "Patton", "Heen"]),
            ("Resolving Conflicts at Work: Ten Strategies for Everyone on the Job",
             "Cloke, Goldsmith", "Jossey-Bass", "2011", ["Cloke", "Goldsmith"]),
        ],
        related=["Interpersonal Skills", "Team Building", "Influencing/Negotiating"],
    ),
    dict(
        name="Accountability",
        definition="Holds self and others answerable for measurable, high-quality, timely and "
                   "cost-effective results. Sets objectives and priorities and delegates work. "
                   "Owns up to mistakes. Follows established control systems and rules.",
        levels=[
            ["Completes assigned inspections and reports accurately and on time.",
             "Admits mistakes promptly and takes steps to correct them.",
             "Follows agency procedures for travel, purchase cards and timekeeping."],
            ["Sets clear milestones for project tasks and tracks them with the team.",
             "Makes sure each team member knows what he or she is responsible for, and by when."],
            ["Sets performance standards with employees and reviews progress at regular "
             "intervals.",
             "Delegates work according to priorities and to employees’ skills.",
             "Deals with performance problems promptly and documents the actions taken."],
            ["Sets program objectives that support the APHIS strategic plan and monitors "
             "results.",
             "Makes sure that internal controls are in place and working in own program area."],
            ["Answers to the Administrator and to stakeholders for the results of major "
             "programs.",
             "Builds a culture of accountability by publishing performance results and acting on "
             "them."],
        ],
        activities=[
            "Draft a personal work plan with measurable objectives and review it monthly with your "
            "supervisor.",
            "Volunteer to be the point of contact for an audit or a management control review.",
            "For two weeks, track the commitments you make in meetings and check how many you kept "
            "on time.",
        ],
        courses=[
            "Accountability in the Workplace (AgLearn course code SKL-ACC-101) – online, 1 hour",
            "Performance Management for Supervisors (course code APHIS-HR-0302) – classroom, 2 days",
        ],
        readings=[
            ("The Oz Principle: Getting Results Through Individual and Organizational "
             "Accountability", "Connors, Smith, Hickman", "Portfolio", "2004",
             ["Connors", "Smith", "Hickman"]),
            ("QBQ! The Question Behind the Question", "Miller", "Putnam", "2004", ["Miller"]),
        ],
        related=["Decisiveness", "Problem Solving", "Technical Credibility"],
    ),
]


def build():
    d = Document()
    C.clear_core_props(d, "APHIS Leadership Development Toolkit")
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11.5)
    for nm, size in (("Heading 1", 17), ("Heading 2", 13), ("Heading 3", 11.5)):
        st = d.styles[nm]
        st.font.name = "Arial"
        st.font.size = Pt(size)
        st.font.color.rgb = GREEN
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.3), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("APHIS Leadership Development Toolkit\tAppendix C: Competency Resource Guide")
    r.font.size = Pt(8.5)
    r.italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("C-").font.size = Pt(9)
    C.add_field(fp, "PAGE")

    bnum = lib.bullet_num(d, left=360, hanging=360, nsid="A9415001")
    dnum = C.add_numbering(d, C.decimal_lvl("%1.", 360, 360), "A9415002")

    d.add_heading(TITLE, level=1)
    d.add_paragraph(
        "The pages that follow give one resource page for each of the leadership competencies "
        "in the Toolkit. Each page starts with the competency definition adopted from the Office "
        "of Personnel Management and shows what the competency looks like at each APHIS "
        "leadership level, from All Employees to Executive. Ideas for developing the competency "
        "on the job, training available to APHIS employees and suggested readings follow.")
    d.add_heading("How to Use This Guide", level=2)
    for t in ("Choose one or two competencies to work on with your supervisor, using your "
              "Individual Development Plan as a starting point.",
              "Read the behavioral examples for your current leadership level and for the next "
              "level up.",
              "Select developmental activities and training that fit your work and schedule, and "
              "record them in your Development Plan.",
              "Review your progress with your supervisor or mentor at least every six months."):
        p = d.add_paragraph(t)
        C.set_num(p, dnum)

    comps = []
    for c in COMPS:
        d.add_page_break()
        d.add_heading(c["name"], level=1)
        p = d.add_paragraph()
        p.add_run("Definition: ").bold = True
        p.add_run(c["definition"])
        d.add_heading("Behavioral Examples", level=2)
        for lab, bl in zip(LEVELS, c["levels"]):
            d.add_heading(lab, level=3)
            for b in bl:
                C.set_num(d.add_paragraph(b), bnum)
        d.add_heading("Developmental Activities", level=2)
        for a in c["activities"]:
            C.set_num(d.add_paragraph(a), bnum)
        d.add_heading("Training", level=2)
        for a in c["courses"]:
            C.set_num(d.add_paragraph(a), bnum)
        d.add_heading("Suggested Readings", level=2)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        C.fix_widths(t, [3.0, 1.5, 1.1, 0.6])
        for cell, txt in zip(t.rows[0].cells, ("Title", "Author(s)", "Publisher", "Year")):
            C.shade(cell, "D8E4D0")
            cell.paragraphs[0].add_run(txt).bold = True
        C.mark_header_row(t.rows[0])
        reads = []
        for title, auth, pub, year, alist in c["readings"]:
            row = t.add_row()
            for cell, txt in zip(row.cells, (title, auth, pub, year)):
                cell.paragraphs[0].add_run(txt)
            reads.append(g.rd(f"{title} | {auth} | {pub} | {year}", title, alist, pub, int(year)))
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.add_run("Related Competencies: ").bold = True
        p.add_run(", ".join(c["related"]))
        comps.append(g.comp(
            c["name"], c["definition"],
            levels=[g.lvl(i + 1, LEVELS[i], c["levels"][i]) for i in range(5)],
            activities=g.items(c["activities"]), courses=g.items(c["courses"]),
            readings=reads, related=c["related"]))

    tmp = Path(tempfile.mkdtemp(prefix="aphis-"))
    src = tmp / f"{STEM}.docx"
    d.save(src)
    lib.to_pdf(src)
    shutil.rmtree(tmp, ignore_errors=True)
    g.write("pdf", TITLE, comps)


if __name__ == "__main__":
    build()

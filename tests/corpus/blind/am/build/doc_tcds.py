"""Tucson Country Day School (charter school, Tucson AZ) - "Staff Development Based on Microsoft Education Competencies":
per competency a definition, four levels of proficiency, sample interview questions, activities and resources to develop
the skill, and examples of overdoing it (the structure the Microsoft Education Competencies describe).
DOCX, python-docx: real Heading 1-3 styles, levels as a two-column Word table, interview questions with real Word
decimal numbering (restarting per competency), activities as Word bullets, resources as hanging-indent paragraphs."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from amlib import (DOCS, add_field, add_numbering, bullet_lvl, clear_core_props, competency, decimal_lvl,  # noqa: E402
                   fix_widths, item, reading, set_num, shade)

STEM = "tcds-staff-development-education-competencies"
FILE = DOCS / f"{STEM}.docx"
TITLE = "Staff Development Based on Microsoft Education Competencies"

INTRO = [
    "Great leaders shape and inspire the people around them. Without leaders who can turn ideas into practice, a "
    "school drifts. That is why effective leadership matters so much to the success of any organization.",
    "Every new student, family, partner and hire is a chance to move our school forward. Taken haphazardly, that "
    "responsibility can feel overwhelming; with preparation and planning you can focus your efforts and make "
    "decisions that add to the long-term health of our school.",
    "Whether you teach, lead, support or parent, you can use the Education Competencies to describe a job, assess "
    "a candidate and plan your own professional growth.",
]
DEFINE = ("Competencies describe the functional and behavioral qualities a person needs in order to help an "
          "organization succeed. Each role calls for a different mix and emphasis. Microsoft developed the Education "
          "Competencies with Lominger, a leadership development firm, building on the competencies it had used for "
          "its own managers and employees.")
FACTORS = ["Individual Excellence", "Organizational Skills", "Courage", "Results", "Leadership Skills",
           "Strategic Skills"]
HOWTO = ("Each competency in this guide gives a definition, four levels of proficiency, sample interview questions, "
         "activities and resources for developing the skill, and examples of overdoing it. Choose one or two "
         "competencies with your supervisor and add the activities you select to your professional growth plan.")

COMPS = [
    {"factor": "Individual Excellence", "name": "Listening",
     "definition": "Practices attentive and active listening; has the patience to hear people out; can accurately "
                   "restate the opinions of others even when disagreeing.",
     "levels": ["Listens without interrupting and asks questions to clarify what was said.",
                "Restates what others have said to check understanding; notices tone and body language as well as "
                "words.",
                "Draws out quieter students and colleagues; listens for the concern behind the words and responds "
                "to it.",
                "Builds a school culture in which people feel heard; models careful listening in difficult "
                "conversations with families and staff."],
     "questions": ["Tell me about a time when listening closely to a parent or colleague changed what you did. What "
                   "happened?",
                   "Describe a situation in which you had to listen to someone who strongly disagreed with you. How "
                   "did you make sure you understood their point of view?",
                   "How do you know when a student feels heard? Give an example."],
     "activities": ["In your next three meetings, sum up what the previous speaker said before adding your own point.",
                    "Ask a trusted colleague to sit in on a parent conference and give you feedback on how well you "
                    "listened.",
                    "For two weeks, keep a log of the times you interrupted someone and what prompted it.",
                    "Practice asking open-ended questions in student conferences"],
     "resources": [
         ("Just Listen: Discover the Secret to Getting Through to Absolutely Anyone, Mark Goulston (AMACOM, 2010)",
          "Just Listen: Discover the Secret to Getting Through to Absolutely Anyone", ["Mark Goulston"], "AMACOM",
          2010),
         ("The Lost Art of Listening: How Learning to Listen Can Improve Relationships, Michael P. Nichols "
          "(Guilford Press, 2009)",
          "The Lost Art of Listening: How Learning to Listen Can Improve Relationships", ["Michael P. Nichols"],
          "Guilford Press", 2009),
         ("Crucial Conversations: Tools for Talking When Stakes Are High, Kerry Patterson, Joseph Grenny, Ron "
          "McMillan and Al Switzler (McGraw-Hill, 2002)",
          "Crucial Conversations: Tools for Talking When Stakes Are High",
          ["Kerry Patterson", "Joseph Grenny", "Ron McMillan", "Al Switzler"], "McGraw-Hill", 2002)],
     "overdoing": ["May spend so long listening that decisions are delayed.",
                   "Others may take patient listening for agreement.",
                   "May get drawn into problems that others should solve for themselves."]},
    {"factor": "Leadership Skills", "name": "Building Team Spirit",
     "definition": "Creates strong morale and spirit in the team; shares wins and successes; fosters open dialogue; "
                   "lets people finish and be responsible for their work; defines success in terms of the whole "
                   "team.",
     "levels": ["Takes part willingly in team activities and supports team decisions once they are made.",
                "Shares credit for successes and helps colleagues who are struggling.",
                "Sets shared goals with the team and involves members in the decisions that affect them.",
                "Builds a common sense of purpose across grade levels and departments and celebrates what the "
                "school achieves together."],
     "questions": ["Describe a team you belonged to that worked especially well. What did you do to contribute to "
                   "that?",
                   "Tell me about a time when a team you were on was not working well. What did you do about it?",
                   "How have you recognized the contributions of others on your team? Give a specific example."],
     "activities": ["Volunteer to lead a grade-level or committee project that has a clear shared goal.",
                    "Open each team meeting by acknowledging a recent success of a team member.",
                    "Interview a colleague whose team is known for its strong spirit and ask what they do."],
     "resources": [
         ("The Five Dysfunctions of a Team: A Leadership Fable, Patrick Lencioni (Jossey-Bass, 2002)",
          "The Five Dysfunctions of a Team: A Leadership Fable", ["Patrick Lencioni"], "Jossey-Bass", 2002),
         ("The Wisdom of Teams: Creating the High-Performance Organization, Jon R. Katzenbach and Douglas K. Smith "
          "(Harvard Business School Press, 1993)",
          "The Wisdom of Teams: Creating the High-Performance Organization",
          ["Jon R. Katzenbach", "Douglas K. Smith"], "Harvard Business School Press", 1993),
         ("\u201cThe Discipline of Teams,\u201d Jon R. Katzenbach and Douglas K. Smith (Harvard Business Review, "
          "1993)",
          "The Discipline of Teams", ["Jon R. Katzenbach", "Douglas K. Smith"], "Harvard Business Review", 1993)],
     "overdoing": ["May put team harmony ahead of results.",
                   "Might shield the team from criticism it needs to hear.",
                   "Individual high performers may feel overlooked"]},
]

NAVY = RGBColor(0x1F, 0x3A, 0x60)


def _heading(d, text, level):
    h = d.add_heading(text, level=level)
    for r in h.runs:
        r.font.color.rgb = NAVY
    return h


def build():
    d = Document()
    clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.3)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("TCDS Staff Development \u2013 ")
    fr.font.size = Pt(8)
    add_field(fp, "PAGE", "1")

    p = d.add_paragraph()
    r = p.add_run("Tucson Country Day School")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = NAVY
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph("Education Competencies  http://www.Microsoft.com/education/competencies")
    for para in INTRO:
        d.add_paragraph(para)
    _heading(d, "DEFINE SUCCESS WITH COMPETENCIES", 1)
    d.add_paragraph(DEFINE)
    _heading(d, "SUCCESS IN EDUCATION REQUIRES SIX QUALITIES/SUCCESS FACTORS", 1)
    num_f = add_numbering(d, bullet_lvl("\u2022", left=720, hanging=360), "7C0D5A01")
    for f in FACTORS:
        set_num(d.add_paragraph(f), num_f)

    for i, c in enumerate(COMPS):
        d.add_page_break()
        _heading(d, c["factor"], 1)
        _heading(d, c["name"], 2)
        dp = d.add_paragraph()
        dr = dp.add_run(c["definition"])
        dr.italic = True
        _heading(d, "Levels of Proficiency", 3)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, lv in enumerate(c["levels"]):
            row = t.add_row()
            row.cells[0].paragraphs[0].add_run(f"Level {k + 1}").bold = True
            shade(row.cells[0], "DCE6F1")
            row.cells[1].paragraphs[0].add_run(lv)
        fix_widths(t, [1.1, 5.4])
        _heading(d, "Sample Interview Questions", 3)
        num_q = add_numbering(d, decimal_lvl("%1.", left=720, hanging=360), f"7C0D5B{i:02d}")
        for q in c["questions"]:
            set_num(d.add_paragraph(q), num_q)
        _heading(d, "Activities to Develop This Skill", 3)
        num_a = add_numbering(d, bullet_lvl("\u2022", left=720, hanging=360), f"7C0D5C{i:02d}")
        for a in c["activities"]:
            set_num(d.add_paragraph(a), num_a)
        _heading(d, "Resources", 3)
        for text, *_ in c["resources"]:
            rp = d.add_paragraph(text)
            rp.paragraph_format.left_indent = Cm(1.27)
            rp.paragraph_format.first_line_indent = Cm(-1.27)
        _heading(d, f"Overdoing {c['name']}", 3)
        num_o = add_numbering(d, bullet_lvl("\u2022", left=720, hanging=360), f"7C0D5D{i:02d}")
        for o in c["overdoing"]:
            set_num(d.add_paragraph(o), num_o)
    d.save(FILE)
    return FILE


def gold():
    comps = []
    for c in COMPS:
        levels = [{"rank": k + 1, "label": f"Level {k + 1}", "behaviors": [item(STEM, lv)]}
                  for k, lv in enumerate(c["levels"])]
        reads = [reading(STEM, text, title, authors, pub, year) for text, title, authors, pub, year in c["resources"]]
        comps.append(competency(
            STEM, c["name"], c["definition"], levels=levels,
            interview_questions=[item(STEM, q) for q in c["questions"]],
            activities=[item(STEM, a) for a in c["activities"]],
            readings=reads,
            notes=[item(STEM, o) for o in c["overdoing"]]))
    return "docx", TITLE, comps

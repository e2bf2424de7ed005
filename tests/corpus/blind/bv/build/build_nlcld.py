"""Government of Newfoundland and Labrador, Public Service Secretariat, Centre for Learning and Development (CLD) -
"Guide to Leadership and Management Development" (PDF).

Modelled on the CLD booklet "Leadership and Management Development" (Third Edition, March 2009; an earlier
edition is dated July 2007): cover with the CLD / Public Service Secretariat name, Acknowledgements with
edition line, Introduction ("This Guide contains ... a Personal Reflection section ... the Competency
Assessment Model overview and the Steps to Developing your Learning Plan ... Self-Assessment and Peer
Assessment tools"), running header "LEADERSHIP AND MANAGEMENT DEVELOPMENT" and footer "Centre for Learning and
Development / Public Service Secretariat" with page number. Competency names, definitions, key behaviours,
learning options, CLD course codes and durations are ours (the booklet's own competency texts were not in the
stored copy); the readings are real books, cited APA-style with place of publication. python-docx ->
LibreOffice, US Letter.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Inches, Pt, RGBColor

import bvlib as L

STEM = "nlcld-guide-leadership-management-development"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Guide to Leadership and Management Development"
NAVY = RGBColor(0x1F, 0x3A, 0x68)

MODEL = ["Building Relationships and Networks", "Communicating Effectively", "Developing People",
         "Leading Change", "Managing Resources", "Results Focus", "Strategic Thinking", "Values and Ethics"]

COMPS = [
    dict(name="Developing People",
         definition="Supporting the growth of employees by identifying their strengths and development needs, "
                    "giving feedback and coaching, and creating opportunities to learn.",
         behaviours=["Discusses career goals and learning needs with each employee at least once a year",
                     "Gives timely, specific feedback on both strengths and areas to improve",
                     "Delegates assignments that stretch employees and supports them while they learn",
                     "Coaches employees to find their own solutions rather than supplying the answer",
                     "Recognizes and celebrates employees\u2019 progress and achievements"],
         onjob=["Prepare an individual learning plan with each of your direct reports.",
                "Delegate a project that will stretch an employee and agree on check-in points.",
                "Invite an employee to lead part of a team meeting, then debrief together afterwards."],
         others=["Ask a manager known for developing staff how they approach learning plans.",
                 "Volunteer as a mentor in a public service mentoring initiative."],
         courses=[("LMD-210", "Coaching for Performance", "1 day"),
                  ("LMD-214", "Giving and Receiving Feedback", "\u00bd day")],
         readings=[("Buckingham, M., & Coffman, C. (1999). ", "First, break all the rules: What the world\u2019s "
                    "greatest managers do differently", ". New York: Simon & Schuster.",
                    "First, break all the rules: What the world\u2019s greatest managers do differently",
                    ["M. Buckingham", "C. Coffman"], "Simon & Schuster", 1999),
                   ("Whitmore, J. (2002). ", "Coaching for performance: GROWing people, performance and purpose",
                    " (3rd ed.). London: Nicholas Brealey.",
                    "Coaching for performance: GROWing people, performance and purpose",
                    ["J. Whitmore"], "Nicholas Brealey", 2002)]),
    dict(name="Leading Change",
         definition="Initiating and managing change in a way that builds commitment, helps people through "
                    "transition and keeps services to the public running.",
         behaviours=["Explains the reasons for a change and how it links to government priorities",
                     "Involves employees in planning how a change will be put into practice",
                     "Acknowledges the impact of change on people and responds to their concerns",
                     "Monitors progress and adjusts the implementation plan when needed",
                     "Models a positive, constructive attitude toward new ways of working"],
         onjob=["Lead a small process-improvement project in your division.",
                "Volunteer for a departmental working group on a change or restructuring.",
                "After a change is in place, hold a lessons-learned session with your team."],
         others=["Interview a senior leader about a major change they led and what they would do differently.",
                 "Join a community of practice on change management."],
         courses=[("LMD-305", "Leading Through Change", "2 days"),
                  ("LMD-307", "Project Management Fundamentals", "3 days")],
         readings=[("Kotter, J. P. (1996). ", "Leading change", ". Boston: Harvard Business School Press.",
                    "Leading change", ["J. P. Kotter"], "Harvard Business School Press", 1996),
                   ("Bridges, W. (2003). ", "Managing transitions: Making the most of change",
                    " (2nd ed.). Cambridge, MA: Da Capo Press.",
                    "Managing transitions: Making the most of change", ["W. Bridges"], "Da Capo Press", 2003)]),
    dict(name="Building Relationships and Networks",
         definition="Developing and maintaining working relationships and networks inside and outside the "
                    "public service in order to share information and reach common goals.",
         behaviours=["Builds rapport with colleagues in other departments and agencies",
                     "Keeps stakeholders informed and consults them early",
                     "Looks for common ground when interests differ",
                     "Uses networks to share information and solve problems",
                     "Follows through on commitments made to partners"],
         onjob=["Represent your division on an interdepartmental committee.",
                "Map your key stakeholders and plan how you will strengthen two of those relationships.",
                "Arrange a job shadow with a partner organization."],
         others=["Ask a colleague with a strong network to introduce you to two new contacts.",
                 "Attend a professional association event and follow up with one person you met."],
         courses=[("LMD-120", "Building Collaborative Relationships", "1 day"),
                  ("LMD-122", "Negotiation Skills", "2 days")],
         readings=[("Ferrazzi, K. (2005). ", "Never eat alone: And other secrets to success, one relationship at a "
                    "time", ". New York: Currency Doubleday.",
                    "Never eat alone: And other secrets to success, one relationship at a time",
                    ["K. Ferrazzi"], "Currency Doubleday", 2005),
                   ("Cohen, A. R., & Bradford, D. L. (2005). ", "Influence without authority",
                    " (2nd ed.). Hoboken, NJ: John Wiley & Sons.",
                    "Influence without authority", ["A. R. Cohen", "D. L. Bradford"], "John Wiley & Sons", 2005)]),
]


def heading(d, text, level):
    h = d.add_heading(text, level=level)
    L.keep_with_next(h)
    return h


def label(d, text):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    r = p.add_run(text)
    r.bold = True
    r.font.color.rgb = NAVY
    L.keep_with_next(p)
    return p


def build():
    d = Document()
    st = d.styles["Normal"]
    L.style_font(st, "Liberation Serif")
    st.font.size = Pt(11.5)
    st.paragraph_format.space_after = Pt(5)
    for s in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        L.style_font(d.styles[s], "Liberation Sans")
        d.styles[s].font.color.rgb = NAVY
    d.styles["Heading 1"].font.size = Pt(16)
    d.styles["Heading 2"].font.size = Pt(13.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin, sec.bottom_margin = Inches(0.9), Inches(0.8)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("LEADERSHIP AND MANAGEMENT DEVELOPMENT")
    r.font.size, r.bold, r.font.color.rgb = Pt(9), True, NAVY
    L.style_font(d.styles["Header"], "Liberation Sans")
    L.style_font(d.styles["Footer"], "Liberation Sans")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE")
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("Centre for Learning and Development   Public Service Secretariat")
    r.font.size, r.italic = Pt(8.5), True

    # cover
    for _ in range(6):
        d.add_paragraph()
    for txt, size in [("CENTRE FOR LEARNING AND DEVELOPMENT", 22), ("Public Service Secretariat", 15)]:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt)
        r.font.size, r.bold, r.font.color.rgb = Pt(size), size > 20, NAVY
    for _ in range(3):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE)
    r.font.size, r.italic = Pt(18), True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Government of Newfoundland and Labrador").font.size = Pt(11)
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    heading(d, "Acknowledgements", 1)
    d.add_paragraph("Many people have helped to build this competency model. We thank everyone who took part in "
                    "focus groups and interviews and gave us their feedback; their contribution keeps this "
                    "strategy relevant to the needs of the Public Service of Newfoundland and Labrador. We also "
                    "thank them for their commitment to, and enthusiasm for, learning and growth.")
    p = d.add_paragraph("March 2009")
    p.add_run("\nThird Edition")
    heading(d, "Introduction", 1)
    d.add_paragraph("The Guide to Leadership and Management Development is intended for the individual use of "
                    "leaders and managers in the core public service. It will help you prepare your individual "
                    "learning plan. The Centre for Learning and Development (CLD) encourages individual learning "
                    "plans as a systematic, strategic way of approaching learning and development: building your "
                    "plan helps you identify and rank your learning needs and supports the needs of your "
                    "department and of the organization.")
    d.add_paragraph("The purpose of this Guide is to:")
    bn = L.add_numbering(d, L.bullet_lvl(glyph="\u2022", left=720, hanging=360), "7C1D2E3F")
    for t in ["give an overview of the Leadership and Management Development Strategy",
              "support leaders and managers on their leadership and management development journey",
              "introduce the leadership and management competency model",
              "set out the steps for building your own individual learning plan"]:
        L.set_num(d.add_paragraph(t), bn)
    heading(d, "Personal Reflection", 1)
    d.add_paragraph("Before you look at the competencies, take a few minutes to think about your own experience "
                    "as a leader. Jot down your thoughts; you will come back to them when you build your plan.")
    qn = L.add_numbering(d, L.decimal_lvl(left=720, hanging=360), "7C1D2E40")
    for t in ["What are you most proud of in your work over the past year?",
              "Which situations at work drain your energy, and which give you energy?",
              "What would the people you work with say you do best?",
              "Where do you want to be in your career three years from now?"]:
        L.set_num(d.add_paragraph(t), qn)
        d.add_paragraph("_" * 78)

    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    heading(d, "The Leadership and Management Competency Model", 1)
    d.add_paragraph("The competency model describes the knowledge, skills and behaviours that leaders and managers "
                    "in the core public service need in order to be effective. The model has eight competencies:")
    mn = L.add_numbering(d, L.bullet_lvl(glyph="\u25aa", left=720, hanging=360), "7C1D2E41")
    for t in MODEL:
        L.set_num(d.add_paragraph(t), mn)
    d.add_paragraph("This edition of the Guide profiles three of the competencies. Each profile gives a "
                    "definition, the key behaviours to assess yourself against, learning options, CLD courses and "
                    "suggested reading. Profiles for the remaining competencies are available from the CLD.")
    heading(d, "Rating Scale", 2)
    d.add_paragraph("Use this scale for both the self-assessment and the peer assessment: 1 = Development need; "
                    "2 = Developing; 3 = Competent; 4 = Strength.")

    for i, c in enumerate(COMPS):
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        heading(d, c["name"], 1)
        p = d.add_paragraph()
        p.add_run("Definition: ").bold = True
        p.add_run(c["definition"])
        label(d, "Self-Assessment and Peer Assessment")
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for j, h in enumerate(["Key Behaviours", "Self (1-4)", "Peer (1-4)"]):
            cell = t.rows[0].cells[j]
            cell.text = ""
            cell.paragraphs[0].add_run(h).bold = True
            L.shade(cell, "DCE3EF")
        for b in c["behaviours"]:
            row = t.add_row()
            L.row_flags(row)
            row.cells[0].text = b
        L.fix_widths_cm(t, [11.5, 2.5, 2.5])
        label(d, "Learning Options")
        p = d.add_paragraph()
        p.add_run("On-the-job activities").italic = True
        L.keep_with_next(p)
        on = L.add_numbering(d, L.bullet_lvl(glyph="\u2022", left=720, hanging=360), f"7D{i}E2F40")
        for a in c["onjob"]:
            L.set_num(d.add_paragraph(a), on)
        p = d.add_paragraph()
        p.add_run("Learning from others").italic = True
        L.keep_with_next(p)
        ot = L.add_numbering(d, L.bullet_lvl(glyph="\u2022", left=720, hanging=360), f"7D{i}E2F41")
        for a in c["others"]:
            L.set_num(d.add_paragraph(a), ot)
        label(d, "CLD Courses")
        ct = d.add_table(rows=1, cols=3)
        ct.style = "Table Grid"
        for j, h in enumerate(["Code", "Course", "Duration"]):
            cell = ct.rows[0].cells[j]
            cell.text = ""
            cell.paragraphs[0].add_run(h).bold = True
            L.shade(cell, "DCE3EF")
        for row_v in c["courses"]:
            row = ct.add_row()
            for j, v in enumerate(row_v):
                row.cells[j].text = v
        L.fix_widths_cm(ct, [2.6, 10.4, 3.5])
        label(d, "Suggested Reading")
        for pre, ital, post, *_ in c["readings"]:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Inches(0.5)
            p.paragraph_format.first_line_indent = Inches(-0.5)
            p.add_run(pre)
            p.add_run(ital).italic = True
            p.add_run(post)

    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    heading(d, "Steps to Developing your Learning Plan", 1)
    sn = L.add_numbering(d, L.decimal_lvl(left=720, hanging=360), "7C1D2E42")
    for t in ["Review your answers to the Personal Reflection questions.",
              "Complete the self-assessment for each competency and ask a peer to complete the peer assessment.",
              "Compare the two sets of ratings and choose one or two competencies to focus on.",
              "Select learning options, courses and reading that suit your needs and your work.",
              "Discuss your draft plan with your manager and agree on timelines and support."]:
        L.set_num(d.add_paragraph(t), sn)
    heading(d, "Individual Learning Plan", 2)
    lp = d.add_table(rows=4, cols=4)
    lp.style = "Table Grid"
    for j, h in enumerate(["Competency", "Learning Goal", "Learning Activities", "Target Date"]):
        cell = lp.rows[0].cells[j]
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
        L.shade(cell, "DCE3EF")
    for row in lp.rows[1:]:
        row.height = Cm(2.0)
    L.fix_widths_cm(lp, [4.0, 4.5, 5.0, 3.0])
    d.add_paragraph()
    d.add_paragraph("Employee signature: ______________________    Manager signature: ______________________")
    L.clear_core_props(d, TITLE)
    L.docx_to_pdf(d, OUT)


def gold():
    doc = STEM
    comps = []
    for c in COMPS:
        reads = [L.reading(doc, pre + ital + post, title, authors, pub, year)
                 for pre, ital, post, title, authors, pub, year in c["readings"]]
        comps.append(L.competency(
            doc, c["name"], c["definition"],
            indicators=L.items(doc, c["behaviours"]),
            activities=L.items(doc, c["onjob"], "On-the-job activities")
            + L.items(doc, c["others"], "Learning from others"),
            courses=L.items(doc, [" | ".join(r) for r in c["courses"]]),
            readings=reads))
    L.write_gold(OUT, "pdf", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

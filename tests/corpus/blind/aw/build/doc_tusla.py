"""tusla-grade-v-candidate-pack.docx: Tusla - Child and Family Agency (Ireland), Candidate Campaign Information
Pack for a Grade V post: covering letter, then the Job Specification as a two-column Word table whose
"Skills, competencies and/or knowledge" row holds the competencies (bold heading, "Demonstrate:", Word bullets).
python-docx. Wording is ours.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "tusla-grade-v-candidate-pack"
TITLE = "Candidate Campaign Information Pack"
TEAL = RGBColor(0x00, 0x6E, 0x6E)

DUTIES = [
    "Manage the day-to-day running of the administrative team, allocating and checking work so that deadlines "
    "are met;",
    "Maintain accurate records and filing systems, both paper and electronic, in line with data protection "
    "requirements and Tusla record management policy;",
    "Prepare reports, returns and correspondence for the Area Manager and senior staff;",
    "Act as the first point of contact for queries from staff, service users and external agencies, dealing "
    "with them courteously and promptly;",
    "Support the recruitment, induction and training of administrative staff;",
    "Carry out any other duties appropriate to the grade as may be assigned by the line manager.",
]

COMPETENCIES = [
    ("Professional Knowledge & Experience", [
        "Experience of working in a busy office environment and of supervising the work of others",
        "A working knowledge of Microsoft Office applications, in particular Word, Excel and Outlook",
        "An understanding of the role of Tusla and the services it provides to children and families",
        "Knowledge of good practice in record keeping and the handling of confidential information",
    ]),
    ("Planning and Managing Resources", [
        "The ability to plan and organise own work and the work of the team so that priorities are met",
        "Flexibility in adapting plans when priorities change or demands increase at short notice",
        "Good use of the resources available, including staff time, equipment and budgets",
    ]),
    ("Communication and Interpersonal Skills", [
        "Clear and effective verbal and written communication, adapted to the audience",
        "The ability to build and keep good working relationships with colleagues at all levels",
        "Sensitivity and tact when dealing with service users, some of whom may be distressed",
        "Skill in handling difficult conversations and resolving conflict calmly",
    ]),
    ("Commitment to Providing a Quality Service", [
        "A strong focus on the needs of service users, both internal and external",
        "Attention to detail and a commitment to getting things right first time",
        "Willingness to suggest and put in place improvements to work processes",
        "Commitment to own continuing professional development",
    ]),
]


def para(container, text="", size=10, bold=False, color=None, after=4, align=None, italic=False):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        if color:
            r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def build(out_dir):
    doc = Document()
    H.clear_core_props(doc, title="Candidate Campaign Information Pack - Grade V", author="Tusla Recruitment")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin, sec.bottom_margin = Inches(0.9), Inches(0.8)
    bullets = H.add_numbering(doc, H.bullet_lvl("\u2022", left=360, hanging=360, font="Arial"), "1C0A7E22")
    letter_bullets = H.add_numbering(doc, H.bullet_lvl("\u2022", left=720, hanging=360, font="Arial"), "1C0A7E23")

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Tusla | Child and Family Agency")
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = TEAL
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run("An Gh\u00edomhaireacht um Leana\u00ed agus an Teaghlach")
    r.font.size = Pt(8)
    r.font.color.rgb = TEAL
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Grade V \u2013 Administration, Dublin Mid-Leinster \u2013 TUSLAGV-DML24          ")
    r.font.size = Pt(8)
    H.add_field(fp, "PAGE", "1", size=Pt(8))

    # covering letter
    para(doc, "Candidate Campaign Information Pack", 18, True, TEAL, 2)
    para(doc, "Grade V \u2013 Administration, Dublin Mid-Leinster", 13, True, TEAL, 14)
    para(doc, "Dear Candidate,", after=8)
    para(doc, "Thank you for your interest in the post of Grade V \u2013 Administration, Dublin Mid-Leinster.",
         after=8)
    para(doc, "This Candidate Pack includes the following information:", after=4)
    for t in ["Full and detailed Job Specification and important dates to note",
              "Recruitment Process detail and important dates to note",
              "Candidate General Declaration"]:
        H.set_num(para(doc, t, after=2), letter_bullets)
    para(doc, "", after=2)
    para(doc, "Please ensure that you read this Campaign Information Pack in detail and that you fully "
              "understand the process.", after=8)
    para(doc, "For any informal enquiries regarding the position and job specification please contact: "
              "Siobh\u00e1n Dolan, Business Support Manager, siobhan.dolan@tusla.ie / 087 000 4417", after=8)
    para(doc, "Should you have any specific queries in relation to the recruitment process please contact the "
              "Tusla Recruitment team via tuslarecruit@tusla.ie.", after=12)
    para(doc, "Kind Regards,", after=2)
    para(doc, "Tusla Recruitment Team", bold=True, after=2)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # job specification table
    para(doc, "Job Specification", 14, True, TEAL, 6)
    rows = [
        ("Job Title, Grade and Grade Code", "Grade V \u2013 Administration\nGrade Code: 0566"),
        ("Campaign Reference", "TUSLAGV-DML24"),
        ("Applications considered via", "Tusla Recruit Portal only"),
        ("Closing Date for Applications", "12 noon, Friday 15th March 2024"),
        ("Proposed Interview date(s)", "April 2024 \u2013 may change depending on the number of candidates "
                                        "and the availability of Service resources."),
        ("Location of Post", "Area Office, Dublin Mid-Leinster. A panel may be formed from which current and "
                             "future permanent and specified purpose vacancies in the area may be filled."),
        ("Details of Service", "The Child and Family Agency was set up on 1st January 2014 as the State body "
                               "responsible for improving wellbeing and outcomes for children. It brings together "
                               "child protection and welfare services, educational welfare, family support and "
                               "a range of services for children and families in the community."),
        ("Reporting Relationship", "The post holder will report to the Area Manager or their nominee."),
        ("Purpose of the Post", "To lead and supervise the administrative support function in the area office "
                                "and to make sure that services to staff and the public are delivered "
                                "efficiently and to a high standard."),
        ("Principal Duties and Responsibilities", None),
        ("Eligibility Criteria\nQualifications and/ or experience",
         "Candidates must have, on the closing date for applications, satisfactory experience in an "
         "administrative role, including experience of supervising staff, and the requisite knowledge and "
         "ability (including a high standard of suitability) for the proper discharge of the duties of the "
         "office."),
        ("Skills, competencies and/or knowledge", None),
        ("Campaign Specific Selection Process\nRanking/Shortlisting/ Interview",
         "A ranking and/or shortlisting exercise may be carried out on the basis of the information in your "
         "application. The criteria will be based on the requirements of the post as outlined in the "
         "eligibility criteria and skills, competencies and/or knowledge section of this job specification."),
        ("Code of Practice", "Tusla will run this campaign in compliance with the Code of Practice prepared by "
                             "the Commission for Public Service Appointments (CPSA)."),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    H.table_borders(t, sz=4, color="7F7F7F")
    H.cell_margins(t, 70, 70, 100, 100)
    H.fix_widths(t, [1.9, 4.75])
    for row, (label, text) in zip(t.rows, rows):
        lc, rc = row.cells
        H.shade(lc, "DDEFEF")
        lines = label.split("\n")
        lr = lc.paragraphs[0].add_run(lines[0])
        lr.bold = True
        for extra in lines[1:]:
            lc.add_paragraph().add_run(extra).bold = True
        if label == "Principal Duties and Responsibilities":
            rc.paragraphs[0].add_run("The post holder will:")
            for dty in DUTIES:
                H.set_num(para(rc, dty, after=2), bullets)
        elif label.startswith("Skills, competencies"):
            first = True
            for name, inds in COMPETENCIES:
                p = rc.paragraphs[0] if first else para(rc, "", after=2)
                if not first:
                    p.paragraph_format.space_before = Pt(6)
                r = p.add_run(name)
                r.bold = True
                para(rc, "Demonstrate:", after=2)
                for ind in inds:
                    H.set_num(para(rc, ind, after=2), bullets)
                first = False
        else:
            tl = text.split("\n")
            rc.paragraphs[0].add_run(tl[0])
            for extra in tl[1:]:
                rc.add_paragraph(extra)
    path = H.DOCS / f"{STEM}.docx"
    doc.save(path)
    return path


def gold(path):
    d = STEM
    comps = [H.competency(d, name, None, indicators=H.items(d, inds)) for name, inds in COMPETENCIES]
    return H.write_gold(path, "docx", TITLE, comps)

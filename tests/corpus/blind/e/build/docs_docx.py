"""DOCX documents of batch-e: python-docx (Word styles, real numbering, real tables)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm, RGBColor

import helpers as H


def _doc(font="Calibri", size=11, margins_cm=2.2, letter=True):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    if letter:
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(margins_cm)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        d.styles[name].font.name = font
    return d


def _run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def _cell(cell, text, bold=False, size=None, color=None):
    p = cell.paragraphs[0]
    _run(p, text, bold=bold, size=size, color=color)
    return p


# =============================================================================== Washington State
WA = {
    "name": "Work Standards",
    "definition": ("Using one\u2019s time and resources well. Holding self and others to high standards of "
                   "performance. Taking responsibility and accountability for seeing assignments and tasks "
                   "through to completion. Setting one\u2019s own standards of excellence rather than waiting "
                   "for standards to be imposed."),
    "importance": ("Standard work describes the steps of a process that delivers a product or a service. Work "
                   "Standards, by contrast, describe how we as HR professionals carry out our HR "
                   "responsibilities beyond any single process or procedure. This competency takes the "
                   "consistent use of standard work and procedures for granted, and adds consistent "
                   "ownership of accuracy, thoroughness, personal responsibility and outcomes."),
    "elements": [
        ("Prioritizes.", [
            "Separates more critical activities and tasks from less critical ones; changes priorities when "
            "the situation calls for it.",
            "Uses time well.",
            "Keeps side issues and distractions from delaying important work."]),
        ("Prepares.", [
            "Makes sure the equipment and materials needed are in the right place so that own and "
            "others\u2019 work goes smoothly.",
            "Reads the relevant materials before meetings and work sessions so that participation is "
            "informed and useful.",
            "Looks for and takes part in ongoing learning that builds self and the organization."]),
        ("Schedules.", [
            "Plans own time to get work done; coordinates own and others\u2019 calendars to avoid "
            "conflicts.",
            "Pushes to beat project milestones and timelines rather than merely meet them."]),
        ("Leverages Resources.", [
            "Makes good use of available people, processes, departments and tools to finish work "
            "efficiently.",
            "Foresees the resources a task will need and lines them up early."]),
        ("Stays Focused.", [
            "Keeps working steadily toward goals despite interruptions and competing demands.",
            "Checks own work for accuracy and completeness before it goes out."]),
    ],
}


def wa(out):
    d = _doc(font="Arial", size=10.5, margins_cm=2.0)
    sec = d.sections[0]
    bul = H.bullet_numbering(d, "3C4D5E6F", glyph="\uf0b7", left=360, hanging=270, font="Symbol")
    hp = sec.header.paragraphs[0]
    _run(hp, "Office of Financial Management", bold=True, size=9, color="1B5E83")
    hp2 = sec.header.add_paragraph()
    _run(hp2, "State Human Resources", size=8, color="555555")
    fp = sec.footer.paragraphs[0]
    _run(fp, "Last Updated: October 2019\t\tPage ", size=8)
    H.add_field(fp, "PAGE")
    _run(fp, " of ", size=8)
    H.add_field(fp, "NUMPAGES", "2")
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(8.8))
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17.5), alignment=2)

    p = d.add_paragraph()
    _run(p, "Human Resource Professionals\u2019 Core Competencies", bold=True, size=13, color="1B5E83")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    _run(p, WA["name"], bold=True, size=16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for i, (lab, txt) in enumerate([("Definition", WA["definition"]), ("Importance", WA["importance"])]):
        _cell(t.rows[i].cells[0], lab, bold=True)
        H.shade(t.rows[i].cells[0], "DCE6F0")
        _cell(t.rows[i].cells[1], txt)
    H.fix_widths(t, [1.4, 5.8])
    d.add_paragraph()

    t2 = d.add_table(rows=2, cols=2)
    t2.style = "Table Grid"
    top = t2.rows[0].cells[0].merge(t2.rows[0].cells[1])
    p = _cell(top, "How do Washington State Human Resource Professionals Demonstrate This Competency?",
              bold=True, color="FFFFFF")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.shade(top, "1B5E83")
    _cell(t2.rows[1].cells[0], "Key Elements", bold=True)
    _cell(t2.rows[1].cells[1], "Distinguishing Behaviors", bold=True)
    H.shade(t2.rows[1].cells[0], "DCE6F0")
    H.shade(t2.rows[1].cells[1], "DCE6F0")
    H.row_flags(t2.rows[0], header=True)
    H.row_flags(t2.rows[1], header=True)
    for el, items in WA["elements"]:
        row = t2.add_row()
        H.row_flags(row)
        _cell(row.cells[0], el, bold=True)
        for i, it in enumerate(items):
            p = row.cells[1].paragraphs[0] if i == 0 else row.cells[1].add_paragraph()
            _run(p, it)
            H.set_num(p, bul)
            p.paragraph_format.space_after = Pt(2)
    H.fix_widths(t2, [1.9, 5.3])
    H.clear_core_props(d, title="HR Professionals Core Competencies - Work Standards", author="OFM")
    d.save(out)


# =============================================================================== GNWT
GNWT = [
    {
        "name": "Continuous Development",
        "definition": ("Continuous Development means taking the initiative to build one\u2019s own capability "
                       "in support of organizational goals. It includes being willing to assess one\u2019s own "
                       "level of development, expertise and performance against the current job, or as part "
                       "of deliberate career planning."),
        "why": ("The GNWT works in a changing environment of new programs, technologies and public "
                "expectations. Employees who keep building their knowledge and skills help the organization "
                "respond to these changes and continue to deliver quality programs and services to "
                "residents."),
        "levels": [
            ["Relies mostly on approaches learned in the past to solve problems in own discipline.",
             "Shows little interest in learning about new approaches or the value they could add."],
            ["Keeps up with new information, developments and best practices in own field (e.g., by reading, "
             "through contacts or by attending learning events).",
             "Stays current with new tools, methods and technologies that may affect the business of the "
             "organization."],
            ["Reviews own performance to understand successes and setbacks, and takes short-term action to "
             "improve in the current job.",
             "Puts new learning into practice on the job.",
             "Identifies the underlying causes of success or failure and acts to secure future success."],
            ["Asks colleagues, clients and managers for feedback and builds the results into own "
             "development efforts.",
             "Turns feedback and suggestions into a personal learning plan."],
            ["Seeks out new information and opportunities to strengthen competencies and links them to own "
             "career planning.",
             "Volunteers for \u201cstretch\u201d assignments and broader responsibilities in line with "
             "career goals."],
            ["Uses in-depth knowledge of own and other fields to picture how the business could change "
             "through new developments.",
             "Builds a learning culture by sharing own approach to development with others."],
        ],
    },
    {
        "name": "Information Seeking",
        "definition": ("Information Seeking is driven by curiosity and a desire to know more about things, "
                       "people or issues. It means going beyond the obvious questions to gather information: "
                       "digging for exact details, or scanning widely for opportunities and information that "
                       "may prove useful later."),
        "why": ("Sound decisions in the GNWT depend on accurate and complete information about programs, "
                "communities and the people we serve. Seeking information in a systematic way lowers the "
                "risk of costly mistakes."),
        "levels": [
            ["Asks direct questions of the people immediately involved in a situation.",
             "Uses the information that is readily at hand."],
            ["Looks into a problem personally, going to the source rather than relying on second-hand "
             "reports."],
            ["Asks a series of probing questions to get to the root of a situation or problem.",
             "Reaches out to people who are not directly involved to learn their perspective or gather "
             "background information."],
            ["Carries out systematic research over a set period, using a variety of sources (e.g., reports, "
             "databases, community contacts)."],
            ["Sets up ongoing systems or habits for gathering information regularly (e.g., informal "
             "check-ins, regular reading, networks).",
             "Involves others in seeking information and passes it on to those who need it."],
        ],
    },
]


def gnwt(out):
    d = _doc(font="Arial", size=10, margins_cm=2.0, letter=True)
    sec = d.sections[0]
    bul = H.bullet_numbering(d, "4D5E6F70", glyph="\u2022", left=300, hanging=240)
    hp = sec.header.paragraphs[0]
    _run(hp, "Government of the Northwest Territories \u2013 General Competency Dictionary", size=8,
         color="555555")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    _run(fp, "\u00a9 2015, Hay Group Limited \u2013 All rights reserved\t\t", size=8)
    H.add_field(fp, "PAGE", "12")
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(8.8))
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17.5), alignment=2)
    for n, c in enumerate(GNWT):
        if n:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        h = d.add_heading(c["name"], level=1)
        p = d.add_paragraph()
        _run(p, "Definition: ", bold=True)
        _run(p, c["definition"])
        p = d.add_paragraph()
        _run(p, f"Why is {c['name']} Important?", bold=True)
        d.add_paragraph(c["why"])
        p = d.add_paragraph()
        _run(p, "Behavioural Scale", bold=True, size=12, color="1F3864")
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        _cell(t.rows[0].cells[0], "Level", bold=True, color="FFFFFF")
        _cell(t.rows[0].cells[1], "Behavioural Indicators", bold=True, color="FFFFFF")
        H.shade(t.rows[0].cells[0], "1F3864")
        H.shade(t.rows[0].cells[1], "1F3864")
        H.row_flags(t.rows[0], header=True)
        for i, items in enumerate(c["levels"]):
            row = t.add_row()
            H.row_flags(row)
            _cell(row.cells[0], f"Level {i + 1}", bold=True)
            H.shade(row.cells[0], "D9E2F3")
            for j, it in enumerate(items):
                p = row.cells[1].paragraphs[0] if j == 0 else row.cells[1].add_paragraph()
                _run(p, it)
                H.set_num(p, bul)
                p.paragraph_format.space_after = Pt(2)
        H.fix_widths(t, [1.1, 6.1])
    H.clear_core_props(d, title="GNWT General Competency Dictionary", author="Hay Group")
    d.save(out)


# =============================================================================== University of Cincinnati
UC_TOC = [
    ("Organizational Success: How does an employee individually contribute to the overall success of the "
     "department?",
     ["Teamwork/Cooperation (within and across units)", "Customer Orientation",
      "Commitment to Continuous Quality/Process Improvement", "Creativity/Innovation",
      "Flexibility/Adaptability to Change", "Continuous Learning/Development", "Displays Vision",
      "Leadership/Initiative"]),
    ("Creating Positive Staff Relations: How does an employee positively interact with others in the "
     "workplace?",
     ["Respect for Others", "Interpersonal Skills", "Supports Diversity and Understands Related Issues",
      "Honesty/Fairness", "Builds Trust", "Recognizes Others' Achievements/Contributions",
      "Understands Others' Perspectives", "Resolves Conflicts Constructively", "Positive Attitude"]),
    ("Job Effectiveness: How does an employee maintain a high level of efficiency when approaching his or "
     "her responsibilities?",
     ["Planning/Organization", "Problem Solving/Judgment", "Makes Effective Decisions"]),
]

UC_BODY = [
    ("Organizational Success: How does an employee individually contribute to the overall success of the "
     "department?", [
         ("Teamwork/Cooperation (within and across units)", [
             "Works cooperatively with co-workers and makes use of each person\u2019s skills.",
             "Shares information, resources and credit with others in own unit and in other units.",
             "Puts team goals ahead of personal preferences when the two conflict.",
             "Offers help to colleagues who are under pressure without waiting to be asked.",
             "Deals with disagreements inside the team openly and respectfully."]),
         ("Customer Orientation", [
             "Treats students, faculty, staff and visitors as valued customers.",
             "Finds out what customers need and responds promptly and courteously.",
             "Follows up to make sure that problems have actually been resolved.",
             "Looks for ways to improve service based on customer feedback."]),
         ("Commitment to Continuous Quality/Process Improvement", [
             "Looks for ways to simplify work processes and remove unnecessary steps.",
             "Measures the results of own work and uses the data to improve it.",
             "Suggests practical improvements and helps put them into effect.",
             "Supports changes intended to improve quality, even when they affect own routine."]),
     ]),
    ("Creating Positive Staff Relations: How does an employee positively interact with others in the "
     "workplace?", [
         ("Respect for Others", [
             "Treats everyone with courtesy and dignity regardless of position.",
             "Listens to others without interrupting and takes their views seriously.",
             "Respects the time and workload of colleagues."]),
         ("Interpersonal Skills", [
             "Builds positive working relationships with people at all levels of the university.",
             "Adjusts own communication style to the person and the situation.",
             "Remains calm and tactful in tense situations.",
             "Gives and receives feedback constructively."]),
     ]),
]


def uc(out):
    d = _doc(font="Times New Roman", size=12, margins_cm=2.54)
    sec = d.sections[0]
    # one multilevel outline: I. / A. / 1.
    lv = (H.lvl(0, "upperRoman", "%1.", 720, 720) + H.lvl(1, "upperLetter", "%2.", 1440, 720)
          + H.lvl(2, "decimal", "%3.", 2160, 720))
    aid = H.add_abstract(d, lv, "5E6F7081", multi="multilevel")
    toc_num = H.add_num(d, aid)
    body_num = H.add_num(d, aid, restart_levels=(0, 1, 2))
    fp = sec.footer.paragraphs[0]
    _run(fp, "UC Human Resources \u2013 Competency Library", size=9, italic=True)
    _run(fp, "\t\t", size=9)
    H.add_field(fp, "PAGE")
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(8.0))
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), alignment=2)

    p = d.add_paragraph()
    _run(p, "COMPETENCY LIBRARY", bold=True, size=16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    _run(p, "HOW TO USE THIS LIBRARY", bold=True, size=12)
    for t in [
        "This library gives all employees a shared vocabulary for talking about performance competencies. "
        "It is an important tool for defining the competencies the University of Cincinnati needs to reach "
        "its strategic goals.",
        "Every competency in the library comes with a set of skills called indicators, which can be seen or "
        "heard when the competency is demonstrated. For example, a staff member who demonstrates teamwork "
        "cooperates well with the other members of the team and makes use of each person\u2019s skills.",
        "Supervisors and employees should choose the job-related competencies that will help them reach "
        "goals and/or development opportunities. Every competency is important, but some matter more than "
        "others for a particular job.",
        "Once the job-related competencies have been chosen, supervisors and employees should pick out the "
        "relevant indicators for each one; these help define the performance expected of the employee.",
    ]:
        d.add_paragraph(t)
    p = d.add_paragraph()
    _run(p, "TABLE OF CONTENTS", bold=True, size=12)
    for cat, comps in UC_TOC:
        p = d.add_paragraph(cat)
        H.set_num(p, toc_num, 0)
        for c in comps:
            p = d.add_paragraph(c)
            H.set_num(p, toc_num, 1)
            p.paragraph_format.space_after = Pt(0)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for cat, comps in UC_BODY:
        p = d.add_paragraph()
        _run(p, cat, bold=True)
        H.set_num(p, body_num, 0)
        for name, inds in comps:
            p = d.add_paragraph()
            _run(p, name, bold=True, italic=False)
            H.set_num(p, body_num, 1)
            p.paragraph_format.space_before = Pt(6)
            for it in inds:
                p = d.add_paragraph(it)
                H.set_num(p, body_num, 2)
                p.paragraph_format.space_after = Pt(0)
    H.clear_core_props(d, title="Competency Library", author="UC HR")
    d.save(out)


# =============================================================================== New Forest District Council
NFDC_FACTS = [
    ("Purpose", "For review and approval"),
    ("Classification", "External"),
    ("Executive Summary",
     "Developing a behaviours framework is a priority action in the People Strategy. The framework has been "
     "shaped by research and by wide consultation with different groups of employees. It is designed to be "
     "usable across the whole workforce now and in future, and it is a key part of our culture development "
     "under the \u2018Strong Roots\u2019 theme of the strategy."),
    ("Recommendation(s)",
     "That the Committee approves the behaviours framework and the proposed approach to its launch and "
     "further development."),
    ("Reasons for recommendation(s)",
     "To support positive and sustainable culture development in our workforce, which is a key action in "
     "the People Strategy, the delivery of the Corporate Plan and a milestone in the Transformation "
     "Strategy under the People and Capabilities theme. The framework also helps prepare the organisation "
     "for change through local government reorganisation."),
    ("Ward(s)", "All"),
    ("Portfolio Holder(s)", "Councillor A. Marsh \u2013 Leader\nCouncillor P. Rowe \u2013 Finance and Corporate"),
    ("Strategic Director(s)", "R. Ellison \u2013 Strategic Director for Corporate Resource and Transformation"),
    ("Officer Contact", "J. Whitlock\nOrganisational Development and Change Specialist\n023 8028 5000\n\n"
                        "M. Fenwick\nSenior HR Advisor\n023 8028 5001"),
]

NFDC_SECTIONS = [
    ("Introduction", [
        "Our behaviours framework has been developed as a key action in the People Strategy action plan, "
        "under the theme of \u2018strong roots\u2019. It underpins the shift in our culture and our journey "
        "to becoming an employer of choice, and it will help us achieve good outcomes through local "
        "government reorganisation and beyond.",
        "The behaviours framework will replace the previous \u2018employee and management standards\u2019, "
        "which were last reviewed in 2016.",
    ]),
    ("Why have a framework?", [
        "Before building the framework we agreed why it mattered to us. It makes clear that how we go "
        "about our work matters as much as what we deliver; it gives managers and employees a shared "
        "language for conversations about performance and development; and it helps us to recruit people "
        "whose approach fits our values.",
    ]),
    ("How the framework was developed", [
        "Between October 2024 and March 2025 the Organisational Development team ran fourteen workshops "
        "attended by 212 employees from every service, including frontline, office-based and "
        "management roles. Trade union colleagues and the Employee Forum were consulted on the draft.",
        "The feedback was grouped into four themes, which became the four behaviours of the framework: "
        "Customer Focused, Working Together, Taking Responsibility and Open to Change. Each behaviour is "
        "described at three levels (all employees, people managers and senior leaders). The full framework "
        "is attached as Appendix 1.",
        "A panel of managers tested the draft against real recruitment and appraisal scenarios, and the "
        "wording was simplified in response to their comments.",
    ]),
    ("Launch and next steps", [
        "Subject to approval, the framework will be launched in September 2025 through team briefings, "
        "the intranet and a short e-learning module. Appraisal and recruitment templates will be updated "
        "for the 2026/27 cycle.",
        "The Organisational Development team will review how the framework is being used after twelve "
        "months and report back to this Committee.",
    ]),
    ("Financial implications", [
        "The launch will be delivered within existing budgets. The e-learning module will be produced "
        "in-house.",
    ]),
    ("Crime and disorder implications", ["There are none arising directly from this report."]),
    ("Equality and diversity implications", [
        "An equality impact assessment has been completed. The framework is expected to have a positive "
        "impact by setting out clear and consistent expectations for all employees.",
    ]),
    ("Environmental implications", ["There are none arising directly from this report."]),
    ("Data protection implications", ["There are none arising directly from this report."]),
    ("Portfolio Holder comments", [
        "I welcome this framework, which has been shaped by our own staff, and I support the "
        "recommendation.",
    ]),
]


def nfdc(out):
    d = _doc(font="Arial", size=11, margins_cm=2.2, letter=False)
    sec = d.sections[0]
    aid = H.decimal_numbering(d, "6F708192", left=567, hanging=567)
    num = H.add_num(d, aid)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE")
    p = d.add_paragraph()
    _run(p, "HR COMMITTEE \u2013 19 June 2025", bold=True, size=12)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph()
    _run(p, "Behaviours Framework", bold=True, size=16)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, txt in NFDC_FACTS:
        row = t.add_row()
        _cell(row.cells[0], lab, bold=True)
        lines = txt.split("\n")
        _cell(row.cells[1], lines[0])
        for ln in lines[1:]:
            row.cells[1].add_paragraph(ln)
    H.fix_widths(t, [2.0, 4.6])
    d.add_paragraph()
    for head, paras in NFDC_SECTIONS:
        p = d.add_paragraph()
        _run(p, head, bold=True)
        p.paragraph_format.keep_with_next = True
        for para in paras:
            p = d.add_paragraph(para)
            H.set_num(p, num)
            p.paragraph_format.space_after = Pt(8)
    p = d.add_paragraph()
    _run(p, "Appendices:", bold=True)
    d.add_paragraph("Appendix 1 \u2013 Behaviours Framework")
    p = d.add_paragraph()
    _run(p, "Background Papers:", bold=True)
    d.add_paragraph("People Strategy 2023\u20132026")
    H.clear_core_props(d, title="Behaviours Framework Report", author="NFDC")
    d.save(out)

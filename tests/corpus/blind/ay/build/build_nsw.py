"""nsw-dcs-senior-data-analyst-role-description.pdf: NSW Department of Customer Service Role Description
(NSW public sector template): role details table, accountabilities, key relationships, role dimensions,
Capability summary table (group / name / description / level; focus capabilities in bold), Focus
capabilities table with behavioural indicators, Occupation specific focus capabilities (SFIA level+code)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

from _util import C, DOCS, borders, run, soffice_pdf

STEM = "nsw-dcs-senior-data-analyst-role-description"
NAVY = "002664"

DETAILS = [
    ("Cluster", "Customer Service"),
    ("Agency", "Department of Customer Service"),
    ("Division/Branch/Unit", "Digital.NSW / Data Analytics Centre / Data Insights"),
    ("Role number", "52871"),
    ("Classification/Grade/Band", "Clerk Grade 9/10"),
    ("ANZSCO Code", "224114"),
    ("PCAT Code", "1119192"),
    ("Date of Approval", "14 March 2022"),
    ("Agency Website", "www.customerservice.nsw.gov.au"),
]

OVERVIEW = (
    "The Department of Customer Service (DCS) is a service provider and regulator that delivers a wide "
    "range of functions for the people and businesses of New South Wales. DCS leads the government\u2019s "
    "digital and customer service agenda, helping agencies design services around the people who use "
    "them and make better use of data.")
PURPOSE = (
    "The Senior Data Analyst turns complex data sets into insights that inform policy and service design "
    "decisions across government, leading analytical work from the scoping of questions through to the "
    "presentation of findings to senior stakeholders.")
ACCOUNT = [
    "Scope, design and deliver analytical projects that answer priority questions for partner agencies",
    "Source, link and prepare data from multiple systems, applying data quality and privacy controls",
    "Build statistical models, dashboards and visualisations that explain trends and patterns",
    "Present findings and recommendations to senior stakeholders in a clear and compelling way",
    "Provide technical guidance to analysts and review their work to assure quality",
    "Contribute to the development of analytical standards, tools and reusable assets",
]
CHALLENGES = [
    "Balancing competing requests from partner agencies within tight timeframes",
    "Working with data of uneven quality held in different systems",
    "Explaining technical results to audiences without an analytical background",
]
RELS = [
    ("Internal", ""),
    ("Manager, Data Insights", "Receive direction, provide updates on progress and escalate issues"),
    ("Work team", "Share knowledge, review work and collaborate on shared projects"),
    ("External", ""),
    ("Partner agencies", "Clarify requirements, agree data access and present findings"),
    ("Vendors and data custodians", "Coordinate data supply and resolve technical issues"),
]
DIMENSIONS = [
    ("Decision making", "The role makes decisions about analytical methods and the presentation of "
     "results, and refers matters of significant risk or sensitivity to the Manager, Data Insights."),
    ("Reporting line", "Manager, Data Insights"),
    ("Direct reports", "Nil"),
    ("Budget/Expenditure", "Nil"),
]
ESSENTIAL = ("Tertiary qualifications in statistics, data science, mathematics or a related field, or "
             "equivalent experience. Current Working with Children Check is not required.")

SUMMARY = [
    ("Personal Attributes", [
        ("Display Resilience and Courage", "Be open and honest, ready to give your views, and willing to "
         "accept and commit to change", "Adept", True),
        ("Act with Integrity", "Behave ethically and professionally, and uphold and promote the values of "
         "the public sector", "Intermediate", False),
        ("Manage Self", "Show drive and motivation, reflect on your own performance and commit to ongoing "
         "learning", "Adept", False),
        ("Value Diversity and Inclusion", "Respect and draw on different backgrounds, experiences and "
         "points of view", "Intermediate", False)]),
    ("Relationships", [
        ("Communicate Effectively", "Communicate clearly, listen actively to others and respond with "
         "understanding and respect", "Adept", True),
        ("Commit to Customer Service", "Deliver services focused on customers, in line with public "
         "sector and agency objectives", "Adept", True),
        ("Work Collaboratively", "Work with others and value what they contribute", "Adept", False),
        ("Influence and Negotiate", "Build agreement and commitment from others, and resolve issues and "
         "conflicts", "Intermediate", False)]),
    ("Results", [
        ("Deliver Results", "Achieve results by using resources efficiently and committing to quality "
         "outcomes", "Adept", True),
        ("Plan and Prioritise", "Plan to deliver priority outcomes and adjust flexibly as circumstances "
         "change", "Intermediate", False),
        ("Think and Solve Problems", "Think, analyse and take the wider context into account to develop "
         "practical solutions", "Advanced", True),
        ("Demonstrate Accountability", "Take responsibility for your own actions and follow legislation, "
         "policy and guidelines", "Intermediate", False)]),
    ("Business Enablers", [
        ("Finance", "Understand and apply financial processes to get value for money and reduce financial "
         "risk", "Foundational", False),
        ("Technology", "Understand and use the available technology to work efficiently and effectively",
         "Adept", True),
        ("Procurement and Contract Management", "Understand and apply procurement processes so that "
         "purchasing and contract performance are effective", "Foundational", False),
        ("Project Management", "Understand and apply effective methods of planning, coordination and "
         "control", "Intermediate", False)]),
]

FOCUS = [
    ("Personal Attributes", "Display Resilience and Courage", "Adept", [
        "Stays composed and offers well-judged views when challenged or under pressure",
        "Gives frank, honest advice even when the message may not be welcome",
        "Stands by a position while staying open to other points of view",
        "Looks for feedback and uses it to improve own performance"]),
    ("Relationships", "Communicate Effectively", "Adept", [
        "Tailors communication to the needs and level of understanding of the audience",
        "Listens actively, asks questions to check understanding and responds to the issues raised",
        "Presents technical findings clearly, in writing and in person, to non-technical stakeholders",
        "Steers discussions with confidence while respecting the views of others"]),
    ("Relationships", "Commit to Customer Service", "Adept", [
        "Focuses on understanding customers\u2019 needs and agreeing with them what will be delivered",
        "Takes responsibility for delivering high-quality services that customers value",
        "Finds and acts on opportunities to improve the customer experience",
        "Builds relationships with customers to identify areas for service improvement"]),
    ("Results", "Deliver Results", "Adept", [
        "Takes responsibility for delivering project and business outcomes on time and to standard",
        "Makes sure the team understands expected goals and acts promptly when performance slips",
        "Identifies resource needs and uses resources efficiently",
        "Sees opportunities to improve the way work is done"]),
    ("Results", "Think and Solve Problems", "Advanced", [
        "Analyses complex data and information to identify trends, root causes and the critical issues",
        "Weighs the wider context, including risks and implications, when developing options",
        "Applies sound judgement and evidence to reach practical recommendations",
        "Works through complex problems with others and brings fresh perspectives to them",
        "Builds a culture of continuous improvement in own work area"]),
    ("Business Enablers", "Technology", "Adept", [
        "Identifies ways to use technology to make processes more efficient",
        "Complies with cyber security and records management policies",
        "Supports the adoption of new data and analytics tools across the team",
        "Applies knowledge of the data lifecycle when specifying or using systems"]),
]

SFIA = [
    ("Strategy and Architecture, Information Strategy, Analytics", "Level 5 \u2013 INAN"),
    ("Strategy and Architecture, Information Strategy, Data Visualisation", "Level 4 \u2013 VISL"),
]


def h(d, text, size=13, before=10):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.keep_with_next = True
    run(p, text, bold=True, size=size, color=NAVY)
    return p


def cell_text(cell, text, bold=False, size=9.5, color=None):
    cell.text = ""
    run(cell.paragraphs[0], text, bold=bold, size=size, color=color)


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
    sec.different_first_page_header_footer = False
    C.clear_core_props(d, "Role Description Senior Data Analyst")
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17.2), WD_TAB_ALIGNMENT.RIGHT)
    run(fp, "Role Description ", bold=True, size=8)
    run(fp, "Senior Data Analyst", size=8)
    run(fp, "\t", size=8)
    C.add_field(fp, "PAGE")
    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=360, hanging=240), "5D5E0A01")

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(p, "NSW", bold=True, size=16, color=NAVY)
    run(p, " GOVERNMENT", bold=True, size=9, color=NAVY)
    p = d.add_paragraph()
    run(p, "Role Description", bold=True, size=22, color=NAVY)
    p = d.add_paragraph()
    run(p, "Senior Data Analyst", bold=True, size=16, color="D7153A")

    t = d.add_table(rows=len(DETAILS), cols=2)
    borders(t, color="BFBFBF")
    C.fix_widths(t, [2.2, 4.9])
    for i, (k, v) in enumerate(DETAILS):
        cell_text(t.rows[i].cells[0], k, bold=True)
        C.shade(t.rows[i].cells[0], "E8EDF4")
        cell_text(t.rows[i].cells[1], v)

    h(d, "Agency overview")
    d.add_paragraph(OVERVIEW)
    h(d, "Primary purpose of the role")
    d.add_paragraph(PURPOSE)
    h(d, "Key accountabilities")
    for a in ACCOUNT:
        C.set_num(d.add_paragraph(a), bullet)
    h(d, "Key challenges")
    for a in CHALLENGES:
        C.set_num(d.add_paragraph(a), bullet)
    h(d, "Key relationships")
    t = d.add_table(rows=1 + len(RELS), cols=2)
    borders(t, color="BFBFBF")
    C.fix_widths(t, [2.4, 4.7])
    cell_text(t.rows[0].cells[0], "Who", bold=True)
    cell_text(t.rows[0].cells[1], "Why", bold=True)
    for i, (w, y) in enumerate(RELS, start=1):
        cell_text(t.rows[i].cells[0], w, bold=not y)
        cell_text(t.rows[i].cells[1], y)
        if not y:
            C.shade(t.rows[i].cells[0], "E8EDF4")
            C.shade(t.rows[i].cells[1], "E8EDF4")
    h(d, "Role dimensions")
    for k, v in DIMENSIONS:
        p = d.add_paragraph()
        run(p, k, bold=True)
        d.add_paragraph(v)
    h(d, "Essential requirements", size=11)
    d.add_paragraph(ESSENTIAL)

    p = h(d, "Capabilities for the role")
    p.paragraph_format.page_break_before = True
    d.add_paragraph(
        "The NSW public sector capability framework describes the capabilities (knowledge, skills and "
        "abilities) needed to perform a role. There are four main capability groups: Personal Attributes, "
        "Relationships, Results and Business Enablers, with a fifth People Management group applying only "
        "to roles that manage people. The capability framework is available at "
        "www.psc.nsw.gov.au/capabilityframework")
    h(d, "Capability summary", size=11)
    d.add_paragraph(
        "Below is the full list of capabilities and the level required for this role. The capabilities in "
        "bold are the focus capabilities for this role. Refer to the next section for further information "
        "about the focus capabilities.")
    n = sum(len(r) for _, r in SUMMARY)
    t = d.add_table(rows=1 + n, cols=4)
    borders(t, color="BFBFBF")
    C.fix_widths(t, [1.5, 2.0, 2.75, 0.95])
    for i, lab in enumerate(["Capability group/sets", "Capability name", "Description", "Level"]):
        cell_text(t.rows[0].cells[i], lab, bold=True, color="FFFFFF")
        C.shade(t.rows[0].cells[i], NAVY)
    C.mark_header_row(t.rows[0])
    r = 1
    for group, rows in SUMMARY:
        first = r
        for name, desc, level, focus in rows:
            cells = t.rows[r].cells
            cell_text(cells[1], name, bold=focus)
            cell_text(cells[2], desc, bold=focus)
            cell_text(cells[3], level, bold=focus)
            C.row_flags(t.rows[r])
            r += 1
        g = t.rows[first].cells[0].merge(t.rows[r - 1].cells[0])
        cell_text(g, group, bold=True, color=NAVY)
        C.shade(g, "E8EDF4")

    h(d, "Focus capabilities", size=11, before=14)
    d.add_paragraph(
        "The focus capabilities for the role are the capabilities in which occupants must demonstrate "
        "immediate competence. The behavioural indicators provide examples of the types of behaviours that "
        "would be expected at that level and should be reviewed in conjunction with the role\u2019s key "
        "accountabilities.")
    t = d.add_table(rows=1 + len(FOCUS), cols=3)
    borders(t, color="BFBFBF")
    C.fix_widths(t, [1.9, 1.1, 4.2])
    for i, lab in enumerate(["Group and capability", "Proficiency level", "Behavioural indicators"]):
        cell_text(t.rows[0].cells[i], lab, bold=True, color="FFFFFF")
        C.shade(t.rows[0].cells[i], NAVY)
    C.mark_header_row(t.rows[0])
    for i, (group, name, level, inds) in enumerate(FOCUS, start=1):
        cells = t.rows[i].cells
        cells[0].text = ""
        run(cells[0].paragraphs[0], group, bold=True, size=9.5, color=NAVY)
        run(cells[0].add_paragraph(), name, size=9.5)
        cell_text(cells[1], level)
        cells[2].text = ""
        for k, ind in enumerate(inds):
            p = cells[2].paragraphs[0] if k == 0 else cells[2].add_paragraph()
            run(p, ind, size=9.5)
            C.set_num(p, bullet)
        C.row_flags(t.rows[i])

    h(d, "Occupation specific focus capabilities", size=11, before=14)
    t = d.add_table(rows=1 + len(SFIA), cols=3)
    borders(t, color="BFBFBF")
    C.fix_widths(t, [1.6, 3.9, 1.7])
    for i, lab in enumerate(["Capability set", "Category, Sub-category and Skill", "Level and Code"]):
        cell_text(t.rows[0].cells[i], lab, bold=True, color="FFFFFF")
        C.shade(t.rows[0].cells[i], NAVY)
    for i, (path, lev) in enumerate(SFIA, start=1):
        cell_text(t.rows[i].cells[0], "SFIA", bold=True, color=NAVY)
        cell_text(t.rows[i].cells[1], path)
        cell_text(t.rows[i].cells[2], lev)

    h(d, "Complementary capabilities", size=11, before=14)
    d.add_paragraph(
        "Complementary capabilities are also identified from the Capability Framework and the relevant "
        "occupation-specific capability sets. They are important to identifying performance in the role "
        "and development opportunities. Refer to the Capability Framework for the behavioural indicators "
        "of every capability at each level.")

    tmp = DOCS.parent / "build" / "tmp"
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{STEM}.docx"
    d.save(src)
    print("wrote", soffice_pdf(src))


if __name__ == "__main__":
    build()

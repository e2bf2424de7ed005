"""Department of Provincial and Local Government (South Africa) - Competency Framework for local
government management (DOCX; portrait introduction, landscape section with one four-column proficiency
table per competency, Word Symbol bullets in cells, clauses ending in ';' and ', and')."""
from aolib import *

STEM = "dplg-local-government-competency-framework"
TITLE = "Competency Framework: Local Government Management"
LEVELS = ["BASIC", "COMPETENT", "ADVANCED", "EXPERT"]

COMPS = [
    ("Strategic Capability and Leadership",
     "Must be able to give the municipality a vision, set its direction and inspire others so that the "
     "municipality delivers on its mandate.",
     [["Understands the municipality's strategic initiatives, but is not yet able to inspire others to achieve "
       "the set objectives;",
       "describes how particular tasks link to the municipality's strategies, but struggles to put the links "
       "into practice;",
       "aligns own action plans with the municipality's strategies but has little influence on the strategic "
       "direction;",
       "shows commitment through actions, and",
       "needs support to define performance measures for evaluating strategies."],
      ["Gives the team direction in realising the municipality's strategic objectives;",
       "has a positive effect on management team morale, sense of belonging and participation;",
       "develops action plans to carry out strategic initiatives;",
       "helps to define performance measures for evaluating strategies;",
       "identifies obstacles to carrying out specific strategies and communicates them;",
       "leads by example and \u201cwalks the talk\u201d, and",
       "uses strategic planning methods and tools."],
      ["Evaluates all activities for the value they add and their fit with the municipality's strategic goals;",
       "contributes in-depth knowledge to strategic planning at municipal level;",
       "aligns strategies across functional areas with the municipal strategy;",
       "defines performance measures for evaluating the municipality's strategy;",
       "reviews strategic plans regularly and takes corrective action when new challenges arise, and",
       "promotes the municipality's mission and vision in all activities."],
      ["Holds others accountable for pursuing the municipality's strategy;",
       "anticipates national and global trends and builds them into long-term plans;",
       "is recognised by stakeholders as a visionary leader in local government;",
       "creates an environment in which strategic thinking is encouraged at all levels, and",
       "shapes the strategic direction of local government beyond the municipality."]]),
    ("Financial Management",
     "Must be able to compile, plan and manage budgets, control cash flow, put risk management in place and "
     "report on the municipality's finances in line with the applicable legislation.",
     [["Understands basic financial concepts and the budgeting process;",
       "prepares the budget for own area with guidance;",
       "monitors expenditure against budget but seldom identifies trends, and",
       "needs support to apply the Municipal Finance Management Act."],
      ["Prepares budgets that are aligned with the Integrated Development Plan;",
       "monitors and controls expenditure and reports variances promptly;",
       "applies financial legislation, policies and procedures correctly;",
       "identifies and manages financial risks in own area, and",
       "understands the cost implications of service delivery decisions."],
      ["Develops financial strategies and policies for the municipality;",
       "ensures that budgets across departments are realistic and funded;",
       "uses financial information to decide on priorities and trade-offs;",
       "implements sound internal controls and acts on audit findings, and",
       "explores alternative sources of revenue."],
      ["Sets the long-term financial direction of the municipality;",
       "ensures the financial sustainability of the municipality and a clean audit outcome;",
       "advises council with confidence on complex financial matters, and",
       "is recognised as an authority on municipal finance by peers and stakeholders."]]),
    ("Client Orientation and Customer Focus",
     "Must be willing and able to deliver services effectively and efficiently in order to put the spirit of "
     "customer service (Batho Pele) into practice.",
     [["Is aware of the Batho Pele principles but applies them inconsistently;",
       "responds to customer queries when requested;",
       "treats customers with courtesy, and",
       "refers complaints to others without following up."],
      ["Applies the Batho Pele principles in day-to-day work;",
       "finds out what customers need and responds within agreed timeframes;",
       "follows up on complaints until they are resolved, and",
       "uses customer feedback to improve services."],
      ["Develops service standards and systems that put the customer first;",
       "builds strong relationships with communities and other stakeholders;",
       "monitors customer satisfaction and acts on the results, and",
       "removes barriers that prevent the delivery of good service."],
      ["Creates a customer-centred culture throughout the municipality;",
       "designs innovative ways of involving communities in service delivery;",
       "is recognised as a champion of service excellence in local government, and",
       "sets the benchmark for customer service for other municipalities."]]),
]


def build(workdir):
    d = new_document(font="Arial", size=10, margins_cm=(2.0, 2.0, 2.0, 2.0))
    sym = add_numbering(d, bullet_lvl("\uf0b7", left=284, hanging=227, font="Symbol"), "7A8B9C01")
    dec = add_numbering(d, decimal_lvl("%1.", left=425, hanging=425), "7A8B9C02")
    sec = d.sections[0]
    header_text(sec, "Department of Provincial and Local Government", align="right", size=8, color="404040")
    footer_text(sec, "Competency Framework: Local Government Management", ["Page ", "PAGE", " of ", "NUMPAGES"],
                size=8, color="404040")

    para(d, "COMPETENCY FRAMEWORK", bold=True, size=16, align="center", after=2)
    para(d, "LOCAL GOVERNMENT MANAGEMENT", bold=True, size=12, align="center", after=2)
    para(d, "Municipal Managers and Managers directly accountable to Municipal Managers", italic=True,
         align="center", after=14)
    heads = ["PURPOSE", "STRUCTURE OF THE FRAMEWORK", "PROFICIENCY LEVELS"]
    p = para(d, heads[0], bold=True, after=4)
    set_num(p, dec)
    para(d, "The competency framework describes the managerial and occupational competencies that municipal "
            "managers and managers directly accountable to them need in order to lead a responsive, "
            "accountable, effective and efficient local government system. It is used when posts are "
            "advertised, when candidates are assessed and when the development needs of managers are "
            "identified.", align="justify")
    p = para(d, heads[1], bold=True, before=8, after=4)
    set_num(p, dec)
    para(d, "The framework consists of Core Managerial Competencies (CMC), which apply to all senior managers, "
            "and Core Occupational Competencies (COC), which relate to the functional area of a post. Each "
            "competency is given a definition and is described at four proficiency levels. This extract "
            "contains three of the Core Managerial Competencies.", align="justify")
    p = para(d, heads[2], bold=True, before=8, after=4)
    set_num(p, dec)
    t = d.add_table(rows=5, cols=2)
    t.style = d.styles["Table Grid"]
    cell_margins(t)
    fix_widths(t, [3.5, 13.5])
    key = [("Level", "Description"),
           ("Basic", "Applies basic concepts and methods and has a limited understanding of local government "
                     "operations; needs guidance and support."),
           ("Competent", "Applies concepts and methods independently and understands local government "
                         "operations well; can deal with most situations without support."),
           ("Advanced", "Applies a sound understanding of local government in complex situations and guides "
                        "others; is able to develop new approaches."),
           ("Expert", "Has a thorough knowledge of local government; is recognised as a leader in the field and "
                      "shapes policy and practice beyond the municipality.")]
    for r, (a, b) in enumerate(key):
        cell_text(t.rows[r].cells[0], a, bold=True)
        cell_text(t.rows[r].cells[1], b, bold=(r == 0))
        if r == 0:
            shade(t.rows[r].cells[0], "D9D9D9")
            shade(t.rows[r].cells[1], "D9D9D9")
    para(d, "", after=4)
    para(d, "A manager is expected to meet at least the proficiency level set for the post in each competency. "
            "The levels are cumulative: a manager at the Advanced level also shows the behaviours of the Basic "
            "and Competent levels.", align="justify")

    # ---- landscape section: competencies
    s2 = new_section(d, landscape=True, margins_cm=(1.8, 1.8, 1.8, 1.8))
    header_text(s2, "Department of Provincial and Local Government", align="right", size=8, color="404040")
    footer_text(s2, "Competency Framework: Local Government Management", ["Page ", "PAGE", " of ", "NUMPAGES"],
                size=8, color="404040")
    para(d, "CORE MANAGERIAL COMPETENCIES", bold=True, size=12, after=8)
    for i, (name, definition, levels) in enumerate(COMPS, start=1):
        if i > 1:
            page_break(d)
        para(d, f"Competency {i}: {name}", bold=True, size=11, after=3, keep_next=True)
        p = para(d, "", after=6, keep_next=True)
        run(p, "Definition: ", bold=True)
        run(p, definition)
        t = d.add_table(rows=3, cols=4)
        t.style = d.styles["Table Grid"]
        cell_margins(t)
        fix_widths(t, [6.5] * 4)
        top = t.rows[0].cells[0].merge(t.rows[0].cells[3])
        cell_text(top, "PROFICIENCY LEVELS", bold=True, align="center")
        shade(top, "BFBFBF")
        row_flags(t.rows[0], header=True)
        row_flags(t.rows[1], header=True)
        for c, lab in enumerate(LEVELS):
            cell_text(t.rows[1].cells[c], lab, bold=True, align="center")
            shade(t.rows[1].cells[c], "E7E6E6")
            cell = t.rows[2].cells[c]
            for k, b in enumerate(levels[c]):
                q = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                run(q, b, size=9)
                set_num(q, sym)
                q.paragraph_format.space_after = Pt(2)

    out = DOCS / f"{STEM}.docx"
    d.save(out)
    gold = []
    for name, definition, levels in COMPS:
        lv = [level(STEM, i + 1, LEVELS[i], lst) for i, lst in enumerate(levels)]
        gold.append(competency(STEM, name, definition, levels=lv))
    write_gold(out, "docx", "COMPETENCY FRAMEWORK", gold)
    return out

"""Government of Ajman, Human Resources Department - Behavioral Competency Framework for Ajman
Government Employees 2021 (PDF; cover, contents, coloured cluster bands, level-row tables)."""
from aolib import *

STEM = "ajman-behavioral-competency-framework"
TITLE = "Behavioral Competency Framework for Ajman Government Employees"
MAROON = "7B1E2B"
GOLDC = "B8913A"
LEVELS = ["Level 1: Basic", "Level 2: Intermediate", "Level 3: Advanced", "Level 4: Expert"]
SHADES = ["F6EFE0", "EEDFC0", "E2C98F", "D4B26A"]

CLUSTERS = [
    ("Core Competencies", "apply to all employees of Ajman Government entities", [
        ("1.1", "Teamwork and Cooperation",
         "Works willingly with colleagues inside and outside the entity, shares knowledge and effort, and puts "
         "the success of the team and of the Government ahead of personal interest.",
         [["Completes own share of the team's work on time",
           "Shares information and experience with colleagues when asked",
           "Respects the opinions of team members even when they differ from own"],
          ["Offers help to colleagues without waiting to be asked",
           "Takes part constructively in team meetings and discussions",
           "Accepts team decisions and works to implement them"],
          ["Builds a spirit of cooperation and trust within the team",
           "Resolves differences between team members in a fair and respectful way",
           "Encourages cooperation with other departments to achieve shared objectives"],
          ["Creates a culture of teamwork and partnership across government entities",
           "Forms cross-entity teams to deliver strategic projects",
           "Acts as a role model in putting collective goals before individual ones"]]),
        ("1.2", "Customer Service Excellence",
         "Understands the needs of customers, both internal and external, and delivers services that meet and "
         "exceed their expectations in line with the Government's service standards.",
         [["Treats customers politely and with respect",
           "Responds to customer enquiries accurately and within set timeframes",
           "Follows the entity's service procedures"],
          ["Asks questions to understand what the customer really needs",
           "Follows up with customers to make sure their request has been completed",
           "Handles customer complaints calmly and refers them when necessary"],
          ["Analyses customer feedback to identify areas for improvement",
           "Simplifies procedures to reduce the time and effort customers spend",
           "Anticipates customer needs and prepares for them in advance"],
          ["Develops a customer-centric strategy for the entity",
           "Sets service standards that compare with the best in the region",
           "Builds partnerships that allow integrated services across government"]]),
    ]),
    ("Leadership Competencies", "apply to employees in supervisory and leadership positions", [
        ("2.1", "Leading Change",
         "Leads and supports change initiatives, helps employees adapt to new ways of working, and turns "
         "change into an opportunity to improve government performance.",
         [["Explains the reasons for change to the team in a clear way",
           "Listens to the concerns of employees about change"],
          ["Plans the steps needed to implement change in the work unit",
           "Monitors the impact of change on performance and on employees",
           "Recognises employees who adapt well and support change"],
          ["Identifies opportunities for change and improvement across the department",
           "Manages resistance to change through communication and involvement",
           "Aligns change initiatives with the entity's strategic plan"],
          ["Leads transformation programmes that support Ajman Vision 2030",
           "Builds an organisational culture that welcomes innovation and continuous change",
           "Evaluates the results of major change initiatives and shares lessons learned"]]),
    ]),
]


def build(workdir):
    d = new_document(font="DejaVu Sans", size=9.5, margins_cm=(2.2, 2.0, 2.0, 2.0))
    sq = add_numbering(d, bullet_lvl("\u25a0", left=284, hanging=227, font="DejaVu Sans", color=GOLDC), "3C4D5E01")
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    header_text(sec, "Behavioral Competency Framework for Ajman Government Employees 2021", align="left",
                size=7.5, color=MAROON)
    footer_text(sec, "www.ajmanhrd.gov.ae", ["PAGE"], size=8, color=MAROON)

    # ---- cover
    para(d, "Government of Ajman", bold=True, size=13, color=MAROON, align="right", after=0)
    para(d, "Human Resources Department", size=10, color=GOLDC, align="right", after=150)
    para(d, "Behavioral Competency Framework", bold=True, size=26, color=MAROON, after=0)
    para(d, "for Ajman Government Employees", bold=True, size=20, color=MAROON, after=8)
    para(d, "2021", bold=True, size=20, color=GOLDC, after=220)
    para(d, "www.ajmanhrd.gov.ae", size=9, color=MAROON)
    page_break(d)

    # ---- contents + introduction
    para(d, "Contents", bold=True, size=15, color=MAROON, after=8)
    for text, pg, ind in [("Introduction", 2, 0), ("Objectives of the Framework", 3, 0),
                          ("Structure of the Framework", 3, 0), ("Proficiency Levels", 3, 0),
                          ("Core Competencies", 4, 0), ("Teamwork and Cooperation", 4, 0.6),
                          ("Customer Service Excellence", 4, 0.6), ("Leadership Competencies", 5, 0),
                          ("Leading Change", 5, 0.6)]:
        toc_line(d, text, pg, indent_cm=ind, width_cm=17.0, bold=(ind == 0))
    para(d, "Introduction", bold=True, size=13, color=MAROON, before=14, after=4)
    para(d, "As part of its work to strengthen the leadership and competitiveness of Ajman Government, the Human "
            "Resources Department is developing human resources able to keep pace with rapid change, and is "
            "helping government entities in the Emirate make the most of their people through policies and "
            "plans built on recognised good practice.", align="justify")
    para(d, "The Behavioral Competency Framework adds a consistent method to the way Ajman Government works. It "
            "sets out clear expectations that help to prepare leaders and to build the capacity of national "
            "talent, and it is the foundation for most human resources systems, including performance "
            "management, recruitment and selection, rewards and promotion, training and development, and "
            "succession and career planning.", align="justify")
    para(d, "The Framework also helps supervisors and employees to understand how behavioral competencies are "
            "used to evaluate performance, and to identify the strengths and development needs of each "
            "employee.", align="justify")
    page_break(d)

    # ---- objectives, structure, levels
    para(d, "Objectives of the Framework", bold=True, size=13, color=MAROON, after=4)
    bullets(d, ["Provide a common language for describing the behaviors expected of employees",
                "Link employee behavior with the strategic objectives of the Government",
                "Support fair and objective performance evaluation",
                "Identify training and development needs at individual and entity level"], sq)
    para(d, "Structure of the Framework", bold=True, size=13, color=MAROON, before=8, after=4)
    para(d, "Competencies are organised in two clusters. Each competency has a definition and behavioral "
            "indicators described at four proficiency levels.", align="justify")
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    cell_margins(t, top=80, bottom=80, left=120, right=120)
    fix_widths(t, [8.5, 8.5])
    for i, (cl, scope, comps) in enumerate(CLUSTERS):
        c = t.rows[0].cells[i]
        shade(c, MAROON if i == 0 else GOLDC)
        cell_text(c, cl, bold=True, color="FFFFFF", size=10.5, align="center")
        c2 = t.rows[1].cells[i]
        shade(c2, "F6EFE0")
        p = cell_text(c2, f"({scope})", italic=True, size=8.5, align="center")
        for num, name, *_ in comps:
            q = c2.add_paragraph()
            run(q, f"{num}  {name}", size=9.5)
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "Proficiency Levels", bold=True, size=13, color=MAROON, before=10, after=4)
    t = d.add_table(rows=5, cols=2)
    borders(t, color="C9B27C")
    cell_margins(t)
    fix_widths(t, [4.0, 13.0])
    rows = [("Level", "Description"),
            ("Basic", "Applies the competency in simple and routine situations, with guidance from others."),
            ("Intermediate", "Applies the competency independently in most work situations."),
            ("Advanced", "Applies the competency in complex situations and guides others in it."),
            ("Expert", "Is a reference for the competency across the entity and shapes how it is applied.")]
    for r, (a, b) in enumerate(rows):
        cell_text(t.rows[r].cells[0], a, bold=True, color="FFFFFF" if r == 0 else None)
        cell_text(t.rows[r].cells[1], b, bold=(r == 0), color="FFFFFF" if r == 0 else None)
        if r == 0:
            shade(t.rows[r].cells[0], MAROON)
            shade(t.rows[r].cells[1], MAROON)
        else:
            shade(t.rows[r].cells[0], SHADES[r - 1])
    page_break(d)

    # ---- competencies
    for ci, (cl, scope, comps) in enumerate(CLUSTERS):
        if ci:
            page_break(d)
        para(d, cl.upper(), bold=True, size=12, color="FFFFFF", shade=MAROON if ci == 0 else GOLDC,
             after=8, align="center")
        for k, (num, name, definition, levels) in enumerate(comps):
            p = para(d, "", before=6 if k else 0, after=2, keep_next=True)
            run(p, f"{num}  ", bold=True, size=12, color=GOLDC)
            run(p, name, bold=True, size=12, color=MAROON)
            p = para(d, "", after=5, keep_next=True, align="justify")
            run(p, "Definition: ", bold=True, color=MAROON)
            run(p, definition)
            t = d.add_table(rows=1 + len(levels), cols=2)
            borders(t, color="C9B27C")
            cell_margins(t)
            fix_widths(t, [3.6, 13.4])
            row_flags(t.rows[0], header=True)
            cell_text(t.rows[0].cells[0], "Proficiency Level", bold=True, color="FFFFFF")
            cell_text(t.rows[0].cells[1], "Behavioral Indicators", bold=True, color="FFFFFF")
            shade(t.rows[0].cells[0], MAROON)
            shade(t.rows[0].cells[1], MAROON)
            for r, lst in enumerate(levels, start=1):
                row = t.rows[r]
                row_flags(row)
                cell_text(row.cells[0], LEVELS[r - 1], bold=True)
                shade(row.cells[0], SHADES[r - 1])
                valign(row.cells[0])
                for j, b in enumerate(lst):
                    q = row.cells[1].paragraphs[0] if j == 0 else row.cells[1].add_paragraph()
                    run(q, b)
                    set_num(q, sq)
                    q.paragraph_format.space_after = Pt(2)

    docx_path = workdir / f"{STEM}.docx"
    d.save(docx_path)
    pdf = to_pdf(docx_path, workdir)
    out = DOCS / f"{STEM}.pdf"
    out.write_bytes(pdf.read_bytes())

    gold = []
    for cl, scope, comps in CLUSTERS:
        for num, name, definition, levels in comps:
            lv = [level(STEM, r + 1, LEVELS[r], lst) for r, lst in enumerate(levels)]
            gold.append(competency(STEM, name, definition, levels=lv))
    write_gold(out, "pdf", TITLE + " 2021", gold)
    return out

"""The University of Sydney - "Career Capability Framework" capability development guide (DOCX).

Modelled on the University of Sydney Career Capability Framework as described by the Centre for Continuing
Education (cce.sydney.edu.au, "New tool to unlock potential for University staff"): a central framework that
matches University jobs through shared capabilities and explains how to develop each capability through on-the-job
experience, mentoring and professional development, many capabilities being supported by CCE short courses.
Laid out as a Human Resources Word guide: wordmark header, title and subtitle, "About this guide", then one
Heading 1 per capability with a "Capability family:" line, description, a PROFICIENCY TABLE whose rows are the
levels (Foundational / Intermediate / Advanced / Expert), a "How to develop this capability" table whose ROW
LABELS are the activity groups (On the job / Learning from others / Formal learning) with bullets in the second
column, a CCE short-course table (Course | Duration | Delivery) and a "Related capabilities:" line. Capability
names, levels, activities, courses and wording are ours (asked for by the batch assignment). python-docx, A4.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import bslib as L

STEM = "usyd-career-capability-development-guide"
OUT = L.DOCS / f"{STEM}.docx"
OCHRE = RGBColor(0xE6, 0x45, 0x26)
CHARCOAL = RGBColor(0x42, 0x42, 0x42)
TITLE = "Career Capability Framework"
LEVELS = ("Foundational", "Intermediate", "Advanced", "Expert")
DEV_ROWS = ("On the job", "Learning from others", "Formal learning")

CAPS = [
    dict(
        name="Influencing and Negotiation", family="Working with people",
        desc="Builds support for ideas and proposals, and reaches agreements that work for the University and "
             "for the people involved, inside and outside the organisation.",
        levels=["Presents a clear case for a request and listens to the other person\u2019s point of view.",
                "Tailors arguments to different stakeholders and negotiates routine agreements within their area.",
                "Builds coalitions across faculties and portfolios and negotiates agreements with significant "
                "impact or risk.",
                "Shapes University-wide decisions and leads complex negotiations with external partners and "
                "government."],
        dev=[["Prepare and present a business case for a change in your team",
              "Take the lead in agreeing a service level with another unit",
              "Represent your team on a cross-portfolio working group"],
             ["Ask an experienced negotiator to debrief a negotiation with you",
              "Join the University mentoring program and choose a mentor known for influence"],
             ["Complete a CCE short course in negotiation or persuasive communication",
              "Complete the Influencing Without Authority module in Workday Learning"]],
        courses=[("Negotiation Skills", "1 day", "In person, Camperdown campus"),
                 ("Persuasive Communication", "1 day", "Live online"),
                 ("Stakeholder Engagement", "2 days", "In person, Sydney CBD")],
        related=["Project Delivery", "Relationship Building"]),
    dict(
        name="Data Analysis and Insight", family="Thinking and problem solving",
        desc="Gathers, analyses and interprets data to understand issues, and turns the results into insights "
             "that support good decisions.",
        levels=["Collects and checks data accurately and uses standard reports to answer simple questions.",
                "Analyses data sets with spreadsheet tools and explains trends and exceptions to colleagues.",
                "Designs analyses that combine several data sources and presents findings that shape decisions.",
                "Sets the direction for how data is used across a portfolio and champions evidence-based "
                "decision making."],
        dev=[["Volunteer to build or maintain a regular report for your team",
              "Use data to review one of your team\u2019s processes and recommend an improvement"],
             ["Spend time with an analyst in Planning and Information Office to see how reports are produced",
              "Join a community of practice for Excel or Power BI users"],
             ["Complete a CCE short course in data analysis or Excel",
              "Complete the Data Literacy pathway in Workday Learning"]],
        courses=[("Data Analysis with Excel", "2 days", "In person, Camperdown campus"),
                 ("Introduction to Power BI", "1 day", "Live online"),
                 ("Data Storytelling", "1 day", "Live online"),
                 ("Data Science Foundations", "6 weeks, part time", "Online, self-paced")],
        related=["Digital Fluency"]),
    dict(
        name="Project Delivery", family="Delivering results",
        desc="Plans, manages and completes projects so that they deliver the agreed outcomes on time, on budget "
             "and to the expected quality.",
        levels=["Completes assigned project tasks on time and reports progress and issues to the project lead.",
                "Plans and manages small projects, including scope, schedule, risks and stakeholder updates.",
                "Leads complex or multi-team projects and manages budgets, dependencies and change.",
                "Oversees a portfolio of projects and sets project governance and standards for the area."],
        dev=[["Manage a small project from start to finish, using a simple project plan",
              "Act as project officer on a larger initiative",
              "Run a lessons-learned review at the end of a project"],
             ["Ask a project manager in your area to review your project plan",
              "Join the University project management community of practice"],
             ["Complete a CCE short course in project management",
              "Study towards a recognised project management certification"]],
        courses=[("Project Management Fundamentals", "2 days", "In person, Sydney CBD"),
                 ("Agile Project Management", "1 day", "Live online"),
                 ("Managing Project Risk", "1 day", "In person, Camperdown campus")],
        related=["Influencing and Negotiation"]),
]


def setup(doc):
    st = doc.styles["Normal"]
    L.style_font(st, "Liberation Sans")
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    for name, size, col in (("Title", 24, CHARCOAL), ("Subtitle", 13, OCHRE), ("Heading 1", 16, OCHRE),
                            ("Heading 2", 11.5, CHARCOAL)):
        s = doc.styles[name]
        L.style_font(s, "Liberation Sans")
        s.font.size = Pt(size)
        s.font.color.rgb = col
        s.font.italic = False
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("THE UNIVERSITY OF SYDNEY")
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = OCHRE
    L.para_border(hp, ("bottom",), color="E64526", size=8)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 16.6)
    r = fp.add_run("Career Capability Framework \u2013 capability development guide  |  Human Resources  |  "
                   "Last updated June 2022\t")
    r.font.size = Pt(8)
    L.add_field(fp, "PAGE", "1")
    fp.runs[-1].font.size = Pt(8)


def label_value_table(doc, rows, widths, shade_label="F1F1F1", bullets=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for lab, val in rows:
        row = t.add_row()
        L.row_flags(row, cant_split=True)
        c0, c1 = row.cells
        L.shade(c0, shade_label)
        r = c0.paragraphs[0].add_run(lab)
        r.bold = True
        if isinstance(val, str):
            c1.paragraphs[0].add_run(val)
        else:
            for i, v in enumerate(val):
                p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
                L.set_num(p, bullets)
                p.paragraph_format.space_after = Pt(2)
                p.add_run(v)
    L.fix_widths(t, widths)
    return t


def build_doc():
    doc = Document()
    setup(doc)
    L.clear_core_props(doc, TITLE)
    bul = L.add_numbering(doc, L.bullet_lvl("\u2022", left=227, hanging=227, font="Liberation Sans"), "6F708192")
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Capability development guide for professional staff", style="Subtitle")
    doc.add_paragraph("About this guide", style="Heading 2")
    doc.add_paragraph("The Career Capability Framework describes the capabilities that University jobs share, so "
                      "that you can see how your skills carry across roles and plan your next career step. For "
                      "each capability this guide sets out what it looks like at four levels and suggests ways "
                      "to develop it through experience on the job, learning from others and formal learning, "
                      "including short courses offered by the Centre for Continuing Education (CCE). University "
                      "staff receive a discount on CCE course fees.")
    doc.add_paragraph("Talk with your manager about which capabilities matter most for your current role and the "
                      "roles you are aiming for, and record your choices in your development plan.")
    for i, cap in enumerate(CAPS):
        h = doc.add_paragraph(cap["name"], style="Heading 1")
        h.paragraph_format.page_break_before = i > 0
        p = doc.add_paragraph()
        r = p.add_run("Capability family: ")
        r.bold = True
        p.add_run(cap["family"])
        doc.add_paragraph(cap["desc"])
        doc.add_paragraph("What it looks like", style="Heading 2")
        label_value_table(doc, list(zip(LEVELS, cap["levels"])), [1.4, 5.0])
        doc.add_paragraph("How to develop this capability", style="Heading 2")
        label_value_table(doc, list(zip(DEV_ROWS, cap["dev"])), [1.4, 5.0], shade_label="FBE3DC", bullets=bul)
        doc.add_paragraph("CCE short courses", style="Heading 2")
        t = doc.add_table(rows=1, cols=3)
        t.style = doc.styles["Table Grid"]
        L.row_flags(t.rows[0], cant_split=True, header=True)
        for c, lab in zip(t.rows[0].cells, ("Course", "Duration", "Delivery")):
            c.paragraphs[0].add_run(lab).bold = True
            L.shade(c, "FBE3DC")
        for course in cap["courses"]:
            row = t.add_row()
            for c, v in zip(row.cells, course):
                c.paragraphs[0].add_run(v)
        L.fix_widths(t, [2.8, 1.5, 2.1])
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run("Related capabilities: ").bold = True
        p.add_run("; ".join(cap["related"]))
    return doc


def gold():
    d = STEM
    comps = []
    for cap in CAPS:
        levels = [L.level(d, i + 1, lab, [txt]) for i, (lab, txt) in enumerate(zip(LEVELS, cap["levels"]))]
        acts = [it for grp, lst in zip(DEV_ROWS, cap["dev"]) for it in L.items(d, lst, grp)]
        comps.append(L.competency(
            d, cap["name"], cap["desc"], levels=levels, activities=acts,
            courses=[L.item(d, " | ".join(c)) for c in cap["courses"]],
            related=cap["related"],
            notes=[L.item(d, "Capability family: " + cap["family"])]))
    return comps


def main():
    build_doc().save(str(OUT))
    L.write_gold(OUT, "docx", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

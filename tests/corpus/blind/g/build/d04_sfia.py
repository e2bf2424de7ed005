"""SFIA Foundation, SFIA 7 skill descriptions (excerpt): DOCX with python-docx.

Front matter: a key table of the seven generic levels of responsibility (number | guiding words |
essence) that is NOT a skill; then per skill a Heading 1 name, a two-column fact table (Code /
Category / Subcategory), the overall description, and a levels table whose level NUMBER and level NAME
sit in separate cells (Level | Responsibility | Description of the skill at this level), only the
levels at which the skill is defined. Running header and footer."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

import helpers as H

STEM = "sfia-skill-descriptions"
TITLE = "SFIA 7: skill descriptions"

KEY = [
    ("1", "Follow", "Works under close supervision and uses little discretion; is expected to ask for guidance when something unexpected happens."),
    ("2", "Assist", "Works to routine direction, with some discretion in resolving issues, on a range of tasks."),
    ("3", "Apply", "Works to general direction; uses discretion to identify and resolve complex issues, and plans own work."),
    ("4", "Enable", "Works to general direction inside a clear framework of accountability, with considerable personal responsibility and autonomy."),
    ("5", "Ensure, advise", "Works to broad direction; fully accountable for own technical work and for any project or supervisory duties."),
    ("6", "Initiate, influence", "Holds defined authority and accountability for a significant area of work, covering its technical, financial and quality sides."),
    ("7", "Set strategy, inspire, mobilise", "Carries authority and responsibility for every aspect of a significant area of work, from setting policy to applying it."),
]
NAMES = {k[0]: k[1] for k in KEY}

SKILLS = [
    ("Programming/software development", "PROG", "Development and implementation", "Systems development",
     "Planning, designing, building, changing, verifying, testing and documenting new and changed software "
     "components so that they deliver the value agreed with stakeholders. Identifying, creating and applying "
     "agreed standards and processes for software development and security. Adopting and adapting software "
     "development lifecycle models to the context of the work, choosing between predictive (plan-driven) "
     "and adaptive (iterative/agile) approaches as appropriate.",
     [("2", "Writes, verifies, tests and documents simple programs and scripts, and changes and refactors them "
            "as needed. Follows agreed standards and tools so that the result is well engineered. Checks own work."),
      ("3", "Writes, verifies, tests and documents programs and scripts of moderate complexity, and changes and "
            "refactors them as needed. Follows agreed standards and tools so that the result is well engineered. "
            "Reviews work together with others where appropriate."),
      ("4", "Designs, builds, verifies, tests and documents complex programs and scripts and integration "
            "software services, and changes and refactors them as needed. Helps to choose the software development approach for "
            "projects, selecting predictive or adaptive approaches as appropriate. Uses agreed standards and "
            "tools to produce well-engineered outcomes. Takes part in reviews of own work and leads reviews "
            "of colleagues\u2019 work."),
      ("5", "Takes technical responsibility across all stages and iterations of software development. Plans "
            "and drives software development activities. Selects, adopts and adapts suitable methods, tools "
            "and techniques. Measures and monitors how project and team standards for software construction, "
            "including software security, are applied. Contributes to organisational policies, standards and "
            "guidelines for software development."),
      ("6", "Develops organisational policies, standards, guidelines and quality targets for software "
            "construction. Plans and leads software construction for strategic, large and complex development "
            "projects. Develops new methods and organisational capabilities and drives the adoption of and "
            "adherence to policies and standards.")]),
    ("Testing", "TEST", "Development and implementation", "Systems development",
     "Planning, designing, managing, carrying out and reporting tests, using suitable testing tools and "
     "techniques and following agreed process standards and industry-specific regulations. Testing makes "
     "sure that new and changed systems, configurations, packages or services, together with their "
     "interfaces, perform as specified (security requirements included) and that the risks of deploying "
     "them are understood and documented.",
     [("1", "Runs given test scripts under supervision. Records results and reports issues. Builds an "
            "understanding of the part testing plays in system development, both as a way of improving "
            "design and as a validation process."),
      ("2", "Uses test scripts to run tests, and reports results and issues. Helps to create test scripts "
            "and test data. Uses testing tools to support the testing process."),
      ("3", "Reviews requirements and specifications and defines test conditions. Designs test cases and "
            "scripts under own direction, and determines the test data needed. Runs tests, records and "
            "analyses results, and reports issues and risks."),
      ("4", "Coordinates test activities across one or more projects. Designs test plans and test "
            "strategies and agrees them with stakeholders. Specifies and oversees test automation, and "
            "reviews the work of others."),
      ("5", "Plans and drives testing across large or complex programmes. Assesses and manages testing "
            "risk, and advises on the testing approach. Manages the testing team and makes sure that agreed "
            "standards and processes are followed."),
      ("6", "Develops organisational policies, standards and guidelines for testing. Leads the "
            "organisation\u2019s testing capability and plans its development. Promotes the value of "
            "testing across the organisation.")]),
]


def render(out_path):
    doc = docx.Document()
    H.clear_core_props(doc, TITLE, "SFIA Foundation")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run("SFIA 7 \u2013 The framework reference").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("\u00a9 SFIA Foundation 2018. Use is subject to the SFIA licence.   Page ").font.size = Pt(8)
    H.add_field(fp, "PAGE").font.size = Pt(8)

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Levels of responsibility", style="Heading 2")
    doc.add_paragraph("Every SFIA skill is described at one or more of the seven levels of responsibility "
                      "below. A skill is only described at the levels at which it is practised.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Level", "Guiding words", "Essence of the level"]):
        c.paragraphs[0].add_run(h).bold = True
        H.shade(c, "DCE6F1")
    for no, word, ess in KEY:
        r = t.add_row()
        r.cells[0].text = no
        r.cells[1].text = word
        r.cells[2].text = ess
    H.fix_widths(t, [0.6, 1.6, 4.4])

    for name, code, cat, sub, desc, levels in SKILLS:
        h = doc.add_paragraph(name, style="Heading 1")
        h.paragraph_format.page_break_before = True
        ft = doc.add_table(rows=3, cols=2)
        ft.style = "Table Grid"
        for row, (k, v) in zip(ft.rows, [("Code", code), ("Category", cat), ("Subcategory", sub)]):
            row.cells[0].paragraphs[0].add_run(k).bold = True
            H.shade(row.cells[0], "F2F2F2")
            row.cells[1].text = v
        H.fix_widths(ft, [1.4, 5.2])
        doc.add_paragraph()
        doc.add_paragraph(desc)
        lt = doc.add_table(rows=1, cols=3)
        lt.style = "Table Grid"
        for c, hd in zip(lt.rows[0].cells, ["Level", "Responsibility", "Description of the skill at this level"]):
            c.paragraphs[0].add_run(hd).bold = True
            H.shade(c, "DCE6F1")
        H.row_flags(lt.rows[0], cant_split=True, header=True)
        for no, text in levels:
            r = lt.add_row()
            H.row_flags(r)
            r.cells[0].text = f"Level {no}"
            r.cells[1].text = NAMES[no]
            r.cells[2].text = text
        H.fix_widths(lt, [0.75, 1.45, 4.4])
    doc.save(out_path)


def gold(doc_path):
    g = H.Gold(STEM)
    for name, code, cat, sub, desc, levels in SKILLS:
        lv = [g.level(int(no), f"Level {no} {NAMES[no]}", [g.item(text)]) for no, text in levels]
        g.comp(name, desc, levels=lv,
               notes=g.items([f"Code: {code}", f"Category: {cat}", f"Subcategory: {sub}"]))
    return g.write(doc_path, "docx", TITLE)

"""kenya-public-service-competency-framework.docx: Republic of Kenya, Ministry of State for Public
Service, Public Service Competency Framework (September 2011). Excerpt: cover, foreword, list of
abbreviations (GCDF, TCIF ...), the structure section, and the core competencies, each written up
in a "GENERAL COMPETENCY DESCRIPTION FORM (GCDF)" two-column Word table (label | entry), the
behavioural indicators as Word bullets inside the entry cell. Header and page-number footer."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor

import helpers as H

STEM = "kenya-public-service-competency-framework"
COMPS = [
    ("Customer Focus",
     "Identifies and responds to the needs of internal and external customers, and delivers services "
     "promptly, courteously and in line with the Citizens\u2019 Service Delivery Charter.",
     ["Treats customers with courtesy and respect",
      "Responds to enquiries and complaints within the set timelines",
      "Seeks customer feedback and uses it to improve services",
      "Gives customers accurate and complete information about services"]),
    ("Team Work",
     "Works cooperatively with others towards shared goals, shares knowledge and supports colleagues so "
     "that the team achieves its results.",
     ["Contributes fully to team tasks and decisions",
      "Shares information and knowledge with team members",
      "Respects the views and contributions of others",
      "Supports colleagues who need help to meet deadlines"]),
    ("Transparency and Accountability",
     "Acts openly in the conduct of official business, explains decisions and the use of public resources, "
     "and takes responsibility for results.",
     ["Makes information on services, procedures and decisions available to the public as required",
      "Keeps accurate records of decisions and of the use of resources",
      "Accounts for results against the performance contract and work plan",
      "Accepts responsibility for mistakes and takes corrective action"]),
]
ABBR = [("CF", "Competency Framework"), ("GCDF", "General Competency Description Form"),
        ("TCIF", "Technical Competency Identification Form"), ("HRM&D", "Human Resource Management and Development"),
        ("RBM", "Results Based Management")]


def centered(doc, text, size=12, bold=True):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


def build():
    doc = Document()
    H.clear_core_props(doc, "PUBLIC SERVICE COMPETENCY FRAMEWORK")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("PUBLIC SERVICE COMPETENCY FRAMEWORK")
    r.font.size = Pt(8)
    r.bold = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE")
    bullet = H.add_abstract(doc, H.bullet_lvl("\u2022", 288, 216), "4B5C6D01")

    for _ in range(5):
        doc.add_paragraph()
    centered(doc, "REPUBLIC OF KENYA", 18)
    for _ in range(4):
        doc.add_paragraph()
    centered(doc, "PUBLIC SERVICE", 22)
    centered(doc, "COMPETENCY FRAMEWORK", 22)
    for _ in range(6):
        doc.add_paragraph()
    centered(doc, "September 2011", 14)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    centered(doc, "FOREWORD", 13)
    doc.add_paragraph("The Competency Framework (CF) has been developed within the mandate of the Ministry of "
                      "State for Public Service to give strategic leadership and policy direction in Public "
                      "Service Human Resource Management and Development.")
    doc.add_paragraph("The framework supports the Government\u2019s goal of institutionalising competence-based "
                      "recruitment and Results Based Management (RBM) in the Service, entrenching a culture of "
                      "performance and developing the leadership, integrity, values and ethics of an exemplary "
                      "public service as envisaged in the Constitution of Kenya, 2010.")
    doc.add_paragraph("It also gives Administrators of Schemes of Service and Authorised Officers guidelines for "
                      "developing and identifying technical, core and general competencies. The framework is "
                      "flexible and may be customised, and role-specific competencies added, by public service "
                      "agencies.")
    p = doc.add_paragraph()
    p.add_run("PERMANENT SECRETARY\nMINISTRY OF STATE FOR PUBLIC SERVICE").bold = True
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    centered(doc, "LIST OF ABBREVIATIONS", 13)
    tb = doc.add_table(rows=0, cols=2)
    for a, full in ABBR:
        row = tb.add_row()
        row.cells[0].paragraphs[0].add_run(a).bold = True
        row.cells[1].paragraphs[0].add_run(f"- {full}")
    H.fix_widths(tb, [1.2, 5.0])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("3\tSTRUCTURE OF THE COMPETENCY FRAMEWORK").bold = True
    doc.add_paragraph("The framework groups competencies into core, general and technical competencies. Core "
                      "competencies apply to every public officer. Each general or core competency is "
                      "described on a General Competency Description Form (GCDF); technical competencies are "
                      "identified for each cadre on a Technical Competency Identification Form (TCIF).")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    p = doc.add_paragraph()
    p.add_run("3.1\tCORE COMPETENCIES").bold = True
    for k, (name, definition, inds) in enumerate(COMPS):
        if k:
            doc.add_paragraph()
        cap = doc.add_paragraph()
        r = cap.add_run("GENERAL COMPETENCY DESCRIPTION FORM (GCDF)")
        r.bold = True
        r.font.size = Pt(10)
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
        tb = doc.add_table(rows=4, cols=2)
        tb.style = "Table Grid"
        labels = ["Competency Cluster", "Competency", "Definition", "Behavioural Indicators"]
        for i, lab in enumerate(labels):
            c = tb.cell(i, 0)
            c.paragraphs[0].add_run(lab).bold = True
            H.shade(c, "D9D9D9")
        tb.cell(0, 1).paragraphs[0].add_run("Core")
        tb.cell(1, 1).paragraphs[0].add_run(name).bold = True
        tb.cell(2, 1).paragraphs[0].add_run(definition)
        nb = H.add_num(doc, bullet)
        cell = tb.cell(3, 1)
        for j, b in enumerate(inds):
            pp = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
            pp.add_run(b)
            H.set_num(pp, nb)
        for row in tb.rows:
            H.cant_split(row)
        H.fix_widths(tb, [1.8, 4.5])
    out = H.DOCS / f"{STEM}.docx"
    doc.save(out)

    comps = [H.competency(STEM, n, d, indicators=H.items(STEM, inds),
                           notes=[H.item(STEM, "Competency Cluster: Core")]) for n, d, inds in COMPS]
    H.write_gold(out, "docx", "PUBLIC SERVICE COMPETENCY FRAMEWORK", comps)


if __name__ == "__main__":
    build()

"""adb-competency-framework-national-staff.docx: Asian Development Bank, Competency Framework for
National Staff Levels 1 - 4 (excerpt: overview, how to read, two core competencies).

python-docx: real Word multilevel numbering (1. / a.) for the overview, superscript footnote
markers with the notes typed as small paragraphs, a two-column list table, and per competency a
"Competency Description" paragraph plus a level table (merged "National Staff" header over
Level 1..Level 4 columns, Word bullet lists inside the cells)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

import helpers as H

STEM = "adb-competency-framework-national-staff"

COMPS = [
    {
        "name": "Client Orientation",
        "description": "Understands the needs of clients and partners and works to meet them; builds and keeps "
                       "relationships with clients in developing member countries, cofinanciers and other "
                       "partners to deliver ADB's development results.",
        "levels": [
            ["Responds politely and promptly to requests from internal and external clients",
             "Gives clients accurate information or refers them to the right person",
             "Follows up to make sure that client requests have been dealt with"],
            ["Asks questions to clarify what clients need before acting",
             "Keeps clients informed of progress and of any delays",
             "Builds working relationships with counterpart staff in executing agencies"],
            ["Anticipates client needs and proposes practical ways of meeting them",
             "Handles client complaints calmly and looks for solutions acceptable to both sides",
             "Shares client feedback with the team to improve services"],
            ["Understands the country context of clients and how it shapes their needs",
             "Builds trust with government counterparts through reliable and consistent service",
             "Advises colleagues on how to respond to difficult client situations"],
        ],
    },
    {
        "name": "Working Together",
        "description": "Works constructively with colleagues across divisions, departments and locations; "
                       "respects differences and shares information to reach common goals.",
        "levels": [
            ["Cooperates willingly with colleagues in own unit",
             "Completes own share of team tasks on time",
             "Treats colleagues with courtesy and respect"],
            ["Offers help to colleagues when workloads are high",
             "Shares the information that others need to do their work",
             "Respects the views of colleagues from different cultures and backgrounds"],
            ["Works with staff of other divisions or resident missions to complete joint tasks",
             "Raises disagreements openly and constructively",
             "Acknowledges the contributions of others"],
            ["Builds networks across departments to support team goals",
             "Helps resolve conflicts within the team",
             "Encourages newer staff to take part in team discussions"],
        ],
    },
]

CORE = ["Application of Technical Knowledge and Skills", "Client Orientation",
        "Achieving Results and Problem Solving", "Working Together",
        "Communication and Knowledge Sharing", "Innovation and Change"]
MANAGERIAL = ["Managing Staff", "Leadership and Strategic Thinking", "Accountability",
              "Inspiring Trust and Integrity"]


def sup(p, text):
    r = p.add_run(text)
    r.font.superscript = True
    return r


def build():
    doc = Document()
    H.clear_core_props(doc, "ADB Competency Framework")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE")

    outline = H.add_abstract(doc, H.decimal_lvl("%1.", 360, 360) +
                             H.decimal_lvl("%2.", 720, 360, numfmt="lowerLetter", ilvl=1), "3A1F0C21")
    bullets = H.add_abstract(doc, H.bullet_lvl("\u2022", 216, 216), "3A1F0C22")

    t = doc.add_paragraph()
    r = t.add_run("ADB Competency Framework")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x00, 0x5B, 0xAA)
    t2 = doc.add_paragraph()
    r = t2.add_run("for National Staff Levels 1 \u2013 4")
    r.font.size = Pt(14)
    doc.add_heading("Overview", level=2)

    n1 = H.add_num(doc, outline)
    p = doc.add_paragraph("Competencies set out the key skills and behaviors needed to succeed within ADB. "
                          "Through indicators, they also show how behaviors are expected to grow as staff "
                          "move between job grades.")
    H.set_num(p, n1)
    p = doc.add_paragraph("ADB's competency framework sits at the heart of our staff management practices, "
                          "such as recruitment, assignment, staff development, and performance management. "
                          "Competencies describe the behaviors we expect of ADB staff today and in the future. "
                          "The framework is made up of two groups of competencies:")
    H.set_num(p, n1)
    p = doc.add_paragraph("Core competencies: six competencies that all staff are expected to show, "
                          "whatever their role or location.")
    H.set_num(p, n1, 1)
    p = doc.add_paragraph("Managerial competencies: four competencies expected of all staff at Level 7")
    sup(p, "1")
    p.add_run(" and above.")
    H.set_num(p, n1, 1)

    doc.add_paragraph().add_run("ADB's Core and Managerial Competencies").bold = True
    tb = doc.add_table(rows=2, cols=2)
    tb.style = "Table Grid"
    tb.cell(0, 0).paragraphs[0].add_run("Core Competencies").bold = True
    tb.cell(0, 1).paragraphs[0].add_run("Managerial Competencies").bold = True
    for col, names in ((0, CORE), (1, MANAGERIAL)):
        cell = tb.cell(1, col)
        for i, nm in enumerate(names):
            pp = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            pp.add_run(f"{i + 1}. {nm}")
    H.shade(tb.cell(0, 0), "DCE6F1")
    H.shade(tb.cell(0, 1), "DCE6F1")
    fn = doc.add_paragraph()
    sup(fn, "1")
    r = fn.add_run(" For Lead Professionals, all Managerial Competencies apply except Managing Staff.")
    r.font.size = Pt(8)

    doc.add_heading("How to read the competencies", level=2)
    p = doc.add_paragraph("Each competency")
    sup(p, "2")
    p.add_run(" has three components:")
    n2 = H.add_num(doc, outline, restart=True)
    p = doc.add_paragraph("Competency Description: a summary of the behavior expected at ADB. The indicators "
                          "that follow it differ by staff group and level.")
    H.set_num(p, n2)
    p = doc.add_paragraph("Staff groups: the core and managerial competencies apply to every staff category:")
    H.set_num(p, n2)
    for txt in ("International Staff: professionals recruited internationally, with technical knowledge "
                "and experience of international standards.",
                "National Staff: staff recruited locally at resident missions and headquarters, bringing "
                "knowledge of the country context.",
                "Administrative Staff: staff providing administrative and operational support."):
        p = doc.add_paragraph(txt)
        H.set_num(p, n2, 1)
    p = doc.add_paragraph("Levels: indicators are shown for each level. They build on one another; staff at "
                          "a given level are also expected to show the indicators of the levels below.")
    H.set_num(p, n2)
    fn = doc.add_paragraph()
    sup(fn, "2")
    r = fn.add_run(" This document shows the indicators for National Staff only; see the separate "
                   "frameworks for International and Administrative Staff.")
    r.font.size = Pt(8)

    for c in COMPS:
        doc.add_page_break()
        h = doc.add_heading(c["name"], level=1)
        p = doc.add_paragraph()
        p.add_run("Competency Description").bold = True
        doc.add_paragraph(c["description"])
        tb = doc.add_table(rows=3, cols=4)
        tb.style = "Table Grid"
        top = tb.cell(0, 0).merge(tb.cell(0, 3))
        top.paragraphs[0].add_run("National Staff").bold = True
        top.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        H.shade(top, "005BAA")
        top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for j in range(4):
            hc = tb.cell(1, j)
            hc.paragraphs[0].add_run(f"Level {j + 1}").bold = True
            hc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            H.shade(hc, "DCE6F1")
            cell = tb.cell(2, j)
            nb = H.add_num(doc, bullets)
            for k, b in enumerate(c["levels"][j]):
                pp = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                pp.add_run(b).font.size = Pt(9)
                H.set_num(pp, nb)
        H.repeat_header(tb.rows[0])
        H.repeat_header(tb.rows[1])
        H.fix_widths(tb, [1.6, 1.6, 1.6, 1.6])
    out = H.DOCS / f"{STEM}.docx"
    doc.save(out)

    comps = []
    for c in COMPS:
        levels = [H.level(j + 1, f"Level {j + 1}", H.items(STEM, c["levels"][j])) for j in range(4)]
        comps.append(H.competency(STEM, c["name"], c["description"], levels=levels))
    H.write_gold(out, "docx", "ADB Competency Framework", comps)


if __name__ == "__main__":
    build()

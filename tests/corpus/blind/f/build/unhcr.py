"""unhcr-competency-framework.pdf: UNHCR Competency Framework, Performance Appraisal & Management
System (PAMS), July 2012, Division of Human Resources Management (excerpt: cover, copyright note,
"Levels per Grade" table, the first two core competencies).

python-docx -> LibreOffice -> PDF. Page furniture "P <n>" in the footer; each competency is one
Word table: name + "Code: C00n" in the first row, a merged "Definition" row, a merged
"Behavioural Indicators" row, then one row per level (Level 1 .. Level 5) with typed "\u25aa" bullets."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "unhcr-competency-framework"
BLUE = RGBColor(0x00, 0x72, 0xBC)
COMPS = [
    ("Accountability", "C001",
     "Takes ownership of responsibilities and keeps commitments; delivers work on time, within budget and to "
     "the required quality, in line with UNHCR\u2019s regulations, rules and procedures; accepts personal "
     "responsibility for shortcomings in own work and in that of the work unit.",
     [["Carries out assigned tasks on time and to the required standard",
       "Follows the rules, procedures and instructions that apply to own work",
       "Admits own mistakes and corrects them"],
      ["Plans own work to meet agreed deadlines and quality standards",
       "Keeps the supervisor informed of progress and of problems that may affect results",
       "Uses resources carefully and accounts for their use"],
      ["Takes ownership of the results of own projects and of delegated tasks",
       "Makes sure the work of the unit complies with UNHCR\u2019s regulations and rules",
       "Acts on audit and evaluation findings in own area of work"],
      ["Holds staff accountable for agreed results and recognises good performance",
       "Puts in place systems to monitor the use of resources in the unit",
       "Takes responsibility for the shortcomings of the work unit"],
      ["Builds a culture of accountability across the operation or division",
       "Reports transparently to senior management and donors on results and resources",
       "Sets the example by personally honouring commitments"]]),
    ("Teamwork & Collaboration", "C002",
     "Works with colleagues across functions, locations and cultures to reach shared goals; values diverse "
     "contributions, shares information and builds trust within and between teams.",
     [["Cooperates with team members and does own share of the work",
       "Shares relevant information with colleagues",
       "Treats colleagues with respect whatever their background"],
      ["Offers help to colleagues when it is needed",
       "Seeks out and considers the views of others",
       "Helps to resolve minor disagreements within the team"],
      ["Works effectively with colleagues in other units and with partners",
       "Puts team goals ahead of personal interests",
       "Acknowledges the contributions of others to team results"],
      ["Builds teams that bring together diverse skills and backgrounds",
       "Encourages cooperation across units and with partner organizations",
       "Deals constructively with conflict within and between teams"],
      ["Promotes a culture of collaboration across UNHCR and with the wider humanitarian community",
       "Builds alliances with other agencies to reach common objectives",
       "Models collaborative behaviour in senior management forums"]]),
]
GRADES = [("Level 1", "G1 \u2013 G4"), ("Level 2", "G5 \u2013 G7"), ("Level 3", "P1 \u2013 P3, NOA \u2013 NOC"),
          ("Level 4", "P4 \u2013 P5, NOD"), ("Level 5", "D1 and above")]


def para(doc, text, size=10, bold=False, color=None, align=None, space_after=6):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def build():
    doc = Document()
    H.clear_core_props(doc, "UNHCR Competency Framework")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("P ").font.color.rgb = BLUE
    H.add_field(fp, "PAGE")

    for _ in range(6):
        para(doc, "")
    para(doc, "UNHCR COMPETENCY FRAMEWORK", 26, True, BLUE)
    para(doc, "PERFORMANCE APPRAISAL & MANAGEMENT SYSTEM (PAMS)", 14, True)
    para(doc, "July 2012", 12)
    para(doc, "Division of Human Resources Management", 12)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    para(doc, "\u00a9 UNHCR, 2009. All rights reserved.", 9)
    para(doc, "Reproduction and dissemination within the organization for educational or other "
              "non-commercial purposes is authorized without prior written permission, provided the source "
              "is fully acknowledged. Reproduction for resale or other commercial purposes, or translation "
              "for any purpose, is prohibited without the written permission of the copyright holders.", 9)
    para(doc, "Requests for permission should be addressed to the Performance Management Unit, DHRM.", 9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    para(doc, "Levels per Grade", 16, True, BLUE)
    para(doc, "Each competency is described at five levels. The level expected of a staff member depends on "
              "the grade of the post, as shown below.")
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    for j, lab in enumerate(("Level", "Grades")):
        tb.cell(0, j).paragraphs[0].add_run(lab).bold = True
        H.shade(tb.cell(0, j), "BDD7EE")
    for lv, gr in GRADES:
        row = tb.add_row()
        row.cells[0].paragraphs[0].add_run(lv)
        row.cells[1].paragraphs[0].add_run(gr)
    H.fix_widths(tb, [1.5, 3.0])
    para(doc, "")
    para(doc, "CORE COMPETENCIES", 16, True, BLUE)
    para(doc, "Core competencies apply to all UNHCR staff members, whatever their function or grade.")

    for i, (name, code, definition, levels) in enumerate(COMPS):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        tb = doc.add_table(rows=3 + len(levels), cols=3)
        tb.style = "Table Grid"
        H.fix_widths(tb, [1.2, 3.8, 1.5])
        nc = tb.cell(0, 0).merge(tb.cell(0, 1))
        r = nc.paragraphs[0].add_run(name)
        r.bold = True
        r.font.size = Pt(14)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        H.shade(nc, "0072BC")
        c = tb.cell(0, 2)
        c.paragraphs[0].add_run(f"Code: {code}").bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        H.shade(c, "0072BC")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        m = tb.cell(1, 0).merge(tb.cell(1, 2))
        m.paragraphs[0].add_run("Definition: ").bold = True
        m.paragraphs[0].add_run(definition)
        m = tb.cell(2, 0).merge(tb.cell(2, 2))
        m.paragraphs[0].add_run("Behavioural Indicators").bold = True
        H.shade(m, "DEEAF6")
        for j, behs in enumerate(levels):
            row = tb.rows[3 + j]
            H.cant_split(row)
            row.cells[0].paragraphs[0].add_run(f"Level {j + 1}").bold = True
            bc = row.cells[1].merge(row.cells[2])
            for k, b in enumerate(behs):
                pp = bc.paragraphs[0] if k == 0 else bc.add_paragraph()
                pp.add_run("\u25aa " + b)
    tmp = H.BATCH / "build" / "tmp"
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    H.soffice(src, "pdf", H.DOCS)

    comps = []
    for name, code, definition, levels in COMPS:
        lv = [H.level(j + 1, f"Level {j + 1}", H.items(STEM, b)) for j, b in enumerate(levels)]
        comps.append(H.competency(STEM, name, definition, levels=lv,
                                  notes=[H.item(STEM, f"Code: {code}")]))
    H.write_gold(H.DOCS / f"{STEM}.pdf", "pdf", "UNHCR COMPETENCY FRAMEWORK", comps)


if __name__ == "__main__":
    build()

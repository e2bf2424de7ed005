"""Bhutan DoAT "Competency Based Framework for Fire and Rescue Officer" (April 2021), sections 2.6.2-2.6.5.

Word document (the RCSC competency-based-framework template) converted to PDF with LibreOffice. The real
document's contents list gives the structure: 2.6.1 Identification of Key Roles, 2.6.2 Identification of
Competency areas, 2.6.3 Identification of Key Competencies, 2.6.4 Identification of Behavioral Indicators, 2.6.5
Classification of Proficiency Levels, with the levels Entry Level (P5/P4), Mid-Level (P3), Experienced Level
(P2) and Advanced Level (P1) (2.7.1-2.7.4). Running header "Competency Based Framework for Fire & Rescue Officer",
page numbers of the full document. Tables, competency areas, key competencies, indicators and level descriptions
are ours (the stored copy stops at the contents page).
"""
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

import bzlib as L
C = L.C

STEM = "doat-fire-rescue-cbf"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Competency Based Framework for Fire & Rescue Officer"
LEVELS = ["Entry Level (P5/P4)", "Mid-Level (P3)", "Experienced Level (P2)", "Advanced Level (P1)"]

AREAS = [
    ("Aircraft rescue and fire fighting", "Fire Fighting and Rescue Operations", [
        ("Aircraft fire suppression",
         ["Selects the right extinguishing agent for the type and size of the fire",
          "Positions rescue and fire fighting vehicles according to wind direction and aircraft layout",
          "Applies foam, dry chemical and water streams safely and effectively",
          "Keeps communication with the incident commander and air traffic services throughout the operation"],
         ["Performs basic hose and extinguisher operations under close supervision during drills and incidents.",
          "Operates turret and handline streams independently and assists in sizing up aircraft fires.",
          "Leads a crew in suppression operations and decides on agent application and vehicle positioning.",
          "Commands major aircraft fire incidents and develops suppression strategies and standard operating "
          "procedures."]),
        ("Rescue and casualty handling",
         ["Gains access to the aircraft through approved entry points and with forcible entry tools",
          "Evacuates occupants safely, assisting passengers with special needs",
          "Gives basic first aid and triage to casualties until medical services arrive"],
         ["Assists with evacuation and carries out basic first aid under supervision.",
          "Carries out forcible entry and casualty removal as a member of a rescue team.",
          "Supervises rescue and triage at the incident site and coordinates with medical teams.",
          "Plans rescue operations for all aircraft types operating at the airport and leads joint exercises with "
          "hospitals and other agencies."]),
    ]),
    ("Fire prevention and safety", "Fire Safety and Prevention", [
        ("Fire safety inspection",
         ["Inspects terminal buildings, fuel farms and hangars for fire hazards",
          "Checks that fire detection and suppression systems are in working order",
          "Records findings and recommends corrective actions to the responsible units"],
         ["Assists in routine inspections using the inspection checklist.",
          "Conducts routine inspections independently and reports hazards found.",
          "Plans the inspection schedule and follows up on corrective actions.",
          "Develops fire safety standards for airport facilities and advises management on compliance."]),
        ("Emergency preparedness and drills",
         ["Takes part in full-scale, partial and table-top emergency exercises",
          "Knows own role and the roles of other agencies in the Airport Emergency Plan",
          "Reviews the results of drills and contributes to lessons learnt"],
         ["Participates in drills and follows the instructions of the crew leader.",
          "Prepares equipment and crews for drills and records their outcomes.",
          "Designs drill scenarios and evaluates the performance of crews.",
          "Reviews the Airport Emergency Plan with stakeholders and leads full-scale emergency exercises."]),
    ]),
    ("Equipment and vehicle readiness", "Fire Equipment and Vehicle Management", [
        ("Rescue and fire fighting vehicle operation",
         ["Carries out daily checks on rescue and fire fighting vehicles and equipment",
          "Drives vehicles safely on the airside within the required response time",
          "Reports defects and keeps maintenance records up to date"],
         ["Carries out daily vehicle checks under supervision and drives on the airside when authorised.",
          "Operates all rescue and fire fighting vehicles and meets the required response time.",
          "Supervises vehicle maintenance schedules and the upkeep of equipment records.",
          "Plans the replacement and procurement of vehicles and equipment in line with the airport category."]),
    ]),
]


def heading(d, text, size=11, before=8, after=4):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def body(d, text, after=6):
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(text)
    return p


def ctext(cell, text, bold=False, size=10, align=None, first=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.paragraph_format.space_after = Pt(1)
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


def numbered(d, cell, items, abstract, size=10):
    nid = C.add_num(d, abstract, restart=True)
    for i, t in enumerate(items):
        p = ctext(cell, t, size=size, first=(i == 0))
        C.set_num(p, nid)


def head_row(t, labels, size=10):
    for i, h in enumerate(labels):
        ctext(t.cell(0, i), h, bold=True, size=size, align=WD_ALIGN_PARAGRAPH.CENTER)
        C.shade(t.cell(0, i), "BDD7EE")
    C.mark_header_row(t.rows[0])


def build(docx_path):
    d = Document()
    C.clear_core_props(d, "Final Fire and Rescue CBF")
    d.core_properties.author = "DoAT"
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="8"/>'))
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run(TITLE)
    r.italic = True
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    C.add_field(fp, "PAGE", "8")
    dec = C.add_abstract(d, C.DECIMAL_LVL.format(left=340, hang=340), "6B2C4D1E")

    heading(d, "2.6.2. Identification of Competency areas", before=0)
    body(d, "A competency area is a broad grouping of related key competencies required to perform a key role. "
            "Following the key roles identified in 2.6.1, the task force identified three competency areas for "
            "the Fire and Rescue Officer, as shown in Table 3.")
    p = body(d, "Table 3: Key roles and competency areas", after=2)
    p.runs[0].bold = True
    t = d.add_table(rows=len(AREAS) + 1, cols=3)
    t.style = "Table Grid"
    head_row(t, ["Sl. No.", "Key Role", "Competency Area"])
    for i, (role, area, _) in enumerate(AREAS, 1):
        ctext(t.cell(i, 0), str(i), align=WD_ALIGN_PARAGRAPH.CENTER)
        ctext(t.cell(i, 1), role)
        ctext(t.cell(i, 2), area)
    C.fix_widths(t, [0.7, 2.9, 2.9])

    heading(d, "2.6.3. Identification of Key Competencies")
    body(d, "Key competencies are the specific knowledge, skills and abilities needed to perform effectively "
            "within each competency area. Five key competencies were identified (Table 4).")
    p = body(d, "Table 4: Competency areas and key competencies", after=2)
    p.runs[0].bold = True
    t = d.add_table(rows=len(AREAS) + 1, cols=2)
    t.style = "Table Grid"
    head_row(t, ["Competency Area", "Key Competencies"])
    for i, (_, area, comps) in enumerate(AREAS, 1):
        ctext(t.cell(i, 0), area, bold=True)
        numbered(d, t.cell(i, 1), [c[0] for c in comps], dec)
    C.fix_widths(t, [2.6, 3.9])

    heading(d, "2.6.4. Identification of Behavioral Indicators")
    body(d, "Behavioral indicators (BIs) are observable and measurable behaviours that show whether an officer "
            "demonstrates a key competency. The BIs identified for each key competency are listed in Table 5.")
    p = body(d, "Table 5: Key competencies and behavioral indicators", after=2)
    p.runs[0].bold = True
    n = sum(len(c) for _, _, c in AREAS)
    t = d.add_table(rows=n + 1, cols=3)
    t.style = "Table Grid"
    head_row(t, ["Competency Area", "Key Competencies", "Behavioral Indicators"])
    row = 1
    for _, area, comps in AREAS:
        top = row
        for name, bis, _ in comps:
            ctext(t.cell(row, 1), name)
            numbered(d, t.cell(row, 2), bis, dec)
            row += 1
        ac = t.cell(top, 0).merge(t.cell(row - 1, 0)) if row - 1 > top else t.cell(top, 0)
        ctext(ac, area, bold=True)
        ac.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    C.fix_widths(t, [1.6, 1.7, 3.3])

    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    for el in sec2._sectPr.findall('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgNumType'):
        sec2._sectPr.remove(el)
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.left_margin = sec2.right_margin = Cm(2.0)
    sec2.top_margin = sec2.bottom_margin = Cm(1.8)
    heading(d, "2.6.5. Classification of Proficiency Levels", before=0)
    body(d, "Proficiency levels describe the expected depth of each key competency as an officer progresses. "
            "Four proficiency levels were classified in line with the position levels of the Fire and Rescue "
            "Officer: Entry Level (P5/P4), Mid-Level (P3), Experienced Level (P2) and Advanced Level (P1). The "
            "proficiency levels for each competency area are given in Tables 6 to 8.")
    for k, (_, area, comps) in enumerate(AREAS):
        p = body(d, f"Table {6 + k}: Proficiency levels \u2013 {area}", after=2)
        p.runs[0].bold = True
        t = d.add_table(rows=len(comps) + 1, cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        head_row(t, ["Key Competencies"] + LEVELS)
        for i, (name, _, lv) in enumerate(comps, 1):
            ctext(t.cell(i, 0), name, bold=True)
            for j, txt in enumerate(lv):
                ctext(t.cell(i, j + 1), txt)
            C.row_flags(t.rows[i])
        C.fix_widths(t, [1.9, 2.05, 2.05, 2.05, 2.05])
        d.add_paragraph().paragraph_format.space_after = Pt(4)
    d.save(docx_path)


def main():
    import tempfile
    tmp = L.Path(tempfile.mkdtemp(prefix="bz-doat-")) / f"{STEM}.docx"
    build(tmp)
    L.convert(tmp, OUT, "pdf")
    g = L.Gold(STEM)
    for _, _, comps in AREAS:
        for name, bis, lv in comps:
            g.comp(name, None, indicators=[g.item(b) for b in bis],
                   levels=[g.level(r + 1, LEVELS[r], [txt]) for r, txt in enumerate(lv)])
    g.write(OUT, "pdf", TITLE)
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()

"""Australasian College of Health Service Management (ACHSM) - Master Health Service Management Competency
Framework, Domain 5 excerpt with development resources (DOCX).

Modelled on the ACHSM Master Health Service Management Competency Framework (2016, draft v1.7 / 2022
brochure): a two-column Word table per competency domain ("COMPETENCY DOMAIN: 5. PROFESSIONAL AND SOCIAL
RESPONSIBILITY" merged banner, "Short title | Competency statement" header, "Sub-Domain | 5.2. ..." rows,
statements numbered "5.2.1." with "[see also 5.2.3]" cross-references). The development-resource pages
(suggested activities, suggested reading as a Word table with Title / Author(s) / Publisher / Year columns)
were asked for by the batch assignment; all wording is ours. python-docx, A4 landscape table pages.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import bmlib as L

STEM = "achsm-competency-framework-domain-5"
OUT = L.DOCS / f"{STEM}.docx"
TEAL = RGBColor(0x00, 0x5A, 0x70)

SUBDOMAINS = [
    ("5.2. Profession and Professional Development", [
        ("5.2.1.", "Commits to own professional growth",
         "Shows commitment to self-development through continuing education, networking, reflection and personal "
         "improvement", None),
        ("5.2.2.", "Advances the health management profession",
         "Contributes to the growth of health management as a profession by sharing knowledge and experience",
         "5.2.3"),
        ("5.2.3.", "Invests in developing others",
         "Shows commitment to developing others by mentoring, advising, coaching, teaching and acting as a role "
         "model", None),
    ]),
    ("5.3. Self-Awareness", [
        ("5.3.1.", "Understands own attributes",
         "Uses self-assessment and feedback from others to become aware of own assumptions, values, strengths and "
         "limitations, and of the effect these have on communication and decision making", "5.2.1"),
    ]),
]

RESOURCES = {
    "5.2.1.": (["Keep a reflective journal for three months and review it with a mentor",
                "Set a yearly continuing professional development plan and record progress against it",
                "Join an ACHSM branch event or special interest group to extend your network"],
               [("The Reflective Practitioner: How Professionals Think in Action", "Donald A. Sch\u00f6n",
                 "Basic Books", "1983")]),
    "5.2.2.": (["Present a case study from your service at a College conference or branch meeting",
                "Write a short article for a College publication on a lesson learned in practice",
                "Take part in the College accreditation or fellowship review panels"],
               [("Leadership in Healthcare: Essential Values and Skills", "Carson F. Dye",
                 "Health Administration Press", "2017")]),
    "5.2.3.": (["Act as a mentor in the College mentoring program",
                "Supervise a health management intern or graduate trainee",
                "Run a short teaching session for staff on a management skill you use well"],
               [("The Mentor\u2019s Guide: Facilitating Effective Learning Relationships", "Lois J. Zachary",
                 "Jossey-Bass", "2012"),
                ("Coaching Skills: The Definitive Guide to Being a Coach", "Jenny Rogers",
                 "Open University Press", "2016")]),
    "5.3.1.": (["Complete a 360-degree feedback process and discuss the report with a coach",
                "Ask two colleagues to describe how you come across in meetings, and compare this with your own view"],
               [("Insight: The Surprising Truth About How Others See Us", "Tasha Eurich", "Crown Business", "2017"),
                ("Emotional Intelligence: Why It Can Matter More Than IQ", "Daniel Goleman", "Bantam Books",
                 "1995")]),
}


def fonts(doc):
    st = doc.styles
    L.style_font(st["Normal"], "Liberation Sans")
    st["Normal"].font.size = Pt(10)
    st["Normal"].paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 18), ("Heading 1", 13.5), ("Heading 2", 11.5), ("Heading 3", 10.5)):
        s = st[name]
        L.style_font(s, "Liberation Sans")
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.color.rgb = TEAL
        s.paragraph_format.space_before = Pt(10 if name != "Title" else 0)
    L.style_font(st["List Bullet"], "Liberation Sans")


def header_footer(sec):
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("ACHSM Master Health Service Management Competency Framework")
    r.font.size = Pt(8)
    r.font.color.rgb = TEAL
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 25.6)
    r = fp.add_run("All Competency Framework content copyright \u00a9 Australasian College of Health Service "
                   "Management. No unauthorised reproduction permitted.\t")
    r.font.size = Pt(7.5)
    L.add_field(fp, "PAGE")
    fp.runs[-2].font.size = Pt(8)


def build():
    from docx.enum.section import WD_ORIENT
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)
    fonts(doc)
    header_footer(sec)
    L.clear_core_props(doc, "Master Health Service Management Competency Framework")

    doc.add_paragraph("MASTER HEALTH SERVICE MANAGEMENT COMPETENCY FRAMEWORK", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Domain 5 excerpt with development resources for members")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph(
        "The Framework is organised in five domains of practice, each divided into sub-domains and competency "
        "statements. Members can use it for self-assessment, as a mentoring tool and to plan their professional "
        "development. This excerpt reproduces two sub-domains of Domain 5 and, for each competency, suggests "
        "development activities and reading.")

    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    L.table_borders(t, "5F7F8A")
    c = L.merge_row(t, 0)
    run = c.paragraphs[0].add_run("COMPETENCY DOMAIN: 5. PROFESSIONAL AND SOCIAL RESPONSIBILITY")
    run.bold = True
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    L.shade(c, "005A70")
    for cell, h in zip(t.rows[1].cells, ("Short title", "Competency statement")):
        cell.paragraphs[0].add_run(h).bold = True
        L.shade(cell, "CFE3E8")
    L.row_flags(t.rows[1], cant_split=True, header=True)
    for sub, comps in SUBDOMAINS:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run("Sub-Domain").bold = True
        cells[1].paragraphs[0].add_run(sub).bold = True
        for cc in cells:
            L.shade(cc, "EEF5F7")
        for num, name, stmt, see in comps:
            cells = t.add_row().cells
            cells[0].paragraphs[0].add_run(name)
            txt = f"{num} {stmt}" + (f" [see also {see}]" if see else "")
            cells[1].paragraphs[0].add_run(txt)
    L.fix_widths(t, [3.1, 6.9])

    doc.add_page_break()
    doc.add_paragraph("DEVELOPMENT RESOURCES", style="Heading 1")
    for sub, comps in SUBDOMAINS:
        for num, name, stmt, see in comps:
            doc.add_paragraph(f"{num.rstrip('.')} {name}", style="Heading 2")
            acts, reads = RESOURCES[num]
            doc.add_paragraph("Suggested development activities", style="Heading 3")
            for a in acts:
                doc.add_paragraph(a, style="List Bullet")
            doc.add_paragraph("Suggested reading", style="Heading 3")
            rt = doc.add_table(rows=1, cols=4)
            L.table_borders(rt, "A6A6A6")
            for cell, h in zip(rt.rows[0].cells, ("Title", "Author(s)", "Publisher", "Year")):
                cell.paragraphs[0].add_run(h).bold = True
                L.shade(cell, "CFE3E8")
            for row in reads:
                cells = rt.add_row().cells
                for cell, v in zip(cells, row):
                    cell.paragraphs[0].add_run(v)
            L.fix_widths(rt, [4.6, 2.4, 2.2, 0.8])
    doc.save(str(OUT))


def gold():
    by_num = {num: name for _, comps in SUBDOMAINS for num, name, _, _ in comps}
    out = []
    for sub, comps in SUBDOMAINS:
        for num, name, stmt, see in comps:
            acts, reads = RESOURCES[num]
            readings = [L.reading(STEM, " | ".join(r), r[0], [r[1]], r[2], int(r[3])) for r in reads]
            related = [by_num[see + "."]] if see else []
            out.append(L.competency(STEM, name, stmt, activities=L.items(STEM, acts), readings=readings,
                                    related=related))
    return out


def main():
    build()
    L.write_gold(OUT, "docx", "MASTER HEALTH SERVICE MANAGEMENT COMPETENCY FRAMEWORK", gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

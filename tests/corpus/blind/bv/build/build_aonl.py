"""AONL (American Organization for Nursing Leadership, formerly AONE) - "Nurse Manager Skills Inventory" (DOCX).

Modelled on the Nurse Manager Skills Inventory / "Nurse Manager Inventory Tool" (developed by the Nurse Manager
Leadership Partnership of AONE, AACN and AORN, (c) 2006 NMLP, distributed by AONE/AONL with its Nurse Leader
Skill Assessments): an introduction, the three-domain Nurse Manager Learning Domain Framework (The Science:
Managing the Business / The Art: Leading the People / The Leader Within: Creating the Leader in Yourself), a
self-rating scale (Novice ... Expert, after Benner) and, per domain, a rating table whose rows are short skill
statements grouped under competency rows (Financial Management, Performance Improvement, Diversity, Personal
and Professional Accountability), followed by a development-planning page. Skill statements are paraphrased and
partly ours; intro and instructions reworded. python-docx, US Letter, Word styles, repeated header rows, merged
competency rows.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Inches, Pt, RGBColor

import bvlib as L

STEM = "aonl-nurse-manager-skills-inventory"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "Nurse Manager Skills Inventory"
PLUM = RGBColor(0x6B, 0x1F, 0x5C)
SCALE = [("1", "Novice"), ("2", "Advanced Beginner"), ("3", "Competent"), ("4", "Proficient"), ("5", "Expert")]

DOMAINS = [
    ("The Science: Managing the Business", [
        ("Financial Management", [
            "Grasp of health care economics and policy",
            "Building a unit or department budget",
            "Monitoring the budget and explaining variances",
            "Forecasting expenses",
            "Principles of the capital budget",
            "Principles of cost-benefit analysis",
            "Productivity and staffing measures"]),
        ("Performance Improvement", [
            "Using data to track quality and patient outcomes",
            "Applying a structured improvement method (for example, Plan-Do-Study-Act)",
            "Patient safety principles and event reporting",
            "Leading a unit-based improvement team",
            "Meeting regulatory and accreditation requirements"]),
    ]),
    ("The Art: Leading the People", [
        ("Diversity", [
            "Creating an inclusive environment for staff",
            "Understanding generational differences in the workforce",
            "Delivering culturally responsive patient care",
            "Recognizing and addressing bias and inequity on the unit",
            "Recruiting and retaining a diverse staff"]),
    ]),
    ("The Leader Within: Creating the Leader in Yourself", [
        ("Personal and Professional Accountability", [
            "Pursuing certification and continuing education",
            "Taking an active part in professional organizations",
            "Role-modeling professional nursing practice",
            "Applying ethical principles when making decisions",
            "Holding self and others accountable to agreed standards"]),
    ]),
]


def build():
    d = Document()
    st = d.styles["Normal"]
    L.style_font(st, "Calibri")
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(5)
    for s in ("Heading 1", "Heading 2", "Title", "Subtitle"):
        L.style_font(d.styles[s], "Calibri")
        d.styles[s].font.color.rgb = PLUM
    d.styles["Heading 1"].font.size = Pt(15)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("AONL  |  American Organization for Nursing Leadership")
    r.font.size, r.font.color.rgb, r.bold = Pt(8.5), PLUM, True
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 17.5)
    r = fp.add_run("Nurse Manager Skills Inventory  \u00a9 2006 NMLP. Used with permission of AONE, AACN and AORN.\t")
    r.font.size = Pt(7.5)
    L.add_field(fp, "PAGE")

    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph("A self-assessment of nurse manager knowledge, skills and behaviors", style="Subtitle")
    d.add_heading("Introduction to the Nurse Manager Inventory Tool", level=1)
    d.add_paragraph("Nurse managers shape the environment in which nurses practice. Of all leadership roles in "
                    "health care, the nurse manager has the most direct effect on the care and services that "
                    "patients and families receive, and a far-reaching influence on the professional culture that "
                    "attracts and keeps expert nurses.")
    d.add_paragraph("This inventory describes the skills and behaviors expected of a successful nurse manager. "
                    "Complete it as a self-evaluation; you may pair it with your supervisor\u2019s assessment to "
                    "build an individual professional development plan. The inventory follows the three-domain "
                    "Nurse Manager Learning Domain Framework developed by three national nursing associations.")
    d.add_heading("Nurse Manager Learning Domain Framework", level=2)
    bn = L.add_numbering(d, L.bullet_lvl(glyph="\u2022", left=360, hanging=360), "9A0B1C2D")
    for t in ["The Science: Managing the Business",
              "The Art: Leading the People",
              "The Leader Within: Creating the Leader in Yourself"]:
        L.set_num(d.add_paragraph(t), bn)
    d.add_heading("Instructions", level=2)
    d.add_paragraph("For each item, mark the column that best describes your current level of skill. Be honest: "
                    "the inventory is a tool for your development, not an evaluation of your performance.")
    key = d.add_table(rows=2, cols=5)
    key.style = "Table Grid"
    for j, (n, lab) in enumerate(SCALE):
        c = key.rows[0].cells[j]
        c.text = ""
        c.paragraphs[0].add_run(n).bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        L.shade(c, "EADCE7")
        key.rows[1].cells[j].text = lab
        key.rows[1].cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.fix_widths_cm(key, [3.5] * 5)

    for di, (domain, comps) in enumerate(DOMAINS):
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        d.add_heading(domain, level=1)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Skill"] + [n for n, _ in SCALE]):
            c = t.rows[0].cells[j]
            c.text = ""
            rr = c.paragraphs[0].add_run(h)
            rr.bold = True
            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            L.shade(c, "6B1F5C")
            if j:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        L.row_flags(t.rows[0], header=True)
        for cname, skills in comps:
            row = t.add_row()
            L.row_flags(row)
            m = row.cells[0].merge(row.cells[5])
            m.text = ""
            m.paragraphs[0].add_run(cname).bold = True
            L.shade(m, "EADCE7")
            for s in skills:
                row = t.add_row()
                L.row_flags(row)
                row.cells[0].text = s
        L.fix_widths_cm(t, [11.0, 1.2, 1.2, 1.2, 1.2, 1.2])
        d.add_paragraph()
        d.add_paragraph("Comments: " + "_" * 70)

    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Creating Your Development Plan", level=1)
    d.add_paragraph("Review your ratings and circle the three items where growth would make the greatest "
                    "difference to your unit. For each one, identify a learning activity, a person who can "
                    "support you and a date to review progress.")
    pl = d.add_table(rows=4, cols=4)
    pl.style = "Table Grid"
    for j, h in enumerate(["Skill to develop", "Learning activity", "Support person", "Review date"]):
        c = pl.rows[0].cells[j]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        L.shade(c, "EADCE7")
    for row in pl.rows[1:]:
        row.height = Cm(1.8)
    L.fix_widths_cm(pl, [5.0, 5.2, 3.8, 3.0])
    L.clear_core_props(d, TITLE)
    d.save(str(OUT))


def gold():
    doc = STEM
    comps = []
    for _domain, cs in DOMAINS:
        for cname, skills in cs:
            comps.append(L.competency(doc, cname, None, indicators=L.items(doc, skills)))
    L.write_gold(OUT, "docx", TITLE, comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

"""DOBCEL Leadership Competency Framework brochure (excerpt: introduction page and three core competencies).

PDF (python-docx -> LibreOffice), A4 portrait, 3 pages: running header "Diocese of Ballarat Catholic Education
Limited" over a rule, footer "DOBCEL Leadership Competency Framework | Called to Lead" + PAGE field; title,
strapline, introduction, "How the framework is structured" (seven core competencies + domain-specific behaviours
in three domains), a note that it is not an appraisal tool; then per core competency a shaded band
"Core Competency n" + name, a short description, and a three-column table whose column headings are the domains
Leading Self | Leading Others | Leading Schools with Word bullets in each cell.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

import bnlib as L

STEM = "dobcel-leadership-competency-framework"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "DOBCEL Leadership Competency Framework"
DOMAINS = ["Leading Self", "Leading Others", "Leading Schools"]
MAROON = RGBColor(0x7A, 0x1F, 0x2B)

COMPS = [
    ("Leads from Catholic Identity",
     "Draws on the Gospel and the Catholic tradition to shape decisions, relationships and the life of the "
     "community, so that faith is visible in the way leadership is exercised.",
     [["Reflects on how personal faith and values guide daily choices",
       "Takes part in prayer, liturgy and formation opportunities",
       "Acts with integrity when no one is watching"],
      ["Invites colleagues to connect their work with the mission of Catholic education",
       "Makes room for prayer and reflection in team meetings",
       "Names and affirms Gospel values when they are seen in others"],
      ["Keeps Catholic identity central to school planning and review",
       "Builds partnerships with the parish and the wider Church community",
       "Ensures that decisions about resources reflect a preferential care for the most vulnerable"]]),
    ("Builds Relational Trust",
     "Develops honest, respectful and reliable relationships with students, staff, families and the wider "
     "community, because trust is the foundation of every learning community.",
     [["Follows through on commitments and admits mistakes openly",
       "Listens to understand before responding",
       "Manages own emotions in difficult conversations"],
      ["Gives clear and timely feedback in a way that maintains dignity",
       "Addresses conflict early and fairly",
       "Creates a team climate where people feel safe to speak up"],
      ["Models transparent decision-making across the school community",
       "Engages families as genuine partners in their children\u2019s learning",
       "Repairs relationships after disagreement and holds the community together through change"]]),
    ("Learning-Focused Leadership",
     "Keeps the learning and wellbeing of every student at the centre of leadership, and uses evidence to "
     "improve teaching and learning.",
     [["Seeks out professional learning and applies it in practice",
       "Uses feedback and data to reflect on the impact of own work"],
      ["Coaches colleagues to set goals and improve their practice",
       "Leads collaborative inquiry into student learning",
       "Shares effective practice within and beyond the team"],
      ["Sets a clear, shared vision for learning across the school",
       "Aligns school improvement plans with system priorities and evidence",
       "Monitors progress and adjusts strategies so that every student can flourish"]]),
]


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    L.style_font(d.styles["Normal"], "Arial")
    d.styles["Normal"].font.size = Pt(10.5)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.0)
    s.top_margin, s.bottom_margin = Cm(2.2), Cm(2.0)
    hp = s.header.paragraphs[0]
    r = hp.add_run("Diocese of Ballarat Catholic Education Limited")
    r.font.size, r.font.color.rgb, r.bold = Pt(9), MAROON, True
    L.para_border(hp, ("bottom",), color="7A1F2B", size=8)
    fp = s.footer.paragraphs[0]
    L.right_tab(fp, 17.0)
    fp.add_run("DOBCEL Leadership Competency Framework | Called to Lead\t").font.size = Pt(8)
    L.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)

    bullet = L.add_numbering(d, L.bullet_lvl("\u2022", left=284, hanging=227), "1B2C3D4E")

    p = d.add_paragraph()
    r = p.add_run(TITLE)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(24), MAROON
    p = d.add_paragraph()
    r = p.add_run("Called to Lead \u2013 Growing Leaders, Strengthening Impact")
    r.italic, r.font.size = True, Pt(14)
    p = d.add_paragraph()
    r = p.add_run("A shared understanding of what effective leadership looks like across DOBCEL")
    r.bold, r.font.size = True, Pt(12)
    for t in [
        "At DOBCEL, leadership does not depend on a role or a title. It is how we turn up, how we work with one "
        "another and how we lead out of our Catholic identity.",
        "The Leadership Competency Framework (LCF) gives our schools and offices one consistent picture of effective "
        "leadership. Grounded in our Catholic identity and our vision of Fullness of Life for All, it translates "
        "professional standards and system priorities into leadership behaviours that can be observed, practised "
        "and grown over time.",
    ]:
        d.add_paragraph(t).paragraph_format.space_after = Pt(6)
    p = d.add_paragraph()
    r = p.add_run("How the framework is structured")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(14), MAROON
    d.add_paragraph("The framework brings together two elements:")
    for lead, rest in [("Seven core leadership competencies", " \u2013 behaviours that apply to everyone, whatever their role, "
                        "setting or level of responsibility."),
                       ("Domain-specific behaviours", " \u2013 how each competency is expressed in three domains: "
                        "Leading Self, Leading Others and Leading Schools.")]:
        p = d.add_paragraph()
        L.set_num(p, bullet)
        p.add_run(lead).bold = True
        p.add_run(rest)
    d.add_paragraph("Leadership grows over time and in context. A person may show different competencies at different "
                    "times and in different settings. The framework is not a checklist and it is not a performance "
                    "rating or appraisal tool; use it to prompt reflection, coaching and goal setting.")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    for i, (name, desc, cells) in enumerate(COMPS, start=1):
        band = d.add_paragraph()
        L.para_shading(band, "7A1F2B")
        r = band.add_run(f"Core Competency {i}  ")
        r.font.size, r.font.color.rgb = Pt(10), RGBColor(0xF2, 0xD7, 0xA0)
        r = band.add_run(name)
        r.bold, r.font.size, r.font.color.rgb = True, Pt(15), RGBColor(0xFF, 0xFF, 0xFF)
        L.keep_with_next(band)
        p = d.add_paragraph(desc)
        p.paragraph_format.space_after = Pt(6)
        L.keep_with_next(p)
        t = d.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        L.fix_widths(t, [2.24, 2.24, 2.24])
        for c, h in zip(t.rows[0].cells, DOMAINS):
            cp = c.paragraphs[0]
            rr = cp.add_run(h)
            rr.bold, rr.font.color.rgb = True, RGBColor(0xFF, 0xFF, 0xFF)
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            L.shade(c, "A8414F")
        L.row_flags(t.rows[0], header=True)
        for c, items in zip(t.rows[1].cells, cells):
            first = True
            for it in items:
                cp = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                L.set_num(cp, bullet)
                cp.add_run(it).font.size = Pt(9.5)
                cp.paragraph_format.space_after = Pt(3)
        L.row_flags(t.rows[1])
        sp = d.add_paragraph()
        sp.paragraph_format.space_after = Pt(10)
        if i == 2:
            sp.add_run().add_break(WD_BREAK.PAGE)
    L.docx_to_pdf(d, OUT)


def gold():
    comps = []
    for name, desc, cells in COMPS:
        levels = [L.level(STEM, rank, dom, items) for rank, (dom, items) in enumerate(zip(DOMAINS, cells), start=1)]
        comps.append(L.competency(STEM, name, desc, levels=levels))
    return L.write_gold(OUT, "pdf", TITLE, comps)


def main():
    build()
    print(gold())


if __name__ == "__main__":
    main()

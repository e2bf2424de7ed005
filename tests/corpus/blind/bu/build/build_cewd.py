"""Center for Energy Workforce Development (CEWD) - "Energy Industry Competency Model: Generation,
Transmission & Distribution" (updated March 2021), excerpt (PDF).

Modelled on the CEWD model book (built on the US Department of Labor building-blocks format): a cover, the
tier "model graphic" (here a table of tiers and competency names), then one page per tier with a coloured
tier band, a tier introduction and numbered competencies "1.1 Name: definition" followed by bold sub-headings
with bullets (tiers 1-3) or "Critical Work Functions" / "Technical Content Areas" bullet groups (tier 4).
Footer with the model name and the page number. Wording ours. python-docx -> LibreOffice PDF, US Letter.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt, RGBColor

import bulib as L

STEM = "cewd-energy-competency-model"
OUT = L.DOCS / f"{STEM}.pdf"
NAVY = RGBColor(0x0B, 0x3C, 0x5D)
ORANGE = "E87722"
BAND = "0B3C5D"

GRAPHIC = [
    ("Tier 5 \u2013 Industry-Sector Technical Competencies",
     "Non-Nuclear Generation \u2022 Nuclear Generation \u2022 Electric Transmission & Distribution \u2022 "
     "Gas Transmission & Distribution"),
    ("Tier 4 \u2013 Industry-Wide Technical Competencies",
     "Industry Principles & Concepts \u2022 Safety Awareness \u2022 Environmental Laws & Regulations \u2022 "
     "Quality Control & Continuous Improvement \u2022 Troubleshooting"),
    ("Tier 3 \u2013 Workplace Competencies",
     "Teamwork \u2022 Following Directions \u2022 Planning, Organizing & Scheduling \u2022 Problem Solving & "
     "Decision Making \u2022 Working with Tools & Technology \u2022 Ethics \u2022 Business Fundamentals"),
    ("Tier 2 \u2013 Academic Competencies",
     "Reading \u2022 Writing \u2022 Mathematics \u2022 Science \u2022 Listening \u2022 Speaking \u2022 "
     "Critical & Analytical Thinking \u2022 Information Technology"),
    ("Tier 1 \u2013 Personal Effectiveness Competencies",
     "Interpersonal Skills \u2022 Integrity \u2022 Professionalism \u2022 Reputation \u2022 Motivation \u2022 "
     "Dependability & Reliability \u2022 Self-Development \u2022 Flexibility & Adaptability \u2022 Ability to Learn"),
]

TIERS = [
    dict(
        band="TIER 1 \u2013 PERSONAL EFFECTIVENESS COMPETENCIES",
        intro=("Personal effectiveness competencies are the personal attributes that a worker brings to any job. "
               "They are usually learned at home, at school and in the community, and employers look for them "
               "before any technical training begins."),
        comps=[
            dict(num="1.1", name="Interpersonal Skills",
                 definition="Getting along and working well with co-workers, customers and contractors.",
                 kind="sub",
                 groups=[
                     ("Showing respect", [
                         "Treats people courteously whatever their background, role or opinion",
                         "Listens without interrupting and checks that the other person has been understood",
                         "Keeps personal opinions out of dealings with customers on the job site",
                     ]),
                     ("Handling conflict", [
                         "Raises disagreements calmly, at the right time and with the right person",
                         "Looks for a way forward that the people involved can accept",
                     ]),
                     ("Working with diverse crews", [
                         "Works effectively with people of different ages, cultures and levels of experience",
                         "Adjusts the way he or she communicates to suit the listener",
                         "Speaks up when others are treated unfairly",
                     ]),
                 ]),
            dict(num="1.6", name="Dependability & Reliability",
                 definition="Being someone the crew and the company can count on, day in and day out.",
                 kind="sub",
                 groups=[
                     ("Attendance and punctuality", [
                         "Arrives on time and ready to work, including for call-outs and overtime",
                         "Lets the supervisor know as early as possible about an absence",
                     ]),
                     ("Following through", [
                         "Finishes assigned work to the expected standard without being reminded",
                         "Keeps the promises made to customers and co-workers",
                         "Owns up to mistakes and helps put them right",
                     ]),
                     ("Fitness for duty", [
                         "Reports to work rested and free from the effects of alcohol or drugs",
                         "Stops work and tells the supervisor when not fit to carry on safely",
                     ]),
                 ]),
        ]),
    dict(
        band="TIER 4 \u2013 INDUSTRY-WIDE TECHNICAL COMPETENCIES",
        intro=("Industry-wide technical competencies cover the knowledge and skills needed across the energy "
               "industry, whatever the sector: generation, transmission or distribution, electric or gas. They "
               "form the base on which sector and occupation training is built."),
        comps=[
            dict(num="4.2", name="Safety Awareness",
                 definition=("Keeping oneself, co-workers and the public safe around energized equipment, "
                             "pressurized systems and work zones."),
                 kind="cwf",
                 groups=[
                     ("Critical Work Functions", [
                         "Takes part in the pre-job briefing and can explain the hazards of the task",
                         "Selects, inspects and wears the personal protective equipment the task calls for",
                         "Applies lockout/tagout and clearance procedures before work begins",
                         "Stops the job when conditions change or a hazard is not controlled",
                         "Reports injuries, near misses and unsafe conditions promptly",
                     ]),
                     ("Technical Content Areas", [
                         "OSHA general industry and construction standards",
                         "Electrical safety and approach distances",
                         "Confined space entry and atmospheric testing",
                         "Excavation, trenching and locating underground facilities",
                         "Emergency response and first aid",
                     ]),
                 ]),
            dict(num="4.5", name="Troubleshooting",
                 definition=("Finding the cause of equipment, system or process problems and putting them "
                             "right in a safe and orderly way."),
                 kind="cwf",
                 groups=[
                     ("Critical Work Functions", [
                         "Gathers information about the symptoms from operators, logs and alarms",
                         "Uses drawings, schematics and manuals to narrow down likely causes",
                         "Tests components with the right instruments and records the readings",
                         "Repairs or replaces faulty parts and confirms the system works as designed",
                     ]),
                     ("Technical Content Areas", [
                         "Logical fault-finding methods",
                         "Electrical and mechanical test equipment",
                         "Reading one-line diagrams and piping and instrumentation drawings",
                         "Root cause analysis",
                     ]),
                 ]),
        ]),
]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin, sec.bottom_margin = Inches(0.8), Inches(0.8)
    sec.different_first_page_header_footer = True
    normal = doc.styles["Normal"]
    L.style_font(normal, "Arial")
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    L.clear_core_props(doc, "Energy Industry Competency Model")

    bullets = L.add_numbering(doc, L.bullet_lvl("\u2022", left=540, hanging=270), "3C5D0B01")

    # footer (not on the cover)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 17.3)
    r = fp.add_run("Energy Industry Competency Model  |  Generation, Transmission & Distribution  |  Updated March 2021")
    r.font.size = Pt(8)
    r.font.color.rgb = NAVY
    fp.add_run("\t").font.size = Pt(8)
    L.add_field(fp, "PAGE", "2")
    for run in fp.runs[2:]:
        run.font.size = Pt(8)

    # cover
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Energy Industry")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(40), NAVY
    p = doc.add_paragraph()
    r = p.add_run("Competency Model")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(40), NAVY
    L.para_border(p, ("bottom",), color=ORANGE, size=24, space=6)
    for line in ("Generation", "Transmission &", "Distribution"):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.font.size = Pt(22)
        r.font.color.rgb = RGBColor(0xE8, 0x77, 0x22)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    r = p.add_run("Updated March 2021")
    r.italic, r.font.size = True, Pt(13)
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Center for Energy Workforce Development")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(14), NAVY
    p.add_run().add_break(WD_BREAK.PAGE)

    # model graphic
    p = doc.add_paragraph()
    r = p.add_run("MODEL GRAPHIC")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(18), NAVY
    p = doc.add_paragraph(
        "The model is drawn as a pyramid of building blocks. Foundational competencies sit at the base; "
        "competencies become more specific to the energy industry, its sectors and its occupations towards "
        "the top. Tiers 6 to 8 (occupation-specific requirements) are set by employers and are not shown here.")
    t = doc.add_table(rows=0, cols=2)
    L.table_borders(t, color="FFFFFF", size=12)
    fills = ["F6B26B", "E87722", "3D85C6", "0B5394", "0B3C5D"]
    for (tier, names), fill in zip(GRAPHIC, fills):
        cells = t.add_row().cells
        L.shade(cells[0], fill)
        L.shade(cells[1], fill)
        for c, txt, bold in ((cells[0], tier, True), (cells[1], names, False)):
            para = c.paragraphs[0]
            rr = para.add_run(txt)
            rr.bold = bold
            rr.font.size = Pt(9)
            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    L.fix_widths(t, [2.0, 4.7])
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    for ti, tier in enumerate(TIERS):
        p = doc.add_paragraph()
        L.para_shading(p, BAND)
        p.paragraph_format.space_after = Pt(8)
        r = p.add_run(" " + tier["band"])
        r.bold, r.font.size, r.font.color.rgb = True, Pt(13), RGBColor(0xFF, 0xFF, 0xFF)
        p = doc.add_paragraph()
        r = p.add_run(tier["intro"])
        r.italic = True
        p.paragraph_format.space_after = Pt(10)
        for comp in tier["comps"]:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            L.keep_with_next(p)
            r = p.add_run(f"{comp['num']} {comp['name']}: ")
            r.bold, r.font.size, r.font.color.rgb = True, Pt(11), NAVY
            r = p.add_run(comp["definition"])
            r.font.size = Pt(11)
            for head, items in comp["groups"]:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Inches(0.2)
                p.paragraph_format.space_after = Pt(1)
                L.keep_with_next(p)
                r = p.add_run(head if comp["kind"] == "sub" else head + ":")
                r.bold = True
                if comp["kind"] == "cwf":
                    r.font.color.rgb = RGBColor(0xE8, 0x77, 0x22)
                for it in items:
                    bp = doc.add_paragraph(it)
                    bp.paragraph_format.space_after = Pt(1)
                    L.set_num(bp, bullets)
        if ti < len(TIERS) - 1:
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
    L.docx_to_pdf(doc, OUT)


def gold():
    comps = []
    for tier in TIERS:
        for comp in tier["comps"]:
            ind = []
            for head, items in comp["groups"]:
                ind += L.items(STEM, items, head)
            comps.append(L.competency(STEM, comp["name"], comp["definition"], indicators=ind))
    L.write_gold(OUT, "pdf", "Energy Industry Competency Model", comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

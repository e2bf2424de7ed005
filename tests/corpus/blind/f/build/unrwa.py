"""unrwa-competency-framework.docx: UNRWA competency framework (excerpt: contents, introduction,
"Competency Definitions", the three UN core values and the first core competency).

python-docx: lower-case cover title, a typed Contents list with right tab stops and dot leaders
(page numbers), capitalised section headings (Heading 1), competency headings (Heading 2) numbered
by Word numbering that restarts in each section, a definition paragraph, a bold
"Behavioural Indicators" label and Word bullets; header and page-number footer."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "unrwa-competency-framework"
SECTIONS = [
    ("UN CORE VALUES", [
        ("Integrity",
         "Upholds the values and principles of the United Nations in daily work and decisions, and acts without "
         "regard to personal gain or outside pressure.",
         ["Shows the values of the United Nations in daily activities and behaviour",
          "Acts without thought of personal gain",
          "Resists undue political pressure when taking decisions",
          "Does not abuse power or authority",
          "Stands by decisions that are in the Agency\u2019s interest, even when they are unpopular",
          "Acts promptly on unprofessional or unethical behaviour"]),
        ("Professionalism",
         "Takes pride in work and achievements, applies professional competence and mastery of the subject "
         "matter, and is conscientious and efficient in meeting commitments and producing results.",
         ["Meets commitments, observes deadlines and achieves results conscientiously and efficiently",
          "Is driven by professional rather than personal concerns",
          "Persists in the face of difficult problems or challenges",
          "Stays calm in stressful situations",
          "Makes sure that gender perspectives are reflected in all areas of work and that women and men take "
          "part equally"]),
        ("Respect for Diversity",
         "Works effectively with people from all backgrounds and treats everyone with dignity and respect.",
         ["Treats men and women equally",
          "Shows respect for, and understanding of, diverse points of view and reflects this in daily work and "
          "decisions",
          "Examines own biases and behaviour to avoid stereotyped responses",
          "Does not discriminate against any individual or group",
          "Works effectively with refugees, colleagues and partners of every nationality and culture"]),
    ]),
    ("CORE COMPETENCIES", [
        ("Communication",
         "Speaks and writes clearly and effectively, listens to others and keeps people informed.",
         ["Speaks and writes clearly and effectively",
          "Listens to others, interprets messages correctly and responds appropriately",
          "Asks questions to clarify, and shows interest in two-way communication",
          "Adapts language, tone, style and format to the audience",
          "Shares information openly and keeps people informed"]),
    ]),
]
TOC = [("Introduction", "1", 0), ("Competency Definitions", "2", 0), ("UN CORE VALUES", "4", 0),
       ("1. Integrity", "4", 1), ("2. Professionalism", "4", 1), ("3. Respect for Diversity", "5", 1),
       ("CORE COMPETENCIES", "6", 0), ("1. Communication", "6", 1), ("2. Working with People", "7", 1),
       ("3. Drive for Results", "8", 1), ("FUNCTIONAL COMPETENCIES", "9", 0),
       ("1. Leading and Supervising", "9", 1), ("2. Relating and Networking", "10", 1),
       ("3. Persuading and Influencing", "11", 1), ("4. Applying Technical Expertise", "12", 1),
       ("5. Analyzing", "13", 1)]


def build():
    doc = Document()
    H.clear_core_props(doc, "competency framework")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("UNRWA  |  competency framework")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x7F, 0x7F, 0x7F)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE")

    heading_num = H.add_abstract(doc, H.decimal_lvl("%1.", 432, 432), "5E6F7A01")
    bullet = H.add_abstract(doc, H.bullet_lvl("\u2022", 360, 360), "5E6F7A02")

    p = doc.add_paragraph()
    r = p.add_run("competency framework")
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x00, 0x66, 0xA1)
    p = doc.add_paragraph()
    r = p.add_run("Contents")
    r.bold = True
    r.font.size = Pt(14)
    for text, page, indent in TOC:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Inches(0.3 * indent)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{text}\t{page}")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("The competency framework describes the values and competencies that UNRWA expects of its "
                      "staff. It supports recruitment, performance management and staff development, and gives "
                      "staff and managers a shared language for talking about how work is done.")
    doc.add_heading("Competency Definitions", level=1)
    doc.add_paragraph("Each value and competency below is given a short definition, followed by behavioural "
                      "indicators that describe what it looks like in practice. The indicators are examples; "
                      "they are not an exhaustive list.")

    for title, comps in SECTIONS:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading(title, level=1)
        nid = H.add_num(doc, heading_num, restart=True)
        for name, definition, inds in comps:
            h = doc.add_heading(name, level=2)
            H.set_num(h, nid)
            doc.add_paragraph(definition)
            p = doc.add_paragraph()
            p.add_run("Behavioural Indicators").bold = True
            nb = H.add_num(doc, bullet)
            for b in inds:
                bp = doc.add_paragraph(b)
                H.set_num(bp, nb)
                bp.paragraph_format.space_after = Pt(2)
    out = H.DOCS / f"{STEM}.docx"
    doc.save(out)

    gold = []
    for _, comps in SECTIONS:
        for name, definition, inds in comps:
            gold.append(H.competency(STEM, name, definition, indicators=H.items(STEM, inds)))
    H.write_gold(out, "docx", "competency framework", gold)


if __name__ == "__main__":
    build()

"""Chartered Banker Professional Standards Board (CB:PSB) - "Leadership Standard for Professional Bankers:
Requirements" (September 2014) (DOCX).

Modelled on the published requirements document: cover (board name, title, "Requirements", date), an
OVERVIEW with Introduction / Applies To / structure of the standard and the Chartered Banker Code of
Professional Conduct set out in a shaded box, then "Section A: Professional Knowledge and Skills" and "Section
B: Leadership Knowledge and Skills", each a two-column table (Knowledge and Skills | Performance Indicators)
with coded requirements (A1, B1 ...) whose left cell holds the requirement name and its statement and whose
right cell holds a lead-in line and Word bullets. Running header and footer with PAGE field. Wording ours.
python-docx.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

import bulib as L

STEM = "cbpsb-leadership-standard-requirements"
OUT = L.DOCS / f"{STEM}.docx"
PURPLE = RGBColor(0x4B, 0x23, 0x5F)
LEAD = "Banking leaders can demonstrate that they:"

SECTIONS = [
    ("Section A: Professional Knowledge and Skills",
     "Banking leaders must hold the professional knowledge and skills relevant to their role, at a level that "
     "allows them to lead others who carry out that role.",
     [
         ("A1", "Banking Environment and Regulation",
          "A detailed understanding of the economic, regulatory and competitive environment in which the "
          "organisation operates, and of how changes in that environment affect customers and the business.",
          ["Keep their knowledge of the regulatory framework up to date and apply it to decisions in their area",
           "Explain to colleagues how economic and market developments affect the organisation's customers",
           "Identify regulatory change early and plan the response with the relevant specialists",
           "Make sure their teams understand and meet the regulatory requirements that apply to their work"]),
         ("A2", "Fair Treatment of Customers",
          "Placing the fair treatment of customers at the centre of the organisation's products, services and "
          "decisions, and taking responsibility for the outcomes customers experience.",
          ["Use customer feedback, complaints and outcome data to improve products and services",
           "Challenge proposals that would not be in the interests of customers",
           "Make sure vulnerable customers are identified and given appropriate support",
           "Set and monitor service standards for their area"]),
         ("A3", "Risk and Control",
          "Understanding the main risks faced by the organisation and its customers, and making sure they are "
          "identified, assessed, managed and reported within agreed appetite.",
          ["Apply the organisation's risk framework to the activities they are responsible for",
           "Encourage colleagues to raise risks and concerns without fear",
           "Act promptly when risks move outside agreed limits",
           "Learn from incidents and near misses and share the lessons"]),
     ]),
    ("Section B: Leadership Knowledge and Skills",
     "Banking leaders must also demonstrate the leadership knowledge and skills needed to build and sustain a "
     "culture of customer-focused, ethical professionalism.",
     [
         ("B1", "Ethical Leadership",
          "Leading by example in applying the values, attitudes and behaviours set out in the Chartered Banker "
          "Code of Professional Conduct, and expecting the same of others.",
          ["Act as a visible role model of the Code in their day-to-day decisions",
           "Discuss ethical dilemmas openly with their teams and help them reach sound judgements",
           "Recognise and reward behaviour as well as results",
           "Take action when behaviour falls short of the standards expected"]),
         ("B2", "Setting Direction",
          "Developing and communicating a clear direction for their area that supports the organisation's "
          "purpose and long-term success.",
          ["Translate the organisation's strategy into clear objectives for their area",
           "Communicate the direction in a way that colleagues understand and can act on",
           "Balance short-term performance with the long-term interests of customers and the organisation"]),
         ("B3", "Developing People and Culture",
          "Building capable, engaged teams and a working culture in which professional development is expected "
          "and supported.",
          ["Agree development objectives with colleagues and review them regularly",
           "Support colleagues in achieving relevant professional qualifications and standards",
           "Coach and give constructive feedback",
           "Build teams in which different views are welcomed and challenge is encouraged",
           "Plan for succession in key roles"]),
     ]),
]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.different_first_page_header_footer = True
    st = doc.styles
    L.style_font(st["Normal"], "Arial")
    st["Normal"].font.size = Pt(10)
    for name, size in (("Title", 26), ("Subtitle", 16), ("Heading 1", 16), ("Heading 2", 12)):
        L.style_font(st[name], "Arial")
        st[name].font.size = Pt(size)
        st[name].font.color.rgb = PURPLE
    L.clear_core_props(doc, "Leadership Standard for Professional Bankers")
    bullets = L.add_numbering(doc, L.bullet_lvl("\u2022", left=284, hanging=284), "4B235F01")

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Chartered Banker Professional Standards Board")
    r.font.size, r.font.color.rgb = Pt(8), PURPLE
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 16.6)
    r = fp.add_run("Leadership Standard for Professional Bankers \u2013 Requirements  |  www.cbpsb.org\t")
    r.font.size = Pt(8)
    L.add_field(fp, "PAGE", "2")
    for run in fp.runs[1:]:
        run.font.size = Pt(8)

    # cover
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("September 2014")
    r.font.size, r.font.color.rgb = Pt(12), PURPLE
    p = doc.add_paragraph()
    r = p.add_run("Chartered Banker Professional Standards Board")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(14), PURPLE
    doc.add_paragraph()
    doc.add_paragraph("Leadership Standard for Professional Bankers", style="Title")
    doc.add_paragraph("Requirements", style="Subtitle")
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    # overview
    doc.add_paragraph("OVERVIEW", style="Heading 1")
    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "The Chartered Banker Professional Standards Board (CB:PSB) was set up in October 2011 to strengthen a "
        "culture of ethical and professional development across the UK banking industry. It does so by "
        "publishing professional standards at Foundation, Intermediate and Advanced levels, which complement "
        "the reforms led by government, regulators and the industry itself.")
    doc.add_paragraph(
        "The Leadership Standard builds on the Foundation Standard for Professional Bankers. Banking leaders who "
        "achieve the Leadership Standard are deemed to have met the requirements of the Foundation Standard in "
        "full.")
    doc.add_paragraph("Applies To", style="Heading 2")
    doc.add_paragraph(
        "The Leadership Standard is aimed at professional bankers, at any level of an organisation, who are "
        "responsible for developing, promoting and embedding a culture of customer-focused, ethical "
        "professionalism. It will always include the Chief Executive, members of the senior management team and "
        "their direct reports.")
    doc.add_paragraph("Structure of the Standard", style="Heading 2")
    doc.add_paragraph(
        "The requirements are set out in two sections. Section A covers the professional knowledge and skills "
        "needed in the banking leader's own role; Section B covers leadership knowledge and skills. Each "
        "requirement is followed by performance indicators that CB:PSB member firms may use to assess whether "
        "the requirement is met.")
    box = doc.add_table(rows=1, cols=1)
    L.table_borders(box, color="4B235F", size=8, inside=False)
    c = box.rows[0].cells[0]
    L.shade(c, "EFE8F3")
    p = c.paragraphs[0]
    r = p.add_run("The Chartered Banker Code of Professional Conduct")
    r.bold, r.font.color.rgb = True, PURPLE
    c.add_paragraph("As a professional banker, I will:")
    for line in ("Treat all customers, colleagues and counterparties with respect and act with integrity",
                 "Develop and maintain my professional knowledge, skills and behaviours",
                 "Be alert to and manage potential conflicts of interest",
                 "Treat information with appropriate confidentiality and sensitivity",
                 "Be open and transparent in my dealings with customers and colleagues",
                 "Support a culture of ethical professionalism in my organisation"):
        bp = c.add_paragraph(line)
        L.set_num(bp, bullets)
    L.fix_widths(box, [6.5])
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    for si, (title, lead, reqs) in enumerate(SECTIONS):
        doc.add_paragraph(title, style="Heading 1")
        doc.add_paragraph(lead)
        t = doc.add_table(rows=1, cols=2)
        L.table_borders(t, color="4B235F", size=4)
        L.set_cell_margins(t, top=80, bottom=80, left=110, right=110)
        L.row_flags(t.rows[0], cant_split=True, header=True)
        for j, lab in enumerate(("Knowledge and Skills", "Performance Indicators")):
            hc = t.rows[0].cells[j]
            L.shade(hc, "4B235F")
            rr = hc.paragraphs[0].add_run(lab)
            rr.bold, rr.font.color.rgb = True, RGBColor(0xFF, 0xFF, 0xFF)
        for code, name, statement, inds in reqs:
            row = t.add_row()
            L.row_flags(row)
            left, right = row.cells
            p = left.paragraphs[0]
            rr = p.add_run(f"{code}. {name}")
            rr.bold, rr.font.color.rgb = True, PURPLE
            left.add_paragraph(statement)
            right.paragraphs[0].add_run(LEAD).italic = True
            for ind in inds:
                bp = right.add_paragraph(ind)
                L.set_num(bp, bullets)
        L.fix_widths(t, [2.6, 3.9])
        if si < len(SECTIONS) - 1:
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(OUT))


def gold():
    comps = []
    for _t, _l, reqs in SECTIONS:
        for _code, name, statement, inds in reqs:
            comps.append(L.competency(STEM, name, statement, indicators=L.items(STEM, inds)))
    L.write_gold(OUT, "docx", "Leadership Standard for Professional Bankers", comps)


def main():
    build()
    gold()


if __name__ == "__main__":
    main()

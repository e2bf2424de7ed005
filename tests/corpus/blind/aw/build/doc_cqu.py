"""cqu-people-capability-framework.pdf: CQUniversity (Central Queensland University), "CQUniversity's People
Capability Framework" (People Framework dated 29/09/2017). Portrait cover and introduction (proverb, ticked
values), a "how to read" page with the four staff levels, then landscape capability pages: cluster banner,
capability name and description, one table row with a column per staff level (bullets in each cell).
Excerpt: two capabilities. python-docx -> LibreOffice -> PDF. Wording is ours.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "cqu-people-capability-framework"
TITLE = "CQUNIVERSITY\u2019S PEOPLE CAPABILITY FRAMEWORK"
GREEN = RGBColor(0x00, 0x6B, 0x3F)
DARK = RGBColor(0x23, 0x23, 0x23)
LEVELS = ["Individual Contributor", "Team Leader / Supervisor", "Manager", "Senior Leader"]
LEVEL_KEY = [
    ("Individual Contributor", "Staff who deliver services, teaching support, research support or "
                               "specialist advice without supervising others (generally HEW 1\u20136)."),
    ("Team Leader / Supervisor", "Staff who guide the day-to-day work of a small team (generally HEW 6\u20138)."),
    ("Manager", "Staff who manage a unit, function or major program and its budget (generally HEW 9\u201310)."),
    ("Senior Leader", "Directors, Deans and members of the senior executive who set direction across the "
                      "University."),
]

CAPABILITIES = [
    ("RESULTS", "Builds enduring relationships",
     "Builds and keeps positive, trusting relationships with students, colleagues, industry and the "
     "communities CQUniversity serves, and works across boundaries to get things done.",
     [
         ["Listens to others and treats their views with respect",
          "Works cooperatively with colleagues across teams and campuses",
          "Keeps students and other stakeholders informed and follows through on promises"],
         ["Builds a cooperative team that works well with other areas",
          "Deals with disagreement openly and helps reach workable solutions",
          "Develops working relationships with key internal and external contacts"],
         ["Builds networks across the University and with industry and government partners",
          "Negotiates outcomes that balance the interests of different stakeholders",
          "Encourages collaboration across organisational boundaries"],
         ["Represents CQUniversity with credibility in regional, national and international forums",
          "Forms strategic partnerships that serve the University\u2019s purpose",
          "Creates a culture in which collaboration is expected and rewarded"],
     ]),
    ("ACCOUNTABILITY", "Pursues continuous growth",
     "Seeks out opportunities to learn and improve, is open to feedback and supports the development of "
     "others.",
     [
         ["Asks for feedback and acts on it",
          "Takes part in learning and development activities relevant to the role",
          "Reflects on own performance and looks for ways to improve"],
         ["Models a commitment to learning for the team",
          "Gives regular, constructive feedback to team members",
          "Supports staff to develop through on-the-job opportunities and formal learning"],
         ["Builds the capability of the unit to meet future needs",
          "Coaches team leaders in developing their people",
          "Uses workforce planning to identify the skills the unit will need"],
         ["Champions a learning culture across the University",
          "Invests in leadership development and succession planning",
          "Seeks out challenging experiences to extend own leadership"],
     ]),
]


def para(container, text="", size=10, bold=False, color=None, after=4, italic=False, align=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        if color:
            r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def footer(section, first=False):
    section.footer.is_linked_to_previous = first
    if first:
        return
    fp = section.footer.paragraphs[0]
    for r in list(fp.runs):
        r._r.getparent().remove(r._r)
    r = fp.add_run("CQUniversity\u2019s People Framework 29/09/2017\t\t")
    r.font.size = Pt(8)
    H.add_field(fp, "PAGE", "1", size=Pt(8))


def build(out_dir):
    doc = Document()
    H.clear_core_props(doc, title="CQUniversity People Capability Framework", author="CQUniversity")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    bullets = H.add_numbering(doc, H.bullet_lvl("\u2022", left=220, hanging=180), "5C0FFE01")
    ticks = H.add_numbering(doc, H.bullet_lvl("\u2713", left=360, hanging=300, font="DejaVu Sans"), "5C0FFE02")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin, sec.bottom_margin = Inches(0.9), Inches(0.8)
    sec.different_first_page_header_footer = True
    footer(sec)

    # cover
    for _ in range(6):
        para(doc, "", after=14)
    para(doc, "CQUNIVERSITY\u2019S PEOPLE CAPABILITY", 26, True, GREEN, 0)
    para(doc, "FRAMEWORK", 26, True, GREEN, 40)
    for line in ["If you want one year of prosperity, grow grain.",
                 "If you want ten years of prosperity, grow trees.",
                 "If you want 100 years of prosperity, grow people."]:
        para(doc, line, 12, italic=True, color=DARK, after=2)
    para(doc, "Ancient Chinese Proverb", 9, color=DARK, after=0)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # introduction (page 2)
    para(doc, "CQUniversity\u2019s People Framework 29/09/2017", 14, True, GREEN, 8)
    para(doc, "CQUniversity prides itself on being different. We are Queensland\u2019s first comprehensive "
              "university, we have the largest footprint of any Australian university and we are proud of our "
              "regional roots. Our values underpin our purpose of making a difference in our communities and "
              "becoming a great university. As members of the CQUniversity community we are committed to "
              "these values:", after=6)
    for v in ["Engagement", "Leadership", "Can Do", "Openness", "Inclusiveness"]:
        H.set_num(para(doc, v, 11, True, GREEN, 1), ticks)
    para(doc, "", after=4)
    para(doc, "Our people are our greatest strength. Our success rests on a diverse, experienced and highly "
              "capable workforce that can respond to a fast-moving and complex environment, where change is "
              "normal and where we must work closely with our stakeholders to seize opportunities as they "
              "arise.", after=6)
    para(doc, "We reviewed frameworks used by comparable institutions in Australia and overseas, and chose the "
              "Queensland Public Service Capability and Leadership Framework and the Australian Public Service "
              "Integrated Leadership System as the foundations for CQUniversity\u2019s People Capability "
              "Framework (PCF).", after=6)
    para(doc, "How to read the framework", 13, True, GREEN, 4)
    para(doc, "The PCF groups its capabilities under three clusters: Vision, Results and Accountability. Each "
              "capability is described at four levels that reflect the scope of a role. The behaviours are "
              "cumulative: staff at each level are expected to show the behaviours of the levels before it.",
         after=6)
    t = doc.add_table(rows=len(LEVEL_KEY) + 1, cols=2)
    H.table_borders(t, sz=4, color="006B3F")
    H.cell_margins(t)
    H.fix_widths(t, [1.9, 4.5])
    for cell, txt in zip(t.rows[0].cells, ["Level", "Who it applies to"]):
        H.shade(cell, "006B3F")
        r = cell.paragraphs[0].add_run(txt)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row, (lv, who) in zip(t.rows[1:], LEVEL_KEY):
        row.cells[0].paragraphs[0].add_run(lv).bold = True
        row.cells[1].paragraphs[0].add_run(who)

    # landscape capability pages
    for i, (cluster, name, desc, cols) in enumerate(CAPABILITIES):
        s = doc.add_section(WD_SECTION.NEW_PAGE)
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11.69), Inches(8.27)
        s.left_margin = s.right_margin = Inches(0.7)
        s.top_margin, s.bottom_margin = Inches(0.7), Inches(0.6)
        s.different_first_page_header_footer = False
        footer(s, first=True)
        ban = doc.add_table(rows=1, cols=1)
        H.no_borders(ban)
        H.shade(ban.rows[0].cells[0], "006B3F")
        r = ban.rows[0].cells[0].paragraphs[0].add_run(cluster)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        para(doc, "", after=2)
        para(doc, name, 18, True, GREEN, 2)
        para(doc, desc, 10.5, italic=True, color=DARK, after=8)
        t = doc.add_table(rows=2, cols=4)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        H.table_borders(t, sz=4, color="8FB9A3")
        H.cell_margins(t, 60, 60, 90, 90)
        H.fix_widths(t, [2.55] * 4)
        for cell, lv in zip(t.rows[0].cells, LEVELS):
            H.shade(cell, "D5E8DC")
            r = cell.paragraphs[0].add_run(lv)
            r.bold = True
            r.font.color.rgb = GREEN
        for cell, bl in zip(t.rows[1].cells, cols):
            for j, b in enumerate(bl):
                p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                p.add_run(b)
                p.paragraph_format.space_after = Pt(4)
                H.set_num(p, bullets)
        H.row_flags(t.rows[1], cant_split=True)

    src = Path(out_dir) / f"{STEM}.docx"
    doc.save(src)
    pdf = H.DOCS / f"{STEM}.pdf"
    H.docx_to_pdf(src, pdf)
    return pdf


def gold(pdf):
    d = STEM
    comps = []
    for cluster, name, desc, cols in CAPABILITIES:
        levels = [H.level(d, i + 1, LEVELS[i], cols[i]) for i in range(4)]
        comps.append(H.competency(d, name, desc, levels=levels))
    return H.write_gold(pdf, "pdf", TITLE, comps)

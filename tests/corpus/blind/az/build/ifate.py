"""IfATE - apprenticeship standard "Retail team leader" (ST0326), web page printed to PDF
(python-docx with browser-style print header/footer -> LibreOffice PDF)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

import azlib as L

STEM = "ifate-retail-team-leader"
URL = "https://www.instituteforapprenticeships.org/apprenticeship-standards/retail-team-leader-v1-0"
GREY = RGBColor(0x50, 0x50, 0x50)
TEAL = RGBColor(0x00, 0x5A, 0x70)

NOTICE = ("We are proposing to retire this apprenticeship for new starts because it overlaps with the L3 Team "
          "Leader standard. If you would like to comment on this proposal, please email "
          "salesmarketingprocure.ifate@education.gov.uk by 09 December 2024. Please note that retirement of this "
          "standard has not yet been authorised.")
OVERVIEW = "Leading and coordinating staff, their work and sales in a retail setting."
DETAILS = ("Retail team leaders give managers vital support. They deliver excellent customer service and a positive "
           "experience to customers, and may have to stand in for managers when they are away. The role is varied, "
           "and a single day can take in many different functions. Above all, retail team leaders guide and "
           "coordinate the team\u2019s work so that tasks get done, find and follow up opportunities to drive sales, "
           "and make sure team members keep to business standards for merchandising, service and promotional "
           "activity, in line with procedures. They get the most from their team every day by making sure people "
           "are fully trained and work effectively and to the best of their ability.")
COLS = ["Knowledge and Understanding (Know it)", "Skills (Show it)", "Behaviours (Live it)"]
ROWS = [
    ("Customer",
     "Understand the customer profile of the business, how customers buy through the retail year and how to meet "
     "and go beyond their needs. Know the best ways to lead the team to grow sales, win customer loyalty and reach "
     "business targets",
     "Monitor customer enquiries and service needs; coach and support team members to use suitable methods, for "
     "example face to face or remote such as online services, to give consistent and excellent service that leaves "
     "customers with a positive experience",
     "Act as a role model who champions excellent customer service, always looking to improve the customer "
     "experience through a welcoming and professional approach that builds loyalty"),
    ("Business",
     "Know the vision, objectives and brand standards of the business and how the team contributes to them",
     "Set team members objectives that support the goals of the business and review their progress against them",
     "Show commitment to the business by promoting its brand and values in all dealings with customers and "
     "colleagues"),
    ("Financial",
     "Understand the factors that affect the profitability of the business, such as sales, waste, shrinkage and "
     "staffing costs",
     "Help the manager to control costs and reduce losses in the team\u2019s area of responsibility",
     "Take responsibility for using the business\u2019s resources carefully and encourage the team to do the same"),
    ("Communication",
     "Know the different ways of communicating with customers and colleagues and when each works best",
     "Brief the team clearly on priorities, targets and changes, and check that messages have been understood",
     "Communicate openly and positively, listening to others and adapting their style to the audience"),
    ("Sales and promotion",
     "Understand how promotions, seasonal events and product launches are planned and how they affect sales",
     "Organise the team to put promotions in place on time and to standard, and review how well they perform",
     "Show enthusiasm for the products and services on offer and inspire the team to share it"),
    ("Team performance",
     "Know how to plan, organise and allocate work to meet the needs of the business, and how to motivate and "
     "develop a team",
     "Plan rotas and tasks to meet business needs, deal with performance issues in line with policy and support the "
     "development of team members",
     "Lead by example, treating team members fairly and recognising what they achieve"),
]
AFTER = [("Duration", "Typically 12 to 18 months."),
         ("Entry requirements", "Individual employers will set the selection criteria for their apprenticeships."),
         ("Level", "This is a level 3 apprenticeship."),
         ("Review", "This standard will be reviewed after three years.")]
META = ["Version: 1.0", "Date updated: 29/07/2020", "Approved for delivery: 22 October 2015",
        "Route: Sales, marketing and procurement"]


def p_(container, text="", bold=False, size=10, color=None, after=4, before=0, align=None, italic=False):
    p = container.add_paragraph() if hasattr(container, "add_paragraph") else container
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if align is not None:
        p.alignment = align
    return p


def build():
    doc = Document()
    L.clear_props(doc, "Retail team leader / Institute for Apprenticeships and Technical Education")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.5)
    sec.top_margin = sec.bottom_margin = Inches(0.55)
    sec.header_distance = sec.footer_distance = Inches(0.2)
    # browser print furniture
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.clear_all()
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(7.2), WD_TAB_ALIGNMENT.RIGHT)
    p_(hp, "02/12/2026, 10:14\tRetail team leader / Institute for Apprenticeships and Technical Education", size=7, after=0)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.clear_all()
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(7.2), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run(URL + "\t")
    r.font.size = Pt(7)
    L.add_field(fp, "PAGE", "1", size=Pt(7))
    fp.add_run("/").font.size = Pt(7)
    L.add_field(fp, "NUMPAGES", "3", size=Pt(7))

    # site chrome as printed
    p_(doc, "Skip to main content", size=8, color=GREY, after=2)
    p_(doc, "Institute for Apprenticeships & Technical Education", bold=True, size=13, color=TEAL, after=2)
    p_(doc, "Apprenticeships    Technical qualifications    Occupational maps    Developing new apprenticeships    "
            "About us    Search", size=8, color=GREY, after=6)
    p_(doc, "Home  >  Apprenticeships  >  Apprenticeship standards  >  Retail team leader", size=8, color=GREY, after=8)
    box = doc.add_table(rows=1, cols=1)
    box.style = doc.styles["Table Grid"]
    L.shade(box.rows[0].cells[0], "FFF4CC")
    p_(box.rows[0].cells[0].paragraphs[0], NOTICE, size=9, after=2, before=2)
    L.fix_widths(box, [7.2])
    p_(doc, "", after=2)
    p_(doc, "Overview of the role", bold=True, size=11, after=2)
    p_(doc, OVERVIEW, size=10, after=8)
    p_(doc, "Retail team leader", bold=True, size=20, color=TEAL, after=2)
    p_(doc, "Reference Number: ST0326", size=10, after=8)
    p_(doc, "Details of standard", bold=True, size=14, after=4)
    p_(doc, DETAILS, size=10, after=8)

    t = doc.add_table(rows=1, cols=4)
    t.style = doc.styles["Table Grid"]
    L.set_cell_margins(t, 60, 60, 80, 80)
    L.header_row(t.rows[0])
    for c, txt in zip(t.rows[0].cells, [""] + COLS):
        L.shade(c, "005A70")
        if txt:
            p_(c.paragraphs[0], txt, bold=True, size=9, color=RGBColor(0xFF, 0xFF, 0xFF), after=0)
    for theme, k, s, b in ROWS:
        cells = t.add_row().cells
        L.shade(cells[0], "E6EEF0")
        p_(cells[0].paragraphs[0], theme, bold=True, size=9, after=0)
        for c, txt in zip(cells[1:], (k, s, b)):
            p_(c.paragraphs[0], txt, size=9, after=0)
    L.fix_widths(t, [1.2, 2.0, 2.0, 2.0])

    p_(doc, "", after=4)
    for head, txt in AFTER:
        p_(doc, head, bold=True, size=11, after=2, before=4)
        p_(doc, txt, size=10, after=4)
    p_(doc, "", after=4)
    for m in META:
        p_(doc, m, size=9, color=GREY, after=1)
    p_(doc, "", after=6)
    p_(doc, "Back to top", size=8, color=TEAL, after=6)
    p_(doc, "Contact us    Accessibility statement    Cookies    Privacy notice    Terms and conditions", size=8,
       color=GREY, after=2)
    p_(doc, "\u00a9 Crown copyright", size=8, color=GREY, after=0)
    src = L.AZ / "build" / "_tmp" / f"{STEM}.docx"
    src.parent.mkdir(exist_ok=True)
    doc.save(src)
    L.soffice(src, "pdf", L.DOCS)
    return L.DOCS / f"{STEM}.pdf"


if __name__ == "__main__":
    print(build())

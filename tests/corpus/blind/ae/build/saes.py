"""Government of South Australia, Office for the Public Sector - SAES (South Australian Executive Service)
Competency Framework. PDF, A4 portrait, python-docx -> LibreOffice.

Cover page without header; later pages carry the running header "SAES Competency Framework" and the
footer "www.saes.sa.gov.au" + page number. "About ..." page with a numbered list of the five core
competencies (front matter) and "Using the SAES Executive Competency Framework". Then one page per
competency (excerpt: the first two): a small "Core competency n" label, a paragraph that opens with the
competency name as a bold run followed by the description in regular weight, "What this looks like"
with the lead-in "An SAES executive:" and bullets, and "Development activities" with three 70:20:10
sub-headings and bullets."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402
import helpers as H  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

STEM = "saes-competency-framework"
NAVY = RGBColor(0x00, 0x3B, 0x5C)
TEAL = RGBColor(0x00, 0x7A, 0x87)

FIVE = ["Shapes Strategic Thinking and Change", "Achieves Results",
        "Cultivates Productive Working Relationships", "Exemplifies Personal Drive and Integrity",
        "Communicates with Influence"]

ABOUT = [
    "The SAES Competency Framework underpins every part of the SAES. It sets out the core behaviours "
    "that SAES executives need in order to perform at the highest level in a South Australian public "
    "sector leadership role.",
    "The framework draws on extensive research into executive competencies in Australia and overseas. "
    "It combines elements of several executive frameworks and has been shaped to the needs and "
    "priorities of the South Australian public sector.",
    "The framework is made up of five core competencies that together form the DNA of leadership. Each "
    "one is critical and, used well, gives a blueprint for the behaviours and actions of exceptional "
    "leaders. The five core competencies of the SAES Executive Framework are:",
]
USING = [
    "The framework is the link between the SAES and the way its executives are recruited, developed "
    "and assessed. It is used in executive selection, in performance and development agreements and in "
    "planning an executive's own learning.",
    "Each competency page gives a short description of the competency, the behaviours expected of every "
    "SAES executive, and suggested development activities arranged by the 70:20:10 model of learning.",
]

COMPS = [
    ("Shapes Strategic Thinking and Change",
     "Inspires a sense of purpose and direction, thinks strategically about the future of the sector and "
     "leads change that improves outcomes for South Australians.",
     ["Sets out a clear, long-term direction for the agency and links it to whole-of-government "
      "priorities.",
      "Scans the economic, social and political environment and anticipates issues before they arise.",
      "Weighs competing interests and sets priorities that deliver the greatest public value.",
      "Makes the case for change and builds commitment to it among staff and stakeholders.",
      "Leads reform through uncertainty, adjusting plans while keeping the end goal in view.",
      "Encourages innovation and questions long-standing practices that no longer serve the community."],
     [("On the job (70%)",
       ["Lead the development of a strategic or business plan for your portfolio.",
        "Take responsibility for a cross-agency reform project from design to implementation."]),
      ("Learning from others (20%)",
       ["Ask a chief executive or deputy chief executive to mentor you through a major change initiative.",
        "Join a cross-government network on policy or service reform."]),
      ("Formal learning (10%)",
       ["Complete an executive program in strategic leadership or public policy."])]),
    ("Achieves Results",
     "Builds organisational capability, marshals resources and delivers on government priorities with a "
     "focus on quality and accountability.",
     ["Turns strategy into clear operational plans with measurable targets.",
      "Allocates people, money and assets where they will have the greatest effect.",
      "Monitors performance and acts early when delivery is at risk.",
      "Holds self and others to account for outcomes and for the proper use of public resources.",
      "Builds the systems and capability the organisation needs to deliver over the long term."],
     [("On the job (70%)",
       ["Take on a turnaround assignment in a program that is not meeting its targets.",
        "Set up a performance reporting framework for your division and review it with your team every "
        "quarter."]),
      ("Learning from others (20%)",
       ["Shadow an executive in another agency that is known for strong service delivery."]),
      ("Formal learning (10%)",
       ["Attend a course on public sector financial management and risk.",
        "Complete training in program evaluation methods."])]),
]


def heading(doc, text, size=16, color=NAVY, before=0, after=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = color
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    H.keep_with_next(p)
    return p


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("SAES Competency Framework")
    r.font.size = Pt(8)
    r.font.color.rgb = TEAL
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2)
    r = fp.add_run("www.saes.sa.gov.au\t")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE", "2")

    bullet = C.add_numbering(doc, C.bullet_lvl("\u2022", left=360, hanging=270), "5AE50001")
    numbered = C.add_numbering(doc, C.decimal_lvl("%1.", left=360, hanging=360), "5AE50002")

    # cover
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Competency Framework")
    r.bold = True
    r.font.size = Pt(30)
    r.font.color.rgb = NAVY
    p = doc.add_paragraph()
    r = p.add_run("South Australian Executive Service")
    r.font.size = Pt(16)
    r.font.color.rgb = TEAL
    for _ in range(14):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Government of South Australia  |  Office for the Public Sector")
    r.font.size = Pt(9)
    doc.add_page_break()

    heading(doc, "About the South Australian Executive Service (SAES) Competency Framework", 15)
    for t in ABOUT:
        doc.add_paragraph(t)
    for n in FIVE:
        p = doc.add_paragraph(n)
        C.set_num(p, numbered)
        p.paragraph_format.space_after = Pt(2)
    heading(doc, "Using the SAES Executive Competency Framework", 13, before=14)
    for t in USING:
        doc.add_paragraph(t)

    for i, (name, desc, behaviours, activities) in enumerate(COMPS):
        doc.add_page_break()
        p = doc.add_paragraph()
        r = p.add_run(f"Core competency {i + 1}")
        r.font.size = Pt(9)
        r.font.color.rgb = TEAL
        r.bold = True
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(10)
        r = p.add_run(name)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = NAVY
        r2 = p.add_run(" " + desc)
        r2.font.size = Pt(11)
        heading(doc, "What this looks like", 11.5, TEAL, before=6, after=4)
        doc.add_paragraph("An SAES executive:")
        for b in behaviours:
            bp = doc.add_paragraph(b)
            C.set_num(bp, bullet)
            bp.paragraph_format.space_after = Pt(3)
        heading(doc, "Development activities", 11.5, TEAL, before=12, after=4)
        for g, acts in activities:
            gp = doc.add_paragraph()
            gr = gp.add_run(g)
            gr.bold = True
            gr.italic = True
            gp.paragraph_format.space_before = Pt(4)
            gp.paragraph_format.space_after = Pt(2)
            H.keep_with_next(gp)
            for a in acts:
                ap = doc.add_paragraph(a)
                C.set_num(ap, bullet)
                ap.paragraph_format.space_after = Pt(3)
    C.clear_core_props(doc, "SAES Competency Framework")
    doc.save(path)


def gold(pdf):
    d = STEM
    comps = []
    for name, desc, behaviours, activities in COMPS:
        acts = [H.item(d, a, g) for g, al in activities for a in al]
        comps.append(H.competency(d, name, desc, indicators=H.items(d, behaviours), activities=acts))
    return H.write_gold(pdf, "pdf", "Competency Framework", comps)


def build():
    H.WORK.mkdir(exist_ok=True)
    src = H.WORK / f"{STEM}.docx"
    build_docx(src)
    pdf = H.to_pdf(src, H.DOCS)
    return gold(pdf)


if __name__ == "__main__":
    print(build())

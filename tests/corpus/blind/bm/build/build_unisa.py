"""University of South Australia - "Managing your Development @ UniSA: A Quick Guide for Professional Staff" (PDF).

Modelled on the UniSA staff-development quick guide (September 2017): cover "A UniSA Learning Resource",
opening quotation (Morris Adler), INTRODUCTION in capitals, running header with the guide title and footer
"University of South Australia September 2017" with the page number. The capability pages (a three-column
70:20:10 table of development ideas, a stretch assignment and Chicago-style further reading per
capability) were asked for by the batch assignment; capability names and wording are ours.
python-docx -> LibreOffice PDF, A4.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

import bmlib as L

STEM = "unisa-managing-your-development"
OUT = L.DOCS / f"{STEM}.pdf"
NAVY = RGBColor(0x00, 0x32, 0x78)
YELLOW = "FFD100"
COLS = ("Learning through experience (70%)", "Learning through others (20%)", "Formal learning (10%)")

CAPS = [
    ("Working Across Boundaries",
     "Builds and keeps up productive relationships with colleagues in other teams, divisions and academic units "
     "so that shared work gets done well.",
     [["Take on a task that needs input from another unit and agree roles at the start",
       "Join a cross-divisional project or working group",
       "Offer to be the contact point for a partner area for a semester"],
      ["Ask a colleague in another area to explain how their processes connect with yours",
       "Shadow a staff member in a unit your team depends on",
       "Ask for feedback from a partner area after a joint piece of work"],
      ["Complete the \u2018Working Together\u2019 online module",
       "Attend a Staff Development workshop on influencing without authority"]],
     "Coordinate a joint event or process review involving at least two other units, and present what you "
     "learned about working across areas to your team.",
     [("Hansen, Morten T. Collaboration: How Leaders Avoid the Traps, Create Unity, and Reap Big Results. "
       "Boston: Harvard Business Press, 2009.",
       "Collaboration: How Leaders Avoid the Traps, Create Unity, and Reap Big Results", ["Morten T. Hansen"],
       "Harvard Business Press", 2009),
      ("Grant, Adam. Give and Take: Why Helping Others Drives Our Success. New York: Viking, 2013.",
       "Give and Take: Why Helping Others Drives Our Success", ["Adam Grant"], "Viking", 2013)]),
    ("Leading Through Change",
     "Helps self and others to understand, accept and contribute to change, and keeps work moving while "
     "change is under way.",
     [["Volunteer to test a new system or process before it is rolled out",
       "Lead a small improvement in your own work area and track its effect",
       "Keep a change log of what worked and what did not during a recent change"],
      ["Talk with a manager who has led a restructure about what they would do differently",
       "Find a mentor outside your area who has worked through a similar change",
       "Join the professional staff change champions network"],
      ["Attend the \u2018Managing Change in Your Team\u2019 program",
       "Complete a LinkedIn Learning course on change management"]],
     "Act as change lead for the introduction of a new procedure in your unit, including communicating it, "
     "gathering feedback and reporting on uptake after three months.",
     [("Bridges, William, and Susan Bridges. Managing Transitions: Making the Most of Change. 4th ed. Boston: "
       "Da Capo Lifelong Books, 2016.",
       "Managing Transitions: Making the Most of Change", ["William Bridges", "Susan Bridges"],
       "Da Capo Lifelong Books", 2016),
      ("Heath, Chip, and Dan Heath. Switch: How to Change Things When Change Is Hard. New York: Broadway Books, "
       "2010.",
       "Switch: How to Change Things When Change Is Hard", ["Chip Heath", "Dan Heath"], "Broadway Books", 2010),
      ("Kotter, John P. \u201cLeading Change: Why Transformation Efforts Fail.\u201d Harvard Business Review 73, "
       "no. 2 (1995): 59\u201367.",
       "Leading Change: Why Transformation Efforts Fail", ["John P. Kotter"], "Harvard Business Review", 1995)]),
    ("Service Focus",
     "Understands who the students, staff and external clients of the unit are, and designs and delivers "
     "services around their needs.",
     [["Map the steps a student takes to use one of your services and remove one unnecessary step",
       "Handle enquiries at a front-of-house service for a period",
       "Review recent complaints and propose a fix for a recurring issue"],
      ["Ask clients directly what they value about your service",
       "Observe a colleague known for excellent service and discuss their approach",
       "Take part in a peer review of service standards with another unit"],
      ["Attend the \u2018Service Excellence at UniSA\u2019 workshop",
       "Complete training in the University\u2019s enquiry management system"]],
     "Lead a short client survey for your team, analyse the results and agree two service improvements with "
     "your manager.",
     [("Zeithaml, Valarie A., A. Parasuraman, and Leonard L. Berry. Delivering Quality Service: Balancing "
       "Customer Perceptions and Expectations. New York: Free Press, 1990.",
       "Delivering Quality Service: Balancing Customer Perceptions and Expectations",
       ["Valarie A. Zeithaml", "A. Parasuraman", "Leonard L. Berry"], "Free Press", 1990),
      ("Heskett, James L., W. Earl Sasser, and Leonard A. Schlesinger. The Service Profit Chain. New York: Free "
       "Press, 1997.",
       "The Service Profit Chain", ["James L. Heskett", "W. Earl Sasser", "Leonard A. Schlesinger"],
       "Free Press", 1997)]),
]


def fonts(doc):
    st = doc.styles
    L.style_font(st["Normal"], "Liberation Sans")
    st["Normal"].font.size = Pt(10)
    st["Normal"].paragraph_format.space_after = Pt(5)
    for name, size in (("Heading 1", 14), ("Heading 2", 12.5), ("Heading 3", 10.5)):
        s = st[name]
        L.style_font(s, "Liberation Sans")
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.color.rgb = NAVY
        s.paragraph_format.space_before = Pt(10)
        s.paragraph_format.space_after = Pt(4)
    L.style_font(st["List Bullet"], "Liberation Sans")


def header_footer(sec):
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Managing Your Development @ UniSA A Quick Guide for Professional Staff")
    r.font.size = Pt(8)
    r.font.color.rgb = NAVY
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, 17.0)
    r = fp.add_run("University of South Australia September 2017\t")
    r.font.size = Pt(8)
    L.add_field(fp, "PAGE")
    fp.runs[-2].font.size = Pt(8)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    fonts(doc)
    header_footer(sec)
    L.clear_core_props(doc, "Managing your Development @ UniSA")

    # cover
    for _ in range(7):
        doc.add_paragraph()
    p = doc.add_paragraph()
    L.para_shading(p, YELLOW)
    r = p.add_run("Managing your Development\n@ UniSA: A Quick Guide\nfor Professional Staff.")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = NAVY
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    r = p.add_run("A UniSA Learning Resource.")
    r.font.size = Pt(13)
    r.font.color.rgb = NAVY
    p.add_run().add_break(WD_BREAK.PAGE)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("\u2018The purpose of learning is growth, and our minds, unlike our bodies, can continue growing "
                  "as we continue to live\u2019.")
    r.italic = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Morris Adler").italic = True

    doc.add_paragraph("INTRODUCTION", style="Heading 1")
    doc.add_paragraph(
        "Ongoing personal and professional development is a central part of managing performance at UniSA. "
        "Development goals are agreed between supervisors and staff, both to build the skills and knowledge a "
        "person needs in their current role and to support their longer-term career. This guide offers "
        "practical ideas for professional staff who want to plan that development.")
    doc.add_paragraph("THE 70:20:10 APPROACH", style="Heading 1")
    doc.add_paragraph(
        "Most of what we learn at work comes from doing the work itself. The University uses the 70:20:10 "
        "approach as a guide to balancing development activities:")
    for t in ("about 70% through challenging experiences and tasks on the job;",
              "about 20% through other people \u2013 feedback, coaching, mentoring and networks;",
              "about 10% through formal learning such as courses, programs and reading."):
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph(
        "The pages that follow suggest activities in each of the three areas for three of the professional staff "
        "capabilities, together with a stretch assignment and some further reading. Use them as a starting "
        "point for a conversation with your supervisor, not as a checklist.")

    for i, (name, definition, cols, stretch, reads) in enumerate(CAPS):
        h = doc.add_paragraph(name, style="Heading 2")
        h.paragraph_format.page_break_before = True
        doc.add_paragraph(definition)
        t = doc.add_table(rows=2, cols=3)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        L.table_borders(t, "8FA3C2")
        for c, head in zip(t.rows[0].cells, COLS):
            run = c.paragraphs[0].add_run(head)
            run.bold = True
            run.font.size = Pt(9.5)
            run.font.color.rgb = NAVY
            L.shade(c, "FFF2B3")
        for c, texts in zip(t.rows[1].cells, cols):
            for j, tx in enumerate(texts):
                p = c.paragraphs[0] if j == 0 else c.add_paragraph()
                p.style = doc.styles["List Bullet"]
                p.add_run(tx).font.size = Pt(9)
                p.paragraph_format.space_after = Pt(2)
        L.fix_widths(t, [2.25, 2.25, 2.2])
        doc.add_paragraph("Stretch assignment", style="Heading 3")
        doc.add_paragraph(stretch)
        doc.add_paragraph("Further reading", style="Heading 3")
        for text, title, *_ in reads:
            p = doc.add_paragraph()
            italic = title if ("\u201c" + title) not in text else "Harvard Business Review"
            a = text.index(italic)
            p.add_run(text[:a])
            p.add_run(italic).italic = True
            p.add_run(text[a + len(italic):])
            p.paragraph_format.left_indent = Cm(0.8)
            p.paragraph_format.first_line_indent = Cm(-0.8)
    L.docx_to_pdf(doc, OUT)


def gold():
    comps = []
    for name, definition, cols, stretch, reads in CAPS:
        acts = []
        for head, texts in zip(COLS, cols):
            acts += L.items(STEM, texts, head)
        acts.append(L.item(STEM, stretch, "Stretch assignment"))
        readings = [L.reading(STEM, text, title, authors, pub, year) for text, title, authors, pub, year in reads]
        comps.append(L.competency(STEM, name, definition, activities=acts, readings=readings))
    return comps


def main():
    build()
    L.write_gold(OUT, "pdf", "Managing your Development @ UniSA: A Quick Guide for Professional Staff.", gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

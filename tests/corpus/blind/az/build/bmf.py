"""British Military Fitness - Competency Framework (PDF via python-docx -> LibreOffice)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

import azlib as L

STEM = "bmf-competency-framework"
GREEN = RGBColor(0x2F, 0x4F, 0x1F)

INTRO = [
    ("Why do we need a competency framework?",
     ["The competency framework does several jobs at once. Together they help British Military Fitness to raise "
      "the standard of service our members receive, to support the growth of our instructors and office staff, "
      "and to make recruitment, appraisal and development fairer and more consistent."]),
    ("How they were developed",
     ["We started from our guiding principles:",
      ("bullets", ["Delivering quality services", "Fostering partnerships", "Responsibility and ethical working"]),
      "and our seven values:",
      ("bullets", ["Be accountable", "Be open", "Be independent", "Be fair", "Follow best practice",
                   "Work efficiently", "Treat everyone with respect"]),
      "The competencies build on these values to spell out the skills and behaviours you need to be effective "
      "in any role across British Military Fitness. They give us a shared language for talking about performance."]),
    ("What are the levels?",
     ["The core competency framework has nine competencies, each described at four levels. The levels build on "
      "each other: to have reached level two, you are assumed to show any behaviours identified at level one as "
      "well. The lists are not exhaustive; they give a flavour of the approach British Military Fitness expects "
      "from all staff.",
      "Each competency ends with some examples of negative indicators. These show the kind of behaviour that is "
      "actively discouraged, because it works against the continual improvement British Military Fitness is "
      "striving for."]),
]

SCALE = [("0", "No knowledge or skills", ""),
         ("1", "Low", "New to the post, developing in the job role and needs further learning and development to "
                      "reach an acceptable level of competence"),
         ("2", "Acceptable", "Shows a satisfactory level of skills and knowledge and may need further development "
                             "to become more effective"),
         ("3", "Good", "Consistently achieves and sustains a good standard of skills, knowledge and working practice"),
         ("4", "Advanced", "Shows an advanced level of expertise and knowledge and is always looking to improve "
                           "working practices")]

COMPS = [
    ("Personal Effectiveness",
     "Manages own time, energy and development so that work is delivered reliably and to a high standard, on and "
     "off the training ground.",
     [["Arrives on time, prepared and in correct uniform for every session",
       "Keeps equipment clean, checked and ready for use",
       "Asks for feedback and acts on it"],
      ["Plans own workload so that deadlines are met without reminders",
       "Stays calm and positive when sessions do not go to plan",
       "Sets personal development goals with their manager"],
      ["Looks for ways to improve own working practices and shares what works",
       "Manages competing priorities across several parks or classes",
       "Acts as a positive role model for newer instructors"],
      ["Anticipates problems and puts solutions in place before they affect members",
       "Coaches others to manage their own time and development",
       "Champions continual improvement across the region"]],
     ["Regularly late or unprepared for sessions",
      "Blames others or circumstances when things go wrong",
      "Shows little interest in feedback or personal development"]),
    ("Customer Focus",
     "Puts members at the centre of everything we do, understanding their needs and making every session a safe, "
     "motivating and enjoyable experience.",
     [["Greets members by name and makes newcomers feel welcome",
       "Checks members\u2019 health and fitness information before each session",
       "Deals politely with questions and passes on anything they cannot resolve"],
      ["Adapts exercises so that members of all abilities are challenged safely",
       "Follows up member feedback and reports back on what has changed",
       "Encourages members to bring friends and to renew their membership"],
      ["Uses member feedback and attendance figures to improve the programme at their park",
       "Resolves complaints fairly and to the member\u2019s satisfaction",
       "Builds links with local businesses and community groups"],
      ["Designs new services in response to changing member needs",
       "Sets the standard of customer care for the region and monitors it",
       "Represents British Military Fitness at external events and in the media"]],
     ["Treats members as a group to be drilled rather than as individuals",
      "Ignores or dismisses complaints",
      "Runs the same session regardless of who turns up"]),
    ("Working Together",
     "Works co-operatively with instructors, office staff and partners to deliver a consistent service across the "
     "organisation.",
     [["Supports colleagues during sessions and helps to set up and pack away",
       "Passes on information that others need promptly",
       "Respects the views and experience of others"],
      ["Offers help to colleagues without being asked",
       "Contributes ideas at team meetings",
       "Deals with disagreements openly and constructively"],
      ["Brings instructors together to share good practice across parks",
       "Builds effective working relationships with head office teams",
       "Recognises and celebrates the contribution of others"],
      ["Builds partnerships with local authorities, parks departments and other organisations",
       "Creates a culture in which teams support one another across regions",
       "Leads cross-functional projects to successful outcomes"]],
     ["Works in isolation and keeps information to themselves",
      "Criticises colleagues in front of members",
      "Puts their own park\u2019s interests ahead of the organisation\u2019s"]),
]


def para(container, text="", bold=False, size=10, color=None, after=4, before=0, align=None):
    p = container.add_paragraph() if hasattr(container, "add_paragraph") else container
    if text:
        r = p.add_run(text)
        r.bold = bold
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
    L.clear_props(doc, "BMF Competency Framework")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin, sec.bottom_margin = Inches(0.7), Inches(0.7)
    bullet = L.add_numbering(doc, L.bullet_lvl("\u2022", left=280, hanging=200), "1B2C3D4E")
    cell_bullet = L.add_numbering(doc, L.bullet_lvl("\u2022", left=180, hanging=150), "2B2C3D4F")

    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.67), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("British Military Fitness | Competency Framework\t\t")
    r.font.size = Pt(8)
    r.font.color.rgb = GREEN
    L.add_field(fp, "PAGE", "1", size=Pt(8))

    para(doc, "BRITISH MILITARY FITNESS", bold=True, size=11, color=GREEN, after=2)
    para(doc, "Competency Framework", bold=True, size=24, color=GREEN, after=12)
    for head, parts in INTRO:
        para(doc, head, bold=True, size=12, color=GREEN, before=6, after=3)
        for part in parts:
            if isinstance(part, tuple):
                for b in part[1]:
                    p = para(doc, b, after=1)
                    L.set_num(p, bullet)
            else:
                para(doc, part, after=4)
    para(doc, "Personal evaluation scale", bold=True, size=12, color=GREEN, before=8, after=4)
    t = doc.add_table(rows=0, cols=3)
    t.style = doc.styles["Table Grid"]
    for num, label, desc in SCALE:
        cells = t.add_row().cells
        para(cells[0].paragraphs[0], num, bold=True, size=10, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
        L.shade(cells[0], "DDE5D1")
        para(cells[1].paragraphs[0], label, bold=True, size=10, after=0)
        para(cells[2].paragraphs[0], desc, size=9, after=0)
    L.fix_widths(t, [0.5, 1.6, 4.55])

    for name, definition, levels, negatives in COMPS:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        banner = doc.add_table(rows=1, cols=1)
        bc = banner.rows[0].cells[0]
        L.shade(bc, "2F4F1F")
        para(bc.paragraphs[0], name, bold=True, size=16, color=RGBColor(0xFF, 0xFF, 0xFF), after=2, before=2)
        para(doc, "", after=2)
        para(doc, definition, size=10, after=8)
        t = doc.add_table(rows=2, cols=4)
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        L.set_cell_margins(t, 80, 80, 90, 90)
        for i, c in enumerate(t.rows[0].cells):
            para(c.paragraphs[0], f"Level {i + 1}", bold=True, size=10, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
            L.shade(c, "DDE5D1")
        for c, items in zip(t.rows[1].cells, levels):
            for j, it in enumerate(items):
                p = c.paragraphs[0] if j == 0 else c.add_paragraph()
                para(p, it, size=9, after=3)
                L.set_num(p, cell_bullet)
        L.fix_widths(t, [1.67, 1.67, 1.67, 1.66])
        para(doc, "", after=4)
        neg = doc.add_table(rows=1, cols=1)
        nc = neg.rows[0].cells[0]
        L.shade(nc, "F2E6E6")
        para(nc.paragraphs[0], "Negative indicators", bold=True, size=11, color=RGBColor(0x8B, 0x1A, 0x1A), after=3, before=2)
        for it in negatives:
            p = para(nc, it, size=9, after=2)
            L.set_num(p, bullet)
        L.fix_widths(neg, [6.67])
    src = L.AZ / "build" / "_tmp" / f"{STEM}.docx"
    src.parent.mkdir(exist_ok=True)
    doc.save(src)
    L.soffice(src, "pdf", L.DOCS)
    return L.DOCS / f"{STEM}.pdf"


if __name__ == "__main__":
    print(build())

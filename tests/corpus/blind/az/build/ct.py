"""Collections Trust - The Collections Management Competency Framework (DOCX, python-docx)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

import azlib as L

STEM = "collectionstrust-collections-management-competency-framework"
TITLE = "The Collections Management Competency Framework"
PURPLE = RGBColor(0x5B, 0x2C, 0x6F)

INTRO = [
    "The Collections Management Competency Framework sets out the collections management skills and behaviours "
    "that a museum needs in order to develop, manage and sustain its collections so that the public can use them. "
    "It is a high-level framework and can serve as a starting point for defining, planning and managing the skills "
    "your museum needs.",
    "The Framework was developed by the Collections Trust together with the museum sector, as part of a project "
    "funded by Arts Council England. It draws on the experience of many people who work in museums, in many "
    "different roles, across the UK, and it describes the skill sets of the Collections Management profession.",
    "The Collections Management Competency Framework defines 14 Competencies, which are grouped into 4 Clusters.",
]
CLUSTERS_H = "The Competency Clusters"
CLUSTERS_P = ("In the Collections Management Competency Framework the Competencies in each of the four Competency "
              "Clusters are described in a separate table (see below) at 3 levels:")
LEVELS = ["Synthesises and Evaluates", "Applies", "Comprehends"]
AFTER = [
    "These are not career levels. They are meant to reflect different stages in learning and demonstrating a "
    "competency, starting with the ability to Comprehend and ending with the highest level, the ability to "
    "Synthesise and Evaluate. You can find out more about levels of learning from Bloom\u2019s Taxonomy.",
    "Learning levels are cumulative, with each level building on the levels below: a person demonstrating a "
    "competency at the highest level should already be demonstrating it at the two lower levels.",
]
CLUSTER = "Customer Focus"
CLUSTER_DESC = ("Keeping a focus on customers that responds to their needs, increases the use of the collections "
                "and shows the museum to be authoritative, accountable and efficient")
COMPS = ["Engagement", "Authority", "Accountability", "Efficiency"]
# rows: level -> one list of statements per competency column
CELLS = {
    "Synthesises and Evaluates": [
        ["Identifies new stories linked to the collections and actively builds connections with communities and audiences",
         "Evaluates how the collections are used and turns the findings into plans for wider engagement"],
        ["Reviews the museum\u2019s collections information against current scholarship and sets priorities for improving it"],
        ["Develops policies that make the museum answerable to the public for how its collections are acquired, cared for and used"],
        ["Redesigns collections management processes to give the best return on the museum\u2019s resources",
         "Weighs the costs and benefits of different ways of giving access to the collections"]],
    "Applies": [
        ["Uses knowledge of the collections to answer enquiries and support users\u2019 research",
         "Works with colleagues to develop displays, loans and events that make use of the collections"],
        ["Records collections information accurately and to agreed standards so that users can trust it"],
        ["Follows the museum\u2019s policies and procedures and keeps records that allow decisions to be traced"],
        ["Plans and organises own collections work to make good use of time, space and materials"]],
    "Comprehends": [
        ["Understands who the museum\u2019s users are and why they use the collections"],
        ["Understands why reliable collections information matters to the museum\u2019s reputation"],
        ["Understands the legal and ethical framework within which museums hold collections"],
        ["Understands the main collections management procedures and how they fit together"]],
}


def build():
    doc = Document()
    L.clear_props(doc, TITLE)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for sname, size in (("Title", 24), ("Heading 1", 16), ("Heading 2", 13)):
        s = doc.styles[sname]
        s.font.color.rgb = PURPLE
        s.font.size = Pt(size)
        s.font.name = "Calibri"
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.clear_all()
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(5.15), WD_TAB_ALIGNMENT.CENTER)
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(10.2), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("\u00a9 Collections Trust 2016\twww.collectionstrust.org.uk\t")
    r.font.size = Pt(8)
    L.add_field(fp, "PAGE", "1", size=Pt(8))

    doc.add_paragraph(TITLE, style="Title")
    for t in INTRO:
        doc.add_paragraph(t)
    doc.add_paragraph(CLUSTERS_H, style="Heading 2")
    doc.add_paragraph(CLUSTERS_P)
    for lv in LEVELS:
        doc.add_paragraph(lv, style="List Bullet")
    for t in AFTER:
        doc.add_paragraph(t)

    doc.add_page_break()
    doc.add_paragraph(CLUSTER, style="Heading 1")
    p = doc.add_paragraph()
    p.add_run(CLUSTER_DESC).italic = True
    t = doc.add_table(rows=1, cols=5)
    t.style = doc.styles["Table Grid"]
    L.set_cell_margins(t, 70, 70, 100, 100)
    hdr = t.rows[0].cells
    L.header_row(t.rows[0])
    for c, txt in zip(hdr, [""] + COMPS):
        L.shade(c, "E4D7EA")
        if txt:
            rr = c.paragraphs[0].add_run(txt)
            rr.bold = True
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    n = 0
    for lv in LEVELS:
        row = t.add_row()
        L.cant_split(row)
        c0 = row.cells[0]
        L.shade(c0, "F3EEF5")
        c0.paragraphs[0].add_run(lv).bold = True
        for cell, stmts in zip(row.cells[1:], CELLS[lv]):
            for j, s in enumerate(stmts):
                n += 1
                para = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                para.paragraph_format.space_after = Pt(4)
                rr = para.add_run(f"{n}. {s}")
                rr.font.size = Pt(10)
    L.fix_widths(t, [1.45, 2.21, 2.21, 2.21, 2.21])
    out = L.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build())

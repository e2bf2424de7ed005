"""Public Appointments Service (Ireland), Executive Officer candidates' information booklet:
the key-competencies table (excerpt, 4 of the 6 EO competencies).

python-docx. A two-column Word table with a repeated header row: left cell = competency name (bold)
+ a short italic description (two paragraphs in one cell); right cell = the indicators, one paragraph
each, with bullet glyphs TYPED as text the way the booklets are: "•<tab>", "• " and "•Word" with no
space; one indicator broken over two lines with a manual line break.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm, RGBColor

import lib
from lib import C

STEM = "irish-eo-key-competencies"
g = lib.G(STEM)
TITLE = "Candidates’ Information Booklet"

ROWS = [
    ("Leadership Potential",
     "Shows the drive to take on responsibility and to lead and support others in meeting goals.",
     [("•\t", "Adapts readily and contributes positively when changes are put in place"),
      ("•", ["Shows initiative and is willing to take responsibility ", "for own work"]),
      ("•\t", "Supports and promotes new, more efficient ways of working"),
      ("•", "Is self-motivated and keeps performing to a high standard"),
      ("•\t", "Welcomes feedback from others and acts on it")]),
    ("Analysis & Decision Making",
     "Gathers and makes sense of information in order to reach sound, timely decisions.",
     [("•\t", "Collects and analyses information from relevant sources, financial, numerical or "
              "other, and weighs up the key factors"),
      ("•\t", "Considers the wider issues and implications when making decisions"),
      ("• ", "Draws on previous knowledge and experience to guide decisions"),
      ("•\t", "Reaches sound decisions with a well-reasoned rationale and stands over them"),
      ("•", "Proposes solutions to problems")]),
    ("Delivery of Results",
     "Takes ownership of tasks and sees them through to completion to a high standard.",
     [("•\t", "Takes ownership of tasks and is determined to see them through to a good "
              "conclusion"),
      ("•\t", "Is logical and practical, getting the best possible results from the resources "
              "available"),
      ("•\t", "Delegates clearly, explaining what is required and why"),
      ("•", "Spots areas for improvement and suggests practical ways to make them happen"),
      ("•\t", "Embraces new developments and changing work practices and works to put them in "
              "place"),
      ("•\t", "Gives high priority to delivering quality results for customers")]),
    ("Interpersonal & Communication Skills",
     "Communicates clearly and builds positive working relationships with colleagues and "
     "customers.",
     [("•\t", "Adjusts the way of communicating to suit the situation or the audience"),
      ("•\t", "Listens actively to the views of others"),
      ("• ", "Liaises with other groups to gather information and keep them informed of "
             "progress"),
      ("•\t", "Works well within a team and helps to build relationships in it"),
      ("•", "Is persuasive and perceptive, using a range of approaches to influence others"),
      ("•\t", "Deals with people with sensitivity, tact and courtesy")]),
]


def build():
    d = Document()
    C.clear_core_props(d, "Executive Officer 2016 - Candidates Information Booklet")
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("CID 16160705 Executive Officer 2016 in the Civil Service (Open)   - ")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")
    fp.add_run(" -").font.size = Pt(8)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(TITLE)
    rr.bold = True
    rr.font.size = Pt(20)
    for t, b in (("Open competition for appointment to the position(s) as:", False),
                 ("Executive Officer 2016", True), ("in the Civil Service", False),
                 ("CID 16160705", False)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(t)
        rr.bold = b
        rr.font.size = Pt(14 if b else 12)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("The Public Appointments Service is committed to a policy of equal opportunity.").italic = True

    h = d.add_paragraph()
    h.add_run("The Executive Officer Role:").bold = True
    d.add_paragraph(
        "Executive Officers examine proposals and reports critically and deal with the more "
        "complex, non-routine cases that need a decision. The work is varied: researching and "
        "drafting proposals on policy and legislation, acting as junior managers in Government "
        "Departments, managing operations and, with experience, larger numbers of staff and "
        "other resources, and dealing directly with the public. The grade is the entry level to "
        "junior management in the Civil Service.")
    h = d.add_paragraph()
    h.add_run("Key Competencies for Effective Performance at Executive Officer Level").bold = True
    d.add_paragraph(
        "Candidates should be able to show evidence of the competencies below. The interview "
        "board will look for examples from your experience that match the indicators.")

    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    C.fix_widths(t, [2.1, 4.6])
    hdr = t.rows[0]
    for c, txt in zip(hdr.cells, ("Competency", "Indicators")):
        C.shade(c, "1F4E79")
        run = c.paragraphs[0].add_run(txt)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    C.mark_header_row(hdr)

    comps = []
    for name, desc, inds in ROWS:
        row = t.add_row()
        C.row_flags(row, cant_split=True)
        left, right = row.cells
        left.paragraphs[0].add_run(name).bold = True
        dp = left.add_paragraph()
        dp.add_run(desc).italic = True
        gold_inds = []
        for i, (glyph, text) in enumerate(inds):
            p = right.paragraphs[0] if i == 0 else right.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            if isinstance(text, list):
                p.add_run(glyph + text[0])
                p.add_run().add_break(WD_BREAK.LINE)
                p.add_run(text[1])
                gold_inds.append("".join(text))
            else:
                p.add_run(glyph + text)
                gold_inds.append(text)
        comps.append(g.comp(name, desc, indicators=g.items(gold_inds)))

    d.add_paragraph()
    d.add_paragraph(
        "Specialist Knowledge, Expertise and Self Development and Drive & Commitment to Public "
        "Service Values are described in the full booklet.").runs[0].italic = True
    d.save(lib.DOCS / f"{STEM}.docx")
    g.write("docx", TITLE, comps)


if __name__ == "__main__":
    build()

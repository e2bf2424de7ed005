"""Batch N: DOCX documents (python-docx) and PDFs (python-docx -> LibreOffice), with their gold."""
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt, RGBColor
from common_n import (DOCS, GOLD, add_field, add_numbering, bullet_lvl, clear_props, competency, fix_widths, item,
                      row_flags, set_num, shade, soffice, write_gold)

DOCS.mkdir(parents=True, exist_ok=True)
GOLD.mkdir(parents=True, exist_ok=True)


def base(font="Arial", size=10, landscape=False, margins=0.8):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Inches(margins)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    return d


def to_pdf(docx_path, stem):
    tmp = Path(tempfile.mkdtemp(prefix="bn-"))
    src = tmp / f"{stem}.docx"
    shutil.copy(docx_path, src)
    soffice(src, "pdf", DOCS)
    shutil.rmtree(tmp, ignore_errors=True)
    return DOCS / f"{stem}.pdf"


def para(container, text="", bold=False, size=None, color=None, align=None, space_after=4, italic=False):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def bullets(container, items, num_id, size=None):
    for t in items:
        p = container.add_paragraph()
        r = p.add_run(t)
        if size:
            r.font.size = Pt(size)
        set_num(p, num_id)
        p.paragraph_format.space_after = Pt(1)


def first_cell_par(cell, text, bold=False, size=None, color=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


# ====================================================================== 1. University of Guelph (DOCX)
GU = "guelph-behavioural-competency-dictionary"
GU_COMPS = [
    ("Adaptability",
     "The ability to adjust one's behaviour and approach to work effectively with different people and in "
     "changing situations, and to treat change as an opportunity rather than a threat.",
     [("Level 1: Is open to change",
       ["Accepts that change is part of university life", "Shows willingness to try new ways of doing things",
        "Adjusts to new procedures when asked"]),
      ("Level 2: Adapts to change",
       ["Changes own approach when the situation calls for it",
        "Works well with people whose views differ from own", "Stays productive during periods of transition"]),
      ("Level 3: Adapts approach to meet needs",
       ["Modifies plans or priorities to respond to new information",
        "Helps co-workers adjust to changes in the unit", "Sees the merit in different points of view"]),
      ("Level 4: Adapts to large-scale change",
       ["Leads the unit through significant change while maintaining service",
        "Reshapes processes and structures to fit a new direction",
        "Anticipates shifts in the environment and prepares others for them"]),
      ("Level 5: Champions organizational change",
       ["Advocates change that benefits the University as a whole",
        "Removes barriers to change across departments",
        "Models flexibility in the face of ambiguity and setbacks"])]),
    ("Client Focus",
     "Providing service excellence to students, faculty, staff and external clients by identifying and "
     "responding to their current and future needs.",
     [("Level 1: Responds to client requests",
       ["Answers client questions promptly and courteously", "Follows through on commitments made to clients"]),
      ("Level 2: Builds positive client relationships",
       ["Clarifies client needs before acting", "Keeps clients informed of progress and delays",
        "Takes personal responsibility for resolving client problems"]),
      ("Level 3: Anticipates and adapts to client needs",
       ["Looks for the needs that lie behind a client's request",
        "Adjusts services to meet changing client needs"]),
      ("Level 4: Fosters a client-focused culture",
       ["Sets service standards for the unit and monitors results",
        "Uses client feedback to improve programs and services"]),
      ("Level 5: Considers the strategic direction of client needs",
       ["Identifies long-term trends in the needs of the University community",
        "Builds partnerships that add value for clients across campus"])]),
]


def build_guelph():
    d = base("Arial", 9.5, landscape=True, margins=0.6)
    clear_props(d, "Behavioural Competency Dictionary")
    bl = add_numbering(d, bullet_lvl("\u2022", left=216, hanging=144), "1A2B3C01")
    hp = d.sections[0].header.paragraphs[0]
    hp.add_run("Behavioural Competency Dictionary").italic = True
    hp.add_run("\tUniversity of Guelph").italic = True
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, "PAGE")
    for ci, (name, definition, levels) in enumerate(GU_COMPS):
        if ci:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(d, name, bold=True, size=16, color="C20430", space_after=6)
        p = para(d, "", space_after=8)
        p.add_run("Definition: ").bold = True
        p.add_run(definition)
        t = d.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        for i, (lab, beh) in enumerate(levels):
            c = t.rows[0].cells[i]
            first_cell_par(c, lab, bold=True, size=9.5)
            shade(c, "FFC72A")
            c2 = t.rows[1].cells[i]
            for j, b in enumerate(beh):
                pp = c2.paragraphs[0] if j == 0 else c2.add_paragraph()
                pp.add_run(b)
                set_num(pp, bl)
        row_flags(t.rows[0], cant_split=True, header=True)
        fix_widths(t, [1.95] * 5)
    path = DOCS / f"{GU}.docx"
    d.save(path)
    comps = []
    for name, definition, levels in GU_COMPS:
        comps.append(competency(GU, name, definition, levels=[
            {"rank": i, "label": lab, "behaviors": [item(GU, b) for b in beh]}
            for i, (lab, beh) in enumerate(levels, 1)]))
    write_gold(path, "Behavioural Competency Dictionary", comps)


# ====================================================================== 2. Reliance Retail (DOCX)
RR = "reliance-retail-competency-dictionary"
RR_COMPS = [
    ("Customer", "Customer Focus",
     "Puts the customer at the centre of every decision: understands what shoppers want, delivers on "
     "promises made to them, and builds loyalty that brings them back to the store.",
     [("Stage I", ["Greets customers and responds to their questions politely and without delay",
                   "Follows store procedures for returns, exchanges and complaints",
                   "Passes customer feedback on to the supervisor"]),
      ("Stage II", ["Asks questions to understand what the customer is looking for before suggesting products",
                    "Resolves routine complaints on the spot and follows up to check the customer is satisfied",
                    "Spots patterns in customer requests and shares them with the team"]),
      ("Stage III", ["Uses customer data and footfall trends to improve range, layout and service in the store",
                     "Coaches the team to handle difficult customers with patience and tact",
                     "Designs local initiatives that build repeat visits and loyalty"])],
     "Benchmark: Stage I for Customer Service Associates; Stage II for Department Managers; Stage III for "
     "Store Managers."),
    ("Working Styles", "Attention to Detail",
     "Completes every task accurately and thoroughly, checking own work and the work of others so that "
     "errors in stock, pricing and cash handling are caught early.",
     [("Stage I", ["Checks price labels, shelf tickets and planograms against instructions",
                   "Counts cash and stock carefully and records figures correctly"]),
      ("Stage II", ["Sets up simple checklists so that routine tasks are done the same way every time",
                    "Reviews the team's paperwork and corrects mistakes before it is submitted"]),
      ("Stage III", ["Builds audit routines into store operations and acts on the findings",
                     "Traces the root causes of repeated shrinkage or billing errors"])],
     "Benchmark: Stage II for Cashiers and Inventory Executives; Stage III for Store Managers."),
]


def build_reliance():
    d = base("Verdana", 9.5)
    clear_props(d, "Competency Dictionary")
    bl = add_numbering(d, bullet_lvl("\u25aa", left=288, hanging=216, font="Wingdings"), "2B3C4D02")
    hp = d.sections[0].header.paragraphs[0]
    r = hp.add_run("Reliance Retail")
    r.bold = True
    r.font.color.rgb = RGBColor.from_string("0B3D91")
    hp.add_run("\t\tCompetency Dictionary")
    fp = d.sections[0].footer.paragraphs[0]
    fp.add_run("A User\u2019s Guide \u2013 Version 1.0, May 2006\t\t")
    add_field(fp, "PAGE")
    for ci, (band, name, definition, stages, bench) in enumerate(RR_COMPS):
        if ci:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(d, f"Band: {band}", italic=True, color="666666", space_after=2)
        d.add_heading(name, level=1)
        para(d, definition, space_after=8)
        para(d, "Stages of Development", bold=True, size=11, space_after=4)
        t = d.add_table(rows=1 + len(stages), cols=2)
        t.style = "Table Grid"
        first_cell_par(t.rows[0].cells[0], "Stage", bold=True)
        first_cell_par(t.rows[0].cells[1], "Behaviours", bold=True)
        for c in t.rows[0].cells:
            shade(c, "D9E2F3")
        for i, (st, beh) in enumerate(stages, 1):
            first_cell_par(t.rows[i].cells[0], st, bold=True)
            cell = t.rows[i].cells[1]
            for j, b in enumerate(beh):
                pp = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                pp.add_run(b)
                set_num(pp, bl)
        fix_widths(t, [1.1, 5.4])
        para(d, "", space_after=2)
        para(d, bench, italic=True, space_after=4)
    path = DOCS / f"{RR}.docx"
    d.save(path)
    comps = []
    for band, name, definition, stages, bench in RR_COMPS:
        comps.append(competency(RR, name, definition, levels=[
            {"rank": i, "label": st, "behaviors": [item(RR, b) for b in beh]} for i, (st, beh) in enumerate(stages, 1)],
            notes=[item(RR, bench)]))
    write_gold(path, "Competency Dictionary", comps)


# ====================================================================== 3. UCT Competency Framework (PDF)
UCT = "uct-competency-framework"
UCT_COMPS = [
    (47, "Resilience",
     "Keeps performing effectively when under pressure, facing setbacks or dealing with disappointment; "
     "recovers quickly and stays positive and focused on the goal.",
     [["Keeps working steadily when workloads rise for short periods",
       "Accepts constructive criticism without becoming defensive",
       "Asks for help when a problem cannot be solved alone"],
      ["Stays calm and courteous with demanding students or clients",
       "Bounces back quickly after a mistake and learns from it",
       "Keeps own commitments even when priorities compete"],
      ["Maintains the team's focus and morale during difficult periods",
       "Treats setbacks as temporary and looks for another way forward",
       "Handles conflicting demands from different stakeholders calmly"],
      ["Sustains performance through prolonged periods of uncertainty or change in the faculty or department",
       "Shows composure in high-stakes situations such as audits, protests or crises",
       "Supports others to manage pressure and recover from setbacks"],
      ["Provides steady leadership to the University through institutional crises",
       "Remains resolute on strategic goals in the face of sustained opposition"]]),
    (49, "Results focus",
     "Focuses on the outcomes that matter, sets challenging goals, and works persistently to deliver work "
     "of a high standard on time.",
     [["Completes assigned tasks accurately and within agreed deadlines",
       "Checks own work against the standards set for the job"],
      ["Sets own targets that go beyond the minimum required",
       "Monitors progress and adjusts the approach to keep work on track"],
      ["Translates departmental objectives into clear goals for the team",
       "Tracks results and tackles the causes of poor performance"],
      ["Sets demanding performance targets for the department and holds managers accountable for them",
       "Allocates resources to the activities that deliver the greatest value"],
      ["Defines the measures of success for the University and drives delivery against the strategic plan"]]),
]


def build_uct():
    d = base("Calibri", 10, margins=0.75)
    clear_props(d, "UCT Competency Framework")
    bl = add_numbering(d, bullet_lvl("\u2022", left=216, hanging=144), "3C4D5E03")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("UCT Competency Framework")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor.from_string("1F3864")
    hp.add_run("\t\t")
    r = hp.add_run("Section D: Identifying the competency level")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pages = [c[0] for c in UCT_COMPS]
    # first page number: a field would print 1, 2; the guide's pages are 47 and 49, so a section per entry
    for ci, (pg, name, definition, levels) in enumerate(UCT_COMPS):
        if ci:
            from docx.enum.section import WD_SECTION
            sec = d.add_section(WD_SECTION.NEW_PAGE)
        pgNumType = sec._sectPr.makeelement("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgNumType",
                                             {"{http://schemas.openxmlformats.org/wordprocessingml/2006/main}start": str(pg)})
        sec._sectPr.append(pgNumType)
        if ci == 0:
            add_field(fp, "PAGE", str(pg))
        para(d, name, bold=True, size=16, color="1F3864", space_after=4)
        p = para(d, "", space_after=8)
        r = p.add_run("Definition: ")
        r.bold = True
        p.add_run(definition)
        t = d.add_table(rows=1 + len(levels), cols=2)
        t.style = "Table Grid"
        first_cell_par(t.rows[0].cells[0], "Level", bold=True, color="FFFFFF")
        first_cell_par(t.rows[0].cells[1], "Behavioural descriptors", bold=True, color="FFFFFF")
        for c in t.rows[0].cells:
            shade(c, "1F3864")
        for i, beh in enumerate(levels, 1):
            first_cell_par(t.rows[i].cells[0], f"Level {i}", bold=True)
            shade(t.rows[i].cells[0], "DEEAF6")
            cell = t.rows[i].cells[1]
            for j, b in enumerate(beh):
                pp = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                pp.add_run(b)
                set_num(pp, bl)
            row_flags(t.rows[i])
        fix_widths(t, [1.0, 5.9])
    docx_path = Path(tempfile.mkdtemp(prefix="bn-")) / f"{UCT}.docx"
    d.save(docx_path)
    path = to_pdf(docx_path, UCT)
    comps = [competency(UCT, name, definition, levels=[
        {"rank": i, "label": f"Level {i}", "behaviors": [item(UCT, b) for b in beh]} for i, beh in enumerate(levels, 1)])
        for _, name, definition, levels in UCT_COMPS]
    write_gold(path, "UCT Competency Framework", comps)


# ====================================================================== 4. JPA Malaysia (PDF)
JPA = "jpa-competency-dictionary"
JPA_COMPS = [
    ("5.2", "Achievement Orientation",
     "A concern for working well or for surpassing a standard of excellence. The standard may be one's own "
     "past performance, an objective measure, the performance of others, challenging goals one has set, or "
     "something no one has done before.",
     [["Tries to do the job well and right",
       "Expresses frustration at waste or inefficiency but does not act to bring about improvement"],
      ["Works to meet the standards set by management, such as a budget, a target or a deadline",
       "Uses own methods to check that the work meets the standard"],
      ["Makes specific changes in work methods to improve performance",
       "Does something better, faster, at lower cost or more efficiently"],
      ["Sets challenging goals for self and others and works to meet them",
       "Compares current performance with past results and aims to go beyond them"],
      ["Commits significant resources or time to improve performance after weighing costs and benefits",
       "Takes calculated risks to reach an ambitious goal for the agency"]]),
    ("5.7", "Impact & Influence",
     "The intention to persuade, convince or influence others so that they support the speaker's agenda, "
     "or the wish to have a particular impact on others for the good of the public service.",
     [["States intentions and positions clearly but takes no further action to persuade"],
      ["Uses a single direct action to persuade, such as an appeal to reason, data or concrete examples"],
      ["Adapts the presentation or argument to the interests and level of the audience",
       "Anticipates how people will react and prepares for it"],
      ["Uses two or more steps to influence, each adapted to the audience",
       "Takes well-thought-out dramatic action to make a point"],
      ["Uses experts or third parties to influence others",
       "Builds behind-the-scenes support for ideas across agencies"]]),
]


def build_jpa():
    d = base("Times New Roman", 10.5, margins=0.9)
    clear_props(d, "Competency Dictionary")
    bl = add_numbering(d, bullet_lvl("\u2022", left=216, hanging=144), "4D5E6F04")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("COMPETENCY DICTIONARY")
    r.bold = True
    r.font.size = Pt(8)
    hp.add_run("\t\t")
    r = hp.add_run("Jabatan Perkhidmatan Awam Malaysia")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Managing Performance Through Competencies\t\t")
    r.italic = True
    r.font.size = Pt(8)
    add_field(fp, "PAGE", "23")
    pg = sec._sectPr.makeelement("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgNumType",
                                 {"{http://schemas.openxmlformats.org/wordprocessingml/2006/main}start": "23"})
    sec._sectPr.append(pg)
    para(d, "5 BEHAVIOURAL COMPETENCIES (MANAGEMENT)", bold=True, size=12, space_after=10)
    for ci, (num, name, definition, levels) in enumerate(JPA_COMPS):
        if ci:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(d, f"{num} {name}", bold=True, size=13, space_after=6)
        para(d, "Definition", bold=True, space_after=2)
        para(d, definition, space_after=8)
        para(d, "Scale", bold=True, space_after=2)
        t = d.add_table(rows=1 + len(levels), cols=2)
        t.style = "Table Grid"
        first_cell_par(t.rows[0].cells[0], "Level", bold=True)
        first_cell_par(t.rows[0].cells[1], "Behavioural Indicators", bold=True)
        for c in t.rows[0].cells:
            shade(c, "BFBFBF")
        for i, beh in enumerate(levels, 1):
            p = first_cell_par(t.rows[i].cells[0], f"Level {i}", bold=True)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            cell = t.rows[i].cells[1]
            for j, b in enumerate(beh):
                pp = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                pp.add_run(b)
                set_num(pp, bl)
        fix_widths(t, [0.9, 5.8])
    docx_path = Path(tempfile.mkdtemp(prefix="bn-")) / f"{JPA}.docx"
    d.save(docx_path)
    path = to_pdf(docx_path, JPA)
    comps = [competency(JPA, name, definition, levels=[
        {"rank": i, "label": f"Level {i}", "behaviors": [item(JPA, b) for b in beh]} for i, beh in enumerate(levels, 1)])
        for _, name, definition, levels in JPA_COMPS]
    write_gold(path, "Competency Dictionary", comps)


# ====================================================================== 5. Humber College (PDF)
HU = "humber-core-competency-catalogue"
HU_COMPS = [
    ("Collaboration",
     "Works cooperatively with others across the College to achieve shared goals, sharing information and "
     "resources and valuing the contributions of every member of the Humber community.",
     [("Level 1 \u2013 Foundational",
       ["Shares information and knowledge with team members in a timely way",
        "Offers help to colleagues when workloads are heavy",
        "Respects the ideas and opinions of others, including those who disagree"]),
      ("Level 2 \u2013 Intermediate",
       ["Builds working relationships with colleagues in other departments and schools",
        "Contributes own expertise to cross-functional projects and committees",
        "Raises and resolves disagreements directly and respectfully"]),
      ("Level 3 \u2013 Advanced",
       ["Brings together people from different areas to solve shared problems",
        "Recognizes and celebrates the contributions of team members and partners",
        "Builds consensus on decisions that affect several areas of the College"]),
      ("Level 4 \u2013 Expert",
       ["Creates structures and opportunities that encourage collaboration across the College and with "
        "external partners",
        "Models a collaborative approach in senior decision-making forums",
        "Removes barriers that keep departments from working together"])]),
    ("Accountability",
     "Takes ownership of one's own work, decisions and results, and follows through on commitments made "
     "to students, colleagues and the College.",
     [("Level 1 \u2013 Foundational",
       ["Completes assigned work on time and to the expected standard",
        "Admits mistakes and takes steps to correct them"]),
      ("Level 2 \u2013 Intermediate",
       ["Sets clear priorities and keeps others informed of progress",
        "Follows College policies and procedures and explains them to others"]),
      ("Level 3 \u2013 Advanced",
       ["Holds self and the team responsible for meeting goals and service standards",
        "Makes difficult decisions and stands behind them"]),
      ("Level 4 \u2013 Expert",
       ["Builds a culture of accountability across the division",
        "Reports openly on divisional results to College leadership and the Board"])]),
]


def build_humber():
    d = base("Arial", 11, margins=1.0)
    clear_props(d, "Humber College Competency Catalogue")
    bl = add_numbering(d, bullet_lvl("\u2022", left=360, hanging=216), "5E6F7A05")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("HUMBER COLLEGE COMPETENCY CATALOGUE \u2013 CORE COMPETENCIES")
    r.bold = True
    r.font.size = Pt(8)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("HUMAN RESOURCES & ORGANIZATIONAL EFFECTIVENESS DIVISION\t\tPage ")
    r.font.size = Pt(8)
    add_field(hp2, "PAGE", "7")
    r = hp2.add_run(" of 19")
    r.font.size = Pt(8)
    pg = sec._sectPr.makeelement("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgNumType",
                                 {"{http://schemas.openxmlformats.org/wordprocessingml/2006/main}start": "7"})
    sec._sectPr.append(pg)
    for ci, (name, definition, levels) in enumerate(HU_COMPS):
        h = para(d, name.upper(), bold=True, size=14, color="003C71", space_after=6)
        if ci:   # the catalogue runs on: the next competency starts under the previous one
            h.paragraph_format.space_before = Pt(18)
        p = para(d, "", space_after=10)
        r = p.add_run("Definition: ")
        r.bold = True
        p.add_run(definition)
        para(d, "Behavioural Indicators", bold=True, size=11, color="003C71", space_after=4)
        for lab, beh in levels:
            para(d, lab, bold=True, space_after=4).paragraph_format.space_before = Pt(8)
            bullets(d, beh, bl)
            for p in d.paragraphs[-len(beh):]:
                p.paragraph_format.space_after = Pt(5)
            para(d, "", space_after=6)
        # padding so Collaboration's Level 4 list runs over the page break
        if ci == 0:
            pass
    docx_path = Path(tempfile.mkdtemp(prefix="bn-")) / f"{HU}.docx"
    d.save(docx_path)
    path = to_pdf(docx_path, HU)
    comps = []
    for name, definition, levels in HU_COMPS:
        comps.append(competency(HU, name.upper(), definition, levels=[
            {"rank": i, "label": lab, "behaviors": [item(HU, b) for b in beh]} for i, (lab, beh) in enumerate(levels, 1)]))
    write_gold(path, "Humber College Competency Catalogue", comps)


if __name__ == "__main__":
    build_guelph()
    build_reliance()
    build_uct()
    build_jpa()
    build_humber()

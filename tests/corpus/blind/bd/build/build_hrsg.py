"""HRSG - Competency Sample Pack excerpt (PDF, US Letter landscape, 7 pages).

python-docx: cover page, "Table of Contents" with dotted-leader page numbers, a "What Can You Do with a
Competency?" illustration page (Client Focus with only Level 3 filled in, grey "Behavioral Indicator n"
placeholders in the other columns and call-out notes beside the table), then one page per competency:
"Category — Competency" banner, "Competency: Name", "Definition: ...", and a five-column Word table
"Level 1" ... "Level 5" with Word-bulleted behavioral indicators in each cell; footer "hrsg.ca" + page
number -> LibreOffice -> PDF.
"""
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import bdlib as B

STEM = "hrsg-competency-sample-pack"
TITLE = "HRSG Competency Sample Pack"
NAVY = RGBColor(0x1F, 0x2A, 0x44)
TEAL = "2E8B8B"

COMPS = [
    ("Accounting and Finance", "Auditing",
     "Examining financial records, controls and processes to confirm that they are accurate, reliable "
     "and compliant with the applicable standards.",
     [["Describes the purpose of an audit and the main types of audit work.",
       "Collects and files the supporting documents requested by the audit team.",
       "Follows set checklists when checking simple transactions."],
      ["Tests routine transactions against documented controls and records the results.",
       "Spots obvious gaps between records and their supporting evidence.",
       "Drafts working papers that others can follow and re-perform."],
      ["Plans audit procedures for a defined area, taking account of risk and materiality.",
       "Judges whether internal controls are well designed and operating as intended.",
       "Explains findings to process owners and agrees corrective actions with them."],
      ["Leads complex audits that span several business units or systems.",
       "Evaluates the significant judgments and estimates made by management.",
       "Reviews the work of other auditors and coaches them on quality."],
      ["Sets the organization\u2019s audit strategy and risk-based audit plan.",
       "Advises senior leaders and the board on control and compliance issues.",
       "Shapes audit methods in line with emerging standards and regulations."]]),
    ("Behavioral", "Client Focus",
     "Delivering a high standard of service to internal and/or external clients.",
     [["Responds to client requests courteously and in a timely way.",
       "Confirms what the client needs before acting.",
       "Keeps clients informed about the status of their requests."],
      ["Takes ownership of client issues until they are resolved.",
       "Adapts own approach to suit different clients and situations.",
       "Checks with clients that their needs have been met."],
      ["Seeks ways to add value beyond what clients have asked for.",
       "Uncovers and addresses clients\u2019 underlying and longer-term needs.",
       "Improves the systems and processes used to deliver client service.",
       "Anticipates clients\u2019 upcoming needs and concerns."],
      ["Builds client focus into team plans and service standards.",
       "Uses client feedback and data to redesign services.",
       "Acts as a trusted advisor to clients on complex matters."],
      ["Creates an organization-wide culture centred on client service.",
       "Sets the long-term client service strategy and how it is measured.",
       "Represents the organization with key clients at the most senior level."]]),
    ("Business Operations", "Project Planning",
     "Defining the scope, activities, resources and schedule needed to deliver a project on time and "
     "within budget.",
     [["Lists the tasks needed to complete a simple piece of work.",
       "Records deadlines and dependencies in a shared plan.",
       "Flags to the project lead when a task is likely to slip."],
      ["Breaks small projects down into manageable work packages.",
       "Estimates the time and effort required for each activity.",
       "Updates the schedule as work progresses and circumstances change."],
      ["Develops complete project plans covering scope, schedule, budget and resources.",
       "Identifies the critical path and builds in appropriate contingency.",
       "Agrees milestones and deliverables with sponsors and stakeholders."],
      ["Plans large or multi-team projects with competing priorities.",
       "Aligns project plans with the wider portfolio and organizational goals.",
       "Anticipates planning risks and prepares alternative scenarios."],
      ["Establishes the organization\u2019s project planning standards and tools.",
       "Guides executives on the sequencing and resourcing of strategic initiatives.",
       "Builds planning capability across the organization."]]),
    ("Supply Chain Management", "SCM Risk Management",
     "Identifying, assessing and reducing the risks that could disrupt the flow of goods, services and "
     "information across the supply chain.",
     [["Recognizes common sources of supply chain disruption.",
       "Reports delays, shortages and quality issues promptly.",
       "Follows established procedures for escalating supplier problems."],
      ["Maintains risk registers for assigned suppliers or product lines.",
       "Gathers information on supplier performance and financial health.",
       "Applies standard mitigation measures such as safety stock or secondary sources."],
      ["Assesses the likelihood and impact of risks across a category or region.",
       "Designs mitigation and contingency plans with suppliers and internal partners.",
       "Monitors early-warning indicators and acts on them."],
      ["Models end-to-end supply chain exposure, including lower-tier suppliers.",
       "Leads the response to major disruptions and coordinates recovery.",
       "Negotiates risk-sharing arrangements in key contracts."],
      ["Sets the organization\u2019s supply chain risk appetite and framework.",
       "Builds resilience into network design and sourcing strategy.",
       "Advises executives on emerging global risks to supply."]]),
]

CALLOUTS = [
    "Send diagnostic competency assessments to find out an individual\u2019s proficiency level.",
    "Send in-depth, job-specific competency assessments to check how well a person performs at a given "
    "proficiency level.",
    "Add competencies at the required proficiency level to job descriptions to spell out the behaviors "
    "needed for success in a job.",
    "Interview candidates against the competencies and behavioral indicators mapped to a job.",
    "Help chart an employee\u2019s career path by comparing their proficiency with the levels a target job "
    "requires.",
]


def para(cell_or_doc, text="", size=10, bold=False, color=None, align=None, after=0, before=0, italic=False):
    p = cell_or_doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size, r.bold, r.italic = Pt(size), bold, italic
        if color:
            r.font.color.rgb = color
    p.paragraph_format.space_after, p.paragraph_format.space_before = Pt(after), Pt(before)
    if align:
        p.alignment = align
    return p


def level_table(doc_or_cell, levels, widths, bullet_id, placeholders=None, size=9):
    t = doc_or_cell.add_table(rows=2, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    B.borders(t, sz=6, color="9AA5B1")
    for i in range(5):
        c = t.rows[0].cells[i]
        B.shade(c, TEAL)
        p = c.paragraphs[0]
        r = p.add_run(f"Level {i + 1}")
        r.bold, r.font.size, r.font.color.rgb = True, Pt(10), RGBColor(0xFF, 0xFF, 0xFF)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell = t.rows[1].cells[i]
        first = True
        texts = levels[i] if levels[i] is not None else placeholders
        for txt in texts:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            r = p.add_run(txt)
            r.font.size = Pt(size)
            if levels[i] is None:
                r.font.color.rgb = RGBColor(0x9A, 0xA5, 0xB1)
                p.paragraph_format.space_after = Pt(10)
            else:
                B.set_num(p, bullet_id)
                p.paragraph_format.space_after = Pt(4)
    B.fix_widths(t, widths)
    return t


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build():
    d = docx.Document()
    sec = d.sections[0]
    B.page_setup(sec, landscape=True, letter=True, margins_in=(0.7, 0.7, 0.7, 0.7))
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)
    st.paragraph_format.space_after = Pt(0)
    B.core_props(d, TITLE, "HRSG")
    bullet = B.add_numbering(d, B.bullet_lvl("\u2022", left=200, hanging=170), nsid="0BD0A001")
    # footer: site left, page number right
    fp = sec.footer.paragraphs[0]
    B.clear_default_tabs(fp)
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(9.6), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("hrsg.ca\t")
    r.font.size, r.font.color.rgb = Pt(8), NAVY
    B.add_field(fp, "PAGE", "1", size=Pt(8))

    # page 1: cover
    para(d, "", after=120)
    para(d, "HRSG Competency", size=36, bold=True, color=NAVY)
    para(d, "Sample Pack", size=36, bold=True, color=RGBColor(0x2E, 0x8B, 0x8B), after=24)
    para(d, "A selection of competencies from the HRSG Competency Library", size=14, color=NAVY)
    page_break(d)

    # page 2: contents
    para(d, "Table of Contents", size=22, bold=True, color=NAVY, after=18)
    toc = [("What Can You Do with a Competency?", 3)] + \
          [(f"{cat} \u2014 {name}", 4 + i) for i, (cat, name, *_ ) in enumerate(COMPS)]
    for text, pg in toc:
        p = para(d, after=8)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(7.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        r = p.add_run(f"{text}\t{pg}")
        r.font.size = Pt(13)
    page_break(d)

    # page 3: illustration
    para(d, "What Can You Do with a Competency?", size=22, bold=True, color=NAVY, after=10)
    cat, name, definition, levels = COMPS[1]
    p = para(d, after=2)
    r = p.add_run("Competency: ")
    r.bold, r.font.size = True, Pt(12)
    r = p.add_run(name)
    r.font.size = Pt(12)
    p = para(d, after=10)
    r = p.add_run("Definition: ")
    r.bold, r.font.size = True, Pt(11)
    r = p.add_run(definition)
    r.font.size = Pt(11)
    outer = d.add_table(rows=1, cols=2)
    B.no_borders(outer)
    left, right = outer.rows[0].cells
    left.paragraphs[0].text = ""
    level_table(left, [None, None, levels[2], None, None], [1.18] * 5, bullet,
                placeholders=[f"Behavioral Indicator {n}" for n in (1, 2, 3)], size=8)
    right.paragraphs[0].text = ""
    for c in CALLOUTS:
        p = right.add_paragraph()
        r = p.add_run("\u2192 " + c)
        r.font.size, r.font.color.rgb = Pt(9), NAVY
        p.paragraph_format.space_after = Pt(12)
    B.fix_widths(outer, [6.2, 3.3])
    page_break(d)

    # pages 4-7: competencies
    for i, (cat, name, definition, levels) in enumerate(COMPS):
        p = para(d, after=10)
        r = p.add_run(f"{cat} \u2014 {name}")
        r.bold, r.font.size, r.font.color.rgb = True, Pt(18), NAVY
        p = para(d, after=3)
        r = p.add_run("Competency: ")
        r.bold, r.font.size = True, Pt(12)
        r = p.add_run(name)
        r.font.size = Pt(12)
        p = para(d, after=12)
        r = p.add_run("Definition: ")
        r.bold, r.font.size = True, Pt(11)
        r = p.add_run(definition)
        r.font.size = Pt(11)
        level_table(d, levels, [1.9] * 5, bullet, size=9.5)
        if i < len(COMPS) - 1:
            page_break(d)

    src = Path("/tmp") / f"{STEM}.docx"
    d.save(src)
    out = B.DOCS / f"{STEM}.pdf"
    B.to_pdf(src, out)
    return out


def gold(path):
    g = B.Gold(path, "pdf", TITLE)
    for cat, name, definition, levels in COMPS:
        g.competency(name, definition,
                     levels=[g.level(i + 1, f"Level {i + 1}", lv) for i, lv in enumerate(levels)])
    return g.write()


if __name__ == "__main__":
    print(gold(build()))

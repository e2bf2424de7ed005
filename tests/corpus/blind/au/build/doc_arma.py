"""ARMA International - Records and Information Management Core Competencies (2007), excerpt.

Rendered DOCX -> PDF with LibreOffice (US Letter). Portrait front matter (cover without header, a dotted
table of contents, the "Competency Levels" key), then a LANDSCAPE section: one domain heading per domain,
a lettered sub-domain heading with an italic one-line description, and a 4-column matrix "Level 1 | Level 2 |
Level 3 | Level 4" (header row repeated when a table runs on), bullets in every cell. Running header with the
book title (not on the cover), centred page number in the footer.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Inches, Pt

import helpers as H
import render as R

STEM = "arma-rim-core-competencies"
TITLE = "Records and Information Management Core Competencies"
RUNNING = "ARMA International\u2019s Records and Information Management Core Competencies"
NAVY = "1F3864"

CONTENTS = [("Foreword", "ii", 0), ("Acknowledgments", "iii", 0), ("Introduction", "1", 0),
            ("Purpose and Scope", "1", 1), ("What Are Competencies?", "1", 1),
            ("Why Evaluate One\u2019s Competencies?", "1", 1), ("Organization of the Core Competencies", "2", 1),
            ("Competency Levels", "3", 1), ("Domain 1: Business Functions", "5", 0),
            ("Domain 2: Records and Information Management Practices", "15", 0),
            ("Domain 3: Risk Management", "37", 0), ("Domain 4: Communications and Marketing", "47", 0),
            ("Domain 5: Information Technology", "55", 0), ("Domain 6: Leadership", "67", 0),
            ("Glossary", "79", 0)]

LEVEL_KEY = [
    ("Level 1", "Entry level. Works under close supervision and applies established records procedures. May come "
                "to the field with a high-school or undergraduate education in another discipline; brings basic "
                "computer, writing and organizational skills and the ability to follow directions."),
    ("Level 2", "Has working knowledge of records practices and the information life cycle and has taken part in "
                "records projects. Is building specialist skills such as inventorying, auditing or analysis. "
                "Usually holds an undergraduate degree."),
    ("Level 3", "Manages a records program or a major part of one. Designs procedures, supervises staff and deals "
                "with other business functions. Often holds a graduate degree or a professional certification."),
    ("Level 4", "Sets strategy for records and information management at the enterprise level and is seen as an "
                "authority inside and outside the organization."),
]

# (domain heading, domain description, [(letter, name, description, [L1 bullets], ..., [L4 bullets])])
DOMAINS = [
    ("Domain 2: Records and Information Management Practices",
     "This domain covers the day-to-day and program-level practices used to control recorded information from "
     "the moment it is created or received until its final disposition.",
     [("A", "Records Retention",
       "Setting, applying and maintaining the periods for which records are kept to meet legal, regulatory, "
       "fiscal, operational and historical requirements.",
       [["Applies approved retention periods to the records in the area of assignment.",
         "Identifies records that have reached the end of their retention period and flags them for review.",
         "Answers routine questions from staff about how long common record series are kept."],
        ["Conducts records inventories and drafts retention schedule entries for review.",
         "Researches the statutes and regulations that set minimum retention periods for a record series.",
         "Monitors departmental compliance with the retention schedule and reports exceptions."],
        ["Builds and maintains the organization-wide retention schedule, with a legal citation for each period.",
         "Coordinates approval of schedule changes with legal, audit and business owners.",
         "Designs procedures for suspending disposition when litigation or an audit is anticipated."],
        ["Sets retention policy for the enterprise and aligns it with governance and risk strategy.",
         "Advises senior management on the legal and business consequences of retention decisions.",
         "Evaluates retention practice across jurisdictions and directs changes to the program."]]),
      ("B", "Records Storage and Retrieval",
       "Selecting and managing storage for records in all formats so that they are protected and can be found "
       "and produced when needed.",
       [["Files, retrieves and refiles records using established indexing rules.",
         "Logs records sent to off-site storage and tracks records that are charged out."],
        ["Evaluates the filing and indexing system of a work unit and recommends improvements.",
         "Prepares specifications for storage equipment and environmental conditions.",
         "Oversees transfers of records to and from the records center."],
        ["Develops storage standards for physical and electronic records across the organization.",
         "Negotiates and manages contracts with commercial storage vendors.",
         "Measures retrieval performance and introduces service-level targets."],
        ["Sets the long-range strategy for records storage, including investment in facilities and repositories.",
         "Weighs the cost, risk and service trade-offs of storage options at the enterprise level."]])]),
    ("Domain 3: Risk Management",
     "This domain deals with protecting the organization\u2019s information assets against loss, misuse and "
     "disaster, and with the records aspects of legal and regulatory risk.",
     [("A", "Vital Records",
       "Identifying the records an organization needs in order to continue or resume operations after a "
       "disaster, and protecting them.",
       [["Assists in identifying the vital records held in the area of assignment.",
         "Carries out the routine duplication and dispersal of vital records according to the schedule."],
        ["Conducts a vital records survey of a business unit and documents the results.",
         "Tests access to the protected copies of vital records and records any gaps found."],
        ["Designs the vital records program, including protection methods and update cycles.",
         "Builds vital records protection into business continuity and disaster recovery plans.",
         "Trains business unit coordinators in their vital records responsibilities."],
        ["Sponsors the vital records program with executive management and secures its funding.",
         "Assesses the organization-wide exposure created by the loss of vital information and sets priorities."]])]),
]


def _header_footer(section, with_header=True):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if with_header:
        R.run(hp, RUNNING, italic=True, size=8, color="595959")
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(9)


def build(outdir):
    doc = Document()
    R.set_default_font(doc, "Times New Roman", 11)
    H.clear_core_props(doc, TITLE)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Inches(1))
    sec.different_first_page_header_footer = True
    _header_footer(sec)
    bullet = H.add_numbering(doc, H.bullet_lvl("\u2022", left=216, hanging=180), "6A1B2C3D")

    # cover
    for text, size, bold, before in (("ARMA INTERNATIONAL", 14, True, 60), ("Records and Information Management", 26, True, 90),
                                     ("Core Competencies", 26, True, 0), ("Education Development Committee", 12, False, 120),
                                     ("Lenexa, KS", 12, False, 0)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        R.space(p, before=before, after=6)
        R.run(p, text, bold=bold, size=size, color=NAVY, font="Arial")
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    # contents
    p = doc.add_paragraph()
    R.run(p, "Table of Contents", bold=True, size=16, color=NAVY, font="Arial")
    R.space(p, after=12)
    for text, page, indent in CONTENTS:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Inches(0.3 * indent)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        R.space(p, after=3)
        R.run(p, f"{text}\t{page}", bold=(indent == 0))
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    # competency levels key (front matter)
    p = doc.add_paragraph()
    R.run(p, "Competency Levels", bold=True, size=14, color=NAVY, font="Arial")
    R.space(p, after=8)
    p = doc.add_paragraph(
        "The competencies in each domain are described at four levels. The levels are cumulative: a person working "
        "at a given level is expected to be able to perform the competencies of the levels below it. The levels "
        "describe what a person can do, not a job title or a grade.")
    R.space(p, after=8)
    for lab, txt in LEVEL_KEY:
        p = doc.add_paragraph()
        R.space(p, after=6)
        R.run(p, lab + " \u2013 ", bold=True)
        R.run(p, txt)

    # landscape section with the domain tables
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    R.landscape(new)
    new.left_margin = new.right_margin = Inches(0.7)
    new.different_first_page_header_footer = False
    _header_footer(new)
    first = True
    for dname, ddesc, subs in DOMAINS:
        p = doc.add_paragraph()
        if not first:
            p.paragraph_format.page_break_before = True
        first = False
        R.run(p, dname, bold=True, size=15, color=NAVY, font="Arial")
        R.space(p, after=4)
        p = doc.add_paragraph(ddesc)
        R.space(p, after=10)
        for letter, name, desc, levels in subs:
            p = doc.add_paragraph()
            R.keep_with_next(p)
            R.space(p, before=6, after=2)
            R.run(p, f"{letter}. {name}", bold=True, size=12, font="Arial")
            p = doc.add_paragraph()
            R.keep_with_next(p)
            R.space(p, after=6)
            R.run(p, desc, italic=True)
            t = doc.add_table(rows=2, cols=4)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            R.borders(t)
            R.cell_margins(t)
            H.fix_widths(t, [2.35] * 4)
            H.mark_header_row(t.rows[0])
            for i in range(4):
                c = t.rows[0].cells[i]
                H.shade(c, "D9E2F3")
                cp = c.paragraphs[0]
                cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                R.run(cp, f"Level {i + 1}", bold=True, font="Arial", size=10)
                cell = t.rows[1].cells[i]
                for j, b in enumerate(levels[i]):
                    bp = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                    H.set_num(bp, bullet)
                    R.space(bp, after=3)
                    R.run(bp, b, size=10)
            doc.add_paragraph()
    path = Path(outdir) / f"{STEM}.docx"
    doc.save(path)
    pdf = R.to_pdf(path, outdir)
    dest = H.DOCS / f"{STEM}.pdf"
    dest.write_bytes(pdf.read_bytes())
    return dest


def gold():
    comps = []
    for _d, _dd, subs in DOMAINS:
        for _letter, name, desc, levels in subs:
            lv = [{"rank": i + 1, "label": f"Level {i + 1}",
                   "behaviors": [H.item(STEM, b) for b in levels[i]]} for i in range(4)]
            comps.append(H.competency(STEM, name, desc, levels=lv))
    return "pdf", TITLE, comps

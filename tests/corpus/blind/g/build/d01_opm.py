"""US OPM, Proficiency Levels for Leadership Competencies (excerpt): PDF via python-docx -> LibreOffice.

Table of contents page (clusters, dot leaders, page numbers), then per competency a "Name - definition"
line and a three-column table (Proficiency Level | Proficiency Level Definition | Proficiency Level
Illustrations), levels printed HIGH -> LOW (Level 5 - Expert ... Level 1 - Awareness); tables flow on
from one competency to the next, so one table is split across a page break (header row repeated)."""
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "opm-proficiency-levels-leadership"
TITLE = "Proficiency Levels for Leadership Competencies"

TOC = [
    ("Leading Change", [("Creativity and Innovation", 1), ("External Awareness", 2), ("Flexibility", 3),
                        ("Resilience", 4), ("Strategic Thinking", 5), ("Vision", 6)]),
    ("Leading People", [("Conflict Management", 7), ("Leveraging Diversity", 8), ("Developing Others", 9),
                        ("Team Building", 10)]),
    ("Results Driven", [("Accountability", 11), ("Customer Service", 13), ("Decisiveness", 14),
                        ("Entrepreneurship", 15), ("Problem Solving", 16), ("Technical Credibility", 17)]),
    ("Business Acumen", [("Financial Management", 18), ("Human Capital Management", 19),
                         ("Technology Management", 20)]),
    ("Building Coalitions", [("Partnering", 21), ("Political Savvy", 22), ("Influencing/Negotiating", 23)]),
    ("Fundamental Competencies", [("Interpersonal Skills", 24), ("Oral Communication", 25),
                                  ("Integrity/Honesty", 26), ("Written Communication", 27),
                                  ("Continual Learning", 28), ("Public Service Motivation", 29)]),
]

SCALE = [  # printed high -> low
    (5, "Level 5 - Expert", ["Uses the competency in exceptionally complex situations",
                             "Acts as a key resource and advises others"]),
    (4, "Level 4 - Advanced", ["Uses the competency in considerably complex situations",
                               "As a rule needs little or no guidance"]),
    (3, "Level 3 - Intermediate", ["Uses the competency in complex situations",
                                   "Needs guidance from time to time"]),
    (2, "Level 2 - Basic", ["Uses the competency in somewhat complex situations",
                            "Needs frequent guidance"]),
    (1, "Level 1 - Awareness", ["Uses the competency in the simplest situations",
                                "Needs close and extensive guidance"]),
]

COMPS = [
    ("Creativity and Innovation",
     "Brings fresh insight to situations; challenges conventional approaches; invites new ideas and "
     "innovation; designs and puts in place new or leading-edge programs and processes.",
     {5: ["Builds an organizational culture that rewards calculated risk-taking in pursuit of better service",
          "Champions a new agency-wide approach to service delivery and wins support for it at the highest levels"],
      4: ["Redesigns a core business process after benchmarking the practices of other agencies",
          "Sets up a forum in which staff can propose and pilot new program ideas"],
      3: ["Proposes a new method for tracking case status that shortens processing time",
          "Questions a long-standing procedure and offers a simpler alternative"],
      2: ["Suggests ways to improve routine team procedures",
          "Tries a new software feature to finish a recurring task more quickly"],
      1: ["Considers coworkers' suggestions for doing assigned tasks differently",
          "Identifies small changes that would make own work easier to complete"]}),
    ("External Awareness",
     "Stays informed about local, national, and international policies and trends that affect the "
     "organization and shape the views of stakeholders; understands how the organization affects its "
     "external environment.",
     {5: ["Studies practices from outside the organization and uses them to shape long-range strategy",
          "Advises senior officials on how emerging national and international trends will affect agency programs"],
      4: ["Develops programs that reflect the varied views and needs of other agencies and outside organizations",
          "Pulls together complex information from many external sources and briefs staff on what it means"],
      3: ["Gives policy advice that is in line with local, national, and international policies and trends",
          "Weighs the effect of a change in program direction on local and national customers"],
      2: ["Gathers and summarizes information to anticipate how stakeholders will view a proposed policy",
          "Follows news and legislative updates that bear on the work unit"],
      1: ["Reads internal newsletters and notices to keep track of changes that affect own work",
          "Names the main outside groups the work unit serves"]}),
    ("Flexibility",
     "Welcomes change and new information; adjusts rapidly when information, conditions, or obstacles "
     "change unexpectedly.",
     {5: ["Leads the organization through a major restructuring while keeping core operations running",
          "Resets strategic priorities quickly after an unexpected shift in policy"],
      4: ["Reworks a project plan midstream when funding is cut, without losing key deliverables",
          "Stays open to new information when a preferred approach is challenged"],
      3: ["Redistributes work among staff to handle an unforeseen surge in requests",
          "Adapts a briefing on short notice to suit a different audience"],
      2: ["Rearranges own schedule to cover for an absent coworker",
          "Accepts changes to work procedures and applies them promptly"],
      1: ["Follows revised instructions when a supervisor changes an assignment",
          "Asks questions to understand the reason for a new procedure"]}),
]


def _bullets(doc):
    aid = H.add_abstract(doc, H.lvl(0, "bullet", "\u2022", 216, 216, "Arial"), "6A1B2C3D")
    return H.add_num(doc, aid)


def _cell_bullets(cell, texts, num_id):
    first = True
    for t in texts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.add_run(t)
        p.paragraph_format.space_after = Pt(3)
        H.set_num(p, num_id)


def render(out_path):
    doc = docx.Document()
    H.clear_core_props(doc, TITLE, "OPM")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    num = _bullets(doc)

    # --- TOC page
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Table of Contents")
    r.bold = True
    for cluster, items in TOC:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(3)
        p.add_run(cluster).bold = True
        for name, page in items:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Inches(0.3)
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.tab_stops.add_tab_stop(Inches(6.8), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.add_run(f"{name}\t{page}")

    # --- body section, page numbers restart at 1
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.header.is_linked_to_previous = False
    sec2.footer.is_linked_to_previous = False
    pg = sec2._sectPr
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    pg.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>'))
    hp = sec2.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hr = hp.add_run(TITLE)
    hr.bold = True
    hr.font.size = Pt(12)
    fp = sec2.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    H.add_field(fp, "PAGE")
    # the TOC section keeps an empty header/footer
    doc.sections[0].header.is_linked_to_previous = False

    for name, definition, illus in COMPS:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.keep_with_next = True
        p.add_run(name).bold = True
        p.add_run(" - " + definition)
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = ["Proficiency Level", "Proficiency Level Definition", "Proficiency Level Illustrations"]
        for c, h in zip(t.rows[0].cells, hdr):
            c.paragraphs[0].add_run(h).bold = True
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            H.shade(c, "D9D9D9")
        H.row_flags(t.rows[0], cant_split=True, header=True)
        for rank, label, defs in SCALE:
            row = t.add_row()
            H.row_flags(row, cant_split=True)
            row.cells[0].paragraphs[0].add_run(label).bold = True
            _cell_bullets(row.cells[1], defs, num)
            _cell_bullets(row.cells[2], illus[rank], num)
        H.fix_widths(t, [1.15, 2.35, 3.4])
    tmp = Path(tempfile.mkdtemp(prefix="batch-g-opm-"))
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    H.docx_to_pdf(src, out_path)


def gold(doc_path):
    g = H.Gold(STEM)
    for name, definition, illus in COMPS:
        levels = []
        for rank, label, defs in SCALE:
            beh = g.items(defs, "Proficiency Level Definition") + g.items(illus[rank], "Proficiency Level Illustrations")
            levels.append(g.level(rank, label, beh))
        g.comp(name, definition, levels=levels)
    return g.write(doc_path, "pdf", TITLE)

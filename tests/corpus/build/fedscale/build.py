"""Build the fedscale-* corpus documents and their gold files.

  fedscale-leadership-proficiency-levels.pdf   modeled on OPM "Proficiency Levels for Leadership Competencies"
  fedscale-doe-general-competencies.docx       modeled on U.S. DOE "General Competencies" (2012)

All wording below was written for this corpus (only the structure, headings and level labels
follow the models).  Run with the venv that has python-docx + pdfplumber, LibreOffice on PATH:
    /tmp/venvtest/bin/python build.py
It rebuilds both documents, writes the gold files (sha256 included) and checks them.
"""
import re
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # build/: the shared common.py
import common as C  # noqa: E402

WORK = Path(tempfile.mkdtemp(prefix="fedscale-"))

# =========================================================================================
# 1. OPM-style PDF: levels are table ROWS, high to low, 3 columns
# =========================================================================================
OPM_STEM = "fedscale-leadership-proficiency-levels"
OPM_TITLE = "Proficiency Levels for Leadership Competencies"
OPM_HEADER = "U.S. Office of Personnel Management"
OPM_COLS = ("Proficiency Level", "Proficiency Level Definition", "Proficiency Level Illustrations")

# the generic scale (same definition column for every competency), high to low
OPM_SCALE = [
    (5, "Level 5 - Expert", [
        "Applies the competency to novel, high-stakes, and highly ambiguous situations",
        "Is sought out across the agency as an authority and mentor"]),
    (4, "Level 4 - Advanced", [
        "Applies the competency to complex situations with many competing demands",
        "Works with minimal direction and guides the work of others"]),
    (3, "Level 3 - Intermediate", [
        "Applies the competency to moderately complex situations",
        "Needs guidance only now and then"]),
    (2, "Level 2 - Basic", [
        "Applies the competency to routine situations with some variation",
        "Needs regular guidance"]),
    (1, "Level 1 - Awareness", [
        "Applies the competency to the most straightforward situations",
        "Needs close, step-by-step direction"]),
]

# (cluster heading, name, definition, {rank: [illustrations]})
OPM_COMPS = [
    ("LEADING CHANGE", "Environmental Scanning",
     "Monitors developments in legislation, technology, public opinion, and partner organizations "
     "that could affect the agency's mission; anticipates how those developments will shape "
     "stakeholder expectations.",
     {5: ["Builds an agency-wide early warning process that tracks emerging policy, economic, and "
          "technological shifts",
          "Briefs senior leadership on long-range trends and recommends adjustments to strategic goals"],
      4: ["Convenes partner agencies to compare forecasts and align program responses to a pending "
          "regulatory change",
          "Translates national trend data into options for the bureau's multi-year plan"],
      3: ["Prepares issue papers that connect recent legislation to the office's operating procedures",
          "Identifies which external stakeholders are likely to object to a proposed program change"],
      2: ["Maintains a shared log of news items and Federal Register notices relevant to the team's work",
          "Summarizes stakeholder comments received during a public comment period"],
      1: ["Reads agency newsletters and bulletins to stay informed about current initiatives",
          "Asks a supervisor how a new policy affects daily assignments"]}),
    ("LEADING CHANGE", "Resilience Under Pressure",
     "Sustains effectiveness when facing setbacks, heavy workloads, or public criticism; recovers "
     "quickly and helps others regain focus.",
     {5: ["Keeps a national program on course during a prolonged crisis while sustaining staff morale",
          "Models composure when testifying about program failures before oversight bodies"],
      4: ["Reorganizes division priorities within days after an unexpected budget rescission",
          "Coaches supervisors on managing stress during extended surge operations"],
      3: ["Continues to meet deadlines during a system outage by arranging manual workarounds",
          "Accepts critical feedback on a project without becoming defensive and revises the plan"],
      2: ["Stays courteous and productive when handling a backlog of complex customer inquiries",
          "Asks for help in re-sequencing tasks when assignments pile up"],
      1: ["Completes routine tasks when minor interruptions occur",
          "Recognizes signs of personal stress and uses available employee assistance resources"]}),
    ("RESULTS DRIVEN", "Stewardship of Public Resources",
     "Uses funds, property, and staff time responsibly; ensures that expenditures are justified, "
     "documented, and aligned with program goals.",
     {5: ["Designs an agency cost-containment strategy that reallocates savings to mission-critical programs",
          "Serves as the agency's principal spokesperson on resource decisions before appropriations staff"],
      4: ["Reviews a bureau's spending plan and redirects funds from low-yield activities",
          "Institutes quarterly reviews that hold program managers answerable for variances"],
      3: ["Tracks obligations against the office budget and flags projected shortfalls early",
          "Justifies equipment purchases with a documented cost comparison"],
      2: ["Reconciles purchase card statements accurately and on time",
          "Maintains the inventory of accountable property for a work unit"],
      1: ["Follows procedures for requesting supplies and travel",
          "Turns off equipment and conserves materials in daily work"]}),
    ("RESULTS DRIVEN", "Risk-Informed Decisions",
     "Weighs the likelihood and consequences of alternatives before acting; makes timely choices when "
     "information is incomplete and owns the outcome.",
     {5: ["Sets agency risk tolerance for a high-visibility initiative after consulting scientific, legal, "
          "and budget advisors",
          "Reverses a major program decision publicly when new evidence shows significant harm"],
      4: ["Chooses among competing regional proposals using a scored risk matrix and explains the rationale",
          "Authorizes a pilot under tight time limits while putting safeguards in place"],
      3: ["Recommends one of several vendor options after comparing cost, schedule, and performance risks",
          "Escalates a decision to management when potential impacts exceed delegated authority"],
      2: ["Selects the appropriate standard procedure for a non-routine case after checking guidance",
          "Documents the reasons for case determinations"],
      1: ["Applies established rules to make simple, everyday work choices",
          "Consults a supervisor before acting on unfamiliar requests"]}),
]

# Page of each (competency, rank) row, read off the rendered PDF (rows cannot split).
OPM_PAGES = {
    "Environmental Scanning": {5: 1, 4: 1, 3: 1, 2: 1, 1: 1},
    "Resilience Under Pressure": {5: 1, 4: 1, 3: 2, 2: 2, 1: 2},
    "Stewardship of Public Resources": {5: 2, 4: 2, 3: 2, 2: 2, 1: 2},
    "Risk-Informed Decisions": {5: 2, 4: 3, 3: 3, 2: 3, 1: 3},
}
OPM_DEF_PAGES = {"Environmental Scanning": 1, "Resilience Under Pressure": 1,
                 "Stewardship of Public Resources": 2, "Risk-Informed Decisions": 2}


def build_opm_docx(toc_pages):
    d = docx.Document()
    C.clear_core_props(d, title=OPM_TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(0)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    # running header + footer with the page number
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(OPM_HEADER)
    r.italic = True
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    C.add_field(fp, "PAGE")
    bul = C.add_numbering(d, C.bullet_lvl(left=216, hanging=216), "4B1E0A11")

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tr = t.add_run(OPM_TITLE)
    tr.bold = True
    tr.font.size = Pt(16)
    t.paragraph_format.space_after = Pt(8)
    # table of contents (page numbers filled in from a first rendering)
    h = d.add_paragraph()
    h.add_run("Table of Contents").bold = True
    last = None
    for cluster, name, _, _ in OPM_COMPS:
        if cluster != last:
            p = d.add_paragraph()
            p.add_run(cluster.title()).bold = True
            last = cluster
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Inches(0.25)
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{name}\t{toc_pages.get(name, 0)}")
    d.add_paragraph().paragraph_format.space_after = Pt(4)

    last = None
    widths = (1.15, 2.4, 3.35)
    for cluster, name, definition, illus in OPM_COMPS:
        if cluster != last:
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            cr = p.add_run(cluster)
            cr.bold = True
            cr.font.size = Pt(11)
            last = cluster
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = True
        p.add_run(name).bold = True
        p.add_run(" - " + definition)
        tbl = d.add_table(rows=1, cols=3)
        tbl.style = d.styles["Table Grid"]
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(tbl.rows[0].cells, OPM_COLS):
            cell.paragraphs[0].add_run(text).bold = True
            C.shade(cell, "D9D9D9")
        C.row_flags(tbl.rows[0], header=True)
        for rank, label, generic in OPM_SCALE:
            row = tbl.add_row()
            C.row_flags(row)
            lab, gen, ill = row.cells
            lab.paragraphs[0].add_run(label).bold = True
            for k, text in enumerate(generic):
                q = gen.paragraphs[0] if k == 0 else gen.add_paragraph()
                q.add_run(text)
                C.set_num(q, bul)
            for k, text in enumerate(illus[rank]):
                q = ill.paragraphs[0] if k == 0 else ill.add_paragraph()
                q.add_run(text)
                C.set_num(q, bul)
        C.fix_widths(tbl, widths)
    src = WORK / f"{OPM_STEM}.docx"
    d.save(src)
    return src


def build_opm_pdf():
    import pdfplumber
    src = build_opm_docx({})
    C.soffice(src, "pdf:writer_pdf_Export", WORK)
    # where does each competency start? (its "Name - definition" line)
    pages = {}
    with pdfplumber.open(WORK / f"{OPM_STEM}.pdf") as pdf:
        for i, page in enumerate(pdf.pages, 1):
            txt = C.norm(page.extract_text())
            for _, name, _, _ in OPM_COMPS:
                if f"{name} - " in txt and name not in pages:
                    pages[name] = i
    src = build_opm_docx(pages)
    C.soffice(src, "pdf:writer_pdf_Export", C.DOCS)
    return pages


def opm_gold():
    doc = OPM_STEM
    comps = []
    for cluster, name, definition, illus in OPM_COMPS:
        levels = []
        for rank, label, generic in OPM_SCALE:
            pg = OPM_PAGES[name][rank]
            beh = [C.item(t, doc, pg) for t in generic] + [C.item(t, doc, pg) for t in illus[rank]]
            levels.append({"rank": rank, "label": label, "behaviors": beh})
        comps.append(C.competency(name, doc, definition=definition, levels=levels))
    return C.write_gold(doc, f"{doc}.pdf", "pdf", OPM_TITLE, comps)


# =========================================================================================
# 2. DOE-style DOCX: levels are table ROWS, high to low, 2 columns, "Definition:" paragraph
# =========================================================================================
DOE_STEM = "fedscale-doe-general-competencies"
DOE_TITLE = "U.S. Department of Energy General Competencies"
DOE_HEADER = "DOE General Competencies"
DOE_COLS = ("Proficiency Level", "Behavioral Illustrations")
DOE_LABELS = {5: "5 \u2013 Expert", 4: "4 \u2013 Advanced", 3: "3 \u2013 Intermediate",
              2: "2 \u2013 Basic", 1: "1 \u2013 Awareness"}
DOE_COMPS = [
    ("Fundamental Competencies", "Information Stewardship",
     "Creates, organizes, protects, and shares records and data in ways that keep them accurate, "
     "retrievable, and secure throughout their life cycle.",
     {5: ["Establishes Department-wide standards for data quality and records retention",
          "Advises senior officials on balancing transparency obligations with security requirements"],
      4: ["Leads the migration of a program office's records to an enterprise repository with no loss of integrity",
          "Resolves conflicts between offices over ownership of shared datasets"],
      3: ["Designs a file plan for a work unit and trains colleagues to use it",
          "Reviews documents for controlled unclassified information before release"],
      2: ["Applies correct metadata and naming conventions when saving work products",
          "Responds to routine records requests within required timeframes"],
      1: ["Stores documents in approved locations rather than on personal drives",
          "Completes annual records management and cybersecurity awareness training"]}),
    ("Fundamental Competencies", "Safety Awareness",
     "Recognizes hazards in the work environment, follows safety requirements, and speaks up to "
     "prevent injuries, exposures, and property damage.",
     {5: ["Shapes the Department's safety culture by championing stop-work authority at every level",
          "Directs investigations of serious incidents and ensures lessons learned are applied across sites"],
      4: ["Integrates hazard analysis into the planning of complex field operations",
          "Holds line managers accountable for closing corrective actions on schedule"],
      3: ["Conducts walk-throughs of work areas and reports hazards with recommended controls",
          "Leads pre-job briefings for tasks involving hazardous materials"],
      2: ["Wears required protective equipment and inspects it before use",
          "Reports near misses promptly through the site reporting system"],
      1: ["Knows the location of emergency exits, alarms, and first-aid stations",
          "Reads and signs job safety instructions before starting a task"]}),
    ("Business Acumen", "Contract Oversight",
     "Monitors contractor performance against the terms, cost, and schedule of an agreement, and "
     "takes timely action when deliverables fall short.",
     {5: ["Sets oversight strategy for the Department's largest site management contracts",
          "Negotiates resolution of major performance disputes with contractor executives"],
      4: ["Structures performance incentives that link award fees to measurable outcomes",
          "Coordinates oversight among technical monitors at several locations"],
      3: ["Reviews monthly contractor reports and documents deviations from the statement of work",
          "Recommends acceptance or rejection of deliverables based on inspection results"],
      2: ["Verifies invoices against receiving reports before approval",
          "Keeps the contract file complete and current"],
      1: ["Understands the difference between the contracting officer's authority and that of a technical monitor",
          "Refers contractor questions about scope to the appropriate official"]}),
]


def build_doe_docx():
    d = docx.Document()
    C.clear_core_props(d, title=DOE_TITLE)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for name in ("Heading 1", "Heading 2", "Title"):
        d.styles[name].font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run(DOE_HEADER).font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    C.add_field(fp, "PAGE")
    bul = C.add_numbering(d, C.bullet_lvl(glyph="\uf0b7", left=288, hanging=216, font="Symbol"), "62C0D1A4")

    d.add_paragraph(DOE_TITLE, style="Title")
    last = None
    for cluster, name, definition, illus in DOE_COMPS:
        if cluster != last:
            d.add_heading(cluster, level=1)
            last = cluster
        d.add_heading(name, level=2)
        p = d.add_paragraph()
        p.add_run("Definition:").bold = True
        p.add_run(" " + definition)
        tbl = d.add_table(rows=1, cols=2)
        tbl.style = d.styles["Table Grid"]
        for cell, text in zip(tbl.rows[0].cells, DOE_COLS):
            cell.paragraphs[0].add_run(text).bold = True
            C.shade(cell, "DCE6F1")
        C.row_flags(tbl.rows[0], header=True)
        for rank in (5, 4, 3, 2, 1):
            row = tbl.add_row()
            C.row_flags(row)
            row.cells[0].paragraphs[0].add_run(DOE_LABELS[rank]).bold = True
            for k, text in enumerate(illus[rank]):
                q = row.cells[1].paragraphs[0] if k == 0 else row.cells[1].add_paragraph()
                q.add_run(text)
                C.set_num(q, bul)
        C.fix_widths(tbl, (1.5, 5.0))
        d.add_paragraph()
    d.save(C.DOCS / f"{DOE_STEM}.docx")


def doe_gold():
    doc = DOE_STEM
    comps = []
    for cluster, name, definition, illus in DOE_COMPS:
        levels = [{"rank": r, "label": DOE_LABELS[r], "behaviors": [C.item(t, doc) for t in illus[r]]}
                  for r in (1, 2, 3, 4, 5)]
        comps.append(C.competency(name, doc, definition=definition, levels=levels))
    return C.write_gold(doc, f"{doc}.docx", "docx", DOE_TITLE, comps)


if __name__ == "__main__":
    C.DOCS.mkdir(parents=True, exist_ok=True)
    C.GOLD.mkdir(parents=True, exist_ok=True)
    starts = build_opm_pdf()
    print("OPM competency start pages:", starts)
    assert starts == OPM_DEF_PAGES, (starts, OPM_DEF_PAGES)
    build_doe_docx()
    ok = True
    for g in (opm_gold(), doe_gold()):
        n, missing, score = C.check_gold(g)
        print(f"{g.name}: {n} texts checked, {len(missing)} missing; {score}")
        for m in missing:
            print("   MISSING", m)
        ok &= not missing and score == "overall F1 1.000"
    sys.exit(0 if ok else 1)

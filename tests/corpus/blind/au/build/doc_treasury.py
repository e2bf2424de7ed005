"""National Treasury (Republic of South Africa) - CFFM Technical Competency Dictionary "Movable Asset
Management": the Explanatory Note (portrait) and two competencies of the dictionary (landscape).

DOCX written with python-docx, no heading styles (bold Normal paragraphs). Footer "Movable Asset Management -
Technical Competency Dictionary" + "Page X". The dictionary is one landscape Word table per competency, as the
publisher prints it: shaded banner rows "Movable Asset Management" / "Technical Knowledge + Skills", label rows
"Competency Cluster" / "Competency Title" / "Competency Definition" (value merged over four columns), then a
row "Specific Knowledge Requirements | Occupational Role 1 | ... | Occupational Role 4", a row with the knowledge
topics (bullets) and, per role, the depth of knowledge required, a label row "Skill Requirements" and a row with
"The incumbent should be able to:" and lower-case bullets per role.
"""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt

import helpers as H
import render as R

STEM = "treasury-za-movable-asset-management-dictionary"
TITLE = "Movable Asset Management \u2013 Technical Competency Dictionary"
ROLES = ["Occupational Role 1", "Occupational Role 2", "Occupational Role 3", "Occupational Role 4"]
DEPTH = ["Needs working knowledge and a practical grasp of the subject, for use in straightforward situations",
         "Needs working knowledge and a sound grasp of the subject, for use in situations of limited complexity",
         "Needs thorough knowledge and an in-depth grasp of the subject, for use in complex situations",
         "Needs expert knowledge and a comprehensive grasp of the subject, for use in highly complex situations"]
ROLE_TABLE = [("Occupational Role 1", "Asset clerks and officials who capture and verify routine asset "
                                      "transactions"),
              ("Occupational Role 2", "Asset practitioners and supervisors who check transactions and maintain "
                                      "the asset register"),
              ("Occupational Role 3", "Asset managers who run the movable asset management function of a "
                                      "department or component"),
              ("Occupational Role 4", "Senior managers, including the Chief Financial Officer, accountable for "
                                      "asset management policy and performance")]

COMPS = [
    ("Legislative Environment", "Legislative and regulatory framework",
     "The ability to understand, interpret and apply the legislation, national policies, regulations, "
     "frameworks and guidelines that govern the management of movable assets",
     ["Public Finance Management Act", "Legislation applicable to asset management", "Treasury Regulations",
      "Provincial Treasury Instructions", "Government accounting policies, principles and standards",
      "Standard Chart of Accounts"],
     [["carry out movable asset management activities in line with the relevant legislation and policies"],
      ["check that movable asset transactions comply with the Act, the regulations, national policies and "
       "guidelines",
       "explain legislative requirements to asset clerks"],
      ["monitor the department\u2019s compliance with the asset management legislation and policy framework",
       "interpret legislation and policy where its application is unclear",
       "recommend changes to departmental asset management policies"],
      ["take responsibility for compliance with the asset management legislation and policy framework",
       "develop departmental asset management policy within the legislative framework",
       "advise the Accounting Officer on the implications of new legislation"]]),
    ("Asset Life-Cycle Management", "Disposal of movable assets",
     "The ability to plan and carry out the disposal of redundant, obsolete or unserviceable movable assets in "
     "a transparent, cost-effective and compliant manner",
     ["Methods of disposal (transfer, sale, auction, donation, destruction)",
      "Departmental disposal policy and delegations", "Valuation of assets for disposal",
      "Asset register and accounting entries on disposal"],
     [["identify and record assets that are redundant, obsolete or damaged",
       "prepare assets and supporting documents for the disposal committee"],
      ["compile disposal submissions with supporting valuations",
       "update the asset register once disposals have been approved"],
      ["coordinate the work of the disposal committee",
       "select the most suitable method of disposal",
       "reconcile disposals to the financial statements"],
      ["approve disposal strategies within delegated authority",
       "evaluate the financial and reputational risks of disposal decisions"]]),
]


def _para(cell_or_doc, text="", bold=False, size=None, first=False, after=2):
    p = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
    if text:
        R.run(p, text, bold=bold, size=size)
    R.space(p, after=after)
    return p


def build(outdir):
    doc = Document()
    R.set_default_font(doc, "Arial", 10)
    H.clear_core_props(doc, TITLE)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(1)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.27), WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run("Movable Asset Management \u2013 Technical Competency Dictionary\t\tPage ")
    H.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)
    bullet = H.add_numbering(doc, H.bullet_lvl("\u2022", left=288, hanging=216), "5C0FFEE1")

    for text, size in (("TECHNICAL COMPETENCY DICTIONARY", 14), ("Explanatory Note", 12),
                       ("Movable Asset Management", 12)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        R.space(p, after=4)
        R.run(p, text, bold=True, size=size)
    blocks = [
        ("Introduction", [
            "The National Treasury has developed a series of technical competency dictionaries (the Competency "
            "Framework for Financial Management \u2013 CFFM) for the main occupational groups in public financial "
            "management. Each dictionary describes the skills and knowledge a competent practitioner needs to carry "
            "out a number of standard tasks at different levels of responsibility within the function.",
            "Ten technical competency dictionaries have been produced to support human resource development in "
            "public financial management. This one deals with movable assets: the equipment that government owns "
            "or leases, such as office furniture and equipment, vehicles and mobile plant. Immovable assets are "
            "covered by a separate dictionary."]),
        ("Developing the Framework", [
            "The dictionary was produced after a period of research carried out for the National Treasury under "
            "the Capacity Building Model for Financial Management (CBMFM) project. The research covered:"]),
    ]
    for head, paras in blocks:
        p = _para(doc, head, bold=True, after=4)
        R.space(p, before=10, after=4)
        for t in paras:
            _para(doc, t, after=6)
    for t in ("legislation on public financial management, with its regulations, instructions and practice notes",
              "national and international standards and guidance on good practice",
              "the practices currently applied in the workplace"):
        p = doc.add_paragraph(t)
        H.set_num(p, bullet)
        R.space(p, after=2)
    _para(doc, "Practitioners helped to draft the competency statements in a series of consultative workshops and "
               "commented on them as they took shape. The dictionary and this note are living documents and will "
               "be updated as experience of their use grows; comments are welcome and should be sent to the "
               "Capacity Building unit of the National Treasury.", after=6)
    p = _para(doc, "Occupational Roles", bold=True)
    R.space(p, before=10, after=4)
    _para(doc, "Requirements are set out for four occupational roles, from the official who processes routine "
               "transactions to the senior manager accountable for the function:", after=6)
    t = doc.add_table(rows=len(ROLE_TABLE), cols=2)
    R.borders(t, color="000000")
    R.cell_margins(t)
    H.fix_widths(t, [1.8, 4.4])
    for row, (a, b) in zip(t.rows, ROLE_TABLE):
        R.run(row.cells[0].paragraphs[0], a, bold=True)
        row.cells[1].paragraphs[0].add_run(b)
    p = _para(doc, "Using the Dictionary", bold=True)
    R.space(p, before=10, after=4)
    _para(doc, "For each competency the dictionary gives its cluster, title and definition, the specific knowledge "
               "it requires and the depth of that knowledge for each occupational role, and the skills an incumbent "
               "in each role should be able to demonstrate. The requirements are cumulative from Role 1 to Role 4.",
          after=6)

    land = doc.add_section(WD_SECTION.NEW_PAGE)
    R.landscape(land)
    land.left_margin = land.right_margin = Inches(0.6)
    widths = [2.3, 2.05, 2.05, 2.05, 2.05]
    for n, (cluster, title, definition, knowledge, skills) in enumerate(COMPS):
        if n:
            p = doc.add_paragraph()
            p.paragraph_format.page_break_before = True
            R.space(p, after=0)
        t = doc.add_table(rows=9, cols=5)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        R.borders(t, color="000000")
        R.cell_margins(t)
        H.fix_widths(t, widths)
        for r, (txt, fill) in enumerate((("Movable Asset Management", "1F4E79"), ("Technical Knowledge + Skills",
                                                                                  "BDD7EE"))):
            c = t.rows[r].cells[0].merge(t.rows[r].cells[4])
            H.shade(c, fill)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            R.run(p, txt, bold=True, size=11, color="FFFFFF" if r == 0 else None)
        for r, (lab, val) in zip((2, 3, 4), (("Competency Cluster", cluster), ("Competency Title", title),
                                              ("Competency Definition", definition))):
            row = t.rows[r]
            H.shade(row.cells[0], "F2F2F2")
            R.run(row.cells[0].paragraphs[0], lab, bold=True)
            c = row.cells[1].merge(row.cells[4])
            R.run(c.paragraphs[0], val, bold=(r == 3))
        row = t.rows[5]
        for c, txt in zip(row.cells, ["Specific Knowledge Requirements"] + ROLES):
            H.shade(c, "F2F2F2")
            R.run(c.paragraphs[0], txt, bold=True)
        row = t.rows[6]
        for j, k in enumerate(knowledge):
            p = _para(row.cells[0], k, first=(j == 0))
            H.set_num(p, bullet)
        for i in range(4):
            _para(row.cells[i + 1], DEPTH[i], first=True)
        row = t.rows[7]
        c = row.cells[0].merge(row.cells[4])
        H.shade(c, "F2F2F2")
        R.run(c.paragraphs[0], "Skill Requirements", bold=True)
        row = t.rows[8]
        for i in range(4):
            cell = row.cells[i + 1]
            _para(cell, "The incumbent should be able to:", first=True)
            for s in skills[i]:
                p = _para(cell, s)
                H.set_num(p, bullet)
        H.row_flags(t.rows[6])
        H.row_flags(t.rows[8])
    path = H.DOCS / f"{STEM}.docx"
    doc.save(path)
    return path


def gold():
    comps = []
    g_k, g_s = "Specific Knowledge Requirements", "Skill Requirements"
    for _cluster, title, definition, knowledge, skills in COMPS:
        lv = [{"rank": i + 1, "label": ROLES[i],
               "behaviors": [H.item(STEM, DEPTH[i], group=g_k)] + [H.item(STEM, s, group=g_s) for s in skills[i]]}
              for i in range(4)]
        comps.append(H.competency(STEM, title, definition,
                                  indicators=[H.item(STEM, k, group=g_k) for k in knowledge], levels=lv))
    return "docx", TITLE, comps

"""Treasury Board of Canada Secretariat (CIO Branch, Organizational Readiness Office) - Technical Competency
Dictionary for the IT Community, excerpt (three of the eleven technical competencies).

DOCX written with python-docx WITHOUT heading styles: every title and label is a Normal paragraph made bold
(document title and section labels in capitals, competency names bold 12 pt Title Case with their typed
number "4."). Header "Technical Competency Dictionary - IT Community", footer "Page X of Y". A typed contents
list and the introduction with the five-level scale (typed "1. Introductory - ..." paragraphs) come first.
Per competency: name, "DEFINITION" label + paragraph, "KNOWLEDGE" label + Word bullet list, "PROFICIENCY SCALE"
label + a two-column table (header row "Level" | "Behavioural Indicators", one row per level, low to high,
first cell "1 \u2013 Introductory", Word bullets in the second cell).
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt

import helpers as H
import render as R

STEM = "tbs-it-technical-competency-dictionary"
TITLE = "Technical Competency Dictionary \u2013 IT Community"

TOC = ["Introduction", "1. Application Development Support and Maintenance", "2. Architecture",
       "3. Business Analysis", "4. Database Design and Management", "5. Infrastructure/Platforms",
       "6. IT Procurement and Asset Management", "7. IT Project Management", "8. Data Communications",
       "9. Security/Information and Application Protection", "10. Testing", "11. Service Management Processes"]

SCALE = [("Introductory", "Shows an introductory understanding and ability and, with guidance, applies the "
                          "competency in a few simple situations."),
         ("Basic", "Shows basic knowledge and ability and, with guidance, applies the competency in common "
                   "situations that present little or no difficulty."),
         ("Intermediate", "Shows solid knowledge and ability and applies the competency with little or no "
                          "guidance across the full range of usual situations."),
         ("Advanced", "Shows in-depth knowledge and ability and applies the competency in new or complex "
                      "situations; guides other professionals."),
         ("Expert", "Shows expert knowledge and ability and applies the competency in the most complex "
                    "situations; develops new approaches and is recognized as an expert internally and externally.")]

COMPS = [
    ("4", "Database Design and Management",
     "Designs, builds and administers databases so that the organization\u2019s data is stored, structured, "
     "secured and made available efficiently and reliably.",
     ["Data modelling concepts (conceptual, logical and physical models)",
      "Relational and non-relational database management systems used in the department",
      "Structured Query Language (SQL) and its procedural extensions",
      "Backup, recovery and replication methods",
      "Performance tuning and capacity planning",
      "Data security, privacy and access control requirements"],
     [["Describes the basic components of a database and how tables relate to one another.",
       "Runs simple queries and reports under direction."],
      ["Writes and tests queries, views and stored procedures to specification.",
       "Performs routine backups and restores following documented procedures.",
       "Maintains user accounts and privileges as requested."],
      ["Translates business data requirements into logical and physical data models.",
       "Monitors database performance and resolves common bottlenecks.",
       "Plans and carries out upgrades and migrations with limited supervision."],
      ["Designs complex, high-availability database solutions for major systems.",
       "Sets standards for data modelling, naming and database security across projects.",
       "Diagnoses and resolves difficult performance and data integrity problems."],
      ["Defines the department\u2019s data management architecture and its long-term direction.",
       "Is consulted across government on database technologies and strategies."]]),
    ("9", "Security/Information and Application Protection",
     "Protects information and applications against unauthorized access, modification or loss by applying "
     "security policies, standards, safeguards and risk management practices.",
     ["Government security policy and the related operational standards",
      "Threat and risk assessment methods",
      "Identity, authentication and access management",
      "Encryption and public key infrastructure",
      "Secure application development practices",
      "Security incident handling procedures"],
     [["Follows security procedures for handling and storing sensitive information.",
       "Recognizes and reports suspected security incidents."],
      ["Applies security patches and configures safeguards under guidance.",
       "Reviews audit logs and escalates anomalies."],
      ["Conducts threat and risk assessments for systems and applications.",
       "Recommends safeguards that match the sensitivity of the information.",
       "Coordinates the response to security incidents."],
      ["Develops departmental security standards, architectures and guidelines.",
       "Leads the certification and accreditation of major systems.",
       "Advises managers on residual risk and on whether to accept it."],
      ["Shapes the department\u2019s security strategy and contributes to government-wide policy.",
       "Anticipates emerging threats and sets the direction for countermeasures."]]),
    ("10", "Testing",
     "Plans, designs and carries out tests to verify that systems and applications meet their requirements "
     "and perform reliably, before and after they are put into production.",
     ["Testing methodologies and life cycle (unit, integration, system, acceptance and regression testing)",
      "Test planning and test case design techniques",
      "Automated testing tools",
      "Defect tracking and reporting",
      "Performance and load testing"],
     [["Executes prepared test scripts and records the results.",
       "Logs defects in the defect tracking tool."],
      ["Writes test cases from requirements and design documents.",
       "Retests corrected defects and updates their status."],
      ["Prepares the test plan for a project and estimates the testing effort.",
       "Builds and maintains automated test suites.",
       "Analyses defect trends and reports on quality."],
      ["Defines the testing strategy for large or high-risk projects.",
       "Establishes testing standards, tools and environments for the organization."],
      ["Is recognized inside and outside the department as an authority on testing practice.",
       "Leads the introduction of new testing approaches across the IT community."]]),
]


def _label(doc, text):
    p = doc.add_paragraph()
    R.space(p, before=10, after=4)
    R.keep_with_next(p)
    R.run(p, text, bold=True)
    return p


def build(outdir):
    doc = Document()
    R.set_default_font(doc, "Arial", 10)
    H.clear_core_props(doc, TITLE)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    hp = sec.header.paragraphs[0]
    R.run(hp, "Technical Competency Dictionary \u2013 IT Community", size=8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Page ")
    H.add_field(fp, "PAGE")
    fp.add_run(" of ")
    H.add_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)
    bullet = H.add_numbering(doc, H.bullet_lvl("\u2022", left=360, hanging=360), "2B7E1A44")

    for text in ("TECHNICAL COMPETENCY", "DICTIONARY", "FOR THE IT COMMUNITY"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        R.space(p, after=2)
        R.run(p, text, bold=True, size=18)
    p = doc.add_paragraph()
    R.space(p, before=24, after=6)
    R.run(p, "TABLE OF CONTENTS", bold=True)
    for t in TOC:
        p = doc.add_paragraph(t)
        R.space(p, after=2)
        p.paragraph_format.left_indent = Inches(0.4)

    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    R.run(p, "INTRODUCTION", bold=True)
    for txt in (
            "Competencies are observable abilities, skills, knowledge, motivations or traits, described in terms "
            "of the behaviours needed for successful job performance. Many competencies are general and apply to "
            "most jobs (analytical thinking, problem solving, client orientation). This dictionary instead sets "
            "out the technical competencies: the specialised knowledge and skills expected of employees in the "
            "jobs and roles of the IT Community. It complements the Behavioural Competency Dictionary and was "
            "prepared with subject matter experts from the IT Community, through interviews and discussions with "
            "CS employees in a range of roles and levels from several large departments.",):
        p = doc.add_paragraph(txt)
        R.space(p, before=6, after=6)
    p = doc.add_paragraph()
    R.space(p, before=6, after=4)
    R.run(p, "How Are the Competencies Structured?", bold=True)
    p = doc.add_paragraph(
        "Each competency has a short definition and a list of the points of knowledge it requires. Each also has a "
        "proficiency scale showing the full range of the competency. The scale has five levels, which show the "
        "depth and breadth of the knowledge and skill a job requires, and each level is described by behavioural "
        "indicators. The indicators are examples, not a complete list: other behaviours may also show a level. "
        "The scales are cumulative: behaviours from lower levels are not repeated at higher levels, but they still "
        "apply.")
    R.space(p, after=6)
    for i, (name, txt) in enumerate(SCALE, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Inches(0.3)
        R.space(p, after=3)
        R.run(p, f"{i}. {name} \u2013 ", bold=True)
        R.run(p, txt)

    for num, name, definition, knowledge, levels in COMPS:
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        R.space(p, after=6)
        R.run(p, f"{num}. {name}", bold=True, size=12)
        _label(doc, "DEFINITION")
        p = doc.add_paragraph(definition)
        R.space(p, after=4)
        _label(doc, "KNOWLEDGE")
        for k in knowledge:
            p = doc.add_paragraph(k)
            H.set_num(p, bullet)
            R.space(p, after=2)
        _label(doc, "PROFICIENCY SCALE")
        t = doc.add_table(rows=1 + len(levels), cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        R.borders(t, color="000000")
        R.cell_margins(t)
        H.fix_widths(t, [1.5, 5.0])
        H.mark_header_row(t.rows[0])
        for c, txt in zip(t.rows[0].cells, ("Level", "Behavioural Indicators")):
            H.shade(c, "D9D9D9")
            R.run(c.paragraphs[0], txt, bold=True)
        for i, bl in enumerate(levels):
            row = t.rows[i + 1]
            H.row_flags(row)
            R.run(row.cells[0].paragraphs[0], f"{i + 1} \u2013 {SCALE[i][0]}", bold=True)
            for j, b in enumerate(bl):
                bp = row.cells[1].paragraphs[0] if j == 0 else row.cells[1].add_paragraph()
                H.set_num(bp, bullet)
                R.space(bp, after=2)
                bp.add_run(b)
    path = H.DOCS / f"{STEM}.docx"
    doc.save(path)
    return path


def gold():
    comps = []
    for _num, name, definition, knowledge, levels in COMPS:
        lv = [{"rank": i + 1, "label": f"{i + 1} \u2013 {SCALE[i][0]}",
               "behaviors": [H.item(STEM, b) for b in bl]} for i, bl in enumerate(levels)]
        comps.append(H.competency(STEM, name, definition,
                                  indicators=[H.item(STEM, k, group="KNOWLEDGE") for k in knowledge],
                                  levels=lv))
    return "docx", TITLE, comps

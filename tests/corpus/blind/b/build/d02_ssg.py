"""SkillsFuture Singapore Skills Framework, Technical Skills and Competencies (TSC) reference document (DOCX)."""
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import common as C
import util as U

STEM = "ssg-tsc-infocomm"
FILE = STEM + ".docx"
TITLE = "Skills Framework for Infocomm Technology"
LEVELS = ["Level 3", "Level 4", "Level 5"]

TSCS = [
    {
        "category": "Development and Implementation",
        "title": "Software Testing",
        "description": "Evaluate software, applications or systems against their technical and business "
                       "specifications by planning, carrying out and reviewing tests throughout the "
                       "development life cycle",
        "codes": ["ICT-DIT-3002-1.1", "ICT-DIT-4002-1.1", "ICT-DIT-5002-1.1"],
        "prof": ["Carry out tests according to a defined test plan, record the results and report the defects found",
                 "Design test plans and test cases for complex systems, and analyse the results to judge whether software is ready for release",
                 "Set the organisation’s testing strategy and standards, and lead improvements in testing practice"],
        "knowledge": [
            ["Types of software tests and when each is used",
             "Test case design techniques",
             "Procedures for logging and tracking defects",
             "Basic functions of test management tools"],
            ["Test strategies and how they fit different development methods",
             "Approaches to test automation and the tools that support them",
             "Measures of test coverage and software quality",
             "Risk-based approaches to prioritising tests"],
            ["Industry standards and good practice in software testing",
             "Emerging testing methods and technologies",
             "Methods for assessing and improving test processes"],
        ],
        "abilities": [
            ["Run test scripts and test cases in line with the test plan",
             "Record test outcomes accurately and completely",
             "Describe defects clearly enough for them to be reproduced",
             "Re-test fixed defects and confirm that they are resolved"],
            ["Develop test plans that reflect requirements, risks and timelines",
             "Design test cases covering both functional and non-functional requirements",
             "Automate suitable tests and maintain the test scripts",
             "Analyse test results and recommend whether software should be released"],
            ["Establish testing policies, standards and quality gates for the organisation",
             "Evaluate and select testing tools and methods",
             "Lead reviews of testing performance and drive improvements",
             "Advise senior stakeholders on software quality risks"],
        ],
        "range": "Testing may cover, among others: unit testing, integration testing, system testing, "
                 "user acceptance testing, performance testing and security testing",
    },
    {
        "category": "Operations and Support",
        "title": "Applications Support and Enhancement",
        "description": "Provide continuing support for applications in use, resolving issues and putting in "
                       "place enhancements that keep them running well and meeting user needs",
        "codes": ["ICT-OUS-3001-1.1", "ICT-OUS-4001-1.1", "ICT-OUS-5001-1.1"],
        "prof": ["Resolve application issues reported by users and carry out routine enhancements following established procedures",
                 "Analyse recurring application problems, plan enhancements and coordinate their implementation with users and development teams",
                 "Direct the support and enhancement strategy for the organisation’s portfolio of applications"],
        "knowledge": [
            ["Support processes and service level agreements",
             "Common causes of application faults",
             "Change management procedures"],
            ["Problem management and root cause analysis techniques",
             "Application architecture and integration points",
             "Release and deployment processes"],
            ["Application portfolio management",
             "Service management frameworks",
             "Cost-benefit analysis for application investments"],
        ],
        "abilities": [
            ["Diagnose and fix routine application issues",
             "Escalate problems that cannot be resolved within agreed timeframes",
             "Apply approved minor enhancements and patches"],
            ["Identify the root causes of recurring application problems",
             "Assess and prioritise enhancement requests against business needs",
             "Coordinate the testing and release of enhancements with the teams concerned"],
            ["Develop the roadmap for application support and enhancement",
             "Set service levels and performance measures for application support",
             "Decide when applications should be enhanced, replaced or retired"],
        ],
        "range": "",
    },
]

LABEL_FILL = "D9E2F3"
HEAD_FILL = "1F3864"


def _label(cell, text):
    C.shade(cell, LABEL_FILL)
    p = cell.paragraphs[0]
    U.set_font(p.add_run(text), "Arial", 9, bold=True)


def _paras(cell, texts, size=9):
    for k, t in enumerate(texts):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        U.set_font(p.add_run(t), "Arial", size)
        U.para_spacing(p, 0, 4)


def build():
    d = docx.Document()
    C.clear_core_props(d, "TSC Reference Document")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    # header / footer as in the SSG reference documents
    hp = sec.header.paragraphs[0]
    U.set_font(hp.add_run("SKILLS FRAMEWORK FOR INFOCOMM TECHNOLOGY"), "Arial", 8, bold=True, color="7F7F7F")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), alignment=2)
    U.set_font(fp.add_run("© SkillsFuture Singapore and Infocomm Media Development Authority\t"), "Arial", 7, color="7F7F7F")
    C.add_field(fp, "PAGE", "1")
    for r in fp.runs[1:]:
        U.set_font(r, "Arial", 7, color="7F7F7F")

    p = d.add_paragraph()
    U.set_font(p.add_run("Skills Framework for Infocomm Technology"), "Arial", 18, bold=True, color=HEAD_FILL)
    p = d.add_paragraph()
    U.set_font(p.add_run("Technical Skills and Competencies (TSC) Reference Document"), "Arial", 13, color=HEAD_FILL)
    U.para_spacing(p, 0, 12)

    for i, tsc in enumerate(TSCS):
        if i:
            d.add_paragraph().add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
        t = d.add_table(rows=0, cols=4)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        U.table_borders(t, "808080", 4)

        def full(label, value):
            row = t.add_row()
            _label(row.cells[0], label)
            m = row.cells[1].merge(row.cells[2]).merge(row.cells[3])
            _paras(m, [value] if value else [""])
            return row

        full("TSC Category", tsc["category"])
        full("TSC Title", tsc["title"])
        full("TSC Description", tsc["description"])
        # level header row: label + level name with its code underneath
        row = t.add_row()
        C.shade(row.cells[0], HEAD_FILL)
        U.set_font(row.cells[0].paragraphs[0].add_run("TSC Proficiency Description"), "Arial", 9, bold=True, color="FFFFFF")
        for j, lv in enumerate(LEVELS):
            c = row.cells[j + 1]
            C.shade(c, HEAD_FILL)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            U.set_font(p.add_run(lv), "Arial", 9, bold=True, color="FFFFFF")
            p2 = c.add_paragraph()
            p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
            U.set_font(p2.add_run(tsc["codes"][j]), "Arial", 8, color="FFFFFF")
        C.mark_header_row(row)
        # proficiency description, knowledge, abilities
        for label, key in (("Proficiency Description", "prof"), ("Knowledge", "knowledge"), ("Abilities", "abilities")):
            row = t.add_row()
            _label(row.cells[0], label)
            for j in range(3):
                val = tsc[key][j]
                _paras(row.cells[j + 1], [val] if isinstance(val, str) else val)
        full("Range of Application (where applicable)", tsc["range"])
        U.fixed_table(t, [3.4, 4.5, 4.5, 4.5])
        d.add_paragraph()
    d.save(U.DOCS / FILE)


def gold():
    comps = []
    for tsc in TSCS:
        levels = []
        for j, lab in enumerate(LEVELS):
            beh = [C.item(STEM, tsc["prof"][j], group="Proficiency Description")]
            beh += [C.item(STEM, t, group="Knowledge") for t in tsc["knowledge"][j]]
            beh += [C.item(STEM, t, group="Abilities") for t in tsc["abilities"][j]]
            levels.append({"rank": j + 3, "label": lab, "behaviors": beh})
        notes = [C.item(STEM, tsc["category"], group="TSC Category")]
        if tsc["range"]:
            notes.append(C.item(STEM, tsc["range"], group="Range of Application (where applicable)"))
        comps.append(C.competency(tsc["title"], STEM, definition=tsc["description"], levels=levels, notes=notes))
    return C.write_gold(U.DOCS / FILE, "docx", TITLE, comps)

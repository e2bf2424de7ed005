"""NIH-style proficiency scale (front matter) + competencies whose levels are headings named with the
scale's names only, printed HIGH to LOW (Expert first). python-docx -> LibreOffice -> PDF."""
import tempfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import common as C
import util as U

STEM = "nih-proficiency-competencies"
FILE = STEM + ".pdf"
TITLE = "Competencies Proficiency Scale"

SCALE = [
    ("N/A", "Not Applicable", "",
     "This competency is not part of your position, and you are not expected to use or show it.", []),
    ("1", "Fundamental Awareness", "(basic knowledge)",
     "You know the common terms and have a grasp of the basic ideas and methods.",
     ["The emphasis is on learning."]),
    ("2", "Novice", "(limited experience)",
     "You have gained some experience in training, in practice exercises or on the job, and you still expect to need help when using this skill.",
     ["The emphasis is on growing through experience on the job;",
      "You can talk about the terminology, concepts, principles and issues of this competency;",
      "You draw on the whole range of reference and resource material for it."]),
    ("3", "Intermediate", "(practical application)",
     "You can carry out the tasks of this competency when asked to. Now and then you may turn to an expert, but most of the time you work on your own.",
     ["The emphasis is on applying and deepening your knowledge or skill;",
      "You have used this competency from time to time with little guidance;",
      "You can explain what changes to processes, policies and procedures in this area mean in practice."]),
    ("4", "Advanced", "(applied theory)",
     "You perform this skill without help, and people in your organization come to you with hard questions about it.",
     ["The emphasis is broad;",
      "You have used this competency consistently in demanding situations;",
      "You coach others and explain its finer points to them."]),
    ("5", "Expert", "(recognized authority)",
     "You are recognized as an expert in this area, able to guide others, solve problems and answer questions about it and about the wider field.",
     ["The emphasis is strategic;",
      "You have applied this competency with consistent excellence across several projects or organizations;",
      "Inside NIH and beyond, you are the person others go to in this area."]),
]

ORDER = ["Expert", "Advanced", "Intermediate", "Novice", "Fundamental Awareness"]   # as printed
RANK = {"Fundamental Awareness": 1, "Novice": 2, "Intermediate": 3, "Advanced": 4, "Expert": 5}

COMPS = [
    {
        "name": "Records Management",
        "definition": "Knowledge of the laws, regulations and policies that govern federal records, and the ability "
                      "to create, maintain, protect and dispose of records in keeping with them.",
        "levels": {
            "Expert": ["Shapes agency-wide records policy and advises senior leaders on complex retention questions",
                       "Resolves disputes over the status or disposition of records where no precedent exists",
                       "Represents the institute on records management matters in federal working groups"],
            "Advanced": ["Develops file plans and retention schedules for programs with complex record keeping needs",
                         "Reviews records practices across offices and recommends corrective action",
                         "Trains staff in their record keeping responsibilities"],
            "Intermediate": ["Applies approved retention schedules to the records of own area without guidance",
                             "Sets up and maintains filing systems for paper and electronic records",
                             "Prepares records for transfer to storage or for authorized disposal"],
            "Novice": ["Files and retrieves records following established procedures, with help from others",
                       "Tells official records apart from non-record materials",
                       "Uses the records management system to locate documents"],
            "Fundamental Awareness": ["Knows that federal records are subject to legal requirements",
                                      "Recognizes the common types of records used in own office"],
        },
    },
    {
        "name": "Budget Formulation",
        "definition": "Ability to develop, justify and present budget requests that support program goals, drawing "
                      "on knowledge of the federal budget process.",
        "levels": {
            "Expert": ["Directs the formulation of the institute budget and defends it before departmental and congressional reviewers",
                       "Advises leadership on funding strategies in the light of long-range program plans",
                       "Creates guidance and models used across the agency to build budget estimates"],
            "Advanced": ["Leads the preparation of budget submissions for large or complex programs",
                         "Analyzes spending trends and projects future resource needs",
                         "Writes budget justifications that link resources to performance outcomes"],
            "Intermediate": ["Prepares budget estimates for assigned programs using standard methods",
                             "Compiles the supporting data and narrative for budget requests",
                             "Reconciles budget figures with accounting records"],
            "Novice": ["Gathers cost data for budget estimates under close direction",
                       "Enters budget information into financial systems",
                       "Explains basic budget terms such as appropriation, obligation and allotment"],
            "Fundamental Awareness": ["Understands the stages of the federal budget cycle",
                                      "Knows where to find budget guidance and whom to ask for help"],
        },
    },
    {
        "name": "Data Stewardship",
        "definition": "Ability to manage data assets throughout their life cycle so that they are accurate, secure, "
                      "documented and available to those who need them.",
        "levels": {
            "Expert": ["Establishes data governance standards that are adopted across NIH",
                       "Advises on data sharing arrangements with external partners and other agencies"],
            "Advanced": ["Designs data quality controls and monitors compliance across systems",
                         "Resolves conflicts between data owners over definitions and access"],
            "Intermediate": ["Maintains data dictionaries and metadata for assigned data sets",
                             "Applies access controls in line with privacy and security requirements"],
            "Novice": ["Corrects data errors identified in quality reports, with guidance",
                       "Follows documented procedures for entering and storing data"],
            "Fundamental Awareness": ["Recognizes why accurate, well-documented data matter",
                                      "Knows the basic rules for handling sensitive information"],
        },
    },
]

BLUE = "20558A"


def build():
    d = docx.Document()
    C.clear_core_props(d, "NIH Competencies Proficiency Scale")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.3)
    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=500, hanging=280), "2B3C4D01")
    sq = C.add_numbering(d, C.bullet_lvl("\u25aa", left=360, hanging=220), "2B3C4D02")

    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), alignment=2)
    U.set_font(hp.add_run("National Institutes of Health\tOffice of Human Resources"), "Arial", 8, color="555555")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    U.set_font(fp.add_run("NIH Competency Models  |  Page "), "Arial", 8, color="555555")
    C.add_field(fp, "PAGE", "1")
    U.set_font(fp.add_run(" of "), "Arial", 8, color="555555")
    C.add_field(fp, "NUMPAGES", "3")
    for r in fp.runs:
        U.set_font(r, "Arial", 8, color="555555")

    p = d.add_paragraph()
    U.set_font(p.add_run(TITLE), "Arial", 18, bold=True, color=BLUE)
    p = d.add_paragraph(
        "The NIH Proficiency Scale is a tool for gauging how well a person demonstrates a competency on the job. "
        "It covers a wide range of ability, arranged in five steps from “Fundamental Awareness” to “Expert”.")
    p = d.add_paragraph(
        "Used together with the Proficiency Map of an occupation, the scale lets employees compare their current "
        "proficiency with that of top performers in the same occupation at each grade level.")
    U.para_spacing(p, 0, 8)

    t = d.add_table(rows=1, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    U.table_borders(t, "7F7F7F", 4)
    for j, h in enumerate(["Score", "Proficiency Level", "Description"]):
        c = t.rows[0].cells[j]
        C.shade(c, "DCE6F1")
        U.set_font(c.paragraphs[0].add_run(h), "Arial", 9, bold=True)
    for score, name, gloss, desc, bullets in SCALE:
        row = t.add_row()
        C.row_flags(row)
        U.set_font(row.cells[0].paragraphs[0].add_run(score), "Arial", 9, bold=True)
        U.set_font(row.cells[1].paragraphs[0].add_run(name), "Arial", 9, bold=True)
        if gloss:
            U.set_font(row.cells[1].add_paragraph().add_run(gloss), "Arial", 8, italic=True)
        U.set_font(row.cells[2].paragraphs[0].add_run(desc), "Arial", 9)
        for b in bullets:
            bp = row.cells[2].add_paragraph()
            C.set_num(bp, sq)
            U.set_font(bp.add_run(b), "Arial", 9)
        for c in row.cells:
            for cp in c.paragraphs:
                U.para_spacing(cp, 1, 1)
    U.fixed_table(t, [1.5, 3.6, 11.8])

    p = d.add_paragraph()
    U.para_spacing(p, 18, 4)
    p.paragraph_format.keep_with_next = True
    U.set_font(p.add_run("Administrative Occupations: Selected Technical Competencies"), "Arial", 14, bold=True, color=BLUE)
    p = d.add_paragraph("Examples of behavior are listed from the highest proficiency level to the lowest. "
                        "Each level includes the behaviors of the levels below it.")
    p.paragraph_format.keep_with_next = True

    for comp in COMPS:
        h = d.add_paragraph()
        U.set_font(h.add_run(comp["name"]), "Arial", 13, bold=True, color=BLUE)
        U.para_spacing(h, 12, 2)
        h.paragraph_format.keep_with_next = True
        p = d.add_paragraph()
        U.set_font(p.add_run("Definition: "), None, None, bold=True)
        p.add_run(comp["definition"])
        U.para_spacing(p, 0, 4)
        for lv in ORDER:
            lh = d.add_paragraph()
            U.set_font(lh.add_run(lv), "Arial", 10.5, bold=True, italic=True)
            U.para_spacing(lh, 6, 2)
            lh.paragraph_format.keep_with_next = True
            for b in comp["levels"][lv]:
                bp = d.add_paragraph()
                C.set_num(bp, bullet)
                bp.add_run(b)
                U.para_spacing(bp, 0, 2)
    tmp = Path(tempfile.mkdtemp(prefix="batchb-nih-")) / (STEM + ".docx")
    d.save(tmp)
    U.docx_to_pdf(tmp, FILE)


def gold():
    comps = []
    for comp in COMPS:
        levels = [{"rank": RANK[lv], "label": lv, "behaviors": [C.item(STEM, b) for b in comp["levels"][lv]]}
                  for lv in ORDER]
        comps.append(C.competency(comp["name"], STEM, definition=comp["definition"], levels=levels))
    return C.write_gold(U.DOCS / FILE, "pdf", TITLE, comps)

"""PAHRODF Generic Competency Dictionary for the Public Sector (Philippines), chapter 5.1 excerpt -> PDF.

Layout: A4, running header (book title left / chapter right), book page numbers 51-53 centred in the footer,
chapter heading, intro, a bulleted generic proficiency scale, then ONE BORDERED TWO-COLUMN TABLE PER
COMPETENCY whose rows are labelled: Competency | Definition | Behavioural Indicators (merged sub-header) |
Basic | Intermediate | Advanced | Superior (Word bullets inside the cells).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bklib as L  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Inches, Pt  # noqa: E402

STEM = "pahrodf-gcd-hrmd-competencies"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Generic Competency Dictionary for the Public Sector"
FONT = "Liberation Sans"

LEVELS = ["Basic", "Intermediate", "Advanced", "Superior"]

COMPS = [
    ("Recruitment, Selection and Placement",
     "The ability to attract, assess and place qualified applicants in the vacant positions of the agency "
     "through merit-based, fair and transparent processes that observe civil service rules.",
     [["Posts notices of vacant positions in the required publication channels and within the prescribed "
       "periods.",
       "Receives application documents and checks them against the qualification standards of the position.",
       "Prepares the records of each selection activity, such as lists of applicants, schedules and minutes."],
      ["Screens applicants against the qualification standards and prepares the shortlist for the selection "
       "board.",
       "Administers and scores written examinations, work samples and structured interviews according to set "
       "guidelines.",
       "Explains the steps and results of the selection process to applicants who ask about them."],
      ["Designs competency-based assessment tools and scoring guides for positions at different levels.",
       "Reviews the merit selection plan of the agency and proposes changes that make it fairer and more "
       "efficient.",
       "Advises the selection board on questions of qualification, equivalency and protest cases."],
      ["Sets the strategy of the agency for attracting and keeping talent in critical and hard-to-fill "
       "positions.",
       "Builds partnerships with schools, professional bodies and other agencies to widen the pool of "
       "qualified applicants.",
       "Leads the evaluation of recruitment results and uses them to shape workforce plans."]]),
    ("Learning and Development Management",
     "The ability to identify learning needs and to plan, deliver and evaluate interventions that close the "
     "competency gaps of individuals and groups in line with the goals of the agency.",
     [["Gathers training requests and learning needs data from offices and employees.",
       "Handles the logistics of learning activities, including venues, materials and attendance records.",
       "Keeps the database of training programmes attended by employees up to date."],
      ["Analyses learning needs data and recommends suitable interventions such as courses, coaching or job "
       "rotation.",
       "Prepares the annual learning and development plan of a unit and monitors its implementation.",
       "Conducts reaction and learning evaluations of programmes and reports the findings."],
      ["Designs learning programmes and blended interventions that target identified competency gaps.",
       "Evaluates the effect of learning interventions on job performance and recommends improvements.",
       "Selects and manages learning service providers against agreed quality standards."],
      ["Formulates the learning and development policy of the agency and links it to succession planning.",
       "Champions a culture of continuous learning among the executives and managers of the agency."]]),
    ("Performance Management",
     "The ability to plan, monitor, evaluate and reward individual and unit performance using the strategic "
     "performance management system of the agency.",
     [["Collects and consolidates performance commitment and rating forms from offices within deadlines.",
       "Checks forms for completeness and consistency before they go to the performance management team.",
       "Answers routine queries of employees on rating periods and forms."],
      ["Facilitates target-setting sessions between supervisors and their staff.",
       "Reviews performance ratings against unit accomplishments and flags inconsistencies.",
       "Prepares summary reports of performance results for management."],
      ["Coaches supervisors in giving feedback and in handling poor performance.",
       "Develops tools and guidelines that link individual targets to office and agency goals.",
       "Recommends rewards, incentives and development actions based on performance results."],
      ["Leads the review and redesign of the performance management system of the agency.",
       "Uses performance data to guide organisational decisions on staffing, rewards and priorities."]]),
]


def cell_par(cell, text="", bold=False, size=9.5, first=False, align=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.space_before = Pt(1)
    if align:
        p.alignment = align
    if text:
        L.font(p.add_run(text), FONT, size, bold=bold)
    return p


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    L.style_font(d, "Normal", FONT, 10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin, sec.bottom_margin = Inches(0.9), Inches(0.8)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="51"/>'))

    # running header: book title left, chapter right, rule below
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, Inches(6.47))
    L.font(hp.add_run(TITLE), FONT, 8, italic=True, color="555555")
    hp.add_run("\t")
    L.font(hp.add_run("Human Resources Management and Development"), FONT, 8, italic=True, color="555555")
    L.para_border(hp, ("bottom",), color="808080", size=4)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE", "51")
    for r in fp.runs:
        L.font(r, FONT, 9)

    bullets = L.add_numbering(d, L.bullet_lvl("\u2022", left=216, hanging=180, font="Liberation Sans"), "5A1B2C3D")

    h = d.add_paragraph()
    L.font(h.add_run("5.1  HUMAN RESOURCES MANAGEMENT AND DEVELOPMENT"), FONT, 14, bold=True, color="1F3864")
    h.paragraph_format.space_after = Pt(8)
    intro = ("The competencies in this chapter apply to personnel who manage the human resource systems of "
             "a government agency: recruitment, selection and placement, learning and development, "
             "performance management, and rewards and recognition. They are written so that HR offices can "
             "adopt them as they are or tailor them to the mandate and structure of their agency.")
    p = d.add_paragraph()
    L.font(p.add_run(intro), FONT, 10)
    p.paragraph_format.space_after = Pt(6)
    p = d.add_paragraph()
    L.font(p.add_run("Each competency is described at four proficiency levels:"), FONT, 10)
    p.paragraph_format.space_after = Pt(2)
    for lab, txt in [("Basic", "applies the competency in routine tasks with guidance from others;"),
                     ("Intermediate", "applies the competency independently in a range of situations;"),
                     ("Advanced", "applies the competency in complex situations and guides others;"),
                     ("Superior", "shapes policies and practices of the agency in the area of the competency.")]:
        bp = d.add_paragraph()
        L.set_num(bp, bullets)
        L.font(bp.add_run(lab), FONT, 10, bold=True)
        L.font(bp.add_run(" \u2013 " + txt), FONT, 10)
        bp.paragraph_format.space_after = Pt(0)
    p = d.add_paragraph()
    L.font(p.add_run("Behavioural indicators at a higher level build on those of the levels below it."),
           FONT, 10, italic=True)
    p.paragraph_format.space_before = Pt(4)
    p.paragraph_format.space_after = Pt(10)

    for n, (name, definition, levels) in enumerate(COMPS):
        t = d.add_table(rows=3 + len(LEVELS), cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        L.table_borders(t, "000000", 6)
        L.set_cell_margins(t, 50, 50, 90, 90)
        L.fix_widths(t, [1.45, 5.0])
        for row in t.rows:
            L.row_flags(row, cant_split=True)
        # Competency row
        c0, c1 = t.rows[0].cells
        L.shade(c0, "1F3864")
        L.shade(c1, "D9E2F3")
        p = cell_par(c0, first=True)
        L.font(p.add_run("Competency"), FONT, 10, bold=True, color="FFFFFF")
        cell_par(c1, name, bold=True, size=11, first=True)
        # Definition row
        c0, c1 = t.rows[1].cells
        L.shade(c0, "D9E2F3")
        cell_par(c0, "Definition", bold=True, size=10, first=True)
        cell_par(c1, definition, first=True)
        # merged sub-header row
        m = t.rows[2].cells[0].merge(t.rows[2].cells[1])
        L.shade(m, "8EAADB")
        cell_par(m, "Behavioural Indicators", bold=True, size=10, first=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        # level rows
        for k, (lab, bl) in enumerate(zip(LEVELS, levels)):
            c0, c1 = t.rows[3 + k].cells
            L.shade(c0, "D9E2F3")
            cell_par(c0, lab, bold=True, size=10, first=True)
            for j, b in enumerate(bl):
                p = cell_par(c1, b, first=(j == 0))
                L.set_num(p, bullets)
        sp = d.add_paragraph()
        sp.paragraph_format.space_after = Pt(10)
    L.docx_to_pdf(d, OUT)


def gold():
    doc = STEM
    comps = []
    for name, definition, levels in COMPS:
        comps.append(L.competency(doc, name, definition,
                                  levels=[L.level(doc, i + 1, LEVELS[i], bl) for i, bl in enumerate(levels)]))
    return L.write_gold(OUT, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    print(gold())

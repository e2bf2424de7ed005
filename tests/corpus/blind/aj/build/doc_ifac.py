"""IFAC / IAESB International Education Standard 2 (PDF: python-docx table -> LibreOffice).

Table A (competence area with its level of proficiency | learning outcomes) runs over page breaks,
header row repeated, rows allowed to split."""
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from ajlib import (DOCS, add_field, clear_core_props, competency, fix_widths, item, para_border_bottom,
                   row_flags, shade, soffice)

STEM = "ifac-ies2-technical-competence"
FILE = DOCS / f"{STEM}.pdf"
TITLE = "INTERNATIONAL EDUCATION STANDARD 2 INITIAL PROFESSIONAL DEVELOPMENT – TECHNICAL COMPETENCE (2019)"
RUNNING = "INITIAL PROFESSIONAL DEVELOPMENT – TECHNICAL COMPETENCE (2019)"
RANK = {"Foundation": 1, "Intermediate": 2, "Advanced": 3}
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]

AREAS = [
    ("a", "Financial accounting and reporting", "Advanced", [
        "Account for transactions and other events by applying accounting principles.",
        "Use International Financial Reporting Standards (IFRSs), or other standards that are relevant, when accounting for transactions and other events.",
        "Assess whether the accounting policies adopted in preparing financial statements are appropriate.",
        "Prepare financial statements, consolidated financial statements among them, in accordance with IFRSs or other relevant standards.",
        "Explain what financial statements and the disclosures that accompany them show.",
        "Explain reports that contain non-financial information, such as sustainability reports and integrated reports.",
    ]),
    ("b", "Management accounting", "Advanced", [
        "Use techniques that support management decisions, such as product costing, variance analysis, inventory management, and budgeting and forecasting.",
        "Use suitable quantitative methods to analyze how costs behave and what drives them.",
        "Analyze financial and non-financial data so as to give management the information it needs for decisions.",
        "Prepare reports that support management decisions, covering planning and budgeting, cost management, quality control, performance measurement, and benchmarking.",
        "Assess how products and business segments are performing.",
    ]),
    ("c", "Finance and financial management", "Intermediate", [
        "Compare the sources of finance open to an organization, including bank finance, financial instruments, and the bond, equity, and treasury markets.",
        "Analyze an organization's cash flow and its working capital needs.",
        "Analyze an organization's present and future financial position with techniques such as ratio, trend, and cash flow analysis.",
        "Assess whether the components used to work out an organization's cost of capital are appropriate.",
        "Use capital budgeting techniques to evaluate capital investment decisions.",
        "Explain the income-, market-, and asset-based approaches to valuation used in investment decisions, business planning, and long-term financial management.",
    ]),
    ("d", "Taxation", "Intermediate", [
        "Explain the national requirements for tax compliance and filing.",
        "Prepare calculations of direct and indirect tax for individuals and organizations.",
        "Analyze the tax issues raised by international transactions that are not complex.",
        "Explain how tax planning, tax avoidance, and tax evasion differ from one another.",
    ]),
    ("e", "Audit and assurance", "Intermediate", [
        "Describe what an audit of financial statements sets out to achieve and the stages in carrying one out.",
        "Apply International Standards on Auditing (ISAs) or the other auditing standards, laws, and regulations that govern an audit of financial statements.",
        "Assess the risks of material misstatement in financial statements and consider what they mean for the audit strategy.",
        "Use the quantitative and qualitative methods that the audit process calls for.",
        "Explain the main features of assurance engagements and the standards that apply to them.",
    ]),
    ("f", "Governance, risk management, and internal control", "Intermediate", [
        "Explain the principles of good governance, including the rights and duties of owners, investors, and those charged with governance, and the part stakeholders play in governance, disclosure, and transparency.",
        "Analyze the parts of an organization's governance framework.",
        "Analyze the risks and opportunities facing an organization by means of a risk management framework.",
        "Analyze the components of internal control over financial reporting.",
        "Analyze whether general information technology controls and the relevant application controls are adequate.",
    ]),
    ("g", "Business laws and regulations", "Intermediate", [
        "Explain the laws and regulations that govern the various forms of legal entity.",
        "Explain the laws and regulations that apply in the environment in which professional accountants work.",
    ]),
    ("h", "Information and communications technologies", "Intermediate", [
        "Explain how information and communications technologies (ICT) support the analysis of data and the making of decisions.",
        "Use ICT to support the analysis of data and the making of decisions.",
        "Analyze whether ICT processes and controls are adequate.",
        "Recommend ways of improving ICT processes and controls.",
    ]),
    ("i", "Business and organizational environment", "Intermediate", [
        "Explain the environment an organization works in, including its main economic, legal, regulatory, political, technological, social, and cultural features.",
        "Analyze the features of the global environment that bear on international trade and finance.",
        "Identify the characteristics of globalization, among them the role of multinationals, e-commerce, and emerging markets.",
    ]),
    ("j", "Economics", "Foundation", [
        "Describe the core ideas of microeconomics and of macroeconomics.",
        "Describe how changes in macroeconomic indicators affect business activity.",
        "Explain the types of market structure, including perfect competition, monopolistic competition, monopoly, and oligopoly.",
    ]),
    ("k", "Business strategy and management", "Intermediate", [
        "Explain the different ways in which organizations can be designed and structured.",
        "Explain why the different functional and operational areas of an organization exist and why they matter.",
        "Analyze the internal and external factors that can shape an organization's strategy.",
        "Explain the processes by which an organization's strategy can be put into effect.",
        "Explain how theories of organizational behavior can be used to improve the performance of individuals, teams, and the organization.",
    ]),
]

SCOPE = [
    ("1.", "International Education Standard (IES) 2 prescribes the learning outcomes for technical competence that "
           "aspiring professional accountants must achieve by the end of Initial Professional Development (IPD). "
           "Technical competence is the ability to apply professional knowledge to perform a role to a defined standard."),
    ("2.", "IES 2 is addressed to IFAC member bodies, which are responsible for making sure that IPD meets its "
           "requirements. It may also be useful to educational organizations, employers, regulators, government "
           "authorities, and others who support the learning and development of aspiring professional accountants."),
    ("3.", "IES 2 sets out the competence areas and learning outcomes that describe the technical competence expected "
           "of aspiring professional accountants by the end of IPD. IES 3 and IES 4 do the same for professional "
           "skills and for professional values, ethics, and attitudes."),
    ("4.", "Definitions and explanations of the key terms used in the IES and in the Framework for International "
           "Education Standards for Professional Accountants and Aspiring Professional Accountants are given in the "
           "Glossary of Terms."),
]
EFFECTIVE = ("5.", "This IES is effective from January 1, 2021.")
OBJECTIVE = ("6.", "The objective of IFAC member bodies is to develop competent professional accountants by giving "
                   "aspiring professional accountants the technical competence they need to perform a role as a "
                   "professional accountant.")
REQ = ("7.", "IFAC member bodies shall prescribe learning outcomes for technical competence to be achieved by "
             "aspiring professional accountants by the end of IPD. These learning outcomes shall include, but are not "
             "limited to, the learning outcomes listed in Table A for each of the following competence areas:")
REQ8 = ("8.", "IFAC member bodies shall establish appropriate assessment activities to assess the technical "
              "competence of aspiring professional accountants.")

LEVELS_APPX = [
    ("Foundation", "Learning outcomes at this level typically focus on defining, explaining, summarizing, and "
                   "interpreting the principles that underlie a competence area, and on completing assigned tasks "
                   "under appropriate supervision. The work environment is characterized by low levels of ambiguity, "
                   "complexity, and uncertainty."),
    ("Intermediate", "Learning outcomes at this level typically focus on applying, comparing, and analyzing those "
                     "principles independently to complete work assignments and make decisions, combining technical "
                     "competence with professional skills. The work environment is characterized by moderate levels "
                     "of ambiguity, complexity, and uncertainty."),
    ("Advanced", "Learning outcomes at this level typically focus on selecting and integrating principles from "
                 "different areas of technical competence to manage and lead projects and work assignments and to "
                 "make recommendations that suit stakeholders' needs. The work environment is characterized by high "
                 "levels of ambiguity, complexity, and uncertainty."),
]


def _setup(doc):
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(27.94), Cm(21.59)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "IES 2"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].bold = True
    hp2 = sec.header.add_paragraph(RUNNING)
    hp2.runs[0].font.size = Pt(8)
    para_border_bottom(hp2, "000000", 4)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, "PAGE", "1")
    for r in fp.runs:
        r.font.size = Pt(9)


def _numbered(doc, num, text, indent=0.0):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0 + indent)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(f"{num}\t{text}")
    return p


def build():
    doc = Document()
    clear_core_props(doc, TITLE)
    _setup(doc)
    for t, sz in (("INTERNATIONAL EDUCATION STANDARD 2", 13), ("INITIAL PROFESSIONAL DEVELOPMENT –", 13),
                  ("TECHNICAL COMPETENCE (2019)", 13)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t)
        r.bold, r.font.size = True, Pt(sz)
    doc.add_paragraph()
    for head, paras in (("Introduction", None),):
        p = doc.add_paragraph()
        r = p.add_run(head)
        r.bold, r.font.size = True, Pt(11)
    p = doc.add_paragraph()
    p.add_run("Scope of this Standard").italic = True
    for n, t in SCOPE:
        _numbered(doc, n, t)
    p = doc.add_paragraph()
    r = p.add_run("Effective Date")
    r.bold, r.font.size = True, Pt(11)
    _numbered(doc, *EFFECTIVE)
    p = doc.add_paragraph()
    r = p.add_run("Objective")
    r.bold, r.font.size = True, Pt(11)
    _numbered(doc, *OBJECTIVE)
    p = doc.add_paragraph()
    r = p.add_run("Requirements")
    r.bold, r.font.size = True, Pt(11)
    p = doc.add_paragraph()
    p.add_run("Learning Outcomes for Technical Competence").italic = True
    _numbered(doc, *REQ)
    for letter, name, _lvl, _ in AREAS:
        end = "." if letter == "k" else ";"
        _numbered(doc, f"({letter})", name + end, indent=1.0)
    _numbered(doc, *REQ8)

    cap = doc.add_paragraph()
    cap.paragraph_format.space_before = Pt(10)
    cap.paragraph_format.keep_with_next = True
    r = cap.add_run("Table A: Learning Outcomes for Technical Competence")
    r.bold = True
    tbl = doc.add_table(rows=1, cols=2)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tbl.rows[0]
    row_flags(hdr, cant_split=True, header=True)
    for cell, txt in zip(hdr.cells, ("Competence Area (Level of Proficiency)", "Learning Outcomes")):
        shade(cell, "D9D9D9")
        cell.paragraphs[0].add_run(txt).bold = True
    for letter, name, lvl, outcomes in AREAS:
        row = tbl.add_row()
        c0, c1 = row.cells
        p0 = c0.paragraphs[0]
        p0.add_run(f"({letter})\t{name}").bold = False
        p0.paragraph_format.left_indent = Cm(0.7)
        p0.paragraph_format.first_line_indent = Cm(-0.7)
        c0.add_paragraph(f"({lvl})").paragraph_format.left_indent = Cm(0.7)
        for k, o in enumerate(outcomes):
            p = c1.paragraphs[0] if k == 0 else c1.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.9)
            p.paragraph_format.first_line_indent = Cm(-0.9)
            p.paragraph_format.space_after = Pt(3)
            p.add_run(f"({ROMAN[k]})\t{o}")
    fix_widths(tbl, [2.1, 4.3])

    doc.add_page_break()
    p = doc.add_paragraph()
    r = p.add_run("Appendix 1")
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("Description of Levels of Proficiency")
    r.bold = True
    doc.add_paragraph("This description of levels of proficiency supports the use of learning outcomes in IES 2, 3, "
                      "and 4. Together with the learning outcomes, it helps IFAC member bodies design professional "
                      "accounting education programs for a variety of roles and specializations.")
    t2 = doc.add_table(rows=1, cols=2)
    t2.style = doc.styles["Table Grid"]
    for cell, txt in zip(t2.rows[0].cells, ("Level of Proficiency", "Description")):
        shade(cell, "D9D9D9")
        cell.paragraphs[0].add_run(txt).bold = True
    for lvl, desc in LEVELS_APPX:
        row = t2.add_row()
        row.cells[0].paragraphs[0].add_run(lvl).bold = True
        row.cells[1].paragraphs[0].add_run(desc)
    fix_widths(t2, [1.6, 4.8])

    tmp = Path(tempfile.mkdtemp(prefix="aj-ifac-"))
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    soffice(src, "pdf", DOCS)
    return FILE


def gold():
    comps = []
    for letter, name, lvl, outcomes in AREAS:
        comps.append(competency(STEM, name, None, levels=[
            {"rank": RANK[lvl], "label": lvl, "behaviors": [item(STEM, o) for o in outcomes]}]))
    return "pdf", TITLE, comps

"""CDC / APHL "Competency Guidelines for Public Health Laboratory Professionals" (MMWR Supplement, 2015):
the Communication domain, pages 20-22, as PDF (python-docx -> LibreOffice).

MMWR page furniture (running head "Supplement", footer "MMWR / May 15, 2015 / Vol. 64 / No. 1" + page
number from 20), a two-column domain introduction, then one full-width table: header row Competency |
Beginner | Competent | Proficient | Expert (repeated on the next page), shaded subdomain rows spanning the
table, one row per competency, one cell per proficiency tier (one cell empty).
"""
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

import wcommon as C

STEM = "aphl-competency-guidelines-communication"
FILE = STEM + ".pdf"
TITLE = "Communication Competency Guidelines"

TIERS = ["Beginner", "Competent", "Proficient", "Expert"]

# (subdomain, [(number, competency, [beginner, competent, proficient, expert])])
ROWS = [
    ("Subdomain 4.1: Communication principles and practice", [
        ("4.01", "Communicate laboratory information to diverse audiences", [
            "Describe the audiences that receive information from the laboratory.",
            "Tailor routine messages about test results and laboratory services to the needs of each audience.",
            "Design communication materials that explain laboratory findings to audiences without a "
            "scientific background.",
            "Set the laboratory's standards for communicating with partners, policy makers and the public."]),
        ("4.02", "Apply written communication skills", [
            "Prepare routine written records, such as logs, forms and e-mail, following laboratory templates.",
            "Write standard operating procedures and technical summaries that others can follow without "
            "further explanation.",
            "Review and edit technical documents prepared by others for accuracy, clarity and consistency.",
            "Author policy documents, peer-reviewed publications and reports for external stakeholders."]),
        ("4.03", "Apply oral communication skills", [
            "Share observations and concerns with supervisors and co-workers clearly and without delay.",
            "Present laboratory procedures and results at staff meetings.",
            "Deliver presentations to partner agencies and at professional meetings.",
            "Represent the laboratory as a spokesperson at regional and national forums."]),
        ("4.04", "Facilitate group discussion", [
            "",
            "Contribute to group discussions while respecting differing points of view.",
            "Facilitate meetings so that they reach decisions in the time allotted.",
            "Mediate discussions among partners whose priorities conflict, and document the agreements "
            "reached."]),
    ]),
    ("Subdomain 4.2: Risk and crisis communication", [
        ("4.05", "Communicate risk during public health events", [
            "Identify the role of the laboratory in risk communication during an emergency.",
            "Relay approved messages about laboratory testing during an event, following the communication "
            "plan.",
            "Develop laboratory content for risk messages together with the jurisdiction's public information "
            "officer.",
            "Lead the laboratory's risk communication strategy and evaluate how well it worked after each "
            "event."]),
        ("4.06", "Use communication technologies", [
            "Use the laboratory's e-mail, messaging and conferencing tools as policy requires.",
            "Choose the communication channel that suits the message and the audience.",
            "Evaluate new communication technologies for use in the laboratory.",
            "Direct the adoption of communication technologies across the laboratory system."]),
        ("4.07", "Notify partners of critical and urgent results", [
            "Follow the laboratory procedure for reporting critical values and urgent findings.",
            "Notify submitters and public health partners of urgent results within required time frames and "
            "document each notification.",
            "Evaluate notification procedures after an event and recommend changes.",
            "Establish notification agreements with partners across jurisdictions."]),
    ]),
    ("Subdomain 4.3: Health literacy and accessibility", [
        ("4.08", "Ensure that information is understandable and accessible", [
            "Recognize that audiences differ in health literacy, language and culture.",
            "Use plain language and visual aids in materials written for the public.",
            "Assess materials for reading level, cultural relevance and accessibility before they are "
            "released.",
            "Establish laboratory policy on plain language, translation and accessible formats."]),
        ("4.09", "Promote the value of the laboratory", [
            "Explain the purpose of the laboratory's work to visitors and new staff.",
            "Share examples of the laboratory's contribution to public health with partners.",
            "Prepare briefings that show decision makers the impact of laboratory services.",
            "Advocate for the laboratory's role and resources with policy makers and funders."]),
    ]),
    ("Subdomain 4.4: Communication with partners and stakeholders", [
        ("4.10", "Build working relationships with submitters and partners", [
            "Answer routine questions from submitters courteously and accurately.",
            "Keep regular contact with submitters to resolve problems with specimens and requests.",
            "Coordinate information exchange among laboratories, epidemiologists and other partners.",
            "Create partnerships and networks that improve communication across the public health system."]),
        ("4.11", "Provide consultation on laboratory testing", [
            "Refer requests for consultation to the appropriate scientist.",
            "Advise submitters on specimen collection, transport and test selection.",
            "Interpret complex or unexpected results for clinicians and public health partners.",
            "Serve as a recognized expert consultant to other laboratories and agencies."]),
        ("4.12", "Manage feedback and complaints", [
            "Record feedback and complaints received from customers and pass them on as procedures require.",
            "Respond to complaints within own area and follow up until they are resolved.",
            "Analyze trends in feedback and complaints and propose improvements.",
            "Use feedback data to set priorities for improving laboratory services."]),
    ]),
]

INTRO = [
    "Communication is the exchange of information between the laboratory and its staff, its partners, "
    "policy makers and the public. PHL professionals share test results, explain methods and limitations, "
    "and take part in the messages that public health agencies send during routine work and during "
    "emergencies. Clear communication supports sound decisions and builds trust in laboratory data.",
    "The competencies in this domain describe how PHL professionals prepare and deliver written and oral "
    "information, how they facilitate discussion, how they contribute to risk communication, and how they "
    "make information understandable and accessible for the audiences the laboratory serves. The "
    "competencies apply to every PHL professional; the expectations at each tier build on those of the tier "
    "before (Appendix A).",
    "The Communication domain is a cross-cutting domain. Competencies that concern the content of "
    "laboratory reports are found in the Informatics domain, and competencies that concern communication "
    "during an emergency response are found in the Emergency Management and Response domain.",
]


def _cell_text(cell, text, size=8, bold=False, italic=False, color=None):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    if color:
        r.font.color.rgb = color


def _set_cols(section, num, space=360):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{space}"/>'))


def render(outdir):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10)
    C.clear_core_props(d, TITLE)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.75)
    sec.top_margin, sec.bottom_margin = Inches(0.8), Inches(0.8)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="20"/>'))
    hp = sec.header.paragraphs[0]
    hp.text = "Supplement"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].italic = True
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("MMWR / May 15, 2015 / Vol. 64 / No. 1\t\t")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE", "20")
    for run in fp.runs:
        run.font.size = Pt(8)

    h = d.add_paragraph()
    hr = h.add_run("Communication Competency Guidelines")
    hr.bold = True
    hr.font.size = Pt(12)
    hr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    for t in INTRO:
        p = d.add_paragraph(t)
        p.paragraph_format.first_line_indent = Inches(0.15)
        p.paragraph_format.space_after = Pt(2)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _set_cols(sec, 2)

    sec2 = d.add_section(WD_SECTION.CONTINUOUS)
    _set_cols(sec2, 1)
    cap = d.add_paragraph()
    cap.paragraph_format.space_before = Pt(8)
    cr = cap.add_run("TABLE 5. ")
    cr.bold = True
    cr.font.size = Pt(8.5)
    cr2 = cap.add_run("Communication competency guidelines for public health laboratory professionals")
    cr2.font.size = Pt(8.5)

    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    for cell, txt in zip(hdr.cells, ["Competency"] + TIERS):
        _cell_text(cell, txt, size=8, bold=True)
        C.shade(cell, "D9E2F3")
    C.mark_header_row(hdr)
    for sub, comps in ROWS:
        row = t.add_row()
        C.row_flags(row)
        merged = row.cells[0].merge(row.cells[4])
        _cell_text(merged, sub, size=8, bold=True, italic=True)
        C.shade(merged, "F2F2F2")
        for num, name, cells in comps:
            row = t.add_row()
            C.row_flags(row)
            _cell_text(row.cells[0], f"{num} {name}", size=8, bold=True)
            for cell, txt in zip(row.cells[1:], cells):
                if txt:
                    _cell_text(cell, txt)
    C.fix_widths(t, [1.5, 1.375, 1.375, 1.375, 1.375])
    note = d.add_paragraph()
    note.paragraph_format.space_before = Pt(4)
    nr = note.add_run("Abbreviation: PHL = public health laboratory.")
    nr.font.size = Pt(7.5)
    tmp = Path(tempfile.mkdtemp(prefix="aphl-"))
    src = tmp / (STEM + ".docx")
    d.save(src)
    C.soffice(src, "pdf", tmp)
    shutil.copy(tmp / (STEM + ".pdf"), outdir / FILE)
    shutil.rmtree(tmp, ignore_errors=True)


def gold():
    comps = []
    for _sub, rows in ROWS:
        for _num, name, cells in rows:
            levels = [{"rank": i + 1, "label": TIERS[i], "behaviors": [C.item(STEM, txt)]}
                      for i, txt in enumerate(cells) if txt]
            # ranks stay tied to the tier (Beginner = 1 ... Expert = 4) even where a tier cell is empty
            comps.append(C.competency(name, STEM, definition=None, levels=levels))
    C.write_gold(STEM, FILE, "pdf", TITLE, comps)


def build():
    render(C.DOCS)
    gold()


if __name__ == "__main__":
    build()

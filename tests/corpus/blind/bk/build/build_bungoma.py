"""County Government of Bungoma (Kenya) / Council of Governors, Skills and Competency Framework for the County
Public Service (2020), Chapter Three excerpt -> PDF.

Layout: A4, serif body (Liberation Serif 12 pt), header "COUNTY GOVERNMENT OF BUNGOMA" over the framework title,
footer with the framework name left and the page number right (report pages 14-16); centred "CHAPTER THREE" /
"CORE COMPETENCIES", numbered sub-headings typed as text ("3.2.1 Integrity"), a summary Word table
(S/No | Competency | Applies to), per competency a paragraph opening with a bold run "Definition:", a bold-italic
"Behavioural indicators" line and a Word-numbered list with LOWER-ROMAN NUMBERS IN BRACKETS "(i)", "(ii)" ...
(numbering restarts for each competency); two competencies end with a "Constitutional anchor:" line.
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

STEM = "bungoma-county-core-competencies"
OUT = L.DOCS / f"{STEM}.pdf"
TITLE = "Skills and Competency Framework for the County Public Service"
FONT = "Liberation Serif"

INTRO = ("Core competencies are the behaviours expected of every officer in the County Public Service, "
         "irrespective of cadre, job group or department. They give effect to the national values and "
         "principles of governance in Article 10, the values and principles of public service in Article 232 "
         "and the requirements of leadership and integrity in Chapter Six of the Constitution. The County "
         "Public Service Board and departments shall use them in recruitment, induction, performance appraisal "
         "and training needs assessment.")

APPLY = ("Each department shall identify the proficiency expected of its officers in the core competencies "
         "during the annual performance appraisal, and shall address the gaps found through induction, "
         "coaching, mentoring and training.")

COMPS = [
    ("3.2.1", "Integrity",
     "Acting honestly, openly and consistently in line with the values and principles of public service, and "
     "using public resources responsibly.",
     ["Declares any conflict of interest and keeps away from decisions in which it arises;",
      "Uses county resources, including vehicles, funds and equipment, only for official purposes;",
      "Keeps confidential the information entrusted to him or her;",
      "Reports corruption and unethical conduct through the right channels; and",
      "Keeps his or her word and admits mistakes."],
     "Constitutional anchor: Article 10 (2)(c); Article 232 (1)(a); Chapter Six."),
    ("3.2.2", "Professionalism",
     "Applying the knowledge, skills and conduct expected of one's profession or cadre, and continually "
     "improving them.",
     ["Performs duties to the standards set in the scheme of service and the job description;",
      "Observes punctuality, the dress code and official working hours;",
      "Keeps up to date with developments in his or her profession;",
      "Treats colleagues and members of the public with courtesy and respect; and",
      "Keeps personal and political interests apart from official duties."],
     "Constitutional anchor: Article 232 (1)(a) and (b)."),
    ("3.2.3", "Citizen Focus",
     "Placing the needs of the residents of the county at the centre of service delivery and responding to "
     "them promptly, fairly and effectively.",
     ["Serves members of the public promptly and without discrimination;",
      "Gives clear and accurate information on county services and how to access them;",
      "Handles complaints and feedback from the public within the set timelines;",
      "Involves the public in decisions that affect them, as provided for in the County Governments Act; and",
      "Suggests improvements to the way the department delivers its services."],
     None),
    ("3.2.4", "Collaboration and Teamwork",
     "Working together with others within and across departments, and with the national government and other "
     "stakeholders, to achieve shared goals.",
     ["Shares information, knowledge and resources with colleagues;",
      "Supports colleagues to complete shared tasks;",
      "Respects the views of others, including those from other communities and professions; and",
      "Resolves disagreements in a constructive manner."],
     None),
]

ROMAN_LVL = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>'
             '<w:lvlText w:val="(%1)"/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="720" w:hanging="540"/></w:pPr></w:lvl>')


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    L.style_font(d, "Normal", FONT, 12)
    d.styles["Normal"].paragraph_format.space_after = Pt(6)
    d.styles["Normal"].paragraph_format.line_spacing = 1.1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(1.0)
    sec.top_margin, sec.bottom_margin = Inches(1.0), Inches(0.9)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="14"/>'))

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.font(hp.add_run("COUNTY GOVERNMENT OF BUNGOMA"), FONT, 10, bold=True, color="006400")
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.font(hp2.add_run(TITLE), FONT, 9, italic=True)
    L.para_border(hp2, ("bottom",), color="006400", size=8)
    fp = sec.footer.paragraphs[0]
    L.para_border(fp, ("top",), color="006400", size=4)
    L.right_tab(fp, Inches(6.27))
    L.font(fp.add_run("Bungoma County Skills and Competency Framework 2020"), FONT, 9, italic=True)
    fp.add_run("\t")
    L.add_field(fp, "PAGE", "14")
    for r in fp.runs[1:]:
        L.font(r, FONT, 9)

    for txt, sp in (("CHAPTER THREE", 2), ("CORE COMPETENCIES", 12)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(sp)
        L.font(p.add_run(txt), FONT, 13, bold=True)

    def sub(txt, before=10):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.keep_with_next = True
        L.font(p.add_run(txt), FONT, 12, bold=True)
        return p

    sub("3.1 Introduction", 0)
    p = d.add_paragraph(INTRO)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = d.add_paragraph("The core competencies of the County Public Service are summarised in Table 3.1.")
    cap = d.add_paragraph()
    L.font(cap.add_run("Table 3.1: Core competencies"), FONT, 11, bold=True, italic=True)
    cap.paragraph_format.keep_with_next = True
    t = d.add_table(rows=1 + len(COMPS), cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    L.table_borders(t, "000000", 4)
    L.fix_widths(t, [0.7, 2.8, 2.6])
    for j, hdr in enumerate(("S/No", "Competency", "Applies to")):
        c = t.rows[0].cells[j]
        L.shade(c, "D9EAD3")
        L.font(c.paragraphs[0].add_run(hdr), FONT, 11, bold=True)
    for i, (num, name, *_rest) in enumerate(COMPS):
        cells = t.rows[i + 1].cells
        for j, txt in enumerate((f"{i + 1}.", name, "All officers")):
            L.font(cells[j].paragraphs[0].add_run(txt), FONT, 11)
    for row in t.rows:
        for c in row.cells:
            c.paragraphs[0].paragraph_format.space_after = Pt(2)

    sub("3.2 Core Competencies", 14)
    for num, name, definition, indicators, note in COMPS:
        sub(f"{num} {name}")
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        L.font(p.add_run("Definition: "), FONT, 12, bold=True)
        L.font(p.add_run(definition), FONT, 12)
        p = d.add_paragraph()
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_after = Pt(3)
        L.font(p.add_run("Behavioural indicators"), FONT, 12, bold=True, italic=True)
        p = d.add_paragraph()
        L.font(p.add_run("An officer who demonstrates this competency:"), FONT, 12)
        p.paragraph_format.space_after = Pt(3)
        num_id = L.add_numbering(d, ROMAN_LVL, f"7B0C{int(num.replace('.', '')):04X}")
        for ind in indicators:
            ip = d.add_paragraph(ind)
            L.set_num(ip, num_id)
            ip.paragraph_format.space_after = Pt(2)
        if note:
            np_ = d.add_paragraph()
            np_.paragraph_format.space_before = Pt(4)
            L.font(np_.add_run(note), FONT, 11, italic=True)

    sub("3.3 Application of the Core Competencies", 14)
    p = d.add_paragraph(APPLY)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    L.docx_to_pdf(d, OUT)


def gold():
    doc = STEM
    comps = []
    for _, name, definition, indicators, note in COMPS:
        comps.append(L.competency(doc, name, definition, indicators=L.items(doc, indicators),
                                  notes=L.items(doc, [note]) if note else []))
    return L.write_gold(OUT, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    print(gold())

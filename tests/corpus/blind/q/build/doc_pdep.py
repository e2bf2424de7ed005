"""6. Partnership for Dietetic Education and Practice (PDEP): Integrated Competencies for Dietetic Education
and Practice, extract.  DOCX (python-docx) -> PDF (LibreOffice).

Cover page, contents page, then a two-column section: "Domain n - ..." headings, "Competency n.m  <name>"
headings, an italic intent statement (definition) and "Performance indicators" as a Word-numbered list
lettered (a), (b), (c).  Running header and footer with page numbers."""
import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Inches, RGBColor

import qcommon as C

STEM = "pdep-dietetic-competencies"
TITLE = "Integrated Competencies for Dietetic Education and Practice"

DOMAINS = [
    ("Domain 1", "Professional Practice",
     "Practising dietetics safely, ethically and within the law, and taking responsibility for one\u2019s own "
     "continuing competence.",
     [("1.1", "Practise within the law and regulatory requirements",
       "Meets the federal, provincial and territorial legal and regulatory obligations that apply to dietetic practice.",
       ["Identifies the legislation, regulations and by-laws that govern dietetic practice in the jurisdiction.",
        "Explains the mandate of the provincial regulatory body and the obligations of registrants.",
        "Keeps client information private and confidential in line with privacy legislation.",
        "Obtains and records informed consent before providing services."]),
      ("1.2", "Practise ethically",
       "Applies the code of ethics and the values of the profession to decisions and actions in everyday practice.",
       ["Recognises ethical issues as they arise in practice.",
        "Uses an ethical decision-making framework to weigh the available options.",
        "Identifies and manages real, potential and perceived conflicts of interest.",
        "Maintains professional boundaries with clients and their families."]),
      ("1.3", "Assess and improve own practice",
       "Reflects on own competence, sets learning goals and keeps knowledge and skills up to date throughout a career.",
       ["Assesses own practice against the standards of the profession.",
        "Identifies gaps in knowledge and skills and sets learning goals to close them.",
        "Seeks out and uses feedback from clients, colleagues and supervisors.",
        "Records learning activities and evaluates their effect on practice.",
        "Recognises the limits of own competence and consults or refers when needed."])]),
    ("Domain 2", "Communication and Collaboration",
     "Communicating effectively with clients, the public and colleagues, and working with others to achieve "
     "shared goals.",
     [("2.1", "Choose suitable communication approaches",
       "Selects the approach, language and medium of communication that best suit the purpose and the audience.",
       ["Assesses the communication needs and preferences of the audience, including literacy and language.",
        "Adapts messages to the cultural context of individuals and groups.",
        "Selects technologies and media that are appropriate to the message."]),
      ("2.2", "Communicate clearly in writing",
       "Produces written material that is accurate, well organised and suited to its readers.",
       ["Writes documentation that is clear, concise and completed in a timely way.",
        "Uses plain language in materials intended for the public.",
        "Cites sources of evidence correctly.",
        "Reviews and edits own written work for accuracy."]),
      ("2.3", "Communicate clearly when speaking",
       "Conveys information orally in a way that is clear, respectful and suited to the listener.",
       ["Organises oral presentations in a logical sequence.",
        "Uses an appropriate tone, pace and nonverbal behaviour.",
        "Checks that the listener has understood the message."]),
      ("2.4", "Work collaboratively with other professionals",
       "Contributes to interprofessional teams in ways that improve client care and services.",
       ["Describes the roles and scope of practice of other members of the team.",
        "Shares relevant nutrition information with the team.",
        "Takes part in shared decision-making and care planning.",
        "Helps to resolve conflict within the team constructively."])]),
]

GREEN = "2E6B3F"


def page_field_par(p, prefix):
    r = p.add_run(prefix)
    r.font.size = Pt(8)
    C.add_field(p, "PAGE")


def cols(section, num, space=540):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{space}"/>'))


def toc_line(doc, text, page, indent=0.0, bold=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Inches(indent)
    pf.space_after = Pt(3)
    pf.tab_stops.add_tab_stop(Inches(6.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    r = p.add_run(f"{text}\t{page}")
    r.bold = bold
    return p


TOC_PAGES = {"Purpose": 3, "How to read this standard": 3, "Domain 1": 3, "Domain 2": 3}


def build():
    doc = docx.Document()
    C.clear_core_props(doc, TITLE)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for name, size in (("Heading 1", 13), ("Heading 2", 11)):
        hs = doc.styles[name]
        hs.font.name = "Calibri"
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor.from_string(GREEN)
    doc.styles["Heading 2"].font.color.rgb = RGBColor.from_string("000000")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    r = hp.add_run(TITLE + ", Version 2.0")
    r.font.size = Pt(8)
    r.italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field_par(fp, "\u00a9 PDEP 2013  |  ")

    # ---- cover
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("The Integrated Competencies for\nDietetic Education and Practice")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = RGBColor.from_string(GREEN)
    p = doc.add_paragraph()
    r = p.add_run("ICDEP")
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(24)
    r = p.add_run("Practice Competencies and Performance Indicators (extract)")
    r.font.size = Pt(14)
    for _ in range(8):
        doc.add_paragraph()
    doc.add_paragraph("Developed by the Partnership for Dietetic Education and Practice")
    doc.add_paragraph("Version 2.0 \u2022 April 2013")
    p = doc.add_paragraph()
    r = p.add_run("\u00a9 Dietitians of Canada and Alliance of Canadian Dietetic Regulatory Bodies, 2013. "
                  "All rights reserved.")
    r.font.size = Pt(8)
    doc.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

    # ---- contents (static, page numbers checked against the rendered PDF)
    p = doc.add_paragraph()
    r = p.add_run("Contents")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor.from_string(GREEN)
    p.paragraph_format.space_after = Pt(12)
    toc_line(doc, "Purpose", TOC_PAGES["Purpose"], bold=True)
    toc_line(doc, "How to read this standard", TOC_PAGES["How to read this standard"], bold=True)
    for dnum, dname, _, comps in DOMAINS:
        toc_line(doc, f"{dnum} \u2013 {dname}", TOC_PAGES[dnum], bold=True)
        for cnum, cname, _, _ in comps:
            toc_line(doc, f"Competency {cnum}  {cname}", TOC_PAGES.get(cnum, TOC_PAGES[dnum]), indent=0.3)

    # ---- two-column body
    body = doc.add_section(WD_SECTION.NEW_PAGE)
    body.different_first_page_header_footer = False
    cols(body, 2)

    doc.add_heading("Purpose", level=1)
    doc.add_paragraph(
        "The Integrated Competencies for Dietetic Education and Practice describe the practice competencies "
        "that a dietitian must have at entry to practice in Canada, and the performance indicators used to "
        "assess them in academic programs, in practicum settings and in the registration examination.")
    doc.add_heading("How to read this standard", level=1)
    doc.add_paragraph(
        "Competencies are grouped into domains and numbered by domain: Competency 2.3, for example, is the "
        "third competency in Domain 2. Each competency has a short statement of intent, followed by "
        "performance indicators, lettered (a), (b), (c) and so on. The indicators describe what an "
        "entry-level dietitian is expected to do; they are not ranked, and not every indicator is "
        "assessed in every setting.")

    letter_abs = C.add_abstract(doc, C.fmt_lvl("lowerLetter", "(%1)", left=400, hanging=400), "6B2C3D4E")
    for dnum, dname, dintro, comps in DOMAINS:
        doc.add_heading(f"{dnum} \u2013 {dname}", level=1)
        p = doc.add_paragraph(dintro)
        p.paragraph_format.space_after = Pt(6)
        for cnum, cname, intent, pis in comps:
            h = doc.add_heading(f"Competency {cnum}\u2003{cname}", level=2)
            h.paragraph_format.keep_with_next = True
            p = doc.add_paragraph()
            r = p.add_run(intent)
            r.italic = True
            p.paragraph_format.keep_with_next = True
            p = doc.add_paragraph()
            r = p.add_run("Performance indicators")
            r.bold = True
            r.font.size = Pt(9)
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
            nid = C.add_num(doc, letter_abs, restart=True)
            for pi in pis:
                q = doc.add_paragraph(pi)
                C.set_num(q, nid)
                q.paragraph_format.space_after = Pt(2)
    tmp = C.BATCH / "build" / "_tmp"
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    C.soffice(src, "pdf", C.DOCS)
    return C.DOCS / f"{STEM}.pdf"


def gold(path):
    comps = []
    for dnum, dname, dintro, cs in DOMAINS:
        for cnum, cname, intent, pis in cs:
            comps.append(C.competency(cname, STEM, intent, indicators=[C.item(x, STEM) for x in pis]))
    return C.write_gold(path, "pdf", TITLE, comps)


if __name__ == "__main__":
    p = build()
    print(gold(p))

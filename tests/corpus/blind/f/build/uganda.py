"""uganda-public-service-competence-dictionary.pdf: The Republic of Uganda, Ministry of Public
Service, The Uganda Public Service Competence Dictionary (May 2007). Excerpt: cover, table of
contents (typed "\u2026" leaders, as printed), introduction (page 1), then PART ONE pages 5-8
(competencies 2-4; the entry for Communicating effectively runs over two pages, its indicators in
two lettered groups). python-docx (sections: lower-roman, then arabic from 1, then arabic from 5)
-> LibreOffice -> PDF. Competency entries: numbered heading typed as text, "Definition:" paragraph,
"Behavioural Indicators:" with typed (i), (ii) ... markers and hanging indent."""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt

import helpers as H

STEM = "uganda-public-service-competence-dictionary"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]
COMPS = [
    ("2.", "Assertiveness and Self confidence",
     "Believing in one\u2019s own ability to accomplish tasks, and expressing views, needs and decisions "
     "clearly and firmly while respecting the rights of others.",
     [(None, ["States own views clearly and firmly in meetings and discussions;",
              "Takes on challenging tasks without undue hesitation;",
              "Defends decisions with facts when they are questioned;",
              "Declines unreasonable demands politely but firmly;",
              "Remains composed when challenged by superiors or clients."])]),
    ("3.", "Communicating effectively",
     "Conveying and receiving information and ideas clearly, accurately and in good time, orally and in "
     "writing, so that others understand and can act.",
     [("Oral communication", ["Expresses ideas clearly and concisely when speaking;",
                              "Listens attentively and seeks clarification where necessary;",
                              "Chooses language that suits the audience;",
                              "Presents information confidently in meetings and public fora;",
                              "Gives and receives feedback constructively."]),
      ("Written communication", ["Prepares reports, letters and minutes that are accurate and well organised;",
                                 "Writes in plain language free of unnecessary jargon;",
                                 "Uses the official language correctly in all official correspondence;",
                                 "Shares relevant information with colleagues and stakeholders in good time;",
                                 "Keeps confidential information confidential."])]),
    ("4.", "Concern for quality and standards",
     "Paying attention to detail and striving to meet or exceed the standards set for services and products, "
     "and continually looking for ways of improving them.",
     [(None, ["Checks own work for accuracy and completeness before submitting it;",
              "Follows the service standards set out in the Client Charter;",
              "Identifies errors and corrects them promptly;",
              "Suggests ways of improving procedures and services;",
              "Monitors the quality of work against agreed standards."])]),
]
TOC = ["Table of contents\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026.. \u2026\u2026\u2026\u2026.. ii",
       "Acknowledgement\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026. iii",
       "Introduction \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026.. 1"]
PART1 = ["Accountability", "Assertiveness and Self confidence", "Communicating effectively",
         "Concern for quality and standards", "Ethics and Integrity", "Flexibility", "Innovativeness",
         "Problem Solving Decision Making", "Knowledge management", "Leadership", "Networking",
         "Political acuity/ingenuity", "Pro-activism", "Public Relations and customer care",
         "Results orientation", "Self control and stress management", "Teamwork", "Time management"]
PAGES = [4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22, 23]


def centered(doc, text, size=12, bold=False):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    return p


def page_numbers(section, fmt, start):
    sectPr = section._sectPr
    sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:fmt="{fmt}" w:start="{start}"/>'))
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in list(fp.runs):
        r._r.getparent().remove(r._r)
    H.add_field(fp, "PAGE")


def build():
    doc = Document()
    H.clear_core_props(doc, "THE UGANDA PUBLIC SERVICE COMPETENCE DICTIONARY")
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(12)
    s0 = doc.sections[0]
    page_numbers(s0, "lowerRoman", 1)

    for _ in range(4):
        doc.add_paragraph()
    centered(doc, "THE REPUBLIC OF UGANDA", 16, True)
    for _ in range(3):
        doc.add_paragraph()
    centered(doc, "THE UGANDA PUBLIC SERVICE COMPETENCE DICTIONARY", 18, True)
    for _ in range(6):
        doc.add_paragraph()
    centered(doc, "Ministry of Public Service")
    centered(doc, "P.O.Box 7003")
    centered(doc, "Kampala, Uganda")
    centered(doc, "MAY, 2007", 12, True)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    centered(doc, "TABLE OF CONTENTS", 12, True)
    p = doc.add_paragraph()
    p.add_run("Title").bold = True
    p.add_run("\t\t\t\t\t\t\t\t\t")
    p.add_run("Pg.").bold = True
    for t in TOC:
        doc.add_paragraph(t).paragraph_format.space_after = Pt(2)
    p = doc.add_paragraph()
    p.add_run("PART ONE: BEHAVOURAL COMPETENCIES").bold = True
    for i, (nm, pg) in enumerate(zip(PART1, PAGES)):
        dots = "\u2026" * max(4, 34 - len(nm))
        pp = doc.add_paragraph(f"{i + 1}. {nm} {dots} {pg}")
        pp.paragraph_format.space_after = Pt(1)
        pp.paragraph_format.left_indent = Inches(0.25)
    p = doc.add_paragraph()
    p.add_run("PART TWO: TECHNICAL COMPETENCIES \u2026\u2026\u2026\u2026\u2026\u2026 24").bold = True

    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_numbers(s1, "decimal", 1)
    doc.add_paragraph().add_run("INTRODUCTION").bold = True
    doc.add_paragraph("The Public Service, as the arm of Government that implements its policies and "
                      "programmes, is responsible for providing timely, high quality and cost effective services "
                      "to the nation. To do this it needs public officers who are loyal, committed, results "
                      "oriented and customer centred, and who keep a high standard of conduct.")
    doc.add_paragraph("Competencies are specific, observable knowledge, skills and behaviours that are linked to "
                      "effective performance of a job or task. This Dictionary concentrates on the behavioural "
                      "and technical competencies that apply to all Public Officers whatever their profession. "
                      "Behavioural competencies describe traits and attitudes, while technical competencies "
                      "describe the skills and knowledge needed for a particular job.")
    doc.add_paragraph("Competence profiles reflecting the competencies specific to particular jobs or "
                      "professions will be developed separately.")
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_numbers(s2, "decimal", 5)

    for k, (num, name, definition, groups) in enumerate(COMPS):
        if k:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        p = doc.add_paragraph()
        r = p.add_run(f"{num}\t{name}")
        r.bold = True
        r.font.size = Pt(13)
        p = doc.add_paragraph()
        p.add_run("Definition: ").bold = True
        p.add_run(definition)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        doc.add_paragraph().add_run("Behavioural Indicators:").bold = True
        for g, (group, inds) in enumerate(groups):
            if group:
                if g:
                    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                gp = doc.add_paragraph()
                gp.paragraph_format.left_indent = Inches(0.25)
                gp.add_run(f"({'ab'[g]})\t{group}:").italic = True
            for i, b in enumerate(inds):
                pp = doc.add_paragraph(f"({ROMAN[i]})\t{b}")
                pp.paragraph_format.left_indent = Inches(0.75)
                pp.paragraph_format.first_line_indent = Inches(-0.5)
                pp.paragraph_format.space_after = Pt(4)
    tmp = H.BATCH / "build" / "tmp"
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    H.soffice(src, "pdf", H.DOCS)

    comps = []
    for _, n, d, groups in COMPS:
        ind = []
        for group, inds in groups:
            ind += H.items(STEM, inds, group)
        comps.append(H.competency(STEM, n, d, indicators=ind))
    H.write_gold(H.DOCS / f"{STEM}.pdf", "pdf", "THE UGANDA PUBLIC SERVICE COMPETENCE DICTIONARY", comps)


if __name__ == "__main__":
    build()

"""CES - Competencies for Canadian Evaluation Practice, 2018 Edition (excerpt: Competency Descriptors,
domains 3.0 and 4.0) -> PDF.

python-docx (US Letter, Calibri; running header, page number footer starting at 12; one two-column
Competency | Descriptors table per domain with a repeated header row) -> LibreOffice PDF.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Inches, Pt

import bqlib as L

STEM = "ces-competencies-evaluation-practice"
DOC = L.DOCS / f"{STEM}.pdf"
TITLE = "Competencies for Canadian Evaluation Practice, 2018 Edition"
BLUE = "1F4E79"

INTRO = ("The descriptors that follow show what each competency looks like in practice. They are "
         "illustrations, not an exhaustive list, and not every descriptor will apply to every "
         "evaluation or every evaluator.")

DOMAINS = [
    ("3.0 Situational Practice",
     "Situational practice competencies centre on applying evaluative thinking to the particular "
     "interests, issues and circumstances of the setting in which an evaluation takes place.",
     [("3.1", "Examines and responds to the range of human and natural contexts in which the program "
              "operates",
       ["Identifies the social, cultural, political, economic and environmental factors that shape the "
        "program.",
        "Considers how the setting affects the choice of evaluation questions and methods.",
        "Adjusts the evaluation as the context changes."]),
      ("3.2", "Identifies the needs of stakeholders and their ability to take part, while recognizing and "
              "responding to diversity",
       ["Maps who has an interest in the program and in the evaluation.",
        "Finds out what each group needs from the evaluation and how it can contribute.",
        "Reduces barriers that limit the involvement of under-represented groups.",
        "Respects differences in language, culture, ability and worldview."]),
      ("3.3", "Attends to the rights, knowledge and aspirations of Indigenous peoples throughout the "
              "evaluation",
       ["Learns about the history and present circumstances of the Indigenous communities involved.",
        "Seeks guidance from community members on the protocols to follow.",
        "Treats Indigenous ways of knowing as legitimate sources of evidence.",
        "Agrees with communities how their data will be owned, stored and shared."]),
      ("3.4", "Builds the conditions for evaluation findings to be used",
       ["Involves intended users early so that the evaluation answers their questions.",
        "Times reports to fit the decisions they are meant to inform.",
        "Follows up after reporting to support action on the findings."])]),
    ("4.0 Management Practice",
     "Management practice competencies centre on running an evaluation project: planning the work, "
     "coordinating resources and supervising the people involved.",
     [("4.1", "Sets out the scope, work plan and agreements for the evaluation",
       ["Agrees the purpose, scope and deliverables with the commissioner.",
        "Prepares a work plan with tasks, milestones and responsibilities.",
        "Records the terms of the work in a written agreement or contract."]),
      ("4.2", "Assesses whether the evaluation can be carried out as planned",
       ["Checks that time, budget and data are sufficient for the questions asked.",
        "Advises when an evaluation should be postponed, rescoped or not undertaken."]),
      ("4.3", "Identifies and makes good use of the human, financial and technical resources the "
              "evaluation requires",
       ["Assembles a team with the right mix of skills and experience.",
        "Monitors spending against the budget and reports variances.",
        "Uses suitable software and tools to manage and secure data."])]),
]


def set_page_start(section, start):
    section._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="{start}"/>'))


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    L.style_font(d.styles["Normal"], "Calibri", 11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin, sec.bottom_margin = Inches(0.9), Inches(0.9)
    set_page_start(sec, 12)
    hp = sec.header.paragraphs[0]
    hp.text = ""
    L.run(hp, TITLE, size=9, color="595959")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    L.add_field(fp, "PAGE", "12")
    bul = L.add_numbering(d, L.bullet_lvl("\u2022", left=284, hanging=227), "3C4E5F60")

    p = d.add_paragraph()
    L.run(p, "Competency Descriptors", size=16, color=BLUE, bold=True)
    L.spacing(p, 0, 6)
    p = d.add_paragraph()
    L.run(p, INTRO, size=11)
    L.spacing(p, 0, 10)
    for k, (dom, ddesc, comps) in enumerate(DOMAINS):
        p = d.add_paragraph()
        L.run(p, dom, size=13, color=BLUE, bold=True)
        L.spacing(p, 8 if k else 0, 3)
        p.paragraph_format.keep_with_next = True
        p = d.add_paragraph()
        L.run(p, ddesc, size=11, italic=True)
        L.spacing(p, 0, 6)
        p.paragraph_format.keep_with_next = True
        t = d.add_table(rows=1, cols=2)
        L.table_borders(t, color="8EAADB", size=4)
        L.cell_margins(t, 60, 60, 100, 100)
        hdr = t.rows[0].cells
        for c, lab in zip(hdr, ["Competency", "Descriptors"]):
            c.paragraphs[0].text = ""
            L.run(c.paragraphs[0], lab, bold=True, size=11, color="FFFFFF")
            L.shade(c, BLUE)
        L.row_flags(t.rows[0], cant_split=True, header=True)
        for code, name, descs in comps:
            cells = t.add_row().cells
            cp = cells[0].paragraphs[0]
            L.run(cp, f"{code} ", bold=True, size=11)
            L.run(cp, name, size=11)
            first = True
            for ds in descs:
                dp = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                first = False
                L.set_num(dp, bul)
                L.spacing(dp, 0, 2)
                L.run(dp, ds, size=11)
        L.fix_widths(t, [2.4, 4.1])
    L.docx_to_pdf(d, DOC)


def gold():
    doc = STEM
    comps = []
    for dom, ddesc, cs in DOMAINS:
        for code, name, descs in cs:
            comps.append(L.competency(doc, name, None, indicators=L.items(doc, descs)))
    L.write_gold(DOC, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()
    print("built", DOC.name)

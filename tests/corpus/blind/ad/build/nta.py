"""ntatt-occupational-standard-customer-service.docx: Trinidad and Tobago NTA occupational standard style.

python-docx. Title block and a Qualification Plan table (unit codes and titles, front matter); then per
unit a bordered field table (Unit Title / Unit Number / Unit Descriptor), an ELEMENT | PERFORMANCE
CRITERIA table whose criteria are separate typed-number paragraphs inside one cell ("1.1 ..."),
a Range Statement list, Underpinning Knowledge and Underpinning Skills bullet lists (real Word
numbering) and an Evidence Guide of run-in labelled paragraphs; section headings are typed in title
case and displayed in capitals (w:caps). Header with the agency name, footer
with the standard's name and "Page X of Y"."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import common as C
import helpers as H

STEM = "ntatt-occupational-standard-customer-service"
TITLE = "Customer Service – Level 2"
GREEN = RGBColor(0x00, 0x5A, 0x32)

PLAN = [
    ("Unit Code", "Unit Title", "Status"),
    ("CCCSR0001A", "Provide service to customers", "Mandatory"),
    ("CCCSR0002A", "Handle customer complaints", "Mandatory"),
    ("CCCSR0003A", "Communicate effectively in the workplace", "Mandatory"),
    ("CCCSR0004A", "Process customer payments", "Elective"),
]

UNITS = [
    {"code": "CCCSR0001A", "title": "Provide service to customers",
     "descriptor": "This unit covers the skills and knowledge needed to greet customers, find out what "
                   "they need and deliver products or services that meet those needs in line with the "
                   "organisation's service standards.",
     "elements": [
         ("1", "Prepare to serve customers",
          ["Workplace standards for personal presentation and hygiene are observed.",
           "Information on the organisation's products and services is obtained and kept up to date.",
           "The work area and materials are made ready before customers arrive."]),
         ("2", "Identify customer needs",
          ["Customers are greeted promptly and courteously.",
           "Open and closed questions are used to clarify what the customer wants.",
           "Needs that fall outside own level of authority are referred to the appropriate person."]),
         ("3", "Deliver service to customers",
          ["Products or services are provided accurately and within agreed timeframes.",
           "Customers are kept informed of progress and of any delays.",
           "The service is completed and customer satisfaction is confirmed."])],
     "range": ["Customers may be internal or external, regular or new, and may include people with "
               "special needs or from diverse cultural backgrounds.",
               "Communication may be face to face, by telephone, in writing or by electronic means."],
     "knowledge": ["the organisation's policies and procedures for customer service",
                   "the products and services offered by the organisation",
                   "principles of effective communication",
                   "consumer protection legislation relevant to the workplace"],
     "skills": ["active listening and questioning",
                "using workplace technology to record customer information",
                "working with numbers to complete transactions"],
     "evidence": [("Critical aspects:", "The candidate must show that he or she can identify customer needs and "
                                        "deliver service consistently, on at least three occasions and to "
                                        "different customers."),
                  ("Methods of assessment:", "Direct observation in the workplace, supported by oral questioning "
                                             "and witness testimony."),
                  ("Context of assessment:", "Assessment takes place in the workplace or in a realistic "
                                             "simulated work environment.")]},
    {"code": "CCCSR0002A", "title": "Handle customer complaints",
     "descriptor": "This unit describes the skills and knowledge needed to receive, resolve and follow up "
                   "customer complaints and to record them so that service can be improved.",
     "elements": [
         ("1", "Receive complaints",
          ["The complaint is listened to without interruption and the customer's feelings are acknowledged.",
           "Details of the complaint are recorded accurately."]),
         ("2", "Resolve complaints",
          ["Options for resolving the complaint are identified within organisational policy.",
           "An agreed solution is put in place promptly.",
           "Complaints that cannot be resolved are referred to the supervisor."]),
         ("3", "Follow up complaints",
          ["The customer is contacted to confirm that the solution was satisfactory.",
           "Recurring complaints are reported so that service can be improved."])],
     "range": ["Complaints may concern products, services, staff conduct or delays, and may be received "
               "in person, by telephone or in writing."],
     "knowledge": ["the organisation's complaints procedure",
                   "techniques for dealing with angry or distressed customers",
                   "record-keeping requirements for complaints"],
     "skills": ["resolving conflict calmly",
                "writing clear and accurate complaint records"],
     "evidence": [("Critical aspects:", "The candidate must show that he or she can resolve complaints within "
                                        "organisational policy and refer those outside his or her authority."),
                  ("Methods of assessment:", "Observation, role play, and review of complaint records completed by "
                                             "the candidate.")]},
]


def _label_cell(cell, text):
    H.cell_text(cell, text, bold=True, size=10)
    C.shade(cell, "E2EFDA")


def _section_head(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(text)
    r.bold = True
    r.font.all_caps = True          # typed in title case, displayed in capitals
    r.font.size = Pt(11)
    r.font.color.rgb = GREEN
    H.keep_with_next(p)
    return p


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    C.clear_core_props(doc, TITLE)

    hp = sec.header.paragraphs[0]
    r = hp.add_run("National Training Agency \u2013 Trinidad and Tobago")
    r.font.size = Pt(8)
    r.font.color.rgb = GREEN
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Customer Service \u2013 Level 2          Page ")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE", "1")
    fp.add_run(" of ").font.size = Pt(8)
    C.add_field(fp, "NUMPAGES", "4")

    bullet = C.add_numbering(doc, C.bullet_lvl("\u2022", left=540, hanging=270), "3A5C1D01")

    for text, size in (("TRINIDAD AND TOBAGO NATIONAL VOCATIONAL QUALIFICATION", 12),
                       ("OCCUPATIONAL STANDARD", 16), ("CUSTOMER SERVICE", 20), ("LEVEL 2", 14)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        r.font.color.rgb = GREEN
    doc.add_paragraph()
    _section_head(doc, "Qualification Plan")
    doc.add_paragraph("To be awarded the qualification, candidates must achieve all mandatory units and one "
                      "elective unit.")
    t = doc.add_table(rows=len(PLAN), cols=3)
    H.set_cell_borders(t)
    for row, vals in zip(t.rows, PLAN):
        for cell, v in zip(row.cells, vals):
            if row is t.rows[0]:
                _label_cell(cell, v)
            else:
                H.cell_text(cell, v, size=10)
    C.fix_widths(t, [1.5, 3.6, 1.4])

    for u in UNITS:
        H.page_break(doc)
        t = doc.add_table(rows=3, cols=2)
        H.set_cell_borders(t)
        for row, (lab, val) in zip(t.rows, (("Unit Title", u["title"]), ("Unit Number", u["code"]),
                                            ("Unit Descriptor", u["descriptor"]))):
            _label_cell(row.cells[0], lab)
            H.cell_text(row.cells[1], val, bold=(lab == "Unit Title"), size=10)
        C.fix_widths(t, [1.6, 4.9])
        doc.add_paragraph()

        t = doc.add_table(rows=1 + len(u["elements"]), cols=2)
        H.set_cell_borders(t)
        _label_cell(t.rows[0].cells[0], "ELEMENT")
        _label_cell(t.rows[0].cells[1], "PERFORMANCE CRITERIA")
        C.mark_header_row(t.rows[0])
        H.cell_text(t.rows[0].cells[1], "")
        t.rows[0].cells[1].add_paragraph().add_run("To be competent you must achieve the following:").italic = True
        for row, (num, title, pcs) in zip(t.rows[1:], u["elements"]):
            C.row_flags(row, cant_split=True)
            H.cell_text(row.cells[0], f"{num}. {title}", size=10)
            for k, pc in enumerate(pcs, start=1):
                if k == 1:
                    p = H.cell_text(row.cells[1], f"{num}.{k}\t{pc}", size=10)
                else:
                    p = H.cell_para(row.cells[1], f"{num}.{k}\t{pc}", size=10)
                p.paragraph_format.left_indent = Inches(0.4)
                p.paragraph_format.first_line_indent = Inches(-0.4)
                p.paragraph_format.space_after = Pt(3)
        C.fix_widths(t, [2.0, 4.5])

        _section_head(doc, "Range Statement")
        doc.add_paragraph("This section gives the contexts and conditions to which the performance criteria apply.")
        for rs in u["range"]:
            C.set_num(doc.add_paragraph(rs), bullet)
        _section_head(doc, "Underpinning Knowledge")
        doc.add_paragraph("The candidate must know and understand:")
        for k in u["knowledge"]:
            C.set_num(doc.add_paragraph(k), bullet)
        _section_head(doc, "Underpinning Skills")
        doc.add_paragraph("The candidate must be able to apply:")
        for s in u["skills"]:
            C.set_num(doc.add_paragraph(s), bullet)
        _section_head(doc, "Evidence Guide")
        for lab, text in u["evidence"]:
            p = doc.add_paragraph()
            p.add_run(lab + " ").bold = True
            p.add_run(text)
    doc.save(path)


def gold(doc_path):
    comps = []
    for u in UNITS:
        ind = []
        for num, title, pcs in u["elements"]:
            ind += H.items(STEM, pcs, group=title)
        ind += H.items(STEM, u["knowledge"], group="Underpinning Knowledge")
        ind += H.items(STEM, u["skills"], group="Underpinning Skills")
        notes = H.items(STEM, u["range"], group="Range Statement")
        notes += [H.item(STEM, f"{lab} {text}", group="Evidence Guide") for lab, text in u["evidence"]]
        comps.append(H.competency(STEM, u["title"], u["descriptor"], indicators=ind, notes=notes))
    return H.write_gold(doc_path, "docx", TITLE, comps)


def build():
    path = H.DOCS / f"{STEM}.docx"
    build_docx(path)
    return gold(path)


if __name__ == "__main__":
    print(build())

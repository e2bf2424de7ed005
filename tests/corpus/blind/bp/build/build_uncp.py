"""UNC Pembroke - career-banding "Human Resources Specialist" Competency Profile (PDF).

python-docx, US Letter landscape, Arial 9: institution / class title / "Competency Profile" lines,
"DESCRIPTION OF WORK:" paragraph, a five-column Word table Competency | Definition | Contributing |
Journey | Advanced (header row repeated, rows broken across the page), closing minimum training and
experience paragraph; footer with "Page x of y" -> LibreOffice -> PDF.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches

import bplib as L

STEM = "uncp-hr-specialist-competency-profile"
TITLE = "Human Resources Specialist Competency Profile"
LEVELS = ["Contributing", "Journey", "Advanced"]

DESCRIPTION = (
    "Employees in this banded class use, explain and promote sound human resources procedures that help the "
    "university reach its goals. Following established guidelines, employees work in one or more human "
    "resources areas such as benefits, classification, compensation, employee relations, employment, equal "
    "employment opportunity, HR information systems, payroll, policy administration, staff development or "
    "workforce planning. Employees adapt procedures to changing needs and deadlines, build productive "
    "relationships with clients, and collect, organize and process the data that support HR programs. "
    "Employees decide within policy, explain policies and procedures, and recommend options. Work is "
    "performed under general to limited supervision and may include training others or leading a program.")

COMPS = [
    ("Applied Knowledge \u2013 HR Program and Organization",
     "Knowledge of current issues and good practice in human resources procedures and of the university's "
     "organization, mission and policies, and the ability to apply that knowledge to assigned work.",
     ["Knowledge of the basic procedures of the assigned HR area. Applies established guidelines to routine "
      "transactions and refers unusual cases to others.",
      "Thorough knowledge of the procedures and regulations of the assigned HR area. Resolves most issues "
      "independently and explains the reasons behind procedures to clients.",
      "Expert knowledge of one or more HR areas and of how they affect one another. Interprets complex or "
      "conflicting requirements and is consulted by others on difficult cases."]),
    ("Customer Service",
     "Ability to build and keep productive relationships with internal and external clients and to provide "
     "services that meet their needs in a courteous and timely way.",
     ["Answers routine questions accurately and courteously. Directs clients to the right source when "
      "unable to help.",
      "Anticipates client needs and resolves most problems at first contact. Follows up to make sure the "
      "client's issue has been resolved.",
      "Handles sensitive or escalated client concerns. Recommends changes to processes that improve service "
      "across the office."]),
    ("Communication \u2013 Verbal/Written",
     "Ability to give and receive information clearly, accurately and persuasively, orally and in writing, "
     "in a manner suited to the audience.",
     ["Prepares routine correspondence and forms with few errors. Gives clear, accurate answers to routine "
      "questions.",
      "Writes reports, summaries and procedure guides for a variety of audiences. Explains policies to "
      "employees and supervisors in plain terms.",
      "Drafts policy language and presentations for campus-wide audiences. Communicates difficult or "
      "unwelcome decisions tactfully and effectively."]),
    ("Information/Records Administration",
     "Ability to collect, verify, maintain and report information and records in accordance with laws, "
     "policies and retention schedules, and to protect their confidentiality.",
     ["Enters and files information accurately in HR systems and records. Follows confidentiality rules.",
      "Audits records for accuracy and completeness and corrects errors. Produces standard reports from HR "
      "systems.",
      "Designs recordkeeping procedures and ad hoc reports. Ensures compliance with retention and privacy "
      "requirements across the unit."]),
    ("Program Administration",
     "Ability to carry out the activities of an HR program, including planning work, meeting deadlines, "
     "monitoring results and recommending improvements.",
     ["Completes assigned program tasks on schedule. Tracks deadlines and reports problems to the supervisor.",
      "Coordinates the day-to-day operation of a program or major function. Monitors results and recommends "
      "changes to procedures.",
      "Plans, implements and evaluates a program. Leads projects that introduce new procedures or systems and "
      "may direct the work of others."]),
]

TRAINING = (
    "MINIMUM TRAINING AND EXPERIENCE: Bachelor's degree from an appropriately accredited institution and one "
    "year of experience related to the area of assignment; or an equivalent combination of training and "
    "experience. All degrees must be received from appropriately accredited institutions.")


def build():
    doc = Document()
    L.clear_core_props(doc, TITLE)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.5)
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    normal = doc.styles["Normal"]
    L.style_font(normal, "Arial")
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)

    fp = sec.footer.paragraphs[0]
    fp.text = "UNCP Human Resources\t"
    L.right_tab(fp, 25.4)
    fp.add_run("Page ")
    L.add_field(fp, "PAGE")
    fp.add_run(" of ")
    L.add_field(fp, "NUMPAGES", "2")

    for text, size, bold in [("The University of North Carolina at Pembroke", 11, True),
                             ("Human Resources Specialist", 11, True),
                             ("Competency Profile", 10, False)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(8)
    p.add_run("DESCRIPTION OF WORK: ").bold = True
    p.add_run(DESCRIPTION)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    t = doc.add_table(rows=1 + len(COMPS), cols=5)
    L.table_borders(t)
    L.set_cell_margins(t, top=90, bottom=90, left=90, right=90)
    for j, lab in enumerate(["Competency", "Definition"] + LEVELS):
        c = t.rows[0].cells[j]
        L.cell_text(c, lab, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        L.shade(c, "D9D9D9")
    L.row_flags(t.rows[0], cant_split=True, header=True)
    for i, (name, definition, cells) in enumerate(COMPS, 1):
        row = t.rows[i]
        L.row_flags(row, cant_split=True)
        L.cell_text(row.cells[0], name, bold=True)
        L.cell_text(row.cells[1], definition)
        for j, tx in enumerate(cells):
            L.cell_text(row.cells[2 + j], tx)
    L.fix_widths(t, [1.5, 2.2, 2.1, 2.1, 2.1])
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    head, rest = TRAINING.split(": ", 1)
    p.add_run(head + ": ").bold = True
    p.add_run(rest)
    out = L.DOCS / f"{STEM}.pdf"
    L.docx_to_pdf(doc, out)
    return out


def gold(out):
    comps = []
    for name, definition, cells in COMPS:
        levels = [L.level(STEM, i + 1, LEVELS[i], [cells[i]]) for i in range(3)]
        comps.append(L.competency(STEM, name, definition, levels=levels))
    L.write_gold(out, "pdf", TITLE, comps)


def main():
    out = build()
    gold(out)
    print("built", out.name)


if __name__ == "__main__":
    main()

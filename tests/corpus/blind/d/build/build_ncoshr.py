"""North Carolina OSHR: banded class competency profile (PDF via python-docx -> LibreOffice).

Front block (class title, job family, branch, intro), then ONE Word table that runs over several
pages: the header row (repeated on every page, w:tblHeader) has a BLANK first cell and the level
names Contributing | Journey | Advanced; each body row is one competency (first cell: bold name and
its definition), one paragraph per level cell. Rows do not split (cantSplit). One cell is empty
(the competency is not required at that level). Running header, footer with "Page X of Y"."""
import shutil
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

STEM = "ncoshr-hr-consultant-competency-profile"
DOC = C.DOCS / f"{STEM}.pdf"

LEVELS = ["Contributing", "Journey", "Advanced"]

ROWS = [
    ("Analytical Thinking",
     "Ability to identify issues, obtain relevant information, relate and compare data from different sources, "
     "and identify alternative solutions.",
     ["Gathers and organizes information on routine personnel actions and spots obvious discrepancies. Applies "
      "established policy to recommend a course of action.",
      "Analyzes information from several sources to find trends and root causes of workforce issues such as "
      "turnover or classification disputes. Develops and weighs alternative solutions and recommends the best "
      "option with supporting evidence.",
      "Analyzes complex, agency-wide human resources problems that involve competing interests and incomplete "
      "data. Designs the analytical approach, anticipates the consequences of each option and advises senior "
      "management on policy direction."]),
    ("Building Partnerships",
     "Ability to develop and use collaborative relationships to accomplish work goals, and to build strategic "
     "relationships between the work unit and other groups inside and outside state government.",
     ["Maintains cooperative working relationships with managers and employees in assigned units. Shares "
      "information promptly and follows through on requests.",
      "Builds working relationships with managers, other agencies and OSHR staff to resolve issues and carry out "
      "human resources programs. Seeks input from partners before recommending changes.",
      "Establishes strategic partnerships with agency leadership, OSHR, universities and external stakeholders. "
      "Uses these partnerships to shape human resources initiatives that serve the whole agency."]),
    ("Client/Customer Service",
     "Ability to develop and maintain strong relationships with clients and customers by listening to them and "
     "by understanding and responding to their needs.",
     ["Answers questions from employees and managers on standard policies and procedures courteously and "
      "accurately. Refers unusual questions to more experienced staff.",
      "Identifies client needs that go beyond the immediate request and provides options that meet them within "
      "policy. Follows up to make sure that the issue is resolved.",
      "Anticipates the needs of client groups and designs services and communication strategies that address "
      "them. Serves as the agency's point of contact on sensitive or high-profile cases."]),
    ("Coaching/Mentoring",
     "Ability to guide others in building their skills and knowledge by sharing experience and giving "
     "constructive feedback.",
     [None,
      "Explains procedures and the reasons behind them to less experienced staff and reviews their work. Gives "
      "timely, specific feedback.",
      "Coaches managers on performance management and employee relations matters. Mentors consultants, plans "
      "their development and serves as a resource across the human resources office."]),
    ("Change Management",
     "Ability to plan and implement change initiatives, to support innovation and creativity, and to remain "
     "flexible when demands change and sometimes conflict.",
     ["Adapts to new systems, policies and procedures and helps customers understand how the changes affect "
      "them.",
      "Plans and carries out the human resources parts of organizational change, such as reorganizations or new "
      "programs. Identifies resistance and addresses it through communication and training.",
      "Leads agency-wide change initiatives from design through evaluation. Builds support among leaders and "
      "employees and adjusts plans as conditions change."]),
    ("Consultation",
     "Ability to advise managers and employees on human resources matters by gathering the facts, explaining the "
     "options and recommending solutions that fit both policy and business needs.",
     ["Explains standard policies and procedures to employees and supervisors and refers complex matters to "
      "senior staff. Documents the advice given.",
      "Advises managers on classification, recruitment and employee relations issues. Weighs policy, precedent "
      "and business needs and recommends a course of action.",
      "Serves as the senior advisor to agency leadership on sensitive and precedent-setting matters. Builds "
      "consensus among parties with conflicting interests and is consulted by other agencies."]),
    ("Project Management",
     "Ability to plan, organize and monitor work so that projects are completed on time, within budget and to "
     "the expected standard.",
     ["Completes assigned project tasks on schedule and reports progress and problems to the project lead.",
      "Plans and manages projects of moderate scope, such as a recruitment campaign or a classification review. "
      "Sets milestones, coordinates the people involved and keeps stakeholders informed.",
      "Directs large or multiple concurrent projects with agency-wide impact. Secures resources, manages risks "
      "and evaluates results against the objectives set."]),
]


def build():
    d = Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.75)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    hp = sec.header.paragraphs[0]
    hp.add_run("North Carolina Office of State Human Resources").bold = True
    hp.add_run("\t\tCompetency Profile")
    fp = sec.footer.paragraphs[0]
    fp.add_run("Human Resources Consultant \u2013 Revised 07/2021\t\tPage ")
    C.add_field(fp, "PAGE")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES", "3")

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Human Resources Consultant")
    r.bold = True
    r.font.size = Pt(16)
    st = d.add_paragraph()
    st.alignment = WD_ALIGN_PARAGRAPH.CENTER
    st.add_run("Banded Class Competency Profile").italic = True
    for k, v in (("Job Family:", "Administrative and Managerial"), ("Branch:", "Human Resources"),
                 ("Competency Levels:", "Contributing, Journey, Advanced")):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(k + " ").bold = True
        p.add_run(v)
    d.add_paragraph()
    d.add_paragraph(
        "The competencies below describe the knowledge, skills and abilities needed at each competency level of "
        "this banded class. They are cumulative: an employee rated at the Journey level also demonstrates the "
        "competencies described for the Contributing level. Managers select the competencies that apply to a "
        "position from this profile when they build the position description.")

    tbl = d.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    hdr[0].text = ""
    for cell, lv in zip(hdr[1:], LEVELS):
        cell.text = ""
        cell.paragraphs[0].add_run(lv).bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for cell in hdr:
        C.shade(cell, "BFBFBF")
    C.row_flags(tbl.rows[0], cant_split=True, header=True)
    for name, definition, cells in ROWS:
        row = tbl.add_row()
        C.row_flags(row, cant_split=True)
        c0 = row.cells[0]
        c0.text = ""
        c0.paragraphs[0].add_run(name).bold = True
        c0.add_paragraph(definition).runs[0].font.size = Pt(9)
        for cell, txt in zip(row.cells[1:], cells):
            cell.text = txt or ""
    C.fix_widths(tbl, [1.75, 1.9, 1.9, 1.95])
    C.clear_core_props(d, "Human Resources Consultant Competency Profile")

    tmp = Path(tempfile.mkdtemp(prefix="batchd-nc-"))
    src = tmp / f"{STEM}.docx"
    d.save(src)
    C.soffice(src, "pdf", tmp)
    shutil.copy(tmp / f"{STEM}.pdf", DOC)
    shutil.rmtree(tmp, ignore_errors=True)

    comps = []
    for name, definition, cells in ROWS:
        levels = [{"rank": i + 1, "label": lv, "behaviors": [C.item(STEM, txt)]}
                  for i, (lv, txt) in enumerate(zip(LEVELS, cells)) if txt]
        comps.append(C.competency(STEM, name, definition, levels=levels))
    C.write_gold(DOC, "pdf", "Human Resources Consultant", comps)


if __name__ == "__main__":
    build()
    print("built", DOC)

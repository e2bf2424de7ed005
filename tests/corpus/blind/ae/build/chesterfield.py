"""Chesterfield County (Virginia), Chesterfield University - Employee Development Program Competency Matrix.

PDF, landscape Letter, python-docx -> LibreOffice. Running header "Chesterfield University 9/05" /
"Employee Development Program", footer "Competency Matrix" + "Page X of Y". Front page: title and the
five Q&A paragraphs ("What is the purpose?" ...). Then one bordered table per competency: a merged
first row with the name and "Definition: ...", a shaded header row Frontline | Supervisory | Manager |
Executive (repeated on a new page), and one row of bulleted behavioral statements per level."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402
import helpers as H  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Inches, Pt, RGBColor  # noqa: E402

STEM = "chesterfield-competency-matrix"
LEVELS = ["Frontline", "Supervisory", "Manager", "Executive"]

INTRO = [
    ("What is the purpose?",
     "The competency matrix sets out, for each competency, the behavioral statements and the quality "
     "values tied to them at four employee levels: frontline, supervisory, manager and executive. It "
     "shows employees how their own performance supports the County's commitment to quality, and it gives "
     "supervisors observable statements to evaluate against."),
    ("Who created it?",
     "Focus groups drawn from every level of the organization wrote the competency definitions and the "
     "behavioral statements. The statements were then reviewed, further quality behaviors were added, and "
     "each statement was cross-referenced to the County's quality values."),
    ("How should I use it?",
     "The supervisor uses the matrix to decide which behavioral statements and values apply to each "
     "position, shares that decision with the employee, and then evaluates how consistently the employee "
     "showed those behaviors and values during the appraisal period."),
    ("When should I use it?",
     "Throughout the evaluation period. Discuss the definitions and statements at the start of the period, "
     "use the matrix during the year as part of the employee's individual development plan, and use it with "
     "the other EDP tools at the formal annual evaluation."),
    ("Where can I get extra copies?",
     "Copies are available from the Chesterfield University office and on the Human Resource Management "
     "page of the County intranet."),
]

COMPS = [
    ("Communication",
     "Shares information and ideas clearly and accurately, in speech and in writing, and listens actively "
     "so that the messages of others are understood.",
     [["Speaks and writes clearly when giving information to citizens and co-workers.",
       "Listens without interrupting and asks questions to check understanding.",
       "Passes on messages and information promptly to the people who need them."],
      ["Keeps the work group informed about changes, decisions and priorities.",
       "Holds regular work group meetings and encourages everyone to take part.",
       "Gives clear instructions and confirms that assignments are understood."],
      ["Explains how department plans connect to County goals in terms staff can act on.",
       "Prepares reports and presentations suited to the audience, including the Board of Supervisors "
       "when required.",
       "Creates channels for staff to raise ideas and concerns with management."],
      ["Communicates the County's vision and direction to employees, citizens and elected officials.",
       "Represents the County with the media, the community and other jurisdictions.",
       "Sets the expectation of open, two-way communication across departments."]]),
    ("Flexibility",
     "Adjusts readily to changing work demands, priorities and conditions, and stays effective while "
     "change is under way.",
     [["Takes on new tasks or duties when workloads shift.",
       "Accepts new procedures and technology and learns to use them."],
      ["Reassigns work within the group to meet changing priorities.",
       "Helps employees through changes in procedures or organization.",
       "Looks for workable alternatives when plans do not go as expected."],
      ["Adjusts department plans and resources as circumstances change.",
       "Encourages staff to try new approaches and to learn from the results."],
      ["Anticipates trends that will affect County services and prepares the organization to respond.",
       "Leads organization-wide change and models openness to new ideas."]]),
    ("Customer-Focused Service",
     "Puts the needs of internal and external customers first and delivers service that is courteous, "
     "timely and accurate.",
     [["Greets customers promptly and treats them with courtesy and respect.",
       "Finds out what the customer needs and follows through until the request is resolved.",
       "Refers customers to the right person when a request falls outside own area."],
      ["Sets service standards for the work group and checks that they are met.",
       "Handles escalated complaints fairly and uses them to improve service."],
      ["Gathers customer feedback and uses it to redesign department services.",
       "Makes sure staff have the training and tools they need to serve customers well."],
      ["Builds a service culture across the County and holds departments accountable for results.",
       "Balances citizen expectations with available resources when setting service levels."]]),
]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    H.landscape(sec)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Inches(0.6))
    sec.top_margin = Inches(0.7)
    sec.bottom_margin = Inches(0.6)

    # running header / footer
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("Chesterfield University 9/05")
    r.font.size = Pt(8)
    hp.add_run("\t\t")
    r = hp.add_run("Employee Development Program")
    r.font.size = Pt(8)
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(4.9))
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(9.8), alignment=2)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(9.8), alignment=2)
    r = fp.add_run("Competency Matrix\t")
    r.font.size = Pt(8)
    H.page_field_paragraph(fp)

    bullet = C.add_numbering(doc, C.bullet_lvl("\u2022", left=216, hanging=180), "5A1C0001")

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Employee Development Program")
    r.bold = True
    r.font.size = Pt(18)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t2.add_run("Competency Matrix")
    r.bold = True
    r.font.size = Pt(15)
    t2.paragraph_format.space_after = Pt(14)

    for q, a in INTRO:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(8)
        r = p.add_run(q)
        r.bold = True
        p.add_run(" \u2013 " + a)

    for i, (name, definition, cells) in enumerate(COMPS):
        if i == 0:
            doc.add_page_break()
        else:
            sp = doc.add_paragraph()
            sp.paragraph_format.space_after = Pt(10)
        tbl = doc.add_table(rows=3, cols=4)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        H.borders(tbl)
        H.set_cell_margins(tbl)
        C.fix_widths(tbl, [2.45] * 4)
        top = tbl.rows[0].cells[0].merge(tbl.rows[0].cells[3])
        p = top.paragraphs[0]
        r = p.add_run(name)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        p2 = top.add_paragraph()
        r = p2.add_run("Definition: ")
        r.bold = True
        p2.add_run(definition)
        C.shade(top, "E8EEF5")
        C.row_flags(tbl.rows[0], cant_split=True)
        C.row_flags(tbl.rows[1], cant_split=True, header=False)
        for j, lab in enumerate(LEVELS):
            c = tbl.rows[1].cells[j]
            c.paragraphs[0].text = ""
            rr = c.paragraphs[0].add_run(lab)
            rr.bold = True
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            C.shade(c, "C9D6E6")
        for j, behaviours in enumerate(cells):
            c = tbl.rows[2].cells[j]
            for k, b in enumerate(behaviours):
                bp = c.paragraphs[0] if k == 0 else c.add_paragraph()
                bp.add_run(b)
                bp.paragraph_format.space_after = Pt(3)
                C.set_num(bp, bullet)
        C.row_flags(tbl.rows[2], cant_split=True)
    C.clear_core_props(doc, "Competency Matrix")
    doc.save(path)


def gold(pdf):
    d = STEM
    comps = []
    for name, definition, cells in COMPS:
        levels = [H.level(d, j + 1, LEVELS[j], cells[j]) for j in range(4)]
        comps.append(H.competency(d, name, definition, levels=levels))
    return H.write_gold(pdf, "pdf", "Competency Matrix", comps)


def build():
    H.WORK.mkdir(exist_ok=True)
    src = H.WORK / f"{STEM}.docx"
    build_docx(src)
    pdf = H.to_pdf(src, H.DOCS)
    return gold(pdf)


if __name__ == "__main__":
    print(build())

"""City of Eugene (Oregon) - "Supervisor Competencies" (adopted 11/1/01), rendered DOCX -> PDF with LibreOffice.

Layout as the council-packet copy prints it: a right-aligned "Adopted-11/1/01" line, the title, an intro
sentence, then one borderless two-column block per competency area: the numbered area name in the narrow left
column (wrapping over two lines), the description, an underlined "Key behaviors" label and bullets in the right
column; one bullet is followed by an indented lead-in line and three second-level bullets.
"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "eugene-supervisor-competencies"

AREAS = [
    ("1.", "Vision and Planning",
     "Sees the value of a picture of the future that ties the City goals to the work of the team and of each "
     "person, and communicates that picture. Is able to lead the team in turning the vision into daily work. "
     "The vision drives decisions and sets the direction of team activities.",
     [("b", "Holds a clear and compelling vision that lines up with citizen, City organization and work unit "
            "goals for self and team."),
      ("b", "Sets and communicates clear goals that support the vision."),
      ("b", "Shows the ability to lead. The team is engaged and backs the vision."),
      ("b", "Works with the team to build plans that guide the work in line with the vision."),
      ("lead", "Plans include forecasting of:"),
      ("sub", "Work plan direction"),
      ("sub", "Staff development"),
      ("sub", "Succession plans"),
      ("b", "Identifies, matches, and assigns resources to plans."),
      ("b", "Explains and promotes plans and vision to management.")]),
    ("2.", "Ethics",
     "Knows the ethical practices that govern the position as a manager and the City system the position "
     "supports. Shows integrity and accountability in decisions, management practices, and own work. Serves "
     "as a role model for employees.",
     [("b", "Shows honesty and can be trusted."),
      ("b", "Acts professionally and respectfully at all times."),
      ("b", "Holds self and employees accountable."),
      ("b", "Matches actions to words. Follows through on responsibilities and commitments."),
      ("b", "Sees the need to \u201cdo the right thing\u201d, even when it may be difficult or unpopular.")]),
    ("3.", "Communication and Information Sharing",
     "Shares information openly and in a timely way with employees, peers, management, and the public. "
     "Listens actively and fits the message to the audience.",
     [("b", "Holds regular team meetings and keeps employees informed about City and department news."),
      ("b", "Listens to employee concerns and responds promptly."),
      ("b", "Writes clearly and concisely."),
      ("b", "Gives and receives feedback in a constructive manner.")]),
    ("4.", "Employee Development",
     "Helps employees grow in their current jobs and prepare for future ones through coaching, feedback, "
     "and training.",
     [("b", "Meets with each employee at least once a year to review performance and set development goals."),
      ("b", "Supports training that fits the employee\u2019s goals and the needs of the work unit."),
      ("b", "Delegates assignments that stretch employees\u2019 skills."),
      ("b", "Recognizes employee accomplishments.")]),
]


def build(outdir):
    d = Document()
    H.clear_core_props(d, title="Supervisor Competencies")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    st.paragraph_format.space_after = Pt(0)

    bul = H.add_numbering(d, H.bullet_lvl("\u2022", left=360, hanging=360, font="Times New Roman")
                          + H.bullet_lvl("\u2022", left=1080, hanging=360, font="Times New Roman", ilvl=1),
                          "5A1E0C01")

    p = d.add_paragraph("Adopted-11/1/01")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.runs[0].font.size = Pt(10)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(8)
    r = p.add_run("Supervisor Competencies")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph("The following are the nine Citywide supervisor competency areas and some key indicators. "
                        "The aim is that these are general enough to apply to supervisors throughout the "
                        "organization.")
    p.paragraph_format.space_after = Pt(10)

    for num, name, desc, bullets in AREAS:
        t = d.add_table(rows=1, cols=2)
        H.no_borders(t)
        H.fix_widths(t, [1.35, 5.15])
        left, right = t.rows[0].cells
        lp = left.paragraphs[0]
        lp.add_run(f"{num} {name}")
        right.paragraphs[0].add_run(desc)
        kp = right.add_paragraph()
        kp.paragraph_format.space_before = Pt(4)
        kr = kp.add_run("Key behaviors")
        kr.underline = True
        for kind, text in bullets:
            bp = right.add_paragraph(text)
            if kind == "b":
                H.set_num(bp, bul, 0)
            elif kind == "sub":
                H.set_num(bp, bul, 1)
            else:   # lead-in line, indented under its bullet, no glyph
                bp.paragraph_format.left_indent = Inches(0.5)
        sp = d.add_paragraph()
        sp.paragraph_format.space_after = Pt(6)

    src = outdir / f"{STEM}.docx"
    d.save(src)
    H.soffice(src, "pdf", H.DOCS)
    src.unlink()
    return H.DOCS / f"{STEM}.pdf"


if __name__ == "__main__":
    import tempfile
    print(build(Path(tempfile.mkdtemp())))

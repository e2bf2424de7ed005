"""University of Kent - "Professional Development Framework: University of Kent Pilot Project Phase II" (based on
the AUA CPD framework, customised for administrative roles in the Academic Division).

The Word document (python-docx) is exported to plain text with LibreOffice ("Text (encoded)", UTF-8): a BOM, one
line per paragraph and per table-cell paragraph, Word bullets exported as four spaces + "•", numbered lists as
"    1. ", page header/footer ("Page X of Y") dropped by the export, as such exports do.
Layout: title, intro, a bullet list of underpinning principles, two paragraphs on the behaviours, the nine
areas as a numbered list, then three area sections: typed number + name heading, a definition paragraph and a
two-column table ("Aspect" | "Professional behaviours") with one row per aspect (Personal / Working with others /
Wider organisation) and Word bullets in the second cell.
"""
import sys
from pathlib import Path

from docx import Document
from docx.shared import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H  # noqa: E402

STEM = "kent-professional-development-framework"

PRINCIPLES = [
    "Continuing Professional Development (CPD) is essential to keep up the standard and integrity of HE "
    "professionals",
    "professional development is a continuous process that runs through the whole of working life",
    "individuals are responsible for managing and carrying out CPD activities and for making sure that what they "
    "learn becomes part of their professional practice",
    "individuals should identify their own learning needs and decide how best to meet them",
    "learning should come from a wide range of activities, both formal and informal",
    "all professional services staff should have an equal opportunity to take part in and benefit from CPD "
    "activities",
]

NINE = ["Managing self and personal skills", "Delivering excellent service", "Finding solutions",
        "Embracing change", "Using resources effectively", "Engaging with the wider context",
        "Developing self and others", "Working together", "Achieving through others"]

AREAS = [
    ("2.", "Delivering excellent service",
     "Providing the best possible service to external and internal customers, and building strong, positive "
     "relationships with colleagues, students and other stakeholders.",
     {"Personal": ["Responds to enquiries promptly, courteously and accurately.",
                   "Takes ownership of a query until it is resolved or passed to the right person.",
                   "Asks for feedback on the service they give and acts on it."],
      "Working with others": ["Shares good practice in customer service with the team.",
                              "Works with colleagues to agree service standards and meet them."],
      "Wider organisation": ["Understands how the Academic Division\u2019s services affect the student experience.",
                             "Suggests improvements to services that cross departmental boundaries."]}),
    ("3.", "Finding solutions",
     "Working to understand problems, considering a range of options, and taking the initiative to act on the "
     "best solution.",
     {"Personal": ["Gathers the facts before deciding how to deal with a problem.",
                   "Uses judgement to decide when a problem should be referred upwards.",
                   "Looks for new ways of doing things rather than relying on past practice."],
      "Working with others": ["Involves colleagues in finding solutions to shared problems.",
                              "Helps others to think through the options and their consequences."],
      "Wider organisation": ["Considers the effect of a solution on other parts of the University.",
                             "Uses knowledge of University regulations and policies to find workable solutions."]}),
    ("7.", "Developing self and others",
     "Taking responsibility for your own learning and development, and supporting the development of colleagues.",
     {"Personal": ["Reflects on own performance and identifies learning needs.",
                   "Takes up opportunities for training and development, including those outside the current role.",
                   "Keeps a record of CPD activities."],
      "Working with others": ["Shares knowledge and skills with colleagues and new staff.",
                              "Gives constructive feedback to help others develop.",
                              "As a line manager, agrees development plans with staff through the appraisal process."],
      "Wider organisation": ["Takes part in University-wide networks and projects to broaden experience."]}),
]


def build(outdir):
    d = Document()
    H.clear_core_props(d, title="Professional Development Framework")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ")
    H.add_field(fp, "PAGE")
    fp.add_run(" of ")
    H.add_field(fp, "NUMPAGES", "3")

    bul = H.add_numbering(d, H.bullet_lvl("\u2022"), "6B3C0A01")
    num = H.add_numbering(d, H.decimal_lvl("%1."), "6B3C0A02")

    p = d.add_paragraph()
    p.add_run("PROFESSIONAL DEVELOPMENT FRAMEWORK: UNIVERSITY OF KENT PILOT PROJECT PHASE II").bold = True
    d.add_paragraph("This framework has been created from the AUA\u2019s CPD framework. It has been adapted to the "
                    "different administrative roles within the Academic Division.")
    d.add_paragraph("The principles underpinning the Professional Development Framework are:")
    for t in PRINCIPLES:
        H.set_num(d.add_paragraph(t), bul)
    d.add_paragraph("Excellence comes not only from what people do but also from how they do it. The professional "
                    "behaviours in this framework pick out the patterns of behaviour that mark effective performance "
                    "in Higher Education professional services roles. They are not the tasks of a particular job; "
                    "they describe how an individual does the job.")
    d.add_paragraph("Each of the nine broad areas of the Professional Development Framework lists detailed "
                    "professional behaviours, divided across three aspects according to whether they affect your own "
                    "work (\u2018personal\u2019), working within a team and/or as a line manager (\u2018working with "
                    "others\u2019), or your work in the context of the University as a whole (\u2018wider "
                    "organisation\u2019).")
    d.add_paragraph("The nine areas are:")
    for t in NINE:
        H.set_num(d.add_paragraph(t), num)

    for n, name, definition, aspects in AREAS:
        hp = d.add_paragraph()
        hp.paragraph_format.space_before = Pt(12)
        hp.add_run(f"{n} {name}").bold = True
        d.add_paragraph(definition)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        H.fix_widths(t, [1.6, 4.9])
        for c, txt in zip(t.rows[0].cells, ["Aspect", "Professional behaviours"]):
            c.paragraphs[0].add_run(txt).bold = True
        for aspect, behs in aspects.items():
            row = t.add_row()
            row.cells[0].paragraphs[0].add_run(aspect)
            cell = row.cells[1]
            for i, b in enumerate(behs):
                bp = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                bp.add_run(b)
                H.set_num(bp, bul)

    src = outdir / f"{STEM}.docx"
    d.save(src)
    H.soffice(src, "txt:Text (encoded):UTF8", H.DOCS)
    src.unlink()
    return H.DOCS / f"{STEM}.txt"


if __name__ == "__main__":
    import tempfile
    print(build(Path(tempfile.mkdtemp())))

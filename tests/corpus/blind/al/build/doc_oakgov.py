"""Oakland County, Michigan, Human Resources (HR Training) - General Employee Competency Model, excerpt.

Layout (after the county's 15-page "General Employee Competency Model" PDF): page 1 the model at a glance (three
skill domains in capitals with the twelve numbered competency names), page 2 the introduction and "Terminology",
then each domain on a shaded bar and each competency as "N. Name", a "Definition:" paragraph and "Key Behaviors:"
with Word bullets.  Running header (county name | model name) and centred page-number footer on every page.
The excerpt stops after the first domain (competencies 1-3).  python-docx -> LibreOffice -> PDF.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt, RGBColor

import allib as L

STEM = "oakgov-general-employee-competency-model"
TITLE = "General Employee Competency Model"
FONT = "Arial"

GLANCE = [
    ("INTERPERSONAL SKILLS", ["Building Positive Working Relationships", "Building Trust", "Communication Skills"]),
    ("COLLABORATION SKILLS", ["Working Together as a Team", "Customer Service Skills",
                              "Partnering with Supervisor"]),
    ("SELF-MANAGEMENT SKILLS", ["Quality Focus", "Adaptability", "Decision-Making", "Planning and Organizing",
                                "Continuous Learning", "Professional Knowledge/Expertise"]),
]

INTRO = [
    ("Oakland County General Employee Competency Model", None),
    (None, "A competency model is a set of skills and behaviors that have been found to be critical for "
           "effective job performance. Used to guide individual work behavior and professional development, a "
           "competency model can help employees succeed on the job. Oakland County now has three competency "
           "models in place: the Leadership Competency Model, the Supervisory Competency Model, and the General "
           "Employee Competency Model."),
    (None, "Each model was built for public sector employees and describes the skills and behaviors needed for "
           "success by the group of employees it was written for. Content experts from across Oakland County "
           "reviewed the final models. The General Employee Competency Model covers employees in "
           "non-supervisory positions and gives specific examples of effective work behaviors."),
    ("Terminology", None),
    (None, "To use the model well we need a shared understanding of the terms \u201cdomain\u201d, "
           "\u201ccompetency\u201d and \u201ckey behaviors\u201d. The model is made up of three skill domains, "
           "which are groupings of related competencies: Interpersonal Skills, Collaboration Skills, and "
           "Self-Management Skills. Each domain is broken down into competencies, and each competency is "
           "described by a definition and a short list of key behaviors. Key behaviors are the observable "
           "actions that show a competency is being demonstrated on the job."),
]

COMPETENCIES = [
    ("Building Positive Working Relationships",
     "Develops and maintains cooperative, productive working relationships with co-workers, customers, and "
     "employees of other departments.",
     ["Treats co-workers and customers with courtesy and respect, even when under pressure.",
      "Gets to know colleagues in other departments and learns what their work involves.",
      "Offers help to co-workers without waiting to be asked.",
      "Works through disagreements in a constructive way, focusing on the issue rather than the person.",
      "Recognizes the contributions others make to shared work."]),
    ("Building Trust",
     "Acts with honesty and integrity so that others feel confident relying on what one says and does.",
     ["Keeps commitments and follows through on promises.",
      "Admits mistakes and takes responsibility for own actions.",
      "Keeps confidential information confidential.",
      "Treats everyone fairly and consistently.",
      "Behaves in line with the County\u2019s values, including when no one is watching.",
      "Shares information openly instead of holding it back to gain an advantage."]),
    ("Communication Skills",
     "Expresses ideas and information clearly in speaking and in writing, and listens attentively to others.",
     ["Listens without interrupting and asks questions to check understanding.",
      "Speaks clearly and adjusts the message to the listener.",
      "Writes e-mails, memos, and reports that are accurate, concise, and well organized.",
      "Keeps the supervisor and co-workers informed of matters that affect their work.",
      "Pays attention to non-verbal cues and responds appropriately."]),
]


def _run(p, text, bold=False, italic=False, size=11, color=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    r.font.name = FONT
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def build():
    doc = Document()
    L.clear_core_props(doc, title=TITLE, author="Oakland County Human Resources")
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(1)

    # running header: county | model; footer: page number
    hp = sec.header.paragraphs[0]
    _run(hp, "Oakland County Human Resources  |  ", size=9, color="385623")
    _run(hp, "General Employee Competency Model", size=9, italic=True, color="385623")
    L.para_border_bottom(hp, color="385623", sz=6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(10)
        r.font.name = FONT

    bullets = L.add_numbering(doc, L.bullet_lvl("\u25aa", left=720, hanging=360, font="Wingdings"), "4B1A2C3D")

    # page 1: model at a glance
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(24)
    _run(p, TITLE, bold=True, size=20, color="385623")
    n = 0
    for domain, names in GLANCE:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(4)
        _run(p, domain, bold=True, size=13, color="385623")
        for name in names:
            n += 1
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Inches(0.5)
            p.paragraph_format.space_after = Pt(2)
            _run(p, f"{n}. {name}", size=12)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # page 2: introduction
    for head, text in INTRO:
        p = doc.add_paragraph()
        if head:
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(6)
            _run(p, head, bold=True, size=14 if head != "Terminology" else 12, color="385623")
        else:
            p.paragraph_format.space_after = Pt(8)
            _run(p, text)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # domain bar + competencies
    p = doc.add_paragraph()
    L.para_shading(p, "C5E0B3")
    p.paragraph_format.space_after = Pt(12)
    _run(p, "INTERPERSONAL SKILLS", bold=True, size=14, color="1E3A12")
    gold = []
    for i, (name, definition, behaviours) in enumerate(COMPETENCIES, start=1):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10 if i > 1 else 0)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.keep_with_next = True
        _run(p, f"{i}. {name}", bold=True, size=13, color="385623")
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(6)
        _run(p, "Definition: ", bold=True)
        _run(p, definition)
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        _run(p, "Key Behaviors:", bold=True)
        for b in behaviours:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            L.set_num(p, bullets)
            _run(p, b)
        gold.append(L.competency(STEM, name, definition,
                                 indicators=[L.item(STEM, b) for b in behaviours]))

    src = L.BATCH / "build" / "tmp" / f"{STEM}.docx"
    src.parent.mkdir(exist_ok=True)
    doc.save(src)
    L.soffice(src, "pdf", L.DOCS)
    out = L.DOCS / f"{STEM}.pdf"
    L.write_gold(out, "pdf", TITLE, gold)
    return out


if __name__ == "__main__":
    print(build())

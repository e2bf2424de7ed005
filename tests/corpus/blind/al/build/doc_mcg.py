"""Montgomery County Government (Maryland), Office of Human Resources - Leadership Competencies, excerpt.

Layout: Word document with real heading styles - Title "Leadership Competencies", an introductory Normal
paragraph, one Heading 1 per competency, the definition as a Normal paragraph that opens with "Requires ..." (the
county's definitions all start that way), a Heading 2 "Behavioral Indicators" and the indicators in the built-in
"List Bullet" style (real Word numbering).  Header with the county and office name, footer "Page N".
python-docx.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

import allib as L

STEM = "mcg-leadership-competencies"
TITLE = "Leadership Competencies"

INTRO = ("The leadership competencies below apply to all members of the Management Leadership Service (MLS). "
         "They describe how the County expects its leaders to carry out their work and are used in performance "
         "planning, in selection, and in the Management Development Program. Each competency is followed by "
         "behavioral indicators that show what the competency looks like on the job.")

COMPETENCIES = [
    ("Customer Service Excellence",
     "Requires a commitment to serving others by finding out what they need and meeting or going beyond it. "
     "This means directing one\u2019s efforts toward the needs of internal and external customers and working "
     "with them to deliver the most suitable value-added services. Individuals who show this competency take a "
     "determined, proactive approach to responding to customer needs and to improving the quality of the "
     "services or products delivered.",
     ["Identifies internal and external customers and takes the time to understand their needs.",
      "Makes a personal commitment to improving the quality of the services and products delivered to "
      "customers.",
      "Anticipates customer needs and acts to head off potential problems.",
      "Follows up with customers to make sure their needs have been met.",
      "Treats every resident as a valued customer of the County."]),
    ("Cultural Diversity and Inclusiveness",
     "Requires appreciating, respecting, and involving others who may differ in some respect, including but "
     "not limited to race, religion, sex, disability, age, national origin, sexual orientation, and other "
     "protected categories. This competency concerns sensitivity to, and valuing of, the unique qualities of "
     "each person with whom the employee interacts. It includes compliance with both the letter and the spirit "
     "of the County\u2019s EEO and workplace harassment policies.",
     ["Complies with federal, state, and local anti-discrimination laws and with County EEO and workplace "
      "harassment policy.",
      "Takes part in departmental diversity initiatives.",
      "Attends diversity, EEO, and related training as directed or required.",
      "Seeks out and considers the views of people whose backgrounds differ from one\u2019s own."]),
    ("Responsiveness and Accountability",
     "Requires applying the full range of one\u2019s capabilities to complete individual and group tasks and "
     "assignments on time. It is shown by meeting challenging circumstances in a positive way, with "
     "considerable forethought and commitment. It includes being objective about one\u2019s own skills and "
     "abilities and accepting full responsibility for one\u2019s actions.",
     ["Completes assignments on schedule and to the expected standard.",
      "Responds promptly to requests from residents, colleagues, and elected officials.",
      "Accepts responsibility for mistakes and takes steps to correct them.",
      "Keeps supervisors informed about the status of work, including problems and delays.",
      "Sets realistic goals and holds self to them."]),
]


def build():
    doc = Document()
    L.clear_core_props(doc, title=TITLE, author="OHR")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = "Arial"
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Montgomery County Government \u2013 Office of Human Resources")
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    L.add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(9)

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(INTRO)
    gold = []
    for name, definition, indicators in COMPETENCIES:
        doc.add_paragraph(name, style="Heading 1")
        doc.add_paragraph(definition)
        doc.add_paragraph("Behavioral Indicators", style="Heading 2")
        for x in indicators:
            doc.add_paragraph(x, style="List Bullet")
        gold.append(L.competency(STEM, name, definition, indicators=[L.item(STEM, x) for x in indicators]))
    out = L.DOCS / f"{STEM}.docx"
    doc.save(out)
    L.write_gold(out, "docx", TITLE, gold)
    return out


if __name__ == "__main__":
    print(build())

"""Columbus State Community College (Ohio), Human Resources: Competencies (performance management).

DOCX (python-docx) built only from Word's built-in styles: "Title", "Subtitle", "Heading 1" (sections and the
stand-alone Inclusive Diversity competency), "Heading 2" (competency names), "Heading 3" (sub-sections of the
introduction) and "List Bullet 2" (the behaviour bullets, numbering coming from the style). A real hyperlink
paragraph ("Learn more about ...") follows the Inclusive Diversity bullets. No header/footer.
"""
import docx.opc.constants
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

import helpers as H

STEM = "cscc-competencies"
DOC = STEM
TITLE = "Competencies"

INCLUSIVE = ("Inclusive Diversity", [
    "Educates oneself about barriers to educational attainment, past and present.",
    "Examines college policies, practices, systems and culture to identify possible barriers to educational "
    "attainment.",
    "Through one\u2019s work and relationships with students and colleagues, fosters a welcoming and inclusive "
    "environment that supports educational and workplace success and a sense of belonging."])
LINK = "Learn more about how to practice Inclusive Diversity."

ALL = [
    ("Customer/Student/Employee Focus", [
        "Makes the needs of internal and external stakeholders a primary focus in order to support customer, "
        "student or employee success.",
        "Responds in a timely and appropriate way.",
        "Takes ownership of the needs of customers, students or employees by using effective approaches or "
        "developing suitable solutions."]),
    ("Professionalism", [
        "Leads by showing skill, good judgment, integrity and trustworthy behavior.",
        "Helps to create a healthy and positive work environment.",
        "Works toward quality results within one\u2019s area of responsibility while striving for excellence."]),
    ("Collaboration", [
        "Takes an active part as a team member in moving the team toward the completion of shared goals.",
        "Engages with colleagues across departments to share information and resources.",
        "Builds working relationships based on mutual respect and trust."]),
]


def add_hyperlink(paragraph, text, url):
    rid = paragraph.part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.extend([style, color, u])
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def make_docx(path):
    doc = Document()
    H.clear_core_props(doc, TITLE)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Columbus State Community College | Human Resources | Performance Management",
                      style="Subtitle")
    doc.add_paragraph("About competencies", style="Heading 1")
    doc.add_paragraph(
        "Competencies are the sets of skills needed to perform a job at a high level. Goals describe what an "
        "employee does; competencies describe how the work gets done. The College emphasizes five core "
        "competencies for all positions, and two competencies that are equally valuable for everyone and "
        "expected of managers.")
    doc.add_paragraph("Discussing competencies", style="Heading 3")
    doc.add_paragraph(
        "Managers and employees should review and discuss competencies regularly, including how each one can be "
        "shown in the department\u2019s work. A shared understanding of expectations helps everyone support one "
        "another in meeting them. Talk about areas of strength and areas for development, and consider creating a "
        "Professional Development goal to strengthen a competency.")
    doc.add_paragraph("Evaluation", style="Heading 3")
    doc.add_paragraph("Employees are evaluated on each competency during performance reviews, on a four-point "
                      "rating scale.")

    doc.add_paragraph(INCLUSIVE[0], style="Heading 1")
    for b in INCLUSIVE[1]:
        doc.add_paragraph(b, style="List Bullet 2")
    add_hyperlink(doc.add_paragraph(), LINK, "https://www.cscc.edu/about/diversity/")

    doc.add_paragraph("Competencies for all employees", style="Heading 1")
    for name, bullets in ALL:
        doc.add_paragraph(name, style="Heading 2")
        for b in bullets:
            doc.add_paragraph(b, style="List Bullet 2")
    doc.save(path)


def build():
    out = H.DOCS / f"{STEM}.docx"
    make_docx(out)
    comps = [H.competency(DOC, INCLUSIVE[0], None, indicators=H.items(DOC, INCLUSIVE[1]),
                          notes=[H.item(DOC, LINK)])]
    comps += [H.competency(DOC, name, None, indicators=H.items(DOC, b)) for name, b in ALL]
    H.write_gold(out, "docx", TITLE, comps)

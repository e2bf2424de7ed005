"""Department of Public Service and Administration (South Africa), SMS Handbook Chapter 5:
Competency Framework (excerpt: introduction, components, proficiency-level key, two competencies).

python-docx -> LibreOffice -> PDF. Running header "SMS Handbook Chapter 5 Competency Framework
1/12/2003" and page numbers. The proficiency levels are defined once, low to high (Basic, Competent,
Advanced, Expert); each competency's behaviour table lists them HIGH TO LOW (Expert first), with a
repeated header row, rows that cannot split, several bullet paragraphs per cell; the second table
runs over a page break.
"""
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

import lib
from lib import C

STEM = "dpsa-sms-competency-framework"
g = lib.G(STEM)
TITLE = "Competency Framework"

KEY = [
    ("Basic", "Applies the basic concepts, methods and understanding of the competency to "
              "manage day-to-day tasks and routine situations."),
    ("Competent", "Applies the competency with confidence in most situations, including "
                  "ones that are moderately complex, with little need for guidance."),
    ("Advanced", "Applies the competency in complex and changing situations, guides and "
                 "coaches others and shapes how the unit works."),
    ("Expert", "Applies the competency at the most complex, strategic level, is regarded as "
               "an authority and sets the direction for others inside and outside the "
               "department."),
]

COMPS = [
    ("Client Orientation and Customer Focus",
     "Is willing and able to deliver services effectively and efficiently, putting the spirit of "
     "customer service (Batho Pele) into practice.",
     {"Basic": [
         "Understands the Batho Pele principles and how they apply to own area of work",
         "Identifies the main clients of the unit and the services they receive",
         "Responds to client queries and complaints within agreed timeframes",
         "Refers client problems to the right person when they cannot be resolved directly"],
      "Competent": [
          "Develops service standards for the unit in consultation with clients",
          "Monitors service delivery against the standards and reports on gaps",
          "Puts in place simple ways for clients to give feedback on services",
          "Treats clients with courtesy and respect and expects the same of staff"],
      "Advanced": [
          "Designs improvements to service delivery based on an analysis of client needs and "
          "feedback",
          "Builds partnerships with other departments and spheres of government so that "
          "clients receive seamless services",
          "Ensures that information about clients is used to plan and budget for services",
          "Resolves complex client issues that cut across units and programmes"],
      "Expert": [
          "Sets the strategic direction for client service across the department in line with "
          "national priorities",
          "Creates a culture in which client focus is built into every process and decision",
          "Represents the department on client service matters in national and international "
          "forums",
          "Evaluates the impact of service delivery programmes on communities and redirects "
          "resources accordingly"]}),
    ("Honesty and Integrity",
     "Shows and builds the highest standards of ethical and moral conduct so as to promote "
     "confidence and trust in the Public Service.",
     {"Basic": [
         "Understands the Code of Conduct for the Public Service and applies it in own work",
         "Declares own business interests and gifts as required",
         "Treats information and public resources with care and honesty"],
      "Competent": [
          "Acts consistently with the values of the Public Service, even under pressure",
          "Reports fraud, corruption and maladministration through the proper channels",
          "Keeps the promises and commitments made to colleagues and clients",
          "Handles confidential information appropriately"],
      "Advanced": [
          "Puts in place systems that promote ethical conduct and detect irregularities in own "
          "area",
          "Takes firm action when misconduct is reported",
          "Explains difficult decisions openly and honestly to staff and stakeholders"],
      "Expert": [
          "Sets the ethical tone for the department and is seen as a role model of integrity",
          "Champions an organisational culture of transparency and accountability",
          "Builds public trust through open and consistent leadership",
          "Ensures that ethics and anti-corruption strategies are part of departmental "
          "planning"]}),
]
ORDER = ["Expert", "Advanced", "Competent", "Basic"]       # print order in the tables
RANK = {"Basic": 1, "Competent": 2, "Advanced": 3, "Expert": 4}


def build():
    d = Document()
    C.clear_core_props(d, "SMS Handbook Chapter 5 Competency Framework")
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "SMS Handbook Chapter 5 Competency Framework 1/12/2003"
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    C.add_field(fp, "PAGE")

    bnum = lib.bullet_num(d, left=284, hanging=284, nsid="DA5A2003")

    def head(text, size=12):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        p.paragraph_format.space_before = Pt(10)
        return p

    for t in ("CHAPTER 5", "COMPETENCY FRAMEWORK"):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(16)
    head("1. INTRODUCTION")
    d.add_paragraph(
        "1.1 The SMS Competency Framework is central to professionalising the Public Service, "
        "particularly at senior management level. It supports a consistent approach to human "
        "performance from national to provincial level and underpins all human performance "
        "initiatives.")
    d.add_paragraph(
        "1.2 The Framework concentrates on the critical generic competencies that every senior "
        "manager is expected to have, rather than the functional or technical competencies of a "
        "particular department or post. It sets out a shared understanding of what makes for "
        "success in the Senior Management Service.")
    head("2. SCOPE OF APPLICABILITY")
    d.add_paragraph(
        "2.1 The Framework applies to all members of the SMS as defined in the Public Service "
        "Regulations, 2001.")
    head("3. THE COMPONENTS OF THE SMS COMPETENCY FRAMEWORK")
    d.add_paragraph("3.1 Each competency in the Framework is described by three components:")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    C.fix_widths(t, [1.9, 4.4])
    for a, b in (("COMPETENCY NAME", "The name used to identify the behaviour, or group of "
                                     "behaviours, expected of the senior manager."),
                 ("COMPETENCY DEFINITION", "A general description of the behaviours and activities "
                                           "a senior manager must show to achieve the competency."),
                 ("PROFICIENCY LEVEL", "The degree to which a senior manager has mastered the "
                                       "competency. The levels are cumulative: a manager moves up "
                                       "the scale by mastering what is required at the level "
                                       "below.")):
        row = t.add_row()
        row.cells[0].paragraphs[0].add_run(a).bold = True
        row.cells[1].paragraphs[0].add_run(b)
    d.add_paragraph()
    d.add_paragraph("3.2 The Framework uses four proficiency levels, from the lowest to the "
                    "highest:")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    C.fix_widths(t, [1.9, 4.4])
    for c, txt in zip(t.rows[0].cells, ("Proficiency level", "Description")):
        C.shade(c, "D9D9D9")
        c.paragraphs[0].add_run(txt).bold = True
    for lab, desc in KEY:
        row = t.add_row()
        row.cells[0].paragraphs[0].add_run(lab).bold = True
        row.cells[1].paragraphs[0].add_run(desc)
    head("4. THE SMS COMPETENCIES")
    d.add_paragraph("4.1 The Framework consists of eleven generic competencies. They are not "
                    "listed in order of importance; all of them are critical for high performance "
                    "in a senior management role:")
    for nm in ("Strategic Capability and Leadership", "Programme and Project Management",
               "Financial Management", "Change Management", "Knowledge Management",
               "Service Delivery Innovation", "Problem Solving and Analysis",
               "People Management and Empowerment", "Client Orientation and Customer Focus",
               "Communication", "Honesty and Integrity"):
        p = d.add_paragraph(nm + ";" if nm != "Honesty and Integrity" else nm + ".")
        p.paragraph_format.space_after = Pt(0)
        C.set_num(p, bnum)
    d.add_paragraph()
    d.add_paragraph("4.2 Two of the eleven competencies are reproduced below.")

    comps = []
    for i, (name, definition, levels) in enumerate(COMPS):
        if i:
            d.add_paragraph()
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        C.fix_widths(t, [1.9, 4.4])
        for a, b, bold in (("COMPETENCY NAME", name, True), ("COMPETENCY DEFINITION", definition, False)):
            row = t.add_row()
            C.shade(row.cells[0], "D9D9D9")
            row.cells[0].paragraphs[0].add_run(a).bold = True
            row.cells[1].paragraphs[0].add_run(b).bold = bold
        d.add_paragraph()
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        C.fix_widths(t, [1.9, 4.4])
        for c, txt in zip(t.rows[0].cells, ("PROFICIENCY LEVEL", "ACHIEVEMENT LEVEL: BEHAVIOURAL INDICATORS")):
            C.shade(c, "D9D9D9")
            c.paragraphs[0].add_run(txt).bold = True
        C.mark_header_row(t.rows[0])
        for lab in ORDER:
            row = t.add_row()
            C.row_flags(row, cant_split=True)
            row.cells[0].paragraphs[0].add_run(lab).bold = True
            for j, b in enumerate(levels[lab]):
                p = row.cells[1].paragraphs[0] if j == 0 else row.cells[1].add_paragraph()
                p.add_run(b)
                p.paragraph_format.space_after = Pt(3)
                C.set_num(p, bnum)
        comps.append(g.comp(name, definition, levels=[
            g.lvl(RANK[lab], lab, levels[lab]) for lab in ORDER]))

    tmp = Path(tempfile.mkdtemp(prefix="dpsa-"))
    src = tmp / f"{STEM}.docx"
    d.save(src)
    lib.to_pdf(src)
    shutil.rmtree(tmp, ignore_errors=True)
    g.write("pdf", TITLE, comps)


if __name__ == "__main__":
    build()

"""ibsa-vet-capability-matrix.pdf: a spreadsheet competency matrix exported to PDF (IBSA style).

xlsxwriter (a worksheet with 7 columns: Ref, Domain, Capability, Capability description and the three
practitioner levels; wrapped cells, the header row set as print titles so it repeats on every page,
sheet header/footer "Page &P of &N", landscape A4) -> LibreOffice Calc -> PDF.
"""
import sys
import tempfile
from pathlib import Path

import balib as B  # noqa: E402

B.ensure_vendor()

import xlsxwriter  # noqa: E402

OUT = B.DOCS / "ibsa-vet-capability-matrix.pdf"
HEAD = ["Ref", "Domain", "Capability", "Capability description",
        "First Level Practitioner", "Second Level Practitioner", "Third Level Practitioner"]

ROWS = [
    ("T1", "Teaching", "Learning theory",
     "Understanding of how adults learn and how learning theory informs training practice.",
     "Applies a basic understanding of adult learning principles to plan and deliver sessions; recognises "
     "different learning styles and preferences among learners.",
     "Draws on a range of learning theories to shape programs for varied learner groups; explains to "
     "colleagues why particular approaches suit particular learners.",
     "Critically evaluates learning theories and research and applies them to organisation-wide practice; "
     "leads others in developing evidence-informed approaches to learning."),
    ("T2", "Teaching", "Learning design",
     "Designing learning programs, resources and activities that meet learner, industry and training "
     "package requirements.",
     "Interprets training package requirements and adapts existing resources for use with a group; "
     "sequences learning activities in a logical order.",
     "Designs complete learning programs and resources for a range of delivery modes; contextualises "
     "programs to meet the needs of particular industries and learners.",
     "Leads the design of complex, multi-mode programs across the organisation; sets standards for "
     "learning design and reviews the work of others against them."),
    ("T3", "Teaching", "Facilitation",
     "Using a range of facilitation skills and strategies to engage learners and support them to reach "
     "the learning outcomes.",
     "Uses strategies and skills that keep learners engaged and help them achieve the learning outcomes; "
     "builds supportive relationships among learners; uses a range of technologies well.",
     "Develops and puts in place ways of connecting learners with one another; uses a variety of "
     "facilitation strategies to respond to different learner groups and settings; guides others in "
     "using alternative delivery methods.",
     "Applies and models a wide range of facilitation techniques; leads others in developing their own "
     "facilitation approaches across different delivery settings."),
    ("T4", "Teaching", "Learner support",
     "Identifying learner needs and providing or arranging the support learners require to succeed.",
     "Identifies learners who need additional support, including language, literacy and numeracy "
     "support; refers learners to appropriate services.",
     "Builds support strategies into program design; works with support services and employers to "
     "remove barriers to learning.",
     "Develops organisational approaches to learner support and equity; evaluates how well support "
     "services meet learner needs and leads improvements."),
    ("A1", "Assessment", "Assessment practice",
     "Conducting assessment that is valid, reliable, flexible and fair and that meets the rules of "
     "evidence.",
     "Conducts assessments using prepared tools; gathers and records evidence in line with the rules of "
     "evidence and organisational requirements.",
     "Conducts assessments in a variety of contexts, including recognition of prior learning; makes "
     "sound judgements on complex or incomplete evidence; supports less experienced assessors.",
     "Leads assessment practice across programs or the organisation; resolves complex assessment "
     "appeals; mentors assessors to strengthen the quality of their judgements."),
    ("A2", "Assessment", "Assessment design",
     "Designing and developing assessment tools that reflect the requirements of units of competency "
     "and of workplace practice.",
     "Reviews and adapts existing assessment tools to suit learners and the assessment context.",
     "Designs and develops assessment tools for a range of units and contexts; trials tools and revises "
     "them based on feedback.",
     "Sets the organisation\u2019s approach to assessment design; leads the development of new assessment "
     "methods and quality checks the tools developed by others."),
    ("A3", "Assessment", "Validation",
     "Taking part in and leading the validation and moderation of assessment processes, tools and "
     "judgements.",
     "Takes part in validation activities and acts on the outcomes to improve own assessment practice.",
     "Plans and coordinates validation activities with colleagues and industry representatives; "
     "documents findings and recommends improvements.",
     "Designs the organisation\u2019s validation strategy; leads validation across qualifications and "
     "reports on outcomes and trends to management."),
    ("I1", "Industry and community collaboration", "Industry engagement",
     "Building and maintaining partnerships with industry and employers to keep training current and "
     "relevant.",
     "Maintains own industry currency; seeks information from employers about workplace practice and "
     "uses it in training.",
     "Builds relationships with employers and industry bodies; involves industry in the design, delivery "
     "and assessment of training.",
     "Establishes and manages strategic partnerships with industry; represents the organisation on "
     "industry forums and committees."),
    ("I2", "Industry and community collaboration", "Community engagement",
     "Working with community organisations and networks so that training responds to local needs.",
     "Identifies community groups and services relevant to learners and makes use of local networks.",
     "Works with community organisations to design and deliver training that meets local needs.",
     "Leads partnerships with community organisations and government agencies; shapes the "
     "organisation\u2019s role in regional development."),
    ("S1", "Systems and compliance", "VET system",
     "Understanding how the national VET system works and where training and assessment practice fits "
     "within it.",
     "Explains the main features of the VET system, including training packages, qualifications and "
     "the role of registered training organisations.",
     "Interprets changes to VET policy and training packages and explains their effect on programs to "
     "colleagues and learners.",
     "Anticipates developments in VET policy; advises the organisation on strategic responses and "
     "contributes to sector consultations."),
    ("S2", "Systems and compliance", "Compliance",
     "Meeting the legislative, regulatory and organisational requirements that apply to training and "
     "assessment.",
     "Follows organisational procedures for enrolment, record keeping and reporting; keeps own "
     "credentials current.",
     "Monitors programs against the standards for registered training organisations; prepares evidence "
     "for audits and addresses gaps.",
     "Leads the organisation\u2019s quality and compliance system; manages external audits and builds a "
     "culture of continuous improvement."),
]


def build():
    tmp = Path(tempfile.mkdtemp(prefix="ba-ibsa-"))
    src = tmp / "ibsa-vet-capability-matrix.xlsx"
    wb = xlsxwriter.Workbook(str(src))
    wb.set_properties({"title": "VET Practitioner Capability Framework", "author": ""})
    ws = wb.add_worksheet("By levels")
    title = wb.add_format({"bold": True, "font_size": 14, "font_name": "Arial", "font_color": "#00558C"})
    sub = wb.add_format({"italic": True, "font_size": 10, "font_name": "Arial"})
    head = wb.add_format({"bold": True, "font_size": 10, "font_name": "Arial", "bg_color": "#00558C",
                          "font_color": "#FFFFFF", "text_wrap": True, "valign": "vcenter",
                          "border": 1, "border_color": "#7F7F7F"})
    cell = wb.add_format({"font_size": 9, "font_name": "Arial", "text_wrap": True, "valign": "top",
                          "border": 1, "border_color": "#7F7F7F"})
    bold = wb.add_format({"font_size": 9, "font_name": "Arial", "text_wrap": True, "valign": "top",
                          "bold": True, "border": 1, "border_color": "#7F7F7F"})
    shaded = {"Teaching": "#E8F1F8", "Assessment": "#FFF4E0", "Industry and community collaboration": "#EAF5E9",
              "Systems and compliance": "#F1EAF6"}
    ws.write(0, 0, "The VET Practitioner Capability Framework", title)
    ws.write(1, 0, "View 2 \u2013 The Capability Framework by Levels (all four domains)", sub)
    ws.set_column(0, 0, 4)
    ws.set_column(1, 1, 12)
    ws.set_column(2, 2, 13)
    ws.set_column(3, 3, 26)
    ws.set_column(4, 6, 30)
    ws.set_row(3, 28)
    for c, h in enumerate(HEAD):
        ws.write(3, c, h, head)
    for r, row in enumerate(ROWS, start=4):
        dom_fmt = wb.add_format({"font_size": 9, "font_name": "Arial", "text_wrap": True, "valign": "top",
                                 "border": 1, "border_color": "#7F7F7F", "bg_color": shaded[row[1]]})
        lines = max(-(-len(x) // (40 if i else 34)) for i, x in enumerate(row[3:]))
        ws.set_row(r, 11.5 * lines + 8)
        for c, v in enumerate(row):
            ws.write(r, c, v, bold if c == 2 else dom_fmt if c == 1 else cell)
    ws.repeat_rows(3)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.set_margins(left=0.5, right=0.5, top=0.8, bottom=0.7)
    ws.fit_to_pages(1, 2)
    ws.set_header('&L&8Innovation && Business Skills Australia&R&8VET Practitioner Capability Framework')
    ws.set_footer('&L&8&A&R&8Page &P of &N')
    ws.hide_gridlines(2)
    wb.close()
    B.to_pdf(src, OUT)
    return OUT


if __name__ == "__main__":
    print(build())

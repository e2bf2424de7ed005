"""Partnership for Children of Cumberland County (ccpfc.org), Human Resource Committee minutes: DOCX.

NOT a competency document: committee minutes that discuss a revised staff performance-evaluation tool and name
the competencies it will rate, without defining any of them (gold: no competencies).
"""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches

import helpers as H

STEM = "ccpfc-hr-committee-minutes"
TITLE = "Human Resource Committee Meeting Minutes"


def build():
    d = docx.Document()
    H.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("HR Committee Minutes \u2013 April 19, 2022 \u2013 Page ").font.size = Pt(8)
    H.add_field(fp, "PAGE")

    for text, size, bold in (("Partnership for Children of Cumberland County", 14, True),
                             (TITLE, 12, True),
                             ("April 19, 2022 \u2022 12:30 p.m. \u2013 1:45 p.m. \u2022 Hybrid (Board Room / Zoom)", 10, False)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)

    def para(label, text):
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(text)

    para("Members Present: ", "L. Hargrove (Chair), D. McNeill, R. Ortiz, T. Whitfield, S. Baker")
    para("Members Absent: ", "J. Carver")
    para("Staff Present: ", "President; Chief Operating Officer; HR Manager (recorder)")

    items = [
        ("1. Call to Order. ",
         "The Chair called the meeting to order at 12:34 p.m. A quorum was present."),
        ("2. Approval of Minutes. ",
         "The minutes of the January 6, 2022 meeting were approved as distributed (motion by D. McNeill, second "
         "by T. Whitfield; carried unanimously)."),
        ("3. Performance Evaluation Tool. ",
         "The HR Manager presented a draft revision of the annual staff performance evaluation. The draft replaces "
         "the current narrative form with ratings on five core competencies \u2013 Communication, Teamwork, "
         "Accountability, Customer Focus and Adaptability \u2013 and adds two competencies, Leadership and "
         "Coaching, for employees who supervise others. Each competency would be rated on a four-point scale "
         "(Does Not Meet, Partially Meets, Meets, Exceeds Expectations)."),
        ("", "Members asked that short definitions and examples of expected behavior be written for each "
             "competency before the tool is used, so that supervisors rate staff consistently. R. Ortiz suggested "
             "piloting the form with two teams during the first quarter of the new fiscal year. Staff will bring "
             "the definitions and a pilot plan to the June meeting."),
        ("", "Motion: To recommend the revised evaluation structure to the Board, subject to the definitions being "
             "reviewed by the Committee in June. Moved by S. Baker, seconded by R. Ortiz. Motion carried."),
        ("4. Telework Guidelines. ",
         "The COO reported that the interim telework guidelines have worked well. The Committee asked staff to "
         "draft a permanent policy for review at the next meeting."),
        ("5. Other Business. ",
         "None."),
        ("6. Adjournment. ",
         "There being no further business, the meeting adjourned at 1:38 p.m."),
    ]
    for label, text in items:
        p = d.add_paragraph()
        if label:
            p.add_run(label).bold = True
        else:
            p.paragraph_format.left_indent = Inches(0.25)
        p.add_run(text)
    d.add_paragraph()
    d.add_paragraph("Respectfully submitted,")
    d.add_paragraph("HR Manager, Recorder")
    p = d.add_paragraph()
    p.add_run("Next meeting: June 21, 2022, 12:30 p.m.").italic = True

    out = H.DOCS / f"{STEM}.docx"
    d.save(out)
    H.write_gold(out, "docx", TITLE, [])


if __name__ == "__main__":
    build()

"""10. nyu-hr-team-meeting-agenda.docx -- NYU Division of Human Resources, team meeting agenda (NOT a competency
document).

python-docx, modelled on the NYU Division of Human Resources meeting template: header block, meeting details
table, "1. Meeting Objective", "2. Attendees" table (Name | Title | E-mail), "3. Agenda" table (Time | Topic |
Owner), "4. Action Items from Last Meeting", footer "Submitted by / Page X of Y". One agenda item talks about a
competency model review, with competency names in it."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches, RGBColor

import helpers as H

STEM = "nyu-hr-team-meeting-agenda"

DETAILS = [
    ("Meeting/Project Name:", "Talent & Organizational Development Team \u2013 Monthly Meeting"),
    ("Date of Meeting:", "10/15/2024"),
    ("Time:", "10:00am \u2013 11:30am"),
    ("Agenda Prepared By:", "Dana Whitfield"),
    ("Location:", "105 East 17th Street, Conference Room 4B / Zoom"),
]

OBJECTIVES = [
    "Review progress on the fall performance review cycle",
    "Agree the plan for reviewing the staff competency model",
    "Confirm responsibilities for the November onboarding sessions",
]

ATTENDEES = [
    ("Dana Whitfield", "Director, Talent & Organizational Development", "dana.whitfield@nyu.edu"),
    ("Marcus Oyelaran", "Senior HR Business Partner", "marcus.oyelaran@nyu.edu"),
    ("Priya Natarajan", "Learning & Development Specialist", "priya.natarajan@nyu.edu"),
    ("Elena Kowalczyk", "HRIS Analyst", "elena.kowalczyk@nyu.edu"),
    ("Tom Brennan (not attending)", "Compensation Manager", "tom.brennan@nyu.edu"),
]

AGENDA = [
    ("10:00 \u2013 10:10", "Welcome, introductions and review of the agenda", "D. Whitfield"),
    ("10:10 \u2013 10:30", "Fall performance review cycle: completion rates by school and reminders to managers",
     "M. Oyelaran"),
    ("10:30 \u2013 10:55", "Staff competency model review: feedback from the focus groups on Communication, "
                           "Collaboration and Accountability; decide whether to add Digital Fluency", "P. Natarajan"),
    ("10:55 \u2013 11:10", "Learning management system upgrade: timeline and testing volunteers", "E. Kowalczyk"),
    ("11:10 \u2013 11:20", "November onboarding sessions: room bookings and presenters", "P. Natarajan"),
    ("11:20 \u2013 11:30", "Round table, action items and next meeting date", "All"),
]

ACTIONS = [
    ("Send focus-group summary to all attendees", "P. Natarajan", "Done"),
    ("Pull completion report from PeopleSync", "E. Kowalczyk", "In progress"),
    ("Draft manager reminder e-mail", "M. Oyelaran", "Open"),
]


def build():
    doc = docx.Document()
    H.clear_core_props(doc, "Meeting Agenda")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.9)

    hp = sec.header.paragraphs[0]
    r = hp.add_run("New York University\n")
    r.bold = True
    r.font.color.rgb = RGBColor.from_string("57068C")
    hp.add_run("NYU Division of Human Resources").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Submitted by: Dana Whitfield\t\tPage ").font.size = Pt(8)
    H.add_field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(8)
    H.add_field(fp, "NUMPAGES")

    def p(text="", bold=False, size=None, after=6, before=0):
        par = doc.add_paragraph()
        par.paragraph_format.space_after = Pt(after)
        par.paragraph_format.space_before = Pt(before)
        if text:
            r = par.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        return par

    t = p("MEETING AGENDA", bold=True, size=16, after=10)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER

    tbl = doc.add_table(rows=0, cols=2)
    H.set_borders(tbl)
    for k, v in DETAILS:
        row = tbl.add_row()
        row.cells[0].paragraphs[0].add_run(k).bold = True
        H.shade(row.cells[0], "E8E0F0")
        row.cells[1].paragraphs[0].add_run(v)
    H.fix_widths(tbl, [1.9, 4.8])

    p("1. Meeting Objective", bold=True, size=11, before=12)
    for i, o in enumerate(OBJECTIVES, 1):
        par = p(f"{i}. {o}", after=2)
        par.paragraph_format.left_indent = Inches(0.3)

    p("2. Attendees", bold=True, size=11, before=12)
    tbl = doc.add_table(rows=1, cols=3)
    H.set_borders(tbl)
    for c, h in zip(tbl.rows[0].cells, ["Name", "Title", "E-mail"]):
        c.paragraphs[0].add_run(h).bold = True
        H.shade(c, "57068C")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
    for row_vals in ATTENDEES:
        row = tbl.add_row()
        for c, v in zip(row.cells, row_vals):
            c.paragraphs[0].add_run(v)
    H.fix_widths(tbl, [1.8, 2.9, 2.0])

    p("3. Agenda", bold=True, size=11, before=12)
    tbl = doc.add_table(rows=1, cols=3)
    H.set_borders(tbl)
    H.row_flags(tbl.rows[0], header=True)
    for c, h in zip(tbl.rows[0].cells, ["Time", "Topic", "Owner"]):
        c.paragraphs[0].add_run(h).bold = True
        H.shade(c, "57068C")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
    for row_vals in AGENDA:
        row = tbl.add_row()
        for c, v in zip(row.cells, row_vals):
            c.paragraphs[0].add_run(v)
    H.fix_widths(tbl, [1.2, 4.3, 1.2])

    p("4. Action Items from Last Meeting", bold=True, size=11, before=12)
    tbl = doc.add_table(rows=1, cols=3)
    H.set_borders(tbl)
    for c, h in zip(tbl.rows[0].cells, ["Action", "Owner", "Status"]):
        c.paragraphs[0].add_run(h).bold = True
        H.shade(c, "E8E0F0")
    for row_vals in ACTIONS:
        row = tbl.add_row()
        for c, v in zip(row.cells, row_vals):
            c.paragraphs[0].add_run(v)
    H.fix_widths(tbl, [3.7, 1.5, 1.5])

    p("Next meeting: Tuesday, November 12, 2024, 10:00am. Please send agenda items to Dana by November 5.",
      before=12)

    out = H.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build())

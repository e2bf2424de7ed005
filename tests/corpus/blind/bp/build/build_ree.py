"""USDA REE - "REE Leadership Competency Guide" excerpt (PDF).

python-docx (Arial), cover block, running header with the page number and the guide title, introduction,
"Levels of Leadership" definitions, then the ECQ "Leading Change" with one competency per block: bold
name, definition paragraph, and a two-column Word table Level | Behavioral Examples (repeated header row,
bulleted examples in the right-hand cell) -> LibreOffice -> PDF.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Inches, RGBColor

import bplib as L

STEM = "usda-ree-leadership-competency-guide"
TITLE = "REE Leadership Competency Guide"
LEVELS = ["Level 1 \u2013 Team Leader", "Level 2 \u2013 Supervisor", "Level 3 \u2013 Manager",
          "Level 4 \u2013 Executive"]
LEVEL_DEFS = [
    "Leads a project or work team without supervisory authority; assigns and reviews the work of team "
    "members and represents the team to the supervisor.",
    "First-line supervisor of a work unit or laboratory; plans and assigns work, evaluates performance and "
    "develops employees.",
    "Directs a program, research unit or area office through subordinate supervisors; allocates resources "
    "and sets priorities across units.",
    "Senior leader of an agency, area or major staff office; sets strategic direction and represents the "
    "mission area to the Department and to outside partners.",
]

ECQ = "LEADING CHANGE"
ECQ_TEXT = ("This core qualification covers the ability to bring about strategic change inside and outside "
            "the organization, to set an organizational vision and to carry it out in an environment that "
            "keeps changing.")

COMPS = [
    ("Creativity and Innovation",
     "Looks at situations in new ways; challenges accepted approaches; welcomes new ideas and innovation; "
     "designs and puts in place new or leading-edge programs and processes.",
     [["Suggests better ways to organize the team's work and tries them out with team members.",
       "Invites every team member to contribute ideas in project meetings."],
      ["Sets aside time in unit meetings to discuss improvements to laboratory or office procedures.",
       "Recognizes employees who propose ideas that save time or money.",
       "Tests a new approach on a small scale before asking the unit to adopt it."],
      ["Creates cross-unit groups to look for new solutions to long-standing program problems.",
       "Secures resources to pilot promising ideas from staff."],
      ["Builds an agency culture in which calculated risk taking is expected and supported.",
       "Champions new programs that change how the mission area delivers research and services."]]),
    ("External Awareness",
     "Keeps current on local, national and international policies and trends that affect the organization "
     "and influence the views of its stakeholders; understands the effect the organization has on the world "
     "outside it.",
     [["Keeps informed about agency priorities that affect the team's project.",
       "Shares news about relevant policy changes with team members."],
      ["Explains to employees how new legislation or Departmental policy affects the unit's work.",
       "Attends stakeholder meetings and reports what was learned to the unit."],
      ["Monitors scientific, economic and political trends and adjusts program plans to them.",
       "Maintains working relationships with partner agencies, universities and industry groups."],
      ["Anticipates national and international developments and positions the agency to respond.",
       "Represents the mission area in high-level forums that shape future policy."]]),
    ("Flexibility",
     "Is receptive to change and to new information; adjusts quickly to new facts, changed conditions or "
     "obstacles nobody expected.",
     [["Adjusts the team's schedule when priorities change without losing sight of deadlines."],
      ["Reassigns work within the unit quickly when staffing or funding changes.",
       "Considers employee suggestions that differ from own views."],
      ["Revises program plans in response to budget reductions while protecting critical work.",
       "Helps subordinate supervisors lead their staff through reorganizations."],
      ["Redirects agency resources when national priorities shift.",
       "Models a constructive response to major change for the whole organization."]]),
]


def build():
    doc = Document()
    L.clear_core_props(doc, TITLE)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.different_first_page_header_footer = True
    normal = doc.styles["Normal"]
    L.style_font(normal, "Arial")
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)

    hp = sec.header.paragraphs[0]
    L.add_field(hp, "PAGE", "2")
    hq = sec.header.add_paragraph()
    hq.add_run(TITLE).bold = True
    L.para_border(hq, ("bottom",), color="2F5496", size=8)

    # cover
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(150)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x2F, 0x54, 0x96)
    for line in ["Administrative and Financial Management", "Human Resources Division", "REE Services Branch",
                 "Employee and Leadership Development Staff"]:
        q = doc.add_paragraph(line)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_after = Pt(2)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # introduction
    intro = [
        "Leadership Development and Succession Planning is one of the key elements of the REE Human Capital "
        "Plan. Its goal is to keep leadership continuous through comprehensive succession planning and "
        "leadership development programs and opportunities. The REE Leadership Competency Guide was written "
        "to support that goal by building core leadership competencies.",
        "The guide gives behavioral examples for each of the 27 competencies in the OPM Leadership "
        "Competency Model. Behavioral examples are \u201csuccess indicators\u201d: they show what a "
        "successful employee at a given level would be doing to demonstrate knowledge, skill and ability in "
        "the competency. Each competency has examples at four levels, and each level matches a level of "
        "leadership. The four levels are defined on the next page.",
        "Use the examples to plan your own development and that of your employees, to assess current "
        "proficiency and to set developmental goals. Each level builds on the one before it; employees "
        "preparing for the next level of leadership should master the behaviors of their current level and "
        "begin working on those of the next.",
    ]
    for t in intro:
        doc.add_paragraph(t)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    h = doc.add_paragraph()
    h.add_run("Levels of Leadership").bold = True
    h.runs[0].font.size = Pt(14)
    for lab, d in zip(LEVELS, LEVEL_DEFS):
        p = doc.add_paragraph()
        p.add_run(lab + ": ").bold = True
        p.add_run(d)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    bullet = L.add_numbering(doc, L.bullet_lvl("\u2022", left=252, hanging=216), "6D1E2F30")
    p = doc.add_paragraph()
    r = p.add_run(ECQ)
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x2F, 0x54, 0x96)
    doc.add_paragraph(ECQ_TEXT).runs[0].italic = True
    for name, definition, cells in COMPS:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(name)
        r.bold = True
        r.font.size = Pt(12)
        q = doc.add_paragraph(definition)
        q.paragraph_format.keep_with_next = True
        t = doc.add_table(rows=1 + len(LEVELS), cols=2)
        L.table_borders(t, color="8EAADB")
        L.set_cell_margins(t)
        for j, lab in enumerate(["Level", "Behavioral Examples"]):
            c = t.rows[0].cells[j]
            L.cell_text(c, lab, bold=True, color="FFFFFF")
            L.shade(c, "2F5496")
        L.row_flags(t.rows[0], cant_split=True, header=True)
        for i, (lab, exs) in enumerate(zip(LEVELS, cells), 1):
            row = t.rows[i]
            L.row_flags(row, cant_split=True)
            L.cell_text(row.cells[0], lab, bold=True)
            L.shade(row.cells[0], "D9E2F3")
            c = row.cells[1]
            for k, ex in enumerate(exs):
                para = c.paragraphs[0] if k == 0 else c.add_paragraph()
                para.text = ex
                L.set_num(para, bullet)
                para.paragraph_format.space_after = Pt(2)
        L.fix_widths(t, [1.6, 4.9])
    out = L.DOCS / f"{STEM}.pdf"
    L.docx_to_pdf(doc, out)
    return out


def gold(out):
    comps = []
    for name, definition, cells in COMPS:
        levels = [L.level(STEM, i + 1, LEVELS[i], cells[i]) for i in range(4)]
        comps.append(L.competency(STEM, name, definition, levels=levels))
    L.write_gold(out, "pdf", TITLE, comps)


def main():
    out = build()
    gold(out)
    print("built", out.name)


if __name__ == "__main__":
    main()

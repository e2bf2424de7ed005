"""Alaska Mental Health Trust Authority et al. - "Alaskan Core Competencies for Direct Care Workers" (DOCX).

python-docx: cover lines, citation / permissions front matter, "Using the Competencies" note, then per
competency category a Heading 1 and per competency a numbered heading ("1.1 ...") followed by a three-column
Word table Unsatisfactory | Satisfactory | Excellent whose cells hold real Word bullets.
Running header / footer with PAGE field.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Inches, RGBColor

import bplib as L

STEM = "akcc-direct-care-core-competencies"
TITLE = "Alaskan Core Competencies for Direct Care Workers in Health and Human Services"
LEVELS = ["Unsatisfactory", "Satisfactory", "Excellent"]

CATEGORIES = [
    ("Competency Category 1: Working with Others", [
        ("1.1", "Builds trusting relationships with individuals and families", [
            ["Is impatient or dismissive when individuals or family members raise concerns",
             "Shares personal information about individuals with people who have no need to know it"],
            ["Greets individuals and families warmly and learns how they prefer to be addressed",
             "Follows through on what was promised so that individuals can rely on the worker"],
            ["Earns the trust of individuals who have been reluctant to accept services",
             "Helps co-workers find ways to repair relationships that have been strained"],
        ]),
        ("1.2", "Communicates clearly with individuals, families and co-workers", [
            ["Uses slang, jargon or a tone that confuses or upsets the listener",
             "Passes on incomplete or inaccurate information at shift change"],
            ["Speaks at a pace and in words that the listener can follow",
             "Checks that the message was understood by asking the listener to explain it back"],
            ["Adjusts the way information is shared for people with hearing, vision or language needs",
             "Is asked by the team to explain difficult information to individuals and families"],
        ]),
        ("1.3", "Works as a member of the care team", [
            ["Declines to help co-workers when own tasks are finished",
             "Complains about team decisions to individuals receiving services"],
            ["Shares observations about individuals with the team in a timely way",
             "Carries out the parts of the service plan assigned to the worker"],
            ["Offers ideas in team meetings that improve the service plan",
             "Helps new team members learn routines and expectations"],
        ]),
    ]),
    ("Competency Category 2: Crisis Prevention and Intervention", [
        ("2.1", "Recognizes early signs of a crisis", [
            ["Overlooks changes in mood, behavior or health that signal rising distress",
             "Waits for a situation to escalate before asking for help"],
            ["Notices and reports warning signs described in the individual's plan",
             "Knows the people and places in the community that commonly trigger distress for the individual"],
            ["Identifies patterns that come before a crisis and suggests changes to the plan to prevent them",
             "Coaches individuals to recognize their own early warning signs"],
        ]),
        ("2.2", "Responds safely when a crisis occurs", [
            ["Raises own voice or uses physical force that is not permitted by agency policy",
             "Leaves the individual alone during a crisis without making sure someone else is present"],
            ["Uses calm words and body language to lower the tension in the situation",
             "Follows agency procedures for calling for help and documenting the event"],
            ["Stays in control during complex or dangerous events and directs others to safety",
             "Leads a review with the team after a crisis to learn what could be done differently"],
        ]),
    ]),
]


def build():
    doc = Document()
    L.clear_core_props(doc, TITLE)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.9)
    normal = doc.styles["Normal"]
    L.style_font(normal, "Calibri")
    normal.font.size = Pt(10.5)
    for sname in ("Heading 1", "Heading 2", "Title"):
        L.style_font(doc.styles[sname], "Calibri")
    doc.styles["Heading 1"].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.styles["Heading 2"].font.color.rgb = RGBColor(0x2E, 0x74, 0xB5)

    # running header / footer
    hp = sec.header.paragraphs[0]
    hp.text = "alaskan core competencies  version 1.0"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    L.add_field(fp, "PAGE")

    # cover
    for text, size, bold in [("Alaskan Core Competencies", 26, True),
                             ("for Direct Care Workers in Health and Human Services", 16, False),
                             ("Version 1.0", 12, False),
                             ("A Project of Alaska\u2019s Committee on Workforce Competency", 12, False)]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        p.paragraph_format.space_after = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(120)
    p.add_run("Developed through a Collaboration of").italic = True
    for org in ["The Alaska Mental Health Trust Authority",
                "The State of Alaska Department of Health and Social Services",
                "The University of Alaska",
                "The Western Interstate Commission for Higher Education",
                "The Annapolis Coalition on the Behavioral Health Workforce"]:
        q = doc.add_paragraph(org)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # front matter
    for label, text in [
        ("Electronic copies:", "This document can be downloaded from the websites of The Alaska Mental Health "
         "Trust Authority and The Annapolis Coalition (Alaskan Core Competencies page)."),
        ("Recommended citation:", "M.A. Hoge and M. McFaul (eds). Alaskan Core Competencies for Direct Care "
         "Workers in Health and Human Services. Anchorage, AK: The Alaska Mental Health Trust Authority, 2010."),
        ("Permissions to use:", "Individuals and organizations in Alaska may use the competencies for "
         "non-profit purposes that strengthen health and human services in the state. Please let the "
         "Committee on Workforce Competency know how you are using them."),
    ]:
        p = doc.add_paragraph()
        p.add_run(label + " ").bold = True
        p.add_run(text)
        p.paragraph_format.space_after = Pt(8)
    doc.add_heading("Using the Competencies", level=1)
    doc.add_paragraph(
        "The competencies are grouped into broad categories. Each competency is described at three levels "
        "of performance so that workers and supervisors can see what falls short of expectations, what "
        "meets them and what goes beyond them. The descriptions are examples, not complete lists.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    bullet = L.add_numbering(doc, L.bullet_lvl("\u2022", left=216, hanging=180), "4C2B7A11")
    for cat, comps in CATEGORIES:
        doc.add_heading(cat, level=1)
        for num, name, cells in comps:
            h = doc.add_heading(f"{num}  {name}", level=2)
            h.paragraph_format.keep_with_next = True
            t = doc.add_table(rows=2, cols=3)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            L.table_borders(t, color="7F7F7F")
            L.set_cell_margins(t)
            for j, lab in enumerate(LEVELS):
                c = t.rows[0].cells[j]
                L.cell_text(c, lab, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
                L.shade(c, ["F4CCCC", "FFF2CC", "D9EAD3"][j])
            L.row_flags(t.rows[0], cant_split=True, header=True)
            L.row_flags(t.rows[1], cant_split=True)
            for j, texts in enumerate(cells):
                c = t.rows[1].cells[j]
                first = True
                for tx in texts:
                    q = c.paragraphs[0] if first else c.add_paragraph()
                    q.text = tx
                    L.set_num(q, bullet)
                    q.paragraph_format.space_after = Pt(3)
                    first = False
            L.fix_widths(t, [2.2, 2.2, 2.2])
            doc.add_paragraph().paragraph_format.space_after = Pt(4)
    out = L.DOCS / f"{STEM}.docx"
    doc.save(str(out))
    return out


def gold(out):
    comps = []
    for _cat, cs in CATEGORIES:
        for _num, name, cells in cs:
            levels = [L.level(STEM, r + 1, LEVELS[r], cells[r]) for r in range(3)]
            comps.append(L.competency(STEM, name, None, levels=levels))
    L.write_gold(out, "docx", TITLE, comps)


def main():
    out = build()
    gold(out)
    print("built", out.name)


if __name__ == "__main__":
    main()

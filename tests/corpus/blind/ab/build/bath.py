"""bath-effective-behaviours-framework.docx: University of Bath, Human Resources, "Effective Behaviours
Framework (EBF)" for the Management, Specialist and Administrative (MSA) job family (python-docx).

Layout modelled on the University of Bath EBF pages (AUA-based framework): introduction, "How it works"
with the three aspects Self / Others / Organisation, then each behavioural area with a short unlabelled
description and a table: a header row Self | Others | Organisation over a row of bullets, and a full-width
row "Behaviours that may indicate a need for development" over its bullets. No levels: the framework
deliberately does not grade behaviours by level."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches, RGBColor

import common as C
import helpers as H

STEM = "bath-effective-behaviours-framework"
NAME = STEM + ".docx"
ASPECTS = ["Self", "Others", "Organisation"]
DEV = "Behaviours that may indicate a need for development"

AREAS = [
    ("Delivering excellent service",
     "Providing the highest standard of service to students, colleagues and external clients, and building "
     "honest, long-term relationships that keep raising service standards.",
     {"Self": ["Takes personal responsibility for resolving enquiries and requests.",
               "Keeps promises and deadlines, or explains early when they cannot be met.",
               "Seeks feedback on own service and acts on it."],
      "Others": ["Finds out what students and colleagues need before offering a solution.",
                 "Treats everyone with courtesy and patience, including in difficult exchanges.",
                 "Shares information so that service users do not have to ask twice."],
      "Organisation": ["Looks for ways to make University processes simpler for the people who use them.",
                       "Represents the University positively to external clients and partners.",
                       "Uses service data and feedback to improve the way the department works."],
      DEV: ["Passes enquiries on without checking that they have reached the right person.",
            "Treats the needs of service users as an interruption to the real work.",
            "Makes commitments without the means to deliver them."]}),
    ("Finding solutions",
     "Taking a broad view and working with energy and creativity to analyse problems and develop "
     "practical, workable solutions; spotting opportunities to do things differently.",
     {"Self": ["Gathers the relevant facts before reaching a view.",
               "Thinks through the consequences of different options.",
               "Is willing to try a new approach when the usual one is not working."],
      "Others": ["Involves the people affected in working out a solution.",
                 "Builds on the ideas of colleagues rather than dismissing them.",
                 "Explains the reasoning behind a recommended solution."],
      "Organisation": ["Considers the impact of a solution on other departments and on the University "
                       "as a whole.",
                       "Identifies recurring problems and tackles their root causes."],
      DEV: ["Applies the same solution whatever the circumstances.",
            "Escalates problems without first considering possible answers.",
            "Focuses on blame rather than on putting things right."]}),
    ("Embracing change",
     "Adjusting to unfamiliar situations, demands and roles; seeing change as an opportunity and being "
     "open to new ideas.",
     {"Self": ["Stays positive and productive when priorities shift.",
               "Learns new systems and ways of working quickly."],
      "Others": ["Helps colleagues understand the reasons for change.",
                 "Listens to concerns about change and responds constructively.",
                 "Shares new ideas and good practice from elsewhere."],
      "Organisation": ["Champions University initiatives, even when they bring local difficulties.",
                       "Anticipates how developments in the higher education sector may affect the "
                       "department."],
      DEV: ["Holds on to established practice for its own sake.",
            "Criticises change without suggesting alternatives.",
            "Waits to be told before adapting."]}),
]

NAVY = RGBColor(0x00, 0x2B, 0x5C)


def build():
    d = docx.Document()
    C.clear_core_props(d, "Effective Behaviours Framework")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.27), Inches(11.69)
    sec.left_margin = sec.right_margin = Inches(0.8)
    hp = sec.header.paragraphs[0]
    H.tab_stop_right(hp, 9460)
    r = hp.add_run("UNIVERSITY OF BATH\t\tEffective Behaviours Framework")
    r.font.size = Pt(8.5)
    r.font.color.rgb = NAVY
    fp = sec.footer.paragraphs[0]
    H.tab_stop_right(fp, 9460)
    fp.add_run("Human Resources\t\tPage ")
    C.add_field(fp, "PAGE")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES")
    for run in fp.runs:
        run.font.size = Pt(8)

    t = d.add_heading("The Effective Behaviours Framework (EBF)", 0)
    for r in t.runs:
        r.font.color.rgb = NAVY
        r.font.size = Pt(22)
    p = d.add_paragraph()
    r = p.add_run("Management, Specialist and Administrative (MSA) job family")
    r.italic = True
    r.font.size = Pt(11)

    d.add_heading("About the EBF", 1)
    d.add_paragraph("The Effective Behaviours Framework sets out the behaviours that mark out effective "
                    "performance and that the University particularly values. It describes how people do "
                    "their jobs rather than the tasks they carry out, and it applies to all roles in the MSA "
                    "job family. It builds on national work by the Association of University "
                    "Administrators, adapted to suit Bath.")
    d.add_heading("How it works", 1)
    d.add_paragraph("The framework is made up of nine behavioural areas. Within each area the behaviours are "
                    "looked at from three angles:")
    key = C.add_numbering(d, C.bullet_lvl("\u2022", left=720, hanging=360, font="Symbol"), "7A8B9C0D")
    for lab, text in [("Self", "behaviours shown at an individual level, which others may not always see"),
                      ("Others", "behaviours that are effective when working with others, such as "
                                 "students, colleagues and external partners"),
                      ("Organisation", "behaviours that are effective when acting for, or influencing at "
                                       "the level of, the department or the University")]:
        p = d.add_paragraph()
        p.add_run(lab).bold = True
        p.add_run(" – " + text)
        C.set_num(p, key)
    d.add_paragraph("Each area also lists behaviours that may indicate a need for development. These are "
                    "offered to support reflection and self-assessment; they are not a checklist. The "
                    "framework does not describe different behaviours for different grades.")

    for i, (name, desc, cells) in enumerate(AREAS):
        h = d.add_heading(name, 1)
        for r in h.runs:
            r.font.color.rgb = NAVY
        if i:
            H.page_break_before(h)
        p = d.add_paragraph(desc)
        p.paragraph_format.space_after = Pt(8)
        tb = d.add_table(rows=4, cols=3)
        tb.style = d.styles["Table Grid"]
        C.fix_widths(tb, [2.22, 2.22, 2.23])
        H.set_cell_margins(tb)
        bnum = C.add_numbering(d, C.bullet_lvl("\u2022", left=252, hanging=180, font="Symbol"),
                               f"8B9C{i:04X}")
        for j, asp in enumerate(ASPECTS):
            hc = tb.rows[0].cells[j]
            C.shade(hc, "002B5C")
            r = hc.paragraphs[0].add_run(asp)
            r.bold = True
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            cell = tb.rows[1].cells[j]
            for k, b in enumerate(cells[asp]):
                bp = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                bp.add_run(b)
                bp.paragraph_format.space_after = Pt(3)
                C.set_num(bp, bnum)
        dev_head = tb.rows[2].cells[0].merge(tb.rows[2].cells[2])
        C.shade(dev_head, "D9E2EC")
        dev_head.paragraphs[0].add_run(DEV).bold = True
        dev = tb.rows[3].cells[0].merge(tb.rows[3].cells[2])
        for k, b in enumerate(cells[DEV]):
            bp = dev.paragraphs[0] if k == 0 else dev.add_paragraph()
            bp.add_run(b)
            bp.paragraph_format.space_after = Pt(3)
            C.set_num(bp, bnum)
    d.save(H.DOCS / NAME)


def gold():
    comps = []
    for name, desc, cells in AREAS:
        ind = []
        for g in ASPECTS + [DEV]:
            ind += H.items(cells[g], STEM, group=g)
        comps.append(H.comp(name, STEM, desc, indicators=ind))
    return H.write_gold(STEM, NAME, "docx", "The Effective Behaviours Framework (EBF)", comps)


if __name__ == "__main__":
    build()
    print(gold())

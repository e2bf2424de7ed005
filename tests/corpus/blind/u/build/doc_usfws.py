"""U.S. Fish and Wildlife Service (USFWS), National Conservation Training Center - USFWS Leadership Competency
Development Model ("A Tool for Developing the Service's Leaders"), section "USFWS Mission Critical First
Appointment Leader Competencies".  PDF: python-docx -> LibreOffice.  Excerpt: ACCOUNTABILITY and TEAM
BUILDING (printed pages 16-...).

Per competency (as the USFWS "How to Use This Tool" page lists): ALL-CAPS name, Definition, Importance,
"How do First Appointment Leaders Demonstrate This Competency?", "Elements of the Competency and
Distinguishing Behaviors" (two-column Word table: element | bulleted behaviours, repeating header row),
"Developmental Activities" (bullets).  Running header, page numbers starting at 16.
"""
import shutil
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Inches, RGBColor

import ucommon as C

STEM = "usfws-first-appointment-leader-competencies"
NAME = STEM + ".pdf"
TITLE = "USFWS Mission Critical First Appointment Leader Competencies"
HOW = "How do First Appointment Leaders Demonstrate This Competency?"

COMPS = [
    dict(
        name="ACCOUNTABILITY",
        definition=(
            "Holds self and others answerable for measurable, high-quality, timely, and cost-effective results. "
            "Sets objectives, fixes priorities, and delegates work. Owns up to mistakes. Works within established "
            "control systems and rules."),
        importance=(
            "Service employees are entrusted with public funds and with the conservation of fish, wildlife, and "
            "plants on behalf of the American people. Leaders who hold themselves and their teams answerable for "
            "results build the credibility of the Service with Congress, partners, and the public, and make sure "
            "that limited money and staff time go where they achieve the most for the mission."),
        how=(
            "First Appointment leaders take ownership of their own work and of the work of the small teams or "
            "crews they lead. They make sure that every team member knows what is expected, by when, and to what "
            "standard. They track progress, follow Service policies on property, funds, and safety, and admit "
            "their mistakes openly so that the team can learn from them. When results fall short, they look "
            "first at what they could have done differently."),
        elements=[
            ("Takes responsibility for own work and results.", [
                "Completes assignments on time and to the agreed standard.",
                "Admits mistakes promptly and takes steps to correct them.",
                "Keeps the supervisor informed about progress, problems, and changes in schedule."]),
            ("Sets clear expectations for team members.", [
                "Explains assignments, deadlines, and quality standards before work begins.",
                "Delegates tasks that match each team member\u2019s skills and development needs.",
                "Follows up on assignments and gives timely feedback on performance."]),
            ("Uses Service resources responsibly.", [
                "Follows procedures for property, purchase cards, vehicles, and time and attendance.",
                "Tracks spending against the project budget and reports variances.",
                "Applies safety rules in the field and in the office and expects others to do the same."]),
        ],
        activities=[
            "Volunteer to track the budget for a small project and report on its status at staff meetings.",
            "Ask your supervisor to review a recent assignment with you and agree on measures of success for the "
            "next one.",
            "Keep a log of the commitments you make to others for one month and review how many you met on time.",
            "Serve as the property custodian or purchase card holder for your unit for a year.",
            "Complete a course on the basics of federal budget execution or appropriations law.",
            "Interview a Project Leader or Refuge Manager about how they hold their staff accountable for "
            "results.",
        ]),
    dict(
        name="TEAM BUILDING",
        definition=(
            "Inspires team commitment, spirit, pride, and trust. Encourages cooperation and motivates team "
            "members to achieve shared goals."),
        importance=(
            "Much of the Service\u2019s work, from refuge management to species recovery planning, is done by "
            "teams drawn from different programs, disciplines, and duty stations. Leaders who can build trust "
            "and a shared sense of purpose help these teams work through disagreements, draw on each member\u2019s "
            "expertise, and deliver results that no individual could achieve alone."),
        how=(
            "First Appointment leaders create a climate in which team members feel valued and are willing to "
            "share ideas. They make sure that everyone understands the team\u2019s goals and their own part in "
            "achieving them. They recognize contributions, deal with conflict early and fairly, and involve the "
            "team in decisions that affect its work."),
        elements=[
            ("Builds trust and commitment within the team.", [
                "Keeps the promises made to team members.",
                "Shares information openly, including the reasons for decisions.",
                "Treats team members fairly and consistently."]),
            ("Encourages cooperation and collaboration.", [
                "Asks for the views of all team members before making decisions that affect the team.",
                "Deals with conflict between team members promptly and constructively.",
                "Links the team with other programs and offices that can help it succeed."]),
            ("Recognizes and celebrates team success.", [
                "Gives credit to the team and to individuals for their contributions.",
                "Uses awards and informal recognition to reinforce behaviors that help the team."]),
        ],
        activities=[
            "Lead a team through a short project and hold an after-action review with the team when it ends.",
            "Facilitate a team meeting to agree on shared goals and ground rules.",
            "Observe a leader known for building strong teams and discuss their practices with them.",
            "Attend a course on team dynamics or facilitation skills.",
            "Ask team members for feedback on how well the team works together and act on one suggestion.",
        ]),
]

GREEN = RGBColor(0x1F, 0x4E, 0x3D)


def heading(d, text, size=11, caps=False, color=GREEN, before=10):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = color
    return p


def render(path):
    d = Document()
    C.clear_core_props(d, "USFWS Leadership Competency Development Model")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin = sec.bottom_margin = Inches(0.9)
    sectPr = sec._sectPr
    sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="16"/>'))
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("USFWS Leadership Competency Development Model")
    hr.font.size = Pt(9)
    hr.italic = True
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr2 = hp2.add_run("First Appointment Leader")
    hr2.font.size = Pt(9)
    hr2.italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    C.add_field(fp, "PAGE", "16")

    bullets = C.add_numbering(d, C.bullet_lvl(glyph="\u2022", left=288, hanging=216), "3B7A11C4")
    act_bullets = C.add_numbering(d, C.bullet_lvl(glyph="\u2022", left=360, hanging=360), "3B7A11C5")

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tr = t.add_run(TITLE)
    tr.bold = True
    tr.font.size = Pt(15)
    tr.font.color.rgb = GREEN
    for i, c in enumerate(COMPS):
        if i:
            d.add_page_break()
        hp2 = heading(d, c["name"], size=14, before=14)
        hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        heading(d, "Definition")
        d.add_paragraph(c["definition"])
        heading(d, "Importance")
        d.add_paragraph(c["importance"])
        heading(d, HOW)
        d.add_paragraph(c["how"])
        heading(d, "Elements of the Competency and Distinguishing Behaviors")
        tbl = d.add_table(rows=1, cols=2)
        tbl.style = d.styles["Table Grid"]
        h = tbl.rows[0].cells
        for cell, txt in zip(h, ("Elements", "Distinguishing Behaviors")):
            cell.paragraphs[0].add_run(txt).bold = True
            C.shade(cell, "D9E5D6")
        C.row_flags(tbl.rows[0], cant_split=True, header=True)
        for el, behs in c["elements"]:
            row = tbl.add_row()
            C.row_flags(row)
            row.cells[0].paragraphs[0].add_run(el)
            cell = row.cells[1]
            for j, b in enumerate(behs):
                p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                C.set_num(p, bullets)
                p.add_run(b)
        C.fix_widths(tbl, [2.2, 4.3])
        heading(d, "Developmental Activities", before=14)
        for a in c["activities"]:
            p = d.add_paragraph()
            C.set_num(p, act_bullets)
            p.add_run(a)
            p.paragraph_format.space_after = Pt(3)
    tmp = Path(tempfile.mkdtemp(prefix="usfws-"))
    src = tmp / (STEM + ".docx")
    d.save(str(src))
    C.soffice(src, "pdf", tmp)
    shutil.copy(tmp / NAME, path)
    shutil.rmtree(tmp, ignore_errors=True)


def gold():
    comps = []
    for c in COMPS:
        inds = [C.item(b, STEM, group=el) for el, behs in c["elements"] for b in behs]
        notes = [C.item(c["importance"], STEM, group="Importance"), C.item(c["how"], STEM, group=HOW)]
        comps.append(C.competency(c["name"], STEM, definition=c["definition"], indicators=inds,
                                  activities=[C.item(a, STEM) for a in c["activities"]], notes=notes))
    return comps


def build():
    render(C.DOCS / NAME)
    return C.write_gold(STEM, NAME, "pdf", TITLE, gold())


if __name__ == "__main__":
    print(build())

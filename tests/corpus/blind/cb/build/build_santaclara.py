"""County of Santa Clara - Manager, Supervisor & CEMA Skill Set Model (DOCX).

Modelled on the County of Santa Clara document "Manager, Supervisor & CEMA Skill Set Model" (title seen in the
businessdocbox.com listing of similar documents; the body was not visible). Layout per the batch assignment:
INDICATORS ONLY - each skill set is a Heading 2 "Skill Set n: Name", a definition paragraph, and "Key Behaviors"
as a real Word bullet list; no proficiency levels. Running header "County of Santa Clara" and footer with the
document title and "Page X". All wording is ours. python-docx.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

import cblib as L

STEM = "santaclara-skill-set-model"
OUT = L.DOCS / f"{STEM}.docx"
TITLE = "Manager, Supervisor & CEMA Skill Set Model"

SKILLS = [
    {"name": "Leading Change",
     "definition": "Guides the organization and its people through change by explaining the reasons for it, "
                   "involving those affected and keeping the work of the department on course.",
     "behaviors": ["Explains why a change is needed and what it means for each work unit",
                   "Involves staff and labor partners early in planning the change",
                   "Identifies resistance and addresses concerns openly",
                   "Adjusts plans as new information becomes available",
                   "Celebrates progress and recognizes the people who made it possible"]},
    {"name": "Fiscal Accountability",
     "definition": "Manages public funds responsibly, ensuring that budgets are planned, monitored and spent "
                   "in line with County policy and the priorities of the Board of Supervisors.",
     "behaviors": ["Prepares realistic budget requests supported by data",
                   "Monitors expenditures and takes corrective action before overruns occur",
                   "Looks for ways to deliver services at lower cost without reducing quality",
                   "Follows procurement and contracting rules"]},
    {"name": "Developing Employees",
     "definition": "Builds a capable workforce by setting clear expectations, giving regular feedback and "
                   "supporting employees' growth.",
     "behaviors": ["Holds regular one-on-one meetings with direct reports",
                   "Completes performance evaluations on time and with specific examples",
                   "Identifies training that meets both employee and department needs",
                   "Delegates assignments that stretch employees' abilities",
                   "Addresses performance problems promptly and fairly"]},
    {"name": "Customer Service Orientation",
     "definition": "Keeps the needs of residents and internal customers at the center of the work unit's "
                   "decisions.",
     "behaviors": ["Sets service standards for the work unit and tracks results",
                   "Makes it easy for customers to give feedback",
                   "Resolves escalated complaints courteously and within a reasonable time"]},
]


def build():
    d = Document()
    L.clear_core_props(d, TITLE)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    L.style_font(d.styles["Normal"], "Times New Roman")
    d.styles["Normal"].font.size = Pt(11)
    navy = RGBColor(0x1F, 0x3A, 0x5F)
    for s in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        L.style_font(d.styles[s], "Times New Roman")
        d.styles[s].font.color.rgb = navy

    hp = sec.header.paragraphs[0]
    hp.text = "County of Santa Clara"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = f"{TITLE}\tPage "
    L.right_tab(fp, 16.5)
    L.add_field(fp, "PAGE")
    for r in fp.runs + hp.runs:
        r.font.size = Pt(8)

    bullet = L.add_numbering(d, L.bullet_lvl("\u2022", left=720, hanging=360, font="Symbol"), "1F3A5F01")

    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph("The skill sets below describe what the County expects of managers, supervisors and members "
                    "of the County Executive Management Association (CEMA). They are used in recruitment, "
                    "performance evaluation and leadership development.")
    for i, s in enumerate(SKILLS, 1):
        d.add_paragraph(f"Skill Set {i}: {s['name']}", style="Heading 2")
        d.add_paragraph(s["definition"])
        kb = d.add_paragraph("Key Behaviors")
        kb.runs[0].bold = True
        L.keep_with_next(kb)
        for b in s["behaviors"]:
            p = d.add_paragraph(b)
            L.set_num(p, bullet)
    d.save(str(OUT))


def gold():
    return [L.competency(STEM, s["name"], s["definition"], indicators=L.items(STEM, s["behaviors"]))
            for s in SKILLS]


def main():
    build()
    L.write_gold(OUT, "docx", TITLE, gold())
    print("built", OUT.name)


if __name__ == "__main__":
    main()

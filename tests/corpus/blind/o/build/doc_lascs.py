"""lascs-competency-model.pdf: Louisiana State Civil Service, Louisiana Competency Model (behaviour levels).

python-docx (Word tables for the field block, real w:numPr bullets, header/footer with PAGE/NUMPAGES)
-> LibreOffice -> PDF.  Several competencies per page, five behaviour levels each
(Forming, Improving, Successful, Exceeds, Exceptional; only three of them carry bullets)."""
import shutil
import tempfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

import common as C
import lib as L

STEM = "lascs-competency-model"
TITLE = "Louisiana Competency Model"

# the five behaviour levels and their one-line descriptors (printed the same under every competency;
# the source ends only the first and the last with a period)
LEVELS = [
    ("Forming", "Has difficulty demonstrating the competency; needs direction and practice."),
    ("Improving", "Shows progress and growing confidence but does not yet work independently on a consistent basis"),
    ("Successful", "Shows the competency independently and dependably in routine situations"),
    ("Exceeds", "Uses the competency independently in demanding or high-stakes situations, adding value or insight"),
    ("Exceptional", "Shows subject-matter expertise, acts as a role model, and raises standards."),
]

COMPS = [
    {
        "category": "People", "name": "Managing Performance", "abbr": "MP - 26",
        "definition": "The ability to set, track, and record how employees perform across the full rating year.",
        "Forming": [
            "Has difficulty stating what is expected of staff in work and conduct; does not confirm that employees have understood, which leads to confusion or uneven performance",
            "Puts off or sidesteps performance problems, resulting in gaps in documentation or in compliance with policy",
            "Has difficulty recording performance; ratings are not backed by the required justification",
            "Has trouble using the required performance management tools or systems to record observations and updates",
            "Does not finish the performance management duties set out in applicable SCS and agency policies",
        ],
        "Successful": [
            "States work and conduct expectations clearly and checks that they are understood",
            "Addresses performance issues promptly and documents them as applicable SCS and agency policies require",
            "Records performance in line with applicable SCS and agency policies; performance decisions rest on data or evidence",
            "Enters observations and updates in the required systems within the documentation requirements and timelines",
            "Completes every required performance management duty, including planning, mid-year, and end-of-year reviews, under applicable SCS and agency policies",
        ],
        "Exceptional": [
            "Reinforces expectations and builds conditions in which employees take them on and apply them on their own over time",
            "Anticipates performance problems and steps in early, coaching employees before issues escalate",
            "Keeps documentation that is consistently thorough, well supported, and used as a model by other supervisors",
            "Uses performance data to spot trends across the team and adjusts plans and support accordingly",
            "Guides other supervisors on performance management duties and helps the agency improve its practices",
        ],
    },
    {
        "category": "Self", "name": "Learning Actively", "abbr": "LA - 26",
        "definition": "The ability to seek out learning, ask for feedback, and apply new knowledge to strengthen personal and professional performance.",
        "Forming": [
            "Shows little interest in growth and avoids setting learning goals",
            "Passes over or ignores development opportunities that are available",
            "Pushes back on feedback and repeats the same mistakes; reflects little on own work",
            "Stays away from collaboration and misses chances to learn with others",
        ],
        "Successful": [
            "Sets development goals relevant to the job and takes part in formal and informal learning that supports performance",
            "Applies what was learned to current duties and shows improvement",
            "Accepts feedback and takes deliberate steps to change behavior and raise performance",
            "Takes part in peer learning and adds to shared growth through collaboration",
        ],
        "Exceptional": [
            "Sets stretching goals and seeks varied learning experiences that support long-term personal and professional growth",
            "Uses new knowledge to improve results and processes or to bring in innovative practices",
            "Asks for feedback, reflects critically, and applies the insights to drive continuous improvement and better outcomes",
            "Mentors others, shares expertise freely, and works across networks to build a culture of learning",
        ],
    },
    {
        "category": "Thought", "name": "Solving Problems", "abbr": "SP - 26",
        "definition": "The ability to identify problems, examine their causes, and carry out workable solutions.",
        "Forming": [
            "Has trouble recognizing problems or describes them only in vague terms",
            "Jumps to solutions without collecting the relevant facts",
            "Relies on a single familiar fix even when it does not fit the situation",
            "Leaves problems unresolved or passes them to others without follow-up",
        ],
        "Successful": [
            "Defines problems clearly and separates symptoms from causes",
            "Gathers and weighs relevant information before choosing a course of action",
            "Compares several options against their risks and benefits and selects a practical solution",
            "Follows through on the chosen solution and checks that it worked",
        ],
        "Exceptional": [
            "Resolves complex, recurring, or cross-agency problems that others have not been able to solve",
            "Uses structured methods such as root cause analysis to reach lasting solutions",
            "Foresees problems before they occur and puts preventive measures in place",
            "Coaches others in sound problem-solving approaches and shares lessons learned across the organization",
        ],
    },
    {
        "category": "Results", "name": "Driving Results", "abbr": "DR - 26",
        "definition": "The ability to set clear goals and see work through to measurable outcomes.",
        "Forming": [
            "Loses sight of goals or deadlines without reminders",
            "Gives up or slows down when obstacles come up",
            "Has trouble setting priorities, so key tasks are late or left unfinished",
            "Rarely checks whether work produced the intended outcome",
        ],
        "Successful": [
            "Sets clear, measurable goals and keeps work moving toward them",
            "Works through obstacles and adjusts plans to keep commitments",
            "Sets priorities so that the most important work is finished on time",
            "Tracks progress and reports results accurately",
        ],
        "Exceptional": [
            "Sets ambitious goals that advance agency priorities and inspires others to reach them",
            "Removes barriers for the team and keeps momentum through setbacks",
            "Uses data to measure outcomes and refines approaches to raise performance",
            "Is recognized for consistently delivering high-impact results that others use as a benchmark",
        ],
    },
]

NAVY = "1F3864"


def build():
    d = docx.Document()
    L.set_font(d, "Arial", 8.5, after=1)
    L.style_font(d, "Title", "Arial", 20, True, NAVY)
    L.style_font(d, "Heading 1", "Arial", 13, True, NAVY)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.75)
    sec.top_margin = Inches(0.8)
    sec.bottom_margin = Inches(0.7)
    C.clear_core_props(d, TITLE)

    hp = sec.header.paragraphs[0]
    L.right_tab(hp, Inches(7.0))
    r = hp.add_run("Louisiana Competency Model")
    r.bold = True
    r.font.color.rgb = RGBColor.from_string(NAVY)
    hp.add_run("\tState Civil Service").font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, Inches(7.0))
    fp.add_run("Every Day For Every Citizen\tPage ").font.size = Pt(8)
    C.add_field(fp, "PAGE")
    fp.add_run(" of ")
    C.add_field(fp, "NUMPAGES", "4")
    for run in fp.runs:
        run.font.size = Pt(8)

    bullets = C.add_numbering(d, C.bullet_lvl("\u2022", left=540, hanging=230), "5A1C0B01")

    d.add_paragraph(TITLE, style="Title")
    p = d.add_paragraph()
    p.add_run("Competency Behaviors \u2013 People \u00b7 Self \u00b7 Thought \u00b7 Results").italic = True
    d.add_paragraph(
        "The Louisiana Competency Model describes the skills and behaviors that lead to success in state "
        "service. Its competencies are grouped in four categories (People, Self, Thought and Results), and "
        "each competency is described at five behavior levels, from Forming to Exceptional. The pages below "
        "reproduce the behavior descriptions of selected competencies for use in hiring, onboarding, "
        "development and performance conversations.")

    for i, c in enumerate(COMPS):
        if i:
            sp = d.add_paragraph()
            sp.paragraph_format.space_before = Pt(2)
            sp.paragraph_format.space_after = Pt(2)
            L.rule_below(sp)
        t = d.add_table(rows=4, cols=2)
        L.no_borders(t)
        L.cell_margins(t, 20, 20, 60, 60)
        C.fix_widths(t, [2.2, 4.8])
        rows = [("Category:", c["category"]), ("Competency:", c["name"]),
                ("Competency Definition:", c["definition"]), ("Abbreviation in Louisiana Jobs:", c["abbr"])]
        for row, (k, v) in zip(t.rows, rows):
            C.row_flags(row)
            kp = row.cells[0].paragraphs[0]
            kr = kp.add_run(k)
            kr.bold = True
            kr.font.color.rgb = RGBColor.from_string(NAVY)
            vp = row.cells[1].paragraphs[0]
            vr = vp.add_run(v)
            if k == "Competency:":
                vr.bold = True
                vr.font.size = Pt(12)
            L.keep_next(kp)
            L.keep_next(vp)
        C.shade(t.rows[1].cells[0], "E8EDF5")
        C.shade(t.rows[1].cells[1], "E8EDF5")

        hb = d.add_paragraph()
        hb.paragraph_format.space_before = Pt(6)
        r1 = hb.add_run("Competency Behaviors: ")
        r1.bold = True
        hb.add_run("Specific, observable actions demonstrating the competency").italic = True
        L.keep_next(hb)
        for name, desc in LEVELS:
            lp = d.add_paragraph()
            lp.paragraph_format.space_before = Pt(3)
            lp.paragraph_format.space_after = Pt(0)
            lr = lp.add_run(name)
            lr.bold = True
            lr.font.color.rgb = RGBColor.from_string(NAVY)
            L.keep_next(lp)
            dp = d.add_paragraph()
            dp.paragraph_format.space_after = Pt(1)
            dr = dp.add_run(desc)
            dr.italic = True
            dr.font.size = Pt(8)
            items = c.get(name, [])
            if items:
                L.keep_next(dp)
            for k, b in enumerate(items):
                bp = d.add_paragraph(b)
                C.set_num(bp, bullets)
                bp.paragraph_format.space_after = Pt(0)
    tmp = Path(tempfile.mkdtemp(prefix="o-lascs-"))
    dx = tmp / f"{STEM}.docx"
    d.save(dx)
    pdf = L.to_pdf(dx, tmp)
    out = L.DOCS / f"{STEM}.pdf"
    shutil.copy(pdf, out)
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def gold():
    comps = []
    for c in COMPS:
        levels = []
        for rank, (name, desc) in enumerate(LEVELS, 1):
            levels.append(L.level(STEM, rank, name, [desc] + c.get(name, [])))
        comps.append(L.comp(
            STEM, c["name"], c["definition"], levels=levels,
            notes=[L.item(STEM, f"Category: {c['category']}"),
                   L.item(STEM, f"Abbreviation in Louisiana Jobs: {c['abbr']}")]))
    return L.write_gold(L.DOCS / f"{STEM}.pdf", "pdf", TITLE, comps)


if __name__ == "__main__":
    print(build())
    print(gold())

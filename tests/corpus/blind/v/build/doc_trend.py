"""TREND Diabetes (formerly TREND-UK): An Integrated Career and Competency Framework for Adult Diabetes
Nursing (5th edition), excerpt of three competency pages, PDF.

Layout: A4 portrait; front page with the title, edition, a "Contents" list (page numbers, dotted leaders
typed as tabs) and a "Levels of practice" key (front matter). Then one competency per page: numbered
heading ("12. Hypoglycaemia"), and a two-column Word table with a shaded label cell on the left and the
text on the right: first row "Competency" + the competency statement, then one row per career level
(Unregistered practitioner ... Consultant nurse), each right cell a bulleted list (real w:numPr bullets).
Running header with the framework title, footer "TREND Diabetes" + page number.
"""
import shutil

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

import vcommon as C
import vhelp as H

STEM = "trend-diabetes-nursing-competency-framework"
TITLE = "An Integrated Career and Competency Framework for Adult Diabetes Nursing"
LEVELS = ["Unregistered practitioner", "Competent nurse", "Experienced/proficient nurse",
          "Senior practitioner/expert nurse", "Consultant nurse"]

COMPS = [
    ("8", "Blood glucose and ketone monitoring",
     "Uses capillary blood glucose and ketone monitoring safely and accurately, and helps people with "
     "diabetes to understand and act on their results.",
     [
         ["Performs capillary blood glucose testing accurately with the meter approved by the employer.",
          "Carries out meter quality-control checks and keeps the records required.",
          "Reports results outside the agreed target range to a registered nurse without delay."],
         ["Understands when blood ketone testing is needed and acts on raised ketone levels.",
          "Agrees individual glucose targets with the person and documents them in the care plan.",
          "Teaches people how to use their meter safely and how to record their results."],
         ["Interprets patterns in glucose results and suggests changes to therapy to the multidisciplinary team.",
          "Explains flash and continuous glucose monitoring and helps people to get started with a sensor."],
         ["Interprets downloaded meter and sensor data to guide complex treatment decisions.",
          "Advises on the choice of meters and monitoring technology in line with the local formulary.",
          "Supports colleagues to interpret results in difficult clinical situations."],
         ["Leads service-wide policy on glucose and ketone monitoring, including point-of-care testing.",
          "Evaluates new monitoring technologies and advises commissioners on their use."],
     ]),
    ("12", "Hypoglycaemia",
     "Recognises, treats and helps to prevent hypoglycaemia in adults with diabetes, and supports the "
     "person to understand and manage their own risk.",
     [
         ["Knows the signs and symptoms of hypoglycaemia and what to do when they appear.",
          "Checks capillary blood glucose when hypoglycaemia is suspected and records the result.",
          "Gives fast-acting carbohydrate as set out in the local hypoglycaemia policy and reports the episode "
          "to a registered nurse."],
         ["Explains the causes of hypoglycaemia, including the medicines that carry a risk of it.",
          "Treats hypoglycaemia in conscious and unconscious people in line with local guidelines.",
          "Reviews the likely cause of each episode with the person and records it in the care plan.",
          "Gives advice on driving and hypoglycaemia in line with current DVLA guidance."],
         ["Adjusts treatment plans within agreed protocols to lower the risk of further episodes.",
          "Identifies people with impaired awareness of hypoglycaemia and refers them to the specialist team.",
          "Teaches carers and family members how to give glucagon where it has been prescribed."],
         ["Manages recurrent or severe hypoglycaemia, including in people with complex needs.",
          "Delivers structured teaching on hypoglycaemia to colleagues in primary and secondary care.",
          "Audits hypoglycaemia episodes in the service and acts on the findings."],
         ["Leads the development and review of hypoglycaemia guidelines across the local health economy.",
          "Works with commissioners so that hypoglycaemia treatment boxes are available in every care setting.",
          "Contributes to national guidance and research on hypoglycaemia."],
     ]),
    ("21", "Foot care",
     "Assesses the feet of people with diabetes, recognises risk and acts quickly on foot problems to "
     "prevent ulceration and amputation.",
     [
         ["Knows why people with diabetes are at increased risk of foot problems.",
          "Checks the feet of people in their care every day and reports any break in the skin, redness or swelling.",
          "Encourages people to wear suitable footwear and to check their own feet daily."],
         ["Carries out the annual foot review, including testing for loss of protective sensation and "
          "feeling for foot pulses.",
          "Assigns a foot risk category and refers in line with the local foot care pathway.",
          "Gives written and spoken foot care advice matched to the person’s level of risk."],
         ["Recognises an active diabetic foot problem and refers it the same day to the multidisciplinary "
          "foot care team.",
          "Manages uncomplicated foot wounds in line with local wound care guidelines."],
         ["Takes part in the work of the multidisciplinary foot care team and supports rapid referral.",
          "Teaches foot screening to nurses and healthcare assistants.",
          "Reviews foot screening data for the service and acts on any gaps."],
         ["Leads the development of joined-up foot protection and foot care services.",
          "Monitors amputation and ulceration rates and leads quality improvement work to reduce them."],
     ]),
]

PURPLE = "5B2C6F"
LIGHT = "EDE3F1"


def render(path):
    d = H.new_document(font="Arial", size=10, margins_cm=(2.2, 2.0, 2.0, 2.0))
    H.header_footer(d, header_text=TITLE, footer_left="TREND Diabetes", page_field=True)
    bullets = C.add_numbering(d, C.bullet_lvl("\u2022", left=284, hanging=227), "5A1B2C3D")
    # front page
    H.para(d, "5th Edition", bold=True, size=12, color=PURPLE, space_after=4)
    H.para(d, "AN INTEGRATED CAREER AND COMPETENCY FRAMEWORK FOR ADULT DIABETES NURSING", bold=True,
           size=18, color=PURPLE, space_after=14)
    H.para(d, "CONTENTS", bold=True, size=12, space_after=4)
    toc = [("How to use the framework", "1"), ("Levels of practice", "1")] + \
          [(f"{n}. {name}", str(i + 2)) for i, (n, name, _, _) in enumerate(COMPS)]
    for label, pg in toc:
        p = H.para(d, "", space_after=2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        H.run(p, f"{label}\tPage {pg}")
    H.para(d, "How to use the framework", bold=True, size=12, space_before=12, space_after=4)
    H.para(d, "Each competency page sets out what is expected of nurses and unregistered practitioners at "
              "each level of practice. The levels are cumulative: a nurse working at one level is expected "
              "to meet the competencies of the levels before it. Use the pages for self-assessment, appraisal "
              "and planning education.", space_after=8)
    H.para(d, "Levels of practice", bold=True, size=12, space_after=4)
    for lv, txt in zip(LEVELS, [
            "healthcare assistants and assistant practitioners who care for people with diabetes",
            "registered nurses who care for people with diabetes as part of their general role",
            "registered nurses with a defined diabetes remit who work with increasing autonomy",
            "diabetes specialist nurses and nurses with a lead role for diabetes in their setting",
            "nurses in consultant posts who lead diabetes nursing across organisations"]):
        p = H.para(d, "", space_after=2)
        H.run(p, lv + ": ", bold=True)
        H.run(p, txt)
    for num, name, statement, levels in COMPS:
        H.page_break(d)
        H.para(d, f"{num}. {name}", bold=True, size=16, color=PURPLE, space_after=10)
        t = d.add_table(rows=1 + len(LEVELS), cols=2)
        t.style = d.styles["Table Grid"]
        H.cell_margins(t, top=80, bottom=80)
        rows = [("Competency", [statement], False)] + [(LEVELS[i], levels[i], True) for i in range(5)]
        for r, (label, texts, is_list) in zip(t.rows, rows):
            C.shade(r.cells[0], LIGHT)
            H.cell_text(r.cells[0], label, bold=True, size=10, color=PURPLE)
            cell = r.cells[1]
            first = True
            for txt in texts:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                p.text = ""
                H.run(p, txt, size=10)
                p.paragraph_format.space_after = Pt(2)
                if is_list:
                    C.set_num(p, bullets)
            C.row_flags(r, cant_split=True)
        C.fix_widths(t, [1.75, 4.75])
    d.save(path)


def gold(doc_id):
    comps = []
    for num, name, statement, levels in COMPS:
        lv = [{"rank": i + 1, "label": LEVELS[i],
               "behaviors": [C.item(doc_id, t) for t in levels[i]]} for i in range(5)]
        comps.append(C.competency(name, doc_id, definition=statement, levels=lv))
    return comps


def build():
    tmp = H.tmpdir()
    src = tmp / f"{STEM}.docx"
    render(src)
    pdf = H.to_pdf(src, tmp)
    out = C.DOCS / f"{STEM}.pdf"
    shutil.copy(pdf, out)
    H.rm(tmp)
    return C.write_gold(STEM, out.name, "pdf", TITLE, gold(STEM))


if __name__ == "__main__":
    print(build())

"""michigan-group3-manager-competencies.pdf: State of Michigan, Group Three manager competencies,
behaviorally anchored rating scales (python-docx -> LibreOffice -> PDF).

Layout modelled on the State of Michigan rating-scale documents: running header STATE OF MICHIGAN,
a title block, then per competency a bold heading "<NAME> CORE COMPETENCY" (the case of the heading
varies as in the source), an unlabelled definition set in capitals, and three rating levels printed
low to high as bold headings (Needs Improvement / Meets Expectations / High Performing) with bullets."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches

import common as C
import helpers as H

STEM = "michigan-group3-manager-competencies"
NAME = STEM + ".pdf"

LEVELS = ["Needs Improvement", "Meets Expectations", "High Performing"]

# (heading as printed, competency name, definition, {level: [bullets]})
COMPS = [
    ("ADAPTABILITY CORE COMPETENCY", "ADAPTABILITY",
     "STAYING EFFECTIVE WHEN ONE’S OWN TASKS OR THE WORK ENVIRONMENT CHANGE SIGNIFICANTLY; ADJUSTING "
     "SMOOTHLY TO NEW WORK STRUCTURES, PROCESSES, REQUIREMENTS, OR CULTURES.",
     {"Needs Improvement": [
         "Frequently resists change; holds on to familiar, status quo methods and procedures.",
         "Seldom alters own behavior to fit what the current situation calls for.",
         "Is slow to take up new work processes and task requirements."],
      "Meets Expectations": [
         "Adjusts own behavior effectively as work settings and work processes change.",
         "Operates comfortably when a situation is unclear.",
         "Revises ideas and actions in light of input from others.",
         "Modifies personal work style and builds in process improvements to suit the situation, the "
         "individual, the department, or the agency.",
         "Helps others see why change is happening and stay composed while it happens."],
      "High Performing": [
         "Thrives where work structures and processes change often.",
         "Spots opportunities and reaches a high level of achievement in a newly changed situation or "
         "setting.",
         "Foresees changes in the work and adapts at once to new situations and requirements.",
         "Builds staff who respond very effectively to frequently shifting work requirements and "
         "organizational structures."]}),
    ("Communication Core Competency", "Communication",
     "CONVEYING AND TAKING IN INFORMATION AND IDEAS CLEARLY, THROUGH A RANGE OF MEDIA, TO INDIVIDUALS OR "
     "GROUPS IN A WAY THAT ENGAGES THE AUDIENCE, HELPS THEM GRASP AND REMEMBER THE MESSAGE, AND INVITES "
     "RESPONSE AND FEEDBACK FROM THE LISTENER.",
     {"Needs Improvement": [
         "Often struggles to state or write the key points of an issue or concern briefly.",
         "Communications are often unclear, incomplete, or late and have to be followed up or corrected.",
         "Rarely checks whether the listener has understood; does not invite questions."],
      "Meets Expectations": [
         "Expresses ideas and facts clearly and concisely, both orally and in writing.",
         "Matches content, style, and medium to the audience.",
         "Listens actively, asks clarifying questions, and confirms understanding.",
         "Keeps staff, peers, and management informed of relevant developments in a timely way."],
      "High Performing": [
         "Presents complex or sensitive information persuasively to varied audiences, including senior "
         "leaders, stakeholders, and the public.",
         "Builds open, two-way channels of communication across the department or agency.",
         "Anticipates how a message will be received and shapes it to win understanding and support."]}),
    ("Customer Focus Core Competency", "Customer Focus",
     "MAKING THE NEEDS OF INTERNAL AND EXTERNAL CUSTOMERS A HIGH PRIORITY; FINDING OUT WHAT CUSTOMERS "
     "REQUIRE AND DELIVERING SERVICE THAT MEETS OR EXCEEDS THEIR EXPECTATIONS.",
     {"Needs Improvement": [
         "Responds to customer requests slowly or only when pressed.",
         "Treats customer concerns as interruptions to the real work.",
         "Does not follow up to make sure problems have been resolved."],
      "Meets Expectations": [
         "Asks questions to find out what customers actually need.",
         "Resolves customer problems promptly and courteously, within policy.",
         "Sets service standards for the unit and monitors whether they are met.",
         "Uses customer feedback to improve processes and services."],
      "High Performing": [
         "Anticipates customer needs and designs services around them before problems arise.",
         "Builds partnerships with customers and other agencies to solve shared problems.",
         "Creates a service culture in which staff take ownership of the customer’s experience."]}),
]


def build():
    d = docx.Document()
    C.clear_core_props(d, "Group Three Manager Competencies")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)
    sec.top_margin, sec.bottom_margin = Inches(0.9), Inches(0.9)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run("STATE OF MICHIGAN")
    r.bold = True
    r.font.size = Pt(10)
    fp = sec.footer.paragraphs[0]
    H.tab_stop_right(fp, 9360)
    r = fp.add_run("Group Three Manager Competencies – Rating Scales\t\tPage ")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(8)
    C.add_field(fp, "NUMPAGES")
    for run in fp.runs:
        run.font.size = Pt(8)

    for text, size in [("State of Michigan", 14), ("Group Three", 13), ("MANAGER COMPETENCIES", 13),
                       ("BEHAVIORALLY ANCHORED RATING SCALES", 13)]:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
    d.add_paragraph()

    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=720, hanging=360, font="Symbol"), "1A2B3C4D")
    for heading, _name, definition, levels in COMPS:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        H.keep_with_next(p)
        r = p.add_run(heading)
        r.bold = True
        r.font.size = Pt(12)
        p = d.add_paragraph(definition)
        p.paragraph_format.space_after = Pt(8)
        H.keep_with_next(p)
        for lab in LEVELS:
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(2)
            H.keep_with_next(p)
            p.add_run(lab).bold = True
            for b in levels[lab]:
                bp = d.add_paragraph(b)
                bp.paragraph_format.space_after = Pt(2)
                C.set_num(bp, bullet)
    src = H.WORK / (STEM + ".docx")
    d.save(src)
    H.docx_to_pdf(src, H.DOCS / NAME)
    src.unlink()


def gold():
    comps = []
    for _heading, name, definition, levels in COMPS:
        comps.append(H.comp(name, STEM, definition, levels=[
            H.lv(i + 1, lab, H.items(levels[lab], STEM)) for i, lab in enumerate(LEVELS)]))
    return H.write_gold(STEM, NAME, "pdf", "Group Three Manager Competencies", comps)


if __name__ == "__main__":
    build()
    print(gold())

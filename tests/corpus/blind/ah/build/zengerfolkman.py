"""zengerfolkman-16-competencies-defining-behaviors.pdf: Zenger Folkman (leadership development consulting
firm, Orem, Utah), "FAQ: The 16 Competencies: Defining Behaviors".

Title and one-line intro across the page, then a two-column body (Word section with w:cols num=2, so the
PDF text interleaves the columns line by line): "n. Name" bold headings, the fixed run-in label
"Behaviors Defining This Competency:", Word bullets. Footer: "zengerfolkman.com", copyright, page number.
Excerpt: competencies 1-8 of the 16."""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Inches

import common as C
import helpers as H

STEM = "zengerfolkman-16-competencies-defining-behaviors"
DOC = H.DOCS / f"{STEM}.pdf"
TITLE = "FAQ: The 16 Competencies: Defining Behaviors"

COMPS = [
    ("Displays High Integrity and Honesty", [
        "Avoid saying one thing and doing another (i.e., practice what you preach).",
        "Keep the promises and commitments you make.",
        "Act out the core values in your own conduct.",
        "Set the example for others to follow.",
        "Be trusted by others to \u201cdo the right thing\u201d where other people are concerned.",
        "Deal honestly and ethically with others, above all when company resources are involved.",
        "Hold firm on ethics when circumstances turn difficult."]),
    ("Technical/Professional Expertise", [
        "Keep current in your field.",
        "Bring the technical, functional, and job-specific knowledge each assignment calls for.",
        "Be someone others seek out for opinions, advice, and counsel.",
        "Know your job thoroughly.",
        "Understand both the technology and the profession well.",
        "Contribute substantially to team goals through your knowledge and skill."]),
    ("Solves Problems and Analyzes Issues", [
        "Weigh information systematically, using a variety of proven methods and techniques.",
        "Welcome alternative approaches and fresh ideas.",
        "Urge others to look for and try different ways of solving complex problems.",
        "Spot patterns and trends in complex data and use them to chart a way forward.",
        "Coach others on analyzing information to solve problems and make decisions.",
        "Make complex data or situations clear so that others can understand, respond, and contribute.",
        "Share data with others proactively to help them analyze situations."]),
    ("Innovates", [
        "Come up, time after time, with creative and resourceful solutions to problems.",
        "Question the usual way of doing things constructively, and find new and better ways to do the job.",
        "Champion ingenuity at every level.",
        "Produce creative solutions by combining ideas drawn from many different sources.",
        "Create a climate in which people feel safe to experiment and to take sensible risks."]),
    ("Practices Self-Development", [
        "Ask others regularly for feedback on your own performance.",
        "Make a real effort to improve after receiving feedback.",
        "Respond to feedback constructively rather than defensively.",
        "Look for chances to learn and grow, inside and outside your role.",
        "Show a willingness to change when others suggest it.",
        "Take on stretch assignments that build new skills."]),
    ("Focuses on Results", [
        "Follow through on commitments until the job is done.",
        "Do whatever it takes, within ethical limits, to reach goals and targets.",
        "Set clear priorities and keep the team\u2019s attention on them.",
        "Track progress and remove the obstacles that slow the work down.",
        "Deliver results on time and to the agreed standard."]),
    ("Establishes Stretch Goals", [
        "Set goals for the team that go beyond what it has achieved before.",
        "Inspire others to put in the extra effort that high goals demand.",
        "Make sure everyone understands the goals and how they link to the organization\u2019s strategy.",
        "Encourage the team to keep improving rather than settle for \u201cgood enough.\u201d",
        "Set and model a standard of excellence for the team."]),
    ("Takes Initiative", [
        "Do more than what is expected.",
        "Follow through on work without needing to be reminded.",
        "Volunteer for challenging assignments.",
        "Move projects forward without waiting to be told.",
        "Anticipate problems and act before they grow."]),
]

NAVY = RGBColor(0x1F, 0x3A, 0x5F)


def set_cols(section, num, space=432):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{space}"/>'))


def render():
    H.WORK.mkdir(parents=True, exist_ok=True)
    d = Document()
    C.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(2)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.75)
    sec.top_margin, sec.bottom_margin = Inches(0.7), Inches(0.8)
    set_cols(sec, 1)

    # header / footer (the second section inherits them)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("ZENGER | FOLKMAN")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(11), NAVY
    hp.add_run("\t\tLEADERSHIP DEVELOPMENT").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("zengerfolkman.com").font.size = Pt(8)
    r = fp.add_run("\t\u00a92012 Zenger Folkman\t")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")

    p = d.add_paragraph()
    r = p.add_run(TITLE)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(16), NAVY
    p.paragraph_format.space_after = Pt(4)
    p = d.add_paragraph("This FAQ gives an overview of the kinds of behaviors that define each of the 16 competencies.")
    p.runs[0].italic = True
    p.paragraph_format.space_after = Pt(10)

    body = d.add_section(WD_SECTION.CONTINUOUS)
    set_cols(body, 2)

    bullet = C.add_numbering(d, C.bullet_lvl("\u2022", left=270, hanging=180), "5A3C1F01")
    for i, (name, behaviors) in enumerate(COMPS, 1):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(8 if i > 1 else 0)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(f"{i}. {name}")
        r.bold, r.font.size, r.font.color.rgb = True, Pt(11), NAVY
        p = d.add_paragraph()
        p.paragraph_format.keep_with_next = True
        r = p.add_run("Behaviors Defining This Competency:")
        r.bold = True
        for b in behaviors:
            q = d.add_paragraph(b)
            C.set_num(q, bullet)
    src = H.WORK / f"{STEM}.docx"
    d.save(src)
    H.to_pdf(src, H.DOCS)


def gold():
    comps = [H.competency(STEM, n, None, indicators=H.items(STEM, b)) for n, b in COMPS]
    H.write_gold(DOC, "pdf", TITLE, comps)


def build():
    render()
    gold()
    return DOC


if __name__ == "__main__":
    print(build())

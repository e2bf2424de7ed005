"""6. gnb-behavioural-competency-dictionary.docx -- Government of New Brunswick, Behavioural Competency Dictionary
(HayGroup model), excerpt of two competencies.

python-docx: Heading 1 names, "Definition:" paragraph, "Core question:" line, levels as Word MULTILEVEL numbering
(decimal "1." at level 0 names the level, bullets at level 1 for its behaviours; no typed numbers), and a
"Related competencies: a, b, c" line."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches, RGBColor

import helpers as H

STEM = "gnb-behavioural-competency-dictionary"

INTRO = [
    "A competency is any observable or measurable knowledge, skill, ability or behaviour that contributes to "
    "successful performance in a given role.",
    "Each competency has two parts: a definition and behavioural indicators. The definition explains what the "
    "competency means, so that everyone in the organization understands it in the same way. The behavioural "
    "indicators are grouped into levels. The levels are not exhaustive; they describe typical ways of "
    "demonstrating the competency, and each level builds on the ones before it.",
]

COMPS = [
    {
        "name": "Continuous Learning",
        "definition": "Continuous learning is the drive to acquire new knowledge and skills, and to reflect on "
                      "one\u2019s own performance in order to improve it. It includes learning from mistakes, "
                      "seeking out development and applying what has been learned on the job.",
        "core": "Is this person interested in learning new things and in improving themselves?",
        "levels": [
            ("Participates in Learning Activities and Learns from Own Mistakes",
             ["Takes part willingly in planned learning activities",
              "Learns from current mistakes and does not repeat them"]),
            ("Reflects on Performance",
             ["Shows enthusiasm and motivation to learn",
              "Is committed to ongoing learning and self-improvement",
              "Reflects on, analyzes and learns from past performance, both own and others\u2019, successes as "
              "well as mistakes"]),
            ("Seeks Out Learning Opportunities",
             ["Asks for feedback on own performance and acts on it",
              "Identifies own development needs and takes steps to meet them",
              "Keeps up with new developments in own field"]),
            ("Builds Learning into the Work",
             ["Sets challenging development goals and pursues them persistently",
              "Passes new knowledge on to colleagues and encourages them to keep learning",
              "Treats new assignments as opportunities to learn, and takes them on for that reason"]),
        ],
        "related": "Initiative, Flexibility, Self-Confidence",
    },
    {
        "name": "Flexibility",
        "definition": "Flexibility is the ability to adapt to, and work effectively with, a variety of "
                      "situations, individuals or groups. It means understanding and appreciating different and "
                      "opposing points of view on an issue, changing one\u2019s approach as the situation "
                      "requires, and accepting changes in one\u2019s own job or organization.",
        "core": "Does this person adapt readily when circumstances change?",
        "levels": [
            ("Accepts the Need for Flexibility",
             ["Is willing to change ideas or opinions in light of new information or contrary evidence",
              "Accepts that other people may see a situation differently"]),
            ("Applies Rules Flexibly",
             ["Uses judgment to decide how standard procedures apply to the situation at hand",
              "Adjusts own work to meet changed priorities"]),
            ("Adapts Own Approach",
             ["Changes own tactics or behaviour to suit the situation or the person",
              "Moves priorities and resources as new needs emerge",
              "Stays effective when several demands compete for attention"]),
            ("Adapts Strategies",
             ["Changes the overall plan, goal or project to fit the situation",
              "Makes organizational changes in response to the needs of a situation"]),
        ],
        "related": "Continuous Learning, Innovation, Service Orientation",
    },
]


def build():
    doc = docx.Document()
    H.clear_core_props(doc, "Behavioural Competency Dictionary")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    h1 = doc.styles["Heading 1"]
    h1.font.name = "Arial"
    h1.font.size = Pt(15)
    h1.font.color.rgb = RGBColor.from_string("1F3864")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)

    hp = sec.header.paragraphs[0]
    hp.add_run("Government of New Brunswick \u2013 Behavioural Competency Dictionary").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.add_run("HayGroup\t\t").font.size = Pt(9)
    H.add_field(fp, "PAGE")

    abs_id = H.add_abstract(doc, (
        H.lvl(0, "decimal", "%1.", 360, 360)
        + H.lvl(1, "bullet", "\u2022", 1080, 360, font="Symbol")
        + H.lvl(2, "bullet", "o", 1800, 360, font="Courier New")), "6C1D0E44", multi="multilevel")

    def p(text="", bold=False, size=None, after=6, before=0, style=None):
        par = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        par.paragraph_format.space_after = Pt(after)
        par.paragraph_format.space_before = Pt(before)
        if text:
            r = par.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        return par

    t = p("Behavioural Competency Dictionary", bold=True, size=20, after=12)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p("Introduction", style="Heading 2")
    for s in INTRO:
        p(s)

    for i, c in enumerate(COMPS):
        hd = doc.add_paragraph(c["name"], style="Heading 1")
        if i:
            hd.paragraph_format.page_break_before = True
        par = p(after=6)
        par.add_run("Definition: ").bold = True
        par.add_run(c["definition"])
        par = p(after=10)
        par.add_run("Core question: ").bold = True
        r = par.add_run(c["core"])
        r.italic = True
        num = H.add_num(doc, abs_id, restart=True)
        for lab, behs in c["levels"]:
            lp = p(lab, bold=True, after=2, before=4)
            H.set_num(lp, num, 0)
            for b in behs:
                bp = p(b, after=2)
                H.set_num(bp, num, 1)
        par = p(before=10)
        par.add_run("Related competencies: ").bold = True
        par.add_run(c["related"])

    out = H.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build())

"""ahs-competencies-guide.docx: Alberta Health Services, "AHS competencies: putting our values into action".

python-docx: Word table per competency (label column shaded, content column with real w:numPr bullets),
clusters as Heading 1 ("know myself", "care together"), competency names in lower case as AHS styles them,
header/footer with a PAGE field."""
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

import common as C
import lib as L

STEM = "ahs-competencies-guide"
TITLE = "AHS competencies"

ROWS = ("What it means", "What it looks like in action", "Questions for reflection", "Putting it into practice")

CLUSTERS = [
    ("know myself", [
        {
            "name": "take responsibility",
            "means": "I own my actions, decisions and results, and I follow through on what I say I will do.",
            "action": [
                "Follows through on commitments made to patients, families and co-workers",
                "Admits mistakes openly and reports them so the team can learn",
                "Speaks up when something is not right, even when it is uncomfortable",
                "Uses time and resources wisely and in line with AHS policies",
                "Looks for solutions rather than assigning blame",
            ],
            "reflect": [
                "When did I last own a mistake, and what did I learn from it?",
                "Do the people I work with know they can count on me to do what I said I would do?",
                "How do my choices affect the patients and colleagues around me?",
            ],
            "practice": [
                "Keep a simple list of the commitments you make each week and check them off as you complete them.",
                "Ask your manager or a trusted colleague for feedback on your reliability.",
                "Review a recent safety event or near miss with your team and agree on one change you will make.",
            ],
        },
        {
            "name": "eager to learn",
            "means": "I look for ways to grow my knowledge and skills, and I share what I learn with others.",
            "action": [
                "Asks questions and is curious about new ways of doing things",
                "Seeks out feedback and acts on it",
                "Keeps required learning and certifications current",
                "Shares new knowledge and good practices with the team",
            ],
            "reflect": [
                "What new skill have I built in the past six months?",
                "How do I respond when someone gives me feedback I did not expect?",
                "Where could I learn from colleagues in other areas or professions?",
            ],
            "practice": [
                "Set one learning goal in your performance conversation and name the support you need.",
                "Arrange to job shadow a colleague in another department for a shift.",
                "Take a course on the AHS learning system and tell your team one thing you took from it.",
                "Offer to lead a short learning moment at your next team huddle.",
            ],
        },
    ]),
    ("care together", [
        {
            "name": "communicate effectively",
            "means": "I share information clearly, listen to understand, and adjust how I communicate to the person in front of me.",
            "action": [
                "Listens actively and checks understanding before responding",
                "Uses plain language and avoids jargon with patients and families",
                "Shares information in a timely way with the people who need it",
                "Is respectful in tone, words and body language, including in email",
                "Uses structured tools such as handover reports to pass on critical information",
            ],
            "reflect": [
                "How do I know that others have understood my message?",
                "When did I last change my approach because someone was not hearing me?",
                "Is there a conversation I have been avoiding that I need to have?",
            ],
            "practice": [
                "Use the teach-back method with a patient or colleague this week.",
                "Before sending an important email, reread it from the reader's point of view.",
                "Ask a colleague to observe one of your conversations and give you feedback.",
            ],
        },
    ]),
]

TEAL = "00677F"


def build():
    d = docx.Document()
    L.set_font(d, "Arial", 10, after=4)
    L.style_font(d, "Title", "Arial", 24, True, TEAL)
    L.style_font(d, "Subtitle", "Arial", 13, False, "444444", italic=False)
    L.style_font(d, "Heading 1", "Arial", 15, True, TEAL)
    L.style_font(d, "Heading 2", "Arial", 12.5, True, "222222")
    C.clear_core_props(d, TITLE)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    hp = sec.header.paragraphs[0]
    L.right_tab(hp, Inches(6.7))
    r = hp.add_run("Alberta Health Services")
    r.bold = True
    r.font.color.rgb = RGBColor.from_string(TEAL)
    hp.add_run("\tAHS competencies guide").font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    L.right_tab(fp, Inches(6.7))
    fp.add_run("Our values: compassion \u00b7 accountability \u00b7 respect \u00b7 excellence \u00b7 safety\t")
    C.add_field(fp, "PAGE")
    for run in fp.runs:
        run.font.size = Pt(8)

    bul = C.add_numbering(d, C.bullet_lvl("\u2022", left=280, hanging=200), "A45C0001")
    intro_bul = C.add_numbering(d, C.bullet_lvl("\u2022", left=360, hanging=240), "A45C0002")

    d.add_paragraph("AHS competencies", style="Title")
    d.add_paragraph("putting our values into action", style="Subtitle")
    d.add_paragraph(
        "Our values of compassion, accountability, respect, excellence and safety guide how we work with "
        "patients, clients, families and each other. The AHS competencies turn those values into everyday "
        "actions and describe how we are expected to act in every role: staff, physicians and volunteers.")
    d.add_paragraph("Included in this guide:")
    for t in ("the AHS competencies, grouped under know myself, care together and contribute daily",
              "examples of what they look like in action",
              "questions to help you reflect on your performance and areas of growth",
              "suggestions on how to put the competencies into practice"):
        p = d.add_paragraph(t)
        C.set_num(p, intro_bul)
    d.add_paragraph(
        "Use this guide before your performance and development conversation. This excerpt covers the "
        "competencies selected for the current review cycle.").runs[0].italic = True

    for cluster, comps in CLUSTERS:
        d.add_paragraph(cluster, style="Heading 1")
        for c in comps:
            h = d.add_paragraph(c["name"], style="Heading 2")
            L.keep_next(h)
            t = d.add_table(rows=4, cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            L.grid_borders(t, "7FB3C1", 6)
            L.cell_margins(t, 70, 70, 110, 110)
            C.fix_widths(t, [1.7, 5.0])
            contents = [c["means"], c["action"], c["reflect"], c["practice"]]
            for row, label, content in zip(t.rows, ROWS, contents):
                C.row_flags(row)
                lc, rc = row.cells
                C.shade(lc, "DCEEF2")
                lr = lc.paragraphs[0].add_run(label)
                lr.bold = True
                lr.font.color.rgb = RGBColor.from_string(TEAL)
                if isinstance(content, str):
                    rc.paragraphs[0].add_run(content)
                else:
                    for k, b in enumerate(content):
                        p = rc.paragraphs[0] if k == 0 else rc.add_paragraph()
                        p.add_run(b)
                        C.set_num(p, bul)
                        p.paragraph_format.space_after = Pt(2)
            d.add_paragraph()
    out = L.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


def gold():
    comps = []
    for _cluster, cs in CLUSTERS:
        for c in cs:
            comps.append(L.comp(
                STEM, c["name"], c["means"],
                indicators=[L.item(STEM, x) for x in c["action"]],
                notes=[L.item(STEM, x, "Questions for reflection") for x in c["reflect"]],
                activities=[L.item(STEM, x) for x in c["practice"]]))
    return L.write_gold(L.DOCS / f"{STEM}.docx", "docx", TITLE, comps)


if __name__ == "__main__":
    print(build())
    print(gold())

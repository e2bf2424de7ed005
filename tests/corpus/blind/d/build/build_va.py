"""VA All Employee Competencies (DOCX, python-docx).

Title page, a static table of contents (TOC 1 / TOC 2 paragraphs with dot leaders and page numbers),
then competencies as Heading 1 with a definition paragraph, and under each competency two Heading 2
sub-competencies (the behaviours' group). Under every sub-heading the same level set is printed
again, HIGH to LOW, as indented paragraphs with an inline label: "–Expert: ...", ..., "–Novice: ...".
Running header and a PAGE field footer."""
import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Pt, Inches

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

STEM = "va-all-employee-competencies"
DOC = C.DOCS / f"{STEM}.docx"

LEVELS = ["Expert", "Advanced", "Intermediate", "Novice"]          # printed high -> low
RANK = {"Novice": 1, "Intermediate": 2, "Advanced": 3, "Expert": 4}

COMPS = [
    ("Communication",
     "Communicates clearly and accurately, in writing and in speech, with Veterans, their families, coworkers "
     "and other stakeholders, and listens in order to understand.",
     [("Demonstrates effective written communication skills", [
         "Sets the standard for written products in the organization; edits and coaches others so that complex "
         "policies and decisions are explained clearly to any audience.",
         "Writes complex documents such as reports, policies and briefings that are well organized, persuasive "
         "and suited to the intended reader.",
         "Produces clear, accurate correspondence and routine reports with correct grammar and a tone suited to "
         "the reader.",
         "Writes short, simple messages that convey basic information; relies on templates and on review by others.",
     ]),
      ("Demonstrates effective oral communication skills", [
          "Represents VA with confidence before large, senior or hostile audiences and helps others build their "
          "speaking skills.",
          "Gives briefings and presentations that hold attention, and adapts the message on the spot to the "
          "questions raised.",
          "Speaks clearly in meetings and one-on-one conversations, listens actively and checks that the message "
          "was understood.",
          "Shares routine information accurately in person or by phone; asks questions to confirm understanding.",
      ])]),
    ("Interpersonal Effectiveness",
     "Builds and keeps constructive working relationships, treats others with respect and helps create a "
     "positive work environment.",
     [("Demonstrates empathy", [
         "Builds a culture in which the concerns of Veterans and staff are heard and acted on, and models "
         "compassion in difficult situations.",
         "Reads unspoken concerns and emotions accurately and responds in ways that put people at ease.",
         "Listens attentively, acknowledges the feelings of others and shows patience with people under stress.",
         "Treats others with courtesy and notices when someone is upset; asks for help in responding.",
     ]),
      ("Contributes to high-performing teams", [
          "Creates the conditions for high performance across teams by aligning goals, resolving friction and "
          "celebrating shared success.",
          "Takes on informal leadership within the team, helps settle disagreements and shares credit for results.",
          "Completes own share of the team's work reliably, offers help to teammates and shares information freely.",
          "Cooperates with team members and keeps to team agreements when reminded.",
      ])]),
]

TOC = [(1, "All Employee Competencies", 3), (1, "Communication", 4),
       (2, "Demonstrates effective written communication skills", 4),
       (2, "Demonstrates effective oral communication skills", 5), (1, "Interpersonal Effectiveness", 6),
       (2, "Demonstrates empathy", 6), (2, "Contributes to high-performing teams", 7)]


def build():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for lvl in (1, 2):
        s = d.styles.add_style(f"TOC {lvl}", WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = d.styles["Normal"]
        s.paragraph_format.left_indent = Inches(0.25 * (lvl - 1))
        s.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "VA All Employee Competencies"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    C.add_field(fp, "PAGE")

    d.add_paragraph("VA All Employee Competencies", style="Title")
    d.add_paragraph("June 2011", style="Subtitle")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    d.add_paragraph("Contents", style="Heading 1")
    for lvl, text, pg in TOC:
        p = d.add_paragraph(f"{text}\t{pg}", style=f"TOC {lvl}")
        p.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    d.add_paragraph("All Employee Competencies", style="Heading 1")
    d.add_paragraph(
        "The All Employee Competencies describe the behaviors every VA employee is expected to show, whatever "
        "the position or grade. Each competency is made up of several sub-competencies, and each sub-competency "
        "is described at four proficiency levels, listed from the highest (Expert) to the lowest (Novice). Use "
        "them to discuss expectations, to plan development and to prepare for performance conversations.")

    for name, definition, subs in COMPS:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_paragraph(name, style="Heading 1")
        d.add_paragraph(definition)
        for sub, texts in subs:
            d.add_paragraph(sub, style="Heading 2")
            lab = d.add_paragraph()
            lab.add_run("Proficiency Levels").bold = True
            for lv, tx in zip(LEVELS, texts):
                p = d.add_paragraph()
                p.paragraph_format.left_indent = Inches(0.25)
                p.paragraph_format.space_after = Pt(4)
                p.add_run(f"\u2013{lv}: ").bold = True
                p.add_run(tx)
    C.clear_core_props(d, "VA All Employee Competencies")
    d.save(DOC)

    comps = []
    for name, definition, subs in COMPS:
        levels = []
        for lv in LEVELS:
            i = LEVELS.index(lv)
            levels.append({"rank": RANK[lv], "label": lv,
                           "behaviors": [C.item(STEM, texts[i], group=sub) for sub, texts in subs]})
        comps.append(C.competency(STEM, name, definition, levels=levels))
    C.write_gold(DOC, "docx", "VA All Employee Competencies", comps)


if __name__ == "__main__":
    build()
    print("built", DOC)

"""2. harvard-competency-dictionary.docx -- Harvard University Competency Dictionary (DDI-based), excerpt.

python-docx; every paragraph in the Normal style (no heading styles): names as bold ALL-CAPS paragraphs,
a definition, a bold "Key Actions" line, Word bullets (numbering.xml, two levels) with nested bullets."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches

import helpers as H

STEM = "harvard-competency-dictionary"

INTRO = ("Competencies are the things a person has to show to be effective in a job, role, function, task or "
         "duty: job-relevant behaviour, motivation and technical knowledge or skill. Each entry below gives a "
         "competency\u2019s definition and the key actions that make it up. Use the entries to discuss "
         "expectations, plan development and prepare for performance conversations.")

COMPETENCIES = [
    ("ADAPTABILITY",
     "Staying effective when work tasks or the work environment change in major ways; adjusting well to new "
     "work structures, processes, requirements or cultures.",
     [
         ("Trying to understand changes\u2014Actively looks for information about the nature of a change and "
          "how it affects own work; asks for explanations when something is unclear.", []),
         ("Approaching change positively\u2014Treats change and new situations as chances to learn or grow; "
          "focuses on what the change makes better; talks about the change positively with others.",
          ["Volunteers for pilot groups that try out new procedures.",
           "Passes on early successes of the change to co-workers."]),
         ("Adjusting behavior\u2014Quickly changes own behavior to deal with changes in the work environment; "
          "readily tries approaches suited to the new situation; drops approaches that no longer work.", []),
     ]),
    ("BUILDING TRUST",
     "Dealing with others in a way that gives them confidence in one\u2019s own intentions and in those of the "
     "organization.",
     [
         ("Demonstrates honesty\u2014Works with others in an open and honest way; admits own mistakes; "
          "communicates all the information others need.", []),
         ("Keeps commitments\u2014Does what was promised; follows through on agreements.",
          ["Tells others promptly when a commitment cannot be met.",
           "Renegotiates deadlines before they pass, not after.",
           "Keeps confidential information confidential."]),
         ("Behaves consistently\u2014Makes sure that words and actions match; acts in the same way in similar "
          "situations.", []),
     ]),
    ("CONTINUOUS LEARNING",
     "Actively finding new areas to learn; regularly creating and using learning opportunities; putting newly "
     "gained knowledge and skill to use on the job, and learning further through that use.",
     [
         ("Targets learning needs\u2014Looks for and uses feedback and other sources of information to find "
          "the areas where learning is needed.", []),
         ("Seeks learning activities\u2014Finds and takes part in suitable learning activities (for example, "
          "courses, reading, self-study, coaching and learning on the job) that meet those needs.",
          ["Sets aside time in the work week for planned learning.",
           "Asks experienced colleagues to act as informal coaches."]),
         ("Maximizes learning\u2014Takes an active part in learning activities so as to get the most out of "
          "them (for example, takes notes, asks questions, takes on demanding roles in exercises).", []),
         ("Applies knowledge or skill\u2014Puts new knowledge, understanding or skill to practical use on the "
          "job; learns more by applying it.", []),
         ("Takes risks in learning\u2014Steps outside own comfort zone; tries new approaches; accepts that "
          "mistakes are part of learning.", []),
     ]),
]


def build():
    doc = docx.Document()
    H.clear_core_props(doc, "Harvard University Competency Dictionary")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1)

    fp = sec.footer.paragraphs[0]
    fp.add_run("\u00a9 Development Dimensions Int\u2019l, Inc.\t\t").font.size = Pt(8)
    H.add_field(fp, "PAGE")

    bullets = H.add_abstract(doc, (
        H.lvl(0, "bullet", "\u2022", 720, 360, font="Symbol")
        + H.lvl(1, "bullet", "o", 1440, 360, font="Courier New")
        + H.lvl(2, "bullet", "\u00a7", 2160, 360, font="Wingdings")), "5A3C2B10")

    def p(text="", bold=False, size=None, after=6, before=0, align=None):
        par = doc.add_paragraph()
        par.paragraph_format.space_after = Pt(after)
        par.paragraph_format.space_before = Pt(before)
        if align:
            par.alignment = align
        if text:
            r = par.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        return par

    p("Harvard University", bold=True, size=18, after=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    p("Competency Dictionary", bold=True, size=18, after=18, align=WD_ALIGN_PARAGRAPH.CENTER)
    p("Overview of Competencies", bold=True, size=12)
    p(INTRO, after=12)

    for name, definition, actions in COMPETENCIES:
        p(name, bold=True, size=12, before=12, after=4)
        p(definition)
        p("Key Actions", bold=True, after=3)
        num = H.add_num(doc, bullets)
        for text, children in actions:
            lead, rest = text.split("\u2014", 1)
            par = p(after=2)
            par.add_run(lead + "\u2014").bold = False
            par.runs[0].italic = True
            par.add_run(rest)
            H.set_num(par, num, 0)
            for ch in children:
                cp = p(ch, after=2)
                H.set_num(cp, num, 1)
    out = H.DOCS / f"{STEM}.docx"
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build())

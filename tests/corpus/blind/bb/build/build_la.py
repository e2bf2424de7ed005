"""City of Los Angeles Personnel Department - competency model for one job class (PDF).

python-docx (Times New Roman, numbered headings typed as text, Word bullet list, bold-italic-underlined
required level) -> LibreOffice -> PDF.  Page numbers centred in the footer, no header.
"""
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Inches

sys.path.insert(0, str(Path(__file__).parent))
import bblib as B

STEM = "la-management-analyst-competency-model"
CLASS = "MANAGEMENT ANALYST"
CODE = "9184"

COMPS = [
    {"no": 3, "name": "Judgment and Decision Making",
     "definition": "Sizes up situations accurately, looks for further information when needed, and uses all "
                   "the information at hand to reach sound conclusions and shape an effective response.",
     "levels": ["Training and guidelines are supplied for handling immediate situations within a narrowly "
                "defined function (or a supervisor is available to help).",
                "General information and guidance are supplied to help in responding to a range of "
                "situations across varied circumstances.",
                "Little guidance is available for responding to a broad range of complex situations whose "
                "consequences are far-reaching and/or lasting."],
     "required": 2,
     "indicators": ["Responds effectively to situations that are out of the ordinary.",
                    "Asks questions or otherwise gathers further relevant information before making a decision.",
                    "Reaches a decision, and the actions it calls for, on the basis of the facts available.",
                    "Correctly works out the right response from the information given and from existing "
                    "policies, personal experience, and/or consultation with others.",
                    "Talks through conclusions and possible responses with others before acting, as needed.",
                    "Weighs the effect of decisions on everyone they touch."],
     "satisfactory": "Assesses routine situations correctly and reaches sound decisions; asks for direction "
                     "when a situation falls outside established guidelines.",
     "superior": "Assesses both routine and unusual situations correctly and reaches well-reasoned decisions "
                 "quickly. Coworkers seek out his/her advice on difficult judgment calls."},
    {"no": 4, "name": "Analytical Ability",
     "definition": "Breaks information down into its parts, sees how the parts relate to one another, and "
                   "picks out what is significant in order to reach reasoned conclusions.",
     "levels": ["Analyze simple, clearly structured information (counts, schedules, single-source records).",
                "Analyze information drawn from several sources that must be compared and reconciled "
                "(budget data, staffing reports, survey results).",
                "Analyze complex, incomplete or conflicting information with citywide or long-term "
                "implications (organizational studies, fiscal forecasts, legislative impacts)."],
     "required": 3,
     "indicators": ["Separates a problem into its component parts before attempting to solve it.",
                    "Notices gaps, errors and inconsistencies in data and follows them up.",
                    "Selects an analytical method that suits the question being asked.",
                    "Identifies trends, root causes and relationships among variables.",
                    "Draws conclusions that follow logically from the evidence and states their limits."],
     "satisfactory": "Produces accurate analyses of assigned issues that identify the main facts and "
                     "support a reasonable recommendation.",
     "superior": "Produces thorough analyses that anticipate questions, test alternative explanations and "
                 "lead to recommendations that management adopts with little revision."},
    {"no": 45, "name": "Oral Communication",
     "definition": "Expresses ideas and facts clearly and convincingly when speaking to individuals or groups.",
     "levels": ["Exchange routine information with coworkers and members of the public (give directions; "
                "answer standard questions).",
                "Explain procedures, policies or findings to individuals or small groups; lead routine "
                "meetings.",
                "Present complex or sensitive information to large or high-level audiences (City Council "
                "committees, commissions, community meetings); persuade or negotiate."],
     "required": 2,
     "indicators": ["Organizes spoken information in a logical order.",
                    "Adjusts vocabulary, tone and level of detail to the audience.",
                    "Checks that listeners have understood and invites questions.",
                    "Responds to questions directly and accurately, saying so when an answer is not known.",
                    "Keeps composure when discussing contentious subjects."],
     "satisfactory": "Conveys information clearly and accurately in everyday conversations and meetings.",
     "superior": "Speaks with clarity and confidence in formal settings; is often asked to brief managers "
                 "or to represent the work unit."},
    {"no": 50, "name": "Process Improvement",
     "definition": "Looks for ways to make work processes simpler, faster, cheaper or more accurate, and puts "
                   "improvements into practice.",
     "levels": ["Suggest improvements to own work methods and routines.",
                "Identify and carry out improvements to the procedures of a work unit or section.",
                "Redesign processes that cross divisions or departments, or that set citywide practice."],
     "required": 2,
     "indicators": ["Questions practices that are followed only because \u201cit has always been done that way.\u201d",
                    "Maps the steps of a process to find delays, duplication and errors.",
                    "Gathers the views of the people who do the work and of the people it serves.",
                    "Estimates the costs and benefits of a proposed change before recommending it.",
                    "Follows up after a change to confirm that it produced the expected result."],
     "satisfactory": "Recommends practical improvements to unit procedures and helps to put approved changes "
                     "in place.",
     "superior": "Initiates improvements that produce measurable savings or better service, and wins the "
                 "support of the staff affected."},
]


def build():
    d = docx.Document()
    sec = d.sections[0]
    B.page_setup(sec, margins_in=(1, 1, 1, 1))
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(12)
    st.paragraph_format.space_after = Pt(0)
    bul = B.add_numbering(d, B.bullet_lvl("\uf0b7", 1080, 360, "Symbol"), "4C414E31")
    # footer: centred page number only
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    B.add_field(fp, "PAGE", "1")

    def para(text="", bold=False, align=None, space_after=12, indent=None):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        if indent is not None:
            p.paragraph_format.left_indent = Inches(indent)
        return p

    p = para(f"COMPETENCY MODEL FOR {CLASS}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(f"CLASS CODE {CODE}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=18)
    para("The competencies below have been identified as the ones that best distinguish superior from "
         f"satisfactory job performance in the class of {CLASS}. (Numbers refer to the order of "
         "competencies in the Competency Bank.)")
    for c in COMPS:
        para(f"{c['no']}. {c['name']}", space_after=0, indent=0.5)
    para("", space_after=6)
    para("The pages that follow describe each competency, giving a definition, the level of the competency "
         "the class requires (italicized, bolded, and underlined), examples of behavioral indicators, and "
         "satisfactory and superior performance levels.")

    for c in COMPS:
        d.add_page_break()
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(12)
        p.paragraph_format.left_indent = Inches(0.5)
        p.paragraph_format.first_line_indent = Inches(-0.5)
        r = p.add_run(f"{c['no']}.\t{c['name'].upper()} \u2013 ")
        r.bold = True
        p.add_run(c["definition"])
        para("Level of Competency Required by Job:", bold=True, space_after=6)
        for i, text in enumerate(c["levels"], 1):
            q = d.add_paragraph()
            q.paragraph_format.left_indent = Inches(1.5)
            q.paragraph_format.first_line_indent = Inches(-1.0)
            q.paragraph_format.space_after = Pt(6)
            q.add_run(f"Level {i}:\t")
            r = q.add_run(text)
            if i == c["required"]:
                r.bold = r.italic = r.underline = True
        para("", space_after=0)
        para("Examples of Behavioral Indicators:", bold=True, space_after=6)
        for text in c["indicators"]:
            q = d.add_paragraph(text)
            B.set_num(q, bul)
            q.paragraph_format.space_after = Pt(3)
        para("", space_after=0)
        para("Performance Levels:", bold=True, space_after=6)
        for label in ("Satisfactory", "Superior"):
            q = d.add_paragraph()
            q.paragraph_format.left_indent = Inches(1.5)
            q.paragraph_format.first_line_indent = Inches(-1.0)
            q.paragraph_format.space_after = Pt(6)
            q.add_run(f"{label}:\t").bold = True
            q.add_run(c[label.lower()])
    B.core_props(d, f"Competency Model for {CLASS.title()}", "Personnel Department")
    src = Path("/tmp") / f"{STEM}.docx"
    d.save(src)
    out = B.DOCS / f"{STEM}.pdf"
    B.to_pdf(src, out)
    return out


def gold(path):
    g = B.Gold(path, "pdf", f"COMPETENCY MODEL FOR {CLASS}")
    for c in COMPS:
        ind = g.items(c["indicators"])
        ind.append(g.item(c["satisfactory"], "Satisfactory"))
        ind.append(g.item(c["superior"], "Superior"))
        g.competency(c["name"], c["definition"],
                     levels=[g.level(i, f"Level {i}", [t]) for i, t in enumerate(c["levels"], 1)],
                     indicators=ind)
    return g.write()


if __name__ == "__main__":
    print(gold(build()))

"""IPMA - Individual Competence Baseline, Version 4 (ICB4), chapter 4.5 "Practice": two competence elements
(excerpt), rendered DOCX -> PDF with LibreOffice, B5 book pages.

Layout as the book prints a competence element: numbered heading "4.5.6. Quality", then the run of sub-headings
"Definition", "Purpose", "Description" (paragraphs), "Knowledge", "Skills and abilities", "Related CEs" (bullet
lists), "Key Competence Indicators" with one block per indicator: "Practice 6.1 <indicator>" (bold), a paragraph,
the label "Measures" and bullets. Mirrored running headers (even pages "IPMA ICB | Individual Competence
Baseline", odd pages "4.5 Practice") and outer page numbers; the excerpt starts at book page 117.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

import helpers as H
import render as R

STEM = "ipma-icb4-practice-competence-elements"
TITLE = "Individual Competence Baseline"
RED = "C00000"

CES = [
    {"num": "4.5.6.", "name": "Quality", "code": "Practice 6",
     "Definition": "Quality concerns both the outputs and outcomes of a project and the processes that produce "
                   "them. This competence element covers drawing up a quality plan and putting it into practice, "
                   "and checking and improving both the results of the project and the way it is run, so that "
                   "the needs of the interested parties are met.",
     "Purpose": "The purpose of this competence element is to enable the individual to define, monitor and "
                "deliver the quality of the project\u2019s outputs and outcomes and of its management, so that "
                "the expectations of the interested parties are fulfilled.",
     "Description": "Quality management runs through the whole life of a project. It begins with agreeing what "
                    "quality means for the deliverables and for the management of the project, and continues "
                    "with preventive measures, reviews, inspections and tests that show whether the agreed "
                    "criteria are being met. The individual uses what these checks reveal to correct problems "
                    "early and to improve both the work and the process. The standards and procedures of the "
                    "permanent organisation and of the customer often shape how quality is managed.",
     "Knowledge": ["Quality management principles and models", "Quality planning, quality assurance and quality "
                   "control", "Review, inspection and testing techniques", "Statistical methods and sampling",
                   "Continuous improvement approaches"],
     "Skills and abilities": ["Setting quality objectives that can be measured",
                              "Designing reviews and tests that suit the deliverable",
                              "Interpreting the results of tests, audits and reviews",
                              "Encouraging a quality culture in the project team"],
     "Related CEs": [("Perspective 2", "Governance, structures and processes"),
                     ("Practice 2", "Requirements and objectives"), ("Practice 11", "Risk and opportunity")],
     "KCIs": [("Practice 6.1", "Prepare, monitor the use of and revise a quality management plan for the project",
               "The individual decides which quality standards and criteria apply to the project, how they will "
               "be met and how compliance will be checked, and records this in a quality management plan. The "
               "plan is agreed with the interested parties and kept up to date as the project changes.",
               ["Sets quality objectives for the project and its deliverables",
                "Chooses the standards, methods and tools used to assure quality",
                "Plans reviews, audits and tests and decides who carries them out",
                "Updates the quality plan when the project or its context changes"]),
              ("Practice 6.2", "Check the project and its deliverables against the quality management plan",
               "The individual makes sure that the planned quality activities take place and that their findings "
               "lead to action, both for the deliverables and for the project management processes.",
               ["Carries out or arranges quality reviews at the agreed points",
                "Compares results with the acceptance criteria and records deviations",
                "Starts corrective and preventive actions and follows them up"])]},
    {"num": "4.5.11.", "name": "Risk and opportunity", "code": "Practice 11",
     "Definition": "Risk and opportunity covers the identification, assessment, response planning and control of "
                   "uncertain events that could affect the objectives of the project, either by harming them "
                   "(threats) or by helping them (opportunities).",
     "Purpose": "The purpose of this competence element is to enable the individual to understand risks and "
                "opportunities and to deal with them effectively, so that the project has the best possible "
                "chance of success.",
     "Description": "Every project is exposed to uncertainty. The individual works with the team and the "
                    "interested parties to identify and assess risks and opportunities, to choose proportionate "
                    "responses and to follow them through the life of the project. Managing risk is a continuous "
                    "activity: new events are identified, assessments are revised and responses are checked for "
                    "their effect.",
     "Knowledge": ["Risk and opportunity management frameworks and standards",
                   "Qualitative and quantitative assessment techniques",
                   "Response strategies for threats and for opportunities", "Contingency and management reserves",
                   "Risk registers and risk reporting"],
     "Skills and abilities": ["Recognising sources of uncertainty", "Estimating probability and impact",
                              "Choosing responses in proportion to the exposure",
                              "Explaining risk to decision makers"],
     "Related CEs": [("Perspective 4", "Culture and values"), ("People 8", "Results orientation"),
                     ("Practice 6", "Quality")],
     "KCIs": [("Practice 11.1", "Set up and maintain a risk and opportunity management framework",
               "The individual agrees how risks and opportunities will be managed in the project, including "
               "roles, tools, rating scales and the thresholds that trigger escalation.",
               ["Defines the risk management process and tools for the project",
                "Agrees the risk appetite and the escalation thresholds with the sponsor",
                "Assigns owners to risks and to responses"]),
              ("Practice 11.2", "Identify and assess risks and opportunities",
               "The individual uses suitable techniques to find risks and opportunities throughout the project and "
               "to estimate how likely they are and what their consequences would be.",
               ["Uses several techniques to identify risks and opportunities",
                "Rates probability and impact on agreed scales",
                "Ranks risks and opportunities and records them in the register"])]},
]


def _start_page(section, n):
    sectPr = section._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(n))
    sectPr.append(pg)


def _sub(doc, text, size=11, color=RED, before=10):
    p = doc.add_paragraph()
    R.space(p, before=before, after=4)
    R.keep_with_next(p)
    R.run(p, text, bold=True, size=size, color=color, font="Arial")
    return p


def build(outdir):
    doc = Document()
    R.set_default_font(doc, "Arial", 9.5)
    H.clear_core_props(doc, TITLE)
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(176), Mm(250)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = Mm(22)
    _start_page(sec, 117)
    # odd pages: chapter on the right, page number right; even pages: book title left, page number left
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    R.run(hp, "4.5 Practice", size=8, color="7F7F7F")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    H.add_field(fp, "PAGE")
    ehp = sec.even_page_header.paragraphs[0]
    R.run(ehp, "IPMA ICB | Individual Competence Baseline", size=8, color="7F7F7F")
    efp = sec.even_page_footer.paragraphs[0]
    H.add_field(efp, "PAGE")
    for para in (fp, efp):
        for r in para.runs:
            r.font.size = Pt(8)
    bullet = H.add_numbering(doc, H.bullet_lvl("\u25aa", left=284, hanging=227), "1C4E7A55")

    for n, ce in enumerate(CES):
        p = doc.add_paragraph()
        if n:
            p.paragraph_format.page_break_before = True
        R.space(p, after=10)
        R.run(p, f"{ce['num']} {ce['name']}", bold=True, size=15, color=RED, font="Arial")
        for key in ("Definition", "Purpose", "Description"):
            _sub(doc, key)
            p = doc.add_paragraph(ce[key])
            R.space(p, after=4, line=1.1)
        for key in ("Knowledge", "Skills and abilities", "Related CEs"):
            _sub(doc, key)
            for it in ce[key]:
                txt = f"{it[0]}: {it[1]}" if isinstance(it, tuple) else it
                p = doc.add_paragraph(txt)
                H.set_num(p, bullet)
                R.space(p, after=2)
        _sub(doc, "Key Competence Indicators", size=12, before=14)
        for code, title, desc, measures in ce["KCIs"]:
            p = doc.add_paragraph()
            R.space(p, before=8, after=4)
            R.keep_with_next(p)
            R.run(p, code + " ", bold=True, color=RED)
            R.run(p, title, bold=True)
            p = doc.add_paragraph(desc)
            R.space(p, after=4, line=1.1)
            p = doc.add_paragraph()
            R.space(p, before=2, after=2)
            R.keep_with_next(p)
            R.run(p, "Measures", bold=True, italic=True)
            for m in measures:
                p = doc.add_paragraph(m)
                H.set_num(p, bullet)
                R.space(p, after=2)
    path = outdir / f"{STEM}.docx"
    doc.save(path)
    pdf = R.to_pdf(path, outdir)
    dest = H.DOCS / f"{STEM}.pdf"
    dest.write_bytes(pdf.read_bytes())
    return dest


def gold():
    comps = []
    for ce in CES:
        ind = [H.item(STEM, k, group="Knowledge") for k in ce["Knowledge"]]
        ind += [H.item(STEM, s, group="Skills and abilities") for s in ce["Skills and abilities"]]
        notes = [H.item(STEM, ce["Purpose"], group="Purpose"), H.item(STEM, ce["Description"], group="Description")]
        for _code, title, desc, measures in ce["KCIs"]:
            ind.append(H.item(STEM, title, group="Key Competence Indicators"))
            notes.append(H.item(STEM, desc, group=title))
            ind += [H.item(STEM, m, group=title) for m in measures]
        comps.append(H.competency(STEM, ce["name"], ce["Definition"], indicators=ind, notes=notes,
                                  related=[r[1] for r in ce["Related CEs"]]))
    return "pdf", TITLE, comps

"""IIBA, A Guide to the Business Analysis Body of Knowledge (BABOK Guide) v3, chapter 9 Underlying
Competencies, section 9.1 (excerpt: the section opening on book page 187, then pages 191-193 with 9.1.5 Systems
Thinking, 9.1.6 Conceptual Thinking and 9.1.7 Visual Thinking): PDF via python-docx -> LibreOffice.

Book pages: running header "Analytical Thinking and Problem Solving | Underlying Competencies", footer
"Complimentary IIBA(R) Member Copy. Not for Distribution or Resale." with the book page number;
numbered headings 9.1 / 9.1.1 and run-in sub-headings ".1 Purpose", ".2 Definition", ".3 Effectiveness
Measures"; the section intro lists all seven competency names, three are described (page numbers jump 187 -> 191); effectiveness
measures are a lead-in sentence plus lower-case bullets ending in "," / ", and" / "."."""
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt, RGBColor

import helpers as H

STEM = "iiba-babok-underlying-competencies"
TITLE = "Analytical Thinking and Problem Solving"

INTRO = [
    "Business analysts need analytical thinking and problem-solving skills to examine problems and "
    "opportunities, to judge which changes are likely to deliver the most value, and to work with "
    "stakeholders to understand what those changes will mean.",
    "Business analysts think analytically when they take in many kinds of information quickly (for "
    "instance diagrams, stakeholder concerns, customer feedback, schematics, user guides, and spreadsheets) "
    "and work out which of it matters. They also use these skills to choose methods that suit the media, "
    "audiences, problem types, and environments they meet, and to present information in the form that "
    "the material and its audience call for.",
]
CORE = ["Creative Thinking,", "Decision Making,", "Learning,", "Problem Solving,", "Systems Thinking,",
        "Conceptual Thinking, and", "Visual Thinking."]

ENTRIES = [
    ("9.1.5", "Systems Thinking",
     ["Business analysts who think in terms of systems understand how the people, processes, and "
      "technology of an organization act on one another, and so can see the enterprise as a whole."],
     ["Systems thinking means recognizing that a system as a whole can have properties, behaviours, and "
      "characteristics that arise from the interaction of its parts and that no part has on its own. "
      "Knowing that a customer may return an item tells the business analyst little by itself; the "
      "analyst has to look at what the return does to inventory, to finance, and to the training of "
      "store staff.",
      "In systems theory, a system includes the people involved, the interactions between them, the "
      "outside forces that affect their behaviour, and every other relevant element and factor."],
     "Measures of effective systems thinking include:",
     ["explaining how a change to one component affects the system as a whole,",
      "explaining how a change to a system affects the environment around it, and",
      "explaining how systems adapt to pressures and changes from inside and outside."]),
    ("9.1.6", "Conceptual Thinking",
     ["Business analysts regularly receive large amounts of detailed and sometimes unrelated information. "
      "Conceptual thinking helps them see how that information fits into a larger picture, which details "
      "matter, and how seemingly abstract pieces connect."],
     ["Conceptual thinking is about understanding, in the abstract and in the big picture, how contexts, "
      "solutions, needs, changes, stakeholders, and value are linked. It involves connecting information "
      "and patterns that are not obviously related, and seeing where details fit into a wider context.",
      "It draws on past experience, knowledge, creativity, intuition, and abstract thinking to produce "
      "alternatives, options, and ideas that are hard to define or relate to one another."],
     "Measures of effective conceptual thinking include:",
     ["connecting information and patterns that are not obviously related,",
      "linking business drivers to solutions,",
      "relating abstract ideas to concrete requirements and details, and",
      "helping stakeholders understand how the parts of a change fit together."]),
    ("9.1.7", "Visual Thinking",
     ["Business analysts need to be able to turn complex concepts into simple visual models that "
      "stakeholders can understand and work with."],
     ["Visual thinking is the ability to show complex concepts, information, and the relationships "
      "between them as pictures, diagrams, and other visual representations. A good visual lets "
      "stakeholders take in a large amount of information quickly and take part in the analysis.",
      "Business analysts choose the visual form that suits the audience and the purpose: a formal "
      "process model for one group, a quick sketch on a whiteboard for another."],
     "Measures of effective visual thinking include:",
     ["presenting information in a way that makes complex ideas easier to grasp,",
      "producing visuals that stakeholders understand and use,",
      "using visuals to draw stakeholders into the analysis, and",
      "choosing the visual form that suits the audience and the purpose."]),
]


def _heading(doc, text, size, before=10, after=4, color=True):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.name = "Arial"
    if color:
        r.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    return p


def render(out_path):
    doc = docx.Document()
    H.clear_core_props(doc, "BABOK Guide v3", "IIBA")
    st = doc.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(7.5), Inches(9.25)
    sec.left_margin = Inches(1.1)
    sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    sec._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="187"/>'))
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(5.6), WD_TAB_ALIGNMENT.RIGHT)
    hr = hp.add_run("Analytical Thinking and Problem Solving\tUnderlying Competencies")
    hr.font.size = Pt(8.5)
    hr.italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Complimentary IIBA\u00ae Member Copy. Not for Distribution or Resale.")
    fr.font.size = Pt(7.5)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    H.add_field(fp2, "PAGE", "187").font.size = Pt(9)

    bullet = H.add_num(doc, H.add_abstract(doc, H.lvl(0, "bullet", "\u2022", 360, 240, "Arial"), "1BA2B0C9"))

    _heading(doc, "9.1\t" + TITLE, 15, before=0, after=8)
    for para in INTRO:
        doc.add_paragraph(para)
    doc.add_paragraph("Analytical Thinking and Problem Solving core competencies include:")
    for c in CORE:
        p = doc.add_paragraph(c)
        p.paragraph_format.space_after = Pt(1)
        H.set_num(p, bullet)
    from docx.enum.section import WD_SECTION
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="191"/>'))
    for i, (no, name, purpose, definition, lead, measures) in enumerate(ENTRIES):
        _heading(doc, f"{no}\t{name}", 13, before=0 if i == 0 else 14)
        _heading(doc, ".1\tPurpose", 10.5, before=6, after=2, color=False)
        for para in purpose:
            doc.add_paragraph(para)
        _heading(doc, ".2\tDefinition", 10.5, before=6, after=2, color=False)
        for para in definition:
            doc.add_paragraph(para)
        _heading(doc, ".3\tEffectiveness Measures", 10.5, before=6, after=2, color=False)
        doc.add_paragraph(lead)
        for m in measures:
            p = doc.add_paragraph(m)
            p.paragraph_format.space_after = Pt(2)
            H.set_num(p, bullet)
    tmp = Path(tempfile.mkdtemp(prefix="batch-g-iiba-"))
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    H.docx_to_pdf(src, out_path)


def gold(doc_path):
    g = H.Gold(STEM)
    for no, name, purpose, definition, lead, measures in ENTRIES:
        g.comp(name, " ".join(definition), indicators=g.items(measures),
               notes=g.items(purpose, "Purpose"))
    return g.write(doc_path, "pdf", TITLE)

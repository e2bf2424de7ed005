"""European Master's in Translation (EMT) Competence Framework 2022 (PDF: python-docx -> LibreOffice).

Running header and page number on every page; five competence areas, each with description paragraphs and a
"Students know how to:" list numbered continuously across the areas."""
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from ajlib import (DOCS, add_field, add_numbering, clear_core_props, competency, decimal_lvl, item, set_num,
                   soffice)

STEM = "emt-competence-framework-2022"
FILE = DOCS / f"{STEM}.pdf"
TITLE = "Competence Framework 2022"
BLUE = RGBColor(0x00, 0x33, 0x99)

FOREWORD = [
    "The European Master's in Translation (EMT) network first published its framework for translator and "
    "translation competence in 2009 and redrafted it substantially in 2017. It has since become one of the leading "
    "reference standards for translator training in the European Union and beyond, in universities and in the "
    "language industry alike.",
    "The principles set out in 2017 still hold, but the framework needed a limited update to reflect the priorities "
    "of European translation programmes as they prepare graduates for a fast-moving, heavily technologised "
    "workplace. Technology keeps changing the way translation services are delivered, yet human intelligence, "
    "knowledge and skills remain the key to quality translation and to the growing range of language services on "
    "offer.",
]
FRAMEWORK_INTRO = [
    "The framework sets out five main areas of competence: Language and Culture, Translation, Technology, Personal "
    "and Interpersonal, and Service Provision. All five are equally important and complementary. The learning "
    "outcomes listed under each area describe what students should be able to do by the end of an EMT programme; "
    "they are numbered consecutively for ease of reference.",
]

AREAS = [
    ("LANGUAGE AND CULTURE",
     ["This competence covers all the general or language-specific linguistic, sociolinguistic, cultural and "
      "transcultural knowledge and skills that underpin advanced translation competence. It drives all the other "
      "competences described in this framework.",
      "Students should have an excellent command of their working languages, including at least one foreign "
      "language, which they develop further during their studies."],
     ["Understand how language varies socially, geographically, historically and stylistically, and what each kind "
      "of variation does",
      "Use the grammatical, lexical and idiomatic structures and the graphic and typographic conventions of "
      "language A and their other working languages correctly",
      "Recognise and analyse the cultural elements, values and references in documents, such as presuppositions, "
      "implied meaning, allusions, stereotypes and intertextuality",
      "Write in keeping with the conventions of genre and rhetoric, in a range of language varieties and registers",
      "Keep their language and cultural knowledge up to date by following developments in the societies and "
      "languages concerned"]),
    ("TRANSLATION",
     ["Translation is understood here in the broadest sense: it covers not only the transfer of meaning from one "
      "language into another but also all the strategic, methodological and thematic skills that come into play "
      "before, during and after the transfer itself, from analysing the document to final quality control.",
      "Students should be able to translate general and domain-specific texts, to mediate between languages and "
      "cultures, and to judge when machine translation has a useful place in the process."],
     ["Analyse a source document, identify its textual and cognitive difficulties and decide which strategies the "
      "target text will need",
      "Summarise, rephrase, restructure, adapt and shorten quickly and accurately, in at least two languages",
      "Judge how relevant and how reliable the information in a document is for the task in hand",
      "Translate general and domain-specific material from one or more source languages into their target "
      "language(s) so that the result is fit for purpose",
      "Translate and mediate in particular intercultural settings, for example public service translation and "
      "interpreting, website or video game localisation, and audiovisual translation",
      "Translate into a language that is not their language A where the market requires it",
      "Check, review and/or revise their own work and the work of others against standard or task-specific quality "
      "objectives",
      "Post-edit machine translation output to the level required, working to quality and productivity standards",
      "Pre-edit source material to improve the quality of machine translation output",
      "Apply the style conventions and terminology of the domain concerned",
      "Identify, research, check and record terminology, and use it consistently",
      "Assess the quality of their own translations and explain the choices they have made"]),
    ("TECHNOLOGY",
     ["This competence covers the knowledge and skills needed to use current and emerging translation technologies "
      "and other tools in the translation process, and to understand how they affect that process."],
     ["Use the most relevant IT applications, including the full range of office software, and learn new tools and "
      "IT resources quickly",
      "Make effective use of search engines, corpus-based tools, text analysis tools and computer-assisted "
      "translation tools",
      "Prepare, process and manage files and other media as part of a translation, including video and multimedia "
      "files and web content",
      "Understand the basics of machine translation and the way it affects the translation process",
      "Judge whether a machine translation system is appropriate in a given workflow and put it in place where it is",
      "Use other tools that support language and translation technology, such as workflow management software"]),
    ("PERSONAL AND INTERPERSONAL",
     ["This competence covers the general skills, often called soft skills, that make graduates more adaptable and "
      "more employable. They are needed in any professional setting, and translators use them in every kind of "
      "working arrangement, whether freelance or in-house."],
     ["Organise their time and workload and cope with stress",
      "Meet deadlines and follow instructions and specifications",
      "Work in a team, including a virtual, multicultural and multilingual one, using current communication "
      "technologies",
      "Make responsible, professional use of social media",
      "Evaluate their own competences and skills and keep developing them through personal strategies and "
      "collaborative learning",
      "Think critically about the sources and tools they use",
      "Follow the ethical codes and professional standards that apply to translators"]),
    ("SERVICE PROVISION",
     ["This competence covers all the skills involved in providing language services in a professional setting, "
      "from awareness of the market and client relations to project management and quality assurance."],
     ["Keep track of new demands from society and the language industry and of new market requirements",
      "Approach clients and potential clients and market their services to them",
      "Negotiate with the client over deadlines, rates and invoicing, working conditions, access to information, "
      "the contract, rights and responsibilities",
      "Clarify the client's requirements, objectives and purposes and the needs of the intended readers",
      "Plan and manage translation projects, including the budget, the schedule and the resources needed",
      "Follow quality management and quality assurance procedures and see that they are applied"]),
]


def _setup(doc):
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("EMT COMPETENCE FRAMEWORK - 2022")
    r.font.size, r.font.color.rgb, r.bold = Pt(8), BLUE, True
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(fp, "PAGE", "1")
    for r in fp.runs:
        r.font.size = Pt(9)


def build():
    doc = Document()
    clear_core_props(doc, TITLE)
    _setup(doc)
    p = doc.add_paragraph()
    r = p.add_run("European Master's in Translation")
    r.font.size, r.font.color.rgb = Pt(14), BLUE
    p = doc.add_paragraph()
    r = p.add_run("Competence Framework 2022")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(24), BLUE
    p = doc.add_paragraph()
    r = p.add_run("Foreword")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(13), BLUE
    for t in FOREWORD:
        doc.add_paragraph(t)
    p = doc.add_paragraph()
    r = p.add_run("The framework")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(13), BLUE
    for t in FRAMEWORK_INTRO:
        doc.add_paragraph(t)
    num = add_numbering(doc, decimal_lvl("%1.", left=567, hanging=397), "3E7A0B22")
    for name, desc, outcomes in AREAS:
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(16)
        h.paragraph_format.keep_with_next = True
        r = h.add_run(name)
        r.bold, r.font.size, r.font.color.rgb = True, Pt(14), BLUE
        for t in desc:
            doc.add_paragraph(t)
        s = doc.add_paragraph("Students know how to:")
        s.paragraph_format.keep_with_next = True
        s.runs[0].bold = True
        for k, o in enumerate(outcomes):
            lp = doc.add_paragraph(o)
            set_num(lp, num)
            lp.paragraph_format.space_after = Pt(3)
    tmp = Path(tempfile.mkdtemp(prefix="aj-emt-"))
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    soffice(src, "pdf", DOCS)
    return FILE


def gold():
    comps = [competency(STEM, name, " ".join(desc), indicators=[item(STEM, o) for o in outcomes])
             for name, desc, outcomes in AREAS]
    return "pdf", TITLE, comps

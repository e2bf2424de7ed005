"""RCVS Day One Competences (PDF: python-docx -> LibreOffice), running header/footer on every page."""
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from ajlib import (DOCS, add_field, add_numbering, clear_core_props, competency, decimal_lvl, item,
                   para_border_bottom, para_shading, set_num, soffice)

STEM = "rcvs-day-one-competences"
FILE = DOCS / f"{STEM}.pdf"
TITLE = "RCVS Day One Competences"
PURPLE = RGBColor(0x4B, 0x2A, 0x6B)

INTRO = [
    "The RCVS Day One Competences set out the minimum that the RCVS expects of every new veterinary graduate, so that "
    "they are safe to practise on the day they join the Register, in whichever area of the profession they start work.",
    "Competence, as we use the term here, brings together knowledge, skills, attitudes and behaviours, so that a "
    "professional can work effectively across a range of settings, respond sensibly to change and deal with the "
    "unexpected. The level of competence expected of a veterinary surgeon grows throughout a career; the Day One "
    "Competences describe the starting point.",
    "The competences are deliberately broad. They do not prescribe how a degree should be taught or structured, and "
    "veterinary schools remain free to build on their own strengths, provided that every student meets them by the "
    "time they graduate. More detailed skills lists are used by the schools to guide students and to record the "
    "practical experience they gain.",
    "The competences are grouped under the four domains of the RCVS competency model. Veterinary capability sits at "
    "the centre of the model and is supported by the other three domains. The numbering below is for reference only "
    "and does not imply any order of importance.",
]

STEM_LINE = "The new veterinary graduate should:"

DOMAINS = [
    ("Personal leadership",
     "This domain covers the attitudes and behaviours expected of a professional veterinary surgeon: working to the "
     "RCVS Code of Professional Conduct, recognising their own abilities and limitations, and knowing how to respond "
     "and act in different situations and circumstances.",
     ["Be able to work in line with the RCVS Code of Professional Conduct, understanding their ethical and legal "
      "responsibilities towards animals, clients, colleagues and society.",
      "Be able to recognise the limits of their own knowledge and skills, and know when and how to seek advice, "
      "assistance or a referral.",
      "Be able to reflect on their own performance and to take responsibility for their continuing professional "
      "development.",
      "Be able to look after their own health and wellbeing, and to notice when a colleague may need support.",
      "Be able to cope with uncertainty, adapt to change and stay calm when faced with the unexpected.",
      "Be able to set a good example and take the lead where it is appropriate, including in an emergency.",
      "Be able to take responsibility for their decisions and their consequences, and to be open and honest when "
      "things go wrong."]),
    ("Professional commitment",
     "This domain covers the graduate's awareness of the business side of veterinary practice. Graduates are not "
     "expected to know how to run a successful business, but they should understand how the profession operates, "
     "both in the businesses within it and in the related areas outside it.",
     ["Understand the economic and emotional climate in which veterinary surgeons work, and respond appropriately to "
      "the pressures it creates.",
      "Understand how veterinary businesses are organised and funded, and what each member of the team contributes "
      "to them.",
      "Be able to keep clinical and client records accurately and in line with data protection requirements.",
      "Understand, and be able to apply, the law on the supply, storage, use and disposal of veterinary medicines, "
      "including controlled drugs.",
      "Be aware of how the wider profession is structured, including the organisations that work outside clinical "
      "practice and in allied fields.",
      "Be able to take part in quality improvement, including clinical audit and the reporting of adverse events.",
      "Understand the part that veterinary surgeons play in protecting public health, food safety and the "
      "environment."]),
    ("Reflective relationships",
     "This domain concerns professional relationships: with the people graduates work with directly, with colleagues "
     "in other places and other parts of the profession, with allied professionals and with clients. Communicating "
     "and collaborating effectively is central to forming and keeping these relationships.",
     ["Be able to communicate effectively with clients, the public, colleagues and the responsible authorities, "
      "listening carefully and using language suited to the audience and the situation.",
      "Be able to obtain informed consent, explaining the options available and their likely outcomes and costs.",
      "Be able to work effectively as part of a multidisciplinary team, respecting the roles of veterinary nurses "
      "and other professionals.",
      "Be able to give and receive feedback in a constructive way.",
      "Be able to recognise and manage conflict, and to deal with complaints professionally.",
      "Be able to refer cases appropriately and to hand over the care of patients clearly to colleagues."]),
    ("Veterinary capability",
     "This domain covers the clinical knowledge and practical skills that a new graduate needs in order to diagnose, "
     "treat and care for animals safely and effectively, and to protect animal and public health.",
     ["Be able to take a full and accurate history of the animal or group of animals and of the environment "
      "it lives in.",
      "Be able to handle and restrain an animal safely and humanely, and to show others how to do so.",
      "Be able to carry out a complete clinical examination and show sound clinical reasoning.",
      "Be able to draw up a suitable treatment plan and give treatment in the interests of the animals concerned, "
      "taking into account the resources available.",
      "Be able to attend all common domestic species in an emergency and give basic first aid.",
      "Be able to recognise pain, assess it and manage it.",
      "Be able to recognise when euthanasia is appropriate and to carry it out humanely, with sensitivity towards the "
      "owner and others present, and to advise on the disposal of the body.",
      "Be able to collect, preserve and transport samples, carry out standard laboratory tests and interpret the "
      "results.",
      "Be able to use diagnostic imaging equipment safely and to interpret the images it produces.",
      "Be able to carry out sedation and general and local anaesthesia safely, and to monitor the patient throughout.",
      "Be able to perform straightforward surgical procedures with proper attention to asepsis.",
      "Be able to advise on, and carry out, preventive health programmes suited to the species.",
      "Be able to recognise the signs of notifiable, reportable and zoonotic diseases and take the appropriate action.",
      "Be able to carry out a systematic post-mortem examination, record what is found and take tissue samples.",
      "Be able to prescribe and dispense medicines correctly and responsibly, following the principles of responsible "
      "antimicrobial use."]),
]

CLOSING = ("The Day One Competences should be read together with the RCVS Code of Professional Conduct for Veterinary "
           "Surgeons and its supporting guidance.")


def _style(doc):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(6)
    for sec in doc.sections:
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
        hp = sec.header.paragraphs[0]
        r = hp.add_run("RCVS Day One Competences")
        r.font.size, r.font.color.rgb = Pt(8), PURPLE
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        para_border_bottom(hp, "4B2A6B", 6)
        fp = sec.footer.paragraphs[0]
        r = fp.add_run("Royal College of Veterinary Surgeons  |  rcvs.org.uk  |  Page ")
        r.font.size = Pt(8)
        add_field(fp, "PAGE")
        for run in fp.runs[1:]:
            run.font.size = Pt(8)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build():
    doc = Document()
    clear_core_props(doc, TITLE)
    _style(doc)
    p = doc.add_paragraph()
    r = p.add_run("RCVS Day One Competences")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(22), PURPLE
    p = doc.add_paragraph()
    r = p.add_run("Updated March 2022")
    r.font.size, r.font.color.rgb = Pt(11), PURPLE
    for t in INTRO:
        doc.add_paragraph(t)
    num = add_numbering(doc, decimal_lvl("%1.", left=567, hanging=567), "5A1C0D01")
    for name, desc, comps in DOMAINS:
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(14)
        h.paragraph_format.keep_with_next = True
        para_shading(h, "4B2A6B")
        r = h.add_run(name)
        r.bold, r.font.size, r.font.color.rgb = True, Pt(13), RGBColor(0xFF, 0xFF, 0xFF)
        d = doc.add_paragraph(desc)
        d.paragraph_format.keep_with_next = True
        s = doc.add_paragraph()
        s.add_run(STEM_LINE).bold = True
        s.paragraph_format.keep_with_next = True
        for c in comps:
            lp = doc.add_paragraph(c)
            set_num(lp, num)
            lp.paragraph_format.space_after = Pt(4)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run(CLOSING).italic = True
    tmp = Path(tempfile.mkdtemp(prefix="aj-rcvs-"))
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    soffice(src, "pdf", DOCS)
    return FILE


def gold():
    comps = [competency(STEM, name, desc, indicators=[item(STEM, c) for c in items])
             for name, desc, items in DOMAINS]
    return "pdf", TITLE, comps

"""General Dental Council, Preparing for practice: outcomes for dental nurses, Clinical and Communication domains.

DOCX written with python-docx using real Word heading styles (Title, Heading 1-3), outcome numbers as real
Word numbering (w:numPr, lvlText "1.%1" etc.), running header and footer with a PAGE field."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from ajlib import (DOCS, add_field, add_numbering, clear_core_props, competency, decimal_lvl, item, set_num)

STEM = "gdc-dental-nurse-learning-outcomes"
FILE = DOCS / f"{STEM}.docx"
TITLE = "Preparing for practice"
TEAL = RGBColor(0x00, 0x6A, 0x71)

INTRO = ("The outcomes below are those that a dental nurse must be able to demonstrate by the end of their "
         "training in order to register with the GDC. They should be read together with the overarching outcomes, "
         "which apply to every registrant group, and with the guidance on terminology at the start of this document.")

# domain -> [(group number, group name, [outcomes])]
DOMAINS = [
    ("Clinical", [
        (1, "Clinical environment and infection prevention", [
            "Prepare the clinical environment, including instruments, equipment and materials, before treatment and "
            "restore it afterwards.",
            "Carry out infection prevention and control procedures in line with current guidance, including the "
            "decontamination and sterilisation of instruments.",
            "Handle and dispose of clinical and non-clinical waste safely and in line with the regulations.",
        ]),
        (2, "Supporting patients and the clinical team", [
            "Recognise signs of anxiety in patients and respond in ways that reassure them.",
            "Support the patient and the operator during clinical procedures, anticipating what will be needed next.",
            "Monitor the patient's condition throughout treatment and report any change to the operator without "
            "delay.",
            "Prepare, mix and handle dental materials correctly and in good time.",
        ]),
        (3, "Records and radiography", [
            "Record dental charting and the assessment of oral tissues accurately as directed by the clinician.",
            "Describe the principles of radiation protection and follow the local rules whenever radiographs are "
            "taken.",
            "Process radiographs and assess their quality using the appropriate methods.",
        ]),
        (4, "Medical emergencies", [
            "Recognise a medical emergency and respond in line with current guidelines, including giving basic life "
            "support.",
            "Check and maintain the emergency drugs and equipment and report any shortfall.",
        ]),
    ]),
    ("Communication", [
        (5, "Patients, their representatives and the public", [
            "Communicate clearly and sensitively with patients, their representatives and the public, in person and in "
            "writing, adapting to their needs.",
            "Give patients oral health advice in a way that suits their age, understanding and circumstances.",
            "Recognise barriers to communication, such as language, disability and anxiety, and take them into "
            "account.",
            "Obtain information from patients and record it accurately, respecting their confidentiality.",
        ]),
        (6, "The dental and wider healthcare team", [
            "Communicate effectively with colleagues in the dental team and with other healthcare professionals, "
            "passing on the information they need.",
            "Contribute to the handover of patient care and to referral arrangements.",
            "Give and receive feedback constructively within the team.",
        ]),
    ]),
]


def _setup(doc):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for name, size in (("Title", 24), ("Heading 1", 16), ("Heading 2", 14), ("Heading 3", 11)):
        hs = doc.styles[name]
        hs.font.name = "Arial"
        hs.font.size = Pt(size)
        hs.font.color.rgb = TEAL
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Preparing for practice"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("General Dental Council\t\t")
    add_field(fp, "PAGE", "1")
    for r in fp.runs:
        r.font.size = Pt(8)


def build():
    doc = Document()
    clear_core_props(doc, TITLE)
    _setup(doc)
    doc.add_paragraph("Preparing for practice", style="Title")
    doc.add_paragraph("Dental team learning outcomes for registration (2015 revised edition)", style="Subtitle")
    doc.add_paragraph("Outcomes for dental nurses", style="Heading 1")
    doc.add_paragraph(INTRO)
    for k, (domain, groups) in enumerate(DOMAINS):
        doc.add_paragraph(domain, style="Heading 2")
        for gnum, gname, outcomes in groups:
            doc.add_paragraph(f"{gnum}\t{gname}", style="Heading 3")
            num = add_numbering(doc, decimal_lvl(f"{gnum}.%1", left=851, hanging=851), f"6D{k}{gnum:02d}0A1")
            for o in outcomes:
                p = doc.add_paragraph(o, style="List Paragraph" if "List Paragraph" in [s.name for s in doc.styles] else None)
                set_num(p, num)
                p.paragraph_format.space_after = Pt(4)
    doc.save(FILE)
    return FILE


def gold():
    comps = []
    for domain, groups in DOMAINS:
        inds = [item(STEM, o, gname) for gnum, gname, outcomes in groups for o in outcomes]
        comps.append(competency(STEM, domain, None, indicators=inds))
    return "docx", TITLE, comps

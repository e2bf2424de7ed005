"""7. ANMF National practice standards for nurses in general practice: standards with numbered criteria and
bulleted cues (python-docx -> LibreOffice PDF)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import sutil as S
import docx
from docx.shared import Pt, Inches, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT

STEM = "anmf-practice-standards-general-practice"

INTRO = [
    "The national practice standards describe the practice expected of registered nurses working in "
    "Australian general practice. They sit alongside, and do not replace, the standards for practice of "
    "the Nursing and Midwifery Board of Australia.",
    "The standards are grouped into four domains. Each standard is followed by criteria that describe "
    "how the standard is met. Under some criteria, cues give examples of what a nurse might do to show "
    "that the criterion is met. Cues are examples only; they are not a checklist and they are not exhaustive.",
]

DOMAINS = [
    ("Domain 1: Professional practice", [
        ("Standard 1", "Applies the principles of primary health care to nursing in general practice", None, [
            ("1.1", "Explains the principles of primary health care, including equity, access, community "
                    "participation and health promotion.", []),
            ("1.2", "Applies primary health care principles when planning and delivering nursing care.", [
                "considers the social determinants of health when assessing a person\u2019s needs",
                "promotes continuity of care across the person\u2019s lifespan",
                "supports people to take part in decisions about their own health care"]),
            ("1.3", "Understands the place of general practice within the wider Australian health care system.", []),
            ("1.4", "Describes the scope of nursing practice in general practice and how it relates to the roles "
                    "of other members of the practice team.", []),
        ]),
    ]),
    ("Domain 2: Nursing care", [
        ("Standard 6", "Provides safe, effective and evidence-based nursing care",
         "Nurses in general practice care for people of all ages with a wide range of acute and chronic "
         "conditions. This standard describes how that care is assessed, planned, delivered and evaluated.", [
            ("6.1", "Undertakes comprehensive, person-centred nursing assessments.", [
                "uses validated assessment tools suited to the person\u2019s age and health status",
                "gathers information from the person, their family and other relevant sources"]),
            ("6.2", "Plans and delivers nursing care based on the best available evidence.", []),
            ("6.3", "Evaluates the outcomes of nursing care and revises the plan of care as required.", [
                "reviews progress against the goals agreed with the person",
                "documents changes to care and the reasons for them",
                "refers to other health professionals when expected outcomes are not achieved"]),
            ("6.4", "Practises within own scope of practice and seeks advice when a situation is beyond own "
                    "knowledge or skill.", []),
        ]),
    ]),
    ("Domain 4: Collaborative practice", [
        ("Standard 20", "Builds and maintains professional and therapeutic relationships with people, their "
                        "families and support persons", None, [
            ("20.1", "Communicates in a way that is respectful, culturally safe and suited to the person\u2019s "
                     "health literacy.", []),
            ("20.2", "Establishes therapeutic relationships that respect the person\u2019s autonomy, dignity and "
                     "privacy.", [
                "maintains professional boundaries",
                "obtains informed consent before providing care"]),
            ("20.3", "Involves families and support persons in care, with the person\u2019s agreement.", []),
        ]),
    ]),
]


def p(d, text="", bold=False, italic=False, size=None, after=6, style=None, color=None):
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    para.paragraph_format.space_after = Pt(after)
    if text:
        r = para.add_run(text); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return para


def build():
    d = docx.Document()
    S.clear_props(d, title="National practice standards for nurses in general practice", author="")
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    for name, size in (("Heading 1", 14), ("Heading 2", 12)):
        hs = d.styles[name]; hs.font.name = "Liberation Sans"; hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor.from_string("00617F")
    sec = d.sections[0]
    sec.page_height, sec.page_width = Inches(11.69), Inches(8.27)
    sec.left_margin = sec.right_margin = Inches(0.95)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("NATIONAL PRACTICE STANDARDS for NURSES IN GENERAL PRACTICE"); r.font.size = Pt(8)
    r.font.color.rgb = RGBColor.from_string("00617F")
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.37), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Australian Nursing and Midwifery Federation\t"); r.font.size = Pt(8)
    S.add_field(fp, "PAGE")

    cue_bullet = S.add_numbering(d, S.bullet_lvl("\u25aa", left=1080, hanging=280, font="Liberation Sans"), "3E4F5A6B")

    p(d, "The standards", style="Heading 1", after=6)
    for t in INTRO:
        p(d, t, after=6)
    for dom, stds in DOMAINS:
        h = p(d, dom.upper(), style="Heading 1", after=6)
        h.paragraph_format.space_before = Pt(16)
        for label, title, statement, criteria in stds:
            h = p(d, f"{label}: {title}", style="Heading 2", after=6)
            h.paragraph_format.keep_with_next = True
            if statement:
                p(d, statement, italic=True, after=6)
            p(d, "Criteria", bold=True, after=2)
            p(d, "The registered nurse:", after=4)
            for num, text, cues in criteria:
                para = p(d, f"{num}\t{text}", after=3)
                pf = para.paragraph_format
                pf.left_indent = Inches(0.5); pf.first_line_indent = Inches(-0.5)
                pf.tab_stops.add_tab_stop(Inches(0.5))
                if cues:
                    c = p(d, "Cues:", italic=True, after=1)
                    c.paragraph_format.left_indent = Inches(0.5)
                    c.paragraph_format.keep_with_next = True
                    for cue in cues:
                        para = p(d, cue, after=1)
                        S.set_num(para, cue_bullet)
                    p(d, "", after=0).paragraph_format.space_after = Pt(2)
    src = Path("/tmp") / f"{STEM}.docx"
    d.save(src)
    S.soffice(src, "pdf", S.DOCS)
    return S.DOCS / f"{STEM}.pdf"


if __name__ == "__main__":
    print(build())

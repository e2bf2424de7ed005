"""NHS Lothian - "Our Values" (DOCX).

python-docx: header "NHS Lothian", footer "Our Values | Page N", Heading 1 "Our Values", one Heading 2 per
value and its "We will ..." behaviours in Word's built-in "List Bullet" style (numbering through the
style, not direct numPr).
"""
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import bblib as B

STEM = "nhsl-our-values"

VALUES = [
    ("Care and Compassion", [
        "We will show our compassion and care in what we do and in what we say",
        "We will make time to ensure that each person feels heard, safe and understood, and is treated with "
        "compassion",
        "We will be visible and approachable, and help to create a calm and friendly atmosphere",
        "We will provide a safe and caring environment for patients and staff, and a care experience that is "
        "efficient, effective and seamless",
        "We will meet people\u2019s needs for information and for involvement in every decision about their "
        "care, treatment and support"]),
    ("Dignity and Respect", [
        "We will be polite and courteous in how we communicate and act",
        "We will show respect for dignity, choice, privacy and confidentiality",
        "We will recognise and value individuality and diversity",
        "We will be sincere, honest and constructive when giving feedback, and open when receiving it",
        "We maintain a professional attitude and appearance."]),
    ("Quality", [
        "We will show a commitment to doing our best",
        "We will encourage and explore ideas for improvement and innovation",
        "We will look for opportunities to develop our skills and expertise",
        "We will work together to deliver high quality services",
        "We will use our knowledge and enthusiasm to bring about positive change and overcome challenges"]),
    ("Teamwork", [
        "We will understand and value one another\u2019s roles and contributions",
        "We will be fair, considerate, welcoming and kind to colleagues",
        "We will offer support, advice and encouragement to others",
        "We will make the most of each other\u2019s potential and contribution by learning and developing "
        "together",
        "We will recognise, share and celebrate our successes, large and small"]),
    ("Openness, Honesty and Responsibility", [
        "We will build trust by being transparent and by doing what we say we will do",
        "We will commit to doing what is right \u2013 even when challenged",
        "We will welcome feedback as a way of informing improvements",
        "We will use our resources, and each other\u2019s time, wisely",
        "We will take responsibility for our actions and decisions"]),
]

BLUE = RGBColor(0x00, 0x5E, 0xB8)


def build():
    d = docx.Document()
    sec = d.sections[0]
    B.page_setup(sec, letter=False, margins_in=(1, 1, 1, 1))
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(11)
    for name in ("Heading 1", "Heading 2"):
        d.styles[name].font.name = "Arial"
        d.styles[name].font.color.rgb = BLUE
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("NHS Lothian")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(12), BLUE
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Our Values | Page ")
    r.font.size = Pt(8)
    B.add_field(fp, "PAGE", "1", size=Pt(8))

    d.add_heading("Our Values", level=1)
    for value, behaviours in VALUES:
        d.add_heading(value, level=2)
        for b in behaviours:
            d.add_paragraph(b, style="List Bullet")
    B.core_props(d, "Our Values", "NHS Lothian")
    out = B.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


def gold(path):
    g = B.Gold(path, "docx", "Our Values")
    for value, behaviours in VALUES:
        g.competency(value, None, indicators=g.items(behaviours))
    return g.write()


if __name__ == "__main__":
    print(gold(build()))

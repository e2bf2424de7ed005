"""NASW - Standards and Indicators for Cultural Competence in Social Work Practice, excerpt (DOCX).

python-docx (Word built-in Title / Heading 1-3 styles): header with the publication title, footer
"National Association of Social Workers" + page number; title, a short "Standards" lead paragraph, then
Standards 1-3, each: Heading 2 "Standard 1. Ethics and Values", the standard statement in italics,
Heading 3 "Interpretation" with narrative paragraphs, Heading 3 "Indicators" with the lead-in
"Culturally competent social workers shall:" and a Word decimal list (real w:numPr, restarting at 1
for each standard) of lower-case indicators ending in full stops.
"""
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import bdlib as B

STEM = "nasw-cultural-competence-standards"
TITLE = "Standards and Indicators for Cultural Competence in Social Work Practice"
LEAD = "Culturally competent social workers shall:"

STANDARDS = [
    ("Standard 1. Ethics and Values",
     "Social workers shall practice in line with the values, ethics and standards of the NASW Code of "
     "Ethics. Culturally competent practice calls for self-awareness, cultural humility, and a commitment "
     "to treating culture as central to effective work with diverse groups.",
     ["Social work has long been committed to social justice and to the dignity and worth of every person. "
      "Cultural competence is grounded in these values: it asks practitioners to understand how culture "
      "shapes the lives of clients and how it shapes the helping relationship itself.",
      "Tension can arise when the personal or professional values of a social worker differ from the "
      "values of the people being served. Social workers are expected to recognize such tensions, to "
      "resolve them in ways that respect client self-determination, and to seek guidance when the right "
      "course is unclear."],
     ["show awareness of how personal and professional values may clash with, or make room for, the "
      "needs of clients from diverse cultures.",
      "recognize where the values of the profession and those of diverse cultural groups meet and where "
      "they diverge.",
      "apply the NASW Code of Ethics so that services fit the cultures of the people served.",
      "practice cultural humility and acknowledge the limits of their own knowledge of other cultures.",
      "seek supervision or consultation when ethical dilemmas arise in cross-cultural work.",
      "advocate for policies and practices that uphold the dignity and worth of all clients."]),
    ("Standard 2. Self-Awareness",
     "Social workers shall show an appreciation of their own cultural identities and those of others. "
     "They shall also be aware of the privilege and power that come with their role, and acknowledge how "
     "that position affects their work with clients from other cultures.",
     ["Self-awareness is the first step towards cultural competence. Social workers who understand their "
      "own cultural background, assumptions and biases are better placed to appreciate the importance of "
      "multiple identities in the lives of the people they serve.",
      "Developing self-awareness is a continuing process rather than a task that is ever finished. It "
      "involves honest reflection, openness to feedback, and a willingness to change one\u2019s practice "
      "in response to what is learned."],
     ["examine their own cultural backgrounds and identities to become more aware of personal assumptions, "
      "values, stereotypes and biases.",
      "recognize how their own culture and privilege may affect their relationships with clients.",
      "demonstrate comfort with differences between themselves and the people they serve.",
      "take part in ongoing reflection and supervision that builds cultural self-awareness.",
      "notice and address the limits of their cultural competence."]),
    ("Standard 3. Cross-Cultural Knowledge",
     "Social workers shall have, and go on developing, specialized knowledge and understanding of the "
     "history, traditions, values, family systems and artistic expressions of the client groups they "
     "serve, across race and ethnicity, immigration and refugee status, religion and spirituality, "
     "sexual orientation, gender identity, social class, and abilities.",
     ["Knowledge of other cultures allows social workers to understand the context in which clients live "
      "and to recognize strengths that might otherwise be overlooked. Such knowledge must be held "
      "lightly: no client should be assumed to represent a whole group.",
      "Social workers are also expected to understand how systems of oppression, including racism, "
      "sexism and ableism, shape access to services and the outcomes clients experience."],
     ["demonstrate knowledge of the history, values and traditions of the major client groups they serve.",
      "understand how immigration, acculturation and displacement affect individuals, families and "
      "communities.",
      "recognize the influence of social, economic and political systems on diverse populations.",
      "know the help-seeking behaviors and healing traditions of different cultural groups.",
      "keep up to date with research on culturally appropriate practice.",
      "draw on the knowledge and expertise of community members and cultural leaders."]),
]


def build():
    d = docx.Document()
    sec = d.sections[0]
    B.page_setup(sec, letter=True, margins_in=(1, 1.1, 1, 1.1))
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Georgia", Pt(10.5)
    st.paragraph_format.space_after = Pt(8)
    for name, size in (("Title", 20), ("Heading 1", 15), ("Heading 2", 13), ("Heading 3", 11)):
        d.styles[name].font.name = "Georgia"
        d.styles[name].font.size = Pt(size)
        d.styles[name].font.color.rgb = RGBColor(0x00, 0x3A, 0x70)
    B.core_props(d, TITLE, "NASW")

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("NASW Standards and Indicators for Cultural Competence in Social Work Practice")
    r.font.size, r.italic = Pt(8), True
    fp = sec.footer.paragraphs[0]
    B.clear_default_tabs(fp)
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.3), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("National Association of Social Workers\t")
    r.font.size = Pt(8)
    B.add_field(fp, "PAGE", "7", size=Pt(8))

    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph("The ten standards that follow are each accompanied by an interpretation and by "
                    "indicators that show how the standard can be met in practice. The standards apply "
                    "to social work at the micro, mezzo and macro levels.")

    for heading, statement, interp, inds in STANDARDS:
        d.add_paragraph(heading, style="Heading 2")
        p = d.add_paragraph()
        r = p.add_run(statement)
        r.italic = True
        d.add_paragraph("Interpretation", style="Heading 3")
        for t in interp:
            d.add_paragraph(t)
        d.add_paragraph("Indicators", style="Heading 3")
        d.add_paragraph(LEAD)
        num = B.add_numbering(d, B.decimal_lvl("%1.", left=720, hanging=360),
                              nsid=f"0BD0C00{STANDARDS.index((heading, statement, interp, inds)) + 1}")
        for t in inds:
            p = d.add_paragraph(t)
            p.paragraph_format.space_after = Pt(3)
            B.set_num(p, num)
    out = B.DOCS / f"{STEM}.docx"
    d.save(out)
    return out


def gold(path):
    g = B.Gold(path, "docx", TITLE)
    for heading, statement, interp, inds in STANDARDS:
        name = heading.split(". ", 1)[1]
        g.competency(name, statement, indicators=g.items(inds),
                     notes=g.items(interp, group="Interpretation"))
    return g.write()


if __name__ == "__main__":
    print(gold(build()))

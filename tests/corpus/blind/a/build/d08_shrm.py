"""8. shrm-competency-model-brochure.pdf -- SHRM Competency Model (behavioral competencies), brochure layout.

python-docx -> LibreOffice -> PDF: a one-column title section, then a continuous section with w:cols num="2"
(two text columns per page). Each competency: Heading 2 name, "Definition:" paragraph, "Sub-competencies"
bullets, "Behaviors" bullets. Running header, footer with page number."""
import shutil
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Inches, RGBColor

import helpers as H

STEM = "shrm-competency-model-brochure"

INTRO = ("The SHRM Competency Model sets out what it takes to be a successful HR professional, from the early "
         "career level to the executive level. It has nine competencies: one technical competency, HR Expertise, "
         "and eight behavioral competencies that describe how HR professionals put their technical knowledge to "
         "work. This brochure presents three of the behavioral competencies. For each one it gives the "
         "definition, the sub-competencies it covers and the behaviors shown by professionals who are highly "
         "proficient in it.")

COMPS = [
    {
        "name": "Relationship Management",
        "definition": "The knowledge, skills, abilities and other characteristics (KSAOs) needed to build and keep "
                      "a network of professional contacts inside and outside the organization, to form and sustain "
                      "working relationships, to work as an effective member of a team, and to manage conflict "
                      "while supporting the organization.",
        "subs": ["Networking", "Relationship building", "Teamwork", "Negotiation", "Conflict management"],
        "behaviors": [
            "Builds a network of contacts at every level of the organization and in the HR profession.",
            "Earns the trust of stakeholders by treating them with respect and following through on promises.",
            "Works with colleagues across functions to reach shared goals, and gives credit to others.",
            "Negotiates agreements that meet the interests of the organization and of the other party.",
            "Spots conflict early and helps the parties settle it in a constructive way.",
            "Stays professional and approachable when relationships become strained.",
        ],
    },
    {
        "name": "Communication",
        "definition": "The KSAOs needed to write and deliver clear and informative messages, to listen actively, "
                      "and to exchange information with stakeholders so that they understand and can act.",
        "subs": ["Delivering messages", "Exchanging organizational information", "Listening"],
        "behaviors": [
            "Writes clear, concise and accurate messages suited to the audience and the channel.",
            "Presents complex HR information in a way that people without an HR background can follow.",
            "Listens actively, asks questions and checks that the message has been understood.",
            "Shares information about HR programs, policies and changes with the people they affect, in good time.",
            "Gives and asks for feedback in an open, timely and constructive way.",
            "Speaks up with confidence in meetings with senior leaders.",
        ],
    },
    {
        "name": "Ethical Practice",
        "definition": "The KSAOs needed to maintain high levels of integrity and accountability, and to uphold "
                      "core values in all organizational and business practices.",
        "subs": ["Personal integrity", "Professional integrity", "Ethical agent"],
        "behaviors": [
            "Keeps confidential information confidential.",
            "Acts with honesty and admits own mistakes.",
            "Identifies conflicts of interest and deals with them openly.",
            "Applies HR policies and practices consistently and fairly to every employee.",
            "Challenges decisions and practices that are unethical or against the law, even under pressure.",
            "Builds a culture in which employees can raise ethical concerns without fear of retaliation.",
        ],
    },
]


def set_cols(section, num, space=540):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{space}"/>'))


def build():
    doc = docx.Document()
    H.clear_core_props(doc, "SHRM Competency Model")
    st = doc.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(10)
    h2 = doc.styles["Heading 2"]
    h2.font.name = "Arial"
    h2.font.size = Pt(14)
    h2.font.color.rgb = RGBColor.from_string("00549F")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.75)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    set_cols(sec, 1)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("SHRM COMPETENCY MODEL  |  BEHAVIORAL COMPETENCIES")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor.from_string("00549F")
    fp = sec.footer.paragraphs[0]
    fp.add_run("\u00a9 2012 Society for Human Resource Management. All rights reserved.\t\t").font.size = Pt(8)
    H.add_field(fp, "PAGE")

    bul = H.add_abstract(doc, H.lvl(0, "bullet", "\u25aa", 288, 216, font="Arial"), "3E55A120")

    def p(text="", bold=False, size=None, after=5, before=0, color=None, style=None):
        par = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        par.paragraph_format.space_after = Pt(after)
        par.paragraph_format.space_before = Pt(before)
        if text:
            r = par.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        return par

    p("The SHRM Competency Model", bold=True, size=24, after=2, color="00549F")
    p("Behavioral Competencies for HR Professionals", size=13, after=10, color="555555")
    p(INTRO, size=10.5, after=8)

    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec2, 2)
    for c in COMPS:
        p(c["name"], style="Heading 2", before=6, after=4)
        par = p(after=6)
        par.add_run("Definition: ").bold = True
        par.add_run(c["definition"])
        p("Sub-competencies", bold=True, after=2, color="00549F")
        num = H.add_num(doc, bul)
        for s in c["subs"]:
            sp = p(s, after=1)
            H.set_num(sp, num, 0)
        p("Behaviors", bold=True, after=2, before=4, color="00549F")
        num = H.add_num(doc, bul)
        for b in c["behaviors"]:
            bp = p(b, after=3)
            H.set_num(bp, num, 0)

    tmp = Path(tempfile.mkdtemp())
    src = tmp / f"{STEM}.docx"
    doc.save(src)
    H.soffice(src, "pdf", tmp)
    shutil.copy(tmp / f"{STEM}.pdf", H.DOCS / f"{STEM}.pdf")
    shutil.rmtree(tmp)
    return H.DOCS / f"{STEM}.pdf"


if __name__ == "__main__":
    print(build())

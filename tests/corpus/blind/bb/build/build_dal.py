"""Dalhousie University - Core Competencies for all faculty and staff (PDF, US Letter).

python-docx: page 1 is an overview (seven competencies in capitals, each with its definition and an
internal "VIEW >>" link to its page (the excerpt keeps three of the seven competency pages), closing note on how the competencies were developed); then one page
per competency of the excerpt (banner "CORE COMPETENCIES For all faculty and staff", name, definition,
three numbered level headings "1 - SELF (...)" with Word bullets) -> LibreOffice -> PDF.
"""
import sys
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import bblib as B

STEM = "dal-core-competencies"
LEVEL_LABELS = ["1 \u2013 SELF (What does this look like at the individual level?)",
                "2 \u2013 TEAM (What does this look like at the team level?)",
                "3 \u2013 ORGANIZATION (What does this look like at the organizational level?)"]

COMPS = [
    ("SELF-AWARENESS & PROFESSIONALISM",
     "Staying aware of one\u2019s effect on others and handling one\u2019s thoughts, feelings and actions in "
     "a constructive way.",
     [["Shows a motivated, positive and professional attitude",
       "Understands own strengths and limits and asks for feedback",
       "Manages own emotions and reactions, particularly under pressure",
       "Takes responsibility for own actions and their effect on others",
       "Presents self appropriately for the setting"],
      ["Models professional conduct for colleagues",
       "Gives and receives feedback in a constructive way",
       "Helps keep team interactions calm and focused during stressful periods",
       "Recognizes how the team\u2019s behaviour affects people outside it"],
      ["Promotes a culture of professionalism across units",
       "Reflects on the wider impact of decisions on the university community",
       "Represents Dalhousie credibly in internal and external settings"]]),
    ("RESPECT & INCLUSION",
     "Fostering respect and inclusion by working well with a broad range of people and inviting their "
     "participation and involvement.",
     [["Treats everyone with courtesy, dignity and fairness",
       "Values differences in background, perspective and experience",
       "Examines own assumptions and biases",
       "Uses inclusive language and behaviour"],
      ["Invites contributions from every member of the team",
       "Addresses disrespectful behaviour when it occurs",
       "Builds working relationships across differences",
       "Adapts team practices so that everyone can take part"],
      ["Champions equity, diversity and inclusion in university practices and policies",
       "Removes barriers to participation in programs and services",
       "Builds partnerships with diverse communities"]]),
    ("KNOWLEDGE & THINKING SKILLS",
     "Keeping knowledgeable and up to date in one\u2019s field and on issues that affect the university. "
     "Having, and building, the thinking skills needed for sound research, interpretation, analysis, "
     "problem-solving and decision-making.", None),
    ("INTEGRITY",
     "Carrying out one\u2019s conduct and activities to the highest organizational and ethical standards.", None),
    ("ADAPTABILITY",
     "Adjusting and responding constructively to shifting conditions, priorities, technologies and "
     "requirements. Taking in new information and ideas with an open mind and a readiness to change "
     "opinions and behaviour.", None),
    ("COMMUNICATION",
     "Receiving and conveying messages (thoughts, concepts, feelings, ideas, information) clearly and "
     "meaningfully.",
     [["Listens actively and checks understanding",
       "Expresses ideas clearly and concisely, orally and in writing",
       "Chooses the channel of communication that suits the message and the audience",
       "Shares information in a timely way"],
      ["Keeps team members informed of decisions and changes",
       "Encourages open dialogue and the exchange of ideas",
       "Facilitates discussions that lead to shared understanding"],
      ["Communicates the university\u2019s direction and priorities in a compelling way",
       "Builds communication channels across units and with external audiences",
       "Tailors key messages for diverse stakeholders"]]),
    ("SERVICE",
     "Anticipating and meeting the needs of those we serve (students \u2013 current and prospective, "
     "colleagues, internal and external clients and stakeholders, our community).", None),
]

GOLD_C = "B58900"   # Dal gold
INK = "242424"


def bookmark(paragraph, name, bid):
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bid))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bid))
    paragraph._p.insert(0, start)
    paragraph._p.append(end)


def internal_link(paragraph, text, anchor):
    h = OxmlElement("w:hyperlink")
    h.set(qn("w:anchor"), anchor)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    b = OxmlElement("w:b")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), GOLD_C)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "16")
    rpr.extend([b, c, sz])
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.extend([rpr, t])
    h.append(r)
    paragraph._p.append(h)


def build():
    d = docx.Document()
    sec = d.sections[0]
    B.page_setup(sec, margins_in=(0.8, 0.9, 0.8, 0.9))
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)
    st.paragraph_format.space_after = Pt(0)
    bul = B.add_numbering(d, B.bullet_lvl("\u25aa", 360, 270, "Arial"), "44414C31")

    def para(text="", size=10, bold=False, color=INK, after=4, before=0):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.font.size, r.bold = Pt(size), bold
            r.font.color.rgb = RGBColor.from_string(color)
        p.paragraph_format.space_after, p.paragraph_format.space_before = Pt(after), Pt(before)
        return p

    def banner():
        p = para("CORE COMPETENCIES", 22, True, INK, 0)
        p = para("For all faculty and staff", 12, False, GOLD_C, 16)
        return p

    banner()
    for i, (name, definition, levels) in enumerate(COMPS):
        para(name, 12, True, GOLD_C, 2, 8)
        p = para(definition, 10, False, INK, 2)
        internal_link(para(after=4), "VIEW >>", f"comp{i}")
    para("Dalhousie Competencies were developed through a university wide consultation process "
         "(2013\u20132014).", 8, False, "595959", 0, 24)

    bid = 1
    for i, (name, definition, levels) in enumerate(COMPS):
        if not levels:
            continue
        d.add_page_break()
        p = para("CORE COMPETENCIES", 14, True, INK, 0)
        bookmark(p, f"comp{i}", bid)
        bid += 1
        para("For all faculty and staff", 10, False, GOLD_C, 14)
        para(name, 16, True, GOLD_C, 4)
        para(definition, 10.5, False, INK, 12)
        for label, bullets in zip(LEVEL_LABELS, levels):
            p = d.add_paragraph()
            p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(8), Pt(4)
            num, rest = label.split(" (", 1)
            r = p.add_run(num + " ")
            r.bold, r.font.size = True, Pt(11)
            r = p.add_run("(" + rest)
            r.italic, r.font.size = True, Pt(9)
            r.font.color.rgb = RGBColor.from_string("595959")
            for b in bullets:
                q = d.add_paragraph(b)
                B.set_num(q, bul)
                q.paragraph_format.space_after = Pt(3)
    B.core_props(d, "Core Competencies", "Dalhousie University Human Resources")
    src = Path("/tmp") / f"{STEM}.docx"
    d.save(src)
    out = B.DOCS / f"{STEM}.pdf"
    B.to_pdf(src, out)
    return out


def gold(path):
    g = B.Gold(path, "pdf", "CORE COMPETENCIES")
    for name, definition, levels in COMPS:
        lv = [g.level(i + 1, LEVEL_LABELS[i], bl) for i, bl in enumerate(levels)] if levels else []
        g.competency(name, definition, levels=lv)
    return g.write()


if __name__ == "__main__":
    print(gold(build()))

"""ATD - Talent Development Capability Model, "Building Personal Capability" domain excerpt (PDF, Letter, 3 pp).

python-docx: running header "Talent Development Capability Model(TM) | Building Personal Capability",
footer "(c) 2020 Association for Talent Development (ATD). All rights reserved. For use by permission only."
with page number; title block with the model's tagline, the domain name and its description, the list
of the seven capabilities of the domain (front matter), then three capabilities, each "1.1 Name" heading,
a definition paragraph and the numbered knowledge / skill statements "1.1.1<tab>Knowledge of ..." /
"1.1.4<tab>Skill in ..." (typed numbers, hanging indent, no final full stops) -> LibreOffice -> PDF.
"""
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
import bdlib as B

STEM = "atd-capability-model-personal"
TITLE = "Talent Development Capability Model"
RED = RGBColor(0xC8, 0x10, 0x2E)
GREY = RGBColor(0x44, 0x44, 0x44)

DOMAIN_CAPS = ["Communication", "Emotional Intelligence & Decision Making", "Collaboration & Leadership",
               "Cultural Awareness & Inclusion", "Project Management", "Compliance & Ethical Behavior",
               "Lifelong Learning"]

CAPS = [
    ("1.1", "Communication",
     "Communication is the ability to express thoughts, feelings and ideas in a clear, concise and "
     "compelling way, both one-to-one and in groups. Talent development professionals rely on it to build "
     "relationships and trust with the people they serve and to carry the message of learning across the "
     "organization.",
     ["Knowledge of communication principles and techniques for exchanging information with individuals "
      "and groups (for example, active listening, questioning, and nonverbal cues)",
      "Knowledge of how to adapt a message to different audiences, purposes, and channels",
      "Skill in expressing thoughts, feelings, and ideas clearly, concisely, and persuasively",
      "Skill in facilitating dialogue with individuals or groups to draw out different points of view",
      "Skill in writing and editing content for a range of media",
      "Skill in presenting information to executives and other stakeholders"]),
    ("1.2", "Emotional Intelligence & Decision Making",
     "Emotional intelligence is the ability to recognize, understand and manage one\u2019s own emotions, "
     "read the verbal and nonverbal behavior of others correctly, and adjust one\u2019s behavior in "
     "relation to them. Decision making means judging whether and how soon a decision is needed, "
     "identifying the options, gathering information about them, and acting on the most suitable one.",
     ["Knowledge of theories of emotional intelligence",
      "Knowledge of techniques for building and demonstrating resilience (for example, mindfulness and "
      "perspective-taking)",
      "Knowledge of decision-making models (for example, consensus, rational, and intuitive)",
      "Skill in recognizing and regulating one\u2019s own emotions and reactions",
      "Skill in interpreting the verbal and nonverbal behavior of others and adjusting one\u2019s own "
      "behavior in response",
      "Skill in gathering information about options and taking timely action on the appropriate choice"]),
    ("1.3", "Collaboration & Leadership",
     "Collaboration and leadership is the ability to work with others toward shared goals, to build "
     "networks and partnerships, and to influence and inspire people without relying on formal authority. "
     "It includes creating the conditions in which teams can do their best work.",
     ["Knowledge of leadership theories and models",
      "Knowledge of team dynamics and the stages of team development",
      "Skill in building networks and partnerships across the organization",
      "Skill in creating a climate of trust and mutual respect",
      "Skill in managing conflict and negotiating shared outcomes",
      "Skill in empowering others to act and to contribute their ideas"]),
]


def para(d, text="", size=10.5, bold=False, italic=False, color=None, after=6, before=0):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size, r.bold, r.italic = Pt(size), bold, italic
        if color:
            r.font.color.rgb = color
    p.paragraph_format.space_after, p.paragraph_format.space_before = Pt(after), Pt(before)
    return p


def build():
    d = docx.Document()
    sec = d.sections[0]
    B.page_setup(sec, letter=True, margins_in=(1, 1, 0.9, 1))
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10.5)
    st.paragraph_format.space_after = Pt(6)
    B.core_props(d, TITLE, "ATD")

    hp = sec.header.paragraphs[0]
    B.clear_default_tabs(hp)
    hp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Talent Development Capability Model\u2122\tBuilding Personal Capability")
    r.font.size, r.font.color.rgb = Pt(8), GREY
    fp = sec.footer.paragraphs[0]
    B.clear_default_tabs(fp)
    fp.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("\u00a9 2020 Association for Talent Development (ATD). All rights reserved. "
                   "For use by permission only.\t")
    r.font.size, r.font.color.rgb = Pt(7.5), GREY
    B.add_field(fp, "PAGE", "1", size=Pt(7.5))

    para(d, "The Talent Development Capability Model\u2122", size=20, bold=True, color=RED, after=2)
    para(d, "What talent development professionals need to KNOW and DO to be successful", size=11,
         italic=True, color=GREY, after=16)
    para(d, "Building Personal Capability", size=16, bold=True, after=4)
    para(d, "This domain of practice covers the foundational, or enabling, abilities that every working "
            "professional needs in order to be effective in the business world. These mostly interpersonal "
            "skills, often called soft skills, are what build effective organizational and team culture, "
            "trust, and engagement.")
    para(d, "Capabilities in this domain:", bold=True, after=2, before=4)
    para(d, " \u2022 ".join(DOMAIN_CAPS), size=9.5, color=GREY, after=14)

    for code, name, definition, stmts in CAPS:
        p = para(d, before=10, after=4)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(f"{code} {name}")
        r.bold, r.font.size, r.font.color.rgb = True, Pt(14), RED
        para(d, definition, after=8)
        for i, s in enumerate(stmts, 1):
            p = para(d, after=3)
            p.paragraph_format.left_indent = Inches(0.75)
            p.paragraph_format.first_line_indent = Inches(-0.55)
            p.paragraph_format.tab_stops.add_tab_stop(Inches(0.75))
            r = p.add_run(f"{code}.{i}\t")
            r.bold, r.font.size = True, Pt(10)
            r = p.add_run(s)
            r.font.size = Pt(10)
    src = Path("/tmp") / f"{STEM}.docx"
    d.save(src)
    out = B.DOCS / f"{STEM}.pdf"
    B.to_pdf(src, out)
    return out


def gold(path):
    g = B.Gold(path, "pdf", TITLE)
    for code, name, definition, stmts in CAPS:
        g.competency(name, definition, indicators=g.items(stmts))
    return g.write()


if __name__ == "__main__":
    print(gold(build()))

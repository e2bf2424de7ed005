"""UN Secretariat, UN Values and Behaviours Framework (excerpt: intro + two behaviours).

python-docx (landscape, Word tables, real bullet numbering inside cells) -> LibreOffice -> PDF.
Levels are the three table COLUMNS (All Staff / All Managers / Senior Leaders), cumulative.
"""
import shutil
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import lib
from lib import C

STEM = "un-values-behaviours"
g = lib.G(STEM)
UNBLUE = RGBColor(0x00, 0x9E, 0xDB)

TITLE = "Values and Behaviours Framework"

INTRO = [
    "In 1999 the Organization introduced its ‘Competencies for the Future’ so that staff could "
    "give of their best. For two decades those competencies shaped how we described good work. "
    "The Values and Behaviours Framework takes that foundation forward and updates it for the "
    "decade ahead, reflecting a world that keeps changing and our renewed commitment to the "
    "people we serve.",
    "The framework was co-created with several thousand colleagues. Its nine elements describe "
    "how we relate to one another, how we go about our jobs and how we experience the "
    "Organization every day. They will inform workforce planning, recruitment, learning and "
    "performance management.",
]
HOW = [
    "The framework brings together four values (Inclusion, Integrity, Humility and Humanity) "
    "and five behaviours (Connect and Collaborate; Analyse and Plan; Deliver Results with "
    "Positive Impact; Learn and Develop; Adapt and Innovate). Each behaviour opens with an "
    "overall definition, followed by examples of what it looks like in practice.",
    "Examples are given for three groups: All Staff, All Managers and Senior Leaders. They are "
    "cumulative: what is expected of All Staff also applies to All Managers and Senior Leaders, "
    "and what is expected of All Managers also applies to Senior Leaders.",
]

LEVELS = ["All Staff", "All Managers", "Senior Leaders"]

BEHAVIOURS = [
    ("Connect and Collaborate",
     "We build positive, trusting relationships with colleagues and with the people we serve, "
     "across teams, entities and borders. We share what we know and work together, because "
     "what we achieve jointly is greater than what any of us could achieve alone.",
     [
         ["Builds trust by being open, reliable and respectful in every working relationship.",
          "Reaches out across teams, duty stations and entities to share information and "
          "expertise.",
          "Looks for and values the views of others, including those who see things "
          "differently.",
          "Works with partners and with the people we serve to shape solutions together."],
         ["Creates a team climate in which people feel safe to speak up and contribute.",
          "Breaks down silos by encouraging joint work with other teams and entities.",
          "Recognizes and credits the contributions made by colleagues and partners.",
          "Deals with tension and disagreement early and in a constructive way."],
         ["Sets a tone of openness and shared purpose across the Organization and with "
          "partners.",
          "Builds strategic alliances with Member States, agencies and civil society to "
          "advance the mandate.",
          "Holds leaders to account for collaborating rather than competing for resources.",
          "Models humility by inviting challenge and acting on the advice of others."],
     ]),
    ("Analyse and Plan",
     "We gather and analyse relevant information so that we understand situations, take "
     "decisions based on evidence and plan our work, putting resources where they make the "
     "greatest difference.",
     [
         ["Collects information from a range of sources and checks that it is reliable before "
          "using it.",
          "Breaks complex problems into parts and identifies the causes behind them.",
          "Plans own work with clear milestones, anticipating risks and obstacles along the "
          "way.",
          "Uses data and evidence, rather than assumptions, to support recommendations."],
         ["Translates the Organization’s priorities into realistic team plans and clear "
          "objectives.",
          "Allocates people and budget according to priorities and adjusts them as "
          "circumstances change.",
          "Encourages the team to question assumptions and to weigh alternative options.",
          "Reviews progress against plans regularly and corrects course promptly."],
         ["Anticipates emerging trends and their implications for the mandate and for the "
          "people we serve.",
          "Sets long-term direction that rests on sound analysis and is shared with "
          "stakeholders.",
          "Balances competing demands and makes difficult trade-offs transparently.",
          "Builds a culture that values evidence, learning and foresight."],
     ]),
]


def para(doc_or_cell, text, size=10, bold=False, color=None, align=None, space_after=4):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if color is not None:
        r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def build():
    d = docx.Document()
    C.clear_core_props(d, TITLE)
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("UN Values and Behaviours Framework  |  ")
    r.font.size = Pt(8)
    C.add_field(fp, "PAGE")

    bnum = lib.bullet_num(d, left=284, hanging=227, nsid="5A0E0001")

    # page 1: title, introduction, how the framework is organised
    para(d, "UNITED NATIONS", 12, True, UNBLUE, space_after=0)
    para(d, "Values and Behaviours Framework", 26, True, UNBLUE, space_after=14)
    para(d, "About the Values and Behaviours", 13, True, space_after=6)
    for t in INTRO:
        para(d, t, 10.5, space_after=8)
    para(d, "How the framework is organised", 13, True, space_after=6)
    for t in HOW:
        para(d, t, 10.5, space_after=8)

    comps = []
    for name, definition, cols in BEHAVIOURS:
        d.add_page_break()
        para(d, name, 22, True, UNBLUE, space_after=6)
        para(d, definition, 11, space_after=12)
        para(d, "What it looks like in practice", 12, True, space_after=6)
        t = d.add_table(rows=2, cols=3)
        lib.table_borders(t, "BFBFBF")
        C.fix_widths(t, [3.2, 3.2, 3.2])
        for i, lab in enumerate(LEVELS):
            c = t.rows[0].cells[i]
            C.shade(c, "009EDB")
            c.paragraphs[0].text = ""
            rr = c.paragraphs[0].add_run(lab)
            rr.bold = True
            rr.font.size = Pt(11)
            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        C.mark_header_row(t.rows[0])
        for i, bullets in enumerate(cols):
            c = t.rows[1].cells[i]
            first = True
            for b in bullets:
                p = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                p.add_run(b).font.size = Pt(10)
                p.paragraph_format.space_after = Pt(5)
                C.set_num(p, bnum)
        comps.append(g.comp(name, definition, levels=[
            g.lvl(i + 1, LEVELS[i], cols[i]) for i in range(3)]))

    tmp = Path(tempfile.mkdtemp(prefix="un-"))
    src = tmp / f"{STEM}.docx"
    d.save(src)
    lib.to_pdf(src)
    shutil.rmtree(tmp, ignore_errors=True)
    g.write("pdf", TITLE, comps)


if __name__ == "__main__":
    build()

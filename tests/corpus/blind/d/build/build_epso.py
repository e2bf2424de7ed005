"""EPSO's Competency Framework: the general competencies and their anchors (PDF, two text columns).

python-docx -> LibreOffice -> PDF. A one-column title block (continuous section), then a TWO-COLUMN
section. Each competency is one paragraph "N. Name: definition" (typed number, name in bold, the
definition on the same line), an "Anchors" label and a bulleted list of anchors (Word bullets).
Running header and footer with page number."""
import shutil
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

STEM = "epso-general-competencies"
DOC = C.DOCS / f"{STEM}.pdf"

COMPS = [
    ("Analysis and Problem Solving",
     "Identifies the critical facts in complex issues and develops creative and practical solutions.",
     ["Gathers information from a range of sources and links it in a relevant way",
      "Picks out the relevant points from a large amount of information",
      "Evaluates information critically and tells objective facts from opinions",
      "Identifies several options and foresees their likely consequences",
      "Puts forward creative and practical solutions to the problems encountered",
      "Deals well with complexity and synthesises the most important points"]),
    ("Communicating",
     "Communicates clearly and precisely both orally and in writing.",
     ["Structures written work clearly and in the required format",
      "Adapts style, language and register to the intended reader or listener",
      "Listens actively and tailors answers to the questions asked",
      "Gives confident, engaging presentations using suitable techniques and aids",
      "Explains complex subject matter in simple terms",
      "Persuades others with a combination of facts and sound arguments"]),
    ("Delivering Quality and Results",
     "Takes personal responsibility and initiative for delivering work to a high standard of quality within "
     "set procedures.",
     ["Sets clear objectives and checks progress against them",
      "Pays attention to detail and checks own work for errors",
      "Takes ownership of tasks and sees them through to the end",
      "Respects rules and procedures while looking for ways to improve them",
      "Shows initiative when problems arise"]),
    ("Learning and Development",
     "Develops and improves personal skills and knowledge of the organisation and its environment.",
     ["Looks for feedback and acts on it",
      "Reflects on own strengths and areas for development",
      "Keeps knowledge of own field and of the EU context up to date",
      "Learns from mistakes and shares lessons with others"]),
    ("Prioritising and Organising",
     "Prioritises the most important tasks, works flexibly and organises own workload efficiently.",
     ["Distinguishes urgent tasks from important ones",
      "Plans work and allocates time and resources realistically",
      "Adjusts plans quickly when priorities change",
      "Keeps track of several tasks at the same time"]),
    ("Resilience",
     "Remains effective under a heavy workload, handles organisational frustrations positively and adapts to a "
     "changing work environment.",
     ["Stays calm and focused under pressure",
      "Reacts constructively to criticism and setbacks",
      "Adapts to new situations and changing requirements",
      "Keeps a positive attitude in the face of obstacles",
      "Sustains performance over time when the workload is high"]),
    ("Working with Others",
     "Works co-operatively with others in teams and across organisational boundaries and respects differences "
     "between people.",
     ["Builds good working relationships with colleagues at all levels",
      "Shares information and offers help without being asked",
      "Respects and makes use of differences in background and viewpoint",
      "Handles disagreements constructively and looks for common ground",
      "Puts the team's goals ahead of personal interests"]),
]

BLUE = RGBColor(0x00, 0x44, 0x94)


def set_cols(section, n, space=567):
    sp = section._sectPr
    for old in sp.findall(qn("w:cols")):
        sp.remove(old)
    sp.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{n}" w:space="{space}"/>'))


def build():
    d = Document()
    d.styles["Normal"].font.name = "Verdana"
    d.styles["Normal"].font.size = Pt(9)
    s0 = d.sections[0]
    s0.page_width, s0.page_height = Cm(21.0), Cm(29.7)
    s0.left_margin = s0.right_margin = Cm(2.0)
    s0.top_margin = s0.bottom_margin = Cm(2.2)
    hp = s0.header.paragraphs[0]
    r = hp.add_run("EPSO \u00b7 European Personnel Selection Office")
    r.font.size = Pt(8)
    r.font.color.rgb = BLUE
    hp.add_run("\t\tCompetency Framework").font.size = Pt(8)
    fp = s0.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("eu-careers.europa.eu  |  ").font.size = Pt(8)
    C.add_field(fp, "PAGE")

    bullet = C.add_numbering(d, C.bullet_lvl(glyph="\u25aa", left=284, hanging=284, font="Verdana"), "3E7A0B21")

    t = d.add_paragraph()
    r = t.add_run("EPSO\u2019s Competency Framework")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = BLUE
    st = d.add_paragraph()
    st.add_run("The general competencies and their anchors").font.size = Pt(12)
    d.add_paragraph(
        "Since 2010 EPSO has assessed candidates against a set of general competencies, whatever the profile or "
        "grade of the competition. Each competency is defined in one sentence and made observable through its "
        "anchors: the behaviours that assessors look for in the exercises of the assessment phase. The "
        "field-related competencies of a given profile are set out in the notice of competition.")

    sec = d.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2)
    for i, (name, definition, anchors) in enumerate(COMPS, 1):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10 if i > 1 else 0)
        p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(f"{i}. {name}:")
        r.bold = True
        r.font.color.rgb = BLUE
        p.add_run(" " + definition)
        lab = d.add_paragraph()
        lab.paragraph_format.keep_with_next = True
        lab.paragraph_format.space_after = Pt(1)
        lr = lab.add_run("Anchors")
        lr.italic = True
        lr.font.size = Pt(8)
        for a in anchors:
            ap = d.add_paragraph(a)
            ap.paragraph_format.space_after = Pt(1)
            C.set_num(ap, bullet)
    C.clear_core_props(d, "EPSO's Competency Framework")

    tmp = Path(tempfile.mkdtemp(prefix="batchd-epso-"))
    src = tmp / f"{STEM}.docx"
    d.save(src)
    C.soffice(src, "pdf", tmp)
    shutil.copy(tmp / f"{STEM}.pdf", DOC)
    shutil.rmtree(tmp, ignore_errors=True)

    comps = [C.competency(STEM, name, definition, indicators=[C.item(STEM, a) for a in anchors])
             for name, definition, anchors in COMPS]
    C.write_gold(DOC, "pdf", "EPSO\u2019s Competency Framework", comps)


if __name__ == "__main__":
    build()
    print("built", DOC)
